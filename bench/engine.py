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

# The targets, in ms.
REPLY_MEDIAN_TARGET = 1.0
TEMPLATE_P99_TARGET = 15.0
PDF_MEDIAN_TARGET = 60.0


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
        # 200 runs, so that the p99 is a 99th percentile (of 50 it was the slowest run).
        _, _, worst = row(name, raw, ROUNDS)
        slowest = max(slowest, worst)
    print()
    summary("5 KB reply: median", reply_median, REPLY_MEDIAN_TARGET, f", p99 {reply_p99:.3f} ms")
    summary("corpus: slowest template p99", slowest, TEMPLATE_P99_TARGET)
    summary("100-page PDF reply: median", pdf_median, PDF_MEDIAN_TARGET)


def summary(label: str, value: float, target: float, extra: str = "") -> None:
    """One line: the figure, its target and whether it is met."""
    word = "met" if value <= target else "NOT met"
    print(f"{label} {value:.3f} ms (target <= {target:g} ms: {word}){extra}")


if __name__ == "__main__":
    main()
