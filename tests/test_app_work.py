"""Pilot tests of the analyst's work in the app (issue 12): marks and notes that persist,
entity curation, export, query history. Each test has its own copy of the seeds index
(the work files live beside it), and most open it in two app runs."""
from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from pilot_helpers import press, settle, type_query
from textual.widgets import Input

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.tui.app import ReaderApp
from corpus_tui.tui.cli import main
from corpus_tui.tui.export import ROWS
from corpus_tui.tui.marks_view import MarkOption, MarksScreen
from corpus_tui.tui.panes.entities import EntitiesList
from corpus_tui.tui.prompts import ChoicePrompt, TextPrompt

WIDE = (160, 45)


@pytest.fixture
def index_dir(seeds_index_dir, tmp_path):
    """A copy of the seeds index of this test's own (no work files from other tests)."""
    folder = tmp_path / "index"
    shutil.copytree(seeds_index_dir, folder)
    for name in ("marks.json", "curation.json", "queries.json"):
        (folder / name).unlink(missing_ok=True)
    return folder


def engine(index_dir: Path) -> CorpusIndex:
    return CorpusIndex.open(None, index_dir, sync=False)


def notes_of(app: ReaderApp) -> list[str]:
    """Every notification of `app`, kept in a list (the toasts go by)."""
    said: list[str] = []
    real = app.notify

    def notify(message, *args, **kwargs):
        said.append(str(message))
        return real(message, *args, **kwargs)

    app.notify = notify  # type: ignore[method-assign]
    return said


async def answer(app, pilot, text: str) -> None:
    """Type `text` over what the open prompt proposes, then Enter."""
    assert isinstance(app.screen, TextPrompt)
    box = app.screen.query_one(Input)
    box.value = ""
    await pilot.press(*text) if text else None
    await press(app, pilot, "enter")


# -- marks and notes -------------------------------------------------------------------------


async def test_marks_and_notes_persist_and_u_walks_them_across_articles(index_dir):
    with engine(index_dir) as ix:
        articles = [a.id for a in ix.articles()]
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.article_id == articles[0]
        await press(app, pilot, "j", "m")
        assert "★" in app.article_view.border_subtitle
        await press(app, pilot, "j", "M")
        await answer(app, pilot, "check the figures")
        assert "★ check the figures" in app.article_view.border_subtitle
        await press(app, pilot, "J", "j", "j", "j", "m")
        third = (app.article_id, app.passage)
        assert third[0] == articles[1]
        await press(app, pilot, "m")  # unmark, then mark again
        assert "★" not in app.article_view.border_subtitle
        await press(app, pilot, "m")

    with engine(index_dir) as ix:
        marks = ix.marks()
    assert [(m.article, m.passage, m.note) for m in marks] == [
        (articles[0], 1, None), (articles[0], 2, "check the figures"), (*third, None)]

    # A second run: the marks are there, u/U walk them across articles, and say when no more.
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        said = notes_of(app)
        await settle(app, pilot)
        assert app.article_view.block(1).has_class("-bookmarked")
        walked = []
        for _ in range(3):
            await press(app, pilot, "u")
            walked.append((app.article_id, app.passage))
        assert walked == [(m.article, m.passage) for m in marks]
        await press(app, pilot, "u")
        assert walked[-1] == (app.article_id, app.passage) and said[-1] == "no more marks"
        await press(app, pilot, "U")
        assert (app.article_id, app.passage) == walked[1]

        # The marks view lists every mark with its note; Enter jumps to one.
        await press(app, pilot, "apostrophe")
        assert isinstance(app.screen, MarksScreen)
        listing = app.screen.query_one("#marks-list")
        rows = [listing.get_option_at_index(i) for i in range(listing.option_count)]
        assert all(isinstance(r, MarkOption) for r in rows) and len(rows) == 3
        assert "check the figures" in str(rows[1].prompt)
        assert marks[2].text.split()[0] in str(rows[2].prompt)
        await press(app, pilot, "j", "j", "enter")
        assert not isinstance(app.screen, MarksScreen)
        assert (app.article_id, app.passage) == walked[2]

        # Editing the note keeps the mark; escape leaves the note as it was.
        await press(app, pilot, "U", "M")
        assert app.screen.query_one(Input).value == "check the figures"
        await answer(app, pilot, "figures checked")
        await press(app, pilot, "M", "escape")
    with engine(index_dir) as ix:
        assert ix.marks()[1].note == "figures checked"


# -- curation ------------------------------------------------------------------------------


def entity_rows(app: ReaderApp) -> list[str]:
    listing = app.query_one(EntitiesList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_curation_from_the_entities_pane_shows_at_once_and_undo_restores(index_dir):
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        with engine(index_dir) as ix:
            here = [e for e, _n in ix.article_entities(app.article_id)]
        first, second = here[0], here[1]
        await press(app, pilot, "e", "enter")  # trace the first entity
        assert app.strip.trace is not None and app.strip.trace.entity == first.id

        # rename: the pane and the trace show the new name at once
        await press(app, pilot, "R")
        assert app.screen.query_one(Input).value == first.name
        await answer(app, pilot, "Renamed One")
        await settle(app, pilot)
        assert any(r.startswith("● Renamed One") or "Renamed One" in r for r in entity_rows(app))
        assert "Renamed One" in app.query_one("#strip").border_title
        assert app.focused is app.query_one(EntitiesList)
        assert app.query_one(EntitiesList).highlighted == 0, "the highlight stays: the next key acts on it"

        # merge: + on the first, + on the second
        count = len(entity_rows(app))
        app.query_one(EntitiesList).highlighted = 0
        await press(app, pilot, "plus")
        app.query_one(EntitiesList).highlighted = [i for i, r in enumerate(entity_rows(app))
                                                   if second.name in r][0]
        await press(app, pilot, "plus")
        await settle(app, pilot)
        assert len(entity_rows(app)) == count - 1
        with engine(index_dir) as ix:
            merged = ix.find_entity("Renamed One")
            assert set(second.aliases) <= set(merged.aliases)

        # split: the second one's name comes out again
        app.query_one(EntitiesList).highlighted = 0
        await press(app, pilot, "S")
        assert isinstance(app.screen, ChoicePrompt)
        choices = app.screen.query_one("#choices")
        index = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)].index(
            second.aliases[0])
        choices.highlighted = index
        await press(app, pilot, "enter")
        await settle(app, pilot)
        assert len(entity_rows(app)) == count

        # ignore: gone from the pane and from the highlights
        listing = app.query_one(EntitiesList)
        listing.highlighted = [i for i, r in enumerate(entity_rows(app)) if "Renamed One" in r][0]
        await press(app, pilot, "I")
        await settle(app, pilot)
        assert not any("Renamed One" in r for r in entity_rows(app))
        assert all(m.entity != first.id for m in app.marks.mentions)

        # undo four times: back to how it was
        for _ in range(4):
            await press(app, pilot, "Z")
        await settle(app, pilot)
        assert any(first.name in r for r in entity_rows(app)) and len(entity_rows(app)) == count
        said = notes_of(app)
        await press(app, pilot, "Z")
        assert said[-1] == "no curation to undo"


async def test_a_merge_made_with_the_cli_shows_in_the_app(index_dir, capsys):
    with engine(index_dir) as ix:
        first = ix.articles()[0].id
        a, b = [e for e, _n in ix.article_entities(first)][:2]
    assert main(["merge", a.id, b.id, "--index", str(index_dir)]) == 0
    capsys.readouterr()
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        rows = entity_rows(app)
        assert len([r for r in rows if a.name in r or b.name in r]) == 1


async def test_merge_from_the_palette_asks_for_names(index_dir):
    with engine(index_dir) as ix:
        a, b = [e for e, _n in ix.article_entities(ix.articles()[0].id)][:2]
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        count = len(entity_rows(app))
        await press(app, pilot, "ctrl+p")
        await pilot.press(*"Merge entities")
        await pilot.pause(0.3)
        await press(app, pilot, "enter")
        await answer(app, pilot, f"{a.id}, {b.id}")
        await settle(app, pilot)
        assert len(entity_rows(app)) == count - 1


# -- export ----------------------------------------------------------------------------------


async def test_export_writes_what_the_focused_pane_shows_after_asking(index_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        said = notes_of(app)
        await settle(app, pilot)
        # entities, as CSV: the default name, in the current folder
        await press(app, pilot, "e", "x")
        default = tmp_path / "corpus-tui-entities.csv"
        assert app.screen.query_one(Input).value == str(default)
        await press(app, pilot, "escape")
        assert not default.exists(), "nothing written unless confirmed"
        await press(app, pilot, "x", "enter")
        assert said[-1] == f"wrote {default}"
        rows = list(csv.DictReader(io.StringIO(default.read_text(encoding="utf-8"))))
        assert list(rows[0]) == list(ROWS["entities"][1]) and len(rows) == len(entity_rows(app))

        # the search results, as JSON
        await type_query(app, pilot, "minister")
        await press(app, pilot, "down", "x")  # in the results (in the box, x is typed)
        await answer(app, pilot, "hits.json")
        document = json.loads((tmp_path / "hits.json").read_text(encoding="utf-8"))
        assert document["query"] == "minister" and document["hits"]
        assert set(document["hits"][0]) >= {"article", "title", "passage", "score", "snippet"}

        # the trace, as Markdown
        await press(app, pilot, "escape", "e", "enter", "tab")
        assert app.focused.id == "strip-list"
        await press(app, pilot, "x")
        await answer(app, pilot, str(tmp_path / "trace.md"))
        assert (tmp_path / "trace.md").read_text(encoding="utf-8").startswith("#")

        # a write error is a message, and an unknown extension too
        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        await press(app, pilot, "x")
        await answer(app, pilot, str(blocker / "out.csv"))
        assert said[-1].startswith("nothing written")
        await press(app, pilot, "x")
        await answer(app, pilot, "out.xlsx")
        assert "end the name with .csv, .md or .json" in said[-1]
        assert not (tmp_path / "out.xlsx").exists()

        # the marks, from the marks view
        await press(app, pilot, "escape", "escape", "m", "apostrophe", "x")
        await answer(app, pilot, "marks.csv")
        rows = list(csv.DictReader(io.StringIO((tmp_path / "marks.csv").read_text(encoding="utf-8"))))
        assert len(rows) == 1 and rows[0]["article"] == app.article_id


# -- query history ----------------------------------------------------------------------------


async def test_up_and_down_in_the_box_walk_earlier_queries_across_runs(index_dir):
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        for query in ("minister", "talks"):
            await press(app, pilot, "slash")
            app.query_one("#query", Input).value = ""
            await pilot.press(*query)
            await press(app, pilot, "enter")
    app = ReaderApp(None, index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        box = app.query_one("#query", Input)
        await press(app, pilot, "slash")
        await pilot.press(*"dra")
        await press(app, pilot, "up")
        assert box.value == "talks"
        await press(app, pilot, "up")
        assert box.value == "minister"
        await press(app, pilot, "up")  # the oldest: stays
        assert box.value == "minister"
        await press(app, pilot, "down")
        assert box.value == "talks"
        await press(app, pilot, "down")
        assert box.value == "dra", "back to what was typed"
        await press(app, pilot, "down")
        assert app.focused is app.results_list
