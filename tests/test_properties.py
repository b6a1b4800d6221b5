"""Property-based tests (hypothesis, fixed example budget): the passage splitter, the
loader and the query parser hold their contracts on any input, not just on ours."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_tui.index.corpus import CorpusFile, make_article, read_articles, split_passages
from corpus_tui.index.errors import QueryError
from corpus_tui.index.search import make_schema, parse_query

BUDGET = settings(max_examples=150, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text with the line ends and white space real files have.
lines = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
texts = st.lists(st.one_of(lines, st.sampled_from(["", " ", "\t", "\r"])), max_size=12).map(
    lambda parts: "\n".join(parts))


@BUDGET
@given(texts)
def test_passages_are_ordered_stripped_slices_of_the_text(text):
    passages = split_passages(text)
    previous_end = 0
    for number, p in enumerate(passages):
        assert p.number == number
        assert previous_end <= p.start < p.end <= len(text)
        piece = text[p.start:p.end]
        assert piece == piece.strip() and piece
        previous_end = p.end
    if text.strip():
        assert passages, "a text with words has at least one passage"


@BUDGET
@given(texts)
def test_an_article_shows_its_text_exactly(text):
    if not text.strip():
        return
    article = make_article("a.txt", text)
    assert article.text == text
    for p in article.passages:
        assert article.passage_text(p.number) == text[p.start:p.end]


@BUDGET
@given(st.binary(max_size=400), st.sampled_from(["a.txt", "b.md", "c.jsonl"]))
def test_the_loader_takes_any_bytes_without_raising(tmp_path_factory, data, name):
    folder = tmp_path_factory.mktemp("corpus")
    path = folder / name
    path.write_bytes(data)
    warnings: list[str] = []
    cf = CorpusFile(path=path, rel=name, size=len(data), mtime_ns=0)
    for article in read_articles(cf, data, warnings.append):
        for p in article.passages:
            assert article.text[p.start:p.end].strip()


@BUDGET
@given(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]),
       st.sampled_from(["\n", "\r\n", "\r"]))
def test_other_encodings_and_line_ends_are_decoded(tmp_path_factory, encoding, newline):
    text = newline.join(["Café talks resume", "", "Delegates met in Zürich on Monday.", "", "Prices rose 5%."])
    data = text.encode(encoding)
    path = tmp_path_factory.mktemp("corpus") / "a.txt"
    path.write_bytes(data)
    cf = CorpusFile(path=path, rel="a.txt", size=len(data), mtime_ns=0)
    [article] = read_articles(cf, data, lambda _m: None)
    assert article.title == "Café talks resume"
    assert "Zürich" in article.text


@BUDGET
@given(st.dictionaries(st.sampled_from(["id", "title", "text", "body", "date", "source", "x"]),
                       st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
                       max_size=6))
def test_any_jsonl_record_is_read_or_skipped_with_a_warning(tmp_path_factory, record):
    data = (json.dumps(record) + "\n").encode()
    path = tmp_path_factory.mktemp("corpus") / "a.jsonl"
    path.write_bytes(data)
    cf = CorpusFile(path=path, rel="a.jsonl", size=len(data), mtime_ns=0)
    warnings: list[str] = []
    articles = read_articles(cf, data, warnings.append)
    assert articles or warnings


SCHEMA = make_schema()
query_text = st.lists(st.sampled_from(list('ab "()*~?:-+^') + ["AND ", "OR ", "NOT ", "title:", "x~9", "word"]),
                      max_size=12).map("".join)


@BUDGET
@given(query_text)
def test_the_parser_answers_a_query_or_says_why(text):
    try:
        parse_query(text, SCHEMA)
    except QueryError as e:
        assert str(e)
