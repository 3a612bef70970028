"""Every model of the window passes Qt's model tester, filled with the demo after the day; a new model class in
probono_desk/ui/ without an entry here fails the guard below."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel

import probono_desk.ui
from probono_desk.core.deliverables import DeliverableState
from probono_desk.core.evaluations import Audience
from probono_desk.services.backups import backups_of
from probono_desk.services.checkin import Found
from probono_desk.services.event import Event
from probono_desk.services.trail_followup import TrailFollowupService
from probono_desk.services.trail_midterm import MidtermService
from probono_desk.ui.attachments import AttachmentsModel
from probono_desk.ui.backups_dialog import BackupsModel
from probono_desk.ui.chrono_panels import ReadoutOrderModel
from probono_desk.ui.chrono_plan import PlanModel
from probono_desk.ui.context import EventContext
from probono_desk.ui.deliverables_lists import StructureStatesModel, VersionsModel
from probono_desk.ui.desk_results import SearchResultsModel
from probono_desk.ui.evaluations_panel import EvaluationsPanel, ResultsModel
from probono_desk.ui.import_models import MappingModel, PreviewModel, ProblemsModel
from probono_desk.ui.missions import OverviewModel
from probono_desk.ui.missions_lists import MilestoneNamesModel, MilestonesModel, NotesModel
from probono_desk.ui.parcours_lists import QuestionsModel, RemindersModel, SessionsModel, StructuresModel
from probono_desk.ui.recommendations_model import RecommendationsModel
from probono_desk.ui.start_lists import HubsModel, RecentEventsModel
from probono_desk.ui.table_model import RowsTableModel
from probono_desk.ui.trail_panel import TrailModel, TrailPanel
from probono_desk.ui.volunteers import FoldFilterProxy, VolunteersModel
from tests.helpers import VOLUNTEERS_CSV

Builder = Callable[[QtBot, EventContext, Path], QAbstractItemModel]
ABSTRACT = {RowsTableModel}  # the base of the row tables: tested through every model built on it


def _first(ev: Event) -> str:
    return ev.roster.structures()[0].id


def _results(qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    ev = ctx.ev
    first, other = ev.roster.structures()[:2]
    ev.evaluations.submit(Audience.VOLUNTEERS, first.id, {"satisfaction": 5, "useful": True, "again": True})
    ev.evaluations.submit(Audience.VOLUNTEERS, other.id, {"satisfaction": 3, "useful": True, "again": False})
    panel = EvaluationsPanel(ctx)
    qtbot.addWidget(panel)
    panel.load(first.id)
    return panel.results_model


def _trail(qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    panel = TrailPanel(ctx)
    qtbot.addWidget(panel)
    panel.load(_first(ctx.ev))
    return panel.model


def _volunteers(ev: Event, parent: Any = None) -> VolunteersModel:
    model = VolunteersModel(parent)
    teams = {s.id: s.name for s in ev.roster.structures()}
    model.set_rows(ev.roster.volunteers(), teams, ev.checkin.arrivals())
    return model


def _proxy(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    proxy = FoldFilterProxy()
    proxy.setSourceModel(_volunteers(ctx.ev, proxy))
    proxy.set_query("ma")
    proxy.sort(VolunteersModel.COL_TEAM)
    return proxy


def _plan(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    ev = ctx.ev
    model = PlanModel(lambda _id, _col, _value: True)
    plan = ev.schedule.plan()
    model.set_plan(list(plan.phases), {plan.phases[1].id})
    model.set_snapshot(ev.schedule.at(datetime(2019, 12, 5, 10, 30)))
    return model


def _filled(model: Any, rows: Any) -> QAbstractItemModel:
    model.set_rows(rows)
    return model  # type: ignore[no-any-return]


def _planned(model: Any, ev: Event, tmp_path: Path) -> QAbstractItemModel:
    """The demo's registrations read again, with one person registered twice and one e-mail mistyped."""
    header, first, second, *rest = VOLUNTEERS_CSV.read_text(encoding="utf-8").splitlines()
    export = tmp_path / "inscriptions.csv"
    lines = [header, first, second.replace("@", " at "), *rest, first.replace("2019/05/18", "2019/07/01")]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    model.set_plan(ev.registrations.read(export))
    return model  # type: ignore[no-any-return]


def _backups(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    ctx.ev.backup()
    assert ctx.ev.path is not None
    return _filled(BackupsModel(), backups_of(ctx.ev.path))


def _recommendations(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    followup = TrailFollowupService(ctx.ev)
    sid = next(s.id for s in ctx.ev.roster.structures() if followup.recommendations(s.id))
    return _filled(RecommendationsModel(), followup.recommendations(sid))


def _found(found: list[Found]) -> QAbstractItemModel:
    model = SearchResultsModel()
    model.set_found(found)
    assert any("déjà là" in line for _vid, line in model.rows())  # people already here among them
    return model


def _structures(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    model = StructuresModel()
    structures = ctx.ev.roster.structures()
    model.set_structures(structures, {structures[-1].id})  # one flagged ⚠
    return model


def _reminders(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    model = RemindersModel()
    model.set_reminders(TrailFollowupService(ctx.ev).reminders(date(2020, 1, 30)))
    assert model.rowCount() > 1  # flags and sessions to come, not the line saying there are none
    return model


def _milestones(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    missions, sid = ctx.ev.missions, _first(ctx.ev)
    missions.tick(sid, missions.milestones()[0].id, by="Antoine Lefort")
    model = MilestonesModel()  # no panel behind: a tick through the model writes nothing
    model.set_milestones(missions.milestones(), missions.ticks(sid))
    return model


def _notes(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    missions, sid = ctx.ev.missions, _first(ctx.ev)
    missions.add_note(sid, "Bloqué·es sur le choix de l'angle", author="Antoine Lefort")
    missions.add_note(sid, "Reparti·es")
    return _filled(NotesModel(), missions.notes(sid))


def _structure_states(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    first, other, *rest = ctx.ev.roster.structures()
    rows = [(first, DeliverableState.SUBMITTED), (other, DeliverableState.VALIDATED_STRUCTURE)]
    return _filled(StructureStatesModel(), rows + [(s, DeliverableState.DRAFT) for s in rest])


def _versions(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    deliverables, sid = ctx.ev.deliverables, _first(ctx.ev)
    text = deliverables.get(sid).text
    deliverables.save(sid, replace(text, summary=text.summary + " Relu."), keep_version=True)
    deliverables.save(sid, replace(text, summary=text.summary + " Relu deux fois."), keep_version=True)
    return _filled(VersionsModel(), deliverables.versions(sid))


def _sessions(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    entries = TrailFollowupService(ctx.ev).entries()
    assert {e.format is None for e in entries} == {True, False}  # sessions and follow-up notes
    return _filled(SessionsModel(), entries)


def _milestone_names(_qtbot: QtBot, ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    renamed: list[tuple[str, str]] = []
    model = MilestoneNamesModel(lambda mid, label: renamed.append((mid, label)))
    return _filled(model, ctx.ev.missions.milestones())


def _recent(_qtbot: QtBot, ctx: EventContext, tmp: Path) -> QAbstractItemModel:
    assert ctx.ev.path is not None
    model = RecentEventsModel()
    model.set_paths([str(ctx.ev.path), str(tmp / "parti.probono")])  # a file gone: no date, still a line
    return model


def _hubs(_qtbot: QtBot, _ctx: EventContext, _tmp: Path) -> QAbstractItemModel:
    model = HubsModel()
    hub = SimpleNamespace(event_name="Marathon Probono", station="Accueil 1", address="192.168.1.12:4222")
    model.set_hubs([hub, SimpleNamespace(event_name="Marathon Probono", station="Jury", address="192.168.1.13:4222")])
    return model


MODELS: dict[type, Builder] = {
    OverviewModel: lambda _q, ctx, _tmp: _filled(
        OverviewModel(), ctx.ev.missions.overview(ctx.ev.missions.expected_now())
    ),
    MappingModel: lambda _q, ctx, tmp: _planned(MappingModel(), ctx.ev, tmp),
    PreviewModel: lambda _q, ctx, tmp: _planned(PreviewModel(), ctx.ev, tmp),
    ProblemsModel: lambda _q, ctx, tmp: _planned(ProblemsModel(), ctx.ev, tmp),
    ResultsModel: _results,
    BackupsModel: _backups,
    AttachmentsModel: lambda _q, ctx, _tmp: _filled(
        AttachmentsModel(), ctx.ev.deliverables.attachments(_first(ctx.ev))
    ),
    VolunteersModel: lambda _q, ctx, _tmp: _volunteers(ctx.ev),
    FoldFilterProxy: _proxy,
    PlanModel: _plan,
    TrailModel: _trail,
    ReadoutOrderModel: lambda _q, ctx, _tmp: _filled(ReadoutOrderModel(), ctx.ev.schedule.plan().readouts.teams),
    RecommendationsModel: _recommendations,
    StructuresModel: _structures,
    RemindersModel: _reminders,
    MilestonesModel: _milestones,
    NotesModel: _notes,
    StructureStatesModel: _structure_states,
    VersionsModel: _versions,
    SessionsModel: _sessions,
    QuestionsModel: lambda _q, ctx, _tmp: _filled(QuestionsModel(), MidtermService(ctx.ev).form().questions),
    MilestoneNamesModel: _milestone_names,
    RecentEventsModel: _recent,
    HubsModel: _hubs,
    SearchResultsModel: lambda _q, ctx, _tmp: _found(ctx.ev.checkin.search("ma")),
}


@pytest.mark.parametrize("cls", list(MODELS), ids=lambda cls: cls.__name__)
def test_every_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, after_the_day: Event, ctx: EventContext, tmp_path: Path, cls: type
) -> None:
    model = MODELS[cls](qtbot, ctx, tmp_path)
    assert type(model) is cls
    assert model.rowCount() > 0 and model.columnCount() > 0  # the tester walks real rows, not an empty table
    qtmodeltester.check(model)


def _package_models() -> set[type]:
    found: set[type] = set()
    for info in pkgutil.walk_packages(probono_desk.ui.__path__, "probono_desk.ui."):
        module = importlib.import_module(info.name)
        for _name, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, QAbstractItemModel) and obj.__module__ == module.__name__:
                found.add(obj)
    return found


def test_every_model_of_the_window_is_under_the_tester() -> None:
    models = _package_models()
    assert {VolunteersModel, FoldFilterProxy, RowsTableModel} <= models  # the walk sees models and proxies
    assert issubclass(FoldFilterProxy, QSortFilterProxyModel)
    missing = sorted(cls.__qualname__ for cls in models - ABSTRACT - set(MODELS))
    assert missing == [], f"add these models to MODELS in {__name__}: {missing}"
