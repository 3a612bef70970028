"""The start page's and the join dialog's lists as models: the recent event files (name, folder, when last
changed) and the hubs heard on the network (one line saying none was heard when there is none)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from probono_desk.ui.table_model import RowsTableModel

PATH_ROLE = Qt.ItemDataRole.UserRole  # the event file a line opens
ADDRESS_ROLE = Qt.ItemDataRole.UserRole  # the hub's address a line fills in


def changed_at(path: Path) -> str:
    """« 05/12/2019 10:30 », when the file was last written; empty when it cannot be read."""
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
    except OSError:
        return ""


class RecentEventsModel(RowsTableModel[tuple[Path, str]]):
    """« name ⏎ folder · modifié le 05/12/2019 10:30 », the full path as tooltip; rows are (path, when)."""

    PATH_ROLE = PATH_ROLE

    def headers(self) -> list[str]:
        return [self.tr("Événement")]

    def set_paths(self, paths: list[str]) -> None:
        self.set_rows((Path(text), changed_at(Path(text))) for text in paths)

    def display(self, row: tuple[Path, str], column: int) -> Any:
        path, when = row
        return self.tr("{name}\n{folder} · modifié le {when}").format(name=path.stem, folder=path.parent, when=when)

    def tooltip(self, row: tuple[Path, str], column: int) -> Any:
        return str(row[0])

    def role_data(self, row: tuple[Path, str], column: int, role: int) -> Any:
        return str(row[0]) if role == PATH_ROLE else None


class HubsModel(RowsTableModel[Any]):
    """« event — station (address) » per hub heard (``sync.discovery``'s hubs); « Aucun hôte trouvé : tapez
    l'adresse. » when none (a ``None`` row, with no address)."""

    ADDRESS_ROLE = ADDRESS_ROLE

    def headers(self) -> list[str]:
        return [self.tr("Hôte")]

    def set_hubs(self, hubs: list[Any]) -> None:
        self.set_rows(hubs or [None])

    def display(self, hub: Any, column: int) -> Any:
        if hub is None:
            return self.tr("Aucun hôte trouvé : tapez l'adresse.")
        return f"{hub.event_name} — {hub.station} ({hub.address})"

    def role_data(self, hub: Any, column: int, role: int) -> Any:
        return hub.address if role == ADDRESS_ROLE and hub is not None else None
