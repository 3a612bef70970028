"""Where a user sends a document, an export, a pack or the codes: a place that cannot be written gets one clear
French refusal (never an "erreur inattendue"), and nothing half-written is left under the asked name."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from probono_desk.core.errors import OutputFailed
from probono_desk.services.event import Event
from probono_desk.services.exports import export


def _no_part_left(folder: Path) -> None:
    assert not [p for p in folder.rglob("*") if p.name.endswith(".part")]


@pytest.mark.parametrize(
    "write",
    [
        lambda ev, out: ev.documents.render("rundown", out / "x.pdf"),
        lambda ev, out: export(ev, out / "x.xlsx"),
        lambda ev, out: export(ev, out / "x.csv"),
        lambda ev, out: ev.deliverables.pack(ev.roster.structures()[0].id, out / "x.zip"),
        lambda ev, out: ev.deliverables.pack(ev.roster.structures()[0].id, out / "dossier"),
        lambda ev, out: ev.checkin.export_codes(out / "codes"),
        lambda ev, out: ev.privacy.export_person(ev.roster.volunteers()[0].id, out / "p.json"),
    ],
    ids=["print", "xlsx", "csv", "zip", "folder", "codes", "person"],
)
def test_a_file_in_the_way_of_a_folder_is_refused_clearly(demo: Event, tmp_path: Path, write) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("x")
    with pytest.raises(OutputFailed) as caught:
        write(demo, blocker)
    assert "Impossible d'écrire" in caught.value.message("fr")
    assert blocker.read_text() == "x"
    _no_part_left(tmp_path)


def test_a_folder_given_as_the_file_is_refused(demo: Event, tmp_path: Path) -> None:
    with pytest.raises(OutputFailed) as caught:
        demo.documents.render("rundown", tmp_path)
    assert "c'est un dossier" in caught.value.message("fr")
    (tmp_path / "déjà.xlsx").mkdir()
    with pytest.raises(OutputFailed):
        export(demo, tmp_path / "déjà.xlsx")


def test_codes_into_an_existing_file_is_refused(demo: Event, tmp_path: Path) -> None:
    target = tmp_path / "codes.txt"
    target.write_text("x")
    with pytest.raises(OutputFailed) as caught:
        demo.checkin.export_codes(target)
    assert "c'est un fichier" in caught.value.message("fr")


def test_a_read_only_folder_keeps_the_old_file_whole(
    demo: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export.xlsx"
    export(demo, out)
    before = out.read_bytes()

    def refused(self: Path, target: object) -> Path:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "replace", refused)
    with pytest.raises(OutputFailed) as caught:
        export(demo, out)
    assert "accès refusé" in caught.value.message("fr")
    assert out.read_bytes() == before
    _no_part_left(tmp_path)


def test_an_existing_file_is_replaced_whole(demo: Event, tmp_path: Path) -> None:
    out = tmp_path / "doc.pdf"
    out.write_bytes(b"old")
    demo.documents.render("rundown", out)
    assert out.read_bytes().startswith(b"%PDF")
    _no_part_left(tmp_path)


def test_a_pack_folder_appears_whole(demo: Event, tmp_path: Path) -> None:
    sid = demo.roster.structures()[0].id
    demo.deliverables.add_attachment_bytes(sid, "photo.jpg", b"jpeg")
    out = demo.deliverables.pack(sid, tmp_path / "pack")
    assert sorted(p.name for p in out.rglob("*") if p.is_file())[-1] == "photo.jpg"
    _no_part_left(tmp_path)


def test_new_event_under_a_file_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(OutputFailed):
        Event.create(blocker / "e.probono", name="M", date="2019-12-05")
