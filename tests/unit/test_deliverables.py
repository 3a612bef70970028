"""Deliverables: autosave with kept versions, restore, states with their times, attachments in the file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from probono_desk.core.clock import FixedClock
from probono_desk.core.deliverables import (
    MAX_ATTACHMENT_BYTES,
    DeliverableKind,
    DeliverableState,
    DeliverableText,
    deserves_version,
)
from probono_desk.core.errors import InvalidInput
from probono_desk.services.event import Event


@pytest.fixture
def sid(event: Event) -> str:
    return event.roster.add_structure("Les Jardins d'Émeraude").id


def text(summary: str, title: str = "Plan d'action RH") -> DeliverableText:
    return DeliverableText(title=title, kind=DeliverableKind.ACTION_PLAN, summary=summary)


def test_blank_deliverable_is_not_written(event: Event, sid: str) -> None:
    result = event.deliverables.save(sid, DeliverableText())
    assert not result.changed
    assert event.db.execute("SELECT COUNT(*) FROM deliverables").fetchone()[0] == 0


def test_autosave_updates_current_row_and_keeps_versions_only_when_material(
    event: Event, sid: str, clock: FixedClock
) -> None:
    first = event.deliverables.save(sid, text("Recruter"))
    assert first.changed and first.versioned  # the first text is always kept
    journal_before = event.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0]
    # Typing goes on: a save every 2 seconds, a few characters each time.
    typed = "Recruter"
    for word in [" deux", " bénévoles", " pour", " la", " boutique"]:
        clock.advance(seconds=2)
        typed += word
        result = event.deliverables.save(sid, text(typed))
        assert result.changed and not result.versioned
    row = event.db.execute("SELECT summary, saves, saved_at FROM deliverables").fetchone()
    assert row == ("Recruter deux bénévoles pour la boutique", 6, "2019-12-05T08:30:10")
    assert len(event.deliverables.versions(sid)) == 1
    # The same text again writes nothing (no journal row either).
    assert not event.deliverables.save(sid, text(typed)).changed
    assert event.db.execute("SELECT COUNT(*) FROM journal").fetchone()[0] == journal_before + 5
    # A material change (a paragraph pasted) keeps a version.
    clock.advance(seconds=2)
    long = typed + "\n" + "Mettre en place un parcours d'accueil des nouveaux bénévoles. " * 6
    assert event.deliverables.save(sid, text(long)).versioned
    # Small edits, then five minutes later: kept because of time.
    clock.advance(seconds=2)
    assert not event.deliverables.save(sid, text(long + " Fin.")).versioned
    clock.advance(minutes=5)
    assert event.deliverables.save(sid, text(long + " Fin. Merci.")).versioned
    versions = event.deliverables.versions(sid)
    assert [v.number for v in versions] == [3, 2, 1]
    assert versions[0].text.summary.endswith("Merci.")


def test_version_rule_kind_change_is_material() -> None:
    before = DeliverableText(title="x", kind=DeliverableKind.TOOL)
    after = DeliverableText(title="x", kind=DeliverableKind.RECOMMENDATIONS)
    assert deserves_version(before, after, seconds_since_kept=3)
    assert not deserves_version(before, before, seconds_since_kept=3600)


def test_restore_a_version_brings_the_text_back_and_is_undoable(event: Event, sid: str, clock: FixedClock) -> None:
    event.deliverables.save(sid, text("Première idée : une campagne d'affichage."))
    clock.advance(minutes=6)
    event.deliverables.save(sid, text("Tout autre chose : un site internet.", title="Site"))
    clock.advance(seconds=3)
    event.deliverables.save(sid, text("Tout autre chose : un site internet. Et une vidéo.", title="Site"))
    oldest = event.deliverables.versions(sid)[-1]
    assert oldest.text.summary.startswith("Première idée")
    clock.advance(seconds=5)
    restored = event.deliverables.restore(oldest.id)
    assert restored.text.summary == "Première idée : une campagne d'affichage."
    assert restored.text.title == "Plan d'action RH"
    # The row on disk is the restored one.
    assert event.db.execute("SELECT summary FROM deliverables").fetchone()[0].startswith("Première idée")
    # What was replaced is kept, so the restore itself can be undone.
    reasons = [v.reason for v in event.deliverables.versions(sid)]
    assert reasons[:2] == ["restore", "before_restore"]
    undo = event.deliverables.versions(sid)[1]
    assert undo.text.summary.endswith("Et une vidéo.")
    assert event.deliverables.restore(undo.id).text.summary.endswith("Et une vidéo.")
    actions = [r[0] for r in event.db.execute("SELECT action FROM journal WHERE action LIKE 'deliverable.%'")]
    assert actions.count("deliverable.restore") == 2


def test_states_climb_one_step_at_a_time_with_their_times(event: Event, sid: str, clock: FixedClock) -> None:
    with pytest.raises(InvalidInput, match="vide"):
        event.deliverables.set_state(sid, DeliverableState.SUBMITTED)
    event.deliverables.save(sid, text("", title="Sans synthèse"))
    with pytest.raises(InvalidInput, match="synthèse"):
        event.deliverables.set_state(sid, DeliverableState.SUBMITTED)
    event.deliverables.save(sid, text("La synthèse."))
    with pytest.raises(InvalidInput, match="d'abord être « Soumis »"):
        event.deliverables.set_state(sid, DeliverableState.VALIDATED_REFERENT)
    clock.advance(minutes=10)
    event.deliverables.set_state(sid, DeliverableState.SUBMITTED)
    clock.advance(minutes=5)
    event.deliverables.set_state(sid, DeliverableState.VALIDATED_REFERENT)
    clock.advance(minutes=5)
    done = event.deliverables.set_state(sid, DeliverableState.VALIDATED_STRUCTURE, validated_by="Mme Lefebvre")
    assert done.state is DeliverableState.VALIDATED_STRUCTURE
    assert done.time_of(DeliverableState.SUBMITTED) == "2019-12-05T08:40:00"
    assert done.time_of(DeliverableState.VALIDATED_REFERENT) == "2019-12-05T08:45:00"
    assert done.time_of(DeliverableState.VALIDATED_STRUCTURE) == "2019-12-05T08:50:00"
    assert done.validated_by == "Mme Lefebvre"
    assert event.deliverables.versions(sid)[0].reason == "state"
    # Back to draft clears the later times.
    back = event.deliverables.set_state(sid, DeliverableState.DRAFT)
    assert back.time_of(DeliverableState.SUBMITTED) == "" and back.validated_by == ""


# --- attachments ---------------------------------------------------------------------------------------------------


def test_attachment_round_trip_byte_for_byte(event_path: Path, tmp_path: Path, clock: FixedClock) -> None:
    ev = Event.create(event_path, name="Marathon", date="2019-12-05", clock=clock)
    sid = ev.roster.add_structure("Atelier Vélo").id
    payload = os.urandom(3 * 1024 * 1024) + bytes(range(256))  # random bytes, every byte value
    source = tmp_path / "Paperboard été.JPG"
    source.write_bytes(payload)
    added = ev.deliverables.add_attachment(sid, source)
    assert (added.name, added.mime, added.size) == ("Paperboard été.JPG", "image/jpeg", len(payload))
    assert added.sha256 == hashlib.sha256(payload).hexdigest()
    ev.close()
    source.unlink()  # the event file alone holds it now
    ev = Event.open(event_path, clock=clock)
    [listed] = ev.deliverables.attachments(sid)
    assert listed == added
    out = ev.deliverables.save_attachment_copy(listed.id, tmp_path / "copie")
    assert out.read_bytes() == payload
    ev.deliverables.remove_attachment(listed.id)
    assert ev.deliverables.attachments(sid) == []
    actions = [r[0] for r in ev.db.execute("SELECT action FROM journal WHERE entity = 'attachment' ORDER BY at, id")]
    assert actions == ["attachment.add", "attachment.remove"]
    ev.close()


def test_attachment_over_the_limit_is_refused_in_french(event: Event, sid: str, tmp_path: Path) -> None:
    big = tmp_path / "vidéo.mp4"
    with big.open("wb") as handle:  # sparse: no 25 MB written to the disk
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    with pytest.raises(InvalidInput) as refused:
        event.deliverables.add_attachment(sid, big)
    assert "« vidéo.mp4 » pèse 25,0 Mo : la limite est de 25,0 Mo par fichier" in refused.value.message("fr")
    assert event.deliverables.attachments(sid) == []
    # Exactly at the limit is accepted.
    exact = event.deliverables.add_attachment_bytes(sid, "ok.bin", b"\0" * MAX_ATTACHMENT_BYTES)
    assert exact.size == MAX_ATTACHMENT_BYTES


def test_attachment_names_are_made_safe_and_empty_files_refused(event: Event, sid: str, tmp_path: Path) -> None:
    a = event.deliverables.add_attachment_bytes(sid, "C:\\Users\\moi\\plan?.pdf", b"%PDF-1.4")
    assert a.name == "plan?.pdf" and a.mime == "application/pdf"
    assert event.deliverables.save_attachment_copy(a.id, tmp_path).name == "plan_.pdf"
    with pytest.raises(InvalidInput, match="vide"):
        event.deliverables.add_attachment_bytes(sid, "rien.txt", b"")


def test_edit_size_is_linear_and_exact_for_one_edit() -> None:
    from probono_desk.core.deliverables import edit_size

    base = "abc" * 10_000
    assert edit_size(base, base + "xyz") == 3
    assert edit_size(base, base[:100] + base[105:]) == 5
    assert edit_size(base, "Z" + base[1:]) == 1
    assert edit_size("", "hello") == 5
