"""Where a message lives from its DATA to its reply: in memory while small, in a file once
it is large, so that a burst of large messages costs disk, not the gateway's memory.

`Spool` takes the message line by line as it arrives (gateway.protocol); past
`threshold` bytes everything goes to a file of the spool directory (the system's
temporary directory: TMPDIR, systemd's PrivateTmp), opened 0600. The engine worker reads
the file by its path (gateway.engine_pool), and the main process reads it whole only
to relay it (or to quarantine it, queue it, quote it in a report). The file is removed
once the reply is decided (`discard`); one left by a gateway that was killed is removed
by the next start (`clean_leftovers`).
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import BinaryIO

PREFIX = "bsm-spool-"
CHUNK = 64 * 1024  # the file's write buffer
_NAME = re.compile(re.escape(PREFIX) + r"(\d+)-")
_first = True  # clean_leftovers has not run in this process yet


def spool_dir() -> Path:
    return Path(tempfile.gettempdir())


class Spool:
    """One message's bytes (dot-unstuffed, as the client meant them)."""

    def __init__(self, threshold: int, directory: Path | None = None) -> None:
        self.threshold = threshold
        self.directory = directory or spool_dir()
        self.size = 0
        self._buffer = bytearray()
        self._data = b""  # a small message, once complete (`finish`)
        self._file: BinaryIO | None = None
        self.path: Path | None = None  # set once the message went over the threshold

    def write(self, data: bytes | bytearray) -> None:
        self.size += len(data)
        if self._file is not None:
            self._file.write(data)
            return
        self._buffer += data
        if len(self._buffer) > self.threshold:
            fd, name = tempfile.mkstemp(prefix=f"{PREFIX}{os.getpid()}-", dir=self.directory)
            self.path = Path(name)
            self._file = os.fdopen(fd, "wb", buffering=CHUNK)
            self._file.write(self._buffer)
            self._buffer = bytearray()

    def finish(self) -> None:
        """The message is complete: flush it to its file (the engine reads it there), or
        keep a small one as bytes, the one copy that `read` then gives out."""
        if self._file is not None:
            self._file.close()
            self._file = None
        else:
            self._data, self._buffer = bytes(self._buffer), bytearray()

    @property
    def spooled(self) -> bool:
        return self.path is not None

    @property
    def held(self) -> int:
        """What the message counts for in the in-flight memory budget: its size while in
        memory; once in a file, the threshold (what its reception held at most; the file
        is read in pieces, and whole only on the rarer ways: quarantine, retry queue)."""
        return self.threshold if self.path is not None else self.size

    def read(self, start: int = 0) -> bytes:
        """The message from byte `start` on, as bytes (a copy, but a small message whole)."""
        if self.path is None:
            return self._data[start:] if start else self._data
        with self.path.open("rb") as f:
            f.seek(start)
            return f.read()

    def head(self, size: int) -> bytes:
        """Its first `size` bytes (the header section, for the scans that need only that)."""
        if self.path is None:
            return self._data[:size]
        with self.path.open("rb") as f:
            return f.read(size)

    def discard(self) -> None:
        """Drop the bytes and remove the file (safe to call twice)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        if self.path is not None:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
            self.path = None
        self._buffer, self._data = bytearray(), b""


def clean_leftovers(directory: Path | None = None) -> int:
    """Remove the spool files of gateways that are no longer running (killed before their
    reply: their clients got no 250 and send the message again). Called at start: the
    first time in a process, files under its own pid are an earlier process's (a
    container's gateway is pid 1 every time). Returns how many were removed."""
    global _first
    mine_stale, _first = _first, False
    removed = 0
    for path in (directory or spool_dir()).glob(f"{PREFIX}*"):
        match = _NAME.match(path.name)
        pid = int(match.group(1)) if match else 0
        if match is None or (pid == os.getpid() and not mine_stale) or _alive(pid):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True
