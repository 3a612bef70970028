"""The projector's picture: ``ProjectorView`` paints a ``Snapshot`` (dark background, huge digits, colours at the
thresholds, the day bar, the next phases, the room message, the readout team and its countdown).

What it shows is also read back as text (``headline()``, ``countdown_text()``…), for the operator's preview and
the tests.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from probono_desk.core.dates import hhmm
from probono_desk.core.schedule import PhaseKind
from probono_desk.core.schedule_run import Level, MessageMode, Snapshot

BACKGROUND = QColor("#0e1116")
DANGER_BACKGROUND = QColor("#3d0b0e")
TEXT = QColor("#f4f6f8")
MUTED = QColor("#8c96a0")
LEVEL_COLOURS = {
    Level.NORMAL: QColor("#3ecf6e"),
    Level.WARNING: QColor("#ffb020"),
    Level.DANGER: QColor("#ff3b3b"),
    Level.OVER: QColor("#ff3b3b"),
}
KIND_COLOURS = {
    PhaseKind.PLENARY: QColor("#3d8ef0"),
    PhaseKind.TEAMWORK: QColor("#3ecf6e"),
    PhaseKind.BREAK: QColor("#7d8791"),
    PhaseKind.READOUTS: QColor("#ff4d6d"),
}
MESSAGE_BAND = QColor("#1f5fbf")


def clock_text(seconds: int, show_seconds: bool = True) -> str:
    """54:12, 1:05:00; without seconds, whole minutes rounded up: '55 min', '1 h 05'."""
    seconds = max(0, int(seconds))
    if not show_seconds:
        minutes = (seconds + 59) // 60
        return f"{minutes // 60} h {minutes % 60:02d}" if minutes >= 60 else f"{minutes} min"
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class ProjectorView(QWidget):
    """Paints the snapshot it is given; repaints only when what it shows changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProjectorView")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(320, 180)
        self.snapshot: Snapshot | None = None
        self.event_name = ""
        self.large_digits = False
        self.show_seconds = True
        self._signature: tuple = ()
        family = QGuiApplication.font().family()
        self._family = family if "DejaVu" in family else "DejaVu Sans"

    # --- what is shown (also read by tests) ---------------------------------------------------------------------

    def set_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        signature = self._what_is_shown(snap)
        if signature != self._signature:
            self._signature = signature
            self.update()

    def set_options(self, *, large_digits: bool | None = None, show_seconds: bool | None = None) -> None:
        if large_digits is not None:
            self.large_digits = large_digits
        if show_seconds is not None:
            self.show_seconds = show_seconds
        self._signature = ()
        self.update()

    def _what_is_shown(self, s: Snapshot) -> tuple:
        seconds = s.now.second if self.show_seconds else 0
        return (
            s.now.replace(second=seconds),
            self.headline(),
            self.countdown_text(),
            self.level(),
            s.room_message,
            s.message_mode,
            s.paused,
            self.team_text(),
            self.turn_text(),
            s.now.second % 2 if s.message_mode is MessageMode.BLINK else 0,
            tuple((t.start, t.end) for t in s.timings),
        )

    def headline(self) -> str:
        s = self.snapshot
        if s is None or not s.timings:
            return self.tr("Aucun programme")
        if s.current is not None:
            return s.current.phase.title
        if s.before_day:
            return self.tr("La journée commence à {time}").format(time=hhmm(s.timings[0].start))
        if s.day_over:
            return self.tr("Merci à toutes et à tous !")
        return self.tr("Dans un instant : {title}").format(title=s.next.phase.title if s.next else "")

    def kind_text(self) -> str:
        s = self.snapshot
        return s.current.phase.kind.label.upper() if s and s.current else ""

    def countdown_seconds(self) -> int | None:
        s = self.snapshot
        if s is None:
            return None
        if s.current is not None:
            return s.remaining_s
        if s.next is not None:
            return int((s.next.start - s.now).total_seconds())
        return None

    def countdown_text(self) -> str:
        seconds = self.countdown_seconds()
        return "" if seconds is None else clock_text(seconds, self.show_seconds)

    def level(self) -> Level:
        s = self.snapshot
        if s is None or s.current is None:
            return Level.NORMAL
        return s.level

    def team_text(self) -> str:
        s = self.snapshot
        return s.turn.team.name if s and s.turn else ""

    def turn_text(self) -> str:
        s = self.snapshot
        if s is None or s.turn is None:
            return ""
        return clock_text(s.turn_remaining_s, True)

    def background(self) -> QColor:
        s = self.snapshot
        if s is not None and s.message_mode is MessageMode.BLACKOUT:
            return QColor("#000000")
        return DANGER_BACKGROUND if self.level() in (Level.DANGER, Level.OVER) else BACKGROUND

    def accent(self) -> QColor:
        s = self.snapshot
        if s is not None and s.turn is not None:
            return LEVEL_COLOURS[s.turn_level]
        return LEVEL_COLOURS[self.level()]

    # --- painting ----------------------------------------------------------------------------------------------

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self._family)
        font.setPixelSize(max(6, int(px)))
        font.setBold(bold)
        return font

    def _text(
        self,
        p: QPainter,
        rect: QRectF,
        text: str,
        px: float,
        colour: QColor,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
    ) -> None:
        """Draw ``text`` in ``rect``, shrinking the font until it fits on one line."""
        font = self._font(px, bold)
        width = QFontMetricsF(font).horizontalAdvance(text)
        if width > rect.width() > 0:
            font = self._font(px * rect.width() / width * 0.98, bold)
        p.setFont(font)
        p.setPen(colour)
        p.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        w, h = float(self.width()), float(self.height())
        u = min(h / 1080, w / 1920)  # one "pixel" of the 1920×1080 design
        p.fillRect(self.rect(), self.background())
        s = self.snapshot
        if s is None:
            p.end()
            return
        if s.message_mode is MessageMode.BLACKOUT:
            if s.message:
                self._text(p, QRectF(60 * u, 0, w - 120 * u, h), s.message, 110 * u, TEXT, bold=True)
            p.end()
            return
        accent = self.accent()
        margin = 60 * u
        p.fillRect(QRectF(0, 0, w, 14 * u), accent)

        self._paint_top(p, s, w, u)

        upcoming = list(s.upcoming[:3] if s.current is not None else s.upcoming[1:4])
        show_next = bool(upcoming) and not self.large_digits
        bottom = h - 150 * u  # the day bar's top
        message = s.room_message
        if message and s.message_mode is MessageMode.BLINK and s.now.second % 2:
            message = " "
        if message:
            bottom -= 120 * u
        main_right = w - margin - (520 * u if show_next else 0)
        main = QRectF(margin, 140 * u, main_right - margin, bottom - 150 * u)

        if s.turn is not None:
            self._paint_turn(p, s, main, u)
        else:
            self._paint_phase(p, s, main, u, accent)
        if show_next:
            self._paint_next(
                p, upcoming, QRectF(main_right + 30 * u, 150 * u, w - margin - main_right - 30 * u, bottom - 170 * u), u
            )
        if message:
            self._paint_message(p, message, QRectF(0, bottom + 10 * u, w, 100 * u), margin, u)
        self._paint_day_bar(p, s, QRectF(margin, h - 110 * u, w - 2 * margin, 46 * u), u)
        p.end()

    def _paint_top(self, p: QPainter, s: Snapshot, w: float, u: float) -> None:
        """The top row: the time of day, the pause badge, the event's name."""
        margin = 60 * u
        now_text = s.now.strftime("%H:%M:%S") if self.show_seconds else s.now.strftime("%H:%M")
        self._text(
            p,
            QRectF(margin, 34 * u, 500 * u, 90 * u),
            now_text,
            72 * u,
            TEXT,
            bold=True,
            align=Qt.AlignmentFlag.AlignLeft,
        )
        if self.event_name:
            self._text(
                p,
                QRectF(w / 2, 34 * u, w / 2 - margin, 90 * u),
                self.event_name,
                34 * u,
                MUTED,
                align=Qt.AlignmentFlag.AlignRight,
            )
        if s.paused:
            badge = QRectF(w / 2 - 190 * u, 40 * u, 380 * u, 78 * u)
            p.setBrush(LEVEL_COLOURS[Level.WARNING])
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(badge, 16 * u, 16 * u)
            self._text(p, badge, self.tr("EN PAUSE"), 48 * u, QColor("#111111"), bold=True)

    def _paint_message(self, p: QPainter, message: str, band: QRectF, margin: float, u: float) -> None:
        """The room message on its blue band (a blank message during a blink keeps the room for it)."""
        if message.strip():
            p.fillRect(band, MESSAGE_BAND)
        self._text(p, band.adjusted(margin, 0, -margin, 0), message, 54 * u, TEXT, bold=True)

    def _paint_phase(self, p: QPainter, s: Snapshot, main: QRectF, u: float, accent: QColor) -> None:
        kind = self.kind_text()
        title_px = (64 if self.large_digits else 84) * u
        digits_px = (520 if self.large_digits else 330) * u
        heights = [56 * u if kind else 0, title_px * 1.35, digits_px * 1.1, 64 * u]
        scale = min(1.0, main.height() / sum(heights))
        heights = [x * scale for x in heights]
        y = main.top() + (main.height() - sum(heights)) / 2
        if kind and s.current is not None:
            self._text(
                p,
                QRectF(main.left(), y, main.width(), heights[0]),
                kind,
                36 * u * scale,
                KIND_COLOURS[s.current.phase.kind],
                bold=True,
            )
        y += heights[0]
        self._text(
            p, QRectF(main.left(), y, main.width(), heights[1]), self.headline(), title_px * scale, TEXT, bold=True
        )
        y += heights[1]
        self._text(
            p,
            QRectF(main.left(), y, main.width(), heights[2]),
            self.countdown_text(),
            digits_px * scale,
            accent if s.current is not None else TEXT,
            bold=True,
        )
        y += heights[2]
        if s.current is not None:
            until = self.tr("jusqu'à {time}").format(time=hhmm(s.current.end))
            if s.current.end != s.current.planned_end:
                until += "  " + self.tr("(prévu {time})").format(time=hhmm(s.current.planned_end))
            self._text(p, QRectF(main.left(), y, main.width(), heights[3]), until, 44 * u * scale, MUTED)

    def _paint_turn(self, p: QPainter, s: Snapshot, main: QRectF, u: float) -> None:
        assert s.turn is not None
        colour = LEVEL_COLOURS[s.turn_level]
        digits_px = (440 if self.large_digits else 280) * u
        heights = [56 * u, 130 * u, 60 * u, digits_px * 1.1, 56 * u]
        scale = min(1.0, main.height() / sum(heights))
        heights = [x * scale for x in heights]
        y = main.top() + (main.height() - sum(heights)) / 2
        label = self.tr("RESTITUTIONS · ÉQUIPE {n}/{total}").format(n=s.turn.position + 1, total=len(s.turns))
        rows = [
            (label, 38, KIND_COLOURS[PhaseKind.READOUTS], True),
            (self.team_text(), 104, TEXT, True),
            ((self.tr("Présentation") if s.turn_stage == "talk" else self.tr("Questions")).upper(), 46, colour, True),
            (self.turn_text(), digits_px / u, colour, True),
            (
                self.tr("Fin des restitutions à {time} (reste {left})").format(
                    time=hhmm(s.current.end) if s.current else "", left=clock_text(s.remaining_s, self.show_seconds)
                ),
                36,
                MUTED,
                False,
            ),
        ]
        for (text, px, col, bold), height in zip(rows, heights, strict=True):
            self._text(p, QRectF(main.left(), y, main.width(), height), text, px * u * scale, col, bold=bold)
            y += height

    def _paint_next(self, p: QPainter, upcoming: list, area: QRectF, u: float) -> None:
        self._text(
            p,
            QRectF(area.left(), area.top(), area.width(), 50 * u),
            self.tr("ENSUITE"),
            32 * u,
            MUTED,
            bold=True,
            align=Qt.AlignmentFlag.AlignLeft,
        )
        y = area.top() + 64 * u
        title_font = self._font(32 * u)
        for timing in upcoming:
            text_rect = QRectF(area.left() + 26 * u, y + 48 * u, area.width() - 26 * u, 84 * u)
            flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
            used = QFontMetricsF(title_font).boundingRect(text_rect, flags, timing.phase.title).height()
            height = 48 * u + min(used, 84 * u)
            if y + height > area.bottom():
                break
            p.fillRect(QRectF(area.left(), y + 4 * u, 8 * u, height - 4 * u), KIND_COLOURS[timing.phase.kind])
            self._text(
                p,
                QRectF(area.left() + 26 * u, y, area.width() - 26 * u, 46 * u),
                hhmm(timing.start),
                40 * u,
                TEXT,
                bold=True,
                align=Qt.AlignmentFlag.AlignLeft,
            )
            p.setFont(title_font)
            p.setPen(MUTED)
            p.drawText(text_rect, flags, timing.phase.title)
            y += height + 34 * u

    def _paint_day_bar(self, p: QPainter, s: Snapshot, bar: QRectF, u: float) -> None:
        if not s.timings:
            return
        first, last = s.timings[0].start, s.timings[-1].end
        span = max(1.0, (last - first).total_seconds())

        def x_of(moment: datetime) -> float:
            ratio = (moment - first).total_seconds() / span
            return bar.left() + bar.width() * max(0.0, min(1.0, ratio))

        for timing in s.timings:
            left, right = x_of(timing.start), x_of(timing.end)
            colour = QColor(KIND_COLOURS[timing.phase.kind])
            if timing.end <= s.now:
                colour = colour.darker(260)
            p.fillRect(QRectF(left + 1.5 * u, bar.top(), max(1.0, right - left - 3 * u), bar.height()), colour)
        hour = first.replace(minute=0, second=0)
        p.setFont(self._font(24 * u))
        p.setPen(MUTED)
        while hour <= last:
            if hour >= first:
                x = x_of(hour)
                p.drawText(
                    QRectF(x - 40 * u, bar.bottom() + 4 * u, 80 * u, 34 * u),
                    int(Qt.AlignmentFlag.AlignCenter),
                    f"{hour.hour}h",
                )
            hour += timedelta(hours=1)
        if first <= s.now <= last:
            x = x_of(s.now)
            p.fillRect(QRectF(x - 3 * u, bar.top() - 14 * u, 6 * u, bar.height() + 28 * u), TEXT)
