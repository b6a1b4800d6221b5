"""Entities: extraction per article, and alias merging across the corpus.

Two halves with a narrow seam between them, so that adding one article never forces
more than a re-run of `resolve` over aggregates:

- `Extractor.extract(text)` sees one article and returns its mentions, each with a *key*:
  the normalised fullest name the mention stands for in that article ("Lavrov" after
  "Sergei Lavrov" gets "sergei lavrov"; "WHO" after "World Health Organization (WHO)"
  gets "world health organization"; a country's every name gets its common name).
- `resolve(stats)` sees the corpus only as one `KeyStat` per key, and clusters keys into
  entities: transliteration/spelling variants, acronyms, bare surnames, short forms of
  organisation names.

Keys are lowercase ASCII words separated by single spaces; they never contain commas.
"""
from __future__ import annotations

import gc
import re
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Protocol

from .entity_rules import EXTRACTOR_NAME, RuleExtractor, normalize_name

__all__ = [
    "ExtractedMention", "Extractor", "KeyStat", "ResolvedEntity", "EXTRACTOR_NAME",
    "default_extractor", "normalize_name", "transliteration_skeleton", "resolve", "lookup", "suggest",
]

ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "OTHER")


@dataclass(frozen=True, slots=True)
class ExtractedMention:
    start: int   # offsets into the article text; text == article_text[start:end]
    end: int
    text: str    # the surface form as written, without a possessive "'s"
    type: str    # "PERSON" | "ORG" | "PLACE" | "OTHER"
    key: str     # normalised fullest name this mention stands for in its article


class Extractor(Protocol):
    name: str  # changes whenever the output may change: a new name forces a re-index

    def extract(self, text: str) -> list[ExtractedMention]: ...


_default: RuleExtractor | None = None


def default_extractor() -> Extractor:
    """The rule-based extractor (shared: its word lists load once, on first use)."""
    global _default
    if _default is None:
        _default = RuleExtractor()
    return _default


@dataclass(slots=True)
class KeyStat:
    key: str
    type_counts: dict[str, int]
    forms: dict[str, int]
    mentions: int
    articles: int


@dataclass(slots=True)
class ResolvedEntity:
    id: str
    name: str
    type: str
    aliases: list[str]
    keys: list[str]
    mentions: int = 0
    articles: int = 0   # an upper bound: the sum over keys (an article may hold two keys)


# --- transliteration folding -------------------------------------------------------

# Spelling differences that transliteration and romanisation produce for one sound:
# Sergei/Sergey, Gaddafi/Qaddafi/Gadhafi, Aleksey/Alexei, Mikheil/Mikhail, Yevgeny/Evgeny.
_SKELETON_INITIAL = (("ye", "e"), ("yu", "iu"), ("ya", "ia"))
_SKELETON_DIGRAPHS = (("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("ck", "k"), ("x", "ks"),
                      ("q", "k"), ("w", "v"), ("y", "i"), ("j", "i"), ("ou", "u"), ("oo", "u"), ("ee", "i"))
_HARD_C = re.compile(r"c(?=[aou]|$)")
_FINAL_EI = re.compile(r"ei$")
_VOWEL_I_VOWEL = re.compile(r"(?<=[aeou])i(?=[aeiou])")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=262144)
def transliteration_skeleton(word: str) -> str:
    """A folding of one normalised word under which romanisation variants coincide."""
    for prefix, replacement in _SKELETON_INITIAL:
        if word.startswith(prefix):
            word = replacement + word[len(prefix):]
            break
    word = _HARD_C.sub("k", word)
    for digraph, replacement in _SKELETON_DIGRAPHS:
        if digraph in word:
            word = word.replace(digraph, replacement)
    word = _FINAL_EI.sub("i", word).replace("ie", "i").replace("ai", "ei")
    word = _VOWEL_I_VOWEL.sub("", word)
    return _DOUBLES.sub(r"\1", word)


_DROP_VOWELS = str.maketrans("", "", "aeiou")


def _consonants(skeleton: str) -> str:
    return skeleton[:1] + skeleton[1:].translate(_DROP_VOWELS)


# --- resolve -------------------------------------------------------------------------

@dataclass(slots=True)
class _Key:
    stat: KeyStat
    type: str
    words: list[str]
    skeletons: list[str]
    acronym: bool


class _UnionFind:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        first, second = self.find(first), self.find(second)
        if first != second:
            # The smaller index wins so results do not depend on merge order.
            if second < first:
                first, second = second, first
            self.parent[second] = first


def _dominant_type(type_counts: dict[str, int]) -> str:
    if len(type_counts) == 1:   # most keys: skip building and sorting a dict
        (only, count), = type_counts.items()
        return only if count > 0 else "OTHER"
    typed = {t: c for t, c in type_counts.items() if t != "OTHER" and c > 0}
    if not typed:
        return "OTHER"
    return max(sorted(typed), key=typed.__getitem__)


def _is_acronym_key(stat: KeyStat) -> bool:
    if " " in stat.key or not 2 <= len(stat.key) <= 6:
        return False
    caps = sum(count for form, count in stat.forms.items() if form.isupper())
    return caps * 2 > sum(stat.forms.values())


def _compatible(first: str, second: str) -> bool:
    return first == second or "OTHER" in (first, second)


_MAX_BLOCK = 150  # blocks bigger than this (very common names) get exact matching only


def resolve(stats: Iterable[KeyStat]) -> list[ResolvedEntity]:
    """Cluster keys into entities, corpus-wide. Deterministic for the same input."""
    with _cycle_collection_paused():
        return _resolve(stats)


@contextmanager
def _cycle_collection_paused():
    """Resolving allocates several containers per key and frees none until it returns, so
    the cyclic garbage collector would walk them (and the caller's KeyStats) over and over:
    more than half the time at 100k keys. Nothing here builds reference cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _resolve(stats: Iterable[KeyStat]) -> list[ResolvedEntity]:
    keys = [_describe(stat) for stat in sorted(stats, key=lambda s: s.key)]
    union = _UnionFind(len(keys))
    _merge_spelling_variants(keys, union)
    _merge_person_variants(keys, union)
    _merge_organisation_short_forms(keys, union)
    _merge_company_suffixes(keys, union)
    _merge_acronyms(keys, union)
    _merge_bare_names(keys, union)
    _merge_short_forms_used_in_articles(keys, union)
    clusters: dict[int, list[int]] = defaultdict(list)
    for index in range(len(keys)):
        clusters[union.find(index)].append(index)
    entities = [_entity_of([keys[i] for i in members]) for members in clusters.values()]
    return _assign_ids(entities)


def _describe(stat: KeyStat) -> _Key:
    words = stat.key.split()
    return _Key(stat=stat, type=_dominant_type(stat.type_counts), words=words,
                skeletons=list(map(transliteration_skeleton, words)), acronym=_is_acronym_key(stat))


def _merge_spelling_variants(keys: list[_Key], union: _UnionFind) -> None:
    """Keys equal under transliteration folding, ignoring spaces: "moon jae in"/"moon jaein"."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if not key.acronym:
            blocks["".join(key.skeletons)].append(index)
    for members in blocks.values():
        if len(members) > 1:
            _union_compatible(keys, union, members)


def _union_compatible(keys: list[_Key], union: _UnionFind, members: list[int]) -> None:
    for typed in ("PERSON", "ORG", "PLACE"):
        group = [i for i in members if keys[i].type in (typed, "OTHER")]
        if len([i for i in group if keys[i].type == typed]) == 0:
            continue
        for other in group[1:]:
            union.union(group[0], other)
    if all(keys[i].type == "OTHER" for i in members):
        for other in members[1:]:
            union.union(members[0], other)


def _merge_person_variants(keys: list[_Key], union: _UnionFind) -> None:
    """Full names that share a surname and whose given names are romanisation variants.

    "Aleksandr Petrov"/"Alexander Petrov" merge; "Lee Jae-myung"/"Lee Jong-sup" do not:
    every word must agree, either exactly or (for words of 5+ letters) on its consonants
    or within one edit of the folded spelling.
    """
    from rapidfuzz.distance import Levenshtein

    blocks: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if key.type == "PERSON" and len(key.words) >= 2:
            count = len(key.words)
            blocks[(count, 0, key.skeletons[0])].append(index)
            blocks[(count, -1, key.skeletons[-1])].append(index)
    for members in blocks.values():
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        # Words that agree begin with the same letter (a velar counting as "k"), so only
        # keys with the same initials can merge: compare within those sub-blocks only.
        by_initials: dict[str, list[int]] = defaultdict(list)
        for index in members:
            by_initials[_velar_initials(keys[index].skeletons)].append(index)
        for group in by_initials.values():
            for position, first in enumerate(group):
                first_skeletons = keys[first].skeletons
                for second in group[position + 1:]:
                    if union.find(first) == union.find(second):
                        continue
                    for a, b in zip(first_skeletons, keys[second].skeletons):
                        if a != b and not _same_name_word(a, b, Levenshtein):
                            break
                    else:
                        union.union(first, second)


_VELAR_INITIAL = str.maketrans("gq", "kk")


def _velar_initials(skeletons: list[str]) -> str:
    return "".join(skeleton[:1] for skeleton in skeletons).translate(_VELAR_INITIAL)


def _same_name_word(first: str, second: str, levenshtein) -> bool:
    if first == second:
        return True
    velar = "gkq"   # Arabic qaf is written q, g or k: Qaddafi/Gaddafi
    if len(first) < 5 or len(second) < 5 or (first[0] != second[0] and not (first[0] in velar and second[0] in velar)):
        return False
    if first[0] != second[0]:
        first, second = "k" + first[1:], "k" + second[1:]
    return _consonants(first) == _consonants(second) or levenshtein.distance(first, second) <= 1


_QUALIFIER_JOINERS = ("of", "for")


def _organisation_core(key: _Key) -> tuple[str, str] | None:
    """("security council", "russ") for "russian security council" and "security council of russia"."""
    words = key.words
    if len(words) < 3:
        return None
    for joiner in _QUALIFIER_JOINERS:
        if joiner in words[2:]:
            position = words.index(joiner, 2)
            if position >= 2 and position == len(words) - 2:
                return " ".join(words[:position]), words[-1][:4]
    return " ".join(words[1:]), words[0][:4]


def _merge_organisation_short_forms(keys: list[_Key], union: _UnionFind) -> None:
    """"Security Council" joins "Russian Security Council" / "Security Council of Russia"
    when every qualified form of it in the corpus carries the same qualifier."""
    by_key = {key.stat.key: index for index, key in enumerate(keys)}
    qualified: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, key in enumerate(keys):
        if key.type != "ORG" or key.acronym:
            continue
        core = _organisation_core(key)
        if core is not None and len(core[0].split()) >= 2:
            qualified[core[0]][core[1]].append(index)
    for core, by_qualifier in qualified.items():
        if len(by_qualifier) != 1:
            continue   # "UN Security Council" and "Russian Security Council": leave the bare one alone
        members = next(iter(by_qualifier.values()))
        for other in members[1:]:
            union.union(members[0], other)
        bare = by_key.get(core)
        if bare is not None and keys[bare].type in ("ORG", "OTHER"):
            union.union(members[0], bare)


# Words that end a company's name in some outlets and not in others.
_COMPANY_SUFFIXES = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "ltda",
                               "plc", "llc", "holdings", "holding", "group", "company", "sa", "ag", "nv", "gmbh", "bhd",
                               "investment", "investments"})


def _merge_company_suffixes(keys: list[_Key], union: _UnionFind) -> None:
    """"Acme Copper Corp." / "Acme Copper Corporation" / "Acme Copper": one company.

    Keys that end on company words merge with each other and with the bare name when
    what is left is the same (two words at least, or one that is not a common word).
    """
    by_key = {key.stat.key: index for index, key in enumerate(keys)}
    by_core: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        words = key.words
        if len(words) < 2 or key.acronym or key.type == "PLACE" or words[-1] not in _COMPANY_SUFFIXES:
            continue
        core = list(words)
        while len(core) > 1 and core[-1] in _COMPANY_SUFFIXES:
            core.pop()
        if len(core) == 1 and _is_common_word(core[0]):
            continue
        by_core[" ".join(core)].append(index)
    for core, members in by_core.items():
        bare = by_key.get(core)
        if bare is not None and keys[bare].type != "PLACE":
            members = [bare, *members]
        for other in members[1:]:
            union.union(members[0], other)


def _merge_short_forms_used_in_articles(keys: list[_Key], union: _UnionFind) -> None:
    """A one-word key joins the one longer key that articles wrote it as.

    "Sernageomin" alone in one article joins "National Geology and Mining Service", which
    another article defined as "(Sernageomin)"; a surname written for two different full
    names ("Quispe") joins neither.
    """
    wanted = {key.stat.key: index for index, key in enumerate(keys) if len(key.words) == 1 and not key.acronym}
    if not wanted:
        return
    owners: dict[str, set[int]] = defaultdict(set)
    for index, key in enumerate(keys):
        if len(key.words) < 2:
            continue
        for form in key.stat.forms:
            if " " in form or "-" in form:
                continue
            short = normalize_name(form)
            if short in wanted:
                owners[short].add(union.find(index))
    for short, roots in owners.items():
        if len(roots) == 1:
            root = roots.pop()
            index = wanted[short]
            if _compatible(keys[index].type, keys[root].type) or keys[index].type == "PERSON" and keys[root].type == "ORG":
                union.union(root, index)


def _initials_of(words: list[str]) -> set[str]:
    skipped = {"of", "the", "and", "for", "on", "in", "de", "la", "du"}
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words if w not in skipped), "".join(w[0] for w in words)}


def _merge_acronyms(keys: list[_Key], union: _UnionFind) -> None:
    """An acronym joins the one entity with a name (key or surface form) of those initials."""
    wanted = {key.stat.key for key in keys if key.acronym}
    if not wanted:
        return
    first_letters = frozenset(acronym[0] for acronym in wanted)
    by_initials: dict[str, set[int]] = defaultdict(set)
    for index, key in enumerate(keys):
        if key.acronym:
            continue
        names = {normalize_name(form) for form in key.stat.forms if " " in form or "-" in form}
        names.discard(key.stat.key)
        for words in (key.words, *(name.split() for name in names)):
            if len(words) < 2 or words[0][0] not in first_letters:
                continue
            for initials in _initials_of(words):
                if initials in wanted:
                    by_initials[initials].add(index)
    for index, key in enumerate(keys):
        if not key.acronym:
            continue
        roots = {union.find(i) for i in by_initials.get(key.stat.key, ())}
        if len(roots) == 1:
            union.union(roots.pop(), index)


def _merge_bare_names(keys: list[_Key], union: _UnionFind) -> None:
    """A lone surname or given name joins the one person cluster that has it, if only one does."""
    by_word: dict[str, set[int]] = defaultdict(set)
    for index, key in enumerate(keys):
        if key.type == "PERSON" and len(key.words) >= 2:
            by_word[key.skeletons[-1]].add(index)
            by_word[key.skeletons[0]].add(index)
    for index, key in enumerate(keys):
        if len(key.words) != 1 or key.acronym or key.type not in ("PERSON", "OTHER"):
            continue
        if key.type == "OTHER" and _is_common_word(key.words[0]):
            continue   # "Securities" is not the surname of "Montgomery Securities"
        roots = {union.find(i) for i in by_word.get(key.skeletons[0], ())}
        if len(roots) == 1:
            union.union(roots.pop(), index)


def _is_common_word(word: str) -> bool:
    from .entity_lexicon import lexicon
    return lexicon().zipf(word) >= 3.5


def _entity_of(members: list[_Key]) -> ResolvedEntity:
    if len(members) == 1:   # most keys stand alone: skip the merging of counts
        key = members[0]
        forms = key.stat.forms
        return ResolvedEntity(
            id="", name=_canonical_name(members, forms), type=key.type,
            aliases=sorted(forms, key=lambda form: (-forms[form], form)) if len(forms) > 1 else list(forms),
            keys=[key.stat.key],
            mentions=key.stat.mentions, articles=key.stat.articles)
    type_counts: dict[str, int] = defaultdict(int)
    forms: dict[str, int] = defaultdict(int)
    for key in members:
        for entity_type, count in key.stat.type_counts.items():
            type_counts[entity_type] += count
        for form, count in key.stat.forms.items():
            forms[form] += count
    entity_type = _dominant_type(type_counts)
    aliases = sorted(forms, key=lambda form: (-forms[form], form))
    return ResolvedEntity(
        id="", name=_canonical_name(members, forms), type=entity_type, aliases=aliases,
        keys=sorted(key.stat.key for key in members),
        mentions=sum(key.stat.mentions for key in members), articles=sum(key.stat.articles for key in members),
    )


def _canonical_name(members: list[_Key], forms: dict[str, int]) -> str:
    """The fullest common form: the most-used surface form of the best key.

    The best key is a non-acronym one with the most words (a full name over a surname,
    "World Health Organization" over "WHO"), ties broken by mentions. Keys of places
    are the gazetteer's common name ("North Korea", not the official long form).
    """
    if len(members) == 1:
        best = members[0]
    else:
        candidates = [key for key in members if not key.acronym] or members
        best = max(candidates, key=lambda key: (len(key.words), key.stat.mentions, key.stat.key))
    if len(best.stat.forms) == 1:   # most keys: the one form, unless it is not spelt as the key
        (form,) = best.stat.forms
        if best.type == "PLACE" and normalize_name(form) != best.stat.key:
            return " ".join(word.capitalize() for word in best.stat.key.split())
        return form
    matching = {form: count for form, count in best.stat.forms.items() if normalize_name(form) == best.stat.key}
    if not matching:
        # The key came from the gazetteer or an acronym definition: spell it as a title.
        own_forms = best.stat.forms
        longest = max(own_forms, key=lambda form: (len(normalize_name(form).split()), own_forms[form], form))
        if best.type == "PLACE":
            return " ".join(word.capitalize() for word in best.stat.key.split())
        return longest
    return max(sorted(matching), key=lambda form: (matching[form], not form.isupper()))


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("-", normalize_name(name)).strip("-") or "entity"


def _assign_ids(entities: list[ResolvedEntity]) -> list[ResolvedEntity]:
    entities.sort(key=lambda e: (-e.mentions, e.name, e.keys))
    # Ids are given in a canonical order (by slug, then the entity's smallest key) so that
    # an id does not change when the mention counts of other entities do.
    slugs = [(_slug(entity.name), entity.keys[0], index) for index, entity in enumerate(entities)]
    taken: set[str] = set()
    for base, _first_key, index in sorted(slugs):
        entity = entities[index]
        candidate = base
        if candidate in taken:
            candidate = f"{base}-{entity.type.lower()}"
        suffix = 2
        while candidate in taken:
            candidate = f"{base}-{suffix}"
            suffix += 1
        taken.add(candidate)
        entity.id = candidate
    return entities


# --- lookup ----------------------------------------------------------------------------

# The steps of `lookup`, tried in order; the first that finds exactly one entity wins.
LOOKUP_ID, LOOKUP_NAME, LOOKUP_ALIAS, LOOKUP_SPELLING, LOOKUP_PERSON_WORD, LOOKUP_INITIALS = range(6)


def lookup_forms(entity: ResolvedEntity) -> set[tuple[int, str]]:
    """Every (step, form) under which `lookup` finds `entity`. Precomputed, they let a
    store answer a lookup with a few indexed queries instead of a scan of all entities."""
    forms = {(LOOKUP_ID, entity.id), (LOOKUP_NAME, normalize_name(entity.name))}
    forms.update((LOOKUP_ALIAS, key) for key in entity.keys)
    for alias in {entity.name, *entity.aliases}:
        normalised = normalize_name(alias)
        words = normalised.split()
        if alias in entity.aliases:
            forms.add((LOOKUP_ALIAS, normalised))
            forms.add((LOOKUP_SPELLING, _skeleton_of(normalised)))
            if entity.type == "PERSON":
                # A person is found by the first or the last word of a name (given name, surname).
                forms.update((LOOKUP_PERSON_WORD, transliteration_skeleton(w)) for w in words[::max(1, len(words) - 1)])
        forms.update((LOOKUP_INITIALS, initials) for initials in _initials_of(words))
    return forms


def lookup_queries(name: str) -> list[tuple[int, str]]:
    """The (step, form) pairs to look `name` up under, in order."""
    wanted = normalize_name(name)
    if not wanted:
        return []
    queries = [(LOOKUP_ID, name.strip().lower()), (LOOKUP_NAME, wanted), (LOOKUP_ALIAS, wanted),
               (LOOKUP_SPELLING, _skeleton_of(wanted))]
    if " " not in wanted:
        queries += [(LOOKUP_PERSON_WORD, _skeleton_of(wanted)), (LOOKUP_INITIALS, wanted)]
    return queries


def pick_candidate(found: list[tuple[str, int]]) -> str | None | bool:
    """Of the (entity id, mentions) one lookup step found: the id; None when the step is
    ambiguous (lookup stops there); False when it found nothing (try the next step).
    Several entities carrying one alias go to the one most of its uses belong to, if it
    clearly dominates."""
    if not found:
        return False
    if len(found) == 1:
        return found[0][0]
    found = sorted(found, key=lambda f: -f[1])
    return found[0][0] if found[0][1] >= 4 * max(found[1][1], 1) else None


def lookup(entities: Iterable[ResolvedEntity], name: str) -> ResolvedEntity | None:
    """The entity a user means by `name`, or None when there is none or several.

    Tried in order, stopping at the first step that finds exactly one entity (an
    ambiguous step returns None): the id; the canonical name under `normalize_name`; an
    alias; an alias under transliteration folding; a person's surname or given name; an
    acronym's initials.
    """
    by_form: dict[tuple[int, str], list[ResolvedEntity]] = defaultdict(list)
    by_id: dict[str, ResolvedEntity] = {}
    for entity in entities:
        by_id[entity.id] = entity
        for form in lookup_forms(entity):
            by_form[form].append(entity)
    for query in lookup_queries(name):
        chosen = pick_candidate([(e.id, e.mentions) for e in by_form.get(query, ())])
        if chosen is not False:
            return by_id[chosen] if chosen else None
    return None


def _skeleton_of(normalised: str) -> str:
    return "".join(transliteration_skeleton(w) for w in normalised.split())


def suggest(entities: Iterable[ResolvedEntity], name: str, n: int = 5) -> list[str]:
    """Canonical names of the entities whose aliases are closest to `name` ("did you mean")."""
    from rapidfuzz import fuzz, process

    choices: dict[str, str] = {}
    for entity in sorted(entities, key=lambda e: -e.mentions):
        for alias in (entity.name, *entity.aliases):
            choices.setdefault(normalize_name(alias), entity.name)
    wanted = normalize_name(name)
    if not wanted or not choices:
        return []
    results: list[str] = []
    for alias, _score, _index in process.extract(wanted, list(choices), scorer=fuzz.WRatio, limit=n * 4,
                                                   score_cutoff=60):
        entity_name = choices[alias]
        if entity_name not in results:
            results.append(entity_name)
        if len(results) == n:
            break
    return results
