"""What every output may replace, for both faces: the guard of ``output/files.py`` with its event-file probe
installed (``storage/identify.py``), and a guarded copy for the window's "Enregistrer en PDF…".

Importing this module installs the probe; ``services/event.py`` imports it, so any process that opens an event
has it."""

from __future__ import annotations

import shutil
from pathlib import Path

from probono_desk.output.files import atomic_file, check_output, hold, release, replaces_a_file, use_event_probe
from probono_desk.storage.identify import may_be_event_file

use_event_probe(may_be_event_file)

__all__ = ["check_output", "copy_file", "hold", "release", "replaces_a_file"]


def copy_file(source: Path, target: str | Path) -> Path:
    """``source`` (a preview already written) saved as ``target``, whole or not at all, through the same guard."""
    target = Path(target)
    with atomic_file(target) as tmp:
        shutil.copyfile(source, tmp)
    return target
