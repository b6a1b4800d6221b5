"""A place's name hyphened to the name after it: "Lisbon-Corvane Ltd", "Oslo-Varnby Railway
Authority", "Oslo-Varnby Wolves".

Firms are named after two founders or two towns joined by a hyphen, and sides and railways
after the two towns they join. The runs split a place from what its hyphen joins it to, so
that a route or a pair of places stays two ("the Lisbon-Madrid route", "Chile-South Africa");
where what follows the hyphen is no place but a name of its own that goes on past the
hyphen's word ("Corvane Ltd", "Varnby Railway Authority"), the place is its first word (not a
person's, nor one that opens with initials: "Lisbon-J.K. Tarvel" is a route to an airport
named after one). A country's code before the hyphen joins only a name that opens with another
place ("the US-Varnland Trade Agreement", both its parties); before any other name it is a party
of its own ("the US-Varnby Review Commission"). Once the article has written the name so, its short form is one name too
("Lisbon-Corvane said"), though the word after the hyphen ends there.
"""
from __future__ import annotations

from ..folding import normalize_name
from ..lexicon import lexicon
from ..model import EntityType
from .tokens import RawMention


def places_hyphened_to_names(text: str, mentions: list[RawMention]) -> None:
    """Join a place to the name of two words or more, no place nor person, that its hyphen starts:
    one name, typed as the name after the hyphen is (a firm, a side, a body); then a place
    hyphened to a word where the article wrote those two words so in a longer name (even a
    place's: "Lisbon-Madrid Gas Co ... Lisbon-Madrid said")."""
    heads: dict[str, EntityType] = {}   # "Lisbon-Corvane": the type of the longer name
    places = lexicon().places
    for shortest in (2, 1):
        index = 0
        while index + 1 < len(mentions):
            place, name = mentions[index], mentions[index + 1]
            if place.gazetteer and text[place.end:name.start] == "-" \
                    and (not place.tokens[0].all_caps or name.tokens[0].folded in places) \
                    and not name.tokens[0].headline and not place.tokens[0].headline \
                    and (shortest == 2 and len(name.tokens) >= 2 and not name.gazetteer
                         and name.type in ("ORG", "OTHER") and not _initials(name.tokens[0].text)
                         or shortest == 1 and text[place.start:name.end] in heads):
                if shortest == 2:
                    heads[text[place.start:name.tokens[0].end]] = name.type
                else:
                    name.type = heads[text[place.start:name.end]]
                name.start, name.tokens = place.start, [*place.tokens, *name.tokens]
                name.text = text[name.start:name.end]
                name.key = normalize_name(name.text)
                name.gazetteer, name.place_kind, name.code_of, name.guessed = False, "", (), False
                del mentions[index]
                continue
            index += 1


def _initials(word: str) -> bool:
    """"J.F.", "J": the initials of a person's name."""
    return len(word.replace(".", "")) <= 3 and word.replace(".", "").isupper() and ("." in word or len(word) == 1)
