"""The day's screens in the main window's navigation, in the order of the day.

A screen is a ``QWidget`` built from the ``EventContext`` with a ``nav_title`` (translated), a ``nav_key``
(stable, for shortcuts and tests) and, if it shows data, a ``refresh()`` the window calls when data changes.
A screen appears here when its feature is built, never as a placeholder.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from probono_desk.ui.context import EventContext


def build_screens(ctx: EventContext) -> list[QWidget]:
    from probono_desk.ui.desk import DeskScreen
    from probono_desk.ui.volunteers import VolunteersScreen

    screens: list[QWidget] = []
    # Check-in, Équipes, Chrono, Livrables, Impressions are added by their features, in this order.
    screens.append(DeskScreen(ctx))
    screens.append(VolunteersScreen(ctx))
    return screens
