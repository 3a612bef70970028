"""No output of any command ever replaces an event file (whatever its name, through a link, the open one or another),
an event's work files, or something that is not a regular file (issue 17, point 1).

Every output command runs here through ``cli.main`` against each such target: exit 1, one line on stderr saying
why, and the target byte for byte as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from probono_desk.cli import main
from probono_desk.core.errors import OutputFailed, ProbonoError
from probono_desk.services.backups import save_copy
from probono_desk.services.event import Event
from probono_desk.services.exports import export
from probono_desk.storage.identify import may_be_event_file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Each output command, given its --out; ``suffix`` is what the command wants the name to end with.
COMMANDS: dict[str, tuple[str, Callable[[Path, Path], list[str]]]] = {
    "print badges": ("", lambda ev, out: ["print", str(ev), "badges", "--out", str(out)]),
    "print rundown": (".pdf", lambda ev, out: ["print", str(ev), "rundown", "--out", str(out)]),
    "export csv": (".csv", lambda ev, out: ["export", str(ev), "--out", str(out)]),
    "export xlsx": (".xlsx", lambda ev, out: ["export", str(ev), "--out", str(out)]),
    "pack zip": (".zip", lambda ev, out: ["pack", str(ev), "--structure", "1", "--out", str(out)]),
    "pack folder": ("", lambda ev, out: ["pack", str(ev), "--structure", "1", "--out", str(out)]),
    "person": (".json", lambda ev, out: ["person", str(ev), "--email", "cecile.moreau@laposte.net", "--out", str(out)]),
}


def _targets(event: Path, folder: Path, suffix: str) -> dict[str, Path]:
    """Every kind of place no output may replace, named with the command's suffix."""
    other = folder / "autre.probono"
    shutil.copyfile(event, other)
    renamed = folder / f"renomme{suffix}"
    shutil.copyfile(event, renamed)
    link = folder / f"lien{suffix}"
    link.symlink_to(event)
    fifo = folder / f"tube{suffix}"
    os.mkfifo(fifo)
    device = folder / f"peripherique{suffix}"
    device.symlink_to("/dev/null")
    directory = folder / f"dossier{suffix}"
    directory.mkdir()
    (directory / "garde.txt").write_text("x")
    wal = folder / "autre.probono-wal"
    wal.write_bytes(b"pages pas encore recopiees")
    targets = {"other event": other, "renamed event": renamed, "link to the event": link, "fifo": fifo}
    targets |= {"device": device, "directory": directory}
    if not suffix:
        targets |= {"the event itself": event, "/dev/null": Path("/dev/null"), "an event's -wal": wal}
    return targets


def _state(path: Path) -> str:
    if path.is_dir():
        return ",".join(sorted(p.name for p in path.iterdir()))
    if path.is_fifo() or path.is_char_device():
        return f"special:{os.lstat(path).st_mode}"
    return digest(path)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_no_output_command_replaces_what_must_stay(
    command: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    suffix, argv = COMMANDS[command]
    folder = tmp_path / "cibles"
    folder.mkdir()
    targets = _targets(demo_path, folder, suffix)
    event_before = digest(demo_path)
    if command == "pack folder":  # a folder output: an existing folder is refused as "not empty", not replaced
        del targets["directory"]
    if command == "person":  # autre.probono becomes autre.probono.json: nothing in the way ("renamed" covers it)
        del targets["other event"]
    for what, target in targets.items():
        before = _state(target)
        link_before = os.readlink(target) if target.is_symlink() else None
        capsys.readouterr()
        code = main(argv(demo_path, target))
        err = capsys.readouterr().err
        assert code == 1, f"{command} → {what}: {err}"
        assert err.count("\n") == 1 and "erreur inattendue" not in err, err
        assert _state(target) == before, f"{command} → {what} changed"
        assert (os.readlink(target) if target.is_symlink() else None) == link_before
    assert digest(demo_path) == event_before
    assert not [p.name for p in folder.rglob("*") if ".part" in p.name]


def test_the_refusal_says_why(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    renamed = tmp_path / "notes.pdf"
    shutil.copyfile(demo_path, renamed)
    link = tmp_path / "raccourci.pdf"
    link.symlink_to(demo_path)
    fifo = tmp_path / "tube.pdf"
    os.mkfifo(fifo)
    expected = {
        demo_path: "c'est l'événement en cours",
        link: "c'est l'événement en cours",
        renamed: "c'est un fichier d'événement",
        fifo: "ce n'est pas un fichier ordinaire",
        tmp_path: "c'est un dossier",
    }
    for target, why in expected.items():
        capsys.readouterr()
        assert main(["print", str(demo_path), "badges", "--out", str(target)]) == 1
        assert why in capsys.readouterr().err


def test_codes_never_write_through_a_link_to_an_event(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "codes"
    folder.mkdir()
    (folder / "codes.csv").symlink_to(demo_path)
    before = digest(demo_path)
    assert main(["codes", str(demo_path), "--out", str(folder)]) == 1
    assert digest(demo_path) == before
    assert main(["codes", str(demo_path), "--out", str(demo_path)]) == 1
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    assert main(["codes", str(demo_path), "--out", str(fifo)]) == 1 and fifo.is_fifo()
    assert main(["codes", str(demo_path), "--out", "/dev/null"]) == 1
    assert digest(demo_path) == before


def test_an_ordinary_file_is_still_replaced(demo_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "badges.pdf"
    old.write_bytes(b"ancien")
    assert main(["print", str(demo_path), "badges", "--out", str(old)]) == 0
    assert old.read_bytes().startswith(b"%PDF")
    data = tmp_path / "base.sqlite"  # someone else's database: not an event, may be replaced
    import sqlite3

    with sqlite3.connect(data) as conn:
        conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('format', 'autre-chose')")
    conn.close()
    assert not may_be_event_file(data)
    assert main(["export", str(demo_path), "--out", str(tmp_path / "x.csv")]) == 0


def test_save_copy_never_replaces_an_event(demo: Event, tmp_path: Path) -> None:
    assert demo.path is not None
    first = save_copy(demo.path, tmp_path / "copie")
    before = digest(first)
    with pytest.raises(OutputFailed):
        save_copy(demo.path, first)
    assert digest(first) == before
    link = tmp_path / "lien.probono"
    link.symlink_to(demo.path)
    with pytest.raises(ProbonoError):  # "the open file"
        save_copy(demo.path, link)
    other = tmp_path / "ailleurs" / "autre.probono"
    other.parent.mkdir()
    other.symlink_to(first)
    with pytest.raises(OutputFailed):
        save_copy(demo.path, other)
    assert digest(first) == before


def test_new_and_demo_never_touch_a_device_or_an_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "tube.probono"
    os.mkfifo(fifo)
    assert main(["new", str(fifo), "--name", "X", "--date", "2019-12-05"]) == 1
    assert fifo.is_fifo()
    assert main(["demo", str(fifo)]) == 1
    assert fifo.is_fifo()


def test_the_probe_never_drops_the_locks_this_process_holds(demo_path: Path, tmp_path: Path) -> None:
    """The window's scenario: this process holds the event (WAL pages not yet copied into the file); an output is
    checked against it under another name; then a second process opens and closes the event. Had the check opened
    the file with a plain open()/close(), this process would have lost its lock on it, and the second process,
    thinking itself alone, would checkpoint and delete the log under the window."""
    ev = Event.open(demo_path)
    try:
        ev.roster.add_structure("Une structure de plus")
        wal = demo_path.with_name(demo_path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        alias = tmp_path / "alias.pdf"
        os.link(demo_path, alias)  # the same file under another name
        assert may_be_event_file(alias)
        assert may_be_event_file(demo_path)
        with pytest.raises(OutputFailed):
            ev.documents.render("rundown", alias)
        script = "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM meta').fetchall(); c.close()"
        subprocess.run([sys.executable, "-c", script, str(demo_path)], check=True, timeout=60)
        assert wal.exists(), "the second process thought it was alone: this process had lost its lock"
        ev.roster.add_structure("Et encore une")
    finally:
        ev.close()
    with Event.open(demo_path) as again:
        names = {s.name for s in again.roster.structures()}
    assert {"Une structure de plus", "Et encore une"} <= names


def test_a_closed_event_is_probed_without_leaving_files_beside_it(demo_path: Path) -> None:
    before = sorted(p.name for p in demo_path.parent.iterdir())
    assert may_be_event_file(demo_path)
    assert sorted(p.name for p in demo_path.parent.iterdir()) == before


def test_the_issue_command_line(demo_path: Path) -> None:
    """The reproduction of the issue, as a user ran it."""
    before = digest(demo_path)
    done = subprocess.run(
        [sys.executable, "-m", "probono_desk", "print", str(demo_path), "badges", "--out", str(demo_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1 and "Document écrit" not in done.stdout
    assert "c'est l'événement en cours" in done.stderr
    assert digest(demo_path) == before


def test_no_qr_image_is_written_through_a_link_to_an_event(demo_path: Path, tmp_path: Path) -> None:
    first = tmp_path / "premier"
    assert main(["codes", str(demo_path), "--out", str(first)]) == 0
    names = sorted(p.name for p in (first / "qr").iterdir())
    assert len(names) == 50
    victim = tmp_path / "autre.probono"
    shutil.copyfile(demo_path, victim)
    before = digest(victim)
    second = tmp_path / "second"
    (second / "qr").mkdir(parents=True)
    (second / "qr" / names[-1]).symlink_to(victim)  # one of the images: refused, nothing written over it
    assert main(["codes", str(demo_path), "--out", str(second)]) == 1
    assert digest(victim) == before and (second / "qr" / names[-1]).is_symlink()
    assert not (second / "codes.csv").exists()


# --- A place that cannot be written: one clear refusal, nothing half-written under the asked name ---------------------

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
