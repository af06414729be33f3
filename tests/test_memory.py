"""The gateway's memory under a burst of large messages, measured as bench.memory does:
the real gateway (`bsm-gateway serve`, default limits) in a subprocess, smtp-sink as the
smarthost, four sessions each sending a 10 MB message at once.

Before spooling, each message was held about three and a half times in the main process
and both engine workers parsed one each at once."""

from __future__ import annotations

import os

import pytest

from bench.memory import MB, measure
from bench.smtp import SMTP_SINK

pytestmark = pytest.mark.skipif(not os.access(SMTP_SINK, os.X_OK), reason="smtp-sink missing")


def test_four_concurrent_10_mb_messages_cost_about_one_message_each_side() -> None:
    m = measure(4, 10.0)
    assert m.failed == [] and m.retried == 0, m.replies  # all taken at once, all delivered
    assert m.spool_left == []  # each spool file gone with its reply
    main = (m.peak.main_pss - m.idle.main_pss) / MB
    total = (m.peak.total_pss - m.idle.total_pss) / MB
    # Measured: the main process about 60 MB over idle at peak (the messages as they
    # arrive, up to the spool threshold each, and one being relayed: aiosmtplib copies
    # it), the whole group about 110 (one message parsed at a time: the stdlib e-mail
    # parser needs about 8 times its size). Before spooling: about 140 and 360.
    assert main < 90, f"main process {main:.0f} MB over idle"
    assert total < 170, f"main process and workers {total:.0f} MB over idle"
