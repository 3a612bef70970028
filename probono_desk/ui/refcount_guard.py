"""A guard against a PySide6 6.12 bug on Python 3.11: wrapped C++ methods returning void hand back ``None``
without taking a reference, so every call lowers None's reference count; after enough calls (a few minutes
of painting) Python aborts with "none_dealloc: deallocating None". Python 3.12 made None immortal (PEP 683),
which is why the bug goes unnoticed upstream. On 3.11 we give None a reference count no session can exhaust.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def keep_none_alive() -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    _done = True


keep_none_alive()
