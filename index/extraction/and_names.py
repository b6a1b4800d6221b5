"""Names with "and" inside them ("Rohm and Haas", "Pew Internet and American Life
Project", "Angels and Demons"), told from two names listed together by the article itself.

"A and B" is as often two names as one, and nothing in the words tells which. What does is
how the article writes them: a name with "and" inside is written whole every time, so the
pair comes twice or more and neither part ever stands alone; two names that happen to be
listed together are each written alone somewhere. People, two places, a country and a
body whose name is complete before "and" ("Citizens Bank and Canal Bank") stay two.
"""
from __future__ import annotations

import re

from ..lexicon import ORG_HEADS, normalize_name
from .tokens import RawMention

_AND = " and "


def names_with_and_inside(text: str, mentions: list[RawMention]) -> None:
    """Join each pair of mentions "A and B" that the article writes as one name."""
    joined: list[RawMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        if index + 1 < len(mentions) and _one_name(text, mentions, first, mentions[index + 1]):
            second = mentions[index + 1]
            surface = text[first.start:second.end]
            joined.append(RawMention(first.start, second.end, surface,
                                     second.type if second.type != "OTHER" else first.type,
                                     normalize_name(surface), first.tokens + second.tokens,
                                     unexplained=first.unexplained and second.unexplained))
            index += 2
            continue
        joined.append(first)
        index += 1
    mentions[:] = joined


def _one_name(text: str, mentions: list[RawMention], first: RawMention, second: RawMention) -> bool:
    if text[first.end:second.start] != _AND or first.tokens[0].all_caps \
            or "PERSON" in (first.type, second.type) or first.type == second.type == "PLACE" \
            or "country" in (first.place_kind, second.place_kind) \
            or first.tokens[-1].folded in ORG_HEADS:
        return False
    pair = re.compile(r"(?<![\w-])" + re.escape(text[first.start:first.end] + _AND + second.tokens[0].text) + r"\b")
    written = len(pair.findall(text))
    if written < 2:
        return False
    # Neither part alone: the first part's mentions are all in the pair, and the second's
    # first word opens no mention but after "and".
    if sum(m.key == first.key for m in mentions) > written:
        return False
    opening = second.tokens[0].folded
    return not any(m.tokens[0].folded == opening and text[max(0, m.start - len(_AND)):m.start] != _AND
                   for m in mentions)
