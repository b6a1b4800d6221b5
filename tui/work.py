"""The analyst's work in the app: the marks view (`'`), export of what the focused pane
shows (`x`), the screenshot (the palette's "Screenshot"), and `t` on a name several
entities answer to. `ReaderApp` mixes `WorkActions` in.

Export asks for a file name first (default `corpus-tui-<what>.csv` in the current
folder; the extension picks CSV, Markdown or JSON) and writes nothing unless the user
confirmed; the documents are those of the command line (tui/documents.py)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, cast

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import AmbiguousEntity, CorpusTuiError
from corpus_tui.index.model import Mention

from . import documents, messages
from .export import to_csv, to_markdown
from .marks_view import MarksScreen
from .prompts import ChoicePrompt, TextPrompt, ask, dialogue, in_thread
from .reader import Reader

EXTENSIONS = {".csv": "csv", ".md": "md", ".json": "json"}


def render(kind: str, document: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return to_csv(kind, document) if fmt == "csv" else to_markdown(kind, document)


def screenshot_folder() -> Path:
    """Where a screenshot goes: ~/Downloads when there is one, else the current folder."""
    downloads = Path.home() / "Downloads"
    return downloads if downloads.is_dir() else Path.cwd()


class WorkActions:
    """Actions of `ReaderApp` (a mixin: `self` is the app)."""

    @property
    def _reader(self) -> Reader:
        return cast("Reader", self)

    # -- marks -----------------------------------------------------------------------------

    def action_marks_view(self) -> None:
        app = self._reader
        if app.ix is None or len(app.screen_stack) > 1:
            return

        def jump(place: tuple[str, int] | None) -> None:
            if place is not None:
                app.post_message(messages.OpenLocation(place[0], place[1], focus=True))
        app.push_screen(MarksScreen(app.ix.marks()), callback=jump)

    # -- trace --------------------------------------------------------------------------------

    def trace_mention(self, mention: Mention) -> None:
        """`t`: trace the mention's entity; when its name is one several entities answer
        to, ask which one (the mention's own entity on top)."""
        app = self._reader
        ix = app.ix
        if ix is None:
            return
        try:
            ix.find_entity(mention.text)
        except AmbiguousEntity:
            app.trace_by_name(mention.text, mention.entity)
            return
        except CorpusTuiError:
            pass
        app.trace_entity(mention.entity)

    # -- export --------------------------------------------------------------------------------

    def _what(self) -> str | None:
        """What the focused pane shows, as a document kind."""
        app = self._reader
        if isinstance(app.screen, MarksScreen):
            return "marks"
        focused = app.focused.id if app.focused is not None else None
        if focused in ("query", "results"):
            return "search" if app.search_pane.query_text else None
        if focused == "strip-list":
            return "trace" if app.strip.mode == "trace" and app.strip.trace is not None else "related"
        if focused == "entities":
            return "entities"
        return "show" if app.article_id is not None else None

    def _document(self, kind: str) -> Callable[[CorpusIndex], dict[str, Any]]:
        """How to build the document of `kind` (run in a thread)."""
        app = self._reader
        query, shown = app.search_pane.query_text, max(1, len(app.result_ids))
        article, passage = app.article_id or "", app.passage
        trace = app.strip.trace
        entity = trace.entity if trace is not None else None
        related = app.strip.related
        anchor = related.anchor if related is not None and related.anchor else (article, passage)

        def build(ix: CorpusIndex) -> dict[str, Any]:
            if kind == "search":
                result = ix.search(query, limit=shown)
                return documents.search(result, ix.article_about(a.article for a in result.articles))
            if kind == "trace" and entity is not None:
                t = ix.trace(ix.entity(entity))
                return documents.trace(t, ix.article_about(m.article for m in t.mentions))
            if kind == "related":
                r = ix.related(anchor[0], anchor[1])
                return documents.related(r, ix.article_about(p.article for p in r.related))
            if kind == "entities":
                return documents.entities([e for e, _n in ix.article_entities(article)])
            if kind == "marks":
                return documents.marks(ix.marks())
            return documents.show(ix.article(article), ix.mentions(article))
        return build

    def action_export_view(self, what: str | None = None) -> None:
        dialogue(self._reader, self._export(what))

    async def _export(self, what: str | None) -> None:
        app = self._reader
        ix = app.ix
        if len(app.screen_stack) > 1 and not isinstance(app.screen, MarksScreen):
            return
        kind = what or self._what()
        if ix is None or kind is None:
            app.bell()
            app.notify("nothing to export here: search, or go to a pane with something in it", severity="warning")
            return
        build = self._document(kind)
        default = Path.cwd() / f"corpus-tui-{kind}.csv"
        name = await ask(app, TextPrompt(
            f"Export {kind} to", str(default), "the extension picks the format: .csv, .md or .json"))
        if not name:
            return
        path = Path(name).expanduser()
        path = (path if path.is_absolute() else Path.cwd() / path).resolve()
        fmt = EXTENSIONS.get(path.suffix.lower())
        if fmt is None:
            app.notify(f"{path.name}: end the name with .csv, .md or .json", severity="error", timeout=6)
            return
        if fmt == "csv" and kind == "compare":
            fmt = "md"
        if path.exists():
            answer = await ask(app, ChoicePrompt(f"{path.name} exists", ["overwrite it", "cancel"]))
            if answer != 0:
                return
        try:
            text = await in_thread(app, lambda: render(kind, build(ix), fmt), "export")
            await in_thread(app, lambda: path.write_text(text, encoding="utf-8"), "export")
        except (CorpusTuiError, OSError, ValueError) as e:
            app.notify(f"nothing written: {e}", title="export failed", severity="error", timeout=8)
            return
        app.notify(f"wrote {path}", title=f"exported {kind}", timeout=8)

    # -- screenshot ------------------------------------------------------------------------------

    def deliver_screenshot(self, filename: str | None = None, path: str | None = None,
                           time_format: str | None = None) -> str | None:
        """Textual's screenshot, saved where a folder exists (~/Downloads, else the current
        folder), and the path said; an error is a message."""
        app = self._reader
        folder = Path(path).expanduser() if path else screenshot_folder()
        try:
            saved = Path(app.save_screenshot(filename, str(folder), time_format=time_format)).resolve()
        except OSError as e:
            app.notify(f"no screenshot written in {folder.resolve()}: {e}", severity="error", timeout=8)
            return None
        app.notify(f"screenshot saved: {saved}", timeout=8)
        return str(saved)
