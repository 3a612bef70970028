"""Import keeps an absurdly long value and says so; endless or special inputs are refused before being read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from probono_desk.core.errors import ImportRefused
from probono_desk.core.import_limits import TOO_LONG
from probono_desk.services.event import Event
from probono_desk.services.import_files import read_capped


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "inscriptions.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_long_values_are_kept_with_a_warning(event: Event, tmp_path: Path) -> None:
    org = "Organisation " + "o" * 1500
    path = _csv(tmp_path, f"Prénom;Nom;Email;Organisation\nAna;{'L' * 240};ana@x.fr;{org}\nBob;Martin;bob@x.fr;ACME\n")
    plan = event.registrations.read(path)
    warnings = [(p.line, p.field) for p in plan.reading.problems if p.why == TOO_LONG]
    assert warnings == [(2, "last_name"), (2, "organisation")]
    assert not plan.reading.blocking
    event.registrations.apply(plan)
    ana = next(v for v in event.roster.volunteers() if v.first_name == "Ana")
    assert ana.organisation == org and ana.last_name.upper() == "L" * 240  # kept whole


def test_sane_values_raise_no_warning(event: Event, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Prénom;Nom;Email;Organisation\nAna;Durand;ana@x.fr;ACME\n")
    assert not event.registrations.read(path).reading.problems


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/null", "folder", "fifo"])
def test_special_files_are_refused_before_any_read(tmp_path: Path, special: str) -> None:
    if special == "folder":
        path = tmp_path
    elif special == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)  # opening it to read would block forever: it must not be opened
    else:
        path = Path(special)
    with pytest.raises(ImportRefused):
        read_capped(path)


def test_a_file_past_the_limit_is_refused_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a;b\n" * 300)
    with pytest.raises(ImportRefused) as refused:
        read_capped(path, limit=1000)
    assert "trop gros" in refused.value.message()
    assert read_capped(path, limit=10_000).startswith(b"a;b")


def test_an_endless_attachment_is_refused_before_being_read(event: Event) -> None:
    from probono_desk.core.errors import InvalidInput

    structure = event.roster.add_structure("Les Jardins")
    with pytest.raises(InvalidInput) as refused:
        event.deliverables.add_attachment(structure.id, "/dev/zero")  # st_size 0, and no end
    assert "pas un fichier ordinaire" in refused.value.message("fr")
    assert event.deliverables.attachments(structure.id) == []
