"""The commands that write documents and guard them: ``print``, ``export``, ``pack``; the door's ``checkin`` and
``codes``; the organiser's ``pin``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from probono_desk.cli_common import EXIT_OK, _
from probono_desk.cli_common import open_event as _open
from probono_desk.cli_privacy import add_pin_option, pin_of, require_pin
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.services.documents import KINDS, NEEDS_PIN


def add_parsers(sub: Any) -> None:
    _add_print(sub)
    _add_files(sub)


def _add_print(sub: Any) -> None:
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


def _add_files(sub: Any) -> None:
    """export, pack, checkin, codes, pin (in this order in the help)."""
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

    p = sub.add_parser("pin", help=_(QT_TRANSLATE_NOOP("cli", "définir ou changer le code PIN de l'organisateur·rice")))
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument(
        "--new", required=True, help=_(QT_TRANSLATE_NOOP("cli", "le nouveau code PIN (6 caractères au moins)"))
    )
    add_pin_option(p)  # the current PIN, when the event has one
    p.set_defaults(func=cmd_pin)


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
