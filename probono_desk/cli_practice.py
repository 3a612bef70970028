"""``probono-desk practice EVENT --out COPY``: a practice copy of the event (« Répétition »), EXERCICE everywhere."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from probono_desk.core.practice import TRAINEES


def _(text: str) -> str:
    return translate("cli", text)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "practice",
        help=_(QT_TRANSLATE_NOOP("cli", "faire une copie d'exercice de l'événement (EXERCICE partout)")),
    )
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument(
        "--out", required=True, type=Path, help=_(QT_TRANSLATE_NOOP("cli", "la copie à écrire (fichier .probono neuf)"))
    )
    p.add_argument(
        "--trainees",
        type=int,
        default=TRAINEES,
        help=_(QT_TRANSLATE_NOOP("cli", "bénévoles fictifs pour les badges d'exercice (par défaut : 6)")),
    )
    p.set_defaults(func=cmd_practice)


def cmd_practice(args: argparse.Namespace) -> int:
    from probono_desk.core.errors import InvalidInput
    from probono_desk.services.practice import make_copy

    if not 0 <= args.trainees <= 50:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "De 0 à 50 bénévoles fictifs pour les badges d'exercice."))
    from probono_desk.services.event import Event
    from probono_desk.services.practice import trainee_ids

    out = make_copy(args.event, args.out, trainees=args.trainees)
    print(_(QT_TRANSLATE_NOOP("cli", "Copie d'exercice écrite : {path}")).format(path=out))
    with Event.open(out) as copy:
        ids = ",".join(trainee_ids(copy))
    if ids:
        print(
            _(
                QT_TRANSLATE_NOOP(
                    "cli", "Badges des stagiaires : probono-desk print {path} badges --only-ids {ids} --out FICHIER.pdf"
                )
            ).format(path=out, ids=ids)
        )
    return 0
