"""Several stations in the window: « Héberger » / « Rejoindre » in the event's menu, the link in the status bar
(stations connected, last sync, changes waiting), and a banner while this station works alone.

The sync runs in its own thread (``sync.client``); its state comes here through a Qt signal (queued to the UI
thread). Its writes land through its own connection: the window sees them like any other process's
(``EventContext`` polls ``PRAGMA data_version``), so the boards and the projector show them within a second.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QPushButton, QWidget

from probono_desk.core.errors import ProbonoError
from probono_desk.sync.state import ALONE, CONNECTED, CONNECTING, REFUSED, SyncState  # not sync.client: asyncio, TLS
from probono_desk.ui.context import EventContext
from probono_desk.ui.tasks import Op

REATTACH_AFTER_S = 10.0  # alone this long: look for the event's hub elsewhere on the network (a takeover)


class StationsController(QObject):
    """Owns this window's hub or link, and shows its state."""

    state_changed = Signal(object)  # SyncState, from the sync thread (queued to the UI thread)
    hosting_changed = Signal()

    def __init__(self, window: QMainWindow, ctx: EventContext, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.hub: Any = None  # services.stations.HostedHub
        self.client: Any = None  # sync.client.SyncClient (when joined)
        self.state: SyncState | None = None
        self.alone_since: float | None = None
        self.browser: Any = None
        self._dialog: QWidget | None = None

        menu.addSeparator()
        self.host_action = menu.addAction(self.tr("&Héberger l'événement…"))
        self.host_action.triggered.connect(lambda: self.open_host())
        self.join_action = menu.addAction(self.tr("Re&joindre un hôte…"))
        self.join_action.triggered.connect(lambda: self.open_join())
        self.leave_action = menu.addAction(self.tr("Se &déconnecter des autres postes"))
        self.leave_action.triggered.connect(self.leave)
        self.leave_action.setEnabled(False)

        self.link_label = QLabel(window)
        self.link_label.setObjectName("SyncLabel")
        window.statusBar().addPermanentWidget(self.link_label)
        self.notices_button = QPushButton(window)
        self.notices_button.setObjectName("SyncNotices")
        self.notices_button.setFlat(True)
        self.notices_button.clicked.connect(lambda: self.show_notices())
        self.notices_button.hide()
        window.statusBar().addPermanentWidget(self.notices_button)
        self.banner = QLabel(window)
        self.banner.setObjectName("AloneBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#AloneBanner { background: #fff3cd; color: #5c4400; border-bottom: 2px solid #e0a800;"
            " padding: 8px 24px; font-weight: 600; }"
        )
        self.banner.hide()
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is not None:
            layout.insertWidget(1, self.banner)  # type: ignore[attr-defined]

        self.state_changed.connect(self._show_state)
        ctx.data_changed.connect(self._nudge)
        ctx.data_changed.connect(self._count_notices)
        self._closed = False
        ctx.about_to_close.connect(self._on_close)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._show_state(None)
        self._count_notices()
        self.hosting_changed.connect(lambda: self.leave_action.setEnabled(self.active))
        QTimer.singleShot(0, self.resume)

    def resume(self) -> None:
        """The file was linked when it was last open (a laptop restarted, a window closed by mistake): link again —
        as a station to the same hub, or as the hub on the same port (else a free one)."""
        if self.active or self._closed:
            return
        try:
            plan = self.ctx.ev.stations.resume_plan()
        except Exception:  # noqa: BLE001 - a file without the feed's tables, or closing
            return
        if plan is None:
            return
        role, address, code = plan
        if role == "station":
            try:
                self.join(address, code)
            except ProbonoError:
                return
            return

        def again(_exc: BaseException) -> None:
            self.start_hosting(lambda _hub: None, self._hosting_failed)

        self.start_hosting(lambda _hub: None, again, port=address.port)

    def _hosting_failed(self, exc: BaseException) -> None:
        from probono_desk.ui.errors import error_text

        self.window.statusBar().showMessage(error_text(exc), 15_000)

    def leave(self) -> None:
        self.stop()
        self.ctx.ev.stations.leave()
        self.ctx.notify_changed()

    # --- hosting and joining ---------------------------------------------------------------------------------------

    def open_host(self) -> QWidget:
        from probono_desk.ui.stations_dialogs import HostDialog

        dialog = HostDialog(self, self.window)
        dialog.open()
        self._dialog = dialog
        return dialog

    def open_join(self) -> QWidget:
        from probono_desk.ui.stations_dialogs import JoinDialog

        dialog = JoinDialog(self, self.window)
        dialog.open()
        self._dialog = dialog
        return dialog

    def start_hosting(self, on_done: Any, on_error: Any, *, listen: str | None = None, port: int = 0) -> None:
        """Start the hub on a worker (the server takes a moment); the code is read or made here, in the UI thread
        that owns the event file's connection."""
        from probono_desk.services.stations import start_hub
        from probono_desk.sync.discovery import default_listen

        self.stop()
        listen = listen or default_listen()
        ev = self.ctx.ev
        code = ev.stations.join_code()
        info = ev.info
        path, station = ev.path, ev.station
        assert path is not None, "an event in memory is not hosted"

        def job() -> Any:
            return start_hub(
                path=path,
                event_id=info.id,
                event_name=info.name,
                station=station,
                code=code,
                port=port,
                listen=listen,
                on_state=self.state_changed.emit,
            )

        def done(hub: Any) -> None:
            if self._closed:  # the window closed while the hub was starting
                hub.stop()
                return
            self.hub = hub
            self.hosting_changed.emit()
            self._show_state(hub.client.state)  # what it reported before it was ours to show
            on_done(hub)

        Op(job, done, on_error, owner=self).start()

    def join(self, address: Any, code: str) -> None:
        """Link to the hub at ``address`` (raises ``InvalidInput`` for a code of another event)."""
        self.stop()
        self.client = self.ctx.ev.stations.join(address, code, on_state=self.state_changed.emit)
        self.hosting_changed.emit()
        self._show_state(self.client.state)

    def _on_close(self) -> None:
        self._closed = True
        self.stop()

    def stop(self) -> None:
        if self.browser is not None:
            self.browser.close()
            self.browser = None
        if self.hub is not None:
            self.hub.stop()
            self.hub = None
        if self.client is not None:
            self.client.stop()
            self.client = None
        self.state = None
        self._show_state(None)
        self.hosting_changed.emit()

    @property
    def active(self) -> bool:
        return self.hub is not None or self.client is not None

    def _count_notices(self) -> None:
        try:
            count = self.ctx.ev.stations.notice_count()
        except Exception:  # noqa: BLE001 - a closing file, or one without the feed
            return
        self.notices_button.setText(self.tr("{count} avis des autres postes").format(count=count))
        self.notices_button.setVisible(count > 0)

    def show_notices(self) -> QWidget:
        """What the merge of the stations' changes settled: read at both doors, on every station."""
        from probono_desk.services.stations_notices import notice_lines

        lines = notice_lines(self.ctx.ev)[:40]
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Avis des autres postes"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText("\n\n".join(f"{line.at[11:16]} — {line.text}" for line in lines) or self.tr("Aucun avis."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._notices_box = box
        return box

    def _nudge(self) -> None:
        link = self.hub.client if self.hub is not None else self.client
        if link is not None:
            link.nudge()

    # --- what is shown ---------------------------------------------------------------------------------------------

    def _show_state(self, state: SyncState | None) -> None:
        if state is not None and not self.active:
            return  # a late report of a link already stopped
        self.state = state
        if state is None:
            self.link_label.setText(self.tr("Poste seul (pas d'hôte)"))
            self.banner.hide()
            return
        waiting = self.tr("{count} modification(s) en attente").format(count=state.pending)
        last = self.tr("synchro {time}").format(time=state.last_sync[11:19]) if state.last_sync else ""
        if state.status == CONNECTED:
            self.alone_since = None
            count = len(state.stations)
            who = self.tr("{count} autre(s) poste(s) connecté(s)").format(count=count)
            parts = [(self.tr("Hôte") + " · " if self.hub is not None else "") + who, last, waiting]
            self.link_label.setText(" · ".join(p for p in parts if p))
            self.link_label.setToolTip(", ".join(state.stations))
            self.banner.hide()
        elif state.status == CONNECTING:
            self.link_label.setText(self.tr("Connexion à {hub}…").format(hub=state.hub))
        elif state.status == REFUSED:
            self.link_label.setText(self.tr("Refusé par l'hôte"))
            self.banner.setText(
                self.tr(
                    "L'hôte {hub} refuse ce poste : le code de connexion ne correspond pas, ou l'hôte sert un autre "
                    "événement. Vérifiez le code (Fichier → Rejoindre un hôte…)."
                ).format(hub=state.hub)
            )
            self.banner.show()
        elif state.status == ALONE:
            if self.alone_since is None:
                self.alone_since = time.monotonic()
            self.link_label.setText(" · ".join(p for p in (self.tr("Travail en autonomie"), last, waiting) if p))
            self.banner.setText(
                self.tr(
                    "Travail en autonomie : l'hôte {hub} est injoignable. Continuez normalement : {waiting}, "
                    "envoyées dès que le lien revient."
                ).format(hub=state.hub, waiting=waiting)
            )
            self.banner.show()

    def _tick(self) -> None:
        """Alone: keep the count of changes waiting true (this window writes on), and after a while listen for the
        event's hub elsewhere (another station took over) and re-attach."""
        if self.state is not None and self.state.status == ALONE:
            try:
                pending = int(self.ctx.ev.stations.summary()["pending"])
            except Exception:  # noqa: BLE001 - the file is closing
                pending = self.state.pending
            if pending != self.state.pending:
                self._show_state(replace(self.state, pending=pending))
        if self.client is None or self.alone_since is None:
            return
        if time.monotonic() - self.alone_since < REATTACH_AFTER_S:
            return
        if self.browser is None:
            try:
                from probono_desk.sync.discovery import Browser

                self.browser = Browser()
            except Exception:  # noqa: BLE001 - no multicast: the new address is typed in « Rejoindre »
                self.browser = False
            return
        if not self.browser:
            return
        from probono_desk.core.joincode import HubAddress
        from probono_desk.sync.discovery import hubs_for

        event_id = self.ctx.ev.info.id
        current = str(self.client.address)
        for hub in hubs_for(self.browser.hubs(), event_id=event_id):
            if hub.address != current:
                code = self.client.code
                self.join(HubAddress(hub.host, hub.port), code)
                self.alone_since = None
                return


def install_stations(window: QMainWindow, ctx: EventContext, menu: QMenu) -> StationsController:
    return StationsController(window, ctx, menu)
