"""The certificates and the per-organisation summary count each volunteer's hours by the bilan's rule
(``core.trail_hours``): from their arrival, or the start of the day when they came earlier, to the end of the day,
lunch excluded. A sponsor comparing the summary with the bilan reads one figure."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from probono_desk.core.clock import FixedClock
from probono_desk.core.documents import half_days, teams_of, worked_day, worked_minutes
from probono_desk.core.i18n import speaking, translate
from probono_desk.core.models import EventInfo, Structure, Volunteer
from probono_desk.core.trail_hours import DAY_RULE, HOURS_RULE, count_hours, hours_text
from probono_desk.output.certificates import draw_certificates
from probono_desk.services.demo import write_demo
from probono_desk.services.event import Event
from probono_desk.services.trail_bilan import gather, render_bilan

INFO = EventInfo("ev", "Marathon Probono Hauts-de-France", "2019-12-05", "Lille")
PLAN = [
    ("09:00", "12:30", "Cadrage et diagnostic"),
    ("12:30", "13:30", "Déjeuner"),
    ("13:30", "17:00", "Production des livrables"),
]
STRUCTURES = [
    Structure(id="s1", name="Les Jardins du Partage", city="Roubaix", table_label="1"),
    Structure(id="s2", name="La Ludothèque du Grand Jeu", city="Łódź", table_label="2"),
]
VOLUNTEERS = [
    Volunteer(id="v1", first_name="François", last_name="Ça-Va", structure_id="s1", organisation="Crédit du Nord"),
    Volunteer(id="v2", first_name="Élodie", last_name="Moreau", structure_id="s1", organisation="Decathlon"),
    Volunteer(id="v3", first_name="Łukasz", last_name="Żółć", structure_id="s2", organisation="Decathlon"),
    Volunteer(id="v4", first_name="Inès", last_name="Lambin", structure_id="s2", organisation="SNCF", walk_in=True),
    Volunteer(id="v6", first_name="Noé", last_name="Caron", structure_id=None, organisation="SNCF"),
]
TEAMS = teams_of(STRUCTURES, VOLUNTEERS)
HALVES = [(h.start, h.end) for h in half_days(PLAN)]  # 9h00–12h30, 13h30–17h00


@pytest.mark.parametrize(
    ("arrival", "span", "minutes"),
    [
        ("2019-12-05T08:41:07", ("09:00", "17:00"), 420),  # early: the whole day
        ("2019-12-05T09:12:38", ("09:12", "17:00"), 408),  # late: from the arrival, seconds dropped
        ("12:45", ("13:30", "17:00"), 210),  # over lunch: from the afternoon, lunch not worked
        ("14:10", ("14:10", "17:00"), 170),
    ],
)
def test_a_persons_day_is_the_bilans_rule(arrival: str, span: tuple[str, str], minutes: int) -> None:
    day = worked_day(PLAN, arrival)
    assert day is not None and (day.start, day.end) == span and day.minutes == minutes
    assert day.minutes == count_hours([arrival], HALVES).day_minutes  # the very same count as the bilan
    assert day.lunch_excluded == (span[0] < "12:30")


def test_after_the_end_of_the_day_no_time_given() -> None:
    assert worked_day(PLAN, "2019-12-05T17:20:00") is None
    assert worked_minutes(PLAN, "17:00") == 0
    assert worked_minutes(PLAN) == 420  # no arrival given: the whole day


def test_the_summary_states_the_day_rule_of_the_bilan_word_for_word() -> None:
    assert DAY_RULE in HOURS_RULE
    for language in ("fr", "en"):
        with speaking(language):
            assert translate("bilan", DAY_RULE) in translate("bilan", HOURS_RULE), language


def test_each_certificate_states_its_own_span_and_the_summary_adds_them_up() -> None:
    arrivals = {
        "v1": "2019-12-05T08:44:00",  # François, early: the whole day
        "v3": "2019-12-05T09:12:38",  # Łukasz, late
        "v4": "2019-12-05T13:45:00",  # Inès, after lunch
        "v6": "2019-12-05T17:20:00",  # Noé, checked in after the end: no certificate
    }
    unassigned = [v for v in VOLUNTEERS if v.structure_id is None]
    buffer = io.BytesIO()
    draw_certificates(buffer, INFO, TEAMS, arrivals, PLAN, unassigned=unassigned)
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(buffer).pages]  # sentences on one line
    certificates = [p for p in pages if "Attestation de participation" in p]
    assert len(certificates) == 3
    assert not any("Noé Caron" in p for p in pages)  # neither a certificate nor a line of the summary
    names = ("François Ça-Va", "Łukasz Żółć", "Inès Lambin")
    by_name = {name: next(p for p in certificates if name in p) for name in names}
    assert "de 9h00 à 17h00, soit 7 h de mission (pause déjeuner déduite)" in by_name["François Ça-Va"]
    assert "de 9h12 à 17h00, soit 6 h 48 de mission (pause déjeuner déduite)" in by_name["Łukasz Żółć"]
    details = by_name["Łukasz Żółć"].split("Horaires")[1]  # the table under the sentence
    assert details.startswith(" 9h12 – 17h00 Durée de la mission 6 h 48")
    ines = by_name["Inès Lambin"]
    assert "de 13h45 à 17h00, soit 3 h 15 de mission" in ines and "pause déjeuner" not in ines  # lunch not in her span
    summary = "\n".join(p for p in pages if p not in certificates)
    assert "Sans organisation" not in summary  # Noé (SNCF, no time given) is left out; SNCF is Inès alone
    sncf = summary.split("SNCF")[-1]  # its own table, after the overview
    assert re.search(r"SNCF\s*1\s*3 h 15", summary) and "13h45 – 17h00" in sncf
    total = 420 + 408 + 195
    assert total == count_hours(arrivals.values(), HALVES).day_minutes
    assert re.search(r"Total\s*3\s*" + re.escape(hours_text(total)), summary)  # 17 h 03
    assert "Journée : pour chaque bénévole enregistré·e à l'accueil" in summary and "(7 h)" in summary


# --- the after-the-day demo: the summary and the bilan side by side --------------------------------------------


@pytest.fixture(scope="module")
def after(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Event]:
    path = tmp_path_factory.mktemp("after") / "apres.probono"
    ev = write_demo(path, clock=FixedClock(datetime(2020, 2, 24, 10, 0)), station="t", language="fr", after_the_day=True)
    yield ev
    ev.close()


def text_of(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages]


def test_on_the_demo_the_summary_total_is_the_bilans_day_hours(after: Event, tmp_path: Path) -> None:
    day = hours_text(gather(after).hours.day_minutes)
    bilan = "\n".join(text_of(render_bilan(after, tmp_path / "bilan.pdf")))
    assert re.search(r"Sur la journée \(présence enregistrée à l'accueil\)\s*42\s*" + re.escape(day), bilan)

    pages = text_of(after.documents.render("certificates", tmp_path / "certificates.pdf"))
    certificates = [p for p in pages if "Attestation de participation" in p]
    summary = "\n".join(p for p in pages if p not in certificates)
    found = re.search(r"Total\s*(\d+)\s*(\d+ h(?: \d\d)?)", summary)
    assert found is not None and found.groups() == ("42", day)  # 320 h 07, not 42 × 8 h

    stated = [re.search(r"de (\d+)h(\d\d) à 17h30, soit (\d+) h(?: (\d\d))? de mission", p) for p in certificates]
    assert len(certificates) == 42 and all(stated)
    minutes = [int(m.group(3)) * 60 + int(m.group(4) or 0) for m in stated if m]
    assert hours_text(sum(minutes)) == day  # the certificates add up to the same figure
    starts = sorted(f"{m.group(1)}:{m.group(2)}" for m in stated if m)
    # The demo's day opens at 8h30 with the welcome: everyone arrived after, each page from its own arrival.
    assert starts == sorted(at[11:16].lstrip("0") for at in after.checkin.arrivals().values())
    assert starts[0] == "8:31" and starts[-1] == "9:24" and any("de 9h24 à 17h30, soit 7 h 06" in p for p in certificates)
