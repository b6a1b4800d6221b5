"""Finding the entity a user means by a name: any alias, case-insensitively, under
spelling folds; and "did you mean" suggestions when there is none."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Literal

from ..lexicon import normalize_name
from .keys import ResolvedEntity
from .spelling import initials_of, skeleton_of, transliteration_skeleton

# The steps of `find_entity`; `lookup_tiers` groups them into the tiers tried in order.
LOOKUP_ID, LOOKUP_NAME, LOOKUP_ALIAS, LOOKUP_SPELLING, LOOKUP_PERSON_WORD, LOOKUP_INITIALS = range(6)


def lookup_forms(entity: ResolvedEntity) -> set[tuple[int, str]]:
    """Every (step, form) under which `find_entity` finds `entity`. Precomputed, they let a
    store answer a lookup with a few indexed queries instead of a scan of all entities."""
    forms = {(LOOKUP_ID, entity.id), (LOOKUP_NAME, normalize_name(entity.name))}
    forms.update((LOOKUP_ALIAS, key) for key in entity.keys)
    for alias in {entity.name, *entity.aliases}:
        normalised = normalize_name(alias)
        words = normalised.split()
        if alias in entity.aliases:
            forms.add((LOOKUP_ALIAS, normalised))
            forms.add((LOOKUP_SPELLING, skeleton_of(normalised)))
            if entity.type == "PERSON":
                # A person is found by the first or the last word of a name (given name, surname).
                forms.update((LOOKUP_PERSON_WORD, transliteration_skeleton(w)) for w in words[::max(1, len(words) - 1)])
        forms.update((LOOKUP_INITIALS, initials) for initials in initials_of(words))
    return forms


def lookup_queries(name: str) -> list[tuple[int, str]]:
    """The (step, form) pairs to look `name` up under, in order."""
    wanted = normalize_name(name)
    if not wanted:
        return []
    queries = [(LOOKUP_ID, name.strip().lower()), (LOOKUP_NAME, wanted), (LOOKUP_ALIAS, wanted),
               (LOOKUP_SPELLING, skeleton_of(wanted))]
    if " " not in wanted:
        queries += [(LOOKUP_PERSON_WORD, skeleton_of(wanted)), (LOOKUP_INITIALS, wanted)]
    return queries


def lookup_tiers(name: str) -> list[list[tuple[int, str]]]:
    """The (step, form) pairs to look `name` up under, grouped in tiers tried in order.

    The first tier that finds any entity decides: one entity is the answer, several are
    an ambiguity to show (never silently settled for the biggest). The id is a tier of its
    own, so an exact entity id always resolves; the canonical name, an alias and (for one
    word) a person's given name or surname are one tier, so "Baker" that is an alias of an
    organisation and the surname of a person is ambiguous; then spelling folds; then initials.
    """
    tier_of = {LOOKUP_ID: 0, LOOKUP_NAME: 1, LOOKUP_ALIAS: 1, LOOKUP_PERSON_WORD: 1, LOOKUP_SPELLING: 2,
               LOOKUP_INITIALS: 3}
    tiers: list[list[tuple[int, str]]] = [[], [], [], []]
    for step, form in lookup_queries(name):
        tiers[tier_of[step]].append((step, form))
    return [tier for tier in tiers if tier]


def pick_candidate(found: list[tuple[str, int]]) -> str | None | Literal[False]:
    """Of the (entity id, mentions) one lookup tier found: the id when it found exactly one
    entity; None when it found several (ambiguous: the search stops there and the caller
    shows the candidates); False when it found nothing (try the next tier)."""
    ids = {entity_id for entity_id, _mentions in found}
    if not ids:
        return False
    return ids.pop() if len(ids) == 1 else None


def ambiguous_candidates(found: list[tuple[str, int]]) -> list[str]:
    """The distinct entity ids of an ambiguous tier, most mentioned first."""
    mentions: dict[str, int] = {}
    for entity_id, count in found:
        mentions[entity_id] = max(count, mentions.get(entity_id, 0))
    return sorted(mentions, key=lambda entity_id: (-mentions[entity_id], entity_id))


def find_entity(entities: Iterable[ResolvedEntity], name: str) -> ResolvedEntity | None:
    """The entity a user means by `name`, or None when there is none or several.

    Tried tier by tier (see `lookup_tiers`), stopping at the first tier that finds any
    entity: exactly one is the answer; several make the name ambiguous (None here;
    `candidates_for` lists them).
    """
    found = candidates_for(entities, name)
    return found[0] if len(found) == 1 else None


def candidates_for(entities: Iterable[ResolvedEntity], name: str) -> list[ResolvedEntity]:
    """The entities of the first lookup tier that finds any for `name`, most mentioned first:
    one when `name` is unambiguous, several when it is shared, none when it is unknown."""
    by_form: dict[tuple[int, str], list[ResolvedEntity]] = defaultdict(list)
    by_id: dict[str, ResolvedEntity] = {}
    for entity in entities:
        by_id[entity.id] = entity
        for form in lookup_forms(entity):
            by_form[form].append(entity)
    for tier in lookup_tiers(name):
        found = [(e.id, e.mentions) for query in tier for e in by_form.get(query, ())]
        if found:
            return [by_id[entity_id] for entity_id in ambiguous_candidates(found)]
    return []


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
