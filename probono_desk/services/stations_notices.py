"""What the stations' merge settled that people must hear about (``feed.notices``), in words: a person moved by
two stations, a second arrival at another door, a duplicate value set aside. Shown in the window's status bar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from probono_desk.core.i18n import translate
from probono_desk.storage import roster as roster_store

if TYPE_CHECKING:
    from probono_desk.services.event_file import EventFile


@dataclass(frozen=True)
class NoticeLine:
    at: str
    text: str


def _person(event: EventFile, volunteer_id: Any) -> str:
    person = roster_store.get_volunteer(event.db, str(volunteer_id or ""))
    return person.name if person else translate("stations", "une personne")


def _team(event: EventFile, structure_id: Any) -> str:
    if not structure_id:
        return translate("stations", "sans équipe")
    structure = roster_store.get_structure(event.db, str(structure_id))
    return structure.name if structure else str(structure_id)


def notice_lines(event: EventFile) -> list[NoticeLine]:
    """The notices of this file, newest first, as sentences."""
    from probono_desk.sync import feed

    lines = []
    for notice in feed.notices(event.db):
        detail = notice.detail
        if notice.kind == "concurrent_move":
            text = translate(
                "stations", "{person} a été déplacé·e par deux postes en même temps : {kept} l'emporte (pas {other})."
            ).format(
                person=_person(event, detail.get("volunteer_id")),
                kept=_team(event, detail.get("kept")),
                other=_team(event, detail.get("other")),
            )
        elif notice.kind == "duplicate_arrival":
            text = translate(
                "stations", "{person} a aussi été enregistré·e à {station} à {time} : la première arrivée compte."
            ).format(
                person=_person(event, detail.get("volunteer_id")),
                station=detail.get("station") or "?",
                time=str(detail.get("at") or "")[11:16],
            )
        else:
            value = detail.get("value")
            shown = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value or notice.key)
            text = translate(
                "stations", "Valeur en double réglée de la même façon sur tous les postes : {value}."
            ).format(value=shown)
        lines.append(NoticeLine(notice.at, text))
    lines.sort(key=lambda line: line.at, reverse=True)
    return lines
