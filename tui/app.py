"""The corpus reader: a Textual app over the engine.

The panes (tui/panes/) draw their own content, handle their own keys and run their own
workers; they tell the app what happened with the messages of tui/messages.py. The app
routes those messages, holds the engine and the back/forward history, runs the app-wide
keys (tui/actions.py, scope "app"), and keeps `location`, the place of the article
cursor, as a reactive: `watch_location` updates what depends on it.
"""
from __future__ import annotations

import gc
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Awaitable

from textual import events, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal
from textual.reactive import var
from textual.timer import Timer
from textual.widgets import Footer, Input, Label, ProgressBar
from textual.worker import Worker, WorkerState, get_current_worker

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError
from corpus_tui.index.model import ArticleInfo, Entity

from . import actions, messages
from .compare_view import CompareScreen
from .curation import CurationActions
from .explore import ExploreActions
from .help import HelpScreen
from .history import History, Location
from .palette import ReaderPalette
from .panes.article import ArticleMarks, ArticleView
from .panes.entities import EntitiesPane
from .panes.search import ResultsList, SearchPane
from .panes.strip import StripPane
from .styling import theme_colours
from .work import WorkActions

# Narrower than this, the results and the entities share the left column.
WIDE = 120
# Indexing progress is shown at most this often (a burst of files collapses to one update).
PROGRESS_EVERY = 0.1


@dataclass
class Timings:
    """What the benchmarks read: keystroke-to-results of each search, first usable frame."""
    search: list[float] = field(default_factory=list)
    first_article: float | None = None



def _settle_heap() -> None:
    """The objects the index has loaded (caches, column arrays, lexicon) live as long as the
    app: freezing them keeps them out of every later full garbage collection, which
    otherwise scanned them all in the middle of a search (40-80 ms pauses while typing
    at 100k articles)."""
    gc.freeze()

class ReaderApp(ExploreActions, WorkActions, CurationActions, App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "corpus-tui"
    BINDINGS = actions.bindings("app")
    COMMANDS = App.COMMANDS | {ReaderPalette}
    PANES = ("query", "results", "article", "entities", "strip-list")

    location: var[Location | None] = var(None)
    """Where the article cursor is (article, passage, scroll)."""

    def __init__(self, corpus: str | Path | None = None, index_dir: str | Path | None = None, *,
                 index: CorpusIndex | None = None):
        super().__init__()
        self.started = time.perf_counter()
        self.timings = Timings()
        self.startup_warnings: list[str] = []
        self.fatal: str | None = None
        self.ix: CorpusIndex | None = index
        if index is None:
            try:
                self.ix = CorpusIndex.open(corpus, index_dir, sync=False, warn=self.startup_warnings.append)
            except CorpusTuiError as e:
                self.fatal = str(e)
        self.history = History()
        self.indexing = False
        self._index_timer: Timer | None = None
        self._progress_shown_at = 0.0

    # -- layout ---------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield SearchPane(self.ix, search_times=self.timings.search, id="left", classes="pane")
            yield ArticleView(self.ix, id="article", classes="pane")
            yield EntitiesPane(id="right", classes="pane")
        yield StripPane(self.ix, id="strip", classes="pane")
        with Horizontal(id="progress"):
            yield Label("indexing", id="progress-label")
            yield ProgressBar(id="progress-bar", show_eta=False)
        yield Footer()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Entity colours are theme variables, so any theme can override them.
        return theme_colours(self.current_theme.dark if self.current_theme else True)

    async def on_mount(self) -> None:
        self.strip.show_related()
        self._apply_width(self.size.width, self.size.height)
        self.theme_changed_signal.subscribe(self, lambda _theme: self.article_view.refresh_passages())
        for message in self.startup_warnings:
            self.notify(message, severity="warning")
        if self.fatal or self.ix is None:
            await self.article_view.show_message(self.fatal or "no index")
            return
        self.screen.set_focus(self.article_view)
        self.search_pane.relist()
        self.check_index()

    def on_resize(self, event: events.Resize) -> None:
        self._apply_width(event.size.width, event.size.height)

    def _apply_width(self, width: int, height: int) -> None:
        self.screen.set_class(width < WIDE, "narrow")
        self.screen.set_class(height < 32, "short")
        # At 80 columns the footer's keys go closer together, and the palette's key (on the
        # help screen) leaves its place, so help and quit stay in sight.
        footer = self.query_one(Footer)
        footer.compact = width < WIDE
        footer.show_command_palette = width >= WIDE

    # -- the panes --------------------------------------------------------------------------

    @property
    def search_pane(self) -> SearchPane:
        return self.query_one(SearchPane)

    @property
    def results_list(self) -> ResultsList:
        return self.query_one(ResultsList)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def entities_pane(self) -> EntitiesPane:
        return self.query_one(EntitiesPane)

    @property
    def strip(self) -> StripPane:
        return self.query_one(StripPane)

    @property
    def article_id(self) -> str | None:
        return self.article_view.article_id

    @property
    def passage(self) -> int:
        return self.article_view.cursor

    @property
    def marks(self) -> ArticleMarks:
        return self.article_view.marks

    @property
    def result_ids(self) -> list[str]:
        return self.search_pane.article_ids

    def _here(self) -> Location | None:
        """Where the article view is right now (the reactive `location` may be a message behind)."""
        view = self.article_view
        return Location(view.article_id, view.cursor, view.scroll_y) if view.article_id else None

    # -- routing -------------------------------------------------------------------------------

    def open_location(self, article: str, passage: int = 0) -> None:
        """Jump to `passage` of `article` (the palette's "Open …")."""
        self._open(messages.OpenLocation(article, passage))

    def on_open_location(self, place: messages.OpenLocation) -> None:
        self._open(place)

    def _open(self, place: messages.OpenLocation) -> None:
        if self.ix is None:
            return
        if place.push:
            self.history.visit(Location(place.article, place.passage), self._here())
        if place.focus:
            self.screen.set_focus(self.article_view)
        self.article_view.open(place)
        self.refresh_bindings()

    def on_cursor_moved(self, moved: messages.CursorMoved) -> None:
        self.location = Location(moved.article, moved.passage, moved.scroll_y)

    def watch_location(self, old: Location | None, new: Location | None) -> None:
        if new is None:
            return
        self.history.update_current(new)
        if old is None or old.article != new.article:
            self.search_pane.show_current(new.article)
        self.strip.follow(new.article, new.passage)
        self.refresh_bindings()

    def on_article_shown(self, _shown: messages.ArticleShown) -> None:
        if self.timings.first_article is None:
            self.timings.first_article = time.perf_counter() - self.started

    def on_entities_found(self, found: messages.EntitiesFound) -> None:
        self.entities_pane.show(found.entities, found.mentions, found.length)

    def on_trace_entity(self, trace: messages.TraceEntity) -> None:
        self.trace_entity(trace.entity)

    def trace_entity(self, entity_id: str) -> None:
        """Trace `entity_id` across the corpus in the strip (the palette's "Trace …")."""
        view = self.article_view
        self.strip.find_trace(entity_id, view.article_id, view.cursor)

    def on_trace_changed(self, changed: messages.TraceChanged) -> None:
        self.article_view.set_traced(changed.entity)
        self.refresh_bindings()

    def on_query_changed(self, changed: messages.QueryChanged) -> None:
        self.article_view.set_query(changed.query)
        self.refresh_bindings()

    def on_focus_article(self, _message: messages.FocusArticle) -> None:
        self.screen.set_focus(self.article_view)

    # -- indexing -----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def check_index(self) -> None:
        ix = self.ix
        assert ix is not None
        candidates, gone = ix.pending_files()
        if not candidates and not gone:
            if ix.article_count() == 0:
                self.call_from_thread(self._empty_corpus)
            else:
                ix.warm()  # the first search of the session as fast as the next
                _settle_heap()
            return
        self.call_from_thread(self._indexing_started, len(candidates))

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done == total or now - self._progress_shown_at >= PROGRESS_EVERY:
                self._progress_shown_at = now
                self.call_from_thread(self._indexing_progress, done, total)

        stats = ix.sync(progress)
        _settle_heap()
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._indexing_done, len(stats.indexed_articles), ix.article_count())

    def _set_indexing(self, on: bool) -> None:
        self.indexing = self.search_pane.indexing = on
        self.query_one("#progress").display = on
        if not on and self._index_timer is not None:
            self._index_timer.stop()

    def _indexing_started(self, total: int) -> None:
        self._set_indexing(True)
        self.query_one(ProgressBar).update(total=total, progress=0)
        self.query_one("#progress-label", Label).update(f"indexing {total} file(s)… ")
        if self.article_id is None:
            assert self.ix is not None
            self.call_later(self.article_view.show_message,
                            f"Indexing {total} file(s) of {self.ix.root}…\n"
                            "Articles appear here as soon as the first batch is written; search works on "
                            "what is indexed so far.")
        # Articles become searchable batch by batch: keep the list current meanwhile.
        self._index_timer = self.set_interval(1.5, self.search_pane.refresh_while_indexing)

    def _indexing_progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        label = f"indexing {done}/{total} file(s)… " if done < total else "finishing the index (merging)… "
        self.query_one("#progress-label", Label).update(label)

    def _indexing_done(self, indexed: int, count: int) -> None:
        self._set_indexing(False)
        if count == 0:
            self._empty_corpus()
            return
        if indexed:
            self.notify(f"indexed {indexed} article(s); {count} in the corpus")
        self.search_pane.relist()

    def _empty_corpus(self) -> None:
        assert self.ix is not None
        self.call_later(self.article_view.show_message,
                        f"No articles in {self.ix.root}.\nThe reader looks for .txt, .md and .jsonl files.")

    # -- app-wide keys (actions.ACTIONS, scope "app") -----------------------------------------------

    def run_scoped_action(self, action: actions.KeyAction) -> Awaitable[bool]:
        """Run `action` on the widget its scope names (the palette's entries)."""
        return self.run_action(action.action, self.article_view if action.scope == "article" else self)

    def _step_hit(self, steps: int) -> None:
        view, search = self.article_view, self.search_pane
        if not search.query_text:
            self.bell()
            self.notify("no search: press / and type", severity="warning", timeout=2)
            return
        here = view.next_hit(steps)
        if here is not None and view.article_id is not None:
            self._open(messages.OpenLocation(view.article_id, here[0], here[1]))
            return
        # None left here: roll into the next (previous) article of the results.
        article = search.neighbour_with_hits(steps)
        if article is None:
            self.bell()
            self.notify("no more hits", timeout=2)
            return
        self._open(messages.OpenLocation(article, 0, hit="first" if steps > 0 else "last"))

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    def action_clear_search(self) -> None:
        self.search_pane.clear()

    def action_next_article(self) -> None:
        if not self.search_pane.step_article(1):
            self.bell()

    def action_previous_article(self) -> None:
        if not self.search_pane.step_article(-1):
            self.bell()

    def action_next_related(self) -> None:
        self.strip.step("related", 1)

    def action_previous_related(self) -> None:
        self.strip.step("related", -1)

    def action_show_related(self) -> None:
        self.strip.show_related()

    def action_compare(self) -> None:
        here, ix = self._here(), self.ix
        if here is None or ix is None:
            self.bell()
            return
        others = [(r.article, r.passage) for r in ix.related(here.article, here.passage).related]
        chosen = self.strip.related
        start = 0
        if chosen is not None and chosen.anchor == (here.article, here.passage) and chosen.index >= 0:
            jump = chosen.jumps[chosen.index]
            start = others.index((jump.article, jump.passage)) if (jump.article, jump.passage) in others else 0
        self.push_screen(CompareScreen(ix, here.article, here.passage, others, start))

    def action_trace(self) -> None:
        mention = self.article_view.mention_here()
        if mention is None:
            self.bell()
            self.notify("no entity in this passage", severity="warning", timeout=2)
            return
        self.trace_mention(mention)

    def action_next_mention(self) -> None:
        self.strip.step("trace", 1)

    def action_previous_mention(self) -> None:
        self.strip.step("trace", -1)

    def action_history_back(self) -> None:
        self._restore(self.history.back(self._here()))

    def action_history_forward(self) -> None:
        self._restore(self.history.forward(self._here()))

    def _restore(self, place: Location | None) -> None:
        if place is None:
            self.bell()
            return
        self._open(messages.OpenLocation(place.article, place.passage, push=False, scroll_y=place.scroll_y))

    def action_search(self) -> None:
        if isinstance(self.focused, Input):
            self.focused.insert_text_at_cursor("/")
        else:
            self._focus_pane("query")

    def action_focus_entities(self) -> None:
        self._focus_pane("entities")

    def _focus_pane(self, pane: str) -> None:
        # Focus now, not after the next refresh: keys typed right after `/` are
        # already queued and must land in the search box.
        self.screen.set_focus(self.query_one(f"#{pane}"))

    def _cycle_pane(self, steps: int) -> None:
        focused = self.focused
        current = focused.id if focused is not None and focused.id in self.PANES else "article"
        self._focus_pane(self.PANES[(self.PANES.index(current) + steps) % len(self.PANES)])

    def action_next_pane(self) -> None:
        self._cycle_pane(1)

    def action_previous_pane(self) -> None:
        self._cycle_pane(-1)

    def action_step_out(self) -> None:
        """Escape, in layers: leave the search box, close the trace, go back to the article,
        unmark the span jumped to."""
        focused, view = self.focused, self.article_view
        if isinstance(focused, Input):
            self.screen.set_focus(view)
        elif self.strip.close_trace():
            pass
        elif focused is not view:
            self.screen.set_focus(view)
        elif view.marks.current:
            view.set_current(None)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "search":
            # Over the help screen or in the palette's box, `/` is theirs (it is a priority key).
            return len(self.screen_stack) == 1
        if action == "history_back":
            return True if self.history.can_go_back else None
        if action == "history_forward":
            return True if self.history.can_go_forward else None
        # Keys that cannot do anything now leave the footer (it is short at 80 columns).
        if action in ("next_hit", "previous_hit"):
            return bool(self.search_pane.query_text)
        if action in ("next_mention", "previous_mention"):
            return self.strip.trace is not None
        return True

    # -- palette and errors ------------------------------------------------------------------------

    async def palette_data(self) -> tuple[list[ArticleInfo], list[Entity]]:
        ix = self.ix
        if ix is None:
            return [], []
        worker = self.run_worker(lambda: (ix.articles(), ix.entities()), thread=True, group="palette")
        return await worker.wait()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """One place for whatever a worker of any pane raised: a message, never a traceback."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        message = str(error) if isinstance(error, CorpusTuiError) else f"{type(error).__name__}: {error}"
        self.notify(message, title=f"{event.worker.group} failed", severity="error", timeout=6)
        if event.worker.group == "index":
            self._set_indexing(False)


def run_app(corpus: str | Path | None = None, index_dir: str | Path | None = None) -> int:
    """Open the index (a wrong path or folder is one line and exit 2), then run the app."""
    warnings: list[str] = []
    try:
        ix = CorpusIndex.open(corpus, index_dir, sync=False, warn=warnings.append)
    except CorpusTuiError as e:
        sys.stderr.write(f"corpus-tui: error: {e}\n")
        return 2
    app = ReaderApp(index=ix)
    app.startup_warnings = warnings
    app.run()
    return app.return_code or 0

