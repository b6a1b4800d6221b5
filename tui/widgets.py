"""The reader's widgets. They draw what the app hands them and report clicks; they
never call the engine (the app does, in workers).

Article text is shown as `Content` styled by character offsets, never parsed as
markup: articles contain `[` and other markup characters.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from textual import events
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.message import Message
from textual.widgets import OptionList, Static

from corpus_tui.index.model import Article, Mention, PassageHit

HIT_STYLE = "bold $hit-foreground on $hit-background"
CURRENT_STYLE = "bold reverse"
TYPE_NAMES = ("PERSON", "ORG", "PLACE", "OTHER")


def entity_style(entity_type: str) -> str:
    kind = entity_type.lower() if entity_type in TYPE_NAMES else "other"
    return f"bold $entity-{kind}"


def type_badge(entity_type: str) -> Content:
    """A coloured dot that stands for the entity type (the legend is on the help screen)."""
    return Content.styled("●", entity_style(entity_type))


def highlighted(text: str, spans, style: str = HIT_STYLE) -> Content:
    """`text` with `spans` (objects with start/end offsets into it) styled."""
    return Content(text, [Span(s.start, s.end, style) for s in spans if 0 <= s.start < s.end <= len(text)])


def dispersion(positions: list[float], width: int = 24) -> str:
    """Where in an article its mentions fall: one cell per slice of the text."""
    cells = ["·"] * width
    for p in positions:
        i = min(width - 1, max(0, int(p * width)))
        cells[i] = "┃"
    return "".join(cells)


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
    """The open article, one block per passage; the focused passage is marked.
    Arrows move the passage cursor (the app's bindings), not the scroll."""

    BINDINGS = [
        Binding("pagedown,space", "page_down", "page down", show=False),
        Binding("pageup", "page_up", "page up", show=False),
    ]

    class PassageClicked(Message):
        def __init__(self, passage: int):
            super().__init__()
            self.passage = passage

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.article: Article | None = None
        self.cursor = 0
        self.marks = ArticleMarks()
        self.bookmarks: set[int] = set()
        self._blocks: list[PassageBlock] = []

    async def show_article(self, article: Article, marks: ArticleMarks, bookmarks: set[int]) -> None:
        self.article = article
        self.marks = marks
        self.bookmarks = bookmarks
        self.cursor = 0
        await self.remove_children()
        self._blocks = [PassageBlock(p.number, self._content(p.number), classes="passage")
                        for p in article.passages]
        if self._blocks:
            self._blocks[0].add_class("-title")
        await self.mount_all(self._blocks)
        self._mark_cursor()

    async def show_message(self, text: str) -> None:
        self.article = None
        self._blocks = []
        await self.remove_children()
        await self.mount(Static(text, markup=False, classes="message"))

    def set_marks(self, marks: ArticleMarks) -> None:
        self.marks = marks
        self.refresh_passages()

    def refresh_passages(self) -> None:
        for block in self._blocks:
            block.update(self._content(block.number))
            block.set_class(block.number in self.bookmarks, "-bookmarked")

    def _content(self, number: int) -> Content:
        article = self.article
        assert article is not None
        p = article.passages[number]
        body = article.text[p.start:p.end]
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
        return Content(body, spans)

    @property
    def passage_count(self) -> int:
        return len(self._blocks)

    def block(self, number: int) -> PassageBlock | None:
        return self._blocks[number] if 0 <= number < len(self._blocks) else None

    def move_cursor(self, number: int, *, jump: bool = False) -> None:
        """Focus passage `number`; a jump places it a third down the view, a step just keeps it visible."""
        if not self._blocks:
            return
        self.cursor = max(0, min(number, len(self._blocks) - 1))
        self._mark_cursor()
        self.call_after_refresh(self._scroll_to_cursor, jump)

    def _mark_cursor(self) -> None:
        for block in self._blocks:
            block.set_class(block.number == self.cursor, "-cursor")
            block.set_class(block.number in self.bookmarks, "-bookmarked")

    def _scroll_to_cursor(self, jump: bool) -> None:
        block = self.block(self.cursor)
        if block is None:
            return
        region = block.virtual_region
        view_height = self.scrollable_content_region.height
        if jump or region.height >= view_height:
            target = region.y - (view_height // 4 if jump and region.height < view_height else 0)
            self.scroll_to(y=max(0, target), animate=False)
        else:
            self.scroll_to_widget(block, animate=False)


class _PaneList(OptionList):
    """An option list that has a highlighted option as soon as it has the focus, so
    Enter always acts on something visible."""

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.action_first()


class ResultsList(_PaneList):
    """Search results grouped by article, or every article when the query is empty."""


class EntitiesList(_PaneList):
    """The entities of the open article."""


class StripList(_PaneList):
    """The lower strip: related passages or the trace of an entity."""
