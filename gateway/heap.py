"""Giving the memory a large message used back to the system.

glibc's malloc keeps freed memory for reuse, and after a large block is freed it raises
its mmap threshold to that size (up to 32 MiB), so the next message's buffers come from
the heap too and stay there once freed: a process would keep the size of the largest
message it ever handled. `give_back` returns the free pages (malloc_trim); a no-op where
the C library is not glibc."""

from __future__ import annotations

import ctypes
import gc
from typing import Any

try:
    _LIBC: Any = ctypes.CDLL("libc.so.6")
    _trim = _LIBC.malloc_trim
except (OSError, AttributeError):
    _trim = None


def give_back() -> None:
    """After a large message: collect its cycles, return the free heap to the system."""
    if _trim is not None:
        gc.collect()
        _trim(0)
