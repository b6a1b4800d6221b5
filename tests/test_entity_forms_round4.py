"""Forms of names found in a fourth round over the development golds: a firm of partners
written with "&" and then with "and", and an agreement named after the city where it was
made ("the Tartu accord"). (Names of people and firms are made up; the cities are real
ones, since only the gazetteer makes a name a city.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- partners joined by "&" in the firm's name, by "and" in running text ------------------

def test_partners_written_with_and_are_the_firm_written_with_an_ampersand() -> None:
    text = ("Grelby & Norcott Plc said on Monday it would sell shares.\n\n"
            "Analysts said Grelby and Norcott would gain from the sale.")
    assert spans(text) == [("Grelby & Norcott Plc", "ORG"), ("Grelby and Norcott", "ORG")]


def test_two_names_listed_with_and_stay_two_beside_an_unrelated_ampersand_firm() -> None:
    text = ("Quimbell & Tarrow Plc said on Monday it would sell shares.\n\n"
            "Analysts said Grelby and Norcott would gain from the sale.")
    assert ("Grelby and Norcott", "ORG") not in spans(text)


# --- a city's name before "accord", "agreement", "goals" -----------------------------------

def test_a_city_before_accord_names_the_agreement() -> None:
    text = ("Ministers met in Tartu last month.\n\n"
            "The Tartu accord on currencies held, dealers said, and the Kaunas goals were kept.")
    found = [(m.text, m.type, m.key) for m in extract(text)]
    assert found[0][:2] == ("Tartu", "PLACE")
    assert [f[:2] for f in found[1:]] == [("Tartu", "OTHER"), ("Kaunas", "OTHER")]
    assert found[1][2] != found[0][2]   # the agreement and the city are two entities


def test_a_city_before_talks_or_beside_a_party_stays_a_place() -> None:
    assert spans("The Tartu talks failed.") == [("Tartu", "PLACE")]
    assert ("Tartu", "OTHER") not in spans("Officials signed a Grelbovia-Tartu agreement on Monday.")
