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
