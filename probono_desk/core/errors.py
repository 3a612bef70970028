"""Typed errors of the rules. Each carries a French message template (the source language) and its values.

The faces turn them into text in one place: ``error.message(lang)``.
"""

from __future__ import annotations

import errno
from typing import Any

from probono_desk.core.i18n import QT_TRANSLATE_NOOP, interface_language, translate


class ProbonoError(Exception):
    """An error a user caused or can fix: refused input, a file that cannot be opened..."""

    template: str = QT_TRANSLATE_NOOP("errors", "Opération impossible.")

    def __init__(self, template: str | None = None, **values: Any) -> None:
        if template is not None:
            self.template = template
        self.values = values
        super().__init__(self.message("fr"))

    def message(self, language: str | None = None) -> str:
        text = translate("errors", self.template, language)
        try:
            return text.format(**self.values)
        except (KeyError, IndexError, ValueError):
            return text


class EventFileError(ProbonoError):
    """The event file cannot be opened or used as it is."""


class NotAnEventFile(EventFileError):
    template = QT_TRANSLATE_NOOP("errors", "« {path} » n'est pas un fichier d'événement probono_desk.")


class NewerEventFile(EventFileError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "« {path} » a été écrit par une version plus récente de probono_desk ({unknown}). "
        "Mettez l'application à jour pour l'ouvrir.",
    )


class DamagedEventFile(EventFileError):
    template = QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » est endommagé ({detail}).")


class EventFileMissing(EventFileError):
    template = QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » n'existe pas.")


class EventFileExists(EventFileError):
    template = QT_TRANSLATE_NOOP("errors", "Le fichier « {path} » existe déjà : choisissez un autre nom.")


class WriteFailed(EventFileError):
    template = QT_TRANSLATE_NOOP("errors", "L'enregistrement a échoué ({detail}). Rien n'a été modifié ; réessayez.")


class InvalidInput(ProbonoError):
    """A value typed or imported that the rules refuse."""

    template = QT_TRANSLATE_NOOP("errors", "Valeur refusée : {detail}")


class NotFound(ProbonoError):
    template = QT_TRANSLATE_NOOP("errors", "Introuvable : {what}.")


class ImportRefused(ProbonoError):
    """A whole file refused by the import (wrong kind of file, unreadable, nothing usable)."""

    template = QT_TRANSLATE_NOOP("errors", "Import refusé : {detail}")


class OutputFailed(ProbonoError):
    """A document, export or copy could not be written where the user asked (nothing was left half-written)."""

    template = QT_TRANSLATE_NOOP(
        "errors", "Impossible d'écrire « {path} » ({detail}). Rien n'a été écrit ; choisissez un autre emplacement."
    )


_OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("errors", "dossier introuvable"),
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "accès refusé : dossier en lecture seule ?"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "accès refusé : dossier en lecture seule ?"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "support en lecture seule"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "disque plein"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("errors", "un élément du chemin est un fichier, pas un dossier"),
    errno.EEXIST: QT_TRANSLATE_NOOP("errors", "un élément du chemin est un fichier, pas un dossier"),
    errno.EISDIR: QT_TRANSLATE_NOOP("errors", "c'est un dossier : donnez un nom de fichier"),
}


def os_reason(exc: OSError) -> str:
    """A short reason, in the interface's language, for a file that could not be written."""
    reason = _OS_REASONS.get(exc.errno or 0)
    return reason_text(reason) if reason else (exc.strerror or str(exc))


def reason_text(reason: str) -> str:
    """A reason put inside an error message, in the interface's language like the message around it — even when
    the failure happens while an English event's document is being written from a French window."""
    return translate("errors", reason, interface_language())


class FileInUse(EventFileError):
    """Another window, station or command has the event file open: an action that must rewrite the whole file
    (anonymising) would leave old pages behind for that connection."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "Fermez les autres fenêtres et postes sur cet événement : le fichier est ouvert ailleurs, rien n'a été "
        "modifié.",
    )


class ReadOnlyEvent(WriteFailed):
    """The event was opened read-only (a write-protected USB key, a folder without write permission): every write
    is refused whole, as any failed write is (the desk keeps the code, the forms keep the text)."""

    template = QT_TRANSLATE_NOOP(
        "errors",
        "« {path} » est ouvert en lecture seule (clé USB verrouillée ou dossier protégé) : rien n'a été modifié. "
        "Copiez le fichier dans un dossier où l'on peut écrire.",
    )
