"""The deliverable of each team: autosaved text with kept versions, states with their times, attachments stored
in the event file, and the pack handed to the structure (a PDF summary plus the files, zipped or in a folder)."""

from __future__ import annotations

import hashlib
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from probono_desk.core.clock import parse_iso
from probono_desk.core.dates import hhmm
from probono_desk.core.deliverables import (
    MAX_ATTACHMENT_BYTES,
    STATE_ORDER,
    Attachment,
    Deliverable,
    DeliverableState,
    DeliverableText,
    Version,
    deserves_version,
    guess_mime,
    human_size,
)
from probono_desk.core.errors import InvalidInput, NotFound, ProbonoError
from probono_desk.core.evaluations import Audience, QuestionKind
from probono_desk.core.filenames import safe_filename as _safe_filename
from probono_desk.core.filenames import unique_names as unique_names  # re-exported for the pack
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, speaking, translate
from probono_desk.core.ids import new_id
from probono_desk.core.models import Structure
from probono_desk.core.text import clean
from probono_desk.output.files import atomic_file, atomic_folder
from probono_desk.storage import deliverables as store
from probono_desk.storage import roster as roster_store

if TYPE_CHECKING:
    from probono_desk.services.event import Event


@dataclass(frozen=True)
class SaveResult:
    deliverable: Deliverable
    changed: bool  # False when the text was already saved as it is: nothing was written
    versioned: bool  # a version was kept


class DeliverablesService:
    def __init__(self, event: Event) -> None:
        self.event = event

    # --- reading -------------------------------------------------------------------------------------------------

    def get(self, structure_id: str) -> Deliverable:
        """The structure's deliverable, or a blank draft (not written) if nobody typed anything yet."""
        self._structure(structure_id)
        found = store.get_deliverable(self.event.db, structure_id)
        return found or Deliverable(structure_id=structure_id)

    def all(self) -> dict[str, Deliverable]:
        return {d.structure_id: d for d in store.list_deliverables(self.event.db)}

    def versions(self, structure_id: str) -> list[Version]:
        """Newest first."""
        found = store.get_deliverable(self.event.db, structure_id)
        return store.list_versions(self.event.db, found.id) if found and found.id else []

    # --- autosave and versions -----------------------------------------------------------------------------------

    def save(self, structure_id: str, text: DeliverableText, *, keep_version: bool = False) -> SaveResult:
        """Called every few seconds while someone types: updates the current row; keeps a version when the text
        changed materially since the last kept one, after some minutes, or when asked (``keep_version``)."""
        self._structure(structure_id)
        current = store.get_deliverable(self.event.db, structure_id)
        if current is not None and current.text == text and not keep_version:
            return SaveResult(current, changed=False, versioned=False)
        if current is None and text.is_empty() and not keep_version:
            return SaveResult(Deliverable(structure_id=structure_id), changed=False, versioned=False)
        with self.event.write() as w:
            if current is None or current.id is None:
                deliverable_id = new_id()
                store.insert_deliverable(w.db, deliverable_id, structure_id, text, w.at)
                state = DeliverableState.DRAFT
            else:
                deliverable_id = current.id
                store.update_text(w.db, deliverable_id, text, w.at)
                state = current.state
            last = store.latest_version(w.db, deliverable_id)
            since = (parse_iso(w.at) - parse_iso(last.at)).total_seconds() if last else None
            versioned = (keep_version and (last is None or last.text != text)) or deserves_version(
                last.text if last else None, text, since
            )
            if versioned:
                store.insert_version(
                    w.db, new_id(), deliverable_id, text, state, w.at, "manual" if keep_version else "autosave"
                )
            w.log(
                "deliverable.save",
                "deliverable",
                deliverable_id,
                {
                    "structure_id": structure_id,
                    "chars": sum(len(getattr(text, f)) for f in ("title", "summary", "recommendations", "next_steps")),
                    "version": versioned,
                },
            )
        saved = store.get_deliverable(self.event.db, structure_id)
        assert saved is not None
        return SaveResult(saved, changed=True, versioned=versioned)

    def restore(self, version_id: str) -> Deliverable:
        """Bring back an earlier text. The text being replaced is kept as a version first, so a restore is undoable."""
        structure_id = store.structure_of_version(self.event.db, version_id)
        if structure_id is None:
            raise NotFound(what=version_id)
        current = store.get_deliverable(self.event.db, structure_id)
        assert current is not None and current.id is not None
        version = next(v for v in store.list_versions(self.event.db, current.id) if v.id == version_id)
        with self.event.write() as w:
            latest = store.latest_version(w.db, current.id)
            if latest is None or latest.text != current.text:
                store.insert_version(w.db, new_id(), current.id, current.text, current.state, w.at, "before_restore")
            store.update_text(w.db, current.id, version.text, w.at)
            store.insert_version(w.db, new_id(), current.id, version.text, current.state, w.at, "restore")
            w.log(
                "deliverable.restore", "deliverable", current.id, {"version_id": version_id, "number": version.number}
            )
        restored = store.get_deliverable(self.event.db, structure_id)
        assert restored is not None
        return restored

    # --- states --------------------------------------------------------------------------------------------------

    def set_state(self, structure_id: str, state: DeliverableState, *, validated_by: str = "") -> Deliverable:
        """One step up the ladder (draft → submitted → validated by the referent → by the structure), or back to
        draft. Each state keeps its time; a version is kept at each change."""
        current = self.get(structure_id)
        if state == current.state:
            return current
        if state.rank > current.state.rank + 1:
            needed = STATE_ORDER[state.rank - 1]
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Étape manquante : le livrable doit d'abord être « {needed} »."),
                needed=needed.label,
            )
        if current.id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le livrable est vide : rédigez-le avant de le soumettre."))
        if state.rank > current.state.rank and (not clean(current.text.title) or not current.text.summary.strip()):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Donnez au moins un titre et une synthèse avant de soumettre le livrable.")
            )
        by = clean(validated_by) if state == DeliverableState.VALIDATED_STRUCTURE else ""
        with self.event.write() as w:
            store.update_state(w.db, current.id, state, w.at, by)
            store.insert_version(w.db, new_id(), current.id, current.text, state, w.at, "state")
            w.log("deliverable.state", "deliverable", current.id, {"structure_id": structure_id, "state": state.value})
        return self.get(structure_id)

    # --- attachments ---------------------------------------------------------------------------------------------

    def attachments(self, structure_id: str) -> list[Attachment]:
        return store.list_attachments(self.event.db, structure_id)

    def add_attachment(self, structure_id: str, path: str | Path) -> Attachment:
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Impossible de lire « {name} » ({detail})."),
                name=path.name,
                detail=exc.strerror or str(exc),
            ) from exc
        self._check_size(path.name, size)  # before reading 2 GB into memory
        try:
            if not path.is_file():  # a device or a pipe (/dev/zero) would be read for ever: only regular files
                raise IsADirectoryError(0, translate("errors", "pas un fichier ordinaire"))
            with path.open("rb") as handle:
                data = handle.read(MAX_ATTACHMENT_BYTES + 1)  # a file still growing stops at the limit
            self._check_size(path.name, len(data))
        except OSError as exc:  # a folder, a file without read permission, a USB key pulled out
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Impossible de lire « {name} » ({detail})."),
                name=path.name,
                detail=exc.strerror or str(exc),
            ) from exc
        return self.add_attachment_bytes(structure_id, path.name, data)

    def add_attachments(self, structure_id: str, paths: list[Path]) -> tuple[int, list[ProbonoError]]:
        """Each file on its own: a refused one (too big, unreadable) says why, the others go on.
        Returns how many were added and the refusals."""
        added, refused = 0, []
        for path in paths:
            try:
                self.add_attachment(structure_id, path)
                added += 1
            except ProbonoError as exc:
                refused.append(exc)
        return added, refused

    def add_attachment_bytes(self, structure_id: str, name: str, data: bytes, mime: str = "") -> Attachment:
        self._structure(structure_id)
        name = clean(Path(name.replace("\\", "/")).name)
        if not name:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Le fichier joint doit avoir un nom."))
        self._check_size(name, len(data))
        if not data:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "« {name} » est vide : rien à joindre."), name=name)
        attachment = Attachment(
            id=new_id(),
            structure_id=structure_id,
            name=name,
            mime=mime or guess_mime(name),
            size=len(data),
            sha256=hashlib.sha256(data).hexdigest(),
            added_at=self.event.now_iso(),
        )
        with self.event.write() as w:
            store.insert_attachment(w.db, attachment, data)
            w.log(
                "attachment.add",
                "attachment",
                attachment.id,
                {"structure_id": structure_id, "size": attachment.size, "sha256": attachment.sha256},
            )
        return attachment

    def attachment(self, attachment_id: str) -> Attachment:
        found = store.get_attachment(self.event.db, attachment_id)
        if found is None:
            raise NotFound(what=attachment_id)
        return found

    def attachment_bytes(self, attachment_id: str) -> bytes:
        data = store.attachment_data(self.event.db, attachment_id)
        if data is None:
            raise NotFound(what=attachment_id)
        return data

    def save_attachment_copy(self, attachment_id: str, folder: str | Path) -> Path:
        """Write the file out (to open it with the system viewer, or into a pack); the name is made safe."""
        attachment = self.attachment(attachment_id)
        target = Path(folder) / safe_filename(attachment.name)
        with atomic_file(target) as tmp:
            tmp.write_bytes(self.attachment_bytes(attachment_id))
        return target

    def remove_attachment(self, attachment_id: str) -> None:
        attachment = self.attachment(attachment_id)
        with self.event.write() as w:
            store.delete_attachment(w.db, attachment_id)
            w.log(
                "attachment.remove",
                "attachment",
                attachment_id,
                {"structure_id": attachment.structure_id, "sha256": attachment.sha256},
            )

    @staticmethod
    def _check_size(name: str, size: int) -> None:
        if size > MAX_ATTACHMENT_BYTES:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {name} » pèse {size} : la limite est de {limit} par fichier. Réduisez-le (photo en qualité "
                    "moyenne, PDF compressé) ou découpez-le, puis joignez-le à nouveau.",
                ),
                name=name,
                size=human_size(size),
                limit=human_size(MAX_ATTACHMENT_BYTES),
            )

    # --- the report ---------------------------------------------------------------------------------------------

    def report_data(self) -> dict[str, list[dict[str, Any]]]:
        """What ``probono-desk print EVENT report`` shows beyond attendance: each structure's deliverable (summary,
        state with its time, Trail names) and the average of every scale question of the evaluations."""
        deliverables = self.all()
        trails = {plan.structure_id: plan for plan in self.event.trail.plans()}
        rows: list[dict[str, Any]] = []
        for s in roster_store.list_structures(self.event.db):
            d = deliverables.get(s.id)
            trail = [m.name for m in trails[s.id].members] if s.id in trails else []
            if d is None and not trail:
                continue
            summary, status = "", ""
            if d is not None:
                title, text = d.text.title.strip(), d.text.summary.strip()
                summary = f"{title} — {text}" if title and text else title or text
                reached = d.time_of(d.state)
                status = translate("deliverables", d.state.label)
                if reached:
                    status += f" ({hhmm(reached)})"
            rows.append({"structure_id": s.id, "summary": summary, "status": status, "trail": trail})
        evaluations: list[dict[str, Any]] = []
        for audience in Audience:
            for res in self.event.evaluations.results(audience):
                if res.kind is not QuestionKind.SCALE:
                    continue
                evaluations.append(
                    {
                        "question": f"{translate('evaluations', audience.label)} — {res.label}",
                        "average": res.mean,
                        "scale": res.high,
                        "answers": res.count,
                    }
                )
        return {"deliverables": rows, "evaluations": evaluations}

    # --- the pack for the structure ------------------------------------------------------------------------------

    @staticmethod
    def packed_names(attachments: list[Attachment]) -> list[str]:
        """The names the files have in the pack: safe on every system, no two alike."""
        return unique_names([safe_filename(a.name) for a in attachments])

    def pack(self, structure_id: str, out: str | Path) -> Path:
        """The PDF summary plus every attachment: a ``.zip`` if ``out`` ends so, else a folder. Written whole or
        not at all (a temporary name renamed at the end)."""
        from probono_desk.services.deliverables_report import summary_data
        from probono_desk.services.practice_marks import marked_pages

        structure = self._structure(structure_id)
        out = Path(out)
        with speaking(self.event.language), marked_pages(self.event):  # the event's language; EXERCICE in a copy
            data = summary_data(self.event, structure_id)
            pdf_name = safe_filename(translate("pack", "Livrable - {name}.pdf").format(name=structure.name))
            folder = translate("pack", "Pièces jointes")
            return self._write_pack(structure_id, out, data, pdf_name, folder)

    def _write_pack(self, structure_id: str, out: Path, data: Any, pdf_name: str, folder: str) -> Path:
        from probono_desk.output.deliverable_pdf import build_summary_pdf

        names = self.packed_names(self.attachments(structure_id))
        if out.suffix.lower() == ".zip":
            with atomic_file(out) as tmp, zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                with tempfile.TemporaryDirectory(prefix="probono-pack-") as scratch:  # never a name beside ``out``
                    pdf_tmp = Path(scratch) / "livrable.pdf"
                    build_summary_pdf(pdf_tmp, data)
                    zf.write(pdf_tmp, pdf_name)
                for attachment, name in zip(self.attachments(structure_id), names, strict=True):
                    zf.writestr(f"{folder}/{name}", self.attachment_bytes(attachment.id))
            return out
        if out.is_dir() and any(out.iterdir()):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Le dossier « {path} » existe déjà et n'est pas vide."), path=str(out)
            )
        with atomic_folder(out) as tmp:
            build_summary_pdf(tmp / pdf_name, data)
            if names:
                (tmp / folder).mkdir()
            for attachment, name in zip(self.attachments(structure_id), names, strict=True):
                (tmp / folder / name).write_bytes(self.attachment_bytes(attachment.id))
        return out

    def find_structure(self, name_or_table: str) -> str:
        """A structure id from its name (accents and case ignored) or its table label, for the command line."""
        found = roster_store.find_structure_by_name(self.event.db, name_or_table)
        if found is None:
            found = next(
                (s for s in roster_store.list_structures(self.event.db) if s.table_label == clean(name_or_table)), None
            )
        if found is None:
            raise NotFound(what=name_or_table)
        return found.id

    def _structure(self, structure_id: str) -> Structure:
        found = roster_store.get_structure(self.event.db, structure_id)
        if found is None:
            raise NotFound(what=structure_id)
        return found


def safe_filename(name: str) -> str:
    """A name every system accepts (Windows included), cut by bytes with its extension kept."""
    return _safe_filename(name)
