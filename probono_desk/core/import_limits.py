"""Sane lengths per imported field: a longer value is kept as it is, with a warning on its line.

A 1,500-character organisation is more often a pasted paragraph than a real name; the import says so, keeps it
(nothing is lost), and the printed documents cut it with an ellipsis where it would not fit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from probono_desk.core.i18n import QT_TRANSLATE_NOOP

# field → most characters expected (an e-mail address is at most 254 by RFC 5321)
VOLUNTEER_LIMITS: dict[str, int] = {
    "first_name": 100,
    "last_name": 100,
    "email": 254,
    "phone": 40,
    "organisation": 200,
    "skills": 100,  # each skill
    "preference": 300,
    "diet": 500,
}
STRUCTURE_LIMITS: dict[str, int] = {
    "name": 200,
    "legal_form": 100,
    "city": 100,
    "mission_theme": 300,
    "problem": 2000,
    "skills_needed": 100,  # each skill
    "expected_deliverable": 2000,
    "table_label": 20,
    "referent": 100,
    "representative_1": 100,
    "representative_2": 100,
}
TOO_LONG = QT_TRANSLATE_NOOP(
    "import", "valeur anormalement longue : gardée telle quelle, raccourcie sur les documents imprimés"
)


def too_long(record: Any, limits: dict[str, int]) -> Iterable[str]:
    """The fields of ``record`` longer than their limit (each item of a tuple field counted on its own)."""
    for name, limit in limits.items():
        value = getattr(record, name, "")
        items = value if isinstance(value, tuple) else (value,)
        if any(len(str(item)) > limit for item in items):
            yield name
