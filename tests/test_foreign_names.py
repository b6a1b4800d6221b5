"""Names in other languages inside English text: their "and" and prepositions, and the
Scandinavian company suffix A/S."""
from __future__ import annotations

import pytest

from corpus_tui.index.extraction import default_extractor


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in default_extractor().extract(text)]


@pytest.mark.parametrize("text, name", [
    ("The loan was led by Banque Velmoir et Garonde, the bank said.", "Banque Velmoir et Garonde"),
    ("Shares of Credit Trevanien et Commercial rose.", "Credit Trevanien et Commercial"),
    ("It sold the unit to Groupe du Velmont et des Travaux Ruvais last year.",
     "Groupe du Velmont et des Travaux Ruvais"),
    ("The fund is run by Cassa di Velmora e Tarsica in Rome.", "Cassa di Velmora e Tarsica"),
    ("The charity match, billed Partido contra la Velmoria, raised money.", "Partido contra la Velmoria"),
    ("A refinery at Fos sur Velmer was shut.", "Fos sur Velmer"),
])
def test_a_foreign_and_or_preposition_stays_inside_the_name(text, name) -> None:
    assert name in [t for t, _type in names(text)]


def test_the_latin_et_al_joins_no_names() -> None:
    found = [t for t, _type in names("The well, Velmor Oil et Al Garond A14, was drilled.")]
    assert not any(" et " in t for t in found), found


@pytest.mark.parametrize("text, name", [
    ("Velstad Data A/S said profits rose.", "Velstad Data A/S"),
    ("VELSTAD DATA A/S SAYS PROFITS ROSE\nOslo, March 3 - Velstad Data A/S said profits rose.", "Velstad Data A/S"),
])
def test_a_s_ends_a_company_name(text, name) -> None:
    assert (name, "ORG") in names(text)


def test_a_s_after_a_figure_is_no_company() -> None:
    assert not any(t == "A/S" for t, _type in names("He paid 5 A/S B."))
