"""Organiser-only actions on personal data, from the window: delete a person, export one person's data, anonymise
after the event; and the Paramètres box where the organiser's PIN is set or changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from probono_desk.core.models import Volunteer
from probono_desk.services.privacy import OTHERS_MUST_ANONYMISE
from probono_desk.ui.confirm import confirm
from probono_desk.ui.context import EventContext
from probono_desk.ui.errors import show_error
from probono_desk.ui.pin_dialog import ask_organiser
from probono_desk.ui.save_target import NO_DIALOG_QUESTION, write_then

_confirm = confirm


def _guarded(parent: QWidget, work: Callable[[], object]) -> None:
    try:
        work()
    except Exception as exc:  # noqa: BLE001 - refused (PIN, full disk…) and explained
        show_error(parent, exc)


def delete_volunteer(ctx: EventContext, parent: QWidget, volunteer: Volunteer) -> QMessageBox:
    def run(pin: str | None) -> None:
        _guarded(parent, lambda: ctx.ev.privacy.delete_volunteer(volunteer.id, pin=pin))
        ctx.notify_changed()

    return _confirm(
        parent,
        QCoreApplication.translate("privacy", "Supprimer une personne"),
        QCoreApplication.translate(
            "privacy",
            "Supprimer {name} de l'événement, avec ses arrivées, son code, son équipe et son Trail ?\n\n"
            "C'est définitif (les sauvegardes gardent l'état d'avant).",
        ).format(name=volunteer.name),
        QCoreApplication.translate("privacy", "Supprimer"),
        lambda: ask_organiser(
            ctx,
            parent,
            QCoreApplication.translate("privacy", "Supprimer une personne : code PIN de l'organisateur·rice."),
            run,
        ),
    )


def export_person(ctx: EventContext, parent: QWidget, volunteer: Volunteer, out: Path | None = None) -> None:
    """A person asks for their data: JSON + CSV of everything the event holds about them."""

    def run(pin: str | None) -> None:
        target = out
        if target is None:
            suggested = str(Path.home() / f"donnees-{volunteer.last_name}-{volunteer.first_name}.json")
            chosen, _filter = QFileDialog.getSaveFileName(
                parent,
                QCoreApplication.translate("privacy", "Données d'une personne"),
                suggested,
                "*.json",
                options=NO_DIALOG_QUESTION,
            )
            if not chosen:
                return
            target = Path(chosen)

        def work() -> None:
            json_path, csv_path = ctx.ev.privacy.export_person(volunteer.id, target, pin=pin)
            parent._last_person_export = (json_path, csv_path)  # type: ignore[attr-defined]
            window = parent.window()
            bar = getattr(window, "statusBar", None)
            if callable(bar):
                bar().showMessage(
                    QCoreApplication.translate("privacy", "Données écrites : {path}").format(path=json_path), 15_000
                )

        json_path = target if target.suffix.lower() == ".json" else target.with_name(target.name + ".json")
        write_then(parent, [json_path, json_path.with_suffix(".csv")], lambda: _guarded(parent, work))

    ask_organiser(
        ctx,
        parent,
        QCoreApplication.translate("privacy", "Exporter les données d'une personne : code PIN de l'organisateur·rice."),
        run,
    )


def anonymise(ctx: EventContext, parent: QWidget) -> QMessageBox:
    """Anonymising needs the file to itself: a window linked to the other stations (its own hub or link holds a
    connection) first asks to leave them, and says that they must anonymise too."""
    link = getattr(parent, "stations", None)
    if link is None or not link.active:
        return _anonymise(ctx, parent)

    def leave_then_anonymise() -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            link.leave()  # the link's own connection closes; the file will not link again at its next opening
        finally:
            QApplication.restoreOverrideCursor()
        _anonymise(ctx, parent)

    return _confirm(
        parent,
        QCoreApplication.translate("privacy", "Anonymiser un poste relié aux autres"),
        QCoreApplication.translate(
            "privacy",
            "Ce poste est relié aux autres postes de l'événement. Pour anonymiser, il s'en déconnecte d'abord et ne "
            "s'y reliera plus.\n\nLes autres postes devront anonymiser aussi : les modifications déjà envoyées "
            "portent les anciennes valeurs (noms, e-mails, téléphones).",
        ),
        QCoreApplication.translate("privacy", "Se déconnecter et continuer"),
        leave_then_anonymise,
    )


def _anonymise(ctx: EventContext, parent: QWidget) -> QMessageBox:
    privacy = ctx.ev.privacy
    count = len(privacy.to_anonymise())
    kept = len(privacy.trail_ids())

    def run(pin: str | None) -> None:
        def done(result: object) -> None:
            ctx.notify_changed()
            box = QMessageBox(parent)
            box.setWindowTitle(QCoreApplication.translate("privacy", "Anonymisation faite"))
            box.setText(
                QCoreApplication.translate(
                    "privacy",
                    "{count} personne(s) anonymisée(s), {kept} gardée(s) pour le Trail. Les {removed} copie(s) "
                    "précédentes de l'événement, qui contenaient les noms, ont été supprimées.",
                ).format(count=result.count, kept=result.kept, removed=result.backups_removed)  # type: ignore[attr-defined]
                + (
                    "\n\n" + QCoreApplication.translate("privacy", OTHERS_MUST_ANONYMISE)
                    if result.shared  # type: ignore[attr-defined]
                    else ""
                )
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            parent._anonymised_box = box  # type: ignore[attr-defined]
            box.open()

        # On this window's own connection: anonymising must be the file's only connection (a worker's second one
        # would make it refuse, as another window or station does). A few seconds at most, under a wait cursor.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = ctx.ev.privacy.anonymise(pin=pin)
        except Exception as exc:  # noqa: BLE001 - the window's error boundary
            QApplication.restoreOverrideCursor()
            show_error(parent, exc)
            return
        QApplication.restoreOverrideCursor()
        done(result)

    return _confirm(
        parent,
        QCoreApplication.translate("privacy", "Anonymiser après l'événement"),
        QCoreApplication.translate(
            "privacy",
            "Anonymiser {count} personne(s) qui ne sont pas dans un Trail ({kept} gardée(s)) ?\n\n"
            "Noms → « Bénévole anonyme N » ; e-mail, téléphone, organisation, régime et souhaits effacés ; codes "
            "révoqués ; leurs noms, e-mails et téléphones sont remplacés dans les notes, les livrables et les "
            "commentaires. La situation et l'équipe restent : les chiffres du bilan ne changent pas. Les sauvegardes "
            "et les copies mises de côté par une restauration (qui contiennent les noms) sont supprimées. Fermez "
            "d'abord les autres fenêtres et postes sur cet événement. C'est définitif.",
        ).format(count=count, kept=kept),
        QCoreApplication.translate("privacy", "Anonymiser"),
        lambda: ask_organiser(
            ctx, parent, QCoreApplication.translate("privacy", "Anonymiser : code PIN de l'organisateur·rice."), run
        ),
    )


class PinSettingsBox(QGroupBox):
    """Paramètres → the organiser's PIN: one PIN for the kiosk, the projector and the organiser-only actions."""

    def __init__(self, ctx: EventContext, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("privacy", "Code PIN de l'organisateur·rice"), parent)
        self.ctx = ctx
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.new = QLineEdit(self)
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setPlaceholderText(QCoreApplication.translate("privacy", "6 caractères au moins"))
        self.button = QPushButton(self)
        self.button.clicked.connect(self.save)
        self.new.returnPressed.connect(self.save)  # digits, then Enter
        self.current.returnPressed.connect(lambda: self.save() if self.new.text() else self.new.setFocus())
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.current_label = QLabel(QCoreApplication.translate("privacy", "PIN actuel"), self)
        form = QFormLayout(self)
        form.addRow(self.status)
        form.addRow(self.current_label, self.current)
        form.addRow(QCoreApplication.translate("privacy", "Nouveau PIN"), self.new)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.message, 1)
        form.addRow("", row)
        self.refresh()

    def refresh(self) -> None:
        has_pin = self.ctx.ev.privacy.has_pin()
        self.current.setVisible(has_pin)
        self.current_label.setVisible(has_pin)
        self.button.setText(
            QCoreApplication.translate("privacy", "Changer le PIN")
            if has_pin
            else QCoreApplication.translate("privacy", "Définir le PIN")
        )
        text = (
            QCoreApplication.translate(
                "privacy",
                "PIN défini. Il est demandé pour ce qui sort des codes ou des données personnelles (badges, fiches "
                "équipes, émargement, attestations, bilan, codes, exports, données d'une personne, dossier "
                "livrable), pour modifier par import des personnes déjà inscrites, supprimer une personne, "
                "anonymiser, modifier le programme une fois la journée commencée, et quitter le kiosque ou la "
                "projection.",
            )
            if has_pin
            else QCoreApplication.translate(
                "privacy",
                "Aucun PIN : tout le monde peut supprimer des personnes, exporter leurs données et quitter le "
                "kiosque ou la projection. Définissez-en un avant le jour J.",
            )
        )
        if has_pin and self.ctx.ev.evaluations.pin_too_short():
            text += " " + QCoreApplication.translate(
                "privacy", "Ce PIN compte moins de 6 caractères : il reste valable, mais changez-le."
            )
        text += " " + QCoreApplication.translate(
            "privacy",
            "Le PIN protège les actions de l'application, pas le fichier : il n'est pas chiffré, gardez "
            "ordinateurs et clés USB en lieu sûr.",
        )
        self.status.setText(text)

    def save(self) -> bool:
        try:
            self.ctx.ev.privacy.set_pin(self.new.text(), current=self.current.text())
        except Exception as exc:  # noqa: BLE001 - wrong current PIN, bad format, full disk: said here
            from probono_desk.ui.errors import error_text

            self.message.setText(error_text(exc))
            return False
        finally:
            self.new.clear()
            self.current.clear()
        self.message.setText(QCoreApplication.translate("privacy", "PIN enregistré."))
        self.refresh()
        self.ctx.notify_changed()
        return True
