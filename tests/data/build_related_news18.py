"""Builds data/related_pairs_news18.json: an eighteenth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 17
(related_pairs_news17.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all
seventeen earlier sets (related_pairs_news.json to related_pairs_news17.json)
excluded, and SEED below. 151 pairs on 86 stories (181 labelled articles, two per
story except seven stories of three articles and one of four), 51 no-counterpart
passages (40 from distractors, 11 from labelled articles); corpus of 581
articles. Of the 51 paraphrase pairs (at most three words rarer than 300 passages
of the news file shared, checked by script), 25 share one such word or none (16
share none), the others two or three. Pairs whose passages repeat the same
sentence or phrase (a lightly reworded wire sentence, the same description of a
firm, an offering or a results table restated with the same figures, the same
figures restated in another sentence, a shared verbatim quote) are not marked
paraphrase even when few rare words are shared; no row sharing more than three
rare words is marked paraphrase. 13 asked passages still have a second, about
equally good partner passage in the same other article (listed in
SECOND_PARTNERS; only one row per article can be counted).

Before the corpus was drawn, candidate pairs whose facts recur across many
articles of the news file were left out (Brazil's interest suspension, the Dart
bid for Supermarkets General, Heck's Chapter 11 filing, the Kenteris and Thanou
doping case, Herrington's oil tax proposals, Qintex and Princeville, South
Africa's debt standstill, Texaco and Pennzoil, the general reports of the
October 19 crash, Lyng's farm trade talks in Japan, the CP Air takeover).
Near-copy article pairs (the same wire story sent twice) were left out. While
checking the corpus, a distractor of the first draw (Shad on an insider trading
definition) reported Shad leaving the SEC to become ambassador to the
Netherlands, a labelled fact; that story (Ruder named SEC chairman) was dropped,
the distractors were drawn again with the same seed and checked again. No
distractor of the final draw reports a labelled fact. Distractors on the same
broad events as labelled stories were left as distractors (Moody's downgrade of
Gelco's debt citing its restructuring, a later ANZ prime rate cut, a Hawke
popularity poll); none reports a labelled fact and no no-counterpart passage was
taken from them.

    python tests/data/build_related_news18.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json"
                for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                          "16", "17")]
OUT = HERE / "related_pairs_news18.json"
SEED = 28

# (article A, passage, article B, passage, paraphrase, why)
PAIRS18 = [
    # comalco results
    ('reuters-887', 1, 'reuters-921', 2, False, '1986 net profit 57.1 mln against a 69.1 mln loss'),
    ('reuters-887', 10, 'reuters-921', 9, False, 'extraordinary loss of 140.5 mln incl 102.9 mln exchange losses'),
    ('reuters-887', 5, 'reuters-921', 3, True, 'final dividend put off until after July 1'),
    # hrp greenery
    ('reuters-19727', 1, 'reuters-19783', 1, False, 'three nursing facilities bought from Greenery for 29 mln'),
    ('reuters-19727', 2, 'reuters-19783', 4, False, 'leased back for seven years with 23 years of renewal options'),
    # woolworths results
    ('reuters-8125', 4, 'reuters-8162', 2, True, 'net profit fell sharply (figures vs 85.3 pct drop)'),
    ('reuters-8125', 5, 'reuters-8162', 5, False, 'turnover 5.47 billion against 4.83 billion'),
    # pentair preferred
    ('reuters-3724', 2, 'reuters-6563', 3, False, 'proceeds repay bank debt from the McNeil acquisition'),
    ('reuters-6902', 2, 'reuters-3724', 2, False, 'proceeds repay bank debt from the McNeil acquisition'),
    # tribune third quarter
    ('reuters-20129', 2, 'reuters-20285', 1, True, 'third-quarter earnings down 73 pct (figures vs percentage)'),
    ('reuters-20129', 10, 'reuters-20285', 1, False, 'Daily News severance charge of 11 cts a share'),
    ('reuters-20129', 11, 'reuters-20285', 3, False, '1986 quarter gain of 1.11 dlrs a share'),
    # james hardie results
    ('reuters-18563', 4, 'reuters-18551', 1, True, 'net profit up 28 pct (figures vs percentage)'),
    ('reuters-18563', 3, 'reuters-18551', 2, False, 'dividend 24 cents against 22 with a final of 13'),
    ('reuters-18563', 5, 'reuters-18551', 5, False, 'sales 1.50 billion against 1.56 billion'),
    # healthmate results
    ('reuters-9970', 7, 'reuters-9967', 4, False, 'year loss 1,512,534 dlrs against 1,553,592'),
    ('reuters-9970', 2, 'reuters-9967', 2, True, 'a fourth-quarter loss was reported'),
    # whittaker first quarter
    ('reuters-420', 3, 'reuters-435', 5, False, 'operating net 1,522,000 against 3,501,000'),
    # mco resources loss
    ('reuters-11724', 2, 'reuters-11726', 1, False, '1986 net loss of 38.6 mln dlrs'),
    # phelps dodge third quarter
    ('reuters-21436', 2, 'reuters-21327', 1, True, 'quarter net nearly tripled (figures vs words)'),
    ('reuters-21436', 3, 'reuters-21327', 7, False, 'quarter sales 377.4 mln against 188 mln'),
    ('reuters-21436', 6, 'reuters-21327', 8, False, 'nine-month net 100.3 mln'),
    # bnl and deutsche bank
    ('reuters-1076', 3, 'reuters-8475', 4, True, "Deutsche Bank bought Banca d'America e d'Italia from BankAmerica in December"),
    # entre computer loss
    ('reuters-16480', 3, 'reuters-16339', 2, False, 'second-quarter loss of 2,733,000 dlrs against a 911,000 profit'),
    # mayfair sales
    ('reuters-15141', 3, 'reuters-3118', 1, False, 'second-quarter sales about 122 mln against 105.9 mln'),
    # bevis seeks buyer
    ('reuters-15993', 3, 'reuters-6638', 1, False, 'Tucker Anthony retained to find purchasers for Bevis or its units'),
    # revlon germaine monteil
    ('reuters-13068', 9, 'reuters-7820', 1, True, "Beecham's Germaine Monteil unit goes to Revlon (selling vs bought)"),
    # atpc zaire tin quota
    ('reuters-311', 2, 'reuters-908', 4, True, 'the plan cuts the 70,000 tonne surplus by 20,000 tonnes and lifts prices'),
    ('reuters-311', 4, 'reuters-908', 1, False, "Zaire's tin export quota of 1,736 tonnes"),
    ('reuters-311', 5, 'reuters-908', 5, False, "Australia's 7,000 tonne allocation is about its expected output"),
    # sharon steel exchange offer
    ('reuters-11741', 1, 'reuters-3216', 2, False, 'the offers cover the 13.5 pct debentures due 2000 and the 14.25 pct debentures'),
    ('reuters-11741', 2, 'reuters-3216', 1, False, 'extended to allow time to complete the sale of Mueller Brass'),
    # japan buys brazilian soybeans
    ('reuters-10705', 2, 'reuters-3453', 1, False, 'Japan took 128,089 tonnes of Brazilian soybeans in 1986'),
    ('reuters-10705', 3, 'reuters-3453', 3, False, 'Brazilian beans are cheaper than U.S. origin'),
    # ccf privatisation
    ('reuters-15417', 3, 'reuters-16170', 1, False, 'share split to raise the number of shares on offer in the privatisation'),
    ('reuters-15417', 8, 'reuters-16170', 3, False, "CCF's sale valued at four to five billion francs"),
    # parmalat
    ('bbc-business-017', 2, 'bbc-business-312', 3, True, 'Parmalat went bust in December 2003 over a missing 4bn euros'),
    ('bbc-business-048', 2, 'bbc-business-312', 2, False, 'Parmalat collapsed with debts of about 14bn euros'),
    ('bbc-business-017', 2, 'bbc-business-048', 2, True, 'Parmalat sought protection from creditors in 2003'),
    ('bbc-business-492', 1, 'bbc-business-312', 1, True, 'Parmalat went bust after an accounting scandal'),
    # pall second quarter
    ('reuters-617', 1, 'reuters-726', 1, False, 'second-quarter sales up about 17 pct to 94 mln'),
    ('reuters-726', 2, 'reuters-617', 1, False, 'quarter orders up about 15 pct to 101.1 mln'),
    # k mart results
    ('reuters-4205', 7, 'reuters-4223', 1, False, '1986 net 582.3 mln against 221.2 mln'),
    ('reuters-4205', 2, 'reuters-4223', 2, False, 'fourth-quarter net 285 mln against 10.5 mln'),
    # mellon third quarter
    ('reuters-20226', 2, 'reuters-20276', 2, False, 'third-quarter net 16 mln against 53 mln'),
    # financial corp of america loss
    ('reuters-21386', 2, 'reuters-21347', 5, False, 'third-quarter loss of 75.8 mln against an 11.6 mln profit'),
    ('reuters-21386', 15, 'reuters-21347', 1, False, 'gains on loan and securities sales 12.4 mln against 93.4 mln'),
    # elders note facility
    ('reuters-4684', 1, 'reuters-10333', 5, False, 'facility cut to 100 mln from 200 mln dlrs'),
    ('reuters-4684', 2, 'reuters-10333', 5, False, 'underwriting margin raised to 10 basis points over bank bill rate'),
    # nord private placement
    ('reuters-11309', 1, 'reuters-11334', 1, False, '600,000 shares placed privately with investors outside the U.S.'),
    ('reuters-11309', 2, 'reuters-11334', 3, False, 'the placement closes on April 10'),
    # inland steel preferred
    ('reuters-1061', 1, 'reuters-9350', 1, False, 'Series C convertible exchangeable preferred at 50 dlrs a share'),
    ('reuters-1061', 2, 'reuters-9350', 1, False, 'Goldman Sachs and First Boston underwrite'),
    # oracle offering
    ('reuters-10790', 3, 'reuters-845', 3, False, 'about 28 mln shares outstanding after the offering'),
    ('reuters-10790', 1, 'reuters-845', 1, True, 'Oracle files with the SEC to offer common shares'),
    # gulf states interim rates
    ('reuters-13225', 6, 'reuters-1881', 2, False, '39.9 mln interim increase contingent on a 250 mln credit line'),
    ('reuters-11745', 2, 'reuters-1881', 2, False, 'the commission requires 250 mln dlrs of credit before the interim increase'),
    # cargo preference funding
    ('reuters-11587', 4, 'reuters-6941', 1, False, 'USDA and Transportation seek accord on funding food aid on U.S. flag ships'),
    ('reuters-11587', 6, 'reuters-6941', 3, False, 'share of food aid on U.S. vessels rising to 75 pct in 1988'),
    # callon loss
    ('reuters-12151', 3, 'reuters-12154', 6, False, '1986 loss of 4.20 dlrs a share against 4.71'),
    # reebok avia
    ('reuters-12702', 1, 'reuters-16307', 5, False, 'Reebok acquired Avia for about 180 mln dlrs'),
    ('reuters-12702', 2, 'reuters-5335', 1, True, 'Avia stockholders sued to stop the sale to Reebok'),
    # hadson offering
    ('reuters-12930', 2, 'reuters-2736', 1, False, 'an offering of 3,750,000 shares registered with the SEC'),
    ('reuters-12930', 3, 'reuters-2736', 3, False, 'proceeds for expansion, acquisitions and general purposes'),
    # michigan general exchange offer
    ('reuters-13659', 6, 'reuters-4018', 2, False, 'terms of the exchange: 500 dlrs of notes due 1992, 200 dlrs of convertible notes due 1997 and preferred'),
    ('reuters-13659', 3, 'reuters-4018', 7, False, 'offer conditioned on 90 pct acceptance and a lender waiver'),
    # first union notes
    ('reuters-1383', 1, 'reuters-35', 1, False, '100 mln dlrs of subordinated notes'),
    ('reuters-1383', 2, 'reuters-35', 2, False, 'Shearson Lehman manages the underwriting'),
    # painewebber debentures
    ('reuters-148', 1, 'reuters-1578', 4, False, 'the convertible debentures due 2008 to be redeemed'),
    # bond corp hong kong property
    ('reuters-15407', 3, 'reuters-5234', 10, False, 'properties bought from Hongkong Land last year for about 1.4 billion dlrs'),
    # canon chip pacts
    ('reuters-15971', 1, 'reuters-16102', 2, True, "Canon's joint chip development pact with National Semiconductor"),
    # bank of canada treasury bills
    ('reuters-1726', 1, 'reuters-2824', 2, True, 'lower borrowing needs let the bank shift to short-term debt and treasury bills'),
    ('reuters-1726', 4, 'reuters-2824', 3, False, 'the quote on aggressive use of the treasury bill program'),
    ('reuters-1726', 5, 'reuters-2824', 6, False, 'treasury bills outstanding near 70 billion dlrs, up 10.3 billion'),
    ('reuters-1726', 3, 'reuters-2824', 5, True, 'fewer new bonds with maturities of ten years or more'),
    # offshore drilling deeper waters
    ('reuters-17415', 8, 'reuters-17433', 18, False, 'industry interest in the Green Canyon field off Louisiana'),
    ('reuters-17415', 2, 'reuters-17433', 17, False, 'technology exists to drill exploratory wells in up to 10,000 feet of water'),
    # virginia electric bonds
    ('reuters-17490', 14, 'reuters-18018', 5, False, 'last debt issue in October 1986: 100 mln dlrs of 9-1/4 pct bonds'),
    ('reuters-17490', 13, 'reuters-18018', 1, False, "Virginia Electric's 100 mln dlrs of 30-year bonds"),
    # gemcraft buyback
    ('reuters-19260', 3, 'reuters-19363', 1, False, 'about 130,000 shares to be repurchased'),
    ('reuters-19260', 2, 'reuters-19363', 6, False, 'year-earlier second-quarter net of 908,000 dlrs'),
    ('reuters-19260', 1, 'reuters-19363', 6, True, 'Gemcraft expects a profitable second quarter'),
    # shearson third quarter
    ('reuters-20151', 2, 'reuters-20160', 2, False, 'third-quarter net 51 mln against 65 mln'),
    # hb shaine closes
    ('reuters-20355', 1, 'reuters-20504', 2, False, 'H.B. Shaine of Grand Rapids ceased operations'),
    ('reuters-20504', 1, 'reuters-20623', 3, False, 'no major NYSE member firm reported financial difficulties'),
    # ahmanson third quarter
    ('reuters-20412', 2, 'reuters-20475', 1, True, 'third-quarter earnings fell (figures vs words)'),
    # caterpillar third quarter
    ('reuters-21176', 2, 'reuters-21145', 2, False, 'third-quarter net 146 mln against a 26 mln loss'),
    ('reuters-21176', 3, 'reuters-21145', 2, False, 'sales 2.25 billion against 1.82 billion'),
    # anchor glass results
    ('reuters-21354', 6, 'reuters-21269', 2, False, 'nine-month operating profit 16.2 mln against 17.8 mln'),
    # royal trust strategy
    ('reuters-2287', 4, 'reuters-5473', 10, True, 'Royal Trust stays out of stock brokerage'),
    # new jersey resources offering
    ('reuters-2706', 1, 'reuters-2738', 1, False, '1.3 mln shares through Merrill Lynch and E.F. Hutton'),
    ('reuters-2706', 2, 'reuters-2738', 2, False, 'offering to be completed in late March or early April'),
    # rochester gas preferred
    ('reuters-2745', 3, 'reuters-4601', 1, False, 'offering of 300,000 preferred shares at 100 dlrs'),
    # ecology and environment ipo
    ('reuters-2816', 1, 'reuters-3123', 1, False, 'one mln shares of newly public Ecology and Environment'),
    # argentina baglini
    ('reuters-2823', 4, 'reuters-60', 1, False, 'the 2.15 billion dlr loan request to meet 1987 growth targets'),
    # bonn and the ec forecast
    ('reuters-3031', 6, 'reuters-3352', 7, False, 'Bonn sees no need now for measures to bolster the economy'),
    ('reuters-3031', 8, 'reuters-3352', 6, False, 'Commission cut its German growth forecast to two pct from 3.2'),
    # angio-medical ipo
    ('reuters-3237', 1, 'reuters-3431', 2, False, 'initial offering of 1,666,667 units of a share and a warrant'),
    # british telecom third quarter
    ('reuters-4089', 2, 'reuters-4098', 5, False, 'third-quarter pre-tax 506 mln stg against 452 mln'),
    # london stock exchange turnover
    ('reuters-4137', 5, 'reuters-4196', 7, False, 'total turnover 116.73 billion stg in February'),
    # may department stores results
    ('reuters-6653', 2, 'reuters-6699', 4, False, 'fourth-quarter net 213 mln against 195 mln'),
    # bionomic sciences half
    ('reuters-6672', 8, 'reuters-6674', 2, False, 'first-half profit of 165,600 dlrs against a 409,100 loss'),
    # pillsbury third quarter
    ('reuters-7120', 2, 'reuters-7155', 1, True, 'lower third-quarter earnings (figures vs words)'),
    ('reuters-7120', 3, 'reuters-7155', 8, False, 'sales 1.53 billion against 1.46 billion'),
    # ubs underwrites gte
    ('reuters-7175', 10, 'reuters-7227', 5, False, 'Nomura the only other foreign manager of a U.S. debt offering'),
    ('reuters-7227', 3, 'reuters-7175', 1, False, "UBS sole underwriter of GTE's 250 mln dlrs of 30-year debentures"),
    ('reuters-7175', 4, 'reuters-7227', 4, True, 'the GTE deal is the fourth UBS has managed'),
    ('reuters-7175', 9, 'reuters-7227', 4, True, "Daiwa's March 11 offering"),
    # unocal notes
    ('reuters-8505', 3, 'reuters-8988', 2, False, '300 mln dlrs of notes due 1997 at 8-3/4 pct priced at 99.447'),
    ('reuters-8505', 5, 'reuters-8988', 5, False, 'Merrill Lynch and Shearson Lehman underwrite'),
    # greenwood new london sale
    ('reuters-9402', 2, 'reuters-978', 1, False, '4,300,000 New London Oil shares sold for 1.7 mln dlrs'),
    ('reuters-978', 2, 'reuters-9402', 5, True, 'the sale proceeds go toward the Colorado National bank debt'),
    # c itoh results
    ('reuters-19045', 3, 'reuters-19051', 3, False, 'group net 20.07 billion yen for the year'),
    # a and p fourth quarter
    ('reuters-6447', 2, 'reuters-6465', 2, False, 'quarter operating net 20.7 mln dlrs'),
    # france edge england
    ('bbc-sport-412', 2, 'bbc-sport-414', 1, True, 'France beat England at Twickenham'),
    ('bbc-sport-412', 4, 'bbc-sport-414', 4, False, 'wing Jimmy Marlu injured in the England game'),
    # wainoco recapitalization
    ('reuters-9601', 2, 'reuters-8960', 2, False, 'offering of two mln units of common stock and warrants'),
    ('reuters-9601', 3, 'reuters-8960', 12, True, "the recapitalization strengthens Wainoco's finances"),
    ('reuters-8960', 4, 'reuters-9601', 2, True, 'offering proceeds go to retire bank debt'),
    # home shopping debt
    ('reuters-3915', 2, 'reuters-4997', 2, True, 'part of the proceeds buys back existing notes'),
    ('reuters-3915', 1, 'reuters-4997', 2, True, 'Home Shopping plans to issue more debt'),
    # att under olson
    ('reuters-7876', 5, 'reuters-7903', 5, False, 'ATT earned only five cts a share in 1986'),
    ('reuters-7876', 7, 'reuters-7903', 3, True, "Olson says ATT's cash flow is strong"),
    # gelco courier sale
    ('reuters-6502', 1, 'reuters-6497', 1, True, "Air Canada to acquire Gelco's Canadian courier unit Gelco Express"),
    ('reuters-6604', 2, 'reuters-6497', 1, False, 'Gelco Express sold to Air Canada for about 54 mln U.S. dlrs'),
    ('reuters-6502', 3, 'reuters-6497', 3, True, "the sale is part of Gelco's restructuring"),
    # anz prime rate
    ('reuters-12731', 3, 'reuters-13262', 3, True, "ANZ's 18 pct prime is the lowest among the major banks"),
    ('reuters-12731', 1, 'reuters-13262', 3, False, "ANZ's prime cut to 18 pct"),
    # patrick petroleum buys bayou
    ('reuters-8288', 1, 'reuters-9098', 1, True, 'definitive agreement for Patrick Petroleum to acquire Bayou'),
    ('reuters-8288', 3, 'reuters-9098', 1, False, 'six dlrs for each Bayou share'),
    # hawke rules out early poll
    ('reuters-11779', 1, 'reuters-11785', 1, True, 'Hawke will not call an early election'),
    # ashland on synthetic fuels
    ('reuters-10975', 7, 'reuters-11118', 6, True, "Ashland's chairman wants tax incentives for synthetic fuels"),
    # tokyo yankee bond
    ('reuters-3478', 1, 'reuters-3628', 1, False, "Tokyo's 100 mln dlr 10-year Yankee bond"),
    ('reuters-3478', 2, 'reuters-3628', 2, False, 'priced at 99.515'),
    ('reuters-3628', 3, 'reuters-3478', 1, True, "Tokyo's first Yankee bond in about 20 years"),
    # hanson sells pcr
    ('reuters-10453', 1, 'reuters-11441', 1, True, "Hanson's PCR specialty chemicals unit sold"),
    # sec and allied stores
    ('reuters-19902', 2, 'reuters-19760', 1, True, "the SEC action over Allied's disclosures before the Campeau takeover"),
    # canbra foods results
    ('reuters-5575', 4, 'reuters-5586', 3, False, 'gain of about 1.3 mln dlrs on the Stafford Foods sale excluded'),
    # att computer products
    ('reuters-8989', 3, 'reuters-8792', 1, True, 'ATT introduced a new minicomputer and peripherals today'),
    # sematech consortium
    ('reuters-1697', 6, 'reuters-1796', 2, True, 'SEMATECH to set up an advanced semiconductor manufacturing facility'),
    ('reuters-1697', 3, 'reuters-1796', 4, True, 'government money to be sought for SEMATECH'),
    # moya wins in chennai
    ('bbc-sport-499', 3, 'bbc-sport-451', 1, True, 'Moya won the Chennai Open'),
    ('bbc-sport-477', 2, 'bbc-sport-451', 1, True, 'Moya began the year by winning the Chennai Open'),
    # orange-co florida unit sale
    ('reuters-15189', 10, 'reuters-15196', 2, True, 'Orange-Co of Florida went to American Agronomics late in 1986'),
    # china growth and exports 2004
    ('bbc-business-427', 2, 'bbc-business-286', 1, True, "China's economy grew more than 9% in 2004"),
    ('bbc-business-427', 1, 'bbc-business-286', 5, True, "China's exports surged in 2004"),
    ('bbc-business-505', 3, 'bbc-business-286', 1, False, "China's economy grew 9.5% in 2004"),
    # cso detention powers
    ('bbc-politics-239', 2, 'bbc-politics-234', 7, True, "CSOs' power to detain suspects extended to all police forces"),
    # philippoussis injury
    ('bbc-sport-496', 1, 'bbc-sport-497', 3, True, 'Philippoussis injured in the Hopman Cup'),
    # liverpool chase morientes
    ('bbc-sport-266', 1, 'bbc-sport-272', 1, True, "Liverpool's planned bid for Morientes"),
    # blog word of the year
    ('bbc-tech-151', 1, 'bbc-tech-088', 2, True, "a US dictionary made 'blog' its word of 2004"),
]

# (asked article, passage, other article, its second partner passage): an asked passage with a
# second, about equally good partner in the same other article (documentation only, not written out)
SECOND_PARTNERS = [
    ('reuters-8125', 4, 'reuters-8162', 5),
    ('reuters-20129', 2, 'reuters-20285', 2),
    ('reuters-18563', 4, 'reuters-18551', 2),
    ('reuters-21436', 2, 'reuters-21327', 4),
    ('reuters-13068', 9, 'reuters-7820', 4),
    ('reuters-726', 2, 'reuters-617', 2),
    ('reuters-20412', 2, 'reuters-20475', 3),
    ('reuters-7120', 2, 'reuters-7155', 8),
    ('reuters-7227', 3, 'reuters-7175', 2),
    ('reuters-10975', 7, 'reuters-11118', 8),
    ('reuters-3628', 3, 'reuters-3478', 4),
    ('reuters-19902', 2, 'reuters-19760', 2),
    ('reuters-8989', 3, 'reuters-8792', 2),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'comalco results': ['reuters-887', 'reuters-921'],
    'hrp greenery': ['reuters-19727', 'reuters-19783'],
    'woolworths results': ['reuters-8125', 'reuters-8162'],
    'pentair preferred': ['reuters-3724', 'reuters-6563', 'reuters-6902'],
    'tribune third quarter': ['reuters-20129', 'reuters-20285'],
    'james hardie results': ['reuters-18563', 'reuters-18551'],
    'healthmate results': ['reuters-9970', 'reuters-9967'],
    'whittaker first quarter': ['reuters-420', 'reuters-435'],
    'mco resources loss': ['reuters-11724', 'reuters-11726'],
    'phelps dodge third quarter': ['reuters-21436', 'reuters-21327'],
    'bnl and deutsche bank': ['reuters-1076', 'reuters-8475'],
    'entre computer loss': ['reuters-16480', 'reuters-16339'],
    'mayfair sales': ['reuters-15141', 'reuters-3118'],
    'bevis seeks buyer': ['reuters-15993', 'reuters-6638'],
    'revlon germaine monteil': ['reuters-13068', 'reuters-7820'],
    'atpc zaire tin quota': ['reuters-311', 'reuters-908'],
    'sharon steel exchange offer': ['reuters-11741', 'reuters-3216'],
    'japan buys brazilian soybeans': ['reuters-10705', 'reuters-3453'],
    'ccf privatisation': ['reuters-15417', 'reuters-16170'],
    'parmalat': ['bbc-business-017', 'bbc-business-312', 'bbc-business-048', 'bbc-business-492'],
    'pall second quarter': ['reuters-617', 'reuters-726'],
    'k mart results': ['reuters-4205', 'reuters-4223'],
    'mellon third quarter': ['reuters-20226', 'reuters-20276'],
    'financial corp of america loss': ['reuters-21386', 'reuters-21347'],
    'elders note facility': ['reuters-4684', 'reuters-10333'],
    'nord private placement': ['reuters-11309', 'reuters-11334'],
    'inland steel preferred': ['reuters-1061', 'reuters-9350'],
    'oracle offering': ['reuters-10790', 'reuters-845'],
    'gulf states interim rates': ['reuters-13225', 'reuters-1881', 'reuters-11745'],
    'cargo preference funding': ['reuters-11587', 'reuters-6941'],
    'callon loss': ['reuters-12151', 'reuters-12154'],
    'reebok avia': ['reuters-12702', 'reuters-16307', 'reuters-5335'],
    'hadson offering': ['reuters-12930', 'reuters-2736'],
    'michigan general exchange offer': ['reuters-13659', 'reuters-4018'],
    'first union notes': ['reuters-1383', 'reuters-35'],
    'painewebber debentures': ['reuters-148', 'reuters-1578'],
    'bond corp hong kong property': ['reuters-15407', 'reuters-5234'],
    'canon chip pacts': ['reuters-15971', 'reuters-16102'],
    'bank of canada treasury bills': ['reuters-1726', 'reuters-2824'],
    'offshore drilling deeper waters': ['reuters-17415', 'reuters-17433'],
    'virginia electric bonds': ['reuters-17490', 'reuters-18018'],
    'gemcraft buyback': ['reuters-19260', 'reuters-19363'],
    'shearson third quarter': ['reuters-20151', 'reuters-20160'],
    'hb shaine closes': ['reuters-20355', 'reuters-20504', 'reuters-20623'],
    'ahmanson third quarter': ['reuters-20412', 'reuters-20475'],
    'caterpillar third quarter': ['reuters-21176', 'reuters-21145'],
    'anchor glass results': ['reuters-21354', 'reuters-21269'],
    'royal trust strategy': ['reuters-2287', 'reuters-5473'],
    'new jersey resources offering': ['reuters-2706', 'reuters-2738'],
    'rochester gas preferred': ['reuters-2745', 'reuters-4601'],
    'ecology and environment ipo': ['reuters-2816', 'reuters-3123'],
    'argentina baglini': ['reuters-2823', 'reuters-60'],
    'bonn and the ec forecast': ['reuters-3031', 'reuters-3352'],
    'angio-medical ipo': ['reuters-3237', 'reuters-3431'],
    'british telecom third quarter': ['reuters-4089', 'reuters-4098'],
    'london stock exchange turnover': ['reuters-4137', 'reuters-4196'],
    'may department stores results': ['reuters-6653', 'reuters-6699'],
    'bionomic sciences half': ['reuters-6672', 'reuters-6674'],
    'pillsbury third quarter': ['reuters-7120', 'reuters-7155'],
    'ubs underwrites gte': ['reuters-7175', 'reuters-7227'],
    'unocal notes': ['reuters-8505', 'reuters-8988'],
    'greenwood new london sale': ['reuters-9402', 'reuters-978'],
    'c itoh results': ['reuters-19045', 'reuters-19051'],
    'a and p fourth quarter': ['reuters-6447', 'reuters-6465'],
    'france edge england': ['bbc-sport-412', 'bbc-sport-414'],
    'wainoco recapitalization': ['reuters-9601', 'reuters-8960'],
    'home shopping debt': ['reuters-3915', 'reuters-4997'],
    'att under olson': ['reuters-7876', 'reuters-7903'],
    'gelco courier sale': ['reuters-6502', 'reuters-6497', 'reuters-6604'],
    'anz prime rate': ['reuters-12731', 'reuters-13262'],
    'patrick petroleum buys bayou': ['reuters-8288', 'reuters-9098'],
    'hawke rules out early poll': ['reuters-11779', 'reuters-11785'],
    'ashland on synthetic fuels': ['reuters-10975', 'reuters-11118'],
    'tokyo yankee bond': ['reuters-3478', 'reuters-3628'],
    'hanson sells pcr': ['reuters-10453', 'reuters-11441'],
    'sec and allied stores': ['reuters-19902', 'reuters-19760'],
    'canbra foods results': ['reuters-5575', 'reuters-5586'],
    'att computer products': ['reuters-8989', 'reuters-8792'],
    'sematech consortium': ['reuters-1697', 'reuters-1796'],
    'moya wins in chennai': ['bbc-sport-499', 'bbc-sport-451', 'bbc-sport-477'],
    'orange-co florida unit sale': ['reuters-15189', 'reuters-15196'],
    'china growth and exports 2004': ['bbc-business-427', 'bbc-business-286', 'bbc-business-505'],
    'cso detention powers': ['bbc-politics-239', 'bbc-politics-234'],
    'philippoussis injury': ['bbc-sport-496', 'bbc-sport-497'],
    'liverpool chase morientes': ['bbc-sport-266', 'bbc-sport-272'],
    'blog word of the year': ['bbc-tech-151', 'bbc-tech-088'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE18 = [
    # from distractors
    ('bbc-business-012', 1, 'Indonesia considers raising fuel prices by up to 30%'),
    ('bbc-business-031', 1, 'Irish shares hit a record high'),
    ('bbc-business-112', 1, 'Orange subscriber growth lifts France Telecom profits'),
    ('bbc-business-279', 1, 'Deutsche Boerse holds friendly talks with the LSE'),
    ('bbc-business-338', 1, 'Chinese police detain three Yili executives'),
    ('bbc-entertainment-010', 1, 'Uganda bans The Vagina Monologues'),
    ('bbc-entertainment-142', 1, 'The Bravery top the Sound of 2005 poll'),
    ('bbc-entertainment-378', 1, 'Halloween screenwriter Debra Hill dies'),
    ('bbc-politics-308', 1, 'Sir Anthony Meyer, who challenged Thatcher in 1989, dies'),
    ('bbc-politics-381', 1, 'support for a hunting ban has fallen, a poll suggests'),
    ('bbc-sport-006', 1, 'Isinbayeva sets a 4.89 metre indoor pole vault record'),
    ('bbc-sport-421', 1, 'Henman beats Rusedski in Dubai'),
    ('bbc-tech-034', 1, 'UK launches a virus alert service for home users'),
    ('reuters-10024', 1, 'Eastern asks for more weekly Buenos Aires flights'),
    ('reuters-10071', 1, 'Dennison to sell Dunn Paper to James River'),
    ('reuters-1030', 1, 'Zimbabwe coffee output to reach 13,000 tonnes'),
    ('reuters-10614', 1, 'South Korea signs a 44.6 billion yen credit with Japan'),
    ('reuters-10817', 1, "Clabir's 1986 Class A dividends are not taxable"),
    ('reuters-11601', 1, 'Britain grants Mozambique famine aid'),
    ('reuters-12142', 1, 'Morrison-Knudsen venture wins a 517 mln dlr Army contract'),
    ('reuters-12529', 1, 'First Federal of Fort Myers to buy First Presidential Savings'),
    ('reuters-12891', 1, 'Bank of Spain raises its call money rate to 14.5 pct'),
    ('reuters-12934', 1, "USAir's March load factor rises to 66.5 pct"),
    ('reuters-1334', 1, 'Coca-Cola Bottling Consolidated names a new president'),
    ('reuters-13702', 1, 'jury rules for Kaneb Energy against Sonat'),
    ('reuters-14907', 1, 'Bell Group now holds 14.9 pct of Standard Chartered'),
    ('reuters-15008', 1, "Digital licenses Teradyne's simulation system"),
    ('reuters-15174', 1, 'Guinness chairman Macfarlane stays two more years'),
    ('reuters-15376', 1, 'Honda to sell four-wheel steering cars'),
    ('reuters-17315', 1, 'Stelco reaches a contract settlement with the steelworkers'),
    ('reuters-17744', 1, "Teamsters strike Pepsico's New Jersey bottling operations"),
    ('reuters-17875', 1, 'South Korea raises its duty on crude imports'),
    ('reuters-7340', 1, 'Consolidated Freightways forms Con-Way Southern Express'),
    ('reuters-7382', 1, 'AmeriTrust proposes a two-for-one stock split'),
    ('reuters-7725', 1, 'American Federal of Colorado halves its dividend'),
    ('reuters-7729', 1, 'Enviropact to buy Willms Trucking'),
    ('reuters-786', 1, 'Blockbuster executes two more area licenses'),
    ('reuters-8455', 1, 'Herley wins Westinghouse contracts for F-16 components'),
    ('reuters-9337', 1, 'Maytag expects capital spending to rise to 60 mln dlrs'),
    ('reuters-9980', 1, 'Thomas and Betts files a patent suit over its connectors'),
    # from labelled articles
    ('reuters-1076', 4, 'BNL approves a 200 mln dlr credit line to the Soviet Union'),
    ('reuters-11726', 3, 'MCO all but eliminates 1987 capital spending and cuts staff another 20 pct'),
    ('reuters-15971', 2, "the first product is a laser printer for National's Series 32000"),
    ('reuters-1726', 9, 'the advances went mostly to four troubled banks'),
    ('reuters-17433', 4, "Oceaneering's president sees the industry past the low of the cycle"),
    ('reuters-18551', 9, 'Hardie looks to growth after eliminating asbestos from its products'),
    ('reuters-19051', 2, "C Itoh's forecast assumes 140 yen to the dollar and 18 dlr oil"),
    ('reuters-20475', 5, 'record third-quarter loan originations of 3.48 billion dlrs'),
    ('reuters-21327', 5, 'copper sales up 10 pct to 112,900 tons in the quarter'),
    ('reuters-21347', 11, "Ford's First Nationwide is interested in acquiring the company"),
    ('reuters-2745', 5, 'Nine Mile Unit Two delays cost two mln dlrs a day'),
]

PROCEDURE18 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json, "
               "related_pairs_news10.json, related_pairs_news11.json, related_pairs_news12.json, "
               "related_pairs_news13.json, related_pairs_news14.json, related_pairs_news15.json, "
               "related_pairs_news16.json or related_pairs_news17.json; corpus = labelled articles + "
               "DISTRACTORS ids drawn with random.Random(seed).sample from the sorted ids neither labelled here "
               "nor in those seventeen corpora; no-counterpart passages chosen afterwards from that corpus and "
               "checked against all of it; every entry is split test. Built by tests/data/build_related_news18.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS18, NONE18, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE18)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
