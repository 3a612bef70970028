"""``probono-desk person`` and ``probono-desk anonymise``, and the organiser's PIN on the command line.

When the event has an organiser PIN, the commands that let personal data out (export, codes, pack, person) or
change it for good (anonymise) need it: ``--pin PIN`` or the environment variable ``PROBONO_PIN`` (which keeps it
out of the shell history). Without a PIN set on the event, they run as before.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate

PIN_ENV = "PROBONO_PIN"


def _(text: str) -> str:
    return translate("cli", text)


def add_pin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pin",
        help=_(
            QT_TRANSLATE_NOOP(
                "cli", "code PIN de l'organisateur·rice, si l'événement en a un (ou la variable PROBONO_PIN)"
            )
        ),
    )


def pin_of(args: argparse.Namespace) -> str | None:
    return getattr(args, "pin", None) or os.environ.get(PIN_ENV) or None


def require_pin(event: Any, args: argparse.Namespace) -> None:
    event.privacy.require_pin(pin_of(args))


def add_parsers(sub: Any, open_event: Any) -> None:
    p = sub.add_parser(
        "person", help=_(QT_TRANSLATE_NOOP("cli", "exporter tout ce que l'événement garde sur une personne (RGPD)"))
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--email", help=_(QT_TRANSLATE_NOOP("cli", "adresse e-mail de la personne")))
    who.add_argument("--id", dest="volunteer_id", help=_(QT_TRANSLATE_NOOP("cli", "identifiant de la personne")))
    p.add_argument(
        "--out", required=True, type=Path, help=_(QT_TRANSLATE_NOOP("cli", "fichier .json (un .csv est écrit à côté)"))
    )
    add_pin_option(p)
    p.set_defaults(func=lambda args: cmd_person(args, open_event))

    p = sub.add_parser(
        "anonymise",
        help=_(QT_TRANSLATE_NOOP("cli", "après l'événement : anonymiser les personnes qui ne sont pas dans un Trail")),
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument("--yes", action="store_true", help=_(QT_TRANSLATE_NOOP("cli", "confirmer (irréversible)")))
    add_pin_option(p)
    p.set_defaults(func=lambda args: cmd_anonymise(args, open_event))


def cmd_person(args: argparse.Namespace, open_event: Any) -> int:
    with open_event(args.event) as event:
        require_pin(event, args)
        person = event.privacy.find(email=args.email or "", volunteer_id=args.volunteer_id or "")
        json_path, csv_path = event.privacy.export_person(person.id, args.out, pin=pin_of(args))
    print(_(QT_TRANSLATE_NOOP("cli", "Données écrites : {json} et {csv}")).format(json=json_path, csv=csv_path))
    return 0


def cmd_anonymise(args: argparse.Namespace, open_event: Any) -> int:
    from probono_desk.core.errors import InvalidInput

    with open_event(args.event) as event:
        require_pin(event, args)
        if not args.yes:
            count = len(event.privacy.to_anonymise())
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{count} personne(s) seraient anonymisées (irréversible) ; relancez avec --yes pour confirmer.",
                ),
                count=count,
            )
        done = event.privacy.anonymise(pin=pin_of(args))
    print(
        _(QT_TRANSLATE_NOOP("cli", "{count} personne(s) anonymisée(s) ; {kept} gardée(s) pour le Trail.")).format(
            count=done.count, kept=done.kept
        )
    )
    if done.shared:
        from probono_desk.services.privacy import OTHERS_MUST_ANONYMISE

        print(translate("privacy", OTHERS_MUST_ANONYMISE))
    return 0
