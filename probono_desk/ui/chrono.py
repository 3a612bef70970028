"""The Chrono screen: the organiser drives the room's clock from here — start, pause, ±minutes, shift the rest of
the day, skip, next team, a message for the room — edits the plan, opens the projector, and rehearses."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.dates import hhmm
from probono_desk.core.errors import ProbonoError
from probono_desk.core.schedule import PhaseKind, french_hm, parse_hm
from probono_desk.core.schedule_run import MessageMode, Snapshot
from probono_desk.services.schedule import RehearsalSchedule, ScheduleService
from probono_desk.ui.chrono_plan import KindDelegate, PlanModel, PlanTable
from probono_desk.ui.confirm import confirm
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text, show_error
from probono_desk.ui.projector import ProjectorWindow, ScreenPicker
from probono_desk.ui.projector_view import ProjectorView, clock_text

SPEEDS = [1, 10, 60]
PREVIEW_MIN_W, PREVIEW_MAX_W = 384, 640


def _tight(layout: QBoxLayout) -> None:
    """Group boxes already pad their content (style.py): their layouts add little more."""
    layout.setContentsMargins(4, 2, 4, 2)
    layout.setSpacing(8)


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

        # --- live preview and state ----------------------------------------------------------------------
        self.preview = ProjectorView(self)
        self.preview.setFixedSize(PREVIEW_MIN_W, PREVIEW_MIN_W * 9 // 16)  # grows with the screen, see resizeEvent
        self.preview.event_name = ctx.ev.info.name
        self.state_label = QLabel(self)
        self.state_label.setObjectName("ChronoState")
        self.state_label.setWordWrap(True)
        self.state_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)

        # --- controls ----------------------------------------------------------------------------------------
        self.start_button = self._button(self.tr("Démarrer la journée"), self.start_day)
        self.start_button.setStyleSheet(  # one size in both states: greyed out, its accents were cut off
            "QPushButton { font-weight: bold; padding: 0 10px; }"
            " QPushButton:enabled { background: #2e7d32; color: white; }"
        )
        self.pause_button = self._button(self.tr("Pause"), self.toggle_pause)
        self.pause_button.setShortcut("Ctrl+Space")
        self.skip_button = self._button(self.tr("Phase suivante"), lambda: self._do(self.schedule().skip))
        self.next_team_button = self._button(self.tr("Équipe suivante"), lambda: self._do(self.schedule().next_team))
        day_box = self._group(
            self.tr("Journée"), [self.start_button, self.pause_button, self.skip_button, self.next_team_button]
        )

        self.minute_buttons = {}
        for minutes in (-5, -1, 1, 5):
            label = f"{'+' if minutes > 0 else '−'}{abs(minutes)} min"
            self.minute_buttons[minutes] = self._button(label, lambda _c=False, m=minutes: self.add_minutes(m))
        self.shift_phase = QComboBox(self)
        self.shift_minutes = QSpinBox(self)
        self.shift_minutes.setRange(-120, 120)
        self.shift_minutes.setValue(10)
        self.shift_minutes.setSuffix(" min")
        self.shift_button = self._button(self.tr("Décaler"), self.shift)
        self.shift_phase.setMinimumContentsLength(10)
        self.shift_phase.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.shift_minutes.setFixedWidth(108)
        time_box = QGroupBox(self.tr("Temps de la phase en cours et de la suite"), self)
        time_rows = QVBoxLayout(time_box)
        _tight(time_rows)
        minutes_row = QHBoxLayout()
        for minutes in (-5, -1, 1, 5):
            minutes_row.addWidget(self.minute_buttons[minutes])
        minutes_row.addStretch(1)
        shift_row = QHBoxLayout()
        shift_row.addWidget(QLabel(self.tr("Décaler à partir de"), time_box))
        shift_row.addWidget(self.shift_phase, 1)
        shift_row.addWidget(self.shift_minutes)
        shift_row.addWidget(self.shift_button)
        time_rows.addLayout(minutes_row)
        time_rows.addLayout(shift_row)

        self.message_edit = QLineEdit(self)
        self.message_edit.setPlaceholderText(self.tr("Message pour la salle"))
        self.message_mode = QComboBox(self)
        self.message_mode.addItem(self.tr("Afficher"), MessageMode.SHOW.value)
        self.message_mode.addItem(self.tr("Clignoter"), MessageMode.BLINK.value)
        self.message_mode.addItem(self.tr("Écran noir"), MessageMode.BLACKOUT.value)
        self.send_button = self._button(self.tr("Envoyer"), self.send_message)
        self.message_edit.returnPressed.connect(self.send_message)
        self.clear_button = self._button(self.tr("Effacer"), self.clear_message)
        message_box = QGroupBox(self.tr("Message"), self)
        row = QHBoxLayout(message_box)
        _tight(row)
        row.addWidget(self.message_edit, 1)
        row.addWidget(self.message_mode)
        row.addWidget(self.send_button)
        row.addWidget(self.clear_button)

        self.projector_button = self._button(self.tr("Ouvrir l'écran projecteur…"), self.pick_screen)
        self.chime_box = QCheckBox(self.tr("Carillon"), self)
        self.large_box = QCheckBox(self.tr("Grands chiffres"), self)
        self.seconds_box = QCheckBox(self.tr("Secondes"), self)
        for key, box in (
            ("chime", self.chime_box),
            ("large_digits", self.large_box),
            ("show_seconds", self.seconds_box),
        ):
            box.toggled.connect(lambda on, k=key: self.set_display(k, on))
        projector_box = self._group(
            self.tr("Projecteur"), [self.projector_button, self.chime_box, self.large_box, self.seconds_box]
        )

        self.rehearsal_box = QCheckBox(self.tr("Répétition"), self)
        self.rehearsal_box.setToolTip(self.tr("Le plan tourne à l'heure choisie, sans toucher au chrono du jour."))
        self.rehearsal_time = QTimeEdit(QTime(8, 25), self)
        self.rehearsal_time.setDisplayFormat("HH:mm")
        self.rehearsal_speed = QComboBox(self)
        for speed in SPEEDS:
            self.rehearsal_speed.addItem(f"×{speed}", speed)
        self.rehearsal_button = self._button(self.tr("Lancer"), self.start_rehearsal)
        self.rehearsal_box.toggled.connect(self.toggle_rehearsal)
        self.rehearsal_time.setFixedWidth(100)
        rehearsal_group = self._group(
            self.tr("Répétition"),
            [self.rehearsal_box, self.rehearsal_time, self.rehearsal_speed, self.rehearsal_button],
        )

        # Left, what the room sees and the state; right, what the operator presses all day; below, the set-up.
        left = QVBoxLayout()
        left.addWidget(self.preview)
        left.addWidget(self.state_label)
        left.addWidget(self.detail_label)
        left.addStretch(1)
        controls = QVBoxLayout()
        controls.setSpacing(6)
        for group in (day_box, time_box, message_box):
            controls.addWidget(group)
        controls.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(left)
        top.addLayout(controls, 1)
        setup = QHBoxLayout()
        setup.setSpacing(12)
        setup.addWidget(projector_box, 1)
        setup.addWidget(rehearsal_group)

        # --- the plan ----------------------------------------------------------------------------------------
        self.model = PlanModel(self.edit_cell, self)
        self.table = PlanTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(PlanModel.COL_KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("PlanProblems")
        self.problems_label.setWordWrap(True)
        self.add_button = self._button(self.tr("Ajouter une phase après"), self.add_phase)
        self.remove_button = self._button(self.tr("Supprimer la phase"), self.remove_phase)
        self.template_button = self._button(self.tr("Charger le modèle Marathon"), self.load_template)
        plan_buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.template_button):
            plan_buttons.addWidget(b)
        plan_buttons.addStretch(1)
        plan = QWidget(self)
        plan_box = QVBoxLayout(plan)
        plan_box.setContentsMargins(0, 0, 0, 0)
        plan_box.setSpacing(4)
        plan_box.addWidget(self.table, 1)
        plan_box.addWidget(self.problems_label)
        plan_box.addLayout(plan_buttons)

        self.teams = QListWidget(self)
        self.team_up = self._button("↑", lambda: self.move_team(-1))
        self.team_down = self._button("↓", lambda: self.move_team(+1))
        self.talk_spin = QSpinBox(self)
        self.talk_spin.setRange(1, 30)
        self.talk_spin.setSuffix(self.tr(" min de présentation"))
        self.questions_spin = QSpinBox(self)
        self.questions_spin.setRange(0, 30)
        self.questions_spin.setSuffix(self.tr(" min de questions"))
        self.talk_spin.editingFinished.connect(self.set_slot)
        self.questions_spin.editingFinished.connect(self.set_slot)
        readout_box = QGroupBox(self.tr("Ordre de passage des restitutions"), self)
        rb = QVBoxLayout(readout_box)
        _tight(rb)
        arrows = QVBoxLayout()
        arrows.addWidget(self.team_up)
        arrows.addWidget(self.team_down)
        arrows.addStretch(1)
        order = QHBoxLayout()
        order.addWidget(self.teams, 1)
        order.addLayout(arrows)
        rb.addLayout(order, 1)
        rb.addWidget(self.talk_spin)
        rb.addWidget(self.questions_spin)
        bold = QFont(readout_box.font())
        bold.setBold(True)
        readout_box.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(readout_box.title()) + 40)
        self.teams.setMinimumHeight(80)
        self.teams.setWordWrap(True)
        self.teams.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for arrow in (self.team_up, self.team_down):
            arrow.setFixedWidth(44)

        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(plan)
        bottom.addWidget(readout_box)
        bottom.setStretchFactor(0, 1)
        bottom.setChildrenCollapsible(False)
        bottom.setSizes([900, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(setup)
        layout.addWidget(bottom, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        ctx.event_closed.connect(self._event_closed)
        self.refresh()

    def _event_closed(self) -> None:
        """The projector is a window of its own: it would keep reading the closed file four times a second."""
        self.timer.stop()
        if self.projector is not None:
            projector, self.projector = self.projector, None
            projector.timer.stop()
            projector.closed.disconnect(self._projector_closed)
            projector.close()
            projector.deleteLater()

    # --- helpers -------------------------------------------------------------------------------------------------

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setMinimumHeight(36)
        button.clicked.connect(slot)
        return button

    def _group(self, title: str, widgets: list[QWidget]) -> QGroupBox:
        box = QGroupBox(title, self)
        row = QHBoxLayout(box)
        _tight(row)
        for w in widgets:
            row.addWidget(w)
        row.addStretch(1)
        return box

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
        if getattr(self, "_plan_unlocked", False) or not ev.privacy.has_pin() or not ev.schedule.at().started:
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
            self.problems_label.setText(self.tr("Refusé : {why}").format(why=self.refused))
            self.problems_label.setStyleSheet("color: #b3261e; font-weight: bold;")
            return False
        self.refused = ""
        QTimer.singleShot(0, self.ctx.notify_changed)  # after the view has finished its edit
        return True

    def selected_phase_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.phase(rows[0].row()).id if rows else None

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
            self.tr("Remplacer tout le programme par le modèle Marathon (8h30–17h30) ? Les phases actuelles seront "
                    "perdues."),
            self.tr("Remplacer le programme"),
            lambda: self._do(self.ctx.ev.schedule.load_default),
        )

    def move_team(self, offset: int) -> None:
        item = self.teams.currentItem()
        if item is None:
            return
        team_id = str(item.data(Qt.ItemDataRole.UserRole))
        if self._do(self.ctx.ev.schedule.move_team, team_id, offset):
            for row in range(self.teams.count()):
                if self.teams.item(row).data(Qt.ItemDataRole.UserRole) == team_id:
                    self.teams.setCurrentRow(row)

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
            self.projector = ProjectorWindow(lambda: self.schedule().at(), self.ctx.ev.info.name)
            self.projector.closed.connect(self._projector_closed)
            self.projector.needs_pin = self.ctx.ev.privacy.has_pin
            self.projector.pin_check = self.ctx.ev.privacy.check_pin
        self._apply_display()
        self.projector.open_on(screen)
        return self.projector

    def _projector_closed(self) -> None:
        self.window().activateWindow()

    # --- refresh ---------------------------------------------------------------------------------------------

    _loading = False
    refused = ""

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
            problems = schedule.problems()
            self.model.set_plan(list(plan.phases), {p.phase_id for p in problems if p.level == "error"})
            if problems:
                self.problems_label.setText(
                    "\n".join(("⚠ " if p.level == "warning" else "✖ ") + p.message for p in problems)
                )
                self.problems_label.setStyleSheet("color: #8a5300;")
            elif not self.refused:
                if plan.phases:
                    text = self.tr("Programme valide : {count} phases, de {start} à {end}.").format(
                        count=len(plan.phases),
                        start=french_hm(plan.phases[0].start),
                        end=french_hm(plan.phases[-1].end),
                    )
                else:
                    text = self.tr("Aucune phase : chargez le modèle Marathon.")
                self.problems_label.setText(text)
                self.problems_label.setStyleSheet("color: #2e7d32;")
            current = self.shift_phase.currentData()
            self.shift_phase.clear()
            self.shift_phase.addItem(self.tr("la phase suivante"), "")
            for p in plan.phases:
                self.shift_phase.addItem(f"{french_hm(p.start)} {p.title}", p.id)
            self.shift_phase.setCurrentIndex(max(0, self.shift_phase.findData(current)))
            selected = self.teams.currentRow()
            self.teams.clear()
            for team in plan.readouts.teams:
                item = QListWidgetItem(team.name)
                item.setData(Qt.ItemDataRole.UserRole, team.id)
                self.teams.addItem(item)
            self.teams.setCurrentRow(selected)
            self.talk_spin.setValue(plan.readouts.talk_s // 60)
            self.questions_spin.setValue(plan.readouts.questions_s // 60)
            display = schedule.display()
            self.chime_box.setChecked(display["chime"])
            self.large_box.setChecked(display["large_digits"])
            self.seconds_box.setChecked(display["show_seconds"])
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
        self.start_button.setEnabled(not s.started)
        self.pause_button.setText(self.tr("Reprendre") if s.paused else self.tr("Pause"))
        self.next_team_button.setEnabled(s.turn is not None)
