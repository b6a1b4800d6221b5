"""The real-news entity gold (tests/data/news_gold.json) and the article text it points into.

The gold holds article ids and annotations only; the text is read from the research-only
news file beside the checkout (../shared/data/news/articles.jsonl.gz, see its SOURCE.md),
which is never copied into the repository. Offsets point into the text the engine shows for
a JSON-lines record: the headline (whitespace collapsed), a blank line, the stripped body
(see _read_jsonl in index/corpus.py).
"""
from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

TESTS = Path(__file__).resolve().parent
NEWS_GZ = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "articles.jsonl.gz"
NEWS_GOLD = TESTS / "data" / "news_gold.json"


def shown_text(record: dict) -> str:
    """What the engine shows for a record with a title and a body (passage 0 is the title)."""
    return f"{' '.join(record['title'].split())}\n\n{record['text'].strip()}"


def read_records(ids=None, gz: Path = NEWS_GZ) -> dict[str, dict]:
    """The records of the news file, by id (only those in `ids` when given)."""
    wanted = set(ids) if ids is not None else None
    records: dict[str, dict] = {}
    with gzip.open(gz, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            record = json.loads(line)
            if wanted is None or record["id"] in wanted:
                records[record["id"]] = record
    if wanted is not None:
        missing = wanted - set(records)
        assert not missing, f"not in {gz}: {sorted(missing)}"
    return records


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load(gold_path: Path = NEWS_GOLD, gz: Path = NEWS_GZ, split: str | None = None) -> tuple[dict, dict[str, str]]:
    """The gold and {article id: shown text}, checked: every stored mention text equals
    text[start:end] and every text has the hash recorded when the gold was built."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles = [a for a in gold["articles"] if split is None or a["split"] == split]
    records = read_records([a["id"] for a in articles], gz)
    texts: dict[str, str] = {}
    for article in articles:
        text = shown_text(records[article["id"]])
        assert sha1(text) == article["sha1"], f"{article['id']}: the text differs from the annotated one"
        for mention in article["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"], (article["id"], mention)
        texts[article["id"]] = text
    return gold, texts
