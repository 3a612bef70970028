"""Check-in codes: alphabet, randomness, event tag, check letter, and reading what scanners and people type."""

from __future__ import annotations

import math
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probono_desk.core.checkin_search import edit_distance, matches_roughly, query_words, tokens
from probono_desk.core.codes import (
    ALPHABET,
    BODY_LEN,
    CODE_LEN,
    TAG_LEN,
    Problem,
    check_letter,
    event_tag,
    format_code,
    has_valid_check,
    letters_of,
    new_code,
    qr_payload,
    read_code,
)
from tests.helpers import through_layout

TAG = event_tag("01event-of-lille")
OTHER_TAG = event_tag("01another-event")

def test_alphabet_is_what_both_layouts_share() -> None:
    assert ALPHABET == "bcdefghijklnoprstuvxy"
    for ch in ALPHABET:
        assert through_layout(ch, "qwerty", "azerty") == ch
        assert through_layout(ch, "azerty", "qwerty") == ch


def test_code_shape_and_randomness() -> None:
    code = new_code(TAG)
    assert len(code) == CODE_LEN == 19
    assert set(code) <= set(ALPHABET)
    assert code.startswith(TAG)
    assert BODY_LEN * math.log2(len(ALPHABET)) >= 64
    assert has_valid_check(code)
    assert len({new_code(TAG) for _ in range(2000)}) == 2000


def test_event_tag_is_stable_and_differs_between_events() -> None:
    assert event_tag("abc") == event_tag("abc")
    assert len(TAG) == TAG_LEN
    tags = {event_tag(f"event-{i}") for i in range(200)}
    assert len(tags) > 190


def test_printed_groups_and_qr_payload() -> None:
    code = new_code(TAG)
    printed = format_code(code)
    assert [len(g) for g in printed.split("-")] == [3, 4, 4, 4, 4]
    assert printed.isupper()
    assert read_code(printed, TAG).code == code
    assert qr_payload(code) == code.upper() and set(qr_payload(code)) <= set(string.ascii_uppercase)


@pytest.mark.parametrize("scanner,laptop", [("qwerty", "azerty"), ("azerty", "qwerty"), ("qwerty", "qwerty")])
@pytest.mark.parametrize("caps", [False, True])
@pytest.mark.parametrize("shape", ["qr", "printed", "printed-lower", "spaced"])
def test_layout_mismatch_and_caps_lock_are_read(scanner: str, laptop: str, caps: bool, shape: str) -> None:
    code = new_code(TAG)
    text = {
        "qr": qr_payload(code),
        "printed": format_code(code),
        "printed-lower": format_code(code, upper=False),
        "spaced": format_code(code, sep=" "),
    }[shape]
    typed = through_layout(text, scanner, laptop, caps_lock=caps)
    reading = read_code(typed, TAG)
    assert reading.ok, (typed, reading)
    assert reading.code == code


def test_mismatched_dash_becomes_other_characters_but_is_ignored() -> None:
    code = new_code(TAG)
    typed = through_layout(format_code(code), "qwerty", "azerty")
    assert ")" in typed  # the dash key of QWERTY is ')' on AZERTY
    assert read_code(typed, TAG).code == code
    typed_back = through_layout(format_code(code), "azerty", "qwerty")
    assert "6" in typed_back  # AZERTY's dash sits on QWERTY's 6
    assert read_code(typed_back, TAG).code == code


def test_other_event_damaged_and_not_a_code() -> None:
    foreign = new_code(OTHER_TAG)
    assert read_code(foreign, TAG).problem is Problem.OTHER_EVENT
    code = new_code(TAG)
    assert read_code(code[:-1], TAG).problem is Problem.DAMAGED  # a letter missing
    assert read_code(code + "b", TAG).problem is Problem.DAMAGED  # one too many
    assert read_code("", TAG).problem is Problem.NOT_A_CODE
    assert read_code("3017620422003", TAG).problem is Problem.NOT_A_CODE  # a product barcode
    assert read_code("https://www.probonolab.org/marathon", TAG).problem is Problem.NOT_A_CODE


letter = st.sampled_from(ALPHABET)


def complete(payload: str) -> str:
    return payload + check_letter(payload)


body = st.text(alphabet=letter, min_size=BODY_LEN, max_size=BODY_LEN)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_any_single_substitution_is_caught(data: st.DataObject) -> None:
    code = complete(TAG + data.draw(body))
    position = data.draw(st.integers(0, CODE_LEN - 1))
    replacement = data.draw(letter.filter(lambda c: c != code[position]))
    mutated = code[:position] + replacement + code[position + 1 :]
    assert read_code(mutated, TAG).problem is Problem.DAMAGED


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_any_adjacent_transposition_is_caught(data: st.DataObject) -> None:
    code = complete(TAG + data.draw(body))
    position = data.draw(st.integers(0, CODE_LEN - 2))
    a, b = code[position], code[position + 1]
    mutated = code[:position] + b + a + code[position + 2 :]
    if a == b:
        assert read_code(mutated, TAG).code == code
    else:
        assert read_code(mutated, TAG).problem is Problem.DAMAGED


def test_every_substitution_and_swap_exhaustively() -> None:
    code = new_code(TAG)
    for i in range(CODE_LEN):
        for c in ALPHABET:
            if c != code[i]:
                assert not has_valid_check(code[:i] + c + code[i + 1 :])
        if i < CODE_LEN - 1 and code[i] != code[i + 1]:
            assert not has_valid_check(code[:i] + code[i + 1] + code[i] + code[i + 2 :])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET + ALPHABET.upper() + "-  )6é&"), max_size=40))
def test_random_text_is_never_a_valid_code_of_known_codes(text: str) -> None:
    known = {new_code(TAG) for _ in range(5)}
    reading = read_code(text, TAG)
    assert not (reading.ok and reading.code in known)


@settings(max_examples=300, deadline=None)
@given(body, st.sampled_from(["", "-", " ", ")", "6"]), st.booleans())
def test_a_valid_code_is_never_refused(letters: str, sep: str, upper: bool) -> None:
    code = complete(TAG + letters)
    text = format_code(code, sep=sep, upper=upper)
    assert read_code(text, TAG).code == code and read_code(text, TAG).ok


def test_letters_of_ignores_noise() -> None:
    assert letters_of(" BkT-é)6 ") == "bkt"


def test_fuzzy_search_helpers() -> None:
    assert edit_distance("dupnt", "dupont", 2) == 1
    assert edit_distance("ab", "ba", 2) == 1
    assert edit_distance("martin", "xyzxyzxyz", 2) == 3
    key_tokens = tokens("elodie leger elodie.leger@mail.fr decathlon")
    assert matches_roughly(query_words("Élodei"), key_tokens)
    assert matches_roughly(query_words("leger elod"), key_tokens)
    assert not matches_roughly(query_words("martin"), key_tokens)
