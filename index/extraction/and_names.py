"""Names with "and" inside them ("Rohm and Haas", "Pew Internet and American Life
Project", "Angels and Demons"), told from two names listed together by the article itself.

"A and B" is as often two names as one, and nothing in the words tells which. What does is
how the article writes them: a name with "and" inside is written whole every time, so the
pair comes twice or more and neither part ever stands alone; two names that happen to be
listed together are each written alone somewhere. People, two places, a country and a
body whose name is complete before "and" ("Citizens Bank and Canal Bank") stay two.

A firm named after its partners is the exception: wire copy introduces it once with its
suffix ("Hallett and Vorley Inc said ...") and then writes the bare pair ("... to acquire
Hallett and Vorley"), while one of the partners may stand alone as its short name. The
suffix proves the pair one name, whatever else the article writes.
"""
from __future__ import annotations

import re

from ..lexicon import ORG_HEADS, demonym_of, fold, lexicon, normalize_name
from .tokens import RawMention, Token
from .word_lists import COMPANY_SUFFIXES, HEADS_AFTER_AND

_AND = " and "


def names_with_and_inside(text: str, mentions: list[RawMention]) -> None:
    """Join each pair of mentions "A and B" that the article writes as one name."""
    joined: list[RawMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second is None or text[first.end:second.start] != _AND:
            joined.append(first)   # (no " and " before the next mention: none of the three tests holds)
            index += 1
            continue
        firm = _firm_of_partners(text, mentions, first, second)
        of_body = firm is None and _body_of_two_fields(text, mentions, first, second)
        if firm is not None or of_body or _one_name(text, mentions, first, second) \
                or _one_body(text, mentions, first, second):
            surface = text[first.start:second.end]
            type_ = "ORG" if firm is not None or second.tokens[-1].folded in _BODY_HEADS \
                else first.type if of_body or second.type == "OTHER" else second.type
            joined.append(RawMention(first.start, second.end, surface, type_,
                                     firm or normalize_name(surface), first.tokens + second.tokens,
                                     unexplained=firm is None and first.unexplained and second.unexplained))
            index += 2
            continue
        joined.append(first)
        index += 1
    mentions[:] = joined


def _firm_of_partners(text: str, mentions: list[RawMention], first: RawMention, second: RawMention) -> str | None:
    """The key of the firm "A and B <suffix>" the article names, where the mentions are
    that firm's bare "A and B" ("Hallett and Vorley", "Delta Power and Light"), else None."""
    if text[first.end:second.start] != _AND or "country" in (first.place_kind, second.place_kind):
        return None
    pair = fold(f"{first.text}{_AND}{second.text}")
    length = len(first.tokens) + len(second.tokens) + 2
    # The same partners joined by "&" in the firm's full name ("Grelby & Norcott Plc ...
    # Grelby and Norcott"): news writes a firm's "&" out as "and" in running text, while
    # two names merely listed together are hardly ever joined by "&" with a suffix after.
    ampersand = fold(f"{first.text} & {second.text}")
    for mention in mentions:
        words = mention.tokens
        if len(words) == length and words[-1].folded in COMPANY_SUFFIXES and fold(mention.text).startswith(pair + " "):
            return mention.key
        if mention.type == "ORG" and len(words) >= length - 1 and words[-1].folded in COMPANY_SUFFIXES \
                and fold(mention.text).startswith(ampersand + " "):
            return mention.key
    return None


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"   # (what a regex's \w matches)


def _times_written(text: str, phrase: str) -> int:
    r"""How many times `text` writes `phrase` apart from other words: not after a word's
    letter or a hyphen, and ending at a word's end. (As the pattern
    (?<![\w-])phrase\b would count them, without compiling a pattern for every pair.)"""
    count = 0
    index = text.find(phrase)
    while index >= 0:
        end = index + len(phrase)
        before = text[index - 1] if index else ""
        after = text[end] if end < len(text) else ""
        if not (before and (_is_word_char(before) or before == "-")) \
                and _is_word_char(phrase[-1]) != (bool(after) and _is_word_char(after)):
            count += 1
            index = text.find(phrase, end)
        else:
            index = text.find(phrase, index + 1)
    return count


def _one_name(text: str, mentions: list[RawMention], first: RawMention, second: RawMention) -> bool:
    if text[first.end:second.start] != _AND or first.tokens[0].all_caps \
            or "PERSON" in (first.type, second.type) or first.type == second.type == "PLACE" \
            or "country" in (first.place_kind, second.place_kind) \
            or first.tokens[-1].folded in ORG_HEADS:
        return False
    written = _times_written(text, text[first.start:first.end] + _AND + second.tokens[0].text)
    if written < 2:
        return False
    # Neither part alone: the first part's mentions are all in the pair, and the second's
    # first word opens no mention but after "and".
    if sum(m.key == first.key for m in mentions) > written:
        return False
    opening = second.tokens[0].folded
    return not any(m.tokens[0].folded == opening and text[max(0, m.start - len(_AND)):m.start] != _AND
                   for m in mentions)


# The head words that end a body's whole name: a firm's suffix, an organisation's noun.
_PARTNERS_WORDS = frozenset({"associates", "sons", "partners"})   # ("Len Tarvey and Associates")
_BODY_HEADS = ORG_HEADS | COMPANY_SUFFIXES | _PARTNERS_WORDS | HEADS_AFTER_AND


def _one_body(text: str, mentions: list[RawMention], first: RawMention, second: RawMention) -> bool:
    """Whether "A and B <head>" is one body's name ("Sun Alliance and London Insurance Plc",
    "Pittsburgh and West Virginia Railroad"): the head ends the whole, A is no complete name
    of its own (no head word, no acronym, no person by a given name, not in a list) and
    neither part is written alone anywhere else in the article, as a firm listed beside
    another ("Vantor and Kelby Motors Corp") would be."""
    in_a_list = text[max(0, first.start - 2):first.start] == ", " or text[max(0, first.start - 5):first.start] == _AND
    if text[first.end:second.start] != _AND or second.tokens[-1].folded not in _BODY_HEADS or in_a_list:
        return False
    two_places = first.type == "PLACE" and _opens_with_a_place(second)
    if "country" in (first.place_kind, second.place_kind) and not two_places:
        return False   # ("Tarvia and Quell Bank"; but "Tarvia and Quellport Banking Corp")
    # A parent's code opening a unit's name ("QLT Missiles and Electronics Group")
    code_first = first.tokens[0].all_caps and len(first.tokens) > 1 and not first.acronym
    if any(t.folded in _BODY_HEADS or t.all_caps and not (code_first and i == 0)
           or any(c.isdigit() for c in t.text) for i, t in enumerate(first.tokens)) \
            or second.tokens[0].all_caps:
        return False   # (A is a body already, or an acronym's: "the IMF and World Bank", "BBC One and BBC News 24")
    opening = second.tokens[0].folded
    if len(second.tokens) == 1 and opening not in _PARTNERS_WORDS or demonym_of(opening):
        return False   # (B is a name alone, or one of its own: "... and Union", "... and Hallish Airways")
    if len(first.tokens) == 1 and not two_places:
        return False   # (one word is as often a name of its own: "Varnby and General Motors Corp"; not
        #                 before a second place: "Hamburg and Bremen Shipping Corp")
    if first.type == "PERSON" and (not first.guessed or lexicon().is_given_name(first.tokens[0].folded)):
        return False   # ("Paul Vantor and International Monetary Fund")
    return not any(m is not first and m is not second and (m.key in (first.key, second.key)
                                                           or len(m.tokens) == 1 and m.tokens[0].folded == opening)
                   for m in mentions)


def _body_of_two_fields(text: str, mentions: list[RawMention], first: RawMention, second: RawMention) -> bool:
    """Whether "<head> of A and B" is one body's name, B its second field ("Ministry of
    Mining and Forestry", "Foundation for Printed Books and Maps", "Tarvey Association of Tin and
    Copper Traders"): A is the first's words after its head's "of" or "for", none of them a
    place or a capital-lettered code ("Bank of Tarvia and ..."), and B is plain capitalised
    words, no body, place, person or code of its own ("... and Treasury Board", "... and
    Vantor"), that the article never writes alone."""
    words = first.tokens
    joiner = next((i for i, t in enumerate(words) if t.folded in _FIELD_JOINERS and i > 0
                   and words[i - 1].folded in ORG_HEADS), None)
    if joiner is None or first.type != "ORG" or joiner == len(words) - 1 \
            or text[max(0, first.start - 2):first.start] == ", ":
        return False
    places = lexicon().places
    field = words[joiner + 1:]
    if any(t.all_caps or t.folded in places or not t.capitalised for t in field) \
            or fold(" ".join(t.text for t in field)) in places:
        return False
    if second.type in ("PERSON", "PLACE") or second.place_kind or second.acronym or second.gazetteer \
            or any(t.folded in _BODY_HEADS or t.all_caps or not t.capitalised or t.folded in places
                   or any(c.isdigit() for c in t.text) for t in second.tokens):
        return False
    opening = second.tokens[0].folded
    return not any(m is not second and (m.key == second.key or m.tokens[0].folded == opening
                                        and text[max(0, m.start - len(_AND)):m.start] != _AND)
                   for m in mentions)


_FIELD_JOINERS = frozenset({"of", "for"})


def _opens_with_a_place(mention: RawMention) -> bool:
    """Whether a body's name opens with a place's ("Quellport Banking Corp", "North Tarvia Railroad"),
    a country's with a trade between it and the head (not "Tarvia Inc")."""
    places = lexicon().places
    words = [t.folded for t in mention.tokens[:-1]]
    for n in range(1, min(3, len(words)) + 1):
        place = places.get(" ".join(words[:n]))
        if place is not None and (place[1] != "country" or n < len(words)):
            return True
    return False


# A capital, a digit or two after a slash: a model's or a version's designation ("Gene/L", "System/2").
_DESIGNATION = re.compile(r"/([A-Z0-9]{1,2})\b(?![/-])")


def names_with_a_slash_inside(text: str, mentions: list[RawMention], tokens: list[Token]) -> None:
    """Join "A/B" written whole twice or more, neither part alone anywhere else, into one
    name ("Varnel/NetScope" said ... Varnel/NetScope's figures; a model's "Tarvel Orbit/X"), as
    "A and B" is (see _one_name); two names a slash only pairs ("Brown/Blair", a score's
    "Tarvo/Quell") are written apart elsewhere, or once, or are places, people or dates."""
    if "/" not in text:
        return
    token_at: dict[int, Token] = {}
    joined: list[RawMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        if text[first.end:first.end + 1] != "/" or first.type == "PERSON" or first.tokens[0].headline:
            joined.append(first)
            index += 1
            continue
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second is not None and second.start == first.end + 1:
            added, end = second.tokens, second.end
        else:
            second = None
            match = _DESIGNATION.match(text, first.end)
            if match is not None and not token_at:
                token_at = {t.start: t for t in tokens}
            designation = token_at.get(match.start(1)) if match is not None else None
            added, end = ([designation], designation.end) if designation is not None else ([], 0)
        if not added or not _slash_pair_is_one_name(text, mentions, first, second, end):
            joined.append(first)
            index += 1
            continue
        surface = text[first.start:end]
        type_ = first.type if second is None or second.type == "OTHER" else second.type
        joined.append(RawMention(first.start, end, surface, type_, normalize_name(surface), first.tokens + added,
                                 unexplained=first.unexplained and (second is None or second.unexplained)))
        index += 2 if second is not None else 1
    mentions[:] = joined


def _slash_pair_is_one_name(text: str, mentions: list[RawMention], first: RawMention,
                            second: RawMention | None, end: int) -> bool:
    if second is not None and (second.type == "PERSON" or first.type == second.type == "PLACE"
                               or "country" in (first.place_kind, second.place_kind)):
        return False
    if _times_written(text, text[first.start:end]) < 2:
        return False
    if second is None:
        return True   # (a designation: the name before it may stand alone for the whole family)
    # Neither part alone: every mention of either part's key is in a pair.
    written = _times_written(text, text[first.start:end])
    return all(sum(m.key == key for m in mentions) <= written for key in (first.key, second.key))
