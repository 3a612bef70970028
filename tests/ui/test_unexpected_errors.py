"""No traceback ever reaches a user: an exception escaping a slot shows a French message and goes to the log file in
the user data folder; the command line prints one line and exits 1."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from probono_desk import cli, cli_event
from probono_desk.core.logs import log_file
from probono_desk.ui.errors import install_excepthook


def visible_boxes() -> list[QMessageBox]:
    """The boxes this test opened (earlier tests may have left others open)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "inattendue" in w.text()
    ]


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_french_words_and_logs_the_traceback(
    qtbot: QtBot, _user_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever was there after the test
    install_excepthook()
    button = QPushButton("Imprimer")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise ZeroDivisionError("le détail technique")

    button.clicked.connect(broken_slot)
    QTimer.singleShot(0, button.click)
    qtbot.waitUntil(lambda: len(visible_boxes()) == 1)
    text = visible_boxes()[0].text()
    assert text.startswith("Une erreur inattendue est survenue (ZeroDivisionError). Rien n'a été perdu")
    assert "Traceback" not in text and "le détail technique" not in text
    assert log_file().is_relative_to(_user_data)
    assert str(log_file()) in text
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "ZeroDivisionError: le détail technique" in logged
    assert "broken_slot" in logged
    for box in visible_boxes():
        box.close()


def test_cli_unexpected_error_is_one_line_and_exit_1(
    demo_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_args: object) -> int:
        raise KeyError("colonne_interne")

    monkeypatch.setattr(cli_event, "cmd_status", broken)  # the status command lives with its parser
    code = cli.main(["status", str(demo_path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("probono-desk : erreur inattendue (KeyError). Détails : ")
    assert "Traceback" not in err
    assert "KeyError: 'colonne_interne'" in log_file().read_text(encoding="utf-8")


def test_cli_refused_input_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["status", str(tmp_path / "absent.probono")])
    _out, err = capsys.readouterr()
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
