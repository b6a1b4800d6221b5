"""Mentions from runs: each run cut into names (titles, demonyms, leading articles and
calendar words stripped; gazetteer places matched longest first) and each name typed."""
from __future__ import annotations

import re

from ..lexicon import (
    COMPASS_WORDS,
    LEADING_ARTICLES,
    NAME_JOINERS,
    NAME_PARTICLES,
    ORG_HEADS,
    PERSON_TITLES,
    demonym_of,
    normalize_name,
)
from ..model import EntityType
from .dates_and_figures import a_date_or_figure, a_table_word
from .headlines import WIRE_LABELS, a_country, body_name_at, company_words_at
from .initials import initials_before_a_name
from .one_word import a_speaker_alone, generic_words_only, no_name_alone
from .own_s import keeps_own_s
from .place_words import (
    ABBREVIATED_PLACE_WORDS,
    CARDINAL_POINTS,
    COMPASS_INITIALS,
    PLACE_HEADS,
    PLACE_HEADS_BEFORE,
    PLACE_HEADS_NOT_AFTER_GIVEN_NAMES,
    POSITION_WORDS,
    WATERS,
)
from .portfolios import portfolio_length
from .runs import RunFinder
from .sides import side_in_a_score
from .state_bodies import a_point_before_a_country
from .surnames import everyday_surname, surname_in_text
from .tokens import AFTER_DOTTED_COUNTRY_ZIPF, RawMention, Token, used_as_place
from .type_cues import (
    ACTS_AS_COMPANY_AFTER,
    ANALYSTS_AFTER,
    COMPETITION_LEAGUE_WORDS,
    EVENT_WORDS,
    LAW_WORDS,
    LINE_END,
    ORG_CONTEXT_AFTER,
    PLACE_AFTER,
    REFERRED_TO_AS_PERSON,
    SPEAKS_OF_ITSELF,
    STAFF_AFTER,
    THE_BEFORE,
    VIA_BEFORE,
    introduced_as_company,
    introduced_as_organisation,
    modifier_before_name,
    org_context_before,
    organisation_named_after_place,
    place_after_place,
    place_noun_before,
    type_from_context,
    typed_by_words,
)
from .word_lists import (
    COMPANY_ABBREVIATIONS,
    COMPANY_SUFFIXES,
    DAYS,
    FUNCTION_WORDS,
    HYPHENED_MODIFIERS,
    NAME_SYLLABLE,
    PAPERS_OF_A_DAY,
    PARTY_MEMBERS,
    RANKS_ENDING_NAMES,
    SMALL_NUMBERS,
)
from .words import BODY_NAME, COMPANY_START, country_code

_EPONYM_AFTER = re.compile(r"['\u2019]s (?:disease|syndrome|law)\b")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
# Company abbreviations that shorten a word ("Corporation"), and so take a full stop.
_SHORTENED_WORDS = frozenset({"co", "corp", "inc", "ltd", "cos"})
# A full stop that ends a sentence: the end of the line or text, or a new sentence.
_SENTENCE_AFTER = re.compile(r"\.(?:\s*$|\s*\n|\s+[\"\u201c]?[A-Z])")
# ... and one that surely does: the end of the paragraph or text, or a new sentence on the
# same line (a single line break may only wrap the line, "Acme Ltd.\nsaid").
_SENTENCE_SURELY_AFTER = re.compile(r"\.(?:\s*$|[ \t]*\n\s*\n|[ \t]+[\"\u201c]?[A-Z])")
# Two-letter words of English that capitals make look like acronyms.
_SHORT_WORDS = frozenset("it in on as at be by do go he if is me my of or so to we an am".split())
_NUMBERED_NAMES = frozenset({"radio", "channel"})
_OF_THE = frozenset({"of", "the"})
# The houses of a parliament, whose party members after them are a name of their own ("Senate Republicans").
_HOUSES = frozenset({"senate", "house", "congress", "congressional", "assembly", "parliament", "parliamentary"})
# The end of a web address written as a name ("Amazon.com").
_WEB_ADDRESS = re.compile(r"\.(?:com|net|org|co\.uk)\b(?![.\w])")
_NUMBER_ENDS_NAME = re.compile(r" (\d{1,2})\b(?![.,]\d|%)")
# A preposition alone, capitalised, is a sentence's first word, never a name.
_PREPOSITIONS = frozenset("at in on of to by for from with into onto upon over under after before during "
                          "about against among between through without within".split())


class MentionCutter(RunFinder):
    """Steps 3 and 4 of the extractor: runs cut into names, and each name typed."""

    def _cut_run(self, text: str, run: list[Token], evidence: set[str]) -> list[RawMention]:
        lex = self.lexicon
        # Joiners / articles dangling at the end of a run are not part of a name.
        while run and not run[-1].capitalised and not run[-1].hyphen_before:
            run = run[:-1]
        mentions: list[RawMention] = []
        # ("Minister of Energy and Mines Ann Lee": a run may open inside a title's portfolio)
        skip = portfolio_length(text, run, lex, self._is_given_name) if run else 0
        run, after_title, after_title_of, index = run[skip:], skip > 0, False, 0
        pending: list[Token] = []
        company_until = -1   # in a headline, words up to a company's suffix after "OF" belong to its name
        name_until = -1      # in a headline, the words of a name the body writes

        def flush() -> None:
            nonlocal pending, after_title, after_title_of
            if pending:
                mention = self._make_mention(text, pending, after_title, after_title_of, evidence)
                if mention is not None:
                    mentions.append(mention)
                after_title = after_title_of = False
            pending = []

        while index < len(run):
            token = run[index]
            if a_table_word(token):
                flush()
                index += 1
                continue
            if token.headline and pending and token.folded in NAME_JOINERS:
                suffix = next((i for i in range(index + 1, min(index + 4, len(run)))
                               if run[i].folded in COMPANY_ABBREVIATIONS), -1)
                company_until = max(company_until, suffix)
            if token.headline and index > name_until:
                name_until = index + body_name_at(run, index, evidence) - 1
            if token.headline and pending and not token.hyphen_before and index > company_until \
                    and index > name_until:
                place_length = self._place_at(run, index)
                if a_country(lex.places, run[index:index + place_length]) \
                        and not (len(pending) == 1 and a_point_before_a_country(run, index - 1, lex)):
                    flush()   # "REJECTS IMF BRAZIL PLAN": a country the body writes with no name before it
                elif not place_length and not self._initial_is_name(run, index, evidence, text):
                    flush()   # "Varga Lauds Close Quito Ties": each headline word proves itself
                    index += 1
                    continue
            if token.headline and not pending:
                length = company_words_at(run, index, evidence)
                if length:
                    # "GULF CANADA <GOC> BUYS STAKE": the company of the body, whatever its words
                    company = self._make_mention(text, run[index:index + length], False, False, evidence)
                    if company is not None:
                        company.type, company.gazetteer, company.place_kind = "ORG", False, ""
                        mentions.append(company)
                    index += length
                    continue
            if not pending and token.folded in WIRE_LABELS and index + 1 < len(run) and run[index + 1].hyphen_before:
                run[index + 1].hyphen_before = False   # "RPT-ACME CORP <ACM> NET": a wire's label
                index += 1
                continue
            if pending and token.folded in lex.calendar_words:
                flush()   # "Varnish Central News Agency September 14"
                index += 1
                continue
            # Places first, longest match: "Democratic Republic of the Congo".
            if not pending or token.hyphen_before:
                place_length = self._place_at(run, index)
                if place_length == 1 and (token.initial or token.all_caps) and self._town_named_like_a_word(token) \
                        and token.folded not in evidence:
                    place_length = 0   # "Cocoa prices fell", "COCOA": the word, not the town in Florida
                if place_length == 1 and (initials_before_a_name(text, run, index) or token.folded in PLACE_HEADS_BEFORE
                                          and index + 2 < len(run) and run[index + 1].folded == "of"):
                    place_length = 0   # "Gulf of Suez": a place's kind before its name; "B.F. Goodrich Co": initials
                if place_length:
                    end = index + place_length
                    rest = run[end:]
                    # "Kyiv Post", "Ohio State University": a place that starts a longer
                    # name is part of that name, unless what follows is a title, another
                    # place or demonym, or is hyphen-attached ("US-South African").
                    country = bool(country_code(token)) or lex.places.get(
                        " ".join(t.folded for t in run[index:end]), ("", ""))[1] == "country"
                    if country and len(rest) == 1 and run[end - 1].text.endswith(".") \
                            and self._everyday_word(rest[0], evidence, AFTER_DOTTED_COUNTRY_ZIPF, run[end - 1]):
                        # "the U.S. Dollar due to U.S. Pressure", "U.S. Exporters": wires capitalise the word
                        # after "U.S." as if its full stop ended a sentence; the capital proves nothing.
                        rest[0].initial = True
                    if rest and not rest[0].hyphen_before and (token.headline and name_until >= end and not (
                            country_code(token) or demonym_of(rest[0].folded)) or (
                            not rest[0].initial or rest[0].folded in COMPANY_ABBREVIATIONS)
                            and not self._splits_after_place(rest, country, token.hyphen_before, run[index:end])):
                        pending.extend(run[index:end])
                        index = end
                        continue
                    flush()
                    pending, index = run[index:end], end
                    flush()
                    continue
            if token.hyphen_before and pending and (token.all_caps or pending[-1].all_caps
                                                    or self._place_at(run, index)):
                flush()
            if not pending:
                if index == 0 and token.folded in NAME_PARTICLES and not token.capitalised:
                    pending.append(token)   # a run that starts with particles: "da Silva"
                    index += 1
                    continue
                if token.folded in LEADING_ARTICLES or not token.capitalised \
                        or token.folded in SMALL_NUMBERS and (token.initial or token.headline or token.all_caps
                                                               or index + 1 >= len(run)) \
                        or token.folded in COMPASS_INITIALS and token.initial and not self._demonym_at(run, index) \
                        and (index + 1 >= len(run) or token.text.endswith(".") or self._place_at(run, index + 1) > 0) \
                        and not a_point_before_a_country(run, index, lex):
                    # (a sentence's "S" before no place may start "S and P")
                    index += 1
                    continue
                # A date's word ("Monday"; not a day's newspaper: "the Sunday Times"), a party's
                # adjective ("a Wisconsin Democrat"): no name.
                if token.folded in lex.calendar_words and not (
                        index + 1 < len(run) and run[index + 1].folded in PAPERS_OF_A_DAY and token.folded in DAYS) \
                        or token.folded in PARTY_MEMBERS and index + 1 == len(run):
                    index += 1
                    continue
                modifier = modifier_before_name(run, index) \
                    or int(token.folded in PARTY_MEMBERS and self._title_at(run, index + 1, evidence) > 0)
                if modifier:
                    index += modifier   # "Lib Dem Ann Lee", "Wing Ann Lee", "Democrat Senator Ann Lee"
                    continue
                if token.initial and index > name_until and not self._initial_is_name(run, index, evidence, text) \
                        and not a_point_before_a_country(run, index, lex):
                    index += 1
                    continue
                demonym_length = self._demonym_at(run, index, evidence)
                if demonym_length and COMPANY_START + token.folded not in evidence:
                    after = run[index + demonym_length:]
                    if not after or self._title_at(run, index + demonym_length, evidence) or after[0].hyphen_before \
                            or after[0].all_caps and not token.all_caps and (len(after) == 1 or self._title_at(
                                run, index + demonym_length + 1, evidence)) \
                            or self._place_at(run, index + demonym_length) \
                            or len(after) <= 2 and all(
                                lex.zipf(t.folded) < 3.0 and not t.all_caps and t.folded not in COMPANY_SUFFIXES
                                and t.folded not in ORG_HEADS and not demonym_of(t.folded) for t in after) \
                            and not self._is_given_name(token.folded) and lex.zipf(token.folded) >= 3.0 \
                            or self._is_given_name(after[0].folded) and not any(
                                t.folded in ORG_HEADS or t.folded in COMPANY_ABBREVIATIONS for t in after):
                        index += demonym_length
                        continue
                title_length = self._title_at(run, index, evidence)
                if title_length:
                    index += title_length
                    after_title = True
                    # "Chairman of State Affairs": words after "Title of" belong to the title.
                    if index < len(run) and run[index].folded in NAME_JOINERS:
                        after_title_of = True
                        while index < len(run) and not run[index].capitalised:
                            index += 1
                    continue
                if token.folded in COMPASS_WORDS and (index + 1 == len(run)):
                    index += 1
                    continue
            elif (token.folded in PERSON_TITLES or len(pending) == 1 and pending[0].all_caps
                  and not pending[0].headline) and not token.hyphen_before:
                # (an acronym before a portfolio and a title: "IMF Managing Director Ann Lee")
                title_length = self._title_at(run, index, evidence)
                if title_length and index + title_length == len(run) and pending[-1].folded in _OF_THE \
                        and any(t.folded in ORG_HEADS for t in pending):
                    pending.extend(run[index:])   # "Office of the Deputy Prime Minister": a body named
                    index = len(run)              # after the role that heads it, no one's name after
                    continue
                if title_length:
                    flush()
                    continue
            elif not token.hyphen_before and (modifier := modifier_before_name(run, index)):
                flush()   # "Senate Democrat Ann Lee": the house, then the party's adjective
                index += modifier
                continue
            elif (token.folded in PARTY_MEMBERS or token.folded[:-1] in PARTY_MEMBERS or token.folded == "tories") \
                    and index + 1 == len(run) and pending[-1].folded in _HOUSES and not token.hyphen_before:
                flush()   # "Senate Republicans": the house, then the party's members
                pending.append(token)
                index += 1
                continue
            elif (pending[-1].folded in ORG_HEADS or pending[-1].folded in PARTY_MEMBERS or after_title_of) \
                    and self._is_given_name(token.folded) \
                    and not token.hyphen_before and index + 1 < len(run):
                titled = after_title_of
                flush()   # "Secretary of the Security Council Anna Berg", "Chancellor of the Exchequer Anna Berg"
                after_title = titled
                continue
            pending.append(token)
            index += 1
        flush()
        return mentions

    def _make_mention(self, text: str, tokens: list[Token], after_title: bool, after_title_of: bool,
                      evidence: set[str]) -> RawMention | None:
        lex = self.lexicon
        while tokens and not tokens[-1].capitalised and (not tokens[-1].hyphen_before
                                                         or tokens[-1].folded in HYPHENED_MODIFIERS):
            tokens = tokens[:-1]   # (and "Pop Idol-style", "Paris-based": a modifier made of the name)
        if not tokens or not tokens[0].all_caps and (tokens[0].folded == "not" or len(tokens) == 1 and (
                tokens[0].folded in FUNCTION_WORDS or tokens[0].folded in _PREPOSITIONS)):
            return None   # "handing out At the end": a sentence whose full stop was lost; "Subs Not Used:"
        start, end = tokens[0].start, tokens[-1].end
        if tokens[-1].folded in COMPANY_ABBREVIATIONS and text.startswith(".", end) \
                and not (_SENTENCE_SURELY_AFTER if tokens[-1].folded in _SHORTENED_WORDS
                         else _SENTENCE_AFTER).match(text, end):
            # "Acme Corp. said" (the full stop of a shortened word); "... Acme Ltd. The" and
            # "Acme Plc. The ...": the sentence's, which the name leaves out, as a reader
            # quoting it would.
            end += 1
        if tokens[-1].possessive and " ".join(t.folded for t in tokens) not in lex.places \
                and not (len(tokens) == 1 and country_code(tokens[0])) and keeps_own_s(text, start, end):
            end += 2
        number = _NUMBER_ENDS_NAME.match(text, end) if tokens[-1].folded in _NUMBERED_NAMES else None
        if number:
            end = number.end()   # "BBC Radio 4", "Channel 5": the number is the station's name
        name_end = end
        web = None if tokens[-1].possessive or not text.startswith(".", end) else _WEB_ADDRESS.match(text, end)
        if web:
            end = web.end()   # "Amazon.com", "Suprnova.org": the address is written as the name
        surface = text[start:end]
        folded_words = [t.folded for t in tokens] + ([number.group(1)] if number else [])
        compass_initial = folded_words[0] in COMPASS_INITIALS
        if compass_initial:
            folded_words[0] = COMPASS_INITIALS[folded_words[0]]
        phrase = " ".join(folded_words)
        if folded_words[0] in ABBREVIATED_PLACE_WORDS and phrase not in lex.places:
            spelt_out = " ".join([ABBREVIATED_PLACE_WORDS[folded_words[0]], *folded_words[1:]])
            phrase = spelt_out if spelt_out in lex.places else phrase   # "St. Paul": Saint Paul
        if compass_initial and len(tokens) >= 2 and phrase not in lex.places \
                and lex.places.get(" ".join(folded_words[1:]), ("", ""))[1] in ("country", "region"):
            return RawMention(start, end, surface, "PLACE", normalize_name(phrase), tokens)   # "W Germany"
        if a_date_or_figure(text, tokens, folded_words, start, end, lex):
            return None
        if tokens[-1].possessive and _EPONYM_AFTER.match(text, end):
            return None   # "Alzheimer's disease", "Down's syndrome": a condition, named after no one here
        if len(tokens) == 1:
            token = tokens[0]
            if no_name_alone(text, token, evidence, lex):
                return None
            if token.all_caps and token.initial and not text[end:].strip() and len(text) > 200:
                # A sign-off ("... the spokeswoman said. REUTER"): the outlet, an organisation.
                return RawMention(start, end, surface, "ORG", normalize_name(surface), tokens)
        elif generic_words_only(tokens):
            return None       # "Co Inc"
        if tokens[0].initial and not tokens[0].all_caps and all(t.initial for t in tokens) and all(
                lex.zipf(w) >= 3.0 and w not in evidence and w not in lex.places for w in folded_words) \
                and COMPANY_START + folded_words[0] not in evidence and BODY_NAME + phrase not in evidence \
                and not a_speaker_alone(text, tokens, lex):
            return None   # (not a headline's words the body writes as one name: "NATIONAL HOUSING BOARD")
        if after_title_of and not any(w in ORG_HEADS for w in folded_words) and phrase not in lex.places:
            return None
        key = normalize_name(text[start:name_end])   # ("Amazon.com" is Amazon)
        # (a title makes a person of a place's name: "Mr Houston"; not in a headline's capitals)
        titled = after_title and not after_title_of and not tokens[0].all_caps and not tokens[0].headline
        if phrase in lex.places and not titled and (not tokens[0].all_caps or compass_initial
                                     or lex.places[phrase][1] == "country" and len(phrase) >= 4):
            # (In capitals only a country's name: "USSR", "CHINA"; "BA", "COCOA" are other words.)
            display, kind = lex.places[phrase]
            small_town = kind == "city" and phrase not in lex.big_cities
            if kind != "country" and organisation_named_after_place(text, end) \
                    or small_town and introduced_as_organisation(text, start):
                return RawMention(start, end, surface, "ORG", key, tokens)
            if small_town and STAFF_AFTER.match(text, end):
                # ("Seattle officials" are as often the city's: a guess, like the town's name)
                return RawMention(start, end, surface, "ORG", key, tokens, guessed=True)
            # A small town's one-word name is as often a company's ("Monsanto", a town in
            # Portugal): where the article's evidence says organisation, that outvotes it.
            minor = len(tokens) == 1 and small_town
            return RawMention(start, end, surface, "PLACE", normalize_name(display), tokens, gazetteer=True,
                            place_kind=kind, guessed=minor)
        if len(tokens) == 1 and (tokens[0].all_caps or "." in tokens[0].text):
            word = tokens[0].text.replace(".", "")
            if word in lex.country_codes and country_code(tokens[0]):
                countries = lex.country_codes[word]
                return RawMention(start, end, surface, "PLACE", normalize_name(countries[0]), tokens,
                                gazetteer=True, code_of=countries)
            if word.lower() in _SHORT_WORDS:
                return None   # "IT spending", "IS IT OVER?": a word in capitals, no acronym of a name
            if _ACRONYM.match(word):
                return RawMention(start, end, surface, "ORG", key, tokens, acronym=True)
        type_, guessed = self._type_of(tokens, after_title, text, end)
        unexplained = type_ == "OTHER" and guessed
        return RawMention(start, end, surface, type_, key, tokens, guessed=guessed and not unexplained,
                          unexplained=unexplained)

    def _type_of(self, tokens: list[Token], after_title: bool, text: str, end: int) -> tuple[EntityType, bool]:
        """The type of a name, and whether it is only the shape of a person's name that
        says so (a guess that any evidence in the article outweighs); ("OTHER", True) when
        nothing at all says what the name is."""
        lex = self.lexicon
        folded_words = [t.folded for t in tokens]
        if tokens[0].start and text[tokens[0].start - 1] == "<" and text.startswith(">", end):
            return "ORG", False       # "<Royal Ordnance>": the wires bracket a company's name
        if tokens[0].text[:1] == "i" and tokens[0].text[1:2].isupper() \
                or len(tokens) >= 2 and folded_words[-2] in SMALL_NUMBERS and folded_words[-1] == "nations":
            return "OTHER", False     # "iPod", a maker's product; "(RBS) Six Nations": a tournament, no body
        if len(tokens) >= 2 and (folded_words[-1] in LAW_WORDS and not self._is_given_name(folded_words[0])
                                 and "&" not in tokens[-1].gap_before
                                 or folded_words[-2:] == ["currency", "unit"]):
            return "OTHER", False     # "Serious Organised Crime and Police Bill", "European Currency Unit"
        if len(tokens) >= 2 and tokens[-1].capitalised and (
                folded_words[-1] in EVENT_WORDS
                or folded_words[-1] == "league" and folded_words[-2] in COMPETITION_LEAGUE_WORDS):
            return "OTHER", False     # an event or a prize, a league that is a competition
        if folded_words[-1] in ORG_HEADS or (len(tokens) > 2 and any(w in ORG_HEADS for w in folded_words)) \
                or folded_words[-3:] == ["savings", "and", "loan"]:   # (a thrift: "Varnby Savings and Loan")
            return "ORG", False
        by_words = typed_by_words(folded_words, tokens[0].all_caps)
        if by_words is not None:
            return by_words, False
        if len(tokens) > 1 and any(t.gap_before == " & " for t in tokens[1:]) \
                or len(tokens) == 3 and folded_words[1] == "and" and len(tokens[0].text) == len(tokens[2].text) == 1:
            return "ORG", False       # "X & Y", "S and P": firms join names with "&" and their initials with "and"
        if len(tokens) >= 2 and (folded_words[-1] in PLACE_HEADS or folded_words[0] in PLACE_HEADS_BEFORE and (
                folded_words[0] not in WATERS or folded_words[1] == "of") or folded_words[-1]
                in PLACE_HEADS_NOT_AFTER_GIVEN_NAMES and not self._is_given_name(folded_words[0])):
            return "PLACE", False     # "Channel Islands", "River Thames", "Gulf of Suez", "Coldwater Creek"
        if any(w in NAME_JOINERS for w in folded_words):
            return "OTHER", False
        if after_title:
            return "PERSON", False
        if len(tokens) >= 2 and folded_words[0] in COMPASS_WORDS and folded_words[1] not in COMPASS_WORDS \
                and folded_words[0] != "new":
            return "PLACE", False     # "North Ossetia", "South Caucasus" (the gazetteer has the new places)
        if len(tokens) >= 2 and folded_words[-1] in CARDINAL_POINTS \
                and all(w in COMPASS_WORDS or w in POSITION_WORDS for w in folded_words[:-1]):
            return "PLACE", False     # "Middle East", "Far East", "South East": a region named by where it lies
        if len(tokens) >= 2 and folded_words[-1] in lex.places and (
                folded_words[0] not in lex.given_names or used_as_place(text, folded_words[-1])):
            # Named after a place: "Dinamo Tbilisi". (Any given name first makes a person:
            # "John Kennedy", though "john" is too frequent a word to count as a name elsewhere.)
            return "ORG", False
        if len(tokens) >= 2 and not self._is_given_name(folded_words[0]) and (
                PLACE_AFTER.match(text, end) or place_noun_before(text, tokens[0].start)):
            return "PLACE", False     # "the Cerro Alto copper mine", "the village of Upper Kandi"
        if len(tokens) >= 2 and any(ch.isdigit() for ch in tokens[-1].text) and tokens[-1].text[:1].isalpha():
            return "OTHER", False     # "Airbus A380", "Boeing A300s": a model's code ends a product
        if len(tokens) >= 2:
            org_before = org_context_before(text, tokens[0].start)
            # (the cheap tests first: a search backwards from every character before the name costs more)
            if ACTS_AS_COMPANY_AFTER.match(text, end) \
                    or ANALYSTS_AFTER.match(text, end) and folded_words[-1] != "street" \
                    or org_before or introduced_as_company(text, tokens[0].start):
                # "retailer John Lewis", "Merrill Lynch <MER>", "shares of Mercedes Benz", "Dean
                # Witter analyst Ann Lee": named like a person
                return "ORG", False
            # A given name as frequent as an everyday word ("John") counts where not capitalised by a sentence.
            given_first = self._is_given_name(folded_words[0]) or (
                folded_words[0] in lex.given_names and not tokens[0].initial and lex.zipf(folded_words[0]) < 5.5) \
                or len(tokens[0].text) == 1 and not tokens[1].hyphen_before   # "J Walter Smith" (not "X-Files")
            surname_zipf = 5.8 if len(tokens) == 2 and (everyday_surname(lex, folded_words)
                                                         or given_first and folded_words[-1] in RANKS_ENDING_NAMES) \
                else 4.5   # ("Stevie Wonder", "John Major")
            if given_first and (lex.zipf(folded_words[-1]) < surname_zipf
                                or tokens[-1].hyphen_before and lex.zipf(folded_words[-2]) < 3.5) \
                    and all(self._is_given_name(w) or lex.zipf(w) < 3.5 or w in NAME_PARTICLES or len(w) == 1
                            or tokens[i + 1].hyphen_before   # a double-barrelled surname: "Ann Day-Lewis"
                            for i, w in enumerate(folded_words[1:-1], start=1)):
                # (with a middle initial, dotted or not: "Ann B Lee"); "said he" makes it evidence
                return "PERSON", not REFERRED_TO_AS_PERSON.match(text, end)
            # An unknown name introduced by what it is: "state-owned X Y", "an analyst at
            # X Securities", "X Y, an analyst at ...".
            if org_before or ORG_CONTEXT_AFTER.match(text, end) or SPEAKS_OF_ITSELF.match(text, end) \
                    or side_in_a_score(text, tokens[0].start, end):
                return "ORG", False
            cue = type_from_context(text, tokens[0].start, end)
            if cue is not None:
                return cue, False
            # East Asian names: "Pak Min-chol", "Ryu Hye-won".
            if len(tokens) <= 4 and any(t.hyphen_before for t in tokens[1:]) \
                    and all(NAME_SYLLABLE.match(t.text) for t in tokens):
                return "PERSON", True
            # Unknown words (and given names) only: "Joao Pedro da Silva", "Lac Van Thanh".
            words = [t for t in tokens if not t.hyphen_before and t.folded not in NAME_PARTICLES]
            if 2 <= len(words) <= 3 and all(lex.zipf(t.folded) < 3.5 or self._is_given_name(t.folded)
                                            or t.folded in NAME_PARTICLES for t in tokens) \
                    and not demonym_of(folded_words[0]) and not tokens[-1].all_caps \
                    and not THE_BEFORE.search(text, max(0, tokens[0].start - 5), tokens[0].start):
                return "PERSON", True   # (not "Macintosh SE", nor "the" before a paper: "told the Het Blad")
            return "OTHER", True
        if org_context_before(text, tokens[0].start) \
                or ORG_CONTEXT_AFTER.match(text, end) and not demonym_of(tokens[0].folded) \
                or side_in_a_score(text, tokens[0].start, end):
            return "ORG", False       # "shares of X", "X's chief executive", "analysts at X", "X 31-37 Y"
        if REFERRED_TO_AS_PERSON.match(text, end) \
                and not THE_BEFORE.search(text, max(0, tokens[0].start - 5), tokens[0].start):
            return "PERSON", False    # "X said she would" (not "the Telegraph says he")
        if (STAFF_AFTER.match(text, end) or SPEAKS_OF_ITSELF.match(text, end)) and not demonym_of(tokens[0].folded) \
                and not surname_in_text(lex, text, tokens[0].text):
            return "ORG", False       # "a X spokeswoman", "X officials", X no person of the article
        if VIA_BEFORE.search(text, max(0, tokens[0].start - 6), tokens[0].start) and LINE_END.match(text, end):
            return "ORG", False       # a picture's credit: "... in this photo. (Agency) via X", "(via X)"
        cue = type_from_context(text, tokens[0].start, end)
        if cue is not None:
            return cue, False         # "oil giant X", "R&B star X", "X, the accountancy firm"
        # "X said" alone never makes a person: companies, agencies and banks say things too.
        if place_after_place(text, tokens[0].start, end, lex.places) or PLACE_AFTER.match(text, end) \
                or place_noun_before(text, tokens[0].start):
            return "PLACE", False
        return "OTHER", True
