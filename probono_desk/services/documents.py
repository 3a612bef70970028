"""Printed documents: one method per kind, each gathering its data from the services and drawing it with
``output/`` (reportlab, Qt-free). The window's Impressions screen and ``probono-desk print`` both call ``render``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from probono_desk.services.event import Event

KINDS = ("badges", "team-sheets", "sign-in", "certificates", "table-signs", "rundown", "report")

Progress = Callable[[int, int], None]


class DocumentsService:
    def __init__(self, event: Event) -> None:
        self.event = event

    def builders(self) -> dict[str, Callable[..., Path]]:
        """Kinds that can be printed now, each with its builder. Features add theirs here."""
        return {
            "badges": self.event.checkin.badges_pdf,
        }

    def render(self, kind: str, out: str | Path, *, progress: Progress | None = None, **options: Any) -> Path:
        builder = self.builders().get(kind)
        if builder is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Document inconnu : « {kind} »."), kind=kind)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".part")
        try:
            builder(tmp, progress=progress, **options)
            tmp.replace(out)  # a document appears whole or not at all
        finally:
            tmp.unlink(missing_ok=True)
        return out
