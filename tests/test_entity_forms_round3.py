"""Forms of names found in a third round over the development golds: a headline that
shouts a body's whole name the body writes at a sentence's start, a body named by an
everyday word and its head noun ("Winter Bank"), and a scheme's or a pact's acronym defined
in brackets. (All names of people, bodies and firms are made up.)"""
from __future__ import annotations

from test_country_forms import extract


def texts(text: str) -> list[str]:
    return [m.text for m in extract(text)]


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- a headline's body name, written by the body only at a sentence's start ----------------

def test_a_headline_shouting_a_body_name_of_everyday_words_is_that_name() -> None:
    text = ("NATIONAL HOUSING BOARD ALLOCATES FUNDS\n\n"
            "The National Housing Board on Monday allocated 2.4 mln dlrs to three builders' groups.")
    assert ("NATIONAL HOUSING BOARD", "ORG") in spans(text)


def test_a_headline_of_everyday_words_the_body_never_names_stays_no_name() -> None:
    text = ("NATIONAL HOUSING STARTS FALL\n\n"
            "National housing starts fell by a third, the Grelbo Builders Board said.")
    assert not any(t.startswith("NATIONAL") for t in texts(text))


# --- an everyday word and a body's head noun ------------------------------------------------

def test_an_everyday_word_before_a_body_head_is_a_body_name() -> None:
    text = "Loans\n\nThe Winter Bank today approved a loan to Varnby. It said the Winter Bank would lend more."
    assert [m for m in spans(text) if m[0] == "Winter Bank"] == [("Winter Bank", "ORG")] * 2


def test_generic_company_words_alone_stay_no_name() -> None:
    # ("Bank Group", "Co Inc": a company's generic words, no one company's name)
    assert "Bank Group" not in texts("Loans\n\nShares of the Bank Group fell after Varnby Holdings Co Inc said so.")


# --- a scheme's acronym ---------------------------------------------------------------------

def test_a_programme_defined_by_its_acronym_is_no_organisation() -> None:
    text = ("Wheat\n\nVarnby offered wheat under the Grelbo Export Subsidy Programme (GESP), officials said. "
            "Sales under the GESP rose.")
    assert [m for m in spans(text) if "GESP" in m[0] or "Programme" in m[0]] == [
        ("Grelbo Export Subsidy Programme", "OTHER"), ("GESP", "OTHER"), ("GESP", "OTHER")]


def test_a_pact_defined_by_its_acronym_is_no_organisation() -> None:
    text = ("Rubber\n\nProducers met under the International Quorn Agreement (IQA) on Monday. "
            "The IQA expires next year.")
    assert ("IQA", "OTHER") in spans(text) and ("IQA", "ORG") not in spans(text)


def test_a_council_defined_by_its_acronym_stays_an_organisation() -> None:
    text = ("Rubber\n\nThe Grelbo Export Council (GEC) met on Monday. The GEC said exports rose.")
    assert ("GEC", "ORG") in spans(text) and ("Grelbo Export Council", "ORG") in spans(text)
