"""The event file's commands: ``new``, ``import``, ``status``, ``teams`` — their parsers and what they do."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from probono_desk.cli_common import EXIT_OK, EXIT_REFUSED, _, _station
from probono_desk.cli_common import open_event as _open
from probono_desk.cli_privacy import add_pin_option, pin_of
from probono_desk.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("new", help=_(QT_TRANSLATE_NOOP("cli", "créer un fichier d'événement vide")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--name", required=True, help=_(QT_TRANSLATE_NOOP("cli", "nom de l'événement")))
    p.add_argument("--date", required=True, help=_(QT_TRANSLATE_NOOP("cli", "date AAAA-MM-JJ")))
    p.add_argument("--venue", default="", help=_(QT_TRANSLATE_NOOP("cli", "lieu")))
    add_lang_option(p)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser(
        "import", help=_(QT_TRANSLATE_NOOP("cli", "importer des inscriptions ou des structures (CSV, XLSX)"))
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument(
        "--kind",
        choices=["volunteers", "structures"],
        help=_(QT_TRANSLATE_NOOP("cli", "type de fichier (détecté sinon)")),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("cli", "montrer ce qui serait importé sans rien écrire")),
    )
    p.add_argument(
        "--partial",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("cli", "importer les lignes valides et ignorer les autres")),
    )
    add_pin_option(p)  # changing people already in the event
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("status", help=_(QT_TRANSLATE_NOOP("cli", "compter inscrits, présents, équipes")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--json", action="store_true", help=_(QT_TRANSLATE_NOOP("cli", "sortie JSON")))
    p.add_argument(
        "--at",
        type=_moment,
        default=None,
        metavar="AAAA-MM-JJTHH:MM",
        help=_(QT_TRANSLATE_NOOP("cli", "le chrono à ce moment (par défaut : maintenant)")),
    )
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("teams", help=_(QT_TRANSLATE_NOOP("cli", "former les équipes et vérifier leurs règles")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument(
        "--auto",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("cli", "former les équipes automatiquement (les épinglé·es restent)")),
    )
    p.add_argument(
        "--keep",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("cli", "avec --auto : placer seulement les personnes sans équipe")),
    )
    p.add_argument("--json", action="store_true", help=_(QT_TRANSLATE_NOOP("cli", "sortie JSON")))
    p.set_defaults(func=cmd_teams)


def add_lang_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=_(
            QT_TRANSLATE_NOOP(
                "cli", "langue des documents et exports de l'événement (par défaut : celle de l'interface)"
            )
        ),
    )


def cmd_new(args: argparse.Namespace) -> int:
    from probono_desk.services.event import Event

    event = Event.create(
        args.event,
        name=args.name,
        date=args.date,
        venue=args.venue,
        language=args.lang,
        station=_station(),
        actor="cli",
    )
    language = event.language
    event.close()
    print(
        _(QT_TRANSLATE_NOOP("cli", "Événement créé : {path} (documents en {language})")).format(
            path=args.event, language=_language_name(language)
        )
    )
    return EXIT_OK


def _language_name(language: str) -> str:
    """The event's language named in the interface's language: 'anglais' in French, 'English' in English."""
    names = {"fr": QT_TRANSLATE_NOOP("cli", "français"), "en": QT_TRANSLATE_NOOP("cli", "anglais")}
    return _(names.get(language, language))


def cmd_import(args: argparse.Namespace) -> int:
    from probono_desk.core.registrations import Kind

    kind = Kind(args.kind) if args.kind else None
    with _open(args.event) as event:
        plan = event.registrations.read(args.file, kind)
        reading = plan.reading
        _report_reading(plan)
        if args.dry_run:
            print(
                _(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "Essai à blanc : {new} nouveaux, {updated} mis à jour, {unchanged} "
                        "inchangés, {errors} ligne(s) en erreur. Rien n'a été écrit.",
                    )
                ).format(
                    new=len(plan.new), updated=len(plan.updated), unchanged=plan.unchanged, errors=len(reading.blocking)
                )
            )
            return EXIT_REFUSED if reading.blocking else EXIT_OK
        result = event.registrations.apply(plan, allow_partial=args.partial, pin=pin_of(args))
        print(
            _(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Import terminé : {created} nouveaux, {updated} mis à jour, {unchanged} "
                    "inchangés, {skipped} ignorés, {duplicates} doublons fusionnés.",
                )
            ).format(
                created=result.created,
                updated=result.updated,
                unchanged=result.unchanged,
                skipped=result.skipped,
                duplicates=result.duplicates,
            )
        )
    return EXIT_OK


def _report_reading(plan: Any) -> None:
    """What the reading found wrong, on stderr: problems by line, duplicates, columns ignored."""
    from probono_desk.core.registrations import field_label

    reading = plan.reading
    for problem in reading.problems:
        level = _(QT_TRANSLATE_NOOP("cli", "erreur")) if problem.blocking else _(QT_TRANSLATE_NOOP("cli", "attention"))
        print(
            _(QT_TRANSLATE_NOOP("cli", "ligne {line}, {field} : {why} ({level})")).format(
                line=problem.line,
                field=translate("fields", field_label(plan.kind, problem.field)),
                why=translate("import", problem.why),
                level=level,
            ),
            file=sys.stderr,
        )
    for kept, dropped, who in reading.duplicates:
        print(
            _(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "doublon : {who} (lignes {dropped} et {kept}) ; l'inscription la plus "
                    "récente est gardée (ligne {kept})",
                )
            ).format(who=who, dropped=dropped, kept=kept),
            file=sys.stderr,
        )
    if reading.mapping.unmapped:
        print(
            _(QT_TRANSLATE_NOOP("cli", "colonnes ignorées : {columns}")).format(
                columns=", ".join(reading.mapping.unmapped)
            ),
            file=sys.stderr,
        )


def _moment(text: str) -> Any:
    """A moment of the day; with an offset (``Z``, ``+05:00``) it is first brought to this machine's local time,
    the time the event's clock runs on."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(text.strip()).replace(microsecond=0)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(
            _(QT_TRANSLATE_NOOP("cli", "moment « {value} » invalide : attendu AAAA-MM-JJTHH:MM")).format(value=text)
        ) from exc
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment


def cmd_status(args: argparse.Namespace) -> int:
    from probono_desk.services.practice_marks import is_practice

    with _open(args.event) as event:
        summary = event.status.summary(at=getattr(args, "at", None))
        summary["sync"] = event.stations.summary()
        summary["practice"] = is_practice(event)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return EXIT_OK
    info = summary["event"]
    print(f"{info['name']} — {info['date']}" + (f" — {info['venue']}" if info.get("venue") else ""))
    print(
        _(QT_TRANSLATE_NOOP("cli", "Inscrits : {volunteers}   Présents : {present}")).format(
            volunteers=summary["volunteers"], present=summary["present"]
        )
    )
    for s in summary["structures"]:
        print(_(QT_TRANSLATE_NOOP("cli", "  Table {table} · {name} : {present}/{members} présents")).format(**s))
    schedule = summary.get("schedule") or {}
    current, upcoming = schedule.get("current"), schedule.get("next")
    if current:
        print(
            _(QT_TRANSLATE_NOOP("cli", "Phase en cours : {title} ({start}–{end}, reste {minutes} min)")).format(
                title=current["title"],
                start=current["starts_at"][11:16],
                end=current["ends_at"][11:16],
                minutes=(current["remaining_s"] + 59) // 60,
            )
        )
    if upcoming:
        print(
            _(QT_TRANSLATE_NOOP("cli", "Phase suivante : {title} à {start}")).format(
                title=upcoming["title"], start=upcoming["starts_at"][11:16]
            )
        )
    return EXIT_OK


def cmd_teams(args: argparse.Namespace) -> int:
    from probono_desk.services.teams_report import formation_json, formation_text

    with _open(args.event) as event:
        if args.auto:
            formation = event.teams.auto_form(keep_assigned=args.keep)
            why = formation.why
        else:
            formation = event.teams.current()
            why = event.teams.why()
    if args.json:
        print(json.dumps(formation_json(formation, why), ensure_ascii=False, indent=2))
    else:
        print(formation_text(formation, why))
    return EXIT_OK
