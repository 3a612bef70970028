"""``probono-desk checkin``: the desk's check-in without a window (a scan, a photo of a badge, a name search).

Exit 0 checked in, 3 already checked in, 1 refused with a message on stderr that says which case it is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from probono_desk.cli_common import EXIT_ALREADY, EXIT_OK, EXIT_REFUSED, _, _station
from probono_desk.core.checkin import ALREADY, OK, Outcome, describe, hour
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.services.event import Event


def _print_outcome(outcome: Outcome) -> int:
    card = describe(outcome)
    if card.level == OK:
        print(card.title)
        for line in card.lines:
            print(f"  {line}")
        return EXIT_OK
    if card.level == ALREADY:
        print(card.title)
        for line in card.lines:
            print(f"  {line}")
        return EXIT_ALREADY
    print(f"probono-desk: {card.title}. " + " ".join(card.lines), file=sys.stderr)
    return EXIT_REFUSED


def _refuse(message: str, **values: object) -> int:
    print("probono-desk: " + _(message).format(**values), file=sys.stderr)
    return EXIT_REFUSED


def image_problem(path: Path) -> int | None:
    """The real reason a photo cannot be read, said before "no QR code found" (which means: an image, no code)."""
    if not path.exists():
        return _refuse(QT_TRANSLATE_NOOP("cli", "le fichier « {path} » n'existe pas."), path=path)
    if path.is_dir():
        return _refuse(QT_TRANSLATE_NOOP("cli", "« {path} » est un dossier : donnez la photo d'un badge."), path=path)
    if not path.is_file():
        return _refuse(
            QT_TRANSLATE_NOOP("cli", "« {path} » n'est pas un fichier ordinaire : donnez la photo d'un badge."),
            path=path,
        )
    if path.stat().st_size == 0:
        return _refuse(QT_TRANSLATE_NOOP("cli", "le fichier « {path} » est vide."), path=path)
    from PIL import Image

    try:
        with Image.open(path) as image:
            image.verify()
    except (OSError, ValueError, Image.DecompressionBombError):
        return _refuse(
            QT_TRANSLATE_NOOP("cli", "« {path} » n'est pas une image lisible (JPEG, PNG… attendu)."), path=path
        )
    return None


def run_checkin(args: argparse.Namespace) -> int:
    if args.scan is not None and not args.scan.strip():
        return _refuse(QT_TRANSLATE_NOOP("cli", "le code est vide : scannez un badge ou tapez son code."))
    if args.image is not None and (refused := image_problem(Path(args.image))) is not None:
        return refused
    with Event.open(args.event, station=args.station or _station(), actor="cli") as event:
        service = event.checkin
        if args.scan is not None:
            return _print_outcome(service.scan(args.scan))
        if args.image is not None:
            return _print_outcome(service.scan_image(args.image))
        found = service.search(args.search)
        if not found:
            print(
                _(QT_TRANSLATE_NOOP("cli", "probono-desk: personne ne correspond à « {query} ».")).format(
                    query=args.search
                ),
                file=sys.stderr,
            )
            return EXIT_REFUSED
        if len(found) > 1:
            print(
                _(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "probono-desk: {count} personnes correspondent à « {query} » ; personne n'a été "
                        "enregistré. Précisez (nom complet ou e-mail) :",
                    )
                ).format(count=len(found), query=args.search),
                file=sys.stderr,
            )
            for f in found:
                where = f" · {f.seat.organisation}" if f.seat.organisation else ""
                here = (
                    _(QT_TRANSLATE_NOOP("cli", " · arrivé·e à {time}")).format(time=hour(f.present_since))
                    if f.present_since
                    else ""
                )
                print(f"  {f.name}{where}{here}  [{f.seat.volunteer_id}]")
            return EXIT_REFUSED
        return _print_outcome(service.check_in_volunteer(found[0].seat.volunteer_id, method="search"))
