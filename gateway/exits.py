"""What every `bsm-gateway` subcommand shares: exit statuses (sysexits), failing with one
line on stderr, and reading the policy a command is given."""

from __future__ import annotations

import sys
from typing import NoReturn

from policies import Outcome, Policy

EXIT_OK, EXIT_REWRITE, EXIT_BLOCK = 0, 1, 2
EXIT_USAGE, EXIT_NOINPUT, EXIT_SOFTWARE, EXIT_CONFIG = 64, 66, 70, 78
EXIT_UNAVAILABLE = 69  # cannot listen, store or upstream unusable
EXIT_SIGPIPE = 141  # the reader of stdout went away (`| head`), as a shell reports it
EXIT_BY_OUTCOME = {Outcome.PASS: EXIT_OK, Outcome.REWRITE: EXIT_REWRITE, Outcome.BLOCK: EXIT_BLOCK}


class UsageError(Exception):
    """A command-line mistake: one line on stderr, exit 64."""


def fail(message: str, code: int) -> NoReturn:
    print(f"bsm-gateway: {message}", file=sys.stderr)
    raise SystemExit(code)


def read_policy(path: str | None) -> Policy:
    """The default policy, or the seller's file merged over it; exits 66 if the file cannot
    be read, 78 if its content is wrong."""
    from gateway.config import ConfigError, UnreadableFile, policy_from_file

    try:
        return policy_from_file(path)
    except UnreadableFile as exc:
        fail(str(exc), EXIT_NOINPUT)
    except ConfigError as exc:
        fail(str(exc), EXIT_CONFIG)
