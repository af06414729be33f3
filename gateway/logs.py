"""Structured logs: one JSON object per line on stdout (journald and docker pick them up).

Events: `message` (one per SMTP transaction: reference id, client, sender, recipients,
size, verdict, rule ids, action per recipient, upstream reply, durations), `connection`
(open/close), `error` (with the reference id the client was given), `startup`, `shutdown`,
`shutdown.draining`, `reload`, `reload.failed`, `quarantine.release`. Message bodies are
never logged. docs/operations.md describes every field.
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


_stream: list[TextIO | None] = [None]


def configure(level: str = "info", stream: TextIO | None = None) -> None:
    """JSON lines to `stream` (stdout by default) at `level` and above. aiosmtpd's own
    per-command logging (logger `mail.log`) is kept to warnings: it would log addresses
    on every line and cost more than the gateway's own event."""
    _stream[0] = stream
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


def set_level(level: str) -> None:
    """Change the level (a reload), keeping the stream. Loggers obtained before keep the
    old level: take a new one with `get_logger()`."""
    configure(level, _stream[0])


def get_logger(**context: Any) -> Any:
    """A bound structlog logger (typed Any: structlog's BoundLogger is dynamic)."""
    return structlog.get_logger("bsm-gateway").bind(**context)
