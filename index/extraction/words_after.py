"""Words written after a name that are no part of it: letters of an honour ("Ann Lee QC",
where the title before a name is left out as well), a format the work or the brand is
sold on ("the Tarn Hollow DVD", "a Varnex DVD") and "TV" before a noun ("the Varnex TV
network"), which a run of capitals takes in."""
from __future__ import annotations

import re

from ..folding import normalize_name
from ..lexicon import lexicon
from .tokens import RawMention, Token, put_in_place, start_of
from .word_lists import FORMATS_AFTER_A_NAME, POST_NOMINALS

# A lower-case noun after "TV" that a name's "TV" modifies with it ("the Varnex TV network",
# "a Tarn Hollow TV comeback", "Quell TV shows"): the channel or the work is the name before it.
_NOUN_AFTER = re.compile(r" (?:network|show|station|channel|programme|program|drama|sitcom|appearance|audience)s?\b"
                         r"| (?:series|comeback|version|adaptation|special|ratings|coverage|rights|debut)\b")
# One word with an "'s", at most one capitalised word, a company's suffix: "Varley's Inc",
# "Quorn's Nursery Inc". (The look-behind after the first capital is the word boundary.)
_OWN_S_FIRM = re.compile(r"[A-Z](?<!\w[A-Z])[\w-]*['\u2019]s(?: ([A-Z][a-z]+))? (?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|Cos)\b")
# An everyday word is a firm's trade there ("Hospitality", "Stores"), where a rarer one
# would open a second firm's name, the possessor's subsidiary.
_TRADE_ZIPF = 3.5


def words_after_names(text: str, mentions: list[RawMention]) -> None:
    """Cut, in place, the letters of an honour after a person's name, a format's acronym
    after a name that is no acronym itself (not "HD DVD", a format's own name) and "TV"
    before a lower-case noun ("Varnex TV network"; not "Quell TV and ...", a channel's name)."""
    for mention in mentions:
        words = mention.tokens
        if len(words) < 2 or not words[-1].all_caps or not words[-1].gap_before == " ":
            continue
        last = words[-1].folded
        if last in POST_NOMINALS and mention.type in ("PERSON", "OTHER") \
                or last in FORMATS_AFTER_A_NAME and not words[-2].all_caps and len(words[-2].text) > 1 \
                or last == "tv" and _NOUN_AFTER.match(text, mention.end) and len(words[-2].text) > 1:
            end = words[-2].end
            mention.end, mention.text, mention.tokens = end, text[mention.start:end], words[:-1]
            mention.key = normalize_name(mention.text)
            if last in POST_NOMINALS:
                mention.type, mention.unexplained = "PERSON", False   # (the letters say who bears them)


def firms_named_with_an_s(text: str, mentions: list[RawMention], tokens: list[Token]) -> None:
    """One company across a word's "'s" and its suffix ("Varley's Inc", "Quorn's Nursery Inc",
    the trade an everyday word), in place of the possessor and the rest cut apart; not one
    firm's subsidiary ("Varley Corp's Quell Mining Co", "Varley's Quell Mining Co") nor a name
    that opens further back ("Varley and Quell's Inc", "Varley Gas System's Quell Co")."""
    if "'s " not in text and "\u2019s " not in text:
        return
    found = False
    for match in _OWN_S_FIRM.finditer(text):
        start, end = match.span()
        before = text[max(0, start - 6):start]
        if before.endswith(("and ", "& ")) or re.search(r"[A-Z][\w.]*[ -]$", before):
            continue
        trade = match.group(1)
        if trade is not None and lexicon().zipf(trade.lower()) < _TRADE_ZIPF:
            continue
        put_in_place(mentions, RawMention(start, end, text[start:end], "ORG", normalize_name(text[start:end]),
                                          [t for t in tokens if start <= t.start < end]))
        found = True
    if found:
        mentions.sort(key=start_of)
