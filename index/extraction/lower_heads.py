"""Bodies whose names end in a generic head written in lower case: "the Ways and Means
committee", "the Grain Export board". The capitalised words alone mean nothing (everyday
words the article never writes without the head), so the head is part of the name."""
from __future__ import annotations

import re

from ..folding import normalize_name
from ..lexicon import ORG_HEADS, demonym_of, lexicon
from .tokens import RawMention, start_of
from .type_cues import INSTITUTION_NOUNS
from .words import country_code

_HEAD = r"(?:committee|subcommittee|board|department|commission|organi[sz]ation)\b"
_LOWERCASE_HEAD = re.compile(" " + _HEAD)
_ANY_CASE_HEAD = re.compile(r"\s+" + _HEAD, re.I)


def bodies_named_with_a_lowercase_head(text: str, mentions: list[RawMention]) -> None:
    """One ORG mention of a name of everyday words and the lower-case head after it
    ("Appropriations subcommittee"), also across an "and" ("Ways and Means committee"); a
    country before the words is a mention of its own ("U.S." "Justice department")."""
    if " " not in text:
        return
    lex = lexicon()
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        head = _LOWERCASE_HEAD.match(text, mention.end)
        if head is None:
            index += 1
            continue
        first = index - 1 if index and text[mentions[index - 1].end:mention.start] == " and " else index
        tokens = [t for m in mentions[first:index + 1] for t in m.tokens]
        place = tokens[0] if len(tokens) >= 2 and first == index and (
            country_code(tokens[0]) or lex.places.get(tokens[0].folded, ("", ""))[1] == "country") else None
        words = tokens[1:] if place is not None else tokens
        start = words[0].start if words else 0
        surface = text[start:head.end()]
        name = text[start:mention.end]
        if not words or len(words) == 1 and (words[0].folded in INSTITUTION_NOUNS or words[0].folded in ORG_HEADS) \
                or any(t.all_caps or lex.zipf(t.folded) < 3.0 or t.folded in lex.places or demonym_of(t.folded)
                       for t in words) \
                or any(not _ANY_CASE_HEAD.match(text, m.end())
                       for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)):
            index += 1   # (a name the article writes without the head means something alone; "House
            continue     # subcommittee" is the House's)
        body = RawMention(start, head.end(), surface, "ORG", normalize_name(surface), words)
        added = [body]
        if place is not None:
            code = country_code(place)
            country = lex.country_codes[code][0] if code in lex.country_codes else place.text
            added.insert(0, RawMention(place.start, place.end, place.text, "PLACE", normalize_name(country), [place],
                                       gazetteer=True, place_kind="country"))
        mentions[first:index + 1] = added
        index = first + len(added)
    mentions.sort(key=start_of)
