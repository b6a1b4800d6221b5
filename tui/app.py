"""The corpus reader: a Textual app over the engine.

Panes: search (query box and results) on the left, the open article in the centre,
its entities on the right, and a lower strip with either the related passages of
the focused passage or the trace of one entity. The app stays thin: every engine
call runs in a thread worker, each result is tagged with a generation number, and
a result older than what the user has asked for since is dropped.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from textual import on, work
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Footer, Input, Label, OptionList, ProgressBar, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError, QueryError
from corpus_tui.index.model import (
    Article, ArticleHits, ArticleInfo, Entity, Mention, PassageHit, Related, SearchResult, Trace,
)

from . import commands
from .history import History, Location
from .screens import HelpScreen, ReaderCommands
from .widgets import (
    ArticleMarks, ArticleView, EntitiesList, ResultsList, StripList, dispersion, entity_style, highlighted,
    type_badge,
)

# Typing pauses shorter than this do not start a search: each key would otherwise
# start one that the next key makes stale.
SEARCH_DEBOUNCE = 0.12
# The related strip follows the cursor; holding j should not query on every passage.
RELATED_DEBOUNCE = 0.15
SEARCH_ARTICLES = 100
PASSAGES_PER_ARTICLE = 20
ARTICLE_PAGE = 500
RELATED_LIMIT = 10
# Narrower than this, the entities column gives its place to the results column.
WIDE = 120
# Indexing progress is shown at most this often (a burst of files collapses to one update).
PROGRESS_EVERY = 0.1


@dataclass
class StripState:
    mode: str = "related"  # "related" or "trace"
    related: Related | None = None
    related_index: int = -1
    related_loading: bool = False
    trace: Trace | None = None
    trace_index: int = -1


@dataclass
class Target:
    """Where to put the cursor once an article is open."""
    passage: int = 0
    current: tuple[int, int] | None = None
    scroll_y: float | None = None
    first_hit: bool = False
    last_hit: bool = False


@dataclass
class Timings:
    """What the benchmarks read: keystroke-to-results of each search, first usable frame."""
    search: list[float] = field(default_factory=list)
    first_article: float | None = None


class ReaderApp(App[int]):
    CSS_PATH = "app.tcss"
    TITLE = "corpus-tui"
    BINDINGS = commands.bindings()
    COMMANDS = App.COMMANDS | {ReaderCommands}
    PANES = ("query", "results", "article", "entities", "strip-list")

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
        self.query = ""
        self.results: list[ArticleHits] = []
        self.result_ids: list[str] = []
        self.listed: list[ArticleInfo] = []
        self.article: Article | None = None
        self.marks = ArticleMarks()
        self.entities_here: list[tuple[Entity, int]] = []
        self.bookmarks: dict[str, set[int]] = {}
        self.strip = StripState()
        self.indexing = False
        self._target = Target()
        self._search_gen = 0
        self._typed_at: dict[int, float] = {}
        self._article_gen = 0
        self._related_gen = 0
        self._related_jump: tuple[str, int] | None = None
        self._pending_related_step = 0
        self._progress_shown_at = 0.0

    # -- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            with Vertical(id="left", classes="pane"):
                yield Input(placeholder="search… (/ from anywhere)", id="query")
                yield Static("", id="query-status", markup=False)
                yield ResultsList(id="results")
            yield ArticleView(id="article", classes="pane")
            with Vertical(id="right", classes="pane"):
                yield EntitiesList(id="entities")
        with Vertical(id="strip", classes="pane"):
            yield StripList(id="strip-list")
        with Horizontal(id="progress"):
            yield Label("indexing", id="progress-label")
            yield ProgressBar(id="progress-bar", show_eta=False)
        yield Footer()

    def get_theme_variable_defaults(self) -> dict[str, str]:
        # Entity colours are theme variables so any theme can override them; the
        # defaults are picked per light/dark so both stay readable.
        dark = self.current_theme.dark if self.current_theme else True
        if dark:
            return {"entity-person": "#5fafff", "entity-org": "#d787ff", "entity-place": "#87d787",
                    "entity-other": "#d7af5f", "hit-foreground": "#000000", "hit-background": "#ffd75f"}
        return {"entity-person": "#005fd7", "entity-org": "#8700af", "entity-place": "#00794f",
                "entity-other": "#875f00", "hit-foreground": "#000000", "hit-background": "#ffd700"}

    async def on_mount(self) -> None:
        self.query_one("#left").border_title = "Search"
        self.query_one("#right").border_title = "Entities"
        self._set_strip_title()
        self._apply_width(self.size.width, self.size.height)
        self.theme_changed_signal.subscribe(self, lambda _theme: self.article_view.refresh_passages())
        for message in self.startup_warnings:
            self.notify(message, severity="warning")
        if self.fatal or self.ix is None:
            await self.article_view.show_message(self.fatal or "no index")
            self.query_one("#left").border_title = "Search (unavailable)"
            return
        self.query_one("#left").border_title = f"Search · {self.ix.root.name}"
        self.screen.set_focus(self.article_view)
        self.list_articles(self._search_gen)
        self.check_index()

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width, event.size.height)

    def _apply_width(self, width: int, height: int) -> None:
        self.screen.set_class(width < WIDE, "narrow")
        self.screen.set_class(height < 32, "short")

    # -- shortcuts ------------------------------------------------------------------

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def results_list(self) -> ResultsList:
        return self.query_one(ResultsList)

    @property
    def strip_list(self) -> StripList:
        return self.query_one(StripList)

    @property
    def article_id(self) -> str | None:
        return self.article.id if self.article else None

    @property
    def passage(self) -> int:
        return self.article_view.cursor

    def location(self) -> Location | None:
        if self.article is None:
            return None
        return Location(self.article.id, self.article_view.cursor, self.article_view.scroll_y)

    # -- indexing -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def check_index(self) -> None:
        ix = self.ix
        assert ix is not None
        candidates, gone = ix.pending_files()
        if not candidates and not gone:
            if ix.article_count() == 0:
                self.call_from_thread(self._empty_corpus)
            return
        self.call_from_thread(self._indexing_started, len(candidates))

        def progress(done: int, total: int) -> None:
            now = time.monotonic()
            if done == total or now - self._progress_shown_at >= PROGRESS_EVERY:
                self._progress_shown_at = now
                self.call_from_thread(self._indexing_progress, done, total)

        stats = ix.sync(progress)
        self.call_from_thread(self._indexing_done, len(stats.indexed_articles), ix.article_count())

    def _indexing_started(self, total: int) -> None:
        self.indexing = True
        self.query_one("#progress").display = True
        self.query_one(ProgressBar).update(total=total, progress=0)
        self.query_one("#progress-label", Label).update(f"indexing {total} file(s)… ")
        if self.article is None:
            self.call_later(self.article_view.show_message,
                            f"Indexing {total} file(s) of {self.ix.root}…\n"  # type: ignore[union-attr]
                            "Articles appear here as soon as the first batch is written; search works on "
                            "what is indexed so far.")
        # Articles become searchable batch by batch: keep the list current meanwhile.
        self._index_timer = self.set_interval(1.5, self._refresh_while_indexing)

    def _indexing_progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        label = f"indexing {done}/{total} file(s)… " if done < total else "finishing the index (merging)… "
        self.query_one("#progress-label", Label).update(label)

    def _refresh_while_indexing(self) -> None:
        if not self.query and len(self.listed) < ARTICLE_PAGE:
            self.list_articles(self._search_gen)

    def _indexing_done(self, indexed: int, count: int) -> None:
        self.indexing = False
        self._index_timer.stop()
        self.query_one("#progress").display = False
        if count == 0:
            self._empty_corpus()
            return
        if indexed:
            self.notify(f"indexed {indexed} article(s); {count} in the corpus")
        if self.query:
            self._start_search(self.query)
        else:
            self.list_articles(self._search_gen)

    def _empty_corpus(self) -> None:
        assert self.ix is not None
        self.call_later(self.article_view.show_message,
                        f"No articles in {self.ix.root}.\nThe reader looks for .txt, .md and .jsonl files.")

    # -- article list and search -------------------------------------------------------

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def list_articles(self, gen: int, offset: int = 0) -> None:
        assert self.ix is not None
        infos = self.ix.articles(offset, ARTICLE_PAGE)
        total = self.ix.article_count()
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_article_list, gen, offset, infos, total)

    def _show_article_list(self, gen: int, offset: int, infos: list[ArticleInfo], total: int) -> None:
        if gen != self._search_gen:
            return
        results = self.results_list
        if offset == 0:
            self.listed = []
            results.clear_options()
        elif results.option_count and results.get_option_at_index(results.option_count - 1).id == "more":
            results.remove_option("more")
        self.listed.extend(infos)
        self.results = []
        self.result_ids = [a.id for a in self.listed]
        results.add_options([Option(self._info_prompt(a), id=f"a:{a.id}") for a in infos])
        if len(self.listed) < total:
            results.add_option(Option(Content.styled(f"… {total - len(self.listed)} more (Enter)", "dim italic"),
                                      id="more"))
        status = "indexing… " if self.indexing else ""
        self._set_status(Content.styled(f"{status}{total} article(s)", "dim"))
        if offset == 0 and results.option_count:
            current = self.result_ids.index(self.article_id) if self.article_id in self.result_ids else 0
            results.highlighted = current
        if self.article is None and self.listed:
            self.open_article(self.listed[0].id, 0)

    @staticmethod
    def _info_prompt(info: ArticleInfo) -> Content:
        meta = " · ".join(x for x in (info.source, info.date, _size(info.size)) if x)
        return Content.assemble((info.title or info.id, "bold"), "\n", (f"  {meta}", "dim"))

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._start_search(event.value)

    def _start_search(self, text: str) -> None:
        self._search_gen += 1
        self._typed_at[self._search_gen] = time.perf_counter()
        self.query = text.strip()
        if not self.query:
            self._clear_hits()
            self.list_articles(self._search_gen)
        else:
            self._set_status(Content.styled("searching…", "dim italic"))
            self.run_search(self._search_gen, self.query)
        self.refresh_bindings()

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, gen: int, text: str) -> None:
        worker = get_current_worker()
        time.sleep(SEARCH_DEBOUNCE)
        if worker.is_cancelled:
            return
        assert self.ix is not None
        try:
            result = self.ix.search(text, limit=SEARCH_ARTICLES, passages_per_article=PASSAGES_PER_ARTICLE)
        except QueryError as e:
            if not worker.is_cancelled:
                self.call_from_thread(self._show_query_error, gen, str(e))
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._show_search, gen, result)

    def _show_query_error(self, gen: int, message: str) -> None:
        if gen == self._search_gen:
            self._set_status(Content.styled(f"✗ {message}", "$text-error"))
            self.query_one("#query").add_class("-invalid")

    def _show_search(self, gen: int, result: SearchResult) -> None:
        if gen != self._search_gen:
            return  # the user has typed since: a newer search is on its way
        self.query_one("#query").remove_class("-invalid")
        self.results = result.articles
        self.result_ids = [a.article for a in result.articles]
        options = []
        for hits in result.articles:
            n = len(hits.passages)
            count = f"{n}+" if n >= PASSAGES_PER_ARTICLE else str(n)
            best = hits.best
            prompt = Content.assemble((hits.title or hits.article, "bold"), "\n",
                                      (f"{count} passage(s) · ¶{best.passage} ", "$text-accent"),
                                      highlighted(best.snippet, best.snippet_spans))
            options.append(Option(prompt, id=f"a:{hits.article}"))
        results = self.results_list
        results.clear_options()
        results.add_options(options)
        if options:
            results.highlighted = 0
        shown = f", top {len(options)}" if len(options) < result.total else ""
        text = f"{result.total} article(s){shown}" if result.total else "no match"
        self._set_status(Content.styled(text, "dim"))
        started = self._typed_at.pop(gen, None)
        if started is not None:
            self.timings.search.append(time.perf_counter() - started)
        # Highlights of the open article follow the query.
        if self.article is not None:
            self.refresh_hits()

    def _set_status(self, content: Content) -> None:
        self.query_one("#query-status", Static).update(content)

    def _clear_hits(self) -> None:
        self.query_one("#query").remove_class("-invalid")
        self.marks.hits = []
        self.marks.current = None
        self.article_view.set_marks(self.marks)

    @work(thread=True, exclusive=True, group="hits", exit_on_error=False)
    def refresh_hits(self) -> None:
        article, query = self.article, self.query
        if article is None:
            return
        try:
            hits = self.ix.article_hits(query, article.id) if query else []  # type: ignore[union-attr]
        except QueryError:
            hits = []
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_hits, article.id, query, hits)

    def _show_hits(self, article_id: str, query: str, hits: list[PassageHit]) -> None:
        if article_id == self.article_id and query == self.query:
            self.marks.hits = hits
            self.article_view.set_marks(self.marks)

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        results = self.results_list
        if results.option_count:
            self._open_result(results.highlighted or 0)
        self.screen.set_focus(self.article_view)

    @on(OptionList.OptionSelected, "#results")
    def _result_selected(self, event: OptionList.OptionSelected) -> None:
        self._open_result(event.option_index)

    def _open_result(self, index: int) -> None:
        option = self.results_list.get_option_at_index(index)
        if option.id == "more":
            self.list_articles(self._search_gen, len(self.listed))
            return
        article_id = (option.id or "")[2:]
        hits = next((h for h in self.results if h.article == article_id), None)
        if hits is not None:
            best = hits.best
            span = best.spans[0] if best.spans else None
            self.open_article(article_id, best.passage, current=(span.start, span.end) if span else None)
        else:
            self.open_article(article_id, 0)

    # -- opening articles -----------------------------------------------------------------

    def open_article(self, article_id: str, passage: int = 0, *, push: bool = True,
                     current: tuple[int, int] | None = None, scroll_y: float | None = None,
                     first_hit: bool = False, last_hit: bool = False) -> None:
        """Show `article_id` with the cursor on `passage`; a jump (push) goes on the history."""
        if push:
            self.history.visit(Location(article_id, passage), self.location())
        self._target = Target(passage, current, scroll_y, first_hit, last_hit)
        if self.article is not None and self.article.id == article_id and not (first_hit or last_hit):
            self._apply_target()
        else:
            self._article_gen += 1
            self.load_article(self._article_gen, article_id, self.query)
        self.refresh_bindings()

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def load_article(self, gen: int, article_id: str, query: str) -> None:
        ix = self.ix
        assert ix is not None
        worker = get_current_worker()
        article = ix.article(article_id)
        try:
            hits = ix.article_hits(query, article_id) if query else []
        except QueryError:
            hits = []
        if worker.is_cancelled:
            return
        self.call_from_thread(self._article_loaded, gen, article, query, hits)
        # Entities come second: the text is readable before they are resolved.
        mentions = ix.mentions(article_id)
        entities = ix.article_entities(article_id)
        if not worker.is_cancelled:
            self.call_from_thread(self._entities_loaded, gen, mentions, entities)

    async def _article_loaded(self, gen: int, article: Article, query: str, hits: list[PassageHit]) -> None:
        if gen != self._article_gen:
            return
        self.article = article
        self.marks = ArticleMarks(hits=hits if query == self.query else [], mentions=[], entity_types={},
                                  traced_entity=self.strip.trace.entity.id if self.strip.trace else None)
        view = self.article_view
        await view.show_article(article, self.marks, self.bookmarks.setdefault(article.id, set()))
        target = self._target
        if (target.first_hit or target.last_hit) and self.marks.hits:
            hit = self.marks.hits[0 if target.first_hit else -1]
            target.passage = hit.passage
            target.current = (hit.spans[0].start, hit.spans[0].end) if hit.spans else None
            self.history.update_current(Location(article.id, target.passage))
        self._apply_target()
        if article.id in self.result_ids:
            self.results_list.highlighted = self.result_ids.index(article.id)
        if self.timings.first_article is None:
            self.timings.first_article = time.perf_counter() - self.started

    def _entities_loaded(self, gen: int, mentions: list[Mention], entities: list[tuple[Entity, int]]) -> None:
        if gen != self._article_gen:
            return
        self.marks.mentions = mentions
        self.marks.entity_types = {e.id: e.type for e, _n in entities}
        self.article_view.set_marks(self.marks)
        self.entities_here = entities
        listing = self.query_one(EntitiesList)
        listing.clear_options()
        listing.add_options([
            Option(Content.assemble(type_badge(e.type), " ", (e.name, entity_style(e.type)),
                                    (f"\n  {n} here · {e.articles} art.", "dim")), id=f"e:{e.id}")
            for e, n in entities
        ])
        self.query_one("#right").border_title = f"Entities ({len(entities)})"

    def _apply_target(self) -> None:
        target, view = self._target, self.article_view
        self.marks.current = target.current
        view.set_marks(self.marks)
        if target.scroll_y is not None:
            view.cursor = max(0, min(target.passage, view.passage_count - 1))
            view.move_cursor(view.cursor)
            view.call_after_refresh(view.scroll_to, y=target.scroll_y, animate=False)
        else:
            view.move_cursor(target.passage, jump=True)
        self._cursor_moved()

    def _cursor_moved(self) -> None:
        """The passage cursor is somewhere new: update the titles and the related strip."""
        article, view = self.article, self.article_view
        if article is None:
            return
        view.border_title = article.title or article.id
        meta = " · ".join(x for x in (article.source, article.date) if x)
        mark = " ★" if view.cursor in self.bookmarks.get(article.id, ()) else ""
        view.border_subtitle = f"{meta + ' · ' if meta else ''}¶{view.cursor}/{view.passage_count - 1}{mark}"
        here = (article.id, view.cursor)
        related = self.strip.related
        anchor = (related.article, related.passage) if related else None
        if here != anchor and here != self._related_jump:
            self._related_jump = None
            self._related_gen += 1
            self.strip.related_loading = True
            self.find_related(self._related_gen, article.id, view.cursor)

    @on(ArticleView.PassageClicked)
    def _passage_clicked(self, event: ArticleView.PassageClicked) -> None:
        self.screen.set_focus(self.article_view)
        self._move(event.passage - self.article_view.cursor)

    # -- related passages ------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def find_related(self, gen: int, article_id: str, passage: int) -> None:
        worker = get_current_worker()
        time.sleep(RELATED_DEBOUNCE)
        if worker.is_cancelled:
            return
        assert self.ix is not None
        try:
            related = self.ix.related(article_id, passage, limit=RELATED_LIMIT)
            error = None
        except (CorpusTuiError, ImportError, NotImplementedError) as e:
            related, error = None, str(e) or type(e).__name__
        if not worker.is_cancelled:
            self.call_from_thread(self._show_related, gen, related, error)

    def _show_related(self, gen: int, related: Related | None, error: str | None) -> None:
        if gen != self._related_gen:
            return
        self.strip.related = related
        self.strip.related_index = -1
        self.strip.related_loading = False
        if self.strip.mode == "related":
            self._render_related(error)
        step, self._pending_related_step = self._pending_related_step, 0
        if step:
            self._step_related(step)

    def _render_related(self, error: str | None = None) -> None:
        listing, related = self.strip_list, self.strip.related
        listing.clear_options()
        if error:
            listing.add_option(Option(Content.styled(f"related passages unavailable: {error}", "$text-error"),
                                      disabled=True))
        elif related is None or not related.related:
            listing.add_option(Option(Content.styled("no related passage in another article", "dim italic"),
                                      disabled=True))
        else:
            for i, r in enumerate(related.related):
                why = ", ".join(r.shared_entities[:4] + r.shared_terms[:4])
                prompt = Content.assemble((f"¶{r.passage:<3} ", "dim"), (r.title or r.article, "bold"),
                                          "\n     ", (f"{why} — ", "italic $text-accent") if why else "",
                                          _one_line(r.text))
                listing.add_option(Option(prompt, id=f"r:{i}"))
            if self.strip.related_index >= 0:
                listing.highlighted = self.strip.related_index
        self._set_strip_title()

    def _set_strip_title(self) -> None:
        strip = self.query_one("#strip")
        if self.strip.mode == "trace" and self.strip.trace:
            e = self.strip.trace.entity
            strip.border_title = f"Trace: {e.name} ({e.type.lower()})"
            strip.border_subtitle = (f"{len(self.strip.trace.mentions)} mention(s) in {e.articles} article(s)"
                                     " · o/O walk · esc closes")
        else:
            related = self.strip.related
            strip.border_title = f"Related to ¶{related.passage}" if related else "Related"
            strip.border_subtitle = "]/[ jump · t trace"

    def _step_related(self, step: int) -> None:
        if self.strip.mode != "related":
            self.strip.mode = "related"
            self._render_related()
        related = self.strip.related
        if self.strip.related_loading:
            # The list for the passage under the cursor is on its way: step in it, not in the old one.
            self._pending_related_step = step
            return
        if related is None or not related.related:
            self.bell()
            self.notify("no related passage in another article", severity="warning", timeout=2)
            return
        index = self.strip.related_index + step
        if not 0 <= index < len(related.related):
            self.bell()
            return
        self._jump_related(index)

    def _jump_related(self, index: int) -> None:
        related = self.strip.related
        assert related is not None
        self.strip.related_index = index
        r = related.related[index]
        self._related_jump = (r.article, r.passage)
        self.strip_list.highlighted = index
        self.open_article(r.article, r.passage)

    # -- trace -------------------------------------------------------------------------

    def trace_entity(self, entity_id: str) -> None:
        self.run_trace(entity_id)

    @work(thread=True, exclusive=True, group="trace", exit_on_error=False)
    def run_trace(self, entity_id: str) -> None:
        assert self.ix is not None
        trace = self.ix.trace(self.ix.entity(entity_id))
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._show_trace, trace)

    def _show_trace(self, trace: Trace) -> None:
        self.strip.mode = "trace"
        self.strip.trace = trace
        # Walking starts from where the reader is: the first mention at or after the cursor.
        self.strip.trace_index = -1
        here = (self.article_id, self.passage)
        for i, m in enumerate(trace.mentions):
            if (m.article, m.passage) == here:
                self.strip.trace_index = i
                break
        self.marks.traced_entity = trace.entity.id
        self.article_view.set_marks(self.marks)
        self._render_trace()
        self.query_one("#strip").display = True
        self.refresh_bindings()

    def _render_trace(self) -> None:
        trace, listing = self.strip.trace, self.strip_list
        assert trace is not None
        listing.clear_options()
        options: list[Option] = []
        by_article: dict[str, list[int]] = {}
        for i, m in enumerate(trace.mentions):
            by_article.setdefault(m.article, []).append(i)
        self._trace_option_of: dict[int, int] = {}
        for article_id, indexes in by_article.items():
            first = trace.mentions[indexes[0]]
            strip = dispersion([trace.mentions[i].position for i in indexes])
            options.append(Option(Content.assemble((strip, "$text-accent"), (f" {len(indexes):>3}×  ", "dim"),
                                                   (first.title or article_id, "bold")),
                                  disabled=True))
            for i in indexes:
                m = trace.mentions[i]
                self._trace_option_of[i] = len(options)
                options.append(Option(Content.assemble((f"  ¶{m.passage:<3} ", "dim"),
                                                       highlighted(m.context, [_Off(m.context_start, m.context_end)],
                                                                   entity_style(trace.entity.type) + " underline")),
                                      id=f"m:{i}"))
        if not options:
            options.append(Option(Content.styled("no mention found", "dim italic"), disabled=True))
        listing.add_options(options)
        if self.strip.trace_index >= 0:
            listing.highlighted = self._trace_option_of.get(self.strip.trace_index)
        self._set_strip_title()

    def _step_mention(self, step: int) -> None:
        trace = self.strip.trace
        if trace is None or not trace.mentions:
            self.bell()
            self.notify("nothing traced: press t on a passage with an entity", severity="warning", timeout=2)
            return
        if self.strip.mode != "trace":
            self.strip.mode = "trace"
            self._render_trace()
        index = self.strip.trace_index + step
        if not 0 <= index < len(trace.mentions):
            self.bell()
            return
        self._jump_mention(index)

    def _jump_mention(self, index: int) -> None:
        trace = self.strip.trace
        assert trace is not None
        self.strip.trace_index = index
        m = trace.mentions[index]
        self.strip_list.highlighted = self._trace_option_of.get(index)
        self.open_article(m.article, m.passage, current=(m.start, m.end))

    @on(OptionList.OptionSelected, "#strip-list")
    def _strip_selected(self, event: OptionList.OptionSelected) -> None:
        kind, _, number = (event.option_id or "").partition(":")
        if kind == "r":
            self._jump_related(int(number))
        elif kind == "m":
            self._jump_mention(int(number))

    @on(OptionList.OptionSelected, "#entities")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        self.trace_entity((event.option_id or "")[2:])

    # -- moving ----------------------------------------------------------------------------

    def _move(self, step: int) -> None:
        view = self.article_view
        if not view.passage_count:
            return
        view.move_cursor(view.cursor + step)
        self.marks.current = None
        view.set_marks(self.marks)
        if self.article:
            self.history.update_current(Location(self.article.id, view.cursor, view.scroll_y))
        self._cursor_moved()

    def action_passage_down(self) -> None:
        if isinstance(self.focused, Input):
            self.screen.set_focus(self.results_list)
            return
        self._move(1)

    def action_passage_up(self) -> None:
        self._move(-1)

    def action_top(self) -> None:
        self._move(-self.article_view.cursor)

    def action_bottom(self) -> None:
        self._move(self.article_view.passage_count)

    def _step_article(self, step: int) -> None:
        if not self.result_ids:
            self.bell()
            return
        index = self.result_ids.index(self.article_id) + step if self.article_id in self.result_ids else 0
        if not 0 <= index < len(self.result_ids):
            self.bell()
            return
        self.results_list.highlighted = index
        self._open_result(index)

    def action_next_article(self) -> None:
        self._step_article(1)

    def action_previous_article(self) -> None:
        self._step_article(-1)

    def _step_hit(self, step: int) -> None:
        if not self.query:
            self.bell()
            self.notify("no search: press / and type", severity="warning", timeout=2)
            return
        cursor = self.article_view.cursor
        passages = [h for h in self.marks.hits if (h.passage > cursor if step > 0 else h.passage < cursor)]
        if passages:
            hit = passages[0] if step > 0 else passages[-1]
            span = (hit.spans[0].start, hit.spans[0].end) if hit.spans else None
            self.open_article(self.article_id or "", hit.passage, current=span)
            return
        # None left here: roll into the next (previous) article of the results.
        ids = self.result_ids if self.results else []
        here = ids.index(self.article_id) if self.article_id in ids else (-1 if step > 0 else len(ids))
        index = here + step
        if not 0 <= index < len(ids):
            self.bell()
            self.notify("no more hits", timeout=2)
            return
        self.results_list.highlighted = index
        self.open_article(ids[index], 0, first_hit=step > 0, last_hit=step < 0)

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    def action_clear_search(self) -> None:
        self.query_one("#query", Input).value = ""

    def action_next_related(self) -> None:
        self._step_related(1)

    def action_previous_related(self) -> None:
        self._step_related(-1)

    def action_show_related(self) -> None:
        self.strip.mode = "related"
        self._render_related()

    def action_trace(self) -> None:
        focused = self.focused
        if isinstance(focused, EntitiesList) and focused.highlighted is not None:
            option = focused.get_option_at_index(focused.highlighted)
            self.trace_entity((option.id or "")[2:])
            return
        here = [m for m in self.marks.mentions if m.passage == self.article_view.cursor]
        if self.marks.current:
            at = [m for m in here if m.start <= self.marks.current[0] < m.end]
            here = at or here
        if not here:
            self.bell()
            self.notify("no entity in this passage", severity="warning", timeout=2)
            return
        self.trace_entity(here[0].entity)

    def action_next_mention(self) -> None:
        self._step_mention(1)

    def action_previous_mention(self) -> None:
        self._step_mention(-1)

    def action_back(self) -> None:
        self._restore(self.history.back(self.location()))

    def action_forward(self) -> None:
        self._restore(self.history.forward(self.location()))

    def _restore(self, place: Location | None) -> None:
        if place is None:
            self.bell()
            return
        self.open_article(place.article, place.passage, push=False, scroll_y=place.scroll_y)

    def action_toggle_mark(self) -> None:
        if self.article is None:
            return
        marks = self.bookmarks.setdefault(self.article.id, set())
        marks.symmetric_difference_update({self.passage})
        self.article_view.refresh_passages()
        self._cursor_moved()

    def _step_mark(self, step: int) -> None:
        marks = sorted(self.bookmarks.get(self.article_id or "", ()))
        cursor = self.passage
        candidates = [m for m in marks if (m > cursor if step > 0 else m < cursor)]
        if not candidates:
            self.bell()
            return
        self.open_article(self.article_id or "", candidates[0] if step > 0 else candidates[-1])

    def action_next_mark(self) -> None:
        self._step_mark(1)

    def action_previous_mark(self) -> None:
        self._step_mark(-1)

    # -- panes -----------------------------------------------------------------------------

    def action_search(self) -> None:
        self._focus_pane("query")

    def action_focus_entities(self) -> None:
        self._focus_pane("entities")

    def _focus_pane(self, pane: str) -> None:
        self.screen.set_class(pane == "entities", "-show-entities")
        # Focus now, not after the next refresh: keys typed right after `/` are
        # already queued and must land in the search box.
        self.screen.set_focus(self.query_one(f"#{pane}"))

    def _cycle_pane(self, step: int) -> None:
        focused = self.focused
        current = focused.id if focused is not None and focused.id in self.PANES else "article"
        index = (self.PANES.index(current) + step) % len(self.PANES)
        self._focus_pane(self.PANES[index])

    def action_next_pane(self) -> None:
        self._cycle_pane(1)

    def action_previous_pane(self) -> None:
        self._cycle_pane(-1)

    def action_step_out(self) -> None:
        focused = self.focused
        if isinstance(focused, Input):
            self.screen.set_focus(self.article_view)
        elif self.strip.mode == "trace":
            self.strip.mode = "related"
            self.strip.trace = None
            self.strip.trace_index = -1
            self.marks.traced_entity = None
            self.article_view.set_marks(self.marks)
            self._render_related()
            self.refresh_bindings()
        elif focused is not self.article_view:
            self.screen.remove_class("-show-entities")
            self.screen.set_focus(self.article_view)
        elif self.marks.current:
            self.marks.current = None
            self.article_view.set_marks(self.marks)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def check_action(self, action: str, parameters) -> bool | None:
        if action == "back":
            return True if self.history.can_go_back else None
        if action == "forward":
            return True if self.history.can_go_forward else None
        # Keys that cannot do anything now leave the footer (it is short at 80 columns).
        if action in ("next_hit", "previous_hit"):
            return bool(self.query)
        if action in ("next_mention", "previous_mention"):
            return self.strip.trace is not None
        return True

    # -- palette -------------------------------------------------------------------------

    async def palette_data(self) -> tuple[list[ArticleInfo], list[Entity]]:
        ix = self.ix
        if ix is None:
            return [], []
        worker = self.run_worker(lambda: (ix.articles(), ix.entities()), thread=True, group="palette")
        return await worker.wait()

    # -- errors ----------------------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """One place for whatever a worker raised: a message on screen, never a traceback."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        message = str(error) if isinstance(error, CorpusTuiError) else f"{type(error).__name__}: {error}"
        self.notify(message, title=f"{event.worker.group} failed", severity="error", timeout=6)
        if event.worker.group == "index":
            self.indexing = False
            self.query_one("#progress").display = False


@dataclass(frozen=True, slots=True)
class _Off:
    start: int
    end: int


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _size(chars: int) -> str:
    return f"{chars / 1000:.1f}k chars" if chars >= 1000 else f"{chars} chars"


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
