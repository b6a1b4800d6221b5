"""What a wire's headline says: the labels before it ("RPT-"), and its words that spell a
name the body writes in full, a company's or any other (all-caps headlines prove nothing by
their capitals: the body's evidence does)."""
from __future__ import annotations

from collections.abc import Mapping

from ..folding import normalize_name
from ..lexicon import ORG_HEADS
from .tokens import TICKER, RawMention, Token, put_in_place, start_of
from .word_lists import COMPANY_ABBREVIATIONS
from .words import BODY_NAME, COMPANY_START, COMPANY_WORDS

# Labels a wire service puts before a headline, joined to it by a hyphen ("RPT-", "REFILE-").
WIRE_LABELS = frozenset({"rpt", "refile", "corrected", "correction", "update", "wrapup", "urgent", "flash"})


def body_name_at(run: list[Token], index: int, evidence: set[str]) -> int:
    """How many headline words from run[index] spell a name of two or more words the
    body writes ("BANK OF THAILAND"), or 0."""
    for length in range(min(6, len(run) - index), 1, -1):
        if BODY_NAME + " ".join(t.folded for t in run[index:index + length]) in evidence:
            return length
    return 0


def company_words_at(run: list[Token], index: int, evidence: set[str]) -> int:
    """How many headline words from run[index] are the leading words of a company
    the article names with its suffix (0 if none, or only one word)."""
    for length in range(min(5, len(run) - index), 1, -1):
        if COMPANY_WORDS + " ".join(t.folded for t in run[index:index + length]) in evidence:
            follows = index + length < len(run) and run[index + length].folded in COMPANY_ABBREVIATIONS
            return length + follows   # with the suffix where the headline writes it
    return 0


def a_country(places: Mapping[str, tuple[str, str]], words: list[Token]) -> bool:
    """Whether the words are a country's whole name ("BRAZIL" of "IMF BRAZIL PLAN"), not a
    part of one ("NEW" of "NEW ZEALAND") nor another place."""
    return bool(words) and places.get(" ".join(t.folded for t in words), ("", ""))[1] == "country"


# Words of a wire's headline that are no part of the company a ticker follows: its verbs and
# prepositions ("SOROS LIFTS KING WORLD <KWP> STAKE", "JURY FINDS FOR DOW <DOW>"). The verbs
# as headlines write them after a subject, and none that companies' names often hold
# ("PRICE CO", "WASHINGTON POST", "DATA CARD"): a list that is never whole (see below).
HEADLINE_VERBS_AND_LINKS = frozenset("""
to for of in on at by with from into over after as vs versus against than unit
may might will would can could has have had is are was were be said saw bought sold won
says sees sets lifts cuts ups raises boosts trims buys sells signs plans gets wins files sues
completes details downgrades upgrades again agrees offers bids seeks makes elects acquires merges
expects extends increases reduces lowers takes votes rejects adopts approves calls confirms drops
hikes launches leaves omits pays proposes receives redeems resumes splits suspends terminates
withdraws declares considers denies delays finds tells urges asks wants joins unveils supports
accepts revives renegotiates orders fines buying selling seeking sweetened weighs fights adds
limits falls rises jumps slips beats halts hires cites expands enters begins settles loses picks
appoints retires resigns quits mulls explores amends revises restates repurchases sheds divests
reopens slashes decreases defers postpones cancels converts registers clears okays opposes favors
obtains creates introduces develops predicts discloses reveals
""".split())


_BEFORE_A_VERB = frozenset({"to", "may", "might", "will", "would", "can", "could"})


def names_before_tickers(text: str, mentions: list[RawMention], tokens: list[Token], evidence: set[str]) -> None:
    """In an all-caps headline, the words right before a ticker are one company's name, from
    the line's start or the last of its verbs and links ("CONTINUING CARE ASSOCIATES <CONC>
    4TH QTR NET", "SOROS LIFTS KING WORLD <KWP> STAKE"), in place of the pieces the
    headline's words gave (each needs the body's evidence, and an earnings table has none).
    Where the body names a company by the last of those words, that is the name ("REVIVE
    AMERICAN MOTORS <AMO>" over "American Motors Corp"): the list of verbs is never whole."""
    line_end = text.find("\n")
    if line_end < 0 or "<" not in text[:line_end]:
        return   # (no headline line: a text of one line is a sentence)
    headline = [t for t in tokens if t.end <= line_end]
    for ticker in TICKER.finditer(text, 0, line_end):
        before = [t for t in headline if t.end <= ticker.start()]
        if not before or text[before[-1].end:ticker.start()] not in (" ", "'S ", "\u2019S "):
            continue
        first = len(before) - 1
        # (a shouting line's words are no longer marked all_caps: their capitals say nothing)
        while first > 0 and before[first - 1].text.isupper() and before[first].gap_before in (" ", "-", " & ") \
                and before[first - 1].folded not in WIRE_LABELS \
                and (before[first - 1].folded not in HEADLINE_VERBS_AND_LINKS
                     or before[first - 1].folded == "of" and first > 1
                     and _name_goes_on_with_of(before[first - 2], before[first], before[-1])):
            first -= 1
        stopped_by = before[first].gap_before if first > 0 else ""
        if any(mark in stopped_by for mark in "()/"):
            continue   # "CHEUNG KONG (HOLDINGS) LTD", "LL/E ROYALTY": left to the other rules
        if first > 0 and before[first - 1].folded in _BEFORE_A_VERB and len(before) - first >= 2:
            first += 1   # "TO LIMIT FAIRCHILD <FEN>", "MAY DOWNGRADE MACK TRUCKS <MACK>": a verb's base form
        words = before[first:]
        for later in range(first + 1, len(before)):
            if _named_by_the_body(before[later:], evidence):
                words = before[later:]
                break
        else:
            if len(words) >= 2 and COMPANY_START + words[-1].folded in evidence and not _evidenced(words, evidence) \
                    and not any(t.possessive for t in words[:-1]) \
                    and not any(t.folded == "and" or t.gap_before != " " for t in words[1:]):
                # "INVESTMENT FIRMS CUT CYCLOPS <CYL>", "FDA PANEL BACKS UPJOHN <UPJ>" over "Cyclops
                # Corp" and "Upjohn Co": the body names the company by the last word alone, and
                # nothing by the words before it (a verb the list lacks is among them); not
                # where "and" or a possessive joins the words ("HARPER AND ROW", "FIREMAN'S FUND")
                words = words[-1:]
        if not all(t.text.isupper() for t in words) \
                or words[0].folded in HEADLINE_VERBS_AND_LINKS or words[-1].folded in HEADLINE_VERBS_AND_LINKS \
                or words[-1].folded == "and":
            continue
        start, end = words[0].start, words[-1].end
        if all(t.folded in COMPANY_ABBREVIATIONS for t in words) \
                or any(m.start < start < m.end or m.start < end < m.end for m in mentions):
            continue   # (a suffix alone, or a name the other rules cut wider)
        same = next((m for m in mentions if (m.start, m.end) == (start, end)), None)
        if same is not None:
            same.type, same.gazetteer, same.place_kind, same.guessed, same.unexplained = "ORG", False, "", False, False
            continue
        surface = text[start:end]
        put_in_place(mentions, RawMention(start, end, surface, "ORG", normalize_name(surface), words))
    mentions.sort(key=start_of)


def _name_goes_on_with_of(before: Token, after: Token, last: Token) -> bool:
    """"BANK OF NEW YORK", "BARNETT BANKS OF FLORIDA", "FORD MOTOR CO OF CANADA", "HOME
    FEDERAL OF THE ROCKIES", "X OF NORTH AMERICA INC": an organisation's head before "OF",
    "THE" after it, or a company's suffix ending the name."""
    return before.folded in ORG_HEADS or before.folded.removesuffix("s") in ORG_HEADS \
        or before.folded in COMPANY_ABBREVIATIONS or after.folded == "the" or last.folded in COMPANY_ABBREVIATIONS


def _evidenced(words: list[Token], evidence: set[str]) -> bool:
    """Whether the body writes these words as a name, or a company's name starts with the first."""
    joined = " ".join(t.folded for t in words)
    return COMPANY_START + words[0].folded in evidence or BODY_NAME + joined in evidence \
        or COMPANY_WORDS + joined in evidence


def _named_by_the_body(words: list[Token], evidence: set[str]) -> bool:
    """Whether the body names a company by these words and a suffix (two words at least:
    one is too often the start of another company's name)."""
    return len(words) >= 2 and COMPANY_WORDS + " ".join(t.folded for t in words) in evidence
