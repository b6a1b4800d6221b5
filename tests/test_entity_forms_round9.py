"""Forms of names found in a ninth round over the development golds and 3,000 real articles:
bodies with "and" inside their names, "<head> of A and B" ("Ministry of Mining and Forestry"),
told from two names an "and" lists together. (Names of people and bodies are made up; the
words that must be English or a real place are not names of anyone here.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- "<head> of A and B": a body's two fields ---------------------------------------------------

def test_a_bodys_two_fields_after_of_are_one_name() -> None:
    found = spans("Funds went to the Tarvey Institute of Weaving and Dyeing last year, officials said.")
    assert ("Tarvey Institute of Weaving and Dyeing", "ORG") in found


def test_a_body_for_two_fields_is_one_name() -> None:
    found = spans("The Quellan Foundation for Printed Books and Maps opened a new hall, its chairman said.")
    assert ("Quellan Foundation for Printed Books and Maps", "ORG") in found


def test_a_body_of_a_place_and_another_name_stays_two() -> None:
    # (a guard: the words after "of" are a place, or the second part is a body or written alone)
    found = [t for t, _ in spans("Loans from the Bank of France and Vantor Holdings rose, dealers said.")]
    assert "Bank of France" in found and "Vantor Holdings" in found
    found = [t for t, _ in spans("The Tarvey Institute of Weaving and Quellon said ties grew. Quellon said more.")]
    assert "Tarvey Institute of Weaving and Quellon" not in found


# --- "A and B <head>": a system's name, two places' body ------------------------------------

def test_a_system_ends_a_bodys_name_with_and_inside() -> None:
    found = spans("Data came from the Quellan Monitoring and Rapid Alert System on Tuesday, it said.")
    assert ("Quellan Monitoring and Rapid Alert System", "ORG") in found


def test_two_places_before_a_bodys_head_are_one_name() -> None:
    found = [t for t, _ in spans("The line is owned by the Tulsa and North Dakota Railroad, its parent said.")]
    assert "Tulsa and North Dakota Railroad" in found
    found = [t for t, _ in spans("The unit was sold to the Singapore and Penang Banking Corp last year.")]
    assert "Singapore and Penang Banking Corp" in found


def test_a_country_and_a_body_not_named_after_a_place_stay_two() -> None:
    found = [t for t, _ in spans("Talks between Japan and Tessel Motors Corp ended on Monday, officials said.")]
    assert "Japan" in found and "Tessel Motors Corp" in found


def test_a_parents_code_opening_a_units_name_with_and_inside_is_one_name() -> None:
    found = spans("The order went to Tarvel Corp's QTV Missiles and Guidance Group, which builds rockets.")
    assert ("QTV Missiles and Guidance Group", "ORG") in found


def test_an_acronym_alone_before_and_stays_a_name_of_its_own() -> None:
    found = [t for t, _ in spans("Loans from the QMF and Quellan Development Bank rose, it said.")]
    assert "QMF" in found and "Quellan Development Bank" in found
