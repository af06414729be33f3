"""Structured logs: one JSON object per line on stdout (journald and docker pick them up),
and the same lines, as configured, to a file and to syslog.

Events: `message` (one per SMTP transaction: reference id, client, sender, recipients,
size, verdict, rule ids, action per recipient, upstream reply, durations), `connection`
(open/close), `error` (with the reference id the client was given), `startup`, `shutdown`,
`shutdown.draining`, `reload`, `reload.failed`, `quarantine.release`. Message bodies are
never logged. docs/operations.md describes every field.

Every line a `serve` process writes is JSON: the standard `logging` module (aiosmtpd,
asyncio, pypdf in the engine workers) and Python warnings (`warnings.warn`, e.g. a
library's DeprecationWarning) go through the same renderer, as events named after their
logger (`py.warnings` for warnings) with `logger` and `level` fields.

Rotation is the system's (logrotate): the file is reopened when it has been moved away or
deleted (the standard library's WatchedFileHandler looks before each line) and on every
reload (SIGHUP). Syslog gets each line as one datagram, `<PRI>bsm-gateway[PID]: {json}`,
its severity from the level. A file or syslog that stops taking lines never stops mail
nor puts a traceback among the JSON lines: one `log.output_failed` event says so.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import socket
import sys
import threading
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
}


class _FileOutput(logging.handlers.WatchedFileHandler):
    error: BaseException | None = None

    @property
    def name_shown(self) -> str:
        return f"file:{self.baseFilename}"

    def handleError(self, record: logging.LogRecord) -> None:
        self.error = sys.exc_info()[1]


class _SyslogOutput(logging.handlers.SysLogHandler):
    error: BaseException | None = None
    name_shown = "syslog"

    def handleError(self, record: logging.LogRecord) -> None:
        self.error = sys.exc_info()[1]


Output = _FileOutput | _SyslogOutput
FACILITIES = logging.handlers.SysLogHandler.facility_names


def syslog_address(value: str) -> str | tuple[str, int]:
    """'/dev/log' (a Unix socket path) or 'HOST:PORT' (UDP) → SysLogHandler's address;
    ValueError if it is neither."""
    if value.startswith("/"):
        return value
    host, sep, port = value.rpartition(":")
    host = host.strip("[]")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(
            f"expected a Unix socket path (/dev/log) or HOST:PORT (UDP), got {value!r}"
        )
    return host, int(port)


class OutputError(Exception):
    """A log file or syslog that cannot be opened; the message says which and why."""


class Outputs:
    """Where the lines go besides stdout: a file, syslog, both or neither. Raises
    OutputError if one cannot be opened (no such directory, no permission, no syslog
    socket)."""

    def __init__(
        self, file: str | None = None, syslog: str | None = None, facility: str = "mail"
    ) -> None:
        self.handlers: list[Output] = []
        self._down: set[int] = set()
        try:
            if file:
                self.handlers.append(_open_file(file))
            if syslog:
                self.handlers.append(_open_syslog(syslog, facility))
        except BaseException:
            self.close()
            raise

    def emit(self, level: int, line: str) -> None:
        if not self.handlers:
            return
        record = logging.makeLogRecord(
            {"msg": line, "levelno": level, "levelname": logging.getLevelName(level)}
        )
        for handler in self.handlers:
            handler.error = None
            handler.handle(record)
            if handler.error is None:
                self._down.discard(id(handler))
            elif id(handler) not in self._down:
                self._down.add(id(handler))  # said once, until it works again
                get_logger().error(
                    "log.output_failed",
                    output=handler.name_shown,
                    error=str(handler.error) or type(handler.error).__name__,
                    note="lines are lost there until it works again; stdout has them all",
                )

    def close(self) -> None:
        for handler in self.handlers:
            handler.close()
        self.handlers = []


def _open_file(path: str) -> _FileOutput:
    try:
        return _FileOutput(path, encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot open the log file {path}: {exc.strerror or exc}") from None


def _open_syslog(value: str, facility: str) -> _SyslogOutput:
    try:
        handler = _SyslogOutput(syslog_address(value), facility=FACILITIES[facility])
    except OSError as exc:
        raise OutputError(f"cannot reach syslog at {value}: {exc.strerror or exc}") from None
    handler.name_shown = f"syslog:{value}"
    handler.ident = f"bsm-gateway[{os.getpid()}]: "
    # One JSON line per datagram; a stream socket needs the NUL between messages.
    handler.append_nul = handler.socktype == socket.SOCK_STREAM
    return handler


class _State:
    stream: TextIO | None = None  # None: sys.stdout at the time of writing
    outputs = Outputs()
    lock = threading.RLock()  # RLock: a failing output logs about itself from inside


_state = _State()


def _write(level: int, line: str) -> None:
    """One rendered line to the stream, then to the other outputs. The module's state is
    read at each line, so loggers taken before a reconfiguration (a reload, a test's
    capture) write where the configuration now says."""
    with _state.lock:
        stream = _state.stream or sys.stdout
        stream.write(line + "\n")
        stream.flush()
        _state.outputs.emit(level, line)


class _Logger:
    """structlog's logger (the gateway's own events)."""

    def debug(self, line: str) -> None:
        _write(logging.DEBUG, line)

    def info(self, line: str) -> None:
        _write(logging.INFO, line)

    def warning(self, line: str) -> None:
        _write(logging.WARNING, line)

    def error(self, line: str) -> None:
        _write(logging.ERROR, line)

    def critical(self, line: str) -> None:
        _write(logging.CRITICAL, line)

    msg = info
    warn = warning
    exception = error
    fatal = critical


_SHARED: list[Any] = [
    structlog.processors.add_log_level,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
]


class _Stream(logging.Handler):
    """The stdlib handler: each record rendered as a JSON line, written where the gateway's
    own events go now (stream and outputs are looked up per record, so a reconfigure or a
    test's capture is honoured)."""

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
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        _write(record.levelno, line)


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


def configure(
    level: str = "info", stream: TextIO | None = None, outputs: Outputs | None = None
) -> None:
    """JSON lines to `stream` (stdout by default) and to `outputs` (none by default; the
    ones in force before are closed), at `level` and above. aiosmtpd's own per-command
    logging (logger `mail.log`) is kept to warnings: it would log addresses on every line
    and cost more than the gateway's own event."""
    _state.stream = stream
    set_outputs(outputs or Outputs())
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            *_SHARED,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(ensure_ascii=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS.get(level.lower(), 20)),
        logger_factory=lambda *args: _Logger(),
        cache_logger_on_first_use=True,
    )
    route_stdlib(max(_LEVELS.get(level.lower(), 20), logging.WARNING))
    mail_log = logging.getLogger("mail.log")
    mail_log.setLevel(logging.WARNING)
    if _quiet_login_data not in mail_log.filters:
        mail_log.addFilter(_quiet_login_data)


def set_outputs(outputs: Outputs) -> None:
    """Write to `outputs` from now on and close the previous ones (a reload: the file is
    opened again, which also follows a rotation that moved it)."""
    with _state.lock:
        old, _state.outputs = _state.outputs, outputs
    if old is not outputs:
        old.close()


def set_level(level: str) -> None:
    """Change the level (a reload), keeping the stream and outputs. Loggers obtained
    before keep the old level: take a new one with `get_logger()`."""
    configure(level, _state.stream, _state.outputs)


def get_logger(**context: Any) -> Any:
    """A bound structlog logger (typed Any: structlog's BoundLogger is dynamic)."""
    return structlog.get_logger("bsm-gateway").bind(**context)
