"""The handlers of the sub-commands (the parser is in `cli`): each opens the index,
asks the engine, and prints its answer in the asked format through `documents`
(the JSON shapes), `export` (CSV, Markdown) or `render` (Rich text)."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable

from corpus_tui.index.errors import AmbiguousEntity, CorpusTuiError

from . import documents
from .dates import sort_articles
from .export import supports, to_csv, to_markdown

PROG = "corpus-tui"
EXIT_USAGE = 2
# Entities listed as text when no --limit is given (thousands of rows help nobody).
TEXT_ENTITIES = 50


class Ambiguous(Exception):
    """A name several entities answer to: listed on stderr (and as JSON on stdout with
    --format json), exit 2."""

    def __init__(self, error: AmbiguousEntity, as_json: bool, first_seen: dict[str, str] | None = None):
        self.error = error
        self.as_json = as_json
        self.first_seen = first_seen or {}   # entity id -> the title of its first article

    def report(self) -> int:
        if self.as_json:
            _print_json(documents.ambiguous(self.error.candidates))
        sys.stderr.write(f"{PROG}: error: {self.error.name!r} names {len(self.error.candidates)} entities:\n")
        for e in self.error.candidates:
            # (two candidates of one name and type differ by where they are: "first in 'UK budget'")
            where = f"  first in {self.first_seen[e.id]!r}" if e.id in self.first_seen else ""
            sys.stderr.write(f"  {e.name}  ({e.type}, {e.articles} article(s))  id: {e.id}{where}\n")
        sys.stderr.write(f"{PROG}: use the id or a fuller name\n")
        return EXIT_USAGE


def _warn(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")


def open_index(args: argparse.Namespace, rebuild: bool = False):
    from corpus_tui.index.engine import CorpusIndex

    with _IndexProgress() as progress:
        return CorpusIndex.open(args.corpus, args.index, rebuild=rebuild, progress=progress, warn=_warn)


class _IndexProgress:
    """A Rich progress bar on stderr, shown only when indexing has real work to do
    (a handful of changed files would just flash)."""

    SHOW_FROM = 50

    def __init__(self) -> None:
        self.bar: Any = None
        self.task: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < self.SHOW_FROM or not sys.stderr.isatty():
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("indexing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("indexing", total=total)
        self.bar.update(self.task, completed=done, total=total)

    def __enter__(self) -> _IndexProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _answer(args: argparse.Namespace, kind: str, document: Callable[[], dict],
            print_text: Callable[[Any, Any], None]) -> int:
    """Print the answer: the documented JSON shape, CSV, a Markdown report, or Rich
    text for a person (Rich and the renderers are imported only then)."""
    fmt = getattr(args, "format", "text") or "text"
    if not supports(kind, fmt):
        raise CorpusTuiError(f"{kind} has no {fmt} form (try --format json or md)")
    if fmt == "json":
        _print_json(document())
    elif fmt == "csv":
        sys.stdout.write(to_csv(kind, document()))
    elif fmt == "md":
        sys.stdout.write(to_markdown(kind, document()))
    else:
        from rich.console import Console

        from . import render

        print_text(render, Console(highlight=False))
    return 0


def _find(ix, args: argparse.Namespace, name: str):
    try:
        return ix.find_entity(name)
    except AmbiguousEntity as e:
        raise Ambiguous(e, getattr(args, "format", "text") == "json", _first_seen(ix, e.candidates)) from None


def _first_seen(ix, candidates) -> dict[str, str]:
    """Each candidate's first article title (in corpus order), to tell apart the ones
    with the same name."""
    seen: dict[str, str] = {}
    for entity in candidates:
        first = ix.trace(entity, limit=1).mentions
        if first:
            seen[entity.id] = first[0].title
    return seen


# -- reading ------------------------------------------------------------------------


def cmd_search(args) -> int:
    ix = open_index(args)
    result = ix.search(args.query, limit=args.limit)
    about = ix.article_about([a.article for a in result.articles])
    if args.sort != "score":
        result.articles[:] = sort_articles(result.articles, lambda a: a.article, about, args.sort)
    for note in getattr(result, "notes", []) or []:
        _warn(note)
    return _answer(args, "search", lambda: documents.search(result, about),
                   lambda render, console: render.print_search(console, result, about))


def cmd_show(args) -> int:
    ix = open_index(args)
    article = ix.article(args.article)
    mentions = ix.mentions(article.id)

    def print_text(render, console) -> None:
        types = {e.id: e.type for e, _n in ix.article_entities(article.id)}
        render.print_article(console, article, mentions, types)

    return _answer(args, "show", lambda: documents.show(article, mentions), print_text)


def cmd_entities(args) -> int:
    ix = open_index(args)
    limit = args.limit or (TEXT_ENTITIES if args.format == "text" else None)
    shown = ix.entities(args.type, limit)

    def print_text(render, console) -> None:
        render.print_entities(console, shown)
        more = ix.entity_count(args.type) - len(shown)
        if more > 0:
            console.print(f"[dim]{more} more: --limit N shows more, --format csv all[/]")

    return _answer(args, "entities", lambda: documents.entities(shown), print_text)


def cmd_trace(args) -> int:
    ix = open_index(args)
    trace = ix.trace(_find(ix, args, args.name))
    about = ix.article_about({m.article for m in trace.mentions})
    if args.sort != "corpus":
        trace.mentions[:] = sort_articles(trace.mentions, lambda m: m.article, about, args.sort)
    return _answer(args, "trace", lambda: documents.trace(trace, about),
                   lambda render, console: render.print_trace(console, trace, about))


def cmd_related(args) -> int:
    ix = open_index(args)
    related = ix.related(args.article, args.passage, limit=args.limit)
    about = ix.article_about([r.article for r in related.related])
    return _answer(args, "related", lambda: documents.related(related, about),
                   lambda render, console: render.print_related(console, related))


def cmd_compare(args) -> int:
    ix = open_index(args)
    comparison = ix.compare(args.article, args.passage, args.other_article, args.other_passage)
    return _answer(args, "compare", comparison.to_json,
                   lambda render, console: render.print_compare(console, comparison.to_json()))


def cmd_kwic(args) -> int:
    concordance = open_index(args).kwic(args.query, width=args.width, order=args.sort, limit=args.limit)
    return _answer(args, "kwic", lambda: documents.kwic(concordance),
                   lambda render, console: render.print_kwic(console, concordance))


def cmd_cooccur(args) -> int:
    ix = open_index(args)
    entity, found = ix.cooccurring(_find(ix, args, args.name), limit=args.limit)
    return _answer(args, "cooccur", lambda: documents.cooccur(entity, found),
                   lambda render, console: render.print_cooccur(console, entity, found))


def cmd_index(args) -> int:
    import time

    from corpus_tui.index.engine import CorpusIndex

    started = time.perf_counter()
    with _IndexProgress() as progress:
        ix = CorpusIndex.open(args.corpus, args.index, rebuild=args.rebuild, sync=False, warn=_warn)
        stats = ix.sync(progress)
        # Entities resolved with the index, not at the first question (other commands
        # resolve them when first asked): an index that later turns read-only (shared,
        # archived) can still answer them.
        ix.entities()
    seconds = time.perf_counter() - started
    if ix.article_count() == 0:
        raise CorpusTuiError(f"no articles in {ix.root} (looked for .txt, .md, .html and .jsonl files)")
    if stats.did_work:
        print(f"indexed {len(stats.indexed_articles)} article(s) ({stats.added} added, {stats.changed} changed, "
              f"{stats.deleted} deleted, {stats.unchanged} file(s) unchanged) in {seconds:.1f} s")
    else:
        print(f"index is up to date: {ix.article_count()} article(s), nothing to do")
    print(f"index: {ix.index_dir}")
    return 0


# -- the analyst's work ----------------------------------------------------------------


def cmd_mark(args) -> int:
    marked = open_index(args).mark(args.article, args.passage, note=args.note)
    note = f" ({marked.note})" if marked.note else ""
    print(f"marked {marked.article} ¶{marked.passage}{note}")
    return 0


def cmd_unmark(args) -> int:
    if not open_index(args).unmark(args.article, args.passage):
        raise CorpusTuiError(f"{args.article} ¶{args.passage} is not marked")
    print(f"unmarked {args.article} ¶{args.passage}")
    return 0


def cmd_marks(args) -> int:
    found = open_index(args).marks()
    return _answer(args, "marks", lambda: documents.marks(found),
                   lambda render, console: render.print_marks(console, found))


def _curate(args, op: str, names: list[str], value: str | None = None) -> int:
    ix = open_index(args)
    try:
        decision = ix.curate(op, names, value)
    except AmbiguousEntity as e:
        raise Ambiguous(e, False) from None
    print(f"{decision.describe()} (kept in {ix.workspace.decisions.path}; 'corpus-tui undo' takes it back)")
    return 0


def cmd_merge(args) -> int:
    if len(args.names) < 2:
        raise CorpusTuiError("merge needs two or more names")
    return _curate(args, "merge", args.names)


def cmd_split(args) -> int:
    return _curate(args, "split", [args.name], args.alias)


def cmd_rename(args) -> int:
    return _curate(args, "rename", [args.name], args.new)


def cmd_ignore(args) -> int:
    return _curate(args, "ignore", [args.name])


def cmd_undo(args) -> int:
    decision = open_index(args).undo_curation()
    print(f"took back: {decision.describe()}" if decision else "nothing to undo")
    return 0


def cmd_serve(args) -> int:
    from .serve import serve

    return serve(args.corpus, args.index, args.host, args.port)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "search": cmd_search, "show": cmd_show, "entities": cmd_entities, "trace": cmd_trace,
    "related": cmd_related, "compare": cmd_compare, "kwic": cmd_kwic, "cooccur": cmd_cooccur,
    "index": cmd_index, "mark": cmd_mark, "unmark": cmd_unmark, "marks": cmd_marks,
    "merge": cmd_merge, "split": cmd_split, "rename": cmd_rename, "ignore": cmd_ignore, "undo": cmd_undo,
    "serve": cmd_serve,
}
