"""The command-line face: the same services as the window, no window.

Exit codes: 0 done; 1 refused input (a message on stderr, the event file unchanged); 2 usage error;
``checkin`` returns 3 for "already checked in".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from probono_desk import __version__
from probono_desk.cli_common import EXIT_REFUSED, EXIT_USAGE, _
from probono_desk.cli_common import open_event as _open
from probono_desk.cli_demo import add_demo_options, cmd_demo
from probono_desk.cli_documents import add_parsers as add_document_parsers
from probono_desk.cli_event import add_lang_option
from probono_desk.cli_event import add_parsers as add_event_parsers
from probono_desk.cli_practice import add_parsers as add_practice_parsers
from probono_desk.cli_privacy import add_parsers as add_privacy_parsers
from probono_desk.cli_stations import add_parsers as add_stations_parsers
from probono_desk.cli_trail import add_parsers as add_trail_parsers
from probono_desk.cli_window import closed_pipe, window_usage_error
from probono_desk.core.errors import ProbonoError
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, ui_language


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
    add_lang_option(p)
    p.set_defaults(func=cmd_demo)

    add_event_parsers(sub)  # new, import, status, teams
    add_document_parsers(sub)  # print, export, pack, checkin, codes, pin
    add_privacy_parsers(sub, _open)
    add_trail_parsers(sub, _open)
    add_stations_parsers(sub, _open)
    add_practice_parsers(sub)
    return parser


# --- entry point -------------------------------------------------------------------------------------------------

COMMANDS = {
    "demo",
    "new",
    "import",
    "status",
    "checkin",
    "codes",
    "teams",
    "print",
    "export",
    "pack",
    "person",
    "anonymise",
}
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
