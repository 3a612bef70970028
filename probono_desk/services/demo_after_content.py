"""What the teams of the after-the-day demo wrote: the five deliverables, the referents' notes, the two walk-ins,
the Trail pairs' availability and the questionnaires' comments. Tables 4 and 5 recommend what their Trail
checklist carries (``services/demo_trail.py``), so the Parcours imports exactly those items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from probono_desk.core.deliverables import DeliverableKind
from probono_desk.core.models import Situation
from probono_desk.services.demo_trail import garage_checklist, numerique_checklist


@dataclass(frozen=True)
class DemoDeliverable:
    title: str
    kind: DeliverableKind
    summary: str
    recommendations: tuple[str, ...]
    next_steps: str

    def recommendations_text(self, upto: int | None = None) -> str:
        return "\n".join(f"- {r}" for r in self.recommendations[:upto])


DELIVERABLES = (
    DemoDeliverable(
        "Parcours d'accueil des bénévoles et charte",
        DeliverableKind.ACTION_PLAN,
        "Les nouveaux bénévoles arrivent sans repère et la moitié part dans l'année. L'équipe propose un parcours "
        "d'accueil en quatre temps (premier contact, journée découverte, binôme, point à un mois) et une charte "
        "d'une page qui dit ce que l'association attend et ce qu'elle offre.",
        (
            "Faire signer la charte du bénévole à chaque arrivée",
            "Nommer un binôme d'accueil pour chaque nouveau bénévole",
            "Tenir un point à un mois avec chaque nouvel arrivant",
            "Suivre les arrivées et les départs dans un tableau partagé",
            "Organiser une fête des bénévoles chaque printemps",
        ),
        "Présenter le parcours au conseil d'administration de janvier ; premier accueil selon le parcours en février.",
    ),
    DemoDeliverable(
        "Plan de communication 2020 et kit réseaux sociaux",
        DeliverableKind.COMMUNICATION,
        "Les familles connaissent mal les ateliers du samedi et les partenaires reçoivent des messages au fil de "
        "l'eau. Le plan fixe trois publics, un message par public et un calendrier ; le kit donne douze "
        "visuels prêts à l'emploi et une charte de ton.",
        (
            "Publier chaque mercredi le programme des ateliers du samedi",
            "Envoyer une lettre trimestrielle aux partenaires",
            "Utiliser les douze modèles de visuels du kit",
            "Afficher le programme dans les trois écoles du quartier",
        ),
        "Former les deux salariées au kit en décembre ; première lettre aux partenaires en janvier.",
    ),
    DemoDeliverable(
        "Offre et argumentaire pour les professionnels",
        DeliverableKind.TOOL,
        "Quelques artisans achètent déjà sans offre dédiée. L'équipe a défini une offre « pro » (lots de "
        "matériaux, mobilier de bureau, réservation), sa grille tarifaire, et un argumentaire d'une page "
        "testé au téléphone auprès de deux menuisiers pendant la journée.",
        (
            "Lancer l'offre pro avec une grille de trois tarifs",
            "Appeler vingt artisans du territoire avec l'argumentaire",
            "Créer une page « professionnels » sur le site",
            "Proposer une carte de fidélité aux acheteurs réguliers",
        ),
        "Premier mois d'appels en janvier ; bilan des ventes pro à la fin du premier trimestre.",
    ),
    DemoDeliverable(
        "Plan de financement à 3 ans",
        DeliverableKind.ACTION_PLAN,
        "La subvention départementale baisse de moitié en 2021. L'équipe a bâti un prévisionnel sur trois "
        "scénarios (subvention maintenue, divisée par deux, supprimée), chiffré le coût complet d'une réparation "
        "et listé les pistes de recettes nouvelles.",
        tuple(text for text, *_rest in garage_checklist("")),
        "Premier jet du prévisionnel relu avec le trésorier ; rendez-vous avec deux fondations d'entreprise.",
    ),
    DemoDeliverable(
        "Cahier des charges et comparatif d'outils de gestion des adhérents",
        DeliverableKind.RECOMMENDATIONS,
        "Deux salariées passent une demi-journée par semaine dans trois tableurs. Le cahier des charges liste "
        "les besoins (adhésions familiales, relances, reçus) ; le comparatif note cinq outils sur douze "
        "critères et en retient deux à essayer.",
        tuple(text for text, *_rest in numerique_checklist("")),
        "Essai gratuit des deux outils retenus en janvier avec trois adhérents volontaires.",
    ),
)

# (time "HH:MM", status or None, note) per table, in the order the referent wrote them
NOTES: tuple[tuple[tuple[str, str], ...], ...] = (
    (("10:40", "La structure a apporté les questionnaires de départ de l'an dernier : précieux."),),
    (
        ("14:50", "La graphiste de l'équipe est partie à 14h30 : les visuels prennent du retard."),
        ("15:35", "Deux bénévoles ont repris les visuels ; le kit sera prêt pour la restitution."),
    ),
    (
        ("11:25", "L'équipe hésite entre une offre pour les artisans et une offre pour les entreprises."),
        ("12:30", "Angle choisi : les artisans d'abord, l'offre entreprises en piste pour 2021."),
    ),
    (("11:50", "Le trésorier a rejoint l'équipe au téléphone pour les chiffres de 2019."),),
    (("15:10", "Cinq outils comparés ; la structure veut en essayer deux."),),
)
WATCH = {2: ("14:50", "15:35"), 3: ("11:25", "12:30")}  # table -> (à surveiller from, en bonne voie again at)

WALK_INS: tuple[dict[str, Any], ...] = (
    {
        "first_name": "Baptiste",
        "last_name": "Delcroix",
        "email": "baptiste.delcroix@gmail.com",
        "organisation": "Leroy Merlin",
        "situation": Situation.EMPLOYEE,
        "skills": ("Finance / comptabilité", "Gestion de projet"),
    },
    {
        "first_name": "Aïcha",
        "last_name": "Mansouri",
        "email": "aicha.mansouri@etu.univ-lille.fr",
        "organisation": "Université de Lille",
        "situation": Situation.STUDENT,
        "skills": ("Communication", "Réseaux sociaux"),
    },
)

AVAILABILITY = (
    "Mardis soir",
    "Un vendredi sur deux",
    "En visio à midi",
    "Le samedi matin",
    "Deux soirs par mois",
)
FIRST_MEETINGS = (
    ("2019-12-16T18:30", "Les Jardins du Partage, Roubaix"),
    ("2019-12-14T10:00", "Ludothèque, Lille"),
    ("2019-12-19T18:00", "Recyclerie, Villeneuve-d'Ascq"),
    ("2019-12-12T18:00", "Garage Solidaire, Hazebrouck"),
    ("2019-12-17T14:00", "Numérique Pour Tous, Amiens"),
)
TRAIL_SIZES = (2, 3, 2, 3, 2)  # tables 4 and 5: the Trail of demo_trail.py takes 3 and 2 of them to sessions
NO_SHOWS = (2, 1, 3, 2, 2)  # registered volunteers who did not come, per table (40 of 50 came, and 2 walk-ins)

VOLUNTEER_COMMENTS = (
    "Une journée intense, une équipe formidable.",
    "J'aurais aimé un peu plus de temps pour la restitution.",
    "Très bien organisé, merci à la référente !",
    "Le déjeuner était trop court pour échanger avec les autres équipes.",
    "Je reviens l'an prochain, avec des collègues.",
    "Le diagnostic envoyé avant la journée nous a fait gagner une heure.",
    "Salle un peu bruyante l'après-midi.",
)
STRUCTURE_COMMENTS = (
    "Un parcours d'accueil que nous n'aurions jamais pris le temps d'écrire seuls.",
    "Le kit est déjà utilisé ; le plan est ambitieux pour deux salariées.",
    "L'argumentaire a convaincu un menuisier dès la semaine suivante.",
    "Des chiffres enfin clairs pour parler à la banque et au département.",
    "Le comparatif nous évite un mauvais choix d'outil.",
)
# Tables 1-3, whose Trail is not logged in the demo: at the Trail's first meeting each recommendation gets an owner
# (1 or 2: the structure's first or second representative, 0: nobody yet) and a target date; then the structure
# moves some of them on. Per table, per item: (owner, target date, state reached, on that date)
CHECKLIST_PLANS: tuple[tuple[tuple[int, str, str, str], ...], ...] = (
    (
        (1, "2020-01-15", "fait", "2020-01-10"),
        (2, "2020-01-31", "en_cours", "2020-01-10"),
        (2, "2020-02-15", "", ""),
        (1, "2020-02-29", "", ""),
        (0, "2020-04-30", "", ""),
    ),
    (
        (1, "2019-12-20", "fait", "2019-12-18"),
        (2, "2020-01-15", "en_cours", "2020-01-06"),
        (1, "2020-01-31", "fait", "2020-01-06"),
        (2, "2020-02-28", "", ""),
    ),
    (
        (1, "2020-01-31", "fait", "2020-01-14"),
        (2, "2020-02-28", "en_cours", "2020-01-14"),
        (0, "2020-03-31", "", ""),
        (2, "2020-03-31", "abandonne", "2020-01-14"),
    ),
)
