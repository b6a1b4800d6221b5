"""A cluster of keys made an entity: its counts, canonical name, aliases and a stable id."""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Iterable

from ..lexicon import demonym_of, lexicon, normalize_name
from ..model import EntityType
from .keys import Key, ResolvedEntity, dominant_type, is_common_word, is_company_name, without_company_suffix
from .spelling import transliteration_skeleton


def entity_of(members: list[Key]) -> ResolvedEntity:
    if len(members) == 1:   # most keys stand alone: skip the merging of counts
        key = members[0]
        forms = key.stat.forms
        return ResolvedEntity(
            id="", name=_canonical_name(members, forms), type=key.type,
            aliases=sorted(forms, key=lambda form: (-forms[form], form)) if len(forms) > 1 else list(forms),
            keys=[key.stat.key],
            mentions=key.stat.mentions, articles=key.stat.articles)
    type_counts: dict[EntityType, int] = defaultdict(int)
    guessed: dict[EntityType, int] = defaultdict(int)
    all_forms: dict[str, int] = defaultdict(int)
    for key in members:
        for mention_type, count in key.stat.type_counts.items():
            type_counts[mention_type] += count
        for mention_type, count in key.stat.guessed_types.items():
            guessed[mention_type] += count
        for form, count in key.stat.forms.items():
            all_forms[form] += count
    aliases = sorted(all_forms, key=lambda form: (-all_forms[form], form))
    # A cluster holding a company's full name is that company, however many of its
    # short forms were typed by their shape ("Boeing said": a person's shape).
    entity_type: EntityType = "ORG" if any(key.type == "ORG" and is_company_name(key.words) for key in members) \
        else dominant_type(type_counts, guessed)
    return ResolvedEntity(
        id="", name=_canonical_name(members, all_forms), type=entity_type, aliases=aliases,
        keys=sorted(key.stat.key for key in members),
        mentions=sum(key.stat.mentions for key in members), articles=sum(key.stat.articles for key in members),
    )


def _canonical_name(members: list[Key], forms: dict[str, int]) -> str:
    """The fullest common form: the most-used surface form of the best key.

    The best key is a non-acronym one with the most words (a full name over a surname,
    "World Health Organization" over "WHO"), ties broken by mentions; not a person's name
    with a word before it that the name is written without more often ("White House" over
    "Reagan White House"); a company's name without its company words when written more
    often ("Reuters" over "Reuters Holdings Plc"). Keys of places are the gazetteer's
    common name ("Bolivia", not the official long form).
    """
    if len(members) == 1:
        best = members[0]
    else:
        candidates = [key for key in members if not key.acronym] or members
        best = max(candidates, key=lambda key: (len(key.words), key.stat.mentions, key.stat.key))
        if best.type != "PERSON" and len(best.words) > 2 and is_common_word(best.words[0]):
            # A word glued before an organisation's name by one outlet's style ("Reagan
            # White House", "U.S. Federal Reserve Board", "By Chrysler Corp" in a line of
            # odd capitals) is not its name: the name without it, written more often, is
            # (a rare word is the name's own: "Kidder Peabody", not "Peabody").
            shorter = next((key for key in candidates if key.words == best.words[1:]), None)
            if shorter is not None and shorter.stat.mentions > best.stat.mentions:
                best = shorter
        core = without_company_suffix(best.words)
        if len(core) < len(best.words):
            bare = next((key for key in candidates if key.words == core), None)
            if bare is not None and bare.stat.mentions > best.stat.mentions:
                best = bare
    if len(best.stat.forms) == 1:   # most keys: the one form, unless it is not spelt as the key
        (form,) = best.stat.forms
        if best.type == "PLACE" and normalize_name(form) != best.stat.key:
            return " ".join(word.capitalize() for word in best.stat.key.split())
        return _with_its_country(form, best.stat.key)
    matching = {form: count for form, count in best.stat.forms.items() if normalize_name(form) == best.stat.key}
    if not matching:
        # The key came from the gazetteer or an acronym definition: spell it as a title.
        own_forms = best.stat.forms
        longest = max(own_forms, key=lambda form: (len(normalize_name(form).split()), own_forms[form], form))
        if best.type == "PLACE":
            return " ".join(word.capitalize() for word in best.stat.key.split())
        return _with_its_country(longest, best.stat.key)
    return max(sorted(matching), key=lambda form: (matching[form], not form.isupper()))


def _with_its_country(form: str, key: str) -> str:
    """"Finance Ministry (Japan)": a body every country has, written without its country,
    whose key the article's country was put before (see extraction's
    `_institutions_of_their_country`): the name says which country's it is, or the
    finance ministries of two countries would read as one name."""
    written = normalize_name(form)
    if written == key or not key.endswith(" " + written):
        return form
    country = key[:-len(written) - 1]
    place = lexicon().places.get(country)
    if place is not None and place[1] == "country":
        return f"{form} ({place[0]})"
    return f"{form} ({country.title()})" if " " not in country and demonym_of(country) else form   # "(French)"


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def _slug(name: str) -> str:
    return _NOT_SLUG.sub("-", normalize_name(name)).strip("-") or "entity"


def assign_ids(entities: list[ResolvedEntity], taken_already: Iterable[str] = ()) -> list[ResolvedEntity]:
    """Give each entity its id, none of them one of `taken_already` (the ids of the
    entities an incremental resolution keeps)."""
    entities.sort(key=lambda e: (-e.mentions, e.name, e.keys))
    # Ids are given in a canonical order (by slug, then the entity's smallest key) so that
    # an id does not change when the mention counts of other entities do.
    slugs = [(_slug(entity.name), entity.keys[0], index) for index, entity in enumerate(entities)]
    shared = _shared_slugs(entities, slugs)
    taken: set[str] = set(taken_already)
    for base, _first_key, index in sorted(slugs):
        entity = entities[index]
        candidate = base
        if candidate in taken or base in shared:
            candidate = f"{base}-{entity.type.lower()}"
        suffix = 2
        while candidate in taken:
            candidate = f"{base}-{suffix}"
            suffix += 1
        taken.add(candidate)
        entity.id = candidate
    return entities


def _shared_slugs(entities: list[ResolvedEntity], slugs: list[tuple[str, str, int]]) -> set[str]:
    """Slugs that must not be an id as they are: an id is looked up before any name, so an
    id that is also a name several entities answer to ("baker": an organisation, and the
    surname of two people) would hide that ambiguity. Such an entity's id gets its type."""
    owners: dict[str, int] = defaultdict(int)
    for base, _key, _index in slugs:
        owners[base] += 1
    words: dict[str, set[int]] = defaultdict(set)
    for index, entity in enumerate(entities):
        if entity.type != "PERSON":
            continue
        for alias in entity.aliases:
            parts = normalize_name(alias).split()
            if len(parts) >= 2:
                words[transliteration_skeleton(parts[0])].add(index)
                words[transliteration_skeleton(parts[-1])].add(index)
    shared = {base for base, count in owners.items() if count > 1}
    for base, _key, index in slugs:
        if "-" not in base and (words.get(transliteration_skeleton(base), set()) - {index}):
            shared.add(base)
    return shared
