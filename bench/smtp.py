"""SMTP throughput: smtp-source → gateway → smtp-sink, against the same with a bare relay.

`python -m bench.smtp [--messages N] [--sessions S]` (run by `make bench`):

- prepares a ~5 KB compliant HTML reply to a buyer (checked: the engine passes it);
- starts Postfix's smtp-sink (the smarthost), the gateway (`bsm-gateway serve`, real config,
  SQLite store, JSON logs to /dev/null) and a bare relay (aiosmtpd + the gateway's own
  aiosmtplib upstream, 250 after the upstream's 250, no engine, no store, no logs), each as
  a subprocess on a free port, stopped by pid;
- drives each with `smtp-source -s 20 -F message` (a new connection per message) and
  prints messages per second for both and their ratio (target ≥ 0.75), and the CPU time
  each spent per message (the gateway's main process and its engine workers apart): on a
  shared machine the rates swing with whatever else runs, the CPU per message much less.

Then, where PostgreSQL and HAProxy are installed (scripts/install-test-deps.sh), several
hosts on this one machine (`--several` for that part alone): one gateway with the
PostgreSQL store next to one with SQLite, and two gateways sharing PostgreSQL behind
HAProxy (send-proxy-v2, roundrobin; configs rendered by tests/haproxy.py as in
docs/operations.md) next to one, all on loopback. It prints how many cores there are:
on a machine with fewer cores than processes, two gateways cannot be faster than one.

`python -m bench.smtp --bare-relay LISTEN_PORT UPSTREAM_URL` is the bare relay itself.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import ALIAS, reply_5kb

ROOT = Path(__file__).resolve().parent.parent
SELLER = "support@seller.example"
SMTP_SINK = shutil.which("smtp-sink") or "/usr/sbin/smtp-sink"
SMTP_SOURCE = shutil.which("smtp-source") or "/usr/sbin/smtp-source"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args!r} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listening on 127.0.0.1:{port}")


def start_sink(port: int) -> subprocess.Popen[bytes]:
    """Postfix's smtp-sink on 127.0.0.1:`port` (256 sessions, as nobody when run as
    root), once it accepts connections: the smarthost of every bench."""
    cmd = [SMTP_SINK, "-m", "256"] + (["-u", "nobody"] if os.getuid() == 0 else [])
    sink = subprocess.Popen(
        [*cmd, f"127.0.0.1:{port}", "256"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_port(port, sink)
    return sink


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def cpu_seconds(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) used so far by process `pid` and by its descendants
    (the gateway's forkserver and engine workers), read from /proc; (0, 0) elsewhere."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    used: dict[int, float] = {}
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile, or no /proc
        parents[int(entry.name)] = int(fields[1])
        used[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick

    def descends(child: int) -> bool:
        while child > 1:
            child = parents.get(child, 0)
            if child == pid:
                return True
        return False

    return used.get(pid, 0.0), sum(t for p, t in used.items() if p != pid and descends(p))


def drive(port: int, eml: Path, messages: int, sessions: int) -> float:
    """Messages per second smtp-source achieved (it exits non-zero on any non-2xx)."""
    cmd = [
        SMTP_SOURCE,
        "-s",
        str(sessions),
        "-m",
        str(messages),
        "-F",
        str(eml),
        "-f",
        SELLER,
        "-t",
        ALIAS,
        "-M",
        "bench.client",
        f"127.0.0.1:{port}",
    ]
    t0 = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, timeout=600)
    elapsed = time.perf_counter() - t0
    if run.returncode != 0:
        raise RuntimeError(f"smtp-source failed: {run.stderr.decode()[-500:]}")
    return messages / elapsed


# -- the bare relay ------------------------------------------------------------------------


def bare_relay(listen_port: int, upstream_url: str) -> None:
    """aiosmtpd in front, the gateway's aiosmtplib upstream behind; no engine, no store."""
    from aiosmtpd.smtp import SMTP

    from gateway.relay import SmtpUpstream, UpstreamError

    async def main() -> None:
        upstream = SmtpUpstream(upstream_url, local_hostname="bare.relay", max_connections=20)

        class Relay:
            async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
                try:
                    await upstream.send(
                        envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                    )
                except UpstreamError as exc:
                    return f"{exc.code} {exc.enhanced} {exc.text}"
                return "250 2.0.0 OK"

        handler = Relay()
        loop = asyncio.get_running_loop()
        server = await loop.create_server(
            lambda: SMTP(handler, hostname="bare.relay", loop=loop), "127.0.0.1", listen_port
        )
        stop_event = asyncio.Event()
        loop.add_signal_handler(signal.SIGTERM, stop_event.set)
        await stop_event.wait()
        server.close()
        await upstream.close()

    import logging

    logging.getLogger("mail.log").setLevel(logging.WARNING)
    asyncio.run(main())


# -- the run -------------------------------------------------------------------------------


def run(messages: int, sessions: int, rounds: int) -> int:
    from policies import Envelope, evaluate, load_policy

    for tool in (SMTP_SINK, SMTP_SOURCE):
        if not os.access(tool, os.X_OK):
            print(f"bench.smtp: {tool} missing; run `make test-deps`", file=sys.stderr)
            return 1
    raw = reply_5kb()  # the same reply bench.engine measures
    verdict = evaluate(raw, Envelope(SELLER, [ALIAS]), load_policy())
    print(
        f"message: {len(raw)} bytes, verdict {verdict.outcome} "
        f"{verdict.rule_ids or ''} (first check in a cold process, with the policy's word lists "
        f"compiled: {verdict.elapsed_ms:.0f} ms; `python -m bench.engine` times warm checks)"
    )
    tmp = Path(tempfile.mkdtemp(prefix="bench-smtp-"))
    procs: list[subprocess.Popen[bytes]] = []
    try:
        eml = tmp / "reply.eml"
        eml.write_bytes(raw.replace(b"\r\n", b"\n"))
        sink_port, gw_port, bare_port = free_port(), free_port(), free_port()
        procs.append(start_sink(sink_port))
        upstream = f"smtp://127.0.0.1:{sink_port}"
        config = tmp / "gateway.toml"
        config.write_text(
            f'listen = "127.0.0.1:{gw_port}"\nupstream = "{upstream}"\n'
            f'store = "sqlite:///{tmp}/state.db"\nhostname = "bench.gateway"\n'
            "[limits]\nmax_sessions_per_client = 100\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        gateway = subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "serve", "--config", str(config)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(gateway)
        bare = subprocess.Popen(
            [sys.executable, "-m", "bench.smtp", "--bare-relay", str(bare_port), upstream],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=ROOT,
        )
        procs.append(bare)
        wait_port(gw_port, gateway)
        wait_port(bare_port, bare)

        drive(gw_port, eml, 100, sessions)  # warm-up (imports, dictionaries, connections)
        drive(bare_port, eml, 100, sessions)
        # Alternate the two relays and take medians: on a small machine one run of either
        # swings by a third with whatever else is running.
        gw_rates: list[float] = []
        bare_rates: list[float] = []
        # CPU ms per message: the gateway's main process, its workers; the bare relay.
        gw_main: list[float] = []
        gw_workers: list[float] = []
        bare_cpu: list[float] = []
        print(f"smtp-source -s {sessions} -m {messages}, ~{len(raw) // 1024} KB HTML replies:")
        for n in range(1, rounds + 1):
            main0, workers0 = cpu_seconds(gateway.pid)
            gw_rates.append(drive(gw_port, eml, messages, sessions))
            main1, workers1 = cpu_seconds(gateway.pid)
            gw_main.append((main1 - main0) * 1000 / messages)
            gw_workers.append((workers1 - workers0) * 1000 / messages)
            bare0 = cpu_seconds(bare.pid)[0]
            bare_rates.append(drive(bare_port, eml, messages, sessions))
            bare_cpu.append((cpu_seconds(bare.pid)[0] - bare0) * 1000 / messages)
            print(
                f"  round {n}: bsm-gateway {gw_rates[-1]:6.1f} msgs/s, bare relay "
                f"{bare_rates[-1]:6.1f} msgs/s, ratio {gw_rates[-1] / bare_rates[-1]:.2f}; "
                f"CPU ms/msg: gateway {gw_main[-1]:.2f} + workers {gw_workers[-1]:.2f}, "
                f"bare {bare_cpu[-1]:.2f}"
            )
        gw_rate, bare_rate = statistics.median(gw_rates), statistics.median(bare_rates)
        ratio = statistics.median(g / b for g, b in zip(gw_rates, bare_rates, strict=True))
        print(
            f"  bare aiosmtpd relay (no engine):   median {bare_rate:6.1f} msgs/s, "
            f"{statistics.median(bare_cpu):.2f} ms CPU per message"
        )
        print(
            f"  bsm-gateway (engine, store, logs): median {gw_rate:6.1f} msgs/s, "
            f"{statistics.median(gw_main):.2f} ms CPU per message in the main process "
            f"+ {statistics.median(gw_workers):.2f} ms in the engine workers"
        )
        verdict_word = "met" if ratio >= 0.75 else "NOT met"
        print(
            f"  ratio gateway/bare (median of rounds): {ratio:.2f}  "
            f"(target >= 0.75: {verdict_word})"
        )
        return 0
    finally:
        for proc in reversed(procs):
            stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)


# -- several hosts ---------------------------------------------------------------------------


def several(messages: int, sessions: int, rounds: int) -> int:
    """msgs/s of: one gateway on SQLite, one on PostgreSQL, two on PostgreSQL behind
    HAProxy (median of `rounds` alternating runs each)."""
    from tests.haproxy import HAPROXY, HAProxy, gateway_toml
    from tests.pg import PgCluster, find_bindir

    bindir = find_bindir()
    if bindir is None or not os.access(HAPROXY, os.X_OK):
        print("several hosts: skipped (needs PostgreSQL and HAProxy: make test-deps)")
        return 0
    print(f"several hosts on this machine ({os.cpu_count()} cores, all on loopback):")
    tmp = Path(tempfile.mkdtemp(prefix="bench-several-"))
    procs: list[subprocess.Popen[bytes]] = []
    cluster = PgCluster(bindir)
    haproxy: HAProxy | None = None
    try:
        cluster.start()
        pg_url = cluster.new_database()
        eml = tmp / "reply.eml"
        eml.write_bytes(reply_5kb().replace(b"\r\n", b"\n"))
        sink_port = free_port()
        procs.append(start_sink(sink_port))
        upstream = f"smtp://127.0.0.1:{sink_port}"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}

        def gateway(name: str, store: str, balancers: list[str]) -> int:
            port = free_port()
            config = tmp / f"{name}.toml"
            text = gateway_toml(
                listen=f"127.0.0.1:{port}",
                hostname=f"{name}.bench",
                store=store,
                upstream=upstream,
                balancers=balancers,
            )
            config.write_text(text + "\n[limits]\nmax_sessions_per_client = 100\n")
            proc = subprocess.Popen(
                [sys.executable, "-m", "gateway.cli", "serve", "--config", str(config)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            procs.append(proc)
            wait_port(port, proc, timeout=60)
            return port

        sqlite_port = gateway("sqlite", f"sqlite:///{tmp}/state.db", [])
        pg_port = gateway("pg", pg_url, [])
        behind = [gateway(f"gw{i}", pg_url, ["127.0.0.1/32"]) for i in (1, 2)]
        haproxy = HAProxy([f"127.0.0.1:{port}" for port in behind]).start()
        targets = {
            "one gateway, SQLite store": sqlite_port,
            "one gateway, PostgreSQL store": pg_port,
            "two gateways (PostgreSQL) behind HAProxy": haproxy.port,
        }
        for port in targets.values():
            drive(port, eml, 100, sessions)  # warm-up
        rates: dict[str, list[float]] = {name: [] for name in targets}
        for _ in range(rounds):
            for name, port in targets.items():
                rates[name].append(drive(port, eml, messages, sessions))
        for name, got in rates.items():
            print(f"  {name:<42} median {statistics.median(got):6.1f} msgs/s")
        return 0
    finally:
        if haproxy is not None:
            haproxy.stop()
        for proc in reversed(procs):
            stop(proc)
        cluster.destroy()
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.smtp", description=__doc__)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of each relay")
    parser.add_argument("--bare-relay", nargs=2, metavar=("PORT", "UPSTREAM"))
    parser.add_argument("--several", action="store_true", help="only the several-hosts comparison")
    args = parser.parse_args(argv)
    if args.bare_relay:
        bare_relay(int(args.bare_relay[0]), args.bare_relay[1])
        return 0
    status = 0 if args.several else run(args.messages, args.sessions, args.rounds)
    return several(args.messages, args.sessions, args.rounds) or status


if __name__ == "__main__":
    sys.exit(main())
