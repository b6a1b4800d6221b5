"""Forms of names found in a seventh round over the development golds and 7,000 real articles:
a thrift's "Savings and Loan" whatever word opens its name ("Ambrose Federal Savings and Loan
Association", a given name first). (Names of people and bodies are made up; the words that must
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
