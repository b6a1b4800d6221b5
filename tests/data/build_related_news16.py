"""Builds data/related_pairs_news16.json: a sixteenth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 15
(related_pairs_news15.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all
fifteen earlier sets (related_pairs_news.json to related_pairs_news15.json)
excluded, and SEED below. 167 pairs on 88 stories (176 labelled articles, two per
story), 47 no-counterpart passages (36 from distractors, 11 from labelled
articles); corpus of 576 articles. Of the 57 paraphrase pairs (at most three words
rarer than 300 passages of the news file shared, checked by script), 30 share one
such word or none (13 share none), the others two or three. Pairs whose passages
repeat the same sentence or phrase (a shared verbatim quote, a lightly reworded
wire sentence, an offering restated with the same instrument name and figures, a
results table restated in prose with the same figures, the same figures restated
in another sentence) are not marked paraphrase even when few rare words are
shared. 22 asked passages still have a second, about equally good partner passage
in the same other article (listed in SECOND_PARTNERS; only one row per article can
be counted).

Before the corpus was drawn, candidate pairs whose facts recur across many
articles of the news file were left out (Brazil's February suspension of interest
payments, OPEC's output ceiling, IG Metall's 35-hour week demand, the Kenteris and
Thanou doping case, Parmalat's debts, the Janet Jackson fine, Hendrix's death, the
25 billion dlr FSLIC bill, the Peach Bottom shutdown order). While checking the
corpus, distractors of the draw were found to report facts of labelled pairs: a
near copy of the Argentine deputy's criticism of the banks' counter-proposal (the
2.15 billion dlr loan request, his watching the New York talks) and the New York
Stock Exchange's note on the coming expiration Friday (stock options, index
options and futures expiring together). Both stories were dropped, and the
distractors were drawn again with the same seed and checked again. A Czarnikow
distractor of that draw cites Licht's estimates as lower for West Germany and the
USSR, so the two rows on those estimates were dropped (the Licht story keeps its
row on the stagnant European area); the set of labelled articles did not change.
No distractor of the final draw reports a labelled fact. Distractors on the same
broad events as labelled stories were left as distractors (S and P keeping Caesars
World on creditwatch after Sosnoff's bid, Brazil not selling to the cocoa buffer
stock, a survey of commodity pacts, China's drought-driven grain imports, Tokyo
stocks before Nakasone's visit, Canadian banks and Brazilian loans, England's team
for Cardiff); none reports a labelled fact and no no-counterpart passage was taken
from them.

    python tests/data/build_related_news16.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json"
                for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15")]
OUT = HERE / "related_pairs_news16.json"
SEED = 26

# (article A, passage, article B, passage, paraphrase, why)
PAIRS16 = [
    # semiconductor book-to-bill
    ('reuters-15530', 1, 'reuters-16028', 1, False, 'six straight increase in the three-month book-to-bill ratio'),
    ('reuters-15530', 2, 'reuters-16028', 7, False, 'February ratio first put at 1.13'),
    # holiday inns notes downgrade
    ('reuters-2860', 1, 'reuters-3148', 3, False, 'S and P cut 900 mln notes due 1994 to B from B-plus'),
    ('reuters-2860', 2, 'reuters-3148', 4, False, 'reason: notes changed to unsecured after the Feb 20 rating'),
    ('reuters-2860', 7, 'reuters-3148', 13, False, "Moody's B-1 rating still appropriate"),
    # santa fe southern pacific
    ('reuters-2520', 3, 'reuters-9637', 12, False, 'ICC rejected the merger last summer as anticompetitive'),
    # cocoa buffer stock
    ('reuters-5258', 10, 'reuters-8961', 15, False, '250 mln dlrs and about 100,000 tonnes carried forward, frozen'),
    ('reuters-5258', 8, 'reuters-8961', 15, True, 'pact in force since January without buffer stock rules'),
    # transcanada dome
    ('reuters-16979', 1, 'reuters-17000', 1, False, 'report: offer raised to 5.5 billion from 4.3'),
    ('reuters-16979', 2, 'reuters-17000', 2, True, "Dome already accepted Amoco's 5.1 billion bid"),
    # rexham nortek
    ('reuters-8472', 2, 'reuters-15605', 1, False, "Nortek's 381,050 shares, 9.1 pct"),
    ('reuters-8472', 1, 'reuters-15605', 1, True, "Nortek's 43 dlr a share offer"),
    # german engineering wage talks
    ('reuters-14864', 4, 'reuters-16192', 3, True, 'talks broke down in the North Wuerttemberg/North Baden region'),
    # uk budget
    ('reuters-4674', 10, 'reuters-6156', 19, True, 'election must come before June 1988'),
    # licht beet area
    ('reuters-3792', 1, 'reuters-5214', 3, False, "Licht's first estimate: European beet area stagnant"),
    # bond media float
    ('reuters-11847', 2, 'reuters-4646', 4, True, "Bond Media takes Packer's electronic media businesses"),
    ('reuters-11847', 3, 'reuters-4646', 3, False, 'Bond Corp owns about half of Bond Media'),
    # korea trade surplus
    ('reuters-1656', 1, 'reuters-3931', 9, True, 'US purchases to cut the 7.1 billion surplus with the US'),
    # sosnoff caesars
    ('reuters-11888', 2, 'reuters-8438', 3, False, 'talks with Pratt and Southmark not actively pursued'),
    ('reuters-11888', 3, 'reuters-8438', 5, True, 'the 28 dlr bid runs to May 15'),
    ('reuters-11888', 4, 'reuters-8438', 6, False, 'Pratt apparently lost Resorts to Trump'),
    # house trade bill
    ('reuters-4595', 1, 'reuters-5376', 2, False, 'subcommittee approved a toned-down trade bill'),
    ('reuters-4595', 4, 'reuters-5376', 8, False, 'retreat from mandatory retaliation'),
    ('reuters-4595', 5, 'reuters-5376', 13, False, 'Gephardt amendment goes to full Ways and Means'),
    # funaro europe tour
    ('reuters-2563', 10, 'reuters-458', 2, False, 'Lawson: convincing programme for creditors, an IMF accord would help'),
    ('reuters-2563', 5, 'reuters-458', 7, False, 'Funaro and Gros went to Washington last week'),
    ('reuters-2563', 7, 'reuters-458', 13, True, 'next stops Japan and Canada'),
    # st lawrence seaway
    ('reuters-8009', 3, 'reuters-11385', 2, False, '1986 freight: 37.6 mln and 41.6 mln tonnes'),
    ('reuters-8009', 5, 'reuters-11385', 3, False, 'expected loss of 9-10 mln Canadian dlrs'),
    # gilt auctions
    ('reuters-12967', 22, 'reuters-16381', 10, True, 'no sales of the same stock for 28 days after an auction'),
    ('reuters-12967', 18, 'reuters-16381', 9, False, 'rest of the funding by traditional tap issues'),
    # boliden allis-chalmers
    ('reuters-11841', 1, 'reuters-11860', 3, False, "the unit is about half of Allis-Chalmers' sales"),
    ('reuters-11841', 2, 'reuters-11860', 1, False, "the unit is the world's leading maker of such equipment"),
    # texaco rehearing
    ('reuters-10981', 1, 'reuters-8414', 6, True, 'rehearing application filed March 30'),
    # baker hughes ratings
    ('reuters-2668', 1, 'reuters-3986', 2, False, 'about 840 mln dlrs of debt affected'),
    ('reuters-2668', 4, 'reuters-3986', 6, False, "Hughes Tool's B-plus, B-minus and C ratings"),
    # creditanstalt results
    ('reuters-3564', 3, 'reuters-3474', 1, False, 'group net profit 496.7 mln schillings against 354.5'),
    ('reuters-3564', 5, 'reuters-3474', 3, False, 'balance sheet total 453.4 billion against 425.4'),
    # india grants and davy mckee
    ('reuters-5153', 4, 'reuters-6451', 3, False, '73.65 mln stg grant for the Rajasthan zinc-lead mine and smelter'),
    ('reuters-5153', 2, 'reuters-6451', 6, False, '31 mln stg for coal'),
    ('reuters-5153', 5, 'reuters-6451', 1, False, 'Davy McKee designs the smelter'),
    # ibm outlook
    ('reuters-16430', 7, 'reuters-17348', 1, True, 'cost cuts and new products pay off as the year goes on'),
    ('reuters-16430', 9, 'reuters-17348', 2, False, 'Akers: world economy unsettled but encouraging signs'),
    ('reuters-16430', 6, 'reuters-17348', 8, True, 'new PC line just launched, minicomputers ship in summer'),
    # bell atlantic joint marketing
    ('reuters-16605', 3, 'reuters-16657', 3, False, 'FCC: equipment sales allowed under new cost-separation accounting rules'),
    # allied-signal linotype
    ('reuters-11657', 2, 'reuters-9443', 1, True, 'price not disclosed'),
    ('reuters-11657', 3, 'reuters-9443', 4, False, 'Eschborn-based Linotype had 1986 sales over 200 mln dlrs'),
    # gm norwood plant
    ('reuters-2372', 3, 'reuters-7440', 4, False, 'Norwood plant idle to March 23 for material shortages, 3,500 workers'),
    # punta gorda and naples federal
    ('reuters-10890', 8, 'reuters-11131', 2, True, "Naples Federal extends the maturity of Punta Gorda's loans"),
    # hbo and andover
    ('reuters-11125', 1, 'reuters-15335', 2, False, "Andover's proxy slate for the April 30 meeting"),
    ('reuters-11125', 2, 'reuters-15335', 2, False, 'Andover owns about seven pct of HBO'),
    # abe visit and nakasone
    ('reuters-17083', 2, 'reuters-17194', 2, False, "Abe's US trip prepared Nakasone's visit"),
    ('reuters-17083', 17, 'reuters-17194', 6, True, "the House trade bill may pass during Nakasone's visit"),
    # brazil bresser plan
    ('reuters-18369', 1, 'reuters-18862', 6, True, 'the plan is the basis for talks with creditors on the 111 billion dlr debt'),
    # canada tax reform
    ('reuters-19014', 1, 'reuters-19157', 10, False, 'corporate taxes up about five billion dlrs over five years'),
    ('reuters-19014', 3, 'reuters-19157', 11, False, 'broader base, fewer special exemptions'),
    # zambia auction
    ('reuters-5190', 6, 'reuters-6083', 3, False, 'weekly auction suspended since end of January'),
    ('reuters-5190', 7, 'reuters-6083', 5, False, 'kwacha slid to about 15 per dollar in 16 months'),
    # laser photonics share sale
    ('reuters-8945', 1, 'reuters-16459', 1, False, '615,385 shares sold for one mln dlrs'),
    ('reuters-8945', 3, 'reuters-16459', 3, False, 'Lichter, Schoenheimer and Kirk join the board'),
    ('reuters-8945', 2, 'reuters-16459', 3, True, "three board seats for the investors' designates"),
    # harcourt debentures
    ('reuters-19241', 3, 'reuters-19242', 9, False, 'recapitalisation to fend off Maxwell'),
    ('reuters-19241', 7, 'reuters-19242', 1, False, "Salomon's 21,978 debentures, about 22 mln shares"),
    # british airways and european deregulation
    ('reuters-17721', 14, 'reuters-17779', 2, False, 'gradual European liberalisation avoids US problems'),
    ('reuters-17721', 15, 'reuters-17779', 5, True, 'as largest European carrier BA gains from liberalisation'),
    # thermo electron debentures
    ('reuters-7799', 1, 'reuters-12527', 1, False, '75 mln dlrs of convertible subordinated debentures due 2012'),
    ('reuters-7799', 3, 'reuters-12527', 3, False, 'Drexel and Tucker Anthony in the syndicate'),
    # enterra units sale
    ('reuters-3158', 3, 'reuters-13711', 1, False, 'Hale Fire Pump and Macomson sold for about 27 mln dlrs'),
    # cominco union contracts
    ('reuters-6144', 2, 'reuters-17109', 2, False, 'two-year contracts expire April 30'),
    ('reuters-6144', 5, 'reuters-17109', 6, False, 'Trail output 240,000 tons zinc, 110,000 lead; Sullivan 2.2 mln tons ore'),
    # becor meeting
    ('reuters-18751', 1, 'reuters-19766', 1, False, 'the shareholder meeting set for 1000 CDT June 30'),
    # allied supermarkets and vons
    ('reuters-11968', 2, 'reuters-12015', 2, False, '140 mln discount debentures and 100 mln subordinated debentures'),
    ('reuters-11968', 1, 'reuters-12015', 3, True, 'the filing is tied to buying Vons'),
    # afg ratings
    ('reuters-1507', 3, 'reuters-15965', 3, False, "AFG's part in the Lear Siegler bid"),
    ('reuters-1507', 1, 'reuters-15965', 1, False, 'the subordinated debt was rated BB-plus'),
    # ames inventory shortage
    ('reuters-11575', 3, 'reuters-11973', 3, False, 'inventory shortage at the Secaucus distribution centre'),
    # north east insurance
    ('reuters-12506', 2, 'reuters-12515', 2, False, 'fourth quarter net loss 1,653,386 vs 2,646,876'),
    ('reuters-12506', 6, 'reuters-12515', 2, False, 'investment gains 734,609 vs 645,438'),
    # tcw convertible fund offering
    ('reuters-2510', 1, 'reuters-11517', 2, False, 'underwriters led by Bear Stearns, Hutton, Advest and others'),
    ('reuters-2510', 2, 'reuters-11517', 1, True, 'public offering at ten dlrs a share'),
    # computer network channelink
    ('reuters-14328', 2, 'reuters-3679', 2, True, 'CHANNELink links IBM mainframes'),
    # hadson and seaxe
    ('reuters-16463', 1, 'reuters-9381', 1, False, 'Hadson takes 85 pct of Seaxe'),
    ('reuters-16463', 2, 'reuters-9381', 3, False, 'Seaxe explores in the Paris basin'),
    # chi-chi's charge
    ('reuters-3742', 1, 'reuters-3740', 8, False, '20 mln dlr pretax charge to dispose of 21 restaurants'),
    ('reuters-3742', 4, 'reuters-3740', 2, False, 'quarter loss 10.4 mln against 2,144,317 profit'),
    # national bank of brunei
    ('reuters-12747', 2, 'reuters-3443', 3, True, 'Brunei closed the bank in November'),
    # den norske creditbank eight months
    ('reuters-20526', 2, 'reuters-20456', 1, False, 'net profit 300 mln crowns against 203 mln'),
    ('reuters-20526', 5, 'reuters-20456', 2, False, 'operating profit 875 mln against 986 mln'),
    # westlb australian dollar bond
    ('reuters-7021', 1, 'reuters-8274', 1, False, '14-3/8 pct five-year bullet priced at 101-1/2'),
    ('reuters-7021', 3, 'reuters-8274', 2, False, 'Hambros is co-lead manager'),
    # eurocapital inkey condoms
    ('reuters-16508', 3, 'reuters-7260', 5, True, 'FDA approval expected to take long'),
    ('reuters-16508', 4, 'reuters-7260', 4, False, 'the 45 pct stake in Europharmaceutical'),
    # boliden 1986 results
    ('reuters-4075', 1, 'reuters-4065', 1, False, '1986 loss 1.08 billion crowns'),
    ('reuters-4065', 4, 'reuters-4075', 5, True, 'no dividend for 1986'),
    ('reuters-4065', 5, 'reuters-4075', 2, False, 'Ahlsell consolidated this year'),
    # pnc provision
    ('reuters-19212', 3, 'reuters-19434', 3, True, "PNC's 110 mln dlr provision for developing-country loans"),
    # cbt night session
    ('reuters-16245', 6, 'reuters-7054', 1, False, 'Donovan and Mahlmann tour the Far East to win support'),
    ('reuters-16245', 3, 'reuters-7054', 3, True, 'launch planned at the end of April'),
    # calumet hydrocal
    ('reuters-6237', 3, 'reuters-8959', 5, False, 'HydroCal unit being built at the Princeton, La., refinery'),
    # georgia floods
    ('reuters-4110', 2, 'reuters-9327', 2, False, '80,000 hectares of farmland and plantations ruined'),
    # highway bill veto
    ('reuters-10476', 1, 'reuters-11604', 3, False, 'Reagan vetoed the highway bill as a budget buster'),
    # vieille montagne 1986
    ('reuters-14875', 3, 'reuters-14876', 2, False, 'net loss 198 mln francs after 187 mln closure provisions'),
    ('reuters-14875', 2, 'reuters-14876', 6, True, 'sales down about 18 pct (16.51 vs 20.20 billion)'),
    # heck's bankruptcy and viner
    ('reuters-2544', 1, 'reuters-6092', 3, True, "Heck's filed under Chapter 11"),
    # nakasone sales tax
    ('reuters-15373', 13, 'reuters-17070', 4, True, 'the tax overhaul would be the first in 36 years'),
    # neco tender offer
    ('reuters-11402', 1, 'reuters-11449', 2, False, 'minimum-tender condition dropped'),
    ('reuters-11402', 2, 'reuters-11449', 1, False, 'offer extended to April 14'),
    # singapore government securities market
    ('reuters-12434', 2, 'reuters-9759', 14, True, 'non-residents pay withholding tax on interest'),
    ('reuters-12434', 10, 'reuters-9759', 4, False, 'up to 35 billion dlrs over four years'),
    ('reuters-12434', 4, 'reuters-9759', 7, False, 'MAS plans seven billion dlrs of paper in the first year'),
    # gros meets bank committee
    ('reuters-8121', 3, 'reuters-8483', 3, True, 'the meeting of Gros with the advisory committee was inconclusive'),
    # venezuela rescheduling
    ('reuters-137', 11, 'reuters-2423', 6, True, 'Venezuela had sought linking debt payments to oil income'),
    ('reuters-137', 12, 'reuters-2423', 7, True, 'debt capitalisation rules being drawn up'),
    # olin chief executive
    ('reuters-131', 2, 'reuters-173', 1, False, 'Johnstone, 54, president and COO, succeeds Henske as CEO'),
    ('reuters-131', 3, 'reuters-173', 2, False, 'Henske stays chairman until retiring in June 1988'),
    # berliner bank stuttgart losses
    ('reuters-7609', 1, 'reuters-8806', 3, True, 'losses first put in the tens of millions of marks'),
    # american adventure plan
    ('reuters-1237', 4, 'reuters-1289', 3, False, 'one new share for every 10 old ones'),
    # pickens on rigs
    ('reuters-3430', 4, 'reuters-6656', 18, False, 'Pickens: rigs idle until oil tops 30 dlrs, never 2,000 again'),
    ('reuters-3430', 2, 'reuters-6656', 17, False, 'Pickens expects the rig count to drop below 600'),
    # japan shipbuilding cartel
    ('reuters-4640', 1, 'reuters-6541', 6, False, 'cartel application to build about half of capacity from April 1'),
    ('reuters-4640', 2, 'reuters-6541', 9, False, '33 large yards limited to three mln CGRT'),
    # malaysian bank rescues
    ('reuters-6334', 6, 'reuters-2956', 1, True, 'central bank rescued United Asian Bank'),
    # ico quota talks
    ('reuters-562', 3, 'reuters-628', 3, False, 'views on the chance of a quota deal differ widely'),
    ('reuters-562', 6, 'reuters-628', 3, False, 'full council at 1900 hours for a progress report'),
    # spanish money supply
    ('reuters-12576', 4, 'reuters-16282', 2, False, 'Rubio aims for the lower end of the 6.5-9.5 pct range'),
    ('reuters-12576', 3, 'reuters-16282', 3, False, 'ALP grew 11.4 pct in 1986'),
    # hudson's bay writeoff
    ('reuters-7904', 1, 'reuters-7883', 9, False, '40.4 mln dlr writeoff mainly for Dome Petroleum'),
    ('reuters-7904', 2, 'reuters-7883', 7, False, 'operating profit 33.0 mln against loss 9,055,000'),
    # latin oil exporters meeting
    ('reuters-10192', 6, 'reuters-9674', 2, False, 'Ecuador, Mexico, Trinidad-Tobago, Venezuela; Colombia observes for the first time'),
    ('reuters-10192', 7, 'reuters-9674', 1, False, 'ways to fight a US tax on imported oil'),
    # vw 50 millionth car
    ('reuters-8136', 24, 'reuters-8383', 3, True, 'currency losses will not cut investment'),
    ('reuters-8136', 13, 'reuters-8383', 3, True, 'the 50 millionth VW'),
    # lycos anti-spam screensaver
    ('bbc-tech-147', 3, 'bbc-tech-189', 2, False, 'screensaver floods sites selling spam goods to raise their bandwidth bills'),
    # guantanamo britons
    ('bbc-politics-065', 5, 'bbc-politics-151', 3, True, 'release tied to UK assurances to the US about the men'),
    # o'leary contract
    ('bbc-sport-230', 3, 'bbc-sport-264', 2, False, 'deals for Aitken and McGregor to the same term'),
    # marion jones and conte
    ('bbc-sport-039', 2, 'bbc-sport-049', 2, False, "Jones's five Sydney medals (three gold, two bronze)"),
    # santini resigns
    ('bbc-sport-202', 1, 'bbc-sport-207', 2, True, 'Santini quit for personal reasons'),
    ('bbc-sport-202', 3, 'bbc-sport-207', 3, True, "Arnesen to clarify the club's position on Monday"),
    # england denied tries in dublin
    ('bbc-sport-288', 3, 'bbc-sport-289', 2, False, "Cueto's try ruled out for offside"),
    ('bbc-sport-288', 1, 'bbc-sport-289', 3, True, "Lewsey's late try not given"),
    # jet airways ipo
    ('bbc-business-169', 3, 'bbc-business-186', 2, False, '20% of equity; founded by travel agent Naresh Goyal'),
    ('bbc-business-169', 1, 'bbc-business-186', 1, True, 'heavy demand for the IPO'),
    # vickery broken arm
    ('bbc-sport-285', 1, 'bbc-sport-411', 1, False, 'Vickery out of the Six Nations with a broken arm'),
    ('bbc-sport-285', 2, 'bbc-sport-411', 2, False, "radius broken in Gloucester's 17-16 win over Bath"),
    # pountney ban
    ('bbc-sport-319', 1, 'bbc-sport-343', 6, False, 'Pountney fined 2,000 pounds and banned six weeks for criticising the referee'),
    # sarbanes-oxley section 404
    ('bbc-business-036', 2, 'bbc-business-215', 6, False, 'what section 404 requires'),
    # maternity pay
    ('bbc-politics-001', 3, 'bbc-politics-003', 2, False, "twelve months' leave of which six paid"),
    ('bbc-politics-001', 5, 'bbc-politics-003', 2, False, 'taxpayers, not employers, bear the cost'),
    # olin chief executive
    ('reuters-131', 1, 'reuters-173', 1, True, 'Johnstone to become chief executive in April'),
    # american adventure plan
    ('reuters-1237', 1, 'reuters-1289', 1, True, 'bankruptcy court approved the reorganisation plan'),
    # bell atlantic joint marketing
    ('reuters-16605', 2, 'reuters-16657', 3, True, "FCC's January ruling on joint sale of service and equipment"),
    # canada tax reform
    ('reuters-19014', 4, 'reuters-19157', 8, True, 'tax system must stay competitive with the reformed US one'),
    # nakasone sales tax
    ('reuters-15373', 9, 'reuters-17070', 3, True, "Nakasone's term runs to the end of October"),
    # japan shipbuilding cartel
    ('reuters-4640', 6, 'reuters-6541', 14, True, 'the strong yen has cut orders'),
    # indonesia economy
    ('reuters-237', 7, 'reuters-1906', 20, True, 'a faction favours import substitution'),
    ('reuters-237', 4, 'reuters-1906', 19, True, "Suharto's government split over the economy's direction"),
    ('reuters-237', 11, 'reuters-1906', 1, True, 'general elections in April'),
    ('reuters-237', 9, 'reuters-1906', 23, True, 'three reform packages in nine months'),
    ('reuters-237', 10, 'reuters-1906', 9, False, '1986 growth the lowest since the mid-1960s'),
    # china drought
    ('reuters-3445', 3, 'reuters-7545', 3, False, 'Wen Wei Po: worst drought in over 20 years'),
    ('reuters-3445', 4, 'reuters-7545', 8, False, 'Sichuan three degrees warmer since early February'),
    # canadian financial deregulation
    ('reuters-10121', 6, 'reuters-8523', 5, False, 'jurisdiction dispute: provinces regulate securities, Ottawa banks'),
    ('reuters-10121', 5, 'reuters-8523', 1, False, 'Hockin reports progress with the provinces'),
    # funaro europe tour
    ('reuters-2563', 9, 'reuters-458', 1, True, 'governments tell Brazil to deal with the banks'),
    ('reuters-2563', 8, 'reuters-458', 9, True, 'Brazil treats the debt as a political matter for governments first'),
    # gilt auctions
    ('reuters-12967', 3, 'reuters-16381', 3, True, 'gilt auctions modelled on US Treasury auctions'),
    # canada tax reform
    ('reuters-19014', 2, 'reuters-19157', 6, True, 'corporations pay more while personal taxes fall'),
]

# (asked article, passage, other article, its second partner passage): an asked passage with a
# second, about equally good partner in the same other article (documentation only, not written out)
SECOND_PARTNERS = [
    ('reuters-11847', 3, 'reuters-4646', 1),
    ('reuters-11841', 1, 'reuters-11860', 2),
    ('reuters-3564', 5, 'reuters-3474', 2),
    ('reuters-5153', 4, 'reuters-6451', 2),
    ('reuters-16430', 7, 'reuters-17348', 9),
    ('reuters-2372', 3, 'reuters-7440', 2),
    ('reuters-5190', 7, 'reuters-6083', 6),
    ('reuters-7799', 3, 'reuters-12527', 1),
    ('reuters-1507', 1, 'reuters-15965', 2),
    ('reuters-4075', 1, 'reuters-4065', 2),
    ('reuters-16245', 6, 'reuters-7054', 2),
    ('reuters-14875', 3, 'reuters-14876', 4),
    ('reuters-12434', 10, 'reuters-9759', 1),
    ('reuters-7609', 1, 'reuters-8806', 1),
    ('reuters-6334', 6, 'reuters-2956', 6),
    ('reuters-12576', 3, 'reuters-16282', 2),
    ('reuters-7904', 2, 'reuters-7883', 6),
    ('bbc-tech-147', 3, 'bbc-tech-189', 4),
    ('bbc-sport-285', 2, 'bbc-sport-411', 3),
    ('reuters-237', 11, 'reuters-1906', 5),
    ('reuters-3445', 4, 'reuters-7545', 5),
    ('reuters-10121', 5, 'reuters-8523', 4),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'semiconductor book-to-bill': ['reuters-15530', 'reuters-16028'],
    'holiday inns notes downgrade': ['reuters-2860', 'reuters-3148'],
    'santa fe southern pacific': ['reuters-2520', 'reuters-9637'],
    'cocoa buffer stock': ['reuters-5258', 'reuters-8961'],
    'transcanada dome': ['reuters-16979', 'reuters-17000'],
    'rexham nortek': ['reuters-15605', 'reuters-8472'],
    'german engineering wage talks': ['reuters-14864', 'reuters-16192'],
    'uk budget': ['reuters-4674', 'reuters-6156'],
    'licht beet area': ['reuters-3792', 'reuters-5214'],
    'bond media float': ['reuters-11847', 'reuters-4646'],
    'korea trade surplus': ['reuters-1656', 'reuters-3931'],
    'sosnoff caesars': ['reuters-11888', 'reuters-8438'],
    'house trade bill': ['reuters-4595', 'reuters-5376'],
    'funaro europe tour': ['reuters-2563', 'reuters-458'],
    'st lawrence seaway': ['reuters-11385', 'reuters-8009'],
    'gilt auctions': ['reuters-12967', 'reuters-16381'],
    'boliden allis-chalmers': ['reuters-11841', 'reuters-11860'],
    'texaco rehearing': ['reuters-10981', 'reuters-8414'],
    'baker hughes ratings': ['reuters-2668', 'reuters-3986'],
    'creditanstalt results': ['reuters-3474', 'reuters-3564'],
    'india grants and davy mckee': ['reuters-5153', 'reuters-6451'],
    'ibm outlook': ['reuters-16430', 'reuters-17348'],
    'bell atlantic joint marketing': ['reuters-16605', 'reuters-16657'],
    'allied-signal linotype': ['reuters-11657', 'reuters-9443'],
    'gm norwood plant': ['reuters-2372', 'reuters-7440'],
    'punta gorda and naples federal': ['reuters-10890', 'reuters-11131'],
    'hbo and andover': ['reuters-11125', 'reuters-15335'],
    'abe visit and nakasone': ['reuters-17083', 'reuters-17194'],
    'brazil bresser plan': ['reuters-18369', 'reuters-18862'],
    'canada tax reform': ['reuters-19014', 'reuters-19157'],
    'zambia auction': ['reuters-5190', 'reuters-6083'],
    'laser photonics share sale': ['reuters-16459', 'reuters-8945'],
    'harcourt debentures': ['reuters-19241', 'reuters-19242'],
    'british airways and european deregulation': ['reuters-17721', 'reuters-17779'],
    'thermo electron debentures': ['reuters-12527', 'reuters-7799'],
    'enterra units sale': ['reuters-13711', 'reuters-3158'],
    'cominco union contracts': ['reuters-17109', 'reuters-6144'],
    'becor meeting': ['reuters-18751', 'reuters-19766'],
    'allied supermarkets and vons': ['reuters-11968', 'reuters-12015'],
    'afg ratings': ['reuters-1507', 'reuters-15965'],
    'ames inventory shortage': ['reuters-11575', 'reuters-11973'],
    'north east insurance': ['reuters-12506', 'reuters-12515'],
    'tcw convertible fund offering': ['reuters-11517', 'reuters-2510'],
    'computer network channelink': ['reuters-14328', 'reuters-3679'],
    'hadson and seaxe': ['reuters-16463', 'reuters-9381'],
    "chi-chi's charge": ['reuters-3740', 'reuters-3742'],
    'national bank of brunei': ['reuters-12747', 'reuters-3443'],
    'den norske creditbank eight months': ['reuters-20456', 'reuters-20526'],
    'westlb australian dollar bond': ['reuters-7021', 'reuters-8274'],
    'eurocapital inkey condoms': ['reuters-16508', 'reuters-7260'],
    'boliden 1986 results': ['reuters-4065', 'reuters-4075'],
    'pnc provision': ['reuters-19212', 'reuters-19434'],
    'cbt night session': ['reuters-16245', 'reuters-7054'],
    'calumet hydrocal': ['reuters-6237', 'reuters-8959'],
    'georgia floods': ['reuters-4110', 'reuters-9327'],
    'highway bill veto': ['reuters-10476', 'reuters-11604'],
    'vieille montagne 1986': ['reuters-14875', 'reuters-14876'],
    "heck's bankruptcy and viner": ['reuters-2544', 'reuters-6092'],
    'nakasone sales tax': ['reuters-15373', 'reuters-17070'],
    'neco tender offer': ['reuters-11402', 'reuters-11449'],
    'singapore government securities market': ['reuters-12434', 'reuters-9759'],
    'gros meets bank committee': ['reuters-8121', 'reuters-8483'],
    'venezuela rescheduling': ['reuters-137', 'reuters-2423'],
    'olin chief executive': ['reuters-131', 'reuters-173'],
    'berliner bank stuttgart losses': ['reuters-7609', 'reuters-8806'],
    'american adventure plan': ['reuters-1237', 'reuters-1289'],
    'pickens on rigs': ['reuters-3430', 'reuters-6656'],
    'japan shipbuilding cartel': ['reuters-4640', 'reuters-6541'],
    'malaysian bank rescues': ['reuters-2956', 'reuters-6334'],
    'ico quota talks': ['reuters-562', 'reuters-628'],
    'spanish money supply': ['reuters-12576', 'reuters-16282'],
    "hudson's bay writeoff": ['reuters-7883', 'reuters-7904'],
    'latin oil exporters meeting': ['reuters-10192', 'reuters-9674'],
    'vw 50 millionth car': ['reuters-8136', 'reuters-8383'],
    'lycos anti-spam screensaver': ['bbc-tech-147', 'bbc-tech-189'],
    'guantanamo britons': ['bbc-politics-065', 'bbc-politics-151'],
    "o'leary contract": ['bbc-sport-230', 'bbc-sport-264'],
    'marion jones and conte': ['bbc-sport-039', 'bbc-sport-049'],
    'santini resigns': ['bbc-sport-202', 'bbc-sport-207'],
    'england denied tries in dublin': ['bbc-sport-288', 'bbc-sport-289'],
    'jet airways ipo': ['bbc-business-169', 'bbc-business-186'],
    'vickery broken arm': ['bbc-sport-285', 'bbc-sport-411'],
    'pountney ban': ['bbc-sport-319', 'bbc-sport-343'],
    'sarbanes-oxley section 404': ['bbc-business-036', 'bbc-business-215'],
    'maternity pay': ['bbc-politics-001', 'bbc-politics-003'],
    'indonesia economy': ['reuters-1906', 'reuters-237'],
    'china drought': ['reuters-3445', 'reuters-7545'],
    'canadian financial deregulation': ['reuters-10121', 'reuters-8523'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE16 = [
    # from distractors
    ('reuters-16157', 1, 'Matsushita to launch the smallest, lightest personal plain paper copier in June'),
    ('reuters-9236', 1, 'Disney opens its first non-tourist retail store in a Glendale mall'),
    ('reuters-5228', 1, "Cie Bancaire's one-for-five issue of new shares"),
    ('bbc-politics-035', 1, 'Blair meets Berlusconi and Schroeder on Turkey joining the EU'),
    ('reuters-44', 1, "US Lines hands its South American service to Crowley's American Transport Lines"),
    ('bbc-sport-131', 1, 'Newry City weigh legal action over their Irish Cup expulsion'),
    ('reuters-15629', 1, 'Humana to sell 68 MedFirst offices to Primedical'),
    ('reuters-19481', 1, 'Endotronics ends its joint venture with Summa Medical'),
    ('reuters-19692', 1, 'Amax Zinc raises dyecast alloy prices three cents a lb'),
    ('reuters-21558', 1, 'Frontier Airlines asks the court to pay employee benefit claims quickly'),
    ('reuters-2927', 1, 'Energen buys the Clanton, Ala., gas distribution system'),
    ('reuters-5843', 1, 'Kobeya Baking places 10 mln Swiss francs of notes privately'),
    ('reuters-6009', 1, 'HiTech Engineering sells 200,000 shares to its chairman'),
    ('reuters-7865', 1, 'American Cablesystems buys a Los Angeles County cable system from Heritage'),
    ('reuters-8781', 1, "a director to buy 27 pct of Astrotech's preferred stock"),
    ('reuters-19291', 1, 'Unocal drops fluidized bed combustion at Parachute Creek'),
    ('bbc-entertainment-209', 1, 'viewer sues a US network over a rat-eating stunt'),
    ('reuters-3733', 1, 'Pragma Bio-Tech compares nitroglycerin varieties for angina'),
    ('reuters-13865', 1, 'Motorola unveils the Model 2616 and new VME boards'),
    ('reuters-326', 1, 'SNCF issues a three billion franc bond in two tranches'),
    ('reuters-5398', 1, 'Ferruzzi takes 67 pct of the Spanish mill Guadalco'),
    ('bbc-entertainment-124', 1, 'record producer Terry Melcher dies aged 62'),
    ('reuters-18217', 1, 'Quebec and Goodrich Canada study a vinyl chloride monomer plant'),
    ('reuters-4435', 1, "FDA approves Instrumentarium's MRI system sold by Diasonics"),
    ('reuters-5365', 1, 'Smoky River to supply coking coal to Pohang Iron and Steel'),
    ('reuters-932', 1, 'KLM takes 15 pct of Air UK'),
    ('bbc-business-226', 1, "McDonald's sponsors an MTV programme"),
    ('bbc-politics-178', 1, 'Balfour Beatty and rail managers tried over the Hatfield crash'),
    ('reuters-1235', 1, 'Perini Investment buys four Florida warehouse properties'),
    ('reuters-207', 1, 'Delta rocket launches a hurricane-tracking satellite'),
    ('reuters-7985', 1, 'LAC Minerals suspends underground work at Lake Shore mine'),
    ('reuters-15214', 1, "AbuZayyad named president of IBM's ROLM unit"),
    ('reuters-19814', 1, 'Jaguar to spend about a billion pounds in six years'),
    ('reuters-4051', 1, 'Chittagong port workers end a three-day strike'),
    ('bbc-business-445', 1, 'three Aer Lingus executives leave early over conflict of interest'),
    ('reuters-10794', 1, 'Skanska sells its 49 pct of Canadian Foundation to Banister'),
    # from labelled articles
    ('reuters-16430', 13, "Weil: top mainframe sales rescued IBM's quarter"),
    ('reuters-17070', 15, 'Watanabe: the next prime minister must face an indirect tax'),
    ('reuters-3148', 9, 'the New World Pictures debentures were repriced at 97'),
    ('reuters-7545', 16, 'this El Nino is weaker than the 1982/83 one'),
    ('bbc-politics-003', 4, 'Hewitt: ending career sexism is key to closing the pay gap'),
    ('reuters-8483', 15, 'Washington backs the banks against debt forgiveness'),
    ('reuters-4674', 12, 'Thatcher: the 25 pct basic rate will come only eventually'),
    ('reuters-1906', 16, 'World Bank warns unemployment could strain Indonesian society'),
    ('reuters-9637', 7, "Southern Pacific's own 1983 valuation range"),
    ('reuters-2423', 8, 'Venezuela plans dollar, mark and yen bonds of 100 to 150 mln dlrs'),
    ('reuters-6541', 12, 'shipbuilders to cut 20,000 to 30,000 of about 100,000 jobs'),
]

PROCEDURE16 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json, "
               "related_pairs_news10.json, related_pairs_news11.json, related_pairs_news12.json, "
               "related_pairs_news13.json, related_pairs_news14.json or related_pairs_news15.json; corpus = "
               "labelled articles + DISTRACTORS ids drawn with random.Random(seed).sample from the sorted ids "
               "neither labelled here nor in those fifteen corpora; no-counterpart passages chosen afterwards "
               "from that corpus and checked against all of it; every entry is split test. Built by "
               "tests/data/build_related_news16.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS16, NONE16, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE16)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
