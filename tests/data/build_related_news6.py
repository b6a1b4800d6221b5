"""Builds data/related_pairs_news6.json: a sixth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 5
(related_pairs_news5.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all five
earlier sets (related_pairs_news.json to related_pairs_news5.json) excluded, and
SEED below. Of the 38 paraphrase pairs (at most three words rarer than 300
passages of the news file shared, checked by script), eighteen share one such
word or none, the others two or three.

    python tests/data/build_related_news6.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json" for n in ("", "2", "3", "4", "5")]
OUT = HERE / "related_pairs_news6.json"
SEED = 16

# (article A, passage, article B, passage, paraphrase, why)
PAIRS6 = [
    # Japan telecom merger and Cable and Wireless
    ("reuters-6428", 4, "reuters-16747", 2, False, "IDC set up to compete with KDD's monopoly"),
    ("reuters-6428", 7, "reuters-16747", 3, False, "Cable and Wireless holds 20 pct of IDC"),
    ("reuters-6428", 6, "reuters-11889", 9, True, "Watanabe's plan: under three pct for the foreign firms, five pct at most for any holder"),
    ("reuters-7765", 2, "reuters-11889", 9, True, "C and W to get only three pct of the merged firm"),
    ("reuters-11889", 9, "reuters-12454", 6, True, "reported offer to C and W raised from three to five pct"),
    ("reuters-12409", 9, "reuters-12454", 6, True, "five pct reported offer against the originally proposed three pct"),
    ("reuters-12409", 3, "reuters-12454", 5, True, "core companies to hold equal stakes, the percentages left to them"),
    ("reuters-12409", 1, "reuters-16747", 4, True, "C and W to be a core company of the new firm"),
    ("reuters-7765", 7, "reuters-12409", 7, True, "the ministry wants just one competitor to KDD"),
    ("reuters-12454", 5, "reuters-16747", 5, True, "Britain treats the issue as a test case"),
    ("reuters-7765", 3, "reuters-11889", 4, False, "Watanabe's merger plan has the ministry's tacit backing"),
    ("reuters-11889", 1, "reuters-12025", 8, False, "Japan again says it will not bow to pressure to give foreign firms a bigger role"),
    ("reuters-12025", 6, "reuters-16747", 5, True, "Britain regards the Cable and Wireless issue as a test case"),
    ("reuters-12025", 18, "reuters-12409", 14, True, "Britain could revoke the licences of Japanese financial firms in London"),
    # Argentine rains and crop estimates
    ("reuters-1582", 8, "reuters-9521", 13, False, "maize area 3.58-3.78 mln hectares, two to seven pct below 1985/86"),
    ("reuters-1582", 11, "reuters-12160", 13, False, "sunflower area two to 2.2 mln hectares, down from 3.14 mln"),
    ("reuters-3981", 13, "reuters-9521", 19, False, "sunflower crop estimate 2.3-2.6 mln tonnes against the record 4.1"),
    ("reuters-3981", 18, "reuters-9521", 22, False, "sorghum estimate steady at 3.2-3.5 mln tonnes"),
    ("reuters-9521", 21, "reuters-12160", 19, False, "sorghum area 1.23-1.30 mln hectares"),
    ("reuters-1582", 17, "reuters-9521", 7, False, "record soybean area 3.7-3.8 mln hectares"),
    ("reuters-9521", 1, "reuters-12160", 25, True, "the soybean harvest starts in mid-April"),
    ("reuters-9521", 6, "reuters-12160", 24, True, "dry, hot weather earlier in the season left empty soybean pods"),
    # Geodome's Sunbeam mine
    ("reuters-7629", 1, "reuters-7823", 1, False, "Geodome to go ahead with construction and pre-production stripping at Sunbeam"),
    ("reuters-7629", 5, "reuters-7823", 2, False, "new ore zone: eight of nine holes average 0.046 oz gold, 2.1 oz silver"),
    ("reuters-7629", 3, "reuters-7823", 6, False, "gold output 50,000 oz a year in the first three years"),
    ("reuters-7629", 6, "reuters-7823", 7, False, "operating costs 201 dlrs an ounce over the mine life, 171 in the first three years"),
    # Sudan's debt
    ("reuters-6618", 7, "reuters-8796", 15, False, "annual debt liability near 900 mln dlrs, only 200 mln set aside"),
    ("reuters-6618", 6, "reuters-8796", 4, False, "arrears to the IMF, which declared Sudan ineligible for fresh loans"),
    ("reuters-6618", 2, "reuters-8796", 4, True, "Sudan's foreign debt is 10.6 billion dlrs"),
    ("reuters-6618", 15, "reuters-8796", 10, True, "a four-year economic recovery plan is coming"),
    # Suralco and Billiton in Surinam
    ("reuters-6189", 5, "reuters-6546", 1, True, "the Paranam refinery has reopened"),
    ("reuters-5868", 5, "reuters-6546", 6, False, "the Moengo bauxite mine is shut"),
    ("reuters-5868", 5, "reuters-6189", 4, True, "rebels cut the power lines from the Afobaka dam"),
    ("reuters-5868", 5, "reuters-6546", 4, True, "rebels cut the main power line"),
    ("reuters-5868", 2, "reuters-6546", 2, False, "Billiton is wholly owned by Royal Dutch Shell"),
    # Noranda's Brunswick mine contract
    ("reuters-18411", 3, "reuters-19431", 1, True, "the mineworkers vote on the contract on Monday 22 June"),
    ("reuters-18411", 3, "reuters-19431", 3, False, "mine contract expires 1 July, smelter's 21 July"),
    ("reuters-18411", 4, "reuters-19431", 4, False, "Brunswick's 1986 zinc and lead output and recovery rates"),
    # Bolivian miners' strike
    ("reuters-6934", 3, "reuters-7533", 3, True, "government: the strike is timed to Weizsaecker's four-day visit"),
    ("reuters-6934", 5, "reuters-7533", 5, False, "about 20,000 miners, two-thirds of the workforce, laid off after the tin price collapse"),
    # Venalum credit
    ("reuters-17870", 3, "reuters-18356", 2, False, "KfW to sign a 100 mln mark credit for Venalum"),
    # US strike on Iranian oil platforms
    ("reuters-21443", 1, "reuters-21475", 2, True, "US forces attacked two Iranian offshore oil platforms"),
    ("reuters-21443", 3, "reuters-21475", 3, False, "Sassan, Rostam and Rakhsh attacked at 0300 GMT Monday"),
    # BP Grangemouth refinery
    ("reuters-8160", 1, "reuters-13633", 1, False, "Grangemouth shut after the explosion and fire in the hydrocracker"),
    ("reuters-8160", 3, "reuters-13633", 4, False, "the 32,000 bpd hydrocracker badly damaged, out for months"),
    ("reuters-8160", 5, "reuters-13633", 5, False, "the hydrocracker was not operating when the accident happened"),
    ("reuters-8160", 6, "reuters-13633", 2, False, "North Side overhaul since the end of January"),
    ("reuters-8160", 8, "reuters-13633", 6, False, "two killed in an earlier explosion on 13 March"),
    # JAL 1985 crash report
    ("reuters-13249", 2, "reuters-15073", 2, False, "the 747 hit a mountain; four survived"),
    ("reuters-13249", 5, "reuters-15073", 4, False, "draft report sent to the NTSB, release in late May"),
    ("reuters-13249", 3, "reuters-15073", 5, False, "Boeing: no comment until the report is out"),
    ("reuters-13249", 8, "reuters-15073", 6, True, "Boeing's 1985 statement did not link the faulty repairs to the crash"),
    ("reuters-13249", 9, "reuters-15073", 1, True, "the draft report blames Boeing's faulty repairs for the crash"),
    ("reuters-13249", 13, "reuters-15073", 3, True, "the report also faults the Japanese inspectors who passed the repairs"),
    # PDVSA buys half of Champlin's refinery
    ("reuters-3906", 7, "reuters-5116", 4, True, "PDVSA pays 33 mln dlrs cash plus 60 mln in oil"),
    ("reuters-3906", 1, "reuters-5116", 1, False, "PDVSA to buy half of the Corpus Christi refinery"),
    ("reuters-5116", 9, "reuters-6125", 8, True, "the refinery can run 110,000 bpd of Venezuelan heavy crude"),
    # Royal Ordnance sale
    ("reuters-12460", 3, "reuters-12605", 2, False, "British Aerospace and GKN bid for Royal Ordnance"),
    # Yukos and the Yugansk auction (BBC)
    ("bbc-business-314", 6, "bbc-business-318", 5, False, "Baikal may not pay within the two weeks, giving Gazprom time to find the money"),
    ("bbc-business-314", 6, "bbc-business-318", 4, True, "Gazprom denies being behind Baikal"),
    ("bbc-business-314", 2, "bbc-business-318", 2, False, "Baikal paid 260.75bn roubles ($9.4bn) for Yuganskneftegas"),
    ("bbc-business-314", 7, "bbc-business-318", 5, False, "Yukos says it is punished for Khodorkovsky's politics; he is jailed on separate fraud charges"),
    ("bbc-business-025", 5, "bbc-business-192", 2, False, "Yukos: a US court may declare it bankrupt as it has local bank accounts"),
    ("bbc-business-025", 4, "bbc-business-192", 3, False, "Yugansk sold for $9.4bn over a $27.5bn tax bill, the buyer taken over by Rosneft"),
    # Brazil's trade surplus
    ("reuters-5692", 4, "reuters-17180", 6, False, "Fendt: the eight billion dlr 1987 surplus target should be met"),
    ("reuters-5692", 2, "reuters-17180", 3, True, "February exports 1.53 billion dlrs"),
    ("reuters-5692", 6, "reuters-17180", 4, True, "February imports 1.27 billion dlrs"),
    ("reuters-5692", 3, "reuters-17180", 5, True, "February coffee earnings 110 mln dlrs"),
    # Ivory Coast cocoa weather
    ("reuters-18397", 1, "reuters-19570", 2, True, "trade: good rain in the coming weeks could still undo the dry spell for the main crop"),
    # Shultz in Moscow
    ("reuters-16218", 2, "reuters-16550", 2, False, "Shultz flew in from Helsinki and went straight into a closed-door meeting"),
    ("reuters-16218", 3, "reuters-16550", 3, False, "US arms advisers told not to discuss the proposals with the press"),
    ("reuters-16218", 4, "reuters-16550", 5, False, "US officials optimistic; talks end Wednesday"),
    # Iraq war legal advice (BBC)
    ("bbc-politics-184", 4, "bbc-politics-324", 3, False, "the government will not publish the advice: such papers are kept confidential"),
    ("bbc-politics-184", 5, "bbc-politics-324", 4, False, "Sands: Goldsmith warned Blair on 7 March 2003 the war could be illegal without a second resolution"),
    ("bbc-politics-184", 7, "bbc-politics-324", 7, False, "Goldsmith: his 17 March answer was his own view, not written at Number 10"),
    ("bbc-politics-184", 3, "bbc-politics-324", 2, False, "Goldsmith denies being leaned on"),
    # First day of the hunting ban (BBC)
    ("bbc-politics-137", 2, "bbc-politics-152", 3, False, "exercising hounds, trail hunting and flushing foxes to guns stay legal"),
    ("bbc-politics-137", 5, "bbc-politics-152", 4, False, "anti-hunt groups sent 100 monitors"),
    ("bbc-politics-137", 4, "bbc-politics-152", 2, True, "some 270 hunts went out on the Saturday"),
    ("bbc-politics-137", 3, "bbc-politics-152", 5, False, "the Wiltshire four, bailed, may face poaching charges"),
    # Firefox 1.0 (BBC)
    ("bbc-tech-138", 4, "bbc-tech-196", 4, False, "WebSideStory: IE down to 92.9% of users in October from about 95%"),
    ("bbc-tech-138", 3, "bbc-tech-196", 2, False, "Firefox comes from the Mozilla Foundation, set up by Netscape in 1998"),
    ("bbc-tech-138", 5, "bbc-tech-196", 3, False, "supporters raised $250,000 for a New York Times advert"),
    # Andrea Arnold's Oscar (BBC)
    ("bbc-entertainment-369", 5, "bbc-entertainment-371", 3, False, "Wasp has won over 30 awards, one at Sundance"),
    ("bbc-entertainment-369", 3, "bbc-entertainment-371", 3, False, "Wasp: a mother with no babysitter for her four daughters goes on a date"),
    ("bbc-entertainment-369", 1, "bbc-entertainment-371", 3, False, "Arnold beat fellow British nominees Kumar and McKendry"),
    # Bids for the LSE (BBC)
    ("bbc-business-392", 3, "bbc-business-421", 2, True, "the LSE rejected Deutsche Boerse's 1.3bn pound offer"),
    ("bbc-business-392", 4, "bbc-business-421", 2, True, "Euronext says its bid would be all cash"),
    ("bbc-business-392", 5, "bbc-business-421", 3, False, "Deutsche Boerse's Clearstream ownership is a stumbling block"),
    ("bbc-business-392", 1, "bbc-business-421", 2, False, "the German bid may rise to 1.5bn pounds"),
    # Equitable Savings closed
    ("reuters-10783", 1, "reuters-10953", 4, True, "the thrift was closed because it was insolvent"),
    ("reuters-10783", 3, "reuters-10953", 3, False, "Equitable's offices reopen as Empire branches"),
    ("reuters-10783", 2, "reuters-10953", 1, False, "insured deposits moved to Empire of America's Woodland Hills unit"),
    # AZT (Retrovir) approval
    ("reuters-7753", 14, "reuters-8384", 6, True, "supplies for 30,000 patients by the end of the year"),
    ("reuters-7753", 2, "reuters-8384", 3, False, "Burroughs Wellcome is the US arm of Wellcome Plc"),
    ("reuters-7753", 7, "reuters-8384", 5, False, "Retrovir is no cure but prolongs the lives of some AIDS and ARC patients"),
    # Lawson's sterling remarks
    ("reuters-12447", 4, "reuters-12673", 7, True, "Lawson wants sterling to stay about where it is"),
    ("reuters-12447", 5, "reuters-12673", 12, True, "the Paris accord is widely thought to hold exchange rate targets no one has named"),
    ("reuters-12447", 11, "reuters-12673", 16, False, "Brett: it would be insane to pinpoint a rate ahead of an election"),
    ("reuters-12447", 16, "reuters-12673", 15, True, "2.90 marks seen as the centre of a range of about 20 pfennigs"),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    "japan telecom merger": ["reuters-6428", "reuters-7765", "reuters-11889", "reuters-12025", "reuters-12409",
                             "reuters-12454", "reuters-16747"],
    "argentine rains": ["reuters-1582", "reuters-3981", "reuters-9521", "reuters-12160"],
    "geodome sunbeam mine": ["reuters-7629", "reuters-7823"],
    "sudan debt": ["reuters-6618", "reuters-8796"],
    "suralco surinam": ["reuters-5868", "reuters-6189", "reuters-6546"],
    "noranda brunswick contract": ["reuters-18411", "reuters-19431"],
    "bolivian miners strike": ["reuters-6934", "reuters-7533"],
    "venalum credit": ["reuters-17870", "reuters-18356"],
    "iranian oil platforms attacked": ["reuters-21443", "reuters-21475"],
    "grangemouth explosion": ["reuters-8160", "reuters-13633"],
    "jal crash report": ["reuters-13249", "reuters-15073"],
    "pdvsa champlin": ["reuters-3906", "reuters-5116", "reuters-6125"],
    "royal ordnance sale": ["reuters-12460", "reuters-12605"],
    "yukos yugansk": ["bbc-business-025", "bbc-business-192", "bbc-business-314", "bbc-business-318"],
    "brazil trade surplus": ["reuters-5692", "reuters-17180"],
    "ivory coast cocoa weather": ["reuters-18397", "reuters-19570"],
    "shultz in moscow": ["reuters-16218", "reuters-16550"],
    "iraq legal advice": ["bbc-politics-184", "bbc-politics-324"],
    "hunting ban first day": ["bbc-politics-137", "bbc-politics-152"],
    "firefox 1.0": ["bbc-tech-138", "bbc-tech-196"],
    "arnold oscar": ["bbc-entertainment-369", "bbc-entertainment-371"],
    "lse bids": ["bbc-business-392", "bbc-business-421"],
    "equitable savings closed": ["reuters-10783", "reuters-10953"],
    "azt approval": ["reuters-7753", "reuters-8384"],
    "lawson sterling remarks": ["reuters-12447", "reuters-12673"],
}

# (article, passage, why): chosen after the corpus was fixed
NONE6 = [
    # from distractors
    ("bbc-business-437", 1, "China will allow no new tobacco factories"),
    ("bbc-business-458", 1, "Parmalat's founder apologises to investors"),
    ("bbc-entertainment-147", 1, "Beastie Boys win the Pass the Mic sample case"),
    ("bbc-entertainment-260", 1, "Christina Aguilera to marry Jordan Bratman"),
    ("bbc-entertainment-327", 1, "Kidman wins a restraining order against two photographers"),
    ("bbc-politics-249", 1, "Blair will not join a TV debate with his rivals"),
    ("bbc-politics-410", 1, "Jonathan Sayeed to stand down on health grounds"),
    ("bbc-sport-397", 1, "Sculthorpe would like to succeed Farrell as Great Britain captain"),
    ("bbc-tech-194", 1, "Microsoft pilot swaps counterfeit Windows XP for legal copies"),
    ("bbc-tech-257", 1, "a worm spread through Google defaces web bulletin boards"),
    ("reuters-10772", 1, "Alitalia pilots start five days of industrial action"),
    ("reuters-12020", 1, "Montreal's Le Matin shuts for lack of financing"),
    ("reuters-12729", 1, "Soviet underground nuclear test reported by Tass"),
    ("reuters-12781", 1, "GEC wins a 2.5 mln stg robots order from the Soviet motor industry"),
    ("reuters-14140", 1, "Boeing Vertol proposes Westland build a third of future RAF Chinooks"),
    ("reuters-15798", 1, "foot and mouth in Matabeleland threatens Zimbabwe's EC beef exports"),
    ("reuters-16761", 1, "Bank of China buys three to five pct of BAII Holding"),
    ("reuters-17844", 1, "Gemayel names Hoss acting premier after Karami's assassination"),
    ("reuters-18043", 1, "South Africa says detentions without trial are down to 1,500"),
    ("reuters-18620", 1, "Arab Monetary Fund to lend Iraq 71.7 mln dlrs"),
    ("reuters-19969", 1, "NASA picks Lockheed for space station software"),
    ("reuters-3849", 1, "Ericsson's 7.5 mln dlr terminals order from the Bundespost"),
    ("reuters-4004", 1, "CDC: birth control pills protect against ovarian cancer"),
    ("reuters-677", 1, "Versatile to build a 320 mln dlr polar icebreaker"),
    # from labelled articles
    ("reuters-7753", 18, "AZT, from herring sperm, was made in the 1960s as an anticancer agent"),
    ("reuters-8384", 12, "80 mln dlrs spent on the drug's raw materials"),
    ("reuters-12605", 4, "fair trading advice due next week, sale done before Easter"),
    ("reuters-13249", 14, "police questioned four inspectors; one later killed himself"),
    ("reuters-8160", 4, "BP can draw on its other refineries, so no shortages"),
    ("reuters-6618", 13, "Khartoum seeks an interest freeze with commercial banks owed about two billion"),
    ("reuters-8796", 7, "black market dollar at 5.5 Sudanese pounds"),
    ("reuters-19570", 4, "record 1986/87 Ivorian cotton crop of 213,506 tonnes"),
    ("reuters-10953", 5, "seventh thrift closure this year, first liquidation in California"),
    ("reuters-17180", 8, "weaker steel, shoe and orange juice exports not US retaliation over informatics"),
    ("reuters-6125", 7, "the refinery can run crude as heavy as Bolivar Coastal 17 API"),
    ("reuters-21475", 6, "Iran used the Gulf rigs as bases for attacks on shipping"),
    ("reuters-12454", 8, "Cable shares nine pence up at 374p"),
]


PROCEDURE6 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
              "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
              "read and labelled by hand, none of them from an article of the corpus of "
              "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
              "related_pairs_news4.json or related_pairs_news5.json; corpus = labelled articles + DISTRACTORS ids "
              "drawn with random.Random(seed).sample from the sorted ids neither labelled here nor in those five "
              "corpora; no-counterpart passages chosen afterwards from that corpus and checked against all of it; "
              "every entry is split test. Built by tests/data/build_related_news6.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS6, NONE6, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE6)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
