"""Peak memory of the gateway under large messages: 20 sessions at once, each sending a
10 MB message (a compliant reply with a 7.3 MB PDF manual, base64-encoded).

`python -m bench.memory [--sessions N] [--size MB]` (run by `make bench`):

- starts Postfix's smtp-sink (the smarthost) and the gateway (`bsm-gateway serve`, real
  config, SQLite store, two engine worker processes), each a subprocess on a free port,
  stopped by pid;
- sends the messages over N concurrent SMTP sessions (a thread each), all starting
  together, and samples every 20 ms the memory of the gateway's main process and of
  every process under it (the forkserver, the engine workers), by RSS and by PSS;
- prints the peak of each, each message's reply class, and whether the target is met
  (main process and workers under 250 MB at peak, by PSS); exits 1 if not.

RSS counts a page shared by several processes once in each of them: the engine modules
the forkserver loads before forking the workers would be counted three times. PSS
(/proc/PID/smaps_rollup) splits each shared page between the processes that map it, so
the sum of PSS is the memory the group takes from the host: the target is judged on it.

A session that would take the messages in flight over `[limits] max_inflight_mb` is
answered 452 at DATA (the client retries later); the bench counts those and sends them
again once the first wave is done, so every message is eventually delivered.
"""

from __future__ import annotations

import argparse
import os
import shutil
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from bench.corpus import ALIAS, ORDER, assemble_pdf
from bench.smtp import SMTP_SINK, free_port, start_sink, stop, wait_port
from gateway.spool import PREFIX

ROOT = Path(__file__).resolve().parent.parent
SELLER = "support@seller.example"
TARGET_MB = 250.0
MB = 1024 * 1024


def manual_pdf(size: int) -> bytes:
    """A one-page PDF with a line of text and an image of `size` random-looking bytes."""
    image = os.urandom(size)
    text = zlib.compress(b"BT /F1 12 Tf 72 720 Td (Installation manual, model K-200) Tj ET")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%b\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height 1 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length %d >>\nstream\n%b\nendstream" % (size, size, image),
    ]
    return assemble_pdf(objs)


def big_message(megabytes: float) -> bytes:
    msg = EmailMessage()
    msg["From"] = SELLER
    msg["To"] = ALIAS
    msg["Subject"] = f"Re: manual for your order {ORDER}"
    msg["In-Reply-To"] = "<question@marketplace.amazon.com>"
    msg.set_content("Hello, the installation manual you asked for is attached. Regards, Anna")
    pdf = manual_pdf(int(megabytes * 1024 * 1024 * 0.73))
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="manual.pdf")
    return msg.as_bytes(policy=SMTP)


def _kib(path: str, field: str) -> int:
    """A `field:  N kB` line of a /proc file, in bytes (0 if the process is gone)."""
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree(root: int) -> list[int]:
    """`root` and every process under it (the forkserver, the engine workers)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        children.setdefault(int(stat.rpartition(")")[2].split()[1]), []).append(int(entry.name))
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, []))
    return pids


@dataclass
class Usage:
    """Memory of the main process and of the whole tree, by RSS and by PSS, in bytes.
    RSS counts a page shared by several processes (the modules the forkserver loaded
    before forking the workers) once in each; PSS splits it between them, so the sum
    of PSS is what the group really takes from the host."""

    main_rss: int = 0
    main_pss: int = 0
    total_rss: int = 0
    total_pss: int = 0

    @classmethod
    def of(cls, pids: list[int]) -> Usage:
        rss = [_kib(f"/proc/{pid}/status", "VmRSS:") for pid in pids]
        pss = [_kib(f"/proc/{pid}/smaps_rollup", "Pss:") for pid in pids]
        return cls(rss[0], pss[0], sum(rss), sum(pss))

    def peak(self, other: Usage) -> None:
        self.main_rss = max(self.main_rss, other.main_rss)
        self.main_pss = max(self.main_pss, other.main_pss)
        self.total_rss = max(self.total_rss, other.total_rss)
        self.total_pss = max(self.total_pss, other.total_pss)

    def line(self, label: str) -> str:
        m, t = [f"RSS {r / MB:6.1f} MB, PSS {p / MB:6.1f} MB" for r, p in self._pairs()]
        return f"  {label:<6} main {m}; with workers {t}"

    def _pairs(self) -> list[tuple[int, int]]:
        return [(self.main_rss, self.main_pss), (self.total_rss, self.total_pss)]


class Sampler(threading.Thread):
    """The peak of each figure over the run (each may peak at a different moment), sampled
    every 20 ms; the process list is read again every 0.5 s (a replaced worker)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.peak = Usage()
        self.done = threading.Event()

    def run(self) -> None:
        pids, listed = tree(self.pid), time.monotonic()
        while not self.done.is_set():
            if time.monotonic() - listed > 0.5:
                pids, listed = tree(self.pid), time.monotonic()
            self.peak.peak(Usage.of(pids))
            time.sleep(0.02)


def send(port: int, raw: bytes, start: threading.Barrier) -> int:
    start.wait()
    with smtplib.SMTP("127.0.0.1", port, local_hostname="bench.client", timeout=300) as c:
        try:
            c.sendmail(SELLER, [ALIAS], raw)
        except smtplib.SMTPDataError as exc:
            return exc.smtp_code
        except smtplib.SMTPResponseException as exc:
            return exc.smtp_code
    return 250


def wave(port: int, raw: bytes, count: int) -> list[int]:
    start = threading.Barrier(count)
    results: list[int] = [0] * count

    def one(n: int) -> None:
        results[n] = send(port, raw, start)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


@dataclass
class Measurement:
    size: int  # bytes of each message
    elapsed: float
    idle: Usage
    peak: Usage
    replies: list[int]  # each message's last reply code
    retried: int  # answered 4xx at first, then sent again
    spool_left: list[str]  # spool files still there once every reply was written

    @property
    def failed(self) -> list[int]:
        return [code for code in self.replies if code != 250]


def measure(sessions: int, megabytes: float) -> Measurement:
    """Run the gateway with its default limits (its spool directory its own: TMPDIR) and
    send `sessions` messages of `megabytes` at once; smtp-sink must be installed."""
    raw = big_message(megabytes)
    tmp = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    spool = tmp / "spool"
    spool.mkdir()
    procs: list[subprocess.Popen[bytes]] = []
    try:
        sink_port, gw_port = free_port(), free_port()
        procs.append(start_sink(sink_port))
        config = tmp / "gateway.toml"
        config.write_text(
            f'listen = "127.0.0.1:{gw_port}"\nupstream = "smtp://127.0.0.1:{sink_port}"\n'
            f'store = "sqlite:///{tmp}/state.db"\nhostname = "bench.gateway"\n'
            "[limits]\nmax_sessions_per_client = 100\n"
        )
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(spool)}
        gateway = subprocess.Popen(
            [sys.executable, "-m", "gateway.cli", "serve", "--config", str(config)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        procs.append(gateway)
        wait_port(gw_port, gateway)
        time.sleep(1.0)  # the workers warm up after the socket is bound
        idle = Usage.of(tree(gateway.pid))
        sampler = Sampler(gateway.pid)
        sampler.start()
        t0 = time.perf_counter()
        replies = wave(gw_port, raw, sessions)
        retried = replies.count(452) + replies.count(451)
        while any(code != 250 for code in replies):
            todo = [n for n, code in enumerate(replies) if code != 250]
            if any(replies[n] // 100 == 5 for n in todo):
                break
            again = wave(gw_port, raw, len(todo))
            for n, code in zip(todo, again, strict=True):
                replies[n] = code
        elapsed = time.perf_counter() - t0
        sampler.done.set()
        sampler.join()
        left = sorted(path.name for path in spool.glob(f"{PREFIX}*"))
        return Measurement(len(raw), elapsed, idle, sampler.peak, replies, retried, left)
    finally:
        for proc in reversed(procs):
            stop(proc)
        shutil.rmtree(tmp, ignore_errors=True)


def run(sessions: int, megabytes: float) -> int:
    if not os.access(SMTP_SINK, os.X_OK):
        print(f"bench.memory: {SMTP_SINK} missing; run `make test-deps`", file=sys.stderr)
        return 1
    m = measure(sessions, megabytes)
    print(
        f"{sessions} concurrent sessions, {m.size / MB:.1f} MB each "
        f"(a reply with a PDF attachment), {m.elapsed:.1f} s:"
    )
    print(m.idle.line("idle:"))
    print(m.peak.line("peak:"))
    print(
        f"  replies: {m.replies.count(250)} x 250; {m.retried} answered 4xx at first "
        "(over the in-flight budget) and sent again"
    )
    met = m.peak.total_pss / MB < TARGET_MB and not m.failed
    print(
        f"  target: main + workers under {TARGET_MB:g} MB at peak (by PSS: what the "
        "group takes from the host, shared pages counted once), every message "
        f"delivered: {'met' if met else 'NOT met'}" + (f" (failed: {m.failed})" if m.failed else "")
    )
    return 0 if met else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--size", type=float, default=10.0, help="message size in MB")
    args = parser.parse_args(argv)
    return run(args.sessions, args.size)


if __name__ == "__main__":
    sys.exit(main())
