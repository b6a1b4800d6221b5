"""Builds data/related_pairs_news20.json: a twentieth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 19
(related_pairs_news19.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news19.py, blind, with the corpora of all
nineteen earlier sets (related_pairs_news.json to related_pairs_news19.json)
excluded, and SEED below. This builder uses the standard library only: it does not
import the project or the earlier builders, and splits passages itself the way the
labels files describe (passage 0 the title line, then one per blank-line-separated
block; the news file has no single line breaks inside a body, and every passage
number of the nineteen earlier sets is in range under this split). 169 pairs on 69
stories (170 labelled articles: 51 stories of two articles, nine of three, five of
four, three of five, one of six), 52 no-counterpart passages (40 from distractors,
12 from labelled articles); corpus of 570 articles. Of the 57 paraphrase pairs (at
most three words rarer than 300 passages of the news file shared, checked by
script), 34 share one such word or none (17 share none), the others two or three.
Pairs whose passages repeat the same sentence or phrase (a lightly reworded wire
sentence, a market report restating the same prices, an offering restated with the
same terms, the same figures restated in another sentence, a shared verbatim
quote) are not marked paraphrase even when few rare words are shared; no row
sharing more than three rare words is marked paraphrase. Where an asked passage
has about equally good partners in more than one other article of its story, each
such article has its own row (19 asked passages have two or more rows; no pair is
listed in both directions). 25 asked passages still have a second, about equally
good partner passage in the same other article (listed in SECOND_PARTNERS; only
one row per article can be counted).

Before the corpus was drawn, candidate pairs whose facts recur across many
articles of the news file, or are also reported by articles of the earlier sets'
corpora, were left out (Brazil's interest suspension and its bank credit lines,
the Gencorp bid, Qintex and Princeville, the ChemLawn bids, Chrysler and American
Motors, Dart and Supermarkets General, Viacom, the Conrail offering, the IADB veto
talks, the Dixons bid for Cyclops, the Heck's bankruptcy filing itself, the New
Zealand harbour strike, the GM truck and bus strike, the OPEC quotas, the FSLIC
bill, the LDP package, Abe's Washington visit, the semiconductor tariffs on Japan,
the U.S. strike on the Iranian platform in general, Iran's southern front, the
Greenspan nomination, Baker on the Louvre accord, the 854,000 tonnes of sugar
offered into intervention, CPC and Ferruzzi, the U.K. budget, EU software patents,
the Oscars and Baftas, Yukos, the Kenteris case, Ray Charles's Grammys, Halo 2).
Near-copy article pairs (the same wire story sent twice, such as the two copies
of Airbus's no-comment on the McDonnell Douglas talks) were left out; only one
copy is labelled. The first draw held a pork-belly futures report giving the light
hog runs of the hog story's fieldwork passages (a fact an article of an earlier
corpus also reports), so those rows were dropped and the distractors drawn again;
after that second draw every distractor was checked against the labelled facts and
none reports one. Distractors on the same broad events as labelled stories were
left as distractors (the pork-belly report itself, Baker using Mulford's words on
debt forgiveness, the April 9 energy futures report, other eurobond issues of the
same weeks); none reports a labelled fact and no no-counterpart passage was taken
from them.

    python tests/data/build_related_news20.py [--news PATH]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NEWS = HERE.parents[2] / "shared" / "data" / "news" / "articles.jsonl.gz"
EARLIER_SETS = [HERE / f"related_pairs_news{n}.json"
                for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15",
                          "16", "17", "18", "19")]
OUT = HERE / "related_pairs_news20.json"
SEED = 30
DISTRACTORS = 400

# (article A, passage, article B, passage, paraphrase, why)
PAIRS20 = [
    # north rhine-westphalia bond
    ('reuters-11189', 3, 'reuters-11319', 1, False, 'ten-year state bond with a 6-1/8 pct coupon'),
    ('reuters-11189', 1, 'reuters-11319', 1, False, 'North Rhine-Westphalia issues a domestic mark bond via WestLB'),
    # rowntree convertible
    ('reuters-4112', 1, 'reuters-5529', 1, False, 'Rowntree convertible bond of 55 mln stg via Schroder, coupon around 4-1/2 pct'),
    ('reuters-4112', 3, 'reuters-5529', 2, False, 'the put option yield (8-1/2 to 9 pct indicated, 8.7 pct set)'),
    # sharp thailand plant
    ('reuters-14823', 1, 'reuters-16859', 5, False, 'Sharp to make microwave ovens and refrigerators in Thailand for export'),
    # mulford on debt solutions
    ('reuters-2878', 9, 'reuters-1270', 3, False, 'Mulford criticised large-scale solutions such as debt forgiveness or new lending institutions'),
    ('reuters-2878', 10, 'reuters-1270', 4, False, 'Mulford: such approaches are impractical and counterproductive'),
    # zorinsky and karnes
    ('reuters-3426', 1, 'reuters-3289', 3, True, 'Senator Zorinsky died last week'),
    ('reuters-5577', 2, 'reuters-3847', 12, False, 'Karnes chosen to replace the late Senator Zorinsky'),
    ('reuters-5577', 4, 'reuters-3289', 4, True, 'Zorinsky had pushed for mandatory supply controls'),
    ('reuters-5577', 7, 'reuters-3847', 12, True, 'Nebraska Governor Orr appointed Republican Karnes to the seat'),
    # rjr nabisco debentures
    ('reuters-5311', 18, 'reuters-4994', 1, False, '500 mln dlrs of sinking fund debentures due 2017 via Shearson, yielding 8-3/4 pct'),
    ('reuters-5311', 20, 'reuters-4994', 3, False, "rated A-1 by Moody's and A by S and P"),
    ('reuters-5311', 21, 'reuters-2689', 1, False, 'redemption of 1.2 billion dlrs of 11.20 pct notes of 1997'),
    # uk may unemployment
    ('reuters-18672', 7, 'reuters-18539', 1, False, 'seasonally adjusted unemployment fell 64,300 to 2.95 mln or 10.6 pct'),
    ('reuters-18672', 2, 'reuters-18539', 5, True, 'the fall in unemployment was a record'),
    # us march payrolls
    ('reuters-12838', 3, 'reuters-13053', 2, False, 'March payrolls rose 164,000, below expectations'),
    ('reuters-13053', 5, 'reuters-12838', 3, False, 'February payrolls revised down to 236,000 from 337,000'),
    # german trade surplus outlook
    ('reuters-6593', 11, 'reuters-9749', 14, False, 'the 1987 nominal trade surplus seen little changed from the record 112.2 billion marks of 1986'),
    ('reuters-9763', 8, 'reuters-9749', 14, False, 'record nominal trade surplus of 112.2 billion marks in 1986'),
    ('reuters-9763', 8, 'reuters-6593', 11, False, 'record nominal trade surplus of 112.2 billion marks in 1986'),
    # canada 1986 current account
    ('reuters-1272', 10, 'reuters-1100', 2, False, '1986 current account deficit of 8.8 billion dlrs after 584 mln in 1985'),
    # canada corn duty
    ('reuters-9989', 2, 'reuters-2727', 3, False, 'Canada keeps an 84.9 cents a bushel duty on U.S. corn'),
    # nakasone dollar above 150 yen
    ('reuters-10696', 4, 'reuters-10684', 1, False, 'Nakasone: the Paris nations committed themselves to stabilise the dollar above 150 yen'),
    ('reuters-10696', 5, 'reuters-10684', 3, False, 'Miyazawa: the six intervened aggressively since the dollar fell below 150 yen'),
    ('reuters-10804', 5, 'reuters-10696', 2, True, "the dollar recovered from its low after Nakasone's remarks"),
    ('reuters-10804', 5, 'reuters-10684', 1, True, 'Nakasone said major nations agreed to hold the dollar above 150 yen'),
    ('reuters-10684', 2, 'reuters-10696', 4, True, 'Nakasone to the Lower House budget committee: the six act to keep the dollar above 150 yen'),
    # miyazawa on the yen rate
    ('reuters-5206', 5, 'reuters-4680', 1, False, 'Miyazawa: current dollar/yen rate not necessarily satisfactory'),
    # bank of japan cd purchase
    ('reuters-19538', 5, 'reuters-19511', 1, False, 'the Bank of Japan bought 100 billion yen of CDs to show its easy money stance'),
    ('reuters-19538', 6, 'reuters-19511', 2, False, 'the CD operation was meant to reassure the market that policy is unchanged'),
    # house budget committee vote strike
    ('reuters-7806', 8, 'reuters-7467', 2, False, "Republicans protest the Democrats' failure to present an alternative budget"),
    ('reuters-7806', 4, 'reuters-7467', 5, True, 'Democrats used to draft the budget behind closed doors'),
    ('reuters-7806', 1, 'reuters-7467', 1, True, 'Republicans refuse to vote in the budget markup'),
    ('reuters-7806', 7, 'reuters-7467', 1, True, 'Republicans withheld their votes (voted present) in committee'),
    # senate and mexico aid
    ('reuters-12968', 1, 'reuters-12936', 1, False, 'the Senate sided with Reagan and refused to cut aid to Mexico over drugs'),
    # reagan acid rain funds
    ('reuters-7527', 5, 'reuters-6645', 1, False, '2.5 billion dlrs over five years against acid rain'),
    ('reuters-6645', 4, 'reuters-4008', 3, False, 'the April Reagan-Mulroney summit in Ottawa'),
    # japan non-collateral bond ceiling
    ('reuters-2988', 22, 'reuters-295', 12, False, 'January accord to lower the eligibility ceiling for non-collateral straight bonds'),
    # ec ministers warn japan
    ('reuters-11198', 15, 'reuters-5895', 2, False, "EC ministers deplored Japan's trade imbalance and urged it to open its markets"),
    ('reuters-11198', 14, 'reuters-5895', 1, True, "the March 16 EC ministers' meeting warned Tokyo over trade"),
    ('reuters-11198', 16, 'reuters-5895', 10, False, 'De Clercq: growing impatience in the EC with Japan'),
    # reagan on exchange accords
    ('reuters-17750', 13, 'reuters-17748', 2, False, 'Tokyo, Paris and Washington decisions cannot be ignored or forgotten'),
    ('reuters-17750', 12, 'reuters-17748', 1, True, 'Reagan calls for the exchange rate accords to be honoured'),
    # ibc closes may registrations
    ('reuters-13242', 1, 'reuters-13201', 1, False, 'the IBC closed May coffee export registrations'),
    ('reuters-13242', 2, 'reuters-13201', 2, False, 'exporters heard of the closure but officials could not confirm it'),
    ('reuters-13201', 3, 'reuters-13190', 1, False, '1.4 mln bags registered for May today'),
    ('reuters-13170', 1, 'reuters-13201', 1, False, 'the IBC closing May export registrations tonight after heavy sales'),
    ('reuters-13170', 1, 'reuters-13242', 1, False, 'the IBC closing May export registrations'),
    # ec sugar rebate gap
    ('reuters-9746', 3, 'reuters-8176', 4, False, 'rebates 1.3 and 2.5 Ecus short of the level producers need in the last two tenders'),
    ('reuters-9746', 3, 'reuters-6998', 2, False, "last week's rebate 1.3 Ecus short of what producers need"),
    ('reuters-8176', 7, 'reuters-6998', 7, True, 'the EC would put the intervention sugar back on the market'),
    ('reuters-8176', 7, 'reuters-9746', 7, True, 'the EC would put the intervention sugar back on the market'),
    ('reuters-9746', 7, 'reuters-6998', 7, False, 'if it must buy the sugar the Commission will resell it at once'),
    ('reuters-9746', 5, 'reuters-8176', 6, False, 'the offers can be withdrawn up to five weeks after April 1 when the sugar enters intervention'),
    ('reuters-9746', 5, 'reuters-6998', 6, False, 'withdrawal possible between April 1 and the payment date five weeks later'),
    # morrison knudsen real estate exit
    ('reuters-20912', 3, 'reuters-20938', 8, True, 'loss from closing the real estate development operations (charge vs after-tax loss)'),
    # gerrard wants trophies at liverpool
    ('bbc-sport-274', 1, 'bbc-sport-243', 2, False, 'Gerrard repeats that he wants to win trophies with Liverpool'),
    ('bbc-sport-243', 3, 'bbc-sport-274', 1, True, 'Gerrard wants to win things with Liverpool, not elsewhere'),
    # smfg and daiwa merger talk
    ('bbc-business-116', 1, 'bbc-business-032', 5, True, 'speculation that Sumitomo Mitsui and Daiwa Securities could merge'),
    # fa and millwall-liverpool trouble
    ('bbc-sport-197', 4, 'bbc-sport-234', 1, False, 'the FA acts over crowd trouble at the Millwall-Liverpool Carling Cup tie'),
    # ruder on trading halt
    ('reuters-21116', 6, 'reuters-21305', 1, False, 'Ruder: a brief trading halt was discussed but he is not recommending one'),
    ('reuters-21305', 2, 'reuters-21116', 5, True, 'the SEC and the NYSE have been in constant contact about the record drop'),
    # fed and bank of england swap capital rules
    ('reuters-1724', 8, 'reuters-1553', 17, False, 'Seger concerned that Japan is not part of the U.K.-U.S. capital rules'),
    ('reuters-1724', 2, 'reuters-1553', 2, True, 'the Fed and the Bank of England issue the same proposal together'),
    ('reuters-1724', 3, 'reuters-1553', 3, True, 'sixty days for comment on the proposal'),
    # kuwaiti economy contraction
    ('reuters-17018', 17, 'reuters-14891', 3, False, "Kuwait's real GDP shrank 19 pct in 1986 after 8.1 pct in 1985"),
    # dauster on coffee exports
    ('reuters-2521', 15, 'reuters-2115', 1, False, 'Dauster: Brazil has no set coffee export target after the ICO talks failed'),
    # sono-tek offering
    ('reuters-3423', 1, 'reuters-2934', 1, False, "Sono-Tek's initial offering of 400,000 shares (cut to 350,000)"),
    ('reuters-3423', 2, 'reuters-2934', 1, False, 'offering price of five dlrs a share'),
    # cocoa producers limit sales
    ('reuters-15653', 1, 'reuters-15095', 1, False, 'Cocoa Producers Alliance members may limit sales to lift prices'),
    ('reuters-15653', 3, 'reuters-15095', 9, True, "Brazil's cocoa trade is free and private, so sales are hard to limit"),
    # shad leaves, ruder named at sec
    ('reuters-19355', 8, 'reuters-19432', 3, False, 'Shad left the SEC to become ambassador to the Netherlands'),
    ('reuters-19355', 9, 'reuters-19432', 2, False, 'Reagan named Northwestern law professor David Ruder SEC chairman'),
    # indonesia palm oil licences
    ('reuters-5315', 6, 'reuters-5152', 2, False, 'reported licences to import 135,000 tonnes of palm oil, denied by the ministry'),
    ('reuters-5315', 2, 'reuters-5152', 1, True, 'the Trade Ministry says Indonesia issued no palm oil import licences'),
    # goldman credit for mutual funds
    ('reuters-20288', 2, 'reuters-20133', 1, False, 'Goldman Sachs makes up to a billion dlrs available to mutual funds'),
    # oil import fee bill
    ('reuters-17430', 4, 'reuters-17408', 1, True, 'oil-state congressmen introduced a bill for an oil import fee'),
    # collier insider charges
    ('reuters-6471', 7, 'reuters-2289', 4, True, 'Collier left Morgan Grenfell last year and faces insider dealing charges'),
    # uk gilt tranche b
    ('reuters-3470', 7, 'reuters-3111', 1, False, 'issued at 96-16/32 (96.50), 40 stg pct payable on application'),
    ('reuters-3470', 8, 'reuters-3111', 1, False, 'designated the "B" tranche of 8-3/4 pct Treasury Loan 1997'),
    ('reuters-3470', 4, 'reuters-3111', 7, True, 'the tap was seen as meant to damp hopes of a further rate cut'),
    ('reuters-3470', 10, 'reuters-3111', 10, True, "last week's tap stock sold out on its first day"),
    # ec ministers meet in belgium on ems
    ('reuters-12815', 1, 'reuters-12653', 4, True, 'EC finance ministers meet in Belgium this weekend on strengthening the EMS'),
    ('reuters-12815', 2, 'reuters-12653', 4, False, 'Eyskens hosts the informal meeting of EC ministers and central bankers'),
    # dart drops dayton hudson bid
    ('reuters-20824', 3, 'reuters-20773', 1, False, 'Dart abandoned its bid for Dayton Hudson'),
    # south korea trade policy shift
    ('reuters-16935', 3, 'reuters-16759', 1, True, 'Seoul changed its trade policies to head off a trade war with the U.S.'),
    ('reuters-16935', 2, 'reuters-16759', 3, True, 'the plan restrains exports and raises imports'),
    # sayad resignation
    ('reuters-10077', 2, 'reuters-9464', 4, False, 'Planning Minister Joao Sayad resigned'),
    ('reuters-10077', 2, 'reuters-9096', 3, True, 'Planning Minister Joao Sayad resigned'),
    # canada sales tax reform
    ('reuters-19039', 18, 'reuters-19016', 1, False, 'Wilson widens the federal sales tax ahead of a broad-based multi-stage tax'),
    # takeshita inexperience abroad
    ('reuters-20061', 9, 'reuters-21547', 10, True, 'Takeshita is doubted for his lack of international experience'),
    # venezuela keeps debt accord
    ('reuters-17450', 13, 'reuters-17458', 1, False, 'Marcano: Venezuela has no plans to renegotiate its rescheduling terms'),
    # german institutes spring report
    ('reuters-16196', 1, 'reuters-16171', 1, True, 'the institutes called for the 1990 tax cuts to be brought forward'),
    ('reuters-16196', 5, 'reuters-16171', 2, False, 'three institutes see two pct growth in 1987, two see one pct'),
    # kennedy on trust in blair
    ('bbc-politics-403', 6, 'bbc-politics-223', 1, False, 'Kennedy: voters have a fundamental lack of trust in Blair'),
    # elvis reissues and tsunami single
    ('bbc-entertainment-144', 2, 'bbc-entertainment-129', 3, False, 'the Elvis singles are part of 18 reissues for the 70th anniversary of his birth'),
    ('bbc-entertainment-240', 3, 'bbc-entertainment-129', 3, False, "Presley's 18 number ones are being reissued"),
    ('bbc-entertainment-240', 3, 'bbc-entertainment-144', 2, False, "Presley's 18 number ones are being reissued"),
    ('bbc-entertainment-144', 3, 'bbc-entertainment-130', 1, False, 'tsunami charity single Grief Never Grows Old with Cliff Richard and Boy George'),
    ('bbc-entertainment-144', 3, 'bbc-entertainment-240', 2, False, 'tsunami charity single Grief Never Grows Old with Cliff Richard and Boy George'),
    # wales v hungary, giggs 50th cap
    ('bbc-sport-129', 2, 'bbc-sport-115', 1, False, 'Giggs set to win his 50th cap against Hungary'),
    ('bbc-sport-129', 1, 'bbc-sport-115', 1, False, "Wednesday's friendly against Hungary in Cardiff"),
    ('bbc-sport-119', 4, 'bbc-sport-115', 2, True, "the Hungary game is Toshack's first in charge of Wales"),
    # holmes wins in glasgow
    ('bbc-sport-075', 4, 'bbc-sport-022', 1, False, 'Holmes won on her first home appearance since her Olympic double'),
    # cudicini misses carling cup final
    ('bbc-sport-174', 1, 'bbc-sport-111', 3, False, 'Cudicini suspended for the Carling Cup final after his red card'),
    ('bbc-sport-174', 2, 'bbc-sport-111', 3, False, 'Mourinho had promised Cudicini the final'),
    # digital music surveys
    ('bbc-tech-047', 2, 'bbc-tech-040', 4, False, 'Pew study: digital music players are the gadget of choice of young Americans'),
    ('bbc-tech-047', 1, 'bbc-tech-040', 4, False, 'one in ten U.S. adults, 22 million, own a digital music player'),
    ('bbc-tech-391', 5, 'bbc-entertainment-103', 4, False, 'IFPI: 200 million tracks bought online in 2004, a tenfold rise'),
    ('bbc-tech-391', 5, 'bbc-tech-040', 4, False, 'legal downloads rose tenfold in 2004 (IFPI)'),
    ('bbc-tech-391', 5, 'bbc-entertainment-321', 4, False, 'downloaded tracks up more than tenfold on 2003'),
    # g7 debt relief and imf gold
    ('bbc-business-241', 1, 'bbc-business-210', 5, False, "G7 ministers back writing off up to 100% of poorest countries' debts"),
    ('bbc-business-210', 2, 'bbc-business-241', 4, True, 'the IMF may use its gold to fund debt relief'),
    # brian harvey quits the jungle
    ('bbc-entertainment-223', 3, 'bbc-entertainment-200', 3, False, 'Brian Harvey quit after a row with Janet Street-Porter'),
    # cme dual trading rules
    ('reuters-4923', 3, 'reuters-4793', 1, False, 'the CME board curbs but does not ban dual trading in the S and P pit'),
    ('reuters-4923', 4, 'reuters-4793', 5, False, 'the board rejected the February petition for an outright ban'),
    ('reuters-10583', 6, 'reuters-4793', 6, False, 'members vote by April 13 on the petition to bar dual trading'),
    ('reuters-8563', 10, 'reuters-4793', 2, True, 'brokers on the top step barred from trading for their own account'),
    ('reuters-10583', 1, 'reuters-4793', 4, True, 'limits on trading among broker groups ("trading rings")'),
    ('reuters-4191', 4, 'reuters-540', 2, False, "the members' petition seeks to eliminate dual trading"),
    ('reuters-4191', 4, 'reuters-10583', 6, False, "the members' petition seeks to bar dual trading"),
    # mcdonnell douglas and airbus talks
    ('reuters-3284', 4, 'reuters-3286', 3, False, 'the 1986 talks broke down over the MD-11 and the A340'),
    # heck's credit agreement
    ('reuters-2127', 3, 'reuters-808', 1, False, "Heck's bank credit agreement expired February 28"),
    ('reuters-2127', 5, 'reuters-808', 1, True, "the banks are demanding repayment of Heck's loans"),
    # nyfe moves to the cotton exchange
    ('reuters-14667', 1, 'reuters-12969', 1, True, 'the New York Futures Exchange will relocate to the New York Cotton Exchange'),
    ('reuters-14667', 4, 'reuters-12969', 2, True, 'the move needed (and got) the approval of the Cotton Exchange board'),
    # relay squad mbes
    ('bbc-sport-090', 2, 'bbc-sport-028', 3, False, 'the Olympic relay gold medallists were made MBEs in the New Year Honours'),
    # eurobond issues of april 1
    ('reuters-12026', 11, 'reuters-11800', 1, False, 'GMAC (Australia) Finance issues a 50 mln Australian dlr bond'),
    ('reuters-11800', 2, 'reuters-12026', 12, False, 'the GMAC Australia bond is guaranteed by General Motors Acceptance Corp'),
    ('reuters-12026', 13, 'reuters-11901', 1, False, 'McDonalds 75 mln Canadian dlr bond at 8-1/2 pct priced at 101-5/8 via Morgan Guaranty'),
    ('reuters-12026', 10, 'reuters-11809', 1, False, 'Rural Banking and Finance zero coupon bond of 19 billion yen redemption via Nomura'),
    # us energy futures april 7
    ('reuters-14611', 3, 'reuters-14107', 3, True, 'the 15-day forward Brent market led U.S. energy futures'),
    ('reuters-14107', 1, 'reuters-14611', 1, True, 'North Sea Brent crude supported U.S. energy futures'),
    ('reuters-14107', 1, 'reuters-13847', 2, True, 'North Sea Brent crude supported U.S. energy futures'),
    ('reuters-14107', 1, 'reuters-13749', 2, False, 'support from the April 15-day forward Brent market'),
    ('reuters-14107', 2, 'reuters-13749', 2, False, 'April Brent traded as high as 19.40 dlrs on a supply squeeze'),
    ('reuters-14107', 2, 'reuters-13847', 2, False, 'April Brent traded as high as 19.40 dlrs'),
    ('reuters-13749', 1, 'reuters-14611', 1, True, 'reports of a heating-up Iran/Iraq war support energy futures'),
    ('reuters-13749', 1, 'reuters-13847', 2, True, 'reports of a heating-up Iran/Iraq war support energy futures'),
    # howe backs the u.s. strike
    ('reuters-21184', 4, 'reuters-20991', 1, True, 'Howe backed the U.S. attack on the Iranian oil platform'),
    # london eurodollar deposits april 7
    ('reuters-14217', 1, 'reuters-13533', 1, True, 'eurodollar rates little changed, longer end a touch firmer on a weaker dollar'),
    ('reuters-14217', 2, 'reuters-13533', 2, False, 'thin market with no U.S. data due, awaiting the G-7 meeting in Washington'),
    ('reuters-14217', 3, 'reuters-13533', 5, False, 'three month eurodollars at 6-9/16 7/16 pct'),
    ('reuters-14217', 6, 'reuters-13533', 4, False, 'short dated eurodollars steady with overnight to spot/next at 6-1/4 1/8'),
    # comex copper april 7
    ('reuters-14398', 4, 'reuters-13897', 2, True, 'commission house selling above 62.90 cents capped copper'),
    ('reuters-14398', 3, 'reuters-13897', 4, False, "May copper's high was 62.85 cents"),
    # lme nickel april 7
    ('reuters-14329', 2, 'reuters-13720', 2, False, 'nickel touched 2,370 stg near the morning ring close on trade buying'),
    # cuba sugar harvest delays
    ('reuters-14687', 7, 'reuters-14440', 1, False, 'Castro: crude sugar output 800,000 tonnes behind schedule'),
    ('reuters-14687', 8, 'reuters-14440', 2, False, 'unseasonable rains since January interrupted harvesting and milling'),
    ('reuters-18375', 4, 'reuters-14440', 2, True, 'rain in the first months of the year stopped the cane harvest'),
    ('reuters-18375', 4, 'reuters-14687', 8, True, 'rain in the first months of the year stopped the cane harvest'),
    ('reuters-18375', 5, 'reuters-14440', 5, False, "output unlikely to exceed last year's 7.2 mln tonnes"),
    ('reuters-14440', 6, 'reuters-18375', 1, True, 'the harvest was extended well beyond its scheduled end'),
    # hog futures and cash hams april 7
    ('reuters-14318', 4, 'reuters-14258', 1, False, 'cash hams called sharply lower as Easter demand ended'),
    ('reuters-14318', 4, 'reuters-14403', 3, True, 'the break in cash hams was expected as Easter buying ended'),
    ('reuters-14318', 4, 'reuters-14657', 2, True, 'cash hams sharply lower'),
    ('reuters-14318', 2, 'reuters-14045', 3, True, 'early commercial profit-taking pulled hog futures off their highs'),
    # cocoa buffer stock uphill battle
    ('reuters-13606', 1, 'reuters-13462', 1, False, 'the ICCO buffer stock may face an uphill battle to halt the price slide'),
    ('reuters-13722', 3, 'reuters-13462', 2, False, 'buffer stock purchases could reach 75,000 tonnes without lifting prices much'),
    ('reuters-13722', 3, 'reuters-13606', 1, False, 'buffer stock purchases could reach 75,000 tonnes without lifting prices much'),
    ('reuters-14511', 4, 'reuters-13462', 13, True, 'traders doubt the new buffer stock rules will support prices'),
    ('reuters-14511', 2, 'reuters-13951', 4, False, 'May cocoa nine dlrs lower at 1,925 dlrs'),
    ('reuters-14511', 3, 'reuters-13722', 1, True, 'weak London prices pressed New York cocoa lower'),
    ('reuters-14511', 3, 'reuters-13951', 2, True, 'weak London prices pressed New York cocoa lower'),
    # world sugar futures april 7
    ('reuters-14326', 1, 'reuters-14459', 4, True, 'sugar futures recovered their early losses by midsession on trade buying'),
    ('reuters-14326', 2, 'reuters-14037', 1, False, 'computer fund selling at 6.60 cents set off stop-loss selling'),
    ('reuters-14326', 2, 'reuters-14459', 4, False, 'computer fund selling at 6.60 cents set off stop-loss selling'),
    ('reuters-14326', 4, 'reuters-14037', 4, False, "the fall followed yesterday's failure to break resistance"),
]

# (asked article, passage, other article, second passage): another, about equally good partner
# passage in the same other article (only one row per article can be counted)
SECOND_PARTNERS = [
    ('reuters-5311', 18, 'reuters-4994', 2),
    ('reuters-18672', 2, 'reuters-18539', 1),
    ('reuters-7806', 8, 'reuters-7467', 7),
    ('reuters-12968', 1, 'reuters-12936', 2),
    ('reuters-11198', 15, 'reuters-5895', 6),
    ('reuters-17750', 13, 'reuters-17748', 3),
    ('reuters-13201', 3, 'reuters-13190', 2),
    ('reuters-5315', 2, 'reuters-5152', 3),
    ('reuters-6471', 7, 'reuters-2289', 3),
    ('reuters-3470', 4, 'reuters-3111', 4),
    ('reuters-17450', 13, 'reuters-17458', 3),
    ('reuters-16196', 1, 'reuters-16171', 4),
    ('bbc-politics-403', 6, 'bbc-politics-223', 3),
    ('bbc-entertainment-144', 3, 'bbc-entertainment-130', 2),
    ('reuters-8563', 10, 'reuters-4793', 3),
    ('reuters-14667', 4, 'reuters-12969', 1),
    ('reuters-12026', 10, 'reuters-11809', 2),
    ('reuters-21184', 4, 'reuters-20991', 2),
    ('reuters-14398', 4, 'reuters-13897', 1),
    ('reuters-13606', 1, 'reuters-13462', 2),
    ('reuters-14511', 4, 'reuters-13462', 1),
    ('reuters-9746', 3, 'reuters-6998', 3),
    ('reuters-9746', 5, 'reuters-6998', 5),
    ('reuters-14611', 3, 'reuters-14107', 1),
    ('reuters-18375', 4, 'reuters-14440', 3),
]

STORIES = {
    'north rhine-westphalia bond': ['reuters-11189', 'reuters-11319'],
    'rowntree convertible': ['reuters-4112', 'reuters-5529'],
    'sharp thailand plant': ['reuters-14823', 'reuters-16859'],
    'mulford on debt solutions': ['reuters-2878', 'reuters-1270'],
    'zorinsky and karnes': ['reuters-3426', 'reuters-3289', 'reuters-5577', 'reuters-3847'],
    'rjr nabisco debentures': ['reuters-5311', 'reuters-4994', 'reuters-2689'],
    'uk may unemployment': ['reuters-18672', 'reuters-18539'],
    'us march payrolls': ['reuters-12838', 'reuters-13053'],
    'german trade surplus outlook': ['reuters-6593', 'reuters-9749', 'reuters-9763'],
    'canada 1986 current account': ['reuters-1272', 'reuters-1100'],
    'canada corn duty': ['reuters-9989', 'reuters-2727'],
    'nakasone dollar above 150 yen': ['reuters-10696', 'reuters-10684', 'reuters-10804'],
    'miyazawa on the yen rate': ['reuters-5206', 'reuters-4680'],
    'bank of japan cd purchase': ['reuters-19538', 'reuters-19511'],
    'house budget committee vote strike': ['reuters-7806', 'reuters-7467'],
    'senate and mexico aid': ['reuters-12968', 'reuters-12936'],
    'reagan acid rain funds': ['reuters-7527', 'reuters-6645', 'reuters-4008'],
    'japan non-collateral bond ceiling': ['reuters-2988', 'reuters-295'],
    'ec ministers warn japan': ['reuters-11198', 'reuters-5895'],
    'reagan on exchange accords': ['reuters-17750', 'reuters-17748'],
    'ibc closes may registrations': ['reuters-13242', 'reuters-13201', 'reuters-13190', 'reuters-13170'],
    'ec sugar rebate gap': ['reuters-9746', 'reuters-8176', 'reuters-6998'],
    'morrison knudsen real estate exit': ['reuters-20912', 'reuters-20938'],
    'gerrard wants trophies at liverpool': ['bbc-sport-274', 'bbc-sport-243'],
    'smfg and daiwa merger talk': ['bbc-business-116', 'bbc-business-032'],
    'fa and millwall-liverpool trouble': ['bbc-sport-197', 'bbc-sport-234'],
    'ruder on trading halt': ['reuters-21116', 'reuters-21305'],
    'fed and bank of england swap capital rules': ['reuters-1724', 'reuters-1553'],
    'kuwaiti economy contraction': ['reuters-17018', 'reuters-14891'],
    'dauster on coffee exports': ['reuters-2521', 'reuters-2115'],
    'sono-tek offering': ['reuters-3423', 'reuters-2934'],
    'cocoa producers limit sales': ['reuters-15653', 'reuters-15095'],
    'shad leaves, ruder named at sec': ['reuters-19355', 'reuters-19432'],
    'indonesia palm oil licences': ['reuters-5315', 'reuters-5152'],
    'goldman credit for mutual funds': ['reuters-20288', 'reuters-20133'],
    'oil import fee bill': ['reuters-17430', 'reuters-17408'],
    'collier insider charges': ['reuters-6471', 'reuters-2289'],
    'uk gilt tranche b': ['reuters-3470', 'reuters-3111'],
    'ec ministers meet in belgium on ems': ['reuters-12815', 'reuters-12653'],
    'dart drops dayton hudson bid': ['reuters-20824', 'reuters-20773'],
    'south korea trade policy shift': ['reuters-16935', 'reuters-16759'],
    'sayad resignation': ['reuters-10077', 'reuters-9464', 'reuters-9096'],
    'canada sales tax reform': ['reuters-19039', 'reuters-19016'],
    'takeshita inexperience abroad': ['reuters-20061', 'reuters-21547'],
    'venezuela keeps debt accord': ['reuters-17450', 'reuters-17458'],
    'german institutes spring report': ['reuters-16196', 'reuters-16171'],
    'kennedy on trust in blair': ['bbc-politics-403', 'bbc-politics-223'],
    'elvis reissues and tsunami single': ['bbc-entertainment-144', 'bbc-entertainment-129', 'bbc-entertainment-240', 'bbc-entertainment-130'],
    'wales v hungary, giggs 50th cap': ['bbc-sport-129', 'bbc-sport-115', 'bbc-sport-119'],
    'holmes wins in glasgow': ['bbc-sport-075', 'bbc-sport-022'],
    'cudicini misses carling cup final': ['bbc-sport-174', 'bbc-sport-111'],
    'digital music surveys': ['bbc-tech-047', 'bbc-tech-040', 'bbc-tech-391', 'bbc-entertainment-103', 'bbc-entertainment-321'],
    'g7 debt relief and imf gold': ['bbc-business-241', 'bbc-business-210'],
    'brian harvey quits the jungle': ['bbc-entertainment-223', 'bbc-entertainment-200'],
    'cme dual trading rules': ['reuters-4923', 'reuters-4793', 'reuters-10583', 'reuters-8563', 'reuters-4191', 'reuters-540'],
    'mcdonnell douglas and airbus talks': ['reuters-3284', 'reuters-3286'],
    "heck's credit agreement": ['reuters-2127', 'reuters-808'],
    'nyfe moves to the cotton exchange': ['reuters-14667', 'reuters-12969'],
    'relay squad mbes': ['bbc-sport-090', 'bbc-sport-028'],
    'eurobond issues of april 1': ['reuters-12026', 'reuters-11800', 'reuters-11901', 'reuters-11809'],
    'us energy futures april 7': ['reuters-14611', 'reuters-14107', 'reuters-13847', 'reuters-13749'],
    'howe backs the u.s. strike': ['reuters-21184', 'reuters-20991'],
    'london eurodollar deposits april 7': ['reuters-14217', 'reuters-13533'],
    'comex copper april 7': ['reuters-14398', 'reuters-13897'],
    'lme nickel april 7': ['reuters-14329', 'reuters-13720'],
    'cuba sugar harvest delays': ['reuters-14687', 'reuters-14440', 'reuters-18375'],
    'hog futures and cash hams april 7': ['reuters-14318', 'reuters-14258', 'reuters-14403', 'reuters-14657', 'reuters-14045'],
    'cocoa buffer stock uphill battle': ['reuters-13606', 'reuters-13462', 'reuters-13722', 'reuters-14511', 'reuters-13951'],
    'world sugar futures april 7': ['reuters-14326', 'reuters-14459', 'reuters-14037'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE20 = [
    # from distractors
    ('bbc-entertainment-332', 1, 'The Incredibles beats Shrek 2 to the main Annie awards'),
    ('reuters-19420', 1, 'K.G. Saur sells its assets to the Butterworth Group'),
    ('bbc-sport-219', 1, 'Hearts of Oak reach an all-Ghanaian Confederation Cup final'),
    ('reuters-10803', 1, 'the crippled Panamanian vessel Northern 1 is towed into Greenock'),
    ('reuters-12191', 1, "Dynalectron buys Standard Aero's Phoenix assets"),
    ('bbc-entertainment-299', 1, "Stephen Fry joins the cast of the Hitchhiker's Guide film"),
    ('reuters-8058', 1, 'the FDIC moves the deposits of the failed Madill Bank and Trust'),
    ('reuters-10616', 1, 'foot-and-mouth in Zimbabwe makes Botswana stop meat imports'),
    ('bbc-sport-245', 1, 'a bomb scare empties the Bernabeu during a Real Madrid match'),
    ('reuters-10607', 1, 'an error interrupts an Ariane third-stage motor test'),
    ('reuters-18372', 1, 'Warsaw Pact shells hit a West German navy ship in the Baltic'),
    ('reuters-17725', 1, 'Electrospace gets the first increment of a navy contract'),
    ('reuters-16025', 1, "Raytheon's 215.3 mln dlr Sparrow missile guidance contract"),
    ('bbc-entertainment-105', 1, 'Busted confirm they will take a break'),
    ('bbc-politics-041', 1, 'the portfolios Blunkett held as home secretary'),
    ('reuters-17979', 1, 'Sri Lanka orders its forces to guard its waters against an Indian flotilla'),
    ('reuters-11122', 1, 'Anglo American Gold chairman urges repeal of laws barring black advancement in mining'),
    ('reuters-7033', 1, 'the Banking Commission reviews the three-tier banking system'),
    ('reuters-12127', 1, "Horn and Hardart disposes of 33 Bojangles' restaurants"),
    ('reuters-3988', 1, 'Nationair plans Montreal-Brussels flights'),
    ('reuters-18782', 1, "FERC approves Pan-Alberta's settlement with United Gas Pipe Line"),
    ('bbc-entertainment-291', 1, 'Springsteen inducts U2 into the Rock and Roll Hall of Fame'),
    ('reuters-5275', 1, 'a flax factory explosion in Harbin kills 45'),
    ('bbc-entertainment-311', 1, 'Ronnie Corbett attacks falling TV standards'),
    ('reuters-12952', 1, 'the Italian Treasury closes its CCT offer early'),
    ('reuters-6717', 1, 'Scott Paper to upgrade its Westbrook pulp plant'),
    ('reuters-840', 1, 'Microbiological Research plans a combination with DataGene'),
    ('reuters-15713', 1, 'Foothill reaches a standstill agreement with Santa Cruz Resources'),
    ('bbc-entertainment-218', 1, 'Howard Stern dropped by four radio stations'),
    ('reuters-15995', 1, 'Jacor buys two Denver radio stations from Belo'),
    ('reuters-19037', 1, 'Indonesia raises its share in the Asahan aluminium smelter'),
    ('reuters-10693', 1, 'Prawiro: Indonesia has minimised the impact of low oil prices'),
    ('bbc-politics-185', 1, 'police investigate a BNP leaflet against a mosque in south Wales'),
    ('reuters-15240', 1, 'Hartmarx still targets record 1987 earnings'),
    ('reuters-19720', 1, 'Epitope develops control reagents for AIDS testing'),
    ('reuters-12419', 1, 'Danish banks plan help for Sixth of July Bank depositors'),
    ('reuters-11037', 1, 'the Supreme Court declines to review the air bag rule'),
    ('reuters-2639', 1, 'Stone Container raises containerboard prices'),
    ('reuters-4538', 1, 'Invacare wins a Canadian patent case'),
    ('reuters-14888', 1, 'Anheuser-Busch joins the bidders for San Miguel shares'),
    # from labelled articles
    ('reuters-6645', 6, 'an advisory panel with the states and Canada will advise on the projects'),
    ('reuters-6471', 13, 'Reeves and Walsh were paid 562,000 stg in compensation'),
    ('reuters-17430', 10, 'Hodel warns of gas lines within two to five years'),
    ('reuters-16859', 3, 'Japanese firms see Thailand as the best place to shift production'),
    ('reuters-2988', 11, 'NIS rated a U.S. firm for the first time'),
    ('reuters-21184', 3, 'Tindemans: Belgium regrets the escalation in the Gulf'),
    ('reuters-3284', 10, 'McDonnell Douglas accuses Airbus of predatory pricing'),
    ('reuters-12815', 16, 'West German reluctance has thwarted a European monetary fund'),
    ('reuters-19355', 11, 'Winans was convicted for tipping a friend about his column'),
    ('reuters-2127', 2, "Heck's wholesale and drug store units are not in the filing"),
    ('reuters-16759', 13, 'Koo: the loans are repayable in foreign currency'),
    ('reuters-4008', 7, 'Mitchell urges Canada to keep the heat on'),
]

PROCEDURE20 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported; "
               "this builder itself uses the standard library only), read and labelled by hand, none of them "
               "from an article of the corpus of related_pairs_news.json, related_pairs_news2.json, "
               "related_pairs_news3.json, related_pairs_news4.json, related_pairs_news5.json, "
               "related_pairs_news6.json, related_pairs_news7.json, related_pairs_news8.json, "
               "related_pairs_news9.json, related_pairs_news10.json, related_pairs_news11.json, "
               "related_pairs_news12.json, related_pairs_news13.json, related_pairs_news14.json, "
               "related_pairs_news15.json, related_pairs_news16.json, related_pairs_news17.json, "
               "related_pairs_news18.json or related_pairs_news19.json; corpus = labelled articles + "
               "DISTRACTORS ids drawn with random.Random(seed).sample from the sorted ids neither labelled "
               "here nor in those nineteen corpora; no-counterpart passages chosen afterwards from that corpus "
               "and checked against all of it; every entry is split test. Built by "
               "tests/data/build_related_news20.py.")

SOURCE = ("../shared/data/news/articles.jsonl.gz (BBC News dataset 2004-5, Reuters-21578 Distribution 1.0; "
          "research use only, see its SOURCE.md); only ids and passage numbers are stored here")
PASSAGES = "passage 0 is the title line of 'title\\n\\nbody'; then one per blank-line-separated block"


def shown_text(record: dict) -> str:
    """What the reader shows for a JSONL record: the title on one line, a blank line, the body."""
    title = " ".join(record["title"].split())
    body = record["text"].strip()
    return f"{title}\n\n{body}" if title and body else (title or body)


def split_passages(text: str) -> list[str]:
    """Passage 0 is the first (title) line; then one passage per blank-line-separated block."""
    first, _, rest = text.partition("\n")
    blocks = [block.strip() for block in re.split(r"\n[ \t]*\n", rest)]
    return [first.strip()] + [block for block in blocks if block]


def read_news(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return {r["id"]: r for r in map(json.loads, f)}


def eval_corpus(pairs: list[tuple], ids: list[str], earlier: set[str], seed: int) -> tuple[list[str], list[str]]:
    """(labelled article ids, distractor ids), both sorted: DISTRACTORS ids drawn with
    random.Random(seed) from the sorted ids neither labelled nor in an earlier set's corpus."""
    labelled = sorted({a for a, _, b, _, _, _ in pairs} | {b for _, _, b, _, _, _ in pairs})
    pool = sorted(set(ids) - set(labelled) - earlier)
    distractors = sorted(random.Random(seed).sample(pool, DISTRACTORS))
    return labelled, distractors


def build(news: Path) -> dict:
    """The held-out labels file (every entry split "test"), checked against the earlier
    sets: no article of their corpora, no pair of theirs."""
    records = read_news(news)
    n_passages = {i: len(split_passages(shown_text(r))) for i, r in records.items()}
    earlier_sets = [json.loads(path.read_text(encoding="utf-8")) for path in EARLIER_SETS]
    earlier = {article for labels in earlier_sets for article in labels["corpus"]}
    labelled, distractors = eval_corpus(PAIRS20, list(records), earlier, SEED)
    corpus = set(labelled) | set(distractors)
    assert not corpus & earlier

    def check(article: str, passage: int) -> None:
        assert article in corpus, article
        assert 1 <= passage < n_passages[article], (article, passage, n_passages[article])

    earlier_pairs = {frozenset([(p["a"]["article"], p["a"]["passage"]), (p["b"]["article"], p["b"]["passage"])])
                     for labels in earlier_sets for p in labels["pairs"]}
    seen = set()
    for a, ap, b, bp, _, _ in PAIRS20:
        assert a != b, (a, b)
        check(a, ap)
        check(b, bp)
        key = frozenset([(a, ap), (b, bp)])
        assert key not in seen and key not in earlier_pairs, (a, ap, b, bp)
        seen.add(key)
    asked = {(a, ap): set() for a, ap, *_ in PAIRS20}
    for a, ap, b, *_ in PAIRS20:
        asked[(a, ap)].add(b)
    for a, ap, b, bp in SECOND_PARTNERS:
        assert b in asked[(a, ap)], (a, ap, b, bp)
        check(b, bp)
    in_pairs = {(a, ap) for a, ap, *_ in PAIRS20} | {(b, bp) for _, _, b, bp, *_ in PAIRS20}
    assert len({(a, p) for a, p, _ in NONE20}) == len(NONE20)
    for a, p, _ in NONE20:
        check(a, p)
        assert (a, p) not in in_pairs, (a, p)
    story_of = {a: s for s, arts in STORIES.items() for a in arts}
    assert set(story_of) == set(labelled), set(story_of) ^ set(labelled)

    pairs = [{"a": {"article": a, "passage": ap}, "b": {"article": b, "passage": bp},
              "why": why, "paraphrase": para, "split": "test"}
             for a, ap, b, bp, para, why in PAIRS20]
    nones = [{"article": a, "passage": p, "none": True, "why": why, "split": "test"} for a, p, why in NONE20]

    def count(split: str) -> dict:
        ps = [p for p in pairs if p["split"] == split]
        return {"pairs": len(ps), "paraphrase": sum(p["paraphrase"] for p in ps),
                "none": sum(n["split"] == split for n in nones)}

    header = {
        "source": SOURCE,
        "news_sha256": hashlib.sha256(news.read_bytes()).hexdigest(),
        "seed": SEED,
        "distractors": DISTRACTORS,
        "split": "all test (held-out set: no dev half; measure rarely, never tune on it)",
        "procedure": PROCEDURE20,
        "passages": PASSAGES,
        "counts": {"articles": len(corpus), "labelled_articles": len(labelled), "stories": len(STORIES),
                   "pairs": len(pairs), "paraphrase": sum(p["paraphrase"] for p in pairs), "none": len(nones),
                   "dev": count("dev"), "test": count("test")},
    }
    return {"header": header, "corpus": sorted(corpus), "pairs": pairs, "none": nones}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=NEWS)
    args = parser.parse_args()
    data = build(args.news)
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {json.dumps(data['header']['counts'])}")


if __name__ == "__main__":
    main()
