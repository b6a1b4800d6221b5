"""Builds data/related_pairs_news17.json: a seventeenth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 16
(related_pairs_news16.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all
sixteen earlier sets (related_pairs_news.json to related_pairs_news16.json)
excluded, and SEED below. 150 pairs on 91 stories (182 labelled articles, two per
story), 51 no-counterpart passages (40 from distractors, 11 from labelled
articles); corpus of 582 articles. Of the 50 paraphrase pairs (at most three words
rarer than 300 passages of the news file shared, checked by script), 29 share one
such word or none (13 share none), the others two or three. Pairs whose passages
repeat the same sentence or phrase (a lightly reworded wire sentence, the same
description of a firm, an offering or a results table restated with the same
figures, the same figures restated in another sentence, a shared verbatim quote)
are not marked paraphrase even when few rare words are shared; rows first marked
paraphrase that share more than three rare words were marked not paraphrase. 8
asked passages still have a second, about equally good partner passage in the
same other article (listed in SECOND_PARTNERS; only one row per article can be
counted).

Before the corpus was drawn, candidate pairs whose facts recur across many
articles of the news file were left out (Brazil's interest suspension and its new
debt commission, the Tory 35 billion pound savings pledge, Chrysler's purchase of
American Motors, the UAL pilots' bid and Trump's UAL stake, Canada's June 30
opening of the securities industry, the Peach Bottom shutdown, the Purolator
buyout, the Piedmont/USAir contest, the Million Dollar Baby and Vera Drake awards,
Kyoto). Near-copy article pairs (the same wire story sent twice) were mostly left
out; a few stories of near-verbatim rows were dropped to keep the paraphrase
share. While checking the corpus, a distractor of the first draw (Mellon's
chairman retiring) reported Mellon's first-quarter loss, a labelled fact; that
story was dropped, the distractors were drawn again with the same seed and
checked again. No distractor of the final draw reports a labelled fact.
Distractors on the same broad events as labelled stories were left as
distractors (the Paris Club meeting to discuss a tsunami debt moratorium, Allegis
selling Canadian hotels while facing the Coniston and pilots takeover threat);
neither reports a labelled fact and no no-counterpart passage was taken from them.

    python tests/data/build_related_news17.py [--news PATH]
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
                          "16")]
OUT = HERE / "related_pairs_news17.json"
SEED = 27

# (article A, passage, article B, passage, paraphrase, why)
PAIRS17 = [
    # nacco quarto
    ('reuters-14666', 8, 'reuters-651', 3, False, 'Quarto produced about 3.6 mln tons of coal in 1986'),
    ('reuters-14666', 7, 'reuters-651', 3, False, "Quarto's 1986 net income of 5.9 mln dlrs"),
    ('reuters-14666', 2, 'reuters-651', 1, False, 'the option to buy Quarto Mining is being exercised'),
    # abm gold offering
    ('reuters-17122', 2, 'reuters-5890', 6, False, 'ABM manages and develops the properties of Sonora, Goldenbell, United and Inca'),
    ('reuters-17122', 3, 'reuters-5890', 4, False, "buying a 15 pct interest in net profits from Sonora's properties"),
    ('reuters-17122', 1, 'reuters-5890', 1, False, 'initial public offering through PaineWebber and Advest'),
    # anacomp datagraphix
    ('reuters-1208', 3, 'reuters-8259', 1, False, 'Anacomp buys DatagraphiX from General Dynamics'),
    ('reuters-1208', 1, 'reuters-8259', 3, True, "the acquisition should lift Anacomp's earnings this year"),
    # amsouth first tuskaloosa
    ('reuters-16460', 2, 'reuters-7220', 3, False, '66 dlrs a share in AmSouth stock for First Tuskaloosa'),
    # hybritech patent suit
    ('reuters-11096', 3, 'reuters-8721', 4, True, 'the litigation between Hybritech and Monoclonal dates from 1984'),
    # adobe postscript ibm
    ('reuters-1130', 1, 'reuters-5302', 11, False, "IBM licenses Adobe's PostScript"),
    ('reuters-1130', 2, 'reuters-5302', 4, False, 'IBM to build PostScript into its electronic publishing products'),
    # lear siegler buyout
    ('reuters-12958', 3, 'reuters-9607', 2, True, 'Lear Siegler was taken over in a leveraged buyout led by Forstmann Little'),
    # scherer preferred offering
    ('reuters-149', 2, 'reuters-4485', 4, False, 'director Manoogian buys 200,000 preferred shares at 25 dlrs'),
    ('reuters-149', 4, 'reuters-4485', 3, False, 'Goldman Sachs leads the underwriters'),
    ('reuters-149', 3, 'reuters-4485', 5, True, 'proceeds go partly to research and development'),
    ('reuters-149', 1, 'reuters-4485', 1, False, 'convertible exchangeable preferred at 25 dlrs a share'),
    # dow magnum abs prices
    ('reuters-11625', 2, 'reuters-1493', 1, False, 'the original increase of three cts a pound for standard grades'),
    ('reuters-11625', 3, 'reuters-1493', 2, False, 'the original increase of five cts a pound for performance grades'),
    ('reuters-11625', 1, 'reuters-1493', 3, False, 'the first increase was to take effect April 1'),
    # pemex japan loan
    ('reuters-12392', 1, 'reuters-918', 1, False, '500 mln dlr Japanese Eximbank loan for the pipeline project'),
    ('reuters-12392', 2, 'reuters-918', 4, False, 'pipeline from Nuevo Teapa to Salina Cruz on the Pacific'),
    ('reuters-12392', 3, 'reuters-918', 6, True, 'the pipeline eases shipping of Mexican oil to Japan'),
    # harcourt holt rinehart
    ('reuters-15146', 3, 'reuters-2433', 10, False, 'Harcourt bought Holt, Rinehart and Winston and Saunders'),
    # general cinema cadbury
    ('reuters-3380', 7, 'reuters-5525', 2, False, 'cost of the Carter Hawley and Cadbury Schweppes investments weighs on net'),
    # colonial municipal trust offering
    ('reuters-2603', 1, 'reuters-7173', 1, False, 'ten dlr shares through Morgan Keegan, Bateman Eichler and Piper Jaffray'),
    # turkey point leak
    ('reuters-3837', 1, 'reuters-5130', 3, True, 'the earlier pressure leak found on Wednesday that shut the reactor'),
    ('reuters-3837', 3, 'reuters-5130', 3, False, 'Unit 4 is one of two reactors at the site south of Miami'),
    # phillips debt
    ('reuters-4017', 4, 'reuters-4232', 3, False, 'Phillips debt about 5.9 billion dlrs at December 1986'),
    # comsat hi-net
    ('reuters-14759', 2, 'reuters-4818', 1, False, "Comsat bought Holiday's 50 pct of Hi-Net"),
    # australian cane dry areas
    ('reuters-10687', 3, 'reuters-17241', 10, True, 'cane elsewhere in the sugar belt is doing well'),
    ('reuters-10687', 2, 'reuters-17241', 3, True, 'Burdekin and Mackay are the dry problem areas'),
    ('reuters-10687', 5, 'reuters-17241', 1, True, "Mackay's dry spell eased only by light, intermittent rain"),
    # mark iv conrac bid
    ('reuters-11915', 1, 'reuters-8690', 1, False, "Mark IV's 25 dlr a share tender offer for all Conrac shares"),
    # chemlawn sale talks
    ('reuters-3744', 2, 'reuters-4970', 3, False, "ChemLawn rejected Waste Management's 27 dlr tender offer"),
    ('reuters-3744', 1, 'reuters-4970', 4, False, 'ChemLawn is in sale talks with various parties'),
    # dart supermarkets general
    ('reuters-3313', 1, 'reuters-5352', 2, False, "Dart's 41.75 dlr a share cash offer"),
    # southdown ratings
    ('reuters-2644', 2, 'reuters-4857', 3, True, 'debt-financed share buyback and weaker earnings behind the cut'),
    # beneficial ratings
    ('reuters-2889', 2, 'reuters-4842', 4, True, 'the large 1986 loss behind the downgrade'),
    # atlantic city electric ratings
    ('reuters-4520', 1, 'reuters-7793', 2, True, "the New Jersey utility board's rate ruling behind the rating action"),
    ('reuters-4520', 2, 'reuters-7793', 2, False, 'rates cut by 15.9 mln dlrs'),
    # valero ratings
    ('reuters-6001', 2, 'reuters-6219', 3, True, 'sale of the natural gas business improves leverage'),
    # dana ratings
    ('reuters-6230', 2, 'reuters-9623', 3, True, 'aggressive balance sheet management with debt-financed buybacks'),
    # hospital corp ratings
    ('reuters-17818', 3, 'reuters-18237', 2, False, 'sale of 104 hospitals to an employee stock ownership plan'),
    # hechinger ratings
    ('reuters-5942', 2, 'reuters-6300', 2, True, 'steadily growing profits behind the upgrade'),
    # republicbank ratings
    ('reuters-14665', 3, 'reuters-16050', 2, True, 'the rating action stems from the proposed InterFirst merger'),
    # pse&g ratings
    ('reuters-1756', 3, 'reuters-4566', 3, True, 'a harsh rate order from the regulators'),
    # chrysler ratings
    ('reuters-3369', 3, 'reuters-3373', 2, True, 'American Motors preferred reviewed for a possible upgrade'),
    # chelsea sack mutu
    ('bbc-sport-199', 1, 'bbc-sport-203', 2, True, 'Chelsea dismissed Mutu over the drugs test'),
    # bellamy and celtic
    ('bbc-sport-138', 2, 'bbc-sport-187', 2, False, 'Bellamy spurned Birmingham after his row with Souness'),
    ('bbc-sport-187', 3, 'bbc-sport-138', 2, False, 'Bellamy had accused Souness of lying'),
    ('bbc-sport-138', 3, 'bbc-sport-187', 2, True, 'Bellamy is not expected to play for Newcastle again'),
    # alaska air share offering
    ('reuters-2473', 3, 'reuters-3812', 2, False, 'proceeds for debt reduction, working capital and capital spending'),
    ('reuters-2473', 1, 'reuters-3812', 1, False, '1.8 mln common shares offered'),
    # usg debentures
    ('reuters-2498', 1, 'reuters-2625', 3, False, '200 mln dlrs of debentures due 2017 yielding 8.77 pct'),
    ('reuters-2498', 2, 'reuters-2625', 3, False, 'priced 120 basis points over Treasuries'),
    # walker mobile division
    ('reuters-4784', 1, 'reuters-4886', 1, False, 'mobile communications division discontinued with a one-time loss'),
    ('reuters-4784', 3, 'reuters-4886', 3, True, 'falling retail prices left the mobile business unprofitable'),
    # citgo postings
    ('reuters-1875', 1, 'reuters-4584', 3, True, "Citgo's March 4 change in crude postings"),
    # wisconsin electric preferred
    ('reuters-4563', 3, 'reuters-8034', 3, True, 'new preferred stock pays for redeeming the old preferred'),
    # suntrust first quarter
    ('reuters-15489', 2, 'reuters-15490', 2, False, 'first quarter net 70.2 mln dlrs against 64.0 mln'),
    # contel outlook
    ('reuters-19926', 1, 'reuters-19955', 3, False, '1987 earnings seen about 15 pct lower'),
    ('reuters-19926', 3, 'reuters-19955', 5, True, 'Contel is reviewing its divisions'),
    # gabelli decision capital
    ('reuters-12719', 2, 'reuters-16026', 2, True, 'Gabelli is not seeking control of the fund'),
    # emerson new zealand notes
    ('reuters-3834', 1, 'reuters-4350', 1, False, '18.55 pct notes due 1989'),
    ('reuters-4350', 3, 'reuters-3834', 1, True, 'Prudential-Bache underwrites the notes at par'),
    # essex chemical debentures
    ('reuters-4464', 1, 'reuters-9854', 1, False, '60 mln dlrs of convertible subordinated debentures due 2012'),
    ('reuters-4464', 3, 'reuters-9854', 1, False, 'Thomson McKinnon is lead manager'),
    # federal paper board preferred
    ('reuters-6122', 1, 'reuters-7145', 1, False, '140 mln dlrs of convertible preferred stock'),
    ('reuters-7145', 2, 'reuters-6122', 1, False, 'proceeds redeem the 125 mln dlrs of 13 pct debentures on June 15'),
    # mobex grant tender
    ('reuters-6441', 2, 'reuters-8975', 2, False, 'the 7.75 dlr offer running to 2000 EST March 23'),
    # hollinger unimedia
    ('reuters-18730', 1, 'reuters-18880', 4, True, 'Hollinger completed the Unimedia acquisition'),
    ('reuters-18730', 2, 'reuters-18880', 4, False, 'Hollinger owns 58 pct of the Daily Telegraph'),
    # hyponex debentures
    ('reuters-6753', 1, 'reuters-7756', 2, False, '150 mln dlrs of senior subordinated debentures due 1999'),
    # mead debentures
    ('reuters-5016', 3, 'reuters-7373', 3, False, 'proceeds retire short-term debt partly from recent acquisitions'),
    # merrill lynch canada brokers
    ('reuters-4233', 1, 'reuters-8689', 1, True, 'Merrill Lynch looking to buy a Canadian securities dealer'),
    ('reuters-4233', 4, 'reuters-8689', 2, False, 'Burns Fry among the firms in talks'),
    ('reuters-4233', 2, 'reuters-8689', 1, True, 'Merrill Lynch is talking to several possible targets'),
    # norstar fleet
    ('reuters-10161', 4, 'reuters-6659', 1, True, 'Norstar is to merge with Fleet Financial'),
    # phoenix financial data access
    ('reuters-15332', 4, 'reuters-15596', 2, True, 'Phoenix has taken control of Data Access'),
    ('reuters-15332', 5, 'reuters-15596', 3, True, 'Ackerman and other Phoenix people join the Data Access board'),
    # regal bell petroleum bid
    ('reuters-1874', 2, 'reuters-2159', 1, False, "Regal's offer raised to one share from half a share per Bell share"),
    ('reuters-1874', 6, 'reuters-2159', 2, True, 'Bell is to meet another possible acquirer'),
    ('reuters-1874', 5, 'reuters-2159', 3, True, 'Bell is weighing the offer against other options'),
    # salomon second quarter
    ('reuters-18588', 1, 'reuters-18823', 7, True, "second quarter profitable but below last year's"),
    ('reuters-18588', 2, 'reuters-18823', 7, True, 'analysts cut their second quarter estimates'),
    # telecom plus siemens
    ('reuters-7093', 1, 'reuters-8977', 1, False, 'sale of the 65 pct stake in Tel Plus Communications to Siemens'),
    # triangle microwave buyout
    ('reuters-5505', 2, 'reuters-8704', 4, True, "the deal needs Triangle shareholders' and regulators' approval"),
    ('reuters-5505', 3, 'reuters-8704', 6, False, 'Triangle makes microwave components'),
    # japan fund offer
    ('reuters-2013', 2, 'reuters-436', 1, True, "the fund's assets bought for 95 pct of net asset value, i.e. five pct below"),
    # national semiconductor third quarter
    ('reuters-8708', 3, 'reuters-8799', 4, False, 'quarter net loss 25.6 mln against 39.4 mln'),
    ('reuters-8708', 8, 'reuters-8799', 5, False, 'nine-month loss 32.7 mln against 84.4 mln'),
    # general mills third quarter
    ('reuters-4777', 2, 'reuters-4810', 6, False, 'quarter net 56.9 mln against 46.4 mln'),
    ('reuters-4777', 3, 'reuters-4810', 6, False, 'quarter sales 1.31 billion against 1.13 billion'),
    # ecolab third quarter
    ('reuters-20529', 2, 'reuters-20581', 3, False, 'third quarter operating net 4,255,000 against 9,299,000'),
    ('reuters-20529', 8, 'reuters-20581', 3, False, '89 ct charge to restructure ChemLawn'),
    # taft buyout offer
    ('reuters-2924', 1, 'reuters-4135', 1, False, 'buyout proposed by the group led by Dudley Taft'),
    ('reuters-2924', 3, 'reuters-4135', 2, False, 'the 145 dlr a share offer'),
    # newmont gold offering
    ('reuters-6245', 3, 'reuters-8477', 2, False, 'Newmont Mining keeps about 90 pct of Newmont Gold'),
    ('reuters-6245', 1, 'reuters-8477', 1, False, 'the five mln share offering'),
    ('reuters-6245', 2, 'reuters-8477', 2, False, 'about 105 mln Newmont Gold shares outstanding after the issue'),
    # freeport-mcmoran debt
    ('reuters-12606', 2, 'reuters-8809', 2, True, 'paying down the debt from the Petro-Lewis and American Royalty Trust purchases'),
    # noranda forest offering
    ('reuters-3376', 1, 'reuters-4443', 7, False, 'Noranda plans a public share offer of Noranda Forest'),
    # maruti and suzuki
    ('reuters-11217', 5, 'reuters-8647', 3, False, 'Suzuki owns 26 pct of Maruti Udyog'),
    # yahoo tenth birthday
    ('bbc-tech-065', 1, 'bbc-tech-337', 1, True, 'Yahoo turns ten'),
    # indonesia tsunami debt freeze
    ('bbc-business-411', 4, 'bbc-business-491', 2, False, 'the Paris Club debt freeze offered to Indonesia'),
    ('bbc-business-411', 2, 'bbc-business-491', 2, True, "Indonesia's debt repayments were to be frozen"),
    # bank of new york loan loss addition
    ('reuters-19752', 3, 'reuters-19936', 3, False, '135 mln dlr addition to loan loss reserves for developing-country debt'),
    # hilton first quarter
    ('reuters-12831', 2, 'reuters-6214', 1, False, 'year-earlier first quarter earnings of 70 cts a share'),
    # salant results and reorganisation
    ('reuters-5359', 7, 'reuters-5366', 5, False, '1986 net 1,596,000 dlrs'),
    ('reuters-5359', 12, 'reuters-5366', 5, False, '9.4 mln dlr charge for the Chapter 11 costs excluded'),
    ('reuters-5359', 10, 'reuters-5366', 6, False, '1985 net hit by a 6.6 mln dlr plant-closing provision'),
    ('reuters-5359', 9, 'reuters-5366', 5, False, '1.6 mln dlr pretax provision for the loss on selling a subsidiary'),
    # williams companies loss
    ('reuters-1433', 2, 'reuters-1466', 1, False, '1986 net loss 240 mln dlrs against 31.6 mln profit'),
    ('reuters-1433', 4, 'reuters-1466', 1, False, '250 mln dlr charge for discontinued operations and writedowns'),
    ('reuters-1433', 3, 'reuters-1466', 2, False, 'revenues 1.9 billion against 2.5 billion'),
    # zayre results
    ('reuters-2194', 2, 'reuters-2196', 3, False, 'fourth quarter net about 43.8 mln against 36.5 mln'),
    ('reuters-2194', 6, 'reuters-2196', 3, False, 'year net about 89.0 mln against 94.6 mln'),
    # marsh and the spitzer inquiry
    ('bbc-business-060', 3, 'bbc-business-265', 2, False, "the New York attorney general's probe into bid rigging by insurers"),
    # tory tax cuts
    ('bbc-politics-270', 3, 'bbc-politics-344', 5, True, 'a return to the traditional Tory tax-cutting message'),
    # gm share buyback
    ('reuters-1682', 4, 'reuters-1408', 10, True, 'analysts unsure how GM will finance the buyback'),
    ('reuters-1682', 1, 'reuters-1408', 3, True, 'the buyback lifts the shares now but long-term doubts remain'),
    ('reuters-1682', 5, 'reuters-1408', 7, False, 'GM to buy back up to 20 pct of its common stock by end-1990'),
    ('reuters-1682', 8, 'reuters-1408', 6, False, 'Healy: GM will need to borrow to buy the shares'),
    # ual takeover talk
    ('reuters-15810', 4, 'reuters-15239', 6, True, 'Coniston Partners said to be buying UAL shares'),
    # federated financial reserve
    ('reuters-19185', 1, 'reuters-19219', 1, True, 'the FSLIC secondary reserve is written off'),
    ('reuters-19185', 2, 'reuters-19219', 1, False, 'earnings cut by about 16 cts a share'),
    # first american buys back shares from american century
    ('reuters-19876', 1, 'reuters-19881', 2, True, 'the repurchase paid partly with two California properties'),
    # texaco canada and the parent's legal fight
    ('reuters-15824', 4, 'reuters-16273', 2, False, 'Bijur: business as usual at Texaco Canada'),
    ('reuters-15824', 1, 'reuters-16273', 1, False, 'Texaco owns 78 pct of Texaco Canada'),
    # presidential airways continental express
    ('reuters-158', 2, 'reuters-482', 3, True, 'Presidential stays a separate company under the Continental deal'),
    ('reuters-158', 1, 'reuters-482', 1, False, "joint marketing agreement with Texas Air's Continental Airlines"),
    # integrated generics announcement
    ('reuters-6614', 3, 'reuters-683', 1, True, 'several favourable developments, no details given'),
    # hayes-albion harvard merger
    ('reuters-1601', 1, 'reuters-8998', 1, False, 'shareholder vote on merging Hayes-Albion into Harvard Industries'),
    # fox television preferred redemption
    ('reuters-5403', 1, 'reuters-8732', 1, False, 'redemption of 230,000 increasing rate exchangeable guaranteed preferred shares'),
    ('reuters-5403', 3, 'reuters-8732', 1, False, 'the accrued dividend first given as 5.83 dlrs a share'),
    # henson's winning kick
    ('bbc-sport-303', 2, 'bbc-sport-304', 2, False, 'Stephen Jones had already missed several kicks at goal'),
    # wales win in paris
    ('bbc-sport-292', 3, 'bbc-sport-395', 2, False, 'Martyn Williams scored twice'),
    # kerry on jobs
    ('bbc-business-165', 3, 'bbc-business-294', 6, False, "Kerry's attack on the net loss of 800,000 jobs under Bush"),
    ('bbc-business-294', 4, 'bbc-business-165', 3, False, 'growth has not brought enough new jobs'),
    # security pacific reserve addition
    ('reuters-17846', 2, 'reuters-17850', 2, True, 'Security Pacific still expects a profit for the year'),
    ('reuters-17850', 2, 'reuters-17846', 1, False, '500 mln dlr reserve addition brings a second-quarter loss'),
    # telequest resignation
    ('reuters-19743', 1, 'reuters-19805', 1, False, 'Marcheschi resigns for health reasons'),
    ('reuters-19743', 2, 'reuters-19805', 2, False, 'Robert Lee becomes president and chief executive'),
    # international technology western emergency
    ('reuters-1243', 1, 'reuters-1280', 1, False, 'International Technology bought Western Emergency Services'),
    ('reuters-1243', 2, 'reuters-1280', 2, False, 'Western Emergency is an environmental services firm'),
    # world bank borrowing timing
    ('reuters-12597', 5, 'reuters-3192', 1, False, 'World Bank brings 1987 borrowing into the first half expecting higher rates'),
    # ces gadget show
    ('bbc-tech-216', 6, 'bbc-tech-222', 6, False, 'more than 50,000 new gadgets on show at CES'),
    # candlewood bank offering
    ('reuters-6512', 1, 'reuters-8934', 2, False, 'underwriter option on 75,000 more shares for overallotments'),
    # cambridge medical aids test
    ('reuters-3106', 1, 'reuters-477', 1, False, 'letter of intent with Panbaxy to make an AIDS test together'),
]

# (asked article, passage, other article, its second partner passage): an asked passage with a
# second, about equally good partner in the same other article (documentation only, not written out)
SECOND_PARTNERS = [
    ('reuters-17818', 3, 'reuters-18237', 3),
    ('reuters-1130', 1, 'reuters-5302', 8),
    ('reuters-5942', 2, 'reuters-6300', 3),
    ('reuters-19926', 3, 'reuters-19955', 3),
    ('reuters-4464', 3, 'reuters-9854', 3),
    ('reuters-1874', 5, 'reuters-2159', 2),
    ('reuters-10687', 2, 'reuters-17241', 5),
    ('bbc-politics-270', 3, 'bbc-politics-344', 4),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'nacco quarto': ['reuters-14666', 'reuters-651'],
    'abm gold offering': ['reuters-17122', 'reuters-5890'],
    'anacomp datagraphix': ['reuters-1208', 'reuters-8259'],
    'amsouth first tuskaloosa': ['reuters-16460', 'reuters-7220'],
    'hybritech patent suit': ['reuters-11096', 'reuters-8721'],
    'adobe postscript ibm': ['reuters-1130', 'reuters-5302'],
    'lear siegler buyout': ['reuters-12958', 'reuters-9607'],
    'scherer preferred offering': ['reuters-149', 'reuters-4485'],
    'dow magnum abs prices': ['reuters-11625', 'reuters-1493'],
    'pemex japan loan': ['reuters-12392', 'reuters-918'],
    'harcourt holt rinehart': ['reuters-15146', 'reuters-2433'],
    'general cinema cadbury': ['reuters-3380', 'reuters-5525'],
    'colonial municipal trust offering': ['reuters-2603', 'reuters-7173'],
    'turkey point leak': ['reuters-3837', 'reuters-5130'],
    'phillips debt': ['reuters-4017', 'reuters-4232'],
    'comsat hi-net': ['reuters-14759', 'reuters-4818'],
    'australian cane dry areas': ['reuters-10687', 'reuters-17241'],
    'mark iv conrac bid': ['reuters-11915', 'reuters-8690'],
    'chemlawn sale talks': ['reuters-3744', 'reuters-4970'],
    'dart supermarkets general': ['reuters-3313', 'reuters-5352'],
    'southdown ratings': ['reuters-2644', 'reuters-4857'],
    'beneficial ratings': ['reuters-2889', 'reuters-4842'],
    'atlantic city electric ratings': ['reuters-4520', 'reuters-7793'],
    'valero ratings': ['reuters-6001', 'reuters-6219'],
    'dana ratings': ['reuters-6230', 'reuters-9623'],
    'hospital corp ratings': ['reuters-17818', 'reuters-18237'],
    'hechinger ratings': ['reuters-5942', 'reuters-6300'],
    'republicbank ratings': ['reuters-14665', 'reuters-16050'],
    'pse&g ratings': ['reuters-1756', 'reuters-4566'],
    'chrysler ratings': ['reuters-3369', 'reuters-3373'],
    'chelsea sack mutu': ['bbc-sport-199', 'bbc-sport-203'],
    'bellamy and celtic': ['bbc-sport-138', 'bbc-sport-187'],
    'alaska air share offering': ['reuters-2473', 'reuters-3812'],
    'usg debentures': ['reuters-2498', 'reuters-2625'],
    'walker mobile division': ['reuters-4784', 'reuters-4886'],
    'citgo postings': ['reuters-1875', 'reuters-4584'],
    'wisconsin electric preferred': ['reuters-4563', 'reuters-8034'],
    'suntrust first quarter': ['reuters-15489', 'reuters-15490'],
    'contel outlook': ['reuters-19926', 'reuters-19955'],
    'gabelli decision capital': ['reuters-12719', 'reuters-16026'],
    'emerson new zealand notes': ['reuters-3834', 'reuters-4350'],
    'essex chemical debentures': ['reuters-4464', 'reuters-9854'],
    'federal paper board preferred': ['reuters-6122', 'reuters-7145'],
    'mobex grant tender': ['reuters-6441', 'reuters-8975'],
    'hollinger unimedia': ['reuters-18730', 'reuters-18880'],
    'hyponex debentures': ['reuters-6753', 'reuters-7756'],
    'mead debentures': ['reuters-5016', 'reuters-7373'],
    'merrill lynch canada brokers': ['reuters-4233', 'reuters-8689'],
    'norstar fleet': ['reuters-10161', 'reuters-6659'],
    'phoenix financial data access': ['reuters-15332', 'reuters-15596'],
    'regal bell petroleum bid': ['reuters-1874', 'reuters-2159'],
    'salomon second quarter': ['reuters-18588', 'reuters-18823'],
    'telecom plus siemens': ['reuters-7093', 'reuters-8977'],
    'triangle microwave buyout': ['reuters-5505', 'reuters-8704'],
    'japan fund offer': ['reuters-2013', 'reuters-436'],
    'national semiconductor third quarter': ['reuters-8708', 'reuters-8799'],
    'general mills third quarter': ['reuters-4777', 'reuters-4810'],
    'ecolab third quarter': ['reuters-20529', 'reuters-20581'],
    'taft buyout offer': ['reuters-2924', 'reuters-4135'],
    'newmont gold offering': ['reuters-6245', 'reuters-8477'],
    'freeport-mcmoran debt': ['reuters-12606', 'reuters-8809'],
    'noranda forest offering': ['reuters-3376', 'reuters-4443'],
    'maruti and suzuki': ['reuters-11217', 'reuters-8647'],
    'yahoo tenth birthday': ['bbc-tech-065', 'bbc-tech-337'],
    'indonesia tsunami debt freeze': ['bbc-business-411', 'bbc-business-491'],
    'bank of new york loan loss addition': ['reuters-19752', 'reuters-19936'],
    'hilton first quarter': ['reuters-12831', 'reuters-6214'],
    'salant results and reorganisation': ['reuters-5359', 'reuters-5366'],
    'williams companies loss': ['reuters-1433', 'reuters-1466'],
    'zayre results': ['reuters-2194', 'reuters-2196'],
    'marsh and the spitzer inquiry': ['bbc-business-060', 'bbc-business-265'],
    'tory tax cuts': ['bbc-politics-270', 'bbc-politics-344'],
    'gm share buyback': ['reuters-1408', 'reuters-1682'],
    'ual takeover talk': ['reuters-15239', 'reuters-15810'],
    'federated financial reserve': ['reuters-19185', 'reuters-19219'],
    'first american buys back shares from american century': ['reuters-19876', 'reuters-19881'],
    "texaco canada and the parent's legal fight": ['reuters-15824', 'reuters-16273'],
    'presidential airways continental express': ['reuters-158', 'reuters-482'],
    'integrated generics announcement': ['reuters-6614', 'reuters-683'],
    'hayes-albion harvard merger': ['reuters-1601', 'reuters-8998'],
    'fox television preferred redemption': ['reuters-5403', 'reuters-8732'],
    "henson's winning kick": ['bbc-sport-303', 'bbc-sport-304'],
    'wales win in paris': ['bbc-sport-292', 'bbc-sport-395'],
    'kerry on jobs': ['bbc-business-165', 'bbc-business-294'],
    'security pacific reserve addition': ['reuters-17846', 'reuters-17850'],
    'telequest resignation': ['reuters-19743', 'reuters-19805'],
    'international technology western emergency': ['reuters-1243', 'reuters-1280'],
    'world bank borrowing timing': ['reuters-12597', 'reuters-3192'],
    'ces gadget show': ['bbc-tech-216', 'bbc-tech-222'],
    'candlewood bank offering': ['reuters-6512', 'reuters-8934'],
    'cambridge medical aids test': ['reuters-3106', 'reuters-477'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE17 = [
    # from distractors
    ('bbc-business-323', 1, 'new figures point to a cooling UK housing market'),
    ('bbc-business-370', 1, 'US factory activity grew in December on the ISM survey'),
    ('bbc-business-467', 1, "GM's fourth-quarter 2004 profit down 37% on European losses"),
    ('bbc-politics-397', 1, 'Blunkett hints the election will be called on Monday'),
    ('reuters-11818', 1, 'mark eurobond issuing dropped in the second half of March'),
    ('reuters-11948', 1, 'Bank of France to tender seven billion francs of Treasury bills'),
    ('reuters-1287', 1, 'Continental General Insurance declares a 10 pct stock dividend'),
    ('reuters-16402', 1, 'Buitoni Perugina buys the Italian food group Vismara'),
    ('reuters-17667', 1, "S and P lowers Chi-Chi's convertible debentures to B"),
    ('reuters-17956', 1, "Boeing begins its 37 dlr a share offer for ARGOSystems"),
    ('reuters-19335', 1, 'Best Buy files for 30 mln dlrs of extendable notes'),
    ('reuters-19384', 1, 'Larissa Industries files for a two mln share IPO'),
    ('reuters-19454', 1, 'Sallie Mae offers five-year notes at 8.25 pct'),
    ('reuters-20602', 1, 'RJR Nabisco to buy back up to five mln shares'),
    ('reuters-20819', 1, "Wooster thrift declares its first quarterly dividend"),
    ('reuters-2862', 1, 'Reagan removes GSP benefits from Nicaragua, Romania and Paraguay'),
    ('reuters-2920', 1, 'United Companies Financial declares a two pct stock dividend'),
    ('reuters-3279', 1, 'Koehler quits as White House communications director after a week'),
    ('reuters-3529', 1, 'Gunze Sangyo issues 25 mln Swiss francs of convertible notes'),
    ('reuters-5732', 1, 'Central Pennsylvania Savings takes 30 pct of Pinnacle Mortgage'),
    ('reuters-9368', 1, 'Vista Organization sets up an office of the president'),
    ('bbc-business-043', 1, "Saudi foreign ministry to hire women for the first time"),
    ('bbc-business-082', 1, 'Exel shares jump on takeover talk'),
    ('bbc-business-095', 1, "Dr Reddy's profit falls 93% on research costs"),
    ('bbc-business-476', 1, "Saudi insurer NCCI's shares surge on their debut"),
    ('bbc-business-484', 1, 'British children have the highest pocket money in Europe'),
    ('bbc-entertainment-113', 1, 'parents sue Wal-Mart over an Evanescence CD with swearing'),
    ('bbc-entertainment-154', 1, 'Liam Gallagher fined over a German hotel brawl'),
    ('bbc-entertainment-176', 1, 'Lisa Kudrow to star in a series about a former sitcom star'),
    ('bbc-politics-004', 1, "Labour's 2006 conference moves to Manchester"),
    ('bbc-politics-086', 1, 'Howard supports stem cell research'),
    ('bbc-politics-183', 1, 'former minister Sir Nicholas Scott dies'),
    ('bbc-sport-085', 1, 'Derartu Tulu to run in the Great Caledonian Run'),
    ('bbc-tech-068', 1, 'Macintosh pioneer Jef Raskin dies'),
    ('bbc-tech-111', 1, 'Sony named top innovator by PC Pro'),
    ('reuters-10238', 1, 'CTC Dealer Holdings to appeal the ruling blocking its Canadian Tire bid'),
    ('reuters-11051', 1, "Ball fails to agree the purchase of Monsanto's plastic container business"),
    ('reuters-12264', 1, 'Loral declines comment on trading in its stock'),
    ('reuters-13180', 1, 'Cullen/Frost suspends its cash dividend for a year'),
    ('reuters-14542', 1, 'Cannon to sell its half of HBO/Cannon Video to HBO'),
    # from labelled articles
    ('reuters-9607', 8, "Lear's aerospace units employ 7,200 people"),
    ('reuters-4232', 8, 'the Ekofisk project should add 170 mln barrels over 24 years'),
    ('reuters-8477', 4, 'Newmont Gold expects to sell 577,000 ounces this year'),
    ('reuters-17846', 7, "Security Pacific's LDC exposure of about 1.8 billion dlrs"),
    ('reuters-15824', 11, 'Texaco Canada held 808 mln dlrs in cash at end-1986'),
    ('reuters-8704', 2, 'contingent payments tied to Triangle profit thresholds through 1991'),
    ('reuters-1682', 16, "Kirnan expects GM to raise its five dlr dividend"),
    ('reuters-19955', 4, "Contel's federal systems unit may also be sold after executive departures"),
    ('reuters-16273', 3, "Texaco says its foreign relations are unaffected by the Pennzoil dispute"),
    ('reuters-2013', 3, 'the bidders met domestic and foreign lenders'),
    ('reuters-5525', 3, 'General Cinema may lift its Cadbury Schweppes stake to 25 pct'),
]

PROCEDURE17 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json, "
               "related_pairs_news10.json, related_pairs_news11.json, related_pairs_news12.json, "
               "related_pairs_news13.json, related_pairs_news14.json, related_pairs_news15.json or "
               "related_pairs_news16.json; corpus = labelled articles + DISTRACTORS ids drawn with "
               "random.Random(seed).sample from the sorted ids neither labelled here nor in those sixteen "
               "corpora; no-counterpart passages chosen afterwards from that corpus and checked against all of "
               "it; every entry is split test. Built by tests/data/build_related_news17.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS17, NONE17, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE17)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
