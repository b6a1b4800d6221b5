"""The full names of an article by the words that look them up (its last, first and
other words, and every run of whole words of an organisation's name), kept current as
`full_names` changes the mentions' keys and types."""
from __future__ import annotations

import heapq

from ..lexicon import ORG_HEADS, lexicon
from ..model import EntityType
from .tokens import RawMention
from .word_lists import COMPANY_LAST_WORDS, COMPOUND_LAST_WORDS

# Words that end a company's name: a short form of it is the company ("Navistar").
CORPORATE = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc",
                       "ag", "sa", "nv", "ab", "spa", "gmbh", "bv", "oyj", "asa", "pty", "bhd", "group", "holdings",
                       "international"})


def without_suffix(words: list[str]) -> list[str]:
    """A company's name without the suffixes that end it ("W Berisford Plc" -> "W Berisford")."""
    while len(words) > 1 and words[-1] in CORPORATE:
        words = words[:-1]
    return words


def reads_as_company(key: str) -> bool:
    """Whether an organisation's name ends as a company's ("Acme Corp", "Acme Electronics",
    "Acme Microsystems")."""
    last = key.rpartition(" ")[2]
    return last in CORPORATE or last in COMPANY_LAST_WORDS or last.endswith(COMPOUND_LAST_WORDS)


class _LazyHeap:
    """A multiset of numbers with its smallest at hand: removals are remembered and
    dropped when they reach the top."""

    def __init__(self) -> None:
        self.heap: list[int] = []
        self.gone: dict[int, int] = {}

    def add(self, value: int) -> None:
        heapq.heappush(self.heap, value)

    def remove(self, value: int) -> None:
        self.gone[value] = self.gone.get(value, 0) + 1

    def smallest(self) -> int:
        heap, gone = self.heap, self.gone
        while gone.get(heap[0]):
            gone[heap[0]] -= 1
            heapq.heappop(heap)
        return heap[0]


class NameIndex:
    """The full names of an article (people and organisations of two or more words) by
    the words that look them up, for `full_names._expand_short_names`, kept current when one of
    them changes: exactly what scanning `people` and `organisations` for each mention
    would find."""

    def __init__(self, people: list[RawMention], organisations: list[RawMention]):
        self.people = {id(m) for m in people}
        self.org_place = {id(m): i for i, m in enumerate(organisations)}
        self.person_ends: dict[str, _LazyHeap] = {}  # key -> ends of its mentions
        self.person_count: dict[str, int] = {}
        self.by_last: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}
        self.by_suffix: dict[str, set[str]] = {}  # "Maria Fuente" -> {"Ana Maria Fuente"}
        # first word -> (key, type) -> the places of its mentions in `organisations`, negated
        self.org_pairs: dict[str, dict[tuple[str, EntityType], _LazyHeap]] = {}
        self.pair_count: dict[tuple[str, EntityType], int] = {}
        self.org_count: dict[str, int] = {}
        self.org_parts: dict[str, set[str]] = {}  # a run of whole words -> the longer names holding it
        for p in people:
            self._add_person(p.key, p.end)
        for i, o in enumerate(organisations):
            self._add_org(o.key, o.type, i)

    def changed(self, mention: RawMention, key: str, type_: EntityType) -> None:
        """`mention` was (`key`, `type_`) and is now what it holds."""
        if id(mention) in self.people and mention.key != key:
            self._remove_person(key, mention.end)
            self._add_person(mention.key, mention.end)
        place = self.org_place.get(id(mention))
        if place is not None:
            self._remove_org(key, type_, place)
            self._add_org(mention.key, mention.type, place)

    def full_name(self, mention: RawMention, keys: set[str]) -> str:
        """The one full name among `keys`; of several, the one full name written before
        `mention` ("Zhang Wei ... Zhang said ... Ambassador Zhang Lei"); "" when that is ambiguous."""
        if len(keys) <= 1:
            return next(iter(keys)) if keys else ""
        before = [key for key in keys if self.person_ends[key].smallest() <= mention.start]
        return before[0] if len(before) == 1 else ""

    def companies(self, word: str) -> dict[str, EntityType]:
        """The organisations whose name starts with `word` and reads as a company's, each
        with the type of its last such mention."""
        best: dict[str, tuple[int, EntityType]] = {}
        rare: bool | None = None
        for (key, type_), places in self.org_pairs.get(word, {}).items():
            if key.split()[-1] not in CORPORATE:
                if type_ != "ORG":
                    continue
                if rare is None:
                    rare = lexicon().zipf(word) < 3.0
                if not rare:
                    continue
            last = -places.smallest()
            if key not in best or last > best[key][0]:
                best[key] = (last, type_)
        return {key: type_ for key, (_last, type_) in best.items()}

    def person_by_first_word(self, mention: RawMention, word: str) -> str:
        """The one full name of a person that starts with `word` ("Zhang" of "Zhang Wei"), or "";
        "" too where a company's name starts with it and not with that person's: "Sun" beside
        "Sun Microsystems" and "Sun Grid" (a product named like a person), "Dixons" beside
        "Dixons Group Plc" and "Dixons Cyclops" (not "Merrill" beside "Merrill Lynch" and
        "Merrill Lynch Capital Markets": the firm's short name only looks like a person's)."""
        person = self.full_name(mention, self.by_first.get(word, set()))
        if person and any(type_ == "ORG" and reads_as_company(key) and not (key + " ").startswith(person + " ")
                          for key, type_ in self.org_pairs.get(word, {})):
            return ""
        return person

    def firm_of_surname(self, word: str) -> str:
        """The one organisation named like a person whose surname is `word` ("Arthur
        Andersen", "George Wimpey"), or ""."""
        given_names = lexicon().given_names
        # (or by initials: "S and W Berisford", "B.F. Goodrich Co"; not "the EC Commission": a body's head)
        initials = 1 if word in ORG_HEADS else 2
        firms = [key for key in self.org_parts.get(word, ()) if without_suffix(key.split())[1:] == [word]
                 and (key.split()[0] in given_names or len(key.split()[0]) <= initials)
                 and (key, "ORG") in self.org_pairs.get(key.split()[0], {})]
        return firms[0] if len(firms) == 1 else ""

    def _word_maps(self, key: str) -> list[tuple[dict[str, set[str]], str]]:
        words = key.split()
        maps = [(self.by_last, words[-1]), (self.by_first, words[0])]
        maps += [(self.by_suffix, key[i + 1:]) for i, ch in enumerate(key) if ch == " "]
        return maps

    def _add_person(self, key: str, end: int) -> None:
        if key not in self.person_count:
            self.person_count[key] = 0
            self.person_ends[key] = _LazyHeap()
            for table, word in self._word_maps(key):
                table.setdefault(word, set()).add(key)
        self.person_count[key] += 1
        self.person_ends[key].add(end)

    def _remove_person(self, key: str, end: int) -> None:
        self.person_count[key] -= 1
        if self.person_count[key]:
            self.person_ends[key].remove(end)
            return
        del self.person_count[key], self.person_ends[key]
        for table, word in self._word_maps(key):
            table[word].discard(key)
            if not table[word]:
                del table[word]

    def _parts(self, key: str) -> list[str]:
        padded = " " + key + " "
        spaces = [i for i, ch in enumerate(padded) if ch == " "]
        return [padded[i + 1:j] for a, i in enumerate(spaces) for j in spaces[a + 1:] if j - i - 1 < len(key)]

    def _add_org(self, key: str, type_: EntityType, place: int) -> None:
        pair = (key, type_)
        pairs = self.org_pairs.setdefault(key.split()[0], {})
        if pair not in pairs:
            pairs[pair] = _LazyHeap()
            self.pair_count[pair] = 0
        pairs[pair].add(-place)
        self.pair_count[pair] += 1
        self.org_count[key] = self.org_count.get(key, 0) + 1
        if self.org_count[key] == 1:
            for part in self._parts(key):
                self.org_parts.setdefault(part, set()).add(key)

    def _remove_org(self, key: str, type_: EntityType, place: int) -> None:
        pair = (key, type_)
        word = key.split()[0]
        self.pair_count[pair] -= 1
        if self.pair_count[pair]:
            self.org_pairs[word][pair].remove(-place)
        else:
            del self.pair_count[pair], self.org_pairs[word][pair]
            if not self.org_pairs[word]:
                del self.org_pairs[word]
        self.org_count[key] -= 1
        if not self.org_count[key]:
            del self.org_count[key]
            for part in self._parts(key):
                self.org_parts[part].discard(key)
                if not self.org_parts[part]:
                    del self.org_parts[part]
