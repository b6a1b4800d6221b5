"""Builds data/related_pairs_news13.json: a thirteenth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 12
(related_pairs_news12.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all twelve
earlier sets (related_pairs_news.json to related_pairs_news12.json) excluded, and
SEED below. 164 pairs on 79 stories (183 labelled articles), 49 no-counterpart
passages (34 from distractors, 15 from labelled articles); corpus of 583 articles.
Of the 65 paraphrase pairs (at most three words rarer than 300 passages of the news
file shared, checked by script), 28 share one such word or none, the others two or
three. Pairs whose passages repeat the same sentence or phrase (a shared verbatim
quote, a lightly reworded wire sentence) are not marked paraphrase even when few
rare words are shared. 26 asked passages still have a second, about equally good
partner passage in the same other article (only one row per article can be
counted). While checking the corpus, distractors of the draw were found to report
facts of labelled stories (on the Gulf platform raid, the Mexican loan, Cyclops,
Gillette, Armtek, Fairchild, Rexnord and the Ecuador quake); each was labelled into
its story and the distractors drawn again with the same seed, until no distractor
of the final draw reported a labelled fact. One distractor on the same broad event
as a labelled story (the tsunami's economic cost) reports none of its labelled
facts and was left as a distractor; no no-counterpart passage was taken from it.

    python tests/data/build_related_news13.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json"
                for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")]
OUT = HERE / "related_pairs_news13.json"
SEED = 23

# (article A, passage, article B, passage, paraphrase, why)
PAIRS13 = [
    # rowntree 1986
    ('reuters-4081', 1, 'reuters-4092', 3, False, 'pretax profit 84 mln stg against 79.3 mln'),
    ('reuters-4081', 4, 'reuters-4092', 4, False, 'after-tax profit 66.2 mln against 60.7 mln'),
    ('reuters-4092', 5, 'reuters-4081', 2, True,
     'turnover near 1.29 billion stg, up from 1.2 billion (given in mln in the table)'),
    ('reuters-4092', 7, 'reuters-4081', 5, False, 'UK trading profit 47.9 mln against 45.3 mln'),
    ('reuters-4092', 8, 'reuters-4081', 6, False, 'continental Europe 7.8 mln against 3.4 mln'),
    # us strike on iranian platform
    ('reuters-21197', 3, 'reuters-20881', 7, True,
     'the UN is notified that the US acted in self-defence under the Charter'),
    ('reuters-20881', 8, 'reuters-21197', 1, True, 'Security Council members met privately on Monday over the attack'),
    ('reuters-20881', 3, 'reuters-21197', 4, False, 'Giuliani: the Secretary General had no comment on the attack'),
    ('reuters-20881', 5, 'reuters-21006', 2, False, "Friday's missile strike on the Sea Isle City in Kuwaiti waters"),
    ('reuters-20881', 4, 'reuters-21006', 2, True, 'the US raid answered an Iranian attack on American shipping'),
    ('reuters-21006', 5, 'reuters-20774', 7, True, 'Iran vows to retaliate for the raid'),
    ('reuters-20882', 3, 'reuters-21006', 2, False,
     'US warships hit an Iranian oil platform in reply to the missile strike on a US-flagged Kuwaiti tanker'),
    ('reuters-20719', 4, 'reuters-20882', 3, False,
     'US forces hit Iranian oil platforms in reprisal for the attack on a US-flagged ship off Kuwait'),
    # jal crash report
    ('reuters-19060', 3, 'reuters-19043', 1, False, 'faulty repairs and lax inspection caused the 1985 crash'),
    # indian rocket
    ('reuters-8640', 2, 'reuters-9125', 3, False, 'a 145 kg satellite put into a 400 km orbit'),
    # ibm first quarter
    ('reuters-16246', 3, 'reuters-16264', 2, False, 'quarterly net 785 mln dlrs against 1.02 billion'),
    ('reuters-16246', 4, 'reuters-16264', 3, False, 'gross income 10.68 billion against 10.13 billion'),
    ('reuters-16246', 6, 'reuters-16264', 9, False, 'pretax 1.34 billion against 1.83 billion'),
    # wells fargo third quarter
    ('reuters-20170', 2, 'reuters-20354', 3, False, 'third quarter net 155 mln dlrs against 77.4 mln'),
    ('reuters-20170', 5, 'reuters-20354', 4, False, 'nine-month net loss 60.4 mln against a 195.2 mln profit'),
    # craxi resigns
    ('reuters-13548', 1, 'reuters-15799', 3, False, 'the Christian Democrats pull their 16 ministers out'),
    # reagan iran speech
    ('reuters-1908', 4, 'reuters-1895', 1, True, 'Reagan concedes the Iran arms policy itself was a mistake'),
    ('reuters-1908', 6, 'reuters-1895', 15, False, 'Howard Baker becomes chief of staff'),
    ('reuters-1746', 8, 'reuters-1895', 23, True,
     'so far Reagan defended the policy and admitted only mistakes in carrying it out'),
    ('reuters-1746', 3, 'reuters-1895', 4, False, "the speech answers last week's Tower commission report"),
    # three mile island output cut
    ('reuters-12544', 4, 'reuters-12056', 1, False,
     'TMI unit one cut to 81 pct of power by deposits in the steam generators'),
    # new zealand foreign debt
    ('reuters-3414', 1, 'reuters-3434', 2, False, 'total foreign debt down to 32.94 billion from 33.42 billion'),
    ('reuters-3414', 5, 'reuters-3434', 2, False, "the government's share up to 21.32 billion from 20.75 billion"),
    # cargill seaforth dispute
    ('reuters-13835', 2, 'reuters-12425', 3, False,
     'force majeure declared on soymeal and soyoil deliveries through May'),
    # transcanada bid for dome
    ('reuters-16215', 1, 'reuters-16475', 1, True,
     'TransCanada bids for Dome (3.22 billion US dlrs, i.e. 4.3 billion Canadian)'),
    ('reuters-16833', 6, 'reuters-16475', 1, True, 'Dome says it is also talking to two companies it will not name'),
    # revlon approach to gillette
    ('reuters-18660', 1, 'reuters-18938', 2, True,
     'Revlon asks the Gillette board to allow an offer of at least 40.50 dlrs a share'),
    ('reuters-18660', 2, 'reuters-18938', 2, True, 'the board must consent under the standstill Revlon agreed to'),
    ('reuters-19364', 3, 'reuters-18660', 2, True,
     'under their agreement Revlon needs the Gillette board to agree before bidding'),
    ('reuters-18577', 5, 'reuters-18660', 3, True, "Perelman's failed approach for Gillette last year"),
    # fujitsu and fairchild
    ('reuters-5808', 5, 'reuters-4665', 4, True,
     'the Commerce and Defence departments oppose the sale on security grounds'),
    ('reuters-6337', 5, 'reuters-4665', 4, False,
     'Baldrige and Weinberger opposed the sale over military dependence on foreign suppliers'),
    ('reuters-6337', 4, 'reuters-5808', 1, True, 'the Fujitsu purchase of Fairchild has been called off'),
    # monier bids
    ('reuters-14900', 2, 'reuters-17212', 6, True, 'Redland already owns roughly half of Monier'),
    ('reuters-14900', 1, 'reuters-17212', 11, True, 'Redland and Monier in talks on a possible Redland bid'),
    # microsoft anti-spyware tool
    ('bbc-tech-250', 1, 'bbc-tech-177', 2, True, 'Microsoft may start charging for its spyware remover'),
    ('bbc-tech-177', 1, 'bbc-tech-250', 2, True, 'Microsoft to release software that cleans spyware off PCs'),
    ('bbc-tech-177', 3, 'bbc-tech-250', 3, False,
     'the Earthlink/Webroot survey: 90% of PCs infested, 28 programs each'),
    ('bbc-tech-096', 3, 'bbc-tech-250', 3, False,
     'the same Earthlink/Webroot survey and the free Spybot and Ad-Aware tools'),
    # celebrity big brother double eviction
    ('bbc-entertainment-187', 1, 'bbc-entertainment-221', 4, False, 'Caprice and Jeremy Edwards both evicted'),
    ('bbc-entertainment-221', 5, 'bbc-entertainment-187', 3, False,
     'the final on Sunday between Bez, Nielsen and Kenzie'),
    # elvis 70th birthday and chart
    ('bbc-entertainment-233', 3, 'bbc-entertainment-234', 3, False,
     'SonyBMG reissues his 18 number ones one a week; One Night next'),
    ('bbc-entertainment-233', 1, 'bbc-entertainment-234', 2, False,
     "fans worldwide celebrated Elvis's 70th birthday on Saturday"),
    ('bbc-entertainment-234', 1, 'bbc-entertainment-233', 2, True,
     'the Jailhouse Rock reissue is the new UK number one single'),
    # howls moving castle
    ('bbc-entertainment-087', 2, 'bbc-entertainment-065', 1, False,
     'record 1.5bn yen box office in the first two days'),
    ('bbc-entertainment-065', 2, 'bbc-entertainment-087', 2, False,
     "the film adapts Diana Wynne Jones's children's book"),
    ('bbc-entertainment-065', 3, 'bbc-entertainment-087', 2, False, 'plot: a young woman turned old by a witch'),
    # blunkett visa inquiry
    ('bbc-politics-028', 1, 'bbc-politics-102', 5, True, 'the Lib Dems want a judge to look into the affair'),
    ('bbc-politics-028', 2, 'bbc-politics-102', 3, False,
     'Budd could not tell whether the nanny got special help or was an example of delays'),
    ('bbc-politics-028', 3, 'bbc-politics-102', 6, False,
     'Oaten: next time it may be about something more important than a nanny'),
    ('bbc-politics-046', 5, 'bbc-politics-166', 2, False,
     "Budd is investigating whether Blunkett sped up the nanny's visa"),
    # pete doherty charges
    ('bbc-entertainment-276', 4, 'bbc-entertainment-114', 2, False,
     'Doherty and Alan Wass arrested after an incident at a London hotel'),
    # sideways critics awards
    ('bbc-entertainment-030', 3, 'bbc-entertainment-091', 1, False, "Los Angeles critics' best film went to Sideways"),
    # sizzla and reggae lyrics
    ('bbc-entertainment-246', 2, 'bbc-entertainment-248', 4, False,
     "Sizzla's UK tour cancelled in November after gay rights protests"),
    ('bbc-entertainment-246', 3, 'bbc-entertainment-248', 4, False,
     'police examine reggae lyrics for incitement against gay people'),
    # yukos and yugansk
    ('bbc-business-157', 3, 'bbc-business-444', 3, False, "the charges seen as Putin's drive to rein in the oligarchs"),
    ('bbc-business-003', 3, 'bbc-business-230', 3, False, 'Yugansk went to a shell company that Rosneft then bought'),
    ('bbc-business-391', 2, 'bbc-business-230', 3, True,
     'Yukos sought US bankruptcy protection to stop the forced sale'),
    # fannie mae accounts
    ('bbc-business-326', 3, 'bbc-business-298', 2, True, "the SEC found Fannie Mae's accounting at fault"),
    ('bbc-business-298', 1, 'bbc-business-326', 2, True, 'Fannie Mae faces restating billions of dollars of earnings'),
    # shell south africa meeting request
    ('reuters-11062', 1, 'reuters-11557', 1, True,
     'US investors want a special Shell shareholder meeting on South Africa'),
    ('reuters-11062', 3, 'reuters-11557', 4, False, 'they want sales to the police and military ended and a pull-out'),
    ('reuters-11062', 2, 'reuters-11557', 6, False,
     'Baptist churches and NYC teachers fund say their proposals were refused'),
    # palo verde unit 3
    ('reuters-10949', 2, 'reuters-9685', 4, True, 'full commercial operation expected by the end of 1987'),
    # gynex contraceptive recall
    ('reuters-4917', 2, 'reuters-3566', 1, False, 'some pill packs may have tablets out of order or missing'),
    ('reuters-3566', 3, 'reuters-4917', 5, True, 'only a few packages reached consumers'),
    ('reuters-14750', 5, 'reuters-3566', 1, False, 'recall because packs may hold out-of-order or missing tablets'),
    # federal paperboard in japan
    ('reuters-15030', 1, 'reuters-15064', 1, False, 'Ozaki Trading of Osaka to sell its bleached paperboard in Japan'),
    ('reuters-15030', 2, 'reuters-15064', 2, True, 'the company will open its own office in Japan soon'),
    # dexter adhesives licence
    ('reuters-10093', 1, 'reuters-10204', 1, False,
     "Hysol licenses its engineering adhesives to Toyota's Toyoda Gosei"),
    ('reuters-10093', 2, 'reuters-10204', 2, False, 'joint work on structural adhesives for cars and other industries'),
    # spie batignolles and comstock
    ('reuters-14996', 1, 'reuters-15217', 2, False, 'Spie to put 20 mln dlrs into Comstock convertible securities'),
    # amoskeag and portsmouth savings
    ('reuters-11048', 1, 'reuters-14715', 1, False,
     'the New Hampshire Supreme Court overturned the Portsmouth acquisition'),
    ('reuters-11048', 2, 'reuters-14715', 3, True, 'some Portsmouth depositors/investors fought the takeover'),
    # porsche sales
    ('reuters-10398', 6, 'reuters-7075', 9, False, 'first-half home sales down to 3,267 cars'),
    # finnish election
    ('reuters-5774', 4, 'reuters-2132', 17, False, 'seats in the outgoing 200-seat parliament: Social Democrats 57'),
    # uganda coffee
    ('reuters-16097', 8, 'reuters-17141', 7, True, 'coffee brings in over 90 pct of export earnings'),
    # ico quota formula
    ('reuters-19387', 9, 'reuters-19318', 3, False,
     'the formula uses six-year moving averages and leaves Brazil its quota'),
    # crash and reagan
    ('reuters-20860', 14, 'reuters-21107', 3, False,
     "Reagan praised the economy at Verity's swearing-in as Commerce Secretary"),
    # vw currency scandal
    ('reuters-18278', 12, 'reuters-19544', 10, False, 'finance director Selowsky stepped down over the scandal'),
    # zeebrugge ferry disaster
    ('reuters-2819', 1, 'reuters-2955', 1, True, 'a British Channel ferry capsized off the Belgian coast'),
    ('reuters-2955', 2, 'reuters-2958', 2, False,
     'the Belgian transport minister sees no hope for those still trapped'),
    # hungarian devaluation
    ('reuters-3461', 1, 'reuters-3593', 4, False, 'MTI: the forint is devalued by eight pct'),
    ('reuters-3461', 3, 'reuters-3593', 7, False, 'a similar devaluation last September'),
    # craxi government resigns
    ('reuters-1129', 1, 'reuters-1183', 1, False, "Craxi's five-party coalition resigns"),
    ('reuters-1129', 3, 'reuters-1183', 3, True, 'Craxi has led the government since August 1983, a postwar record'),
    # iranian offensive east of basra
    ('reuters-14939', 5, 'reuters-14538', 3, True, 'Iraq concedes the Iranians won footholds on some fronts'),
    # writers guild strike
    ('reuters-1333', 2, 'reuters-397', 1, True, 'the guild struck the CBS and ABC networks on March 2'),
    # ecuador quake oil aid
    ('reuters-3609', 2, 'reuters-4039', 6, False,
     'exports stopped for up to five months by 25 miles of damaged pipeline to Balao'),
    ('reuters-17190', 4, 'reuters-4039', 6, False,
     'the quake broke the pipeline from the jungle oilfields to Balao and halted oil'),
    ('reuters-3609', 1, 'reuters-4039', 2, True,
     'the deputy energy minister came to Caracas to discuss Venezuelan help'),
    # pickens group and japan fund
    ('reuters-3415', 2, 'reuters-4567', 7, False,
     'the group also includes Sterling Grace and Anglo American Security Fund'),
    # gencorp meeting
    ('reuters-13210', 5, 'reuters-11492', 9, False, 'Reynolds calls greenmail repugnant'),
    # australian february current account
    ('reuters-5779', 2, 'reuters-5765', 1, False, 'deficit narrowed to 750 mln dlrs from 1.23 billion'),
    ('reuters-5779', 6, 'reuters-5765', 4, False, 'the figure was at the low end of forecasts'),
    ('reuters-5779', 9, 'reuters-5765', 3, False, 'a 42 mln dlr merchandise trade surplus'),
    # mexico loan signing
    ('reuters-7892', 17, 'reuters-7937', 4, True,
     'the first tranche of the new loan is to be drawn in the second quarter'),
    ('reuters-7937', 12, 'reuters-7811', 6, True, "last September's Paris Club rescheduling of Mexico's official debt"),
    # dow jones average changes
    ('reuters-3924', 2, 'reuters-4001', 5, True, 'Coca-Cola and Boeing come into the average'),
    ('reuters-3965', 3, 'reuters-3924', 1, True, 'Owens-Illinois is taken out of the Dow average'),
    ('reuters-4001', 4, 'reuters-3924', 5, False,
     'Inco dropped to make the index more representative; a member since 1928'),
    ('reuters-3965', 7, 'reuters-3924', 3, True, 'the Journal publishes the new divisor before the next opening'),
    # ethnic minority shortlists
    ('bbc-politics-318', 4, 'bbc-politics-143', 2, False, 'only 13 of the 659 MPs come from ethnic minorities'),
    # with-profits bonus cuts
    ('bbc-business-281', 1, 'bbc-business-206', 3, False, 'Axa Sun Life has cut its with-profits bonuses'),
    # inbev and ambev
    ('bbc-business-369', 3, 'bbc-business-132', 2, False,
     'Inbev was created when Interbrew bought Ambev in August 2004'),
    # tsunami economic cost
    ('bbc-business-345', 4, 'bbc-business-354', 4, False, 'Sri Lanka may lose up to 1% of annual growth'),
    ('bbc-business-345', 2, 'bbc-business-354', 6, False,
     'the World Bank says the scale of the disaster is still hard to gauge'),
    # next james bond
    ('bbc-entertainment-347', 3, 'bbc-entertainment-333', 4, True, 'the next Bond film is due out in 2006'),
    ('bbc-entertainment-347', 2, 'bbc-entertainment-333', 2, False,
     'Dougray Scott and Clive Owen among the favourites to play Bond'),
    # kilroy-silk leaves ukip
    ('bbc-politics-281', 1, 'bbc-politics-292', 1, False, 'Kilroy-Silk has left UKIP'),
    # handheld consoles
    ('bbc-tech-363', 3, 'bbc-tech-359', 1, False, 'the Gizmondo player, phone and games gadget goes on sale in the UK'),
    ('bbc-tech-359', 5, 'bbc-tech-363', 5, False, "the PSP's European launch is delayed by a few months"),
    # interface flooring offering
    ('reuters-14668', 1, 'reuters-14741', 1, False, 'public offering of 2.8 mln class A shares at 21.25 dlrs'),
    # everex public offering
    ('reuters-18913', 1, 'reuters-18813', 1, False, 'Everex files for an IPO of 5,950,000 shares'),
    ('reuters-18913', 3, 'reuters-18813', 1, True, 'one mln of the shares are to be sold abroad'),
    # american barrick coal sale
    ('reuters-12512', 1, 'reuters-12368', 1, False,
     'two coal supply agreements and the Ohio mine assets sold to Peabody Coal'),
    ('reuters-12512', 2, 'reuters-12368', 3, True, 'the coal sales should recover the whole investment'),
    ('reuters-12512', 3, 'reuters-12368', 4, True, 'this finishes the sale of all the non-gold assets'),
    # liberty financial president
    ('reuters-16042', 1, 'reuters-15972', 1, False, 'Kline leaves the presidency on May 1'),
    ('reuters-16042', 2, 'reuters-15972', 2, True, 'Cheleden takes over the posts Kline held'),
    # belo reincorporation
    ('reuters-11264', 1, 'reuters-11147', 1, True,
     'shareholders asked at the May 6 meeting to move incorporation to Delaware'),
    ('reuters-11264', 2, 'reuters-11147', 2, False, "to use Delaware's flexible corporation laws"),
    # control resource president
    ('reuters-8917', 1, 'reuters-8832', 1, False, 'R. Joseph Clancy becomes president'),
    ('reuters-8917', 3, 'reuters-8832', 3, True, 'Clancy had been a vice president'),
    ('reuters-8917', 2, 'reuters-8832', 4, False, 'Cody Geddes named CFO in place of John Wojcik'),
    # canadian duty on us corn
    ('reuters-2922', 2, 'reuters-2617', 1, False, 'the tribunal upheld the 84.9 ct a bushel countervailing duty'),
    # sumitomo bakelite and sheldahl
    ('reuters-7993', 1, 'reuters-6508', 3, False, 'Sumitomo Bakelite bought 325,000 Sheldahl shares, about 10 pct'),
    # first wisconsin center sale
    ('reuters-19296', 1, 'reuters-18926', 1, True, 'Trammell Crow buys the First Wisconsin headquarters tower'),
    ('reuters-19296', 3, 'reuters-18926', 5, True, 'First Wisconsin stays on in the building'),
    ('reuters-19296', 2, 'reuters-18926', 4, True, 'the buyer plans a new tower on the site'),
    # ford incentives extended
    ('reuters-15353', 3, 'reuters-15057', 1, True, 'the light truck incentives now run to April 30'),
    # norstar and united national
    ('reuters-6124', 2, 'reuters-6246', 1, True, 'the share swap is worth about 20 mln dlrs'),
    ('reuters-6246', 2, 'reuters-6124', 1, True, "three Norstar shares for each of United's 201,660 shares"),
    ('reuters-6246', 3, 'reuters-6124', 3, True, 'United has assets of 90 mln dlrs'),
    # alcan ludwigshafen smelter
    ('reuters-377', 1, 'reuters-1300', 1, False, 'Alcan shuts its Ludwigshafen smelter in June'),
    ('reuters-377', 2, 'reuters-1300', 2, False, 'the smelter has 44,000 tonnes of yearly capacity'),
    # dixons and cyclops
    ('reuters-11294', 3, 'reuters-11101', 2, False, 'Cyacq drops its 92.50 dlr tender for Cyclops'),
    ('reuters-11294', 6, 'reuters-11101', 4, False, 'Dixons holds about 83 pct and raises the merger price to 95 dlrs'),
    ('reuters-13188', 1, 'reuters-11294', 3, True, 'Cyacq ends its rival tender offer for Cyclops'),
    ('reuters-13188', 2, 'reuters-11294', 6, True, 'by March 27 Dixons had more than 80 pct of Cyclops'),
    ('reuters-16925', 1, 'reuters-13188', 2, True, 'Dixons has won control of Cyclops'),
    # ericsson idaho order
    ('reuters-14267', 2, 'reuters-14039', 2, True, 'the value of the contract was not given'),
    ('reuters-14267', 1, 'reuters-14039', 1, True, 'US West orders Ericsson digital exchanges for Idaho'),
    # house vote on contra aid
    ('reuters-4020', 3, 'reuters-3829', 2, True, 'Democrats admit they cannot finally stop the money'),
    ('reuters-3829', 6, 'reuters-4020', 1, False,
     'the bill demands an accounting of past aid, including the Iran arms money'),
    # blue arrow buys richards
    ('reuters-16287', 1, 'reuters-16159', 2, True, 'the purchase price is 29 mln dlrs in cash and shares'),
    ('reuters-16287', 2, 'reuters-16159', 1, True, 'Richards is an executive recruitment business in the US'),
    # highway bill veto
    ('reuters-12497', 2, 'reuters-12051', 1, False, 'the Senate sustained the veto but Democrats want a second vote'),
    # rexnord divestments
    ('reuters-11257', 1, 'reuters-11113', 1, False, 'Fairfield Manufacturing sold to Neoax for 70.5 mln dlrs cash'),
    ('reuters-11257', 2, 'reuters-3790', 3, False,
     'Process Machinery and Mathews Conveyor still to go in the 200 mln dlr divestment plan'),
    ('reuters-7247', 2, 'reuters-11257', 1, True, "Banner's tender left it with 96 pct of Rexnord"),
    # np energy trustee
    ('reuters-12503', 1, 'reuters-12165', 1, False, 'the bankruptcy court will name a trustee'),
    ('reuters-12503', 3, 'reuters-12165', 4, True, 'a new Utah well is giving 300 barrels a day'),
    # condere buys armtek assets
    ('reuters-5686', 1, 'reuters-5533', 1, True, 'the sale of the tire plant and other assets to Condere is completed'),
    ('reuters-2476', 1, 'reuters-5533', 1, False, 'the Natchez tire plant goes to Condere'),
    ('reuters-5686', 3, 'reuters-2476', 5, False, "the plant will keep supplying Armtek's Armstrong Tire Co"),
    # rlr financial and nasd
    ('reuters-3810', 3, 'reuters-3182', 5, False, 'RLR has stopped making a market in its own stock'),
    # transamerica sells australian life unit
    ('reuters-984', 1, 'reuters-882', 1, False, 'Occidental Life of Australia sold for 105 mln Australian dlrs'),
    # fiat bond report
    ('reuters-9471', 2, 'reuters-9386', 1, False, 'report of a Fiat eurobond of up to 384 mln dlrs'),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'rowntree 1986': ['reuters-4081', 'reuters-4092'],
    'us strike on iranian platform': ['reuters-20719', 'reuters-20774', 'reuters-20881',
                                      'reuters-20882', 'reuters-21006', 'reuters-21197'],
    'jal crash report': ['reuters-19043', 'reuters-19060'],
    'indian rocket': ['reuters-8640', 'reuters-9125'],
    'ibm first quarter': ['reuters-16246', 'reuters-16264'],
    'wells fargo third quarter': ['reuters-20170', 'reuters-20354'],
    'craxi resigns': ['reuters-13548', 'reuters-15799'],
    'reagan iran speech': ['reuters-1746', 'reuters-1895', 'reuters-1908'],
    'three mile island output cut': ['reuters-12056', 'reuters-12544'],
    'new zealand foreign debt': ['reuters-3414', 'reuters-3434'],
    'cargill seaforth dispute': ['reuters-12425', 'reuters-13835'],
    'transcanada bid for dome': ['reuters-16215', 'reuters-16475', 'reuters-16833'],
    'revlon approach to gillette': ['reuters-18577', 'reuters-18660', 'reuters-18938', 'reuters-19364'],
    'fujitsu and fairchild': ['reuters-4665', 'reuters-5808', 'reuters-6337'],
    'monier bids': ['reuters-14900', 'reuters-17212'],
    'microsoft anti-spyware tool': ['bbc-tech-096', 'bbc-tech-177', 'bbc-tech-250'],
    'celebrity big brother double eviction': ['bbc-entertainment-187', 'bbc-entertainment-221'],
    'elvis 70th birthday and chart': ['bbc-entertainment-233', 'bbc-entertainment-234'],
    'howls moving castle': ['bbc-entertainment-065', 'bbc-entertainment-087'],
    'blunkett visa inquiry': ['bbc-politics-028', 'bbc-politics-046', 'bbc-politics-102', 'bbc-politics-166'],
    'pete doherty charges': ['bbc-entertainment-114', 'bbc-entertainment-276'],
    'sideways critics awards': ['bbc-entertainment-030', 'bbc-entertainment-091'],
    'sizzla and reggae lyrics': ['bbc-entertainment-246', 'bbc-entertainment-248'],
    'yukos and yugansk': ['bbc-business-003', 'bbc-business-157',
                          'bbc-business-230', 'bbc-business-391', 'bbc-business-444'],
    'fannie mae accounts': ['bbc-business-298', 'bbc-business-326'],
    'shell south africa meeting request': ['reuters-11062', 'reuters-11557'],
    'palo verde unit 3': ['reuters-10949', 'reuters-9685'],
    'gynex contraceptive recall': ['reuters-14750', 'reuters-3566', 'reuters-4917'],
    'federal paperboard in japan': ['reuters-15030', 'reuters-15064'],
    'dexter adhesives licence': ['reuters-10093', 'reuters-10204'],
    'spie batignolles and comstock': ['reuters-14996', 'reuters-15217'],
    'amoskeag and portsmouth savings': ['reuters-11048', 'reuters-14715'],
    'porsche sales': ['reuters-10398', 'reuters-7075'],
    'finnish election': ['reuters-2132', 'reuters-5774'],
    'uganda coffee': ['reuters-16097', 'reuters-17141'],
    'ico quota formula': ['reuters-19318', 'reuters-19387'],
    'crash and reagan': ['reuters-20860', 'reuters-21107'],
    'vw currency scandal': ['reuters-18278', 'reuters-19544'],
    'zeebrugge ferry disaster': ['reuters-2819', 'reuters-2955', 'reuters-2958'],
    'hungarian devaluation': ['reuters-3461', 'reuters-3593'],
    'craxi government resigns': ['reuters-1129', 'reuters-1183'],
    'iranian offensive east of basra': ['reuters-14538', 'reuters-14939'],
    'writers guild strike': ['reuters-1333', 'reuters-397'],
    'ecuador quake oil aid': ['reuters-17190', 'reuters-3609', 'reuters-4039'],
    'pickens group and japan fund': ['reuters-3415', 'reuters-4567'],
    'gencorp meeting': ['reuters-11492', 'reuters-13210'],
    'australian february current account': ['reuters-5765', 'reuters-5779'],
    'mexico loan signing': ['reuters-7811', 'reuters-7892', 'reuters-7937'],
    'dow jones average changes': ['reuters-3924', 'reuters-3965', 'reuters-4001'],
    'ethnic minority shortlists': ['bbc-politics-143', 'bbc-politics-318'],
    'with-profits bonus cuts': ['bbc-business-206', 'bbc-business-281'],
    'inbev and ambev': ['bbc-business-132', 'bbc-business-369'],
    'tsunami economic cost': ['bbc-business-345', 'bbc-business-354'],
    'next james bond': ['bbc-entertainment-333', 'bbc-entertainment-347'],
    'kilroy-silk leaves ukip': ['bbc-politics-281', 'bbc-politics-292'],
    'handheld consoles': ['bbc-tech-359', 'bbc-tech-363'],
    'interface flooring offering': ['reuters-14668', 'reuters-14741'],
    'everex public offering': ['reuters-18813', 'reuters-18913'],
    'american barrick coal sale': ['reuters-12368', 'reuters-12512'],
    'liberty financial president': ['reuters-15972', 'reuters-16042'],
    'belo reincorporation': ['reuters-11147', 'reuters-11264'],
    'control resource president': ['reuters-8832', 'reuters-8917'],
    'canadian duty on us corn': ['reuters-2617', 'reuters-2922'],
    'sumitomo bakelite and sheldahl': ['reuters-6508', 'reuters-7993'],
    'first wisconsin center sale': ['reuters-18926', 'reuters-19296'],
    'ford incentives extended': ['reuters-15057', 'reuters-15353'],
    'norstar and united national': ['reuters-6124', 'reuters-6246'],
    'alcan ludwigshafen smelter': ['reuters-1300', 'reuters-377'],
    'dixons and cyclops': ['reuters-11101', 'reuters-11294', 'reuters-13188', 'reuters-16925'],
    'ericsson idaho order': ['reuters-14039', 'reuters-14267'],
    'house vote on contra aid': ['reuters-3829', 'reuters-4020'],
    'blue arrow buys richards': ['reuters-16159', 'reuters-16287'],
    'highway bill veto': ['reuters-12051', 'reuters-12497'],
    'rexnord divestments': ['reuters-11113', 'reuters-11257', 'reuters-3790', 'reuters-7247'],
    'np energy trustee': ['reuters-12165', 'reuters-12503'],
    'condere buys armtek assets': ['reuters-2476', 'reuters-5533', 'reuters-5686'],
    'rlr financial and nasd': ['reuters-3182', 'reuters-3810'],
    'transamerica sells australian life unit': ['reuters-882', 'reuters-984'],
    'fiat bond report': ['reuters-9386', 'reuters-9471'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE13 = [
    # from distractors
    ('bbc-business-207', 1, 'EMI shares drop sharply on a profit warning'),
    ('bbc-business-344', 1, 'the dollar at a new record low against the euro'),
    ('bbc-business-385', 1, "Tate & Lyle's chief executive named European Businessman of the Year"),
    ('bbc-politics-188', 1, "security files on the Pakistani president's London visit found by the public"),
    ('bbc-politics-210', 1, 'civil servants across Wales strike over job cuts'),
    ('bbc-sport-036', 1, 'the IOC opens an inquiry into doping claims against Marion Jones'),
    ('bbc-sport-299', 1, "Robinson's first big test as England coach after losing to Wales"),
    ('reuters-1068', 1, 'Canadian real GDP up 1.1 pct in the fourth quarter'),
    ('reuters-11303', 1, 'Corvus to sell PC networking products to Bell Canada Enterprises'),
    ('reuters-11327', 1, 'the OECD says Australia needs a big medium-term adjustment'),
    ('reuters-11419', 1, "Grace's Darex unit doubles its cracking catalyst plant at Worms"),
    ('reuters-12311', 1, 'Japan turning to US corn rather than Chinese or Argentine supplies'),
    ('reuters-15191', 1, "S and P cuts Lanesborough's subordinated notes to CCC-plus"),
    ('reuters-15475', 1, 'Xicor expects its memory research programme with Intel to end'),
    ('reuters-1584', 1, 'Lotus plans to buy the assets of Computer Access Corp'),
    ('reuters-16191', 1, 'Turkey applies to join the European Community'),
    ('reuters-16699', 1, 'Air Canada plans flights to Egypt after a bilateral air agreement'),
    ('reuters-16840', 1, 'Chrysler asks holders to lift authorised shares to 500 mln'),
    ('reuters-17191', 1, 'Hong Kong banks keep their interest rates unchanged'),
    ('reuters-17589', 1, 'Suburban Bancorp to merge with Woodstock State Bancorp'),
    ('reuters-18024', 1, "Italy's barley crop in good shape with harvest near"),
    ('reuters-185', 1, 'Versatile sells its Noble Cultivators division to Vicon'),
    ('reuters-18921', 1, 'Union Planters to acquire CBC Bancorp'),
    ('reuters-19402', 1, 'Unisys signs a remarketing deal with VMark Computer'),
    ('reuters-20459', 1, 'Iran and the Soviet Union to discuss swapping crude for oil products'),
    ('reuters-2628', 1, "Bofors' managing director resigns amid the Iran arms inquiry"),
    ('reuters-4352', 1, 'Zenith asks the Supreme Court to hear its TV dumping case'),
    ('reuters-4407', 1, 'the Britannia gold coin priced at the gold price plus a premium'),
    ('reuters-6343', 1, 'a strong earthquake in southwest Japan kills one'),
    ('reuters-6944', 1, 'Nippon Life looks for a link with a US securities house'),
    ('reuters-7537', 1, 'Volcker likens the trade deficit challenge to Sputnik'),
    ('reuters-8073', 1, 'a Gallup poll puts the Alliance ahead of Labour'),
    ('reuters-9176', 1, "Swiss banks' net foreign assets up 3.5 billion francs in the fourth quarter"),
    ('reuters-9393', 1, 'Thai sugar output stays high in February'),
    # from labelled articles
    ('reuters-1895', 20, 'a directive bars NSC staff from covert operations'),
    ('reuters-21006', 8, 'Mousavi in Damascus to seek Syrian help with the Arab states'),
    ('reuters-20774', 5, 'Belgium keeps two minesweepers out of the Gulf for now'),
    ('reuters-19043', 6, 'the report clears the JAL crew'),
    ('reuters-16215', 14, "an analyst calls the bid a fair price for Dome's 36.1 mln acres"),
    ('reuters-18938', 6, 'a Merrill analyst puts Gillette breakup value at 45 dlrs'),
    ('reuters-3593', 13, "Hungary's net hard currency debt up to 7.79 billion dlrs"),
    ('reuters-2958', 4, 'the Titanic remains the worst peacetime sea disaster'),
    ('reuters-17212', 14, 'CSR says its price is 16.8 times Monier earnings'),
    ('reuters-7892', 15, 'American Express Bank to swap 100 mln dlrs of loans into hotel equity'),
    ('bbc-business-444', 2, 'Khodorkovsky hands his Menatep stake to Nevzlin'),
    ('reuters-10398', 10, "Porsche's Weissach centre expects outside orders above 100 mln marks"),
    ('reuters-5779', 13, 'Australian bank bill yields fall after the figures'),
    ('reuters-4039', 1, 'Ecuador to ask OPEC for a 100,000 bpd higher quota'),
    ('reuters-1333', 1, 'the guild agrees to meet CBS and ABC at the mediation service'),
]


PROCEDURE13 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json, "
               "related_pairs_news10.json, related_pairs_news11.json or related_pairs_news12.json; corpus = "
               "labelled articles + DISTRACTORS ids drawn with random.Random(seed).sample from the sorted ids "
               "neither labelled here nor in those twelve corpora; no-counterpart passages chosen afterwards from "
               "that corpus and checked against all of it; every entry is split test. Built by "
               "tests/data/build_related_news13.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS13, NONE13, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE13)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
