"""Badges to print and codes to send: gathers the people, their codes and teams, and hands them to ``output/``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.codes import format_code, qr_payload
from probono_desk.core.errors import InvalidInput, NotFound
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate, translate_to
from probono_desk.core.text import fold
from probono_desk.output.badges import Badge, BadgeTexts, write_badges
from probono_desk.output.exports import Cell, write_csv
from probono_desk.output.files import atomic_file, make_folder, refuse
from probono_desk.output.qr import write_qr_png
from probono_desk.storage import checkin as store
from probono_desk.storage import roster as roster_store

if TYPE_CHECKING:
    from probono_desk.services.checkin import CheckinService


def _ids(only_ids: str | Iterable[str] | None) -> list[str] | None:
    if only_ids is None:
        return None
    if isinstance(only_ids, str):
        only_ids = re.split(r"[\s,;]+", only_ids)
    return [i for i in (s.strip() for s in only_ids) if i]


def select_seats(
    service: CheckinService, *, only_walk_ins: bool = False, only_ids: str | Iterable[str] | None = None
) -> list[store.Seat]:
    seats = store.seats(service.event.db)
    ids = _ids(only_ids)
    if ids is not None:
        known = {s.volunteer_id for s in seats}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise NotFound(what=", ".join(unknown))
        wanted = set(ids)
        seats = [s for s in seats if s.volunteer_id in wanted]
    if only_walk_ins:
        seats = [s for s in seats if s.walk_in]
    if not seats:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Aucun badge à imprimer pour cette sélection."))
    return seats


def badges_pdf(
    service: CheckinService,
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    only_walk_ins: bool = False,
    only_ids: str | Iterable[str] | None = None,
    **_options: object,
) -> Path:
    seats = select_seats(service, only_walk_ins=only_walk_ins, only_ids=only_ids)
    codes = service.ensure_codes([s.volunteer_id for s in seats])
    badges = [
        Badge(
            first_name=s.first_name,
            last_name=s.last_name,
            organisation=s.organisation,
            code=codes[s.volunteer_id],
            team=s.team,
            table=s.table,
            colour=s.colour,
        )
        for s in seats
    ]
    info = service.event.info
    texts = BadgeTexts(
        event=f"{info.name} · {info.date[8:10]}/{info.date[5:7]}/{info.date[:4]}",
        table=translate("badges", QT_TRANSLATE_NOOP("badges", "Table {table}")),
        no_team=translate("badges", QT_TRANSLATE_NOOP("badges", "Équipe : à l'accueil")),
        code=translate("badges", QT_TRANSLATE_NOOP("badges", "Code : {code}")),
    )
    return write_badges(out, badges, texts, title=f"Badges — {info.name}", progress=progress)


def _slug(text: str, max_chars: int = 40) -> str:
    """ASCII letters and digits only, at most ``max_chars``: a 240-letter name still makes a valid file name."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text))[:max_chars].strip("-") or "x"


CSV_HEADER = [
    QT_TRANSLATE_NOOP("codes", "prenom"),
    QT_TRANSLATE_NOOP("codes", "nom"),
    QT_TRANSLATE_NOOP("codes", "email"),
    QT_TRANSLATE_NOOP("codes", "organisation"),
    QT_TRANSLATE_NOOP("codes", "equipe"),
    QT_TRANSLATE_NOOP("codes", "table"),
    QT_TRANSLATE_NOOP("codes", "code"),
    QT_TRANSLATE_NOOP("codes", "qr_fichier"),
    QT_TRANSLATE_NOOP("codes", "qr_chemin"),
]


def csv_header(language: str) -> list[str]:
    """The mail merge's field names in the event's language ('prenom' / 'first_name')."""
    return [translate_to(language, "codes", word) for word in CSV_HEADER]


def export_codes(service: CheckinService, folder: Path) -> Path:
    """A PNG of every volunteer's QR code and ``codes.csv`` (UTF-8 with BOM, ';', for a mail merge in Excel or
    LibreOffice). Returns the CSV's path."""
    make_folder(folder)  # a place that cannot be written is refused before any code is issued
    db = service.event.db
    seats = store.seats(db)
    codes = service.ensure_codes()
    emails = {v.id: v.email for v in roster_store.list_volunteers(db)}
    images = make_folder(folder / "qr")
    rows: list[list[Cell]] = []
    taken: set[str] = set()
    try:
        for s in seats:
            code = codes[s.volunteer_id]
            name = f"{_slug(s.last_name)}-{_slug(s.first_name)}-{s.volunteer_id[-6:].lower()}.png"
            base, n = name[:-4], 2
            while name in taken:  # two homonyms whose ids end alike stay apart
                name, n = f"{base}-{n}.png", n + 1
            taken.add(name)
            png = images / name
            with atomic_file(png) as tmp:
                write_qr_png(qr_payload(code), tmp)
            rows.append(
                [
                    s.first_name,
                    s.last_name,
                    emails.get(s.volunteer_id, ""),
                    s.organisation,
                    s.team,
                    s.table,
                    format_code(code),
                    f"qr/{name}",
                    str(png.resolve()),
                ]
            )
    except OSError as exc:
        raise refuse(images, exc) from exc
    # last, whole or not at all: it is what the mail merge reads; formulas neutralised like every export
    return write_csv(folder / "codes.csv", csv_header(service.event.language), rows)
