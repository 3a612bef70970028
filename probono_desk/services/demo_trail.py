"""The demo's path after the day: a diagnostic for each structure (held in October–November, its needs the skills
the teams were formed on), and for two structures a Trail in the weeks after the day — recommendations in
various states, dated sessions, the referent's notes, a mid-term interview — so the Parcours screen, the reminders
and the bilan show something real. Nobody is checked in and no deliverable is written: the demo stays a day
that has not started, for the desk."""

from __future__ import annotations

from typing import TYPE_CHECKING

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


def _team_names(event: Event, structure_id: str, n: int) -> list[str]:
    team = TrailFollowupService(event).team(structure_id)
    return [v.name for v in team[:n]]


def write_demo_trail(event: Event) -> None:
    followup = TrailFollowupService(event)
    midterm = MidtermService(event)
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
    if len(structures) < 5:
        return
    garage, numerique = structures[3], structures[4]
    _garage(event, followup, midterm, garage.id, garage.representative_1)
    _numerique(event, followup, numerique.id, numerique.representative_1)


def _garage(event: Event, followup: TrailFollowupService, midterm: MidtermService, sid: str, rep: str) -> None:
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
    items = [
        ("Bâtir le prévisionnel 2020–2022 sur trois scénarios", rep, "2020-01-15", RecoState.DONE),
        ("Chiffrer le coût complet d'une réparation", "Trésorier", "2020-01-31", RecoState.DONE),
        ("Rencontrer deux fondations d'entreprise", rep, "2020-02-28", RecoState.DOING),
        ("Lancer une offre d'entretien pour les flottes des associations", rep, "2020-03-31", RecoState.TODO),
        ("Mutualiser le local avec la recyclerie", "", "", RecoState.DROPPED),
    ]
    for text, owner, target, state in items:
        followup.add_recommendation(sid, text, owner=owner, target_date=target, state=state)
    volunteers = _team_names(event, sid, 3)
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


def _numerique(event: Event, followup: TrailFollowupService, sid: str, rep: str) -> None:
    items = [
        ("Rédiger le cahier des charges de l'outil", rep, "2019-12-20", RecoState.DONE),
        ("Tester deux outils avec trois adhérents", rep, "2020-01-31", RecoState.DOING),
        ("Former les salariées à l'outil retenu", "", "2020-02-28", RecoState.TODO),
        ("Migrer les tableurs d'adhésion", "", "2020-02-28", RecoState.TODO),
    ]
    for text, owner, target, state in items:
        followup.add_recommendation(sid, text, owner=owner, target_date=target, state=state)
    volunteers = _team_names(event, sid, 2)
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
