"""The desk's building blocks: the scan field that keeps the keyboard, the outcome card read from 2 m away, the
live counters, the sounds."""

from __future__ import annotations

import html
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from probono_desk.core.checkin import ALREADY, OK, REFUSED, Card
from probono_desk.core.resources import resource_path
from probono_desk.services.checkin import Counts
from probono_desk.ui.desk_burst import KeyBurst

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QSoundEffect

# Colours of the card: (background, text). Green, amber, red; readable from 2 m, white or black text by contrast.
CARD_COLOURS = {
    OK: ("#1b7f3b", "#ffffff"),
    ALREADY: ("#f2a900", "#1b1b1b"),
    REFUSED: ("#c62828", "#ffffff"),
    "idle": ("#eceff1", "#37474f"),
    "info": ("#1565c0", "#ffffff"),
}


def qt_tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


_EDITING_KEYS = {
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Delete,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Escape,
}


class ScanField(QLineEdit):
    """The one field a USB scanner types into (then Enter), which people also type names into.

    Up/Down move in the search results without taking the focus away; Ctrl+Z asks for the desk's undo (not the
    field's); Escape clears. It also keeps the timing of the keys typed into it: ``burst`` holds the keys of the
    scanner-fast burst that ended at the last Enter (see ``desk_burst``)."""

    moved = Signal(int)  # -1 up, +1 down
    undo_requested = Signal()
    cleared = Signal()
    accept_requested = Signal()  # Ctrl+Enter: accept what the card proposes (a walk-in's team)
    walk_in_requested = Signal()  # Ctrl+N: the walk-in form (the window's menu uses Ctrl+N for a new event)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScanField")
        font = QFont(self.font())
        font.setPointSize(26)
        self.setFont(font)
        self.setMinimumHeight(72)
        self.setClearButtonEnabled(False)
        self.clock = time.monotonic  # when a key event carries no time of its own (synthetic events); tests replace it
        self._keys = KeyBurst()
        self.burst = ""

    def take_burst(self) -> str:
        burst, self.burst = self.burst, ""
        return burst

    def _note_key(self, event: QKeyEvent) -> None:
        """Times from the window system (when the key was pressed, however busy the desk was), else our clock."""
        text = event.text()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst = self._keys.take()
            self.burst = "" if event.modifiers() & Qt.KeyboardModifier.ControlModifier else burst
        elif text and text.isprintable():
            self._keys.key(text, event.timestamp() or int(self.clock() * 1000))
        elif event.key() in _EDITING_KEYS:
            self._keys.reset()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """The hint ("Scannez un badge ou tapez un nom…") must fit whole on a laptop too."""
        super().resizeEvent(event)
        size = 26 if event.size().width() >= 760 else 22
        if self.font().pointSize() != size:
            font = QFont(self.font())
            font.setPointSize(size)
            self.setFont(font)

    @staticmethod
    def _is_walk_in(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_N and event.modifiers() == Qt.KeyboardModifier.ControlModifier

    def event(self, event: QEvent) -> bool:
        """Ctrl+N belongs to the desk while the scan field has the keyboard: without this, the menu's "Nouvel
        événement" and the desk's shortcut were ambiguous and Qt ran neither."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and self._is_walk_in(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self._note_key(event)
        if self._is_walk_in(event):
            self.walk_in_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.cleared.emit()
            return
        super().keyPressEvent(event)


class OutcomeCard(QFrame):
    """The answer in big type on a coloured background: green checked in, amber already, red refused.

    The text is placed by hand, not by a layout: a long card (a walk-in and the team proposed to them) shrinks its
    type to the room it has, instead of growing over the scan field or running its lines over the name."""

    MARGINS = (28, 20, 28, 20)  # left, top, right, bottom
    GAP = 6
    MIN_HEIGHT = 230

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutcomeCard")
        self.level = "idle"
        self.title = QLabel(self)
        self.title.setObjectName("CardTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        title_font = QFont(self.font())
        title_font.setPointSize(34)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.detail = QLabel(self)
        self.detail.setObjectName("CardDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        detail_font = QFont(self.font())
        detail_font.setPointSize(26)
        self.detail.setFont(detail_font)
        self.setMinimumHeight(self.MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _largest(self) -> tuple[int, int]:
        """Bigger type when the desk runs full screen on a large display."""
        return (44, 32) if self.width() >= 900 else (34, 26)

    def _text_width(self) -> int:
        left, _top, right, _bottom = self.MARGINS
        return max(1, self.width() - left - right)

    def _set_sizes(self, title_pt: int, detail_pt: int) -> None:
        for label, size in ((self.title, title_pt), (self.detail, detail_pt)):
            if label.font().pointSize() != size:
                font = QFont(label.font())
                font.setPointSize(size)
                label.setFont(font)

    def _needed(self, width: int) -> int:
        detail = self.detail.heightForWidth(width) if self.detail.text() else 0
        return self.title.heightForWidth(width) + (self.GAP + detail if detail else 0)

    def sizeHint(self) -> QSize:  # noqa: N802
        """As tall as the text wants at the largest type; the layout may give less (down to MIN_HEIGHT)."""
        _left, top, _right, bottom = self.MARGINS
        title_pt, detail_pt = self.title.font().pointSize(), self.detail.font().pointSize()
        self._set_sizes(*self._largest())
        needed = self._needed(self._text_width())
        self._set_sizes(title_pt, detail_pt)
        return QSize(400, max(self.MIN_HEIGHT, needed + top + bottom))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(200, self.MIN_HEIGHT)

    def _fit(self) -> None:
        if not self.isVisible():  # fitted when shown, at its real size (at start-up it has none yet)
            return
        left, top, right, bottom = self.MARGINS
        width, room = self._text_width(), self.height() - top - bottom
        title_pt, detail_pt = self._largest()
        while True:
            self._set_sizes(title_pt, detail_pt)
            if self._needed(width) <= room or detail_pt <= 12:
                break
            detail_pt -= 1
            title_pt = max(16, title_pt - 1)
        title_h = self.title.heightForWidth(width)
        self.title.setGeometry(left, top, width, title_h)
        detail_top = top + title_h + self.GAP
        self.detail.setGeometry(left, detail_top, width, max(0, self.height() - bottom - detail_top))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit()

    def show_card(self, card: Card) -> None:
        self.show_text(card.level, card.title, list(card.lines))

    def show_text(self, level: str, title: str, lines: list[str]) -> None:
        self.level = level
        background, ink = CARD_COLOURS.get(level, CARD_COLOURS["idle"])
        self.setStyleSheet(
            f"#OutcomeCard {{ background: {background}; border-radius: 14px; }}"
            f" #OutcomeCard QLabel {{ color: {ink}; background: transparent; }}"
        )
        self.title.setText(title)
        self.detail.setText("\n".join(lines))
        self.updateGeometry()
        self._fit()

    @property
    def background(self) -> str:
        return CARD_COLOURS.get(self.level, CARD_COLOURS["idle"])[0]


class CountersPanel(QWidget):
    """Arrived / expected overall and per team, with the names each team still waits for (names only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(self)
        self.total.setObjectName("ArrivedTotal")
        font = QFont(self.font())
        font.setPointSize(30)
        font.setBold(True)
        self.total.setFont(font)
        self.total.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # see resizeEvent
        self.total.setMinimumWidth(300)
        self.teams = QLabel(self)
        self.teams.setObjectName("TeamsCounts")
        teams_font = QFont(self.font())
        teams_font.setPointSize(12)  # the referents read "who is missing" standing, a step away
        self.teams.setFont(teams_font)
        self.teams.setWordWrap(True)
        self.teams.setTextFormat(Qt.TextFormat.RichText)
        self.teams.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea(self)  # a long list of missing names scrolls, it is never cut off
        scroll.setObjectName("TeamsCountsScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.teams)
        scroll.viewport().setAutoFillBackground(False)
        self.teams.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(scroll, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Full screen on a big display (`--desk`), the team lines grow with the panel."""
        super().resizeEvent(event)
        width = event.size().width()
        for label, size in ((self.teams, 15 if width >= 560 else 12), (self.total, 30 if width >= 400 else 26)):
            if label.font().pointSize() != size:
                font = QFont(label.font())
                font.setPointSize(size)
                label.setFont(font)

    def show_counts(self, counts: Counts) -> None:
        self.total.setText(
            QCoreApplication.translate("desk", "{arrived} / {expected} arrivé·es").format(
                arrived=counts.arrived, expected=counts.expected
            )
        )
        parts = []
        for team in counts.teams:
            if team.structure_id is None:
                name = QCoreApplication.translate("desk", "Sans équipe")
            elif team.table:
                name = QCoreApplication.translate("desk", "Table {table} · {team}").format(
                    table=team.table, team=team.name
                )
            else:
                name = team.name
            dot = f'<span style="color:{html.escape(team.colour or "#90a4ae")}">●</span>'
            missing = ""
            if team.missing:
                shown = ", ".join(html.escape(n) for n in team.missing[:12])
                more = len(team.missing) - 12
                if more > 0:
                    shown += " " + html.escape(
                        QCoreApplication.translate("desk", "et {count} autres").format(count=more)
                    )
                label = html.escape(QCoreApplication.translate("desk", "Manquent :"))
                missing = f'<br><span style="color:#5f6368">{label} {shown}</span>'
            parts.append(
                f'<p style="margin:0 0 8px 0">{dot} <b>{html.escape(name)}</b> &nbsp; '
                f"<b>{team.arrived}/{team.expected}</b>{missing}</p>"
            )
        self.teams.setText("".join(parts))


class Sounds:
    """A short sound for success and one for a problem; muted or not, remembered between sessions."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._effects: dict[str, QSoundEffect] | None = None
        from probono_desk.ui.settings import app_settings  # the app's own settings file, not the user's Qt one

        self.muted = app_settings().value("desk/muted", False, type=bool)
        self.last: str = ""

    @property
    def effects(self) -> dict[str, QSoundEffect]:
        """Loaded on first use, or by ``prepare()`` once the desk is on screen: opening the audio device holds the
        first paint of the window back by several hundredths of a second."""
        if self._effects is None:
            from PySide6.QtMultimedia import QSoundEffect

            self._effects = {}
            for kind in ("success", "problem"):
                effect = QSoundEffect(self._parent)
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{kind}.wav"))))
                effect.setVolume(0.8)
                self._effects[kind] = effect
        return self._effects

    def prepare(self) -> None:
        self.effects  # noqa: B018 - loads them

    def set_muted(self, muted: bool, *, remember: bool = True) -> None:
        unchanged = muted == self.muted
        self.muted = muted
        if remember and not unchanged:  # not rewritten at start-up, when the button only shows the saved choice
            from probono_desk.ui.settings import app_settings

            app_settings().setValue("desk/muted", muted)

    def play(self, level: str) -> None:
        kind = "success" if level == OK else "problem"
        self.last = kind
        if not self.muted:
            self.effects[kind].play()


__all__ = ["CountersPanel", "OutcomeCard", "ScanField", "Sounds", "REFUSED"]


def show_full_screen(window: QWidget) -> None:
    """The desk on the whole screen whatever the window manager does: without one (a bare X server, a kiosk
    session) the full-screen request is only a hint nobody honours, so the window takes the screen's size itself."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showFullScreen()
