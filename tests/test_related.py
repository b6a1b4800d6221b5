"""Related passages: the engine's ranking and reasons on the seeds, and the
`related` sub-command (its JSON shape, its text output, and one clear line with
exit 2 for an unknown article or a passage out of range)."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import UnknownArticle
from corpus_tui.index.passage_terms import analyse, figures_disagree

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
A, B, C = "000_b63a4b959fc8c7e4.txt", "001_ed452c7c3a345e91.txt", "002_19ede879a1e1781d.txt"


@pytest.fixture(scope="module")
def ix(seeds_index_dir):
    with CorpusIndex.open(None, seeds_index_dir) as index:
        yield index


def cli(*args, cache: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    return subprocess.run([sys.executable, "-m", "corpus_tui.tui.cli", *args], capture_output=True, text=True,
                          env=env, timeout=120)


# -- the engine ------------------------------------------------------------------------------

def test_related_passages_are_in_other_articles_best_first(ix):
    result = ix.related(A, 4, limit=10)
    assert (result.article, result.passage) == (A, 4)
    assert result.text == ix.passage_text(A, 4)
    assert result.related and len(result.related) <= 10
    assert all(r.article != A for r in result.related)
    scores = [r.score for r in result.related]
    assert scores == sorted(scores, reverse=True)
    for r in result.related:
        assert r.text == ix.passage_text(r.article, r.passage)
        assert r.title == ix.article(r.article).title


def test_the_same_pledge_in_other_outlets_ranks_first(ix):
    # "expand cooperation with Russia in the spirit of the comprehensive strategic partnership"
    top = [(r.article, r.passage) for r in ix.related(A, 4, limit=3).related]
    assert (B, 7) in top


def test_every_result_says_why(ix):
    for article, passage in [(A, 1), (A, 4), (B, 5), (C, 4)]:
        for r in ix.related(article, passage, limit=5).related:
            assert r.shared_entities or r.shared_terms, (article, passage, r)


def test_reasons_are_readable_words_not_stems(ix):
    result = ix.related(A, 7, limit=3)  # the "trusting, friendly atmosphere" of the talks
    words = {w for r in result.related for w in r.shared_terms}
    assert words & {"trusting", "friendly", "atmosphere"}
    text = result.text.lower()
    assert all(w.lower() in text for w in words), words  # as written in the passage


def test_a_day_or_month_is_shown_with_its_capital_wherever_it_stands() -> None:
    # A capital that only marks a sentence start is dropped from a shown word ("Talks
    # resumed" -> "talks"), but a day's or a month's name is written with one in English.
    terms = analyse("Wednesday\u2019s talks in the harbour town resumed. Talks end in September.")
    shown = {terms.surface(stem) for stem in terms.counts}
    assert {"Wednesday", "September", "talks"} <= shown, shown


def test_shared_entities_are_names(ix):
    names = {e.name for e in ix.entities()}
    result = ix.related(A, 1, limit=10)
    shown = [n for r in result.related for n in r.shared_entities]
    assert shown and set(shown) <= names


def test_the_candidates_entities_in_one_query_agree_with_the_keys_and_their_entities(ix):
    """`passage_entities_of` (one query, as related asks it every call) gives per passage the
    entities its keys belong to, a key no entity holds standing for itself, and for each the
    number of articles naming it."""
    ix.entities()
    store = ix.store
    found, named_in = store.passage_entities_of([A, B])
    keys = store.passage_keys([A, B])
    entity_of = store.entity_of_keys(k for held in keys.values() for k in held)
    assert found == {where: {entity_of.get(k, k) for k in held} for where, held in keys.items()}
    articles = store.names_and_articles(named_in)
    assert named_in == {e: articles[e][1] if e in articles else 1 for e in named_in}
    assert any(n >= 2 for n in named_in.values())   # (the seeds share their people)


def test_limit_is_respected(ix):
    assert len(ix.related(A, 4, limit=10).related) >= 2
    assert len(ix.related(A, 4, limit=1).related) == 1


def test_at_most_one_passage_per_other_article(ix):
    for article, passage in [(A, 1), (A, 4), (B, 5), (C, 4)]:
        found = [r.article for r in ix.related(article, passage, limit=20).related]
        assert len(found) == len(set(found)), (article, passage, found)


def test_reasons_have_no_case_duplicates_no_entity_words_no_filler(ix):
    for article, passage in [(A, 1), (A, 4), (A, 8), (B, 5), (C, 4)]:
        for r in ix.related(article, passage, limit=10).related:
            lowered = [t.lower() for t in r.shared_terms]
            assert len(lowered) == len(set(lowered)), r.shared_terms
            name_words = {w.lower() for name in r.shared_entities for w in name.replace("-", " ").split()}
            assert not set(lowered) & name_words, (r.shared_terms, r.shared_entities)
            assert not set(lowered) & {"up", "get", "where", "between", "the", "said", "two"}, r.shared_terms


def test_a_passage_no_other_article_covers_has_an_empty_list(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Harbour report\n\nThe harbour authority approved a new ferry timetable for the winter season.\n\n"
        "Separately, a maternity ward at the district hospital will close for repairs in spring.\n",
        encoding="utf-8")
    (corpus / "b.txt").write_text(
        "Ferry news\n\nA new winter ferry timetable was approved by the harbour authority on Monday.\n\n"
        "The council also discussed parking charges near the station.\n", encoding="utf-8")
    (corpus / "c.txt").write_text(
        "Station plans\n\nParking near the station will cost more from next year, the council said.\n",
        encoding="utf-8")
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        assert [(r.article, r.passage) for r in index.related("a.txt", 1).related][:1] == [("b.txt", 1)]
        assert index.related("a.txt", 2).related == []


def test_one_stop_for_a_paragraph_repeated_in_one_article(ix):
    # The Reuters seed repeats its lead under the photo: the same text once per article.
    seen = [(r.article, r.text) for r in ix.related(B, 6, limit=20).related]
    assert len(seen) == len(set(seen))


def test_unknown_article_and_passage_out_of_range_raise(ix):
    with pytest.raises(UnknownArticle):
        ix.related("nope.txt", 0)
    with pytest.raises(UnknownArticle):
        ix.related(A, 99)


def test_a_passage_of_stop_words_only_has_no_related_passages(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A title\n\nIt is what it is.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Another title\n\nSomething else entirely here.\n", encoding="utf-8")
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        assert index.related("a.txt", 1).related == []


def test_analysis_folds_spellings_and_irregular_forms():
    british, american = analyse("the defence minister met"), analyse("the defense minister's meeting")
    assert set(british.counts) == set(american.counts)
    quoted = analyse('He said the talks were "warm and friendly" today.')
    assert {"warm", "friendli"} <= quoted.quoted and "todai" not in quoted.quoted


def test_a_number_with_separators_is_one_number():
    counts = analyse("Revs 3,350,000 vs 1,642,000; 4.02 billion; 350 mln; 12,500 jobs").counts
    assert {"3.35", "1.642", "4.02", "350", "12500"} <= set(counts)   # (the first two in millions)
    assert "000" not in counts and "642" not in counts and "500" not in counts


@pytest.mark.parametrize("written", ["1.2 billion dlrs", "1,200 mln dlrs", "$1.2bn", "US$1.2 billion",
                                     "1.2 bln dollars", "1,200,000,000 dollars"])
def test_an_amount_is_one_figure_however_an_outlet_writes_it(written):
    terms = analyse(f"Varnex sold its mills for {written}.")
    assert {"1.2", "billion", "dollar"} <= set(terms.counts), terms.order
    assert not {"1200", "1200000000", "bn"} & set(terms.counts)


@pytest.mark.parametrize("one, other", [("two-fifths of the cost", "40 pct of the cost"),
                                        ("a third of the shares", "33 percent of the shares")])
def test_a_share_written_as_a_fraction_is_the_same_terms_as_its_percentage(one, other):
    assert analyse(one).counts == analyse(other).counts


def test_a_quarter_of_a_year_is_no_share():
    assert "percent" not in analyse("first quarter profit rose").counts


def _among_unrelated_articles(tmp_path: Path, articles: dict[str, str]) -> Path:
    """A corpus folder of `articles` (name -> text) and eight short articles on other
    subjects, so that a candidate has a crowd to stand out from."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for n, subject in enumerate(["orchard", "violin", "glacier", "tram", "vineyard", "chess", "bakery", "comet"]):
        (corpus / f"other{n}.txt").write_text(f"{subject.title()}\n\nThe {subject} drew visitors on Sunday.\n",
                                              encoding="utf-8")
    return corpus


def test_a_unit_read_from_a_figure_is_no_reason_of_its_own(tmp_path):
    corpus = _among_unrelated_articles(tmp_path, {
        "wire.txt": "Mills sold\n\nVarnex agreed to sell its Orrin paper mills to Tessel for $1.2bn on Monday.\n",
        "paper.txt": "VARNEX TO SELL MILLS\n\nVarnex will sell its Orrin paper mills to Tessel for 1.2 billion "
                     "dlrs.\n"})
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        rows = index.related("wire.txt", 1).related
    assert rows and not {"$", "1.2bn"} & set(rows[0].shared_terms), rows


@pytest.mark.parametrize("one, other", [("five and a half per cent", "5.50 pct"),
                                        ("six and three-quarter years", "six years and nine months"),
                                        ("two-and-a-half hours", "2.5 hours"),
                                        ("one and a half million euros", "EUR 1.5 mln")])
def test_a_whole_number_and_its_fraction_are_one_figure(one, other):
    assert analyse(one).counts == analyse(other).counts


@pytest.mark.parametrize("one, other", [("twenty-two ballots", "22 ballots"),
                                        ("two hundred and fifty homes", "250 homes"),
                                        ("nineteen thousand euros", "19,000 euros"),
                                        ("three thousand five hundred jobs", "3,500 jobs")])
def test_a_number_written_in_words_is_one_figure(one, other):
    assert analyse(one).counts == analyse(other).counts


def test_number_words_that_make_no_number_stay_apart():
    # (a list of numbers, or two numbers side by side, are not one number)
    assert {"2", "1"} <= set(analyse("two one-day matches").counts)
    assert {"1", "2", "3"} <= set(analyse("one, two three").counts)


def test_per_cent_is_shown_as_written():
    # (the reasons and the compare view show a shared word as the passage writes it)
    terms = analyse("Prices rose 5.5 per cent in May.")
    assert "percent" in terms.counts and terms.surface("percent") == "per cent"


def test_a_fraction_word_alone_is_no_figure():
    # (only after a number and "and": a "half-brother" and "three quarters" stay words)
    assert "half" in analyse("he and a half-brother").counts
    assert "1.5" not in analyse("He won one race and half the prizes").counts


@pytest.mark.parametrize("one, other, disagree", [
    ("The trial ran for 41 hearing days.", "It lasted 23 hearing days and heard 48 witnesses.", True),
    ("About 1,150 jobs were lost.", "More than 1,100 jobs went.", False),           # (rounded: one fact)
    ("It lasted 41 hearing days and heard 48 witnesses.", "It heard 48 witnesses over 23 hearing days.", False),
    ("Crews saved 44 miners.", "Rescuers brought up 57 miners and 12 horses.", True),
    ("The bid was 220 mln dlrs, 30 pct over the price.", "It bid 50 dlrs a share, 25 pct over the price.", False),
    ("Two of the seven members voted against.", "The vote was five members to two.", False),
])
def test_figures_of_one_counted_thing_that_differ_are_two_facts(one, other, disagree):
    # Money and shares are left out: one story's passages give many sums and percentages.
    assert figures_disagree(analyse(one), analyse(other)) is disagree


def test_a_passage_with_another_count_of_the_same_thing_is_not_listed(tmp_path):
    corpus = _among_unrelated_articles(tmp_path, {
        "trial.txt": "Tarvel trial ends\n\nThe fraud trial of the Tarvel haulage chief ran for 41 hearing days in "
                     "the regional court.\n",
        "other_trial.txt": "Quorne acquitted\n\nThe tax trial of the shipbroker Quorne ran for 23 hearing days in "
                           "the regional court.\n"})
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        assert not index.related("trial.txt", 1).related
        (corpus / "other_trial.txt").write_text("Quorne acquitted\n\nThe tax trial of the shipbroker Quorne ran "
                                                "for 41 hearing days in the regional court.\n", encoding="utf-8")
        index.sync()
        assert [row.article for row in index.related("trial.txt", 1).related] == ["other_trial.txt"]


def test_a_figure_in_metres_is_no_amount_but_a_sign_makes_one():
    assert "million" not in analyse("She won the 100m race in Oslo.").counts
    assert {"sterling", "350", "million"} <= set(analyse("Sales reached £350m last year.").counts)
    assert {"euro", "1.5", "million"} <= set(analyse("a fine of EUR 1.5 mln").counts)


def test_a_ticker_in_angle_brackets_is_no_term():
    # "<VRNX>" repeats the company's name, which counts through its entity.
    counts = analyse("Varnex Corp <VRNX> and Tessel Inc <TSL.N> cut prices").counts
    assert not {"vrnx", "tsl", "tsl.n", "n"} & set(counts)
    assert {"cut", "price"} <= set(counts)


def test_a_tables_trailing_zeros_do_not_make_another_number():
    # A wire's table writes "84.0" and "1.50" where its story writes "84" and "1.5".
    table, story = analyse("Pretax profit 84.0 mln vs 1.50 mln"), analyse("a pretax profit of 84 mln, against 1.5 mln")
    assert {"84", "1.5"} <= set(table.counts) & set(story.counts)
    assert {"10", "100", "0"} <= set(analyse("up 10.0 pct to 100.00, from 0.0").counts)


def test_a_lead_is_answered_by_the_other_outlets_lead(ix):
    # Both leads report Kim receiving Shoigu; the other article is listed with its
    # lead, not with its title line or a later passage that names the same people.
    assert (B, 1) in [(r.article, r.passage) for r in ix.related(A, 1, limit=3).related]
    assert (A, 1) in [(r.article, r.passage) for r in ix.related(B, 1, limit=3).related]


# -- the command line --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def cli_env(tmp_path_factory):
    base = tmp_path_factory.mktemp("related-cli")
    return base / "ix", base / "cache"


def test_cli_json_shape(cli_env):
    index, cache = cli_env
    result = cli("related", A, "4", "--limit", "3", "--json", "--index", str(index), cache=cache)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"passage", "related"}
    assert data["passage"] == {"article": A, "passage": 4, "text": data["passage"]["text"]}
    assert "comprehensive strategic partnership" in data["passage"]["text"]
    assert 1 <= len(data["related"]) <= 3
    for r in data["related"]:
        assert {"article", "passage", "text", "score", "shared_entities", "shared_terms"} <= set(r)
        assert isinstance(r["article"], str) and r["article"] != A
        assert isinstance(r["passage"], int) and isinstance(r["text"], str)
        assert isinstance(r["score"], float)
        assert all(isinstance(x, str) for x in r["shared_entities"] + r["shared_terms"])
        assert r["shared_entities"] or r["shared_terms"]


def test_cli_text_output_shows_reasons(cli_env):
    index, cache = cli_env
    result = cli("related", A, "4", "--limit", "2", "--index", str(index), cache=cache)
    assert result.returncode == 0, result.stderr
    assert "terms:" in result.stdout or "entities:" in result.stdout


@pytest.mark.parametrize("args, needle", [
    (["no-such-article.txt", "1"], "no-such-article.txt"),
    ([A, "99"], "99"),
])
def test_cli_bad_article_or_passage_is_one_line_exit_2(cli_env, args, needle):
    index, cache = cli_env
    result = cli("related", *args, "--index", str(index), cache=cache)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in result.stderr


def test_cli_negative_passage_is_a_usage_error(cli_env):
    index, cache = cli_env
    result = cli("related", A, "-1", "--index", str(index), cache=cache)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_another_form_of_a_word_counts_as_shared() -> None:
    # "suspension" and "suspended" stem apart ("suspens", "suspend"): one fact in other words.
    from corpus_tui.index.passage_terms import family_overlap

    asked = analyse("The suspension of crude shipments will last four months.")
    weights = dict.fromkeys(asked.counts, 1.0)
    same_fact = dict.fromkeys(analyse("Officials suspended crude exports.").counts, 1.0)
    other_fact = dict.fromkeys(analyse("Officials raised crude exports.").counts, 1.0)
    assert family_overlap(asked.counts, weights, same_fact) == 1.0
    assert family_overlap(asked.counts, weights, other_fact) == 0.0


def test_two_reports_of_one_event_are_one_story_and_two_events_on_one_topic_are_not() -> None:
    # The story similarity lets a fact told in other words through when the whole
    # articles report one event; two strikes at two ports share the topic's words only.
    import math

    from corpus_tui.index import related
    from corpus_tui.index.corpus import split_passages
    from corpus_tui.index.model import Article
    from corpus_tui.index.passage_terms import story_similarity

    def article(name: str, text: str) -> Article:
        return Article(name, text.splitlines()[0], text, passages=split_passages(text))

    asked = article("a", "Dockers strike at Varnholm\n\nDockers at the port of Varnholm walked out on Monday over "
                    "a pay offer of four percent, halting grain and timber cargoes.\n\nThe Brekke dockers' union "
                    "said its members would not attend Thursday's mediation session.\n\nShips queued in the "
                    "fjord as cranes stood idle.")
    same_event = article("b", "Varnholm port at a standstill\n\nA walkout by dockworkers over a four percent pay "
                         "offer has stopped timber and grain loading at Varnholm since Monday.\n\nThe Brekke "
                         "union will skip the mediation talks this week, a spokesman said.\n\nIdle cranes and a "
                         "queue of ships in the fjord.")
    same_topic = article("c", "Strike at Oslund airport\n\nBaggage handlers at Oslund airport walked out on "
                         "Friday over a pay offer, delaying flights.\n\nTheir union said it would attend talks "
                         "with the airport's owners next week.")
    texts = {a.id: a for a in (asked, same_event, same_topic)}
    analysed = {(a.id, i): analyse(a.passage_text(i)) for a in (same_event, same_topic) for i in range(len(a.passages))}
    own: dict[str, int] = {}
    for i in range(len(asked.passages)):
        for stem, n in analyse(asked.passage_text(i)).counts.items():
            own[stem] = own.get(stem, 0) + n
    every = [analyse(a.passage_text(i)).counts for a in texts.values() for i in range(len(a.passages))]
    df = {stem: sum(stem in counts for counts in every) for counts in every for stem in counts}
    idf = {stem: math.log(1 + len(every) / n) for stem, n in df.items()}
    # The same report with its lead repeated (under a photo): the repeat is left out of
    # the analysed passages, and the article is still compared as a whole.
    repeated = article("d", same_event.text + "\n\n" + same_event.passage_text(1))
    texts["d"] = repeated
    analysed.update({("d", i): analyse(repeated.passage_text(i)) for i in range(len(repeated.passages) - 1)})
    story = story_similarity(own, analysed, texts, {"d": 1}, idf, df)
    assert story["b"] >= related.STORY_MIN > story["c"]
    assert story["d"] >= related.STORY_MIN


def test_a_table_line_and_the_sentence_with_its_two_figures_are_related(tmp_path):
    # Other firms' results share the sentence's words; only the two figures tell which
    # table line reports the same result as the sentence.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(7)
    lines = ["publisher earnings", "advertising revenue", "pre-tax profit", "half-year sales", "newsprint costs",
             "magazine income", "television profit", "radio revenue", "printing costs", "interest charges",
             "circulation income", "property sales"]
    for n in range(40):
        a, b = rng.randint(10, 99), rng.randint(10, 99)
        (corpus / f"firm{n:02d}.txt").write_text(
            f"Firm {n} results\n\nIt said " + " and ".join(rng.sample(lines, 4))
            + f" rose {a} pct to {a}.{b} mln from {b}.{a} mln.\n", encoding="utf-8")
    (corpus / "table.txt").write_text(
        "Half-year results\n\nShr 31 cts vs 27 cts\n\nPre-tax 48.30 mln dlrs vs 44.29 mln\n\n"
        "Net 25.94 mln vs 25.35 mln\n\nRevs 412.5 mln vs 398.1 mln\n\nAvg shrs 81.2 mln vs 80.9 mln\n\n"
        "Interim div 11 cts vs ten cts\n", encoding="utf-8")
    (corpus / "story.txt").write_text(
        "Profit up\n\nIt said publisher earnings, advertising revenue, magazine income, radio revenue, "
        "circulation income and pre-tax profit rose 9.1 pct to 48.30 mln from 44.29 mln.\n\n"
        "The chairman thanked staff at the annual meeting, held this year in a converted mill by the river.\n\n"
        "Shares closed two cents firmer in thin trade ahead of the holiday weekend.\n", encoding="utf-8")
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        listed = [(r.article, r.passage) for r in index.related("story.txt", 1).related]
        assert listed[:1] == [("table.txt", 2)]



_FERRY_LEAD = ("The harbour authority, which also agreed a budget for dredging the outer channel, new lighting on "
               "the pier and a survey of the old breakwater, approved the winter ferry timetable.\n\n"
               "Fares will stay the same, a spokesman said.\n")


@pytest.mark.parametrize("first_line, partner", [
    # A title shares what the lead shares, in fewer words; the lead says it in full.
    ("Harbour authority approves winter ferry timetable", 1),
    # A plain-text article without a title: its first line is its lead, and may stand for it.
    ("The harbour authority approved the winter ferry timetable with two late crossings.", 0),
])
def test_a_title_stands_for_its_article_only_for_an_asked_title(tmp_path, first_line, partner):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Island news\n\nThe island council met on Tuesday to discuss parking near the school.\n\n"
        "The harbour authority approved a new winter ferry timetable, adding two late crossings.\n",
        encoding="utf-8")
    (corpus / "b.txt").write_text(f"{first_line}\n\n{_FERRY_LEAD}", encoding="utf-8")
    (corpus / "c.txt").write_text(
        "Station plans\n\nParking near the station will cost more from next year, the council said.\n",
        encoding="utf-8")
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        assert [(r.article, r.passage) for r in index.related("a.txt", 2).related][:1] == [("b.txt", partner)]


def test_one_candidate_far_ahead_of_a_busy_crowd_is_listed_alone(tmp_path):
    # Forty plant notes each share a few of the asked passage's rare words, so no candidate
    # stands out from the crowd by the usual measure, and the other report is not the same
    # story as a whole (most of it is about other things); but it names the same people and
    # shares the most, far ahead of the next: it is listed, and only it.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(3)
    parts = ["refinery", "desulphuriser", "catalytic", "cracker", "hydrotreater", "storage", "bitumen", "naphtha",
             "jetty", "flare", "boiler", "reformer"]
    for n in range(40):
        (corpus / f"note{n:02d}.txt").write_text(
            "Site note\n\nEngineers at the site inspected the " + ", the ".join(rng.sample(parts, 4)) + " last week.\n",
            encoding="utf-8")
    (corpus / "story.txt").write_text(
        "Refinery plan\n\nVelmar Holdings chairman Anton Greave said the refinery would get a new desulphuriser, "
        "catalytic cracker, hydrotreater, storage for bitumen and naphtha, a jetty, a flare, a boiler and a "
        "reformer.\n\nThe company's shares rose in early trade.\n", encoding="utf-8")
    unrelated = ["Separately, the group's shipping arm ordered two tankers, and its retail chain opened forty "
                 "petrol stations.", "The football club it sponsors won the cup final on penalties after a "
                 "goalless draw.", "The orchestra's violinists tuned harpsichords and cellos before the overture.",
                 "Gardeners pruned rhododendrons, azaleas and camellias in the arboretum's greenhouse.",
                 "Astronomers photographed nebulae, quasars and comets through the observatory's telescope.",
                 "Bakers kneaded sourdough, brioche and focaccia in the patisserie's ovens."]
    (corpus / "report.txt").write_text(
        "Velmar to expand\n\nAnton Greave told shareholders that Velmar will add a desulphuriser, a catalytic "
        "cracker and a hydrotreater.\n\n" + "\n\n".join(unrelated) + "\n", encoding="utf-8")
    # (the unrelated words written elsewhere too, so that they weigh in the two articles' likeness)
    (corpus / "weekend.txt").write_text("Weekend\n\n" + " ".join(unrelated) + "\n", encoding="utf-8")
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        assert [(r.article, r.passage) for r in index.related("story.txt", 1).related] == [("report.txt", 1)]


def test_a_figure_written_with_thousands_commas_is_one_term_of_the_index(tmp_path):
    # The index reads "258,125" as one term, as `related` does: a rare figure is looked up
    # whole, not as the "258" and "125" that other tables hold too.
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    rng = random.Random(11)
    for n in range(40):
        a, b = rng.randint(100, 999), rng.randint(100, 999)
        (corpus / f"firm{n:02d}.txt").write_text(
            f"Firm {n} results\n\nNet profit {a},{b} vs profit {b},{a}\n\nRevs {b},125 vs {a},258\n",
            encoding="utf-8")
    (corpus / "table.txt").write_text(
        "Quarter results\n\nShr 14 cts vs 12 cts\n\nNet profit 258,125 vs profit 164,553\n", encoding="utf-8")
    (corpus / "story.txt").write_text(
        "Sales increase\n\nThe company posted total revenues for the year of 4,255,731, and net profit of 258,125, "
        "against 164,553 a year earlier.\n", encoding="utf-8")
    with CorpusIndex.open(corpus, tmp_path / "ix") as index:
        assert {hits.article for hits in index.search("258,125").articles} == {"table.txt", "story.txt"}
        listed = [(r.article, r.passage) for r in index.related("story.txt", 1).related]
        assert listed[:1] == [("table.txt", 2)]

