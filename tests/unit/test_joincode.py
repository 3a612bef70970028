"""The join code: typed by hand at 8h, read by a webcam, and the only key to the event's hub."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from probono_desk.core.codes import ALPHABET, event_tag
from probono_desk.core.joincode import (
    CODE_LEN,
    HubAddress,
    JoinCodeError,
    Ticket,
    belongs_to,
    derive_secrets,
    format_join_code,
    new_join_code,
    parse_address,
    read_join_code,
    read_ticket,
)
from probono_desk.sync.discovery import hubs_for, instance_name, parse_service, service_properties
from probono_desk.sync.tls import event_certificate

EVENT = "01jevent0000000000000000000"


def test_a_code_is_sixteen_layout_proof_letters_of_the_event() -> None:
    code = new_join_code(EVENT)
    assert len(code) == CODE_LEN == 16
    assert set(code) <= set(ALPHABET)
    assert code[:3] == event_tag(EVENT)
    assert belongs_to(code, EVENT)
    assert not belongs_to(code, "another-event")
    shown = format_join_code(code)
    assert shown == shown.upper() and shown.count("-") == 3 and len(shown) == 19


def test_what_people_type_is_read_back() -> None:
    code = new_join_code(EVENT)
    shown = format_join_code(code)
    for typed in (shown, shown.lower(), shown.replace("-", " "), f"  {code.upper()} ", shown.replace("-", ")")):
        assert read_join_code(typed) == code


@given(st.integers(min_value=0, max_value=CODE_LEN - 1), st.sampled_from(ALPHABET))
def test_every_single_wrong_letter_is_caught(position: int, letter: str) -> None:
    code = new_join_code(EVENT)
    mistyped = code[:position] + letter + code[position + 1 :]
    if mistyped != code:
        with pytest.raises(JoinCodeError):
            read_join_code(mistyped)


@given(st.integers(min_value=0, max_value=CODE_LEN - 2))
def test_every_swap_of_neighbours_is_caught(position: int) -> None:
    code = new_join_code(EVENT)
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2 :]
    if swapped != code:
        with pytest.raises(JoinCodeError):
            read_join_code(swapped)


@pytest.mark.parametrize("typed", ["", "abc", "bkt-fhjs-lnop", "x" * 40, "https://example.org"])
def test_not_a_code(typed: str) -> None:
    with pytest.raises(JoinCodeError):
        read_join_code(typed)


def test_the_code_opens_its_credential_and_certificate_and_nothing_else() -> None:
    code, other = new_join_code(EVENT), new_join_code(EVENT)
    assert derive_secrets(code) == derive_secrets(code)
    assert derive_secrets(code).password != derive_secrets(other).password
    assert code not in derive_secrets(code).password
    # Every holder of the code builds the very same certificate: a takeover hub serves what joiners already trust.
    first = event_certificate(code)
    event_certificate.cache_clear()
    assert event_certificate(code) == first
    assert event_certificate(other).fingerprint != first.fingerprint
    assert len(first.fingerprint.split(":")) == 32


@pytest.mark.parametrize(
    ("text", "host", "port"),
    [("192.168.1.12:4222", "192.168.1.12", 4222), ("orga-laptop.local:5000", "orga-laptop.local", 5000),
     ("[fe80::1]:4222", "fe80::1", 4222), (" 127.0.0.1:1 ", "127.0.0.1", 1)],
)  # fmt: skip
def test_addresses(text: str, host: str, port: int) -> None:
    assert parse_address(text) == HubAddress(host, port)


@pytest.mark.parametrize("text", ["", "4222", "host:", "host:port", "host:0", "host:70000", "a b:1", "x/y:2"])
def test_bad_addresses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_address(text)


def test_the_qr_ticket_carries_address_and_code_in_qr_alphanumerics() -> None:
    code = new_join_code(EVENT)
    ticket = Ticket(HubAddress("192.168.1.12", 4222), code)
    text = ticket.text()
    assert set(text) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert read_ticket(text) == ticket
    assert read_ticket(text.lower()) == ticket
    with pytest.raises(ValueError):
        read_ticket(text.replace("PROBONO-HUB", "OTHER"))
    with pytest.raises(JoinCodeError):
        read_ticket(text[:-1] + ("B" if text[-1] != "B" else "C"))


def test_discovery_reads_what_a_hub_advertises() -> None:
    props = {k.encode(): v.encode() for k, v in service_properties(EVENT, "bkt", "Marathon", "orga").items()}
    hub = parse_service("Marathon — orga._probono._tcp.local.", props, ["fe80::1", "192.168.1.12"], 4222)
    assert hub is not None and hub.address == "192.168.1.12:4222" and hub.event_id == EVENT and hub.tag == "bkt"
    assert hubs_for([hub], event_id=EVENT) == [hub]
    assert hubs_for([hub], tag="xyz") == []
    assert parse_service("x", {}, ["192.168.1.12"], 4222) is None  # not one of ours
    assert parse_service("x", props, ["0.0.0.0"], 4222) is None
    name = instance_name("Marathon Probono. Décembre " * 5, "poste")
    assert name.endswith("._probono._tcp.local.") and len(name.split("._probono")[0].encode()) <= 63
