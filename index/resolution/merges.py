"""The merge rules: the decisions that two keys name one entity. Each rule unions keys
in a union-find; `merge_keys` runs them in order (the order matters: later rules see
the clusters earlier ones made)."""
from __future__ import annotations

from collections import defaultdict

from ..extraction.word_lists import NAME_SYLLABLE
from ..lexicon import ORG_HEADS, lexicon, normalize_name
from .keys import (
    COMPANY_SUFFIXES,
    Key,
    UnionFind,
    compatible,
    is_common_word,
    is_everyday_word,
    without_company_suffix,
)
from .spelling import consonants, initials_of

_MAX_BLOCK = 150  # blocks bigger than this (very common names) get exact matching only


def merge_keys(keys: list[Key], union: UnionFind) -> None:
    _merge_spelling_variants(keys, union)
    _merge_plural_forms(keys, union)
    _merge_person_variants(keys, union)
    _merge_organisation_short_forms(keys, union)
    _merge_party_names(keys, union)
    _merge_company_suffixes(keys, union)
    _merge_word_order_variants(keys, union)
    _merge_acronyms(keys, union)
    _merge_bare_names(keys, union)
    _merge_short_forms_used_in_articles(keys, union)


def _merge_spelling_variants(keys: list[Key], union: UnionFind) -> None:
    """Keys equal under transliteration folding, ignoring spaces: "moon jae in"/"moon jaein"."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if not key.acronym:
            blocks["".join(key.skeletons)].append(index)
            if key.core is not key.skeletons:
                blocks["".join(key.core)].append(index)
    for members in blocks.values():
        if len(members) > 1:
            _union_compatible(keys, union, members)


def _merge_plural_forms(keys: list[Key], union: UnionFind) -> None:
    """"Liberal Democrat"/"Liberal Democrats", "REUTER" (a sign-off)/"Reuters": an
    organisation's name with and without a final "s", when one of them is typed ORG and
    neither is a person or a place; and a thing's, both typed OTHER ("Oscar"/"Oscars",
    "iPod"/"iPods")."""
    by_key = {key.stat.key: index for index, key in enumerate(keys)}
    for index, key in enumerate(keys):
        if key.acronym or key.type in ("PERSON", "PLACE") or not key.stat.key.endswith("s") or len(key.stat.key) < 5:
            continue
        other = by_key.get(key.stat.key[:-1])
        if other is None or keys[other].type in ("PERSON", "PLACE") \
                or "ORG" not in (key.type, keys[other].type) and not key.type == keys[other].type == "OTHER":
            continue
        union.union(index, other)


def _union_compatible(keys: list[Key], union: UnionFind, members: list[int]) -> None:
    for typed in ("PERSON", "ORG", "PLACE"):
        group = [i for i in members if keys[i].type in (typed, "OTHER")]
        if len([i for i in group if keys[i].type == typed]) == 0:
            continue
        for other in group[1:]:
            union.union(group[0], other)
    if all(keys[i].type == "OTHER" for i in members):
        for other in members[1:]:
            union.union(members[0], other)


def _merge_person_variants(keys: list[Key], union: UnionFind) -> None:
    """Full names that share a surname and whose given names are romanisation variants.

    "Aleksandr Petrov"/"Alexander Petrov" merge; "Lee Jae-myung"/"Lee Min-sup" do not:
    every word must agree, either exactly or (for words of 5+ letters) on its consonants
    or within one edit of the folded spelling.
    """
    from rapidfuzz.distance import Levenshtein

    blocks: dict[tuple[int, int, str], list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if key.type == "PERSON" and len(key.core) >= 2:
            count = len(key.core)
            # Blocked on consonants, velars as one: Moammar/Muammar, Qadhafi/Gaddafi.
            blocks[(count, 0, consonants(key.core[0].translate(_VELAR_INITIAL)))].append(index)
            blocks[(count, -1, consonants(key.core[-1].translate(_VELAR_INITIAL)))].append(index)
    for members in blocks.values():
        if len(members) < 2 or len(members) > _MAX_BLOCK:
            continue
        # Words that agree begin with the same letter (a velar counting as "k"), so only
        # keys with the same initials can merge: compare within those sub-blocks only.
        by_initials: dict[str, list[int]] = defaultdict(list)
        for index in members:
            by_initials[_velar_initials(keys[index].core)].append(index)
        for group in by_initials.values():
            for position, first in enumerate(group):
                first_skeletons = keys[first].core
                for second in group[position + 1:]:
                    if union.find(first) == union.find(second):
                        continue
                    for a, b in zip(first_skeletons, keys[second].core, strict=False):
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
    if first[:-1] == second[:-1] and first[-1] in "aeiou" and second[-1] in "aeiou":
        return False   # Maria/Mario, Petrova/Petrovo: another name (of another sex), not a spelling
    velar = "gkq"   # Arabic qaf is written q, g or k: Qaddafi/Gaddafi
    if len(first) < 5 or len(second) < 5 or (first[0] != second[0] and not (first[0] in velar and second[0] in velar)):
        return False
    if first[0] != second[0]:
        first, second = "k" + first[1:], "k" + second[1:]
    return consonants(first) == consonants(second) or levenshtein.distance(first, second) <= 1


_QUALIFIER_JOINERS = ("of", "for")


def _organisation_core(key: Key) -> tuple[str, str] | None:
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


def _merge_organisation_short_forms(keys: list[Key], union: UnionFind) -> None:
    """"Security Council" joins "French Security Council" / "Security Council of France"
    when every qualified form of it in the corpus carries the same qualifier; and so does
    an event's name its sponsor's ("Six Nations", "RBS Six Nations")."""
    by_key = {key.stat.key: index for index, key in enumerate(keys)}
    qualified: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for index, key in enumerate(keys):
        if key.type not in ("ORG", "OTHER") or key.acronym:
            continue   # (events too: "Flora London Marathon", "RBS Six Nations")
        core = _organisation_core(key)
        if core is not None and len(core[0].split()) >= 2:
            qualified[core[0]][core[1]].append(index)
    for core_name, by_qualifier in qualified.items():
        if len(by_qualifier) != 1:
            continue   # "UN Security Council" and "French Security Council": leave the bare one alone
        members = next(iter(by_qualifier.values()))
        for other in members[1:]:
            union.union(members[0], other)
        bare = by_key.get(core_name)
        if bare is not None and keys[bare].type in ("ORG", "OTHER"):
            union.union(members[0], bare)


def _merge_party_names(keys: list[Key], union: UnionFind) -> None:
    """"Labour Party" and "Labour": a party is named without its head word as often as with it."""
    organisations = {key.stat.key: index for index, key in enumerate(keys) if key.type == "ORG" and not key.acronym}
    for key, index in organisations.items():
        words = key.split()
        if len(words) >= 2 and words[-1] == "party" and words[-2] not in ORG_HEADS:   # (not "Congress Party")
            bare = organisations.get(" ".join(words[:-1]))
            if bare is not None:
                union.union(index, bare)


def _merge_company_suffixes(keys: list[Key], union: UnionFind) -> None:
    """"Acme Copper Corp." / "Acme Copper Corporation" / "Acme Copper": one company.

    Keys that end on company words merge with each other when what is left is the same
    ("News Corp" / "News Corporation"), and with the bare name when that is two words at
    least, or one that is not a word of everyday English ("General Corp" is not
    "General"; "Boeing Co" is "Boeing", a name famous enough to be a common word). A bare
    surname stays apart when a person of the corpus has it ("Williams" with "Charles
    Williams" about is not "Williams Cos"); a bare place unless it is a small town the
    company is named more often than.
    """
    by_key = {key.stat.key: index for index, key in enumerate(keys)}
    by_core: dict[str, list[int]] = defaultdict(list)
    everyday: set[str] = set()   # cores that are an everyday word: the suffixed forms merge, not the bare word
    for index, key in enumerate(keys):
        words = key.words
        if len(words) < 2 or key.acronym or key.type == "PLACE" or words[-1] not in COMPANY_SUFFIXES:
            continue
        core = without_company_suffix(words)
        if len(core) == 1 and is_everyday_word(core[0]):
            everyday.add(core[0])
        by_core[" ".join(core)].append(index)
    surnames = {key.words[-1] for key in keys if key.type == "PERSON" and len(key.words) >= 2}
    for core_name, members in by_core.items():
        bare = by_key.get(core_name)
        if bare is not None and core_name not in surnames and core_name not in everyday and (
                keys[bare].type != "PLACE" or _company_more_than_town(keys[bare], [keys[i] for i in members])):
            members = [bare, *members]
        for other in members[1:]:
            union.union(members[0], other)


def _company_more_than_town(town: Key, companies: list[Key]) -> bool:
    """"Texaco" typed a place (a small town is called so) where the corpus names "Texaco
    Inc" more often than the town: the company."""
    return town.stat.key in lexicon().small_towns \
        and sum(key.stat.mentions for key in companies) >= town.stat.mentions


def _merge_word_order_variants(keys: list[Key], union: UnionFind) -> None:
    """"Ministry of Finance"/"Finance Ministry", "Bureau of Statistics"/"Statistics Bureau":
    an organisation's head noun before "of" and its modifier, or the modifier before the
    head noun, are one name (qualifiers before them kept: "Dutch Ministry of Finance"/
    "Dutch Finance Ministry"). The acronym of either order then joins both."""
    by_key = {key.stat.key: index for index, key in enumerate(keys)}
    places = lexicon().places
    for index, key in enumerate(keys):
        words = key.words
        if key.acronym or key.type in ("PERSON", "PLACE") or "of" not in words[1:-1]:
            continue
        position = words.index("of", 1)
        head, modifier = words[position - 1], words[position + 1:]
        if modifier[:1] == ["the"]:
            modifier = modifier[1:]
        if head not in ORG_HEADS or not 1 <= len(modifier) <= 2 or "of" in modifier or "and" in modifier \
                or " ".join(modifier) in places:
            continue   # ("Bank of <country>" and "<country> Bank" are often two banks)
        other = by_key.get(" ".join([*words[:position - 1], *modifier, head]))
        if other is not None and keys[other].type not in ("PERSON", "PLACE") and "ORG" in (key.type, keys[other].type):
            union.union(index, other)


# A one-word key mentioned this many times more often alone than articles wrote it for
# the longer name is something else of that name.
_SHORT_FORM_SHARE = 20


def _merge_short_forms_used_in_articles(keys: list[Key], union: UnionFind) -> None:
    """A one-word key joins the one longer key that articles wrote it as.

    "Sernageomin" alone in one article joins "National Geology and Mining Service", which
    another article defined as "(Sernageomin)"; a surname written for two different full
    names ("Quispe") joins neither; nor does a name standing alone twenty times more often
    than it was written for the longer one (a club named like one firm's short form).
    """
    wanted = {key.stat.key: index for index, key in enumerate(keys) if len(key.words) == 1 and not key.acronym}
    if not wanted:
        return
    owners: dict[str, set[int]] = defaultdict(set)
    written: dict[str, int] = defaultdict(int)   # how often articles wrote the short form for a longer name
    for index, key in enumerate(keys):
        if len(key.words) < 2:
            continue
        for form, count in key.stat.forms.items():
            if " " in form or "-" in form:
                continue
            short = normalize_name(form)
            if short in wanted:
                owners[short].add(union.find(index))
                written[short] += count
    for short, roots in owners.items():
        if len(roots) == 1:
            root = roots.pop()
            index = wanted[short]
            if written[short] * _SHORT_FORM_SHARE < keys[index].stat.mentions:
                continue   # "Chelsea", a club in a hundred articles, is not the "Chelsea" of one firm's story
            short_type, long_type = keys[index].type, keys[root].type
            if compatible(short_type, long_type) or short_type == "PERSON" and long_type == "ORG":
                union.union(root, index)



def _merge_acronyms(keys: list[Key], union: UnionFind) -> None:
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
            while len(words) > 2 and words[-1] in COMPANY_SUFFIXES:
                words = words[:-1]   # "Standard and Poor's Corp" is "S&P", not "S&PC"
            if len(words) < 2 or words[0][0] not in first_letters:
                continue
            for initials in initials_of(words):
                # "xc commission" is no spelling out of "xc": the acronym is one of its words.
                if initials in wanted and initials not in words:
                    by_initials[initials].add(index)
    for index, key in enumerate(keys):
        if not key.acronym:
            continue
        candidates = by_initials.get(key.stat.key, set())
        roots = {union.find(i) for i in candidates}
        if len(roots) > 1:
            # Several names spell it out; one that an article wrote the acronym for (the
            # acronym is among its forms: "Xanadu Community ... the XC") is the one.
            roots = {union.find(i) for i in candidates
                     if any(form.lower() == key.stat.key for form in keys[i].stat.forms)}
        if len(roots) == 1:
            union.union(roots.pop(), index)


def _merge_bare_names(keys: list[Key], union: UnionFind) -> None:
    """A lone surname joins the one person cluster that has it, if only one does; so does a
    name's first word where it is a family name ("Pak" of "Pak Min Chol", "Ryu" of "Ryu
    Hye-won"), not where it is a given name: an article that left "Alexander" bare ("Vik's
    son, Alexander") did not mean the Alexander Payne of another."""
    lex = lexicon()
    by_word: dict[str, set[int]] = defaultdict(set)
    for index, key in enumerate(keys):
        if key.type == "PERSON" and len(key.words) >= 2:
            by_word[key.skeletons[-1]].add(index)
            if not lex.is_given_name(key.words[0]) or _family_name_first(key.words):
                by_word[key.skeletons[0]].add(index)
    for index, key in enumerate(keys):
        if len(key.words) != 1 or key.acronym or key.type not in ("PERSON", "OTHER"):
            continue
        if key.type == "OTHER" and is_common_word(key.words[0]):
            continue   # "Securities" is not the surname of "Montgomery Securities"
        roots = {union.find(i) for i in by_word.get(key.skeletons[0], ())}
        if len(roots) == 1:
            union.union(roots.pop(), index)



def _family_name_first(words: list[str]) -> bool:
    """Whether a person's name reads as an East Asian one, a given name of two syllables after
    the family name ("pak min chol", "ryu hye won": the key writes a hyphen as a space), not
    a western one ("alexander payne"). (Of two words it cannot tell: "xi jinping" is read as
    western, so a bare "Xi" joins it only within its article.)"""
    return len(words) >= 3 and all(NAME_SYLLABLE.match(word) for word in words[1:])


def blocking_signatures(key: Key) -> set[str]:
    """Every block a rule above could put `key` in, as strings: two keys that no rule
    compares share none. Incremental resolution (`resolution.stored`) re-clusters a
    changed key together with every key sharing one of these, so each rule's blocking
    must be here (a superset is safe: it only re-clusters more). "k:" signatures are
    names another key may be spelt as; a key's own name is implied, not listed."""
    words, stat_key = key.words, key.stat.key
    out: set[str] = set()
    if not key.acronym:
        out.add("s:" + "".join(key.skeletons))   # _merge_spelling_variants
        out.add("s:" + "".join(key.core))
    if stat_key.endswith("s"):
        out.add("k:" + stat_key[:-1])           # _merge_plural_forms
    if key.type == "PERSON" and len(key.core) >= 2:   # _merge_person_variants
        count = len(key.core)
        out.add(f"p:{count}:0:{consonants(key.core[0].translate(_VELAR_INITIAL))}")
        out.add(f"p:{count}:-1:{consonants(key.core[-1].translate(_VELAR_INITIAL))}")
    if not key.acronym:
        core = _organisation_core(key) if len(words) >= 3 else None   # _merge_organisation_short_forms
        if core is not None:
            out.add("k:" + core[0])
        trimmed = without_company_suffix(words)   # _merge_company_suffixes
        if len(trimmed) < len(words):
            out.add("k:" + " ".join(trimmed))
        if "of" in words[1:-1]:                 # _merge_word_order_variants
            position = words.index("of", 1)
            modifier = words[position + 1:]
            if modifier[:1] == ["the"]:
                modifier = modifier[1:]
            out.add("k:" + " ".join([*words[:position - 1], *modifier, words[position - 1]]))
    if key.acronym:                             # _merge_acronyms
        out.add("i:" + stat_key)
    else:
        names = [normalize_name(form) for form in key.stat.forms if " " in form or "-" in form]
        for name_words in (words, *(name.split() for name in names)):
            out.update("i:" + initials for initials in initials_of(name_words))
    if len(words) >= 2:
        if key.type == "PERSON":                # _merge_bare_names
            out.add("w:" + key.skeletons[0])
            out.add("w:" + key.skeletons[-1])
            out.add("k:" + words[-1])           # _merge_company_suffixes (a surname keeps "Bell" from "Bell Corp")
        for form in key.stat.forms:             # _merge_short_forms_used_in_articles
            if " " not in form and "-" not in form:
                out.add("k:" + normalize_name(form))
    elif not key.acronym and key.type in ("PERSON", "OTHER"):
        out.add("w:" + key.skeletons[0])
    out.discard("k:" + stat_key)
    return out
