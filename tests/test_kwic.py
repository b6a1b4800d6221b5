"""Concordance lines and collocates (the pure part; the CLI test covers the index path)."""
from __future__ import annotations

from corpus_tui.index.kwic import MatchedPassage, concordance, log_likelihood

TEXT = "Title\n\nThe harbour board met on Monday. The harbour master said the harbour was full of boats."


def _passage() -> MatchedPassage:
    start = TEXT.index("The harbour board")
    body = TEXT[start:]
    matches = [(start + i, start + i + len("harbour")) for i in range(len(body)) if body.startswith("harbour", i)]
    return MatchedPassage("a.txt", "Title", 1, start, body, matches)


def test_lines_are_aligned_on_the_match_with_offsets_into_the_article():
    result = concordance("harbour", [_passage()], width=12)
    assert result.total == 3 and len(result.lines) == 3
    for line in result.lines:
        assert TEXT[line.start:line.end] == line.match == "harbour"
        assert len(line.left) <= 12 and len(line.right) <= 12
    assert result.lines[1].left == "Monday. The" and result.lines[1].right == "master said"


def test_sorting_by_right_and_left_context():
    result = concordance("harbour", [_passage()], order="right")
    assert [line.right.split()[0] for line in result.lines] == ["board", "master", "was"]
    result = concordance("harbour", [_passage()], order="left", width=20)
    assert [line.left.split()[-1] for line in result.lines] == ["The", "The", "the"]


def test_collocates_favour_words_attracted_to_the_match():
    frequencies = {"board": 2, "master": 2, "said": 5000, "monday": 3000, "boat": 50, "met": 800, "full": 900}
    passages = [_passage(), _passage()]
    result = concordance("harbour", passages, corpus_frequency=lambda s: frequencies.get(s, 10),
                         corpus_tokens=1_000_000)
    terms = [c.term for c in result.collocates]
    assert terms[:2] == ["board", "master"]
    assert log_likelihood(1, 1000, 5000, 1_000_000) == 0.0   # no more frequent near than elsewhere
