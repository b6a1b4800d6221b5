"""Pilot tests of the reader's exploring keys on a real index of a small JSONL corpus with
dates and sources (written here): dates and sources in rows, `s` sorting the results and
the trace, the trace's timeline, the concordance (`w`), the entities filter (`f`), who
appears with whom (`a`), and type-ahead in the search box."""
from __future__ import annotations

import json

import pytest
from pilot_helpers import press, settle, type_query
from textual.widgets import Input, OptionList

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.tui.app import ReaderApp
from corpus_tui.tui.cooccur_view import CooccurScreen, PartnerOption
from corpus_tui.tui.dates import parse_date, sort_articles, timeline
from corpus_tui.tui.kwic_view import KwicScreen, LineOption
from corpus_tui.tui.panes.search import SEARCH_ARTICLES
from corpus_tui.tui.panes.strip import related_jumps
from corpus_tui.tui.typeahead import live_query

SIZE = (140, 40)

ROWS = [
    ("Harbour deal signed", "2024-03-04", "Coast Post",
     "Minister Anna Keller met Tomas Brandt in Lisbon on Monday.\n\nKeller said the harbour deal with the "
     "Atlantic Shipping Company would bring jobs.\n\nBrandt said talks would continue."),
    ("Talks resume in Porto", "2024-01-15", "Daily Ledger",
     "Anna Keller travelled to Porto for talks with the Atlantic Shipping Company.\n\nThe company said the "
     "harbour plan was sound."),
    ("Opposition criticises harbour plan", "2024-05-20", "Agency Wire",
     "Tomas Brandt criticised the harbour plan in Lisbon.\n\nBrandt said Keller had promised too much."),
    ("Weather turns", "", "", "Rain fell across the coast on Tuesday.\n\nFishermen stayed in port as the harbour "
     "closed."),
    ("Keller visits Madrid", "2024-03-18", "Agency Wire",
     "Anna Keller visited Madrid to meet Elena Ruiz.\n\nRuiz said the Atlantic Shipping Company was welcome."
     "\n\nKeller and Ruiz spoke about the harbour."),
]
IDS = [f"news.jsonl#{i}" for i in range(len(ROWS))]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated")
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps({"title": t, "date": d, "source": s, "text": b}) + "\n"
                            for t, d, s, b in ROWS), encoding="utf-8")
    index_dir = folder / "index"
    with CorpusIndex.open(path, index_dir):
        pass
    return path, index_dir


@pytest.fixture
def engine(corpus):
    with CorpusIndex.open(corpus[0], corpus[1], sync=False) as ix:
        yield ix


@pytest.fixture
def app(corpus):
    return ReaderApp(corpus[0], corpus[1])


def texts(widget: OptionList) -> list[str]:
    return [str(widget.get_option_at_index(i).prompt) for i in range(widget.option_count)]


# -- dates and sources, and the order of rows ------------------------------------------------


async def test_rows_show_date_and_source_and_s_cycles_rank_date_source(app):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        rows = texts(app.results_list)
        assert "2024-03-04 · Coast Post" in rows[0]
        assert app.result_ids == IDS
        await press(app, pilot, "s")
        # Oldest first; the article without a date last.
        assert app.result_ids == [IDS[1], IDS[0], IDS[4], IDS[2], IDS[3]]
        assert "by date" in str(app.query_one("#query-status").content)
        await press(app, pilot, "s")
        assert app.result_ids == [IDS[2], IDS[4], IDS[0], IDS[1], IDS[3]]
        await press(app, pilot, "s")
        assert app.result_ids == IDS
        # Search results carry them too, and sort the same way.
        app.search_pane.set_query("harbour")
        await settle(app, pilot)
        assert any("2024-05-20 · Agency Wire" in row for row in texts(app.results_list))
        await press(app, pilot, "s")
        dates = [app.search_pane.about[a][0] for a in app.result_ids]
        assert [d for d in dates if d] == sorted(d for d in dates if d) and dates[-1] == ""


async def test_trace_headers_have_dates_a_timeline_and_s_orders_the_walk(app, engine):
    keller = engine.find_entity("Anna Keller")
    mentions = engine.trace(keller).mentions
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.trace_entity(keller.id)
        await settle(app, pilot)
        rows = texts(app.strip.jump_list)
        # A timeline of the mentions per week (they span two months), then one heading per article.
        assert rows[0].startswith("per week 2024-01-15 ")
        assert "2024-03-04 · Coast Post" in "".join(rows)
        corpus_order = [j.article for j in app.strip.trace.jumps]
        assert corpus_order == [m.article for m in mentions]
        await press(app, pilot, "s")
        about = engine.article_about(corpus_order)
        walked = list(dict.fromkeys(j.article for j in app.strip.trace.jumps))
        assert walked == sorted(walked, key=lambda a: about[a][0])
        assert "by date" in app.strip.border_subtitle
        # o walks in the order shown: the oldest article first.
        await press(app, pilot, "o")
        assert app.article_id == walked[0]


async def test_related_rows_show_date_and_source(engine):
    related = engine.related(IDS[0], 1)
    about = engine.article_about(r.article for r in related.related)
    jumps = related_jumps(IDS[0], 1, related, None, about)
    for row, r in zip(jumps.rows, related.related, strict=False):
        date, source = about[r.article]
        if date:
            assert f"{date} · {source}" in str(row.prompt)


def test_timeline_buckets_by_week_month_or_year():
    week = timeline(["2024-03-04", "2024-03-06", "2024-03-20", ""])
    assert week is not None and week.unit == "week" and week.counts == [2, 0, 1] and week.undated == 1
    assert week.first == "2024-03-04" and week.spark() == "█·▄"
    month = timeline(["2024-01", "2024-03-05", "2024-03-09"])
    assert month is not None and month.unit == "month" and month.counts == [1, 0, 2]
    years = timeline(["1987-02-26", "2001-05-01"], width=10)
    assert years is not None and years.unit == "year" and sum(years.counts) == 2 and len(years.counts) <= 10
    assert timeline(["", "unknown"]) is None
    assert parse_date("2024-02-30") == (2024, 2, None)
    assert sort_articles(["b", "a", "c"], lambda x: x, {"a": ("2020", "Z"), "b": ("2019", "")}, "source") == \
        ["a", "b", "c"]


# -- the concordance ----------------------------------------------------------------------------


async def test_concordance_aligns_sorts_lists_collocates_and_enter_jumps(app, engine):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.search_pane.set_query("harbour")
        await settle(app, pilot)
        await press(app, pilot, "w")
        screen = app.screen
        assert isinstance(screen, KwicScreen)
        lines = screen.query_one("#kwic-lines", OptionList)
        expected = engine.kwic("harbour", width=80)
        assert lines.option_count == expected.total == len(expected.lines)
        rows = [lines.get_option_at_index(i).prompt for i in range(lines.option_count)]
        # Aligned: every match starts in the same column, and is the word searched.
        starts = {(span.start, str(row)[span.start:span.end].lower()) for row in rows for span in row.spans}
        assert len(starts) == 1 and starts.pop()[1] == "harbour"
        assert texts(screen.query_one("#kwic-collocates", OptionList))[0].startswith(expected.collocates[0].term)
        await press(app, pilot, "s")
        assert screen.order == "left"
        by_left = engine.kwic("harbour", width=80, order="left")
        assert [o.line for o in (lines.get_option_at_index(i) for i in range(lines.option_count))
                if isinstance(o, LineOption)] == by_left.lines
        await press(app, pilot, "s")
        assert screen.order == "right"
        # Enter on the second line: the view closes on its passage, and the jump is in the history.
        before = app.article_id
        lines.highlighted = 1
        chosen = lines.get_option_at_index(1)
        assert isinstance(chosen, LineOption)
        await press(app, pilot, "enter")
        assert not isinstance(app.screen, KwicScreen)
        assert (app.article_id, app.passage) == (chosen.line.article, chosen.line.passage)
        assert app.marks.current == (chosen.line.start, chosen.line.end)
        assert app.history.can_go_back
        await press(app, pilot, "alt+left")
        assert app.article_id == before


async def test_concordance_asks_for_a_word_when_there_is_none(app, engine):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "w")
        screen = app.screen
        assert isinstance(screen, KwicScreen) and isinstance(screen.focused, Input)
        await pilot.press(*"said")
        await press(app, pilot, "enter")
        assert screen.query_one("#kwic-lines", OptionList).option_count == engine.kwic("said").total
        await press(app, pilot, "escape")
        assert not isinstance(app.screen, KwicScreen)


# -- entities by type, who appears with whom -------------------------------------------------------


async def test_f_filters_the_entities_by_type(app, engine):
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        everyone = engine.article_entities(IDS[0])
        listing = app.entities_pane.entity_list
        assert listing.option_count == len(everyone)
        for kind, word in (("PERSON", "person"), ("ORG", "organisation"), ("PLACE", "place")):
            await press(app, pilot, "f")
            wanted = [e for e, _ in everyone if e.type == kind]
            assert [listing.get_option_at_index(i).entity for i in range(listing.option_count)] == wanted
            assert app.entities_pane.border_title == f"Entities: {word} ({len(wanted)}/{len(everyone)})"
        await press(app, pilot, "f")
        assert listing.option_count == len(everyone)
        assert app.entities_pane.border_title == f"Entities ({len(everyone)})"


async def test_a_lists_who_appears_with_the_traced_entity_and_enter_searches_both(app, engine):
    keller, partners = engine.cooccurring("Anna Keller")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await press(app, pilot, "a")  # nothing traced, cursor on the title: nothing to ask about
        assert not isinstance(app.screen, CooccurScreen)
        app.trace_entity(keller.id)
        await settle(app, pilot)
        await press(app, pilot, "a")
        screen = app.screen
        assert isinstance(screen, CooccurScreen)
        box = screen.query_one("#cooccur-box", OptionList)
        shown = [box.get_option_at_index(i) for i in range(box.option_count)]
        assert [o.entity.id for o in shown if isinstance(o, PartnerOption)] == [c.entity.id for c in partners]
        assert f"{partners[0].passages} passage(s) together" in str(shown[0].prompt)
        await press(app, pilot, "enter")
        assert not isinstance(app.screen, CooccurScreen)
        query = f"entity:{keller.id} entity:{partners[0].entity.id}"
        assert app.query_one("#query", Input).value == query
        assert app.result_ids == [a.article for a in engine.search(query, limit=100).articles]
        assert app.result_ids


# -- type-ahead --------------------------------------------------------------------------------------


def test_live_query_makes_the_last_plain_word_a_prefix():
    assert live_query("Sho") == "Sho*"
    assert live_query("meeting Sho") == "meeting Sho*"
    for as_written in ("S", "Sh", "UN", "Sho*", "Sho~", '"Sho', "title:Sho", "harbour AND", "x OR", "G7", ""):
        assert live_query(as_written) == as_written


async def test_typing_a_prefix_finds_the_name_and_enter_runs_it_as_written(seeds_index_dir):
    app = ReaderApp(None, seeds_index_dir)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "Sho")
        assert app.result_ids
        assert all("Shoigu" in row for row in texts(app.results_list))
        assert "typing: Sho*" in str(app.query_one("#query-status").content)
        await press(app, pilot, "enter")
        assert app.result_ids == []  # "Sho" as written is no word of the corpus
        assert app.search_pane.effective == "Sho"


async def test_results_come_before_the_count_which_follows(tmp_path):
    """Where counting reads every match (a query Whoosh answers itself, as a sloppy
    phrase): the app shows the top articles first, says it is counting, and puts the
    exact total in the status line when the count is done. A query answered over
    posting arrays comes counted at once."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(400):
        # More matching passages than the app ranks at once (the count is not free then).
        paragraphs = [f"Harbour report {n}"] + [f"The harbour board met on day {n}, part {p}." for p in range(16)]
        (corpus / f"report-{n:03}.txt").write_text("\n".join(paragraphs) + "\n")
    with CorpusIndex.open(corpus, tmp_path / "index"):
        pass
    app = ReaderApp(corpus, tmp_path / "index")
    statuses_when_counting: list[str] = []
    assert app.ix is not None
    real_count = app.ix.count_articles

    def spy(text, should_stop=None, expansions=None):
        statuses_when_counting.append(str(app.query_one("#query-status").content))
        return real_count(text, should_stop, expansions)

    app.ix.count_articles = spy  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await type_query(app, pilot, "harbour board")
        assert not statuses_when_counting
        status = str(app.query_one("#query-status").content)
        assert status.startswith(f"400 article(s), top {SEARCH_ARTICLES}"), status
        await type_query(app, pilot, '"harbour board"~2')
        # (Pilot waits for the app between keys: each key's search is shown, then counted.)
        assert statuses_when_counting
        assert all(s.startswith(f"top {SEARCH_ARTICLES} of ") and "counting…" in s for s in statuses_when_counting)
        status = str(app.query_one("#query-status").content)
        assert status.startswith(f"400 article(s), top {SEARCH_ARTICLES}"), status
        assert texts(app.results_list)[-1] == f"… {400 - SEARCH_ARTICLES} more (Enter)"


async def test_a_search_made_stale_by_the_next_key_is_cancelled(seeds_index_dir):
    app = ReaderApp(None, seeds_index_dir)
    searched: list[str] = []
    assert app.ix is not None
    real_search = app.ix.search

    def spy(text, *args, **kwargs):
        searched.append(text)
        return real_search(text, *args, **kwargs)

    app.ix.search = spy  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        before = len(app.timings.search)
        # Two keys within the debounce: the second search cancels the first before it queries.
        app.search_pane.start_search("Sho")
        app.search_pane.start_search("Shoigu")
        await settle(app, pilot)
        assert searched == ["Shoigu*"]
        assert len(app.timings.search) == before + 1
