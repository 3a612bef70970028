"""The organiser's PIN (issue 17, point 5): 6 characters at least, scrypt with its salt and cost stored, old PBKDF2
PINs still accepted and rehashed, and every output of codes or personal data behind it, on the command line too."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from probono_desk.cli import main
from probono_desk.core.errors import InvalidInput
from probono_desk.core.pin import TEST_COST_ENV, hash_pin, needs_rehash, verify_pin
from probono_desk.services.event import Event
from probono_desk.storage.db import get_meta, set_meta
from tests.helpers import VOLUNTEERS_CSV

PIN = "m4rath0n"


@pytest.fixture(autouse=True)
def _no_pin_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROBONO_PIN", raising=False)


def test_the_real_cost_is_scrypt_2_16_r10(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TEST_COST_ENV)
    stored = hash_pin("123456")
    scheme, log2_n, r, p, salt, digest = stored.split("$")
    assert (scheme, log2_n, r, p) == ("scrypt", "16", "10", "1") and len(bytes.fromhex(salt)) == 16
    assert "123456" not in stored
    assert verify_pin("123456", stored) and not verify_pin("123457", stored)
    assert not needs_rehash(stored)


def test_a_tampered_cost_is_refused_not_computed() -> None:
    stored = hash_pin("123456")
    _scheme, _n, r, p, salt, digest = stored.split("$")
    assert not verify_pin("123456", f"scrypt$40${r}${p}${salt}${digest}")  # 2^40: would ask for terabytes
    assert not verify_pin("123456", "scrypt$x$1$1$00$00") and not verify_pin("123456", "garbage")


@pytest.mark.parametrize("short", ["", "12345", "abcde", "12 3456"])
def test_a_new_pin_needs_six_characters(event: Event, short: str) -> None:
    with pytest.raises(InvalidInput, match="6 à 64 caractères"):
        event.privacy.set_pin(short)
    assert not event.privacy.has_pin()
    event.privacy.set_pin("abc123")
    assert event.privacy.check_pin("abc123")


def _old_pbkdf2(pin: str) -> str:
    salt = os.urandom(16)
    return f"pbkdf2_sha256$1000${salt.hex()}${hashlib.pbkdf2_hmac('sha256', pin.encode(), salt, 1000).hex()}"


def test_an_old_four_digit_pin_still_opens_and_is_rehashed(event: Event) -> None:
    with event.write() as w:
        set_meta(w.db, "kiosk_pin", _old_pbkdf2("2019"))
    assert not event.privacy.check_pin("2018")
    assert get_meta(event.db, "kiosk_pin").startswith("pbkdf2_sha256$")  # a wrong PIN rehashes nothing
    assert event.privacy.check_pin("2019")
    stored = get_meta(event.db, "kiosk_pin")
    assert stored.startswith("scrypt$") and verify_pin("2019", stored)
    assert event.evaluations.pin_too_short()  # works until changed; the settings ask to change it
    assert event.privacy.check_pin("2019") and get_meta(event.db, "kiosk_pin") == stored  # rehashed once
    event.privacy.set_pin(PIN, current="2019")
    assert not event.evaluations.pin_too_short() and not event.privacy.check_pin("2019")


def test_the_pin_command(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pin", str(demo_path), "--new", "12345"]) == 1
    assert "6 à 64 caractères" in capsys.readouterr().err
    assert main(["pin", str(demo_path), "--new", PIN]) == 0
    assert "Code PIN enregistré" in capsys.readouterr().out
    assert main(["pin", str(demo_path), "--new", "autre-pin"]) == 1  # changing it needs the current one
    assert "Code PIN actuel incorrect" in capsys.readouterr().err
    assert main(["pin", str(demo_path), "--new", "autre-pin", "--pin", "mauvais"]) == 1
    assert main(["pin", str(demo_path), "--new", "autre-pin", "--pin", PIN]) == 0
    with Event.open(demo_path) as ev:
        assert ev.privacy.check_pin("autre-pin") and not ev.privacy.check_pin(PIN)


@pytest.fixture
def locked(demo_path: Path) -> Path:
    with Event.open(demo_path) as ev:
        ev.privacy.set_pin(PIN)
    return demo_path


@pytest.mark.parametrize("kind", ["badges", "team-sheets", "sign-in", "certificates", "report"])
def test_documents_with_codes_or_names_need_the_pin(
    locked: Path, tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{kind}.pdf"
    assert main(["print", str(locked), kind, "--out", str(out)]) == 1
    assert "Code PIN" in capsys.readouterr().err and not out.exists()
    assert main(["print", str(locked), kind, "--out", str(out), "--pin", "faux-pin"]) == 1 and not out.exists()
    assert main(["print", str(locked), kind, "--out", str(out), "--pin", PIN]) == 0 and out.exists()


@pytest.mark.parametrize("kind", ["table-signs", "rundown"])
def test_documents_without_personal_data_need_no_pin(locked: Path, tmp_path: Path, kind: str) -> None:
    assert main(["print", str(locked), kind, "--out", str(tmp_path / "x.pdf")]) == 0


def _changed_registration(tmp_path: Path) -> tuple[Path, str]:
    """The demo's first registration with another phone and first name spelling kept: an update, not a new person."""
    lines = VOLUNTEERS_CSV.read_text(encoding="utf-8").splitlines()
    header, first = lines[0], lines[1]
    changed = first.replace("0650226594", "0711223344")
    assert changed != first
    path = tmp_path / "mise-a-jour.csv"
    path.write_text(f"{header}\n{changed}\n", encoding="utf-8")
    return path, "07 11 22 33 44"


def _phone_of(event_path: Path, email: str) -> str:
    with Event.open(event_path) as ev:
        return ev.privacy.find(email=email, volunteer_id="").phone


def test_an_import_that_changes_people_needs_the_pin(
    locked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    update, new_phone = _changed_registration(tmp_path)
    before = _phone_of(locked, "cecile.moreau@laposte.net")
    assert main(["import", str(locked), str(update)]) == 1
    assert "Code PIN" in capsys.readouterr().err
    assert _phone_of(locked, "cecile.moreau@laposte.net") == before
    assert main(["import", str(locked), str(update), "--dry-run"]) == 0  # looking writes nothing: no PIN
    assert main(["import", str(locked), str(update), "--pin", PIN]) == 0
    assert _phone_of(locked, "cecile.moreau@laposte.net") == new_phone


def test_an_import_of_new_people_only_needs_no_pin(locked: Path, tmp_path: Path) -> None:
    lines = VOLUNTEERS_CSV.read_text(encoding="utf-8").splitlines()
    newcomer = tmp_path / "nouveau.csv"
    newcomer.write_text(
        f"{lines[0]}\n2019/11/30 10:00:00,zoe.nouvelle@example.org,Zoé,Nouvelle,0612345678,Acme,Salarié(e),"
        f"Rédaction,,,Oui\n",
        encoding="utf-8",
    )
    assert main(["import", str(locked), str(newcomer)]) == 0
    with Event.open(locked) as ev:
        assert ev.privacy.find(email="zoe.nouvelle@example.org", volunteer_id="").first_name == "Zoé"
