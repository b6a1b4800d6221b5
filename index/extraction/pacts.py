"""Agreements and programmes named after the city where they were made: "the <city>
accord", "the 1976 <city> agreement", "the <city> goals".

Before such a noun a city's name no longer names the place: it is the name of the
agreement (or of the programme agreed there), and news writes it this way for want of
any other name. Only a city alone is read so: a country or a pair of places before
"accord" ("a US-<country> accord") are its parties, still places.
"""
from __future__ import annotations

import re

from .tokens import RawMention

# Lowercase nouns of what a meeting in a city agrees (not "talks" nor "summit": those are
# the meeting, held in the place).
_PACT_AFTER = re.compile(r"\s+(?:accords?|agreements?|pact|treaty|protocol|declaration|goals|ambitions"
                         r"|agenda|targets)\b")
# Appended to the city's key, so that the agreement and the city stay two entities.
PACT_KEY_WORD = "agreement"


def pacts_named_after_cities(text: str, mentions: list[RawMention]) -> None:
    """Type a city's name before "accord", "agreement" and their like OTHER, with a key of
    its own."""
    for mention in mentions:
        if mention.place_kind != "city" or mention.type != "PLACE" or not _PACT_AFTER.match(text, mention.end):
            continue
        if mention.start and text[mention.start - 1] in "-/\u2013" or mention.tokens[0].all_caps:
            continue   # "US-<city> accord": the parties; a headline's capitals say nothing
        mention.type, mention.key = "OTHER", f"{mention.key} {PACT_KEY_WORD}"
        mention.gazetteer, mention.place_kind = False, ""
