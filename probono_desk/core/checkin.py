"""What a check-in attempt answers, as typed values both faces show: the desk's card and ``probono-desk checkin``.

Each outcome has a ``level`` the card turns into a colour (ok: green, already: amber, refused: red) and a French
title and detail (the source language; ``describe`` translates them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from probono_desk.core.dates import hhmm
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, translate

OK = "ok"
ALREADY = "already"
REFUSED = "refused"


@dataclass(frozen=True)
class Team:
    """Where a volunteer sits: the structure's team, its table and referent (empty before teams are formed)."""

    name: str = ""
    table: str = ""
    referent: str = ""
    colour: str = ""


@dataclass(frozen=True)
class CheckedIn:
    volunteer_id: str
    name: str
    organisation: str
    team: Team
    at: str
    station: str
    checkin_id: str
    walk_in: bool = False
    level = OK


@dataclass(frozen=True)
class AlreadyCheckedIn:
    volunteer_id: str
    name: str
    organisation: str
    team: Team
    since: str
    station: str
    # the same person also scanned at another door while the stations were apart: (time, station) of each
    also: tuple[tuple[str, str], ...] = ()
    level = ALREADY


@dataclass(frozen=True)
class OtherEvent:
    level = REFUSED


@dataclass(frozen=True)
class Unknown:
    """Not a code of this event's volunteers: not a check-in code at all, or one nobody holds."""

    level = REFUSED


@dataclass(frozen=True)
class Revoked:
    """A badge replaced by a new one (lost badge): the old code is refused, the person is named."""

    volunteer_id: str
    name: str
    revoked_at: str
    level = REFUSED


@dataclass(frozen=True)
class Damaged:
    """A code with a letter missing, extra, wrong or swapped: the check letter caught it."""

    level = REFUSED


@dataclass(frozen=True)
class NoCodeInImage:
    level = REFUSED


Outcome = CheckedIn | AlreadyCheckedIn | OtherEvent | Unknown | Revoked | Damaged | NoCodeInImage


@dataclass(frozen=True)
class Card:
    """The outcome in words: a big title, detail lines, the level."""

    level: str
    title: str
    lines: tuple[str, ...] = field(default_factory=tuple)


def hour(iso_time: str) -> str:
    """'2019-12-05T08:42:10' -> '8h42' ('8:42' in English)."""
    return hhmm(iso_time)


Translate = Callable[[str, str], str]


def _default_tr(context: str, text: str) -> str:
    return translate(context, text)


def _team_lines(team: Team, say: Translate) -> list[str]:
    if not team.name:
        return [say("checkin", "Équipe : à l'accueil (pas encore d'équipe)")]
    lines = []
    if team.table:
        lines.append(say("checkin", "Table {table} — {team}").format(table=team.table, team=team.name))
    else:
        lines.append(say("checkin", "Équipe : {team}").format(team=team.name))
    if team.referent:
        lines.append(say("checkin", "Référent·e : {referent}").format(referent=team.referent))
    return lines


def describe(outcome: Outcome, say: Translate = _default_tr) -> Card:
    """The card for an outcome. ``say(context, text)`` translates (QCoreApplication.translate in the window)."""
    if isinstance(outcome, CheckedIn):
        title = say("checkin", "Bienvenue {name} !").format(name=outcome.name)
        lines = _team_lines(outcome.team, say)
        if outcome.walk_in:
            lines.append(say("checkin", "Inscription sur place enregistrée"))
        return Card(OK, title, tuple(lines))
    if isinstance(outcome, AlreadyCheckedIn):
        title = say("checkin", "Déjà enregistré·e : {name}").format(name=outcome.name)
        lines = [
            say("checkin", "Arrivée à {time} (poste {station})").format(
                time=hour(outcome.since), station=outcome.station
            ),
            *(
                say("checkin", "Aussi scanné·e à {time} (poste {station})").format(time=hour(at), station=station)
                for at, station in outcome.also
            ),
            *_team_lines(outcome.team, say),
        ]
        return Card(ALREADY, title, tuple(lines))
    if isinstance(outcome, OtherEvent):
        return Card(
            REFUSED,
            say("checkin", "Badge d'un autre événement"),
            (say("checkin", "Ce code n'a pas été émis pour cet événement. Cherchez la personne par son nom."),),
        )
    if isinstance(outcome, Revoked):
        return Card(
            REFUSED,
            say("checkin", "Badge annulé"),
            (
                say("checkin", "Ce badge de {name} a été remplacé par un nouveau.").format(name=outcome.name),
                say("checkin", "Utilisez le nouveau badge, ou cherchez la personne par son nom."),
            ),
        )
    if isinstance(outcome, Damaged):
        return Card(
            REFUSED,
            say("checkin", "Code abîmé ou mal saisi"),
            (say("checkin", "Une lettre manque, est en trop ou a été mal tapée. Rescannez ou cherchez par nom."),),
        )
    if isinstance(outcome, NoCodeInImage):
        return Card(
            REFUSED,
            say("checkin", "Aucun code QR trouvé dans l'image"),
            (say("checkin", "Reprenez la photo de plus près, bien éclairée."),),
        )
    return Card(
        REFUSED,
        say("checkin", "Code inconnu"),
        (say("checkin", "Aucun bénévole de cet événement n'a ce code. Cherchez la personne par son nom."),),
    )


# Marks for lupdate: the templates above are passed through ``say`` at run time (a callable named ``tr`` would be
# misread by lupdate as ``tr(source, comment)``).
_MARKS = (
    QT_TRANSLATE_NOOP("checkin", "Équipe : à l'accueil (pas encore d'équipe)"),
    QT_TRANSLATE_NOOP("checkin", "Table {table} — {team}"),
    QT_TRANSLATE_NOOP("checkin", "Équipe : {team}"),
    QT_TRANSLATE_NOOP("checkin", "Référent·e : {referent}"),
    QT_TRANSLATE_NOOP("checkin", "Bienvenue {name} !"),
    QT_TRANSLATE_NOOP("checkin", "Inscription sur place enregistrée"),
    QT_TRANSLATE_NOOP("checkin", "Déjà enregistré·e : {name}"),
    QT_TRANSLATE_NOOP("checkin", "Arrivée à {time} (poste {station})"),
    QT_TRANSLATE_NOOP("checkin", "Aussi scanné·e à {time} (poste {station})"),
    QT_TRANSLATE_NOOP("checkin", "Badge d'un autre événement"),
    QT_TRANSLATE_NOOP("checkin", "Ce code n'a pas été émis pour cet événement. Cherchez la personne par son nom."),
    QT_TRANSLATE_NOOP("checkin", "Badge annulé"),
    QT_TRANSLATE_NOOP("checkin", "Ce badge de {name} a été remplacé par un nouveau."),
    QT_TRANSLATE_NOOP("checkin", "Utilisez le nouveau badge, ou cherchez la personne par son nom."),
    QT_TRANSLATE_NOOP("checkin", "Code abîmé ou mal saisi"),
    QT_TRANSLATE_NOOP("checkin", "Une lettre manque, est en trop ou a été mal tapée. Rescannez ou cherchez par nom."),
    QT_TRANSLATE_NOOP("checkin", "Aucun code QR trouvé dans l'image"),
    QT_TRANSLATE_NOOP("checkin", "Reprenez la photo de plus près, bien éclairée."),
    QT_TRANSLATE_NOOP("checkin", "Code inconnu"),
    QT_TRANSLATE_NOOP("checkin", "Aucun bénévole de cet événement n'a ce code. Cherchez la personne par son nom."),
)
