"""Pilot tests of the app's keys and screens (issue 14, class 6): j/k in the entities pane,
the palette and `t` on names several entities answer to, help and palette in a burst
after a resize, the screenshot, hit i/k and more results, the footer at 80x24."""
from __future__ import annotations

from pathlib import Path

import pytest
from pilot_helpers import press, settle, type_query
from textual.widgets import Footer, Input

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.tui.app import ReaderApp
from corpus_tui.tui.panes.entities import EntitiesList
from corpus_tui.tui.panes.search import SEARCH_ARTICLES, MoreOption
from corpus_tui.tui.prompts import ChoicePrompt

WIDE = (160, 45)

# Two people share a surname (nobody here is real): the bare surname names both.
SHARED = {
    "a.txt": "Port deal signed\n\nMarta Quellwater, the port director, signed the deal on Monday.\n\n"
             "Quellwater said the harbour would reopen in spring.\n",
    "b.txt": "Rowing club wins\n\nTeodor Quellwater won the regional rowing title on Sunday.\n\n"
             "His coach said Teodor Quellwater had trained for years.\n",
}


def corpus(tmp_path: Path, files: dict[str, str]) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    with CorpusIndex.open(root, tmp_path / "index"):
        pass
    return root, tmp_path / "index"


async def test_j_and_k_in_the_entities_pane_move_the_list(seeds_index_dir):
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "e")
        listing = app.query_one(EntitiesList)
        assert app.focused is listing and listing.highlighted == 0
        await press(app, pilot, "j", "j")
        assert listing.highlighted == 2 and app.passage == 0
        await press(app, pilot, "k")
        assert listing.highlighted == 1 and app.passage == 0


async def test_palette_finds_an_entity_by_alias_case_insensitively(seeds_index_dir):
    with CorpusIndex.open(None, seeds_index_dir, sync=False) as ix:
        entity = next(e for e in ix.entities() if any(a.lower() != e.name.lower() for a in e.aliases))
        alias = next(a for a in entity.aliases if a.lower() != entity.name.lower())
        assert ix.find_entity(alias.lower()).id == entity.id
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "ctrl+p")
        await pilot.press(*alias.lower())
        await pilot.pause(0.5)
        await press(app, pilot, "enter")
        assert app.strip.trace is not None and app.strip.trace.entity == entity.id


async def test_a_shared_name_asks_which_one_in_the_palette_and_on_t(tmp_path):
    root, index = corpus(tmp_path, SHARED)
    with CorpusIndex.open(root, index, sync=False) as ix:
        marta, teodor = ix.find_entity("Marta Quellwater"), ix.find_entity("Teodor Quellwater")
    app = ReaderApp(root, index)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "ctrl+p")
        await pilot.press(*"quellwater")
        await pilot.pause(0.5)
        await press(app, pilot, "enter")
        assert isinstance(app.screen, ChoicePrompt)
        choices = app.screen.query_one("#choices")
        texts = [str(choices.get_option_at_index(i).prompt) for i in range(choices.option_count)]
        assert any("Marta Quellwater" in t for t in texts) and any("Teodor Quellwater" in t for t in texts)
        choices.highlighted = next(i for i, t in enumerate(texts) if t.startswith("Teodor"))
        await press(app, pilot, "enter")
        assert app.strip.trace is not None and app.strip.trace.entity == teodor.id

        # `t` on the bare surname in Marta's article: which one? (hers on top)
        await press(app, pilot, "escape")
        app.open_location("a.txt", 2)
        await settle(app, pilot)
        assert app.article_view.mention_here().text == "Quellwater"
        await press(app, pilot, "t")
        assert isinstance(app.screen, ChoicePrompt)
        first = str(app.screen.query_one("#choices").get_option_at_index(0).prompt)
        assert first.startswith("Marta Quellwater")
        await press(app, pilot, "enter")
        assert app.strip.trace is not None and app.strip.trace.entity == marta.id


async def test_help_and_palette_in_a_burst_after_a_resize_never_crash(seeds_index_dir):
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        for round_ in range(6):
            await pilot.resize_terminal(*((80, 24) if round_ % 2 else (160, 45)))
            for key in ("question_mark", "escape", "ctrl+p", "escape", "f1", "escape"):
                await pilot.press(key)
        await settle(app, pilot)
        assert len(app.screen_stack) == 1 and app.is_running


async def test_screenshot_goes_where_a_folder_exists_and_says_the_path(seeds_index_dir, tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(work)
    app = ReaderApp(None, seeds_index_dir)
    said: list[str] = []
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        real = app.notify
        app.notify = lambda message, *a, **k: (said.append(str(message)), real(message, *a, **k))[1]  # type: ignore
        saved = Path(app.deliver_screenshot())
        assert saved.parent == work.resolve() and saved.suffix == ".svg" and saved.exists()
        assert said[-1] == f"screenshot saved: {saved}"
        (home / "Downloads").mkdir()
        saved = Path(app.deliver_screenshot())
        assert saved.parent == (home / "Downloads").resolve()


async def test_enter_on_a_result_says_hit_i_of_k_and_n_steps_in_order(seeds_index_dir):
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "said")
        await press(app, pilot, "enter")
        hits = sorted({h.passage for h in app.marks.hits})
        assert len(hits) > 1
        view = app.article_view
        i = hits.index(app.passage)
        assert f"hit {i + 1}/{len(hits)}" in view.border_subtitle
        await press(app, pilot, "g", "n")
        assert app.passage == hits[0] and f"hit 1/{len(hits)}" in view.border_subtitle
        await press(app, pilot, "n")
        assert app.passage == hits[1] and f"hit 2/{len(hits)}" in view.border_subtitle


async def test_more_results_row_loads_the_next_page(tmp_path):
    count = SEARCH_ARTICLES + 20
    files = {f"{i:03}.txt": f"Report {i}\n\nThe harbour board met on day {i}.\n" for i in range(count)}
    root, index = corpus(tmp_path, files)
    app = ReaderApp(root, index)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "harbour")
        results = app.results_list
        assert len(app.result_ids) == SEARCH_ARTICLES
        last = results.get_option_at_index(results.option_count - 1)
        assert isinstance(last, MoreOption) and "20 more" in str(last.prompt)
        results.focus()
        results.highlighted = results.option_count - 1
        await press(app, pilot, "enter")
        assert len(app.result_ids) == count
        assert not isinstance(results.get_option_at_index(results.option_count - 1), MoreOption)
        assert results.highlighted == SEARCH_ARTICLES


@pytest.mark.parametrize("size", [(80, 24)])
async def test_at_80x24_the_footer_keeps_help_and_quit_and_the_placeholder_its_bracket(seeds_index_dir, size):
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        footer = app.query_one(Footer)
        shown = " ".join(str(w.render()) for w in footer.children)
        assert "help" in shown and "quit" in shown
        box = app.query_one("#query", Input)
        placeholder = box.placeholder
        assert placeholder.endswith(")") and len(placeholder) <= box.content_region.width
