"""Engine benchmark: `check` time per message, in one process after warm-up.

Targets: a typical 5 KB reply checked in <= 1 ms median; the slowest corpus template's
p99 <= 15 ms; a reply with a 100-page text PDF attachment <= 60 ms median.
"""

from __future__ import annotations

import statistics
import time

from bench.corpus import pdf_invoice_message, reply_5kb, template_messages
from gateway.engine_pool import freeze_heap
from policies import Envelope, evaluate, load_policy

WARMUP = 20
ROUNDS = 200


def measure(raw: bytes, rounds: int) -> list[float]:
    policy = load_policy()
    envelope = Envelope(
        mail_from="support@seller.example", rcpt_tos=["6bmcx2l1t7cwrwb@marketplace.amazon.com"]
    )
    for _ in range(WARMUP):
        evaluate(raw, envelope, policy)
    freeze_heap()  # as the gateway's engine workers do after their warm-up
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        evaluate(raw, envelope, policy)
        times.append((time.perf_counter() - started) * 1000)
    return times


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def row(name: str, raw: bytes, rounds: int) -> tuple[str, float, float]:
    times = measure(raw, rounds)
    verdict = evaluate(raw, Envelope(), load_policy()).outcome
    median, worst = statistics.median(times), p99(times)
    print(f"{name:<58} {len(raw):>7} B  {verdict:<8} median {median:7.3f} ms  p99 {worst:7.3f} ms")
    return name, median, worst


def main() -> None:
    print(f"engine check time, {ROUNDS} rounds after {WARMUP} warm-up (one process)")
    _, reply_median, reply_p99 = row("5 KB HTML reply (compliant)", reply_5kb(), ROUNDS * 5)
    _, pdf_median, _ = row("reply + 100-page text PDF attachment", pdf_invoice_message(), 20)
    slowest = 0.0
    for name, raw in template_messages().items():
        _, _, worst = row(name, raw, ROUNDS // 4)
        slowest = max(slowest, worst)
    print(f"\n5 KB reply: median {reply_median:.3f} ms (target < 1 ms), p99 {reply_p99:.3f} ms")
    print(f"corpus: slowest p99 {slowest:.3f} ms (target <= 15 ms)")
    print(f"100-page PDF: median {pdf_median:.3f} ms (target <= 60 ms)")


if __name__ == "__main__":
    main()
