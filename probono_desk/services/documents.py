"""Printed documents: one method per kind, each gathering its data from the services and drawing it with
``output/`` (reportlab, Qt-free). The window's Impressions screen and ``probono-desk print`` both call ``render``.

Every document speaks the event's language (``Event.language``), whatever the interface's: ``render`` draws it
inside ``core.i18n.speaking``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from probono_desk.core.documents import teams_of
from probono_desk.core.errors import InvalidInput
from probono_desk.core.i18n import QT_TRANSLATE_NOOP, speaking
from probono_desk.core.models import StaffRole, Structure, Volunteer
from probono_desk.core.text import fold
from probono_desk.output.files import atomic_file

if TYPE_CHECKING:
    from probono_desk.services.event import Event

KINDS = ("badges", "team-sheets", "sign-in", "certificates", "table-signs", "rundown", "report", "bilan")
# What carries badge codes or personal data (names, organisations, presence): the organiser's PIN first, when the
# event has one (README, "Le code PIN"). Table signs and the rundown name only structures and the day plan.
NEEDS_PIN = frozenset({"badges", "team-sheets", "sign-in", "certificates", "report", "bilan"})

Progress = Callable[[int, int], None]


class DocumentsService:
    def __init__(self, event: Event) -> None:
        self.event = event

    def builders(self) -> dict[str, Callable[..., Path]]:
        """Kinds that can be printed now, each with its builder. Features add theirs here."""
        return {
            "badges": self.event.checkin.badges_pdf,
            "team-sheets": self.team_sheets,
            "sign-in": self.sign_in,
            "certificates": self.certificates,
            "table-signs": self.table_signs,
            "report": self.report,
            "rundown": self.rundown,
            "bilan": self.bilan,
        }

    # --- what the documents are made of -------------------------------------------------------------------

    def day_plan_rows(self) -> list[tuple[str, str, str]]:
        """The day plan as (start, end, title) rows."""
        return list(self.event.schedule.day_plan_rows())

    def teams(self) -> list[tuple[Structure, list[Volunteer]]]:
        roster = self.event.roster
        return teams_of(roster.structures(), roster.volunteers())

    def unassigned(self) -> list[Volunteer]:
        """Volunteers in no team (a walk-in not placed yet): still owed a certificate when present."""
        ids = {s.id for s in self.event.roster.structures()}
        return [v for v in self.event.roster.volunteers() if v.structure_id not in ids]

    def present_ids(self) -> set[str]:
        return set(self.event.status.present_ids())

    def arrivals(self) -> dict[str, str]:
        """volunteer id -> arrival moment, for everyone checked in: the certificates count each one's hours from it,
        as the bilan does."""
        present = self.present_ids()
        return {vid: at for vid, at in self.event.checkin.arrivals().items() if vid in present}

    def report_extras(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """(deliverables, evaluations) as plain dicts, from ``event.deliverables.report_data()``."""
        data = self.event.deliverables.report_data()
        return list(data["deliverables"]), list(data["evaluations"])

    def organiser_name(self) -> str:
        organisers = self.event.roster.staff(StaffRole.ORGANISER)
        return organisers[0].name if organisers else ""

    # --- the builders -----------------------------------------------------------------------------------------

    def team_sheets(self, out: Path, *, progress: Progress | None = None, **options: Any) -> Path:
        from probono_desk.output.team_sheets import draw_team_sheets
        from probono_desk.services.trail_followup import diagnostic_references

        teams = self._only(self.teams(), options)
        draw_team_sheets(
            out,
            self.event.info,
            teams,
            self.present_ids(),
            self.day_plan_rows(),
            progress=progress,
            diagnostics=diagnostic_references(self.event),
        )
        return out

    def sign_in(self, out: Path, *, progress: Progress | None = None, **options: Any) -> Path:
        from probono_desk.output.sign_in import draw_sign_in

        teams = self._only(self.teams(), options)
        draw_sign_in(out, self.event.info, teams, self.day_plan_rows(), progress=progress)
        return out

    def certificates(self, out: Path, *, progress: Progress | None = None, **options: Any) -> Path:
        from probono_desk.output.certificates import draw_certificates

        draw_certificates(
            out,
            self.event.info,
            self.teams(),
            self.arrivals(),
            self.day_plan_rows(),
            organiser=str(options.get("organiser") or self.organiser_name()),
            unassigned=self.unassigned(),
            progress=progress,
        )
        return out

    def table_signs(self, out: Path, *, progress: Progress | None = None, **options: Any) -> Path:
        from probono_desk.output.table_signs import draw_table_signs

        structures = [s for s, _ in self._only(self.teams(), options)]
        draw_table_signs(out, self.event.info, structures, progress=progress)
        return out

    def report(self, out: Path, *, progress: Progress | None = None, **options: Any) -> Path:
        from probono_desk.output.report import draw_report

        deliverables, evaluations = self.report_extras()
        roster = self.event.roster
        draw_report(
            out,
            self.event.info,
            roster.structures(),
            roster.volunteers(),
            self.present_ids(),
            deliverables=deliverables,
            evaluations=evaluations,
            progress=progress,
        )
        return out

    def bilan(self, out: Path, *, progress: Progress | None = None, **options: Any) -> Path:
        """The programme's bilan, after the Trail: see ``services/trail_bilan.py``."""
        from probono_desk.services.trail_bilan import bilan_pdf

        return bilan_pdf(self.event, out, progress=progress, **options)

    @staticmethod
    def _only(teams: list[tuple[Structure, list[Volunteer]]], options: dict[str, Any]) -> list[Any]:
        """``only_structure``: one structure (id, table label or name) instead of all."""
        wanted = str(options.get("only_structure") or "").strip()
        if not wanted:
            return teams
        key = fold(wanted)
        chosen = [t for t in teams if key in (t[0].id, fold(t[0].table_label), fold(t[0].name))]
        if not chosen:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Structure inconnue : « {name} »."), name=wanted)
        return chosen

    def render(self, kind: str, out: str | Path, *, progress: Progress | None = None, **options: Any) -> Path:
        builder = self.builders().get(kind)
        if builder is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Document inconnu : « {kind} »."), kind=kind)
        out = Path(out)
        from probono_desk.services.practice_marks import marked_pages

        with atomic_file(out) as tmp, speaking(self.event.language):  # whole or not at all, in the event's language
            with marked_pages(self.event):  # a practice copy: EXERCICE on every page
                builder(tmp, progress=progress, **options)
        return out

    def rundown(self, out: Path, *, progress: Progress | None = None, **_options: Any) -> Path:
        """The day plan on paper; an "attendu" column appears once the live clock has moved the day."""
        from probono_desk.output.rundown import french_date, write_rundown

        info = self.event.info
        snap = self.event.schedule.at()
        expected = {t.phase.id: (t.start, t.end) for t in snap.timings}
        subtitle = " · ".join(x for x in (french_date(info.date), info.venue) if x)
        write_rundown(
            out,
            title=info.name,
            subtitle=subtitle,
            plan=self.event.schedule.plan(),
            expected=expected,
            progress=progress,
        )
        return out
