"""Pilot tests of the reader: a real app on a real index of the seeds; keys in,
what is on screen and which article/passage has the cursor out."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pilot_helpers import press, settle
from textual.widgets import Input

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.tui.app import ReaderApp
from corpus_tui.tui.help import HelpScreen
from corpus_tui.tui.panes.entities import EntitiesList
from corpus_tui.tui.panes.strip import JumpList

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
WIDE = (160, 45)
NARROW = (80, 24)


@pytest.fixture
def engine(seeds_index_dir):
    with CorpusIndex.open(None, seeds_index_dir, sync=False) as ix:
        yield ix


@pytest.fixture
def make_app(seeds_index_dir):
    def make(corpus=None, index_dir=None):
        return ReaderApp(corpus, index_dir or seeds_index_dir)
    return make


async def type_text(app, pilot, text: str) -> None:
    await pilot.press(*text)
    await settle(app, pilot)


def passage_text(app: ReaderApp, number: int) -> str:
    block = app.article_view.block(number)
    assert block is not None
    return str(block.content)


def option_texts(widget) -> list[str]:
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


# -- 1. start -----------------------------------------------------------------------------


async def test_warm_start_lists_articles_and_opens_the_first(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        first = engine.articles()[0]
        assert app.article_id == first.id
        assert app.passage == 0
        assert app.results_list.option_count == engine.article_count()
        assert option_texts(app.results_list)[0].startswith(first.title)
        assert passage_text(app, 0) == first.title
        assert app.article_view.has_class("pane") and app.focused is app.article_view
        assert not app.query_one("#progress").display
        assert app.timings.first_article is not None


async def test_first_start_indexes_in_a_worker_then_opens(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    app = ReaderApp(corpus, tmp_path / "index")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.article_id == "000_b63a4b959fc8c7e4.txt"
        assert app.results_list.option_count == 5
        assert not app.indexing and not app.query_one("#progress").display


async def test_missing_corpus_is_a_message_not_a_traceback(tmp_path):
    app = ReaderApp(tmp_path / "nowhere", tmp_path / "index")
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        text = str(app.article_view.query_one(".message").content)
        assert "nowhere" in text
        assert app.article_id is None


async def test_empty_corpus_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    app = ReaderApp(tmp_path / "empty", tmp_path / "index")
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        assert "No articles" in str(app.article_view.query_one(".message").content)


# -- 2. search --------------------------------------------------------------------------------


async def test_search_as_you_type_groups_by_article_and_enter_opens_the_hit(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "slash")
        assert isinstance(app.focused, Input)
        await type_text(app, pilot, "Shoigu")
        # While typing, the last word matches as a prefix (type-ahead); Enter runs it as written.
        live = engine.search("Shoigu*", limit=100)
        assert app.result_ids == [a.article for a in live.articles]
        assert f"{live.total} article(s)" in str(app.query_one("#query-status").content)
        top = option_texts(app.results_list)[0]
        assert live.articles[0].title in top and "Shoigu" in top
        expected = engine.search("Shoigu", limit=100)
        await press(app, pilot, "enter")
        assert app.result_ids == [a.article for a in expected.articles]
        assert app.article_id == expected.articles[0].article
        assert app.passage == expected.articles[0].best.passage
        assert app.focused is app.article_view
        assert app.marks.hits, "hits of the open article are highlighted"


async def test_stale_search_results_never_overwrite_newer_ones(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "slash")
        await pilot.press(*"Shoigu")
        old_gen = app.search_pane.generation
        await pilot.press(*(["backspace"] * 6), *"Putin")
        await settle(app, pilot)
        wanted = [a.article for a in engine.search("Putin*", limit=100).articles]
        assert app.result_ids == wanted
        # A late answer to the old query is dropped.
        app.search_pane.show_search(old_gen, engine.search("Shoigu", limit=100))
        assert app.result_ids == wanted


async def test_a_query_that_does_not_parse_says_so_under_the_box(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "slash")
        await type_text(app, pilot, '"open phrase')
        status = str(app.query_one("#query-status").content)
        assert status.startswith("✗")
        assert app.query_one("#query").has_class("-invalid")


async def test_empty_query_lists_every_article(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "slash")
        await type_text(app, pilot, "Putin")
        assert len(app.result_ids) < engine.article_count()
        await press(app, pilot, "ctrl+l")
        assert app.result_ids == [a.id for a in engine.articles()]
        # A row says how long the article is in paragraphs (and its date and source where known).
        first = engine.articles()[0]
        assert f"{first.passages - 1} paragraph(s)" in option_texts(app.results_list)[0]


# -- 3. article ---------------------------------------------------------------------------------


async def test_j_k_and_arrows_move_passage_by_passage(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "j", "j", "down")
        assert app.passage == 3
        assert app.article_view.block(3).has_class("-cursor")
        assert not app.article_view.block(0).has_class("-cursor")
        await press(app, pilot, "k", "up")
        assert app.passage == 1
        await press(app, pilot, "G")
        assert app.passage == len(engine.article(app.article_id).passages) - 1
        await press(app, pilot, "g")
        assert app.passage == 0


async def test_n_and_N_walk_hits_and_roll_into_the_next_article(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "slash")
        await type_text(app, pilot, "Shoigu")
        await press(app, pilot, "enter", "g")
        first = app.article_id
        hit_passages = [h.passage for h in engine.article_hits("Shoigu", first)]
        seen = []
        for _ in hit_passages:
            await press(app, pilot, "n")
            seen.append((app.article_id, app.passage))
        expected = [(first, p) for p in hit_passages if p > 0]
        assert seen[:len(expected)] == expected
        # Past the last hit of the first article: the next article of the results, at its first hit.
        second = engine.search("Shoigu", limit=100).articles[1].article
        while app.article_id == first:
            await press(app, pilot, "n")
        assert app.article_id == second
        assert app.passage == engine.article_hits("Shoigu", second)[0].passage
        await press(app, pilot, "N")
        assert app.article_id == first
        assert app.passage == hit_passages[-1]


async def test_text_shows_hits_and_entity_mentions(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "slash")
        await type_text(app, pilot, "Shoigu")
        await press(app, pilot, "enter")
        block = app.article_view.block(app.passage)
        styles = {str(span.style) for span in block.content.spans}
        assert any("$hit-background" in s for s in styles)
        assert any("$entity-" in s for s in styles)


# -- 4, 5. entities and trace -------------------------------------------------------------------------


async def test_entities_pane_enter_traces_and_o_walks_across_articles(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        entities = engine.article_entities(app.article_id)
        listing = app.query_one(EntitiesList)
        assert listing.option_count == len(entities)
        assert entities[0][0].name in option_texts(listing)[0]
        await press(app, pilot, "e")
        assert app.focused is listing
        await press(app, pilot, "enter")
        trace = engine.trace(entities[0][0])
        assert app.strip.mode == "trace"
        assert app.strip.trace.entity == entities[0][0].id
        assert "Trace:" in app.query_one("#strip").border_title
        strip_text = "\n".join(option_texts(app.query_one(JumpList)))
        assert trace.mentions[0].context in strip_text
        assert "┃" in strip_text  # the dispersion strip
        start = app.strip.trace.index
        for index in range(start + 1, len(trace.mentions)):
            await press(app, pilot, "o")
            m = trace.mentions[index]
            assert (app.article_id, app.passage) == (m.article, m.passage)
            assert app.marks.current == (m.start, m.end)
        await press(app, pilot, "O")
        m = trace.mentions[-2]
        assert (app.article_id, app.passage) == (m.article, m.passage)
        assert len({m.article for m in trace.mentions[start + 1:]}) > 1, "the walk crossed articles"
        await press(app, pilot, "escape")  # article pane has focus now: escape closes the trace
        assert app.strip.mode == "related" and app.strip.trace is None


async def test_t_traces_the_entity_under_the_cursor(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        mentions = engine.mentions(app.article_id)
        passage = mentions[0].passage
        for _ in range(passage):
            await press(app, pilot, "j")
        await press(app, pilot, "t")
        assert app.strip.trace is not None
        assert app.strip.trace.entity == mentions[0].entity


# -- 6. related ----------------------------------------------------------------------------------


async def test_brackets_jump_to_related_passages_in_other_articles(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "j")
        origin = (app.article_id, app.passage)
        related = engine.related(*origin, limit=10).related
        assert related, "the seeds report the same meetings: passage 1 has related passages"
        assert related[0].title in "\n".join(option_texts(app.query_one(JumpList)))
        await press(app, pilot, "right_square_bracket")
        assert (app.article_id, app.passage) == (related[0].article, related[0].passage)
        assert app.article_id != origin[0]
        assert app.article_view.block(app.passage).has_class("-cursor")
        if len(related) > 1:
            await press(app, pilot, "right_square_bracket")
            assert (app.article_id, app.passage) == (related[1].article, related[1].passage)
            await press(app, pilot, "left_square_bracket")
            assert (app.article_id, app.passage) == (related[0].article, related[0].passage)
        # Moving the cursor makes the strip follow it.
        await press(app, pilot, "j")
        assert app.strip.related.anchor == (app.article_id, app.passage)


# -- 7. history --------------------------------------------------------------------------------


async def test_back_and_forward_restore_article_and_passage(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.check_action("history_back", ()) is None  # dimmed: nowhere to go back to
        await press(app, pilot, "j", "j")
        origin = (app.article_id, app.passage)
        await press(app, pilot, "right_square_bracket")
        jumped = (app.article_id, app.passage)
        assert jumped != origin
        await press(app, pilot, "alt+left")
        assert (app.article_id, app.passage) == origin
        await press(app, pilot, "alt+right")
        assert (app.article_id, app.passage) == jumped
        await press(app, pilot, "ctrl+o")
        assert (app.article_id, app.passage) == origin
        # A new jump after going back drops the forward entries.
        await press(app, pilot, "slash")
        await type_text(app, pilot, "Shoigu")
        await press(app, pilot, "enter")
        assert app.check_action("history_forward", ()) is None


# -- 8. keys, panes, help, palette, mouse, themes ------------------------------------------------------


async def test_help_screen_lists_every_key(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "question_mark")
        assert isinstance(app.screen, HelpScreen)
        text = _help_text(app)
        for words in ("Next passage", "Next search hit", "related passage", "traced entity", "Back in the jump"):
            assert words in text
        await press(app, pilot, "escape")
        assert not isinstance(app.screen, HelpScreen)
        await press(app, pilot, "f1")
        assert isinstance(app.screen, HelpScreen)


async def test_tab_cycles_panes_and_escape_steps_out(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        seen = []
        for _ in range(5):
            await press(app, pilot, "tab")
            seen.append(app.focused.id)
        assert seen == ["entities", "strip-list", "query", "results", "article"]
        await press(app, pilot, "shift+tab")
        assert app.focused.id == "results"
        await press(app, pilot, "slash")
        await press(app, pilot, "escape")
        assert app.focused is app.article_view


async def test_palette_opens_an_article_by_title(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        target = engine.articles()[3]
        await press(app, pilot, "ctrl+p")
        await type_text(app, pilot, "Open " + target.title[:30])
        await pilot.pause(0.3)
        await press(app, pilot, "enter")
        assert app.article_id == target.id


async def test_palette_traces_an_entity_by_name(make_app, engine):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        entity = engine.entities()[0]
        await press(app, pilot, "ctrl+p")
        await type_text(app, pilot, "Trace " + entity.name)
        await pilot.pause(0.3)
        await press(app, pilot, "enter")
        assert app.strip.trace is not None and app.strip.trace.entity == entity.id


async def test_clicking_a_passage_moves_the_cursor(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        view, block = app.article_view, app.article_view.block(2)
        await pilot.click("#article", offset=(6, block.region.y - view.region.y))
        await settle(app, pilot)
        assert app.passage == 2
        assert block.has_class("-cursor")


async def test_narrow_terminal_shows_every_pane(make_app):
    # At 80 columns the results and the entities share the left column: both stay visible.
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        assert app.screen.has_class("narrow")
        for pane in ("#left", "#right", "#article", "#strip"):
            region = app.query_one(pane).region
            assert region.width > 0 and region.height > 0, pane
        assert app.query_one("#left").region.x == app.query_one("#right").region.x
        await press(app, pilot, "e")
        assert app.focused is app.query_one(EntitiesList)
        # The footer keeps help and quit in sight.
        keys = {b.binding.action for b in app.active_bindings.values() if b.binding.show}
        assert {"help", "quit"} <= keys
        await press(app, pilot, "slash")
        assert isinstance(app.focused, Input)


async def test_light_and_dark_themes_define_entity_colours(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        dark = app.get_css_variables()["entity-person"]
        app.theme = "textual-light"
        await settle(app, pilot)
        light = app.get_css_variables()["entity-person"]
        assert dark != light
        assert app.article_view.block(0) is not None


async def test_q_quits(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("q")
        await pilot.pause()
        assert app.return_code == 0 or not app.is_running


def _help_text(app) -> str:
    import io

    from rich.console import Console

    console = Console(width=120, record=True, file=io.StringIO())
    console.print(app.screen.query_one("#help-text").content)
    return console.export_text()


# -- 9. the panes' structure: Textual's own API, messages, cheap redraws, what rows say -------------------


async def test_textuals_own_focus_actions_and_query_work(make_app):
    """The app once had a `query` string attribute shadowing `App.query()`: Textual's own
    focus actions then failed with "TypeError: 'str' object is not callable"."""
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.query("#results").first() is app.results_list
        assert app.focused is app.article_view
        app.action_focus_next()
        await pilot.pause()
        assert app.focused is not app.article_view
        app.action_focus_previous()
        await pilot.pause()
        assert app.focused is app.article_view
        assert await app.run_action("focus_next")
        await pilot.pause()
        assert app.focused is not app.article_view
        # Our history actions have their own names: Textual's action_back is not overridden.
        from textual.app import App

        assert type(app).action_back is App.action_back


async def test_panes_talk_through_messages_the_app_routes(make_app, engine):
    from corpus_tui.tui import messages

    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        target = engine.articles()[2]
        # A pane posts OpenLocation: the app opens it and records the jump.
        app.search_pane.post_message(messages.OpenLocation(target.id, 3))
        await settle(app, pilot)
        assert (app.article_id, app.passage) == (target.id, 3)
        assert app.location is not None and (app.location.article, app.location.passage) == (target.id, 3)
        assert app.history.can_go_back
        # The location reactive drives the results highlight and the related strip.
        assert app.results_list.highlighted == app.result_ids.index(target.id)
        assert app.strip.related.anchor == (target.id, 3)
        # TraceEntity from any pane: the strip traces it, the article underlines it.
        entity = engine.article_entities(target.id)[0][0]
        app.entities_pane.post_message(messages.TraceEntity(entity.id))
        await settle(app, pilot)
        assert app.strip.mode == "trace" and app.strip.trace.entity == entity.id
        assert app.marks.traced_entity == entity.id
        # QueryChanged from the search pane: the article's hits follow the query.
        await press(app, pilot, "slash")
        await type_text(app, pilot, "Shoigu")
        assert app.article_view.query_text == "Shoigu*"  # the type-ahead form, as listed
        assert app.marks.hits == engine.article_hits("Shoigu*", target.id)


async def test_j_and_k_re_render_only_the_blocks_that_change(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        view = app.article_view
        assert view.passage_count > 3
        rendered: list[int] = []
        updates = {b.number: b.update for b in view.query(".passage")}
        for block in view.query(".passage"):
            def counting(content, _number=block.number, _update=updates[block.number]):
                rendered.append(_number)
                return _update(content)
            block.update = counting  # type: ignore[method-assign]
        before = {b.number: set(b.classes) for b in view.query(".passage")}
        await press(app, pilot, "j")
        after = {b.number: set(b.classes) for b in view.query(".passage")}
        changed = {n for n in before if before[n] != after[n]}
        assert changed == {0, 1}
        assert rendered == []  # nothing was marked: no content re-rendered
        # With a span marked (a jump to a mention), a step re-renders only its passage.
        mention = app.marks.mentions[-1]
        from corpus_tui.tui import messages

        app.post_message(messages.OpenLocation(app.article_id, mention.passage, (mention.start, mention.end)))
        await settle(app, pilot)
        rendered.clear()
        await press(app, pilot, "k")
        assert rendered == [mention.passage]


async def test_entities_pane_has_a_legend_for_colours_and_bars(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        legend = str(app.query_one("#legend").render())
        for word in ("person", "org", "place", "other", "where in the article"):
            assert word in legend
        entity_rows = option_texts(app.query_one(EntitiesList))
        assert all("┃" in row for row in entity_rows), "each entity shows where it is mentioned"
        await press(app, pilot, "question_mark")
        text = _help_text(app)
        for word in ("person", "organisation", "place", "other", "where in an article"):
            assert word in text


async def test_result_rows_say_hits_date_and_source(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text(
        '{"id": "one", "title": "Harbour reopens", "text": "The harbour reopens.\\n\\nShips return to the harbour.",'
        ' "source": "Coast Times", "date": "2024-05-01"}\n'
        '{"id": "two", "title": "Market day", "text": "Market day.\\n\\nThe harbour market opens.",'
        ' "source": "Town Post", "date": "2024-05-02"}\n', encoding="utf-8")
    app = ReaderApp(corpus, tmp_path / "index")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        rows = option_texts(app.results_list)
        assert "2024-05-01 · Coast Times" in rows[0] and "chars" not in rows[0]
        await press(app, pilot, "slash")
        await type_text(app, pilot, "harbour")
        rows = option_texts(app.results_list)
        harbour = next(r for r in rows if r.startswith("Harbour reopens"))
        market = next(r for r in rows if r.startswith("Market day"))
        hits = {a.title: len(a.passages) for a in app.ix.search("harbour", limit=10).articles}
        assert f"{hits['Harbour reopens']} hits · 2024-05-01 · Coast Times" in harbour
        assert "1 hit · 2024-05-02 · Town Post" in market


async def test_slash_then_typing_in_one_burst_lands_in_the_box_and_enter_waits_for_results(make_app, engine):
    # A terminal can deliver `/`, the query and Enter in one read (a fast typist, tmux send-keys).
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Shoigu", "enter")
        await settle(app, pilot)
        assert app.query_one(Input).value == "Shoigu"
        top = engine.search("Shoigu", limit=100).articles[0]
        assert (app.article_id, app.passage) == (top.article, top.best.passage)
        assert app.focused is app.article_view
        # In the box, `/` is a character.
        await press(app, pilot, "slash", "slash")
        assert app.query_one(Input).value == "Shoigu/"


async def test_palette_runs_an_action_of_the_article_view(make_app):
    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.passage == 0
        await press(app, pilot, "ctrl+p")
        await type_text(app, pilot, "Next passage")
        await pilot.pause(0.3)
        await press(app, pilot, "enter")
        assert app.passage == 1
