"""The day's screens in the main window's navigation, in the order of the day; Paramètres stays last.

A screen is a ``QWidget`` built from the ``EventContext`` with a ``nav_title`` (translated), a ``nav_key``
(stable, for shortcuts and tests) and, if it shows data, a ``refresh()`` the window calls when data changes.
The window builds a screen the first time it is shown (start-up stays fast); its title in the navigation comes
from the spec below, in the same translation context as the screen's own ``self.tr``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.ui.context import EventContext


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    context: str  # the screen class's name: its self.tr() context
    title: str  # French source text
    build: Callable[[EventContext], QWidget]

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.context, self.title)


def _desk(ctx: EventContext) -> QWidget:
    from probono_desk.ui.desk import DeskScreen

    return DeskScreen(ctx)


def _teams(ctx: EventContext) -> QWidget:
    from probono_desk.ui.teams_board import TeamsScreen

    return TeamsScreen(ctx)


def _chrono(ctx: EventContext) -> QWidget:
    from probono_desk.ui.chrono import ChronoScreen

    return ChronoScreen(ctx)


def _deliverables(ctx: EventContext) -> QWidget:
    from probono_desk.ui.deliverables import DeliverablesScreen

    return DeliverablesScreen(ctx)


def _parcours(ctx: EventContext) -> QWidget:
    from probono_desk.ui.parcours import ParcoursScreen

    return ParcoursScreen(ctx)


def _prints(ctx: EventContext) -> QWidget:
    from probono_desk.ui.prints import PrintsScreen

    return PrintsScreen(ctx)


def _volunteers(ctx: EventContext) -> QWidget:
    from probono_desk.ui.volunteers import VolunteersScreen

    return VolunteersScreen(ctx)


def _settings(ctx: EventContext) -> QWidget:
    from probono_desk.ui.settings import SettingsScreen

    return SettingsScreen(ctx)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("checkin", "DeskScreen", QT_TRANSLATE_NOOP("DeskScreen", "Check-in"), _desk),
    ScreenSpec("teams", "TeamsScreen", QT_TRANSLATE_NOOP("TeamsScreen", "Équipes"), _teams),
    ScreenSpec("chrono", "ChronoScreen", QT_TRANSLATE_NOOP("ChronoScreen", "Chrono"), _chrono),
    ScreenSpec(
        "deliverables", "DeliverablesScreen", QT_TRANSLATE_NOOP("DeliverablesScreen", "Livrables"), _deliverables
    ),
    ScreenSpec("parcours", "ParcoursScreen", QT_TRANSLATE_NOOP("ParcoursScreen", "Parcours"), _parcours),
    ScreenSpec("prints", "PrintsScreen", QT_TRANSLATE_NOOP("PrintsScreen", "Impressions"), _prints),
    ScreenSpec("volunteers", "VolunteersScreen", QT_TRANSLATE_NOOP("VolunteersScreen", "Bénévoles"), _volunteers),
    ScreenSpec("settings", "SettingsScreen", QT_TRANSLATE_NOOP("SettingsScreen", "Paramètres"), _settings),
)


def screen_specs() -> tuple[ScreenSpec, ...]:
    return SCREENS


def build_screens(ctx: EventContext) -> list[QWidget]:
    """Every screen at once (tests, screenshots); the window builds them one by one instead."""
    return [spec.build(ctx) for spec in SCREENS]
