"""Builds data/related_pairs_news15.json: a fifteenth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 14
(related_pairs_news14.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all
fourteen earlier sets (related_pairs_news.json to related_pairs_news14.json)
excluded, and SEED below. 169 pairs on 94 stories (188 labelled articles, two per
story), 45 no-counterpart passages (35 from distractors, 10 from labelled
articles); corpus of 588 articles. Of the 61 paraphrase pairs (at most three words
rarer than 300 passages of the news file shared, checked by script), 27 share one
such word or none (6 share none), the others two or three. Pairs whose passages
repeat the same sentence or phrase (a shared verbatim quote, a lightly reworded
wire sentence, an offering restated with the same instrument name and figures, a
results table restated in prose with the same figures) are not marked paraphrase
even when few rare words are shared. 23 asked passages still have a second, about
equally good partner passage in the same other article (listed in
SECOND_PARTNERS; only one row per article can be counted).

While checking the corpus, distractors of earlier draws were found to report facts
of labelled pairs: the ownership shares in Nine Mile Two (a Rochester Gas
article), Brazil's 60-day credit-line standstill sent by telex to its creditors (a
bank committee article), the opposition boycott holding up Japan's budget (a
currency article), IG Metall's 35-hour week demand (a Volkswagen article), the
quake damage that stopped Ecuador's crude exports (an OPEC Fund article) and
Chrysler's purchase of Renault's AMC stake (a Meese article). Those pairs were
dropped (with their whole story where nothing else was left: the Brazil credit
lines, IG Metall, Chrysler and Renault), and where the set of labelled articles
changed the distractors were drawn again with the same seed and checked again.
A distractor also reported Brazil's February suspension of interest payments, a
fact repeated in many articles of the news file, so the rows on it were dropped,
as was the row on OPEC's December output ceilings for the same reason. No
distractor of the final draw reports a labelled fact. Distractors on the same
broad events as labelled stories were left as distractors (the Meese article on
the Chrysler-AMC deal, an earlier FDA panel review of Genentech's TPA, the bank
board's call for more FSLIC money, Polish price rises); none reports a labelled
fact and no no-counterpart passage was taken from them.

    python tests/data/build_related_news15.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json"
                for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14")]
OUT = HERE / "related_pairs_news15.json"
SEED = 25

# (article A, passage, article B, passage, paraphrase, why)
PAIRS15 = [
    # nine mile two valves
    ('reuters-16894', 5, 'reuters-4317', 1, False, 'the ball-type steam isolation valves give way to Y-pattern globe valves'),
    ('reuters-16894', 3, 'reuters-4317', 10, True, 'the valve maker passed from Gulf and Western to Crosby Valve'),
    # korea nuclear plant contracts
    ('reuters-15390', 2, 'reuters-3004', 3, False, 'Combustion Engineering reactors and GE turbines for the two units'),
    ('reuters-15390', 3, 'reuters-3004', 7, False, 'work starts around June 1988, finishing in 1995 and 1996'),
    # ecuador pipeline link to colombia
    ('reuters-17054', 7, 'reuters-4983', 2, False, 'the link runs from Lago Agrio to the Colombian line to Tumaco'),
    ('reuters-17054', 5, 'reuters-4983', 3, True, 'the link is to carry up to 50,000 bpd'),
    # pre-paid legal and ich
    ('reuters-3852', 2, 'reuters-967', 1, True, 'I.C.H. is to lend money to Pre-Paid Legal'),
    # ici strategy
    ('reuters-2307', 7, 'reuters-730', 12, False, 'Glidden bought from Hanson for 580 mln dlrs'),
    ('reuters-2307', 4, 'reuters-730', 11, True, '1986 profit 888 mln dlrs, sales 15 billion'),
    ('reuters-2307', 6, 'reuters-730', 13, True, 'ICI means to keep growing by acquisition'),
    # polish sanctions
    ('reuters-1963', 15, 'reuters-2242', 9, True, 'Polish goods lack competitiveness and quality amid protectionism'),
    ('reuters-1963', 6, 'reuters-2242', 7, False, 'sanctions came in 1982 over the crushing of Solidarity'),
    # fslic rescue bill
    ('reuters-2502', 10, 'reuters-3562', 11, False, "Proxmire's bill stops new nonbank banks"),
    ('reuters-2502', 9, 'reuters-3562', 9, True, 'Garn wants the bill confined to the FSLIC rescue'),
    # first turkish commercial paper
    ('reuters-11823', 15, 'reuters-3518', 1, False, "Yapi ve Kredi brought Turkey's first commercial paper for a chemical venture"),
    # publicker audit opinion
    ('reuters-6479', 1, 'reuters-6671', 1, False, 'unqualified auditor opinion on the 1986 accounts'),
    ('reuters-6479', 2, 'reuters-6671', 2, False, 'the 1985 qualification concerned the British drinks assets'),
    ('reuters-6479', 3, 'reuters-6671', 2, False, 'the Scotch whisky stock is being run down by end-1987'),
    # senate farm trade missions
    ('reuters-1356', 4, 'reuters-9406', 2, False, 'who would sit on the trade teams'),
    ('reuters-1356', 3, 'reuters-9406', 3, False, 'the teams promote PL480, Section 416 and export credit programmes'),
    ('reuters-1356', 6, 'reuters-9406', 9, False, 'the list of countries to be visited'),
    ('reuters-1356', 5, 'reuters-9406', 9, False, 'the first countries named for visits'),
    # third gasoline grade
    ('reuters-11406', 7, 'reuters-12209', 19, False, 'Rosenberg: the extra grade is not warranted'),
    ('reuters-11406', 8, 'reuters-12209', 18, False, 'Dunham: refiners must invest for the 89 octane grade'),
    ('reuters-11406', 1, 'reuters-12209', 17, False, 'the new mid-grade unleaded adds to refining costs'),
    # london meat futures
    ('reuters-11278', 2, 'reuters-3278', 6, True, 'cash-settled pig and cattle contracts started last year'),
    # nutmeg licences
    ('reuters-6700', 1, 'reuters-9520', 3, False, 'Nutmeg has a deal for hockey league sportswear'),
    # chock full o'nuts debentures
    ('reuters-10480', 1, 'reuters-6845', 1, False, '60 mln dlrs of convertible debentures due 2012'),
    ('reuters-10480', 3, 'reuters-6845', 2, False, 'co-managers include Bear Stearns and Ladenburg'),
    # anitec debentures
    ('reuters-1144', 3, 'reuters-3712', 3, False, 'the underwriting group for the Anitec convertibles'),
    # delta western merger
    ('reuters-11863', 1, 'reuters-12028', 2, False, "O'Connor stayed the appeals court injunction"),
    # ameritrust stake
    ('reuters-5516', 2, 'reuters-5713', 1, True, 'two mln AmeriTrust shares went to the Lerner group'),
    ('reuters-5516', 3, 'reuters-5713', 2, True, 'Clevebaco partnership is controlled by Lerner'),
    ('reuters-5516', 4, 'reuters-5713', 3, True, 'the group asked regulators to let it buy more'),
    ('reuters-5516', 7, 'reuters-5713', 4, True, 'no intent to take over or steer AmeriTrust'),
    # commodore amiga arcade deals
    ('reuters-6749', 2, 'reuters-9870', 3, False, 'Commodore gets licensing rights to arcade games written for Amiga'),
    ('reuters-6749', 1, 'reuters-9870', 2, True, 'the earlier arcade-game deal with Bally'),
    # oakwood homes debentures
    ('reuters-6319', 1, 'reuters-9888', 1, False, '25 mln dlrs of convertible debentures due 2012'),
    ('reuters-6319', 3, 'reuters-9888', 3, False, 'DLJ leads, with Legg Mason and Bradford as co-managers'),
    # lotus galaxy
    ('reuters-487', 1, 'reuters-823', 3, True, 'Lotus has a product called Galaxy for the new Macs'),
    ('reuters-487', 2, 'reuters-823', 3, False, 'Galaxy formally launches in the summer'),
    # tesco bid for hillards
    ('reuters-4659', 3, 'reuters-5429', 2, False, 'the March 10 offer values a Hillards share at 305.5p'),
    # salmonella and farm antibiotics
    ('reuters-2168', 2, 'reuters-2594', 2, False, 'chloramphenicol-resistant salmonella traced to farms using the drug'),
    # rhine army car bomb
    ('reuters-8583', 1, 'reuters-8679', 1, False, 'big car bomb hits British Rhine army HQ'),
    # hawley buys crime control
    ('reuters-12250', 1, 'reuters-12600', 1, True, 'Hawley agrees to take over Crime Control, 51.3 mln dlrs'),
    ('reuters-12250', 6, 'reuters-12600', 2, True, 'Crime Control puts in and maintains electronic security'),
    # ohio mattress and michigan sealy
    ('reuters-10978', 2, 'reuters-15963', 2, False, 'redeeming Michigan Sealy shares lifts the stake to 93 pct'),
    # twa application for usair
    ('reuters-2950', 4, 'reuters-3153', 2, False, 'DOT threw out the first filing as incomplete'),
    ('reuters-2950', 2, 'reuters-3153', 2, False, 'the DOT rejected the TWA application'),
    # lennar and development corp of america
    ('reuters-6027', 1, 'reuters-6315', 1, True, 'the Lennar takeover of Development Corp is complete'),
    # hospital corp buyout letter
    ('reuters-15370', 4, 'reuters-16875', 1, False, 'the bidders are Miller, Ragsdale and Scott'),
    ('reuters-15370', 3, 'reuters-16875', 1, False, "the offer is judged not in holders' best interest"),
    # bryson and cenergy
    ('reuters-4908', 2, 'reuters-963', 1, True, "Bryson's first block of about 8.5 pct of Cenergy"),
    # bilzerian and pay 'n pak
    ('reuters-11078', 1, 'reuters-12699', 5, True, 'Bilzerian holds 9.9 pct'),
    # greek alumina plant
    ('reuters-13507', 2, 'reuters-16318', 3, False, 'Moscow takes all 600,000 tonnes a year'),
    ('reuters-13507', 1, 'reuters-16318', 2, True, 'Greece and the USSR settle the alumina joint venture'),
    # anadarko debentures
    ('reuters-10147', 1, 'reuters-13076', 1, False, '100 mln dlrs of convertible debentures due 2012'),
    ('reuters-10147', 3, 'reuters-13076', 1, True, 'Kidder Peabody handles the issue'),
    # veba placement
    ('reuters-6373', 1, 'reuters-7570', 1, True, 'the federal Veba stake sale is due within days'),
    ('reuters-6373', 5, 'reuters-7570', 3, True, 'ten mln Veba shares are on offer'),
    # textron debt
    ('reuters-11045', 1, 'reuters-14423', 2, True, 'unit sales pay down the Ex-Cell-O debt'),
    # noranda mine fire
    ('reuters-12633', 1, 'reuters-12926', 1, False, 'one dead and dozens trapped in the Noranda mine fire'),
    # bc resources credit line
    ('reuters-1456', 1, 'reuters-5035', 1, True, 'a 360 mln dlr four-year bank facility'),
    ('reuters-1456', 2, 'reuters-5035', 2, False, 'the facility can be extended in some cases'),
    # irish budget
    ('reuters-11463', 2, 'reuters-11858', 2, False, 'Exchequer borrowing cut to 1.85 billion punts (10.7% of GNP)'),
    ('reuters-11463', 1, 'reuters-11858', 1, True, 'the new minority government cut spending in its budget'),
    # dca buys fox research
    ('reuters-19943', 2, 'reuters-19981', 2, True, 'up to 6.5 mln dlrs more depending on results'),
    ('reuters-19943', 3, 'reuters-19981', 3, True, 'closing due in mid-August'),
    ('reuters-19943', 1, 'reuters-19981', 1, True, 'Digital Communications to buy the Fox Research unit'),
    # manila army headquarters
    ('reuters-16930', 2, 'reuters-16931', 2, True, 'about 100-120 rebels hold a building at Fort Bonifacio'),
    ('reuters-16930', 1, 'reuters-16931', 3, True, 'an independent radio reports shooting at the army base'),
    # philippine military academy bomb
    ('reuters-6336', 1, 'reuters-6390', 3, False, "the blast came during rehearsals for Aquino's visit"),
    ('reuters-6336', 3, 'reuters-6390', 1, True, 'communist rebels suspected'),
    # hutton liquidity rumours
    ('reuters-20051', 1, 'reuters-20238', 1, True, 'Hutton says it has no liquidity problem'),
    ('reuters-20051', 2, 'reuters-20238', 3, True, 'market rumours of financial trouble at Hutton'),
    # allwaste tank cleaner
    ('reuters-21041', 1, 'reuters-21143', 1, False, 'a tank-trailer cleaning firm to be bought for some 1.3 mln shares'),
    ('reuters-21041', 2, 'reuters-21143', 2, True, 'the target made about 1.5 mln dlrs pretax in nine months'),
    # k-o-p warrant bond
    ('reuters-11226', 2, 'reuters-13375', 1, False, 'coupon indicated between 4-1/8 and 4-5/8 pct'),
    # hughes tool and baker
    ('reuters-1920', 1, 'reuters-2813', 2, True, 'Hughes backs away from the Baker merger'),
    # aegean drilling row
    ('reuters-2517', 1, 'reuters-835', 1, False, 'Greece alone decides where to drill in the Aegean'),
    ('reuters-2517', 2, 'reuters-835', 6, True, 'Athens would take the dispute to the courts'),
    ('reuters-2517', 3, 'reuters-835', 3, False, 'Ankara says the drilling breaks the 1976 Berne accord'),
    # reynolds and advanced voice
    ('reuters-10875', 1, 'reuters-12100', 1, False, 'Advanced Voice sues Reynolds over its trade secrets'),
    # lac minerals spending
    ('reuters-14728', 1, 'reuters-14730', 1, False, 'exploration budget up to 25 mln dlrs'),
    ('reuters-14728', 3, 'reuters-14730', 3, False, 'capital and exploration spending about 130 mln dlrs'),
    ('reuters-14728', 5, 'reuters-14730', 4, False, '1986 gold output 478,394 ounces'),
    # levon assays
    ('reuters-5526', 2, 'reuters-5564', 2, False, 'zone one re-assayed at 0.809 ounce a ton'),
    ('reuters-5526', 4, 'reuters-5564', 4, False, 'a new vein west of zone two'),
    ('reuters-5526', 3, 'reuters-5564', 3, False, 'earlier zone two figure of 0.545 ounce'),
    # deak buys johnson matthey new york
    ('reuters-12053', 3, 'reuters-12339', 2, False, 'the firm becomes Deak International Trading'),
    ('reuters-12053', 4, 'reuters-12339', 2, False, 'the deal takes Deak into metals trading'),
    ('reuters-12053', 2, 'reuters-12339', 2, False, 'the New York deal is worth 14.8 mln dlrs'),
    # japan and cray supercomputers
    ('reuters-10269', 3, 'reuters-13306', 6, True, 'Washington presses Japan to buy US supercomputers'),
    # iranian offensive at haj omran
    ('reuters-1441', 2, 'reuters-1899', 3, True, 'the assault is around Haj Omran'),
    ('reuters-1441', 1, 'reuters-1899', 1, True, 'Iran opens a new offensive in northern Iraq'),
    # brazil bank strike
    ('reuters-10132', 1, 'reuters-8729', 1, True, 'a national strike by most of the 700,000 Brazilian bank employees'),
    # gander mountain buys western ranchman
    ('reuters-16531', 1, 'reuters-16563', 1, False, 'Gander Mountain bought Western Ranchman Outfitters'),
    ('reuters-16531', 2, 'reuters-16563', 3, False, 'annual sales near 2.2 mln dlrs'),
    ('reuters-16531', 3, 'reuters-16563', 2, True, 'the price was not given'),
    # tokheim and techvend
    ('reuters-2138', 1, 'reuters-2210', 1, False, 'four-year deal with TechVend on video rental machines'),
    # pegasus gold
    ('reuters-4926', 5, 'reuters-4942', 4, False, 'expected 1987 output at Zortman/Landusky'),
    ('reuters-4926', 3, 'reuters-4942', 3, False, 'the mine started a month early'),
    ('reuters-4926', 2, 'reuters-4942', 2, False, 'some 40 pct of the Swiss franc convertible issue was swapped into stock'),
    # star technologies chief
    ('reuters-17606', 1, 'reuters-17609', 1, False, 'Robert Mathis named president and chief executive'),
    # ccc funding bill
    ('reuters-19623', 2, 'reuters-19656', 2, False, '5.6 billion dlrs for the Commodity Credit Corp'),
    # world bank railway loan
    ('reuters-19824', 3, 'reuters-19834', 3, False, 'loan terms: 14 years, 3.5 years grace, 7.92 pct'),
    # henley stake in santa fe
    ('reuters-10872', 3, 'reuters-11041', 1, True, 'Henley holds the stake as an investment'),
    ('reuters-10872', 1, 'reuters-11041', 2, False, 'Henley owns 7.9 mln Santa Fe shares'),
    # leo and advanced tobacco
    ('reuters-10483', 1, 'reuters-10558', 1, False, 'letter of intent on the nicotine technology'),
    ('reuters-10483', 3, 'reuters-10558', 2, True, 'Leo may take worldwide licence rights later'),
    ('reuters-10483', 2, 'reuters-10558', 3, True, 'the money involved was not disclosed'),
    # chrysler canada thai colts
    ('reuters-13492', 1, 'reuters-13884', 1, False, 'Chrysler Canada to take Thai-built Mitsubishi cars'),
    # mlx buys abex friction unit
    ('reuters-5740', 1, 'reuters-8293', 1, False, "Abex's Italian sintered friction business goes to MLX"),
    ('reuters-5740', 2, 'reuters-8293', 1, True, 'closing waits for Italian government approval'),
    # pacad and okamoto
    ('reuters-6517', 3, 'reuters-7365', 2, False, 'condom sales expected within 30 days'),
    # taft broadcasting bid
    ('reuters-3547', 3, 'reuters-4153', 1, False, 'the 145 dlr a share offer of Dudley Taft and Narragansett'),
    # lucas half year
    ('reuters-9741', 3, 'reuters-9771', 2, False, 'half-year pretax profit 40 mln stg against 38 mln'),
    # aero services loss
    ('reuters-3951', 2, 'reuters-3952', 2, False, 'net loss 3.0 mln dlrs against a 483,000 dlr profit'),
    # loans aiding foreign competitors
    ('reuters-2052', 5, 'reuters-2078', 5, False, 'current law: vote no, but no penalty if the loan passes'),
    ('reuters-2052', 11, 'reuters-2078', 11, False, 'last year the curbs were watered down despite a 65-15 vote'),
    ('reuters-2052', 12, 'reuters-2078', 12, False, 'the FAIR Act would make the US vote against such loans'),
    ('reuters-2052', 9, 'reuters-2078', 9, False, 'loans to Hungary and Thailand also cited'),
    # coffee at six-year low
    ('reuters-12340', 2, 'reuters-12355', 2, False, 'May coffee settled at 99.28 cents, lowest since 1981'),
    ('reuters-12340', 9, 'reuters-12355', 9, False, 'analysts expect a further fall of 10-15 cents'),
    ('reuters-12355', 10, 'reuters-12340', 10, False, 'gold steady and silver higher on Comex'),
    # foley on farm credit rescue
    ('reuters-2387', 2, 'reuters-2427', 2, False, 'Moos: action needed this year but not at once'),
    ('reuters-2387', 4, 'reuters-2427', 4, False, 'Boren pledged a bill before Easter'),
    # telex and edelman
    ('reuters-20698', 7, 'reuters-21419', 2, True, 'the board answers the Edelman bid by October 23'),
    # genentech activase panel
    ('reuters-17495', 2, 'reuters-17680', 4, True, 'the FDA panel held back approval of Activase on Friday'),
    # cyclops board
    ('reuters-11920', 2, 'reuters-7110', 2, False, 'Knoell, Will and Dickey stay on the board'),
    # moya wins davis cup
    ('bbc-sport-466', 1, 'bbc-sport-469', 1, False, "Moya's win over Roddick in Seville gives Spain the Davis Cup"),
    ('bbc-sport-466', 2, 'bbc-sport-469', 2, False, 'the scoreline and the unassailable 3-1 lead'),
    ('bbc-sport-466', 3, 'bbc-sport-469', 3, False, 'Nadal, 18, is the youngest Davis Cup winner; Roddick says Spain were better'),
    # little britain
    ('bbc-entertainment-201', 1, 'bbc-entertainment-212', 3, True, 'Little Britain took British Comedy Awards'),
    # connors and the lta
    ('bbc-sport-464', 1, 'bbc-sport-493', 2, False, 'Connors plans a long-term tie with the LTA'),
    ('bbc-sport-464', 2, 'bbc-sport-493', 3, False, "Connors praises Britain's attitude"),
    # eu software patents
    ('bbc-tech-030', 3, 'bbc-tech-048', 5, False, "US software patents such as Amazon's one-click"),
    # uk eu rebate
    ('bbc-politics-358', 4, 'bbc-politics-373', 5, False, 'budget cap of 1% of national income against 1.26%'),
    ('bbc-politics-358', 2, 'bbc-politics-373', 2, False, 'Straw defends the 1984 Thatcher rebate as justified'),
    # kuznetsova doping claim
    ('bbc-sport-448', 2, 'bbc-sport-502', 2, False, 'Eerdekens: ephedrine found in her sample from an exhibition event'),
    # national gypsum notes
    ('reuters-11375', 3, 'reuters-16696', 3, False, 'proceeds retire the revolving credit facility'),
    ('reuters-11375', 1, 'reuters-16696', 1, False, 'the 300 mln dlr priority senior sub notes'),
    # computer memories and hemdale
    ('reuters-4806', 2, 'reuters-6849', 3, True, 'new shares worth 80 pct of the company go to Hemdale'),
    # japan stop-gap budget
    ('reuters-6396', 5, 'reuters-7536', 7, True, 'about 1,800 billion yen of public works in the stop-gap budget'),
    # high point financial offering
    ('reuters-120', 2, 'reuters-4932', 1, True, 'Ryan, Beck underwrites the issue'),
    ('reuters-120', 1, 'reuters-4932', 1, False, 'six mln dlrs of redeemable subordinated debentures'),
    # conseco buys western national
    ('reuters-4774', 1, 'reuters-5625', 2, True, 'Conseco is buying Western National Life from Beneficial'),
    ('reuters-4774', 4, 'reuters-5625', 2, True, 'with the purchase Conseco grows to roughly 2.7 billion dlrs in assets'),
    # brown-forman dividend date
    ('reuters-1571', 1, 'reuters-23', 4, True, 'the 28 ct dividend payable April 1 has a March 20 record date'),
    # uk intervention wheat
    ('reuters-12762', 1, 'reuters-12802', 1, True, 'another 300,000 tonnes of intervention wheat released for the UK market'),
    # zhao on imports
    ('reuters-9194', 3, 'reuters-9254', 2, False, 'Zhao: make more import substitutes'),
    ('reuters-9194', 5, 'reuters-9254', 3, False, 'Zhao: cut the cost of exports'),
    # seoul stock market curbs
    ('reuters-14869', 4, 'reuters-12765', 5, True, 'securities houses capped at 40 pct of paid-in capital, trusts at 50'),
    ('reuters-14869', 3, 'reuters-12765', 4, True, 'big borrowers must raise equity or convertibles to repay loans'),
    # corn programme signup
    ('reuters-8941', 8, 'reuters-9058', 22, True, '20 pct set-aside plus an optional paid 15 pct'),
    ('reuters-8941', 2, 'reuters-9058', 4, True, 'signup near 90 pct expected'),
    # latin strategy for unctad
    ('reuters-5703', 1, 'reuters-6796', 2, True, 'Latin American meeting prepares for the UNCTAD conference'),
    ('reuters-5703', 3, 'reuters-6796', 10, False, 'developing nations seek a common line before UNCTAD in July'),
    # oklahoma thrift receivership
    ('reuters-19031', 1, 'reuters-19124', 1, False, 'Investors Federal of El Reno put in receivership'),
    ('reuters-19124', 3, 'reuters-19031', 2, False, 'violations on loan papers, insider loans and conflicts of interest'),
    ('reuters-19124', 4, 'reuters-19031', 2, False, 'Sunwood Management runs the successor association'),
    ('reuters-19124', 2, 'reuters-19031', 2, False, 'the thrift was insolvent after big commercial property ventures'),
    # indonesian aid pledges
    ('reuters-18681', 2, 'reuters-18734', 2, False, 'up from 2.6 billion dlrs last year and above the World Bank figure'),
    ('reuters-18681', 4, 'reuters-18734', 4, False, 'Indonesia must do more to create jobs for its labour force'),
    ('reuters-18681', 6, 'reuters-18734', 4, False, 'donors want support for diversified farm growth'),
    # foote mineral and rio tinto
    ('reuters-9833', 2, 'reuters-9891', 2, False, 'Newmont owns 83 pct of Foote'),
    # gm canada talks
    ('reuters-20411', 5, 'reuters-20452', 5, False, 'strike deadline Thursday 1000 EDT'),
    ('reuters-20411', 7, 'reuters-20452', 7, False, 'the union accepted the economic offer matching Chrysler and Ford'),
    # ottawa banking centres
    ('reuters-11849', 1, 'reuters-11869', 1, False, 'Ottawa retreats on special status for Vancouver and Montreal'),
]

# (asked article, passage, other article, its second partner passage): an asked passage with a
# second, about equally good partner in the same other article (documentation only, not written out)
SECOND_PARTNERS = [
    ('reuters-15390', 2, 'reuters-3004', 4),
    ('reuters-2307', 7, 'reuters-730', 13),
    ('reuters-6479', 2, 'reuters-6671', 1),
    ('reuters-1144', 3, 'reuters-3712', 1),
    ('reuters-6319', 3, 'reuters-9888', 1),
    ('reuters-2052', 12, 'reuters-2078', 13),
    ('reuters-12355', 10, 'reuters-12340', 13),
    ('reuters-12633', 1, 'reuters-12926', 2),
    ('reuters-6336', 1, 'reuters-6390', 1),
    ('reuters-17495', 2, 'reuters-17680', 5),
    ('reuters-14869', 4, 'reuters-12765', 8),
    ('reuters-14869', 3, 'reuters-12765', 7),
    ('reuters-4942', 4, 'reuters-4926', 4),
    ('reuters-12339', 2, 'reuters-12053', 3),
    ('reuters-9254', 2, 'reuters-9194', 4),
    ('reuters-120', 1, 'reuters-4932', 3),
    ('reuters-5703', 3, 'reuters-6796', 9),
    ('reuters-17054', 7, 'reuters-4983', 1),
    ('reuters-12209', 18, 'reuters-11406', 2),
    ('bbc-sport-464', 2, 'bbc-sport-493', 2),
    ('bbc-sport-502', 2, 'bbc-sport-448', 4),
    ('reuters-4317', 10, 'reuters-16894', 2),
    ('bbc-sport-469', 1, 'bbc-sport-466', 2),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'nine mile two valves': ['reuters-16894', 'reuters-4317'],
    'korea nuclear plant contracts': ['reuters-15390', 'reuters-3004'],
    'ecuador pipeline link to colombia': ['reuters-17054', 'reuters-4983'],
    'pre-paid legal and ich': ['reuters-3852', 'reuters-967'],
    'ici strategy': ['reuters-2307', 'reuters-730'],
    'polish sanctions': ['reuters-1963', 'reuters-2242'],
    'fslic rescue bill': ['reuters-2502', 'reuters-3562'],
    'first turkish commercial paper': ['reuters-11823', 'reuters-3518'],
    'publicker audit opinion': ['reuters-6479', 'reuters-6671'],
    'senate farm trade missions': ['reuters-1356', 'reuters-9406'],
    'third gasoline grade': ['reuters-11406', 'reuters-12209'],
    'london meat futures': ['reuters-11278', 'reuters-3278'],
    'nutmeg licences': ['reuters-6700', 'reuters-9520'],
    "chock full o'nuts debentures": ['reuters-10480', 'reuters-6845'],
    'anitec debentures': ['reuters-1144', 'reuters-3712'],
    'delta western merger': ['reuters-11863', 'reuters-12028'],
    'ameritrust stake': ['reuters-5516', 'reuters-5713'],
    'commodore amiga arcade deals': ['reuters-6749', 'reuters-9870'],
    'oakwood homes debentures': ['reuters-6319', 'reuters-9888'],
    'lotus galaxy': ['reuters-487', 'reuters-823'],
    'tesco bid for hillards': ['reuters-4659', 'reuters-5429'],
    'salmonella and farm antibiotics': ['reuters-2168', 'reuters-2594'],
    'rhine army car bomb': ['reuters-8583', 'reuters-8679'],
    'hawley buys crime control': ['reuters-12250', 'reuters-12600'],
    'ohio mattress and michigan sealy': ['reuters-10978', 'reuters-15963'],
    'twa application for usair': ['reuters-2950', 'reuters-3153'],
    'lennar and development corp of america': ['reuters-6027', 'reuters-6315'],
    'hospital corp buyout letter': ['reuters-15370', 'reuters-16875'],
    'bryson and cenergy': ['reuters-4908', 'reuters-963'],
    "bilzerian and pay 'n pak": ['reuters-11078', 'reuters-12699'],
    'greek alumina plant': ['reuters-13507', 'reuters-16318'],
    'anadarko debentures': ['reuters-10147', 'reuters-13076'],
    'veba placement': ['reuters-6373', 'reuters-7570'],
    'textron debt': ['reuters-11045', 'reuters-14423'],
    'noranda mine fire': ['reuters-12633', 'reuters-12926'],
    'bc resources credit line': ['reuters-1456', 'reuters-5035'],
    'irish budget': ['reuters-11463', 'reuters-11858'],
    'dca buys fox research': ['reuters-19943', 'reuters-19981'],
    'manila army headquarters': ['reuters-16930', 'reuters-16931'],
    'philippine military academy bomb': ['reuters-6336', 'reuters-6390'],
    'hutton liquidity rumours': ['reuters-20051', 'reuters-20238'],
    'allwaste tank cleaner': ['reuters-21041', 'reuters-21143'],
    'k-o-p warrant bond': ['reuters-11226', 'reuters-13375'],
    'hughes tool and baker': ['reuters-1920', 'reuters-2813'],
    'aegean drilling row': ['reuters-2517', 'reuters-835'],
    'reynolds and advanced voice': ['reuters-10875', 'reuters-12100'],
    'lac minerals spending': ['reuters-14728', 'reuters-14730'],
    'levon assays': ['reuters-5526', 'reuters-5564'],
    'deak buys johnson matthey new york': ['reuters-12053', 'reuters-12339'],
    'japan and cray supercomputers': ['reuters-10269', 'reuters-13306'],
    'iranian offensive at haj omran': ['reuters-1441', 'reuters-1899'],
    'brazil bank strike': ['reuters-10132', 'reuters-8729'],
    'gander mountain buys western ranchman': ['reuters-16531', 'reuters-16563'],
    'tokheim and techvend': ['reuters-2138', 'reuters-2210'],
    'pegasus gold': ['reuters-4926', 'reuters-4942'],
    'star technologies chief': ['reuters-17606', 'reuters-17609'],
    'ccc funding bill': ['reuters-19623', 'reuters-19656'],
    'world bank railway loan': ['reuters-19824', 'reuters-19834'],
    'henley stake in santa fe': ['reuters-10872', 'reuters-11041'],
    'leo and advanced tobacco': ['reuters-10483', 'reuters-10558'],
    'chrysler canada thai colts': ['reuters-13492', 'reuters-13884'],
    'mlx buys abex friction unit': ['reuters-5740', 'reuters-8293'],
    'pacad and okamoto': ['reuters-6517', 'reuters-7365'],
    'taft broadcasting bid': ['reuters-3547', 'reuters-4153'],
    'lucas half year': ['reuters-9741', 'reuters-9771'],
    'aero services loss': ['reuters-3951', 'reuters-3952'],
    'loans aiding foreign competitors': ['reuters-2052', 'reuters-2078'],
    'coffee at six-year low': ['reuters-12340', 'reuters-12355'],
    'foley on farm credit rescue': ['reuters-2387', 'reuters-2427'],
    'telex and edelman': ['reuters-20698', 'reuters-21419'],
    'genentech activase panel': ['reuters-17495', 'reuters-17680'],
    'cyclops board': ['reuters-11920', 'reuters-7110'],
    'moya wins davis cup': ['bbc-sport-466', 'bbc-sport-469'],
    'little britain': ['bbc-entertainment-201', 'bbc-entertainment-212'],
    'connors and the lta': ['bbc-sport-464', 'bbc-sport-493'],
    'eu software patents': ['bbc-tech-030', 'bbc-tech-048'],
    'uk eu rebate': ['bbc-politics-358', 'bbc-politics-373'],
    'kuznetsova doping claim': ['bbc-sport-448', 'bbc-sport-502'],
    'national gypsum notes': ['reuters-11375', 'reuters-16696'],
    'computer memories and hemdale': ['reuters-4806', 'reuters-6849'],
    'japan stop-gap budget': ['reuters-6396', 'reuters-7536'],
    'high point financial offering': ['reuters-120', 'reuters-4932'],
    'conseco buys western national': ['reuters-4774', 'reuters-5625'],
    'brown-forman dividend date': ['reuters-1571', 'reuters-23'],
    'uk intervention wheat': ['reuters-12762', 'reuters-12802'],
    'zhao on imports': ['reuters-9194', 'reuters-9254'],
    'seoul stock market curbs': ['reuters-12765', 'reuters-14869'],
    'corn programme signup': ['reuters-8941', 'reuters-9058'],
    'latin strategy for unctad': ['reuters-5703', 'reuters-6796'],
    'oklahoma thrift receivership': ['reuters-19031', 'reuters-19124'],
    'indonesian aid pledges': ['reuters-18681', 'reuters-18734'],
    'foote mineral and rio tinto': ['reuters-9833', 'reuters-9891'],
    'gm canada talks': ['reuters-20411', 'reuters-20452'],
    'ottawa banking centres': ['reuters-11849', 'reuters-11869'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE15 = [
    # from distractors
    ('reuters-17585', 1, 'Borden buys Prince and three grocery makers for 180 mln dlrs'),
    ('reuters-11639', 1, "Imperial Oil talks with crude suppliers about Alberta's trial deregulation"),
    ('reuters-9504', 1, 'former Raytheon president Holmes leaves the board'),
    ('bbc-politics-047', 1, 'more English students apply to Scottish universities'),
    ('reuters-19345', 1, 'Coca-Cola Enterprises Northeast Group president Ulrich to resign'),
    ('reuters-20946', 1, 'Macyro buys two Quebec building-supply wholesalers for 3.5 mln dlrs'),
    ('reuters-1263', 1, 'Alcan and Bertone show an aluminium-structure car in Geneva'),
    ('reuters-4887', 1, 'BPI Systems discussing a sale of all its shares, some 12 mln dlrs'),
    ('reuters-4299', 1, 'Kodak to build a big colour film plant'),
    ('reuters-18334', 1, 'two investment firms hold 7.7 pct of Midway Airlines'),
    ('bbc-business-133', 1, 'Cameroon loses 1bn CFA francs a month to finance ministry graft'),
    ('bbc-business-343', 1, 'Jamaica takes Air Jamaica back into state hands'),
    ('reuters-14738', 1, 'TAP Air Portugal firms up three Airbus A310-300s'),
    ('reuters-17659', 1, 'Dotronix completes the 3.92 mln dlr Video Monitors purchase'),
    ('reuters-5874', 1, 'Amex specialists may now take stop and stop limit orders with different prices'),
    ('reuters-3129', 1, 'Norcros drops merger talks with Williams Holdings'),
    ('reuters-14642', 1, 'Desjardins cuts its Visa card rate to 15.9 pct'),
    ('reuters-1907', 1, 'Australia shipped 1.33 mln tonnes of wheat in February'),
    ('bbc-sport-270', 1, 'Strachan turns down the Portsmouth job'),
    ('reuters-5172', 1, 'Citroen expects the AX to lift profits'),
    ('reuters-16419', 1, 'San/Bar to merge into Resdel'),
    ('bbc-business-231', 1, 'Venezuela to review foreign investment in mining'),
    ('reuters-18379', 1, 'PhoneMate returns to Nasdaq NMS on July 8'),
    ('reuters-3937', 1, 'Lamson and Sessions closes Youngstown Steel Door'),
    ('reuters-8623', 1, 'Australian explorers keep pressing for petroleum tax changes'),
    ('reuters-19099', 1, 'King World tenders for 4.1 mln of its own shares at 28 dlrs'),
    ('reuters-10090', 1, 'Freedom Federal to book a 1.5 mln dlr gain held over from a 1983 property sale'),
    ('reuters-5792', 1, 'Kobe rubber market to trade longer hours starting May 1'),
    ('reuters-5860', 1, '310 mln dlr recovery loan for Manila expected to win World Bank approval'),
    ('bbc-politics-165', 1, 'police chiefs want power to shut disorderly pubs'),
    ('reuters-11873', 1, 'a Hambrecht and Quist group takes majority control of Visual Technology'),
    ('reuters-8541', 1, 'Data Card will miss its yearly targets'),
    ('reuters-18347', 1, 'New Zealand April current account deficit 76 mln NZ dlrs'),
    ('bbc-politics-026', 1, 'Commission for Africa report out on Comic Relief day'),
    ('reuters-12398', 1, 'Westpac New Zealand lifts its indicator lending rate to 22.5 pct'),
    # from labelled articles
    ('reuters-14728', 4, 'ruling on the Page-Williams appeal expected soon'),
    ('reuters-2052', 18, 'two House Republicans sponsor the bill, which House Banking has blocked'),
    ('reuters-2078', 17, 'Mikulski says development banks fund rivals to American workers'),
    ('reuters-19623', 4, 'elevator, transport and dairy firms hurt by the CCC payment freeze'),
    ('reuters-2138', 3, 'machine deliveries to start in the autumn'),
    ('reuters-18681', 5, 'donors call for more trade and industrial deregulation'),
    ('reuters-11869', 4, 'foreign bank equity rules under Ontario deregulation still unsettled'),
    ('reuters-4317', 6, 'estimated plant cost raised to roughly six billion dlrs'),
    ('reuters-12209', 21, 'Hemminghaus sees wholesale margins coming back'),
    ('reuters-2242', 11, 'room for 20,000 small private export firms, Kaczurba says'),
]

PROCEDURE15 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json, "
               "related_pairs_news10.json, related_pairs_news11.json, related_pairs_news12.json, "
               "related_pairs_news13.json or related_pairs_news14.json; corpus = labelled articles + "
               "DISTRACTORS ids drawn with random.Random(seed).sample from the sorted ids neither labelled here "
               "nor in those fourteen corpora; no-counterpart passages chosen afterwards from that corpus and "
               "checked against all of it; every entry is split test. Built by "
               "tests/data/build_related_news15.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS15, NONE15, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE15)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
