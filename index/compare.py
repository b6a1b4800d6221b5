"""Compare two passages (usually a passage and one of its related passages): what
both say (the same entities, numbers, dates, quotes and rare words) and what each
adds that the other lacks, as spans with offsets into that side's passage text.

The evidence is the one `related` weighs (see related.py): entities by cluster,
numbers and dates normalised ("12 pct" = "twelve percent"), words inside quotation
marks, and content words rare in the corpus (filler and the words of entity names
left out), so the compare view shows why a passage was found related.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Literal

from .backend import SearchBackend
from .model import Article
from .passage_terms import (
    QUOTED,
    REASON_IDF,
    analyse,
    index_forms,
    is_number_or_date,
    rarity,
    read_from_a_figure,
    stem_frequency,
    term_weight,
)
from .store import Store

Kind = Literal["entity", "number", "date", "quote", "term"]

# A quote is shared when this share of the shorter one's content words is in the other.
QUOTE_OVERLAP = 0.5
# Passages below which a corpus is too small for rarity to mean much.
SMALL_CORPUS = 200
_DATE_WORDS = re.compile(r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", re.I)


@dataclass(frozen=True, slots=True)
class ComparedPassage:
    article: str
    passage: int
    text: str


@dataclass(frozen=True, slots=True)
class SharedItem:
    text: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class OnlyItem:
    start: int
    end: int
    text: str
    kind: Kind


@dataclass(slots=True)
class Comparison:
    """Two passages side by side: what both say, and what each adds (offsets into
    that side's `text`). `to_json` is the DESIGN.md `compare` shape."""
    a: ComparedPassage
    b: ComparedPassage
    shared: list[SharedItem] = field(default_factory=list)
    only_a: list[OnlyItem] = field(default_factory=list)
    only_b: list[OnlyItem] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(slots=True)
class _Side:
    text: str
    entities: dict[str, list[tuple[int, int]]]  # entity id -> spans of its mentions
    names: dict[str, str]  # entity id -> canonical name
    numbers: dict[str, list[tuple[int, int]]]  # normalised stem -> spans
    quotes: list[tuple[int, int, set[str]]]  # span, content stems inside
    terms: dict[str, list[tuple[int, int]]]  # rare stem -> spans
    # units and currencies read from a figure's own characters ("$1.2bn": dollar, billion):
    # the figure shows them, and the other side's "1.2 billion dlrs" adds nothing over them
    in_figures: set[str] = field(default_factory=set)


def compare_passages(backend: SearchBackend, store: Store, a: Article, a_passage: int,
                     b: Article, b_passage: int) -> Comparison:
    """What passage `a_passage` of `a` and passage `b_passage` of `b` both say and
    what each adds. The store's entity clusters must be current."""
    text_a, text_b = a.passage_text(a_passage), b.passage_text(b_passage)
    stems = set(analyse(text_a).counts) | set(analyse(text_b).counts)
    forms = sorted({form for stem in stems for form in index_forms(stem)})
    stats = backend.term_stats(("body", f) for f in forms)
    idf = {stem: rarity(stem_frequency(stats.frequencies, stem), stats.passages) for stem in stems}
    # In a small corpus no word is rare: every content word (filler left out) counts.
    small = stats.passages < SMALL_CORPUS
    side_a = _side(store, a, a_passage, idf, small)
    side_b = _side(store, b, b_passage, idf, small)
    out = Comparison(ComparedPassage(a.id, a_passage, text_a), ComparedPassage(b.id, b_passage, text_b))

    shared_entities = [e for e in side_a.entities if e in side_b.entities]
    for e in shared_entities:
        out.shared.append(SharedItem(side_a.names[e], "entity"))
    shared_quotes_a, shared_quotes_b = _shared_quotes(side_a, side_b)
    for start, end in shared_quotes_a:
        out.shared.append(SharedItem(text_a[start:end], "quote"))
    for stem in side_a.numbers:
        if stem in side_b.numbers:
            start, end = side_a.numbers[stem][0]
            out.shared.append(SharedItem(text_a[start:end], _number_kind(stem, text_a[start:end])))
    seen: set[str] = set()
    for stem in side_a.terms:
        if stem in side_b.terms:
            start, end = side_a.terms[stem][0]
            word = text_a[start:end]
            if word.lower() not in seen:
                seen.add(word.lower())
                out.shared.append(SharedItem(word, "term"))
    out.only_a = _only(side_a, side_b, shared_quotes_a)
    out.only_b = _only(side_b, side_a, shared_quotes_b)
    return out


def _side(store: Store, article: Article, passage: int, idf: dict[str, float], small: bool) -> _Side:
    text = article.passage_text(passage)
    base = article.passages[passage].start
    rows = [m for m in store.mentions_of_article(article.id) if m.passage == passage]
    entity_of = store.entity_of_keys({m.key for m in rows})
    entities: dict[str, list[tuple[int, int]]] = {}
    names: dict[str, str] = {}
    for m in rows:
        e = entity_of.get(m.key, m.key)
        entities.setdefault(e, []).append((m.start - base, m.end - base))
        if e not in names:
            entity = store.entity(e)
            names[e] = entity.name if entity else m.text
    name_spans = [span for spans in entities.values() for span in spans]
    terms_all = analyse(text).without(name_spans)
    numbers: dict[str, list[tuple[int, int]]] = {}
    terms: dict[str, list[tuple[int, int]]] = {}
    in_figures: set[str] = set()
    for stem, start, end in terms_all.spans:
        written = text[start:end]
        if is_number_or_date(stem):
            numbers.setdefault(stem, []).append((start, end))
        elif read_from_a_figure(stem, written):
            in_figures.add(stem)
        elif (idf.get(stem, 0.0) >= REASON_IDF or small) and term_weight(stem, text[start:end], 1.0) >= 0.5:
            terms.setdefault(stem, []).append((start, end))
    quotes = []
    for quote in QUOTED.finditer(text):
        inside = {stem for stem, s, _e in terms_all.spans if quote.start() <= s < quote.end()}
        if inside:
            quotes.append((quote.start(), quote.end(), inside))
    return _Side(text, entities, names, numbers, quotes, terms, in_figures)


def _shared_quotes(a: _Side, b: _Side) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The quotes of each side that the other side repeats (in quotation marks or not)."""
    b_words = set(analyse(b.text).counts)
    a_words = set(analyse(a.text).counts)
    in_a = [(s, e) for s, e, words in a.quotes if len(words & b_words) >= max(2, QUOTE_OVERLAP * len(words))]
    in_b = [(s, e) for s, e, words in b.quotes if len(words & a_words) >= max(2, QUOTE_OVERLAP * len(words))]
    return in_a, in_b


def _number_kind(stem: str, written: str) -> Kind:
    if _DATE_WORDS.match(written) and not any(c.isdigit() for c in written):
        return "date"
    if stem.isdigit() and len(stem) == 4 and stem[:2] in ("19", "20"):
        return "date"
    return "number"


def _only(this: _Side, other: _Side, shared_quotes: list[tuple[int, int]]) -> list[OnlyItem]:
    """What `this` side says that `other` lacks, as spans of this side's text, in order."""
    items: list[OnlyItem] = []
    text = this.text
    for e, spans in this.entities.items():
        if e not in other.entities:
            items.extend(OnlyItem(s, t, text[s:t], "entity") for s, t in spans)
    for s, t, _words in this.quotes:
        if (s, t) not in shared_quotes:
            items.append(OnlyItem(s, t, text[s:t], "quote"))
    for stem, spans in this.numbers.items():
        if stem not in other.numbers:
            items.extend(OnlyItem(s, t, text[s:t], _number_kind(stem, text[s:t])) for s, t in spans)
    for stem, spans in this.terms.items():
        if stem not in other.terms and stem not in other.in_figures:
            items.extend(OnlyItem(s, t, text[s:t], "term") for s, t in spans)
    # A word inside a quote or a name already marked is not marked again.
    items.sort(key=lambda i: (i.start, -(i.end - i.start)))
    kept: list[OnlyItem] = []
    for item in items:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
