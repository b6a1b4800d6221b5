"""What a word is, for the rule extractor: a given name, a title, a demonym, the start
of a gazetteer place, a common word capitalised only by its place in a sentence."""
from __future__ import annotations

import re
from functools import cached_property
from typing import AbstractSet

from ..lexicon import (
    COMPASS_WORDS,
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_TITLES,
    Lexicon,
    currency_words,
    demonym_of,
    lexicon,
)
from .demonym_endings import TWO_WORD_DEMONYM_LAST_LETTERS, TWO_WORD_DEMONYM_SUFFIXES, places_of_demonym
from .headline_words import only_inside_names
from .place_words import COMPASS_INITIALS
from .state_bodies import AGENCY_HEADS, GOVERNMENT_BODIES, US_STATES, a_body_of_its_place
from .tokens import SKIPPED, Token, after_dotted_country, headline_source, is_space, written_in_lowercase
from .word_lists import (
    BANK_HEADS,
    BEFORE_A_NOUN_PHRASE,
    COMPANY_ABBREVIATIONS,
    COMPANY_START_ZIPF,
    CORE_TITLES,
    FUNCTION_WORDS,
    GENERIC_ALONE,
    NEVER_START_A_COMPANY,
    ORDINAL_NAME_STARTS,
    PARTY_MEMBERS,
    RANKS_ENDING_NAMES,
    SENTENCE_ADVERBS,
)

# Marks, in an article's evidence set, a word that starts a company's name there
# ("Yankee" of "Yankee Cos Inc": not the adjective when it stands alone; "INLAND" in a headline).
COMPANY_START = "\x00company:"
# The leading words (two or more) of a company's name written with its suffix in the
# article: "GULF CANADA" in a headline is "Gulf Canada Corp" of the body.
COMPANY_WORDS = "\x00company-words:"
# Marks a word the article writes after a given name ("Marat Safin"): a surname there,
# even where its ending makes it look like an adjective of a place.
SURNAME = "\x00surname:"
# A name of two or more words the body writes (its words up to an "of" too): "BANK OF THAILAND"
# and "DEN NORSKE CREDITBANK" in a headline are the body's names, whatever their words are elsewhere.
BODY_NAME = "\x00body-name:"
# Marks two capitalised words the article writes together more than once ("Snow Patrol"):
# a name, though its first word is an everyday one and only ever opens a sentence.
REPEATED_PAIR = "\x00repeated-pair:"
# In the evidence: a capitalised word the article also writes without a person's title
# just before it ("Motors" only ever after "General" is no surname: "General Motors").
UNTITLED = "\x00untitled:"
# Titles that are also adjectives of everyday English, and so start companies' names.
_ADJECTIVE_TITLES = frozenset({"general", "premier"})
_POINTS = frozenset({"north", "south", "east", "west"})
_NUMBER_AFTER = re.compile(r"[\s:]+(?:vs\b|[\d$])")
# Nouns only said of a person that open a sentence before the name ("Rapper X said").
_ARTISTS = frozenset("""rapper rappers singer singers actor actress comedian comedians novelist presenter
guitarist drummer bassist pianist playwright screenwriter songwriter""".split())
# Endings of nouns for what people do, plural or not ("defenders", "solicitor", "investor",
# "cinematographer", "pianist", "guardian"): before a given name, a role, not a name.
_ROLE_ENDINGS = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants")
REPORTING_VERBS = re.compile(r"\s+(?:said|says|told|added|wrote|stated|argued|reported|reports)\b")
# A verb right after an "'s" (no noun, which a possessive needs): the "'s" is a firm's own,
# "Hasty's cited ...", "Hasty's will review ..." (not "has" nor "is": "Dad's gone" is short for them).
_VERB_AFTER_OWN_S = re.compile(r"['\u2019]s\s+(?:said|says|told|added|reported|cut|raised|lowered|downgraded"
                               r"|upgraded|rated|affirmed|placed|gave|cited|noted|expects|will|would)\b")


def country_code(token: Token) -> str:
    """The letters of a word that may be a country's code: an all-caps word of up to three
    letters ("US") or a dotted abbreviation ("U.S."); "" otherwise."""
    if "." in token.text:
        return token.text.replace(".", "")
    return token.text if token.all_caps and len(token.text) <= 3 else ""


def _written_twice(run: list[Token], index: int) -> bool:
    """Whether the word at run[index] is written twice in a row there ("Talla Talla")."""
    token = run[index]
    return index + 1 < len(run) and run[index + 1].folded == token.folded and is_space(run[index + 1].gap_before) \
        or index > 0 and run[index - 1].folded == token.folded and is_space(token.gap_before)


# A word's demonym readings: () for none, else (a demonym of a known place, the places its ending would make it one of).
_DemonymReading = tuple[()] | tuple[bool, tuple[str, ...]]


class WordClasses:
    """The word-class questions of the extractor, answered from its lexicon."""

    def __init__(self, lex: Lexicon | None = None) -> None:
        self._lexicon = lex
        # Answers that depend on a word (or two) and the lexicon alone, asked again and again.
        self._place_first_words: frozenset[str] | None = None
        self._place_beginnings: frozenset[str] | None = None
        self._place_starters: frozenset[str] = frozenset()   # (empty until first needed)
        self._two_word_demonyms: dict[str, bool] = {}
        self._demonym_readings: dict[str, _DemonymReading] = {}

    # (a cached property: after the first use, a plain attribute, read hundreds of
    # thousands of times per thousand articles)
    @cached_property
    def lexicon(self) -> Lexicon:
        if self._lexicon is None:
            self._lexicon = lexicon()
        return self._lexicon

    def _evidence(self, tokens: list[Token]) -> set[str]:
        """Words written capitalised mid-sentence: names wherever else they stand.

        A common word capitalised only inside a longer name ("Copper" in "Andes Copper",
        "Workers" in "Workers Union") is no evidence that it names something alone; after a
        given name or a title it is ("Tomas Varga", "President Varga"). So is an acronym
        in brackets after the name it shortens ("... Organization (ICCO)"), though the bracket
        opens like a sentence, and a rare word a wire's headline ends on after a dash: the
        source it quotes ("WHEAT RATED GOOD - USDA")."""
        lex = self.lexicon
        evidence: set[str] = set()
        # (a source's name is rarer than the everyday words a dash also ends on: "- TRADERS", "- REPORT")
        evidence.update(token.folded for token in headline_source(tokens) if lex.zipf(token.folded) < 3.7)
        for index, token in enumerate(tokens):
            if token.capitalised and not (index and tokens[index - 1].folded in PERSON_TITLES
                                          and tokens[index - 1].capitalised and is_space(token.gap_before)):
                evidence.add(UNTITLED + token.folded)
            if token.initial and token.all_caps and token.gap_before.endswith("(") \
                    and (index + 1 == len(tokens) or tokens[index + 1].gap_before.lstrip(SKIPPED).startswith(")")):
                evidence.add(token.folded)   # "(ICCO)"
                continue
            if not token.capitalised or token.initial or token.folded in evidence:
                continue
            if index and after_dotted_country(tokens, index, lex):
                continue   # "U.S. Exporters": a wire's capital after the stop (see names.MentionCutter._cut_run)
            if lex.zipf(token.folded) >= 4.0:
                previous = tokens[index - 1] if index else None
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                if following is not None and following.capitalised and is_space(following.gap_before) \
                        and following.folded in ORG_HEADS:
                    continue
                if previous is not None and previous.capitalised and is_space(token.gap_before) \
                        and not previous.possessive and previous.folded not in PERSON_TITLES \
                        and (not self._is_given_name(previous.folded) or token.folded in ORG_HEADS):
                    continue   # (a body's head after a word that is also a given name: "Joy Church")
            evidence.add(token.folded)
        return evidence

    def _is_given_name(self, folded: str) -> bool:
        return folded in self._given_names

    @cached_property
    def _given_names(self) -> frozenset[str]:
        """The given names is_given_name accepts, as one set: asked of nearly every word of a run."""
        lex = self.lexicon
        return frozenset(name for name in lex.given_names if lex.is_given_name(name))

    def _splits_after_place(self, rest: list[Token], country: bool = False, compound: bool = False,
                            place: list[Token] | None = None) -> bool:
        """Whether a place (`place`) that starts a run is a name of its own, not the start of a
        longer one (`compound`: the place is hyphened to a word before it, "US-China ...")."""
        token = rest[0]
        if token.folded in PARTY_MEMBERS:
            return True   # "Rhode Island Democrat Claiborne Pell"
        if not compound and (country or place and " ".join(t.folded for t in place) in US_STATES) \
                and a_body_of_its_place(rest, country, self.lexicon):
            return True   # "U.S. Army", "Ohio Insurance Department": the place's body, named after it
        if token.gap_before == " & " and not country:
            return False   # "Bradford & Bingley": towns joined by "&" name a firm
        if not country and len(rest) >= 2 and len(token.text) == 2 and token.text.endswith(".") \
                and rest[1].capitalised and not rest[1].all_caps:
            return False   # "Kent O. Olin": a middle initial makes the town a given name
        if country and len(rest) <= 2 and rest[-1].folded in GOVERNMENT_BODIES \
                and (len(rest) == 1 or self.lexicon.zipf(token.folded) >= 3.0 and token.folded not in ORG_HEADS):
            return True   # "UK Treasury", "U.S. Agriculture Department": the country's, not a name
        if country and not compound and len(rest) >= 3 and (rest[-1].folded in AGENCY_HEADS or (
                rest[0].folded in AGENCY_HEADS and rest[1].folded in ("of", "for"))):
            return True   # "U.S. Food and Drug Administration", "US Department of Justice": an agency's own name
        if len(rest) >= 3 and rest[0].folded in ("department", "ministry") and rest[1].folded in ("of", "for"):
            return True   # "Massachusetts Department of Public Utilities": a state's department, named so
        if country and not token.hyphen_before and token.folded not in ORG_HEADS:
            # "U.S. Allis-Chalmers Corp", "UK Treasury"-like "U.S. Group": a country before a
            # name of its own (a word of no English) or before a lone generic word.
            if self.lexicon.zipf(token.folded.split("-")[0]) < 3.0 and not token.all_caps \
                    or len(rest) == 1 and (token.folded in GENERIC_ALONE or token.folded in currency_words()):
                return True
        if token.folded in self.lexicon.places and not token.all_caps and not country \
                and any(t.folded in COMPANY_ABBREVIATIONS for t in rest[1:3]):
            return False  # "Gulf Canada Corp", "Pacific Texas Inc": two places that start a company's name
        if token.folded in COMPANY_ABBREVIATIONS and not country:
            return False  # "TAMURA CORP", "Fitchburg Co": a town's name with a company's suffix is the company's
        if token.folded in CORE_TITLES or demonym_of(token.folded) or token.folded in self.lexicon.places \
                or token.folded in self.lexicon.calendar_words or token.all_caps:
            return True
        if country and token.folded in PERSON_TITLES and self._title_at(rest, 0):
            return True   # "U.S. Trade Representative Clayton Yeutter": the country's official
        # "Quito Tomas Varga" (a headline) splits; "Cerro Alto" and "Cerro Alto Workers
        # Union" do not: a given name only splits when a surname-like word follows it.
        return self._is_given_name(token.folded) and len(rest) >= 2 and not rest[1].hyphen_before \
            and self.lexicon.zipf(rest[1].folded) < 3.5 and rest[1].folded not in ORG_HEADS

    def _place_at(self, run: list[Token], index: int) -> int:
        """Length in tokens of the longest gazetteer place starting at run[index], or 0."""
        lex = self.lexicon
        first = run[index]
        code = country_code(first) if first.folded not in COMPASS_INITIALS else ""
        if code:
            return 1 if code in lex.country_codes else 0
        if first.folded not in (self._place_starters or self._find_place_starters()) and (
                " " not in first.folded   # (a letter unidecode spells in words: look up the first)
                or first.folded.partition(" ")[0] not in self._first_words_of_places()):
            return 0   # (most words start no place: no phrase from them need be looked up)
        best = 0
        words: list[str] = []
        for offset in range(min(lex.max_place_tokens, len(run) - index)):
            token = run[index + offset]
            if offset and token.hyphen_before:
                break
            words.append(COMPASS_INITIALS.get(token.folded, token.folded) if offset == 0 else token.folded)
            if not token.capitalised and offset == 0:
                return 0
            phrase = " ".join(words)
            if token.capitalised and phrase in lex.places:
                best = offset + 1
            if phrase not in self._beginnings_of_places():
                break   # (no longer place starts so)
        if best == 1 and run[index].folded in NAME_PARTICLES and index + 2 < len(run) \
                and run[index + 1].folded in NAME_PARTICLES and not run[index + 1].capitalised:
            return 0   # "Mr Van de Vijver": a family name's particles, not the town of Van
        if best == 1 and _written_twice(run, index):
            return 0   # "Talla Talla": one word written twice is a band's or a brand's name, never a place twice
        return best

    def _find_place_starters(self) -> frozenset[str]:
        """The words a place's name can start with: a first word, or a compass initial of one ("n." for "north")."""
        first_words = self._first_words_of_places()
        self._place_starters = frozenset({word for word in first_words if word not in COMPASS_INITIALS} | {
            initial for initial, word in COMPASS_INITIALS.items() if word.partition(" ")[0] in first_words})
        return self._place_starters

    def _first_words_of_places(self) -> frozenset[str]:
        """The first word of every gazetteer place's name."""
        if self._place_first_words is None:
            self._place_first_words = frozenset(place.partition(" ")[0] for place in self.lexicon.places)
        return self._place_first_words

    def _beginnings_of_places(self) -> frozenset[str]:
        """The first words (one or more, not all) of every gazetteer place's name of two words or more."""
        if self._place_beginnings is None:
            self._place_beginnings = frozenset(" ".join(words[:length])
                                               for words in (place.split(" ") for place in self.lexicon.places)
                                               for length in range(1, len(words)))
        return self._place_beginnings

    def _demonym_at(self, run: list[Token], index: int, evidence: AbstractSet[str] = frozenset()) -> int:
        token = run[index]
        if index + 1 < len(run) and not run[index + 1].hyphen_before \
                and run[index + 1].folded.endswith(TWO_WORD_DEMONYM_LAST_LETTERS) \
                and self._two_word_demonym(f"{token.folded} {run[index + 1].folded}"):
            return 2   # "Latin American" (not "Latin", then a word)
        if self._is_demonym(token.folded, evidence):
            return 1
        compass = 2 if token.folded in _POINTS and index + 1 < len(run) and run[index + 1].folded in _POINTS else 1
        if (token.folded in COMPASS_WORDS or token.folded in COMPASS_INITIALS) and index + compass < len(run) \
                and not run[index + compass].hyphen_before and self._is_demonym(run[index + compass].folded, evidence):
            return compass + 1   # one or two points of the compass before: "West African", "South East Asian"
        return 0

    def _two_word_demonym(self, phrase: str) -> bool:
        """"New Zealander", "Sri Lankan", "Puerto Rican": a demonym of a country or region
        whose name is two words."""
        known = self._two_word_demonyms.get(phrase)
        if known is None:
            if len(self._two_word_demonyms) > 100_000:
                self._two_word_demonyms.clear()
            known = self._two_word_demonyms[phrase] = self._find_two_word_demonym(phrase)
        return known

    def _find_two_word_demonym(self, phrase: str) -> bool:
        for suffix in TWO_WORD_DEMONYM_SUFFIXES:
            if phrase.endswith(suffix):
                stem = phrase[: -len(suffix)]
                for place in (stem, stem + "a", stem + "o", stem + "e"):
                    if self.lexicon.places.get(place, ("", ""))[1] in ("country", "region"):
                        return True
        return False

    def _is_demonym(self, folded: str, evidence: AbstractSet[str]) -> bool:
        """"Cuban" (from the gazetteer's "Cuba"), or "Ossetian" where "Ossetia" is in the article."""
        reading = self._demonym_readings.get(folded)
        if reading is None:
            reading = self._read_demonym(folded)
        if not reading:
            return False   # (most words: no demonym, by any ending)
        known, places = reading
        if SURNAME + folded in evidence:
            return False   # ("Marat Safin ... said Safin": a surname, however it ends)
        return known or any(place in evidence for place in places)

    def _read_demonym(self, folded: str) -> _DemonymReading:
        """What _is_demonym reads off a word alone, kept: most words come back, in every article."""
        if len(self._demonym_readings) > 100_000:
            self._demonym_readings.clear()
        known, places = demonym_of(folded), places_of_demonym(folded)
        reading: _DemonymReading = () if folded in self.lexicon.places or not known and not places else (known, places)
        self._demonym_readings[folded] = reading
        return reading

    def _title_at(self, run: list[Token], index: int, evidence: set[str] | None = None) -> int:
        """Length of a title phrase ("Deputy Defense Minister") starting at run[index], or 0.

        A portfolio written before the role is part of the title when a name follows:
        "Mining Minister Ana Diaz", "Health Secretary Tom Reed". "General" or "Premier"
        alone before a word of English the article never writes without it is the start
        of a name ("General Motors", "General Mills"; not "General Powell ... Powell said").
        """
        prefix = 0
        words = 0
        lex = self.lexicon
        while index + prefix < len(run) and words < (3 if prefix > words else 2):
            token = run[index + prefix]
            if token.folded == "and" and not token.capitalised and words and prefix == words \
                    and index + prefix + 1 < len(run) and run[index + prefix + 1].capitalised:
                prefix += 1   # two portfolios joined: "Economic and Fiscal Policy Minister"
                continue
            joined = index + prefix + 2 < len(run) and run[index + prefix + 1].folded == "and" \
                and not run[index + prefix + 1].capitalised
            if not token.capitalised or token.folded in PERSON_TITLES and not joined \
                    and (not prefix or self._title_at(run, index + prefix, evidence)):
                break   # (a title word joined to or in a portfolio: "Trade and Industry", "External Trade Relations")
            word = token.folded
            if lex.zipf(word) < 3.0 or word in ORG_HEADS or word in lex.places or self._is_given_name(word) \
                    or demonym_of(word) or token.hyphen_before or token.all_caps and not token.headline \
                    or token.headline and evidence is not None and word in evidence and lex.zipf(word) < 4.0:
                # (an acronym before a portfolio is a body's own mention: "EU Trade Commissioner"; a
                # headline's word the body writes as a name is no portfolio: "SOROS LIFTS KING WORLD")
                return 0
            prefix += 1
            words += 1
        if prefix:
            length = self._title_at(run, index + prefix, evidence)
            if length and index + prefix + length < len(run):
                return prefix + length
            # With no name after it, the portfolio and the role name no one ("as Commerce
            # Secretary."); a headline's capitals say too little to tell ("CIA CHIEF").
            return prefix + length if length and not any(t.all_caps or t.headline for t in run[index:index + prefix]) \
                else 0
        if index and index + 1 < len(run) and "&" in run[index + 1].gap_before:
            return 0   # "Ann King & Associates": a firm's name, joined by "&"
        length = 0
        while index + length < len(run) and run[index + length].folded in PERSON_TITLES:
            length += 1
        # The phrase must end on a role noun and not be the start of an organisation name.
        while length and run[index + length - 1].folded not in CORE_TITLES:
            length -= 1
        if length and index + length < len(run) and run[index + length].folded in ORG_HEADS:
            return 0
        if length and any(t.folded in COMPANY_ABBREVIATIONS for t in run[index + length:index + length + 3]):
            return 0   # "Premier Microwave Corp", "General Motors Corp": a company's name
        if length == 1 and index > 0 and index + 1 == len(run) and run[index].folded in RANKS_ENDING_NAMES \
                and run[index - 1].capitalised and run[index - 1].folded not in PERSON_TITLES:
            return 0   # "John Major", "Stephen King", "Burger King", "Aerojet General": a name's last word
        if length == 1 and run[index].folded in _ADJECTIVE_TITLES and evidence is not None and index + 1 < len(run):
            word = run[index + 1].folded
            if UNTITLED + word not in evidence and lex.zipf(word) >= 3.0 and not self._is_given_name(word) \
                    and word not in lex.places and not run[index + 1].hyphen_before:
                return 0
        return length

    def _everyday_word(self, token: Token, evidence: set[str], floor: float = 4.0, after: Token | None = None) -> bool:
        """A word of everyday English ("Dollar", "Officials", "Has") that the article gives no other
        sign of being a name (nor of a firm's, `after` a word: "U.S. Shoe"), nor an organisation's kind."""
        word = token.folded
        return self.lexicon.zipf(word) >= floor and word not in ORG_HEADS and word not in evidence \
            and word not in self.lexicon.places and not self._is_given_name(word) and not token.all_caps \
            and (after is None or COMPANY_WORDS + f"{after.folded} {word}" not in evidence)

    def _town_named_like_a_word(self, token: Token) -> bool:
        """A small town of the gazetteer named like a word of English ("Cocoa", "Delta"): at
        a sentence's start or in capitals, it is the word."""
        lex = self.lexicon
        return token.folded in lex.small_towns and lex.places.get(token.folded, ("", ""))[1] == "city" \
            and lex.zipf(token.folded) >= 3.0

    def _initial_is_name(self, run: list[Token], index: int, evidence: set[str], text: str) -> bool:
        """Whether a word whose capital proves nothing is still a name."""
        token = run[index]
        lex = self.lexicon
        if len(run) == 1 and token.folded.endswith("ly") and text.startswith(",", token.end) \
                and token.folded not in evidence \
                and max(lex.zipf(token.folded), lex.zipf(token.folded[:-2]), lex.zipf(token.folded[:-3] + "y")) >= 2.5:
            return False   # "Annoyingly, the puzzles ...": an adverb opening a sentence
        if len(run) == 1 and token.folded.endswith(("ably", "ibly")) and len(token.folded) >= 7 \
                and token.folded not in evidence:
            return False   # "Regrettably too much ...", "Arguably the best": no name ends so, adverbs do
        if token.all_caps and len(token.text) <= 6:
            return True
        if not token.headline and index + 1 < len(run) and lex.zipf(token.folded) < COMPANY_START_ZIPF \
                and token.folded not in SENTENCE_ADVERBS and token.folded not in NEVER_START_A_COMPANY \
                and token.folded not in FUNCTION_WORDS \
                and (any(t.folded in COMPANY_ABBREVIATIONS for t in run[index + 1:index + 5])
                     or not token.possessive and not self._derived_from_common(token.folded)
                     and any(t.folded in BANK_HEADS for t in run[index + 1:index + 5])):
            return True   # "Inland Steel Co said", "Financial Security Savings and Loan said": a company's
            #               or a bank's name starts the sentence (not "Shares of Acme Financial")
        if token.folded in ORDINAL_NAME_STARTS and not token.headline and index + 1 < len(run) \
                and is_space(run[index + 1].gap_before) \
                and any(t.folded in COMPANY_ABBREVIATIONS or t.folded in BANK_HEADS for t in run[index + 1:index + 4]):
            return True   # "First National Bank of Braman was closed", "First Boston Corp said": banks and
            #               firms are named so ("First Minister", "First Division" have no body's head after)
        if token.folded in PERSON_TITLES and self._title_at(run, index, evidence):
            return True   # handled as a title by the caller
        if token.folded in _ADJECTIVE_TITLES and not token.headline and index + 1 < len(run) \
                and run[index + 1].capitalised and is_space(run[index + 1].gap_before) \
                and run[index + 1].folded not in lex.given_names:
            # "General Tractors of the US is ...": no rank before a word of English (see _title_at),
            # but "General John Smith said" is one
            return True
        if token.headline and token.folded not in lex.places and not demonym_of(token.folded) \
                and token.folded not in ORG_HEADS and token.folded not in COMPANY_ABBREVIATIONS \
                and only_inside_names(text, token):
            return False   # "GRUMMET DEALERS ..." of "the International Grummet Dealers Association"
        if token.folded in evidence:
            return True
        if token.folded in lex.places and not self._town_named_like_a_word(token):
            return True
        if self._demonym_at(run, index, evidence):
            return True
        zipf = lex.zipf(token.folded)
        follower = run[index + 1] if index + 1 < len(run) else None
        if token.headline:
            # A title-cased headline word needs evidence from the article; a company word
            # after a name is part of it ("YANKEE COS"); so is the start of a company's name.
            return token.folded in COMPANY_ABBREVIATIONS and index > 0 or COMPANY_START + token.folded in evidence
        if follower is None and _NUMBER_AFTER.match(text, token.end):
            return False   # "Shr 12 cts", "Revs 4.5 mln": table labels, not names
        while follower is not None and follower.folded in NAME_PARTICLES and not follower.capitalised \
                and run.index(follower) + 1 < len(run):
            follower = run[run.index(follower) + 1]   # "Khalid bin Hamad"
        if self._is_given_name(token.folded) and follower is not None and follower.capitalised \
                and (follower.folded in evidence or lex.zipf(follower.folded) < 3.5):
            return True
        if follower is not None and (follower.folded == "and" and not follower.capitalised
                                     or follower.gap_before == " & "):
            return True   # "Securities and Exchange Commission said", "Standard & Poor's said":
            #               the runs join "and" and "&" only inside names
        if follower is not None and self._is_given_name(follower.folded) and not self._is_given_name(token.folded) \
                and token.folded.endswith(_ROLE_ENDINGS):
            return False   # "Defenders Danny Gabbidon", "Solicitor Gareth Pierce": a role before a person
        if follower is not None and token.folded in _ARTISTS and follower.folded not in ORG_HEADS:
            return False   # "Rapper Eminem", "Comedian Ann Lee": what someone is, before the name
        if follower is not None and REPEATED_PAIR + token.folded + " " + follower.folded in evidence:
            return True
        if follower is not None and not follower.initial and follower.folded in evidence and zipf < 4.0:
            return True
        if token.folded in NAME_PARTICLES and follower is not None and follower.capitalised \
                and (follower.folded in evidence or lex.zipf(follower.folded) < 3.5):
            return True   # "Den Norske Creditbank said", "La Stampa reported": a particle starts the name
        if follower is not None and follower.folded.rstrip("s") in PARTY_MEMBERS and zipf < 5.9 \
                and not follower.initial:
            return True   # "Liberal Democrat spokesman Ann Lee", "Social Democrats said": a party's name
        if token.folded in ORG_HEADS and follower is not None and follower.folded in ("of", "for") \
                and not follower.capitalised and index + 2 < len(run) and run[index + 2].capitalised:
            return True   # "Bank of England said", "Ministry of Defence officials": the name starts here
        # The organisation's head right after the word, or (not after a title, an adverb or a
        # possessive) two or three capitalised words on: "World Anti-Doping Agency".
        head = next((i for i in range(index + 1, min(index + 4, len(run))) if run[i].folded in ORG_HEADS), -1)
        further = head > index + 1 and not token.possessive and not token.folded.endswith("ly") \
            and token.folded not in CORE_TITLES and token.folded not in PERSON_TITLES \
            and all(t.capitalised and (is_space(t.gap_before) or t.hyphen_before) for t in run[index + 1:head + 1])
        if follower is not None and not follower.initial and (head == index + 1 or further) and zipf < 5.9 \
                and token.folded not in BEFORE_A_NOUN_PHRASE and token.folded not in NEVER_START_A_COMPANY \
                and token.folded not in FUNCTION_WORDS and token.folded not in SENTENCE_ADVERBS \
                and is_space(follower.gap_before):
            return True   # "Central Bank sources said", "World Anti-Doping Agency chief": a body's name starts it
        if follower is None and token.possessive and zipf < 5.0 and token.folded not in FUNCTION_WORDS \
                and _VERB_AFTER_OWN_S.match(text, token.end) and not written_in_lowercase(text, token):
            return True   # "Hasty's cited the losses": a firm named with its "'s" opens the sentence
        if follower is None and zipf < 4.0 and REPORTING_VERBS.match(text, token.end + 2 * token.possessive) \
                and not self._derived_from_common(token.folded):
            return True   # "Bloomberg reported" (but not "Analysts said")
        return zipf < 3.0 and token.folded not in lex.calendar_words and not self._derived_from_common(token.folded) \
            and not written_in_lowercase(text, token)   # ("Greenmail often ...": "greenmail" elsewhere)

    def _derived_from_common(self, folded: str) -> bool:
        """"Rescuers", "Analysts", "Drilling": an inflection of a common English word."""
        zipf = self.lexicon.zipf
        for suffix in ("ers", "ings", "ing", "es", "er", "s", "ed"):
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
                stem = folded[: -len(suffix)]
                if zipf(stem) >= 3.5 or zipf(stem + "e") >= 3.5:
                    return True
        return False

    # --- typing -------------------------------------------------------------------

