"""Builds data/related_pairs_own3.json: a held-out set of hand-labelled related-passage
pairs and no-counterpart passages on 22 articles we wrote ourselves (tests/data/own3/).

The public news file used for the related_pairs_news*.json sets is exhausted, so this set
is made of fictional but realistic English news text written for it by the project's
authors (no real living people, no real companies; big real places such as Lisbon,
London or Rotterdam appear only as settings). The repository holds the text itself.

Articles: 22 plain-text UTF-8 files, each "title line, blank line, paragraphs separated by
blank lines"; passage 0 is the title line, then one passage per blank-line-separated block.
17 articles report five fictional stories, each told by three or four outlets in clearly
different styles:

- corvane takeover (4): Corvane Foods buys Marrowdale Dairies for 1.2 billion euros -
  a terse wire report with figures, a business-page piece, the Ashcombe regional paper,
  a broadsheet analysis;
- kestrel star grounding (3): a ferry runs aground off Innish Vorran - wire, tabloid,
  the island's regional paper;
- karsovia rail tender (4): a transport minister resigns over a leaked tender - wire,
  broadsheet explainer, tabloid, a regional paper in Sarovo;
- lower brenning water (3): a cryptosporidium boil-water notice - regional paper, wire,
  popular paper;
- casa ferraz theft (3): a baroque still life stolen from a Lisbon museum - wire,
  broadsheet arts page, tabloid.

The outlets spell names differently (Tsankov / Tzankov / M. Tsankov, Vassileva / Vasileva,
Ines Carvalhal-Brito / Inês Carvalhal Brito, Tomasz R. Wielgosz / Mr Wielgosz), restate
numbers (1.2 billion / 1,200 million / EUR 1.2bn; 31 pct / almost a third; 40 pct /
two-fifths; 72 hours / three days; 250,000 euros / a quarter of a million), quote directly
in one and indirectly in another, order facts differently and often describe the same
fact in other words. 5 distractor articles share places, industries and vocabulary with
the stories (a dairy cooperative near Ashcombe, a new ferry terminal at Carrickmore, the
Karsovian budget, a boil-water notice in another town on another date, a Lisbon auction
record for another baroque still life) and report none of their facts.

Labels: 74 pairs of passages in different articles that report the same fact (all five
stories; no pair is listed in both directions), 38 of them paraphrases, and 43
no-counterpart passages (15 from distractors, 28 from story articles) whose fact no other
article of the set reports. Where a fact is reported in two passages of the other article
(often its title and its first paragraph), the row names the passage that reports it most
fully and its "why" says so; titles (passage 0) are never labelled. Passages with only a
partial overlap (for example a length of line without the contract) are left unlabelled.

Paraphrase: the same fact in other words. Checked by this script (own_related_sets.content_words):
lower-cased word and number tokens, English stop words and generic reporting words
dropped, possessive and plural -s stripped; every pair marked paraphrase shares at most two
such words (asserted at build time), and each was also read by hand to be the same fact.
Pairs sharing three or more are not marked paraphrase.

Held out: this set was written and labelled blind (no code of index/, tui/, benchmarks/
or tests/*.py read, corpus-tui and the scorers not run) and is made to be a held-out set:
nobody tunes on it before it is scored; every entry has split "test". Measure rarely.

This builder uses the standard library only. It (re)writes the labels file from the
tables below, computes the header counts, checks every passage index against the
articles' passage split and that every pair links two different articles.

    python tests/data/build_related_own3.py
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import own_related_sets  # noqa: E402

ARTICLES = HERE / "own3"
OUT = HERE / "related_pairs_own3.json"

ART = {
    "C1": "01_corvane_wire.txt",
    "C2": "02_corvane_business.txt",
    "C3": "03_corvane_regional.txt",
    "C4": "04_corvane_analysis.txt",
    "F5": "05_ferry_wire.txt",
    "F6": "06_ferry_tabloid.txt",
    "F7": "07_ferry_regional.txt",
    "K8": "08_karsovia_wire.txt",
    "K9": "09_karsovia_broadsheet.txt",
    "K10": "10_karsovia_tabloid.txt",
    "K11": "11_karsovia_regional.txt",
    "W12": "12_water_regional.txt",
    "W13": "13_water_wire.txt",
    "W14": "14_water_popular.txt",
    "M15": "15_museum_wire.txt",
    "M16": "16_museum_arts.txt",
    "M17": "17_museum_tabloid.txt",
    "D18": "18_greyfell_milk.txt",
    "D19": "19_carrickmore_terminal.txt",
    "D20": "20_karsovia_budget.txt",
    "D21": "21_hollin_cross_water.txt",
    "D22": "22_lisbon_auction.txt",
}

STORIES = {
    "corvane takeover": ["C1", "C2", "C3", "C4"],
    "kestrel star grounding": ["F5", "F6", "F7"],
    "karsovia rail tender": ["K8", "K9", "K10", "K11"],
    "lower brenning water": ["W12", "W13", "W14"],
    "casa ferraz theft": ["M15", "M16", "M17"],
}
DISTRACTORS = ["D18", "D19", "D20", "D21", "D22"]

# (article A, passage, article B, passage, paraphrase, why)
PAIRS = [
    # corvane takeover
    ("C1", 1, "C2", 1, False, "Corvane agrees to buy Marrowdale Dairies for 1.2 billion euros (C2's title names it too; passage 1 reports it fully)"),
    ("C1", 1, "C3", 2, False, "Marrowdale to be taken over by the Dutch Corvane Foods for 1,200 million euros"),
    ("C1", 1, "C4", 1, False, "Corvane agreed on Monday to pay 1.2 billion euros for Marrowdale Dairies"),
    ("C1", 2, "C2", 2, False, "14.80 euros a share in cash, 31 pct / almost a third above Friday's close"),
    ("C2", 2, "C3", 9, True, "shareholders get 14.80 euros (14 euros 80 cents) a share"),
    ("C1", 3, "C2", 3, True, "Marrowdale shares jump on the bid (27 pct at midday, 28pc at the close)"),
    ("C1", 4, "C2", 4, False, "60 million euros of annual cost savings within about three years"),
    ("C1", 4, "C4", 3, True, "the combination will save 60 / sixty million euros a year once merged"),
    ("C2", 4, "C4", 3, False, "Wielgosz promises 60 million euros a year of savings in purchasing and logistics/transport"),
    ("C1", 5, "C2", 6, False, "financed with cash and a 900 million euro bridge loan led by Halden Bank"),
    ("C1", 6, "C3", 3, False, "chief executive Ashgrove-Price urges shareholders to accept the offer"),
    ("C1", 7, "C3", 8, True, "needs competition clearance; completion early next year / first quarter"),
    ("C1", 7, "C2", 9, False, "competition review; closing in the first quarter (January to March) next year"),
    ("C1", 8, "C2", 8, False, "Marrowdale's 1.9 billion euros of revenue and its 2,300 supplying farms"),
    ("C3", 4, "C4", 4, False, "suppliers are guaranteed a minimum milk price for three years"),
    ("C3", 5, "C4", 5, True, "the Ashcombe farmers' association doubts the guarantee and fears lower milk prices later"),
    ("C2", 9, "C4", 6, False, "regulators may look at the combined share of butter sales, 22pc / nearly a quarter by an analyst's estimate"),
    ("C1", 9, "C2", 10, True, "Corvane's own shares fell about 2 pct"),
    # kestrel star grounding
    ("F5", 1, "F7", 1, False, "the Kestrel Star ran aground on the Gannet Shoal off Innish Vorran early on Saturday (F7's title names it too; passage 1 reports it fully)"),
    ("F5", 1, "F6", 2, False, "the ferry struck a shoal/sandbank near Innish Vorran before six in the morning (F6 passage 1 only evokes the impact; passage 2 names ship, place and time)"),
    ("F5", 2, "F6", 4, True, "everyone was taken off by rescue crews and local fishing boats in about three hours (F6 passage 2 gives only the number aboard; passage 4 reports the evacuation)"),
    ("F5", 2, "F7", 2, True, "lifeboats and local/island boats landed all passengers safely"),
    ("F6", 4, "F7", 2, True, "fishermen and rescue crews brought everyone ashore by mid-morning / nine o'clock"),
    ("F5", 3, "F6", 5, False, "nine taken to hospital; a crew member / deckhand broke a leg"),
    ("F5", 3, "F7", 7, True, "hospital treatment for minor injuries; a deckhand's broken leg"),
    ("F5", 5, "F6", 8, True, "fuel/diesel leaking into the sea near the ship"),
    ("F5", 5, "F7", 10, True, "a diesel sheen / thin slick seen near the grounded ferry"),
    ("F5", 6, "F7", 8, False, "Maritime Safety Board inspectors reach the island on Sunday"),
    ("F5", 6, "F6", 9, True, "investigators travel to the island"),
    ("F5", 8, "F7", 5, True, "Northway charters a replacement vessel from Monday"),
    ("F6", 7, "F7", 6, False, "Northway chief executive Moira Quennell apologises (quoted in F6, reported in F7)"),
    # karsovia rail tender
    ("K8", 1, "K9", 1, False, "Tsankov / Tzankov leaves the transport ministry on Thursday (K9 passage 4 quotes his resignation statement; passage 1 reports the departure)"),
    ("K8", 1, "K10", 1, False, "transport minister Tsankov quits after his staff leaked information to a bidder"),
    ("K8", 1, "K11", 2, False, "Tsankov resigned over a leak of tender information to the winning bidders"),
    ("K8", 2, "K9", 2, False, "the 2.4 billion (2,400 million) euro high-speed line contract awarded in August to Ostrel and Baumann"),
    ("K8", 2, "K10", 5, True, "the contract is worth 2.4 billion euros"),
    ("K8", 3, "K9", 3, False, "emails published by Otvoren show a ministry adviser sending the scoring/evaluation rules to a consortium manager before the deadline"),
    ("K8", 4, "K9", 5, False, "Prime Minister Vassileva / Vasileva suspends (freezes) the contract pending a review"),
    ("K8", 4, "K11", 1, True, "the government suspended / froze the rail deal (K11's title says so too; passage 1 reports it fully)"),
    ("K9", 5, "K11", 1, True, "the contract was frozen on Thursday"),
    ("K8", 5, "K10", 3, False, "adviser Kiril Bozhilov detained by prosecutors for 72 hours / three days"),
    ("K8", 6, "K9", 4, True, "Tsankov denies wrongdoing (K9 passage 4 gives his statement most fully)"),
    ("K9", 4, "K10", 2, False, "he has done nothing he is ashamed of but will not be a burden to the government (indirect in K9, quoted in K10)"),
    ("K8", 7, "K10", 6, False, "deputy Pavlina Oreshkova takes over as acting minister"),
    ("K8", 8, "K9", 9, True, "a (no-)confidence vote next week"),
    ("K10", 7, "K9", 9, True, "the opposition demands new (early) elections"),
    ("K8", 9, "K9", 7, True, "the EU pays about 40 pct / roughly two-fifths of the line"),
    ("K9", 6, "K11", 5, True, "the consortium says it followed the rules / acted lawfully"),
    # lower brenning water
    ("W12", 1, "W13", 1, False, "Brenvale Water tells 48,000 households in and around Lower Brenning to boil water after a cryptosporidium outbreak (W13's title names it too; passage 1 reports it fully)"),
    ("W12", 1, "W14", 2, False, "families in Lower Brenning told to boil their water (W14's title gives the 48,000 homes; passage 2 reports the notice)"),
    ("W12", 2, "W13", 2, False, "340 people ill, 17 in hospital"),
    ("W13", 2, "W14", 3, True, "hundreds ill / 340 cases; 17 in hospital"),
    ("W12", 3, "W13", 3, False, "an ultraviolet/UV unit failed after a power (electrical) surge (W13 passage 1 only names the works; passage 3 gives the failure)"),
    ("W13", 3, "W14", 4, True, "the UV unit failed after a power surge / the light machine conked out when the power spiked"),
    ("W12", 3, "W14", 4, True, "an ultraviolet disinfection unit stopped after a power surge"),
    ("W12", 6, "W13", 4, True, "the notice may last up to ten days"),
    ("W12", 7, "W13", 6, False, "a 60 pound credit on customers' bills"),
    ("W13", 6, "W14", 6, True, "customers get 60 pounds off their bills"),
    ("W12", 8, "W14", 5, False, "Dr Sorensen-Oyelaran: stay off school/work for 48 hours (two days) after symptoms stop"),
    ("W12", 5, "W14", 8, False, "bottled water at six sites including the leisure centre and the football ground"),
    ("W12", 9, "W13", 7, True, "the water regulator is investigating / has begun an inquiry"),
    # casa ferraz theft
    ("M15", 1, "M17", 2, False, "Oliveira Mendes's still life stolen from the Casa Ferraz on Sunday night (M17 passage 1 only evokes the theft; passage 2 names museum, night and painter)"),
    ("M15", 1, "M16", 1, False, "a painting disappeared from the Casa Ferraz on Sunday night"),
    ("M15", 2, "M16", 4, True, "the painting is insured (valued by underwriters) at 8 million euros"),
    ("M15", 2, "M17", 1, True, "the stolen picture is worth 8 million euros (M17's title says so too; passage 1 reports it fully)"),
    ("M15", 3, "M16", 6, True, "the thieves climbed the scaffolding and entered through a roof skylight"),
    ("M15", 3, "M17", 3, True, "up the builders' scaffolding and in through a skylight"),
    ("M16", 6, "M17", 3, True, "a climb up the builders' scaffolding and a way in through the roof glass"),
    ("M15", 4, "M16", 5, False, "the alarm on the upper floor was off for the roof works, says director Carvalhal-Brito"),
    ("M15", 4, "M17", 4, True, "the alarms were switched off because of the building work"),
    ("M15", 5, "M16", 8, True, "a reward of 250,000 euros / a quarter of a million"),
    ("M15", 5, "M17", 6, True, "the owners offer a 250,000 euro reward"),
    ("M15", 6, "M17", 5, True, "police study footage from 14 / more than a dozen cameras"),
    ("M15", 7, "M17", 8, True, "the museum is closed"),
]

# (article, passage, why): facts no other article of the set reports
NONE = [
    # from distractors
    ("D18", 1, "Greyfell Milk pays its members 1.5 cents a litre more from April"),
    ("D18", 3, "Greyfell's chair credits export demand for hard cheese"),
    ("D18", 5, "a 45 million euro cheese plant at Thornby"),
    ("D19", 1, "an 18 million pound ferry terminal opens at Carrickmore"),
    ("D19", 4, "Northway adds a fourth daily summer round trip to Innish Vorran"),
    ("D19", 6, "islanders call for a second vessel; about 1,400 residents"),
    ("D20", 1, "the Karsovian parliament passes next year's budget with 5.6 billion euros for infrastructure"),
    ("D20", 2, "the budget deficit held at 3.1 pct of GDP"),
    ("D20", 4, "the Civic Union voted against the budget"),
    ("D21", 1, "the Hollin Cross boil-water notice for 9,500 homes is lifted after E. coli"),
    ("D21", 3, "a 1930s cast-iron main burst under Kiln Road"),
    ("D21", 6, "Ashby Vale Water pays 30 pounds and replaces 2.4 km of pipe"),
    ("D22", 1, "a Barradas still life sells for a record 3.4 million euros"),
    ("D22", 4, "the previous record of 1.9 million euros, set in Madrid"),
    ("D22", 7, "the buyer will lend the painting to the national museum of ancient art"),
    # from story articles
    ("C1", 10, "the advisers to Corvane and Marrowdale"),
    ("C2", 5, "an analyst calls the price full but defensible, about nine times operating profit"),
    ("C2", 7, "Corvane's net debt rises to about 2.8 times EBITDA"),
    ("C3", 1, "the 640 creamery jobs are promised for at least five years"),
    ("C3", 6, "a county councillor seeks a meeting with Corvane's managers"),
    ("C3", 7, "the creamery is the largest private employer, with 48 tankers"),
    ("C4", 7, "the ten biggest European processors handle about 55 percent of milk"),
    ("F5", 7, "the 1998-built ferry passed its last inspection in March"),
    ("F5", 9, "the ferry left Carrickmore at 0415"),
    ("F6", 3, "a honeymoon couple's account"),
    ("F6", 6, "the skipper is said to be devastated"),
    ("F7", 3, "the island shop runs out of bread and milk"),
    ("F7", 4, "the island council asks for helicopter supplies"),
    ("F7", 9, "the shoal has claimed four vessels since 1900"),
    ("K9", 8, "the prime minister's coalition holds 124 of 240 seats"),
    ("K10", 4, "3,000 protesters outside the ministry"),
    ("K11", 3, "Sarovo's mayor will send a delegation to the capital"),
    ("K11", 4, "the line would bring 4,000 construction jobs to the region"),
    ("K11", 6, "work at the future Sarovo station site has stopped"),
    ("W12", 4, "the council leader says residents learned of the notice from social media"),
    ("W13", 5, "shares in Brenvale Holdings fell 4.1 pct"),
    ("W13", 8, "Brenvale supplies 1.3 million customers"),
    ("W14", 1, "a mother spent two nights with her sick toddler"),
    ("W14", 7, "the toddler is recovering"),
    ("M15", 8, "the first theft from the museum since 1961"),
    ("M16", 2, "Oliveira Mendes painted fewer than thirty still lifes; six survive"),
    ("M16", 7, "specialists think it was stolen to order or as collateral"),
    ("M17", 7, "a security expert calls scaffolding a burglar's staircase"),
]

SOURCE = "tests/data/own3/ (22 fictional articles written by the project's authors; the text is in the repository)"
PROCEDURE = (
    "written and labelled blind (no index/, tui/, benchmarks/ or tests/*.py code read; corpus-tui, "
    "pytest and the scorers not run): five fictional stories told by three or four outlets each, "
    "five distractors on neighbouring subjects; pairs and no-counterpart passages labelled by hand; "
    "paraphrase = same fact sharing at most two content words (checked by this builder). "
    "Built by tests/data/build_related_own3.py."
)


def build() -> dict:
    return own_related_sets.build(ARTICLES, ART, STORIES, DISTRACTORS, PAIRS, NONE, SOURCE, PROCEDURE)


if __name__ == "__main__":
    own_related_sets.write(OUT, build())
