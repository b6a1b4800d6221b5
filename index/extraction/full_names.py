"""Within one article: every mention's key pointed at the fullest name it stands for
there (an acronym at the name it abbreviates, a surname at the one full name that has
it, a short organisation name at the longer one that contains it)."""
from __future__ import annotations

import re
from collections import Counter

from ..lexicon import NAME_PARTICLES, ORG_HEADS, lexicon, normalize_name
from ..model import EntityType
from .name_index import CORPORATE, NameIndex, without_suffix
from .surnames import misspelt_surname
from .tokens import RawMention, Token, start_of, used_as_place
from .type_cues import names_a_scheme
from .word_lists import COMPANY_LAST_WORDS

# "the Bank said", "the Fund would": a body's generic head, capitalised after "the" where
# no name follows, is the short name of the one body of the article it heads.
_HEADS = ("Bank", "Fund", "Ministry", "Department")
_THE_HEAD = re.compile(r"\b[Tt]he (" + "|".join(_HEADS) + r")\b(?!-| of\b| for\b| [A-Z])")
_THE_HEAD_WRITTEN = tuple("he " + head for head in _HEADS)   # (what the pattern needs written, cheap to look for)
# "CUT BY S/P", "S/P said": a firm's initials joined by a slash. (The first capital comes
# before the look-behind, which takes it in: the regex engine then skips to the capitals.)
_SLASHED_INITIALS = re.compile(r"[A-Z](?<![\w/][A-Z])/[A-Z](?:/[A-Z])?(?![\w/])")


def short_forms_of_bodies(text: str, mentions: list[RawMention], tokens: list[Token]) -> None:
    """The mentions the rules left out as no names alone: "the Bank" where the article
    names one bank in full (a generic head is no name otherwise: words.GENERIC_ALONE), and
    "S/P" where the article names an organisation whose initials it is ("Standard and
    Poor's Corp"; not "N/A", nor the Danish "A/S"), as "S and P" is."""
    joined = [m for m in mentions if len(m.key) == 7 and m.key[1:6] == " and "]   # "s and p"
    found = [*(_THE_HEAD.finditer(text) if any(written in text for written in _THE_HEAD_WRITTEN) else ()),
             *(_SLASHED_INITIALS.finditer(text) if "/" in text else ())]
    if not joined and not found:
        return   # (most articles: no work to do)
    added = False
    initials = {_initials(without_suffix(m.key.split())): m.key for m in mentions
                if m.type == "ORG" and " " in m.key and all(len(w) > 1 for w in m.key.split())}
    for mention in joined:
        mention.key = initials.get(mention.key[0] + mention.key[-1], mention.key)   # "S and P" too
    bodies: dict[str, dict[str, int]] = {}   # head -> the article's bodies it heads -> where first named
    for match in found:
        start, end = match.span(match.lastindex or 0)
        if match.re is _THE_HEAD:
            head = match.group(1).lower()
            if head not in bodies:
                bodies[head] = {}
                for m in mentions:
                    if m.type == "ORG" and len(m.key.split()) >= 2 and _headed_by(m.key, head):
                        bodies[head].setdefault(m.key, m.start)
            # the one body it heads, or the one named before it ("the Bank" after "the Reserve
            # Bank of ..." and before the article first names another bank)
            named_before = [key for key, first in bodies[head].items() if first < start]
            key = next(iter(bodies[head])) if len(bodies[head]) == 1 \
                else named_before[0] if len(named_before) == 1 else ""
        else:
            key = initials.get(match.group().replace("/", "").lower(), "")
        span = [t for t in tokens if start <= t.start < end]
        if not key or not span or any(m.start < end and m.end > start for m in mentions):
            continue
        mentions.append(RawMention(start, end, text[start:end], "ORG", key, span))
        added = True
    if added:
        mentions.sort(key=start_of)


def _initials(words: list[str], keep_joiners: bool = False) -> str:
    skipped = {"of", "the", "and", "for", "on", "in", "de", "la", "du", "&"}
    return "".join(w[0] for w in words if w and (keep_joiners or w not in skipped))


def _headed_by(key: str, head: str) -> bool:
    """Whether `head` is the head word of the name: its last, or the word before "of"/"for"."""
    words = key.split()
    return words[-1] == head or any(w == head and following in ("of", "for")
                                    for w, following in zip(words, words[1:], strict=False))


def _parent_company(companies: dict[str, EntityType]) -> str:
    """The one company of `companies` whose name, suffix left out, starts every other's; or ""."""
    if len(companies) <= 1:
        return next(iter(companies), "")
    stems = {key: without_suffix(key.split()) for key in companies}
    shortest = min(stems, key=lambda key: (len(stems[key]), key))
    head = stems[shortest]
    if all(key == shortest or stems[key][:len(head)] == head and len(stems[key]) > len(head) for key in stems):
        return shortest
    return ""


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
        if mention.acronym or mention.type == "PERSON":
            continue   # (a person's initials are no acronym news defines: "RK" is no Robert Kilroy)
        # Initials are taken from the surface form: "World Health Organization" -> who
        surface_words = normalize_name(mention.text).split()
        # A name with an acronym of its own inside ("XC Commission") does not define one:
        # its initials would only spell that acronym again, and name a part of its body.
        caps = [t.all_caps for t in mention.tokens]
        if len(surface_words) >= 2 and (all(caps) or not any(caps)):
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
        # "International Cocoa Organization (ICCO)": an acronym defined in brackets, whatever
        # its letters, for a headline that shouts it before the body defines it.
        if index and mention.acronym and text[mentions[index - 1].end:mention.start].strip() == "(":
            previous = mentions[index - 1]
            if not previous.acronym and len(previous.key.split()) >= 2 and previous.type in ("ORG", "OTHER"):
                bracketed.setdefault(mention.text.lower(), previous)
    for index, mention in enumerate(mentions):
        if not mention.acronym:
            definition = bracketed.get(mention.key)
            if definition is None and len(mention.tokens) == 1 and mention.tokens[0].headline \
                    and len(mention.key) >= 3:
                definition = long_by_initials.get(mention.key)   # "GATT" over a headline
            if definition is not None:
                mention.key = definition.key
                mention.type = definition.type
            continue
        definition = long_by_initials.get(mention.text.lower().replace("&", ""))   # ("B&B": "Bradford & Bingley")
        if definition is None:
            # (an acronym the article defined in brackets, whatever its letters, wherever it is used)
            definition = bracketed.get(mention.text.lower())
        if definition is None and index > 0:
            previous = mentions[index - 1]
            between = text[previous.end:mention.start]
            if between.strip() in ("(", "\u201c(", "(the") and not previous.acronym and len(previous.key.split()) >= 2:
                spelled = mention.text.lower() in {_initials(normalize_name(previous.text).split(), keep)
                                                   for keep in (False, True)}
                if previous.type != "PERSON" or spelled:
                    # (After a person the brackets hold a club or a party, "J Smit (SA)", unless
                    # they spell the name: "Den Norske Creditbank (DNC)" is no person.)
                    definition = previous
                    if previous.type == "PERSON":
                        previous.type = "ORG"
        if definition is not None:
            mention.key = definition.key
            if definition.type != "OTHER" or names_a_scheme(definition.key):
                mention.type = definition.type   # (and "EEP" of the "Export Enhancement Program": a scheme's)


def _expand_short_names(text: str, mentions: list[RawMention]) -> None:
    people = [m for m in mentions if m.type == "PERSON" and len(m.key.split()) >= 2]
    organisations = [m for m in mentions if m.type in ("ORG", "OTHER") and len(m.key.split()) >= 2
                     and not m.gazetteer]
    surnames = {p.key.split()[-1] for p in people} | {p.key.split()[0] for p in people}
    # Full names that only look like a person's: nothing but their shape typed them.
    shaped_only = {p.key for p in people} - {p.key for p in people if not p.guessed}
    # One-word names the article shows as a firm twice or more: a cue once can be a slip
    # ("Byrds producer X" is a person, though "oil producer X" a firm).
    shown_as_firm = Counter(m.key for m in mentions if m.type == "ORG" and not m.guessed and " " not in m.key)
    firm_words = {word for word, count in shown_as_firm.items() if count >= 2}
    # The full names looked up by word, kept current as mentions change: a scan of
    # every full name per mention made a long article take minutes.
    names = NameIndex(people, organisations)
    for mention in mentions:
        key, type_ = mention.key, mention.type
        _expand_one(text, mention, surnames, shaped_only, firm_words, names)
        if (mention.key, mention.type) != (key, type_):
            names.changed(mention, key, type_)


def _expand_one(text: str, mention: RawMention, surnames: set[str], shaped_only: set[str], firm_words: set[str],
                names: NameIndex) -> None:
    if mention.gazetteer and mention.place_kind == "city" and mention.key in surnames \
            and not used_as_place(text, mention.key):
        mention.gazetteer = False   # "Rustam Kasimov ... Kasimov said": a surname, not the town
        mention.type = "PERSON"
    if mention.acronym and not mention.gazetteer and " " not in mention.key:
        # "WTD" after "WTD Industries Inc": the company's own first word, written alone (not
        # "GM" after "GM Hughes Electronics Corp": a unit's name says more than a trade)
        trade_only = [key for key in names.companies(mention.key)
                      if all(w in CORPORATE or w in COMPANY_LAST_WORDS for w in key.split()[1:])]
        if len(trade_only) == 1:
            mention.key = trade_only[0]
        return
    if mention.gazetteer or mention.acronym:
        return
    words = mention.key.split()
    if len(words) == 1 and mention.type in ("PERSON", "OTHER"):
        key = names.full_name(mention, names.by_last.get(words[0], set())) \
            or names.person_by_first_word(mention, words[0]) \
            or names.full_name(mention, misspelt_surname(words[0], names.by_last))
        if key:
            mention.key = key
            mention.guessed = mention.guessed or mention.type == "OTHER" and key in shaped_only
            mention.type = "PERSON"
            return
    if words == ["fed"] and len(reserve := {key for key in names.org_parts.get("federal", ())
                                            if key.startswith("federal reserve")}) == 1:
        mention.key, mention.type = reserve.pop(), "ORG"   # "the Fed" after "the Federal Reserve Board"
        return
    if len(words) == 1 and mention.type in ("ORG", "OTHER"):
        # "Navistar" after "Navistar International Corp": the one organisation whose
        # name starts with the word ("NAVISTAR" in the headline too).
        companies = names.companies(words[0])
        parent = _parent_company(companies)
        bodies = {key for key in names.org_parts.get(words[0], ()) if _headed_by(key, words[0])} \
            if words[0] in ORG_HEADS and mention.type == "ORG" and not mention.tokens[0].all_caps else set()
        if len(bodies) == 1:
            # "the Commission" after "the European Commission": the one body of the article
            # with that head, not every commission of the corpus
            mention.key = bodies.pop()
        elif parent:
            # "FORD" over "Ford Motor Credit Co, a unit of Ford Motor Co": the one company whose
            # name every other's starts with (its units' names extend it)
            mention.key = parent
            if companies[parent] != "OTHER":
                mention.type = companies[parent]
        elif companies and set(companies.values()) == {"ORG"}:
            mention.type = "ORG"   # "Mazda" after "Mazda Motor Corp" and "Mazda Motor (USA) Corp": which, unsaid
        elif not companies and (founder := names.firm_of_surname(words[0])):
            mention.key, mention.type = founder, "ORG"   # "Andersen" after "auditors Arthur Andersen"
        elif not companies and words[0] in firm_words and not mention.guessed and (
                named := names.full_name(mention, names.by_last.get(words[0], set()) & shaped_only)):
            # "Walt Disney ... a Disney-owned firm": a firm named after its founder, whose
            # full name only looked like a person's; the article's vote makes it the firm.
            mention.key = named
    elif len(words) >= 2 and mention.type in ("PERSON", "OTHER") and (
            family := names.full_name(mention, names.by_suffix.get(mention.key, set()))):
        # "de la Fuente", "Ibanez-Soto", "Quispe Mamani": the family name of a full name.
        mention.key = family
        mention.type = "PERSON"
    elif len(words) == 2 and len(words[0]) == 1 and mention.type in ("PERSON", "OTHER") \
            and (full := names.full_name(mention, {key for key in names.by_last.get(words[1], set())
                                                   if key[0] == words[0] and len(key.split()[0]) > 1})):
        # "C Paterson" in a line-up after "Chris Paterson": the one full name with that initial
        mention.key = full
        mention.type = "PERSON"
    elif len(words) >= 2 and mention.type in ("PERSON", "OTHER") and all(w in NAME_PARTICLES for w in words[:-1]) \
            and (family := names.full_name(mention, {key for key in names.by_last.get(words[-1], set())
                                                     if any(w in NAME_PARTICLES for w in key.split()[1:-1])})):
        # "Van de Vijver" after "Walter van der Vijver": the particles are written either way.
        mention.key = family
        mention.type = "PERSON"
    elif len(words) >= 2 and mention.type in ("ORG", "OTHER"):
        longer = names.org_parts.get(mention.key, set())
        if len(longer) == 1:
            mention.key = next(iter(longer))
    elif len(words) >= 2 and mention.type == "PLACE" and not mention.gazetteer and words[-1] not in lexicon().places:
        # "High Plains" after "High Plains Oil Corp": a firm named after a place's kind of name
        # (not "Southern California" beside "Southern California Edison Co": a region's name)
        # (a company's, with its suffix: not "Cerro Alto" beside "Cerro Alto Workers Union")
        firms = [key for key in names.companies(words[0])
                 if key.startswith(mention.key + " ") and key.split()[-1] in CORPORATE]
        if len(firms) == 1:
            mention.key, mention.type = firms[0], "ORG"
    elif len(words) >= 2 and mention.guessed:
        # "Cheung Kong" after "Cheung Kong (Holdings) Ltd", "Merrill Lynch" after "Merrill Lynch
        # Capital Partners": only shaped like a person's name (not "Da Vinci" after "Da Vinci
        # Code", nor a founder after "X Foundation" or "the X Party": a company's suffix or
        # last word says it)
        longer = {key for key in names.org_parts.get(mention.key, set())
                  if key.startswith(mention.key + " ") and (key.split()[-1] in CORPORATE
                                                            or key.split()[-1] in COMPANY_LAST_WORDS)}
        if len(longer) == 1 and not text.startswith(" of ", mention.end):   # ("X of X & Partners": its founder)
            # (the longer name's suffix or last word is the evidence now: its vote counts)
            mention.key, mention.type, mention.guessed = next(iter(longer)), "ORG", False


def _unify_types(mentions: list[RawMention]) -> None:
    """Mentions that share a key share the type most of their typed mentions have; a
    type some evidence gave outvotes any number of guesses from a name's shape ("Shares
    in Elan and Biogen Idec" makes an organisation of every "Biogen Idec")."""
    votes: dict[str, dict[EntityType, int]] = {}
    evidenced = {m.key for m in mentions if m.type != "OTHER" and not m.guessed}
    for mention in mentions:
        if mention.type != "OTHER" and not (mention.guessed and mention.key in evidenced):
            counts = votes.setdefault(mention.key, {})
            counts[mention.type] = counts.get(mention.type, 0) + 1
    # (each key's vote counted once, not once per mention)
    winners = {key: max(sorted(voted), key=voted.__getitem__) for key, voted in votes.items() if voted}
    for mention in mentions:
        if mention.key in winners:
            mention.type = winners[mention.key]
