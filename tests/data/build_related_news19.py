"""Builds data/related_pairs_news19.json: a nineteenth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 18
(related_pairs_news18.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all
eighteen earlier sets (related_pairs_news.json to related_pairs_news18.json)
excluded, and SEED below. 152 pairs on 86 stories (181 labelled articles, two per
story except nine stories of three articles), 51 no-counterpart passages (40 from
distractors, 11 from labelled articles); corpus of 581 articles. Of the 51
paraphrase pairs (at most three words rarer than 300 passages of the news file
shared, checked by script), 33 share one such word or none (24 share none), the
others two or three. Pairs whose passages repeat the same sentence or phrase (a
lightly reworded wire sentence, the same description of a firm, an offering or a
results table restated with the same figures, the same figures restated in
another sentence, a shared verbatim quote) are not marked paraphrase even when few
rare words are shared; no row sharing more than three rare words is marked
paraphrase. 34 asked passages still have a second, about equally good partner
passage in the same other article (listed in SECOND_PARTNERS; only one row per
article can be counted).

Before the corpus was drawn, candidate pairs whose facts recur across many
articles of the news file were left out (Brazil's interest suspension and its
bank talks, the Conrail offering, the 1988 House budget resolution, Saudi oil
output, Volkswagen's currency-fraud provisions, the Vaskevitch insider case, the
ChemLawn bids, the IBP Dakota City lockout, the GM truck and bus strike, the New
South Wales compensation strikes, the Allegheny International buyout, Japanese
purchases of U.S. supercomputers, the OPEC quotas and the ICO coffee talks, Qintex
and Princeville, Texaco and Pennzoil, Purolator, Yukos, the Kenteris and Thanou
case, Ray Charles's posthumous Grammys, Halo 2's release, the general reports of
the October 19 crash, and the general claim that the US deficits weigh on the
dollar). Near-copy article pairs (the same wire story sent twice) were left out.
After the draw, every distractor was checked against the labelled facts: none
reports one, so no story was dropped and the distractors were drawn once.
Distractors on the same broad events as labelled stories were left as
distractors (another Norsk Hydro bond issue, CPC's European corn milling sale,
the Hungarian central bank on the Volkswagen currency affair, a 2004 athletics
review of Holmes's Olympic double, a Fed report noting the deficits' weight on
the dollar); none reports a labelled fact and no no-counterpart passage was
taken from them.

    python tests/data/build_related_news19.py [--news PATH]
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
                          "16", "17", "18")]
OUT = HERE / "related_pairs_news19.json"
SEED = 29

# (article A, passage, article B, passage, paraphrase, why)
PAIRS19 = [
    # bell petroleum and regal
    ('reuters-12717', 3, 'reuters-13060', 3, False, 'the accord ends litigation over earlier reorganization plans'),
    ('reuters-12717', 1, 'reuters-13060', 1, True, 'Bell to talk with Regal about being acquired'),
    ('reuters-12717', 2, 'reuters-13060', 2, True, 'any plan needs bankruptcy court approval'),
    # alza convertible
    ('reuters-16321', 1, 'reuters-16435', 1, False, '75 mln dlr convertible offering in Europe'),
    ('reuters-16321', 3, 'reuters-16435', 3, False, 'conversion premium of 17 to 22 pct'),
    ('reuters-16435', 2, 'reuters-16321', 1, False, 'coupon of 5-1/2 to 5-3/4 pct'),
    # lomak and strata
    ('reuters-15296', 3, 'reuters-10146', 1, True, 'Strata has agreed to merge into Lomak'),
    # ael results
    ('reuters-12920', 2, 'reuters-11047', 6, False, 'year net 3,321,000'),
    ('reuters-11047', 8, 'reuters-12920', 2, False, 'charge of 818,000 dlrs'),
    # graco third quarter
    ('reuters-21229', 4, 'reuters-21254', 2, True, 'third-quarter net 3.1 mln against 4.4 mln (rounded vs exact)'),
    ('reuters-21229', 3, 'reuters-21254', 8, True, 'order backlog strong (words vs figures)'),
    # towle loss
    ('reuters-12284', 6, 'reuters-12258', 6, False, '1986 operating loss 22 mln against 67.2 mln'),
    # babcock international results
    ('reuters-9192', 1, 'reuters-9187', 3, False, 'pretax profit 37.09 mln stg against 34.55 mln'),
    # cra results
    ('reuters-922', 2, 'reuters-883', 1, False, '1986 net 138.2 mln against 87.8 mln'),
    ('reuters-922', 15, 'reuters-883', 7, False, 'extraordinary loss of 250.28 mln'),
    ('reuters-922', 1, 'reuters-883', 3, True, 'the final dividend is put off until after July 1'),
    # team third quarter
    ('reuters-9483', 3, 'reuters-9425', 2, False, 'third-quarter net of 91,000 dlrs'),
    # fiat sales
    ('reuters-11366', 3, 'reuters-11360', 1, False, '1986 revenue of 29,020 billion lire'),
    # telxon forecast
    ('reuters-1315', 1, 'reuters-1339', 1, False, 'quarter revenues of 26 to 28 mln'),
    ('reuters-1315', 3, 'reuters-1339', 3, False, 'analysts had estimated 29 to 32 mln and 24 to 30 cts'),
    ('reuters-1315', 4, 'reuters-1339', 2, False, 'year-ago revenues 24.2 mln and 22 cts a share'),
    # tseng results
    ('reuters-9390', 2, 'reuters-9312', 7, False, '1986 net income of 258,125'),
    # lsi logic convertible
    ('reuters-8146', 1, 'reuters-8411', 1, False, '100 mln dlr convertible due 2002 via Morgan Stanley'),
    ('reuters-8146', 2, 'reuters-8411', 2, False, 'conversion premium of 24 to 26 pct'),
    ('reuters-8146', 5, 'reuters-8411', 4, False, 'listed in Luxembourg'),
    # twa london route
    ('reuters-1600', 1, 'reuters-2201', 1, True, 'DOT tentatively gives TWA the Baltimore-London route'),
    # kennedy tour
    ('bbc-politics-338', 4, 'bbc-politics-335', 2, False, 'Kennedy visits rural seats he hopes to win from the Tories and Labour-held areas'),
    ('bbc-politics-338', 5, 'bbc-politics-335', 3, False, 'Kennedy says the election will be more unpredictable than any in recent memory'),
    ('bbc-politics-335', 1, 'bbc-politics-338', 4, False, 'tour to present the Lib Dems as the real opposition'),
    # german jobless
    ('bbc-business-139', 4, 'bbc-business-275', 3, True, 'a change in how the figures are compiled added over half a million in January'),
    ('bbc-business-139', 3, 'bbc-business-275', 4, False, 'Hartz IV welfare reforms took effect in January'),
    # ibm patents
    ('bbc-tech-029', 2, 'bbc-tech-268', 1, True, 'IBM makes 500 of its software patents freely available'),
    # rem glasgow concert
    ('bbc-entertainment-287', 2, 'bbc-entertainment-118', 2, False, 'the Glasgow concert was cancelled after Mike Mills fell ill with flu'),
    # ghosn to renault
    ('bbc-business-247', 4, 'bbc-business-216', 1, False, 'Ghosn is to take charge of Renault'),
    # first republicbank loss
    ('reuters-20783', 1, 'reuters-20753', 2, True, 'third-quarter loss of 6.3 mln dlrs (rounded vs exact)'),
    ('reuters-20783', 2, 'reuters-20753', 6, False, 'no comparison: formed in June 1987 by the RepublicBank-Interfirst merger'),
    # vms strategic dividend
    ('reuters-12045', 1, 'reuters-11933', 1, False, 'initial dividend of 30 cts payable May 15'),
    # conseco offering
    ('reuters-15862', 3, 'reuters-15659', 1, False, 'two mln Conseco shares through Dean Witter'),
    # vw dividend
    ('reuters-15547', 1, 'reuters-15020', 4, False, 'unchanged 10-mark dividend and 11 marks for the new preference shares'),
    # nppc officers
    ('reuters-2448', 5, 'reuters-2445', 4, False, 'Ray Hankes elected NPPC vice president'),
    # ramada notes
    ('reuters-7458', 2, 'reuters-6800', 1, False, 'Ramada files for 100 mln dlrs of subordinated notes via Salomon'),
    # southeast banking notes
    ('reuters-12108', 2, 'reuters-11942', 1, False, '50 mln dlrs of convertible subordinated capital notes due 1999'),
    # quaker oats shelf
    ('reuters-602', 5, 'reuters-479', 1, False, 'shelf registration for up to 250 mln dlrs of debt securities'),
    # georgia gulf offering
    ('reuters-2295', 3, 'reuters-1826', 2, False, 'four mln Georgia Gulf shares offered in the U.S.'),
    # philadelphia electric bonds
    ('reuters-5760', 3, 'reuters-4272', 1, False, 'shelf for up to 250 mln dlrs of first and refunding mortgage bonds'),
    # stone container offering
    ('reuters-15176', 2, 'reuters-14135', 1, False, 'secondary offering of Stone Container shares (parts vs total)'),
    # northern trust shelf
    ('reuters-16484', 2, 'reuters-16452', 1, False, 'shelf for up to 150 mln dlrs of debt securities'),
    # avon third quarter
    ('reuters-20295', 1, 'reuters-20206', 2, True, 'lower third-quarter profits (words vs figures)'),
    ('reuters-20295', 6, 'reuters-20206', 7, True, 'nine-month earnings flat (words vs figures)'),
    ('reuters-20295', 3, 'reuters-20206', 1, False, 'third-quarter earnings of 37 cts a share'),
    # lasmo results
    ('reuters-11232', 3, 'reuters-11227', 4, False, '1986 pretax profit 4.4 mln stg against 118 mln'),
    # prudential results
    ('reuters-8861', 7, 'reuters-8668', 3, False, 'pretax profit 178.1 mln stg against 110.1 mln'),
    ('reuters-8861', 1, 'reuters-8668', 3, True, 'pretax profit up 62 pct (percentage vs figures)'),
    # jp morgan first quarter
    ('reuters-15103', 1, 'reuters-15026', 2, True, 'first-quarter earnings down 3.2 pct (percentage vs figures)'),
    ('reuters-15103', 6, 'reuters-15026', 9, False, 'loan loss provision 35 mln against 70 mln'),
    # atlas mining loss
    ('reuters-14852', 2, 'reuters-15056', 7, True, '1986 net loss narrowed from 1985 (pesos vs dollars)'),
    # fleet first quarter
    ('reuters-15107', 2, 'reuters-15090', 3, True, 'first-quarter net 38.5 mln against 31.7 mln (rounded vs exact)'),
    # ldp economic package
    ('reuters-13323', 4, 'reuters-14874', 8, True, 'the 1990 goal of ending deficit-covering bonds is to be kept'),
    # wales captaincy
    ('bbc-sport-348', 1, 'bbc-sport-291', 3, False, 'Owen to take over the Wales captaincy from the injured Thomas'),
    ('bbc-sport-291', 1, 'bbc-sport-348', 2, False, 'Thomas out for the rest of the championship with a broken thumb'),
    ('bbc-sport-403', 4, 'bbc-sport-291', 1, False, 'captain Thomas is out with a broken thumb'),
    # holmes hamstring
    ('bbc-sport-057', 2, 'bbc-sport-055', 1, False, 'Holmes withdraws from the European Indoors with a hamstring injury'),
    # henman davis cup
    ('bbc-sport-437', 3, 'bbc-sport-500', 1, False, 'Henman has retired from Davis Cup play'),
    # royal bank first quarter
    ('reuters-1193', 1, 'reuters-1124', 3, True, 'first-quarter earnings down 19 pct (percentage vs figures)'),
    ('reuters-1152', 8, 'reuters-1124', 3, True, 'first-quarter profit 114.1 mln against 140.4 mln (rounded vs exact)'),
    ('reuters-1193', 3, 'reuters-1152', 8, False, 'first-quarter profit fell to 114 mln from 140 mln'),
    ('reuters-1152', 5, 'reuters-1193', 4, True, 'energy-sector loans keep hurting earnings'),
    ('reuters-1193', 8, 'reuters-1124', 7, False, 'total assets of 98.7 billion dlrs'),
    ('reuters-1193', 3, 'reuters-1124', 3, True, 'first-quarter profit 114 mln against 140 mln (rounded vs exact)'),
    # omnibus credit default
    ('reuters-1810', 1, 'reuters-1505', 1, False, 'Omnibus in default of provisions of its credit line with its Canadian bank'),
    ('reuters-1810', 2, 'reuters-1505', 2, True, 'Omnibus is negotiating additional financing'),
    # daiwa toronto seat
    ('reuters-17418', 2, 'reuters-17413', 1, False, 'Daiwa buys a Toronto exchange seat for 361,000 Canadian dlrs'),
    ('reuters-17418', 6, 'reuters-17413', 5, False, 'membership needs approval by exchange members and the Ontario commission'),
    # sec foreign debt futures
    ('reuters-4883', 2, 'reuters-4294', 4, False, 'SEC lifts the rule against futures on foreign government debt traded outside the issuing country'),
    ('reuters-4883', 3, 'reuters-4294', 2, True, 'the way is open for the Chicago Board of Trade to seek a yen bond contract'),
    # subroto on tin pact
    ('reuters-14844', 2, 'reuters-13275', 1, False, 'Subroto had said the tin pact should be allowed to lapse'),
    # spain reserve requirement
    ('reuters-5412', 16, 'reuters-3660', 2, False, 'the reserve requirement is meant to curb short-term speculative capital'),
    ('reuters-8723', 8, 'reuters-3660', 2, False, '19 pct reserve requirement on convertible peseta funds against speculative inflows'),
    ('reuters-5412', 15, 'reuters-8723', 8, False, '19 pct reserve requirement imposed earlier this month on new convertible peseta funds'),
    # salomon cmo
    ('reuters-4079', 1, 'reuters-3510', 1, False, "Salomon's collateralised mortgage obligation launched at 228 mln dlrs"),
    # peabody and eastern gas
    ('reuters-12378', 5, 'reuters-12173', 1, False, 'Peabody gives 15.01 pct of its stock for Eastern Gas coal properties'),
    # usda plywood credits
    ('reuters-12948', 6, 'reuters-12943', 2, False, 'plywood was not excluded from the Turkey lumber credit guarantees'),
    ('reuters-12948', 3, 'reuters-12943', 6, True, 'the administration weighs credit guarantees for plywood exports'),
    ('reuters-12948', 2, 'reuters-12943', 5, False, 'OECD members pledged no concessional credits on manufactured goods'),
    # newmont magma spinoff
    ('reuters-11053', 2, 'reuters-4373', 4, False, 'Newmont distributes 80 pct of Magma stock to its shareholders'),
    # loral buys goodyear aerospace
    ('reuters-3596', 2, 'reuters-1186', 2, False, 'Loral agreed to buy Goodyear Aerospace for 640 mln dlrs'),
    # cme price limit
    ('reuters-7445', 9, 'reuters-7236', 1, False, 'the CME board drops its S and P 500 daily price limit plan'),
    # holiday recapitalization vote
    ('reuters-9808', 1, 'reuters-9517', 4, True, 'the New Jersey casino commission will rule on April 1'),
    # bank of british columbia
    ('reuters-4019', 4, 'reuters-4012', 5, True, '1986 operating loss of 4.4 mln against a 7.5 mln profit (rounded vs exact)'),
    ('reuters-4019', 5, 'reuters-4012', 9, True, 'most of the bank was sold to HongKong Bank of Canada last November'),
    ('reuters-4019', 3, 'reuters-4012', 2, False, 'first-quarter operating profit of 273,000 dlrs'),
    # us leading index march
    ('reuters-17401', 1, 'reuters-17391', 1, False, 'the March leading index rose 0.4 pct, a sign of moderate growth'),
    # coastal plan for transamerican
    ('reuters-12977', 1, 'reuters-11943', 2, True, 'Coastal will file its TransAmerican reorganization plan on April 15'),
    # cycare buys medtec
    ('reuters-19870', 1, 'reuters-19763', 1, False, "CyCare buys Control Data's MedTec unit for undisclosed terms"),
    # news international bond
    ('reuters-4716', 1, 'reuters-3494', 1, False, "News International's three-year 100 mln dlr bond via Credit Suisse First Boston"),
    # van gogh killing
    ('bbc-tech-208', 3, 'bbc-entertainment-057', 2, True, 'the Dutch film maker Theo van Gogh was killed'),
    # avnet convertible
    ('reuters-15105', 1, 'reuters-15054', 1, False, '150 mln dlrs of convertible subordinated debentures due 2012 filed with the SEC'),
    ('reuters-15105', 3, 'reuters-15054', 3, True, 'Dillon Read manages the Avnet offering'),
    # cnw bond placement
    ('reuters-4885', 1, 'reuters-4874', 1, False, '25 mln dlrs of consolidated mortgage bonds due 1992 placed privately'),
    # rank xerox south africa
    ('reuters-18811', 2, 'reuters-7136', 1, True, "Rank Xerox agreed in March to sell its South African unit to Altron's Fintech"),
    ('reuters-18811', 4, 'reuters-7136', 4, False, 'the South African unit has about 800 employees'),
    # hyundai exports
    ('reuters-13546', 3, 'reuters-1903', 2, False, 'record 1986 exports of 300,200 cars including 168,900 to the U.S.'),
    ('reuters-13546', 2, 'reuters-1903', 2, False, '1987 export target of 450,000 cars including 250,000 to the U.S.'),
    # odriscoll hamstring
    ('bbc-sport-323', 7, 'bbc-sport-418', 1, False, "O'Driscoll missed the Scotland game through injury"),
    ('bbc-sport-417', 2, 'bbc-sport-418', 2, False, "O'Driscoll failed to recover from a hamstring injury"),
    # mirza hyderabad title
    ('bbc-sport-439', 2, 'bbc-sport-510', 1, False, 'Mirza is the first Indian woman to win a WTA title, at Hyderabad'),
    # chemical and texas commerce
    ('reuters-7366', 3, 'reuters-9640', 1, False, 'the pending 1.19 billion dlr merger of Texas Commerce and Chemical'),
    ('reuters-17099', 6, 'reuters-9640', 3, False, 'the combined bank will have about 80 billion dlrs of assets'),
    ('reuters-17099', 5, 'reuters-7366', 3, True, 'the merger could be completed by May 1'),
    # istanbul blizzards
    ('reuters-3047', 3, 'reuters-2012', 4, True, 'Istanbul airport was shut by the first blizzard'),
    # bank of japan options
    ('reuters-12136', 20, 'reuters-11203', 2, False, 'the Bank of Japan weighs currency swap agreements with other central banks'),
    ('reuters-12136', 21, 'reuters-11203', 4, False, 'official: almost impossible to control capital flows in and out of Japan'),
    # finnair md-11 order
    ('reuters-12105', 1, 'reuters-11952', 1, False, 'Finnair orders two MD-11s with options on two more'),
    ('reuters-12105', 2, 'reuters-11952', 2, True, 'the price of the planes was not disclosed'),
    # norsk hydro bond
    ('reuters-4838', 1, 'reuters-4271', 1, False, 'Norsk Hydro 8-1/4 pct eurodollar bond priced at 101-5/8 via SBCI'),
    # algeria eep wheat
    ('reuters-20738', 2, 'reuters-20239', 1, False, 'USDA took 75,000 tonnes of Algeria wheat and rejected later shipments'),
    # nyse rule and london
    ('reuters-3248', 3, 'reuters-3012', 3, False, 'press reports that the NYSE could bar members from London trading in dual-listed stocks'),
    ('reuters-3248', 2, 'reuters-3012', 8, True, 'the NYSE rule problem is expected to be settled'),
    # christmas retail sales
    ('bbc-business-225', 3, 'bbc-business-481', 1, False, 'ONS December sales missed expectations, worst since 1981'),
    ('bbc-business-481', 3, 'bbc-business-225', 3, True, 'the weakest Christmas since 1981 (23 years earlier)'),
    # cpc asian sale to ajinomoto
    ('reuters-11891', 1, 'reuters-11808', 2, False, 'CPC sells its stakes in six Asian countries to Ajinomoto'),
    ('reuters-11891', 4, 'reuters-11808', 1, True, 'Ajinomoto gets full ownership of the Japanese joint venture'),
    ('reuters-17529', 2, 'reuters-11891', 2, True, 'the proceeds go mainly to cutting debt'),
    ('reuters-17529', 3, 'reuters-11808', 1, False, "Ajinomoto buys CPC's half of Knorr Foods"),
    ('reuters-17529', 3, 'reuters-11891', 4, True, 'Ajinomoto takes full ownership in Japan while CPC keeps fees for technology and trademarks'),
    ('reuters-17529', 4, 'reuters-11808', 2, False, '50 pct stakes in units in six Asian countries'),
    # bp capitalisation issue
    ('reuters-12739', 1, 'reuters-12865', 2, True, 'two new shares for each share held (a three-for-one split)'),
    ('reuters-12739', 2, 'reuters-12865', 2, False, 'needs shareholder approval at an April 30 extraordinary meeting'),
    # spanish bank strike
    ('reuters-19070', 1, 'reuters-19226', 1, True, 'Spanish private bank staff strike over pay'),
    ('reuters-19226', 3, 'reuters-19070', 3, False, 'unions seek shorter hours and an 8 pct rise against the 4.75 pct given'),
    # swiss 1988 budget
    ('reuters-20287', 2, 'reuters-20243', 2, False, '1988 net income of 637 mln francs after internal transfers'),
    # new zealand budget surplus
    ('reuters-18494', 1, 'reuters-18491', 1, False, '379 mln dlr budget surplus for the year to March 1988'),
    ('reuters-18625', 2, 'reuters-18491', 1, False, '379 mln dlr surplus forecast for 1987/88'),
    ('reuters-18625', 12, 'reuters-18494', 3, True, 'the bond tender programme is cut back because of the surplus'),
    ('reuters-18625', 8, 'reuters-18491', 5, True, 'company tax brings in a bigger share of revenue'),
    # uk march producer prices
    ('reuters-16195', 3, 'reuters-16164', 3, False, 'year-on-year rise 3.7 pct against 4.2 pct'),
    ('reuters-16195', 6, 'reuters-16164', 6, False, 'input prices fell on a seasonal drop in industrial electricity costs'),
    # india supercomputer
    ('reuters-10380', 1, 'reuters-10301', 1, True, 'the U.S. offers India a less powerful supercomputer than it asked for'),
    ('reuters-10380', 2, 'reuters-10301', 2, False, 'the machine offered is generations behind the one requested'),
    ('reuters-10380', 6, 'reuters-10301', 5, True, "the sale was held back because of India's closeness to Moscow"),
    ('reuters-10380', 3, 'reuters-10301', 3, True, 'India has the offer but has not said whether it wants the machine'),
    # vneshtorgbank loans
    ('reuters-3231', 6, 'reuters-1468', 1, False, 'First Chicago arranges the 200 mln dlr eight-year loan'),
    # egypt m-1 tank
    ('reuters-19979', 2, 'reuters-19741', 1, True, 'Washington and Cairo are discussing Egyptian production of the tank'),
    # bank of china capital
    ('reuters-5158', 1, 'reuters-5147', 1, False, 'capital raised to five billion yuan from three billion'),
    ('reuters-5158', 2, 'reuters-5147', 3, False, 'total assets of 345 billion yuan at end-1986'),
    ('reuters-5147', 4, 'reuters-5158', 1, True, 'the capital increase meets growing business'),
    ('reuters-5158', 3, 'reuters-5147', 1, True, "Bank of China is the country's foreign exchange and trade bank"),
    # barclays absa and wells fargo
    ('bbc-business-126', 5, 'bbc-business-218', 2, True, 'the Absa stake bid awaits South African regulators'),
    ('bbc-business-126', 5, 'bbc-business-417', 2, False, 'a Barclays-Wells Fargo tie-up would make the fourth biggest bank, worth 180bn dollars'),
    ('bbc-business-218', 1, 'bbc-business-126', 5, True, 'Barclays is seeking a controlling stake in Absa'),
    # us deficits
    ('bbc-business-488', 3, 'bbc-business-328', 2, False, 'record 412bn dollar budget deficit after 377bn the year before'),
    ('bbc-business-488', 2, 'bbc-business-440', 1, False, 'the November trade gap widened to a record of more than 60bn dollars'),
]

# (asked article, passage, other article, its second partner passage): an asked passage with a
# second, about equally good partner in the same other article (documentation only, not written out)
SECOND_PARTNERS = [
    ('reuters-12920', 2, 'reuters-11047', 5),
    ('reuters-21229', 4, 'reuters-21254', 1),
    ('reuters-12284', 6, 'reuters-12258', 5),
    ('reuters-9483', 3, 'reuters-9425', 3),
    ('bbc-politics-338', 5, 'bbc-politics-335', 4),
    ('bbc-entertainment-287', 2, 'bbc-entertainment-118', 1),
    ('bbc-business-247', 4, 'bbc-business-216', 2),
    ('reuters-12108', 2, 'reuters-11942', 3),
    ('reuters-602', 5, 'reuters-479', 4),
    ('reuters-2295', 3, 'reuters-1826', 3),
    ('reuters-15176', 2, 'reuters-14135', 2),
    ('reuters-16484', 2, 'reuters-16452', 2),
    ('reuters-20295', 6, 'reuters-20206', 6),
    ('reuters-15103', 1, 'reuters-15026', 1),
    ('reuters-15107', 2, 'reuters-15090', 1),
    ('reuters-13323', 4, 'reuters-14874', 6),
    ('reuters-17418', 2, 'reuters-17413', 2),
    ('reuters-12948', 6, 'reuters-12943', 3),
    ('reuters-9808', 1, 'reuters-9517', 1),
    ('reuters-12977', 1, 'reuters-11943', 1),
    ('bbc-sport-323', 7, 'bbc-sport-418', 2),
    ('reuters-12136', 20, 'reuters-11203', 1),
    ('reuters-20738', 2, 'reuters-20239', 2),
    ('bbc-business-225', 3, 'bbc-business-481', 6),
    ('reuters-11891', 1, 'reuters-11808', 3),
    ('reuters-17529', 3, 'reuters-11891', 3),
    ('reuters-20287', 2, 'reuters-20243', 1),
    ('reuters-18625', 2, 'reuters-18491', 2),
    ('reuters-3248', 3, 'reuters-3012', 5),
    ('reuters-10380', 6, 'reuters-10301', 4),
    ('reuters-3231', 6, 'reuters-1468', 2),
    ('reuters-19979', 2, 'reuters-19741', 3),
    ('bbc-business-126', 5, 'bbc-business-417', 1),
    ('bbc-business-488', 3, 'bbc-business-328', 1),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'bell petroleum and regal': ['reuters-12717', 'reuters-13060'],
    'alza convertible': ['reuters-16321', 'reuters-16435'],
    'lomak and strata': ['reuters-15296', 'reuters-10146'],
    'ael results': ['reuters-12920', 'reuters-11047'],
    'graco third quarter': ['reuters-21229', 'reuters-21254'],
    'towle loss': ['reuters-12284', 'reuters-12258'],
    'babcock international results': ['reuters-9192', 'reuters-9187'],
    'cra results': ['reuters-922', 'reuters-883'],
    'team third quarter': ['reuters-9483', 'reuters-9425'],
    'fiat sales': ['reuters-11366', 'reuters-11360'],
    'telxon forecast': ['reuters-1315', 'reuters-1339'],
    'tseng results': ['reuters-9390', 'reuters-9312'],
    'lsi logic convertible': ['reuters-8146', 'reuters-8411'],
    'twa london route': ['reuters-1600', 'reuters-2201'],
    'kennedy tour': ['bbc-politics-338', 'bbc-politics-335'],
    'german jobless': ['bbc-business-139', 'bbc-business-275'],
    'ibm patents': ['bbc-tech-029', 'bbc-tech-268'],
    'rem glasgow concert': ['bbc-entertainment-287', 'bbc-entertainment-118'],
    'ghosn to renault': ['bbc-business-247', 'bbc-business-216'],
    'first republicbank loss': ['reuters-20783', 'reuters-20753'],
    'vms strategic dividend': ['reuters-12045', 'reuters-11933'],
    'conseco offering': ['reuters-15862', 'reuters-15659'],
    'vw dividend': ['reuters-15547', 'reuters-15020'],
    'nppc officers': ['reuters-2448', 'reuters-2445'],
    'ramada notes': ['reuters-7458', 'reuters-6800'],
    'southeast banking notes': ['reuters-12108', 'reuters-11942'],
    'quaker oats shelf': ['reuters-602', 'reuters-479'],
    'georgia gulf offering': ['reuters-2295', 'reuters-1826'],
    'philadelphia electric bonds': ['reuters-5760', 'reuters-4272'],
    'stone container offering': ['reuters-15176', 'reuters-14135'],
    'northern trust shelf': ['reuters-16484', 'reuters-16452'],
    'avon third quarter': ['reuters-20295', 'reuters-20206'],
    'lasmo results': ['reuters-11232', 'reuters-11227'],
    'prudential results': ['reuters-8861', 'reuters-8668'],
    'jp morgan first quarter': ['reuters-15103', 'reuters-15026'],
    'atlas mining loss': ['reuters-14852', 'reuters-15056'],
    'fleet first quarter': ['reuters-15107', 'reuters-15090'],
    'ldp economic package': ['reuters-13323', 'reuters-14874'],
    'wales captaincy': ['bbc-sport-348', 'bbc-sport-291', 'bbc-sport-403'],
    'holmes hamstring': ['bbc-sport-057', 'bbc-sport-055'],
    'henman davis cup': ['bbc-sport-437', 'bbc-sport-500'],
    'royal bank first quarter': ['reuters-1193', 'reuters-1124', 'reuters-1152'],
    'omnibus credit default': ['reuters-1810', 'reuters-1505'],
    'daiwa toronto seat': ['reuters-17418', 'reuters-17413'],
    'sec foreign debt futures': ['reuters-4883', 'reuters-4294'],
    'subroto on tin pact': ['reuters-14844', 'reuters-13275'],
    'spain reserve requirement': ['reuters-5412', 'reuters-3660', 'reuters-8723'],
    'salomon cmo': ['reuters-4079', 'reuters-3510'],
    'peabody and eastern gas': ['reuters-12378', 'reuters-12173'],
    'usda plywood credits': ['reuters-12948', 'reuters-12943'],
    'newmont magma spinoff': ['reuters-11053', 'reuters-4373'],
    'loral buys goodyear aerospace': ['reuters-3596', 'reuters-1186'],
    'cme price limit': ['reuters-7445', 'reuters-7236'],
    'holiday recapitalization vote': ['reuters-9808', 'reuters-9517'],
    'bank of british columbia': ['reuters-4019', 'reuters-4012'],
    'us leading index march': ['reuters-17401', 'reuters-17391'],
    'coastal plan for transamerican': ['reuters-12977', 'reuters-11943'],
    'cycare buys medtec': ['reuters-19870', 'reuters-19763'],
    'news international bond': ['reuters-4716', 'reuters-3494'],
    'van gogh killing': ['bbc-tech-208', 'bbc-entertainment-057'],
    'avnet convertible': ['reuters-15105', 'reuters-15054'],
    'cnw bond placement': ['reuters-4885', 'reuters-4874'],
    'rank xerox south africa': ['reuters-18811', 'reuters-7136'],
    'hyundai exports': ['reuters-13546', 'reuters-1903'],
    'odriscoll hamstring': ['bbc-sport-323', 'bbc-sport-418', 'bbc-sport-417'],
    'mirza hyderabad title': ['bbc-sport-439', 'bbc-sport-510'],
    'chemical and texas commerce': ['reuters-7366', 'reuters-9640', 'reuters-17099'],
    'istanbul blizzards': ['reuters-3047', 'reuters-2012'],
    'bank of japan options': ['reuters-12136', 'reuters-11203'],
    'finnair md-11 order': ['reuters-12105', 'reuters-11952'],
    'norsk hydro bond': ['reuters-4838', 'reuters-4271'],
    'algeria eep wheat': ['reuters-20738', 'reuters-20239'],
    'nyse rule and london': ['reuters-3248', 'reuters-3012'],
    'christmas retail sales': ['bbc-business-225', 'bbc-business-481'],
    'cpc asian sale to ajinomoto': ['reuters-11891', 'reuters-11808', 'reuters-17529'],
    'bp capitalisation issue': ['reuters-12739', 'reuters-12865'],
    'spanish bank strike': ['reuters-19070', 'reuters-19226'],
    'swiss 1988 budget': ['reuters-20287', 'reuters-20243'],
    'new zealand budget surplus': ['reuters-18494', 'reuters-18491', 'reuters-18625'],
    'uk march producer prices': ['reuters-16195', 'reuters-16164'],
    'india supercomputer': ['reuters-10380', 'reuters-10301'],
    'vneshtorgbank loans': ['reuters-3231', 'reuters-1468'],
    'egypt m-1 tank': ['reuters-19979', 'reuters-19741'],
    'bank of china capital': ['reuters-5158', 'reuters-5147'],
    'barclays absa and wells fargo': ['bbc-business-126', 'bbc-business-218', 'bbc-business-417'],
    'us deficits': ['bbc-business-488', 'bbc-business-328', 'bbc-business-440'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE19 = [
    # from distractors
    ('bbc-business-033', 1, "half of Colombia's fund for the poor goes to people who do not need it"),
    ('bbc-business-058', 1, 'Electrolux shares jump on plans to move production to low-cost countries'),
    ('bbc-business-070', 1, 'Circuit City receives a 3.25bn dollar takeover offer'),
    ('bbc-business-315', 1, "Scottish and Newcastle buys 37.5% of India's United Breweries"),
    ('bbc-entertainment-110', 1, 'Suge Knight arrested for a parole violation'),
    ('bbc-entertainment-296', 1, 'Snow Patrol ask their bassist to leave'),
    ('bbc-entertainment-379', 1, 'Tarantino in talks to make a Friday the 13th film'),
    ('bbc-politics-146', 1, 'Lib Dems attack plans to store foreign nuclear waste in the UK'),
    ('bbc-politics-173', 1, 'the Scottish Executive loses its slopping-out appeal'),
    ('bbc-politics-366', 1, 'Brown calls for a 5.5bn pound fund against Aids'),
    ('bbc-sport-191', 1, 'Tottenham bid 8m pounds for two Nottingham Forest players'),
    ('bbc-sport-194', 1, 'Klinsmann warns Lehmann over his Arsenal place'),
    ('bbc-tech-015', 1, 'Microsoft to replace 14 million Xbox power cables'),
    ('reuters-10256', 1, 'Bolivia to propose an Andean summit with Reagan'),
    ('reuters-10706', 1, 'Westpac wants an Australian deficit of at most 2.5 billion dlrs'),
    ('reuters-11014', 1, 'Sony to raise production abroad because of the strong yen'),
    ('reuters-11230', 1, 'Mauritius sugar exports fall in February'),
    ('reuters-1172', 1, 'ARGOSystems wins a 15 mln dlr government contract'),
    ('reuters-12309', 1, 'Illinois Central Gulf sells its Joliet-St Louis line'),
    ('reuters-12526', 1, 'Pier One brings forward the expiry of its warrants'),
    ('reuters-12718', 1, 'FAO says 500 million people are starving'),
    ('reuters-12989', 1, 'Rohm and Haas study finds more cancer deaths at a plant'),
    ('reuters-13101', 1, "USX to close its Utah steel works"),
    ('reuters-13237', 1, "Guangxi's sugarcane output rises 26.8 pct"),
    ('reuters-14938', 1, 'California seeks discipline of the auditor KMG Main Hurdman'),
    ('reuters-15416', 1, 'Malaysia asks Japan for a 42 billion yen pipeline loan'),
    ('reuters-15447', 1, 'the EC opens a dumping inquiry into Japanese chips'),
    ('reuters-1565', 1, 'Jamaica to draw 40.9 mln SDRs from the IMF'),
    ('reuters-1588', 1, 'the EC names Hugo Paemen its chief trade negotiator'),
    ('reuters-15885', 1, "Fluorocarbon to buy Eaton's industrial polymer division"),
    ('reuters-20212', 1, 'Corrections Corp to negotiate 1,000 Texas prison beds'),
    ('reuters-20351', 1, 'Toyota expects lower U.S. sales in 1988'),
    ('reuters-2999', 1, 'ICI places its 19.4 pct stake in Lister'),
    ('reuters-3706', 1, 'Genzyme gets a patent for a pancreatic disease test'),
    ('reuters-5185', 1, 'Tanzania wants to export 200,000 tonnes of surplus maize'),
    ('reuters-5962', 1, 'Glaxo seeks a Tokyo listing'),
    ('reuters-6660', 1, 'Amoco gas find off Trinidad'),
    ('reuters-7794', 1, 'Chad says it killed 384 Libyans near Ouadi Doum'),
    ('reuters-8246', 1, 'a West German ship sinks off West Africa'),
    ('reuters-9423', 1, 'Trump told the UAL chairman he was interested in its stock'),
    # from labelled articles
    ('reuters-10301', 6, 'U.S. fears the Soviets could use the supercomputer to break codes'),
    ('reuters-19979', 3, 'General Dynamics has a 3.5 billion dlr contract for 3,299 tanks'),
    ('reuters-20243', 6, 'Swiss growth and inflation both seen at two pct'),
    ('reuters-18491', 4, 'the new goods and services tax brings in 4.1 billion dlrs'),
    ('reuters-3012', 10, 'NYSE member firms would be at a disadvantage in London'),
    ('bbc-business-481', 5, 'several High Street chains report a disappointing festive season'),
    ('reuters-16164', 9, 'input prices down 0.7 pct year-on-year'),
    ('reuters-20287', 4, 'net interest burden to fall to its lowest since 1974'),
    ('reuters-11891', 8, 'CPC now expects 1987 earnings per share to rise well over 20 pct'),
    ('reuters-5147', 5, 'Bank of China has 369 domestic and 347 other offices'),
    ('bbc-business-126', 4, 'Barclaycard profits up 5% and Global Investors up 82%'),
]

PROCEDURE19 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json, "
               "related_pairs_news10.json, related_pairs_news11.json, related_pairs_news12.json, "
               "related_pairs_news13.json, related_pairs_news14.json, related_pairs_news15.json, "
               "related_pairs_news16.json, related_pairs_news17.json or related_pairs_news18.json; corpus = "
               "labelled articles + DISTRACTORS ids drawn with random.Random(seed).sample from the sorted ids "
               "neither labelled here nor in those eighteen corpora; no-counterpart passages chosen afterwards "
               "from that corpus and checked against all of it; every entry is split test. Built by "
               "tests/data/build_related_news19.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS19, NONE19, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE19)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
