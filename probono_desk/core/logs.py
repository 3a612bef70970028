"""Where unexpected errors are written: a log file in the user data folder, never a traceback on screen."""

from __future__ import annotations

import logging
import os
import traceback
from datetime import datetime
from pathlib import Path


def data_dir() -> Path:
    override = os.environ.get("PROBONO_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("probono_desk", appauthor=False)


def log_file() -> Path:
    return data_dir() / "logs" / "probono_desk.log"


def log_exception(exc: BaseException) -> Path:
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} ===\n")
            handle.write("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    except OSError:
        logging.getLogger("probono_desk").exception("could not write the log file", exc_info=exc)
    return path
