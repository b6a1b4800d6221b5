"""The `corpus-tui` command line: the parser and the dispatch.

`corpus-tui [CORPUS]` starts the app; the sub-commands (their handlers are in
`subcommands`) answer from the engine and print Rich text, or with `--format
json|csv|md` (`--json` = `--format json`) the documented shapes of DESIGN.md. The
sub-commands never import Textual (users feel its start-up on every call), and Rich
only when they print for a person.
"""
from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import PackageNotFoundError, version

from corpus_tui.index.errors import CorpusTuiError

from .export import FORMATS

EXIT_USAGE = 2

PROG = "corpus-tui"
DESCRIPTION = (
    "A terminal reader for a corpus of articles: search it, trace a person, organisation or place "
    "across articles, and jump between passages that report the same thing."
)
ENTITY_TYPE_CHOICES = ("PERSON", "ORG", "PLACE", "OTHER")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit 2 (argparse prints the whole usage)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        hint = " (see --help)"
        if ("required: QUERY" in message or "unrecognized arguments: -" in message) and "search" in self.prog:
            hint = "; a query that starts with '-' goes after '--': corpus-tui search -- -word"
        sys.stderr.write(f"{self.prog}: error: {message}{hint}\n")
        raise SystemExit(EXIT_USAGE)


def _add_common(p: argparse.ArgumentParser, output: bool = True) -> None:
    p.add_argument("--corpus", "-c", metavar="C",
                   help="a folder or .jsonl file of articles (default: the bundled seeds)")
    p.add_argument("--index", metavar="DIR", help="where the index lives (default: the user's cache folder)")
    if output:
        p.add_argument("--format", "-f", choices=FORMATS, default="text",
                       help="text for a person (default), json (the documented shape), csv or md (a report)")
        p.add_argument("--json", action="store_const", const="json", dest="format",
                       help="the same as --format json")


def _article_and_passage(p: argparse.ArgumentParser, prefix: str = "") -> None:
    p.add_argument(f"{prefix}article", metavar=f"{prefix.upper()}ARTICLE", help="article id (its path in the corpus)")
    p.add_argument(f"{prefix}passage", metavar=f"{prefix.upper()}PASSAGE", type=_nonnegative_int,
                   help="passage number (0 is the title line)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG, description=DESCRIPTION,
        epilog="Without a sub-command, corpus-tui opens the app on CORPUS (default: the bundled seeds). "
               "'corpus-tui COMMAND --help' tells more.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("search", help="search the corpus (Whoosh query syntax)",
                       description='Search passages: words are ANDed; OR, NOT, "a phrase", wild*, fuzzy~, '
                                   "title:word, date:2024-03, date:[2024-01 TO 2024-06], source:name, entity:NAME.")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--limit", "-n", type=_positive_int, default=10, metavar="N", help="articles to show (default 10)")
    p.add_argument("--sort", choices=("score", "date", "source"), default="score", help="order of the articles")
    _add_common(p)

    p = sub.add_parser("entities", help="list the people, organisations and places of the corpus")
    p.add_argument("--type", "-t", type=str.upper, choices=ENTITY_TYPE_CHOICES, help="only entities of this type")
    p.add_argument("--limit", "-n", type=_positive_int, metavar="N",
                   help="at most N entities, most mentioned first (text: 50 unless given)")
    _add_common(p)

    p = sub.add_parser("trace", help="every mention of one entity across the corpus, in context")
    p.add_argument("name", metavar="NAME|ID", help="any alias of the entity, any case, or its id")
    p.add_argument("--sort", choices=("corpus", "date", "source"), default="corpus", help="order of the mentions")
    _add_common(p)

    p = sub.add_parser("related", help="passages of other articles that report the same thing")
    _article_and_passage(p)
    p.add_argument("--limit", "-n", type=_positive_int, default=10, metavar="N", help="passages to show (default 10)")
    _add_common(p)

    p = sub.add_parser("compare", help="two passages side by side: what both say and what each adds")
    _article_and_passage(p)
    _article_and_passage(p, "other_")
    _add_common(p)

    p = sub.add_parser("kwic", help="concordance: every match of a word or phrase in its context, with collocates")
    p.add_argument("query", metavar="QUERY")
    p.add_argument("--sort", choices=("corpus", "left", "right"), default="corpus",
                   help="order of the lines: corpus order, or by the words left or right of the match")
    p.add_argument("--width", "-w", type=_positive_int, default=40, metavar="N",
                   help="characters of context on each side (default 40)")
    p.add_argument("--limit", "-n", type=_positive_int, default=1000, metavar="N", help="lines (default 1000)")
    _add_common(p)

    p = sub.add_parser("cooccur", help="the entities named in the same passages as one entity")
    p.add_argument("name", metavar="NAME|ID", help="any alias of the entity, any case, or its id")
    p.add_argument("--limit", "-n", type=_positive_int, default=20, metavar="N", help="entities (default 20)")
    _add_common(p)

    p = sub.add_parser("show", help="one article with its passages and entity mentions")
    p.add_argument("article", metavar="ARTICLE", help="article id (its path in the corpus)")
    _add_common(p)

    p = sub.add_parser("index", help="build or update the index (done on demand by every other command)")
    p.add_argument("--rebuild", action="store_true", help="throw the index away and build it anew "
                                                          "(marks and curation are kept)")
    _add_common(p, output=False)

    p = sub.add_parser("mark", help="mark a passage (with a note)")
    _article_and_passage(p)
    p.add_argument("--note", metavar="TEXT", help="a note on the passage")
    _add_common(p, output=False)
    p = sub.add_parser("unmark", help="remove the mark of a passage")
    _article_and_passage(p)
    _add_common(p, output=False)
    p = sub.add_parser("marks", help="every marked passage, in corpus order")
    _add_common(p)

    p = sub.add_parser("merge", help="curation: make two or more entities one")
    p.add_argument("names", nargs="+", metavar="NAME", help="any alias or id of each entity")
    _add_common(p, output=False)
    p = sub.add_parser("split", help="curation: take an alias (with its mentions) out into an entity of its own")
    p.add_argument("name", metavar="NAME")
    p.add_argument("alias", metavar="ALIAS")
    _add_common(p, output=False)
    p = sub.add_parser("rename", help="curation: give an entity another canonical name")
    p.add_argument("name", metavar="NAME")
    p.add_argument("new", metavar="NEW")
    _add_common(p, output=False)
    p = sub.add_parser("ignore", help="curation: this is not an entity")
    p.add_argument("name", metavar="NAME")
    _add_common(p, output=False)
    p = sub.add_parser("undo", help="curation: take back the last step (repeatable)")
    _add_common(p, output=False)

    p = sub.add_parser("serve", help="the reader in a web browser (textual-serve)")
    p.add_argument("corpus", nargs="?", metavar="CORPUS", help="a folder or .jsonl file (default: the bundled seeds)")
    p.add_argument("--index", metavar="DIR", help="where the index lives (default: the user's cache folder)")
    p.add_argument("--port", type=_positive_int, default=8000, metavar="N", help="port (default 8000)")
    p.add_argument("--host", default="localhost", help="address to listen on (default localhost)")
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description=DESCRIPTION)
    p.add_argument("corpus", nargs="?", metavar="CORPUS",
                   help="a folder or .jsonl file of articles (default: the bundled seeds)")
    p.add_argument("--index", metavar="DIR", help="where the index lives (default: the user's cache folder)")
    p.add_argument("--version", action="version", version=f"{PROG} {_version()}")
    return p


def _version() -> str:
    try:
        return version("corpus-tui")
    except PackageNotFoundError:  # running from a checkout that is not installed
        return "unknown"


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
    from . import subcommands

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in subcommands.HANDLERS or argv[:1] in (["-h"], ["--help"], ["--version"]):
            args = build_parser().parse_args(argv)
            return subcommands.HANDLERS[args.command](args)
        args = build_app_parser().parse_args(argv)
        return _run_app(args)
    except subcommands.Ambiguous as e:
        return e.report()
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
    # textual-serve runs the app with a web driver in place of a terminal.
    if not sys.stdin.isatty() and not os.environ.get("TEXTUAL_DRIVER"):
        sys.stderr.write(f"{PROG}: error: the reader needs a terminal (use a sub-command such as "
                         f"'{PROG} search' for scripts; see --help)\n")
        return EXIT_USAGE
    from corpus_tui.tui.app import run_app

    return run_app(args.corpus, args.index)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
