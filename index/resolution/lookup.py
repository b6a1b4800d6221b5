"""Finding the entity a user means by a name: any alias, case-insensitively, under
spelling folds; and "did you mean" suggestions when there is none."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Literal

from ..lexicon import normalize_name
from .keys import ResolvedEntity
from .spelling import initials_of, skeleton_of, transliteration_skeleton

# The steps of `find_entity`, tried in order; the first that finds exactly one entity wins.
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


def pick_candidate(found: list[tuple[str, int]]) -> str | None | Literal[False]:
    """Of the (entity id, mentions) one lookup step found: the id; None when the step is
    ambiguous (the search stops there); False when it found nothing (try the next step).
    Several entities carrying one alias go to the one most of its uses belong to, if it
    clearly dominates."""
    if not found:
        return False
    if len(found) == 1:
        return found[0][0]
    found = sorted(found, key=lambda f: -f[1])
    return found[0][0] if found[0][1] >= 4 * max(found[1][1], 1) else None


def find_entity(entities: Iterable[ResolvedEntity], name: str) -> ResolvedEntity | None:
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
