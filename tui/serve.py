"""`corpus-tui serve`: the reader in a web browser, through textual-serve.

textual-serve starts the app once per browser session as a sub-process, with a web
driver in place of the terminal; the corpus is checked (and indexed) here first, so
a wrong path is one line on the terminal rather than an empty page.
"""
from __future__ import annotations

import shlex
import sys
from pathlib import Path


def app_command(corpus: str | None, index_dir: str | None) -> str:
    """The command textual-serve runs for each session: this interpreter, this app."""
    parts = [sys.executable, "-m", "corpus_tui.tui.cli"]
    if corpus:
        parts.append(str(Path(corpus).expanduser().resolve()))
    if index_dir:
        parts += ["--index", str(Path(index_dir).expanduser().resolve())]
    return shlex.join(parts)


def serve(corpus: str | None, index_dir: str | None, host: str, port: int) -> int:
    from textual_serve.server import Server

    from corpus_tui.index.engine import CorpusIndex

    # Index before the first page is asked for; the sessions then open it up to date.
    def warn(message: str) -> None:
        sys.stderr.write(f"corpus-tui: {message}\n")

    CorpusIndex.open(corpus, index_dir, warn=warn).close()
    sys.stderr.write(f"corpus-tui: serving the reader at http://{host}:{port} (ctrl+c stops)\n")
    Server(app_command(corpus, index_dir), host=host, port=port, title="corpus-tui").serve()
    return 0
