"""Within one article: every mention's key pointed at the fullest name it stands for
there (an acronym at the name it abbreviates, a surname at the one full name that has
it, a short organisation name at the longer one that contains it)."""
from __future__ import annotations

from ..lexicon import ORG_HEADS, lexicon, normalize_name
from ..model import EntityType
from .tokens import RawMention, used_as_place

# Words that end a company's name: a short form of it is the company ("Navistar").
_CORPORATE = frozenset({"co", "cos", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc",
                        "ag", "sa", "nv", "ab", "spa", "gmbh", "bv", "oyj", "asa", "pty", "bhd", "group", "holdings"})


def _initials(words: list[str], keep_joiners: bool = False) -> str:
    skipped = {"of", "the", "and", "for", "on", "in", "de", "la", "du", "&"}
    return "".join(w[0] for w in words if w and (keep_joiners or w not in skipped))


def expand_to_full_names(text: str, mentions: list[RawMention]) -> None:
    """Point each mention's key at the fullest name it stands for in this article."""
    _join_definitions(text, mentions)
    _expand_acronyms(text, mentions)
    _expand_short_names(text, mentions)
    _unify_types(mentions)


_DEFINITION_GLUE = frozenset({"and", "&", "of", "of the", "for", "for the", "on", "on the", "in", "to"})


def _join_definitions(text: str, mentions: list[RawMention]) -> None:
    """"Incident Prevention and Response Mechanism (IPRM)": the acronym's initials show
    that the mentions before it, joined by "and"/"of"/..., form one long name."""
    index = 1
    while index < len(mentions):
        acronym = mentions[index]
        if acronym.acronym and text[mentions[index - 1].end:acronym.start].strip() == "(":
            wanted = acronym.text.lower()
            first = index - 1
            while first > 0 \
                    and text[mentions[first - 1].end:mentions[first].start].strip().lower() in _DEFINITION_GLUE \
                    and not mentions[first - 1].acronym and first > index - 4:
                first -= 1
                span = normalize_name(text[mentions[first].start:mentions[index - 1].end]).split()
                if wanted in (_initials(span), _initials(span, keep_joiners=True)):
                    start, end = mentions[first].start, mentions[index - 1].end
                    surface = text[start:end]
                    tokens = [t for m in mentions[first:index] for t in m.tokens]
                    joined = RawMention(start, end, surface, "ORG" if tokens[-1].folded in ORG_HEADS else "OTHER",
                                      normalize_name(surface), tokens)
                    mentions[first:index] = [joined]
                    index = first + 1
                    break
        index += 1


def _expand_acronyms(text: str, mentions: list[RawMention]) -> None:
    # "Long Name (LN)" defines LN; so does "LN (Long Name)"; so does a long name whose
    # initials are LN anywhere in the article.
    long_by_initials: dict[str, RawMention] = {}
    for mention in mentions:
        if mention.acronym:
            continue
        # Initials are taken from the surface form: "World Health Organization" -> who
        surface_words = normalize_name(mention.text).split()
        if len(surface_words) >= 2:
            for initials in {_initials(surface_words), _initials(surface_words, keep_joiners=True)}:
                long_by_initials.setdefault(initials, mention)
    # "National Geology and Mining Service (Sernageomin)": a short name defined in brackets
    # stands for the long one wherever the article uses it.
    bracketed: dict[str, RawMention] = {}
    for index, mention in enumerate(mentions):
        if index and not mention.acronym and len(mention.tokens) == 1 and not mention.gazetteer \
                and text.startswith(")", mention.end):
            previous = mentions[index - 1]
            if text[previous.end:mention.start].strip() == "(" and len(previous.key.split()) >= 2 \
                    and previous.type in ("ORG", "OTHER") and not previous.gazetteer:
                bracketed.setdefault(mention.key, previous)
    for index, mention in enumerate(mentions):
        if not mention.acronym:
            definition = bracketed.get(mention.key)
            if definition is not None:
                mention.key = definition.key
                mention.type = definition.type
            continue
        definition = long_by_initials.get(mention.text.lower())
        if definition is None and index > 0:
            previous = mentions[index - 1]
            between = text[previous.end:mention.start]
            if between.strip() in ("(", "\u201c(", "(the") and not previous.acronym and len(previous.key.split()) >= 2:
                definition = previous
        if definition is not None:
            mention.key = definition.key
            if definition.type != "OTHER":
                mention.type = definition.type


def _expand_short_names(text: str, mentions: list[RawMention]) -> None:
    people = [m for m in mentions if m.type == "PERSON" and len(m.key.split()) >= 2]
    organisations = [m for m in mentions if m.type in ("ORG", "OTHER") and len(m.key.split()) >= 2
                     and not m.gazetteer]
    surnames = {p.key.split()[-1] for p in people} | {p.key.split()[0] for p in people}
    # The full names looked up by word, built once (and again only after one of them
    # changes): a scan of every full name per mention made a long article take minutes.
    names = _NameIndex(people, organisations)
    for mention in mentions:
        was = (mention.key, mention.type)
        _expand_one(text, mention, surnames, names)
        if (mention.key, mention.type) != was and id(mention) in names.members:
            names.stale = True


def _expand_one(text: str, mention: RawMention, surnames: set[str], names: _NameIndex) -> None:
    if mention.gazetteer and mention.place_kind == "city" and mention.key in surnames \
            and not used_as_place(text, mention.key):
        mention.gazetteer = False   # "Rustam Kasimov ... Kasimov said": a surname, not the town
        mention.type = "PERSON"
    if mention.gazetteer or mention.acronym:
        return
    words = mention.key.split()
    if len(words) == 1 and mention.type in ("PERSON", "OTHER"):
        key = names.full_name(mention, names.get().by_last.get(words[0], set())) \
            or names.full_name(mention, names.get().by_first.get(words[0], set()))
        if key:
            mention.key = key
            mention.type = "PERSON"
            return
    if len(words) == 1 and mention.type in ("ORG", "OTHER"):
        # "Navistar" after "Navistar International Corp": the one organisation whose
        # name starts with the word ("NAVISTAR" in the headline too).
        companies = {key: type_ for key, type_ in names.get().orgs_by_first.get(words[0], ())
                     if key.split()[-1] in _CORPORATE or type_ == "ORG" and lexicon().zipf(words[0]) < 3.0}
        if len(companies) == 1:
            (mention.key, long_type), = companies.items()
            if long_type != "OTHER":
                mention.type = long_type
    elif len(words) >= 2 and mention.type in ("PERSON", "OTHER") and (
            family := names.full_name(mention, names.get().by_suffix.get(mention.key, set()))):
        # "de la Fuente", "Ibanez-Soto", "Quispe Mamani": the family name of a full name.
        mention.key = family
        mention.type = "PERSON"
    elif len(words) >= 2 and mention.type in ("ORG", "OTHER"):
        longer = names.get().org_parts.get(mention.key, set())
        if len(longer) == 1:
            mention.key = next(iter(longer))


class _NameIndex:
    """The full names of an article (people of two or more words, organisations of
    two or more words) by the words that look them up, for `_expand_short_names`.
    Exactly what scanning `people` and `organisations` for each mention finds."""

    def __init__(self, people: list[RawMention], organisations: list[RawMention]):
        self.people = people
        self.organisations = organisations
        self.members = {id(m) for m in people} | {id(m) for m in organisations}
        self.stale = True

    def get(self) -> _NameIndex:
        if self.stale:
            self._build()
            self.stale = False
        return self

    def _build(self) -> None:
        # key -> the end of its first mention (the earliest end: "written before")
        self.first_end: dict[str, int] = {}
        self.by_last: dict[str, set[str]] = {}
        self.by_first: dict[str, set[str]] = {}
        self.by_suffix: dict[str, set[str]] = {}  # "Maria Fuente" -> {"Ana Maria Fuente"}
        for p in self.people:
            key = p.key
            if key in self.first_end:
                self.first_end[key] = min(self.first_end[key], p.end)
                continue
            self.first_end[key] = p.end
            words = key.split()
            self.by_last.setdefault(words[-1], set()).add(key)
            self.by_first.setdefault(words[0], set()).add(key)
            for i, ch in enumerate(key):
                if ch == " ":
                    self.by_suffix.setdefault(key[i + 1:], set()).add(key)
        # first word -> distinct (key, type), ordered by their last mention (a dict built
        # from them keeps, per key, the type of its last mention, as one built from all)
        last: dict[str, dict[tuple[str, EntityType], None]] = {}
        for o in self.organisations:
            pairs = last.setdefault(o.key.split()[0], {})
            pairs.pop((o.key, o.type), None)
            pairs[(o.key, o.type)] = None
        self.orgs_by_first: dict[str, list[tuple[str, EntityType]]] = {w: list(pairs) for w, pairs in last.items()}
        # every run of whole words of an organisation's name, shorter than the name
        self.org_parts: dict[str, set[str]] = {}
        for key in {o.key for o in self.organisations}:
            padded = " " + key + " "
            spaces = [i for i, ch in enumerate(padded) if ch == " "]
            for a, i in enumerate(spaces):
                for j in spaces[a + 1:]:
                    if j - i - 1 < len(key):
                        self.org_parts.setdefault(padded[i + 1:j], set()).add(key)

    def full_name(self, mention: RawMention, keys: set[str]) -> str:
        """The one full name among `keys`; of several, the one full name written before
        `mention` ("Zhang Wei ... Zhang said ... Ambassador Zhang Lei"); "" when that is ambiguous."""
        if len(keys) <= 1:
            return next(iter(keys)) if keys else ""
        before = [key for key in keys if self.first_end[key] <= mention.start]
        return before[0] if len(before) == 1 else ""


def _unify_types(mentions: list[RawMention]) -> None:
    """Mentions that share a key share the type most of their typed mentions have."""
    votes: dict[str, dict[EntityType, int]] = {}
    for mention in mentions:
        if mention.type != "OTHER":
            counts = votes.setdefault(mention.key, {})
            counts[mention.type] = counts.get(mention.type, 0) + 1
    for mention in mentions:
        voted = votes.get(mention.key)
        if voted:
            mention.type = max(sorted(voted), key=voted.__getitem__)
