"""A real Postfix for the tests, as a smarthost with a self-signed certificate (what Debian's
Postfix offers with its snakeoil certificate).

`master` runs in the foreground (`-d`) with its own main.cf and master.cf, queue and data
directories in a temporary directory: the system's Postfix instance (its configuration,
queue and daemon) is never touched. It listens on 127.0.0.1 only, on ports the test picks:
`port` offers STARTTLS, `tls_port` speaks TLS from the first byte (smtpd_tls_wrappermode),
`broken_tls_port` offers STARTTLS that no modern client can complete (TLS 1.0 only). It
relays everything to `relay_port` (an in-test sink). Postfix's master needs root; its
daemons run as the Debian package's `postfix` user and `postdrop` group. Stopped by pid.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.netutil import free_port, stop_process, wait_port

MASTER = "/usr/lib/postfix/sbin/master"
POSTFIX = shutil.which("postfix") or "/usr/sbin/postfix"


def unavailable() -> str | None:
    """Why a real Postfix cannot run here, or None."""
    if not (os.access(MASTER, os.X_OK) and os.access(POSTFIX, os.X_OK)):
        return "Postfix is not installed (scripts/install-test-deps.sh installs it)"
    if os.getuid() != 0:
        return "Postfix's master daemon must be started as root"
    try:
        pwd.getpwnam("postfix")
        grp.getgrnam("postdrop")
    except KeyError:
        return "the postfix user or postdrop group is missing (Debian's postfix package)"
    return None


MASTER_CF = """\
# service     type  private unpriv chroot wakeup maxproc command
127.0.0.1:{port} inet n - n - - smtpd
127.0.0.1:{tls_port} inet n - n - - smtpd
  -o smtpd_tls_wrappermode=yes -o smtpd_tls_security_level=encrypt
127.0.0.1:{broken_tls_port} inet n - n - - smtpd
  -o smtpd_tls_protocols=TLSv1 -o smtpd_tls_mandatory_protocols=TLSv1
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
proxymap  unix  - - n - - proxymap
smtp      unix  - - n - - smtp
relay     unix  - - n - - smtp
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""

MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {dir}/queue
data_directory = {dir}/data
mail_owner = postfix
setgid_group = postdrop
myhostname = smarthost.test
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject
relayhost = [127.0.0.1]:{relay_port}
smtp_tls_security_level = none
smtpd_tls_cert_file = {dir}/conf/cert.pem
smtpd_tls_key_file = {dir}/conf/key.pem
smtpd_tls_security_level = may
smtpd_tls_received_header = yes
maillog_file = {dir}/maillog
maillog_file_prefixes = {dir}
alias_maps =
alias_database =
biff = no
"""


class Postfix:
    """`Postfix(relay_port, cert, key).start()`, then `.stop()`."""

    def __init__(self, relay_port: int, cert: Path, key: Path) -> None:
        self.relay_port = relay_port
        self.cert, self.key = cert, key
        self.port, self.tls_port, self.broken_tls_port = free_port(), free_port(), free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="postfix-"))
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def conf(self) -> Path:
        return self.dir / "conf"

    def log(self) -> str:
        path = self.dir / "maillog"
        return path.read_text("utf-8", "replace") if path.exists() else ""

    def start(self) -> Postfix:
        os.chmod(self.dir, 0o755)  # the daemons, as `postfix`, reach their queue through it
        for sub in ("conf", "queue", "data"):
            (self.dir / sub).mkdir()
        shutil.chown(self.dir / "data", "postfix")
        shutil.copy(self.cert, self.conf / "cert.pem")
        shutil.copy(self.key, self.conf / "key.pem")
        os.chmod(self.conf / "key.pem", 0o600)
        (self.conf / "main.cf").write_text(MAIN_CF.format(dir=self.dir, relay_port=self.relay_port))
        (self.conf / "master.cf").write_text(
            MASTER_CF.format(
                port=self.port, tls_port=self.tls_port, broken_tls_port=self.broken_tls_port
            )
        )
        # `postfix check` creates the queue's directories with their owners and modes.
        check = subprocess.run(
            [POSTFIX, "-c", str(self.conf), "check"], capture_output=True, timeout=60
        )
        if check.returncode != 0:
            raise RuntimeError(f"postfix check failed: {check.stderr!r}\n{self.log()}")
        self.proc = subprocess.Popen(
            [MASTER, "-c", str(self.conf), "-d"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            for port in (self.port, self.tls_port, self.broken_tls_port):
                wait_port(port, proc=self.proc)
        except TimeoutError as exc:
            self.stop()
            raise RuntimeError(f"{exc}\n{self.log()}") from exc
        return self

    def stop(self) -> None:
        """SIGTERM to master (it stops its daemons), by its pid."""
        stop_process(self.proc, 10)
        shutil.rmtree(self.dir, ignore_errors=True)
