"""The desk after someone is checked in: the card with its sound, and for a walk-in registered on the spot the
team proposed to them (one key to accept) and their badge printed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from probono_desk.core.checkin import OK, CheckedIn, Outcome, describe
from probono_desk.core.i18n import translate
from probono_desk.core.logs import log_exception
from probono_desk.ui.desk_search import DeskSearch
from probono_desk.ui.desk_widgets import qt_tr
from probono_desk.ui.errors import error_text

if TYPE_CHECKING:
    from probono_desk.core.teams_walkin import Proposal
    from probono_desk.ui.desk_walkin import WalkInDialog


class DeskWalkIns(DeskSearch):
    open_file: Callable[[Path], object]  # opens the badge's PDF (replaced in tests)
    walk_in_dialog: WalkInDialog
    last_badge_pdf: Path

    def _show_outcome(self, outcome: Outcome, proposal: Proposal | None = None) -> None:
        self.last_outcome = outcome
        self._pending = None
        self.retry_button.hide()
        self._set_proposal(proposal)
        card = describe(outcome, qt_tr)
        if proposal is not None:
            card = replace(card, lines=(*card.lines, *self._proposal_lines(proposal)))
        self.card.show_card(card)
        self.sounds.play(card.level)
        if self.field.text():  # whatever led here (a name, a walk-in typed first): the field waits for the next
            self.field.clear()
            self._clear_results()
        self.field.setFocus()
        self.outcome_shown.emit(outcome)
        if isinstance(outcome, CheckedIn):
            self.volunteer_checked_in.emit(outcome.volunteer_id)
            self._after_write()

    def open_walk_in(self) -> WalkInDialog:
        from probono_desk.ui.desk_walkin import WalkInDialog

        dialog = WalkInDialog(self.service, self)
        dialog.registered.connect(self._walk_in_registered)
        dialog.finished.connect(lambda _result: self.field.setFocus())
        dialog.open()
        self.walk_in_dialog = dialog
        return dialog

    def _walk_in_registered(self, outcome: CheckedIn) -> None:
        self.last_walk_in = outcome.volunteer_id
        self.print_button.setEnabled(self.ctx.ev.path is not None)
        proposal = None
        if not outcome.team.name:
            try:
                proposal = self.ctx.ev.teams.propose_for(outcome.volunteer_id)
            except Exception as exc:  # noqa: BLE001 - a proposal is a help; the check-in itself is done
                log_exception(exc)
        self._show_outcome(outcome, proposal)

    # --- a team for the walk-in ----------------------------------------------------------------------------------

    def _proposal_lines(self, proposal: Proposal) -> list[str]:
        s = proposal.structure
        team = (
            translate("DeskScreen", "Table {table} — {team}").format(table=s.table_label, team=s.name)
            if s.table_label
            else s.name
        )
        return [
            translate("DeskScreen", "Équipe proposée : {team}").format(team=team),
            f"({proposal.why})" if proposal.why else "",
            translate("DeskScreen", "Ctrl+Entrée : l'y placer"),
        ]

    def _set_proposal(self, proposal: Proposal | None) -> None:
        self.proposal = proposal
        if proposal is None:
            self.accept_team_button.hide()
            return
        label = proposal.structure.table_label or proposal.structure.name
        self.accept_team_button.setText(
            translate("DeskScreen", "Placer à la table {table} (Ctrl+Entrée)").format(table=label)
        )
        self.accept_team_button.show()

    def accept_team(self) -> None:
        """One key: the walk-in joins the proposed team (journaled, undoable from the Équipes screen)."""
        proposal = self.proposal
        if proposal is None or self._closed:
            return
        try:
            self.ctx.ev.teams.accept_proposal(proposal)
        except Exception as exc:  # noqa: BLE001 - said on the card, the desk keeps going
            self._set_proposal(None)
            self._show("refused", translate("DeskScreen", "Placement impossible"), [error_text(exc)])
            return
        self._set_proposal(None)
        seat = self.service.seat(proposal.volunteer_id)
        lines = [translate("DeskScreen", "Table {table} — {team}").format(table=seat.table, team=seat.team)]
        if seat.referent:
            lines.append(translate("DeskScreen", "Référent·e : {referent}").format(referent=seat.referent))
        name = f"{seat.first_name} {seat.last_name}"
        self._show(OK, translate("DeskScreen", "{name} rejoint son équipe").format(name=name), lines)
        self._after_write()

    # --- the walk-in's badge -------------------------------------------------------------------------------------

    def print_walk_in_badge(self) -> None:
        """The walk-in's badge as a one-badge PDF, rendered off the UI thread, then opened for printing."""
        if self.last_walk_in is None or self.ctx.ev.path is None:
            return
        from probono_desk.ui.badge_print import render_badge

        self.print_button.setEnabled(False)
        render_badge(self.ctx, self.last_walk_in, self._badge_ready, self._badge_failed, parent=self)

    def _badge_ready(self, path: Path) -> None:
        self.print_button.setEnabled(True)
        self.last_badge_pdf = path
        if self.open_file(path) is False:  # no PDF viewer on this laptop: say where the file is
            self._show(
                "info",
                translate("DeskScreen", "Badge prêt à imprimer"),
                [str(path), translate("DeskScreen", "Ouvrez ce fichier pour l'imprimer.")],
            )
        self.field.setFocus()

    def _badge_failed(self, exc: BaseException) -> None:
        """Said on the card, not in a box; the button comes back for another try."""
        self.print_button.setEnabled(self.last_walk_in is not None)
        self._show("refused", translate("DeskScreen", "Badge non imprimé"), [error_text(exc)])
