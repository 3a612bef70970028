"""Impressions: choose a document, preview it (QtPdf), print it through the system dialog or save it as PDF.

The PDF is written off the UI thread by the same ``DocumentsService.render`` as ``probono-desk print``; the worker
opens its own connection to the event file (an ``Event`` is not shared between threads)."""

from __future__ import annotations

import shutil
import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from probono_desk.core.errors import ProbonoError
from probono_desk.core.i18n import QT_TRANSLATE_NOOP
from probono_desk.services.documents import KINDS, NEEDS_PIN
from probono_desk.services.outputs import copy_file
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import error_text, show_error
from probono_desk.ui.save_target import NO_DIALOG_QUESTION, write_then
from probono_desk.ui.tasks import Op

KIND_LABELS = {
    "badges": (
        QT_TRANSLATE_NOOP("prints", "Badges"),
        QT_TRANSLATE_NOOP("prints", "un badge par bénévole, avec son QR"),
    ),
    "team-sheets": (
        QT_TRANSLATE_NOOP("prints", "Fiches équipes"),
        QT_TRANSLATE_NOOP("prints", "une page par structure pour son / sa référent·e"),
    ),
    "sign-in": (
        QT_TRANSLATE_NOOP("prints", "Feuilles d'émargement"),
        QT_TRANSLATE_NOOP("prints", "par équipe, matin et après-midi (mécénat de compétences)"),
    ),
    "certificates": (
        QT_TRANSLATE_NOOP("prints", "Attestations de participation"),
        QT_TRANSLATE_NOOP("prints", "une par bénévole présent·e, et le récapitulatif par entreprise"),
    ),
    "table-signs": (
        QT_TRANSLATE_NOOP("prints", "Chevalets de table"),
        QT_TRANSLATE_NOOP("prints", "A4 paysage, lisibles à 10 m"),
    ),
    "rundown": (QT_TRANSLATE_NOOP("prints", "Déroulé"), QT_TRANSLATE_NOOP("prints", "le programme de la journée")),
    "report": (
        QT_TRANSLATE_NOOP("prints", "Bilan"),
        QT_TRANSLATE_NOOP("prints", "présence, livrables, Trail, évaluations"),
    ),
    "bilan": (
        QT_TRANSLATE_NOOP("prints", "Bilan du programme"),
        QT_TRANSLATE_NOOP("prints", "après le Trail : parcours, heures de mécénat de compétences, impact"),
    ),
}
PER_STRUCTURE = {"team-sheets", "sign-in", "table-signs"}
MAX_PRINT_DPI = 300


def _tr(text: str) -> str:
    return QCoreApplication.translate("prints", text)


class PrintsScreen(QWidget):
    nav_key = "prints"
    preview_shown = Signal(str)  # the kind now in the preview
    codes_exported = Signal(str)  # the mail-merge CSV written

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.nav_title = self.tr("Impressions")
        self._tmp = Path(tempfile.mkdtemp(prefix="probono-prints-"))
        self.destroyed.connect(partial(shutil.rmtree, str(self._tmp), True))  # previews go with the window
        self._serial = 0
        self._busy = False
        self.current: Path | None = None

        self._build_kinds()
        options = self._build_options()
        self._build_actions()
        left = self._build_column(options)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window already frames every screen
        layout.addWidget(splitter)
        self._connect()
        self.refresh()
        self._kind_changed()

    def _build_kinds(self) -> None:
        """The list of documents this event can print, each with a line that says what it is for."""
        self.kinds = QListWidget(self)
        self.kinds.setObjectName("kinds")
        available = self.ctx.ev.documents.builders()
        for kind in KINDS:
            if kind not in available:
                continue
            title, hint = KIND_LABELS.get(kind, (kind, ""))
            item = QListWidgetItem(f"{_tr(title)}\n{_tr(hint)}" if hint else _tr(title))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.kinds.addItem(item)
        self.kinds.setCurrentRow(0)
        self.kinds.setWordWrap(True)
        self.kinds.setSpacing(3)
        self.kinds.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 6px; }")

    def _build_options(self) -> QFormLayout:
        """The document's options (which structure, walk-ins only) and the codes export button."""
        self.structure = QComboBox(self)
        self.walk_ins_only = QCheckBox(self.tr("Seulement les inscriptions sur place"), self)
        self.walk_ins_only.setToolTip(
            self.tr("Les badges des personnes arrivées sans inscription, à imprimer à l'accueil.")
        )
        form = QFormLayout()
        form.addRow(self.tr("Structure :"), self.structure)
        form.addRow(self.walk_ins_only)
        self.codes_button = QPushButton(self.tr("Exporter les codes (publipostage)…"), self)
        self.codes_button.setToolTip(
            self.tr("Un PNG du QR code de chaque bénévole et codes.csv, pour envoyer les codes avant l'événement.")
        )
        return form

    def _build_actions(self) -> None:
        """Preview, print and save buttons, the progress of a render and what it said."""
        self.preview_button = QPushButton(self.tr("Aperçu"), self)
        self.preview_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Imprimer…"), self)
        self.save_button = QPushButton(self.tr("Enregistrer en PDF…"), self)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.language_label = QLabel(self)  # the event's language, which the documents speak whatever the window's
        self.language_label.setProperty("role", "muted")
        self.language_label.setWordWrap(True)

    def _build_column(self, options: QFormLayout) -> QWidget:
        """The left column: heading, language, the documents, their options and the buttons."""
        left = QWidget(self)
        column = QVBoxLayout(left)
        heading = QLabel(self.tr("Document"), left)
        heading.setStyleSheet("font-weight: bold; font-size: 14pt;")
        column.addWidget(heading)
        column.addWidget(self.language_label)
        column.addWidget(self.kinds, 1)
        column.addLayout(options)
        column.addWidget(self.preview_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        column.addWidget(self.codes_button)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        return left

    def _connect(self) -> None:
        self.kinds.currentItemChanged.connect(self._kind_changed)
        self.kinds.itemActivated.connect(lambda _item: self.preview())
        self.codes_button.clicked.connect(self.ask_export_codes)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button.clicked.connect(self.ask_save)

    # --- state -----------------------------------------------------------------------------------------------

    def kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def select_kind(self, kind: str) -> None:
        for row in range(self.kinds.count()):
            if self.kinds.item(row).data(Qt.ItemDataRole.UserRole) == kind:
                self.kinds.setCurrentRow(row)
                return
        raise KeyError(kind)

    def refresh(self) -> None:
        self.language_label.setText(
            self.tr("Documents en anglais (la langue de l'événement, dans Paramètres).")
            if self.ctx.ev.language == "en"
            else self.tr("Documents en français (la langue de l'événement, dans Paramètres).")
        )
        chosen = self.structure.currentData()
        self.structure.clear()
        self.structure.addItem(self.tr("Toutes"), "")
        for s in self.ctx.ev.roster.structures():
            self.structure.addItem(f"{s.table_label} · {s.name}" if s.table_label else s.name, s.id)
        index = self.structure.findData(chosen)
        self.structure.setCurrentIndex(max(0, index))

    def _kind_changed(self, *_: Any) -> None:
        self.structure.setEnabled(self.kind() in PER_STRUCTURE)
        self.walk_ins_only.setEnabled(self.kind() == "badges")
        self._set_ready(self.current is not None)

    def _set_ready(self, has_document: bool) -> None:
        self.preview_button.setEnabled(not self._busy and bool(self.kind()))
        self.print_button.setEnabled(not self._busy and has_document)
        self.save_button.setEnabled(not self._busy and has_document)

    def options(self) -> dict[str, Any]:
        if self.kind() in PER_STRUCTURE and self.structure.currentData():
            return {"only_structure": self.structure.currentData()}
        if self.kind() == "badges" and self.walk_ins_only.isChecked():
            return {"only_walk_ins": True}
        return {}

    # --- codes for the mail merge ------------------------------------------------------------------------------

    def ask_export_codes(self) -> None:
        """Personal data leaves the app: the organiser's PIN first (when set), then a folder, then a worker."""
        from probono_desk.ui.pin_dialog import ask_organiser

        ask_organiser(
            self.ctx, self, self.tr("Exporter les codes : code PIN de l'organisateur·rice."), lambda _pin: self._pick()
        )

    def _pick(self) -> None:
        dialog = QFileDialog(self, self.tr("Dossier où écrire les codes"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.ask_export_codes_to)
        self._codes_dialog = dialog
        dialog.open()

    def ask_export_codes_to(self, folder: str | Path) -> None:
        """A codes.csv already there is replaced only once the user says so; an event there, never."""
        folder = Path(folder)
        write_then(self, [folder / "codes.csv"], lambda: self.export_codes(folder))

    def export_codes(self, folder: Path) -> None:
        self.codes_button.setEnabled(False)
        self.status.setText(self.tr("Export des codes en cours…"))

        def done(csv_path: Path) -> None:
            self.codes_button.setEnabled(True)
            self.status.setText(self.tr("Codes exportés : {path}").format(path=csv_path))
            self.codes_exported.emit(str(csv_path))

        def failed(exc: BaseException) -> None:
            self.codes_button.setEnabled(True)
            self.status.setText(error_text(exc))

        Op.on_event(self.ctx.ev, lambda ev: ev.checkin.export_codes(folder), done, failed, owner=self).start()

    # --- preview ---------------------------------------------------------------------------------------------

    def preview(self) -> None:
        """Documents with badge codes or personal data (``NEEDS_PIN``) ask for the organiser's PIN first, when set."""
        from probono_desk.ui.pin_dialog import ask_organiser

        kind = self.kind()
        if not kind or self._busy:
            return
        if kind not in NEEDS_PIN:
            self._render(kind)
            return
        title = _tr(KIND_LABELS.get(kind, (kind, ""))[0])
        reason = self.tr("{document} : code PIN de l'organisateur·rice.").format(document=title)
        ask_organiser(self.ctx, self, reason, lambda _pin: self._render(kind))

    def _render(self, kind: str) -> None:
        if self._busy:
            return
        self._serial += 1
        out = self._tmp / f"{kind}-{self._serial}.pdf"
        options = self.options()
        self._busy = True
        self._set_ready(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Préparation du document…"))

        op: Op[Path] = Op.on_event(
            self.ctx.ev,
            lambda ev: ev.documents.render(kind, out, progress=op.report, **options),
            self._done,
            self._failed,
            owner=self,
            on_progress=self._progress,
        )
        op.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.status.setText(self.tr("Page {done} sur {total}…").format(done=done, total=total))

    def _done(self, out: Path) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.document.close()
        self.document.load(str(out))
        previous, self.current = self.current, out
        if previous is not None and previous != out:
            previous.unlink(missing_ok=True)
        pages = self.document.pageCount()
        self.status.setText(self.tr("{pages} page(s) prête(s).").format(pages=pages))
        self._set_ready(True)
        self.preview_shown.emit(out.stem.rsplit("-", 1)[0])

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.status.setText(self.tr("Le document n'a pas pu être préparé."))
        self._set_ready(self.current is not None)
        show_error(self, exc)

    # --- printing and saving ---------------------------------------------------------------------------------

    def ask_print(self) -> None:
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.document.pageCount() and self._landscape(0):
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.accepted.connect(lambda: self.print_to(printer))
        dialog.finished.connect(dialog.deleteLater)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # not exec(): the window's event loop keeps running

    def _landscape(self, page: int) -> bool:
        size = self.document.pagePointSize(page)
        return size.width() > size.height()

    def print_to(self, printer: QPrinter) -> int:
        """Paint each page of the preview onto ``printer``, fitted and centred; returns the pages printed."""
        count = self.document.pageCount()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(count, printer.toPage() or count)
        dpi = min(MAX_PRINT_DPI, printer.resolution())
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("L'imprimante n'a pas pu être ouverte."))
            return 0
        printed = 0
        try:
            for number in range(first, last + 1):
                index = number - 1
                if printed:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = painter.viewport()
                scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                target = QRect(
                    area.x() + (area.width() - scaled.width()) // 2,
                    area.y() + (area.height() - scaled.height()) // 2,
                    scaled.width(),
                    scaled.height(),
                )
                painter.setViewport(target)
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
                painter.setWindow(area)
                printed += 1
        finally:
            painter.end()
        self.status.setText(self.tr("{pages} page(s) envoyée(s) à l'impression.").format(pages=printed))
        return printed

    def ask_save(self) -> None:
        if self.current is None:
            return
        dialog = QFileDialog(self, self.tr("Enregistrer en PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Documents PDF (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(NO_DIALOG_QUESTION, True)  # asked by write_then, for the final name
        dialog.selectFile(f"{self.kind()}.pdf")
        dialog.fileSelected.connect(self.ask_save_to)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @staticmethod
    def pdf_name(target: str | Path) -> Path:
        target = Path(target)
        return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")

    def ask_save_to(self, target: str | Path) -> None:
        """Refused with a message when no output may go there; asked first when a file would be replaced."""
        if self.current is None or not str(target):
            return
        final = self.pdf_name(target)
        write_then(self, [final], lambda: self.save_to(final))

    def save_to(self, target: str | Path) -> Path | None:
        if self.current is None or not str(target):
            return None
        target = self.pdf_name(target)
        try:
            copy_file(self.current, target)  # the guard of every output: never an event, a device, a folder
        except ProbonoError as exc:
            show_error(self, exc)
            return None
        self.status.setText(self.tr("Enregistré : {path}").format(path=target))
        return target

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.document.close()
        shutil.rmtree(self._tmp, ignore_errors=True)
        super().closeEvent(event)
