"""The start page: recent events, a new event, open a file, the demo, import registrations."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from probono_desk import __version__
from probono_desk.core.errors import ProbonoError
from probono_desk.core.i18n import LANGUAGE_NAMES, interface_language
from probono_desk.ui.errors import error_text
from probono_desk.ui.start_lists import RecentEventsModel
from probono_desk.ui.table_model import list_view

if TYPE_CHECKING:
    from probono_desk.ui.launcher import Launcher
    from probono_desk.ui.main_window import MainWindow



def event_filter() -> str:
    return QCoreApplication.translate("StartPage", "Événement probono_desk (*.probono);;Tous les fichiers (*)")


def default_events_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs or Path.home()) / "probono_desk"


def file_name_for(name: str) -> str:
    """A safe file name from an event name: 'Marathon Probono Lille 2019.probono'."""
    base = re.sub(r'[\\/:*?"<>|]+', " ", name).strip().strip(".")
    base = re.sub(r"\s+", " ", base)[:80]
    return f"{base or 'evenement'}.probono"


def _big_button(text: str, parent: QWidget, primary: bool = False) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("big", True)
    if primary:
        button.setProperty("primary", True)
    button.setMinimumHeight(52)
    return button


class StartPage(QWidget):
    """The first window when no event is open."""

    def __init__(self, launcher: Launcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.launcher = launcher
        self.setObjectName("StartPage")
        self.setWindowTitle("probono_desk")
        self.resize(1280, 800)
        self._dialog: QWidget | None = None

        left = self._build_welcome()
        card = self._build_recent_card()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(48)
        layout.addLayout(left, 2)
        layout.addWidget(card, 3)
        self._connect()
        self.refresh()

    def _build_welcome(self) -> QVBoxLayout:
        """The left column: what the application is, then what one can do from here."""
        brand = QLabel(self.tr("Marathon Probono"), self)
        brand.setObjectName("Brand")
        title = QLabel("probono_desk", self)
        title.setObjectName("EventTitle")
        title.setStyleSheet("font-size: 28pt;")
        tagline = QLabel(
            self.tr(
                "Le poste de pilotage de la journée : check-in à l'accueil, équipes des structures, chrono du "
                "projecteur, livrables et impressions. Hors ligne ; tout l'événement tient dans un seul fichier."
            ),
            self,
        )
        tagline.setWordWrap(True)
        tagline.setProperty("role", "muted")
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(brand)
        left.addWidget(title)
        left.addWidget(tagline)
        left.addSpacing(24)
        left.addLayout(self._build_actions(), 1)
        return left

    def _build_actions(self) -> QVBoxLayout:
        """New, open, import, the two demos, and the version at the bottom."""
        self.new_button = _big_button(self.tr("Nouvel événement…"), self, primary=True)
        self.open_button = _big_button(self.tr("Ouvrir un événement…"), self)
        self.import_button = _big_button(self.tr("Importer des inscriptions…"), self)
        demos = self._demo_buttons()
        actions = QVBoxLayout()
        actions.setSpacing(12)
        for button in (self.new_button, self.open_button, self.import_button):
            actions.addWidget(button)
        actions.addLayout(demos)
        actions.addStretch(1)
        version = QLabel(self.tr("Version {version}").format(version=__version__), self)
        version.setProperty("role", "muted")
        actions.addWidget(version)
        return actions

    def _build_recent_card(self) -> QFrame:
        """The recent events (or a line saying there are none yet) and their Ouvrir button."""
        recent_title = QLabel(self.tr("Événements récents"), self)
        recent_title.setProperty("role", "section")
        self.recent_model = RecentEventsModel(self)
        self.recent_list = list_view(self, self.recent_model, "RecentEvents")
        self.recent_list.setStyleSheet("QListView#RecentEvents::item { padding: 10px 12px; }")
        self.empty_label = QLabel(
            self.tr("Aucun événement récent. Créez un événement ou ouvrez la démo pour découvrir l'application."),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "muted")
        self.open_recent_button = QPushButton(self.tr("Ouvrir"), self)
        recent_buttons = QHBoxLayout()
        recent_buttons.addStretch(1)
        recent_buttons.addWidget(self.open_recent_button)

        card = QFrame(self)
        card.setObjectName("Card")
        right = QVBoxLayout(card)
        right.setContentsMargins(20, 16, 20, 16)
        right.addWidget(recent_title)
        right.addWidget(self.recent_list, 1)
        right.addWidget(self.empty_label)
        right.addStretch(0)
        right.addLayout(recent_buttons)
        self._right = right
        return card

    def _demo_buttons(self) -> QHBoxLayout:
        """The day before (« Ouvrir la démo ») and, beside it, the demo once the day and its Trail are over."""
        self.demo_button = _big_button(self.tr("Ouvrir la démo"), self)
        self.demo_button.setToolTip(
            self.tr("Une copie neuve de l'événement de démonstration : 5 structures, 50 bénévoles")
        )
        self.demo_after_button = _big_button(self.tr("Démo : après la journée"), self)
        self.demo_after_button.setToolTip(
            self.tr(
                "La démonstration une fois la journée passée : 42 présent·es, cinq livrables validés, les binômes "
                "du Trail, les questionnaires, le bilan"
            )
        )
        demos = QHBoxLayout()
        demos.setSpacing(12)
        demos.addWidget(self.demo_button, 1)
        demos.addWidget(self.demo_after_button, 1)
        return demos

    def _connect(self) -> None:
        self.new_button.clicked.connect(lambda: self._keep(self.launcher.ask_new_event(self)))
        self.open_button.clicked.connect(lambda: self.launcher.ask_open(self))
        self.import_button.clicked.connect(self.import_registrations)
        self.demo_button.clicked.connect(lambda: self.open_demo())
        self.demo_after_button.clicked.connect(lambda: self.open_demo(after_the_day=True))
        self.recent_list.activated.connect(self._open_item)
        self.recent_list.doubleClicked.connect(self._open_item)
        self.open_recent_button.clicked.connect(lambda: self._open_item(self.recent_list.currentIndex()))

    def refresh(self) -> None:
        from probono_desk.ui.app_settings import recent_events

        self.recent_model.set_paths(recent_events())
        has_items = self.recent_model.rowCount() > 0
        self.recent_list.setVisible(has_items)
        self.open_recent_button.setVisible(has_items)
        self.empty_label.setVisible(not has_items)
        self._right.setStretch(self._right.indexOf(self.empty_label) + 1, 0 if has_items else 1)
        if has_items:
            self.recent_list.setCurrentIndex(self.recent_model.index(0, 0))

    def _keep(self, dialog: QWidget) -> None:
        self._dialog = dialog

    def _open_item(self, index: QModelIndex) -> None:
        if index.isValid():
            self.launcher.try_open(Path(str(index.data(RecentEventsModel.PATH_ROLE))), self)

    def open_demo(self, after_the_day: bool = False) -> None:
        try:
            self.launcher.open_demo(after_the_day)
        except ProbonoError as exc:
            from probono_desk.ui.errors import show_error

            show_error(self, exc)

    def import_registrations(self) -> None:
        """Registrations go into an event: create one (or open an existing one), then the import dialog."""
        self._keep(self.launcher.ask_new_event(self, then_import=True))


def language_combo(parent: QWidget, current: str | None = None) -> QComboBox:
    """The language an event's documents and exports speak: French or English, the interface's by default."""
    combo = QComboBox(parent)
    for code, name in LANGUAGE_NAMES.items():  # each language in its own words, as in Paramètres
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current or interface_language())))
    combo.setToolTip(
        QCoreApplication.translate(
            "StartPage",
            "Badges, feuilles, attestations, bilan et exports sont écrits dans cette langue, "
            "quelle que soit celle de l'interface.",
        )
    )
    return combo


class NewEventDialog(QDialog):
    """Name, date, venue, the language of its documents and where the file goes. Errors are said in the dialog,
    in plain French."""

    def __init__(self, launcher: Launcher, parent: QWidget | None = None, then_import: bool = False) -> None:
        super().__init__(parent)
        self.launcher = launcher
        self.then_import = then_import
        self.window_opened: MainWindow | None = None
        self.setWindowTitle(self.tr("Nouvel événement"))
        self.setMinimumWidth(620)
        self._path_edited = False

        intro = QLabel(
            self.tr("Créez l'événement, puis importez ses inscriptions.")
            if then_import
            else self.tr("Un événement = un fichier : copiez-le sur une clé USB pour l'emporter sur un autre poste."),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        form = self._build_form()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._connect()
        self._suggest_path("")

    def _build_form(self) -> QFormLayout:
        """Name, date, venue, document language and file, then the line where errors are said."""
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("par exemple : Marathon Probono Lille"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.venue_edit = QLineEdit(self)
        self.venue_edit.setPlaceholderText(self.tr("par exemple : EuraTechnologies, Lille"))
        self.language_combo = language_combo(self)
        self.path_edit = QLineEdit(self)
        self.browse_button = QPushButton(self.tr("Choisir…"), self)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.error_label = QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Nom de l'événement"), self.name_edit)
        form.addRow(self.tr("Date"), self.date_edit)
        form.addRow(self.tr("Lieu"), self.venue_edit)
        form.addRow(self.tr("Langue des documents"), self.language_combo)
        form.addRow(self.tr("Fichier"), path_row)
        return form

    def _build_buttons(self) -> None:
        """Create (and import), import into an existing event when that is the errand, cancel."""
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("Créer et importer…") if self.then_import else self.tr("Créer l'événement"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        if self.then_import:
            self.existing_button = self.buttons.addButton(
                self.tr("Importer dans un événement existant…"), QDialogButtonBox.ButtonRole.ActionRole
            )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))

    def _connect(self) -> None:
        self.name_edit.textEdited.connect(self._suggest_path)
        self.path_edit.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        self.browse_button.clicked.connect(self._browse)
        if self.then_import:
            self.existing_button.clicked.connect(self.import_into_existing)
        self.buttons.accepted.connect(self.create_event)
        self.buttons.rejected.connect(self.reject)

    def _suggest_path(self, name: str) -> None:
        if not self._path_edited:
            self.path_edit.setText(str(default_events_folder() / file_name_for(name or self.tr("Marathon Probono"))))

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Où enregistrer l'événement ?"), self.path_edit.text(), event_filter()
        )
        if path:
            self._path_edited = True
            self.path_edit.setText(path)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def create_event(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.show_error(self.tr("Donnez un nom à l'événement."))
            self.name_edit.setFocus()
            return
        path_text = self.path_edit.text().strip()
        if not path_text:
            self.show_error(self.tr("Choisissez où enregistrer le fichier de l'événement."))
            return
        path = Path(path_text).expanduser()
        if path.suffix.lower() != ".probono":
            path = path.with_name(path.name + ".probono")
        if path.exists():
            self.show_error(
                self.tr("Le fichier « {path} » existe déjà : choisissez un autre nom ou ouvrez-le.").format(path=path)
            )
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.show_error(
                self.tr("Impossible de créer le dossier « {folder} » : {why}.").format(
                    folder=path.parent, why=exc.strerror or str(exc)
                )
            )
            return
        date = self.date_edit.date().toString("yyyy-MM-dd")
        try:
            window = self.launcher.create_event(
                path, name, date, self.venue_edit.text(), language=str(self.language_combo.currentData())
            )
        except ProbonoError as exc:
            self.show_error(error_text(exc))
            return
        self.window_opened = window
        self.accept()
        if self.then_import:
            window.open_import()

    def import_into_existing(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Ouvrir un événement"), "", event_filter())
        if path:
            self.open_existing_and_import(Path(path))

    def open_existing_and_import(self, path: Path) -> None:
        try:
            window = self.launcher.open_path(path)
        except ProbonoError as exc:
            self.show_error(error_text(exc))
            return
        self.window_opened = window
        self.accept()
        window.open_import()
