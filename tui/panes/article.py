"""The article view: the open article, one block per passage, with search hits, entity
mentions (coloured by type) and the focused passage marked. It loads articles in its own
worker and posts `ArticleShown`, `EntitiesFound` and `CursorMoved`.

Moving the cursor re-renders only what changes: the classes of the old and the new
focused block, and the content of a block whose marked span goes away."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from textual import events, work
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.message import Message
from textual.widgets import Static
from textual.worker import get_current_worker

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError, QueryError
from corpus_tui.index.model import Article, MarkedPassage, Mention, PassageHit

from .. import actions, messages
from ..prompts import TextPrompt
from ..styling import CURRENT_STYLE, HIT_STYLE, entity_style
from ..typeahead import TYPING_PAUSE


@dataclass
class ArticleMarks:
    """What is drawn over an article: search hits, entity mentions and one current span."""
    hits: list[PassageHit] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entity_types: dict[str, str] = field(default_factory=dict)
    traced_entity: str | None = None
    current: tuple[int, int] | None = None  # offsets of the hit or mention jumped to


class PassageBlock(Static):
    """One passage of the open article."""

    def __init__(self, number: int, content: Content, **kwargs):
        super().__init__(content, markup=False, **kwargs)
        self.number = number

    def on_click(self, event: events.Click) -> None:
        self.post_message(ArticleView.PassageClicked(self.number))


class ArticleView(VerticalScroll, can_focus=True, inherit_bindings=False):
    """The open article. Its keys (j/k, g/G, marks) move the passage cursor, not the scroll."""

    BINDINGS = [
        Binding("pagedown,space", "page_down", "page down", show=False),
        Binding("pageup", "page_up", "page up", show=False),
        *actions.bindings("article"),
    ]

    class PassageClicked(Message):
        def __init__(self, passage: int):
            super().__init__()
            self.passage = passage

    def __init__(self, ix: CorpusIndex | None, **kwargs):
        super().__init__(**kwargs)
        self.ix = ix
        self.article: Article | None = None
        self.cursor = 0
        self.marks = ArticleMarks()
        self.query_text = ""  # the search whose hits are highlighted
        # The analyst's marks (kept by the engine, beside the index): article id -> passage -> note.
        self.bookmarks: dict[str, dict[int, str | None]] = {}
        self._blocks: list[PassageBlock] = []
        self._target = messages.OpenLocation("")
        self._gen = 0

    # -- opening --------------------------------------------------------------------

    @property
    def article_id(self) -> str | None:
        return self.article.id if self.article else None

    def open(self, place: messages.OpenLocation) -> None:
        """Show `place`: in the open article right away, another one through the worker."""
        self._target = place
        if self.article is not None and self.article.id == place.article and place.hit is None:
            self._apply_target()
        else:
            self._gen += 1
            self.load(self._gen, place.article, self.query_text)

    def reload(self) -> None:
        """Load the open article again, keeping the cursor (its entities changed: curation)."""
        if self.article is not None:
            self._target = messages.OpenLocation(self.article.id, self.cursor, push=False, scroll_y=self.scroll_y)
            self._gen += 1
            self.load(self._gen, self.article.id, self.query_text)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def load(self, gen: int, article_id: str, query: str) -> None:
        ix = self.ix
        assert ix is not None
        worker = get_current_worker()
        article = ix.article(article_id)
        hits = self._hits(query, article_id)
        marks = ix.marks()
        if worker.is_cancelled:
            return
        self.app.call_from_thread(self._show, gen, article, query, hits, marks)  # type: ignore[arg-type]
        # Entities come second: the text is readable before they are resolved.
        mentions = ix.mentions(article_id)
        entities = ix.article_entities(article_id)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._entities_found, gen, article, mentions, entities)

    def _hits(self, query: str, article_id: str) -> list[PassageHit]:
        assert self.ix is not None
        try:
            return self.ix.article_hits(query, article_id) if query else []
        except QueryError:
            return []

    async def _show(self, gen: int, article: Article, query: str, hits: list[PassageHit],
                    marks: list[MarkedPassage]) -> None:
        if gen != self._gen:
            return
        self.article = article
        self.set_bookmarks(marks)
        self.marks = ArticleMarks(hits=hits if query == self.query_text else [],
                                  traced_entity=self.marks.traced_entity)
        self.cursor = 0
        await self.remove_children()
        self._blocks = [PassageBlock(p.number, self._content(p.number), classes="passage")
                        for p in article.passages]
        if self._blocks:
            self._blocks[0].add_class("-title")
        # The title is passage 0, in the text: the border carries what is not there.
        self.border_title = " · ".join(x for x in (article.source, article.date) if x) or "Article"
        for block in self._blocks:
            block.set_class(block.number in self.bookmarks.get(article.id, {}), "-bookmarked")
        await self.mount_all(self._blocks)
        target = self._target
        if target.hit and self.marks.hits:
            hit = self.marks.hits[0 if target.hit == "first" else -1]
            span = (hit.spans[0].start, hit.spans[0].end) if hit.spans else None
            self._target = messages.OpenLocation(article.id, hit.passage, span, push=False)
        self.post_message(messages.ArticleShown(article))
        self._apply_target()

    def _entities_found(self, gen: int, article: Article, mentions: list[Mention], entities) -> None:
        if gen != self._gen:
            return
        self.marks.mentions = mentions
        self.marks.entity_types = {e.id: e.type for e, _n in entities}
        self.refresh_passages()
        self.post_message(messages.EntitiesFound(article.id, entities, mentions, max(1, len(article.text))))

    async def show_message(self, text: str) -> None:
        self.article = None
        self._blocks = []
        await self.remove_children()
        await self.mount(Static(text, markup=False, classes="message"))

    def _apply_target(self) -> None:
        target = self._target
        self.set_current(target.span)
        if target.scroll_y is not None:
            self.move_cursor(target.passage)
            self.call_after_refresh(self.scroll_to, y=target.scroll_y, animate=False)
        else:
            self.move_cursor(target.passage, jump=True)

    # -- what is drawn -----------------------------------------------------------------

    def set_query(self, query: str) -> None:
        """Highlight the hits of `query` (worker), or none."""
        self.query_text = query
        if not query:
            self.marks.hits = []
            self.set_current(None)
            self.refresh_passages()
        elif self.article is not None:
            self.refresh_hits(self.article.id, query)

    @work(thread=True, exclusive=True, group="hits", exit_on_error=False)
    def refresh_hits(self, article_id: str, query: str) -> None:
        # While a query is typed, each key changes it: wait as the search does, so that
        # only the query typed last is looked for in the article (a newer one cancels this).
        time.sleep(TYPING_PAUSE)
        if get_current_worker().is_cancelled:
            return
        hits = self._hits(query, article_id)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._hits_found, article_id, query, hits)

    def _hits_found(self, article_id: str, query: str, hits: list[PassageHit]) -> None:
        if article_id == self.article_id and query == self.query_text:
            self.marks.hits = hits
            self.refresh_passages()
            self._set_subtitle()

    def set_traced(self, entity: str | None) -> None:
        if entity != self.marks.traced_entity:
            self.marks.traced_entity = entity
            self.refresh_passages()

    def set_current(self, span: tuple[int, int] | None) -> None:
        """Mark `span` (offsets into the text) as the hit or mention jumped to: re-renders
        only the passages that held the old span and hold the new one."""
        old, self.marks.current = self.marks.current, span
        if old == span or self.article is None:
            return
        for offsets in (old, span):
            if offsets is not None:
                self._render_block(self.article.passage_at(offsets[0]))

    def refresh_passages(self) -> None:
        """Re-render every block (the marks of the whole article changed, or the theme)."""
        for block in self._blocks:
            self._render_block(block.number)

    def _render_block(self, number: int) -> None:
        block = self.block(number)
        if block is not None:
            block.update(self._content(number))

    def _content(self, number: int) -> Content:
        article = self.article
        assert article is not None
        p = article.passages[number]
        spans: list[Span] = []
        marks = self.marks
        for m in marks.mentions:
            if m.passage == number and p.start <= m.start < m.end <= p.end:
                style = entity_style(marks.entity_types.get(m.entity, "OTHER"))
                if m.entity == marks.traced_entity:
                    style += " underline"
                spans.append(Span(m.start - p.start, m.end - p.start, style))
        for hit in marks.hits:
            if hit.passage == number:
                spans.extend(Span(s.start - p.start, s.end - p.start, HIT_STYLE) for s in hit.spans
                             if p.start <= s.start < s.end <= p.end)
        if marks.current and p.start <= marks.current[0] < marks.current[1] <= p.end:
            spans.append(Span(marks.current[0] - p.start, marks.current[1] - p.start, CURRENT_STYLE))
        return Content(article.text[p.start:p.end], spans)

    # -- the cursor --------------------------------------------------------------------

    @property
    def passage_count(self) -> int:
        return len(self._blocks)

    def block(self, number: int) -> PassageBlock | None:
        return self._blocks[number] if 0 <= number < len(self._blocks) else None

    def move_cursor(self, number: int, *, jump: bool = False) -> None:
        """Focus passage `number`; a jump places it a quarter down the view, a step just
        keeps it visible. Only the old and the new block change."""
        if not self._blocks or self.article is None:
            return
        old, self.cursor = self.cursor, max(0, min(number, len(self._blocks) - 1))
        for n in {old, self.cursor}:
            block = self._blocks[n] if n < len(self._blocks) else None
            if block is not None:
                block.set_class(n == self.cursor, "-cursor")
        self._set_subtitle()
        self.call_after_refresh(self._scroll_to_cursor, jump)
        self.post_message(messages.CursorMoved(self.article.id, self.cursor, self.scroll_y))

    def _set_subtitle(self) -> None:
        if self.article is None:
            return
        marks = self.bookmarks.get(self.article.id, {})
        mark = ""
        if self.cursor in marks:
            note = marks[self.cursor]
            mark = " ★" + (f" {note if len(note) <= 24 else note[:23] + '…'}" if note else "")
        hits = sorted({h.passage for h in self.marks.hits})
        hit = f" · hit {hits.index(self.cursor) + 1}/{len(hits)}" if self.cursor in hits else ""
        self.border_subtitle = f"¶{self.cursor}/{self.passage_count - 1}{hit}{mark}"

    def _scroll_to_cursor(self, jump: bool, waited: int = 0) -> None:
        block = self.block(self.cursor)
        if block is None:
            return
        region = block.virtual_region
        if not region.height and waited < 10:
            # Not laid out yet (a new article's blocks on a busy machine): scrolling now
            # would go to the top, so wait for the next refresh.
            self.call_after_refresh(self._scroll_to_cursor, jump, waited + 1)
            return
        view_height = self.scrollable_content_region.height
        if jump or region.height >= view_height:
            target = region.y - (view_height // 4 if jump and region.height < view_height else 0)
            self.scroll_to(y=max(0, target), animate=False)
        else:
            self.scroll_to_widget(block, animate=False)

    def step(self, steps: int) -> None:
        """Move the cursor by `steps` passages (a step, not a jump: no history)."""
        if not self._blocks:
            return
        self.set_current(None)
        self.move_cursor(self.cursor + steps)

    def on_article_view_passage_clicked(self, event: PassageClicked) -> None:
        self.focus()
        self.step(event.passage - self.cursor)

    def next_hit(self, steps: int) -> tuple[int, tuple[int, int] | None] | None:
        """The passage (and first span) of the next (steps > 0) or previous hit, if any here."""
        hits = [h for h in self.marks.hits if (h.passage > self.cursor if steps > 0 else h.passage < self.cursor)]
        if not hits:
            return None
        hit = hits[0] if steps > 0 else hits[-1]
        return hit.passage, ((hit.spans[0].start, hit.spans[0].end) if hit.spans else None)

    def mention_here(self) -> Mention | None:
        """The entity mention under the cursor: the one jumped to, else the first of the passage."""
        here = [m for m in self.marks.mentions if m.passage == self.cursor]
        if self.marks.current:
            at = [m for m in here if m.start <= self.marks.current[0] < m.end]
            here = at or here
        return here[0] if here else None

    # -- keys ----------------------------------------------------------------------------

    def action_passage_down(self) -> None:
        self.step(1)

    def action_passage_up(self) -> None:
        self.step(-1)

    def action_top(self) -> None:
        self.step(-self.cursor)

    def action_bottom(self) -> None:
        self.step(self.passage_count)

    def set_bookmarks(self, marks: list[MarkedPassage]) -> None:
        """Show `marks` (every mark of the corpus, from the engine)."""
        self.bookmarks = {}
        for m in marks:
            if not m.orphaned:
                self.bookmarks.setdefault(m.article, {})[m.passage] = m.note
        for block in self._blocks:
            block.set_class(block.number in self.bookmarks.get(self.article_id or "", {}), "-bookmarked")
        self._set_subtitle()

    def change_mark(self, mark: bool, note: str | None = None) -> None:
        """Mark (with `note`, or keeping the note when None) or unmark the focused passage;
        kept on disk at once. A write error is a message."""
        if self.article is None or self.ix is None:
            self.app.bell()
            return
        try:
            if mark:
                self.ix.mark(self.article.id, self.cursor, note)
            else:
                self.ix.unmark(self.article.id, self.cursor)
            self.set_bookmarks(self.ix.marks())
        except (CorpusTuiError, OSError) as e:
            self.notify(f"could not keep the mark: {e}", severity="error")

    def action_toggle_mark(self) -> None:
        if self.article is not None:
            self.change_mark(self.cursor not in self.bookmarks.get(self.article.id, {}))

    def action_note(self) -> None:
        """Add or edit the note of the focused passage (marking it)."""
        if self.article is None:
            self.app.bell()
            return
        note = self.bookmarks.get(self.article.id, {}).get(self.cursor) or ""
        prompt = TextPrompt(f"Note on ¶{self.cursor}", note, "Enter keeps it (and marks the passage); "
                            "an empty note removes the note, not the mark.")
        self.app.push_screen(prompt, lambda text: self.change_mark(True, text) if text is not None else None)

    def _step_mark(self, steps: int) -> None:
        """To the next (previous) mark in corpus order, across articles."""
        if self.article is None or self.ix is None:
            return
        marks = [m for m in self.ix.marks() if not m.orphaned]
        order = self.ix.article_order({m.article for m in marks} | {self.article.id})
        here = (order.get(self.article.id, 0), self.cursor)
        places = [((order.get(m.article, 0), m.passage), m) for m in marks]
        after = [m for key, m in places if (key > here if steps > 0 else key < here)]
        if not after:
            self.app.bell()
            self.notify("no more marks" if marks else "no marks: m marks the focused passage", timeout=2)
            return
        target = after[0] if steps > 0 else after[-1]
        self.post_message(messages.OpenLocation(target.article, target.passage))

    def action_next_mark(self) -> None:
        self._step_mark(1)

    def action_previous_mark(self) -> None:
        self._step_mark(-1)
