"""Entity extraction: one article's mentions, each with a *key*, the normalised fullest
name it stands for in that article. Corpus-wide merging of keys is `resolution`'s job.

The rule-based extractor of people, organisations and places in English news text.

How it works, per article (it never looks at other articles):

1. Tokenise once; note for every word whether it starts a sentence (or sits in a
   title-cased headline), where capitalisation says nothing about being a name.
2. Collect *evidence*: words written capitalised in the middle of a sentence anywhere in
   the article. A sentence-initial "Varga" counts as a name because "Varga" appears mid-
   sentence elsewhere; "However" or "Officials" do not.
3. Build runs of capitalised words (joined by spaces, hyphens, name particles, and
   "of"/"on"/"for" after a capitalised common noun: "Bank of England"), then cut each run
   into mentions: leading articles, sentence-initial common words, weekdays/months,
   titles ("Defence Minister") and demonyms ("South African") are stripped; places are
   matched against the gazetteer, longest first; hyphenated pairs of places or acronyms
   ("Chile-South Africa", "UAE-Chile") are split.
4. Type each mention (gazetteer -> PLACE, organisation head noun or acronym -> ORG,
   given name / title / name-shaped tokens -> PERSON, else OTHER). A name that nothing
   explains is typed at the end by a small learned model, where it is confident
   (`type_model`).
5. Expand every mention's key to the fullest name it stands for in this article: acronyms
   defined as "Long Name (LN)", a surname or first name to the one full name that has it,
   a short organisation name to the longer one that contains it.

The steps live in modules layered one way: `tokens` (1), `word_lists` (fixed
vocabularies), `words` (the word-class questions, and 2), `runs` and `names` (3, 4; with
`type_cues` and `dates_and_figures`), `full_names` (5); this module assembles them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from ..folding import LEADING_ARTICLES, normalize_name
from ..lexicon import NAME_JOINERS, ORG_HEADS, US_STATE_ABBREVIATIONS, Lexicon, demonym_of, fold, lexicon
from ..model import EntityType
from .and_names import names_with_a_slash_inside, names_with_and_inside
from .full_names import expand_to_full_names, short_forms_of_bodies
from .headlines import WIRE_LABELS, names_before_tickers
from .hyphened import places_hyphened_to_names
from .line_ups import line_up_names
from .listed import firms_in_a_pair, in_a_list_of_places, people_in_a_list, people_named_by_a_part
from .lower_heads import bodies_named_with_a_lowercase_head
from .names import MentionCutter
from .numbered import model_designations, numbered_names
from .one_word import acronyms_of_common_words
from .pacts import pacts_named_after_cities
from .partners import firms_named_after_partners
from .runs import repeated_pairs
from .sides import name_the_clubs, second_sides, town_sides
from .state_bodies import (
    US_STATES,
    a_body_of_its_place,
    drop_points_before_no_place,
    key_bodies_by_their_place,
    regions_named_by_a_compass_word,
)
from .tokens import (
    TICKER,
    RawMention,
    Token,
    is_space,
    mark_initials,
    put_in_place,
    put_organisation,
    start_of,
    tokenise,
)
from .type_cues import INSTITUTION_NOUNS, listed_by_their_kind, parties_as_modifiers
from .type_model import type_unexplained_names
from .version import EXTRACTOR_NAME
from .word_lists import COMPANY_ABBREVIATIONS, COMPANY_SUFFIXES
from .words import BODY_NAME, COMPANY_START, COMPANY_WORDS, REPEATED_PAIR, SURNAME
from .words_after import firms_named_with_an_s, words_after_names
from .works import titles_of_a_word_and_the, titles_of_works

__all__ = ["EXTRACTOR_NAME", "ExtractedMention", "Extractor", "RuleExtractor", "default_extractor"]

# "SANTIAGO, March 4 (Reuters) -", "COPIAPO, Chile (AP) —": the outlet of a wire dateline.
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{1,30}(?:,\s[A-Z][\w.' ]{1,30}?)?(?:,?\s[A-Z][a-z]{2,8}\.?\s\d{1,2})?"
                       r"\s\(([A-Z][\w&]*(?:\s[A-Z][\w&]*){0,3})\)\s*(?:-{1,2}|[\u2013\u2014])", re.M)


@dataclass(frozen=True, slots=True)
class ExtractedMention:
    start: int   # offsets into the article text; text == article_text[start:end]
    end: int
    text: str    # the surface form as written, without a possessive "'s"
    type: EntityType
    key: str     # normalised fullest name this mention stands for in its article
    guessed: bool = False   # typed by the learned model, not by evidence: evidence elsewhere outvotes it


class Extractor(Protocol):
    name: str  # changes whenever the output may change: a new name forces a re-index

    def extract(self, text: str) -> list[ExtractedMention]: ...


class RuleExtractor(MentionCutter):
    """Capitalisation, gazetteers and a few grammatical word classes; see the module doc."""

    name = EXTRACTOR_NAME

    def __init__(self, lex: Lexicon | None = None, *, learned_types: bool = True) -> None:
        super().__init__(lex)
        self.learned_types = learned_types   # off: what the rules alone say (the type model's training)

    def extract(self, text: str) -> list[ExtractedMention]:
        mentions = self.raw_mentions(text)
        return [ExtractedMention(m.start, m.end, m.text, m.type, m.key, m.learned) for m in mentions]

    def raw_mentions(self, text: str) -> list[RawMention]:
        """The article's mentions with what the steps found out about each."""
        tokens = tokenise(text)
        if not tokens:
            return []
        if _POINT_BEFORE_CAPITALS.search(text):
            drop_points_before_no_place(tokens, self.lexicon)
        mark_initials(text, tokens)
        evidence = self._evidence(tokens)
        # A firm's name before its ticker is one even at a sentence's start ("Swissair <SWSZ.Z> said").
        if "<" in text:   # (no ticker without its bracket)
            evidence.update(fold(match.group(1)) for match in _NAME_BEFORE_TICKER.finditer(text, text.find("\n") + 1))
        outlets = [match.span(1) for match in _DATELINE.finditer(text, 0, 800)]
        for start, end in outlets:
            evidence.update(fold(word) for word in text[start:end].split())
        mentions: list[RawMention] = []
        runs = self._runs(tokens)
        evidence.update(repeated_pairs(runs))
        for run in runs:
            if len(run) >= 2 and run[-1].folded in COMPANY_SUFFIXES:
                first = 1 if run[0].folded in WIRE_LABELS and run[1].hyphen_before \
                    or run[0].folded in LEADING_ARTICLES and len(run) > 2 else 0   # ("The Rank Organisation Plc")
                evidence.add(COMPANY_START + run[first].folded)
                words = [t.folded for t in run[first:-1]]
                for length in range(2, len(words) + 1):
                    evidence.add(COMPANY_WORDS + " ".join(words[:length]))
            if len(run) >= 2 and not run[-1].headline and not run[-1].all_caps and is_space(run[-1].gap_before) \
                    and self._is_given_name(run[-2].folded) and self.lexicon.zipf(run[-1].folded) < 3.0 \
                    and not (run[-1].folded.endswith("s") and demonym_of(run[-1].folded[:-1])):
                # (not "Paul Irish": an everyday word stays one; nor "Roma Czechs": a people)
                evidence.add(SURNAME + run[-1].folded)
            if not run[0].headline:
                # (without a sentence's first word that is an everyday one: "Former Treasury official")
                # (but it stays when the article writes the pair twice: "General Partners
                # said ... General Partners, a Texas partnership" names the headline's firm)
                skip = 1 if run[0].initial and run[0].folded not in evidence and run[0].folded not in ORG_HEADS \
                    and self.lexicon.zipf(run[0].folded) >= 4.5 \
                    and not (len(run) >= 2 and REPEATED_PAIR + run[0].folded + " " + run[1].folded in evidence) else 0
                words = [t.folded for t in run[skip:] if t.folded not in LEADING_ARTICLES]
                if len(words) >= 2:
                    evidence.add(BODY_NAME + " ".join(words))
                if len(words) < 3:
                    continue   # (no joiner two words in, no initials of three letters, in fewer words)
                for joiner in (i for i, w in enumerate(words) if w in NAME_JOINERS):
                    if joiner >= 2:
                        evidence.add(BODY_NAME + " ".join(words[:joiner]))
                # A long name's initials: the acronym a headline shouts for it ("GATT
                # MEETING HEARS ..." over "the General Agreement on Tariffs and Trade").
                initials = "".join(w[0] for w in words if w not in NAME_JOINERS and w != "and" and w[:1].isalpha())
                if len(initials) >= 3 and self.lexicon.zipf(initials) < 3.0:
                    evidence.add(initials)
        for run in runs:
            mentions.extend(self._cut_run(text, run, evidence))
        mentions.sort(key=start_of)
        places_hyphened_to_names(text, mentions)
        acronyms_of_common_words(text, mentions)
        _country_codes(text, mentions)
        _towns_that_start_organisations(text, mentions)
        _abbreviated_states(text, mentions, tokens)
        _bracketed_company_names(text, mentions, tokens)
        if "<" in text:
            _names_in_angle_brackets(text, mentions, tokens)
        names_before_tickers(text, mentions, tokens, evidence)
        titles_of_works(text, mentions, tokens, self.lexicon)
        if " the " in text:
            titles_of_a_word_and_the(text, mentions, tokens, self.lexicon)
        towns_in_line_ups = _line_ups(text, mentions, tokens)
        people_in_a_list(text, mentions)
        people_named_by_a_part(mentions)
        sides = town_sides(text, mentions, towns_in_line_ups)
        words_after_names(text, mentions)
        firms_named_with_an_s(text, mentions, tokens)
        bodies_named_with_a_lowercase_head(text, mentions)
        regions_named_by_a_compass_word(text, mentions)
        key_bodies_by_their_place(text, mentions)
        expand_to_full_names(text, mentions)
        short_forms_of_bodies(text, mentions, tokens)
        _speakers_never_introduced(text, mentions)
        firms_in_a_pair(text, mentions)
        firms_named_after_partners(text, mentions, tokens)
        listed_by_their_kind(text, mentions)
        _names_with_their_own_s(text, mentions)
        _institutions_of_their_country(mentions)
        numbered_names(text, mentions)
        second_sides(text, mentions)
        model_designations(text, mentions)
        parties_as_modifiers(text, mentions)
        pacts_named_after_cities(text, mentions)
        if sides:
            name_the_clubs(mentions, sides)
        if outlets:
            # The outlet of a dateline is an organisation wherever else it is named.
            outlet_keys = {m.key for m in mentions if (m.start, m.end) in outlets}
            for mention in mentions:
                if mention.key in outlet_keys:
                    mention.type = "ORG"
        names_with_and_inside(text, mentions)
        names_with_a_slash_inside(text, mentions, tokens)
        if self.learned_types:
            type_unexplained_names(text, mentions)
        return mentions



# A dotted compass's initial before a word in capitals: "W. GERMANY" (see drop_points_before_no_place).
_POINT_BEFORE_CAPITALS = re.compile(r"[NSEW](?<![\w.][NSEW])\. [A-Z]{4}")


# A name right before a ticker in angle brackets: "Swissair <SWSZ.Z>", "U.S. Steel <X>".
_NAME_BEFORE_TICKER = re.compile(r"([A-Z][\w&'-]*) " + TICKER.pattern)


# A currency named by its country's code: "N.Z. Dlrs", "HK$".
_CURRENCY_AFTER = re.compile(r"\s?(?:\$|(?:dlrs?|dollars?)\b)", re.I)


def _country_codes(text: str, mentions: list[RawMention]) -> None:
    """A country's code ("SA", "NZ", "ECU") stands for a country the article names in
    full, or that names a currency ("N.Z. dlrs"), or for one of the few written alone
    ("US", "UK"); otherwise it is the acronym of something else ("ECU", the currency
    unit; "IRA"; "MDA", a phone)."""
    named = {m.key for m in mentions if m.gazetteer and not m.code_of}
    alone = lexicon().codes_written_alone
    for mention in mentions:
        if not mention.code_of:
            continue
        keys = [normalize_name(country) for country in mention.code_of]
        key = next((k for k in keys if k in named), None)
        if key is None and (mention.text.replace(".", "") in alone or _CURRENCY_AFTER.match(text, mention.end)):
            key = keys[0]
        if key is not None:
            mention.key = key
        else:
            mention.type, mention.key, mention.acronym = "ORG", normalize_name(mention.text), True
            mention.gazetteer, mention.place_kind = False, ""
        mention.code_of = ()


# "in <town>" (not a holding in the firm named after it: "the interest in Champlin", "a stake in")
_IN_PLACE = r"(?<!\binterest )(?<!\binterests )(?<!\bstake )(?<!\bstakes )(?<!\bshares )" \
    r"\b(?:in|near|outside|around)\s+(?:the\s+)?{}\b"
# What only a place has after its name: "Jiangxi province", "Copiapó's mayor".
_PLACE_NOUN_AFTER = re.compile(
    r"(?:'s|\u2019s)?\s+(?:province|region|state|county|district|city|town|village|valley|port|area|"
    r"mayor|governor|residents|citizens|inhabitants|council|municipality|prefecture)\b", re.I)


def _towns_that_start_organisations(text: str, mentions: list[RawMention]) -> None:
    """A town's name alone where the article names an organisation after it ("Santander
    Central Hispano ... Santander's board", "Tata Teleservices ... at Tata") is that
    organisation, unless the article also writes "in <town>". Countries and cities of a
    million are left alone ("Canada" beside "Shell Canada", "Tokyo" beside "Tokyo Stock
    Exchange"), and so are headlines' words, where a town names its market or council."""
    # (not a name that hyphens the town to another: "Lisbon-Corvane Ltd" leaves "the city of Lisbon")
    starts = {m.tokens[0].folded for m in mentions if m.type == "ORG" and len(m.tokens) >= 2
              and not m.tokens[1].hyphen_before}
    if not starts:
        return
    big_cities = lexicon().big_cities
    for index, mention in enumerate(mentions):
        if mention.place_kind in ("", "country") or len(mention.tokens) != 1 \
                or mention.tokens[0].folded not in starts or mention.tokens[0].folded in big_cities \
                or mention.tokens[0].all_caps or mention.tokens[0].headline:
            continue
        if in_a_list_of_places(text, mentions, index):
            continue   # "in Minnesota, Wisconsin, Michigan and Illinois"
        if mention.key in US_STATES and index + 1 < len(mentions) and mentions[index + 1].start == mention.end + 1 \
                and a_body_of_its_place(mentions[index + 1].tokens, False, lexicon()):
            continue   # "Ohio Public Utilities Commission": the state's body, named after it
        if _PLACE_NOUN_AFTER.match(text, mention.tokens[0].end) \
                or re.search(_IN_PLACE.format(re.escape(mention.tokens[0].text)), text):
            continue
        mention.type, mention.key = "ORG", normalize_name(mention.text)
        mention.gazetteer, mention.place_kind = False, ""


# A state's abbreviation after a town and a comma ("Peoria, Ill.", "Trenton, N.J.") or a
# party's letter ("R-Minn."), with the full stop that every one of them is written with.
# (The capital comes first, the look-behinds then take it in: a pattern that opens on a
# letter lets the regex engine skip to the capitals, instead of testing both look-behinds
# at every character of the text.)
_ABBREVIATED_STATE = re.compile(r"([A-Z](?:(?<=\w, [A-Z])|(?<=\b[RDI]-[A-Z]))(?:[a-z]{1,4}\.|\.[A-Z]\.))")


def _abbreviated_states(text: str, mentions: list[RawMention], tokens: list[Token]) -> None:
    """The states of the United States as wires abbreviate them: places, named in full;
    and the town a state's abbreviation follows, a place even where no gazetteer has it."""
    token_at: dict[int, Token] = {}   # (filled at the first abbreviation: most articles have none)
    for match in _ABBREVIATED_STATE.finditer(text):
        start, end = match.span()
        if not token_at:
            token_at = {t.start: t for t in tokens}
        token = token_at.get(start)
        if token is None or token.folded not in US_STATE_ABBREVIATIONS:
            continue
        state = US_STATE_ABBREVIATIONS[token.folded]
        put_in_place(mentions, RawMention(start, end, text[start:end], "PLACE", normalize_name(state), [token]))
        for mention in mentions:
            if mention.end == start - 2 and mention.type == "OTHER" and text[start - 2] == "," \
                    and not any(t.folded in NAME_JOINERS for t in mention.tokens):
                mention.type = "PLACE"   # "Far Hills, N.J."
    mentions.sort(key=start_of)


# A company's arm named by its market in brackets before the suffix: "Yamaichi
# International (Europe) Ltd", "Cheung Kong (Holdings) Ltd", "Toshiba Systems (U.K.) Ltd".
_BRACKET_BEFORE_SUFFIX = re.compile(r" \(([A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,2})\) ([A-Z][A-Za-z.]*)")


def _bracketed_company_names(text: str, mentions: list[RawMention], tokens: list[Token]) -> None:
    """One company name across the brackets in it, in place of the name cut before them
    and the place or word inside them."""
    ending_at = {m.end: m for m in mentions}
    for match in _BRACKET_BEFORE_SUFFIX.finditer(text):
        name = ending_at.get(match.start())
        if name is None or fold(match.group(2)) not in COMPANY_ABBREVIATIONS:
            continue
        start, end = name.start, match.end()
        put_organisation(mentions, text, start, end, tokens)
    mentions.sort(key=start_of)


# A company's name written whole in angle brackets, as wires mark a firm without a ticker
# ("<Royal Bank of Varnia>", "<ACME HOLDINGS OF CANADA>"): capitalised words, joiners, a
# market in brackets; not a ticker ("<VOLV ST>"), nor two names a dash divides.
_IN_ANGLE_BRACKETS = re.compile(r"<([A-Z][\w.&'-]*(?: (?:[A-Z0-9][\w.&'-]*|\([A-Z][\w.]*\)|of|and|&|de|the))+)>")


def _names_in_angle_brackets(text: str, mentions: list[RawMention], tokens: list[Token]) -> None:
    """One ORG mention for the name inside the brackets, in place of what the runs made of
    it ("ROYAL BANK" and "CANADA", "Equity (Pacific) Ltd")."""
    found = False
    for match in _IN_ANGLE_BRACKETS.finditer(text):
        if TICKER.fullmatch(match.group()):
            continue
        start, end = match.span(1)
        if text.startswith("The ", start) or text.startswith("THE ", start):
            start += 4   # ("<The Daily Varnian PLC>": the article is no part of the name)
        if text.endswith(("'s", "\u2019s", "'S"), start, end):
            end -= 2     # ("<Varnel Holdings Ltd's> unit": nor is the possessive)
        if any(m.start == start and m.end == end for m in mentions):
            continue
        put_organisation(mentions, text, start, end, tokens)
        found = True
    if found:
        mentions.sort(key=start_of)


def _line_ups(text: str, mentions: list[RawMention], tokens: list[Token]) -> set[str]:
    """The players (and clubs) of a line-up in place of what the prose rules made of it;
    the keys of the towns whose sides it names ("(Edinburgh)")."""
    names = list(line_up_names(text))
    towns: set[str] = set()
    if not names:
        return towns
    for name in names:
        overlapping = [m for m in mentions if m.start < name.end and m.end > name.start]
        place = next((m for m in overlapping if m.gazetteer and (m.start, m.end) == (name.start, name.end)), None)
        if name.type == "ORG" and place is not None:
            towns.add(place.key)   # "(Edinburgh)": the town's side; not "(France)" (see sides.town_sides)
            continue
        if overlapping:
            mentions[:] = [m for m in mentions if not (m.start < name.end and m.end > name.start)]
        surface = text[name.start:name.end]
        span_tokens = [t for t in tokens if name.start <= t.start < name.end]
        mentions.append(RawMention(name.start, name.end, surface, name.type, normalize_name(surface), span_tokens))
    mentions.sort(key=start_of)
    return towns


# What an organisation does in a wire's sentence, right after its name, and the pronoun
# that then stands for it ("Boeing said it expects", "Sony, which unveiled its ...").
_ACTS_AFTER = re.compile(r"(?:'s?|\u2019s?)?\s+(?:said|says|announced|reported|reports|posted|plans|unveiled"
                         r"|launched|agreed|has agreed|will buy|bought|acquired|expects|makes|sells|employs"
                         r"|has sued|sued|is suing|has filed|filed|owes|was declared (?:insolvent|bankrupt))\b")
# "it", "its", "itself"; "he", "she", "his", "her", "him", "himself", "herself" in any case. (Each
# opens on its first letters, in every case re.I matches them in, and the boundary before them
# comes next: the regex engine skips to those letters instead of trying it from every character.)
_IT = re.compile(r"i(?<!\wi)t(?:s|self)?\b")
_HE_OR_SHE = re.compile(r"[hHsS\u017f](?<!\w.)(?i:(?<=[hH])(?:e|is|er|im|imself|erself)|(?<=[sS\u017f])he)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _speakers_never_introduced(text: str, mentions: list[RawMention]) -> None:
    """A one-word name the article never gives in full, that speaks or acts and is then
    "it" ("Boeing said it expects", "Toshiba unveiled its"), is an organisation; one that
    is ever "he" or "she" after its name is not ("Craxi said he would")."""
    lex = lexicon()
    acts: set[str] = set()
    it: set[str] = set()
    person: set[str] = set()
    for mention in mentions:
        if mention.type != "OTHER" or len(mention.tokens) != 1 or " " in mention.key or mention.tokens[0].all_caps \
                or mention.key in lex.given_names:
            continue
        stop = _SENTENCE_END.search(text, mention.end)
        rest = text[mention.end:stop.start() if stop else len(text)]
        if _HE_OR_SHE.search(rest):
            person.add(mention.key)
        elif _IT.search(rest):
            it.add(mention.key)
        if _ACTS_AFTER.match(text, mention.end):
            acts.add(mention.key)
    organisations = (acts & it) - person
    for mention in mentions:
        if mention.key in organisations and mention.type == "OTHER":
            mention.type = "ORG"


def _names_with_their_own_s(text: str, mentions: list[RawMention]) -> None:
    """A name that keeps its "'s" ("Moody's said", "at Sotheby's.") and is no person's
    short name is a business's: a shop, a bank, an auction house. Not a condition's
    ("Parkinson's" where the article writes "Parkinson's disease")."""
    for mention in mentions:
        if mention.type == "OTHER" and mention.tokens[-1].possessive and mention.end == mention.tokens[-1].end + 2:
            if re.search(re.escape(mention.text) + r" (?:disease|syndrome)\b", text):
                mention.unexplained = False   # a condition's name, which the type model need not guess
            else:
                mention.type = "ORG"


# Bodies every country has, named without the country: each article's is its country's.
_GENERIC_BODIES = frozenset({"central bank", "supreme court"})


def _institutions_of_their_country(mentions: list[RawMention]) -> None:
    """An institution named by its common noun alone ("the Treasury", "the Politburo") or
    by a portfolio every government has ("the Finance Ministry", "the central bank") is
    the one the article names in full ("the U.S. Treasury"), or that of the country it
    names most, so that the Treasuries or finance ministries of two countries are not one
    entity across articles."""
    lex = lexicon()
    places = lex.places

    def generic(key: str) -> bool:   # "treasury", "finance ministry", "ministry of trade", "central bank"
        words = key.split()
        return key in INSTITUTION_NOUNS or key in _GENERIC_BODIES or len(words) >= 2 and (
            words[-1] == "ministry" or words[0] == "ministry" and words[1] == "of") \
            and all(lex.zipf(w) >= 3.0 and w not in places and not demonym_of(w) for w in words)

    nouns = [m for m in mentions if m.type == "ORG" and generic(m.key)]
    if not nouns:
        return

    def of_a_country(key: str, noun: str) -> bool:   # "us treasury", "japanese treasury" (not "white house")
        country = key[:-len(noun)].strip()
        return places.get(country, ("", ""))[1] == "country" or country.upper() in lex.country_codes \
            or demonym_of(country)

    for mention in nouns:
        fuller = {m.key for m in mentions if m.type == "ORG" and m.key.endswith(" " + mention.key)
                  and of_a_country(m.key, mention.key)}
        if len(fuller) == 1:
            mention.key = fuller.pop()   # "the U.S. Treasury ... the Treasury"
    nouns = [m for m in nouns if generic(m.key)]
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.type == "PLACE" and places.get(mention.key, ("", ""))[1] == "country":
            counts[mention.key] = counts.get(mention.key, 0) + 1
    if counts:
        country = max(counts, key=counts.__getitem__)   # (of as many, the one named first)
        for mention in nouns:
            mention.key = f"{country} {mention.key}"


_default: RuleExtractor | None = None


def default_extractor() -> Extractor:
    """The rule-based extractor (shared: its word lists load once, on first use)."""
    global _default
    if _default is None:
        _default = RuleExtractor()
    return _default
