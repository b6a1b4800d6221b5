"""Forms of names found in a seventh round over the development golds and 7,000 real articles:
a thrift's "Savings and Loan" whatever word opens its name ("Ambrose Federal Savings and Loan
Association", a given name first), a company's suffix written in lower case ("Norvale Funding
corp"), and two words joined by a slash that open a company's name ("Tarvo/Quell Affiliates
Inc", then "Tarvo/Quell" alone or shouted in the headline). (Names of people and bodies are made up; the words that must
be English or a real state are not names of anyone here.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- "Savings and Loan": a thrift's kind, one name across its "and" ---------------------------

def test_a_thrift_named_after_a_given_name_is_one_name() -> None:
    found = spans("The board said Ambrose Federal Savings and Loan Association of Tolvik, Okla., was insolvent.")
    assert ("Ambrose Federal Savings and Loan Association of Tolvik", "ORG") in found


def test_a_thrift_without_its_association_is_one_organisation() -> None:
    assert spans("Quarvel State Savings and Loan expects to report higher earnings.") \
        == [("Quarvel State Savings and Loan", "ORG")]


def test_savings_and_loan_in_lower_case_or_across_two_firms_joins_nothing() -> None:
    # (a guard: only the capitalised pair, side by side, is the thrift's kind)
    assert spans("Savings and loan shares rose as Varnow Savings Bank and Loan Star Inc gained.") \
        == [("Varnow Savings Bank", "ORG"), ("Loan Star Inc", "ORG")]
    assert spans("Tarrow First Federal Savings and Loan Insurance Corp said.") \
        == [("Tarrow First Federal Savings and Loan Insurance Corp", "ORG")]


# --- a company's suffix in lower case ---------------------------------------------------------

def test_a_suffix_in_lower_case_ends_the_company_name() -> None:
    found = spans("It bought Tessary Financial Corp and Norvale Funding corp from it.")
    assert ("Norvale Funding corp", "ORG") in found
    assert spans("Analysts at Quorn Brothers inc said output fell.") == [("Quorn Brothers inc", "ORG")]


def test_a_suffix_in_lower_case_keeps_an_everyday_first_word_in_the_name() -> None:
    # (a sentence's first word stays, as before "Corp": the suffix says the words are a firm's name)
    assert spans("Southern Varnel corp said its board declared a split.") == [("Southern Varnel corp", "ORG")]


def test_a_suffix_word_in_lower_case_alone_is_no_name() -> None:
    # (a guard: "plc" or "inc" after no capitalised word, or after a full stop, names nothing)
    assert spans("The plc said it would sell the inc shares.") == []
    assert spans("Shares of Halvane rose. inc figures follow.") == [("Halvane", "ORG")]


# --- a slash inside a company's name ----------------------------------------------------------

def test_two_words_joined_by_a_slash_before_a_suffix_are_one_company() -> None:
    assert spans("An investor group led by Tarvo/Quell Affiliates Inc said it raised its offer.") \
        == [("Tarvo/Quell Affiliates Inc", "ORG")]


def test_the_slashed_pair_alone_is_the_company_the_article_names() -> None:
    text = ("TARVO/QUELL RAISES BID\n\nAn investor group led by Tarvo/Quell Affiliates Inc said it raised "
            "its offer. Tarvo/Quell's offer expires on Friday.")
    found = [(m.text, m.key) for m in extract(text)]
    assert [name for name, _ in found] == ["TARVO/QUELL", "Tarvo/Quell Affiliates Inc", "Tarvo/Quell"]
    assert {key for _, key in found} == {"tarvo quell affiliates inc"}


def test_a_slash_between_two_firms_or_without_a_suffix_joins_nothing() -> None:
    # (guards: a longer name before the slash is a firm of its own; a pair no firm's name opens with stays two)
    assert spans("It is a unit of Halvane Media/Halvane Feature Syndicate Inc.") \
        == [("Halvane Media", "ORG"), ("Halvane Feature Syndicate Inc", "ORG")]
    assert len(spans("Talks between Tarvo/Quell went on.")) == 2
