"""The command-line face: the same services as the window, no window.

Exit codes: 0 done; 1 refused input (a message on stderr, the event file unchanged); 2 usage error;
``checkin`` returns 3 for "already checked in".
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from probono_desk import __version__
from probono_desk.cli_common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, _, _station
from probono_desk.cli_common import open_event as _open
from probono_desk.cli_demo import add_demo_options, cmd_demo
from probono_desk.cli_practice import add_parsers as add_practice_parsers
from probono_desk.cli_privacy import add_parsers as add_privacy_parsers
from probono_desk.cli_privacy import add_pin_option, pin_of, require_pin
from probono_desk.cli_stations import add_parsers as add_stations_parsers
from probono_desk.cli_trail import add_parsers as add_trail_parsers
from probono_desk.cli_window import closed_pipe, window_usage_error
from probono_desk.core.errors import ProbonoError
from probono_desk.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, ui_language
from probono_desk.services.documents import KINDS, NEEDS_PIN


class Parser(argparse.ArgumentParser):
    """argparse with its own words translated, and usage errors that exit 2 with one clear line."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: {_('erreur')}: {message}\n")


def _argparse_words() -> None:
    """argparse's own fixed words ('usage:', 'options'...) in French when the interface is French."""
    if ui_language() != "fr":
        return
    words = {
        "usage: ": "utilisation : ",
        "options": "options",
        "positional arguments": "arguments",
        "show this help message and exit": "afficher cette aide et quitter",
        "the following arguments are required: %s": "arguments obligatoires manquants : %s",
        "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (choisir parmi %(choices)s)",
        "unrecognized arguments: %s": "arguments non reconnus : %s",
        "expected one argument": "une valeur est attendue",
        "one of the arguments %s is required": "l'un de ces arguments est obligatoire : %s",
        "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
        "not allowed with argument %s": "incompatible avec l'argument %s",
        "show program's version number and exit": "afficher la version et quitter",
    }
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda s, p, n: words.get(s if n == 1 else p, s if n == 1 else p)  # type: ignore[assignment,attr-defined]


def build_parser() -> Parser:
    _argparse_words()
    parser = Parser(
        prog="probono-desk",
        description=_(
            QT_TRANSLATE_NOOP(
                "cli",
                "Le poste de pilotage d'un Marathon Probono : check-in, équipes, chrono, "
                "livrables, impressions. Sans sous-commande : ouvre la fenêtre.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"probono-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar=_(QT_TRANSLATE_NOOP("cli", "COMMANDE")))

    p = sub.add_parser("demo", help=_(QT_TRANSLATE_NOOP("cli", "écrire l'événement de démonstration")))
    add_demo_options(p)  # EVENT, --after-the-day
    _add_lang_option(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("new", help=_(QT_TRANSLATE_NOOP("cli", "créer un fichier d'événement vide")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--name", required=True, help=_(QT_TRANSLATE_NOOP("cli", "nom de l'événement")))
    p.add_argument("--date", required=True, help=_(QT_TRANSLATE_NOOP("cli", "date AAAA-MM-JJ")))
    p.add_argument("--venue", default="", help=_(QT_TRANSLATE_NOOP("cli", "lieu")))
    _add_lang_option(p)
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

    p = sub.add_parser("print", help=_(QT_TRANSLATE_NOOP("cli", "imprimer un document en PDF")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("kind", metavar="KIND", choices=KINDS, help=", ".join(KINDS))
    p.add_argument("--out", required=True, type=Path, help=_(QT_TRANSLATE_NOOP("cli", "fichier PDF à écrire")))
    p.add_argument(
        "--structure",
        dest="only_structure",
        metavar="TABLE",
        help=_(QT_TRANSLATE_NOOP("cli", "une seule structure (numéro de table ou nom)")),
    )
    p.add_argument(
        "--only-walk-ins",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("cli", "badges : seulement les inscrits sur place")),
    )
    p.add_argument(
        "--only-ids",
        metavar="ID,ID",
        help=_(QT_TRANSLATE_NOOP("cli", "badges : seulement ces bénévoles (identifiants séparés par des virgules)")),
    )
    add_pin_option(p)  # documents with codes or personal data (NEEDS_PIN)
    p.set_defaults(func=cmd_print)

    p = sub.add_parser(
        "export",
        help=_(QT_TRANSLATE_NOOP("cli", "exporter l'événement en tableur (.xlsx complet, .csv des bénévoles)")),
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--out", required=True, type=Path, help=_(QT_TRANSLATE_NOOP("cli", "fichier .xlsx ou .csv")))
    add_pin_option(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "pack", help=_(QT_TRANSLATE_NOOP("cli", "préparer le dossier livrable d'une structure (PDF + pièces jointes)"))
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument(
        "--structure", required=True, help=_(QT_TRANSLATE_NOOP("cli", "nom de la structure ou numéro de table"))
    )
    p.add_argument(
        "--out", required=True, type=Path, help=_(QT_TRANSLATE_NOOP("cli", "fichier .zip, ou dossier à créer"))
    )
    add_pin_option(p)
    p.set_defaults(func=cmd_pack)

    p = sub.add_parser("checkin", help=_(QT_TRANSLATE_NOOP("cli", "enregistrer une arrivée (code, photo, nom)")))
    p.add_argument("event", metavar="EVENT", type=Path)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--scan", metavar="TEXT", help=_(QT_TRANSLATE_NOOP("cli", "le code lu ou tapé")))
    how.add_argument("--image", metavar="FILE", type=Path, help=_(QT_TRANSLATE_NOOP("cli", "photo d'un badge")))
    how.add_argument("--search", metavar="TEXT", help=_(QT_TRANSLATE_NOOP("cli", "nom, e-mail ou organisation")))
    p.add_argument("--station", help=_(QT_TRANSLATE_NOOP("cli", "nom du poste (par défaut : la machine)")))
    p.set_defaults(func=cmd_checkin)

    p = sub.add_parser("codes", help=_(QT_TRANSLATE_NOOP("cli", "exporter les codes (PNG + CSV de publipostage)")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--out", required=True, type=Path, help=_(QT_TRANSLATE_NOOP("cli", "dossier à écrire")))
    add_pin_option(p)
    p.set_defaults(func=cmd_codes)

    p = sub.add_parser(
        "pin", help=_(QT_TRANSLATE_NOOP("cli", "définir ou changer le code PIN de l'organisateur·rice"))
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument(
        "--new", required=True, help=_(QT_TRANSLATE_NOOP("cli", "le nouveau code PIN (6 caractères au moins)"))
    )
    add_pin_option(p)  # the current PIN, when the event has one
    p.set_defaults(func=cmd_pin)

    add_privacy_parsers(sub, _open)
    add_trail_parsers(sub, _open)
    add_stations_parsers(sub, _open)
    add_practice_parsers(sub)
    return parser


def _add_lang_option(p: argparse.ArgumentParser) -> None:
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


# --- commands ----------------------------------------------------------------------------------------------------


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
    from probono_desk.core.registrations import Kind, field_label

    kind = Kind(args.kind) if args.kind else None
    with _open(args.event) as event:
        plan = event.registrations.read(args.file, kind)
        reading = plan.reading
        for problem in reading.problems:
            level = (
                _(QT_TRANSLATE_NOOP("cli", "erreur")) if problem.blocking else _(QT_TRANSLATE_NOOP("cli", "attention"))
            )
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


def cmd_print(args: argparse.Namespace) -> int:
    options = {k: v for k, v in vars(args).items() if k.startswith("only_") and v}
    with _open(args.event) as event:
        if args.kind in NEEDS_PIN:
            require_pin(event, args)
        out = event.documents.render(args.kind, args.out, **options)
    print(_(QT_TRANSLATE_NOOP("cli", "Document écrit : {path}")).format(path=out))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from probono_desk.services.exports import export

    with _open(args.event) as event:
        require_pin(event, args)
        out = export(event, args.out, pin=pin_of(args))
    print(_(QT_TRANSLATE_NOOP("cli", "Export écrit : {path}")).format(path=out))
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    with _open(args.event) as event:
        require_pin(event, args)
        structure_id = event.deliverables.find_structure(args.structure)
        out = event.deliverables.pack(structure_id, args.out)
    print(_(QT_TRANSLATE_NOOP("cli", "Dossier livrable écrit : {path}")).format(path=out))
    return EXIT_OK


def cmd_checkin(args: argparse.Namespace) -> int:
    from probono_desk.cli_checkin import run_checkin

    return run_checkin(args)


def cmd_pin(args: argparse.Namespace) -> int:
    with _open(args.event) as event:
        event.privacy.set_pin(args.new, current=pin_of(args) or "")
    print(_(QT_TRANSLATE_NOOP("cli", "Code PIN enregistré.")))
    return EXIT_OK


def cmd_codes(args: argparse.Namespace) -> int:
    with _open(args.event) as event:
        require_pin(event, args)
        target = event.checkin.export_codes(args.out)
    print(_(QT_TRANSLATE_NOOP("cli", "Codes exportés : {path}")).format(path=target))
    return EXIT_OK


# --- entry point -------------------------------------------------------------------------------------------------

COMMANDS = {"demo", "new", "import", "status", "checkin", "codes", "teams", "print", "export", "pack", "person", "anonymise"}
COMMANDS |= {"trail"}
COMMANDS |= {"pin", "practice"}
COMMANDS |= {"hub", "sync"}


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")):
        problem = window_usage_error(args_list, COMMANDS)
        if problem is not None:
            print(f"probono-desk: {_('erreur')}: {problem}", file=sys.stderr)
            print(_(QT_TRANSLATE_NOOP("cli", "Aide : probono-desk --help")), file=sys.stderr)
            return EXIT_USAGE
        return _open_window(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except BrokenPipeError:
        return closed_pipe()
    except ProbonoError as exc:
        print(f"probono-desk: {exc.message()}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the one boundary: no traceback for the user, details in the log
        from probono_desk.core.logs import log_exception

        where = log_exception(exc)
        print(
            _(QT_TRANSLATE_NOOP("cli", "probono-desk : erreur inattendue ({error}). Détails : {log}")).format(
                error=type(exc).__name__, log=where
            ),
            file=sys.stderr,
        )
        return EXIT_REFUSED


def _open_window(argv: list[str]) -> int:
    from probono_desk.app import run

    return run(argv)
