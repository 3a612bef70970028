"""Anonymising on a station linked to the others: the window leaves them first (asking), anonymises, and says the
other stations must anonymise too (what they received carries the old values)."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QMessageBox

from probono_desk.core.clock import FixedClock
from probono_desk.services.event import Event
from tests.ui.helpers import open_window


@pytest.fixture(autouse=True)
def _loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROBONO_HUB_LISTEN", "127.0.0.1")
    monkeypatch.setenv("PROBONO_NO_MDNS", "1")


def test_anonymise_on_a_linked_station_leaves_the_others_first_and_says_they_must_too(
    qtbot, tmp_path: Path, demo_path: Path, clock: FixedClock
) -> None:
    from probono_desk.services.stations import join_new

    hub_event = Event.open(demo_path, station="Orga")
    hub = hub_event.stations.host(listen="127.0.0.1", store=tmp_path / "hub")
    door = tmp_path / "porte.probono"
    try:
        assert join_new(door, hub.address, hub.code, "Porte").run_once(60).caught_up
        window = open_window(qtbot, door, clock, "Porte")
        qtbot.waitUntil(lambda: window.stations.client is not None, timeout=5_000)
        qtbot.waitUntil(lambda: "autre(s) poste(s) connecté(s)" in window.stations.link_label.text(), timeout=15_000)

        box = window.ask_anonymise()
        assert box.windowTitle() == "Anonymiser un poste relié aux autres"
        assert "Les autres postes devront anonymiser aussi" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert window.stations.active  # nothing done

        box = window.ask_anonymise()
        box.button(QMessageBox.StandardButton.Yes).click()
        assert not window.stations.active and window.ctx.ev.stations.resume_plan() is None
        sure = window._confirm_box
        assert "Anonymiser 50 personne(s)" in sure.text()
        sure.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: getattr(window, "_anonymised_box", None) is not None, timeout=20_000)
        done = window._anonymised_box.text()
        assert "50 personne(s) anonymisée(s)" in done and "anonymisez aussi chacun d'eux" in done
        assert all(v.name.startswith("Bénévole anonyme") for v in window.ctx.ev.roster.volunteers())
        window.close()
    finally:
        hub.stop()
        hub_event.close()
