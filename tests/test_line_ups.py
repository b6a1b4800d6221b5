"""Team line-ups: a paragraph that is only a list of players is read as one, not as prose
(index/extraction/line_ups.py); and initials written without a full stop, as British papers
and line-ups write them. Every name here is made up."""
from __future__ import annotations

import pytest
from test_country_forms import extract

from corpus_tui.index.resolution import KeyStat, resolve_entities

MATCH = """Harbridge 24-19 Ostley Rovers

Harbridge held on to win at the Mill Ground, where Tomas Karvell kicked four penalties.

Karvell; Benning, King, Oakes (Drummel 67), Back; T Wren (capt), L Wren; Vossberg, Green.

Replacements (from): Arnott/Pellow, W Hale, Lo Vetri, Dunmore, Ash.
"""

SQUAD = """Farrow named in the squad

- D Farrow (Caldbeck), P Manse (Caldbeck, capt), R Quill (Rooksby Harriers), J White (Caldbeck), \
S Tarn (France), M Lind (Caldbeck).
"""


def test_every_item_of_a_line_up_is_a_player_with_the_initial_it_gives() -> None:
    people = [(m.text, m.type) for m in extract(MATCH) if m.start >= MATCH.index("Karvell;")]
    assert people == [(name, "PERSON") for name in (
        "Karvell", "Benning", "King", "Oakes", "Drummel", "Back", "T Wren", "L Wren", "Vossberg", "Green",
        "Arnott", "Pellow", "W Hale", "Lo Vetri", "Dunmore", "Ash")]


def test_a_full_stop_may_part_the_backs_from_the_forwards() -> None:
    text = ("Ostley held on.\n\nG Karvell; S Benning, B Oakes (capt), K Wren; D Vossberg, G Lind; "
            "M Hale. F Tarn, J Hayes, D Pellow, P Quill.\n")
    people = [(m.text, m.type) for m in extract(text) if m.start >= text.index("G Karvell")]
    assert people == [(name, "PERSON") for name in (
        "G Karvell", "S Benning", "B Oakes", "K Wren", "D Vossberg", "G Lind", "M Hale", "F Tarn", "J Hayes",
        "D Pellow", "P Quill")]


def test_a_club_in_brackets_is_an_organisation_and_a_country_stays_a_place() -> None:
    mentions = {(m.text, m.type) for m in extract(SQUAD)}
    assert {("D Farrow", "PERSON"), ("P Manse", "PERSON"), ("J White", "PERSON"), ("Caldbeck", "ORG"),
            ("Rooksby Harriers", "ORG"), ("France", "PLACE")} <= mentions
    assert not any(text == "capt" for text, _ in mentions)


def test_prose_and_short_lists_are_not_line_ups() -> None:
    prose = "Karvell, Benning and King were there; Oakes, Back and Green were not, said the coach.\n"
    assert ("King", "PERSON") not in {(m.text, m.type) for m in extract(prose)}
    places = "Exports went to France, Germany, Italy, Spain, Belgium and Austria.\n"
    assert {m.type for m in extract(places)} == {"PLACE"}


def test_an_initial_without_its_full_stop_stays_in_the_name() -> None:
    text = "Talks with Harold Q Vantreight and R Ollerby at J Fenwick Marlowe ended, said Circle Q Corp.\n"
    assert [(m.text, m.type) for m in extract(text)] == [
        ("Harold Q Vantreight", "PERSON"), ("R Ollerby", "PERSON"), ("J Fenwick Marlowe", "PERSON"),
        ("Circle Q Corp", "ORG")]


def test_a_lone_capital_that_is_no_initial_stays_out() -> None:
    text = "A Harbridge spokesman said the Class B Common shares and the X Factor show rose in W Germany.\n"
    texts = [m.text for m in extract(text)]
    assert "W Germany" in texts and "X Factor" in texts   # (a compass's letter before a country: West Germany)
    assert not any(t.startswith(("A ", "B ")) for t in texts)


def test_a_town_named_as_a_side_is_its_club_apart_from_the_town() -> None:
    match = ("Ostley Rovers 31-37 Gloucester\n\nGloucester withstood a late comeback. Gloucester coach Ann Lee "
             "was happy, and so was Rob Hale, coach of club side Northampton.\n")
    politics = "The council in Gloucester and Northampton voted on Monday.\n"
    sides = {(m.text, m.type, m.key) for m in extract(match)}
    assert ("Gloucester", "ORG", "gloucester club") in sides and ("Northampton", "ORG", "northampton club") in sides
    assert {(m.text, m.type, m.key) for m in extract(politics)} == {
        ("Gloucester", "PLACE", "gloucester"), ("Northampton", "PLACE", "northampton")}


def test_a_side_takes_the_fuller_name_the_article_gives_its_club_and_a_nation_stays_a_place() -> None:
    text = ("The Gloucester Harriers beat Ostley. Gloucester coach Ann Lee and Wales coach Tom Reed "
            "were pleased.\n")
    found = {(m.text, m.type, m.key) for m in extract(text)}
    assert ("Gloucester", "ORG", "gloucester harriers") in found
    assert ("Gloucester Harriers", "ORG", "gloucester harriers") in found
    assert ("Wales", "PLACE", "wales") in found


@pytest.mark.parametrize("text", [
    "It was a hard season. Gloucester were beaten twice at home.\n",
    "He signed for their west-country rivals Gloucester in March.\n",
    "Gloucester and England centre Ann Lee was fit again.\n",
    "Northampton, Gloucester, Ostley Rovers and other clubs used plastic pitches.\n",
    "Strachan said no to becoming Gloucester's new boss.\n",
    "The FA looked into the trouble at the tie between Quarnwell and Gloucester.\n",
])
def test_a_town_with_a_verb_in_the_plural_a_rival_or_a_side_beside_it_is_its_club(text: str) -> None:
    assert ("Gloucester", "ORG", "gloucester club") in {(m.text, m.type, m.key) for m in extract(text)}


def test_a_towns_paper_is_no_fuller_name_of_its_club() -> None:
    text = "Gloucester were beaten at home, the Gloucester Citizen reported.\n"
    found = {(m.text, m.type, m.key) for m in extract(text)}
    assert ("Gloucester", "ORG", "gloucester club") in found


def test_the_club_and_the_town_are_two_entities() -> None:
    match = "Ostley Rovers 31-37 Gloucester\n\nGloucester coach Ann Lee was happy.\n"
    politics = "The council in Gloucester voted on Monday.\n"
    stats: dict[str, KeyStat] = {}
    for text in (match, politics):
        for mention in extract(text):
            stat = stats.setdefault(mention.key, KeyStat(mention.key, {}, {}, 0, 1))
            stat.count(mention.type, mention.text)
    named = sorted(e.type for e in resolve_entities(stats.values()) if e.name == "Gloucester")
    assert named == ["ORG", "PLACE"]


@pytest.mark.parametrize("sentence", ["He took the Gloucester captaincy last year.",
                                      "He captained Gloucester to a win.", "His Gloucester team-mate was injured."])
def test_a_town_whose_captaincy_or_team_mates_are_named_is_its_club(sentence: str) -> None:
    assert ("Gloucester", "ORG") in {(m.text, m.type) for m in extract(sentence)}


def test_a_line_up_whose_sides_name_was_lost_and_that_marks_its_captain_apart_is_still_one() -> None:
    text = ("Ostley Rovers 12-9 Harbridge\n\nA hard game.\n\n"
            ": Karvell, Benning, Gloucester, Oakes, T Wren, Lorrin, capt, Vossberg, Green.\n")
    people = [(m.text, m.type) for m in extract(text) if m.start >= text.index(": Karvell")]
    assert people == [(name, "PERSON") for name in (
        "Karvell", "Benning", "Gloucester", "Oakes", "T Wren", "Lorrin", "Vossberg", "Green")]


def test_where_sides_are_named_a_towns_player_and_a_loan_at_a_town_make_it_the_club() -> None:
    text = ("Ostley Rovers have been linked with Gloucester's Tomas Karvell, and Harbridge will recall "
            "Ann Lee from her loan spell at Northampton.\n")
    found = {(m.text, m.type, m.key) for m in extract(text)}
    assert ("Gloucester", "ORG", "gloucester club") in found and ("Northampton", "ORG", "northampton club") in found
    # (without a side named, a town's person is the town's: its mayor, its senator)
    politics = "Gloucester's Tomas Karvell, the mayor, spoke on a visit to Northampton.\n"
    assert {(m.text, m.type) for m in extract(politics) if m.text in ("Gloucester", "Northampton")} == {
        ("Gloucester", "PLACE"), ("Northampton", "PLACE")}


@pytest.mark.parametrize("text, expected", [
    ("Ostley Rovers reached the Champions League final.", ("Champions League", "OTHER")),
    ("Ostley Rovers top the Varnby Premier League.", ("Varnby Premier League", "OTHER")),
    ("The Varnish League of Savings met.", ("Varnish League of Savings", "ORG")),
])
def test_a_league_that_is_a_competition_is_other_and_a_body_stays_an_organisation(text, expected) -> None:
    assert expected in {(m.text, m.type) for m in extract(text)}


def test_a_towns_own_result_and_its_star_make_it_the_club() -> None:
    text = ("Ostley Rovers missed Wasps' 12-9 loss to Bath. Gloucester's Tomas Karvell and Northampton "
            "star Ann Lee also received knocks.\n")
    found = {(m.text, m.type) for m in extract(text)}
    assert ("Gloucester", "ORG") in found and ("Northampton", "ORG") in found, found
