"""Search on the bundled seeds: Whoosh's query language, passages grouped by article,
snippets with the hits marked."""
from pathlib import Path

import pytest

from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.errors import QueryError
from corpus_tui.index.search import mark

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ALL = {p.name for p in SEEDS.glob("*.txt")}


@pytest.fixture(scope="module")
def ix(tmp_path_factory):
    index = CorpusIndex.open(SEEDS, tmp_path_factory.mktemp("ix"))
    yield index
    index.close()


def articles(ix, query, **kw) -> set[str]:
    return {a.article for a in ix.search(query, limit=100, **kw).articles}


def passages_containing(ix, needle: str) -> set[str]:
    return {a.id for a in (ix.article(i) for i in ALL) if needle.lower() in a.text.lower()}


def test_a_surname_finds_all_five_articles(ix):
    result = ix.search("Shoigu")
    assert {a.article for a in result.articles} == ALL
    assert result.total == 5


def test_articles_are_ranked_by_their_best_passage_and_passages_best_first(ix):
    result = ix.search("Shoigu", passages_per_article=3)
    scores = [a.score for a in result.articles]
    assert scores == sorted(scores, reverse=True)
    for hits in result.articles:
        assert hits.score == hits.best.score
        assert [h.score for h in hits.passages] == sorted((h.score for h in hits.passages), reverse=True)
        assert len(hits.passages) <= 3


def test_limit_caps_articles_but_total_counts_all(ix):
    result = ix.search("Shoigu", limit=2)
    assert len(result.articles) == 2 and result.total == 5


def test_a_phrase_matches_only_the_words_in_order(ix):
    phrase = articles(ix, '"strategic partnership"')
    assert phrase and phrase == passages_containing(ix, "strategic partnership")
    assert articles(ix, '"partnership strategic"') == set()


def test_not_excludes_articles_whose_passage_has_the_term(ix):
    with_kursk = articles(ix, "Shoigu Kursk")
    assert with_kursk
    for hits in ix.search("Shoigu NOT Kursk", limit=100).articles:
        for hit in hits.passages:
            text = ix.passage_text(hit.article, hit.passage)
            assert "Shoigu" in text and "Kursk" not in text


def test_fuzzy_and_wildcard_terms(ix):
    assert articles(ix, "Shoygu~") == ALL  # one edit away
    assert articles(ix, "Shoi*") == ALL
    assert articles(ix, "Shoygu") == set()


def test_or_and_default_and(ix):
    both = articles(ix, "Kursk Wednesday")
    either = articles(ix, "Kursk OR Wednesday")
    assert both <= either and both != either or both == either == set()
    assert articles(ix, "Kursk OR zeppelinology") == articles(ix, "Kursk")


def test_title_field(ix):
    in_titles = {i for i in ALL if "security" in ix.article(i).title.lower()}
    assert in_titles and articles(ix, "title:security") == in_titles


def test_snippets_mark_every_matched_word_and_phrases_as_one(ix):
    hit = ix.search('"strategic partnership"').articles[0].best
    marked = mark(hit.snippet, hit.snippet_spans).lower()
    assert "**strategic partnership**" in marked
    hit = ix.search("Shoygu~").articles[0].best
    assert "**shoigu**" in mark(hit.snippet, hit.snippet_spans).lower()


def test_hit_spans_point_into_the_article_text(ix):
    for hits in ix.search("Shoigu OR Pyongyang", limit=100).articles:
        text = ix.article(hits.article).text
        for hit in hits.passages:
            assert hit.spans
            assert all(text[s.start:s.end] in ("Shoigu", "Pyongyang") for s in hit.spans)


def test_article_hits_lists_every_matching_passage_in_order(ix):
    article = "001_ed452c7c3a345e91.txt"
    hits = ix.article_hits("Shoigu", article)
    expected = [p.number for p in ix.article(article).passages if "Shoigu" in ix.passage_text(article, p.number)]
    assert [h.passage for h in hits] == expected


@pytest.mark.parametrize("query, message", [
    ('"strategic partnership', "unbalanced quote"),
    ("(Shoigu OR Kim", "unbalanced parenthesis"),
    ("Shoigu)", "unbalanced parenthesis"),
    ("AND Shoigu", "operator AND"),
    ("Shoigu OR", "operator OR"),
    ("author:someone", "unknown field"),
    ("title:", "after the colon"),
    ("   ", "empty query"),
    ("the of and", "no searchable words"),
])
def test_queries_that_do_not_parse_say_why(ix, query, message):
    with pytest.raises(QueryError, match=message):
        ix.search(query)


def test_the_count_can_follow_the_results_and_be_called_off(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(300):
        # More matching passages than one ranking window and one count chunk hold.
        lines = [f"Harbour report {n}"] + [f"The harbour board met on day {n}, part {p}." for p in range(16)]
        (corpus / f"report-{n:03}.txt").write_text("\n".join(lines) + "\n")
    with CorpusIndex.open(corpus, tmp_path / "index") as ix:
        # Answered over posting arrays: counted exactly in the same pass, asked or not.
        quick = ix.search("harbour", limit=10, count=False)
        assert quick.counted and quick.total == 300
        assert ix.count_articles("harbour") == 300
        # Answered by Whoosh (a sloppy phrase): the count is a second pass, on request.
        sloppy = '"harbour board"~2'
        quick = ix.search(sloppy, limit=10, count=False)
        assert not quick.counted and 10 <= quick.total < 300
        exact = ix.search(sloppy, limit=10)
        assert exact.counted and exact.total == 300
        assert [a.article for a in quick.articles] == [a.article for a in exact.articles]
        assert [a.article for a in exact.articles] == [a.article for a in ix.search("harbour board", limit=10).articles]
        assert ix.count_articles(sloppy) == 300
        assert ix.count_articles(sloppy, should_stop=lambda: True) is None
        assert ix.count_articles(sloppy, should_stop=lambda: False) == 300
        # A fuzzy term scores every match the same: ranked in corpus order, counted exactly.
        fuzzy = ix.search("harbor~", limit=10, passages_per_article=4)
        assert fuzzy.counted and fuzzy.total == 300
        assert [a.article for a in fuzzy.articles] == [f"report-{n:03}.txt" for n in range(10)]
        assert all([h.passage for h in a.passages] == [0, 1, 2, 3] for a in fuzzy.articles)


def test_a_prefix_can_be_bound_to_fewer_terms_as_while_typing(seeds_index_dir):
    with CorpusIndex.open(None, seeds_index_dir) as ix:
        full = ix.search("s*", limit=50, passages_per_article=100)
        bound = ix.search("s*", limit=50, passages_per_article=100, expansions=3)
        assert any("searched the 3 most frequent" in note for note in bound.notes)
        assert not full.notes
        passages = [sum(len(a.passages) for a in r.articles) for r in (bound, full)]
        assert 0 < passages[0] < passages[1]
        assert ix.count_articles("s*", expansions=3) == bound.total


def test_a_prefix_that_runs_past_the_stem_still_finds_the_word(tmp_path):
    """Words are indexed as stems ("government" as "govern"): "governm*", typed on the
    way to "government", must find it; "footb*" must not widen to every "foot"."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Budget\nThe government met the elections board.\n")
    (corpus / "b.txt").write_text("Match\nA foot injury kept him out.\n")
    (corpus / "c.txt").write_text("Final\nThe football final was played.\n")
    with CorpusIndex.open(corpus, tmp_path / "index") as ix:
        for typed in ("governm*", "governme*", "government*", "electi*", "electio*"):
            assert [a.article for a in ix.search(typed).articles] == ["a.txt"], typed
        assert [a.article for a in ix.search("footb*").articles] == ["c.txt"]


def test_a_fuzzy_or_typed_prefix_lists_the_articles_that_match_most_first(tmp_path):
    """Every match of a fuzzy term or a prefix scores the same: the articles holding it
    in more passages come first, not the first articles of the folder."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Aside\nThe harbour was mentioned once.\n\nThen other things.\n")
    (corpus / "b.txt").write_text("Port\nThe harbour board met.\n\nThe harbour fees rose.\n\nHarbours grew.\n")
    with CorpusIndex.open(corpus, tmp_path / "index") as ix:
        for query in ("harbor~", "harbo*"):
            result = ix.search(query, passages_per_article=5)
            assert [a.article for a in result.articles] == ["b.txt", "a.txt"], query
            assert len(result.articles[0].passages) == 3
