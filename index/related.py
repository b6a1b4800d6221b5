"""Related passages: for one passage, the passages of *other* articles that most
likely report the same thing (the same meeting, the same quote), each with its
reasons (shared entities, shared key terms).

Computed on demand from the index, in two steps, so the cost does not grow with
the square of the corpus:

1. Candidates: one BM25 OR-query over the passage index made of the passage's
   key terms (its rarest words, by document frequency) and the keys of its
   entities (every key of each entity, so two spellings of one name match),
   the passage's own article masked out.
2. Re-ranking of the best candidates with evidence BM25 does not see: shared
   entities weighted by rarity (an entity named in every article says little),
   shared word pairs (a repeated quote or phrase shares its word order, not
   just its words), shared numbers and dates, with the shared key terms
   weighted by rarity and the candidate's length taken into account.

Every weight is a rarity (an inverse document frequency), so a noisy entity
extractor (many common "entities") costs little: a frequent entity weighs
little whatever it is.
"""
from __future__ import annotations

import heapq
import math
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from .model import Article, Related, RelatedPassage
from .search import ANALYZER

if TYPE_CHECKING:
    from .engine import CorpusIndex

# Candidates are found by the passage's rarest terms and entity keys: at most this
# many, and no more postings in all than the budget (about 1 microsecond each in
# Whoosh), so a call stays fast on a big corpus. A common term left out of the
# lookup still counts when a candidate shares it.
QUERY_TERMS = 24
POSTING_BUDGET = 15_000
# How many candidates are re-ranked with the finer evidence.
CANDIDATES = 60

# Weights of the kinds of evidence, in units of "one shared term of the same rarity".
ENTITY_WEIGHT = 1.0
PAIR_WEIGHT = 0.6
NUMBER_WEIGHT = 0.5
QUOTE_WEIGHT = 0.5
# BM25-like length normalisation of the candidate (0 = none, 1 = full).
LENGTH_B = 0.5

# Reasons shown with each result.
MAX_SHARED_TERMS = 8
MAX_SHARED_ENTITIES = 6

_MONTHS_AND_DAYS = {
    "januari", "februari", "march", "april", "may", "june", "juli", "august", "septemb", "octob",
    "novemb", "decemb", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
# Text between quotation marks: typographic double and single quotes, straight
# double quotes, and straight single quotes that are not apostrophes.
_QUOTED = re.compile(r"“([^”]{3,}?)”|\"([^\"]{3,}?)\"|‘([^’]{3,}?)’|(?<!\w)'([^']{3,}?)'(?!\w)")


# Function words the analyser keeps, and reporting verbs: every news paragraph
# has them, so they are no evidence that two paragraphs report the same thing.
_FUNCTION_WORDS = frozenset("""
about above after again against all also although am among another any anyone around because been before
being below both but could did does doing done down during each either else even ever every few further
had has have having he her here hers herself him himself his how however i into its itself just least
less let like made make many me might more most much must my neither no nor now off often once only other
others our ours out over own per rather same several she should since so some still such than their
theirs them themselves then there these they those though through thus too toward towards under until
upon very was were what whatever whether which while who whom whose why within without would yet
said say says saying told tell tells according added
""".split())
# Irregular forms the stemmer leaves apart ("met" and "meeting" report the same thing).
_IRREGULAR = {"met": "meet", "meets": "meet", "meeting": "meet", "meetings": "meet", "held": "hold",
              "gave": "give", "given": "give", "took": "take", "taken": "take", "spoke": "speak",
              "spoken": "speak", "went": "go", "gone": "go", "sent": "send", "saw": "see", "seen": "see",
              "won": "win", "lost": "lose", "led": "lead", "paid": "pay", "sought": "seek",
              "brought": "bring", "thought": "think", "kept": "keep", "left": "leave", "began": "begin",
              "begun": "begin", "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write"}

# British and American spellings of the same word (outlets differ).
_SPELLING = {"defence": "defense", "offence": "offense", "licence": "license", "labour": "labor",
             "favour": "favor", "honour": "honor", "neighbour": "neighbor", "neighbours": "neighbors",
             "colour": "color", "centre": "center", "programme": "program", "organisation": "organization",
             "organisations": "organizations"}


@dataclass(slots=True)
class _Terms:
    """A passage analysed: its stems in order (function words dropped), how often
    each occurs, which occur inside quotation marks, and where each first occurs
    (to show the word as written)."""
    text: str
    order: list[str]
    counts: dict[str, int]
    first: dict[str, tuple[int, int]]
    quoted: set[str] = field(default_factory=set)

    @property
    def pairs(self) -> set[tuple[str, str]]:
        return set(zip(self.order, self.order[1:]))

    def surface(self, stem: str) -> str:
        """The word as written, lower-cased when its capital only marks a sentence start."""
        start, end = self.first[stem]
        word = self.text[start:end]
        before = self.text[max(0, start - 4):start].rstrip(" \t\"'“‘(")
        if word[:1].isupper() and word[1:].islower() and (not before or before[-1] in ".!?:\n"):
            return word.lower()
        return word


@lru_cache(maxsize=8192)
def analyse(text: str) -> _Terms:
    # Cached: moving the cursor re-ranks many of the same candidates and stories.
    order: list[str] = []
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, int]] = {}
    quote_spans = [m.span() for m in _QUOTED.finditer(text)]
    quoted: set[str] = set()
    for tok in ANALYZER(text, chars=True, mode="index"):
        start, end = tok.startchar, tok.endchar
        word = text[start:end].lower()
        if word in _FUNCTION_WORDS:
            continue
        if word in _SPELLING:
            stem = _stem(_SPELLING[word])
        else:
            stem = _IRREGULAR.get(word, tok.text)
        order.append(stem)
        if stem in counts:
            counts[stem] += 1
        else:
            counts[stem] = 1
            first[stem] = (start, end)
        if quote_spans and any(s <= start < e for s, e in quote_spans):
            quoted.add(stem)
    return _Terms(text, order, counts, first, quoted)


def _stem(word: str) -> str:
    return next((t.text for t in ANALYZER(word, mode="index")), word)


def _is_number_or_date(stem: str) -> bool:
    return stem in _MONTHS_AND_DAYS or any(c.isdigit() for c in stem)


@dataclass(slots=True)
class _Candidate:
    article: str
    passage: int
    prior: float  # the candidate-finding score (rarity of the shared probes)
    score: float = 0.0
    shared_entities: list[str] = field(default_factory=list)
    shared_terms: list[str] = field(default_factory=list)


def related_passages(ix: "CorpusIndex", article: Article, passage: int, limit: int = 10) -> Related:
    text = article.passage_text(passage)
    source = analyse(text)
    ix._resolved()
    entity_of_key, keys_of_entity = _entities_of(ix, article.id, passage)

    with ix.searcher() as s:
        reader = s.reader()
        n_docs = max(1, reader.doc_count())
        df = {stem: reader.doc_frequency("body", stem) for stem in source.counts}
        idf = {stem: _idf(n, n_docs) for stem, n in df.items()}
        entity_ids = sorted(set(entity_of_key.values()))
        entity_rarity = _entity_rarity(ix, entity_ids)
        probes = [("body", stem, idf[stem] * (1 + math.log(source.counts[stem])), df[stem]) for stem in source.counts]
        for entity_id in entity_ids:
            for key in keys_of_entity.get(entity_id, ()):
                probes.append(("entities", key, ENTITY_WEIGHT * entity_rarity[entity_id][0],
                               reader.doc_frequency("entities", key)))
        scored = _accumulate(reader, _within_budget(probes), article.id)
        top = heapq.nlargest(CANDIDATES, scored.items(), key=lambda item: (item[1], -item[0]))
        articles_col, passages_col = _columns(s)
        candidates = [_Candidate(articles_col[d], passages_col[d], score) for d, score in top]
        avg_len = _average_length(reader)
    if not candidates:
        return Related(article.id, passage, text, [])

    texts = ix.store.articles_by_id({c.article for c in candidates})
    candidate_keys = _passage_keys(ix, {c.article for c in candidates})
    candidate_entity_of = ix.store.entity_of_keys(k for keys in candidate_keys.values() for k in keys)
    source_pairs = source.pairs
    seen_texts: set[tuple[str, str]] = set()
    kept: list[_Candidate] = []
    out_texts: dict[tuple[str, int], str] = {}
    for c in candidates:
        other = texts.get(c.article)
        if other is None or c.passage >= len(other.passages):
            continue
        body = other.passage_text(c.passage)
        # The same paragraph twice in one article (a lead repeated under a photo):
        # one stop of the cursor is enough.
        if (c.article, body) in seen_texts:
            continue
        seen_texts.add((c.article, body))
        cand = analyse(body)
        shared = [stem for stem in source.counts if stem in cand.counts]
        length = sum(cand.counts.values())
        norm = (1 - LENGTH_B) + LENGTH_B * max(length, 1) / avg_len
        term_score = sum(idf[st] for st in shared) / math.sqrt(norm)
        pair_score = sum(min(idf[a], idf[b]) for a, b in source_pairs & cand.pairs)
        number_score = sum(idf[st] for st in shared if _is_number_or_date(st))
        quote_score = sum(idf[st] for st in shared if st in source.quoted and st in cand.quoted)
        their_entities = {candidate_entity_of.get(k, k) for k in candidate_keys.get((c.article, c.passage), ())}
        common_entities = [e for e in entity_ids if e in their_entities]
        entity_score = sum(entity_rarity[e][0] for e in common_entities)
        c.score = (term_score + PAIR_WEIGHT * pair_score + NUMBER_WEIGHT * number_score
                   + QUOTE_WEIGHT * quote_score + ENTITY_WEIGHT * entity_score)
        c.shared_entities = [entity_rarity[e][1] for e in sorted(common_entities, key=lambda e: -entity_rarity[e][0])]
        c.shared_terms = [st for st in sorted(shared, key=lambda st: -idf[st])]
        out_texts[(c.article, c.passage)] = body
        kept.append(c)

    kept.sort(key=lambda c: (-c.score, -c.prior, c.article, c.passage))
    related = []
    for c in kept[:limit]:
        names = c.shared_entities[:MAX_SHARED_ENTITIES]
        related.append(RelatedPassage(
            c.article, texts[c.article].title, c.passage, out_texts[(c.article, c.passage)],
            round(c.score, 4), names, _reason_terms(c.shared_terms, source, names, idf),
        ))
    return Related(article.id, passage, text, related)


def _idf(df: int, n_docs: int) -> float:
    # BM25's idf, floored at a small positive value so a term in most passages
    # still counts a little rather than negatively.
    return max(0.05, math.log((n_docs - df + 0.5) / (df + 0.5) + 1.0) - math.log(2.0))


def _within_budget(probes: list[tuple[str, str, float, int]]) -> list[tuple[str, str, float]]:
    """The probes (field, term, weight, document frequency) to look up: the rarest
    first, as many as fit in the posting budget, so the cost of one call stays
    bounded however big the corpus (rare terms are also the telling ones)."""
    chosen: list[tuple[str, str, float]] = []
    spent = 0
    for field_name, term, weight, df in sorted(probes, key=lambda p: (p[3], p[0], p[1])):
        if df == 0:
            continue
        if chosen and (spent + df > POSTING_BUDGET or len(chosen) >= QUERY_TERMS):
            break
        chosen.append((field_name, term, weight))
        spent += df
    return chosen


def _accumulate(reader, probes: list[tuple[str, str, float]], own_article: str) -> dict[int, float]:
    """Document number -> sum of the weights of the probes it holds (an OR query
    scored by rarity), the passages of `own_article` left out. Reads the posting
    lists directly: much faster in Whoosh than a scored search of many terms."""
    scores: dict[int, float] = {}
    get = scores.get
    for leaf, base in reader.leaf_readers():
        for field_name, term, weight in probes:
            if (field_name, term) not in leaf:
                continue
            for docnum in _posting_ids(leaf.postings(field_name, term)):
                d = docnum + base
                scores[d] = get(d, 0.0) + weight
        if ("article", own_article) in leaf:
            for docnum in _posting_ids(leaf.postings("article", own_article)):
                scores.pop(docnum + base, None)
    return scores


def _posting_ids(matcher) -> Iterator[int]:
    """The document numbers of a posting list. Whoosh's generic `all_ids` steps one
    posting at a time through method calls; its on-disk matcher holds whole blocks
    of ids, read here block by block (three times faster). Any other matcher
    falls back to `all_ids`."""
    if not all(hasattr(matcher, a) for a in ("_read_ids", "_next_block", "_atend", "_i", "_blocklength")):
        yield from matcher.all_ids()
        return
    while not matcher._atend and matcher._i < matcher._blocklength:
        if matcher._ids is None:
            matcher._read_ids()
        yield from matcher._ids[matcher._i:matcher._blocklength]
        matcher._i = matcher._blocklength - 1
        matcher.next()


def _columns(searcher) -> tuple:
    """The article and passage columns of a searcher, kept with it: opening a
    column reads its offset table segment by segment (milliseconds each time)."""
    cols = getattr(searcher, "_related_columns", None)
    if cols is None:
        reader = searcher.reader()
        cols = (reader.column_reader("article"), reader.column_reader("passage"))
        searcher._related_columns = cols
    return cols


def _average_length(reader) -> float:
    try:
        return max(1.0, reader.field_length("body") / max(1, reader.doc_count()))
    except Exception:  # a reader without field lengths: no length normalisation
        return 1.0


def _entities_of(ix: "CorpusIndex", article_id: str, passage: int) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The passage's entity keys -> entity ids, and every key of each of those entities."""
    keys = {row[5] for row in ix.store.mentions_of_article(article_id) if row[0] == passage}
    entity_of_key = ix.store.entity_of_keys(keys)
    for key in keys:
        entity_of_key.setdefault(key, key)
    keys_of_entity: dict[str, list[str]] = {}
    for entity_id in set(entity_of_key.values()):
        keys_of_entity[entity_id] = sorted(set(ix.store.keys_of_entity(entity_id)) | {
            k for k, e in entity_of_key.items() if e == entity_id})
    return entity_of_key, keys_of_entity


def _entity_rarity(ix: "CorpusIndex", entity_ids: list[str]) -> dict[str, tuple[float, str]]:
    """Entity id -> (idf over articles, canonical name)."""
    n_articles = max(1, ix.article_count())
    out: dict[str, tuple[float, str]] = {}
    for entity_id in entity_ids:
        row = ix.store.entity_row(entity_id)
        articles = row[4] if row else 1
        name = row[1] if row else entity_id
        out[entity_id] = (_idf(articles, n_articles), name)
    return out


def _passage_keys(ix: "CorpusIndex", article_ids: set[str]) -> dict[tuple[str, int], set[str]]:
    """(article, passage) -> the entity keys mentioned there, for a few articles at once."""
    out: dict[tuple[str, int], set[str]] = {}
    ids = sorted(article_ids)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        rows = ix.store.db.execute(
            "SELECT a.id, m.passage, m.key FROM mentions m JOIN articles a ON a.n = m.article "
            f"WHERE a.id IN ({marks})", chunk,
        )
        for article_id, p, key in rows:
            out.setdefault((article_id, p), set()).add(key)
    return out


def _reason_terms(shared: list[str], source: _Terms, entity_names: list[str], idf: dict[str, float]) -> list[str]:
    """Readable shared words, rarest first, without the words of the shared entities
    (they are listed already) and without words too common to explain anything."""
    entity_words = {w.lower() for name in entity_names for w in re.findall(r"\w+", name)}
    out: list[str] = []
    for stem in shared:
        word = source.surface(stem)
        if word.lower() in entity_words or idf[stem] < 0.5 or len(word) < 2:
            continue
        if word not in out:
            out.append(word)
        if len(out) == MAX_SHARED_TERMS:
            break
    return out
