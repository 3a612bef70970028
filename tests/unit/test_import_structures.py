"""Structures lists: the shared file and harsher variants (referents, table labels, representatives, capacity)."""

from __future__ import annotations

from pathlib import Path

import pytest

from probono_desk.core.errors import InvalidInput
from probono_desk.core.models import StaffRole
from probono_desk.core.registrations import Kind
from probono_desk.services.event import Event
from tests.helpers import STRUCTURES_CSV
from tests.unit.exports import csv_export

_ROOT = Path(__file__).resolve().parents[2]
# ../shared/data beside the main checkout (a worktree sits one level deeper); absent from a fresh clone.
SHARED = next(
    (
        p / "shared" / "data" / "structures-laureates.csv"
        for p in (_ROOT.parent, _ROOT.parent.parent)
        if (p / "shared" / "data").is_dir()
    ),
    _ROOT / "missing",
)


@pytest.mark.parametrize("source", [SHARED, STRUCTURES_CSV], ids=["shared-data", "shipped-demo"])
def test_the_laureates_file(event: Event, source: Path) -> None:
    if not source.exists():
        pytest.skip("shared data not present")
    plan = event.registrations.read(source)
    assert plan.kind is Kind.STRUCTURES and plan.reading.problems == [] and plan.mapping.unmapped == []
    result = event.registrations.apply(plan)
    assert result.created == 5
    structures = {s.name: s for s in event.roster.structures()}
    jardins = structures["Les Jardins du Partage"]
    assert (jardins.city, jardins.table_label, jardins.referent_name) == ("Roubaix", "1", "Julie Marchand")
    assert (jardins.representative_1, jardins.representative_2) == ("Nadia Benali", "Pierre Vermeulen")
    assert jardins.skills_needed == ("Ressources humaines", "Recrutement de bénévoles", "Animation d'atelier")
    assert structures["Garage Solidaire des Flandres"].skills_needed[0] == "Finance / comptabilité"
    assert structures["Numérique Pour Tous Amiens"].skills_needed[-1] == "Data / tableaux de bord"
    referents = {s.name for s in event.roster.staff() if s.role is StaffRole.REFERENT}
    assert {"Julie Marchand", "Antoine Lefort", "Samia Belkacem", "Hugo Verhaeghe", "Marion Dufresne"} <= referents


def test_harsh_structures_export(event: Event, tmp_path: Path) -> None:
    rows = [
        ["Liste des lauréats 2019", "", "", "", "", ""],
        ["NOM DE LA STRUCTURE *", "Référent(e)", "Représentant·es", "N° de table", "Capacité :", "Compétences"],
        ["Les Jardins du Partage", "julie marchand", "Nadia Benali / Pierre Vermeulen", "Table 1", "10 places", "RH, Animation"],
        ["", "", "", "", "", ""],
        ["La Ludothèque du Grand Jeu", "Antoine Lefort", "Sophie Lenoir et Olivier Desmet", "Salle Verte", "12", "Communication\nGraphisme"],
        ["Recyclerie du Val de Marque", "Julie Marchand", "Claire Fontaine", "table n°3", "", "Finance / comptabilité"],
    ]  # fmt: skip
    path = tmp_path / "structures.csv"
    path.write_bytes(csv_export(rows=rows, delimiter=",", encoding="cp1252"))
    result = event.registrations.import_file(path)
    assert result.created == 3
    by_name = {s.name: s for s in event.roster.structures()}
    jardins, ludo, recyclerie = (
        by_name["Les Jardins du Partage"],
        by_name["La Ludothèque du Grand Jeu"],
        by_name["Recyclerie du Val de Marque"],
    )
    assert (jardins.table_label, jardins.capacity) == ("1", 10)
    assert (jardins.representative_1, jardins.representative_2) == ("Nadia Benali", "Pierre Vermeulen")
    assert (ludo.representative_1, ludo.representative_2) == ("Sophie Lenoir", "Olivier Desmet")
    assert (ludo.table_label, ludo.capacity, ludo.skills_needed) == ("Salle Verte", 12, ("Communication", "Graphisme"))
    assert (recyclerie.table_label, recyclerie.capacity) == ("3", None)
    assert recyclerie.skills_needed == ("Finance / comptabilité",)
    # One referent for two structures, however their name was typed: one staff member.
    referents = [s for s in event.roster.staff() if s.role is StaffRole.REFERENT]
    assert sorted(s.name for s in referents) == ["Antoine Lefort", "julie marchand"]
    assert jardins.referent_id == recyclerie.referent_id


def test_english_structures_export_and_update(event: Event, tmp_path: Path) -> None:
    header = ["Organization name", "City", "Mission theme", "Table number", "Referent", "Representative 1",
              "Representative 2", "Team size"]  # fmt: skip
    v1 = [header, ["Garage Solidaire", "Hazebrouck", "Business model", "4", "Hugo Verhaeghe", "Annick Baert", "", "8"]]
    path = tmp_path / "orgs.csv"
    path.write_bytes(csv_export(rows=v1, delimiter="\t"))
    assert event.registrations.import_file(path).created == 1
    v2 = [header, ["GARAGE SOLIDAIRE", "Hazebrouck", "Business model", "4", "Hugo Verhaeghe", "Annick Baert",
                   "Jean-Luc Wiart", "8"]]  # fmt: skip
    path.write_bytes(csv_export(rows=v2, delimiter="\t"))
    result = event.registrations.import_file(path)
    assert (result.created, result.updated) == (0, 1)
    [garage] = event.roster.structures()
    assert (garage.representative_2, garage.capacity, garage.mission_theme) == ("Jean-Luc Wiart", 8, "Business model")
    assert event.registrations.import_file(path).unchanged == 1


def test_invalid_capacity_and_missing_name_are_row_problems(event: Event, tmp_path: Path) -> None:
    rows = [["Structure", "Capacité"], ["A", "beaucoup"], ["", "10"], ["B", "8"]]
    path = tmp_path / "s.csv"
    path.write_bytes(csv_export(rows=rows))
    plan = event.registrations.read(path, Kind.STRUCTURES)
    assert [(p.line, p.field) for p in plan.reading.problems] == [(2, "capacity"), (3, "name")]
    with pytest.raises(InvalidInput):
        event.registrations.apply(plan)
    assert event.registrations.apply(plan, allow_partial=True).created == 1


def test_volunteers_match_imported_structure_names(event: Event, tmp_path: Path) -> None:
    event.registrations.import_file(STRUCTURES_CSV)
    rows = [["Prénom", "Nom", "Structure souhaitée"], ["Léa", "Wattel", "recyclerie du val de marque"]]
    path = tmp_path / "v.csv"
    path.write_bytes(csv_export(rows=rows))
    event.registrations.import_file(path)
    assert [v.preference for v in event.roster.volunteers()] == ["Recyclerie du Val de Marque"]
