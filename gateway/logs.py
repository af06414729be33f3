"""Structured logs: one JSON object per line on stdout (journald and docker pick them up).

Events: `message` (one per SMTP transaction: reference id, client, sender, recipients,
size, verdict, rule ids, action per recipient, upstream reply, durations), `connection`
(open/close), `error` (with the reference id the client was given), `startup`, `shutdown`,
`quarantine.release`. Message bodies are never logged.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, TextIO

import structlog

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


def configure(level: str = "info", stream: TextIO | None = None) -> None:
    """JSON lines to `stream` (stdout by default) at `level` and above. aiosmtpd's own
    per-command logging (logger `mail.log`) is kept to warnings: it would log addresses
    on every line and cost more than the gateway's own event."""
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS.get(level.lower(), 20)),
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stdout),
        cache_logger_on_first_use=True,
    )
    logging.getLogger("mail.log").setLevel(logging.WARNING)


def get_logger(**context: Any) -> Any:
    """A bound structlog logger (typed Any: structlog's BoundLogger is dynamic)."""
    return structlog.get_logger("bsm-gateway").bind(**context)
