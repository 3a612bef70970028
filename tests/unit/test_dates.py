"""One way to write a date and a time of day, on screens and on paper, in the language being spoken."""

from __future__ import annotations

from datetime import datetime, time

from probono_desk.core.checkin import hour
from probono_desk.core.dates import hhmm, long_date
from probono_desk.core.i18n import speaking


def test_a_long_date_in_french_and_english() -> None:
    with speaking("fr"):
        assert long_date("2019-12-05") == "5 décembre 2019"
        assert long_date("2020-03-01T09:00:00") == "1er mars 2020"
        assert long_date("2019-12-05", weekday=True) == "jeudi 5 décembre 2019"
    with speaking("en"):
        assert long_date("2019-12-05") == "5 December 2019"
        assert long_date("2019-12-05", weekday=True) == "Thursday, 5 December 2019"
    assert long_date("bientôt") == "bientôt"  # typed by hand, kept as typed


def test_a_time_of_day_from_a_moment_a_time_or_an_iso_text() -> None:
    with speaking("fr"):
        assert hhmm(datetime(2019, 12, 5, 9, 5)) == "9h05"
        assert hhmm(time(16, 20)) == "16h20"
        assert hhmm("2019-12-05T08:42:10") == "8h42"
        assert hour("2019-12-05T08:42:10") == "8h42"  # the desk's "déjà là (8h42)" says it the same way
    with speaking("en"):
        assert hhmm("2019-12-05T08:42:10") == "8:42"
    assert hhmm("") == "" and hhmm("2019-12-05") == "2019-12-05"
