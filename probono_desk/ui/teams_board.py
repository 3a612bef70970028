"""The "Équipes" screen: one board per structure, moves by drag and drop or keyboard, undo, pins, formation,
rebalancing, the "who sits where" projection, and the missions tab for the referents."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QDrag, QDropEvent, QFont, QFontMetrics, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams import Check, Formation, Team, assess, form_teams, skill_key
from probono_desk.core.teams_explain import RULE_LABELS
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.tasks import Op

MIME = "application/x-probono-volunteer"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKIN_CLOSES = "09:30"  # fallback; the screen asks the schedule (end of "Accueil et check-in", delays included)

PRESENT, EXPECTED, ABSENT = "present", "attendu", "absent"
PRESENCE_COLOURS = {PRESENT: "#2e7d32", EXPECTED: "#9e9e9e", ABSENT: "#c62828"}


@dataclass
class MemberView:
    volunteer: Volunteer
    presence: str
    needed: set[str] = field(default_factory=set)  # folded skills this structure needs
    why: str = ""


def presence_of(volunteer_id: str, present: set[str], now: datetime, closes: str = CHECKIN_CLOSES) -> str:
    """Present once checked in; before check-in closes (or while nobody has been checked in at all, i.e. the
    door is not using the app), not yet arrived; after it closes, absent."""
    if volunteer_id in present:
        return PRESENT
    return ABSENT if present and now.strftime("%H:%M") >= closes else EXPECTED


# --- one member, painted: presence dot, name, pin, situation, skills as chips ------------------------------------


class MemberDelegate(QStyledItemDelegate):
    PAD = 6
    DOT = 12

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = QColor(colour or "#607d8b")

    def _view(self, index) -> MemberView | None:  # type: ignore[no-untyped-def]
        # Views live in the list, looked up by id: a Python object stored in item data trips PySide's refcounts.
        owner = self.parent()
        views = getattr(owner, "views", {})
        return views.get(index.data(ID_ROLE))  # type: ignore[no-any-return]

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        name = QFont(option.font)
        name.setPointSizeF(option.font.pointSizeF() * 1.02)
        name.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        return name, small

    def _chips(self, view: MemberView, small: QFont, width: int) -> list[tuple[QRect, str, bool]]:
        fm = QFontMetrics(small)
        x, y = 0, 0
        out: list[tuple[QRect, str, bool]] = []
        h = fm.height() + 4
        for skill in view.volunteer.skills:
            w = min(fm.horizontalAdvance(skill) + 12, width)
            if x and x + w > width:
                x, y = 0, y + h + 3
            out.append((QRect(x, y, w, h), skill, skill_key(skill) in view.needed))
            x += w + 4
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # type: ignore[no-untyped-def]  # noqa: N802
        view = self._view(index)
        if view is None:
            return super().sizeHint(option, index)
        name, small = self._fonts(option)
        # The card is as wide as the list's viewport (option.rect is empty here): wrap the chips at the very
        # width paint() will use, so the card is exactly as tall as its content.
        owner = self.parent()
        viewport = owner.viewport().width() if isinstance(owner, QListWidget) else 0
        spacing = owner.spacing() if isinstance(owner, QListWidget) else 0
        row_width = max(80, (viewport - 2 * spacing) or option.rect.width() or 200)
        inner = row_width - 4 - 2 * self.PAD  # paint(): rect adjusted by 2 px each side, then PAD
        chips = self._chips(view, small, inner)
        chips_h = (chips[-1][0].bottom() + 1) if chips else 0
        # paint(): 2 + PAD + name + 2 + small + PAD + chips + PAD + 2
        height = 4 + 3 * self.PAD + 2 + QFontMetrics(name).height() + QFontMetrics(small).height() + chips_h
        return QSize(row_width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # type: ignore[no-untyped-def]
        view = self._view(index)
        if view is None:
            super().paint(painter, option, index)
            return
        v = view.volunteer
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.colour if selected else QColor("#d0d0d0"), 3 if selected else 1))
        painter.setBrush(QColor("#fff8e1") if selected else QColor("white"))
        painter.drawRoundedRect(rect, 6, 6)
        name_font, small = self._fonts(option)
        x = rect.left() + self.PAD
        y = rect.top() + self.PAD
        fm = QFontMetrics(name_font)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PRESENCE_COLOURS[view.presence]))
        painter.drawEllipse(QRect(x, y + (fm.height() - self.DOT) // 2, self.DOT, self.DOT))
        painter.setFont(name_font)
        painter.setPen(QColor("#202020") if view.presence != ABSENT else QColor("#8a8a8a"))
        pin = " ⚑" if v.pinned else ""
        text_w = rect.width() - 3 * self.PAD - self.DOT
        painter.drawText(
            QRect(x + self.DOT + self.PAD, y, text_w, fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fm.elidedText(v.name + pin, Qt.TextElideMode.ElideRight, text_w),
        )
        y += fm.height() + 2
        painter.setFont(small)
        sfm = QFontMetrics(small)
        painter.setPen(QColor("#555555"))
        situation = QCoreApplication.translate("situation", v.situation.label) if v.situation else ""
        line = " · ".join(x for x in (situation, v.organisation) if x)
        painter.drawText(
            QRect(x, y, rect.width() - 2 * self.PAD, sfm.height()),
            Qt.AlignmentFlag.AlignLeft,
            sfm.elidedText(line, Qt.TextElideMode.ElideRight, rect.width() - 2 * self.PAD),
        )
        y += sfm.height() + self.PAD
        for chip, skill, needed in self._chips(view, small, rect.width() - 2 * self.PAD):
            box = chip.translated(x, y)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.colour if needed else QColor("#eceff1"))
            painter.drawRoundedRect(box, box.height() / 2, box.height() / 2)
            painter.setPen(QColor("white") if needed else QColor("#37474f"))
            painter.drawText(
                box,
                Qt.AlignmentFlag.AlignCenter,
                sfm.elidedText(skill, Qt.TextElideMode.ElideRight, box.width() - 8),
            )
        painter.restore()


# --- a team's member list: drag source and drop target ----------------------------------------------------------


class MemberList(QListWidget):
    dropped = Signal(str, str)  # volunteer id, structure id

    def __init__(self, structure_id: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.structure_id = structure_id
        self.views: dict[str, MemberView] = {}
        self.setItemDelegate(MemberDelegate(colour, self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QListWidget { background: #fafafa; }")

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:  # e.g. the scroll bar came: cards re-wrap their chips
            self.scheduleDelayedItemsLayout()
        return super().viewportEvent(event)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME]

    def mimeData(self, items) -> QMimeData:  # type: ignore[no-untyped-def]  # noqa: N802
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(ID_ROLE)).encode())
        return data

    def startDrag(self, actions) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.MoveAction)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        volunteer_id = bytes(event.mimeData().data(MIME).data()).decode()
        event.setDropAction(Qt.DropAction.CopyAction)  # the board is rebuilt from the file; Qt must not remove rows
        event.accept()
        self.dropped.emit(volunteer_id, self.structure_id)

    def selected_id(self) -> str | None:
        item = self.currentItem()
        return str(item.data(ID_ROLE)) if item is not None and item.isSelected() else None

    def select_id(self, volunteer_id: str) -> bool:
        for row in range(self.count()):
            if self.item(row).data(ID_ROLE) == volunteer_id:
                self.setCurrentRow(row)
                self.setFocus()
                return True
        return False


# --- one structure's board ---------------------------------------------------------------------------------------


class TeamBoard(QFrame):
    def __init__(self, structure: Structure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.structure = structure
        colour = structure.colour or "#607d8b"
        self.setObjectName("TeamBoard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)  # five boards fit 1280 px; narrower, the row scrolls sideways
        self.setStyleSheet(
            f"#TeamBoard {{ border: 2px solid {colour}; border-radius: 8px; background: #fafafa; }}"
            f"#BoardHeader {{ background: {colour}; border-top-left-radius: 6px; border-top-right-radius: 6px; }}"
            "#BoardHeader QLabel { color: white; }"
        )
        header = QFrame(self)
        header.setObjectName("BoardHeader")
        self.table_label = QLabel(header)
        self.table_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.name_label = QLabel(header)
        self.name_label.setWordWrap(True)
        self.name_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.mission_label = QLabel(header)
        self.mission_label.setWordWrap(True)
        self.mission_label.setStyleSheet("font-size: 10pt;")
        self.referent_label = QLabel(header)
        self.referent_label.setStyleSheet("font-size: 10pt; font-style: italic;")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(10, 8, 10, 8)
        hl.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.table_label)
        top.addStretch(1)
        self.count_label = QLabel(header)
        self.count_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        top.addWidget(self.count_label)
        hl.addLayout(top)
        hl.addWidget(self.name_label)
        hl.addWidget(self.mission_label)
        hl.addWidget(self.referent_label)

        self.gaps_label = QLabel(self)
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setStyleSheet("color: #b45309; font-size: 10pt; padding: 0px 8px;")
        self.checks_label = QLabel(self)
        self.checks_label.setWordWrap(True)
        self.checks_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.checks_label.setStyleSheet("padding: 2px 8px;")
        for label in (self.gaps_label, self.checks_label):  # squeezed on a laptop: cut at the bottom, not the top
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.members = MemberList(structure.id, colour, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(header)
        layout.addWidget(self.checks_label)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.members, 1)
        self.set_structure(structure)

    def set_structure(self, s: Structure) -> None:
        self.structure = s
        self.table_label.setText(self.tr("Table {label}").format(label=s.table_label) if s.table_label else "")
        self.name_label.setText(s.name)
        self.mission_label.setText(
            "<b>" + s.mission_theme + "</b>" + (" — " if s.mission_theme and s.problem else "") + s.problem
        )
        self.mission_label.setToolTip(s.problem)
        self.referent_label.setText(s.referent_name)
        self.referent_label.setToolTip(self.tr("Référent·e : {name}").format(name=s.referent_name))

    def _rule_line(self, check: Check) -> str:
        rule = QCoreApplication.translate("teams", RULE_LABELS.get(check.rule, check.rule))
        return self.tr("{rule} : {why}").format(rule=rule, why=check.why)

    def set_team(self, team: Team, views: list[MemberView], gaps: list[str]) -> None:
        present = sum(1 for v in views if v.presence == PRESENT)
        self.count_label.setText(f"{present}/{len(views)}")
        self.count_label.setToolTip(self.tr("présent·es / prévu·es"))
        self.gaps_label.setText("\n".join(gaps))
        self.gaps_label.setVisible(bool(gaps))
        broken = [c for c in team.checks if not c.met]
        hard_broken = [c for c in broken if c.rule not in ("mixite", "preferences")]
        if hard_broken:
            self.checks_label.setText("\n".join(f"✗ {self._rule_line(c)}" for c in hard_broken))
            self.checks_label.setStyleSheet("color: #c62828; padding: 2px 8px;")
        else:
            self.checks_label.setText(self.tr("✓ Règles respectées"))
            self.checks_label.setStyleSheet("color: #2e7d32; font-weight: bold; padding: 2px 8px;")
        self.checks_label.setToolTip("\n".join(f"{'✓' if c.met else '✗'} {self._rule_line(c)}" for c in team.checks))
        selected = self.members.selected_id()
        self.members.clear()
        self.members.views = {view.volunteer.id: view for view in views}
        for view in views:
            item = QListWidgetItem()
            item.setData(ID_ROLE, view.volunteer.id)
            item.setData(Qt.ItemDataRole.DisplayRole, view.volunteer.name)
            item.setToolTip(view.why)
            self.members.addItem(item)
        if selected:
            self.members.select_id(selected)


# --- the screen --------------------------------------------------------------------------------------------------


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
        self._roster_version = -1  # the formation is recomputed only when people or teams changed
        self._board_keys: dict[str, tuple[object, ...]] = {}
        self._missions_stale = False
        self._why: dict[str, str] = {}
        self._who_window: QWidget | None = None
        self._rebalance: QWidget | None = None

        self.form_button = QPushButton(self.tr("Former les équipes"), self)
        self.form_button.setToolTip(self.tr("Répartit les personnes non épinglées selon les règles (Ctrl+Z annule)"))
        self.form_button.clicked.connect(self.form_teams)
        self.rebalance_button = QPushButton(self.tr("Rééquilibrer…"), self)
        self.rebalance_button.clicked.connect(self.open_rebalance)
        self.move_button = QPushButton(self.tr("Déplacer vers…"), self)
        self.move_button.clicked.connect(self._move_menu)
        self.pin_button = QPushButton(self.tr("Épingler"), self)
        self.pin_button.clicked.connect(self.toggle_pin)
        self.undo_button = QPushButton(self.tr("Annuler"), self)
        self.undo_button.clicked.connect(self.undo)
        self.who_button = QPushButton(self.tr("Qui est où (projection)"), self)
        self.who_button.clicked.connect(self.open_who_sits_where)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Réessayer le déplacement"), self)
        self.retry_button.clicked.connect(self.retry_move)
        self.retry_button.hide()
        self.pending_move: tuple[str, str] | None = None  # a move the file refused (full disk, read-only, locked)
        self.legend = QLabel(self)
        self.legend.setText(
            self.tr(
                "<span style='color:#2e7d32'>●</span> présent·e &nbsp; "
                "<span style='color:#9e9e9e'>●</span> pas encore arrivé·e &nbsp; "
                "<span style='color:#c62828'>●</span> absent·e &nbsp; ⚑ épinglé·e"
            )
        )

        bar = QHBoxLayout()
        for w in (self.form_button, self.rebalance_button, self.move_button, self.pin_button, self.undo_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.who_button)

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

        from probono_desk.ui.missions import MissionsPanel

        self.missions = MissionsPanel(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(boards_tab, self.tr("Tableaux"))
        self.tabs.addTab(self.missions, self.tr("Missions"))
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self._actions()
        ctx.data_changed.connect(self.refresh)
        self.refresh(force=True)

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
        version = ev.status.roster_version()
        if force or self.formation is None or version != self._roster_version:
            self._roster_version = version
            self.formation = assess(ev.roster.volunteers(), ev.roster.structures())
            self._why = ev.teams.why()
        structures = [team.structure for team in self.formation.teams]
        present = ev.status.present_ids()
        now = ev.clock.now()
        closes = ev.schedule.checkin_closes(now).strftime("%H:%M")  # the day plan's end of check-in
        why = self._why
        if [s.id for s in structures] != list(self.boards):
            self._rebuild_boards(structures)
            self._board_keys.clear()
        for team in self.formation.teams:
            board = self.boards[team.structure.id]
            needed = {skill_key(s) for s in team.structure.skills_needed}
            views = [
                MemberView(v, presence_of(v.id, present, now, closes), needed, why.get(v.id, "")) for v in team.members
            ]
            gaps = self._gaps(team.structure, views, bool(present))
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

    def _gaps(self, s: Structure, views: list[MemberView], checkin_started: bool) -> list[str]:
        gaps = []
        held = [{skill_key(x) for x in v.volunteer.skills} for v in views]
        for skill in s.skills_needed:
            key = skill_key(skill)
            holders = [v for v, keys in zip(views, held, strict=True) if key in keys]
            if checkin_started:
                if not any(v.presence == PRESENT for v in holders):
                    gaps.append(self.tr("Personne en {skill} présent·e").format(skill=skill))
            elif not holders:
                gaps.append(self.tr("Personne en {skill} dans l'équipe").format(skill=skill))
        return gaps

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
        volunteers = self.ctx.ev.roster.volunteers()
        structures = self.ctx.ev.roster.structures()
        Op(lambda: form_teams(volunteers, structures), self._formed, self._form_failed, owner=self).start()

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
