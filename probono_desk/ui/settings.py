"""The Paramètres screen: the event's name, date, venue and the language of its documents; this station's name; the
interface language; backups.

Also the one place that says where the app's own settings live: an INI file in the user data folder, so tests
(``PROBONO_DATA_DIR``) never touch a developer's real settings.
"""

from __future__ import annotations

from datetime import date as date_cls
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.dates import hhmm
from probono_desk.core.errors import ProbonoError
from probono_desk.services.event import default_backup_dir
from probono_desk.ui.app_settings import (  # noqa: F401 - app_settings and saved_station re-exported
    KEY_LANGUAGE,
    KEY_STATION,
    app_settings,
    saved_language,
    saved_station,
)
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text


def to_qdate(iso_date: str) -> QDate:
    try:
        d = date_cls.fromisoformat(iso_date)
    except ValueError:
        return QDate.currentDate()
    return QDate(d.year, d.month, d.day)


def _share_label_width(*forms: QFormLayout) -> None:
    """Give every label of these forms the width of the widest, so their fields line up from one form to the next."""
    labels: list[QWidget] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None:
                labels.append(widget)
    label_width = max(label.sizeHint().width() for label in labels)
    for label in labels:
        label.setMinimumWidth(label_width)


class SettingsScreen(QWidget):
    nav_key = "settings"

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Paramètres")
        title = QLabel(self.tr("Paramètres"), self)
        title.setProperty("role", "title")
        event_box, event_form = self._build_event_box()
        station_box, station_form = self._build_station_box()
        backup_box, backup_form = self._build_backup_box()
        content = QWidget(self)
        content.setObjectName("SettingsContent")
        content.setStyleSheet("QWidget#SettingsContent { background: white; }")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 12, 0)
        inner.setSpacing(14)
        inner.addWidget(title)
        from probono_desk.ui.privacy_actions import PinSettingsBox

        self.pin_box = PinSettingsBox(ctx, self)
        for box in (event_box, station_box, backup_box, self.pin_box):
            box.setMaximumWidth(820)
            inner.addWidget(box)
        # One label column for the three boxes: the fields line up from one box to the next.
        _share_label_width(event_form, station_form, backup_form)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._connect()
        self.refresh()

    def _build_event_box(self) -> tuple[QGroupBox, QFormLayout]:
        """The event's name, date, venue and document language, with their Enregistrer button."""
        box = QGroupBox(self.tr("L'événement"), self)
        self.name_edit = QLineEdit(box)
        self.date_edit = QDateEdit(box)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.venue_edit = QLineEdit(box)
        self.venue_edit.setPlaceholderText(self.tr("par exemple : EuraTechnologies, Lille"))
        from probono_desk.ui.start_page import language_combo

        self.document_language_combo = language_combo(box, self.ctx.ev.language)
        self.save_event_button = QPushButton(self.tr("Enregistrer"), box)
        self.save_event_button.setProperty("primary", True)
        self.event_message = QLabel(box)
        self.event_message.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Lieu"), self.venue_edit)
        form.addRow(self.tr("Langue des documents"), self.document_language_combo)
        row = QHBoxLayout()
        row.addWidget(self.save_event_button)
        row.addWidget(self.event_message, 1)
        form.addRow("", row)
        return box, form

    def _build_station_box(self) -> tuple[QGroupBox, QFormLayout]:
        """This laptop's station name and interface language."""
        box = QGroupBox(self.tr("Ce poste"), self)
        self.station_edit = QLineEdit(box)
        self.station_edit.setPlaceholderText(self.tr("par exemple : Accueil 1"))
        self.station_edit.setText(self.ctx.ev.station)
        self.language_combo = QComboBox(box)
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        current = saved_language() or "fr"
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.station_message = QLabel(box)
        self.station_message.setProperty("role", "muted")
        self.station_message.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Nom du poste"), self.station_edit)
        form.addRow(self.tr("Langue de l'interface"), self.language_combo)
        form.addRow("", self.station_message)
        return box, form

    def _build_backup_box(self) -> tuple[QGroupBox, QFormLayout]:
        """Where the backups go, the last one, and the buttons that make one now or open the folder."""
        box = QGroupBox(self.tr("Sauvegardes"), self)
        self.backup_folder_label = QLabel(box)
        self.backup_folder_label.setWordWrap(True)
        self.backup_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_backup_label = QLabel(box)
        self.backup_now_button = QPushButton(self.tr("Sauvegarder maintenant"), box)
        self.open_folder_button = QPushButton(self.tr("Ouvrir le dossier"), box)
        explain = QLabel(
            self.tr(
                "Une copie complète de l'événement est faite toutes les 5 minutes et à la fermeture "
                "(les 24 copies automatiques et les 10 de fermeture les plus récentes sont gardées). "
                "Fichier → Restaurer une sauvegarde… pour revenir à l'une d'elles."
            ),
            box,
        )
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_now_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        form = QFormLayout(box)
        form.addRow(self.tr("Dossier"), self.backup_folder_label)
        form.addRow(self.tr("Dernière"), self.last_backup_label)
        form.addRow("", explain)
        form.addRow("", buttons)
        return box, form

    def _connect(self) -> None:
        self.save_event_button.clicked.connect(self.save_event)
        self.station_edit.editingFinished.connect(self.save_station)
        self.language_combo.currentIndexChanged.connect(self.save_language)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.open_folder_button.clicked.connect(self.open_backup_folder)

    # --- data ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        info = self.ctx.ev.info
        if not self.name_edit.hasFocus():
            self.name_edit.setText(info.name)
        if not self.venue_edit.hasFocus():
            self.venue_edit.setText(info.venue)
        if not self.date_edit.hasFocus():
            self.date_edit.setDate(to_qdate(info.date))
        if not self.document_language_combo.hasFocus():
            combo = self.document_language_combo
            combo.setCurrentIndex(max(0, combo.findData(self.ctx.ev.language)))
        self.backup_folder_label.setText(str(self.backup_folder() or self.tr("(événement en mémoire)")))
        last = self.ctx.ev.last_backup
        self.last_backup_label.setText(hhmm(last) if last else self.tr("pas encore"))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - the last backup time moves on a timer
        self.refresh()
        super().showEvent(event)

    def backup_folder(self) -> Path | None:
        path = self.ctx.ev.path
        return default_backup_dir(path) if path is not None else None

    def save_event(self) -> None:
        date = self.date_edit.date().toString("yyyy-MM-dd")
        try:
            self.ctx.ev.rename(self.name_edit.text(), date, self.venue_edit.text())
            self.ctx.ev.set_language(str(self.document_language_combo.currentData()))
        except ProbonoError as exc:
            self._say(self.event_message, error_text(exc), "error")
            return
        self._say(self.event_message, self.tr("Enregistré."), "ok")
        self.ctx.notify_changed()

    def save_station(self) -> None:
        name = self.station_edit.text().strip()
        if not name:
            self.station_edit.setText(self.ctx.ev.station)
            return
        if name == self.ctx.ev.station:
            return
        app_settings().setValue(KEY_STATION, name)
        self.ctx.ev.station = name  # the journal's next rows carry the new name
        self.station_message.setText(self.tr("Nom du poste enregistré : {name}.").format(name=name))
        self.ctx.notify_changed()

    def save_language(self) -> None:
        lang = str(self.language_combo.currentData())
        app_settings().setValue(KEY_LANGUAGE, lang)
        self.station_message.setText(self.tr("La langue choisie s'appliquera au prochain démarrage."))

    def backup_now(self) -> None:
        window = self.window()
        backup = getattr(window, "backup_now", None)
        target = backup() if callable(backup) else self.ctx.ev.backup()
        self.refresh()
        if target is not None:
            self.last_backup_label.setText(
                self.tr("{time} — {name}").format(time=hhmm(self.ctx.ev.last_backup or ""), name=target.name)
            )

    def open_backup_folder(self) -> None:
        folder = self.backup_folder()
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    @staticmethod
    def _say(label: QLabel, text: str, role: str) -> None:
        label.setText(text)
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
