"""One structure's board on the "Équipes" screen: the header in the team's colour, the checklist and gaps, and the
members as cards (presence dot, name, pin, situation, skills as chips) that drag and drop between boards."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QDropEvent, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.models import Structure, Volunteer
from probono_desk.core.teams import Check, Team
from probono_desk.core.teams_explain import RULE_LABELS
from probono_desk.core.teams_presence import ABSENT, EXPECTED, PRESENT, is_needed

MIME = "application/x-probono-volunteer"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PRESENCE_COLOURS = {PRESENT: "#2e7d32", EXPECTED: "#9e9e9e", ABSENT: "#c62828"}


@dataclass
class MemberView:
    volunteer: Volunteer
    presence: str
    needed: set[str] = field(default_factory=set)  # folded skills this structure needs
    why: str = ""


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
            out.append((QRect(x, y, w, h), skill, is_needed(skill, view.needed)))
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

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        """A board is as tall as the row makes it (its members scroll inside). Answering the layout's default
        here made any label changed on one board ask every board of the row for its height at its width: 100
        boards at a national edition, over 10 ms per move for nothing."""
        return False

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
