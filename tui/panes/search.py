"""The search pane: the query box, a status line and the results (every article when the
query is empty). Search runs as you type in its own worker, after a short pause, and a
result older than the latest query (by generation number) is dropped. The results are
shown before the matching articles are counted (the count reads every match); the count
follows in the same worker, which the next key cancels."""
from __future__ import annotations

import dataclasses
import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError, QueryError
from corpus_tui.index.model import ArticleHits, ArticleInfo, SearchResult

from .. import messages
from ..dates import ORDER_WORDS, Order, about_line, sort_articles
from ..styling import highlighted
from ..typeahead import TYPING_PAUSE, live_query
from .lists import PaneList

SEARCH_DEBOUNCE = TYPING_PAUSE
SEARCH_ARTICLES = 30
PASSAGES_PER_ARTICLE = 20
# While a word is being typed, its prefix stands for its most frequent completions only
# (a three-letter prefix has hundreds; the union of their postings is what made type-ahead
# slow). Enter, or a space, searches the word as written.
LIVE_EXPANSIONS = 24
ARTICLE_PAGE = 500


class ArticleOption(Option):
    """A result row: one article, with its hits when there is a query."""

    def __init__(self, prompt: Content, article: str, hits: ArticleHits | None = None):
        super().__init__(prompt)
        self.article = article
        self.hits = hits


class MoreOption(Option):
    """The last row of a long article list: Enter lists the next page."""


class ResultsList(PaneList):
    """Search results grouped by article, or every article when the query is empty."""


class SearchPane(Vertical):
    """Query box, status line, results. Posts `QueryChanged` and `OpenLocation`."""

    # Up and down in the box walk the queries run before (per corpus); down past the newest
    # goes to the results.
    BINDINGS = [Binding("down", "focus_results", "results", show=False),
                Binding("up", "older_query", "earlier query", show=False)]

    def __init__(self, ix: CorpusIndex | None, search_times: list[float] | None = None, **kwargs):
        super().__init__(**kwargs)
        self.ix = ix
        self.query_text = ""
        self.indexing = False
        self.infos: dict[str, ArticleInfo] = {}  # what the listing has shown: source and date by id
        self.typed_at: dict[int, float] = {}
        # Keystroke to results of each search, in seconds (the benchmarks read them).
        self.search_times = search_times if search_times is not None else []
        self._gen = 0
        self._listed = 0
        self._current: str | None = None  # the open article, highlighted in the list
        self._answered = 0  # the generation of the results shown
        self.limit = SEARCH_ARTICLES  # articles asked for: "more" asks for the next page
        self._more_from = 0
        self._recall = -1  # where up/down is in the query history (-1: not walking it)
        self._typed = ""  # what was in the box when the walk began
        self._open_when_answered = False
        self.order: Order = "rank"  # of the rows (`s` cycles it)
        self.about: dict[str, tuple[str, str]] = {}  # article id -> (date, source) of rows shown
        self.effective = ""  # the query searched: while typing, its last word as a prefix
        self._result: SearchResult | None = None
        self._listing: list[ArticleInfo] = []
        self._total = 0

    def compose(self) -> ComposeResult:
        yield Input(placeholder="search… (/ from anywhere)", id="query")
        yield Static("", id="query-status", markup=False)
        yield ResultsList(id="results")

    def on_mount(self) -> None:
        self.border_title = f"Search · {self.ix.root.name}" if self.ix else "Search (unavailable)"

    @property
    def results(self) -> ResultsList:
        return self.query_one(ResultsList)

    @property
    def article_ids(self) -> list[str]:
        """The articles of the list, in order."""
        out = []
        for i in range(self.results.option_count):
            option = self.results.get_option_at_index(i)
            if isinstance(option, ArticleOption):
                out.append(option.article)
        return out

    def _set_status(self, content: Content) -> None:
        self.query_one("#query-status", Static).update(content)

    # -- listing ------------------------------------------------------------------------

    def relist(self) -> None:
        """List every article from the top (no query), or search again."""
        if self.query_text:
            self.start_search(self.query_text, live=self.effective != self.query_text)
        else:
            self.list_articles(self._gen)

    def refresh_while_indexing(self) -> None:
        if not self.query_text and self._listed < ARTICLE_PAGE:
            self.list_articles(self._gen)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def list_articles(self, gen: int, offset: int = 0) -> None:
        assert self.ix is not None
        infos = self.ix.articles(offset, ARTICLE_PAGE)
        total = self.ix.article_count()
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_list, gen, offset, infos, total)

    def _show_list(self, gen: int, offset: int, infos: list[ArticleInfo], total: int) -> None:
        if gen != self._gen:
            return
        results = self.results
        self._result = None
        self._total = total
        if offset == 0:
            self._listed = 0
            self._listing = []
            results.clear_options()
        elif results.option_count and isinstance(results.get_option_at_index(results.option_count - 1), MoreOption):
            results.remove_option_at_index(results.option_count - 1)
        self.infos.update((a.id, a) for a in infos)
        self.about.update((a.id, (a.date, a.source)) for a in infos)
        self._listed += len(infos)
        self._listing.extend(infos)
        if self.order == "rank":
            results.add_options([ArticleOption(self._info_prompt(a), a.id) for a in infos])
        else:  # a new page sorts in among the rows listed so far
            results.clear_options()
            results.add_options([ArticleOption(self._info_prompt(a), a.id) for a in
                                 sort_articles(self._listing, lambda a: a.id, self.about, self.order)])
        if self._listed < total:
            results.add_option(MoreOption(Content.styled(f"… {total - self._listed} more (Enter)", "dim italic")))
        status = "indexing… " if self.indexing else ""
        self._set_status(Content.styled(f"{status}{total} article(s){self._order_note()}", "dim"))
        if offset == 0 and results.option_count:
            self.show_current(self._current, default=0)
        if self._current is None and infos:
            self.post_message(messages.OpenLocation(infos[0].id, 0))

    @staticmethod
    def _info_prompt(info: ArticleInfo) -> Content:
        meta = " · ".join(x for x in (info.date, info.source) if x)
        count = f"{info.passages - 1} paragraph(s)" if info.passages > 1 else ""
        line = " · ".join(x for x in (meta, count) if x)
        return Content.assemble((info.title or info.id, "bold"), "\n", (f"  {line}", "dim"))

    # -- search ----------------------------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self, event: Input.Changed) -> None:
        if self._recall < 0 or event.value != self._recalled():
            self._recall = -1
        self.limit = SEARCH_ARTICLES
        self.start_search(event.value)

    def start_search(self, text: str, *, live: bool = True) -> None:
        """Search for `text`; `live` (while typing): its last word matches as a prefix."""
        self._gen += 1
        self.typed_at[self._gen] = time.perf_counter()
        query = text.strip()
        # A trailing space ends the word being typed: no prefix then.
        effective = live_query(query) if live and query == text.rstrip() else query
        self.query_text = query
        if effective != self.effective:
            self.effective = effective
            self.post_message(messages.QueryChanged(effective))
        if not query:
            self.query_one("#query").remove_class("-invalid")
            self.list_articles(self._gen)
        else:
            self._set_status(Content.styled("searching…", "dim italic"))
            self.run_search(self._gen, effective, query, LIVE_EXPANSIONS if effective != query else None)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def run_search(self, gen: int, text: str, written: str | None = None, expansions: int | None = None) -> None:
        """Search `text` (exclusive: a newer search cancels this one); when `text` is the
        live form of `written` and does not parse, `written` as it is."""
        worker = get_current_worker()
        time.sleep(SEARCH_DEBOUNCE)
        if worker.is_cancelled:
            return
        assert self.ix is not None
        try:
            try:
                # A row shows the best passage's snippet; the others only count.
                result = self.ix.search(text, limit=self.limit, passages_per_article=PASSAGES_PER_ARTICLE,
                                        count=False, expansions=expansions, snippets=1)
            except QueryError:
                if written is None or written == text or worker.is_cancelled:
                    raise
                result = self.ix.search(written, limit=self.limit, passages_per_article=PASSAGES_PER_ARTICLE,
                                        count=False, snippets=1)
                expansions = None
        except QueryError as e:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._show_query_error, gen, str(e))
            return
        if worker.is_cancelled:
            return
        about = self.ix.article_about(a.article for a in result.articles)
        if worker.is_cancelled:
            return
        self.app.call_from_thread(self.show_search, gen, result, about)
        # The results first, the count after (it reads every match): a newer key cancels it.
        if not result.counted and not worker.is_cancelled:
            total = self.ix.count_articles(result.query, should_stop=lambda: worker.is_cancelled,
                                           expansions=expansions)
            if total is not None and not worker.is_cancelled:
                self.app.call_from_thread(self._show_total, gen, result, total)

    def _show_total(self, gen: int, result: SearchResult, total: int) -> None:
        if gen != self._gen or self._result is not result:
            return
        self._result = dataclasses.replace(result, total=total, counted=True)
        self._set_status(Content.styled(self._status_text(self._result), "dim"))
        results = self.results
        last = results.option_count - 1
        if last >= 0 and isinstance(results.get_option_at_index(last), MoreOption):
            results.replace_option_prompt_at_index(last, self._more_prompt(self._result))

    def _show_query_error(self, gen: int, message: str) -> None:
        if gen == self._gen:
            self._answered = gen
            self._open_when_answered = False
            self._set_status(Content.styled(f"✗ {message}", "$text-error"))
            self.query_one("#query").add_class("-invalid")

    @property
    def generation(self) -> int:
        """The number of the latest query: an answer to an older one is dropped."""
        return self._gen

    def show_search(self, gen: int, result: SearchResult, about: dict[str, tuple[str, str]] | None = None) -> None:
        if gen != self._gen:
            return  # the user has typed since: a newer search is on its way
        self.query_one("#query").remove_class("-invalid")
        self.about.update(about or {})
        self._result = result
        self._show_result(result)
        if result.articles:
            self.results.highlighted = 0
        if len(result.articles) < result.total or not result.counted:
            self.results.add_option(MoreOption(self._more_prompt(result)))
        if self._more_from and result.articles:
            self.results.highlighted = min(self._more_from, len(result.articles) - 1)
        self._more_from = 0
        self._answered = gen
        if self._open_when_answered:
            self._open_when_answered = False
            if result.articles:
                self.open_option(0)
        started = self.typed_at.pop(gen, None)
        if started is not None:
            self.search_times.append(time.perf_counter() - started)

    def _show_result(self, result: SearchResult) -> None:
        results = self.results
        results.clear_options()
        rows = sort_articles(result.articles, lambda h: h.article, self.about, self.order)
        results.add_options([ArticleOption(self._hits_prompt(hits), hits.article, hits) for hits in rows])
        self._set_status(Content.styled(self._status_text(result), "dim"))

    def _status_text(self, result: SearchResult) -> str:
        if not result.counted:
            text = f"top {len(result.articles)} of {result.total}+ articles (counting…){self._order_note()}"
        elif result.total:
            shown = f", top {len(result.articles)}" if len(result.articles) < result.total else ""
            text = f"{result.total} article(s){shown}{self._order_note()}"
        else:
            text = "no match"
        if self.effective != self.query_text:
            text += f" · typing: {self.effective}"
        # What the engine bounded (a fuzzy distance capped, a wildcard's terms cut).
        for note in result.notes:
            text += f" · {note}"
        return text

    @staticmethod
    def _more_prompt(result: SearchResult) -> Content:
        more = f"{result.total - len(result.articles)} more" if result.counted else "more"
        return Content.styled(f"… {more} (Enter)", "dim italic")

    def _order_note(self) -> str:
        return f" · {ORDER_WORDS[self.order]}" if self.order != "rank" else ""

    def set_order(self, order: Order) -> None:
        """Show the rows in `order` (the open article stays highlighted)."""
        self.order = order
        if self._result is not None and self.query_text:
            self._show_result(self._result)
            self.show_current(self._current, default=0)
        elif not self.query_text and self._listing:
            self._show_list(self._gen, 0, list(self._listing), self._total)

    def _hits_prompt(self, hits: ArticleHits) -> Content:
        n = len(hits.passages)
        count = f"{n}+ hits" if n >= PASSAGES_PER_ARTICLE else ("1 hit" if n == 1 else f"{n} hits")
        meta = about_line(hits.article, self.about)
        best = hits.best
        return Content.assemble((hits.title or hits.article, "bold"), "\n",
                                (" · ".join(x for x in (count, meta) if x), "$text-accent"), "\n",
                                (f"¶{best.passage} ", "dim"), highlighted(best.snippet, best.snippet_spans))

    # -- opening -------------------------------------------------------------------------------

    @on(Input.Submitted, "#query")
    def _query_submitted(self) -> None:
        results = self.results
        self._remember(self.query_text)
        if self.query_text and self.effective != self.query_text:
            # What is listed is the type-ahead form: Enter runs the query as written.
            self.start_search(self.query_text, live=False)
        if self.query_text and self._answered != self._gen:
            # Enter came before the results of what was typed: open the top one when they come.
            self._open_when_answered = True
            self.post_message(messages.FocusArticle())
        elif results.option_count:
            self.open_option(results.highlighted or 0, focus=True)
        else:
            self.post_message(messages.FocusArticle())

    @on(OptionList.OptionSelected, "#results")
    def _result_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_option(event.option_index)

    def open_option(self, index: int, *, focus: bool = False) -> None:
        option = self.results.get_option_at_index(index)
        if isinstance(option, MoreOption) and self.query_text:
            self.limit += SEARCH_ARTICLES
            self._more_from = index
            self._gen += 1
            self.run_search(self._gen, self.query_text)
        elif isinstance(option, MoreOption):
            self.list_articles(self._gen, self._listed)
        elif isinstance(option, ArticleOption):
            if option.hits is not None:
                best = option.hits.best
                span = (best.spans[0].start, best.spans[0].end) if best.spans else None
                self.post_message(messages.OpenLocation(option.article, best.passage, span, focus=focus))
            else:
                self.post_message(messages.OpenLocation(option.article, 0, focus=focus))

    def step_article(self, steps: int) -> bool:
        """Open the next (previous) article of the list; False when there is none."""
        ids = self.article_ids
        if not ids:
            return False
        index = ids.index(self._current) + steps if self._current in ids else 0
        if not 0 <= index < len(ids):
            return False
        self.results.highlighted = index
        self.open_option(index)
        return True

    def neighbour_with_hits(self, steps: int) -> str | None:
        """The next (previous) article of the search results after the open one."""
        if not self.query_text:
            return None
        ids = self.article_ids
        here = ids.index(self._current) if self._current in ids else (-1 if steps > 0 else len(ids))
        index = here + steps
        return ids[index] if 0 <= index < len(ids) else None

    def show_current(self, article_id: str | None, default: int | None = None) -> None:
        """Highlight the open article in the list (if it is there)."""
        self._current = article_id
        ids = self.article_ids
        if article_id in ids:
            self.results.highlighted = ids.index(article_id)
        elif default is not None:
            self.results.highlighted = default

    def clear(self) -> None:
        self.query_one(Input).value = ""

    def set_query(self, text: str) -> None:
        """Put `text` in the box and list its results, as written (no type-ahead)."""
        box = self.query_one(Input)
        with box.prevent(Input.Changed):
            box.value = text
        self.start_search(text, live=False)

    # -- query history (kept by the engine beside the index) ---------------------------------

    def _remember(self, query: str) -> None:
        self._recall = -1
        if query and self.ix is not None:
            try:
                self.ix.workspace.queries.add(query)
            except (CorpusTuiError, OSError) as e:
                self.notify(f"query history not kept: {e}", severity="warning")

    def _history(self) -> list[str]:
        return self.ix.workspace.queries.queries if self.ix is not None else []

    def _recalled(self) -> str:
        history = self._history()
        return history[self._recall] if 0 <= self._recall < len(history) else self._typed

    def _show_recalled(self) -> None:
        box = self.query_one(Input)
        box.value = self._recalled()
        box.cursor_position = len(box.value)

    def action_older_query(self) -> None:
        history = self._history()
        if self._recall < 0:
            self._typed, self._recall = self.query_one(Input).value, len(history)
        if self._recall == 0 or not history:
            self.app.bell()
            return
        self._recall -= 1
        self._show_recalled()

    def action_focus_results(self) -> None:
        if self._recall >= 0:
            self._recall += 1
            if self._recall >= len(self._history()):
                self._recall = -1
            self._show_recalled()
            return
        self.results.focus()
