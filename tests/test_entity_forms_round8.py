"""Forms of names found in an eighth round over the development golds and 3,000 real articles:
two names joined by a slash that the article writes whole every time ("Varnel/NetScope"), and a
model's designation after a slash ("Tarvel Orbit/X"); the letters of an honour after a person's
name ("Torvald Brennick QC") and a format after a title ("the Tarn Hollow DVD"), no part of
either; a word's "'s" and a company's suffix ("Varley's Inc"), one firm. (Names of people and
bodies are made up; the words that must be English or a real state are not names of anyone here.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- a slash inside a name written whole twice ------------------------------------------------

def test_a_pair_joined_by_a_slash_written_whole_twice_is_one_name() -> None:
    found = spans("Figures from Varnel/NetScope showed growth. The firm Varnel/NetScope said traffic rose.")
    assert [text for text, _ in found] == ["Varnel/NetScope", "Varnel/NetScope"]


def test_a_model_after_a_slash_is_one_name_with_its_family() -> None:
    found = spans("The Tarvel Orbit/X beat rivals. Engineers built the Tarvel Orbit/X in two years. The Tarvel "
                  "Orbit family is older.")
    assert [text for text, _ in found][:2] == ["Tarvel Orbit/X", "Tarvel Orbit/X"]


def test_a_slash_pair_written_once_or_apart_stays_two() -> None:
    # (a guard: once only, or a part written alone elsewhere, the slash only pairs two names)
    assert [t for t, _ in spans("Shares of Tarvex/Quellon rose.")] != ["Tarvex/Quellon"]
    found = [t for t, _ in spans("Tarvex/Quellon fell. Tarvex/Quellon rose. Tarvex said it expects more.")]
    assert "Tarvex/Quellon" not in found


# --- words after a name that are no part of it ------------------------------------------------

def test_the_letters_of_an_honour_are_no_part_of_a_persons_name() -> None:
    found = spans("The inquiry heard from Torvald Brennick QC, who said Brennick had doubts.")
    assert ("Torvald Brennick", "PERSON") in found
    assert all(not text.endswith("QC") for text, _ in found)


def test_a_format_after_a_title_is_no_part_of_it() -> None:
    found = spans("The Tarn Hollow DVD sold well, and Tarn Hollow topped the charts.")
    assert [text for text, _ in found] == ["Tarn Hollow", "Tarn Hollow"]


def test_a_format_after_an_acronym_stays() -> None:
    # (a guard: "HD DVD" is a format's own name, not a name and its format)
    assert [t for t, _ in spans("Sales of the new HD DVDs rose, Varnex said.")][0] == "HD DVDs"
    assert [t for t, _ in spans("Analysts said the QRX DVD sold well.")] == ["QRX DVD"]


# --- a firm named with an "'s" before its suffix ----------------------------------------------

def test_a_word_with_its_s_and_a_suffix_is_one_company() -> None:
    assert ("Varley's Inc", "ORG") in spans("Shares of Varley's Inc rose after the results.")
    assert ("Quorn's Nursery Inc", "ORG") in spans("It agreed to buy Quorn's Nursery Inc for cash.")


def test_a_possessor_and_its_subsidiary_stay_two() -> None:
    # (a guard: a rarer word after the "'s" opens the subsidiary's own name)
    found = [t for t, _ in spans("It agreed to buy Tarvex's Quellmoor Mining Co for cash.")]
    assert not any(t.startswith("Tarvex's") for t in found)
