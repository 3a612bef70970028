"""The event file's schema, as ordered named migrations (``sqlite_utils.Migrations``).

Each table group registers its steps in its own module; the import order below is the order they apply.
Add a step at the end of its module; never rename or edit a step that has shipped.
"""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("probono_desk")

# Registration order matters: each import adds its module's steps.
from probono_desk.storage import schema_base  # noqa: E402,F401  m001

# Later issues add their schema modules here, one import each.
# isort: split
from probono_desk.storage import schema_checkin  # noqa: E402,F401  m010


def known_migration_names() -> set[str]:
    return {m.name for m in migrations._migrations}
