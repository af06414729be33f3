"""A throwaway PostgreSQL cluster for the tests: its own data directory in a temp dir,
listening on 127.0.0.1 on a free port (and a unix socket in the temp dir), never the
system's cluster. Built from the distribution's binaries (Debian: the `postgresql`
package, which scripts/install-test-deps.sh installs).

initdb refuses to run as root, so as root every server command runs as the `postgres`
user (or `nobody`) through `runuser`, and the temp dir is handed to that user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

USER = "bsm"
PASSWORD = "test-only-password"
START_TIMEOUT = 30  # seconds pg_ctl waits for the server to accept connections


def find_bindir() -> Path | None:
    """The newest PostgreSQL server binaries on this machine, or None."""
    versions = [Path(p).parent.parent for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")]
    versions = [v for v in versions if v.name.isdigit()]
    if versions:
        return max(versions, key=lambda v: int(v.name)) / "bin"
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgCluster:
    """One initdb'd cluster. `start()`/`stop()` may be called repeatedly (the outage
    tests stop and restart it on the same port); `destroy()` stops it and removes it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="bsm-pg-"))
        self.data = self.base / "data"
        self.log = self.base / "server.log"
        self.port = free_port()
        self._runas: list[str] = []
        if os.geteuid() == 0:
            account = "postgres"
            try:
                pwd.getpwnam(account)
            except KeyError:
                account = "nobody"
            entry = pwd.getpwnam(account)
            os.chown(self.base, entry.pw_uid, entry.pw_gid)
            self._runas = ["runuser", "-u", account, "--"]
        pwfile = self.base / "pwfile"
        pwfile.write_text(PASSWORD + "\n")
        if self._runas:
            os.chown(pwfile, pwd.getpwnam(self._runas[2]).pw_uid, -1)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            USER,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--no-locale",
            "--no-sync",  # a throwaway cluster: nothing to keep across a power cut
        )
        pwfile.unlink()

    def _run(self, tool: str, *args: str, timeout: float = 60) -> None:
        cmd = [*self._runas, str(self.bindir / tool), *args]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        if done.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed ({done.returncode}): {done.stderr}\n{log}")

    def start(self) -> None:
        options = " ".join(
            (
                "-c listen_addresses=127.0.0.1",
                f"-c port={self.port}",
                f"-c unix_socket_directories={self.base}",
                "-c fsync=off",  # speed; commits are still acknowledged only when done
                "-c max_connections=200",
            )
        )
        self._run(
            "pg_ctl",
            "start",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            str(START_TIMEOUT),
            "-o",
            options,
        )

    def stop(self) -> None:
        """Stop now (`-m fast`: open sessions are cut off, as in a failover)."""
        self._run("pg_ctl", "stop", "-D", str(self.data), "-m", "fast", "-w", "-t", "30")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def destroy(self) -> None:
        with contextlib.suppress(Exception):
            if self.running():
                self.stop()
        if self.running():  # pg_ctl could not stop it: end it by its pid
            pid = int((self.data / "postmaster.pid").read_text().split()[0])
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, 9)
        shutil.rmtree(self.base, ignore_errors=True)

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{USER}:{PASSWORD}@127.0.0.1:{self.port}/{dbname}"

    def empty_database(self, name: str = "contract") -> str:
        """The database `name`, created on first use and emptied (its schema dropped and
        made again) on every call: cheaper than a new database per test."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True, connect_timeout=5) as conn:
            cur = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
            if cur.fetchone() is None:
                conn.execute(f"CREATE DATABASE {name}".encode())
        with psycopg.connect(self.url(name), autocommit=True, connect_timeout=5) as conn:
            conn.execute("DROP SCHEMA public CASCADE")
            conn.execute("CREATE SCHEMA public")
        return self.url(name)

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        import psycopg  # here: the rest of the suite runs without the postgres extra

        name = "t_" + uuid.uuid4().hex[:16]
        with psycopg.connect(self.url(), autocommit=True, connect_timeout=5) as conn:
            conn.execute(f"CREATE DATABASE {name}".encode())
        return self.url(name)
