"""The demo's path after the day: a diagnostic for each structure (held in October–November, its needs the skills
the teams were formed on), and for two structures a Trail in the weeks after the day — recommendations in
various states, dated sessions, the referent's notes, a mid-term interview — so the Parcours screen, the reminders
and the bilan show something real. In the default demo nobody is checked in and no deliverable is written: it
stays a day that has not started, for the desk. The after-the-day demo (``services/demo_after.py``) writes the
same Trail once the day is over, its sessions held by the Trail pair and its checklist imported from the
deliverables."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from probono_desk.core.text import fold
from probono_desk.core.trail import RecoState, SessionFormat
from probono_desk.core.trail_midterm import InterviewMode
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.services.trail_midterm import MidtermService

if TYPE_CHECKING:
    from probono_desk.services.event import Event

DIAGNOSTIC_DATES = ("2019-10-15", "2019-10-22", "2019-11-05", "2019-11-07", "2019-11-13")
SUMMARIES = (
    "Une quarantaine de bénévoles, dont la moitié part dans l'année. Pas de parcours d'accueil écrit.",
    "Une communication faite au fil de l'eau ; les familles connaissent mal les ateliers du samedi.",
    "Les ventes aux particuliers plafonnent ; quelques artisans achètent déjà sans offre dédiée.",
    "Le garage équilibre ses comptes grâce à une subvention qui baisse de moitié en 2021. Aucun prévisionnel "
    "au-delà de l'année en cours ; un local plus grand est envisagé.",
    "Les adhésions sont suivies dans trois tableurs ; deux salariées y passent une demi-journée par semaine.",
)


Names = Callable[["Event", str, int], list[str]]  # (event, structure id, how many) -> volunteers' names
Checklist = list[tuple[str, str, str, RecoState]]  # (text, owner, target date, state)


def _team_names(event: Event, structure_id: str, n: int) -> list[str]:
    team = TrailFollowupService(event).team(structure_id)
    return [v.name for v in team[:n]]


def _no_clock(day: str) -> None:
    """The default demo writes its Trail at the moment it is made; the after-the-day demo moves its clock."""


def garage_checklist(rep: str) -> Checklist:
    """Garage Solidaire des Flandres (table 4): the deliverable's recommendations and where they stand."""
    return [
        ("Bâtir le prévisionnel 2020–2022 sur trois scénarios", rep, "2020-01-15", RecoState.DONE),
        ("Chiffrer le coût complet d'une réparation", "Trésorier", "2020-01-31", RecoState.DONE),
        ("Rencontrer deux fondations d'entreprise", rep, "2020-02-28", RecoState.DOING),
        ("Lancer une offre d'entretien pour les flottes des associations", rep, "2020-03-31", RecoState.TODO),
        ("Mutualiser le local avec la recyclerie", "", "", RecoState.DROPPED),
    ]


def numerique_checklist(rep: str) -> Checklist:
    """Numérique Pour Tous Amiens (table 5)."""
    return [
        ("Rédiger le cahier des charges de l'outil", rep, "2019-12-20", RecoState.DONE),
        ("Tester deux outils avec trois adhérents", rep, "2020-01-31", RecoState.DOING),
        ("Former les salariées à l'outil retenu", "", "2020-02-28", RecoState.TODO),
        ("Migrer les tableurs d'adhésion", "", "2020-02-28", RecoState.TODO),
    ]


def write_checklist(followup: TrailFollowupService, sid: str, items: Checklist) -> None:
    """Each item with its owner, date and state: an item already listed (imported from the deliverable) is
    updated, any other is added."""
    listed = {fold(r.text): r for r in followup.recommendations(sid)}
    for text, owner, target, state in items:
        known = listed.get(fold(text))
        if known is None:
            followup.add_recommendation(sid, text, owner=owner, target_date=target, state=state)
        else:
            followup.update_recommendation(known.id, owner=owner, target_date=target, state=state)


def write_demo_trail(event: Event) -> None:
    write_diagnostics(event)
    write_trails(event)


def write_diagnostics(event: Event) -> None:
    followup = TrailFollowupService(event)
    structures = event.roster.structures()
    for s, day, summary in zip(structures, DIAGNOSTIC_DATES, SUMMARIES, strict=False):
        followup.save_diagnostic(
            s.id,
            date=day,
            lab_people=s.referent_name,
            structure_people=", ".join(r for r in (s.representative_1, s.representative_2) if r),
            needs=s.skills_needed,
            summary=summary,
        )


def write_trails(event: Event, names: Names = _team_names, on_date: Callable[[str], None] = _no_clock) -> None:
    """The Trail of tables 4 and 5. ``names``: who of the team took part (by default the first members listed;
    after the day, the Trail pair); ``on_date``: called with each entry's date before it is written."""
    structures = event.roster.structures()
    if len(structures) < 5:
        return
    followup = TrailFollowupService(event)
    garage, numerique = structures[3], structures[4]
    _garage(event, followup, MidtermService(event), garage.id, garage.representative_1, names, on_date)
    _numerique(event, followup, numerique.id, numerique.representative_1, names, on_date)


def _garage_document(followup: TrailFollowupService, sid: str) -> None:
    """The diagnostic's confidential document, a PDF of its own."""
    from probono_desk.output.trail_diagnostic import sample_document

    followup.attach_document_bytes(
        sid,
        "diagnostic-garage-solidaire.pdf",
        sample_document(
            "Diagnostic — Garage Solidaire des Flandres",
            [
                "Entretien du 7 novembre 2019 avec la présidente et le trésorier.",
                "Activité : réparation à prix solidaire pour les personnes en insertion, 420 véhicules par an.",
                "Besoin n° 1 : un plan de financement à trois ans qui tienne sans la subvention départementale.",
                "Besoin n° 2 : une stratégie pour le futur local (achat, location, mutualisation).",
                "Besoin n° 3 : des pistes de levée de fonds auprès des entreprises du territoire.",
            ],
        ),
        "application/pdf",
    )


def _garage(
    event: Event,
    followup: TrailFollowupService,
    midterm: MidtermService,
    sid: str,
    rep: str,
    names: Names,
    on_date: Callable[[str], None],
) -> None:
    on_date("2019-12-09")
    _garage_document(followup, sid)
    write_checklist(followup, sid, garage_checklist(rep))
    _garage_log(followup, sid, rep, names(event, sid, 3), on_date)
    _garage_midterm(midterm, sid, rep, on_date)


def _garage_log(
    followup: TrailFollowupService, sid: str, rep: str, volunteers: list[str], on_date: Callable[[str], None]
) -> None:
    """Three sessions, from the plan's restart to the foundations, and a call to the president between them."""
    on_date("2019-12-12")
    followup.add_session(
        sid,
        date="2019-12-12",
        format=SessionFormat.COLLECTIVE,
        participants=[*volunteers, rep],
        duration_minutes=150,
        notes="Reprise du plan d'action : le prévisionnel d'abord, la levée de fonds ensuite.",
        decisions="Trois scénarios de subvention (100 %, 50 %, 0 %).",
        next_step="Premier jet du prévisionnel",
        next_date="2020-01-08",
    )
    on_date("2020-01-08")
    followup.add_session(
        sid,
        date="2020-01-08",
        format=SessionFormat.VIDEO,
        participants=[*volunteers[:2], rep],
        duration_minutes=90,
        notes="Prévisionnel relu ligne à ligne ; le coût complet d'une réparation est plus haut que prévu.",
        decisions="Le tarif solidaire passe de 25 à 28 € de l'heure.",
        next_step="Liste des fondations à solliciter",
        next_date="2020-01-29",
    )
    on_date("2020-01-20")
    followup.add_note(sid, date="2020-01-20", notes="Appel à la présidente : l'équipe avance, le trésorier suit.")
    followup.add_session(
        sid,
        date="2020-01-29",
        format=SessionFormat.PHONE,
        participants=[volunteers[0], rep],
        duration_minutes=45,
        notes="Deux fondations repérées ; dossier commun à préparer.",
        next_step="Rendez-vous avec la fondation régionale",
        next_date="2020-02-20",
    )


def _garage_midterm(midterm: MidtermService, sid: str, rep: str, on_date: Callable[[str], None]) -> None:
    """The mid-term interview with the representative, by phone."""
    on_date("2020-02-18")
    midterm.save_interview(
        sid,
        date="2020-02-18",
        mode=InterviewMode.PHONE,
        interviewer="Hugo Verhaeghe",
        respondent=rep,
        answers={
            "impact": 5,
            "recommendations_used": 3,
            "impact_detail": "Le conseil d'administration a voté le budget 2020 sur le scénario médian.",
            "changes": "Un prévisionnel à trois ans présenté à la banque ; le tarif horaire revu.",
            "volunteers": "Une méthode et un regard extérieur ; une bénévole reste en contact pour la suite.",
            "again": True,
        },
    )


def _numerique(
    event: Event,
    followup: TrailFollowupService,
    sid: str,
    rep: str,
    names: Names,
    on_date: Callable[[str], None],
) -> None:
    on_date("2019-12-10")
    write_checklist(followup, sid, numerique_checklist(rep))
    volunteers = names(event, sid, 2)
    on_date("2019-12-17")
    followup.add_session(
        sid,
        date="2019-12-17",
        format=SessionFormat.MEETING,
        participants=[*volunteers, rep],
        duration_minutes=120,
        notes="Cahier des charges finalisé ; trois outils présélectionnés.",
        decisions="Essai gratuit de deux outils en janvier.",
        next_step="Point sur les essais",
        next_date="2020-01-14",
    )
    on_date("2020-01-07")
    followup.add_session(
        sid,
        date="2020-01-07",
        format=SessionFormat.VIDEO,
        participants=[volunteers[0], rep],
        duration_minutes=60,
        notes="Les essais démarrent ; un outil ne gère pas les adhésions familiales.",
        next_step="Point sur les essais",
        next_date="2020-01-21",
    )
