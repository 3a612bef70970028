"""The registry every schema step module adds its steps to (``@migrations(name=...)``). It imports nothing of the
project: ``migrations.py`` imports it and every step module in order, and the step modules import only it, so no
module imports one that imports it back."""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("probono_desk")
