"""Forms of names found in a fifth round over the development golds: a body's name with
"and" inside before its head word ("Scottish Glass and Ceramics Association"), a work's
title with "of the" or "and the" inside and no word of its kind near ("Shane of the Moths"),
or of a name, a colon and a subtitle ("Velbury: The Lost Years"). (Names of
people and bodies are made up; the cities are real ones, since only the gazetteer makes a
name a city.)"""
from __future__ import annotations

from test_country_forms import extract


def spans(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in extract(text)]


# --- "A and B <head>": one body's name --------------------------------------------------------

def test_a_body_with_and_before_its_head_word_is_one_name() -> None:
    assert spans("The Scottish Glass and Ceramics Association said prices would rise.") \
        == [("Scottish Glass and Ceramics Association", "ORG")]
    assert spans("Shares in Varnby Guidance and Navigation Division rose.") \
        == [("Varnby Guidance and Navigation Division", "ORG")]
    assert spans("The Swedish Coal and Steel Community met.") == [("Swedish Coal and Steel Community", "ORG")]


def test_a_city_and_a_city_before_a_firm_word_name_one_firm() -> None:
    text = "Shares in Hamburg and Bremen Shipping Corp rose 12 pct on Monday."
    assert spans(text) == [("Hamburg and Bremen Shipping Corp", "ORG")]


def test_a_body_already_complete_before_and_stays_apart() -> None:
    text = "Officials of the Bank of Quarrow and Tolvane Trust Corp met on Monday."
    assert ("Bank of Quarrow", "ORG") in spans(text)


def test_a_person_named_before_a_body_stays_a_person() -> None:
    text = "The talks between Peter Vantor and Telmar Industries Inc ended on Monday."
    found = spans(text)
    assert ("Peter Vantor", "PERSON") in found and ("Telmar Industries Inc", "ORG") in found


def test_a_part_written_alone_elsewhere_keeps_the_two_apart() -> None:
    text = "Shares in Varnby Guidance and Navigation Division rose.\n\nVarnby Guidance said it would sell the unit."
    assert ("Navigation Division", "ORG") in spans(text)


def test_a_list_of_three_or_a_name_of_its_own_after_and_is_not_read_as_one_body() -> None:
    assert ("Navigation Division", "ORG") in spans("Bids came from Quarrow, Varnby Guidance and Navigation Division.")
    assert ("British Steel Corp", "ORG") in spans("The Swedish Coal and British Steel Corp met.")


# --- titles of works with "of the" or "and the" inside, no word of their kind near -------

_FILM_NEWS = "The studio's new film opens on Friday.\n\n"


def test_a_title_with_of_the_inside_is_one_work() -> None:
    text = _FILM_NEWS + "Its effects were made with the software used on Shane of the Moths two years ago."
    assert spans(text) == [("Shane of the Moths", "OTHER")]


def test_a_noble_title_may_open_a_work_but_an_office_stays_an_office() -> None:
    text = _FILM_NEWS + "Critics liked it more than Duke of the Marshes, the hit of last spring."
    assert ("Duke of the Marshes", "OTHER") in spans(text)
    text = _FILM_NEWS + "The Leader of the Opposition saw it on Monday."
    assert not any("Leader" in name for name, _type in spans(text))


def test_a_person_or_a_body_before_of_the_is_no_title() -> None:
    text = _FILM_NEWS + "Peter Vantor of the Quarrow Institution saw it on Monday."
    found = spans(text)
    assert ("Peter Vantor", "PERSON") in found and not any("of the" in name for name, _type in found)


def test_one_word_and_the_one_word_is_a_title_but_two_names_listed_stay_two() -> None:
    assert ("Mink and the Lantern", "OTHER") in spans(_FILM_NEWS + "It beat Mink and the Lantern at the box office.")
    text = _FILM_NEWS + "It beat Harrow and the Kremlin at the box office.\n\nThe Kremlin said nothing."
    assert not any(" and the " in name for name, _type in spans(text))


def test_a_name_a_colon_and_a_subtitle_are_one_work() -> None:
    text = _FILM_NEWS + ("He starred in Heathers, Tarn Hollow: Prince of Moths"
                         " and more recently Velbury: The Lost Years.")
    found = spans(text)
    assert ("Tarn Hollow: Prince of Moths", "OTHER") in found and ("Velbury: The Lost Years", "OTHER") in found


def test_a_label_and_a_colon_at_a_sentences_start_is_no_title() -> None:
    text = _FILM_NEWS + "Subs not used: Ann Lee. Booked: Peter Vantor."
    assert not any(":" in name for name, _type in spans(text))
