"""Forms of names found in an eighth round over the development golds and 3,000 real articles:
two names joined by a slash that the article writes whole every time ("Varnel/NetScope"), and a
model's designation after a slash ("Tarvel Orbit/X"). (Names of people and bodies are made up; the
words that must be English or a real state are not names of anyone here.)"""
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
