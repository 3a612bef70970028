"""What every command of the command line shares: the exit codes of the README's contract, the translation of its
messages, the station's name and opening the event file. A module of its own so that ``cli.py`` and the commands
in their own modules (``cli_checkin.py``) both import it rather than each other."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.i18n import translate

if TYPE_CHECKING:
    from probono_desk.services.event import Event

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_ALREADY = 3


def _(text: str) -> str:
    return translate("cli", text)


def _station() -> str:
    from probono_desk.services.event import default_station

    return default_station()


def open_event(path: Path) -> Event:
    """The event at ``path``, written to as this machine's station by the command line."""
    from probono_desk.services.event import Event

    return Event.open(path, station=_station(), actor="cli")
