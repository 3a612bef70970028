"""``probono-desk demo EVENT [--after-the-day]``: the demo event, the day before (default) or once it is over."""

from __future__ import annotations

import argparse
from pathlib import Path

from probono_desk.cli_common import EXIT_OK, _, _station
from probono_desk.core.i18n import QT_TRANSLATE_NOOP


def add_demo_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("event", metavar="EVENT", type=Path)
    p.add_argument(
        "--after-the-day",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "cli", "l'événement une fois la journée passée : présences, livrables, Trail, évaluations, bilan"
            )
        ),
    )


def cmd_demo(args: argparse.Namespace) -> int:
    from probono_desk.services.demo import write_demo

    event = write_demo(args.event, station=_station(), language=args.lang, after_the_day=args.after_the_day)
    summary = event.status.summary()
    event.close()
    counts = {"path": args.event, "volunteers": summary["volunteers"], "structures": len(summary["structures"])}
    if args.after_the_day:
        text = _(
            QT_TRANSLATE_NOOP(
                "cli",
                "Événement de démonstration après la journée écrit : {path} ({present} présent·es sur "
                "{volunteers} bénévoles, {structures} structures).",
            )
        )
        counts["present"] = summary["present"]
    else:
        text = _(
            QT_TRANSLATE_NOOP(
                "cli", "Événement de démonstration écrit : {path} ({volunteers} bénévoles, {structures} structures)."
            )
        )
    print(text.format(**counts))
    return EXIT_OK
