"""Names typed by the names listed or paired beside them: people among people ("Jonny
Wilkinson, Will Greenwood and Richard Hill"), a person the article writes by a part of the
name, a firm paired by "and" with a firm, a town among places."""
from __future__ import annotations

from ..lexicon import lexicon
from .tokens import LIST_GAPS, RawMention, start_of
from .word_lists import SMALL_NUMBERS


def people_in_a_list(text: str, mentions: list[RawMention]) -> None:
    """A given name and a surname that is an everyday word ("Will Greenwood", "Richard
    Hill") is a person among people listed beside it ("Jonny Wilkinson, Will Greenwood,
    Mike Tindall and Richard Hill"), where alone it says too little."""
    given_names = lexicon().given_names
    for index, mention in enumerate(mentions):
        if len(mention.tokens) != 2:
            continue
        first, last = mention.tokens
        if mention.type != "OTHER" or first.folded not in given_names or first.all_caps \
                or first.folded in SMALL_NUMBERS or not last.capitalised or last.all_caps:
            continue   # ("UK Online", "One Night": no given name)
        for other in (index - 1, index + 1):
            if 0 <= other < len(mentions) and mentions[other].type == "PERSON":
                left, right = sorted((mention, mentions[other]), key=start_of)
                if text[left.end:right.start] in (", ", " and ", ", and "):
                    mention.type = "PERSON"
                    break


def people_named_by_a_part(mentions: list[RawMention]) -> None:
    """A given name and a word ("Sean Long", "Den Watts") whose given name or last word the
    article writes alone as a person ("Sean said he", "Watts, 45,") is that person, though
    its shape alone said too little."""
    alone = {m.key for m in mentions if m.type == "PERSON" and len(m.tokens) == 1}
    if not alone:
        return
    lex = lexicon()
    for mention in mentions:
        if mention.type == "OTHER" and len(mention.tokens) == 2 and not mention.gazetteer \
                and mention.tokens[0].folded in lex.given_names and lex.zipf(mention.tokens[0].folded) < 5.3 \
                and not any(t.all_caps for t in mention.tokens) \
                and (mention.tokens[0].folded in alone or mention.tokens[1].folded in alone):
            mention.type = "PERSON"


def firms_in_a_pair(text: str, mentions: list[RawMention]) -> None:
    """A name paired by "and" with an organisation the article shows as one ("Airbus
    and Boeing accuse each other", "X Corp and Y") is one too, where nothing else types it:
    a guess that evidence elsewhere in the article outweighs."""
    firms = {m.key for m in mentions if m.type == "ORG" and not m.guessed and not m.gazetteer and not m.acronym}
    if not firms:
        return
    lex = lexicon()
    people = {m.key.split()[-1] for m in mentions if m.type == "PERSON"}
    for index, mention in enumerate(mentions):
        if mention.type != "OTHER" or len(mention.tokens) != 1 or mention.tokens[0].all_caps \
                or lex.zipf(mention.key) >= 3.5 or mention.key in lex.given_names or mention.key in people:
            continue   # (a name of no English word, no person's: "Boeing", not "Transport", "Keane")
        for other in (index - 1, index + 1):
            if 0 <= other < len(mentions) and mentions[other].key in firms:
                left, right = sorted((mention, mentions[other]), key=start_of)
                if text[left.end:right.start] in (" and ", " & ", " or "):
                    mention.type, mention.guessed = "ORG", True
                    break


def in_a_list_of_places(text: str, mentions: list[RawMention], index: int) -> bool:
    """Whether mentions[index] is listed beside a place ("in Minnesota, Wisconsin and Ohio")."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(mentions) and mentions[other].type == "PLACE":
            left, right = sorted((mentions[index], mentions[other]), key=start_of)
            if text[left.end:right.start] in LIST_GAPS:
                return True
    return False
