"""Builds data/related_pairs_news5.json: a fifth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 4
(related_pairs_news4.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all four
earlier sets (related_pairs_news.json to related_pairs_news4.json) excluded, and
SEED below. Of the 28 paraphrase pairs (at most three words rarer than 300
passages of the news file shared, checked by script), eleven share one such word
or none, the others two or three.

    python tests/data/build_related_news5.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json" for n in ("", "2", "3", "4")]
OUT = HERE / "related_pairs_news5.json"
SEED = 15

# (article A, passage, article B, passage, paraphrase, why)
PAIRS5 = [
    # San Miguel shares
    ("reuters-12443", 14, "reuters-14921", 11, False, "Aquino's arbitration panel to report on ownership by 15 April"),
    ("reuters-12443", 4, "reuters-14921", 18, False, "PCGG sequestration aborted the buyback; shares suspected Cojuangco's, a Marcos associate"),
    ("reuters-12443", 2, "reuters-14921", 7, False, "buyback at 126 pesos a share"),
    ("reuters-12443", 15, "reuters-14921", 9, False, "de los Angeles' complaint to the SEC against Soriano and other directors"),
    ("reuters-12443", 16, "reuters-14921", 10, False, "de los Angeles opposed assuming the Neptunia loan last December"),
    # Uganda coffee
    ("reuters-4785", 4, "reuters-8200", 8, False, "accident to the Kisumu-Jinja wagon ferry"),
    ("reuters-4785", 6, "reuters-8200", 9, False, "Museveni ordered coffee carried by rail, not road"),
    ("reuters-4785", 5, "reuters-8200", 4, True, "coffee export shipments delayed since January"),
    ("reuters-4785", 2, "reuters-8200", 5, False, "shortage of railway wagons"),
    # Peru rail sabotage
    ("reuters-3862", 1, "reuters-4431", 3, False, "Maoist guerrillas dynamited the line and derailed a train"),
    ("reuters-3862", 4, "reuters-4431", 4, False, "Minpeco: no force majeure declared"),
    # Italian treasury bills
    ("reuters-7351", 2, "reuters-9400", 3, False, "3,500 bln lire three-month bills at 9.87 pct"),
    ("reuters-7351", 4, "reuters-9400", 4, False, "9,500 bln six-month bills at 9.24 pct"),
    # US Gulf buildup
    ("reuters-19684", 6, "reuters-19882", 4, False, "Rafsanjani: US moving to the brink of armed encounter"),
    ("reuters-19684", 7, "reuters-19882", 6, False, "Gulf fleet from seven to 10 warships; Missouri outside Hormuz"),
    ("reuters-19684", 8, "reuters-19882", 7, False, "buildup tied to escorting reflagged Kuwaiti tankers"),
    # Santos and AGL bids for TMOC
    ("reuters-8100", 1, "reuters-13265", 3, True, "Santos offers 4.00 dlrs cash a share for TMOC"),
    ("reuters-8100", 2, "reuters-13265", 5, True, "Santos already held 1.91 mln shares (3.1 pct) of TMOC"),
    ("reuters-8100", 5, "reuters-13265", 10, False, "TMOC holds 43.75 pct of and operates Mereenie"),
    # Japan beef intervention prices
    ("reuters-5812", 6, "reuters-9754", 4, False, "wagyu standard price 1,400 yen a kilo, ceiling 1,820"),
    ("reuters-5812", 7, "reuters-9754", 5, False, "other beef standard 1,090 yen, ceiling 1,420"),
    ("reuters-5812", 1, "reuters-9754", 1, True, "beef intervention prices to be cut from April"),
    ("reuters-5812", 9, "reuters-9754", 7, True, "semi-government body imports most beef under the quota and releases it"),
    ("reuters-5812", 5, "reuters-9754", 6, False, "LIPC keeps the zone by buffer stock operations in the wholesale market"),
    # Bristol-Myers AIDS vaccine
    ("reuters-6544", 3, "reuters-9342", 5, False, "vaccine produced AIDS antibodies in mice and monkeys"),
    ("reuters-6320", 3, "reuters-6544", 4, False, "smallpox-AIDS hybrid virus immunizes against both"),
    # Harper and Row bids
    ("reuters-5286", 8, "reuters-8222", 5, True, "board indefinitely postponed the shareholder vote on the two-class recapitalisation"),
    ("reuters-5286", 1, "reuters-8222", 4, True, "board took no action on the two bids and formed a committee of independent directors"),
    ("reuters-5286", 4, "reuters-8222", 6, False, "Cross offered 34 dlrs a share, Harcourt 50 dlrs"),
    ("reuters-3991", 3, "reuters-8222", 6, False, "Cross, owner of six pct, bid 34 dlrs a share"),
    ("reuters-3991", 5, "reuters-5286", 6, True, "the board wants the company to stay independent"),
    # Swire and Cathay
    ("reuters-8595", 8, "reuters-9206", 6, False, "Cathay 1986 profit up to 1.23 bln dlrs from 777 mln"),
    ("reuters-8595", 9, "reuters-9206", 6, False, "Swire's Cathay stake cut from 70 to 54.25 pct, then to about 50.2"),
    # Adsteam rights issue
    ("reuters-4621", 1, "reuters-4626", 5, False, "one-for-five rights issue at 11.50 dlrs raises 228.5 mln"),
    ("reuters-4621", 3, "reuters-4626", 12, False, "equity-accounted half-year net up to 75.05 mln from 55.68"),
    # Statoil Veslefrikk contracts
    ("reuters-21018", 1, "reuters-21541", 1, False, "Statoil places 1.5 bln crowns of Veslefrikk development contracts"),
    ("reuters-21018", 2, "reuters-21541", 2, False, "Moss Rosenberg to convert West Vision to a floating production platform"),
    ("reuters-21018", 3, "reuters-21541", 3, True, "Aker Verdal to build the wellhead platform's steel jacket (substructure)"),
    # JAL 747-SR engine brace
    ("reuters-12816", 2, "reuters-13049", 5, False, "routine check found a snapped engine brace, metal fatigue"),
    ("reuters-12816", 1, "reuters-13049", 6, True, "JAL ordered its 747-SR fleet inspected"),
    ("reuters-12816", 4, "reuters-13049", 8, True, "the broken part went to Boeing for examination"),
    # Law lords rule on terror detainees (BBC)
    ("bbc-politics-040", 1, "bbc-politics-224", 1, False, "detaining foreign terror suspects without trial breaks human rights law"),
    ("bbc-politics-040", 3, "bbc-politics-224", 2, False, "law lords rule 8-1 for the detainees' appeals, a blow to anti-terror policy"),
    ("bbc-politics-040", 7, "bbc-politics-224", 6, False, "detainee A asks for release; nine law lords heard the case"),
    # China halts power projects (BBC)
    ("bbc-business-282", 4, "bbc-business-472", 3, False, "the government had encouraged new generating capacity against energy shortages"),
    ("bbc-business-282", 3, "bbc-business-472", 2, True, "Sepa: the projects skipped the required environmental impact assessments"),
    ("bbc-business-282", 4, "bbc-business-472", 4, False, "over half a million people relocated for the Three Gorges Dam"),
    # Child Support Agency (BBC)
    ("bbc-politics-116", 6, "bbc-politics-315", 6, False, "CSA chasing over 720m pounds owed, 947m deemed unrecoverable"),
    ("bbc-politics-116", 5, "bbc-politics-315", 5, False, "CSA controversial since its 1993 start enforcing child support"),
    # Qwest, Verizon and MCI (BBC)
    ("bbc-business-188", 4, "bbc-business-251", 3, False, "fifth billion-dollar telecoms deal since October; SBC buys AT&T for $16bn"),
    ("bbc-business-188", 4, "bbc-business-251", 4, False, "Ebbers on trial over an $11bn fraud at Worldcom"),
    ("bbc-business-188", 2, "bbc-business-251", 3, False, "buying MCI brings its global network and business subscribers"),
    # FECSA debt
    ("reuters-5834", 3, "reuters-6558", 8, False, "this year FECSA owes 60 bln pesetas interest and 30 bln principal"),
    ("reuters-5834", 4, "reuters-6558", 10, False, "Madrid bourse suspended FECSA shares on 6 February"),
    ("reuters-5834", 6, "reuters-6558", 11, True, "FECSA will ask creditors for lower interest rates and more time"),
    ("reuters-5834", 1, "reuters-6558", 6, True, "FECSA suspended repayment of principal on its debt"),
    # Nordbanken and Fermenta shares
    ("reuters-2652", 5, "reuters-4677", 6, False, "one of four Swedish banks advancing Fermenta 110 mln crowns"),
    ("reuters-2652", 3, "reuters-4677", 4, False, "Nordbanken expects to buy the shares back but may accept a suitable bid"),
    ("reuters-2652", 1, "reuters-4677", 2, False, "4.2 mln B free shares pledged as collateral by el-Sayed"),
    ("reuters-2652", 7, "reuters-4677", 5, True, "Nordbanken's 200 mln crown loan to el-Sayed"),
    # South Korea direct elections
    ("reuters-19495", 1, "reuters-19566", 1, True, "ruling party backs a direct presidential election"),
    ("reuters-19495", 11, "reuters-19566", 3, False, "amnesty for dissident Kim Dae-jung"),
    ("reuters-19495", 8, "reuters-19566", 3, False, "release of most political prisoners"),
    # Poehl's second term
    ("reuters-17249", 1, "reuters-17259", 2, False, "Spiegel: Kohl decided to keep Poehl for eight more years"),
    ("reuters-17249", 2, "reuters-17259", 3, False, "Poehl is SPD, so Kohl did not decide lightly"),
    # Baker and Stoltenberg meet in Frankfurt (October 1987)
    ("reuters-20500", 8, "reuters-20868", 2, True, "Baker's criticism of German policy sent the dollar down and raised doubts over the Louvre accord"),
    ("reuters-20500", 10, "reuters-20868", 3, True, "the meeting news lifted the dollar over two pfennigs in New York after hours"),
    ("reuters-20500", 5, "reuters-20868", 13, True, "the Bundesbank repeatedly added money market liquidity during the visit"),
    ("reuters-20500", 9, "reuters-20868", 8, True, "the Louvre accord: coordinated policies for currency stability"),
    ("reuters-20500", 3, "reuters-20868", 5, True, "Baker and Stoltenberg stand by the Louvre currency stability policies"),
    ("reuters-20500", 15, "reuters-20868", 15, False, "Keating: the Bundesbank has beaten a retreat"),
    # Dutch test case on the EC grain levy
    ("reuters-9907", 3, "reuters-16146", 3, False, "the levy ignores currency cross-rates, so a compounder can pay more than it received"),
    ("reuters-9907", 6, "reuters-16146", 6, False, "test firm chosen for a levy bill with grain of many origins"),
    ("reuters-9907", 9, "reuters-16146", 7, False, "FEFAC's own case on the levy in the Luxembourg court"),
    ("reuters-9907", 7, "reuters-16146", 2, True, "the Hague court is expected to refer questions to the Luxembourg court"),
    # First City Bancorporation
    ("reuters-7742", 5, "reuters-11752", 1, True, "First City lost a record 402 mln dlrs in 1986 and seeks capital or a merger partner"),
    ("reuters-7742", 9, "reuters-11752", 11, True, "energy loans of 1.4 bln dlrs, 14-15 pct of all loans"),
    # London currency market on 7 April
    ("reuters-13419", 11, "reuters-13564", 20, True, "fear of Bank of England intervention kept dealers from pushing sterling higher"),
    ("reuters-13419", 3, "reuters-13564", 3, True, "two new polls show the Conservatives widening their lead"),
    ("reuters-13419", 1, "reuters-13564", 8, True, "Far East selling of the dollar for yen beat sustained Bank of Japan intervention"),
    ("reuters-13419", 13, "reuters-13564", 10, True, "little expected from the meetings beyond a vaguely worded statement of shared goals"),
    ("reuters-13419", 16, "reuters-13564", 16, False, "LDP outline of a 5,000 bln yen supplementary budget"),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    "san miguel shares": ["reuters-12443", "reuters-14921"],
    "uganda coffee": ["reuters-4785", "reuters-8200"],
    "peru rail sabotage": ["reuters-3862", "reuters-4431"],
    "italian treasury bills": ["reuters-7351", "reuters-9400"],
    "us gulf buildup": ["reuters-19684", "reuters-19882"],
    "tmoc bids": ["reuters-8100", "reuters-13265"],
    "japan beef prices": ["reuters-5812", "reuters-9754"],
    "bristol-myers aids vaccine": ["reuters-6320", "reuters-6544", "reuters-9342"],
    "harper and row": ["reuters-3991", "reuters-5286", "reuters-8222"],
    "swire cathay": ["reuters-8595", "reuters-9206"],
    "adsteam rights issue": ["reuters-4621", "reuters-4626"],
    "veslefrikk contracts": ["reuters-21018", "reuters-21541"],
    "jal engine brace": ["reuters-12816", "reuters-13049"],
    "terror detainees ruling": ["bbc-politics-040", "bbc-politics-224"],
    "china power projects": ["bbc-business-282", "bbc-business-472"],
    "child support agency": ["bbc-politics-116", "bbc-politics-315"],
    "mci bids": ["bbc-business-188", "bbc-business-251"],
    "fecsa debt": ["reuters-5834", "reuters-6558"],
    "fermenta shares auction": ["reuters-2652", "reuters-4677"],
    "korea direct elections": ["reuters-19495", "reuters-19566"],
    "poehl term": ["reuters-17249", "reuters-17259"],
    "baker stoltenberg meeting": ["reuters-20500", "reuters-20868"],
    "dutch grain levy case": ["reuters-9907", "reuters-16146"],
    "first city": ["reuters-7742", "reuters-11752"],
    "london currencies 7 april": ["reuters-13419", "reuters-13564"],
}

# (article, passage, why): chosen after the corpus was fixed
NONE5 = [
    # from distractors
    ("bbc-business-340", 1, "Chavez offers China wide access to Venezuela's oil reserves"),
    ("bbc-entertainment-071", 1, "Spacey and Bosworth at the UK premiere of Beyond the Sea"),
    ("bbc-politics-279", 1, "Amnesty's chief: little outrage over the war on terror shows rights groups failed"),
    ("bbc-sport-402", 1, "Sydney to host a north v south hemisphere charity rugby match"),
    ("bbc-tech-041", 1, "T-Mobile launches a 3G 'pocket office' device with wi-fi"),
    ("bbc-tech-345", 1, "Open Water and Saw to come out for Sony's PSP"),
    ("reuters-10001", 1, "Amoco Fabrics to expand its carpet yarn plant by 55 pct"),
    ("reuters-10580", 1, "Salomon seeks a 75 mln dlr euro-CP programme backed by a revolving credit"),
    ("reuters-11751", 1, "Cominco sells its half of Canada Metal to the unit's management"),
    ("reuters-12269", 1, "Egypt may buy about 125,000 tonnes of US wheat flour under PL 480"),
    ("reuters-13452", 1, "ADB approves 75.7 mln dlrs of farm loans for Bangladesh and Nepal"),
    ("reuters-15131", 1, "Entourage to sell a solid perfume in a lipstick tube for 15 dlrs"),
    ("reuters-17145", 1, "a US corn cargo for the Soviet Union failed grade and was unloaded at Chicago"),
    ("reuters-17257", 1, "insects threaten a third of northern Vietnam's spring rice crop"),
    ("reuters-17383", 1, "Britain to ship 39,250 tonnes of feed wheat to China as food aid"),
    ("reuters-17771", 1, "Red River floods shut the Basin Pipeline"),
    ("reuters-18365", 1, "Matsushita, Mazda and Ford to make car air conditioners together"),
    ("reuters-5123", 1, "Saudi Arabia drops its demand for bank guarantees on oil for Brazil"),
    ("reuters-7890", 1, "Hunosa coal miners call a 72-hour strike over layoffs"),
    ("reuters-959", 1, "Daimler-Benz may lose 150 cars a day if works councils refuse overtime"),
    # from labelled articles
    ("reuters-12443", 9, "SMC to sell 14 mln B shares to Alan Bond at 150 pesos"),
    ("reuters-8200", 14, "Uganda's inflation, about 200 pct, outruns the coffee board's prices"),
    ("reuters-9754", 19, "Japan's beef import quota rises to 177,000 tonnes from 168,000"),
    ("reuters-21541", 8, "the Veslefrikk partners and their shares"),
    ("reuters-6558", 14, "a Chase-led 10 bln peseta loan to Hidruna likely postponed again"),
    ("reuters-11752", 9, "First City's two largest banks fell below the capital requirements"),
    ("reuters-9206", 7, "Cathay's load factor still holds at 70 pct"),
    ("reuters-19495", 9, "Kim Young-sam welcomes Roh's announcement, if belated"),
    ("reuters-20868", 20, "Baker left for Sweden and is to visit Denmark and Belgium"),
    ("reuters-4431", 2, "Cobriza could ship by road; it made about 40,600 tonnes of copper last year"),
    ("bbc-politics-315", 8, "Waterson amazed Smith is still in post; Johnson calls it a non-story"),
]


PROCEDURE5 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
              "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
              "read and labelled by hand, none of them from an article of the corpus of "
              "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json or "
              "related_pairs_news4.json; corpus = labelled articles + DISTRACTORS ids drawn with "
              "random.Random(seed).sample from the sorted ids neither labelled here nor in those four corpora; "
              "no-counterpart passages chosen afterwards from that corpus and checked against all of it; every "
              "entry is split test. Built by tests/data/build_related_news5.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS5, NONE5, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE5)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
