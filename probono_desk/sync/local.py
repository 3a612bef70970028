"""This laptop's own link settings for an event file: the hub it last used, the hub's epoch it last read, the join
code it holds, and whether it hosted or joined (what the window resumes).

They live in the user data folder (``stations/<hash of the file's path>.json``), not in the event file: the file's
content travels to the other stations (``meta`` included), and a file copied to another laptop must not arrive
believing it is the hub. Lost settings are harmless: a file whose epoch is unknown reads the hub's log from its
start again (idempotent), and a station re-types the code.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from sqlite_utils import Database

from probono_desk.core.logs import data_dir
from probono_desk.storage import roster as roster_store
from probono_desk.storage.sync_relay import database_file

HUB = "hub"
EPOCH = "epoch"
CODE = "code"
ROLE = "role"  # "hub" or "station": what the window resumes when it opens the file again; "" after leaving

_memory: dict[str, dict[str, str]] = {}  # settings of in-memory events (tests)


def _settings_file(event_path: str) -> Path:
    digest = hashlib.sha1(str(Path(event_path).resolve()).encode("utf-8")).hexdigest()[:20]
    return data_dir() / "stations" / f"{digest}.json"


def read_all(event_path: str | Path) -> dict[str, str]:
    if not str(event_path):
        return _memory.setdefault("", {})
    try:
        data = json.loads(_settings_file(str(event_path)).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def get_at(event_path: str | Path, key: str) -> str:
    return read_all(event_path).get(key, "")


def put_at(event_path: str | Path, key: str, value: str) -> None:
    if not str(event_path):
        _memory.setdefault("", {})[key] = value
        return
    settings = read_all(event_path)
    if settings.get(key) == value:
        return
    settings[key] = value
    settings["file"] = str(Path(event_path).resolve())
    target = _settings_file(str(event_path))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(settings, handle, ensure_ascii=False, indent=1)
    os.replace(tmp, target)


def get(db: Database, key: str) -> str:
    return get_at(database_file(db), key)


def put(db: Database, key: str, value: str) -> None:
    put_at(database_file(db), key, value)


def event_id(db: Database) -> str:
    info = roster_store.get_event(db)
    return info.id if info else ""
