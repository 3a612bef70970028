"""Writing what leaves the app (PDF, exports, packs, codes, copies): whole or not at all, and a clear French refusal
when the place the user chose cannot be written (missing or read-only folder, a file where a folder is expected...).

One helper for every writer, so that none of them lets an ``OSError`` reach the user as an "unexpected error", none
leaves a half-written file under the name the user asked for, and none ever replaces what must not be replaced
(``check_output``): an event file whatever its name (the one open here, through any link, or any other), its
``-wal``/``-shm`` work files, or something that is not a regular file (a device, a pipe, a folder).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from probono_desk.core.errors import OutputFailed, os_reason, reason_text
from probono_desk.core.i18n import QT_TRANSLATE_NOOP

PART = ".part"

IS_A_FOLDER = QT_TRANSLATE_NOOP("errors", "c'est un dossier : donnez un nom de fichier")
IS_A_FILE = QT_TRANSLATE_NOOP("errors", "c'est un fichier : donnez un dossier")
NOT_A_FILE = QT_TRANSLATE_NOOP("errors", "ce n'est pas un fichier ordinaire (périphérique, tube) : donnez un fichier")
IS_THE_OPEN_EVENT = QT_TRANSLATE_NOOP("errors", "c'est l'événement en cours : il n'est jamais remplacé")
IS_AN_EVENT = QT_TRANSLATE_NOOP("errors", "c'est un fichier d'événement : il n'est jamais remplacé")
IS_EVENT_WORK = QT_TRANSLATE_NOOP("errors", "c'est un fichier de travail d'un événement : il n'est jamais remplacé")
WORK_SUFFIXES = ("-wal", "-shm", "-journal")

EventProbe = Callable[[Path], bool]
_probe: EventProbe | None = None
_held: Counter[tuple[int, int]] = Counter()
_held_lock = threading.Lock()
_UMASK = os.umask(0o022)
os.umask(_UMASK)  # read once: temporary names are created private, the output gets the usual permissions


def use_event_probe(probe: EventProbe) -> None:
    """How to tell an event file (``storage/identify.py``, installed by ``services/outputs.py``: output does not
    read event files itself). Until one is installed, every existing file counts as one (refused, never lost)."""
    global _probe
    _probe = probe


def hold(path: Path) -> tuple[int, int] | None:
    """Mark the file at ``path`` as an event open in this process (by device and inode: every name and link of it
    is then refused as an output). Returns the key for ``release``."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    key = (st.st_dev, st.st_ino)
    with _held_lock:
        _held[key] += 1
    return key


def release(key: tuple[int, int] | None) -> None:
    if key is None:
        return
    with _held_lock:
        _held[key] -= 1
        if _held[key] <= 0:
            del _held[key]


def _is_held(st: os.stat_result) -> bool:
    with _held_lock:
        return _held[(st.st_dev, st.st_ino)] > 0


def _is_event(path: Path) -> bool:
    return True if _probe is None else _probe(path)


def check_output(out: str | Path) -> None:
    """``OutputFailed`` when ``out`` must never be replaced by an output; otherwise nothing (a missing file, or a
    regular file that is not an event: the window asks before replacing it, see ``replaces_a_file``)."""
    out = Path(out)
    try:
        st: os.stat_result | None = os.stat(out)  # through symbolic links: what would be lost is what they point to
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise refuse(out, exc) from exc
    real = Path(os.path.realpath(out))
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            raise refuse(out, reason=IS_A_FOLDER)
        if not stat.S_ISREG(st.st_mode):
            raise refuse(out, reason=NOT_A_FILE)
        if _is_held(st):
            raise refuse(out, reason=IS_THE_OPEN_EVENT)
        if _is_event(real):
            raise refuse(out, reason=IS_AN_EVENT)
    for suffix in WORK_SUFFIXES:
        if real.name.endswith(suffix) and len(real.name) > len(suffix):
            base = real.with_name(real.name[: -len(suffix)])
            try:
                base_st = os.stat(base)
            except OSError:
                continue
            if stat.S_ISREG(base_st.st_mode) and (_is_held(base_st) or _is_event(base)):
                raise refuse(out, reason=IS_EVENT_WORK)


def replaces_a_file(out: str | Path) -> bool:
    """True when writing ``out`` would replace an existing file (after ``check_output``: a regular, non-event one)."""
    return os.path.lexists(out)


def _temp_name(out: Path) -> str:
    return out.name[:80] + "."


def refuse(out: Path, exc: OSError | None = None, reason: str = "") -> OutputFailed:
    return OutputFailed(path=str(out), detail=reason_text(reason) if reason else os_reason(exc or OSError()))


def make_folder(folder: Path) -> Path:
    """``folder`` and its parents, or ``OutputFailed`` saying why not."""
    if folder.exists() and not folder.is_dir():
        raise refuse(folder, reason=IS_A_FILE)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise refuse(folder, exc) from exc
    return folder


@contextmanager
def atomic_file(out: str | Path) -> Iterator[Path]:
    """Yields a temporary path next to ``out``; what is written there replaces ``out`` only when the block ends
    without error. Any ``OSError`` becomes ``OutputFailed``; the temporary file never stays behind."""
    out = Path(out)
    check_output(out)
    make_folder(out.parent)
    try:  # a fresh name of our own: never through a link or a file left at a guessable name
        handle, name = tempfile.mkstemp(prefix=_temp_name(out), suffix=PART, dir=out.parent)
        os.close(handle)
        os.chmod(name, 0o666 & ~_UMASK)
    except OSError as exc:
        raise refuse(out, exc) from exc
    tmp = Path(name)
    try:
        yield tmp
        check_output(out)  # still nothing that must not be replaced, after the time the document took
        tmp.replace(out)
    except OSError as exc:
        raise refuse(out, exc) from exc
    finally:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)


@contextmanager
def atomic_folder(out: str | Path) -> Iterator[Path]:
    """Yields a temporary folder next to ``out`` (which must not exist, or be empty); it becomes ``out`` only when
    the block ends without error, else it is removed. Any ``OSError`` becomes ``OutputFailed``."""
    out = Path(out)
    if os.path.lexists(out) and not out.is_dir():
        check_output(out)  # says why an event, a device or a pipe is refused
        raise refuse(out, reason=IS_A_FILE)
    make_folder(out.parent)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=_temp_name(out), suffix=PART, dir=out.parent))
        tmp.chmod(0o777 & ~_UMASK)
    except OSError as exc:
        raise refuse(out, exc) from exc
    try:
        yield tmp
        if out.exists():
            out.rmdir()  # empty (checked by the caller): rename() replaces only a missing name
        tmp.rename(out)
    except OSError as exc:
        raise refuse(out, exc) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
