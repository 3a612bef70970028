"""The command line's edge cases: what is a window invocation and what is a mistyped command, and a reader that
went away."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate


def _(text: str) -> str:
    return translate("cli", text)


# The window's own options (kept in step with app.parse_window_args: a test compares them) and Qt's that take a
# value: what follows a value option is no positional.
WINDOW_FLAGS = {"--demo", "--desk"}
WINDOW_VALUE_OPTIONS = {"--station"}
QT_VALUE_OPTIONS = {
    "-platform",
    "-style",
    "-stylesheet",
    "-session",
    "-qwindowgeometry",
    "-qwindowtitle",
    "-qwindowicon",
    "-display",
    "-geometry",
    "-title",
    "-name",
    "-plugin",
    "-platformpluginpath",
    "-platformtheme",
}


def window_positionals(argv: list[str]) -> list[str]:
    """The arguments of a window invocation that are not options nor option values."""
    found: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in WINDOW_VALUE_OPTIONS or arg in QT_VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-") or arg == "-":
            found.append(arg)
    return found


def looks_like_a_verb(arg: str) -> bool:
    """A bare lowercase word ('statut', 'practice'), not an event path: no such file, no folder separator, no dot."""
    return re.fullmatch(r"[a-z][a-z0-9-]*", arg) is not None and not Path(arg).exists()


def window_usage_error(argv: list[str], commands: set[str]) -> str | None:
    """Why ``argv`` is neither a command nor a window invocation, or None.

    The rule: the window takes at most one positional, the event — an existing path, or anything that looks like a
    path (a dot or a separator in it: ``x.probono``, ``./event``). A first positional that is a bare word and no
    existing file ('statut', a verb of a later version) is an unknown command; any second positional is a stray
    argument; a ``--option`` the window does not know (``--jsno``) is a typo. All are usage errors (exit 2), never a
    window a script would then wait on. Qt's own ``-options`` pass through."""
    for arg in argv:
        name = arg.split("=", 1)[0]
        if arg.startswith("--") and name not in WINDOW_FLAGS | WINDOW_VALUE_OPTIONS:
            return _(QT_TRANSLATE_NOOP("cli", "option inconnue « {option} »")).format(option=name)
    positionals = window_positionals(argv)
    if positionals and looks_like_a_verb(positionals[0]):
        return _(QT_TRANSLATE_NOOP("cli", "commande inconnue « {verb} » (commandes : {commands})")).format(
            verb=positionals[0], commands=", ".join(sorted(commands))
        )
    if len(positionals) > 1:
        return _(QT_TRANSLATE_NOOP("cli", "arguments en trop : {extra}")).format(extra=" ".join(positionals[1:]))
    return None


def closed_pipe() -> int:
    """The reader went away (``| head -1``): the work is done, say nothing more. Standard output is pointed at
    /dev/null so that Python's flush at exit does not complain either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0
