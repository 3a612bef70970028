"""« Héberger l'événement » (the join code in big letters and as a QR code the others' webcams read) and
« Rejoindre un hôte » (a typed code and address, a pasted/scanned ticket, or a hub heard on the network)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.errors import ProbonoError
from probono_desk.output.qr import QUIET, qr_matrix
from probono_desk.ui.errors import error_text
from probono_desk.ui.start_lists import HubsModel
from probono_desk.ui.table_model import list_view

if TYPE_CHECKING:
    from probono_desk.ui.stations import StationsController


def qr_image(text: str, size: int = 320) -> QImage:
    """The QR symbol of ``text`` painted on a white ``size``×``size`` image (quiet zone included), no Pillow."""
    matrix = qr_matrix(text)
    count = len(matrix) + 2 * QUIET
    module = max(1, size // count)
    side = module * count
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF((QUIET + c) * module, (QUIET + r) * module, module, module))
    painter.end()
    return image


class HostDialog(QDialog):
    """Starts the hub (if this window does not host yet) and shows how to join it."""

    hosted = Signal()

    def __init__(self, controller: StationsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Héberger l'événement"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.code_label = QLabel(self)
        self.code_label.setObjectName("JoinCode")
        font = QFont(self.font())
        font.setPointSize(34)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamily("DejaVu Sans Mono")
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label = QLabel(self)
        self.address_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr_label = QLabel(self)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stations_label = QLabel(self)
        self.stations_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stop_button = QPushButton(self.tr("Arrêter d'héberger"), self)
        self.stop_button.clicked.connect(self.stop_hosting)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.code_label)
        layout.addWidget(self.address_label)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.stations_label)
        layout.addWidget(buttons)
        controller.state_changed.connect(self._show_stations)
        if controller.hub is not None:
            self._show(controller.hub)
        else:
            self.intro.setText(self.tr("Démarrage de l'hôte…"))
            self.stop_button.setEnabled(False)
            controller.start_hosting(self._started, self._failed)

    def _started(self, hub: Any) -> None:
        self._show(hub)
        self.hosted.emit()

    def _failed(self, exc: BaseException) -> None:
        self.intro.setText(error_text(exc))
        self.stop_button.setEnabled(False)

    def _show(self, hub: Any) -> None:
        self.intro.setText(
            self.tr(
                "Sur chaque autre poste : Fichier → Rejoindre un hôte…, puis tapez le code et l'adresse, ou montrez "
                "ce QR code à sa webcam. Le code ouvre cet événement seulement ; ne l'affichez pas au public."
            )
        )
        self.code_label.setText(hub.display_code)
        self.address_label.setText(self.tr("Adresse : {address}").format(address=hub.address))
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(hub.ticket(), 300)))
        self.stop_button.setEnabled(True)
        self._show_stations(self.controller.state)

    def _show_stations(self, state: Any) -> None:
        if state is None or self.controller.hub is None:
            return
        names = ", ".join(state.stations) if state.stations else self.tr("aucun pour l'instant")
        self.stations_label.setText(self.tr("Postes connectés : {names}").format(names=names))

    def stop_hosting(self) -> None:
        self.controller.stop()
        self.accept()


class JoinDialog(QDialog):
    """A typed code and address, a ticket pasted or read from the hub's QR code, or a hub heard on the network."""

    def __init__(self, controller: StationsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Rejoindre un hôte"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        intro = QLabel(
            self.tr(
                "Tapez le code et l'adresse affichés par le poste hôte (ou collez le texte de son QR code), ou "
                "choisissez l'hôte trouvé sur le réseau."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText("BKTF-HJSD-LNOP-RSTU")
        self.address_edit = QLineEdit(self)
        self.address_edit.setPlaceholderText("192.168.1.12:4222")
        self.found_model = HubsModel(self)
        self.found = list_view(self, self.found_model, wrap=True)
        self.found.setMaximumHeight(110)
        self.found.clicked.connect(self._pick)
        self.problem = QLabel(self)
        self.problem.setObjectName("JoinProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00;")
        form = QFormLayout()
        form.addRow(self.tr("Code de connexion"), self.code_edit)
        form.addRow(self.tr("Adresse de l'hôte"), self.address_edit)
        form.addRow(self.tr("Hôtes trouvés"), self.found)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button = buttons.addButton(self.tr("Rejoindre"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.join)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.browser: Any = None
        self._listen()
        self.finished.connect(lambda _result: self._close_browser())

    def _listen(self) -> None:
        from probono_desk.sync.discovery import lan_addresses, mdns_allowed

        if not mdns_allowed() or not lan_addresses():
            self.found_model.set_hubs([])
            return
        try:
            from probono_desk.sync.discovery import Browser

            self.browser = Browser(on_change=lambda hubs: None)
        except Exception:  # noqa: BLE001 - no multicast on this network: typing the address still works
            self.browser = None
            return
        from PySide6.QtCore import QTimer

        self._poll = QTimer(self)
        self._poll.setInterval(700)
        self._poll.timeout.connect(self._refresh_found)
        self._poll.start()

    def _refresh_found(self) -> None:
        if self.browser is None:
            return
        self.found_model.set_hubs(self.browser.hubs())

    def _pick(self, index: QModelIndex) -> None:
        address = index.data(HubsModel.ADDRESS_ROLE)
        if address:
            self.address_edit.setText(str(address))

    def _close_browser(self) -> None:
        if self.browser is not None:
            self.browser.close()
            self.browser = None

    def join(self) -> None:
        from probono_desk.core.joincode import read_ticket
        from probono_desk.services.stations import read_address, read_code

        code_text, address_text = self.code_edit.text(), self.address_edit.text()
        try:
            try:
                ticket = read_ticket(code_text)
                address, code = ticket.address, ticket.code
            except ValueError:
                code = read_code(code_text)
                address = read_address(address_text)
            self.controller.join(address, code)
        except ProbonoError as exc:
            self.problem.setText(error_text(exc))
            return
        self.accept()
