"""The "Équipes" screen: one board per structure, moves by drag and drop or keyboard, undo, pins, formation,
rebalancing, the "who sits where" projection, and the missions tab for the referents.

A move redraws two boards: the teams are re-checked only where the move touched them (``services.teams.LiveTeams``),
and a check-in redraws only the boards of the people who arrived."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams import Formation
from probono_desk.core.teams_presence import CHECKIN_CLOSES, SkillGap, needed_keys, presence_of
from probono_desk.ui.board_widgets import (
    ABSENT,
    EXPECTED,
    ID_ROLE,
    MIME,
    PRESENCE_COLOURS,
    PRESENT,
    MemberDelegate,
    MemberList,
    MemberView,
    TeamBoard,
)
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.stale import RefreshOnShow
from probono_desk.ui.tasks import Op

__all__ = [
    "ABSENT",
    "CHECKIN_CLOSES",
    "EXPECTED",
    "ID_ROLE",
    "MIME",
    "PRESENCE_COLOURS",
    "PRESENT",
    "MemberDelegate",
    "MemberList",
    "MemberView",
    "TeamBoard",
    "TeamsScreen",
    "presence_of",
]


class TeamsScreen(QWidget):
    nav_key = "teams"
    team_changed = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Équipes")
        self.boards: dict[str, TeamBoard] = {}
        self.formation: Formation | None = None
        self.forming = False
        self._signature: tuple[int, int] | None = None
        self.teams = ctx.ev.teams.live()  # re-checked only where people or teams changed
        self._present: set[str] = set()
        self._presence_mode: tuple[bool, bool] | None = None  # (check-in begun, check-in closed)
        self._board_keys: dict[str, tuple[object, ...]] = {}
        self._missions_stale = False
        self._who_window: QWidget | None = None
        self._rebalance: QWidget | None = None
        self.pending_move: tuple[str, str] | None = None  # a move the file refused (full disk, read-only, locked)

        bar = self._build_toolbar()
        self._build_messages()
        boards_tab = self._build_boards_tab(bar)
        from probono_desk.ui.missions import MissionsPanel

        self.missions = MissionsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(boards_tab, self.tr("Tableaux"))
        self.tabs.addTab(self.missions, self.tr("Missions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._connect()
        self._actions()
        self.follower = RefreshOnShow(self, ctx.data_changed, self.refresh)  # hidden: refreshed when shown
        self.refresh(force=True)

    def _build_toolbar(self) -> QHBoxLayout:
        """Form, rebalance, move, pin, undo on the left; the projection of who sits where on the right."""
        self.form_button = QPushButton(self.tr("Former les équipes"), self)
        self.form_button.setToolTip(self.tr("Répartit les personnes non épinglées selon les règles (Ctrl+Z annule)"))
        self.rebalance_button = QPushButton(self.tr("Rééquilibrer…"), self)
        self.move_button = QPushButton(self.tr("Déplacer vers…"), self)
        self.pin_button = QPushButton(self.tr("Épingler"), self)
        self.undo_button = QPushButton(self.tr("Annuler"), self)
        self.who_button = QPushButton(self.tr("Qui est où (projection)"), self)
        bar = QHBoxLayout()
        for w in (self.form_button, self.rebalance_button, self.move_button, self.pin_button, self.undo_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.who_button)
        return bar

    def _build_messages(self) -> None:
        """What the last action said, the retry of a refused move, and the legend of the presence dots."""
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Réessayer le déplacement"), self)
        self.retry_button.hide()
        self.legend = QLabel(self)
        self.legend.setText(
            self.tr(
                "<span style='color:#2e7d32'>●</span> présent·e &nbsp; "
                "<span style='color:#9e9e9e'>●</span> pas encore arrivé·e &nbsp; "
                "<span style='color:#c62828'>●</span> absent·e &nbsp; ⚑ épinglé·e"
            )
        )

    def _build_boards_tab(self, bar: QHBoxLayout) -> QWidget:
        """The Tableaux tab: the toolbar, the messages, and the boards side by side in a scroll area."""
        self.board_area = QWidget(self)
        self.board_layout = QHBoxLayout(self.board_area)
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_layout.setSpacing(8)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.board_area)

        boards_tab = QWidget(self)
        bl = QVBoxLayout(boards_tab)
        bl.setContentsMargins(0, 4, 0, 0)
        bl.addLayout(bar)
        info = QHBoxLayout()
        info.addWidget(self.legend)
        info.addStretch(1)
        info.addWidget(self.message, 2)
        info.addWidget(self.retry_button)
        bl.addLayout(info)
        bl.addWidget(scroll, 1)
        return boards_tab

    def _connect(self) -> None:
        self.form_button.clicked.connect(self.form_teams)
        self.rebalance_button.clicked.connect(self.open_rebalance)
        self.move_button.clicked.connect(self._move_menu)
        self.pin_button.clicked.connect(self.toggle_pin)
        self.undo_button.clicked.connect(self.undo)
        self.who_button.clicked.connect(self.open_who_sits_where)
        self.retry_button.clicked.connect(self.retry_move)
        self.tabs.currentChanged.connect(self._tab_shown)

    def _actions(self) -> None:
        def add(text: str, keys: str, slot) -> QAction:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.undo_action = add(self.tr("Annuler"), "Ctrl+Z", self.undo)
        add(self.tr("Vers l'équipe suivante"), "Alt+Right", lambda: self.move_selected_by(1))
        add(self.tr("Vers l'équipe précédente"), "Alt+Left", lambda: self.move_selected_by(-1))
        add(self.tr("Épingler / désépingler"), "Ctrl+E", self.toggle_pin)

    # --- data ----------------------------------------------------------------------------------------------------

    def refresh(self, force: bool = False) -> None:
        signature = self.ctx.ev.status.change_mark()
        if not force and signature == self._signature:
            return
        self._signature = signature
        ev = self.ctx.ev
        dirty = self.teams.refresh(force)  # the structures whose team changed; None: all
        self.formation = self.teams.formation()
        structures = [team.structure for team in self.formation.teams]
        presence = ev.teams.presence()
        present = set(presence.present)
        mode = (presence.begun, presence.closed)
        if [s.id for s in structures] != list(self.boards):
            self._rebuild_boards(structures)
            self._board_keys.clear()
            dirty = None
        if mode != self._presence_mode:  # everyone not yet arrived turns absent, or the gaps count presence
            dirty = None
        elif dirty is not None:  # a check-in (or its undo) changes the board of the person only
            for vid in present ^ self._present:
                sid = self.teams.structure_of(vid)
                if sid is not None:
                    dirty.add(sid)
        self._present, self._presence_mode = present, mode
        why = self.teams.why
        for team in self.formation.teams:
            if dirty is not None and team.structure.id not in dirty:
                continue
            board = self.boards[team.structure.id]
            needed = needed_keys(team.structure)
            views = [MemberView(v, presence.of(v.id), needed, why.get(v.id, "")) for v in team.members]
            gaps = [self._gap_text(gap) for gap in ev.teams.gaps(team, presence)]
            # A check-in or a move changes one or two boards: the others keep their widgets (a board shows its key).
            key = (team.structure, team.checks, tuple((v.volunteer, v.presence, v.why) for v in views), tuple(gaps))
            if self._board_keys.get(team.structure.id) == key:
                continue
            self._board_keys[team.structure.id] = key
            board.set_structure(team.structure)
            board.set_team(team, views, gaps)
        unassigned = len(self.formation.unassigned)
        self.undo_button.setEnabled(ev.teams.can_undo())
        if unassigned and not self.forming:
            self.message.setText(self.tr("{n} personne(s) sans équipe.").format(n=unassigned))
        if self.missions.isVisible():
            self.missions.refresh()
        else:
            self._missions_stale = True
        self.team_changed.emit()
        if self._who_window is not None:
            self._who_window.refresh()  # type: ignore[attr-defined]

    def _tab_shown(self, _index: int) -> None:
        if self._missions_stale and self.tabs.currentWidget() is self.missions:
            self._missions_stale = False
            self.missions.refresh()

    def _gap_text(self, gap: SkillGap) -> str:
        if gap.among_present:
            return self.tr("Personne en {skill} présent·e").format(skill=gap.skill)
        return self.tr("Personne en {skill} dans l'équipe").format(skill=gap.skill)

    def _rebuild_boards(self, structures: list[Structure]) -> None:
        for board in self.boards.values():
            board.setParent(None)
            board.deleteLater()
        self.boards = {}
        for s in structures:
            board = TeamBoard(s, self.board_area)
            board.members.dropped.connect(self.move_volunteer)
            board.members.itemSelectionChanged.connect(lambda b=board: self._selected_in(b))
            board.members.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            board.members.customContextMenuRequested.connect(lambda pos, b=board: self._context_menu(b, pos))
            self.board_layout.addWidget(board, 1)
            self.boards[s.id] = board

    def _selected_in(self, board: TeamBoard) -> None:
        if board.members.selected_id():
            for other in self.boards.values():
                if other is not board:
                    other.members.clearSelection()
        vid = self.selected_id()
        volunteer = self._volunteer(vid) if vid else None
        self.pin_button.setText(self.tr("Désépingler") if volunteer and volunteer.pinned else self.tr("Épingler"))

    def _volunteer(self, volunteer_id: str) -> Volunteer | None:
        if self.formation is None:
            return None
        return next((v for t in self.formation.teams for v in t.members if v.id == volunteer_id), None)

    def selected_id(self) -> str | None:
        for board in self.boards.values():
            found = board.members.selected_id()
            if found:
                return found
        return None

    def _move_failed(self, exc: Exception, volunteer_id: str, structure_id: str) -> None:
        from probono_desk.core.errors import WriteFailed
        from probono_desk.ui.errors import error_text

        if not isinstance(exc, WriteFailed):
            show_error(self, exc)
            return
        self.pending_move = (volunteer_id, structure_id)
        self.retry_button.show()
        self.message.setText(
            self.tr("Déplacement NON enregistré : {error} « Réessayer le déplacement » quand c'est réglé.").format(
                error=error_text(exc)
            )
        )

    def retry_move(self) -> None:
        if self.pending_move is not None:
            self.move_volunteer(*self.pending_move)

    def select(self, volunteer_id: str) -> bool:
        return any(board.members.select_id(volunteer_id) for board in self.boards.values())

    # --- actions -------------------------------------------------------------------------------------------------

    def _changed(self, text: str = "") -> None:
        if text:
            self.message.setText(text)
        self.ctx.notify_changed()
        self.refresh()

    def move_volunteer(self, volunteer_id: str, structure_id: str) -> None:
        try:
            self.ctx.ev.teams.move(volunteer_id, structure_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user, the board stays as the file says
            self._move_failed(exc, volunteer_id, structure_id)
            return
        self.pending_move = None
        self.retry_button.hide()
        v = self.ctx.ev.roster.volunteer(volunteer_id)
        target = self.boards[structure_id].structure
        self._changed(
            self.tr("{name} → table {table} ({team}). Ctrl+Z pour annuler.").format(
                name=v.name, table=target.table_label, team=target.name
            )
        )
        self.select(volunteer_id)

    def move_selected_by(self, step: int) -> None:
        vid = self.selected_id()
        if not vid:
            return
        ids = list(self.boards)
        current = next(sid for sid, b in self.boards.items() if b.members.selected_id() == vid)
        self.move_volunteer(vid, ids[(ids.index(current) + step) % len(ids)])

    def _move_menu(self) -> None:
        vid = self.selected_id()
        if not vid:
            self.message.setText(self.tr("Choisissez d'abord une personne dans un tableau."))
            return
        menu = self._destinations_menu(vid)
        menu.popup(self.move_button.mapToGlobal(QPoint(0, self.move_button.height())))

    def _destinations_menu(self, volunteer_id: str) -> QMenu:
        menu = QMenu(self)
        for sid, board in self.boards.items():
            s = board.structure
            action = menu.addAction(self.tr("Table {table} · {name}").format(table=s.table_label, name=s.name))
            action.triggered.connect(lambda _c=False, sid=sid: self.move_volunteer(volunteer_id, sid))
        return menu

    def _context_menu(self, board: TeamBoard, pos: QPoint) -> None:
        item = board.members.itemAt(pos)
        if item is None:
            return
        vid = str(item.data(ID_ROLE))
        board.members.select_id(vid)
        menu = self._destinations_menu(vid)
        menu.setTitle(self.tr("Déplacer vers…"))
        root = QMenu(self)
        root.addMenu(menu)
        root.addAction(self.pin_button.text(), self.toggle_pin)
        root.popup(board.members.viewport().mapToGlobal(pos))

    def toggle_pin(self) -> None:
        vid = self.selected_id()
        if not vid:
            return
        try:
            pinned = self.ctx.ev.teams.toggle_pin(vid)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        name = self.ctx.ev.roster.volunteer(vid).name
        self._changed(
            self.tr("{name} épinglé·e à son équipe.").format(name=name)
            if pinned
            else self.tr("{name} n'est plus épinglé·e.").format(name=name)
        )
        self.select(vid)
        self._selected_in(next(b for b in self.boards.values() if b.members.selected_id() == vid))

    def undo(self) -> None:
        selected = self.selected_id()
        try:
            done = self.ctx.ev.teams.undo()
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if done is None:
            self.message.setText(self.tr("Rien à annuler."))
            return
        self._changed(self.tr("Annulé."))
        if selected:
            self.select(selected)

    def form_teams(self) -> None:
        """Compute off the UI thread (pure data in, formation out), write on the UI thread."""
        if self.forming:
            return
        self.forming = True
        self.form_button.setEnabled(False)
        self.message.setText(self.tr("Formation des équipes en cours…"))
        Op(self.ctx.ev.teams.planner(), self._formed, self._form_failed, owner=self).start()

    def _formed(self, formation: Formation) -> None:
        self.forming = False
        self.form_button.setEnabled(True)
        try:
            changed = self.ctx.ev.teams.apply(formation)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self._changed(self.tr("Équipes formées : {n} changement(s). Ctrl+Z pour annuler.").format(n=changed))

    def _form_failed(self, exc: BaseException) -> None:
        self.forming = False
        self.form_button.setEnabled(True)
        self.message.setText("")
        show_error(self, exc)

    def open_rebalance(self) -> None:
        from probono_desk.ui.teams_dialogs import RebalanceDialog

        dialog = RebalanceDialog(self.ctx, self)
        dialog.moved.connect(lambda: self._changed())
        self._rebalance = dialog
        dialog.open()

    def open_who_sits_where(self) -> None:
        from probono_desk.ui.teams_dialogs import WhoSitsWhere

        if self._who_window is None:
            self._who_window = WhoSitsWhere(self.ctx)
        self._who_window.refresh()  # type: ignore[attr-defined]
        self._who_window.show()
        self._who_window.raise_()
