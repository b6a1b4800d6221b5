"""The `corpus-tui` command line.

`corpus-tui [CORPUS]` starts the app; the sub-commands answer from the engine and
print Rich text or, with `--json`, the exact shapes of DESIGN.md. The sub-commands
never import Textual (users feel its start-up on every call), and Rich only when
they print for a person.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable

from corpus_tui.index.errors import CorpusTuiError

EXIT_USAGE = 2

PROG = "corpus-tui"
DESCRIPTION = (
    "A terminal reader for a corpus of articles: search it, trace a person, organisation or place "
    "across articles, and jump between passages that report the same thing."
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2 (argparse prints the whole usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(EXIT_USAGE)


def _add_common(p: argparse.ArgumentParser, json_flag: bool = True) -> None:
    p.add_argument("--corpus", "-c", metavar="C",
                   help="a folder or .jsonl file of articles (default: the bundled seeds)")
    p.add_argument("--index", metavar="DIR", help="where the index lives (default: the user's cache folder)")
    if json_flag:
        p.add_argument("--json", action="store_true", help="print JSON (the documented shape) instead of text")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG, description=DESCRIPTION,
        epilog="Without a sub-command, corpus-tui opens the app on CORPUS (default: the bundled seeds). "
               "'corpus-tui COMMAND --help' tells more.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("search", help="search the corpus (Whoosh query syntax)",
                       description='Search passages: words are ANDed; OR, NOT, "a phrase", wild*, fuzzy~, title:word.')
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", "-n", type=_positive_int, default=10, metavar="N", help="articles to show (default 10)")
    _add_common(p)

    p = sub.add_parser("entities", help="list the people, organisations and places of the corpus")
    _add_common(p)

    p = sub.add_parser("trace", help="every mention of one entity across the corpus, in context")
    p.add_argument("name", metavar="NAME", help="any alias of the entity, any case")
    _add_common(p)

    p = sub.add_parser("related", help="passages of other articles that report the same thing")
    p.add_argument("article", metavar="ARTICLE", help="article id (its path in the corpus)")
    p.add_argument("passage", metavar="PASSAGE", type=_nonnegative_int, help="passage number (0 is the title line)")
    p.add_argument("--limit", "-n", type=_positive_int, default=10, metavar="N", help="passages to show (default 10)")
    _add_common(p)

    p = sub.add_parser("show", help="one article with its passages and entity mentions")
    p.add_argument("article", metavar="ARTICLE", help="article id (its path in the corpus)")
    _add_common(p)

    p = sub.add_parser("index", help="build or update the index (done on demand by every other command)")
    p.add_argument("--rebuild", action="store_true", help="throw the index away and build it anew")
    _add_common(p, json_flag=False)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description=DESCRIPTION)
    p.add_argument("corpus", nargs="?", metavar="CORPUS",
                   help="a folder or .jsonl file of articles (default: the bundled seeds)")
    p.add_argument("--index", metavar="DIR", help="where the index lives (default: the user's cache folder)")
    return p


def _positive_int(text: str) -> int:
    value = _nonnegative_int(text)
    if value == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _nonnegative_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS or argv[:1] in (["-h"], ["--help"]):
            args = build_parser().parse_args(argv)
            return SUBCOMMANDS[args.command](args)
        args = build_app_parser().parse_args(argv)
        return _run_app(args)
    except CorpusTuiError as e:
        sys.stderr.write(f"{PROG}: error: {e}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        # `corpus-tui search x | head`: the reader left; nothing to say.
        sys.stderr.close()
        return 0


def _run_app(args: argparse.Namespace) -> int:
    from corpus_tui.index import corpus

    corpus.locate_corpus(args.corpus)  # a wrong path is one line, before any screen appears
    from corpus_tui.tui.app import run_app

    return run_app(args.corpus, args.index)


# -- opening the index with progress on the terminal ------------------------------------


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

    def __init__(self):
        self.bar = None
        self.task = None

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
        assert self.task is not None
        self.bar.update(self.task, completed=done, total=total)

    def __enter__(self) -> "_IndexProgress":
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.stop()


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _console():
    from rich.console import Console

    return Console(highlight=False)


# -- the sub-commands ------------------------------------------------------------------


def _answer(args, json_doc: Callable[[], dict], print_text: Callable[[Any, Any], None]) -> int:
    """Print the documented JSON shape with --json, else Rich text for a person (Rich
    and the renderers are imported only then)."""
    if args.json:
        _print_json(json_doc())
    else:
        from . import render

        print_text(render, _console())
    return 0


def cmd_search(args) -> int:
    from corpus_tui.index.search import mark

    result = open_index(args).search(args.query, limit=args.limit)
    return _answer(args, lambda: {
        "query": result.query,
        "total": result.total,
        "hits": [
            {"article": a.article, "title": a.title, "passage": a.best.passage, "score": a.best.score,
             "snippet": mark(a.best.snippet, a.best.snippet_spans)}
            for a in result.articles
        ],
    }, lambda render, console: render.print_search(console, result))


def cmd_show(args) -> int:
    ix = open_index(args)
    article = ix.article(args.article)
    mentions = ix.mentions(article.id)

    def print_text(render, console) -> None:
        types = {e.id: e.type for e, _n in ix.article_entities(article.id)}
        render.print_article(console, article, mentions, types)

    return _answer(args, lambda: {
        "article": article.id,
        "title": article.title,
        "text": article.text,
        "passages": [{"passage": p.number, "start": p.start, "end": p.end} for p in article.passages],
        "mentions": [{"entity": m.entity, "start": m.start, "end": m.end, "text": m.text} for m in mentions],
    }, print_text)


def _entity_json(e) -> dict:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": e.aliases, "articles": e.articles,
            "mentions": e.mentions}


def cmd_entities(args) -> int:
    entities = open_index(args).entities()
    return _answer(args, lambda: {"entities": [_entity_json(e) for e in entities]},
                   lambda render, console: render.print_entities(console, entities))


def cmd_trace(args) -> int:
    trace = open_index(args).trace(args.name)
    return _answer(args, lambda: {
        "entity": _entity_json(trace.entity),
        "mentions": [
            {"article": m.article, "title": m.title, "passage": m.passage, "start": m.start, "end": m.end,
             "text": m.text, "context": m.context}
            for m in trace.mentions
        ],
    }, lambda render, console: render.print_trace(console, trace))


def cmd_related(args) -> int:
    related = open_index(args).related(args.article, args.passage, limit=args.limit)
    return _answer(args, lambda: {
        "passage": {"article": related.article, "passage": related.passage, "text": related.text},
        "related": [
            {"article": r.article, "passage": r.passage, "text": r.text, "score": r.score,
             "shared_entities": r.shared_entities, "shared_terms": r.shared_terms}
            for r in related.related
        ],
    }, lambda render, console: render.print_related(console, related))


def cmd_index(args) -> int:
    import time

    from corpus_tui.index.engine import CorpusIndex

    started = time.perf_counter()
    with _IndexProgress() as progress:
        ix = CorpusIndex.open(args.corpus, args.index, rebuild=args.rebuild, sync=False, warn=_warn)
        stats = ix.sync(progress)
    seconds = time.perf_counter() - started
    if ix.article_count() == 0:
        raise CorpusTuiError(f"no articles in {ix.root} (looked for .txt, .md and .jsonl files)")
    if stats.did_work:
        print(f"indexed {len(stats.indexed_articles)} article(s) ({stats.added} added, {stats.changed} changed, "
              f"{stats.deleted} deleted, {stats.unchanged} file(s) unchanged) in {seconds:.1f} s")
    else:
        print(f"index is up to date: {ix.article_count()} article(s), nothing to do")
    print(f"index: {ix.index_dir}")
    return 0


# Each sub-command's handler, by name (the app itself is what runs without one).
SUBCOMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "search": cmd_search, "show": cmd_show, "entities": cmd_entities,
    "trace": cmd_trace, "related": cmd_related, "index": cmd_index,
}

if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
