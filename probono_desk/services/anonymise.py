"""Anonymising after the event, so that no copy of a person's data is left behind.

What is left behind otherwise: the person's row (names, contact, organisation, wish), the "why here" lines that
quote their organisation and wish, free text that names them (team notes, deliverables and their versions,
evaluation comments, journal payloads — and any table a later version adds), old pages of the file (free pages, the
WAL), the backups (whatever their name) and the files set aside by "Restaurer une sauvegarde" (``EVENT.remplacé-…``).

Rewriting the whole file is only sound when nobody else has it open — another window or station would keep the old
pages in its WAL — so the work runs as the sole connection, or is refused with "Fermez les autres fenêtres…"."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.models import Volunteer
from probono_desk.core.scrub import Known, scrubber
from probono_desk.storage import checkin as checkin_store
from probono_desk.storage import roster as roster_store
from probono_desk.storage.db import default_backup_dir, sole_connection
from probono_desk.storage.privacy import clear_why, scrub_texts, vacuum
from probono_desk.storage.sync_merge import forget_superseded
from probono_desk.storage.sync_relay import forget_received_bodies

if TYPE_CHECKING:
    from probono_desk.services.event import Event

ANONYMOUS_FIRST = "Bénévole"
ANONYMOUS_LAST = "anonyme {n}"


def anonymise_people(event: Event, people: list[Volunteer], first_number: int, kept: int) -> int:
    """Blank ``people`` and every text that quotes them, as one write, then rebuild the file; the number of text
    cells rewritten. Raises ``FileInUse`` (nothing changed) when another connection has the file open."""
    known: list[Known] = []
    with sole_connection(event.db):
        with event.write() as w:
            for n, v in enumerate(people, start=first_number):
                blank = dataclasses.replace(
                    v,
                    first_name=ANONYMOUS_FIRST,
                    last_name=ANONYMOUS_LAST.format(n=n),
                    email="",
                    phone="",
                    organisation="",
                    preference="",
                    diet="",
                    source_file="",
                    source_row=None,
                )
                known.append(Known(v.first_name, v.last_name, v.email, v.phone, blank.name))
                roster_store.update_volunteer(w.db, blank, w.at)
                checkin_store.revoke_codes(w.db, v.id, w.at)
            clear_why(w.db, [v.id for v in people])
            rewritten = scrub_texts(w.db, scrubber(known))
            w.log("privacy.anonymise", "event", event.info.id, {"count": len(people), "kept": kept})
        forget_superseded(event.db)  # change sets not sent yet held the names too
        forget_received_bodies(event.db)  # and the others' sets kept to resend to a new hub
        if event.path is not None:
            vacuum(event.db)
    return rewritten


def leftovers(event_path: Path) -> list[Path]:
    """Every copy of the event that may still hold the old data: all of its backups folder, whatever the names
    there, and the files beside it that carry its name (set aside by a restore, half-written copies)."""
    found: list[Path] = []
    folder = default_backup_dir(event_path)
    if folder.is_dir():
        found += sorted(folder.iterdir())
    live = {event_path.name, f"{event_path.name}-wal", f"{event_path.name}-shm", folder.name}
    if event_path.parent.is_dir():
        found += sorted(
            p
            for p in event_path.parent.iterdir()
            if p.name.startswith(f"{event_path.name}.") and p.name not in live  # never « demo.probono2 »
        )
    return found


def remove_leftovers(event_path: Path) -> int:
    removed = 0
    for path in leftovers(event_path):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
        removed += 1
    return removed
