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
