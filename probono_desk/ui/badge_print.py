"""One person's badge as a PDF in the user data folder, rendered off the UI thread (the desk's walk-in, a lost badge
from the volunteers list)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from probono_desk.core.logs import data_dir
from probono_desk.ui.context import EventContext
from probono_desk.ui.tasks import Op


def render_badge(
    ctx: EventContext,
    volunteer_id: str,
    on_done: Callable[[Path], None],
    on_error: Callable[[BaseException], None],
    parent: QObject | None = None,
) -> None:
    target = data_dir() / "badges" / f"badge-{volunteer_id}.pdf"
    Op.on_event(
        ctx.ev,
        lambda ev: ev.documents.render("badges", target, only_ids=volunteer_id),
        on_done,
        on_error,
        owner=parent,
    ).start()
