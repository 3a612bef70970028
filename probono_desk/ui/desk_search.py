"""The desk's search as a name is typed: the exact/prefix tier at once, the typo-tolerant tier on a worker thread
(cancelled when the text changes), and the list of people found that ↑↓ and Enter pick from."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from probono_desk.core.checkin_search import query_words, rough_ids
from probono_desk.core.codes import Problem, read_code
from probono_desk.core.logs import log_exception
from probono_desk.services.checkin import Found
from probono_desk.ui.desk_base import DeskBase
from probono_desk.ui.tasks import Op

SEARCH_DELAY_MS = 150


class DeskSearch(DeskBase):
    _search_op: Op[list[str] | None] | None  # the typo search on a worker, cancelled when stale
    search_running: bool
    _search_timer: QTimer

    def _start_search(self) -> None:
        """The search's state and its timer (called once, by the desk's ``__init__``)."""
        self._search_op = None
        self._last_search = None
        self.search_running = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

    def _text_edited(self, text: str) -> None:
        self._picked = False
        self._stop_search()  # a typo search still running for the previous text stops and is ignored
        if len(text.strip()) >= 2:
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._clear_results()

    def _run_search(self) -> None:
        """As the name is typed: the exact/prefix tier here at once; the typo-tolerant tier on a worker thread
        over a snapshot of the search index, its answer dropped if the text changed meanwhile."""
        text = self.field.text()
        if read_code(text, self.service.tag).problem in (None, Problem.OTHER_EVENT):
            return  # a code being typed: no list
        self._stop_search()
        found = self.service.search_exact(text)
        if found is not None:
            self._searched(text, found)
            return
        rows, words = self.service.search_index(), query_words(text)
        op: Op[list[str] | None] = Op(
            lambda: rough_ids(rows, words, stopped=lambda: op.cancelled),
            lambda ids: self._rough_done(text, ids),
            self._rough_failed,
            owner=self,
        )
        self._search_op, self.search_running = op, True
        op.start()

    def _stop_search(self) -> None:
        if self._search_op is not None:
            self._search_op.cancel()
            self._search_op, self.search_running = None, False

    def _rough_done(self, text: str, ids: list[str] | None) -> None:
        self._search_op, self.search_running = None, False
        if self._closed or ids is None or self.field.text() != text:
            return  # stale: the person typed more, pressed Enter or scanned since
        self._searched(text, self.service.found(ids))

    def _rough_failed(self, exc: BaseException) -> None:
        self._search_op, self.search_running = None, False
        log_exception(exc)

    def _searched(self, text: str, found: list[Found]) -> None:
        self._last_search = (text, found)
        if found:
            self._show_results(found)
        else:
            self._clear_results()

    def _search_now(self, text: str) -> list[Found]:
        """Enter: the list already computed for this very text if there is one, else a search right now."""
        self._stop_search()
        if self._last_search is not None and self._last_search[0] == text:
            return self._last_search[1]
        return self.service.search(text)

    def _show_results(self, found: list[Found]) -> None:
        self.results_model.set_found(found)
        self.results.setCurrentIndex(self.results_model.index(0, 0))
        self.results.show()

    def _highlighted(self) -> str | None:
        """The person the highlighted row stands for (the one Enter takes), if a row is highlighted."""
        index = self.results.currentIndex()
        return self.results_model.volunteer_id(index.row()) if index.isValid() else None

    def _move(self, step: int) -> None:
        count = self.results_model.rowCount()
        if not self.results.isVisible() or count == 0:
            return
        row = max(0, min(count - 1, self.results.currentIndex().row() + step))
        self.results.setCurrentIndex(self.results_model.index(row, 0))
        self._picked = True

    def _pick(self) -> None:
        self._picked = True
        self.field.setFocus()
