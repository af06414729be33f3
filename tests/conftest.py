import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Real ESP templates (MIT; their licences beside them), copied into the repository.
TEMPLATES = ROOT / "tests" / "corpus" / "templates"
sys.path.insert(0, str(ROOT))

from tests.netutil import Sink  # noqa: E402  (needs ROOT on sys.path)


@pytest.fixture
def sink() -> Iterator[Sink]:
    """An in-test aiosmtpd upstream on a free port of 127.0.0.1, stopped after the test."""
    s = Sink().start()
    yield s
    s.stop()
