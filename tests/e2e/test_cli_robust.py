"""Messages that misled or crashed (issue 17, point 6), run as a user runs them: the command line in a subprocess.

A write-protected folder is simulated for real: the event's folder is bind-mounted read-only in a private mount
namespace (``unshare -m``, as root — CI's case); the test is skipped where that is not allowed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from probono_desk.cli import COMMANDS
from probono_desk.cli_window import window_usage_error as usage_error
from tests.helpers import ROOT, run


def window_usage_error(argv: list[str]) -> str | None:
    return usage_error(argv, COMMANDS)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.probono"
    assert run("demo", path, data_dir=tmp_path).returncode == 0
    return path


# --- an unknown verb never opens a window --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["statut", "x.probono"],
        ["statut"],
        ["repetition", "ev.probono", "--out", "c.probono"],  # the verb is « practice »
        ["a.probono", "b"],
        ["a.probono", "--jsno"],
    ],
)
def test_unknown_verbs_and_stray_arguments_are_usage_errors(argv: list[str], tmp_path: Path) -> None:
    done = run(*argv, data_dir=tmp_path)  # a window would hang here until the 120 s timeout
    assert done.returncode == 2, done.stderr
    assert "probono-desk" in done.stderr and "--help" in done.stderr
    assert done.stdout == ""


def test_the_window_options_known_here_are_the_windows() -> None:
    """The rule knows the window's options without importing Qt: the two lists must agree."""
    from probono_desk.app import parse_window_args
    from probono_desk.cli_window import WINDOW_FLAGS, WINDOW_VALUE_OPTIONS

    parser_options = {c for c in parse_window_args.__code__.co_consts if isinstance(c, str) and c.startswith("--")}
    assert parser_options == WINDOW_FLAGS | WINDOW_VALUE_OPTIONS
    assert parse_window_args(["ev.probono", "--desk", "--station", "porte"]).station == "porte"


def test_the_window_invocations_stay_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rule only refuses a bare word that is no file, or a second positional (the window is not started)."""
    assert window_usage_error([]) is None
    assert window_usage_error(["x.probono"]) is None
    assert window_usage_error(["x.probono", "--desk"]) is None
    assert window_usage_error(["--desk", "--station", "accueil", "./marathon"]) is None
    assert window_usage_error(["--demo"]) is None
    assert window_usage_error(["-platform", "offscreen", "ev.probono"]) is None
    existing = tmp_path / "marathon"
    existing.write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    assert window_usage_error(["marathon"]) is None  # an existing file, even without a dot, is an event path
    assert window_usage_error(["statut"]) is not None
    assert window_usage_error(["x.probono", "statut"]) is not None


# --- time zones, closed pipes, wrong reasons ----------------------------------------------------------------------


def _run_tz(tz: str, *args: object, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PROBONO_LANG",)}
    env.update(TZ=tz, LANG="fr_FR.UTF-8", PROBONO_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "probono_desk", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_status_at_with_an_offset_is_brought_to_local_time(demo_file: Path, tmp_path: Path) -> None:
    local = _run_tz("PKT-5", "status", demo_file, "--json", "--at", "2019-12-05T10:20", data_dir=tmp_path)
    offset = _run_tz("PKT-5", "status", demo_file, "--json", "--at", "2019-12-05T10:20+05:00", data_dir=tmp_path)
    zulu = _run_tz("PKT-5", "status", demo_file, "--json", "--at", "2019-12-05T05:20Z", data_dir=tmp_path)
    assert local.returncode == offset.returncode == zulu.returncode == 0, offset.stderr + zulu.stderr
    assert local.stdout == offset.stdout == zulu.stdout
    assert '"current"' in local.stdout
    utc = _run_tz("UTC0", "status", demo_file, "--json", "--at", "2019-12-05T10:20+05:00", data_dir=tmp_path)
    assert utc.returncode == 0 and utc.stdout != local.stdout  # 05:20 in UTC: before the day


def test_a_closed_pipe_ends_quietly(demo_file: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PROBONO_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "probono_desk", "teams", str(demo_file), "--json"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head -0`: the reader is gone before anything is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


def test_checkin_names_the_real_problem(demo_file: Path, tmp_path: Path) -> None:
    empty = run("checkin", demo_file, "--scan", "", data_dir=tmp_path)
    assert empty.returncode == 1 and "le code est vide" in empty.stderr
    text = tmp_path / "notes.jpg"
    text.write_text("pas une image")
    cases = {
        tmp_path / "absent.jpg": "n'existe pas",
        tmp_path: "est un dossier",
        Path("/dev/null"): "n'est pas un fichier ordinaire",
        text: "n'est pas une image lisible",
    }
    for path, reason in cases.items():
        done = run("checkin", demo_file, "--image", path, data_dir=tmp_path)
        assert done.returncode == 1 and reason in done.stderr, (path, done.stderr)
        assert "Aucun code QR" not in done.stderr


def test_a_folder_named_like_an_event_is_not_an_event_file(tmp_path: Path) -> None:
    folder = tmp_path / "x.probono"
    folder.mkdir()
    done = run("status", folder, data_dir=tmp_path)
    assert done.returncode == 1 and "n'est pas un fichier d'événement" in done.stderr
    assert "endommagé" not in done.stderr


def test_an_endless_input_is_refused_before_being_read(demo_file: Path, tmp_path: Path) -> None:
    done = run("import", demo_file, "/dev/zero", data_dir=tmp_path)  # reading it would never end
    assert done.returncode == 1 and "n'est pas un fichier ordinaire" in done.stderr


def test_a_damaged_file_and_a_restore_leave_no_side_files(demo_file: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "abime.probono"
    damaged.write_bytes(demo_file.read_bytes()[:100_000])
    done = run("status", damaged, data_dir=tmp_path)
    assert done.returncode == 1 and "endommagé" in done.stderr
    assert sorted(p.name for p in tmp_path.glob("abime.probono*")) == ["abime.probono"]
    from probono_desk.services.backups import restore
    from probono_desk.services.event import Event

    with Event.open(demo_file) as ev:
        backup = ev.backup()
    assert backup is not None
    restore(demo_file, backup)
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]


# --- a write-protected folder -------------------------------------------------------------------------------------


def _in_read_only_folder(folder: Path, script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (sh) with ``folder`` mounted read-only at ``$RO`` in a private mount namespace."""
    mount = tmp_path / "lecture-seule"
    mount.mkdir()
    body = f'mount --bind "{folder}" "{mount}" && mount -o remount,bind,ro "{mount}" || exit 97\nRO="{mount}"\n{script}'
    env = {
        **os.environ,
        "PROBONO_DATA_DIR": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "fr_FR.UTF-8",
        "PY": sys.executable,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("PROBONO_LANG", None)
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", body], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180
    )


@pytest.fixture
def read_only_ready(tmp_path: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = _in_read_only_folder(tmp_path, "exit 0", tmp_path)
    if probe.returncode != 0:
        pytest.skip("no private mount namespace here (needs root)")
    (tmp_path / "lecture-seule").rmdir()


def test_an_event_in_a_read_only_folder_opens_read_only(demo_file: Path, tmp_path: Path, read_only_ready: None) -> None:
    before = demo_file.read_bytes()
    script = """
$PY -m probono_desk status "$RO/demo.probono" >/dev/null; echo "status=$?"
$PY -m probono_desk teams "$RO/demo.probono" --json >/dev/null; echo "teams=$?"
$PY -m probono_desk checkin "$RO/demo.probono" --search "Mehdi Ben Salah"; echo "checkin=$?"
$PY -m probono_desk teams "$RO/demo.probono" --auto; echo "auto=$?"
"""
    done = _in_read_only_folder(demo_file.parent, script, tmp_path)
    assert "status=0" in done.stdout and "teams=0" in done.stdout, done.stdout + done.stderr
    assert "checkin=1" in done.stdout and "auto=1" in done.stdout, done.stdout + done.stderr
    assert "lecture seule" in done.stderr and "endommagé" not in done.stderr
    assert demo_file.read_bytes() == before
    assert sorted(p.name for p in demo_file.parent.glob("demo.probono*")) == ["demo.probono"]


WINDOW = """
import sys
from pathlib import Path
from probono_desk.app import make_application
app = make_application()
from probono_desk.ui.launcher import Launcher
window = Launcher(station="t").try_open(Path(sys.argv[1]))
app.processEvents()
print("window", type(window).__name__)
print("banner", window.read_only_banner.isVisible(), window.read_only_banner.text())
print("import", window.import_action.isEnabled())
desk = window.show_screen("checkin")
person = window.ctx.ev.roster.volunteers()[0]
desk.check_in(person.id)
print("card", desk.card.title.text(), "|", desk.card.detail.text().replace(chr(10), " "))
print("present", len(window.ctx.ev.checkin.present_ids()))
window.close()
app.processEvents()
"""


def test_the_window_opens_a_read_only_event_with_a_banner(
    demo_file: Path, tmp_path: Path, read_only_ready: None
) -> None:
    script_file = tmp_path / "window.py"
    script_file.write_text(WINDOW)
    done = _in_read_only_folder(demo_file.parent, f'$PY "{script_file}" "$RO/demo.probono"', tmp_path)
    assert "window MainWindow" in done.stdout, done.stdout + done.stderr
    assert "banner True Lecture seule" in done.stdout
    assert "import False" in done.stdout
    assert "card Arrivée NON enregistrée" in done.stdout and "lecture seule" in done.stdout  # the desk says why
    assert "present 0" in done.stdout


def test_a_medium_that_refuses_writing_despite_permissions_opens_read_only(
    demo_file: Path, tmp_path: Path, read_only_ready: None
) -> None:
    """Some systems say a locked card is writable; SQLite's refusal then leads to read-only, not to "damaged"."""
    script = """$PY -c '
import sys
import probono_desk.services.event as e
e.writable_location = lambda path: True
ev = e.Event.open(sys.argv[1])
print("read_only", ev.read_only, len(ev.roster.volunteers()))
' "$RO/demo.probono"
"""
    done = _in_read_only_folder(demo_file.parent, script, tmp_path)
    assert "read_only True 50" in done.stdout, done.stdout + done.stderr
