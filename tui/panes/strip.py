"""The lower strip: a list of places to jump to, either the passages of other articles
related to the focused passage (`]`/`[`), or every mention of a traced entity across
the corpus (`o`/`O`). Both are one `JumpList` showing a `Jumps` set; the strip keeps
one set of each kind and shows the one in use. It finds them in its own workers."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Literal

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import CorpusTuiError
from corpus_tui.index.model import Related, Trace

from .. import messages
from ..dates import ORDER_WORDS, About, Order, about_line, sort_articles, timeline
from ..styling import dispersion, entity_style, highlighted, type_word
from .lists import PaneList

# The related strip follows the cursor; holding j should not query on every passage.
RELATED_DEBOUNCE = 0.15
RELATED_LIMIT = 10

Kind = Literal["related", "trace"]


@dataclass(frozen=True, slots=True)
class Jump:
    """One place of a jump list: a passage, and the span to mark there."""
    article: str
    passage: int
    span: tuple[int, int] | None = None


class JumpOption(Option):
    def __init__(self, prompt: Content, index: int):
        super().__init__(prompt)
        self.index = index


class AlsoOption(Option):
    """Another passage of an article the related list shows (one passage per article):
    Enter opens it; `]`/`[` step from article to article and pass it by."""

    def __init__(self, prompt: Content, jump: Jump):
        super().__init__(prompt)
        self.jump = jump


@dataclass
class Jumps:
    """What a jump list shows: rows (headings are plain disabled options, places are
    `JumpOption`s numbered into `jumps`), and which place was jumped to last."""
    kind: Kind
    title: str
    subtitle: str
    rows: list[Option] = field(default_factory=list)
    jumps: list[Jump] = field(default_factory=list)
    index: int = -1
    anchor: tuple[str, int] | None = None  # related: the passage they relate to
    entity: str | None = None  # trace: the entity id

    def add_heading(self, prompt: Content) -> None:
        self.rows.append(Option(prompt, disabled=True))

    def add(self, prompt: Content, jump: Jump) -> None:
        self.rows.append(JumpOption(prompt, len(self.jumps)))
        self.jumps.append(jump)

    def add_row(self, prompt: Content, index: int) -> None:
        """A row for place `index` of `jumps` (rows may list the places in another order)."""
        self.rows.append(JumpOption(prompt, index))


class JumpList(PaneList):
    """Shows one `Jumps`; stepping moves its index and highlights the row."""

    jumps: Jumps | None = None

    def show(self, jumps: Jumps) -> None:
        self.jumps = jumps
        self.clear_options()
        self.add_options(jumps.rows)
        self._highlight()

    def _highlight(self) -> None:
        if self.jumps is None or self.jumps.index < 0:
            return
        for i in range(self.option_count):
            option = self.get_option_at_index(i)
            if isinstance(option, JumpOption) and option.index == self.jumps.index:
                self.highlighted = i
                return

    def select(self, index: int) -> Jump | None:
        """Make place `index` the current one; None when there is no such place."""
        jumps = self.jumps
        if jumps is None or not 0 <= index < len(jumps.jumps):
            return None
        jumps.index = index
        self._highlight()
        return jumps.jumps[index]


class StripPane(Vertical):
    """The lower strip. `follow` keeps the related passages of the cursor's passage;
    `trace` finds an entity's mentions; `step` jumps along either list."""

    def __init__(self, ix: CorpusIndex | None, **kwargs):
        super().__init__(**kwargs)
        self.ix = ix
        self.mode: Kind = "related"
        self.related: Jumps | None = None
        self.trace: Jumps | None = None
        self._related_gen = 0
        self._loading = False
        self._pending_step = 0
        self._arrived: tuple[str, int] | None = None  # where the last related jump went
        self.order: Order = "rank"  # of the trace's articles (`s` cycles it)
        self._traced: tuple[Trace, About] | None = None

    def compose(self) -> ComposeResult:
        yield JumpList(id="strip-list")

    @property
    def jump_list(self) -> JumpList:
        return self.query_one(JumpList)

    def _show(self, kind: Kind) -> None:
        self.mode = kind
        jumps = self.trace if kind == "trace" else self.related
        if jumps is None:
            jumps = Jumps("related", "Related", "")
            jumps.add_heading(Content.styled("…", "dim"))
        self.border_title, self.border_subtitle = jumps.title, jumps.subtitle
        self.jump_list.show(jumps)

    # -- related -----------------------------------------------------------------------------

    def follow(self, article: str, passage: int) -> None:
        """The cursor is on `passage` of `article`: find what relates to it (after a pause),
        unless it is where the last related jump went (so `]` keeps walking the same list)."""
        here = (article, passage)
        anchor = self.related.anchor if self.related else None
        if here == anchor or here == self._arrived:
            return
        self._arrived = None
        self._related_gen += 1
        self._loading = True
        self.find_related(self._related_gen, article, passage)

    @work(thread=True, exclusive=True, group="related", exit_on_error=False)
    def find_related(self, gen: int, article: str, passage: int) -> None:
        worker = get_current_worker()
        time.sleep(RELATED_DEBOUNCE)
        if worker.is_cancelled:
            return
        assert self.ix is not None
        about: About = {}
        try:
            related, error = self.ix.related(article, passage, limit=RELATED_LIMIT), None
            about = self.ix.article_about(r.article for r in related.related)
        except (CorpusTuiError, ImportError, NotImplementedError) as e:
            related, error = None, str(e) or type(e).__name__
        if not worker.is_cancelled:
            self.app.call_from_thread(self._related_found, gen, article, passage, related, error, about)

    def _related_found(self, gen: int, article: str, passage: int, related: Related | None,
                       error: str | None, about: About | None = None) -> None:
        if gen != self._related_gen:
            return
        self._loading = False
        self.related = related_jumps(article, passage, related, error, about or {})
        if self.mode == "related":
            self._show("related")
        steps, self._pending_step = self._pending_step, 0
        if steps:
            self.step("related", steps)

    def show_related(self) -> None:
        self._show("related")

    # -- trace --------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="trace", exit_on_error=False)
    def find_trace(self, entity_id: str, article: str | None, passage: int) -> None:
        assert self.ix is not None
        trace = self.ix.trace(self.ix.entity(entity_id))
        about = self.ix.article_about({m.article for m in trace.mentions})
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._trace_found, trace, article, passage, about)

    def _trace_found(self, trace: Trace, article: str | None, passage: int, about: About | None = None) -> None:
        self._traced = (trace, about or {})
        self.trace = trace_jumps(trace, about or {}, self.order)
        # Walking starts from where the reader is: the first mention in the cursor's passage.
        self.trace.index = next((i for i, j in enumerate(self.trace.jumps) if (j.article, j.passage) ==
                                 (article, passage)), -1)
        self._show("trace")
        self.display = True
        self.post_message(messages.TraceChanged(trace.entity.id))

    def close_trace(self) -> bool:
        """Back to the related passages; False when nothing was traced."""
        if self.mode != "trace":
            return False
        self.trace = self._traced = None
        self._show("related")
        self.post_message(messages.TraceChanged(None))
        return True

    def set_order(self, order: Order) -> None:
        """List the trace's articles in `order`; o/O walk them in that order."""
        self.order = order
        if self._traced is None or self.trace is None:
            return
        old = self.trace
        current = old.jumps[old.index] if 0 <= old.index < len(old.jumps) else None
        self.trace = trace_jumps(*self._traced, order)
        self.trace.index = self.trace.jumps.index(current) if current in self.trace.jumps else -1
        if self.mode == "trace":
            self._show("trace")

    # -- stepping ------------------------------------------------------------------------------

    def step(self, kind: Kind, steps: int) -> None:
        """Jump to the next (steps > 0) or previous place of the `kind` list."""
        if kind == "trace" and (self.trace is None or not self.trace.jumps):
            self.app.bell()
            self.notify("nothing traced: press t on a passage with an entity", severity="warning", timeout=2)
            return
        if self.mode != kind:
            self._show(kind)
        if kind == "related" and self._loading:
            # The list for the passage under the cursor is on its way: step in it, not in the old one.
            self._pending_step = steps
            return
        jumps = self.trace if kind == "trace" else self.related
        if kind == "related" and (jumps is None or not jumps.jumps):
            self.app.bell()
            self.notify("no related passage in another article", severity="warning", timeout=2)
            return
        assert jumps is not None
        self._jump(jumps.index + steps)

    def _jump(self, index: int) -> None:
        jump = self.jump_list.select(index)
        if jump is None:
            self.app.bell()
            return
        if self.mode == "related":
            self._arrived = (jump.article, jump.passage)
        self.post_message(messages.OpenLocation(jump.article, jump.passage, jump.span))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, JumpOption):
            self._jump(event.option.index)
        elif isinstance(event.option, AlsoOption):
            jump = event.option.jump
            self._arrived = (jump.article, jump.passage)
            self.post_message(messages.OpenLocation(jump.article, jump.passage, jump.span))


def related_jumps(article: str, passage: int, related: Related | None, error: str | None,
                  about: About | None = None) -> Jumps:
    jumps = Jumps("related", f"Related to ¶{passage}", "]/[ jump · t trace", anchor=(article, passage))
    if error:
        jumps.add_heading(Content.styled(f"related passages unavailable: {error}", "$text-error"))
    elif related is None or not related.related:
        jumps.add_heading(Content.styled("Nothing closely related in other articles", "dim italic"))
    else:
        for r in related.related:
            why = ", ".join(r.shared_entities[:4] + r.shared_terms[:4])
            meta = about_line(r.article, about or {})
            prompt = Content.assemble((f"¶{r.passage:<3} ", "dim"), (r.title or r.article, "bold"),
                                      (f"  {meta}", "dim") if meta else "", "\n     ",
                                      (f"{why} — ", "italic $text-accent") if why else "",
                                      _one_line(r.text))
            jumps.add(prompt, Jump(r.article, r.passage))
            for other in r.also:
                jumps.rows.append(AlsoOption(Content.styled(f"     also ¶{other} of this article", "dim italic"),
                                             Jump(r.article, other)))
    return jumps


def trace_jumps(trace: Trace, about: About | None = None, order: Order = "rank") -> Jumps:
    """The trace's mentions grouped by article (articles in corpus order, or by date or
    source), each article under a heading with its dispersion bar, date and source; when
    dates are known, a timeline of the mentions first."""
    e, about = trace.entity, about or {}
    order_word = f" · {ORDER_WORDS[order]}" if order != "rank" else ""
    jumps = Jumps("trace", f"Trace: {e.name} ({type_word(e.type)})",
                  f"{len(trace.mentions)} mention(s) in {e.articles} article(s){order_word} · o/O walk · "
                  "s sort · esc closes", entity=e.id)
    by_article: dict[str, list[int]] = {}
    for i, m in enumerate(trace.mentions):
        by_article.setdefault(m.article, []).append(i)
    line = timeline(about.get(m.article, ("", ""))[0] for m in trace.mentions)
    if line is not None:
        undated = f"  ({line.undated} undated)" if line.undated else ""
        jumps.add_heading(Content.assemble((f"per {line.unit} ", "dim"), (f"{line.first} ", "dim"),
                                           (line.spark(), "$text-accent"), (f" {line.last}{undated}", "dim")))
    for article in sort_articles(list(by_article), lambda a: a, about, order):
        indexes = by_article[article]
        first = trace.mentions[indexes[0]]
        bar = dispersion([trace.mentions[i].position for i in indexes])
        meta = about_line(article, about)
        jumps.add_heading(Content.assemble((bar, "$text-accent"), (f" {len(indexes):>3}×  ", "dim"),
                                           (first.title or article, "bold"), (f"  {meta}", "dim") if meta else ""))
        for i in indexes:
            m = trace.mentions[i]
            context = highlighted(m.context, [_Offsets(m.context_start, m.context_end)],
                                  entity_style(e.type) + " underline")
            jumps.add(Content.assemble((f"  ¶{m.passage:<3} ", "dim"), context),
                      Jump(m.article, m.passage, (m.start, m.end)))
    if not jumps.jumps:
        jumps.add_heading(Content.styled("no mention found", "dim italic"))
    return jumps


@dataclass(frozen=True, slots=True)
class _Offsets:
    start: int
    end: int


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
