"""Queries answered over posting arrays (`fast_query`) must match, score and rank as
Whoosh itself does, over real indexes on disk: with the frequent-term postings files,
without them (read from Whoosh's blocks), with deleted documents, and with a torn file."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from whoosh import query as wq

from corpus_tui.index import postings
from corpus_tui.index.engine import CorpusIndex
from corpus_tui.index.fast_query import evaluate
from corpus_tui.index.search import bound_expansions, parse_query
from corpus_tui.index.segment_arrays import term_postings

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

QUERIES = [
    "Moscow", "military", "said", "military cooperation", "military OR defence", "military NOT talks",
    '"defence minister"', '"military cooperation"', '"said the"', "title:visit", "minist*", "milltary~",
    "(talks OR meeting) AND Pyongyang", "military^2 visit", "visit ANDMAYBE talks", "talks ANDNOT military",
    "nosuchwordanywhere", '"nosuchword military"',
]


def whoosh_answers(searcher, q):
    """Every match of `q` with Whoosh's own score, by docnum."""
    results = searcher.search(q, limit=None)
    return {hit.docnum: hit.score for hit in results}


def array_answers(searcher, q):
    matches = evaluate(q, searcher)
    assert matches is not None, f"{q!r} should be answered over arrays"
    assert list(matches.docnums) == sorted(set(matches.docnums.tolist()))
    return dict(zip(matches.docnums.tolist(), matches.scores.tolist(), strict=True))


def assert_same_answers(ix: CorpusIndex) -> None:
    backend = ix.search_backend
    with backend.searcher() as s:
        for text in QUERIES:
            q, _notes = bound_expansions(parse_query(text, backend.ix.schema), s.reader())
            expected = whoosh_answers(s, q)
            got = array_answers(s, q)
            assert got.keys() == expected.keys(), text
            for docnum, score in expected.items():
                assert got[docnum] == pytest.approx(score, rel=1e-9, abs=1e-12), (text, docnum)


def segment_files(index_dir: Path, extension: str) -> list[Path]:
    """The segments' files named `<segment id><extension>` (the id has no dot)."""
    return sorted(p for p in (index_dir / "whoosh").glob(f"MAIN_*{extension}")
                  if p.name.split(".", 1)[1] == extension.lstrip("."))


@pytest.fixture
def frequent_everywhere(monkeypatch):
    """Every term of the seeds counts as frequent, so the postings files hold them all."""
    monkeypatch.setattr(postings, "MIN_POSTINGS", 1)


def test_array_answers_equal_whoosh_with_postings_files(tmp_path, frequent_everywhere):
    with CorpusIndex.open(SEEDS, tmp_path / "index") as ix:
        files = segment_files(tmp_path / "index", postings.EXTENSION)
        assert files, "every segment has its frequent-term postings file"
        assert postings.PostingsFile.open(str(files[0])).get(b"militari") is not None
        assert postings.PostingsFile.open(str(files[0])).has_term(b"moscow")
        assert_same_answers(ix)
        # The entity keys (related passages ask for them) have their file too, without positions.
        assert segment_files(tmp_path / "index", ".entities.ctp")
        with ix.search_backend.searcher() as s:
            for leaf, _offset in s.reader().leaf_readers():
                keys = [key for key, _info in leaf.iter_field("entities")]
                assert keys
                for key in keys:
                    ours = term_postings(leaf, "entities", key, positions=False)
                    assert ours is not None
                    assert ours.docnums.tolist() == list(leaf.postings("entities", key).all_ids())


def test_array_answers_equal_whoosh_from_whoosh_blocks_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(postings, "MIN_POSTINGS", 10**9)
    with CorpusIndex.open(SEEDS, tmp_path / "index") as ix:
        assert_same_answers(ix)


def test_deleted_passages_are_left_out_as_whoosh_leaves_them(tmp_path, frequent_everywhere):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (corpus / seed.name).write_bytes(seed.read_bytes())
    with CorpusIndex.open(corpus, tmp_path / "index"):
        pass
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\n\nA military zorblaxian parade closed the visit.\n")
    with CorpusIndex.open(corpus, tmp_path / "index") as ix:
        with ix.search_backend.searcher() as s:
            assert any(leaf.has_deletions() for leaf, _ in s.reader().leaf_readers())
        assert_same_answers(ix)
        assert ix.search("zorblaxian").total == 1


def test_a_torn_postings_file_is_not_read(tmp_path, frequent_everywhere):
    index_dir = tmp_path / "index"
    with CorpusIndex.open(SEEDS, index_dir):
        pass
    for path in segment_files(index_dir, postings.EXTENSION):
        size = path.stat().st_size
        with open(path, "r+b") as f:
            f.truncate(size // 2)
        assert postings.PostingsFile.open(str(path)) is None
    with CorpusIndex.open(SEEDS, index_dir) as ix:
        assert_same_answers(ix)
        assert ix.search("Moscow").total >= 1


def test_postings_file_round_trip(tmp_path):
    path = str(tmp_path / "MAIN_x.ctp")
    writer = postings.PostingsFileWriter(path, "body", lambda value: list(value), min_postings=2)
    items = [
        ("body", b"alpha", 0, 1.0, bytes([3])), ("body", b"alpha", 5, 2.0, bytes([1, 7])),
        ("body", b"beta", 2, 1.0, bytes([0])),  # one posting: below the threshold for positions
        ("body", b"gamma", 1, 1.0, bytes([2])), ("body", b"gamma", 9, 3.0, bytes([4, 5, 6])),
        ("title", b"alpha", 0, 1.0, bytes([0])), ("title", b"alpha", 1, 1.0, bytes([0])),
    ]
    assert list(writer.watch(iter(items))) == items
    writer.close()
    read = postings.PostingsFile.open(path)
    assert read is not None and set(read.directory) == {b"alpha", b"gamma"}
    assert read.vocabulary()[0] == [b"alpha", b"beta", b"gamma"]
    assert read.vocabulary()[1].tolist() == [2, 1, 2]
    gamma = read.get(b"gamma")
    assert gamma.docnums.tolist() == [1, 9] and gamma.weights.tolist() == [1.0, 3.0]
    assert gamma.positions[gamma.starts[1]:gamma.starts[2]].tolist() == [4, 5, 6]
    assert read.get(b"beta") is None  # no positions written for it...
    beta = read.get(b"beta", positions=False)  # ...but its documents are there
    assert beta.docnums.tolist() == [2] and beta.weights.tolist() == [1.0]
    assert read.get(b"delta", positions=False) is None and not read.has_term(b"delta")


def test_queries_arrays_do_not_answer_are_left_to_whoosh(seeds_index_dir):
    with CorpusIndex.open(None, seeds_index_dir) as ix:
        with ix.search_backend.searcher() as s:
            assert evaluate(wq.Every(), s) is None
            assert evaluate(parse_query('"military cooperation"~3', s.schema), s) is None
        # ...and are still answered.
        assert ix.search('"military cooperation"~3').total >= 1
        assert os.path.isdir(seeds_index_dir)


@pytest.mark.parametrize("text", ["milltary~", "minister~2", "Moscw~", "visit~", "minist*", "s*", "zzz*", "ministr~1"])
def test_expansions_from_the_vocabulary_equal_whoosh_s(seeds_index_dir, monkeypatch, text):
    """A fuzzy term or prefix expanded against the postings file's vocabulary stands for
    the same terms, with the same frequencies, as Whoosh's own expansion."""
    from corpus_tui.index import segment_arrays, whoosh_adapter

    with CorpusIndex.open(None, seeds_index_dir) as ix:
        with ix.search_backend.searcher() as s:
            node = parse_query(text, s.schema)
            assert segment_arrays.vocabulary_expansion(node, s.reader().leaf_readers()[0][0]) is not None
            ours = whoosh_adapter.expansion_frequencies(node, s.reader())
            monkeypatch.setattr(segment_arrays, "vocabulary_expansion", lambda node, leaf: None)
            monkeypatch.setattr(segment_arrays, "fuzzy_over_all_segments", lambda node, reader: None)
            theirs = whoosh_adapter.expansion_frequencies(node, s.reader())
    assert ours == theirs
    if not text.startswith("zzz"):
        assert ours


def test_answers_within_one_article_are_the_full_answers_cut_to_it(tmp_path, frequent_everywhere):
    from corpus_tui.index.backend import _article_span

    with CorpusIndex.open(SEEDS, tmp_path / "index") as ix:
        backend = ix.search_backend
        with backend.searcher() as s:
            spans = [_article_span(s.reader(), a.id) for a in ix.articles()]
            assert all(span is not None and span[0] < span[1] for span in spans)
            for text in QUERIES:
                q, _notes = bound_expansions(parse_query(text, backend.ix.schema), s.reader())
                every = array_answers(s, q)
                for span in spans:
                    cut = evaluate(q, s, within=span)
                    assert cut is not None
                    expected = {d: score for d, score in every.items() if span[0] <= d < span[1]}
                    assert dict(zip(cut.docnums.tolist(), cut.scores.tolist(), strict=True)) == expected, text


def test_document_frequencies_from_the_files_equal_whoosh_s(tmp_path):
    from corpus_tui.index.segment_arrays import document_frequencies, document_frequency

    with CorpusIndex.open(SEEDS, tmp_path / "index") as ix:
        with ix.search_backend.searcher() as s:
            reader = s.reader()
            for field in ("body", "entities"):
                terms = [t.decode("utf-8") for t, _info in reader.iter_field(field)] + ["nosuchterm"]
                assert len(terms) > 10
                for text in terms:
                    assert document_frequency(reader, field, text) == reader.doc_frequency(field, text), text
                # (all at once, as related asks: the same answers)
                assert document_frequencies(reader, field, terms) == {t: reader.doc_frequency(field, t) for t in terms}


def test_the_whole_field_table_answers_as_the_segments_do():
    """Summed into one table or looked up segment by segment, a term's count is the same."""
    import numpy as np

    from corpus_tui.index.segment_arrays import FieldFrequencies

    segments = [(sorted({b"apple", b"pear", b"zebra"}), np.array([2, 1, 5], dtype="<i4")),
                ([b"apple", b"fig", b"pear"], np.array([1, 4, 3], dtype="<i4")),
                ([], np.zeros(0, dtype="<i4"))]
    asked = ["apple", "fig", "pear", "zebra", "kiwi", "", "appl"]
    expected = {"apple": 3, "fig": 4, "pear": 4, "zebra": 5, "kiwi": 0, "": 0, "appl": 0}
    one_by_one = FieldFrequencies(segments, table_after=1e9)
    table = FieldFrequencies(segments, table_after=0)
    assert one_by_one.frequencies(asked) == table.frequencies(asked) == expected
    assert table.hashes is not None and one_by_one.hashes is None
    # (and the switch from one to the other comes once the lookups reach the threshold)
    switching = FieldFrequencies(segments, table_after=1)   # 6 entries: after two asks of one term
    for _ in range(3):
        assert switching.frequencies(["pear"]) == {"pear": 4}
    assert switching.hashes is not None
    assert FieldFrequencies([], table_after=0).frequencies(["pear"]) == {"pear": 0}
