"""Builds data/related_pairs_news14.json: a fourteenth, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 13
(related_pairs_news13.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all
thirteen earlier sets (related_pairs_news.json to related_pairs_news13.json)
excluded, and SEED below. 176 pairs on 74 stories (154 labelled articles),
44 no-counterpart passages (32 from distractors, 12 from labelled articles);
corpus of 554 articles. Of the 65 paraphrase pairs (at most three words rarer
than 300 passages of the news file shared, checked by script), 25 share one such
word or none (10 share none), the others two or three. Pairs whose passages repeat
the same sentence or phrase (a shared verbatim quote, a lightly reworded wire
sentence, a results table restated in prose with the same figures) are not marked
paraphrase even when few rare words are shared. 16 asked passages still have a
second, about equally good partner passage in the same other article (only one row
per article can be counted). Where a passage's fact is reported by several other
labelled articles, each is given its own row. While checking the corpus,
distractors of the draw were found to report facts of labelled stories (the Nippon
Life stake in Shearson, the terms of the US-Japan chip pact, Japan's market-opening
pledge in the G-7 statement); each was labelled into its story and the distractors
drawn again with the same seed. Two pairs whose fact proved to be repeated by
several articles of the new draw (the G-7 reaffirming the Paris accord, Baker's
criticism of German rates before the Frankfurt meeting) were dropped instead,
with the rows that had first labelled one such distractor into the G-7 story, so
no distractor of the final draw reports a labelled fact. Distractors on the same
broad events as labelled stories were left as distractors (the February Paris
accord's wording on currency ranges, French calls to respect the Louvre accord in
October, the US-Japan chip talks and tariffs); none reports a labelled fact and no
no-counterpart passage was taken from them.

    python tests/data/build_related_news14.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json"
                for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13")]
OUT = HERE / "related_pairs_news14.json"
SEED = 24

# (article A, passage, article B, passage, paraphrase, why)
PAIRS14 = [
    # conagra buys monfort
    ('reuters-2505', 1, 'reuters-2650', 1, True, 'ConAgra is to take over Monfort of Colorado'),
    ('reuters-2505', 2, 'reuters-2650', 2, False, "letter of intent covering Monfort's 4.3 mln shares"),
    ('reuters-2505', 5, 'reuters-2650', 3, False, 'Monfort produces beef and lamb'),
    # breakwater bid for novamin
    ('reuters-12374', 2, 'reuters-9363', 1, True, 'one Breakwater share offered for every two Novamin shares'),
    ('reuters-12374', 3, 'reuters-9363', 2, True, 'Novamin warrants also become Breakwater shares'),
    # mitsui stake in imatron
    ('reuters-3089', 1, 'reuters-6953', 1, True, 'Mitsui paid two mln dlrs for new Imatron stock'),
    ('reuters-3089', 2, 'reuters-6953', 3, True, "Mitsui brings Imatron's scanners into Japan"),
    # csr bid for pioneer sugar
    ('reuters-11237', 1, 'reuters-12797', 1, False, 'CSR offers 2.20 dlrs cash a Pioneer share'),
    ('reuters-11237', 2, 'reuters-12797', 2, True,
     'CSR already owns 31.74 pct (the bid is for the other 68.26 pct) of 99.80 mln shares'),
    # pantera and pizza inn
    ('reuters-1083', 3, 'reuters-1153', 6, True, 'the Amex stopped trading in Pizza Inn ahead of news'),
    # brazil seamen strike
    ('reuters-4061', 5, 'reuters-4617', 3, True, "the seamen's walkout hurts exports while Brazil is in a debt crisis"),
    # southmark american realty rights
    ('reuters-15736', 1, 'reuters-15808', 1, False, 'rights to 22 American Realty shares per 100 Southmark shares'),
    ('reuters-15736', 3, 'reuters-15808', 2, False, 'record date May 1, ex-dividend April 27'),
    ('reuters-15736', 4, 'reuters-15808', 3, False, 'Southmark got the rights on April 6 as 84 pct holder'),
    # national heritage offering
    ('reuters-8849', 1, 'reuters-9009', 1, False, 'National Heritage IPO of two mln shares at 9.50 dlrs'),
    ('reuters-8849', 2, 'reuters-9009', 3, False, 'Drexel Burnham Lambert leads the underwriting'),
    ('reuters-8849', 3, 'reuters-9009', 4, False, 'proceeds for working capital, renovations and Southmark debt'),
    # hanson completes kaiser cement
    ('reuters-1303', 1, 'reuters-3607', 4, False, 'Kaiser Cement is now an indirect wholly owned Hanson Trust unit'),
    ('reuters-1303', 4, 'reuters-3607', 3, True, 'the Kaiser purchase cost about 250 mln dlrs'),
    # gaf and borg-warner
    ('reuters-11299', 4, 'reuters-16656', 8, False, 'GAF holds 19.9 pct of Borg-Warner'),
    # philippine debt pact vs mexico
    ('reuters-12784', 1, 'reuters-12835', 1, False, "Fernandez: the 10.3 billion dlr package beats Mexico's"),
    ('reuters-12784', 3, 'reuters-12835', 3, False, "economists said Mexico's 20-year deal at 13/16 was as good"),
    ('reuters-12784', 4, 'reuters-12835', 4, False,
     '17 years with 7-1/2 years grace on 10.3 billion of 27.8 billion debt'),
    # herrington oil tax incentives
    ('reuters-6606', 1, 'reuters-6746', 1, False, 'Herrington to propose tax incentives for oil and gas output'),
    ('reuters-6606', 5, 'reuters-6746', 4, False, 'based on the DOE study on rising import dependence'),
    ('reuters-6606', 6, 'reuters-6746', 5, False, 'free world reliance on Gulf oil 65 pct by 1995'),
    # kinnock enters lords
    ('bbc-politics-163', 1, 'bbc-politics-289', 2, True, 'Kinnock means to use his Lords seat to push for reform'),
    # clarke immigration plan
    ('bbc-politics-153', 2, 'bbc-politics-220', 2, False, 'Clarke proposes a points system for economic migrants'),
    ('bbc-politics-153', 4, 'bbc-politics-220', 3, False, 'fingerprints to be taken from all visa applicants'),
    # livingstone nazi jibe
    ('bbc-politics-075', 2, 'bbc-politics-232', 2, False,
     'the mayor likened an Evening Standard reporter to a concentration camp guard'),
    # swissair md-11 engines
    ('reuters-11247', 1, 'reuters-11404', 2, False, 'Swissair picks the PW4000 for its MD-11 jets'),
    ('reuters-11247', 5, 'reuters-11404', 2, True, 'no value was put on the engine order'),
    ('reuters-11247', 3, 'reuters-11404', 4, False, 'six MD-11s ordered with an option on 12 more'),
    ('reuters-11247', 2, 'reuters-11404', 6, True, 'the new engine goes into service this summer'),
    # ft-actuaries world indices
    ('reuters-5882', 1, 'reuters-6238', 1, True, 'the FT has begun publishing the FT-Actuaries World Indices'),
    ('reuters-5882', 2, 'reuters-6238', 1, False, 'a world index plus regional and country indices'),
    ('reuters-5882', 3, 'reuters-6238', 2, True, 'about 2,400 stocks from 23 markets'),
    # computer associates and uccel
    ('reuters-17507', 1, 'reuters-17700', 1, False, 'the 800 mln dlr stock merger with Uccel'),
    ('reuters-17507', 3, 'reuters-17700', 21, True, 'worth 47.50 dlrs a Uccel share at the last close'),
    ('reuters-17507', 4, 'reuters-17700', 8, True, 'the deal should close in August'),
    # monsanto buys polyphenyl business
    ('reuters-17580', 1, 'reuters-17743', 1, True, "Monsanto takes over Rhone-Poulenc Chimie's polyphenyl business"),
    ('reuters-17580', 2, 'reuters-17743', 2, True, 'no financial terms given'),
    # donaldson buys msa filter unit
    ('reuters-2660', 1, 'reuters-2672', 1, False, 'Filter Products Division sold to Donaldson, terms undisclosed'),
    ('reuters-2660', 2, 'reuters-2672', 2, True, 'the unit moves from Pennsylvania to Illinois'),
    # kodak sells icn stake
    ('reuters-9025', 1, 'reuters-9633', 1, False, 'Kodak to sell its 2.3 pct of ICN'),
    ('reuters-9025', 2, 'reuters-9633', 5, True, 'the stake came from setting up the joint research institute'),
    # macao handover accord
    ('reuters-8242', 2, 'reuters-9696', 1, True, 'Macao goes back to China on December 20, 1999'),
    # bankamerica german unit sale
    ('reuters-2097', 1, 'reuters-550', 1, False,
     'BankAmerica selling Bankhaus Centrale Credit and its German card business'),
    # dixons tender for cyclops
    ('reuters-8497', 5, 'reuters-9246', 3, False, '54 pct tendered under the 90.25 dlr Dixons offer'),
    ('reuters-8497', 4, 'reuters-9246', 4, False, 'the Audio/Video-Citicorp group bid 92.50 dlrs for Cyclops'),
    # schult homes offering
    ('reuters-117', 1, 'reuters-70', 1, False, '833,334 units offered at five dlrs'),
    ('reuters-117', 3, 'reuters-70', 2, False, 'warrant for half a share at 5.50 dlrs to September 1989'),
    # sayad resigns
    ('reuters-6285', 1, 'reuters-6937', 1, False, 'planning minister Sayad has resigned'),
    # g-7 washington statement
    ('reuters-15375', 9, 'reuters-15450', 12, False, 'currencies around current levels match fundamentals'),
    ('reuters-15375', 8, 'reuters-15450', 11, False, 'Japan again pledges to open its markets'),
    ('reuters-15408', 4, 'reuters-15375', 8, False, 'Japan reaffirmed it will open its markets further'),
    ('reuters-15408', 4, 'reuters-15450', 11, False, 'Japan again pledged to open its markets to foreign goods'),
    # bolivian miners talks
    ('reuters-8499', 1, 'reuters-8589', 1, False, 'leaders of 9,000 Comibol miners in pay talks with the government'),
    # national pizza buys straw hat
    ('reuters-4841', 1, 'reuters-5409', 1, False, 'seven Straw Hat restaurants being bought'),
    ('reuters-4841', 2, 'reuters-5409', 2, False, 'they will become Pizza Hut restaurants'),
    # gencorp withdraws proposals
    ('reuters-9036', 2, 'reuters-9087', 2, False, 'staggered board and end of cumulative voting dropped'),
    ('reuters-9036', 1, 'reuters-9087', 5, False, 'withdrawn to concentrate on the takeover offer'),
    # semiconductor retaliation advice
    ('reuters-10209', 1, 'reuters-10264', 1, True,
     'the Economic Policy Council has made its semiconductor sanctions recommendation'),
    ('reuters-10209', 5, 'reuters-10264', 6, False,
     'last summer Japan agreed to stop dumping chips and open its market'),
    ('reuters-10209', 6, 'reuters-10264', 7, False, 'the US in return held off anti-dumping duties'),
    ('reuters-10209', 7, 'reuters-10264', 8, False, 'dumping stopped in the US but goes on in third countries'),
    ('reuters-10209', 4, 'reuters-10264', 9, False, 'the Senate unanimously urged penalties on Japanese exports'),
    ('reuters-12776', 4, 'reuters-10264', 6, True,
     'the chip pact: Japan stops selling below cost abroad and buys more US chips'),
    # nymex efp rule
    ('reuters-704', 1, 'reuters-791', 1, True, 'the new energy EFP procedure starts April one'),
    ('reuters-704', 2, 'reuters-791', 2, False, 'traders without a futures position may start an EFP after the close'),
    ('reuters-704', 6, 'reuters-791', 3, False, 'already used for platinum; should lift open interest'),
    ('reuters-704', 10, 'reuters-791', 4, False, 'the CFTC approved the change in February'),
    # amc kenosha talks collapse
    ('reuters-360', 2, 'reuters-660', 5, True, "the UAW bargainers turned down AMC's final offer"),
    # venezuela wage rise
    ('reuters-17239', 5, 'reuters-17434', 3, False, 'economists see 25-30 pct inflation in 1987'),
    ('reuters-17239', 3, 'reuters-17434', 6, True, 'the CTV labour confederation asked for a general pay rise'),
    # burmah oil 1986
    ('reuters-15387', 4, 'reuters-15396', 4, False, 'pre-tax profit 105.9 mln stg against 79.6 mln'),
    # elders resources half year
    ('reuters-10349', 3, 'reuters-10407', 3, False, 'half-year net 16.93 mln against 5.47 mln'),
    ('reuters-10349', 9, 'reuters-10407', 2, False, 'Elders IXL owns 46.99 pct'),
    ('reuters-10349', 7, 'reuters-10407', 4, True, 'the 8.0 pct notes each convert into one share'),
    # booker 1986 results
    ('reuters-8155', 4, 'reuters-8163', 2, False, 'pretax profit 54.6 mln against 46.5 mln'),
    ('reuters-8155', 11, 'reuters-8163', 4, False, 'health products 6.5 mln against 5.4 mln'),
    # navistar annual meeting
    ('reuters-9403', 5, 'reuters-9458', 3, False, 'Springer to head Navistar International Transportation Corp'),
    # transworld trust distribution
    ('reuters-10110', 1, 'reuters-11663', 1, True, 'holders get a first payout from the Hilton International sale'),
    ('reuters-10110', 5, 'reuters-11663', 8, False,
     'leftover cash paid out in a second distribution after liabilities'),
    ('reuters-10110', 2, 'reuters-11663', 9, True, 'trading in the trust units stops on March 31'),
    # fluor laser contract
    ('reuters-2861', 1, 'reuters-3391', 1, True, 'Fluor wins a 197.6 mln dlr Army contract'),
    # western digital network courier
    ('reuters-583', 1, 'reuters-643', 1, True, "Western Digital to sell Consumers Software's e-mail package"),
    ('reuters-583', 2, 'reuters-643', 2, False,
     'Network Courier lets LAN users swap messages without leaving applications'),
    # western digital calls debentures
    ('reuters-5623', 1, 'reuters-5668', 1, False, '6-3/4 pct convertibles due 2011 called for April 6'),
    ('reuters-5623', 2, 'reuters-5668', 2, False, '1,090.94 dlrs per 1,000 dlrs with accrued interest'),
    ('reuters-5623', 3, 'reuters-5668', 3, False, 'convertible at 17.50 dlrs a share until then'),
    # western digital redemption done
    ('reuters-15116', 1, 'reuters-15177', 1, False, 'redemption of the 47 mln dlr debentures completed'),
    ('reuters-15116', 2, 'reuters-15177', 2, True, '2,685,142 new common shares resulted'),
    # quaker sells vernells
    ('reuters-8544', 1, 'reuters-8572', 1, False, "Keystone Partners buys Vernell's Fine Candies from Quaker"),
    ('reuters-8544', 2, 'reuters-8572', 3, False, "Vernell's came with Golden Grain Macaroni in August 1986"),
    # tenneco preferred redemption
    ('reuters-1465', 2, 'reuters-1401', 1, False, '2,515,400 preferred shares to be redeemed'),
    ('reuters-1401', 2, 'reuters-1465', 1, True, 'price 102 dlrs plus 24 cts accrued, i.e. 102.24 dlrs'),
    # unicorp and lincoln savings
    ('reuters-2322', 1, 'reuters-2462', 1, False, 'definitive agreement signed to buy Lincoln Savings Bank'),
    # unicorp boston property sale
    ('reuters-19670', 1, 'reuters-19771', 2, True, 'three Boston-area properties fetched about 6.3 mln dlrs'),
    ('reuters-19670', 2, 'reuters-19771', 1, True, 'the gain after tax is about 1.5 mln dlrs'),
    # itel buys flexi-van fleet
    ('reuters-12186', 1, 'reuters-12205', 1, False, 'Flexi-Van container fleet bought for about 130 mln dlrs cash'),
    ('reuters-12186', 2, 'reuters-12205', 2, True, 'banks lent 150 mln dlrs for the purchase'),
    # banner completes rexnord purchase
    ('reuters-1798', 1, 'reuters-1847', 1, False, 'Banner has completed buying the tendered Rexnord shares'),
    ('reuters-1798', 2, 'reuters-1847', 2, False, '310 mln dlrs of bank credit and 260 mln from an offering'),
    ('reuters-1798', 3, 'reuters-1847', 3, False, 'Rexnord merges into a Banner unit by mid-May'),
    # trw ethics hearing
    ('reuters-1864', 1, 'reuters-1866', 1, True, 'an ex-employee accuses TRW of unethical defence dealings'),
    ('reuters-1864', 5, 'reuters-1866', 3, True, 'TRW told the government of its findings in 1984'),
    # lifetime buys nippon lace stake
    ('reuters-1159', 1, 'reuters-1209', 1, False, 'five mln Nippon Lace shares, 16 pct, for 16.5 mln dlrs'),
    ('reuters-1159', 2, 'reuters-1209', 2, False, 'Lifetime wants to enter Japanese health care'),
    # gould sells french battery unit
    ('reuters-10018', 1, 'reuters-10052', 1, False, "Compagnie Francaise d'Electro Chimie sold to staff and GNB"),
    ('reuters-10018', 2, 'reuters-10052', 2, False, 'terms not disclosed'),
    # stone and southwest forest waiting period
    ('reuters-2604', 1, 'reuters-2609', 1, False, 'Hart-Scott-Rodino waiting period for the merger is over'),
    # robert halmi credit line
    ('reuters-3662', 1, 'reuters-3921', 1, False, 'five mln dlr revolving credit from Wells Fargo'),
    ('reuters-3662', 2, 'reuters-3921', 2, False, 'money goes to developing and producing TV programmes'),
    # butler to buy naturalite
    ('reuters-11477', 1, 'reuters-11619', 1, False, 'intent signed to buy skylight maker Naturalite'),
    ('reuters-11477', 2, 'reuters-11619', 3, False, 'Naturalite sold about 20 mln dlrs in 1986'),
    # litton navy warning receivers
    ('reuters-6833', 1, 'reuters-7258', 1, False, '164.2 mln dlr Navy contract for the Applied Technology division'),
    ('reuters-6833', 2, 'reuters-7258', 3, True, 'the work runs until February 1990'),
    # sterling drug sells greene dental
    ('reuters-11553', 1, 'reuters-11585', 1, False, 'Greene Dental assets sold to Rinn Corp of Elgin'),
    ('reuters-11553', 3, 'reuters-11585', 3, False, 'Greene makes dental X-ray tabs and mounts'),
    # baker stoltenberg frankfurt meeting
    ('reuters-20907', 1, 'reuters-20925', 1, False, 'Baker met Stoltenberg and Poehl in Frankfurt on Monday'),
    ('reuters-20907', 2, 'reuters-20893', 3, False,
     'Stoltenberg confident of stabilising currencies around current levels'),
    ('reuters-20907', 4, 'reuters-20925', 2, True,
     'arranged last week; the three agreed to keep to Louvre cooperation on currencies and monetary policy'),
    ('reuters-20071', 3, 'reuters-20925', 1, False, 'Baker, Stoltenberg and Poehl back the Louvre accord'),
    ('reuters-20071', 2, 'reuters-20925', 2, True,
     'the statement stresses continued cooperation on exchange rates and monetary policy'),
    ('reuters-20071', 2, 'reuters-20907', 4, True,
     'the three agreed to keep cooperating on currency stability and monetary policy'),
    ('reuters-20907', 1, 'reuters-20893', 2, False, 'the Baker-Poehl-Stoltenberg meeting in Frankfurt'),
    ('reuters-20071', 3, 'reuters-20907', 4, True, 'the three came out in favour of the Louvre accord'),
    ('reuters-20071', 3, 'reuters-20893', 1, True, 'Washington and Bonn reaffirmed the Louvre accord'),
    ('reuters-20925', 1, 'reuters-20893', 1, True, 'the US and West Germany back the Louvre accord again'),
    ('reuters-20907', 2, 'reuters-20925', 3, True,
     'confidence that currencies can be kept stable around current levels'),
    ('reuters-20893', 3, 'reuters-20925', 3, True,
     'Stoltenberg is confident of exchange rate stability near current levels'),
    ('reuters-20893', 2, 'reuters-20925', 1, False, 'the Frankfurt meeting of Baker, Stoltenberg and Poehl'),
    # ortner on the yen
    ('reuters-2190', 1, 'reuters-2352', 12, False,
     'Ortner: the dollar is fairly priced against most European currencies'),
    ('reuters-2190', 4, 'reuters-2286', 2, False, 'the yen is a little undervalued and could rise 10 or 15 pct'),
    ('reuters-2286', 4, 'reuters-2190', 5, False,
     'speaking personally, Ortner calls the dollar fairly priced against European currencies'),
    ('reuters-2190', 4, 'reuters-2352', 12, False, 'the yen is 10 or 15 pct undervalued'),
    ('reuters-2190', 5, 'reuters-2352', 12, False, 'the dollar is fairly priced against European currencies'),
    ('reuters-2352', 12, 'reuters-2286', 4, False, 'Ortner: dollar fairly priced against European currencies'),
    ('reuters-2286', 2, 'reuters-2352', 12, False, 'Ortner says the yen is undervalued by 10 or 15 pct'),
    ('reuters-2190', 1, 'reuters-2286', 4, False, 'Ortner calls the dollar fairly priced against European currencies'),
    # eep wheat for the soviets
    ('reuters-11380', 1, 'reuters-11399', 1, True,
     'a Kansas congressman says subsidised wheat will be offered to Moscow within two weeks'),
    # fed discount window week
    ('reuters-7428', 1, 'reuters-7499', 4, False, 'adjusted discount borrowings averaged 228 mln dlrs'),
    ('reuters-7428', 3, 'reuters-7499', 5, True,
     'net free reserves for the period to March 11 revised up to 759 mln from 660'),
    ('reuters-7428', 5, 'reuters-7499', 6, True, 'the 14 money center banks stayed away from the discount window'),
    # iel letter of credit facility
    ('reuters-265', 2, 'reuters-907', 1, True,
     'IEL has given Merrill Lynch the mandate for a letter of credit facility'),
    ('reuters-265', 4, 'reuters-907', 2, True, 'Merrill deals the paper and Sumitomo Trust provides the LOC'),
    ('reuters-265', 5, 'reuters-907', 3, False, 'five-year LOC with an evergreen feature'),
    ('reuters-265', 6, 'reuters-907', 5, False, 'facility fee 20 and utilisation fee 25 basis points'),
    # reuters rsvp property system
    ('reuters-858', 1, 'reuters-2702', 1, False,
     'Reuters and Real Estate Financing Partnership team up on a property financing system'),
    ('reuters-858', 2, 'reuters-2702', 2, False,
     'RSVP runs over the Reuter network for buying, selling and financing property'),
    ('reuters-858', 3, 'reuters-2702', 7, False, 'testing in August, operational 90 days later'),
    # chiles farm budget cut
    ('reuters-11956', 3, 'reuters-11023', 1, True,
     'Chiles would take two billion dlrs from price and income supports by unspecified changes'),
    # chrysler deal for amc
    ('reuters-3241', 2, 'reuters-3396', 9, True, "Renault gets 35 mln dlrs cash for its equity in AMC's finance arm"),
    # cftc surveillance cost study
    ('reuters-10004', 3, 'reuters-8466', 1, True,
     'OMB wants the three mln dlr surveillance cost shifted to the private sector'),
    ('reuters-10004', 5, 'reuters-8466', 4, True, 'the CFTC study is due by mid-April'),
    # schlesinger in tokyo
    ('reuters-17906', 7, 'reuters-18086', 6, True,
     'German GNP shrank 1/2 to one pct in the first quarter, Schlesinger says in Tokyo'),
    ('reuters-17906', 9, 'reuters-18086', 5, True, 'Schlesinger sees no case for lower interest rates'),
    # merrill lynch after the crash
    ('reuters-20942', 1, 'reuters-20729', 1, True, 'Merrill Lynch stays confident despite the record market fall'),
    # philippine pins proposal
    ('reuters-4611', 4, 'reuters-5186', 5, True,
     "Ongpin's plan to pay some interest in Philippine Investment Notes dominates the talks"),
    ('reuters-4611', 5, 'reuters-5186', 6, False, 'LIBOR paid in cash, the margin above it in PINs'),
    ('reuters-4611', 6, 'reuters-5186', 11, False, 'revised offer guarantees the notes yield 7/8 over LIBOR'),
    ('reuters-4611', 8, 'reuters-5186', 12, True, 'senior US officials have backed the PINs idea'),
    ('reuters-4611', 12, 'reuters-5186', 7, False,
     'banks sell PINs at a discount to firms that convert them into pesos'),
    # mulford senate testimony
    ('reuters-9864', 8, 'reuters-9923', 4, True,
     'Germany and Japan to stimulate growth and the US to cut its budget deficit'),
    # waste management bid for chemlawn
    ('reuters-7068', 1, 'reuters-7789', 2, True, 'Waste Management ready to lift its ChemLawn bid to 33 from 27 dlrs'),
    # mark iv bid for conrac
    ('reuters-8947', 1, 'reuters-8944', 6, False, 'Conrac asks holders to take no action on the Mark IV offer'),
    ('reuters-8947', 2, 'reuters-8944', 6, False, 'the board will recommend by April 17'),
    # house subcommittee foreign takeovers
    ('reuters-6639', 1, 'reuters-6788', 1, False, 'Reagan would get power to block takeovers like Fujitsu-Fairchild'),
    ('reuters-6639', 2, 'reuters-6788', 2, False,
     'the amendment to the trade bill allows blocking sales against the national interest'),
    ('reuters-6639', 6, 'reuters-6788', 3, False, 'the gold storage plan was rejected'),
    # nippon life and shearson
    ('reuters-8040', 2, 'reuters-7041', 2, False, 'the 13 pct Shearson stake goes for 530 mln dlrs'),
    ('reuters-8040', 1, 'reuters-7041', 2, False, 'Nippon Life to buy 13 pct of Shearson Lehman'),
    ('reuters-8040', 4, 'reuters-7041', 3, False,
     'needs approval of the American Express board and the Japanese finance ministry'),
    ('reuters-8628', 1, 'reuters-8040', 1, True, 'Nippon Life is taking a 13 pct stake in Shearson Lehman'),
    ('reuters-8628', 1, 'reuters-7041', 2, True,
     'Nippon Life buys 13 pct of Shearson Lehman for about 530-538 mln dlrs'),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'conagra buys monfort': ['reuters-2505', 'reuters-2650'],
    'breakwater bid for novamin': ['reuters-12374', 'reuters-9363'],
    'mitsui stake in imatron': ['reuters-3089', 'reuters-6953'],
    'csr bid for pioneer sugar': ['reuters-11237', 'reuters-12797'],
    'pantera and pizza inn': ['reuters-1083', 'reuters-1153'],
    'brazil seamen strike': ['reuters-4061', 'reuters-4617'],
    'southmark american realty rights': ['reuters-15736', 'reuters-15808'],
    'national heritage offering': ['reuters-8849', 'reuters-9009'],
    'hanson completes kaiser cement': ['reuters-1303', 'reuters-3607'],
    'gaf and borg-warner': ['reuters-11299', 'reuters-16656'],
    'philippine debt pact vs mexico': ['reuters-12784', 'reuters-12835'],
    'herrington oil tax incentives': ['reuters-6606', 'reuters-6746'],
    'kinnock enters lords': ['bbc-politics-163', 'bbc-politics-289'],
    'clarke immigration plan': ['bbc-politics-153', 'bbc-politics-220'],
    'livingstone nazi jibe': ['bbc-politics-075', 'bbc-politics-232'],
    'swissair md-11 engines': ['reuters-11247', 'reuters-11404'],
    'ft-actuaries world indices': ['reuters-5882', 'reuters-6238'],
    'computer associates and uccel': ['reuters-17507', 'reuters-17700'],
    'monsanto buys polyphenyl business': ['reuters-17580', 'reuters-17743'],
    'donaldson buys msa filter unit': ['reuters-2660', 'reuters-2672'],
    'kodak sells icn stake': ['reuters-9025', 'reuters-9633'],
    'macao handover accord': ['reuters-8242', 'reuters-9696'],
    'bankamerica german unit sale': ['reuters-2097', 'reuters-550'],
    'dixons tender for cyclops': ['reuters-8497', 'reuters-9246'],
    'schult homes offering': ['reuters-117', 'reuters-70'],
    'sayad resigns': ['reuters-6285', 'reuters-6937'],
    'g-7 washington statement': ['reuters-15375', 'reuters-15408', 'reuters-15450'],
    'bolivian miners talks': ['reuters-8499', 'reuters-8589'],
    'national pizza buys straw hat': ['reuters-4841', 'reuters-5409'],
    'gencorp withdraws proposals': ['reuters-9036', 'reuters-9087'],
    'semiconductor retaliation advice': ['reuters-10209', 'reuters-10264', 'reuters-12776'],
    'nymex efp rule': ['reuters-704', 'reuters-791'],
    'amc kenosha talks collapse': ['reuters-360', 'reuters-660'],
    'venezuela wage rise': ['reuters-17239', 'reuters-17434'],
    'burmah oil 1986': ['reuters-15387', 'reuters-15396'],
    'elders resources half year': ['reuters-10349', 'reuters-10407'],
    'booker 1986 results': ['reuters-8155', 'reuters-8163'],
    'navistar annual meeting': ['reuters-9403', 'reuters-9458'],
    'transworld trust distribution': ['reuters-10110', 'reuters-11663'],
    'fluor laser contract': ['reuters-2861', 'reuters-3391'],
    'western digital network courier': ['reuters-583', 'reuters-643'],
    'western digital calls debentures': ['reuters-5623', 'reuters-5668'],
    'western digital redemption done': ['reuters-15116', 'reuters-15177'],
    'quaker sells vernells': ['reuters-8544', 'reuters-8572'],
    'tenneco preferred redemption': ['reuters-1401', 'reuters-1465'],
    'unicorp and lincoln savings': ['reuters-2322', 'reuters-2462'],
    'unicorp boston property sale': ['reuters-19670', 'reuters-19771'],
    'itel buys flexi-van fleet': ['reuters-12186', 'reuters-12205'],
    'banner completes rexnord purchase': ['reuters-1798', 'reuters-1847'],
    'trw ethics hearing': ['reuters-1864', 'reuters-1866'],
    'lifetime buys nippon lace stake': ['reuters-1159', 'reuters-1209'],
    'gould sells french battery unit': ['reuters-10018', 'reuters-10052'],
    'stone and southwest forest waiting period': ['reuters-2604', 'reuters-2609'],
    'robert halmi credit line': ['reuters-3662', 'reuters-3921'],
    'butler to buy naturalite': ['reuters-11477', 'reuters-11619'],
    'litton navy warning receivers': ['reuters-6833', 'reuters-7258'],
    'sterling drug sells greene dental': ['reuters-11553', 'reuters-11585'],
    'baker stoltenberg frankfurt meeting': ['reuters-20071', 'reuters-20893', 'reuters-20907', 'reuters-20925'],
    'ortner on the yen': ['reuters-2190', 'reuters-2286', 'reuters-2352'],
    'eep wheat for the soviets': ['reuters-11380', 'reuters-11399'],
    'fed discount window week': ['reuters-7428', 'reuters-7499'],
    'iel letter of credit facility': ['reuters-265', 'reuters-907'],
    'reuters rsvp property system': ['reuters-2702', 'reuters-858'],
    'chiles farm budget cut': ['reuters-11023', 'reuters-11956'],
    'chrysler deal for amc': ['reuters-3241', 'reuters-3396'],
    'cftc surveillance cost study': ['reuters-10004', 'reuters-8466'],
    'schlesinger in tokyo': ['reuters-17906', 'reuters-18086'],
    'merrill lynch after the crash': ['reuters-20729', 'reuters-20942'],
    'philippine pins proposal': ['reuters-4611', 'reuters-5186'],
    'mulford senate testimony': ['reuters-9864', 'reuters-9923'],
    'waste management bid for chemlawn': ['reuters-7068', 'reuters-7789'],
    'mark iv bid for conrac': ['reuters-8944', 'reuters-8947'],
    'house subcommittee foreign takeovers': ['reuters-6639', 'reuters-6788'],
    'nippon life and shearson': ['reuters-7041', 'reuters-8040', 'reuters-8628'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE14 = [
    # from distractors
    ('bbc-business-085', 1, 'UK mortgage approvals rise for the first time since the previous May'),
    ('bbc-business-349', 1, "creditors threaten to liquidate South Korea's top card issuer"),
    ('bbc-business-355', 1, 'Israel expected to grow 4.2% in 2004 after a three-year recession'),
    ('bbc-business-483', 1, 'EuroDisney to sell 253m euros of new shares to avoid insolvency'),
    ('bbc-entertainment-028', 1, 'Alfonso Cuaron signs a three-year Warner Brothers deal'),
    ('bbc-entertainment-170', 1, 'Fox reportedly plans a US version of EastEnders'),
    ('bbc-entertainment-349', 1, 'India orders actress Negar Khan deported to Norway over her visa'),
    ('bbc-politics-048', 1, 'MPs warn anglers could be prosecuted under animal cruelty plans'),
    ('bbc-politics-191', 1, 'Clare Short says the UN, not a US-led coalition, should lead tsunami aid'),
    ('bbc-sport-061', 1, 'Jade Johnson beats Kelly Sotherton to the AAAs long jump title'),
    ('bbc-tech-046', 1, 'the BBC and the National Theatre lead the Interactive Bafta awards'),
    ('reuters-10038', 1, 'Mobil to spend over 30 mln dlrs on a Beaumont refinery unit'),
    ('reuters-10131', 1, 'Honda exports the first US-built cars sold abroad by a foreign-owned maker'),
    ('reuters-10244', 1, 'UNITA offers to reopen the Benguela railroad'),
    ('reuters-10363', 1, 'Helikopter Service to assemble 18 Bell 412 helicopters for Norway'),
    ('reuters-10531', 1, 'South African real GDP grew at a 4.7 pct annual rate in the fourth quarter'),
    ('reuters-11009', 1, 'Halifax Engineering gets a security contract for the US embassy in Tegucigalpa'),
    ('reuters-11081', 1, 'RJR Nabisco unlikely to spin off tobacco into a partnership soon'),
    ('reuters-11717', 1, 'PG and E expects a 470 mln dlr earnings cut from a Diablo Canyon accounting change'),
    ('reuters-12216', 1, 'SNET expects good 1987 earnings after 4.46 dlrs a share in 1986'),
    ('reuters-12439', 1, 'Zimbabwe bans polypropylene bags for oilseeds in favour of jute'),
    ('reuters-12459', 1, 'Malaysia to lay a 100 mln dlr fibre optic cable to Sabah and Sarawak'),
    ('reuters-12557', 1, "Jacobs Suchard wins a comfortable majority of Cote d'Or"),
    ('reuters-13100', 1, 'Erly gives Hanson Foods a 23 mln dlr credit line'),
    ('reuters-13193', 1, 'Baker International and Hughes Tool sign a consent decree on their merger'),
    ('reuters-14485', 1, 'Avon to buy Giorgio for 185 mln dlrs cash'),
    ('reuters-15052', 1, "Reader's Digest sells Source Telecomputing"),
    ('reuters-15245', 1, 'New Hampshire Yankee to file Seabrook emergency plans for six Massachusetts towns'),
    ('reuters-15774', 1, 'USAir cuts Atlanta coach fares by up to 62 pct'),
    ('reuters-16429', 1, 'Triton puts its Paris Basin field reserves up 39 pct at 67.5 mln barrels'),
    ('reuters-16811', 1, "Residence Inn buys out Holiday Corp's half of their venture for 51.4 mln dlrs"),
    ('reuters-16902', 1, 'Mugabe suspends ZANU-PF unity talks with PF-ZAPU'),
    # from labelled articles
    ('reuters-11237', 9, 'CSR sells Delhi Petroleum to an Exxon unit for 985 mln dlrs'),
    ('reuters-11299', 9, 'Jacobs sold out after Borg-Warner ignored his 44 dlr approach'),
    ('reuters-11663', 6, 'each trust unit gets 0.051675 UAL shares'),
    ('reuters-11956', 5, 'Leahy: some money for the Farm Credit System but no wholesale bailout'),
    ('reuters-12784', 8, 'Manila will pay its commercial creditors 111 mln dlrs over 1987-89'),
    ('reuters-15408', 7, 'LDP officials put the supplementary budget above 5,000 billion yen'),
    ('reuters-15450', 4, 'the Bank of Japan intervened again as Tokyo opened after the communique'),
    ('reuters-16656', 4, 'Merrill offers 48.50 dlrs cash for 89 pct of Borg-Warner'),
    ('reuters-17434', 12, 'fines of 1,000 to 500,000 bolivars for breaking price controls'),
    ('reuters-17507', 2, 'about 1.69 Computer Associates shares for each Uccel share'),
    ('reuters-10264', 11, 'duties would probably hit TVs, VCRs and computers'),
    ('reuters-11023', 9, 'the Chiles plan gives 30 mln dlrs to organic farming research and 20 mln to the homeless'),
]


PROCEDURE14 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json, "
               "related_pairs_news10.json, related_pairs_news11.json, related_pairs_news12.json or "
               "related_pairs_news13.json; corpus = labelled articles + DISTRACTORS ids drawn with "
               "random.Random(seed).sample from the sorted ids neither labelled here nor in those thirteen "
               "corpora; no-counterpart passages chosen afterwards from that corpus and checked against all of "
               "it; every entry is split test. Built by tests/data/build_related_news14.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS14, NONE14, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE14)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
