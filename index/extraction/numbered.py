"""Names followed by a number: a model's or an edition's number is part of the name
("PlayStation 3", "Windows 95", "Boeing 747s", "Macintosh II"), and so is a side's age group
("England Under-21"); a numbered part of a document or a class of shares is no name at all
("Chapter 11", "Section 404", "Class A"). An edition's year after its name is part of it
("Grelbo 2006", "the Varnby Act 2001"). A model's designation joined to its number by a
hyphen ("C-17", "RX-7") is a name of its own.

The number is not a token (tokens are capitalised words), so this works on the mentions
once they are cut: it extends or drops them.
"""
from __future__ import annotations

import re

from ..folding import normalize_name
from ..lexicon import fold, lexicon
from .tokens import RawMention, Token, put_in_place, start_of
from .type_cues import LAW_WORDS

# Everyday nouns that a number or a letter makes a part of something, not a name: "Chapter
# 11 protection", "under Section 5 of the Public Order Act", "Class A shares", "Grade II".
NUMBERED_PARTS = frozenset({"chapter", "section", "article", "clause", "paragraph", "schedule", "class", "grade",
                            "item", "rule", "annex", "appendix"})
_PART_NUMBER = re.compile(r"\s(?:\d+[A-Za-z]?|[A-Z]|[IVX]{1,4})\b(?![.,]\d)")
# "Group D" of a competition (a letter only: "Group 4" is a firm's name).
_GROUP_LETTER = re.compile(r"\s[A-H]\b(?![.,&'\u2019]\w)")

# A model's or an edition's number right after the name: one to three digits (never a
# year) or a Roman numeral of two letters or more ("I" is the pronoun), with an "s" for
# several of the model ("767s"), ending there: not a figure ("1.55bn", "19,000", "3-1",
# "2/3"), not a figure's unit ("Sony 20 years", "Fiat 5 pct"), not a row of a table
# ("Chelsea 25 19 4 2") and not a score ("Chelsea 2 Arsenal 1").
_MODEL_NUMBER = re.compile(r" (\d{1,3}|[IVX]{2,4})s?(?![\w.,/:\-\u2013]\w|[\w%\u00a3$])")
_UNIT_AFTER = re.compile(
    r"\s+(?:pct|percent|per\b|mln|bln|million|billion|thousand|dlrs?|dollars?|pounds?|pence|cents?|yen|euros?"
    r"|marks|francs|tonnes?|tons?|barrels?|shares|points?|years?|months?|weeks?|days?|hours?|minutes?|pc\b|p\b"
    r"|to\s+\d|and\s+\d|or\s+\d|of\s+\d|\d)", re.I)
_SCORE_AFTER = re.compile(r"\s+[A-Z][\w.'\u2019-]*(?:\s[A-Z][\w.'\u2019-]*){0,2}\s\d")
_NUMBER_BEFORE = re.compile(r"\d[ \t]+$")   # the second side of a score, a table's next row
# A player's minute in a line-up: a substitute "(Robert 58)", a list of scorers "Terry 17,
# Gudjohnsen 46" (their names are often no known person's, so the shape alone cannot tell).
_SUBSTITUTE_BEFORE = re.compile(r"\($")
_SCORER_AFTER = re.compile(r"\s*,\s*[A-Z][\w'\u2019-]*(?:\s[A-Z][\w'\u2019-]*)?\s\d{1,3}\b")
# Before the number, a broadcaster's station or a union's local keeps the name a body's
# ("BBC Radio 4", "BBC News 24", "Local 594"); any other numbered name is a thing made.
_BODY_BEFORE_NUMBER = frozenset({"radio", "news", "channel", "local"})
# The year a law was passed, written after its name: "the Securities Act of 1934".
_YEAR_OF_LAW = re.compile(r" of (?:1[789]|20)\d\d\b(?![.,]\d)")
# An edition's year written after the name, as part of its title: a tournament's, a fair's,
# a program's, a law's ("Grelbo 2006", "the Varnby Act 2001"); not before another capitalised
# word ("the Varnby Academy 2004 Tarvel Lecture"), nor a figure's unit ("Grelbo 2000 tonnes");
# a year before a name stays outside it ("the 1986 Varnby Act").
_EDITION_YEAR = re.compile(r" (?:19|20)\d\d(?![\w.,/:\-\u2013]\w|[\w%\u00a3$]| [A-Z])")
_AGE_GROUP = re.compile(r"-\d{2}s?\b")
_ORDINAL_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th) $")


def numbered_names(text: str, mentions: list[RawMention]) -> None:
    """Drop the numbered parts and add a model's number to its name, in place."""
    kept = []
    given_names = lexicon().given_names
    for mention in mentions:
        last = mention.tokens[-1].folded if mention.tokens else ""
        if len(mention.tokens) == 1 and mention.end == mention.tokens[0].end and (
                last in NUMBERED_PARTS and _PART_NUMBER.match(text, mention.end)
                or last == "group" and _GROUP_LETTER.match(text, mention.end)):
            continue
        century = _ORDINAL_BEFORE.search(text, max(0, mention.start - 7), mention.start) \
            if mention.tokens and mention.tokens[0].folded == "century" else None
        if century and len(mention.tokens) == 1:
            continue   # "the 21st Century": a time, no name
        if century:   # "20th Century Fox": the ordinal is the name's
            _respan(mention, text, century.start(), mention.end)
        kept.append(mention)
        age_group = _AGE_GROUP.match(text, mention.end) if last == "under" and len(mention.tokens) >= 2 else None
        if age_group:   # a country's or a club's side of an age group: "England Under-21", "Wales Under-19s"
            _respan(mention, text, mention.start, age_group.end(), text[mention.start:age_group.end()].rstrip("s"))
            mention.type, mention.gazetteer, mention.place_kind = "ORG", False, ""
            mention.learned = mention.unexplained = False
            continue
        year = _YEAR_OF_LAW.match(text, mention.end) if last in LAW_WORDS and len(mention.tokens) >= 2 \
            and mention.end == mention.tokens[-1].end else None
        if year:   # "the Tax Reform Act of 1986": the year of a law is part of its name
            _respan(mention, text, mention.start, year.end())
            continue
        if mention.type in ("PERSON", "PLACE") or mention.gazetteer or mention.end != mention.tokens[-1].end \
                or mention.tokens[0].folded in given_names:
            continue   # (a player's minute, "Cole 63"; a city's row of prices, "Seattle 1.87")
        found = _MODEL_NUMBER.match(text, mention.end)
        edition = None if found else _EDITION_YEAR.match(text, mention.end)
        if edition and not mention.tokens[-1].all_caps and not mention.tokens[-1].headline \
                and not _UNIT_AFTER.match(text, edition.end()) and not _in_capitals(text, mention.start):
            _respan(mention, text, mention.start, edition.end())   # "Grelbo 2006": an edition's year
            mention.learned = mention.unexplained = False
            continue
        if found is None or _UNIT_AFTER.match(text, found.end()) or _SCORE_AFTER.match(text, found.end()) \
                or _SCORER_AFTER.match(text, found.end()) \
                or _NUMBER_BEFORE.search(text, max(0, mention.start - 12), mention.start) \
                or _SUBSTITUTE_BEFORE.search(text, max(0, mention.start - 1), mention.start):
            continue
        # (its key from what is written: the bare name may stand for a fuller one, "Boeing Co")
        _respan(mention, text, mention.start, found.end(),
                f"{text[mention.start:mention.tokens[-1].end]} {found.group(1)}")
        mention.type = "ORG" if last in _BODY_BEFORE_NUMBER else "OTHER"
        mention.learned = mention.unexplained = False
    mentions[:] = kept


def _respan(mention: RawMention, text: str, start: int, end: int, keyed: str | None = None) -> None:
    """Give the mention the span start:end and the key of `keyed` (by default its new text)."""
    mention.start, mention.end, mention.text = start, end, text[start:end]
    mention.key = normalize_name(mention.text if keyed is None else keyed)


# A model's designation: capitals (a digit may end them) joined by a hyphen to its number,
# "C-17", "RX-7", "L-1011's", "A-300-600", "CF6-80C2". The tokens are words, so the number
# is never part of one, and a lone capital is no name: the whole is found in the text. A
# single capital needs two digits or more ("M-1" is a money supply, "W-4" a form, "S-1" a
# filing, "M-1B" too); a credit rating ("BAA-3", "BA-1") and a year after a word, a date in a
# slug ("END-1986"), are none, nor is a ticker in angle brackets.
# (The first capital comes before the look-behind, which takes it in: a pattern that opens
# on a capital lets the regex engine skip to the capitals of the text.)
_DESIGNATION = re.compile(r"([A-Z](?<![\w<./\-][A-Z])[A-Z]{0,2}\d?)-(\d[\dA-Z]*)(?:-\d[\dA-Z]*)*(?![\w>\-]|[.,]\d)")
# The hyphen and figure every designation holds ("-17" of "C-17"), found far faster than the
# whole pattern: no designation starts more than four characters before the first one.
_HYPHEN_THEN_FIGURE = re.compile(r"-\d")
_LETTERS_BEFORE_HYPHEN = 4
_YEAR = re.compile(r"(?:19|20)\d\d")
_RATINGS = frozenset({"AAA", "AA", "BAA", "BBB", "BA", "BB", "CAA", "CCC", "CA", "CC"})


def model_designations(text: str, mentions: list[RawMention]) -> None:
    """Add the designations of models, in place of the mentions they cover; a name written
    right before one is its maker's and joins it ("Yepp YH-999", as "Airbus A320")."""
    found = False
    first = _HYPHEN_THEN_FIGURE.search(text)
    for match in _DESIGNATION.finditer(text, max(0, first.start() - _LETTERS_BEFORE_HYPHEN)) if first else ():
        letters, number = match.group(1), match.group(2)
        if letters == "G" and number.isdigit() and len(number) <= 2 and match.end() - match.start() == len(number) + 2:
            # "the Group of Five (G-5)", "G-7 finance ministers": a group of nations by its count, as "G7"
            put_in_place(mentions, RawMention(match.start(), match.end(), match.group(), "ORG", f"g{number}",
                                              [Token(match.start(), match.end(), match.group(), f"g{number}",
                                                     capitalised=True, all_caps=True, initial=False,
                                                     hyphen_before=False, gap_before=" ")]))
            found = True
            continue
        if len(letters) == 1 and sum(c.isdigit() for c in number) < 2 or _YEAR.fullmatch(number) \
                or letters in _RATINGS and len(number) == 1 or _in_capitals(text, match.start()):
            continue
        start = match.start()
        # The maker is a name that ends right before, or one the cutter ran on into the letters.
        maker = next((m for m in mentions if m.start < start and m.type in ("ORG", "OTHER") and not m.gazetteer
                      and (m.end + 1 == start and text[m.end] == " " and not m.acronym
                           or m.end == start + len(letters) and len(m.tokens) >= 2)), None)
        if maker is not None:
            start = maker.start
        word = Token(start, match.end(), text[start:match.end()], fold(text[start:match.end()]), capitalised=True,
                     all_caps=maker is None, initial=False, hyphen_before=False, gap_before=" ")
        put_in_place(mentions, RawMention(start, match.end(), word.text, "OTHER", normalize_name(word.text), [word]))
        found = True
    if found:
        mentions.sort(key=start_of)


def _in_capitals(text: str, position: int) -> bool:
    """Whether the line at `position` is written in capitals (a wire's headline or a table's head)."""
    end = text.find("\n", position)
    line = text[text.rfind("\n", 0, position) + 1:end if end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return sum(c.isupper() for c in letters) >= 0.6 * len(letters)
