"""Loading a corpus: files, encodings, passages and their offsets."""
import json
from pathlib import Path

import pytest

from corpus_tui.index.corpus import bundled_seeds, load_corpus, locate_corpus, split_passages
from corpus_tui.index.errors import CorpusError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_bundled_seeds_are_the_repository_seeds():
    assert bundled_seeds() == SEEDS
    assert len(list(SEEDS.glob("*.txt"))) == 5


def test_every_seed_passage_round_trips_through_its_offsets():
    articles = load_corpus(SEEDS)
    assert [a.id for a in articles] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for article in articles:
        raw = (SEEDS / article.id).read_text(encoding="utf-8")
        assert article.text == raw.replace("\r\n", "\n")
        # The seeds have no blank lines: every non-empty line is a passage, the first is the title.
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        assert [article.text[p.start:p.end] for p in article.passages] == lines
        assert article.title == lines[0]
        assert [p.number for p in article.passages] == list(range(len(lines)))


def test_blank_lines_make_paragraphs_and_hard_wrapped_lines_stay_together():
    text = "The title\n\nFirst paragraph,\nwrapped here.\n\n\nSecond one.\n  \nThird.\n"
    passages = split_passages(text)
    assert [text[p.start:p.end] for p in passages] == [
        "The title", "First paragraph,\nwrapped here.", "Second one.", "Third.",
    ]


def test_title_only_and_empty_texts():
    assert [(p.start, p.end) for p in split_passages("Just a title")] == [(0, 12)]
    assert split_passages("\n\n  \n") == []


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_encodings_are_decoded_and_binary_files_skipped_with_one_warning(tmp_path):
    body = "Café société in Zürich\nThe mayor’s “naïve” façade was discussed at length by the council.\n"
    _write(tmp_path, "utf8.txt", body.encode("utf-8"))
    _write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + body.encode("utf-8"))
    _write(tmp_path, "latin1.txt", ("Café société in Zürich\nLe maire a présenté une façade naïve à la réunion "
                                    "du conseil municipal de la ville.\n").encode("latin-1"))
    _write(tmp_path, "cp1252.txt", body.encode("cp1252"))
    _write(tmp_path, "crlf.txt", b"Title line\r\nFirst paragraph.\r\nSecond paragraph.\r\n")
    _write(tmp_path, "picture.txt", bytes(range(256)) * 8)
    _write(tmp_path, "empty.txt", b"")
    _write(tmp_path, "notes.pdf", b"%PDF-1.4 not a corpus file")
    _write(tmp_path, ".hidden/secret.txt", b"Hidden\nNot an article.\n")
    warnings: list[str] = []
    articles = {a.id: a for a in load_corpus(tmp_path, warn=warnings.append)}
    assert sorted(articles) == ["bom.txt", "cp1252.txt", "crlf.txt", "latin1.txt", "utf8.txt"]
    assert articles["utf8.txt"].title == "Café société in Zürich"
    assert articles["bom.txt"].text == articles["utf8.txt"].text  # the BOM is not text
    assert articles["latin1.txt"].title == "Café société in Zürich"
    assert "façade" in articles["cp1252.txt"].text and "“naïve”" in articles["cp1252.txt"].text
    assert articles["crlf.txt"].passage_text(2) == "Second paragraph."
    assert len(warnings) == 2
    assert any("picture.txt" in w and "binary" in w for w in warnings)
    assert any("empty.txt" in w for w in warnings)
    assert all("\n" not in w for w in warnings)


def test_markdown_title_drops_the_heading_marks(tmp_path):
    _write(tmp_path, "notes/a.md", b"# A heading\n\nSome text.\n")
    [article] = load_corpus(tmp_path)
    assert article.id == "notes/a.md"
    assert article.title == "A heading"
    assert article.passage_text(0) == "# A heading"


def test_jsonl_records_fields_ids_and_bad_lines(tmp_path):
    records = [
        {"id": "r-1", "title": "First story", "text": "Para one.\n\nPara two.", "source": "wire", "date": "2024-09-13"},
        {"headline": "Second story", "body": "Only paragraph."},
        {"title": "Third", "content": "Content field."},
        {"id": "r-1", "title": "Duplicate id", "text": "Gets a positional id."},
        {"nothing": "useful"},
    ]
    lines = [json.dumps(r) for r in records] + ["not json at all", "[1, 2]"]
    _write(tmp_path, "feed.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    warnings: list[str] = []
    articles = load_corpus(tmp_path / "feed.jsonl", warn=warnings.append)
    assert [a.id for a in articles] == ["r-1", "feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3"]
    first = articles[0]
    assert (first.title, first.source, first.date) == ("First story", "wire", "2024-09-13")
    assert [first.passage_text(i) for i in range(3)] == ["First story", "Para one.", "Para two."]
    assert articles[1].title == "Second story" and articles[1].passage_text(1) == "Only paragraph."
    assert articles[2].passage_text(1) == "Content field."
    assert len(warnings) == 1 and "3 record(s)" in warnings[0]


def test_missing_or_wrong_corpus_paths_are_clear_errors(tmp_path):
    with pytest.raises(CorpusError, match="no such corpus"):
        locate_corpus(tmp_path / "missing")
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(CorpusError, match="not a corpus"):
        locate_corpus(tmp_path / "data.csv")
