"""« Héberger » and « Rejoindre » in the window: the code a person reads (and a webcam decodes), the link in the
status bar, a change from another station shown without touching anything, the banner when the hub is gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

from probono_desk.core.clock import FixedClock
from probono_desk.core.joincode import read_join_code, read_ticket
from probono_desk.scan.decode import decode_file
from probono_desk.services.event import Event
from probono_desk.storage.checkin import active_checkin
from probono_desk.ui.main_window import MainWindow
from probono_desk.ui.stations_dialogs import HostDialog, JoinDialog
from tests.ui.helpers import open_window


@pytest.fixture(autouse=True)
def _loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROBONO_HUB_LISTEN", "127.0.0.1")
    monkeypatch.setenv("PROBONO_NO_MDNS", "1")


@pytest.fixture
def window(qtbot, demo_path: Path, clock: FixedClock, qapp: QApplication) -> MainWindow:
    win = open_window(qtbot, demo_path, clock, "Orga")
    yield win
    win.stations.stop()


def test_hosting_shows_a_code_people_type_and_a_qr_a_webcam_reads(qtbot, window: MainWindow, tmp_path: Path) -> None:
    assert window.stations.link_label.text() == "Poste seul (pas d'hôte)"
    dialog = window.stations.open_host()
    assert isinstance(dialog, HostDialog)
    qtbot.waitUntil(lambda: window.stations.hub is not None, timeout=20_000)
    hub = window.stations.hub
    assert read_join_code(dialog.code_label.text()) == hub.code
    assert dialog.address_label.text() == f"Adresse : {hub.address}"
    picture = tmp_path / "qr.png"
    dialog.qr_label.pixmap().save(str(picture))
    [text] = decode_file(picture)
    ticket = read_ticket(text)
    assert ticket.code == hub.code and str(ticket.address) == str(hub.address)
    qtbot.waitUntil(lambda: window.stations.link_label.text().startswith("Hôte · 0 autre"), timeout=10_000)


def test_a_joined_station_shows_the_others_changes_and_works_alone_when_the_hub_goes(
    qtbot, tmp_path: Path, demo_path: Path, clock: FixedClock
) -> None:
    from probono_desk.services.stations import join_new

    # The organiser's laptop hosts the event (in this process, its own file); the door's laptop got its file from
    # the hub (joining with no file), then opens its window on it.
    hub_event = Event.open(demo_path, station="Orga")
    hub = hub_event.stations.host(listen="127.0.0.1", store=tmp_path / "hub")
    door = tmp_path / "porte.probono"
    assert join_new(door, hub.address, hub.code, "Porte").run_once(60).caught_up
    window = open_window(qtbot, door, clock, "Porte")
    try:
        dialog = window.stations.open_join()
        assert isinstance(dialog, JoinDialog)
        dialog.code_edit.setText("BKTF-HJSD")
        dialog.address_edit.setText(str(hub.address))
        dialog.join()
        assert "mal tapé" in dialog.problem.text() and window.stations.client is None
        dialog.code_edit.setText(hub.display_code.lower())
        dialog.join()
        assert window.stations.client is not None
        qtbot.waitUntil(lambda: "1 autre(s) poste(s) connecté(s)" in window.stations.link_label.text(), timeout=15_000)

        # A check-in at the organiser's laptop reaches this window's file through the sync thread, and the window
        # refreshes on its own (PRAGMA data_version).
        person = hub_event.roster.volunteers()[0]
        with qtbot.waitSignal(window.ctx.data_changed, timeout=10_000):
            hub_event.checkin.check_in_volunteer(person.id)
            hub.client.nudge()
        qtbot.waitUntil(lambda: active_checkin(window.ctx.ev.db, person.id) is not None, timeout=10_000)

        # The hub goes away: the banner says this laptop works alone, and its own writes wait.
        hub.stop()
        qtbot.waitUntil(lambda: window.stations.banner.isVisible(), timeout=15_000)
        assert "Travail en autonomie" in window.stations.banner.text()
        other = window.ctx.ev.roster.volunteers()[1]
        window.ctx.ev.checkin.check_in_volunteer(other.id)
        window.ctx.notify_changed()
        qtbot.waitUntil(lambda: "1 modification(s) en attente" in window.stations.link_label.text(), timeout=10_000)
    finally:
        window.stations.stop()
        hub.stop()
        hub_event.close()


def test_a_linked_station_links_again_when_its_window_reopens_until_it_leaves(
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
        assert window.stations.leave_action.isEnabled()
        window.stations.leave_action.trigger()
        assert window.stations.client is None and window.stations.link_label.text() == "Poste seul (pas d'hôte)"
        window.close()

        again = open_window(qtbot, door, clock, "Porte")
        QApplication.processEvents()  # the resume check runs once the window's event loop turns
        assert again.stations.client is None and not again.stations.leave_action.isEnabled()
        again.close()
    finally:
        hub.stop()
        hub_event.close()


def test_the_status_bar_tells_what_the_merge_settled(qtbot, tmp_path: Path, demo_path: Path, clock: FixedClock) -> None:
    from tests.helpers import double_move

    door, person, _walker, _structures = double_move(tmp_path, demo_path)
    window = open_window(qtbot, door, clock, "Porte")
    button = window.stations.notices_button
    assert button.isVisibleTo(window) and button.text() == "2 avis des autres postes"
    button.click()
    box = window.stations._notices_box
    assert f"{person.name} a été déplacé·e par deux postes" in box.text()
    box.close()
    window.close()


def test_a_hub_heard_on_the_network_fills_the_address_when_clicked(qtbot) -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    dialog = JoinDialog(None)  # type: ignore[arg-type]  # joining is not asked here
    qtbot.addWidget(dialog)
    dialog.show()
    hubs = [SimpleNamespace(event_name="Marathon", station=name, address=f"192.168.1.{n}:4222")
            for n, name in ((12, "Accueil 1"), (13, "Jury"))]  # fmt: skip
    dialog.browser = SimpleNamespace(hubs=lambda: [], close=lambda: None)
    dialog._refresh_found()
    assert dialog.found_model.index(0, 0).data() == "Aucun hôte trouvé : tapez l'adresse."
    qtbot.mouseClick(dialog.found.viewport(), Qt.MouseButton.LeftButton, pos=dialog.found.visualRect(
        dialog.found_model.index(0, 0)).center())
    assert dialog.address_edit.text() == ""  # the line saying none was heard fills nothing
    dialog.browser = SimpleNamespace(hubs=lambda: hubs, close=lambda: None)
    dialog._refresh_found()
    assert dialog.found_model.index(1, 0).data() == "Marathon — Jury (192.168.1.13:4222)"
    qtbot.mouseClick(dialog.found.viewport(), Qt.MouseButton.LeftButton, pos=dialog.found.visualRect(
        dialog.found_model.index(1, 0)).center())
    assert dialog.address_edit.text() == "192.168.1.13:4222"
