"""The Chrono screen: the organiser drives the room's clock from here — start, pause, ±minutes, shift the rest of
the day, skip, next team, a message for the room — edits the plan, opens the projector, and rehearses.

The screen is the shell: it lays out its panels (``chrono_panels.py``), wires them to the schedule, and ticks."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from probono_desk.core.dates import hhmm
from probono_desk.core.errors import ProbonoError
from probono_desk.core.schedule import PhaseKind, parse_hm
from probono_desk.core.schedule_run import MessageMode, Snapshot
from probono_desk.services.schedule import RehearsalSchedule, ScheduleService
from probono_desk.ui.chrono_panels import (
    DayBox,
    MessageBox,
    PlanPanel,
    ProjectorBox,
    ReadoutBox,
    RehearsalBox,
    TimeBox,
)
from probono_desk.ui.chrono_plan import PlanModel
from probono_desk.ui.confirm import confirm
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text, show_error
from probono_desk.ui.projector import ProjectorWindow, ScreenPicker
from probono_desk.ui.projector_view import ProjectorView, clock_text

PREVIEW_MIN_W, PREVIEW_MAX_W = 384, 640


class ChronoScreen(QWidget):
    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_key = "chrono"
        self.nav_title = self.tr("Chrono")
        self.setObjectName("ChronoScreen")
        self.setStyleSheet("#ChronoScreen QPushButton { padding: 6px 10px; }")
        self.rehearsal: RehearsalSchedule | None = None
        self.projector: ProjectorWindow | None = None
        self._picker: ScreenPicker | None = None
        self._loading = False  # refresh() is filling the widgets: their signals are not the operator's
        self._plan_unlocked = False  # the organiser's PIN was typed once for the plan, in this window
        self.refused = ""  # why the last edit of the plan was refused, shown until the next good one
        self._closed = False  # the event file was closed: nothing ticks any more
        self._build()
        self._connect()
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.event_closed.connect(self._event_closed)
        self.refresh()

    def _build(self) -> None:
        """Left, what the room sees and the state; right, what the operator presses all day; below, the set-up,
        then the plan beside the readouts' order."""
        self.preview = ProjectorView(self)
        self.preview.setFixedSize(PREVIEW_MIN_W, PREVIEW_MIN_W * 9 // 16)  # grows with the screen, see resizeEvent
        self.preview.event_name = self.ctx.ev.info.name
        self.state_label = QLabel(self)
        self.state_label.setObjectName("ChronoState")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.day_box, self.time_box, self.message_box = DayBox(self), TimeBox(self), MessageBox(self)
        self.projector_box, self.rehearsal_group = ProjectorBox(self), RehearsalBox(self)
        self.model = PlanModel(self.edit_cell, self)
        self.plan_panel, self.readout_box = PlanPanel(self.model, self), ReadoutBox(self)
        self._expose()
        left = QVBoxLayout()
        for widget in (self.preview, self.state_label, self.detail_label):
            left.addWidget(widget)
        left.addStretch(1)
        controls = QVBoxLayout()
        controls.setSpacing(6)
        for group in (self.day_box, self.time_box, self.message_box):
            controls.addWidget(group)
        controls.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(left)
        top.addLayout(controls, 1)
        setup = QHBoxLayout()
        setup.setSpacing(12)
        setup.addWidget(self.projector_box, 1)
        setup.addWidget(self.rehearsal_group)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(self.plan_panel)
        bottom.addWidget(self.readout_box)
        bottom.setStretchFactor(0, 1)
        bottom.setChildrenCollapsible(False)
        bottom.setSizes([900, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(setup)
        layout.addWidget(bottom, 1)

    def _expose(self) -> None:
        """The panels' widgets under the screen's own names (the operator's words in the tests)."""
        day, times, message = self.day_box, self.time_box, self.message_box
        self.start_button, self.pause_button = day.start_button, day.pause_button
        self.skip_button, self.next_team_button = day.skip_button, day.next_team_button
        self.minute_buttons, self.shift_phase = times.minute_buttons, times.shift_phase
        self.shift_minutes, self.shift_button = times.shift_minutes, times.shift_button
        self.message_edit, self.message_mode = message.message_edit, message.message_mode
        self.send_button, self.clear_button = message.send_button, message.clear_button
        self.projector_button = self.projector_box.projector_button
        self.chime_box, self.large_box = self.projector_box.chime_box, self.projector_box.large_box
        self.seconds_box = self.projector_box.seconds_box
        rehearsal = self.rehearsal_group
        self.rehearsal_box, self.rehearsal_time = rehearsal.rehearsal_box, rehearsal.rehearsal_time
        self.rehearsal_speed, self.rehearsal_button = rehearsal.rehearsal_speed, rehearsal.rehearsal_button
        self.table, self.problems_label = self.plan_panel.table, self.plan_panel.problems_label
        self.add_button, self.remove_button = self.plan_panel.add_button, self.plan_panel.remove_button
        self.template_button = self.plan_panel.template_button
        self.teams, self.team_up, self.team_down = (
            self.readout_box.teams,
            self.readout_box.team_up,
            self.readout_box.team_down,
        )
        self.talk_spin, self.questions_spin = self.readout_box.talk_spin, self.readout_box.questions_spin

    def _connect(self) -> None:
        self.start_button.clicked.connect(self.start_day)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.skip_button.clicked.connect(lambda: self._do(self.schedule().skip))
        self.next_team_button.clicked.connect(lambda: self._do(self.schedule().next_team))
        for minutes, minute_button in self.minute_buttons.items():
            minute_button.clicked.connect(lambda _c=False, m=minutes: self.add_minutes(m))
        self.shift_button.clicked.connect(self.shift)
        self.send_button.clicked.connect(self.send_message)
        self.message_edit.returnPressed.connect(self.send_message)
        self.clear_button.clicked.connect(self.clear_message)
        self.projector_button.clicked.connect(self.pick_screen)
        self.projector_box.display_toggled.connect(self.set_display)
        self.rehearsal_button.clicked.connect(self.start_rehearsal)
        self.rehearsal_box.toggled.connect(self.toggle_rehearsal)
        self.add_button.clicked.connect(self.add_phase)
        self.remove_button.clicked.connect(self.remove_phase)
        self.template_button.clicked.connect(self.load_template)
        self.team_up.clicked.connect(lambda: self.move_team(-1))
        self.team_down.clicked.connect(lambda: self.move_team(+1))
        self.talk_spin.editingFinished.connect(self.set_slot)
        self.questions_spin.editingFinished.connect(self.set_slot)

    def _event_closed(self) -> None:
        """The projector is a window of its own: it would keep reading the closed file four times a second."""
        self._closed = True
        self.timer.stop()
        if self.projector is not None:
            projector, self.projector = self.projector, None
            projector.timer.stop()
            projector.closed.disconnect(self._projector_closed)
            projector.close()
            projector.deleteLater()

    # --- helpers -------------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Shown again: up to date at once, then every second."""
        if not self._closed and not self.timer.isActive():
            self.timer.start()
            self.tick()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        """Behind another screen the clock is not read: the projector window keeps its own ticking."""
        self.timer.stop()
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """The preview keeps the projector's 16:9 and grows with the window (384 px on a laptop, 640 on a big
        screen), leaving the controls at least their own width."""
        width = max(PREVIEW_MIN_W, min(PREVIEW_MAX_W, int(event.size().width() * 0.36)))
        if width != self.preview.width():
            self.preview.setFixedSize(width, width * 9 // 16)
        super().resizeEvent(event)

    def schedule(self) -> ScheduleService:
        return self.rehearsal if self.rehearsal is not None else self.ctx.ev.schedule

    def _do(self, action: Any, *args: Any) -> bool:
        try:
            action(*args)
        except ProbonoError as exc:
            show_error(self, exc)
            return False
        if self.rehearsal is None:
            self.ctx.notify_changed()  # the main window refreshes every screen, this one included
        self.tick()
        return True

    # --- operator actions ----------------------------------------------------------------------------------------

    def start_day(self) -> None:
        self._do(self.schedule().start)

    def toggle_pause(self) -> None:
        schedule = self.schedule()
        self._do(schedule.resume if schedule.at().paused else schedule.pause)

    def add_minutes(self, minutes: int) -> None:
        self._do(self.schedule().add_minutes, minutes)

    def shift(self) -> None:
        self._do(self.schedule().shift, self.shift_minutes.value(), str(self.shift_phase.currentData() or ""))

    def send_message(self) -> None:
        self._do(self.schedule().message, self.message_edit.text(), MessageMode(self.message_mode.currentData()))

    def clear_message(self) -> None:
        self.message_edit.clear()
        self._do(self.schedule().message, "", MessageMode.NONE)

    def set_display(self, key: str, on: bool) -> None:
        if self._loading:
            return
        self._do(self.ctx.ev.schedule.set_display, key, on)

    # --- rehearsal -------------------------------------------------------------------------------------------

    def toggle_rehearsal(self, on: bool) -> None:
        if on:
            self.start_rehearsal()
        else:
            self.rehearsal = None
            self.refresh()

    def start_rehearsal(self) -> None:
        t = self.rehearsal_time.time()
        start = datetime.combine(self.ctx.ev.schedule.day(), time(t.hour(), t.minute()))
        self.rehearsal = self.ctx.ev.schedule.rehearsal(start=start, speed=float(self.rehearsal_speed.currentData()))
        if not self.rehearsal_box.isChecked():
            self.rehearsal_box.blockSignals(True)
            self.rehearsal_box.setChecked(True)
            self.rehearsal_box.blockSignals(False)
        self.refresh()

    # --- the plan --------------------------------------------------------------------------------------------

    def plan_allowed(self, then: Any = None) -> bool:
        """Once the day has started, editing the plan asks for the organiser's PIN (once per window)."""
        ev = self.ctx.ev
        if self._plan_unlocked or not ev.privacy.has_pin() or not ev.schedule.at().started:
            return True
        from probono_desk.ui.pin_dialog import ask_organiser

        def granted(_pin: str | None) -> None:
            self._plan_unlocked = True
            if then is not None:
                then()

        reason = self.tr("La journée a commencé : modifier le programme demande le code PIN de l'organisateur·rice.")
        ask_organiser(self.ctx, self, reason, granted)
        return False

    def edit_cell(self, phase_id: str, column: int, value: Any) -> bool:
        if not self.plan_allowed():
            return False
        schedule = self.ctx.ev.schedule
        text = str(value).strip()
        try:
            if column == PlanModel.COL_START:
                schedule.set_times(phase_id, start=parse_hm(text))
            elif column == PlanModel.COL_END:
                schedule.set_times(phase_id, end=parse_hm(text))
            elif column == PlanModel.COL_LENGTH:
                schedule.set_duration(phase_id, int(value))
            elif column == PlanModel.COL_TITLE:
                schedule.update_phase(phase_id, title=text)
            elif column == PlanModel.COL_KIND:
                schedule.update_phase(phase_id, kind=PhaseKind(text))
            elif column == PlanModel.COL_MESSAGE:
                schedule.update_phase(phase_id, message=text)
            elif column == PlanModel.COL_WARNING:
                schedule.update_phase(phase_id, warning_s=int(value) * 60)
            elif column == PlanModel.COL_DANGER:
                schedule.update_phase(phase_id, danger_s=int(value) * 60)
            else:
                return False
        except (ProbonoError, ValueError) as exc:
            self.refused = error_text(exc) if isinstance(exc, ProbonoError) else str(exc)
            self.plan_panel.show_refused(self.refused)
            return False
        self.refused = ""
        QTimer.singleShot(0, self.ctx.notify_changed)  # after the view has finished its edit
        return True

    def selected_phase_id(self) -> str | None:
        return self.plan_panel.selected_phase_id()

    def add_phase(self) -> None:
        if not self.plan_allowed(self.add_phase):
            return
        self._do(self.ctx.ev.schedule.insert_after, self.selected_phase_id(), self.tr("Nouvelle phase"), 15)

    def remove_phase(self) -> None:
        if not self.plan_allowed(self.remove_phase):
            return
        phase_id = self.selected_phase_id()
        if not phase_id:
            return
        title = next((p.title for p in self.ctx.ev.schedule.plan().phases if p.id == phase_id), "")
        confirm(
            self,
            self.tr("Supprimer la phase"),
            self.tr("Supprimer « {title} » du programme ? La phase précédente prend son temps.").format(title=title),
            self.tr("Supprimer"),
            lambda: self._do(self.ctx.ev.schedule.remove_phase, phase_id),
        )

    def load_template(self) -> None:
        if not self.plan_allowed(self.load_template):
            return
        if not self.ctx.ev.schedule.plan().phases:  # a new event: nothing to lose, nothing to ask
            self._do(self.ctx.ev.schedule.load_default)
            return
        confirm(
            self,
            self.tr("Charger le modèle Marathon"),
            self.tr(
                "Remplacer tout le programme par le modèle Marathon (8h30–17h30) ? Les phases actuelles seront perdues."
            ),
            self.tr("Remplacer le programme"),
            lambda: self._do(self.ctx.ev.schedule.load_default),
        )

    def move_team(self, offset: int) -> None:
        team_id = self.readout_box.current_team_id()
        if team_id is None:
            return
        if self._do(self.ctx.ev.schedule.move_team, team_id, offset):
            self.readout_box.select_row(self.readout_box.order_model.row_of(team_id))

    def set_slot(self) -> None:
        readouts = self.ctx.ev.schedule.plan().readouts
        if (self.talk_spin.value() * 60, self.questions_spin.value() * 60) != (readouts.talk_s, readouts.questions_s):
            self._do(self.ctx.ev.schedule.set_slot, self.talk_spin.value(), self.questions_spin.value())

    # --- projector -------------------------------------------------------------------------------------------

    def pick_screen(self) -> None:
        self._picker = ScreenPicker(self)
        self._picker.accepted.connect(lambda: self.open_projector(self._picker.chosen() if self._picker else None))
        self._picker.open()

    def open_projector(self, screen: Any = None) -> ProjectorWindow:
        if self.projector is None:
            from probono_desk.ui.practice import practice_title

            name = practice_title(self.ctx, self.ctx.ev.info.name)  # EXERCICE on the projector of a practice copy
            self.projector = ProjectorWindow(lambda: self.schedule().at(), name)
            self.projector.closed.connect(self._projector_closed)
            self.projector.needs_pin = self.ctx.ev.privacy.has_pin
            self.projector.pin_check = self.ctx.ev.privacy.check_pin
        self._apply_display()
        self.projector.open_on(screen)
        return self.projector

    def _projector_closed(self) -> None:
        self.window().activateWindow()

    # --- refresh ---------------------------------------------------------------------------------------------

    def _apply_display(self) -> None:
        display = self.ctx.ev.schedule.display()
        for view in [self.preview] + ([self.projector.view] if self.projector else []):
            view.set_options(large_digits=display["large_digits"], show_seconds=display["show_seconds"])
        if self.projector is not None:
            self.projector.chimes.enabled = display["chime"]

    def refresh(self) -> None:
        """The plan and settings changed (here or in another process)."""
        self._loading = True
        try:
            schedule = self.ctx.ev.schedule
            plan = schedule.plan()
            self.plan_panel.show_plan(plan, schedule.problems(), self.refused)
            self.time_box.show_phases(plan.phases)
            self.readout_box.show_readouts(plan.readouts)
            self.projector_box.show_display(schedule.display())
            self._apply_display()
        finally:
            self._loading = False
        self.tick()

    def tick(self) -> None:
        """Once a second: the preview, the state line, the expected times (only what changed is repainted)."""
        try:
            snap = self.schedule().at()
        except Exception:  # noqa: BLE001 - a closed event stops the ticking quietly
            self.timer.stop()
            return
        self.preview.set_snapshot(snap)
        self.model.set_snapshot(snap)
        self._show_state(snap)

    def _show_state(self, s: Snapshot) -> None:
        parts = []
        if self.rehearsal is not None:
            parts.append(self.tr("RÉPÉTITION"))
        if s.current is not None:
            parts.append(
                self.tr("{title} — reste {left}").format(title=s.current.phase.title, left=clock_text(s.remaining_s))
            )
        elif not s.timings:
            parts.append(self.tr("Aucun programme : chargez le modèle Marathon ou ajoutez une phase"))
        elif s.before_day and s.next is not None:
            parts.append(self.tr("Avant la journée — début à {time}").format(time=hhmm(s.next.start)))
        else:
            parts.append(self.tr("Journée terminée"))
        if s.paused:
            parts.append(self.tr("EN PAUSE"))
        text = " · ".join(parts)
        if text != self.state_label.text():
            self.state_label.setText(text)
        details = [self.tr("Journée démarrée") if s.started else self.tr("Journée non démarrée")]
        if s.delay_s:
            sign = "+" if s.delay_s > 0 else "−"
            details.append(
                self.tr("fin prévue décalée de {sign}{minutes} min").format(sign=sign, minutes=abs(s.delay_s) // 60)
            )
        if s.paused_s:
            details.append(self.tr("pauses : {minutes} min").format(minutes=s.paused_s // 60))
        if s.turn is not None:
            details.append(self.tr("passage : {team}").format(team=s.turn.team.name))
        detail = " · ".join(details)
        if detail != self.detail_label.text():
            self.detail_label.setText(detail)
        self.day_box.show_state(s.started, s.paused, s.turn is not None)
