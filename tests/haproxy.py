"""HAProxy in front of several gateways, for the tests and for docs/operations.md.

`haproxy_cfg` and `gateway_toml` are the one place the "Several hosts" recipe is written:
the tests render them with loopback addresses and free ports and run them for real; the
recipe in docs/operations.md is the same functions rendered with the example addresses
(tests/test_ops_config.py fails when the two drift apart).

`HAProxy` runs `haproxy -f <config> -db` in the foreground (Debian's `haproxy` package,
which scripts/install-test-deps.sh installs; its service is never started) and stops it
by its own pid.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.netutil import free_port, stop_process, wait_port

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"


def haproxy_cfg(
    bind: str, gateways: list[str], source: str | None = None, max_sessions: int = 100
) -> str:
    """HAProxy in TCP mode: every connection to `bind` goes to the next gateway in turn
    (roundrobin), starting with a PROXY v2 header that names the client. A gateway that
    does not accept connections is taken out of the rotation by the health check (which
    sends a PROXY v2 LOCAL header too, as the gateways require one). At most
    `max_sessions` connections go to one gateway at once (its `[limits] max_sessions`):
    more wait in HAProxy's queue instead of being refused with a 421. `source` pins the
    address HAProxy connects to the gateways from (the one in their `proxy_protocol`)."""
    servers = "\n".join(
        f"    server gw{i} {address} send-proxy-v2 check check-send-proxy inter 5s "
        f"maxconn {max_sessions}"
        for i, address in enumerate(gateways, 1)
    )
    pinned = f"    source {source}\n" if source else ""
    return f"""\
global
    maxconn 4000

defaults
    mode tcp
    timeout connect 5s
    # Longer than the gateways' own session timeout ([limits] session_timeout = 300):
    # the gateway, not the balancer, decides when an SMTP session has been idle too long.
    timeout client 330s
    timeout server 330s

frontend smtp
    bind {bind}
    default_backend gateways

backend gateways
    balance roundrobin
{pinned}{servers}
"""


def gateway_toml(
    *,
    listen: str,
    hostname: str,
    store: str,
    upstream: str,
    balancers: list[str],
    tls_dir: str | None = None,
    metrics: str | None = None,
) -> str:
    """One gateway of the recipe. Every gateway gets the same file but for `listen`,
    `hostname` (and `metrics`). A gateway listening on a non-loopback address needs TLS
    and AUTH (`tls_dir` holds cert.pem and key.pem; the user's hash is a placeholder)."""
    tls = ""
    if tls_dir is not None:
        tls = f"""
[tls]
cert = "{tls_dir}/cert.pem"
key = "{tls_dir}/key.pem"

[auth.users]
helpdesk = "scrypt$16384$8$1$<salt>$<hash>"  # bsm-gateway hash-password
"""
    metrics_table = f'\n[metrics]\nlisten = "{metrics}"\n' if metrics else ""
    networks = ", ".join(f'"{network}"' for network in balancers)
    return f"""\
listen = "{listen}"
hostname = "{hostname}"
# One PostgreSQL database for every gateway: quarantine and review-request memory shared.
store = "{store}"
upstream = "{upstream}"
# Only the balancers may connect, each connection starting with a PROXY header.
proxy_protocol = [{networks}]
mode = "bounce"
{tls}
[retention]
quarantine_days = 30
review_days = 90
interval = 3600
{metrics_table}"""


class HAProxy:
    """`haproxy -db` on a free port of 127.0.0.1 in front of `gateways` (HOST:PORT)."""

    def __init__(self, gateways: list[str], source: str = "127.0.0.1") -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="bsm-haproxy-"))
        self.config = self.dir / "haproxy.cfg"
        self.config.write_text(haproxy_cfg(f"127.0.0.1:{self.port}", gateways, source))
        self.log = self.dir / "haproxy.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> HAProxy:
        check = subprocess.run(
            [HAPROXY, "-c", "-q", "-f", str(self.config)], capture_output=True, timeout=30
        )
        if check.returncode != 0:
            raise RuntimeError(f"haproxy -c: {check.stderr.decode()}")
        with self.log.open("wb") as log:
            self.proc = subprocess.Popen(
                [HAPROXY, "-f", str(self.config), "-db"], stdout=log, stderr=subprocess.STDOUT
            )
        try:
            wait_port(self.port, proc=self.proc)
        except TimeoutError:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        stop_process(self.proc, 10)
        shutil.rmtree(self.dir, ignore_errors=True)


# The recipe of docs/operations.md ("Several hosts"): HAProxy on 10.0.0.5, gateways on
# 10.0.0.11 and 10.0.0.12, PostgreSQL on 10.0.0.20.
RECIPE_GATEWAYS = {"gw1": "10.0.0.11", "gw2": "10.0.0.12"}


def recipe() -> dict[str, str]:
    """File name → content, as the docs show them."""
    files = {
        "/etc/haproxy/haproxy.cfg": haproxy_cfg(
            "0.0.0.0:587", [f"{ip}:2525" for ip in RECIPE_GATEWAYS.values()]
        )
    }
    for name, ip in RECIPE_GATEWAYS.items():
        files[f"/etc/bsm-gateway/gateway.toml on {name}"] = gateway_toml(
            listen=f"{ip}:2525",
            hostname=f"{name}.seller.example",
            store="postgresql://bsm_gateway:CHANGE-ME@10.0.0.20:5432/bsm_gateway"
            "?sslmode=verify-full&sslrootcert=/etc/bsm-gateway/pg-ca.pem",
            upstream="smtp+starttls://smtp.seller.example:587",
            balancers=["10.0.0.5/32"],
            tls_dir="/etc/bsm-gateway/tls",
            metrics=f"{ip}:9325",
        )
    return files
