"""Names in a wire's all-caps headline, and the body's evidence that proves them: a pair
the body writes twice, an acronym it defines in brackets, the source a headline ends on
after a dash; firms of two partners, one of them named like a town; "the Bank", the
capitalised short name of the one bank an article names in full; a firm's initials joined
by a slash or "and"."""
from __future__ import annotations

from test_country_forms import extract


def test_a_sentences_everyday_first_word_stays_in_a_name_the_body_writes_twice() -> None:
    mentions = extract("UNITED QUELLSEN SELLS PLANT STAKE\n\n"
                       "United Quellsen, a Texas partnership, sold its stake on Monday.\n\n"
                       "United Quellsen said the sale was done.\n")
    assert mentions[0].text == "UNITED QUELLSEN"
    assert mentions[0].key == mentions[1].key == "united quellsen"


def test_a_sentences_everyday_first_word_written_once_stays_out() -> None:
    names = [m.text for m in extract("Markets\n\nFormer Quellsen officials met on Monday.\n")]
    assert names == ["Quellsen"]


def test_an_acronym_defined_in_brackets_names_the_headline_that_shouts_it_first() -> None:
    mentions = extract("QVCO BUYS 5,000 TONNES FOR BUFFER STOCK\n\n"
                       "The International Varn Council (QVCO) buffer stock manager bought 5,000 tonnes today.\n")
    assert [m.text for m in mentions] == ["QVCO", "International Varn Council", "QVCO"]
    assert len({m.key for m in mentions}) == 1


def test_the_source_a_headline_ends_on_after_a_dash_is_a_name_but_not_an_everyday_word() -> None:
    sourced = extract("VARNLAND WHEAT RATED GOOD - QSDA\n\nWheat was rated good this week, officials said.\n")
    assert "QSDA" in [m.text for m in sourced]
    for headline in ("VARNLAND WHEAT PRICES SEEN FIRM - TRADERS",
                     "ECONOMIC SPOTLIGHT - VARNLAND EYEING FOREIGN STOCKS"):
        names = [m.text for m in extract(f"{headline}\n\nWheat was rated good this week, officials said.\n")]
        assert "TRADERS" not in names and "EYEING" not in names, headline


def test_an_acronym_and_a_country_in_a_headline_are_two_names() -> None:
    mentions = extract("QUELLMAN REJECTS IMF BRAZIL PLAN\n\nThe minister rejected a suggestion that his "
                       "country seek International Monetary Fund (IMF) help, Quellman said.\n")
    assert [m.text for m in mentions][:3] == ["QUELLMAN", "IMF", "BRAZIL"]
    assert mentions[1].key == "international monetary fund"


def test_a_partner_named_like_a_small_town_is_still_a_partner_of_the_firm() -> None:
    names = [m.text for m in extract("Quellco Corp signed a pact with Varnell and Rogers Inc, a unit of "
                                     "Tessel Corp.")]
    assert names == ["Quellco Corp", "Varnell and Rogers Inc", "Tessel Corp"]


def test_the_bank_capitalised_is_the_one_bank_the_article_names_in_full() -> None:
    mentions = extract("Rates\n\nThe Bank of Varnland raised its rate. The Bank said prices rose, and "
                       "traders expected the Bank to act again.\n")
    assert [(m.text, m.key) for m in mentions] == [("Bank of Varnland", "bank of varnland"),
                                                   ("Bank", "bank of varnland"), ("Bank", "bank of varnland")]


def test_the_bank_is_no_name_where_the_article_names_two_banks_or_none() -> None:
    two = extract("Rates\n\nThe Bank of Varnland and the Quell Savings Bank met. The Bank said rates rose.\n")
    assert "Bank" not in [m.text for m in two]
    assert extract("Rates\n\nThe Bank said rates rose.\n") == []


def test_the_bank_before_a_second_bank_is_named_is_the_first() -> None:
    mentions = extract("Rates\n\nThe Reserve Bank of Varnland raised its rate. The Bank said prices rose. An "
                       "economist at the Quell Savings Bank said the Bank may act again.\n")
    banks = [(m.text, m.key) for m in mentions if m.text == "Bank"]
    assert banks == [("Bank", "reserve bank of varnland")]   # the second "the Bank" could be either


def test_a_conjunction_a_wire_capitalises_after_an_abbreviations_stop_joins_no_name() -> None:
    names = [(m.text, m.type) for m in extract("Trade\n\nConditions in the U.S. And Japan differ, and the "
                                               "U.K. Or Varnland may follow.\n")]
    assert names[:3] == [("U.S.", "PLACE"), ("Japan", "PLACE"), ("U.K.", "PLACE")]


def test_initials_joined_by_a_slash_or_and_are_the_firm_they_spell() -> None:
    mentions = extract("QUELLCO DEBT CUT BY V/Q\n\nVarnell and Quist Corp said it cut Quellco's debt. V/Q said "
                       "sales were weak; V and Q rates 40 firms. Figures were N/A for Tessel A/S.\n")
    keys = {(m.text, m.key) for m in mentions if m.text in ("V/Q", "V and Q", "N/A", "A/S")}
    assert keys == {("V/Q", "varnell and quist corp"), ("V and Q", "varnell and quist corp")}


def test_the_words_before_a_ticker_in_a_headline_are_one_company() -> None:
    # (an earnings table has no body to prove the name by)
    mentions = extract("QUELLSEN CARE ASSOCIATES <QCA> 4TH QTR NET\n\nShr four cts vs two cts\n")
    assert [(m.text, m.type) for m in mentions] == [("QUELLSEN CARE ASSOCIATES", "ORG")]


def test_a_headlines_verb_or_link_before_a_ticker_ends_the_company_there() -> None:
    for headline, name in [("VARNCO LIFTS QUELLSEN WORLD <QWP> STAKE TO 8.1 PCT", "QUELLSEN WORLD"),
                           ("FUND MAY DOWNGRADE QUELLSEN TRUCKS <QTR>", "QUELLSEN TRUCKS"),
                           ("VARNCO HAS 9 PCT OF QUELLSEN TRAFFIC <QTF>", "QUELLSEN TRAFFIC"),
                           ("BANK OF QUELLSEN <BQL> 1ST QTR NET", "BANK OF QUELLSEN")]:
        names = [m.text for m in extract(headline + "\n\nShr 1.0 vs 0.9\n")]
        assert name in names, (headline, names)


def test_the_company_the_body_names_is_the_headlines_name_before_its_ticker() -> None:
    mentions = extract("TRADERS REVIVE QUELLSEN MOTORS <QMO> PLAN\n\nQuellsen Motors Corp said it would go on.\n")
    assert [m.text for m in mentions] == ["QUELLSEN MOTORS", "Quellsen Motors Corp"]
    assert mentions[0].key == mentions[1].key


def test_a_headline_verb_the_list_lacks_is_left_out_where_the_body_names_the_company_by_its_last_word() -> None:
    for headline, name in [("INVESTMENT FIRMS CUT QUELLSEN <QSN> STAKE", "QUELLSEN"),
                           ("VARN PANEL BACKS QUELLSEN <QSN> DRUG", "QUELLSEN")]:
        mentions = extract(headline + "\n\nSeveral firms lowered their stake in Quellsen Corp, they said.\n")
        assert mentions[0].text == name, (headline, [m.text for m in mentions])
        assert mentions[0].key == mentions[-1].key
    # (not where "and" or a possessive joins the words: the body names the whole firm)
    joined = extract("QUELLSEN AND VARNE <QAV> SEES PROFIT\n\nQuellsen and Varne Publishers Inc said it would gain.\n")
    assert joined[0].text == "QUELLSEN AND VARNE"


def test_a_capitalised_label_opening_its_line_before_a_colon_is_no_name() -> None:
    text = "QUELLSEN CORP <QSN> YEAR NET\n\nShr 1.58 dlrs vs 92 cts\n\nNOTES: Share results after preferred dividends\n"
    assert "NOTES" not in [m.text for m in extract(text)]
