"""The day's screens in the main window's navigation, in the order of the day.

A screen is a ``QWidget`` built from the ``EventContext`` with a ``nav_title`` (translated), a ``nav_key``
(stable, for shortcuts and tests) and, if it shows data, a ``refresh()`` the window calls when data changes.
A screen appears here when its feature is built, never as a placeholder.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from probono_desk.ui.context import EventContext


def build_screens(ctx: EventContext) -> list[QWidget]:
    from probono_desk.ui.chrono import ChronoScreen
    from probono_desk.ui.deliverables import DeliverablesScreen
    from probono_desk.ui.desk import DeskScreen
    from probono_desk.ui.prints import PrintsScreen
    from probono_desk.ui.settings import SettingsScreen
    from probono_desk.ui.teams_board import TeamsScreen
    from probono_desk.ui.volunteers import VolunteersScreen

    screens: list[QWidget] = []
    # In the order of the day; Paramètres stays last.
    screens.append(DeskScreen(ctx))
    screens.append(TeamsScreen(ctx))
    screens.append(ChronoScreen(ctx))
    screens.append(DeliverablesScreen(ctx))
    screens.append(PrintsScreen(ctx))
    screens.append(VolunteersScreen(ctx))
    screens.append(SettingsScreen(ctx))  # always last
    return screens
