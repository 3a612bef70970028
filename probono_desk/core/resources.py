"""Where the shipped resources live, from source or frozen by PyInstaller."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        base = Path(frozen_root) / "resources"
    else:
        base = Path(__file__).resolve().parent.parent.parent / "resources"
        if not base.is_dir():  # installed as a wheel: resources are copied beside the package
            base = Path(__file__).resolve().parent.parent / "resources"
    return base.joinpath(*parts)
