"""What a team hands over: the deliverable, its states and versions, its attachments, and the Trail pair.

Pure rules (no storage, no Qt): labels, the state ladder, when an autosave deserves a kept version, the
attachment size limit, the Trail's size.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from enum import Enum

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
TRAIL_MIN = 2
TRAIL_MAX = 3
# An autosave keeps a version when this many characters changed since the last kept one, or after this long.
MATERIAL_CHANGE_CHARS = 300
VERSION_EVERY_SECONDS = 5 * 60


class DeliverableKind(str, Enum):
    ACTION_PLAN = "plan_action"
    TOOL = "outil"
    COMMUNICATION = "communication"
    RECOMMENDATIONS = "recommandations"
    OTHER = "autre"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS: dict[DeliverableKind, str] = {
    DeliverableKind.ACTION_PLAN: QT_TRANSLATE_NOOP("deliverables", "Plan d'action"),
    DeliverableKind.TOOL: QT_TRANSLATE_NOOP("deliverables", "Outil"),
    DeliverableKind.COMMUNICATION: QT_TRANSLATE_NOOP("deliverables", "Support de communication"),
    DeliverableKind.RECOMMENDATIONS: QT_TRANSLATE_NOOP("deliverables", "Recommandations"),
    DeliverableKind.OTHER: QT_TRANSLATE_NOOP("deliverables", "Autre"),
}


class DeliverableState(str, Enum):
    """A ladder: each state is reached from the one before; going back to draft clears the later times."""

    DRAFT = "brouillon"
    SUBMITTED = "soumis"
    VALIDATED_REFERENT = "valide_referent"
    VALIDATED_STRUCTURE = "valide_structure"

    @property
    def label(self) -> str:
        return STATE_LABELS[self]

    @property
    def rank(self) -> int:
        return STATE_ORDER.index(self)


STATE_ORDER = [
    DeliverableState.DRAFT,
    DeliverableState.SUBMITTED,
    DeliverableState.VALIDATED_REFERENT,
    DeliverableState.VALIDATED_STRUCTURE,
]

STATE_LABELS: dict[DeliverableState, str] = {
    DeliverableState.DRAFT: QT_TRANSLATE_NOOP("deliverables", "Brouillon"),
    DeliverableState.SUBMITTED: QT_TRANSLATE_NOOP("deliverables", "Soumis"),
    DeliverableState.VALIDATED_REFERENT: QT_TRANSLATE_NOOP("deliverables", "Validé par le·la référent·e"),
    DeliverableState.VALIDATED_STRUCTURE: QT_TRANSLATE_NOOP("deliverables", "Validé par la structure"),
}

TEXT_FIELDS = ("title", "summary", "recommendations", "next_steps")


@dataclass(frozen=True)
class DeliverableText:
    """What the referent types: the part that is autosaved and versioned."""

    title: str = ""
    kind: DeliverableKind = DeliverableKind.ACTION_PLAN
    summary: str = ""
    recommendations: str = ""
    next_steps: str = ""

    def is_empty(self) -> bool:
        return not any(getattr(self, f).strip() for f in TEXT_FIELDS)


@dataclass(frozen=True)
class Deliverable:
    structure_id: str
    id: str | None = None  # None until the first save
    text: DeliverableText = field(default_factory=DeliverableText)
    state: DeliverableState = DeliverableState.DRAFT
    state_times: dict[str, str] = field(default_factory=dict)  # state value -> ISO time it was reached
    validated_by: str = ""  # the structure's representative who validated
    created_at: str = ""
    saved_at: str = ""
    saves: int = 0

    def time_of(self, state: DeliverableState) -> str:
        return self.state_times.get(state.value, "")


@dataclass(frozen=True)
class Version:
    id: str
    deliverable_id: str
    number: int
    at: str
    reason: str
    text: DeliverableText
    state: DeliverableState


@dataclass(frozen=True)
class Attachment:
    id: str
    structure_id: str
    name: str
    mime: str
    size: int
    sha256: str
    added_at: str


@dataclass(frozen=True)
class TrailMember:
    structure_id: str
    volunteer_id: str
    name: str = ""
    availability: str = ""
    agrees_contact: bool = False
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class TrailPlan:
    structure_id: str
    start_date: str = ""  # YYYY-MM-DD, in December
    end_date: str = ""  # YYYY-MM-DD, by the end of February
    first_meeting: str = ""  # YYYY-MM-DDTHH:MM
    first_meeting_place: str = ""
    members: tuple[TrailMember, ...] = ()


REASON_LABELS: dict[str, str] = {
    "autosave": QT_TRANSLATE_NOOP("deliverables", "enregistrement automatique"),
    "state": QT_TRANSLATE_NOOP("deliverables", "changement d'état"),
    "before_restore": QT_TRANSLATE_NOOP("deliverables", "avant restauration"),
    "restore": QT_TRANSLATE_NOOP("deliverables", "restauration"),
    "manual": QT_TRANSLATE_NOOP("deliverables", "enregistré à la main"),
}


def edit_size(a: str, b: str) -> int:
    """Characters changed between two texts, in linear time: the span left once the common start and end are
    set aside. Exact for one edit in one place (typing, a paste, a deletion); larger for scattered edits."""
    if a == b:
        return 0
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return max(len(a), len(b)) - start - end


def changed_chars(before: DeliverableText, after: DeliverableText) -> int:
    """How many characters were inserted, deleted or replaced across the typed fields."""
    total = sum(edit_size(getattr(before, name), getattr(after, name)) for name in TEXT_FIELDS)
    if before.kind != after.kind:
        total += MATERIAL_CHANGE_CHARS
    return total


def deserves_version(last_kept: DeliverableText | None, now: DeliverableText, seconds_since_kept: float | None) -> bool:
    """Keep a version on the first save, after a material change, or when the last kept one is old and differs."""
    if last_kept is None or seconds_since_kept is None:
        return not now.is_empty()
    if last_kept == now:
        return False
    if changed_chars(last_kept, now) >= MATERIAL_CHANGE_CHARS:
        return True
    return seconds_since_kept >= VERSION_EVERY_SECONDS


def guess_mime(name: str) -> str:
    mime, _encoding = mimetypes.guess_type(name)
    return mime or "application/octet-stream"


def human_size(size: int) -> str:
    """'812 o', '14,2 Ko', '3,4 Mo' — French units and decimal comma ('3.4 MB' in English)."""
    if size < 1024:
        return translate("deliverables", "{n} o").format(n=size)
    value = float(size)
    units = (
        translate("deliverables", "{whole},{tenth} Ko"),
        translate("deliverables", "{whole},{tenth} Mo"),
        translate("deliverables", "{whole},{tenth} Go"),
    )
    for i, unit in enumerate(units):
        value /= 1024
        if value < 1024 or i == len(units) - 1:
            whole, tenth = f"{value:.1f}".split(".")
            return unit.format(whole=whole, tenth=tenth)
    return f"{size} o"  # pragma: no cover
