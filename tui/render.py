"""Rich output of the sub-commands (what a person reads when `--json` is not given).
No Textual here: the sub-commands must start fast."""
from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from corpus_tui.index.kwic import Concordance
from corpus_tui.index.model import (
    ENTITY_TYPES,
    Article,
    Cooccurrence,
    Entity,
    EntityType,
    MarkedPassage,
    Mention,
    Related,
    SearchResult,
    Trace,
)

HIT_STYLE = "bold black on yellow"
TYPE_STYLES: dict[EntityType, str] = {"PERSON": "bold cyan", "ORG": "bold magenta", "PLACE": "bold green",
                                      "OTHER": "bold yellow"}


def _type_style(entity_type: str, default: str = "") -> str:
    return next((TYPE_STYLES[t] for t in ENTITY_TYPES if t == entity_type), default)


def _styled(text: str, spans, style: str) -> Text:
    out = Text(text)
    for s in spans:
        out.stylize(style, s.start, s.end)
    return out


def _about_text(about: dict[str, tuple[str, str]] | None, article: str) -> str:
    date, source = (about or {}).get(article, ("", ""))
    known = " · ".join(x for x in (date, source) if x)
    return f"  {known}" if known else ""


def print_search(console: Console, result: SearchResult, about: dict[str, tuple[str, str]] | None = None) -> None:
    if not result.articles:
        console.print(f"No passage matches [bold]{_escape(result.query)}[/].")
        return
    shown = len(result.articles)
    more = f", showing {shown}" if shown < result.total else ""
    console.print(Text.assemble((f"{result.total} article(s) match ", "dim"), (result.query, "bold"), (more, "dim")))
    for rank, hits in enumerate(result.articles, 1):
        console.print()
        console.print(Text.assemble((f"{rank}. ", "dim"), (hits.title, "bold"), ("  ", ""), (hits.article, "dim"),
                                    (_about_text(about, hits.article), "italic dim")))
        for hit in hits.passages:
            line = Text.assemble((f"   ¶{hit.passage:<3} ", "cyan"), (f"{hit.score:6.2f}  ", "dim"))
            line.append_text(_styled(hit.snippet, hit.snippet_spans, HIT_STYLE))
            console.print(line)


def print_article(console: Console, article: Article, mentions: list[Mention], types: dict[str, str]) -> None:
    console.print(Text(article.id, style="dim"))
    meta = " · ".join(x for x in (article.source, article.date) if x)
    if meta:
        console.print(Text(meta, style="dim"))
    for p in article.passages:
        body = Text(article.text[p.start:p.end], style="bold" if p.number == 0 else "")
        for m in mentions:
            if p.start <= m.start and m.end <= p.end:
                body.stylize(_type_style(types.get(m.entity, "OTHER")), m.start - p.start, m.end - p.start)
        table = Table.grid(padding=(0, 1))
        table.add_column(style="cyan", justify="right", width=4)
        table.add_column(ratio=1)
        table.add_row(f"¶{p.number}", body)
        console.print(table)
        console.print()


def _entity_table(*columns: tuple[str, str]) -> Table:
    """A table of entities: name, type, then `columns` as (heading, "right" to align
    numbers or "fold" to wrap long text)."""
    table = Table(show_edge=False, header_style="bold")
    table.add_column("entity")
    table.add_column("type")
    for heading, how in columns:
        if how == "right":
            table.add_column(heading, justify="right")
        else:
            table.add_column(heading, overflow="fold")
    return table


def print_entities(console: Console, entities: list[Entity]) -> None:
    if not entities:
        console.print("No entities found.")
        return
    table = _entity_table(("articles", "right"), ("mentions", "right"), ("aliases", "fold"))
    for e in entities:
        others = [a for a in e.aliases if a != e.name]
        table.add_row(Text(e.name, style=_type_style(e.type)), e.type, str(e.articles), str(e.mentions),
                      Text(", ".join(others), style="dim"))
    console.print(table)


def print_trace(console: Console, trace: Trace, about: dict[str, tuple[str, str]] | None = None) -> None:
    e = trace.entity
    console.print(Text.assemble((e.name, _type_style(e.type, "bold")), (f"  {e.type}", "dim"),
                                (f"  {e.mentions} mention(s) in {e.articles} article(s)", "dim")))
    others = [a for a in e.aliases if a != e.name]
    if others:
        console.print(Text("also: " + ", ".join(others), style="dim"))
    current = None
    for m in trace.mentions:
        if m.article != current:
            current = m.article
            console.print()
            console.print(Text.assemble((m.title, "bold"), ("  ", ""), (m.article, "dim"),
                                        (_about_text(about, m.article), "italic dim")))
        line = Text(f"   ¶{m.passage:<3} ", style="cyan")
        ctx = Text(m.context)
        ctx.stylize(HIT_STYLE, m.context_start, m.context_end)
        line.append_text(ctx)
        console.print(line, overflow="ellipsis", no_wrap=True)


def print_related(console: Console, related: Related) -> None:
    console.print(Text.assemble((f"{related.article} ¶{related.passage}", "bold"), ("\n", ""), (related.text, "")))
    if not related.related:
        console.print(Text("\nNothing closely related in other articles.", style="dim"))
        return
    for r in related.related:
        console.print()
        console.print(Text.assemble((f"{r.score:6.2f}  ", "dim"), (r.title, "bold"), ("  ", ""),
                                    (f"{r.article} ¶{r.passage}", "dim")))
        console.print(Text("        " + r.text))
        why = []
        if r.shared_entities:
            why.append("entities: " + ", ".join(r.shared_entities))
        if r.shared_terms:
            why.append("terms: " + ", ".join(r.shared_terms))
        if why:
            console.print(Text("        " + "; ".join(why), style="italic dim"))


def print_kwic(console: Console, concordance: Concordance) -> None:
    if not concordance.lines:
        console.print(f"No match for [bold]{_escape(concordance.query)}[/].")
        return
    shown = len(concordance.lines)
    more = f", showing {shown}" if shown < concordance.total else ""
    console.print(Text.assemble((f"{concordance.total} match(es) of ", "dim"), (concordance.query, "bold"),
                                (more, "dim")))
    width = max((len(line.left) for line in concordance.lines), default=0)
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True, width=width)
    table.add_column(no_wrap=True)
    table.add_column(no_wrap=True, overflow="ellipsis")
    table.add_column(style="dim", no_wrap=True)
    for line in concordance.lines:
        table.add_row(line.left, Text(line.match, style=HIT_STYLE), line.right, f"{line.article} ¶{line.passage}")
    console.print(table)
    if concordance.collocates:
        console.print()
        console.print(Text("collocates (log-likelihood): ", style="bold") + Text(", ".join(
            f"{c.term} {c.count}" for c in concordance.collocates), style=""))


def print_cooccur(console: Console, entity: Entity, found: list[Cooccurrence]) -> None:
    console.print(Text.assemble((entity.name, _type_style(entity.type, "bold")), (f"  {entity.type}", "dim"),
                                ("  is named in the same passages as:", "dim")))
    if not found:
        console.print(Text("nobody else", style="dim"))
        return
    table = _entity_table(("passages", "right"), ("log-likelihood", "right"))
    for c in found:
        table.add_row(Text(c.entity.name, style=_type_style(c.entity.type)), c.entity.type, str(c.passages),
                      f"{c.score:.1f}")
    console.print(table)


def print_marks(console: Console, marks: list[MarkedPassage]) -> None:
    if not marks:
        console.print("No marks yet ('corpus-tui mark ARTICLE PASSAGE', or m in the reader).")
        return
    current = None
    for m in marks:
        if m.article != current:
            current = m.article
            console.print()
            console.print(Text.assemble((m.title, "bold"), ("  ", ""), (m.article, "dim")))
        flag = "  (orphaned: its text is no longer in the corpus)" if m.orphaned else ""
        console.print(Text.assemble((f"   ¶{m.passage:<3} ", "cyan"), (m.text, ""), (flag, "italic red")))
        if m.note:
            console.print(Text(f"        note: {m.note}", style="italic"))


def print_compare(console: Console, doc: dict[str, Any]) -> None:
    for side, own in (("a", "only_a"), ("b", "only_b")):
        passage = doc[side]
        text = Text(passage["text"])
        for item in doc[own]:
            text.stylize("bold underline", item["start"], item["end"])
        console.print(Text(f"{passage['article']} ¶{passage['passage']}", style="bold"))
        console.print(text)
        console.print()
    if doc["shared"]:
        console.print(Text("both say: ", style="bold") + Text(", ".join(s["text"] for s in doc["shared"])))
    for side, own in (("a", "only_a"), ("b", "only_b")):
        if doc[own]:
            label = f"only {doc[side]['article']} ¶{doc[side]['passage']}: "
            console.print(Text(label, style="bold") + Text(", ".join(i["text"] for i in doc[own])))


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text)
