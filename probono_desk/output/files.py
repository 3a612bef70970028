"""Writing what leaves the app (PDF, exports, packs, codes): whole or not at all, and a clear French refusal when
the place the user chose cannot be written (missing or read-only folder, a file where a folder is expected...).

One helper for every writer, so that none of them lets an ``OSError`` reach the user as an "unexpected error" and
none leaves a half-written file under the name the user asked for.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from probono_desk.core.errors import OutputFailed, os_reason, reason_text
from probono_desk.core.i18n import QT_TRANSLATE_NOOP

PART = ".part"

IS_A_FOLDER = QT_TRANSLATE_NOOP("errors", "c'est un dossier : donnez un nom de fichier")
IS_A_FILE = QT_TRANSLATE_NOOP("errors", "c'est un fichier : donnez un dossier")


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
    if out.is_dir():
        raise refuse(out, reason=IS_A_FOLDER)
    make_folder(out.parent)
    tmp = out.with_name(out.name + PART)
    try:
        yield tmp
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
    if out.exists() and not out.is_dir():
        raise refuse(out, reason=IS_A_FILE)
    make_folder(out.parent)
    tmp = out.with_name(out.name + PART)
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        tmp.mkdir()
        yield tmp
        if out.exists():
            out.rmdir()  # empty (checked by the caller): rename() replaces only a missing name
        tmp.rename(out)
    except OSError as exc:
        raise refuse(out, exc) from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
