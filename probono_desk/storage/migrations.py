"""The event file's schema, as ordered named migrations (``sqlite_utils.Migrations``).

Each table group registers its steps in its own module, on the registry of ``steps.py`` (a step module imports
``from probono_desk.storage.steps import migrations``, never this module); the import order below is the order they
apply. Add a step at the end of its module; never rename or edit a step that has shipped.
"""

from __future__ import annotations

from probono_desk.storage.steps import migrations

__all__ = ["known_migration_names", "migrations"]

# Registration order matters: each import adds its module's steps. One import per table group.
# isort: off
from probono_desk.storage import schema_base  # noqa: E402,F401  m001 event, people, structures, journal
from probono_desk.storage import schema_checkin  # noqa: E402,F401  m010 codes, check-ins
from probono_desk.storage import schema_teams  # noqa: E402,F401  m020 milestones, team status, notes
from probono_desk.storage import schema_schedule  # noqa: E402,F401  m030 day plan and clock
from probono_desk.storage import schema_deliverables  # noqa: E402,F401  m040 deliverables, Trail, evaluations
from probono_desk.storage import schema_changes  # noqa: E402,F401  m050 change counters (triggers)
from probono_desk.storage import schema_trail  # noqa: E402,F401  m080 diagnostics, recommendations, Trail log, mid-term
# m070 after m080 on purpose: the feed installs capture on every table that exists, the Trail's included
from probono_desk.storage import schema_sync  # noqa: E402,F401  m070 change feed between stations
# isort: on


def known_migration_names() -> set[str]:
    return {m.name for m in migrations._migrations}
