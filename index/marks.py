"""Marks and notes on passages, kept per corpus in a plain JSON file beside the index.

    {"version": 1,
     "marks": [{"article": "a.txt", "passage": 3, "note": "check the figure",
                "anchor": "the passage's text when it was marked", "orphaned": false}]}

A mark remembers the text of its passage (the anchor). When the corpus changes, a
marked passage whose text moved (a paragraph added above it) follows its text; one whose
text was edited follows the most similar passage of its article; one whose article or
text is gone stays in the file, flagged orphaned, so it is listed and never dropped
silently.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable

from .userfiles import UserFileError, read_json, write_json

FORMAT_VERSION = 1
# How alike (rapidfuzz ratio, 0-100) an edited passage must be to keep its mark.
SIMILAR_ENOUGH = 80.0


@dataclass(slots=True)
class Mark:
    article: str
    passage: int
    note: str | None = None
    anchor: str = ""
    orphaned: bool = False


class MarkBook:
    """The marks of one corpus, read from and written through to `path`."""

    def __init__(self, path: Path):
        self.path = path
        document = read_json(path, {"version": FORMAT_VERSION, "marks": []})
        try:
            self._marks = [Mark(**{k: row[k] for k in row if k in Mark.__slots__}) for row in document["marks"]]
        except (KeyError, TypeError):
            raise UserFileError(f"{path} is not a marks file: fix or remove it") from None

    def __iter__(self):
        return iter(list(self._marks))

    def __len__(self) -> int:
        return len(self._marks)

    def get(self, article: str, passage: int) -> Mark | None:
        for mark in self._marks:
            if mark.article == article and mark.passage == passage:
                return mark
        return None

    def add(self, article: str, passage: int, anchor: str, note: str | None = None) -> Mark:
        """Mark a passage (or, when it is marked already, set its note if one is given)."""
        mark = self.get(article, passage)
        if mark is None:
            mark = Mark(article, passage, note, anchor)
            self._marks.append(mark)
        else:
            mark.anchor, mark.orphaned = anchor, False
            if note is not None:
                mark.note = note
        self._save()
        return mark

    def set_note(self, article: str, passage: int, note: str | None) -> Mark | None:
        mark = self.get(article, passage)
        if mark is not None:
            mark.note = note or None
            self._save()
        return mark

    def remove(self, article: str, passage: int) -> bool:
        mark = self.get(article, passage)
        if mark is None:
            return False
        self._marks.remove(mark)
        self._save()
        return True

    def reanchor(self, passages_of: Callable[[str], list[str] | None]) -> bool:
        """Follow each mark's text after the corpus changed; `passages_of(article)` gives
        the texts of an article's passages, or None when the article is gone. Returns
        whether any mark moved or changed state (the file is then rewritten)."""
        from rapidfuzz import fuzz

        changed = False
        cache: dict[str, list[str] | None] = {}
        for mark in self._marks:
            if mark.article not in cache:
                cache[mark.article] = passages_of(mark.article)
            texts = cache[mark.article]
            if texts is None:
                changed |= not mark.orphaned
                mark.orphaned = True
                continue
            if 0 <= mark.passage < len(texts) and texts[mark.passage] == mark.anchor:
                changed |= mark.orphaned
                mark.orphaned = False
                continue
            if mark.anchor in texts:
                moved_to = texts.index(mark.anchor)
            else:
                scores = [fuzz.ratio(mark.anchor, text) for text in texts]
                best = max(range(len(scores)), key=scores.__getitem__, default=-1)
                moved_to = best if best >= 0 and scores[best] >= SIMILAR_ENOUGH else -1
            if moved_to < 0:
                changed |= not mark.orphaned
                mark.orphaned = True
            else:
                changed = True
                mark.passage, mark.anchor, mark.orphaned = moved_to, texts[moved_to], False
        if changed:
            self._save()
        return changed

    def _save(self) -> None:
        write_json(self.path, {"version": FORMAT_VERSION, "marks": [asdict(m) for m in self._marks]})
