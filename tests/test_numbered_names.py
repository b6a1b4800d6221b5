"""A model's or an edition's number belongs to the name; a numbered part of a code is no name."""
from __future__ import annotations

import pytest

from corpus_tui.index.extraction import default_extractor


def names(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.type, m.key) for m in default_extractor().extract(text)]


@pytest.mark.parametrize("text, expected", [
    ("Gamers queued for the Zorblex 3 console, which follows the Zorblex 2 that came out in 2001.",
     [("Zorblex 3", "OTHER", "zorblex 3"), ("Zorblex 2", "OTHER", "zorblex 2")]),
    ("Varnel Aerospace said its Varnel 747s would be retired.", [("Varnel 747s", "OTHER", "varnel 747")]),
    ("She presents a show on Quorbic Radio 4 every morning.", [("Quorbic Radio 4", "ORG", "quorbic radio 4")]),
])
def test_a_model_number_is_part_of_the_name(text, expected) -> None:
    found = names(text)
    for name in expected:
        assert name in found, found


@pytest.mark.parametrize("text, bare", [
    ("Trelmont 20 years ago sold the plant.", "Trelmont"),          # a figure's unit
    ("Shares in Trelmont 1.55bn were sold.", "Trelmont"),           # a figure
    ("Result: Dunmoor 2 Ashvale 1.", "Dunmoor"),                    # a score
    ("Scorers: Pellow 17, Gastrin 46.", "Pellow"),                  # a line-up's minutes
])
def test_a_figure_or_a_score_after_a_name_is_not_its_number(text, bare) -> None:
    found = [t for t, _type, _key in names(text)]
    assert not any(t.startswith(bare + " ") for t in found), found


def test_numbered_parts_of_a_code_are_no_names() -> None:
    found = [t for t, _type, _key in names(
        "Vornex filed for Chapter 11 protection. Under Section 404 of the act and Class A rules, "
        "the Grelm shares fell. The side topped Group D.")]
    assert not {"Chapter", "Chapter 11", "Section", "Section 404", "Class", "Class A", "Group"} & set(found), found
    assert "Vornex" in found


def test_a_sides_age_group_is_part_of_its_name_and_makes_a_team() -> None:
    found = names("He captained the Varnland Under-21 side before joining Quellton Under-19s.")
    assert ("Varnland Under-21", "ORG", "varnland under 21") in found
    assert ("Quellton Under-19s", "ORG", "quellton under 19") in found


def test_an_ordinal_century_is_a_time_alone_and_part_of_a_name_before_one() -> None:
    found = names("The studio 20th Century Quellfox says films of the 21st Century sell less.")
    assert [text for text, _type, _key in found] == ["20th Century Quellfox"]


@pytest.mark.parametrize("text, expected", [
    ("The parts go into the Q-27 military transport and its ZX-9 trainer.", ["Q-27", "ZX-9"]),
    ("The airline will lease two K-400-600 jets with Vornel Co <VNL> TR7-55C2 engines.", ["K-400-600", "TR7-55C2"]),
    ("Trelmont Corp <TRL> sold three K-1044's last year.", ["K-1044"]),
    ("Shoppers liked the Zorvik QT-12 camera.", ["Zorvik QT-12"]),      # the maker's name joins it
])
def test_a_models_designation_with_a_hyphen_is_a_name(text, expected) -> None:
    found = names(text)
    for designation in expected:
        assert (designation, "OTHER") in [(t, type_) for t, type_, _key in found], found


@pytest.mark.parametrize("text", [
    "Narrow money, M-1, rose 2.3 billion dlrs, and M-1B fell.",    # a money supply
    "The debt was cut to BA-1 from BAA-3 by the agency.",            # credit ratings
    "QUARTERLY DATA FOR END-1986 SHOW A Q-27 ORDER",                 # a line in capitals
])
def test_a_rating_a_money_supply_or_a_line_in_capitals_holds_no_designation(text) -> None:
    found = [t for t, _type, _key in names(text)]
    assert not any("-" in t for t in found), found
