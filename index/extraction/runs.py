"""Runs of the rule extractor: maximal sequences of capitalised words, with the
lowercase words that may sit inside a name (particles, joiners, hyphenated syllables)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import (
    COMPASS_WORDS,
    FOREIGN_JOINERS,
    LEADING_ARTICLES,
    NAME_JOINERS,
    NAME_PARTICLES,
    ORG_HEADS,
    TITLE_ABBREVIATIONS,
    demonym_of,
)
from .place_words import ABBREVIATED_PLACE_WORDS, PLACE_HEADS_BEFORE
from .tokens import Token, is_space, particles_then_name
from .word_lists import (
    COMPANY_ABBREVIATIONS,
    COMPANY_SUFFIXES,
    CORE_TITLES,
    FUNCTION_WORDS,
    HOUSES_OF_A_PATRON,
    LIST_HEADS,
    NOT_IN_A_PAIR,
    SENTENCE_OPENERS,
    SUFFIXES_IN_LOWER_CASE,
)
from .words import REPEATED_PAIR, WordClasses, country_code


def _initials_joined_by_and(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index:] are two lone capitals joined by "and" that no capitalised
    word follows ("S and P said"; not "Ann B and C Jones")."""
    if index < 0 or index + 2 >= len(tokens):
        return False
    first, joiner, second = tokens[index:index + 3]
    after = tokens[index + 3] if index + 3 < len(tokens) else None
    return len(first.text) == len(second.text) == 1 and first.text.isupper() and second.text.isupper() \
        and joiner.folded == "and" and not joiner.capitalised \
        and (after is None or not after.capitalised or not is_space(after.gap_before))


# What follows a name whose "'s" is its own (nothing a possessive needs): the gap before
# the next capitalised word, skipped words and all.
_OWN_S_GAP = re.compile(r"\x00?(?:\s*[,.;:)]|\s+(?:said|says|rated|rates|cut|cuts|raised|lowered|downgraded|upgraded"
                        r"|affirmed|noted|reduced|has|had|is|was|will|would)\b)")


# Kinds of territory a wire writes after a local place's name ("Varnby County"): where the
# article names one so, that name before a company's suffix is the firm's seat.
_TERRITORIES = frozenset({"county", "township", "parish", "district", "province", "valley"})


def _seat_and_suffix(tokens: list[Token], index: int) -> bool:
    """Whether tokens[index] is one capitalised word and a company's suffix, the word a place
    the article names by its kind elsewhere: "Acme Power System of Varnby Inc ... Varnby
    County", a subsidiary named after the local place it serves (no gazetteer has them all)."""
    if index + 1 >= len(tokens) or tokens[index + 1].folded not in COMPANY_ABBREVIATIONS:
        return False
    seat = tokens[index]
    return seat.capitalised and not seat.all_caps and is_space(tokens[index + 1].gap_before) and any(
        t.folded == seat.folded and n.folded in _TERRITORIES and is_space(n.gap_before)
        for t, n in zip(tokens, tokens[1:], strict=False))


def repeated_pairs(runs: list[list[Token]]) -> set[str]:
    """Evidence marks for two capitalised words written together twice or more, the first
    an ordinary word ("Snow Patrol ... Snow Patrol's success", "Ask Jeeves"); not a
    preposition's or adverb's pair ("At Heathrow"), nor a table's or line-up's label
    ("Total M2", "Subs Not Used"), nor an adjective before a people ("Legendary Dutch")
    or a plural acronym ("Women MPs")."""
    counts: dict[str, int] = {}
    for run in (run for run in runs if len(run) >= 2):
        for first, second in zip(run, run[1:], strict=False):
            if first.capitalised and second.capitalised and not first.all_caps and not second.all_caps \
                    and second.gap_before == " " and first.folded not in NOT_IN_A_PAIR \
                    and second.folded not in NOT_IN_A_PAIR \
                    and (second.text.isalpha() or not any(ch.isdigit() for ch in second.text)) \
                    and not second.text[:-1].isupper() and not demonym_of(second.folded):   # ("Women MPs")
                pair = first.folded + " " + second.folded
                counts[pair] = counts.get(pair, 0) + 1
    return {REPEATED_PAIR + pair for pair, count in counts.items() if count >= 2}


class RunFinder(WordClasses):
    """Step 3 of the extractor, first half: where names may be."""

    def _runs(self, tokens: list[Token]) -> list[list[Token]]:
        """Maximal sequences of capitalised words (with joiners, particles, name syllables)."""
        runs: list[list[Token]] = []
        current: list[Token] = []
        index = 0
        # The acronyms the text writes (a shouted headline's words too): a long name they spell
        # is one name across its "and" ("General Agreement on Tariffs and Trade", "GATT").
        acronyms = {t.folded for t in tokens if (t.all_caps or t.headline) and 3 <= len(t.text) <= 8}
        # Two words joined by a slash that a company's name opens with (see _slashed_company).
        slashed = {(tokens[i - 1].folded, t.folded) for i, t in enumerate(tokens)
                   if t.gap_before == "/" and i and self._slashed_company(tokens, i)}
        while index < len(tokens):
            token = tokens[index]
            if current and token.gap_before == ", " and (self._list_inside_department(current, tokens, index)
                                                         or self._partners_of_a_firm(current, tokens, index)):
                current.append(token)   # "Department of the Environment, Food and ...", "Goldman, Sachs and Co"
                index += 1
                continue
            if token.capitalised and (len(token.text) > 1 or self._undotted_initial(current, tokens, index)):
                following = tokens[index + 1] if index + 1 < len(tokens) else None
                # (a slash inside a firm's name: "Varnby/Quell Industries Inc", then "Varnby/Quell" alone)
                if current and not self._continues(current[-1], token, following) \
                        and not (token.gap_before == "/" and (current[-1].folded, token.folded) in slashed and (
                            len(current) == 1 or len(current) == 2 and current[0].folded in LEADING_ARTICLES)):
                    runs.append(current)
                    current = []
                current.append(token)
                index += 1
                continue
            if current and token.folded in SUFFIXES_IN_LOWER_CASE and token.text.islower() and token.gap_before == " " \
                    and current[-1].capitalised and not current[-1].possessive:
                # "Varnby Funding corp said": a company's suffix written in lower case ends the name
                # as the capitalised one does (the run holds it as such)
                current.append(replace(token, capitalised=True))
                index += 1
                continue
            if current and self._joins_inside_name(current, tokens, index, acronyms):
                current.append(token)
                index += 1
                continue
            if not current and token.folded in NAME_PARTICLES and particles_then_name(tokens, index):
                current.append(token)   # "de la Fuente said": a family name with its particles
                index += 1
                continue
            if current:
                runs.append(current)
                current = []
                continue   # the word that ended a name may start the next: "... ours," da Silva said
            index += 1
        if current:
            runs.append(current)
        return runs

    def _slashed_company(self, tokens: list[Token], index: int) -> bool:
        """Whether tokens[index] follows one word by a slash, and a company's suffix ends the
        words after it: "Varnby/Quell Industries Inc", a firm named after two (not "Varnby
        Media/Varnby Feature Inc", two firms; nor two places or a headline's pair)."""
        first, second = tokens[index - 1], tokens[index]
        if second.gap_before != "/" or first.headline or second.headline or first.possessive \
                or first.folded in self.lexicon.places or second.folded in self.lexicon.places:
            return False
        for token in tokens[index + 1:index + 4]:
            if not (token.capitalised and is_space(token.gap_before)) or token.possessive:
                return False
            if token.folded in COMPANY_ABBREVIATIONS:
                return True
        return False

    def _undotted_initial(self, current: list[Token], tokens: list[Token], index: int) -> bool:
        """A lone capital is no name ("I", "A", "Class B"), except as an initial written
        without its full stop, as British papers write them: in the middle of a person's
        name ("George W Smith", after a given name) or first before a name
        ("at J Walter Smith", "C Blackwood Ltd"), never straight after another name; and
        before a company's suffix ("Circle Q Corp")."""
        token = tokens[index]
        if _initials_joined_by_and(tokens, index - 2 if current else index):
            return True   # "S and P", "P and O"
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and token.text.isupper() and following.gap_before == "-" and following.capitalised \
                and len(following.text) >= 2 and (not following.all_caps or token.headline):
            return True   # a capital hyphened to a word is a name's first part: "E-Systems", "T-Mobile"
        if not token.text.isupper() or following is None or not following.capitalised or len(following.text) < 2 \
                or following.gap_before != " " or following.all_caps or following.initial:
            return False
        if current:
            return token.gap_before == " " and not current[-1].possessive and (
                self._is_given_name(current[-1].folded) or following.folded in COMPANY_ABBREVIATIONS)
        if token.text in "NSEW" and self.lexicon.places.get(following.folded, ("", ""))[1] in ("country", "region"):
            return not token.initial and not token.headline   # "W Germany", "E Europe": a compass's letter
        if token.text in ("A", "I") or token.initial or token.headline:
            return False
        before = tokens[index - 1] if index else None
        return before is None or not (before.capitalised and is_space(token.gap_before))

    def _continues(self, previous: Token, token: Token, following: Token | None) -> bool:
        if previous.possessive and token.folded in HOUSES_OF_A_PATRON and is_space(token.gap_before) \
                and not previous.all_caps and previous.folded not in self.lexicon.places \
                and previous.folded not in ORG_HEADS and not demonym_of(previous.folded):
            return True   # "Guy's Hospital", "St George's Chapel": named after a patron or founder
        if previous.possessive and previous.folded not in self.lexicon.inner_possessives \
                and not self._company_after_possessive(previous, token, following):
            return False   # "Germany's Scholz" is two names; "People's Republic" is one
        if token.gap_before == ". " and previous.folded in TITLE_ABBREVIATIONS and previous.capitalised:
            return True   # "Capt. Ann Lee": the title is cut from the name later
        # (unlike a title's, the stop of a place's abbreviated word ends no sentence, and the word stays)
        if token.gap_before == ". " and previous.folded in ABBREVIATED_PLACE_WORDS and previous.capitalised \
                and token.folded not in FUNCTION_WORDS and token.folded not in SENTENCE_OPENERS:
            return True   # "St. Louis" (not "on Main St. The mayor said")
        if token.gap_before == " & " and not previous.possessive:
            return True   # "X & Y", "X & Y's": an ampersand joins one name
        if token.gap_before in ("' ", "\u2019 ") and previous.text.endswith("s") and token.folded in ORG_HEADS \
                and (self.lexicon.zipf(previous.folded) >= 3.0 or self._derived_from_common(previous.folded)):
            return True   # "Waterside Workers' Federation", "Teachers' Union": a plural's possessive
        if token.all_caps and len(token.text) >= 2 and not previous.all_caps and demonym_of(previous.folded) \
                and self.lexicon.zipf(previous.folded) >= 3.0 and token.folded not in COMPANY_ABBREVIATIONS \
                and token.folded not in COMPANY_SUFFIXES \
                and not (following is not None and following.capitalised and is_space(following.gap_before)):
            # "Cuban DGI", "British TV", "Syrian U.N.": a nation's adjective before an acronym
            # (not inside a longer name, "Australian MTV Music Awards", nor a firm's "Kokan KK")
            return False
        if previous.folded in COMPANY_SUFFIXES and (token.folded in FUNCTION_WORDS or token.folded in SENTENCE_OPENERS
                                                     or country_code(token) in self.lexicon.codes_written_alone):
            return False  # "Acme N.V. Also affirmed", "Acme Inc U.S. subsidiary": the suffix ends the name
        return token.hyphen_before or (is_space(token.gap_before) and (not token.initial or token.headline))

    def _company_after_possessive(self, previous: Token, token: Token, following: Token | None) -> bool:
        """"Moody's Investors Service", "McDonald's Corp": a possessive inside a company name."""
        lex = self.lexicon
        if previous.folded in lex.places or self._is_given_name(previous.folded) or demonym_of(previous.folded) \
                or not is_space(token.gap_before) or previous.folded in COMPANY_ABBREVIATIONS:
            return False   # ("Acme Corp's Widget Inc": the possessive ends the first company)
        if token.folded in COMPANY_ABBREVIATIONS:
            return True
        return token.folded not in ORG_HEADS and following is not None and following.capitalised \
            and is_space(following.gap_before) and (following.folded in ORG_HEADS and following.folded != "party"
                                                     or following.folded in COMPANY_ABBREVIATIONS)
        # (a party is nobody's possessive: "Hawke's Labour Party" is his party, two names)

    def _joins_inside_name(self, current: list[Token], tokens: list[Token], index: int, acronyms: set[str]) -> bool:
        token = tokens[index]
        previous = current[-1]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        # A lowercase syllable hyphenated to a name: "Min-ho", "Hye-won" (not "US-led").
        if token.hyphen_before and previous.capitalised and not previous.all_caps:
            if token.folded.endswith(("ed", "ing")):
                return False
            if len(token.text) <= 2 or self.lexicon.zipf(token.folded) < 3.0:
                return True
            # The second syllable of a hyphenated given name after a family name: "Lee Jae-sung".
            return len(current) >= 2 and len(previous.text) <= 5 and len(token.text) <= 5

        if token.folded in NAME_PARTICLES and not token.capitalised and is_space(token.gap_before) \
                and not previous.possessive and not previous.all_caps \
                and (not previous.initial or self._is_given_name(previous.folded)) \
                and particles_then_name(tokens, index):
            return True   # "María José de la Fuente", "Khalid bin Hamad al-Mansoori"
        if token.folded in NAME_PARTICLES and current[-1].folded in NAME_PARTICLES and not token.capitalised:
            return True
        if previous.possessive or not is_space(token.gap_before) or following is None \
                or not is_space(following.gap_before):
            return False
        if token.folded in NAME_PARTICLES and following.capitalised and not previous.initial:
            return True
        # "Credit Industriel et Commercial", "Banque du Batiment et des Travaux Publics" (not the
        # Latin "et al": "Acme Oil et Al Trout A14" is a well and its partners)
        if token.folded in FOREIGN_JOINERS and not token.capitalised and not previous.all_caps \
                and following.folded != "al" \
                and (following.capitalised and len(following.text) > 1 or particles_then_name(tokens, index + 1)):
            return True
        if token.folded == "and" and following.capitalised and following.folded in ("co", "cos"):
            return True   # "Sanford Bernstein and Co"
        if token.folded == "and" and previous.folded == "savings" and following.folded in ("loan", "loans") \
                and previous.capitalised and following.capitalised and not previous.all_caps:
            return True   # "Varnby Savings and Loan Association": a thrift's kind, whatever names it
        if token.folded == "and" and self._portfolios_joined(current, tokens, index):
            return True   # "Trade and Industry Secretary Ann Lee": the title is cut later
        if token.folded == "and" and len(current) == 1 and _initials_joined_by_and(tokens, index - 1):
            return True   # "S and P", "P and O": a firm's initials joined by "and"
        if token.folded == "and" and following.capitalised \
                and self._spelt_by_an_acronym(current, tokens, index, acronyms):
            return True
        if token.folded in NAME_JOINERS:
            if len(previous.text) == 1:
                return False   # "an S and L of Englewood": a lone capital heads no name of a place
            if previous.folded in COMPANY_SUFFIXES:
                # "Acme Group Ltd of Guernsey", "Acme AG of West Germany": the company's name is complete, unless a
                # suffix ends it again ("Acme Mattress Co of Michigan Inc"), or "America" ends it: firms
                # are named so ("Acme Corp of America"), and a firm's seat is written as its state or city
                return token.folded == "of" and (self._place_and_suffix(tokens, index + 1)
                                                 or following.folded == "america" and is_space(following.gap_before))
            if previous.folded not in ORG_HEADS and any(
                    t.folded in COMPANY_ABBREVIATIONS for t in tokens[index + 1:index + 5]):
                # "the USS Division of USX Corp": a company of its own after "of"; but
                # "Affiliated Bankshares of Colorado Inc", "Acme Bancshares of the South
                # Inc": a place and the suffix end one company's name.
                return token.folded == "of" and previous.capitalised and (
                    self._place_and_suffix(tokens, index + 1) or _seat_and_suffix(tokens, index + 1))
            target, target_index = following, index + 1
            if following.folded in LEADING_ARTICLES and index + 2 < len(tokens):
                target, target_index = tokens[index + 2], index + 2
                if not is_space(target.gap_before):
                    return False
                if country_code(target) in self.lexicon.codes_written_alone and previous.folded not in ORG_HEADS:
                    return False   # "Vortex Tractors of the US is to pay": where the firm is from, no part of its name
            # "Bank of England", "Secretary of the Security Council" (the title is cut later),
            # not "Varga of North Macedonia".
            if token.folded != "of" and previous.folded not in ORG_HEADS \
                    and (target.folded in self.lexicon.places or country_code(target)
                         or len(current) == 2 and self._is_given_name(current[0].folded)):
                # "Leicester Square for the UK", "Brown on UK": a place after "for" or "on"
                # is not the end of a name; "Michael Mann for Collateral": a person's is complete.
                return False
            if len(current) == 2 and self._is_given_name(current[0].folded) and previous.folded not in ORG_HEADS \
                    and not current[0].initial and not current[0].all_caps and not previous.hyphen_before \
                    and (self.lexicon.zipf(previous.folded) < 4.5 or target.all_caps
                         or target.folded in self.lexicon.places):
                # "Brian Crowley of GAO", "Ann Lee of Scotland": a person of a body or a place
                # is no name of one (but "Maria Full of Grace", an everyday word before "of", is)
                return False
            # (a rarer word, a surname as likely as a noun, is no name's head before "for" or "on",
            # nor before "of" and a country or an acronym: "Hanks on Tarn Hollow", "Crowley of GAO")
            least = 3.5 if token.folded != "of" or target.all_caps or country_code(target) \
                or self.lexicon.places.get(target.folded, ("", ""))[1] == "country" else 3.0
            left_is_head = previous.folded in ORG_HEADS or previous.folded in PLACE_HEADS_BEFORE or (
                self.lexicon.zipf(previous.folded) >= least and not demonym_of(previous.folded)
                and previous.folded not in self.lexicon.places and not self._is_given_name(previous.folded))
            return left_is_head and target.capitalised and target.folded not in self.lexicon.calendar_words \
                and (target.folded not in CORE_TITLES or self._role_names_body(previous, tokens, target_index)) \
                and not (token.folded == "on" and demonym_of(target.folded))   # "Bush on the German leg"
        if token.folded in LEADING_ARTICLES and current[-1].folded in NAME_JOINERS:
            return True
        if token.folded == "and" and following.capitalised and self._and_inside_organisation(current, tokens, index):
            return True
        if token.folded == "and" and self._department_of(current) and self._everyday_name_word(following) \
                and not self._body_follows(tokens, index + 1):
            return True   # "Department of Trade and Industry", "Department for Work and Pensions"
        if token.folded == "and" and following.capitalised and self._and_inside_company(current, tokens, index):
            return True
        if token.folded == "and" and len(current) == 1 and following.capitalised and following.possessive \
                and not following.all_caps and following.folded not in self.lexicon.places \
                and current[-1].folded not in self.lexicon.places and not self._is_given_name(current[-1].folded) \
                and (index + 2 >= len(tokens) or _OWN_S_GAP.match(tokens[index + 2].gap_before)):
            return True   # "Standard and Poor's said": an "'s" nothing follows is the firm's own
        return False

    def _portfolios_joined(self, current: list[Token], tokens: list[Token], index: int) -> bool:
        """Whether "and" at tokens[index] joins two portfolios before a role ("Defence and
        Security Minister", "British Trade and Industry Secretary"): everyday words each, the
        first alone in the run or after a nation's adjective or "the" (not "Gordon Brown and
        Transport Secretary"), the role one or two words after the second."""
        lex = self.lexicon
        previous = current[-1]
        if len(current) >= 2 and not demonym_of(current[-2].folded) and current[-2].folded not in LEADING_ARTICLES:
            return False
        after = tokens[index + 1:index + 4]
        role = next((i for i, t in enumerate(after) if t.folded in CORE_TITLES), -1)
        return role >= 1 and previous.capitalised and not previous.all_caps \
            and all(t.capitalised and is_space(t.gap_before) for t in after[:role + 1]) \
            and all(lex.zipf(t.folded) >= 3.0 and t.folded not in ORG_HEADS and t.folded not in lex.places
                    and not self._is_given_name(t.folded) for t in [previous, *after[:role]])

    @staticmethod
    def _role_names_body(previous: Token, tokens: list[Token], role: int) -> bool:
        """"Council of Ministers", "Office of the President": a body named after the role at
        tokens[role], with no one's name after it ("Cabinet of President Ann Lee" is two names)."""
        after = role + 1
        return previous.folded in ORG_HEADS and not tokens[role].possessive and (
            after >= len(tokens) or not (tokens[after].capitalised and is_space(tokens[after].gap_before)))

    def _spelt_by_an_acronym(self, current: list[Token], tokens: list[Token], index: int, acronyms: set[str]) -> bool:
        """Whether the last words of the run, "and", and one to three capitalised words after
        it have initials the text writes as an acronym."""
        words = [t.folded for t in current]
        for length in (1, 2, 3):
            after = tokens[index + 1:index + 1 + length]
            if len(after) < length or not all(t.capitalised and is_space(t.gap_before) for t in after):
                return False
            for first in range(len(words) - 1):
                initials = "".join(w[0] for w in words[first:] + [t.folded for t in after] if w not in NAME_JOINERS)
                if len(initials) >= 3 and initials in acronyms:
                    return True
        return False

    def _place_and_suffix(self, tokens: list[Token], index: int) -> bool:
        """Whether tokens[index:] are a place (or a compass word), then a company's suffix."""
        if index < len(tokens) and tokens[index].folded in LEADING_ARTICLES:
            index += 1
        end = next((i for i in range(index, min(index + 4, len(tokens))) if tokens[i].folded in COMPANY_ABBREVIATIONS),
                   None)
        if end is None or end == index or not all(t.capitalised for t in tokens[index:end]):
            return False
        words = " ".join(t.folded for t in tokens[index:end])
        return words in self.lexicon.places or words in COMPASS_WORDS

    def _department_of(self, current: list[Token]) -> bool:
        """Whether the run so far is a department's name and "of" or "for" its field, every
        word of the field an everyday one: "Department of Trade", "Ministry of Agriculture",
        "Bureau of Alcohol" (which "and" or a list may go on), not "Bank of England"."""
        for position in range(len(current) - 2):
            if current[position].folded in LIST_HEADS and current[position + 1].folded in ("of", "for"):
                field = [t for t in current[position + 2:] if t.folded not in LEADING_ARTICLES]
                return bool(field) and all(self._everyday_name_word(t) for t in field)
        return False

    def _everyday_name_word(self, token: Token) -> bool:
        return token.capitalised and not token.all_caps and not token.possessive \
            and self.lexicon.zipf(token.folded) >= 3.5 and token.folded not in self.lexicon.places \
            and not self._is_given_name(token.folded) and not demonym_of(token.folded)

    @staticmethod
    def _body_follows(tokens: list[Token], index: int) -> bool:
        """Whether the capitalised words from tokens[index] name a body of their own
        ("... Department of Health and State University of ...")."""
        for token in tokens[index:index + 3]:
            if not token.capitalised:
                return False
            if token.folded in ORG_HEADS:
                return True
        return False

    def _list_inside_department(self, current: list[Token], tokens: list[Token], index: int) -> bool:
        """A comma inside a department's field, when the list closes with "and" a few words
        on: "Ministry of Agriculture, Fisheries and Food"."""
        if not self._everyday_name_word(tokens[index]) or not self._department_of(current):
            return False
        for position in range(index + 1, min(index + 6, len(tokens) - 1)):
            token = tokens[position]
            if token.folded == "and" and token.gap_before == " ":
                return self._everyday_name_word(tokens[position + 1]) and tokens[position + 1].gap_before == " "
            if not (self._everyday_name_word(token) and token.gap_before in (" ", ", ")):
                return False
        return False

    def _partners_of_a_firm(self, current: list[Token], tokens: list[Token], index: int) -> bool:
        """A comma between two partners' names of one firm: "Goldman, Sachs and Co"."""
        if len(current) != 1 or index + 2 >= len(tokens):
            return False
        partner, joiner, suffix = tokens[index], tokens[index + 1], tokens[index + 2]
        places = self.lexicon.places   # (a town named like a partner is still one: "Kidder, Peabody and Co")
        return all(t.capitalised and not t.all_caps and places.get(t.folded, ("", ""))[1] != "country"
                   for t in (current[0], partner)) \
            and not current[0].possessive and not partner.possessive \
            and joiner.folded == "and" and joiner.gap_before == " " and suffix.gap_before == " " \
            and suffix.folded in ("co", "cos", "company")

    def _and_inside_company(self, current: list[Token], tokens: list[Token], index: int) -> bool:
        """"Procter and Gamble Co", "Carolina Power and Light Co", "Standard and Poor's
        Corp": "and", one word and a corporate suffix. In wire copy a company named before
        another carries its own suffix ("Acme Corp and Widget Inc"); a longer second part
        is as often two companies as one ("Ford and General Motors Corp"): it stays apart."""
        lex = self.lexicon
        previous = current[-1]
        if previous.all_caps or previous.possessive or previous.folded in lex.places \
                or demonym_of(previous.folded) or previous.folded in COMPANY_ABBREVIATIONS \
                or self._department_of(current):   # "the Department of Energy and Acme Corp"
            return False
        if index + 2 >= len(tokens):
            return False
        partner, suffix = tokens[index + 1], tokens[index + 2]
        # (a partner named like a small town is still a partner: "Van Waters and Rogers Inc")
        small_town = lex.places.get(partner.folded, ("", ""))[1] == "city" and partner.folded not in lex.big_cities
        return (partner.capitalised and not partner.all_caps and (partner.folded not in lex.places or small_town)
                and is_space(suffix.gap_before) and suffix.capitalised and suffix.folded in COMPANY_ABBREVIATIONS)

    def _and_inside_organisation(self, current: list[Token], tokens: list[Token], index: int) -> bool:
        """"National Geology and Mining Service", "Trade and Industry Ministry": common words
        joined by "and" whose last part ends on an organisation noun, none before it."""
        lex = self.lexicon
        words = current[-3:]
        while len(words) > 1 and (country_code(words[0]) in lex.codes_written_alone
                                  or lex.places.get(words[0].folded, ("", ""))[1] == "country"):
            words = words[1:]   # "U.S. Food and Drug Administration": the country before the name is cut later
        # (a body's head before the words may be a house's: "House Ways and Means ..."; but not
        # a whole body's, "Department of Health and State University of ...")
        after = tokens[index + 2:index + 5]
        after = after[:next((i for i, t in enumerate(after) if not is_space(t.gap_before)), len(after))]
        whole_body = any(t.folded in NAME_JOINERS for t in current) and any(t.folded in NAME_JOINERS for t in after)
        for token in words:
            if token.folded in ORG_HEADS and (token is words[-1] or whole_body) or self._is_given_name(token.folded) \
                    or demonym_of(token.folded) or token.all_caps:
                return False
        if lex.zipf(words[-1].folded) < 3.0 or words[-1].folded in lex.places:
            return False   # a name's word before "and" is as often a name of its own (the words before it may be)
        for offset in range(1, 4):
            if index + offset >= len(tokens):
                return False
            token = tokens[index + offset]
            if not token.capitalised or token.folded in lex.places or not (
                    is_space(token.gap_before) or token.gap_before in ("' ", "\u2019 ") and token.folded in ORG_HEADS):
                return False   # (a plural's possessive before the head: "Transport and General Workers' Union")
            if token.folded in COMPANY_ABBREVIATIONS:
                # "Federal Savings and Loan Insurance Corp"; but one word before "and" is as
                # often a company of its own: "Ford and General Motors Corp", and so is a
                # body's whole name: "the Department of Energy and Acme Corp".
                return len(current) >= 2 and not any(t.folded in NAME_JOINERS for t in current)
            if token.folded in ORG_HEADS:
                return True
        return False

    # --- cutting a run into mentions ----------------------------------------------

