"""The hub on loopback against outsiders: without the code nothing is read and nothing is published, whether the
outsider runs probono-desk with a wrong code or a bare NATS client, plain or TLS."""

from __future__ import annotations

import asyncio
import json
import re
import socket
import ssl
from pathlib import Path

import pytest

from probono_desk.core.joincode import derive_secrets, new_join_code, read_join_code
from probono_desk.sync import protocol
from probono_desk.sync.tls import client_context
from tests.e2e.stations_helpers import Hub, run, wait_until

nats = pytest.importorskip("nats")


@pytest.fixture
def hub(tmp_path: Path, demo_path: Path):  # type: ignore[no-untyped-def]
    hub = Hub(tmp_path / "userdata", demo_path)
    yield hub
    assert hub.stop() == 0


def _stream_messages(hub: Hub) -> int:
    code = read_join_code(hub.code)

    async def main() -> int:
        secret = derive_secrets(code)
        nc = await nats.connect(
            f"tls://{hub.address}", user=secret.user, password=secret.password, tls=client_context(code)
        )
        try:
            info = await nc.jetstream().stream_info(protocol.STREAM)
            return int(info.state.messages)
        finally:
            await nc.close()

    return asyncio.run(main())


def test_the_hub_says_where_and_the_code_on_its_first_line(hub: Hub) -> None:
    assert re.fullmatch(r"127\.0\.0\.1:\d+ [A-Z]{4}-[A-Z]{4}-[A-Z]{4}-[A-Z]{4}", hub.first_line)
    assert read_join_code(hub.code)


def test_a_bare_client_without_the_code_is_refused_plain_or_tls(hub: Hub) -> None:
    host, port = hub.address.split(":")

    # Plain TCP speaking the NATS protocol: the server wants TLS first and hangs up, never a PONG.
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        info = raw.recv(4096)
        assert info.startswith(b"INFO ") and b'"tls_required":true' in info
        raw.sendall(
            b'CONNECT {"verbose":false,"pedantic":false}\r\nPING\r\nSUB probono.> 1\r\nPUB probono.x 2\r\nhi\r\n'
        )
        raw.settimeout(5)
        received, closed = b"", False
        try:
            while chunk := raw.recv(4096):
                received += chunk
            closed = True
        except ConnectionResetError:
            closed = True
        except TimeoutError:
            pass
    assert closed and b"PONG" not in received and b"MSG " not in received

    # TLS without checking the certificate, with no credential, then with the credential of another code.
    loose = ssl.create_default_context()
    loose.check_hostname = False
    loose.verify_mode = ssl.CERT_NONE
    other = derive_secrets(new_join_code("another-event"))

    async def attempts() -> list[str]:
        errors = []
        for options in ({}, {"user": other.user, "password": other.password}):
            try:
                nc = await nats.connect(
                    f"tls://{hub.address}", tls=loose, allow_reconnect=False, connect_timeout=3, **options
                )
            except Exception as exc:  # noqa: BLE001 - the refusal is what is checked
                errors.append(str(exc))
            else:
                await nc.close()
                errors.append("CONNECTED")
        # And the plain nats:// client, which the server upgrades to TLS: the event's certificate is not trusted.
        try:
            nc = await nats.connect(f"nats://{hub.address}", allow_reconnect=False, connect_timeout=3)
        except Exception as exc:  # noqa: BLE001
            errors.append(type(exc).__name__)
        else:
            await nc.close()
            errors.append("CONNECTED")
        return errors

    errors = asyncio.run(attempts())
    assert "CONNECTED" not in errors
    assert all("Authorization Violation" in e for e in errors[:2]), errors


def test_a_wrong_code_receives_nothing_and_publishes_nothing(hub: Hub, tmp_path: Path, demo_path: Path) -> None:
    from probono_desk.services.event import Event

    def hub_sent_all() -> bool:  # the hub's own station has published its history
        return json.loads(run(tmp_path / "userdata", "status", demo_path, "--json").stdout)["sync"]["pending"] == 0

    assert wait_until(hub_sent_all, timeout=30)
    before = _stream_messages(hub)
    with Event.open(demo_path) as event:
        wrong = new_join_code(event.info.id)  # the event's own tag: only the secret part is wrong
    assert wrong[:3] == read_join_code(hub.code)[:3] and wrong != read_join_code(hub.code)

    # A new laptop: refused in one line, no file made.
    fresh = tmp_path / "nouveau.probono"
    result = run(tmp_path / "userdata", "sync", fresh, "--hub", hub.address, "--code", wrong, "--once")
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1 and "refusé" in result.stderr
    assert not fresh.exists()

    # A station of the event with changes waiting: refused, and the changes stay waiting, unsent.
    copy = tmp_path / "copie.probono"
    copy.write_bytes(demo_path.read_bytes())
    assert run(tmp_path / "userdata", "checkin", copy, "--search", "a").returncode in (0, 1, 3)
    status = json.loads(run(tmp_path / "userdata", "status", copy, "--json").stdout)
    result = run(tmp_path / "userdata", "sync", copy, "--hub", hub.address, "--code", wrong, "--once")
    assert result.returncode == 1, result.stderr
    after = json.loads(run(tmp_path / "userdata", "status", copy, "--json").stdout)
    assert after["sync"]["pending"] == status["sync"]["pending"] and after["sync"]["hub"] is None
    assert _stream_messages(hub) == before


def test_a_mistyped_code_is_caught_before_the_network(tmp_path: Path) -> None:
    result = run(tmp_path / "userdata", "sync", tmp_path / "x.probono", "--hub", "127.0.0.1:9", "--code", "BKTF-HJSD")
    assert result.returncode == 1
    assert "mal tapé" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.probono").exists()


def test_a_second_hub_of_the_same_event_on_this_laptop_is_refused(hub: Hub, tmp_path: Path, demo_path: Path) -> None:
    result = run(tmp_path / "userdata", "hub", demo_path, "--listen", "127.0.0.1", timeout=30)
    assert result.returncode == 1 and "déjà hébergé" in result.stderr and not result.stdout
    assert _stream_messages(hub) >= 0  # the first hub still serves
