"""Structured logs: one JSON object per line on stdout (journald and docker pick them up).

Events: `message` (one per SMTP transaction: reference id, client, sender, recipients,
size, verdict, rule ids, action per recipient, upstream reply, durations), `connection`
(open/close), `error` (with the reference id the client was given), `startup`, `shutdown`,
`shutdown.draining`, `reload`, `reload.failed`, `quarantine.release`. Message bodies are
never logged. docs/operations.md describes every field.

Every line a `serve` process writes is JSON: the standard `logging` module (aiosmtpd,
asyncio, pypdf in the engine workers) and Python warnings (`warnings.warn`, e.g. a
library's DeprecationWarning) go through the same renderer, as events named after their
logger (`py.warnings` for warnings) with `logger` and `level` fields.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


_stream: list[TextIO | None] = [None]

_SHARED: list[Any] = [
    structlog.processors.add_log_level,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
]


class _Stream(logging.StreamHandler):  # type: ignore[type-arg]
    """The stdlib handler that writes to whatever stream the gateway logs to now (the
    stream is looked up per record, so a reconfigure or a test's capture is honoured)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(
            structlog.stdlib.ProcessorFormatter(
                foreign_pre_chain=[structlog.stdlib.add_logger_name, *_SHARED],
                processors=[
                    _stdlib_event,
                    structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                    structlog.processors.format_exc_info,
                    structlog.processors.JSONRenderer(ensure_ascii=False),
                ],
            )
        )

    def emit(self, record: logging.LogRecord) -> None:
        self.stream = _stream[0] or sys.stdout
        super().emit(record)


def _stdlib_event(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """A stdlib record as an event: the text goes to `msg`, the event is the logger's name
    (a warning's text starts with its file and line: keep it whole, on one line)."""
    record = event.get("_record")
    if record is not None:
        event["msg"] = " ".join(str(event.get("event", "")).split())
        event["event"] = record.name
    return event


def _quiet_login_data(record: logging.LogRecord) -> bool:
    """aiosmtpd warns on every successful AUTH that its own `Session.login_data` is
    deprecated (it sets it itself): nothing an operator can act on."""
    return "login_data is deprecated" not in record.getMessage()


def route_stdlib(level: int = logging.WARNING) -> None:
    """Send the `logging` module and warnings through the JSON renderer (idempotent).
    Called by `configure`, and by each engine worker process (pypdf logs from there)."""
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if not isinstance(h, _Stream)]
    root.addHandler(_Stream())
    root.setLevel(level)
    logging.captureWarnings(True)


def configure(level: str = "info", stream: TextIO | None = None) -> None:
    """JSON lines to `stream` (stdout by default) at `level` and above. aiosmtpd's own
    per-command logging (logger `mail.log`) is kept to warnings: it would log addresses
    on every line and cost more than the gateway's own event."""
    _stream[0] = stream
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            *_SHARED,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS.get(level.lower(), 20)),
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stdout),
        cache_logger_on_first_use=True,
    )
    route_stdlib(max(_LEVELS.get(level.lower(), 20), logging.WARNING))
    mail_log = logging.getLogger("mail.log")
    mail_log.setLevel(logging.WARNING)
    if _quiet_login_data not in mail_log.filters:
        mail_log.addFilter(_quiet_login_data)


def set_level(level: str) -> None:
    """Change the level (a reload), keeping the stream. Loggers obtained before keep the
    old level: take a new one with `get_logger()`."""
    configure(level, _stream[0])


def get_logger(**context: Any) -> Any:
    """A bound structlog logger (typed Any: structlog's BoundLogger is dynamic)."""
    return structlog.get_logger("bsm-gateway").bind(**context)
