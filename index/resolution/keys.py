"""What clustering works on: one `KeyStat` per mention key (the corpus seen only as
aggregates), the entities it produces, and the per-key facts the merge rules ask."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicon import lexicon
from ..model import EntityType
from .spelling import transliteration_skeleton


@dataclass(slots=True)
class KeyStat:
    key: str
    type_counts: dict[EntityType, int]
    forms: dict[str, int]
    mentions: int
    articles: int
    # Mentions whose type is the learned model's guess (ExtractedMention.guessed), by type:
    # they decide the type only where no mention's evidence does.
    guessed_types: dict[EntityType, int] = field(default_factory=dict)

    def count(self, type_: EntityType, form: str, guessed: bool = False, mentions: int = 1) -> None:
        """Count `mentions` mentions written `form` and typed `type_`."""
        counts = self.guessed_types if guessed else self.type_counts
        counts[type_] = counts.get(type_, 0) + mentions
        self.forms[form] = self.forms.get(form, 0) + mentions
        self.mentions += mentions


@dataclass(slots=True)
class ResolvedEntity:
    id: str
    name: str
    type: EntityType
    aliases: list[str]
    keys: list[str]
    mentions: int = 0
    articles: int = 0   # an upper bound: the sum over keys (an article may hold two keys)


@dataclass(slots=True)
class Key:
    stat: KeyStat
    type: EntityType
    words: list[str]
    skeletons: list[str]
    acronym: bool
    core: list[str]   # the skeletons without an Arabic article inside the name ("al", "el")


class UnionFind:
    """Clusters of keys. Given each key's type, it never makes one cluster of a person
    and a place alone: a rule that would (two keys alike, each joined to one of them
    through an untyped key: "Lyon", "Lion", "Jacques Lion") is refused."""

    def __init__(self, size: int, types: list[EntityType] | None = None) -> None:
        self.parent = list(range(size))
        self.kinds = [_KIND_BITS.get(t, 0) for t in types] if types is not None else [0] * size

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, first: int, second: int) -> None:
        first, second = self.find(first), self.find(second)
        if first != second:
            kinds = self.kinds[first] | self.kinds[second]
            # (A person and a place with an organisation are the organisation's names:
            # "Kidder Peabody", the town "Peabody" and a bare "Kidder".)
            if kinds == _PERSON_AND_PLACE:
                return
            # The smaller index wins so results do not depend on merge order.
            if second < first:
                first, second = second, first
            self.parent[second] = first
            self.kinds[first] = kinds


_KIND_BITS: dict[str, int] = {"PERSON": 1, "PLACE": 2, "ORG": 4}
_PERSON_AND_PLACE = 3


# A name that ends on one of these is a company's, however its mentions were typed: a
# short form written alone reads like a person ("Jardine Matheson said", "Boeing said").
COMPANY_ENDINGS = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "ltda",
                             "plc", "llc", "gmbh", "ag", "nv", "bhd"})
# Words that end a company's name in some outlets and not in others.
COMPANY_SUFFIXES = COMPANY_ENDINGS | {"holdings", "holding", "group", "company", "sa", "investment", "investments"}


def is_company_name(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1] in COMPANY_ENDINGS


def without_company_suffix(words: list[str]) -> list[str]:
    """The name without the company words that end it ("reuters holdings plc" -> "reuters",
    "lazard freres and co" -> "lazard freres": "& Co" is folded to "and co")."""
    end = len(words)
    while end > 1 and words[end - 1] in COMPANY_SUFFIXES:
        end -= 1
    if end < len(words) and end > 1 and words[end - 1] == "and":
        end -= 1
    return words[:end]


def dominant_type(type_counts: dict[EntityType, int], guessed: dict[EntityType, int] | None = None) -> EntityType:
    """The type most mentions have, OTHER only if none has another; the learned model's
    guesses (`guessed`) only where no mention's evidence says anything."""
    if len(type_counts) == 1 and not guessed:   # most keys: skip building and sorting a dict
        (only, count), = type_counts.items()
        return only if count > 0 else "OTHER"
    typed = {t: c for t, c in type_counts.items() if t != "OTHER" and c > 0}
    if not typed and guessed:
        typed = {t: c for t, c in guessed.items() if t != "OTHER" and c > 0}
    if not typed:
        return "OTHER"
    return max(sorted(typed), key=typed.__getitem__)


def is_acronym_key(stat: KeyStat) -> bool:
    if " " in stat.key or not 2 <= len(stat.key) <= 6:
        return False
    caps = sum(count for form, count in stat.forms.items() if form.isupper())
    return caps * 2 > sum(stat.forms.values())


def compatible(first: EntityType, second: EntityType) -> bool:
    return first == second or "OTHER" in (first, second)



def describe(stat: KeyStat) -> Key:
    words = stat.key.split()
    skeletons = list(map(transliteration_skeleton, words))
    core = skeletons
    if len(words) > 2 and ("al" in words[1:-1] or "el" in words[1:-1]):
        # "Muammar al-Qaddafi", "Muammar el Gadhafi", "Muammar Gaddafi": the article comes
        # and goes with the outlet (never the first word: "Al" is also a given name).
        core = [skeletons[0], *(s for w, s in zip(words[1:], skeletons[1:], strict=True) if w not in ("al", "el"))]
    acronym = is_acronym_key(stat)
    entity_type: EntityType = "ORG" if is_company_name(words) and not acronym \
        else dominant_type(stat.type_counts, stat.guessed_types)
    return Key(stat=stat, type=entity_type, words=words, skeletons=skeletons, acronym=acronym, core=core)


def is_common_word(word: str) -> bool:
    return lexicon().zipf(word) >= 3.5


def is_everyday_word(word: str) -> bool:
    """A word of everyday English ("general", "national", "sun"), more common than the
    best-known brand names are as words ("google", "apple", "boeing")."""
    return lexicon().zipf(word) >= 4.95

