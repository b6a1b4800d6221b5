"""A place's kind ending its name makes it a place ("Cooper Basin", "Great Plains"), unless
a given name comes first where people are named so too ("Dennis Hills"); the short form of
a firm named after such a place is the firm."""
from __future__ import annotations

import pytest

from corpus_tui.index.extraction import default_extractor


def names(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.key) for m in default_extractor().extract(text)]


@pytest.mark.parametrize("text, name", [
    ("Drilling in the Varnoo Basin found gas.", "Varnoo Basin"),
    ("Wheat on the Trelling Plains suffered from frost.", "Trelling Plains"),
    ("The plant at Corvel Creek was shut.", "Corvel Creek"),
    ("Tourists came to the Grobel Falls.", "Grobel Falls"),
])
def test_a_place_head_ends_a_place(text, name) -> None:
    assert (name, "PLACE") in [(t, type_) for t, type_, _key in names(text)]


def test_a_given_name_before_hills_is_a_person() -> None:
    found = names("Dennis Hills, a spokesman, said the talks went well.")
    assert ("Dennis Hills", "PLACE") not in [(t, type_) for t, type_, _key in found], found


def test_a_firm_named_after_a_place_keeps_its_short_form() -> None:
    found = names("Trelling Plains Oil Corp said it sold a well. Trelling Plains said the price was fair.")
    short = [(type_, key) for t, type_, key in found if t == "Trelling Plains"]
    assert short == [("ORG", "trelling plains oil corp")], found


def test_a_region_beside_a_firm_of_its_name_stays_a_region() -> None:
    found = names("Southern Ohio Velmar Co said demand rose. Its plants in Southern Ohio are busy.")
    region = [(type_, key) for t, type_, key in found if t == "Southern Ohio"]
    assert region == [("PLACE", "southern ohio")], found


def test_a_place_beside_a_body_named_after_it_stays_the_place() -> None:
    found = names("The Trelling Plains Workers Union struck. Output at Trelling Plains fell.")
    place = [(type_, key) for t, type_, key in found if t == "Trelling Plains"]
    assert place == [("PLACE", "trelling plains")], found


def test_puerto_before_a_name_makes_a_place() -> None:
    found = names("Wheat was quoted at Varnby, San Quello and Puerto Quellsen.")
    assert ("Puerto Quellsen", "PLACE") in [(text, type_) for text, type_, _key in found]
