"""Dates and times of day as the app writes them, on screens and on paper alike, in the language being spoken
(``core.i18n``: the document's inside ``speaking``, else the interface's): '5 décembre 2019', 'jeudi 5 décembre
2019', '9h05' in French; '5 December 2019', 'Thursday, 5 December 2019', '9:05' in English."""

from __future__ import annotations

from datetime import date, datetime, time

from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from probono_desk.core.text import clean

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def long_date(iso_date: str, *, weekday: bool = False) -> str:
    """'2019-12-05' (or a whole ISO moment) -> '5 décembre 2019', '1er mars 2020'; with ``weekday``, 'jeudi 5
    décembre 2019' ('Thursday, 5 December 2019'). Anything unparsable is returned as is."""
    try:
        day = date.fromisoformat(iso_date[:10])
    except ValueError:
        return iso_date
    if current_language() == "en":
        text = f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        return f"{WEEKDAYS_EN[day.weekday()]}, {text}" if weekday else text
    first = "1er" if day.day == 1 else str(day.day)
    text = f"{first} {MONTHS[day.month - 1]} {day.year}"
    return f"{WEEKDAYS[day.weekday()]} {text}" if weekday else text


def clock_time(seconds: int) -> str:
    """Seconds since midnight as a time of day: '10h15' in French, '10:15' in English."""
    total = int(seconds) // 60
    separator = ":" if current_language() == "en" else "h"
    return f"{total // 60}{separator}{total % 60:02d}"


def hhmm(moment: datetime | time | str) -> str:
    """A time of day: '9h05' ('9:05' in English), from a ``datetime``, a ``time`` or an ISO moment
    ('2019-12-05T09:05:12'); an ISO text too short or unreadable is returned as is, '' stays ''."""
    if isinstance(moment, str):
        try:
            hours, minutes = int(moment[11:13]), int(moment[14:16])
        except ValueError:
            return moment
        if len(moment) < 16 or moment[13] != ":":
            return moment
        return clock_time(hours * 3600 + minutes * 60)
    return clock_time(moment.hour * 3600 + moment.minute * 60)


def parse_day(text: str, what: str) -> date:
    """A day typed as AAAA-MM-JJ; otherwise a French refusal naming the field (``what``, an ``errors`` message)."""
    try:
        return date.fromisoformat(clean(text))
    except ValueError as exc:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Date « {value} » invalide ({what}) : attendu AAAA-MM-JJ."),
            value=text,
            what=translate("errors", what),
        ) from exc
