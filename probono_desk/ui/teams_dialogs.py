"""Two windows of the teams screen: the rebalance proposals (accept or refuse each move) and the projector's
"who sits where" (big type, alphabetical, table number)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.teams_rebalance import Move
from probono_desk.core.text import fold
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error


class RebalanceDialog(QDialog):
    """The fewest moves of present volunteers that restore the rules; each accepted or refused on its own."""

    moved = Signal()

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Rééquilibrer les équipes"))
        self.resize(900, 520)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        body = QWidget(self)
        body.setLayout(self.grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.moves: list[Move] = []
        self.results: dict[str, str] = {}  # volunteer id -> "accepted" / "refused"
        self.accept_buttons: list[QPushButton] = []
        self.refuse_buttons: list[QPushButton] = []
        self.load()

    def load(self) -> None:
        ev = self.ctx.ev
        present = ev.status.present_ids()
        self.moves = ev.teams.rebalance_proposals(present)
        names = {s.id: s for s in ev.roster.structures()}
        if not present:
            self.intro.setText(
                self.tr("Personne n'est encore enregistré·e : le rééquilibrage se fait sur les présent·es.")
            )
        elif not self.moves:
            self.intro.setText(self.tr("Les équipes présentes respectent les règles : aucun déplacement à proposer."))
        else:
            self.intro.setText(
                self.tr("{n} déplacement(s) proposé(s) parmi les {p} présent·es. Acceptez ou refusez chacun.").format(
                    n=len(self.moves), p=len(present)
                )
            )
        for row, move in enumerate(self.moves):
            src = names.get(move.from_id or "")
            dst = names[move.to_id]
            title = QLabel(
                self.tr("<b>{name}</b> : {src} → <b>table {table} · {dst}</b>").format(
                    name=move.volunteer_name,
                    src=self.tr("table {t}").format(t=src.table_label) if src else self.tr("sans équipe"),
                    table=dst.table_label,
                    dst=dst.name,
                ),
                self,
            )
            why = QLabel(move.why, self)
            why.setWordWrap(True)
            why.setStyleSheet("color: #555;")
            accept = QPushButton(self.tr("Accepter"), self)
            refuse = QPushButton(self.tr("Refuser"), self)
            accept.clicked.connect(lambda _c=False, i=row: self.accept_move(i))
            refuse.clicked.connect(lambda _c=False, i=row: self.refuse_move(i))
            self.accept_buttons.append(accept)
            self.refuse_buttons.append(refuse)
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(why)
            self.grid.addLayout(box, row, 1)
            self.grid.addWidget(accept, row, 2)
            self.grid.addWidget(refuse, row, 3)

    def _done(self, row: int, text: str) -> None:
        self.accept_buttons[row].setEnabled(False)
        self.refuse_buttons[row].setEnabled(False)
        self.accept_buttons[row].setText(text)

    def accept_move(self, row: int) -> None:
        move = self.moves[row]
        try:
            self.ctx.ev.teams.accept(move)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.results[move.volunteer_id] = "accepted"
        self._done(row, self.tr("Accepté ✓"))
        self.moved.emit()

    def refuse_move(self, row: int) -> None:
        self.results[self.moves[row].volunteer_id] = "refused"
        self._done(row, self.tr("Refusé"))


class WhoSitsWhere(QWidget):
    """For the projector at the door: everyone alphabetically with their table number, as big as the screen allows."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Qui est où"))
        self.resize(1280, 800)
        self.rows: list[tuple[str, str, str]] = []  # name, table, colour
        QShortcut(QKeySequence("F11"), self, self._toggle_full_screen)
        QShortcut(QKeySequence("Escape"), self, self.close)

    def _toggle_full_screen(self) -> None:
        self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)

    def refresh(self) -> None:
        ev = self.ctx.ev
        structures = {s.id: s for s in ev.roster.structures()}
        rows = []
        for v in ev.roster.volunteers():
            s = structures.get(v.structure_id or "")
            if s is not None:
                rows.append((f"{v.last_name.upper()} {v.first_name}", s.table_label, s.colour or "#607d8b"))
        rows.sort(key=lambda r: fold(r[0]))
        self.rows = rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#101418"))
        margin = 24
        title_font = QFont(self.font())
        title_font.setPointSize(26)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("white"))
        title_h = QFontMetrics(title_font).height() + 12
        painter.drawText(
            QRect(margin, margin // 2, self.width() - 2 * margin, title_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("Qui est où — trouvez votre table"),
        )
        if not self.rows:
            painter.end()
            return
        area = QRect(margin, margin // 2 + title_h + 8, self.width() - 2 * margin, self.height() - title_h - 2 * margin)
        columns, size = self._layout(area)
        per_column = -(-len(self.rows) // columns)
        col_w = area.width() // columns
        font = QFont(self.font())
        font.setPixelSize(size)
        bold = QFont(font)
        bold.setBold(True)
        line_h = int(size * 1.45)
        for i, (name, table, colour) in enumerate(self.rows):
            col, row = divmod(i, per_column)
            x = area.left() + col * col_w
            y = area.top() + row * line_h
            badge = QRect(x, y + 2, int(size * 2.2), line_h - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colour))
            painter.drawRoundedRect(badge, 6, 6)
            painter.setFont(bold)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, table)
            painter.setFont(font)
            text_rect = QRect(badge.right() + 12, y, col_w - badge.width() - 24, line_h)
            painter.drawText(
                text_rect,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(font).elidedText(name, Qt.TextElideMode.ElideRight, text_rect.width()),
            )
        painter.end()

    def _layout(self, area: QRect) -> tuple[int, int]:
        """The number of columns and the pixel size that give the biggest names that still fit."""
        best = (1, 10)
        for columns in range(1, 7):
            per_column = -(-len(self.rows) // columns)
            size = int(area.height() / per_column / 1.45)
            longest = max(self.rows, key=lambda r: len(r[0]))[0]
            font = QFont(self.font())
            font.setPixelSize(max(size, 1))
            width = QFontMetrics(font).horizontalAdvance(longest) + int(size * 2.2) + 36
            while size > 10 and width > area.width() // columns:
                size -= 1
                font.setPixelSize(size)
                width = QFontMetrics(font).horizontalAdvance(longest) + int(size * 2.2) + 36
            size = min(size, 64)
            if size > best[1]:
                best = (columns, size)
        return best
