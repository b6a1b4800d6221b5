"""The concordance (KWIC) view: every match of a word or phrase on its own line, aligned
on the match (the left context right-aligned, the match highlighted, the right context),
with the collocates (the words most attracted to it, by log-likelihood) beside them.
`s` sorts the lines by their left or right context; Enter on a line jumps to its passage
(the view closes with that line); Enter on a collocate shows the collocate's own
concordance; Escape closes. Built on `CorpusIndex.kwic` (index/kwic.py)."""
from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError
from corpus_tui.index.kwic import Concordance, ConcordanceLine, SortOrder

from .panes.lists import PaneList
from .styling import HIT_STYLE

ORDERS: tuple[SortOrder, ...] = ("corpus", "left", "right")
ORDER_WORDS = {"corpus": "in corpus order", "left": "sorted by left context", "right": "sorted by right context"}
CONTEXT = 80  # characters of context the engine gives either side (the view cuts to fit)
LIMIT = 1000


class LineOption(Option):
    def __init__(self, prompt: Content, line: ConcordanceLine):
        super().__init__(prompt)
        self.line = line


class CollocateOption(Option):
    def __init__(self, prompt: Content, term: str):
        super().__init__(prompt)
        self.term = term


def kwic_row(line: ConcordanceLine, width: int, left_width: int | None = None) -> Content:
    """One concordance line in `width` cells: the left context right-aligned in
    `left_width` cells (about half), the match highlighted, the right context cut to fit."""
    match = " ".join(line.match.split())
    if left_width is None:
        left_width = max(8, (width - len(match)) // 2 - 1)
    left = line.left[-left_width:].rjust(left_width)
    right_width = max(0, width - left_width - len(match) - 2)
    right = line.right[:right_width]
    # Punctuation right after the match stays against it, as written.
    gap = "" if right[:1] in tuple(".,;:!?)]}’'\"…") else " "
    return Content.assemble(left, " ", (match, HIT_STYLE), gap, right)


class KwicScreen(Screen[ConcordanceLine | None]):
    """The concordance of `query` (a word, a phrase, any query); dismissed with the line chosen."""

    DEFAULT_CSS = """
    KwicScreen #kwic-query { border: none; height: 1; padding: 0 1; background: $boost; }
    KwicScreen #kwic-status { height: 1; padding: 0 1; }
    KwicScreen #kwic-body { height: 1fr; }
    KwicScreen .kwic-box { border: round $panel-lighten-2; }
    KwicScreen .kwic-box:focus-within { border: round $accent; }
    KwicScreen #kwic-main { width: 1fr; }
    KwicScreen #kwic-side { width: 30; }
    KwicScreen #kwic-where { height: 1; padding: 0 1; }
    KwicScreen.narrow #kwic-body { layout: vertical; }
    KwicScreen.narrow #kwic-side { width: 1fr; height: 10; }
    """
    BINDINGS = [
        Binding("escape", "close", "close", id="kwic_close"),
        Binding("s", "sort", "sort left/right", id="kwic_sort"),
        Binding("slash", "edit", "word", id="kwic_edit", key_display="/"),
    ]

    def __init__(self, ix: CorpusIndex, query: str = ""):
        super().__init__()
        self.ix = ix
        self.word = query.strip()
        self.order: SortOrder = "corpus"
        self.concordance: Concordance | None = None
        self._gen = 0

    def compose(self) -> ComposeResult:
        yield Input(self.word, placeholder="a word or phrase (Enter shows its concordance)", id="kwic-query")
        yield Static("", id="kwic-status", markup=False)
        with Horizontal(id="kwic-body"):
            with Vertical(id="kwic-main", classes="kwic-box"):
                yield PaneList(id="kwic-lines")
            with Vertical(id="kwic-side", classes="kwic-box"):
                yield PaneList(id="kwic-collocates")
        yield Static("", id="kwic-where", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#kwic-main").border_title = "Concordance"
        self.query_one("#kwic-side").border_title = "Collocates"
        self.query_one("#kwic-side").border_subtitle = "log-likelihood"
        if self.word:
            self._load()
            self.query_one("#kwic-lines").focus()
        else:
            self._status("type a word or phrase and press Enter")
            self.query_one("#kwic-query").focus()

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < 100, "narrow")
        self._show_lines()

    def _status(self, text: str, style: str = "dim") -> None:
        self.query_one("#kwic-status", Static).update(Content.styled(text, style))

    # -- finding ------------------------------------------------------------------------

    def _load(self) -> None:
        self._gen += 1
        self._status(f"finding “{self.word}”…", "dim italic")
        self.find(self._gen, self.word, self.order)

    @work(thread=True, exclusive=True, group="kwic", exit_on_error=False)
    def find(self, gen: int, query: str, order: SortOrder) -> None:
        try:
            found: Concordance | str = self.ix.kwic(query, width=CONTEXT, order=order, limit=LIMIT)
        except CorpusTuiError as e:
            found = str(e)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._found, gen, found)

    def _found(self, gen: int, found: Concordance | str) -> None:
        if gen != self._gen:
            return
        if isinstance(found, str):
            self.concordance = None
            self._status(f"✗ {found}", "$text-error")
            self.query_one("#kwic-lines", OptionList).clear_options()
            return
        self.concordance = found
        self._show_lines()
        collocates = self.query_one("#kwic-collocates", OptionList)
        collocates.clear_options()
        collocates.add_options([CollocateOption(Content.assemble((f"{c.term}", "bold"), (f"  {c.count}×", "dim"),
                                                                 (f" {c.score:.1f}", "$text-accent")), c.term)
                                for c in found.collocates])
        if not found.collocates:
            collocates.add_option(Option(Content.styled("none", "dim italic"), disabled=True))

    def _show_lines(self) -> None:
        found = self.concordance
        if found is None or not self.is_mounted:
            return
        lines = self.query_one("#kwic-lines", OptionList)
        highlighted = lines.highlighted
        width = max(20, lines.scrollable_content_region.width - 1)
        lines.clear_options()
        lines.add_options([LineOption(kwic_row(line, width), line) for line in found.lines])
        if not found.lines:
            lines.add_option(Option(Content.styled("no match", "dim italic"), disabled=True))
        else:
            lines.highlighted = highlighted if highlighted is not None and highlighted < len(found.lines) else 0
        shown = f", first {len(found.lines)}" if len(found.lines) < found.total else ""
        self._status(f"“{found.query}”: {found.total} match(es){shown} · {ORDER_WORDS[self.order]} · "
                     "s sorts · Enter jumps · esc closes")

    # -- keys ------------------------------------------------------------------------------

    @on(Input.Submitted, "#kwic-query")
    def _submitted(self, event: Input.Submitted) -> None:
        self.word = event.value.strip()
        if self.word:
            self._load()
            self.query_one("#kwic-lines").focus()

    @on(OptionList.OptionHighlighted, "#kwic-lines")
    def _line_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if isinstance(event.option, LineOption):
            line = event.option.line
            self.query_one("#kwic-where", Static).update(
                Content.assemble((line.title or line.article, "bold"), (f"  ¶{line.passage}", "dim")))

    @on(OptionList.OptionSelected, "#kwic-lines")
    def _line_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, LineOption):
            self.dismiss(event.option.line)

    @on(OptionList.OptionSelected, "#kwic-collocates")
    def _collocate_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, CollocateOption):
            self.word = event.option.term
            self.query_one("#kwic-query", Input).value = self.word
            self._load()

    def action_sort(self) -> None:
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        if self.word:
            self._load()

    def action_edit(self) -> None:
        self.query_one("#kwic-query").focus()

    def action_close(self) -> None:
        if self.focused is self.query_one("#kwic-query") and self.concordance is not None:
            self.query_one("#kwic-lines").focus()
        else:
            self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # In the word box, `s` and `/` are typed.
        if action in ("sort", "edit") and isinstance(self.focused, Input):
            return False
        return True
