"""Titles of works in running text: after a word that says a work follows ("the new
comedy", "her album", "starring in"), a title that keeps its small words in lower case is
one name of a work, wherever the article writes it again."""
from __future__ import annotations

from test_country_forms import extract


def test_a_title_introduced_by_its_kind_is_one_work_wherever_it_is_written_again() -> None:
    mentions = extract("Box office\n\nThe new comedy Diary of a Quell Varn Woman topped the chart. Fans say "
                       "Diary of a Quell Varn Woman is funny.\n")
    titles = [(m.text, m.type) for m in mentions]
    assert titles == [("Diary of a Quell Varn Woman", "OTHER")] * 2
    assert len({m.key for m in mentions}) == 1


def test_a_title_ends_before_a_place_a_date_or_a_persons_given_name() -> None:
    for sentence, title in [
        ("Their latest album, Songs of the Quell in London, sold well.", "Songs of the Quell"),
        ("The musical Varn of the Opera on Friday drew crowds.", "Varn of the Opera"),
        ("The film Pass the Varn with Norah Quist opens soon.", "Pass the Varn"),
    ]:
        assert title in [m.text for m in extract(f"Arts\n\n{sentence}\n")], sentence


def test_two_names_joined_by_and_are_a_title_only_when_each_is_one_word() -> None:
    assert ("Hide and Varn", "OTHER") in {(m.text, m.type) for m in extract("Arts\n\nThe film Hide and Varn "
                                                                                "opens today.\n")}
    names = [m.text for m in extract("Arts\n\nThe film starring in Ann Quist and Bo Varnell opens today.\n")]
    assert "Ann Quist and Bo Varnell" not in names


def test_capitalised_words_after_a_works_kind_without_small_words_are_left_to_the_rules() -> None:
    names = [(m.text, m.type) for m in extract("Arts\n\nHis album Tony Quist sold well.\n")]
    assert ("Tony Quist", "PERSON") in names


def test_a_book_a_hit_a_directors_film_and_a_list_of_singles_introduce_titles() -> None:
    for sentence, title in [
        ("She appeared in his first book Quells and Varns last year.", "Quells and Varns"),
        ("He sang his best-known hit When a Varn Loves a Quell.", "When a Varn Loves a Quell"),
        ("The director, who directed Tessel and the Prisoner of Varn, moved on.", "Tessel and the Prisoner of Varn"),
        ("He has had 12 hit singles, including Hot in Quell, and more.", "Hot in Quell"),
        ("It won for the final film The Return of the Varn in 2004.", "Return of the Varn"),
    ]:
        assert (title, "OTHER") in [(m.text, m.type) for m in extract(f"Arts\n\n{sentence}\n")], sentence


def test_and_parts_two_titles_after_a_plural_kind_and_a_verb_introduces_none() -> None:
    names = [m.text for m in extract("Arts\n\nHe produced the singles Quellover and Varno on her album.\n")]
    assert "Quellover and Varno" not in names
    names = [m.text for m in extract("Arts\n\nFour quakes hit the Bay of Plenty and Varnato region.\n")]
    assert "Bay of Plenty" in names
