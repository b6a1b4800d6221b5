"""Titles of works in running text: after a word that says a work follows ("the new
comedy", "her album", "starring in"), a title that keeps its small words in lower case is
one name of a work, wherever the article writes it again; after a word that names the kind
outright ("his last album,", "the movie"), so is a title of capitalised words alone."""
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


def test_capitalised_words_after_a_works_kind_are_a_title_too() -> None:
    for sentence, title in [
        ("His last album, Genius Varns Company, sold well.", "Genius Varns Company"),
        ("The family musical Mary Quellins opened in London.", "Mary Quellins"),
        ("His first film was the movie A Little Quell in 1995. A Little Quell tells a story.", "A Little Quell"),
        ("Next came the song See It In A Varn's Eyes, written for her.", "See It In A Varn's Eyes"),
    ]:
        assert (title, "OTHER") in [(m.text, m.type) for m in extract(f"Arts\n\n{sentence}\n")], sentence


def test_a_name_after_a_works_kind_is_left_to_the_rules_where_it_is_no_title() -> None:
    for sentence, name in [
        ("In the film, Tony Quist plays a spy.", "Tony Quist"),            # the comma ends the cue
        ("The Varners was named best musical, Ann Quist won best actress.", "Ann Quist"),   # an award, no work
        ("It was the top film, Ice Quell's road comedy, that won.", "Ice Quell"),    # a possessive
    ]:
        assert (name, "OTHER") not in [(m.text, m.type) for m in extract(f"Arts\n\n{sentence}\n")], sentence


def test_a_title_is_not_marked_inside_a_longer_name() -> None:
    names = [m.text for m in extract("Arts\n\nThey release an album, Realise And Varn, in March. The group "
                                     "Raw T stands for Realise And Varn Talent.\n")]
    assert "Realise And Varn Talent" in names and names.count("Realise And Varn") == 1


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
