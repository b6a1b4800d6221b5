"""The compare view: a passage and a related one side by side, what both say marked
one way (shared names, numbers, dates, quotes, rare words) and what each adds marked
another, with a legend. `]`/`[` step the right side through the related list; Escape
closes. Built on `CorpusIndex.compare` (index/compare.py)."""
from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from corpus_tui.index.compare import Comparison
from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError

SHARED_STYLE = "bold $success underline"
ONLY_STYLE = "bold $warning"
KIND_WORDS = {"entity": "names", "number": "numbers", "date": "dates", "quote": "quotes", "term": "words"}


def marked(text: str, shared: list[str], only: list[tuple[int, int]]) -> Content:
    """`text` with each side's own additions (`only`, offsets) and every occurrence of
    the shared items (`shared`, as written on either side, found case-insensitively) marked."""
    content = Content(text)
    low = text.lower()
    for item in shared:
        needle = item.lower()
        if not needle.strip():
            continue
        start = low.find(needle)
        while start >= 0:
            content = content.stylize(SHARED_STYLE, start, start + len(needle))
            start = low.find(needle, start + len(needle))
    for start, end in only:
        content = content.stylize(ONLY_STYLE, start, end)
    return content


class CompareScreen(Screen[None]):
    """Passage `passage` of `article` (left) beside one of `others` (right)."""

    DEFAULT_CSS = """
    CompareScreen #sides { height: 1fr; }
    CompareScreen .side { width: 1fr; border: round $primary; padding: 0 1; }
    CompareScreen #legend { height: auto; padding: 0 1; }
    CompareScreen #shared { height: auto; max-height: 6; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "close", "close", id="compare_close"),
        Binding("right_square_bracket", "step(1)", "next related", id="compare_next", key_display="]"),
        Binding("left_square_bracket", "step(-1)", "prev related", id="compare_previous", key_display="["),
    ]

    def __init__(self, ix: CorpusIndex, article: str, passage: int, others: list[tuple[str, int]],
                 index: int = 0):
        super().__init__()
        self.ix = ix
        self.article = article
        self.passage = passage
        self.others = others
        self.index = index
        self.comparison: Comparison | None = None
        self._generation = 0

    def compose(self) -> ComposeResult:
        yield Static(self._legend(), id="legend")
        with Horizontal(id="sides"):
            with VerticalScroll(classes="side", id="left-side"):
                yield Static(id="left")
            with VerticalScroll(classes="side", id="right-side"):
                yield Static(id="right")
        yield Static(id="shared")
        yield Footer()

    def on_mount(self) -> None:
        self._load()

    @staticmethod
    def _legend() -> Content:
        return Content.assemble(("Compare", "bold"), "  ", ("said by both", SHARED_STYLE), "  ",
                                ("said by this side only", ONLY_STYLE), "  ", ("]/[ next/previous related · esc closes",
                                                                            "dim"))

    def _load(self) -> None:
        self._generation += 1
        if not self.others:
            self.query_one("#right", Static).update(Content.styled("Nothing closely related in other articles",
                                                                   "dim italic"))
            self.query_one("#left", Static).update(Content(self.ix.passage_text(self.article, self.passage)))
            return
        other_article, other_passage = self.others[self.index]
        self.compute(self._generation, other_article, other_passage)

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def compute(self, generation: int, other_article: str, other_passage: int) -> None:
        try:
            result: Comparison | None = self.ix.compare(self.article, self.passage, other_article, other_passage)
            error = None
        except CorpusTuiError as e:
            result, error = None, str(e)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, generation, result, error)

    def _show(self, generation: int, result: Comparison | None, error: str | None) -> None:
        if generation != self._generation:
            return
        if result is None:
            self.notify(error or "compare failed", severity="error")
            return
        self.comparison = result
        shared = [s.text for s in result.shared]
        left = self.query_one("#left", Static)
        right = self.query_one("#right", Static)
        left.update(marked(result.a.text, shared, [(o.start, o.end) for o in result.only_a]))
        right.update(marked(result.b.text, shared, [(o.start, o.end) for o in result.only_b]))
        self.query_one("#left-side").border_title = f"{result.a.article} ¶{result.a.passage}"
        self.query_one("#right-side").border_title = (
            f"{result.b.article} ¶{result.b.passage}  ({self.index + 1}/{len(self.others)})")
        by_kind: dict[str, list[str]] = {}
        for s in result.shared:
            by_kind.setdefault(s.kind, []).append(s.text if len(s.text) < 60 else s.text[:57] + "…")
        parts: list[Content | str | tuple[str, str]] = [("Both: ", "bold")]
        if not by_kind:
            parts.append(("nothing in common", "dim italic"))
        for kind, items in by_kind.items():
            parts.extend([(f"{KIND_WORDS[kind]} ", "dim"), ", ".join(items), "  "])
        self.query_one("#shared", Static).update(Content.assemble(*parts))

    def action_step(self, steps: int) -> None:
        if not self.others or not 0 <= self.index + steps < len(self.others):
            self.app.bell()
            return
        self.index += steps
        self._load()

    def action_close(self) -> None:
        self.dismiss(None)
