"""Big synthetic events for the benchmarks: N volunteers, K structures, realistic names, skills and situations."""

from __future__ import annotations

import random
from pathlib import Path

from probono_desk.core.ids import new_id
from probono_desk.core.models import Situation, Staff, StaffRole, Structure, Volunteer
from probono_desk.core.palette import team_colour
from probono_desk.services.event import Event
from probono_desk.storage import roster as store

FIRST = ["Camille", "Léa", "Inès", "Hugo", "Lucas", "Chloé", "Éloïse", "Noé", "Zoé", "Mathéo", "Aïcha", "Jérôme",
         "François", "Cécile", "Mehdi", "Sébastien", "Agnès", "Benoît", "Maëlle", "Raphaël", "Thaïs", "Yanis"]
LAST = ["Martin", "Lefebvre", "Dubois", "Lambin", "Wattel", "Vandenbussche", "Delattre", "Moreau", "Caron",
        "Ben Salah", "Nguyen", "Da Silva", "D'Hondt", "Verhaeghe", "Goossens", "Lemaire", "Dupont", "Dhalluin"]
ORGS = ["Decathlon", "SNCF", "Crédit du Nord", "Adeo", "Auchan", "Cofidis", "SKEMA", "IÉSEG", "EDHEC", "Ankama",
        "Université de Lille", "Leroy Merlin", "Kiabi", "La Poste", ""]
SKILLS = ["Finance / comptabilité", "Communication", "Réseaux sociaux", "Graphisme", "Stratégie", "Juridique",
          "Ressources humaines", "Gestion de projet", "Numérique / outils", "Data / tableaux de bord", "Rédaction",
          "Marketing digital", "Gestion commerciale", "Levée de fonds", "Animation d'atelier"]


def make_event(path: Path, volunteers: int = 5000, structures: int = 100, seed: int = 1, assign: bool = True) -> Path:
    """Write the event; with ``assign`` every volunteer is in a team (round robin), as after formation."""
    rng = random.Random(seed)
    event = Event.create(path, name=f"Marathon national ({volunteers})", date="2019-12-05", venue="Lille")
    with event.write() as w:
        for i in range(structures):
            referent = Staff(id=new_id(), name=f"Référent·e {i + 1}", role=StaffRole.REFERENT)
            store.insert_staff(w.db, referent)
            store.upsert_structure(w.db, Structure(
                id=new_id(), name=f"Structure lauréate {i + 1:03d}", city="Lille", mission_theme=rng.choice(SKILLS),
                problem="Structurer l'accueil des bénévoles", skills_needed=tuple(rng.sample(SKILLS, 3)),
                table_label=str(i + 1), referent_id=referent.id, colour=team_colour(i), position=i))
        names = [s.name for s in store.list_structures(w.db)]
        for i in range(volunteers):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            store.insert_volunteer(w.db, Volunteer(
                id=new_id(), first_name=first, last_name=f"{last} {i}", email=f"benevole{i}@exemple.fr",
                organisation=rng.choice(ORGS), situation=rng.choice(list(Situation)),
                skills=tuple(rng.sample(SKILLS, rng.randint(1, 3))),
                preference=rng.choice(names) if rng.random() < 0.6 else "", consent=True), w.at)
        if assign:
            ids = [s.id for s in store.list_structures(w.db)]
            for n, v in enumerate(store.list_volunteers(w.db)):
                store.set_membership(w.db, v.id, ids[n % len(ids)], w.at)
        w.log("benchmark.synthetic", "event", None, {"volunteers": volunteers, "structures": structures})
    event.close()
    return path
