import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check what is generated, not how fast: on a loaded 2-core CI machine a
# first example that compiles a pattern can take longer than hypothesis's 200 ms deadline.
settings.register_profile("bsm", deadline=None)
settings.load_profile("bsm")

ROOT = Path(__file__).resolve().parent.parent
# Real ESP templates (MIT; their licences beside them), copied into the repository.
TEMPLATES = ROOT / "tests" / "corpus" / "templates"
sys.path.insert(0, str(ROOT))

from tests.netutil import Sink  # noqa: E402  (needs ROOT on sys.path)
from tests.pg import PgCluster, find_bindir  # noqa: E402


@pytest.fixture
def sink() -> Iterator[Sink]:
    """An in-test aiosmtpd upstream on a free port of 127.0.0.1, stopped after the test."""
    s = Sink().start()
    yield s
    s.stop()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A throwaway PostgreSQL cluster on 127.0.0.1 for the whole run (tests/pg.py),
    stopped and removed at the end. Skipped where PostgreSQL is not installed, except in
    CI, where a missing PostgreSQL is a failure (scripts/install-test-deps.sh installs it)."""
    bindir = find_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed: run scripts/install-test-deps.sh")
        pytest.skip("PostgreSQL is not installed (scripts/install-test-deps.sh installs it)")
    cluster = PgCluster(bindir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.destroy()
