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

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .backend import SearchBackend
from .model import Article, Related, RelatedPassage
from .search import ANALYZER
from .store import Store

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
        return set(zip(self.order, self.order[1:], strict=False))

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


def related_passages(backend: SearchBackend, store: Store, article: Article, passage: int,
                     limit: int = 10) -> Related:
    """The passages of other articles most likely reporting what passage `passage` of
    `article` reports, best first. The store's entity clusters must be current."""
    text = article.passage_text(passage)
    source = analyse(text)
    entity_of_key, keys_of_entity = _entities_of(store, article.id, passage)
    entity_ids = sorted(set(entity_of_key.values()))
    entity_keys = [("entities", key) for entity_id in entity_ids for key in keys_of_entity.get(entity_id, ())]
    stats = backend.term_stats([("body", stem) for stem in source.counts] + entity_keys)
    df = {stem: stats.frequencies[("body", stem)] for stem in source.counts}
    idf = {stem: _idf(n, stats.passages) for stem, n in df.items()}
    entity_rarity = _entity_rarity(store, entity_ids)
    probes = [("body", stem, idf[stem] * (1 + math.log(source.counts[stem])), df[stem]) for stem in source.counts]
    for entity_id in entity_ids:
        for key in keys_of_entity.get(entity_id, ()):
            probes.append(("entities", key, ENTITY_WEIGHT * entity_rarity[entity_id][0],
                           stats.frequencies[("entities", key)]))
    found = backend.candidates(_within_budget(probes), article.id, CANDIDATES)
    candidates = [_Candidate(ref.article, ref.passage, ref.score) for ref in found]
    avg_len = stats.average_length
    if not candidates:
        return Related(article.id, passage, text, [])

    texts = store.articles_by_id({c.article for c in candidates})
    candidate_keys = store.passage_keys({c.article for c in candidates})
    candidate_entity_of = store.entity_of_keys(k for keys in candidate_keys.values() for k in keys)
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










def _entities_of(store: Store, article_id: str, passage: int) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The passage's entity keys -> entity ids, and every key of each of those entities."""
    keys = {m.key for m in store.mentions_of_article(article_id) if m.passage == passage}
    entity_of_key = store.entity_of_keys(keys)
    for key in keys:
        entity_of_key.setdefault(key, key)
    keys_of_entity: dict[str, list[str]] = {}
    for entity_id in set(entity_of_key.values()):
        keys_of_entity[entity_id] = sorted(set(store.keys_of_entity(entity_id)) | {
            k for k, e in entity_of_key.items() if e == entity_id})
    return entity_of_key, keys_of_entity


def _entity_rarity(store: Store, entity_ids: list[str]) -> dict[str, tuple[float, str]]:
    """Entity id -> (idf over articles, canonical name)."""
    n_articles = max(1, store.article_count())
    out: dict[str, tuple[float, str]] = {}
    for entity_id in entity_ids:
        entity = store.entity(entity_id)
        articles = entity.articles if entity else 1
        name = entity.name if entity else entity_id
        out[entity_id] = (_idf(articles, n_articles), name)
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
