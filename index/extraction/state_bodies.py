"""A country's or a state's own government bodies named after it: "the U.S. Army", "the
Ohio Insurance Department". The place before them is a mention of its own and the body is
another, as the golds have it for a country before an institution's common name ("UK
Treasury": UK, Treasury)."""
from __future__ import annotations

import re

from ..folding import normalize_name
from ..lexicon import Lexicon, demonym_of, lexicon
from .place_words import CARDINAL_POINTS, COMPASS_INITIALS
from .tokens import RawMention, Token, is_space

# A country's branches of government, named after the country as a generic noun ("the UK
# Treasury", "the U.S. Agriculture Department"), unlike a court or agency's proper name
# ("U.S. District Court", "U.S. Court of Appeals").
GOVERNMENT_BODIES = frozenset({"treasury", "department", "ministry", "embassy", "government", "administration"})
# The heads of agencies' full names, which a country before them is no part of.
AGENCY_HEADS = frozenset({"commission", "administration", "agency", "department", "bureau", "service", "board",
                          "authority", "office"})
# The states of the United States, whose governments name their bodies after them as a
# country's does ("the Ohio Public Utilities Commission").
US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
virginia washington wisconsin wyoming""".split()) | frozenset({
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "rhode island",
    "south carolina", "south dakota", "west virginia"})
# A country's armed services and mint, named by one word after it ("the U.S. Navy").
_BRANCHES = frozenset({"army", "navy", "mint"})
# The heads of a body whose other words are everyday ones ("Patent Office", "Insurance Department").
# (Not an agency or authority: "Bahrain Monetary Agency (BMA)", "Tennessee Valley Authority"
# are named whole, their initials the place's too.)
_HEADS = frozenset({"commission", "department", "office", "bureau", "board"})
# A country's central bank named so ("the US Federal Reserve"); a state's is its city's
# district bank, named whole ("the New York Federal Reserve").
_COUNTRY_HEADS = _HEADS | {"reserve"}


def a_body_of_its_place(rest: list[Token], country: bool, lex: Lexicon) -> bool:
    """Whether the capitalised words after a country's or a US state's name are one of its
    government's bodies: a branch ("Army", "Navy"), or everyday words before an agency's
    head ("Patent Office", "Public Utilities Commission", "State Banking Department")."""
    if any(t.all_caps or t.headline or t.hyphen_before for t in rest):
        return False
    if len(rest) == 1:
        return country and rest[0].folded in _BRANCHES
    if rest[-1].folded not in (_COUNTRY_HEADS if country else _HEADS):
        return False
    return all(lex.zipf(t.folded) >= 3.0 and t.folded not in lex.places and not demonym_of(t.folded)
               for t in rest[:-1])


def key_bodies_by_their_place(text: str, mentions: list[RawMention]) -> None:
    """A country's branch or a state's body, written as two mentions ("U.S." "Navy", "Ohio"
    "Insurance Department"), stands for that place's: its key holds the place ("united
    states navy"), and so do the keys of its name written alone in the article ("the Navy
    said"). (A country's agencies of longer names keep theirs: "Agriculture Department".)"""
    lex = lexicon()
    places_of: dict[str, set[str]] = {}
    for place, body in zip(mentions, mentions[1:], strict=False):
        if place.type != "PLACE" or body.type != "ORG" or body.start != place.end + 1 or text[place.end] != " ":
            continue
        country = lex.places.get(place.key, ("", ""))[1] == "country"
        if (len(body.tokens) == 1 if country else place.key in US_STATES) \
                and a_body_of_its_place(body.tokens, country, lex):
            places_of.setdefault(body.key, set()).add(place.key)
    for mention in mentions:
        places = places_of.get(mention.key)
        if places is not None and len(places) == 1:   # (two places' bodies of one name: neither's)
            mention.key = f"{next(iter(places))} {mention.key}"


# A compass's adjective in lower case before a country or a region: "northern Nigeria",
# "southwest China" (not "north London", "central Japan": a part, not a region named so).
_COMPASS_ADJECTIVE = re.compile(
    r"(?<![\w-])(?:(?:north|south)-?(?:east|west)(?:ern)?|northern|southern|eastern|western) $")


def regions_named_by_a_compass_word(text: str, mentions: list[RawMention]) -> None:
    """A country, region or US state with a compass's adjective before it ("eastern Europe",
    "northwest Iowa"): one place, the region of it, as the golds mostly write it (not a
    country's code: "the western US")."""
    lex = lexicon()
    for mention in mentions:
        if mention.type != "PLACE" or mention.start < 6 or text[mention.start - 1] != " " \
                or mention.tokens[0].all_caps or mention.code_of or not (
                lex.places.get(mention.key, ("", ""))[1] in ("country", "region") or mention.key in US_STATES):
            continue
        adjective = _COMPASS_ADJECTIVE.search(text, max(0, mention.start - 16), mention.start)
        if adjective is None:
            continue
        mention.start = adjective.start()
        mention.text = text[mention.start:mention.end]
        mention.key = normalize_name(mention.text)


def a_point_before_a_country(run: list[Token], index: int, lex: Lexicon) -> bool:
    """Whether run[index], opening a sentence or a headline, is a point of the compass, in
    full or as its dotted initial, before a country or region that it is one name with
    ("West Germany said", "W. GERMANY TO CUT RATES"), though no gazetteer has the two."""
    token = run[index]
    return (token.folded in CARDINAL_POINTS or token.text.endswith(".") and token.folded in COMPASS_INITIALS) \
        and index + 1 < len(run) and is_space(run[index + 1].gap_before) \
        and lex.places.get(run[index + 1].folded, ("", ""))[1] in ("country", "region") \
        and (index + 2 == len(run) or not is_space(run[index + 2].gap_before) or token.headline)


def drop_points_before_no_place(tokens: list[Token], lex: Lexicon) -> None:
    """A dotted compass's initial before a word in capitals is one token only where that
    word is a country or region ("W. GERMANY", "S. AFRICA"); before anything else ("S.
    AFRICAN", "S AND W. BERISFORD") its letter is a token and its full stop a gap, as the
    tokeniser writes other lone capitals."""
    for token, following in zip(tokens, tokens[1:], strict=False):
        if len(token.text) == 2 and token.text.endswith(".") and token.folded in COMPASS_INITIALS \
                and following.text.isupper() and len(following.text) >= 4 \
                and lex.places.get(following.folded, ("", ""))[1] not in ("country", "region"):
            token.text, token.end, token.folded = token.text[:-1], token.end - 1, token.folded[:-1]
            following.gap_before = "." + following.gap_before
