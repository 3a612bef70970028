"""Properties: no input makes the import crash, and any valid generated export imports with the right count."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from probono_desk.core.errors import ImportRefused, InvalidInput
from probono_desk.core.text import clean
from probono_desk.services.event import Event
from tests.unit.exports import FIELDS, HEADERS_EN, HEADERS_FR, csv_export, xlsx_export

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(data: bytes, suffix: str = ".csv") -> None:
    """Read (and, when clean, apply) a file; only the import's own refusals may come out."""
    event = Event.in_memory()
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"x{suffix}"
            path.write_bytes(data)
            try:
                plan = event.registrations.read(path)
                event.registrations.apply(plan, allow_partial=True)
            except (ImportRefused, InvalidInput):
                pass
    finally:
        event.close()


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    _read(data)


HEADER_WORDS = ["Prénom", "Nom", "E-mail", "Téléphone", "Structure", "Table", "Capacité", "Nom complet", "", "x"]
CELLS = st.one_of(st.text(max_size=30), st.sampled_from(HEADER_WORDS), st.sampled_from(["a@b.fr", "@", "06", "6E8"]))


@SETTINGS
@given(
    st.lists(st.lists(CELLS, max_size=8), max_size=12),
    st.sampled_from([";", ",", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
)
def test_random_tables_never_crash(rows: list[list[str]], delimiter: str, encoding: str) -> None:
    text = "\n".join(delimiter.join(row) for row in rows)
    _read(text.encode(encoding, errors="replace"))


@SETTINGS
@given(st.text(max_size=3000))
def test_random_text_never_crashes(text: str) -> None:
    _read(text.encode("utf-8", errors="surrogatepass"))


NAME = st.text(alphabet="abcdeéèêëàâçîïôœùûüÀÉÇŒ-' ,;\t\"\n", min_size=1, max_size=15).filter(lambda s: clean(s) != "")


@st.composite
def exports(draw: st.DrawFn) -> tuple[bytes, str, int]:
    count = draw(st.integers(min_value=1, max_value=25))
    people = []
    for i in range(count):
        email = draw(st.sampled_from([f"p{i}@example.org", f"P{i}@Example.ORG", f"  p{i}@example.org "]))
        people.append(
            {
                "email": email,
                "first_name": draw(NAME),
                "last_name": draw(NAME),
                "phone": draw(st.sampled_from(["", "612345678", "+33 6 12 34 56 78", "6.12345678E8"])),
                "skills": draw(st.sampled_from(["", "Finance / comptabilité, Rédaction", "A\nB"])),
                "registered_at": f"2019/05/{1 + i % 28:02d} 12:00:00",
            }
        )
    duplicates = draw(st.lists(st.integers(min_value=0, max_value=count - 1), max_size=3))
    people += [
        dict(people[i], email=people[i]["email"].upper(), registered_at="2019/06/30 12:00:00") for i in duplicates
    ]
    order = draw(st.permutations(FIELDS))
    headers = draw(st.sampled_from([HEADERS_FR, HEADERS_EN]))
    if draw(st.booleans()):
        return xlsx_export(people, order=order, headers=headers, typed=draw(st.booleans())), ".xlsx", count
    data = csv_export(
        people,
        order=order,
        headers=headers,
        delimiter=draw(st.sampled_from([";", ",", "\t"])),
        encoding=draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"])),
        blank_every=draw(st.sampled_from([0, 3])),
        title_lines=draw(st.sampled_from([(), ("Inscriptions Marathon Probono",)])),
    )
    return data, ".csv", count


@SETTINGS
@given(exports())
def test_a_generated_valid_export_imports_with_the_right_count(export: tuple[bytes, str, int]) -> None:
    data, suffix, count = export
    event = Event.in_memory()
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / f"export{suffix}"
            path.write_bytes(data)
            plan = event.registrations.read(path)
            assert plan.reading.blocking == []
            result = event.registrations.apply(plan)
            assert result.created == count
            assert len(event.roster.volunteers()) == count
            assert event.registrations.import_file(path).unchanged == count  # and again: nothing changes
    finally:
        event.close()
