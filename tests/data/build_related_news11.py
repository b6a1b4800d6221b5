"""Builds data/related_pairs_news11.json: an eleventh, wholly held-out set of
hand-labelled related-passage pairs and no-counterpart passages on real news
(../shared/data/news/articles.jsonl.gz; see its SOURCE.md). Set 10
(related_pairs_news10.json) is now development text; this set is the new held-out
one. Every label has split "test"; only ids, passage numbers, labels and a short
"why" in our own words are stored, the text is read from the news file at test
time.

Procedure: the one of build_related_news3.py, blind, with the corpora of all ten
earlier sets (related_pairs_news.json to related_pairs_news10.json) excluded, and
SEED below. 151 pairs on 49 stories (116 labelled articles), 46 no-counterpart
passages; corpus of 516 articles. Of the 54 paraphrase pairs (at most three words
rarer than 300 passages of the news file shared, checked by script), 29 share one
such word or none, the others two or three. Pairs whose passages repeat the same
sentence (a shared verbatim quote or phrase) are not marked paraphrase even when
few rare words are shared. 44 asked passages still have a second, about equally
good partner passage in the same other article (only one row per article can be
counted).

    python tests/data/build_related_news11.py [--news PATH]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_related_news as first  # noqa: E402
import build_related_news2 as second  # noqa: E402

EARLIER_SETS = [HERE / f"related_pairs_news{n}.json" for n in ("", "2", "3", "4", "5", "6", "7", "8", "9", "10")]
OUT = HERE / "related_pairs_news11.json"
SEED = 21

# (article A, passage, article B, passage, paraphrase, why)
PAIRS11 = [
    # brazil cancels saudi crude
    ('reuters-4593', 1, 'reuters-4689', 1, False, 'Petrobras called off a 40 mln dlr Saudi crude purchase over Bank of Brazil guarantees'),
    ('reuters-4593', 2, 'reuters-4689', 2, False, 'the Saudis were the first suppliers to set such terms after the debt interest halt'),
    ('reuters-4593', 3, 'reuters-4689', 2, False, '2.2 mln barrels, two days of Brazilian consumption'),
    ('reuters-4593', 4, 'reuters-4689', 6, False, 'the cancellation is lifted if the Saudis honour the contract terms'),
    ('reuters-4593', 9, 'reuters-4689', 4, False, 'Saudi Arabia second supplier at 115,000 bpd behind Iraq, China third'),
    ('reuters-4593', 10, 'reuters-4689', 5, False, 'Santana: plenty of other offers would come if the Saudis end the relationship'),
    # rotterdam port subsidy
    ('reuters-2310', 4, 'reuters-969', 7, False, 'strikes since January 19 against 800 job cuts, 350 this year'),
    ('reuters-969', 7, 'reuters-518', 2, False, 'the stoppages began January 19 over 800 planned redundancies out of 4,000'),
    ('reuters-2310', 2, 'reuters-518', 4, True, 'the minister threatened to pull the subsidy if no settlement by the deadline'),
    ('reuters-969', 8, 'reuters-518', 4, False, "de Graaf's deadline: the 10 mln guilder yearly subsidy goes without a settlement"),
    ('reuters-2310', 2, 'reuters-969', 8, False, 'late last month the minister set a deadline for the subsidy'),
    # dayton hudson and minnesota
    ('reuters-19255', 1, 'reuters-19411', 6, False, "the governor may move to tighten the state's takeover law"),
    ('reuters-19255', 2, 'reuters-19411', 5, True, 'the retailer asked the governor for legislative help against a takeover'),
    # spanish farmers and ec dairy accord
    ('reuters-622', 1, 'reuters-862', 3, False, 'Saragossa farmers fought police on a march for a better EC deal'),
    ('reuters-622', 2, 'reuters-862', 4, False, 'stones against tear gas and rubber pellets; offices occupied'),
    ('reuters-622', 3, 'reuters-862', 4, False, 'Malaga citrus growers dumped lemons over EC duties'),
    ('reuters-862', 9, 'reuters-672', 2, False, 'the December deal cuts dairy output 9.5 pct over two years'),
    ('reuters-862', 11, 'reuters-672', 5, True, 'Bonn and Dublin resist the new curbs on selling butter into public stores'),
    ('reuters-862', 1, 'reuters-672', 1, True, "farm ministers labour to settle the dairy accord's details"),
    ('reuters-862', 10, 'reuters-672', 3, False, "the December deal was hailed as the reform drive's biggest step"),
    # exxon euronote forgeries
    ('reuters-2900', 1, 'reuters-5030', 7, False, 'forged 20-year zero-coupon euronotes of the Exxon Capital unit turned up in Europe'),
    ('reuters-2900', 3, 'reuters-5030', 7, False, 'Morgan Guaranty as paying agent, the clearers and two police forces investigate'),
    # hong kong b shares
    ('reuters-14816', 1, 'reuters-14911', 3, False, "the securities commissioner and exchange chairman bar new B share listings, Jardine's included"),
    ('reuters-14816', 3, 'reuters-13472', 1, False, 'Cheung Kong and Hutchison drop their B share bonus plans'),
    ('reuters-14816', 4, 'reuters-13472', 3, False, "the Li companies' one-for-two B share bonus came after Jardine's plan"),
    ('reuters-14816', 4, 'reuters-11782', 4, False, "the Cheung Kong pair followed Jardine's four-for-one B share issue"),
    ('reuters-13472', 3, 'reuters-11782', 3, False, 'Cheung Kong and Hutchison announced one-for-two B share bonus issues'),
    ('reuters-14816', 5, 'reuters-11782', 8, True, 'B shares carry equal votes on a far smaller par value'),
    ('reuters-13472', 4, 'reuters-11782', 3, True, "the market dropped after the two companies' announcement"),
    # american airlines attendants
    ('reuters-15982', 4, 'reuters-9092', 2, False, 'American sacked attendants for leafleting at Dallas-Fort Worth'),
    ('reuters-15982', 2, 'reuters-9092', 3, True, 'contract talks with the attendants have run for months'),
    # airbus long-range jets
    ('reuters-13772', 3, 'reuters-4724', 8, False, 'December switch from the 28,600 lb CFM-56 to the 30,000 lb IAE superfan'),
    ('reuters-12985', 3, 'reuters-7383', 6, False, '104 commitments from nine customers for the two planes'),
    ('reuters-4724', 2, 'reuters-7383', 6, True, 'the consortium decides on launching the plane by the end of the month'),
    ('reuters-12985', 6, 'reuters-4724', 6, True, 'governments doubt the world market has room for the long-range jet'),
    # capital adequacy talks with japan
    ('reuters-4109', 1, 'reuters-4995', 3, False, 'Gyohten open to capital adequacy talks but cannot say when or how a deal comes'),
    # nasd president leaves
    ('reuters-8886', 1, 'reuters-9050', 2, False, "Macklin quits the NASD to be Hambrecht and Quist's chairman and co-chief executive"),
    ('reuters-8886', 5, 'reuters-9050', 3, True, 'a committee will be named to look for his successor'),
    # south african uranium imports
    ('reuters-2942', 1, 'reuters-3010', 1, False, 'temporary imports of South African uranium ore and oxide pending clarification of the sanctions law'),
    ('reuters-2942', 2, 'reuters-3010', 3, False, 'Congress did not mean the sanctions bill to harm US industry'),
    ('reuters-2942', 4, 'reuters-3010', 4, False, 'US-made goods may come back from state-controlled South African bodies for repair'),
    # sugar organisation
    ('reuters-7510', 5, 'reuters-7512', 3, False, 'the four big exporters must settle their differences for a new pact'),
    ('reuters-7510', 3, 'reuters-7512', 2, True, 'an interim pact reshaping votes and budget shares before one with economic clauses'),
    # bangemann on steel subsidies
    ('reuters-8113', 1, 'reuters-8342', 1, False, 'the state cannot keep pouring money into steel and coal'),
    ('reuters-8113', 3, 'reuters-8342', 2, True, 'the aid makes the rest of industry uncompetitive'),
    ('reuters-8113', 7, 'reuters-8342', 3, False, 'everything possible will be done for the workers affected by the cuts'),
    # pdvsa and champlin
    ('reuters-11025', 2, 'reuters-4315', 1, False, "PdVSA takes half of Champlin's Corpus Christi refinery from Union Pacific"),
    ('reuters-11025', 2, 'reuters-5119', 1, False, "Venezuela's oil company buys a half interest in the Corpus Christi refinery"),
    ('reuters-4315', 1, 'reuters-5119', 1, False, 'the half-share contract is signed on March 17'),
    ('reuters-11025', 3, 'reuters-4315', 10, False, "the earlier purchase of half of Southland's Citgo"),
    ('reuters-11025', 5, 'reuters-4315', 11, True, 'a foreign refinery gives Venezuelan crude a sure outlet and the refiner a steady supply'),
    # portuguese grain agency
    ('reuters-4289', 2, 'reuters-8656', 3, False, "EPAC's import monopoly shrinks 20 pct a year until 1990 under the accession terms"),
    ('reuters-4289', 4, 'reuters-8656', 4, False, "Lisbon's civil court ruled provisionally that EPAC must stay out of the tenders"),
    # ibp dakota city lockout
    ('reuters-4577', 1, 'reuters-4514', 1, False, 'Iowa Beef ends the lockout at the Dakota City plant'),
    ('reuters-4577', 3, 'reuters-4514', 4, False, 'some 2,800 Local 222 members shut out since mid-December'),
    ('reuters-4514', 1, 'reuters-5445', 2, True, 'the company reopens the plant to the locked-out workers on March 16'),
    # house gulf bill
    ('reuters-18271', 2, 'reuters-18328', 3, False, 'the bill followed the Stark attack and the reflagging of 11 Kuwaiti tankers'),
    ('reuters-18271', 4, 'reuters-18328', 4, False, 'a report within seven days on protecting US forces in the Gulf, backed by both leaderships'),
    ('reuters-18271', 1, 'reuters-18328', 2, False, 'a late revolt by liberals and conservatives against the report bill'),
    # ferc and canadian gas
    ('reuters-17357', 2, 'reuters-17410', 15, True, 'Hesse: shutting out Canadian gas would not serve American consumers in the long run'),
    ('reuters-17357', 1, 'reuters-17410', 14, True, 'the FERC chairman wants one open continental gas market including Canada'),
    ('reuters-17357', 8, 'reuters-17410', 11, False, "the December 'as billed' order on Canadian shipping costs"),
    ('reuters-17357', 10, 'reuters-17410', 12, False, 'Skinner: Canadians may end up subsidising transport costs incurred for US buyers'),
    ('reuters-17357', 9, 'reuters-17410', 13, True, 'the FERC chief on what the contested ruling was meant to do'),
    # hutton and purolator
    ('reuters-12156', 3, 'reuters-13124', 2, False, "Emery topped Hutton's 35 dlr offer with 40 dlrs a share"),
    ('reuters-12156', 1, 'reuters-13124', 5, True, "Hutton pushed its offer's deadline back from Wednesday to Monday"),
    ('reuters-12156', 2, 'reuters-15565', 4, False, 'the PC Acquisition tender for about 6.3 mln Purolator shares'),
    # freeman indictment
    ('reuters-16020', 2, 'reuters-16059', 3, False, 'Freeman, Wigton and Tabor charged with swapping inside information'),
    # paradyne charges
    ('reuters-2317', 4, 'reuters-2513', 13, False, 'the charge: conspiring to defraud the Social Security Administration'),
    ('reuters-2317', 1, 'reuters-2513', 12, True, 'the company and eight current and former staff face the 1985 indictment'),
    # computerland buyout
    ('reuters-17723', 1, 'reuters-17849', 3, False, 'a Warburg Pincus-led group agrees to buy Computerland'),
    ('reuters-17723', 2, 'reuters-17849', 4, True, 'no terms of the deal were given'),
    ('reuters-17723', 5, 'reuters-17849', 5, True, 'the chain sold about 1.4-1.45 billion dlrs worth last year'),
    # chrysler and amc workers
    ('reuters-3645', 1, 'reuters-4043', 5, True, "the bid puts the jobs of AMC's 19,000 staff in question"),
    ('reuters-3645', 11, 'reuters-4043', 4, False, 'Jeep, the Bramalea plant and the dealers draw Chrysler'),
    ('reuters-3645', 3, 'reuters-4043', 3, True, "AMC's board takes up the takeover proposal"),
    # dutch planning bureau outlook
    ('reuters-2197', 7, 'reuters-3024', 14, False, "the bureau's earlier forecast of 1.5 to two pct growth"),
    ('reuters-2197', 5, 'reuters-3024', 15, False, "Pierson's February outlook put growth near one pct"),
    # vaskevitch insider case
    ('reuters-11141', 4, 'reuters-8700', 5, True, 'the SEC says the ring made about four mln dlrs of illegal gains'),
    # us strike on iranian oil platform
    ('reuters-20632', 2, 'reuters-20981', 1, False, 'one Iranian platform destroyed and another raided to answer the tanker attack'),
    ('reuters-21459', 1, 'reuters-20981', 1, False, "US warships wrecked an Iranian oil platform in reprisal for Friday's attack"),
    ('reuters-20632', 12, 'reuters-21459', 8, False, 'Weinberger: no further confrontation sought but stronger countermeasures ready'),
    ('reuters-20981', 2, 'reuters-21459', 8, False, 'the warning of stronger countermeasures if Iran escalates'),
    ('reuters-20981', 3, 'reuters-21459', 4, False, 'four destroyers shelled the platform 120 miles east of Bahrain'),
    ('reuters-20981', 6, 'reuters-21459', 6, True, 'the platforms served Iranian speedboat raids on shipping'),
    ('reuters-20632', 9, 'reuters-21459', 5, True, 'the Pentagon says the rig was a base for harassing Gulf convoys'),
    # oxfam aid report and the g8
    ('bbc-politics-127', 6, 'bbc-politics-130', 2, False, 'Oxfam: 45 million children will die needlessly by 2015 and aid is half its 1960 level'),
    ('bbc-politics-127', 7, 'bbc-politics-130', 5, False, 'Blair calls Africa a scar and puts poverty among his G8 priorities'),
    # sundance festival
    ('bbc-entertainment-101', 2, 'bbc-entertainment-336', 3, False, 'Robert Redford founded the festival in 1981'),
    ('bbc-entertainment-101', 3, 'bbc-entertainment-336', 3, False, 'twelve world documentaries about countries and people under siege'),
    ('bbc-entertainment-101', 4, 'bbc-entertainment-336', 4, False, 'the Chechnya and Rwanda films in the world cinema section'),
    # householders and burglars
    ('bbc-politics-034', 2, 'bbc-politics-230', 2, True, 'ministers decided to keep the reasonable force law unchanged'),
    ('bbc-politics-034', 3, 'bbc-politics-230', 4, False, "Stevens backed the Tory 'grossly disproportionate' test"),
    ('bbc-politics-034', 3, 'bbc-politics-230', 5, True, 'no new law, only a campaign to explain the present one'),
    ('bbc-politics-034', 4, 'bbc-politics-230', 5, False, 'eleven prosecutions in 15 years, one of a man who set a burglar on fire'),
    ('bbc-politics-034', 4, 'bbc-politics-230', 6, False, 'Tony Martin jailed for killing a 16-year-old burglar in 1999'),
    # fiat after the gm settlement
    ('bbc-business-189', 5, 'bbc-business-051', 4, False, 'GM pays 2bn dollars to end the alliance that could have forced it to buy Fiat'),
    ('bbc-business-189', 3, 'bbc-business-051', 1, True, 'a stock market flotation of Ferrari is in the restructuring plans'),
    # ecuador after the quake
    ('reuters-3556', 1, 'reuters-5270', 3, True, 'mending the broken export pipeline takes about five months'),
    ('reuters-3556', 4, 'reuters-5270', 5, False, 'oil gives two-thirds of exports and 60 pct of state revenue'),
    ('reuters-5268', 2, 'reuters-5270', 4, True, 'the quake makes Ecuador keep its halt on commercial bank debt payments'),
    ('reuters-5268', 8, 'reuters-6899', 2, True, 'petrol up by as much as 80 pct among the austerity steps'),
    ('reuters-5270', 4, 'reuters-6899', 3, True, 'the president put quake losses at about one billion dlrs'),
    # brazilian seamen strike
    ('reuters-3028', 2, 'reuters-3329', 2, False, "first national seamen's strike in 25 years, since February 27, for 275 pct"),
    ('reuters-3028', 5, 'reuters-3329', 7, True, "the marines' presence has caused no trouble"),
    ('reuters-8950', 2, 'reuters-3329', 2, True, 'the stoppage began on February 27'),
    ('reuters-7119', 4, 'reuters-8950', 5, False, 'talks with Syndarma stuck on overtime pay'),
    # fujitsu and fairchild
    ('reuters-4055', 1, 'reuters-4158', 1, False, 'Baldrige wants the White House to consider stopping the Japanese purchase'),
    ('reuters-4055', 2, 'reuters-4158', 3, False, 'the sale could make the military depend on a foreign firm for missile and intelligence gear'),
    ('reuters-4055', 3, 'reuters-4158', 4, False, "the deal would further strain trade ties over Japan's surplus"),
    ('reuters-4055', 5, 'reuters-4158', 6, False, "Weinberger's stance unknown, though he has opposed high-tech transfers"),
    ('reuters-4055', 4, 'reuters-4158', 5, False, 'the White House Economic Policy Council will weigh the sale'),
    # weizsaecker in argentina
    ('reuters-5697', 2, 'reuters-5771', 3, False, 'he is seen as a backer of easier terms on the 51 billion dlr debt'),
    ('reuters-5697', 5, 'reuters-5771', 6, False, 'an Argentine team is negotiating with 11 creditor banks in the US'),
    ('reuters-5697', 1, 'reuters-5771', 10, False, "the first day of the German president's four-day visit"),
    # cftc chairmanship
    ('reuters-18984', 1, 'reuters-19940', 5, False, 'Sullivan emerged as a contender to succeed Phillips'),
    ('reuters-18984', 2, 'reuters-19940', 6, True, 'the commodities trade knows little of Sullivan, which counts against him'),
    ('reuters-18984', 4, 'reuters-19940', 4, True, "Phillips is leaving the commission's chair"),
    # inf treaty offer
    ('reuters-1290', 3, 'reuters-3014', 5, True, 'Gorbachev agreed to treat medium-range missiles apart from the other arms issues'),
    # toshiba and the uk-japan trade row
    ('reuters-11810', 1, 'reuters-12039', 3, False, "Toshiba's UK unit plans to sell business fax machines and key telephones"),
    ('reuters-11810', 1, 'reuters-12468', 4, True, "the Toshiba subsidiary's plan to enter the British market"),
    ('reuters-11810', 2, 'reuters-12039', 4, False, 'the move lands in the middle of the telecoms market dispute'),
    ('reuters-11810', 6, 'reuters-12039', 2, True, "Toshiba's badly timed move may draw British retaliation"),
    ('reuters-12039', 2, 'reuters-12468', 2, True, 'London is looking at how to retaliate against Japan'),
    ('reuters-10005', 5, 'reuters-12039', 6, True, 'Cable and Wireless wants a stake in the new Japanese international carrier'),
    ('reuters-10005', 1, 'reuters-10455', 5, False, 'Thatcher: new powers against countries that deny reciprocal access'),
    # nissan mexicana
    ('reuters-10740', 1, 'reuters-14830', 2, False, 'Nissan holds 96.4 pct of Nissan Mexicana and Marubeni the rest'),
    # crown succession bill
    ('bbc-politics-073', 2, 'bbc-politics-266', 2, False, 'the bill ends male precedence and the bar on heirs marrying Catholics'),
    # telewest recorder
    ('bbc-tech-070', 1, 'bbc-tech-280', 3, False, 'Telewest will bring out a personal video recorder against Sky Plus'),
    # house trade bill
    ('reuters-4026', 7, 'reuters-9315', 3, True, "Gephardt's earlier plan: yearly ten pct surplus cuts for Japan and other big exporters"),
    ('reuters-4552', 6, 'reuters-9315', 3, False, "Gephardt has not settled his amendment's form; the House passed the 10 pct cut last year"),
    ('reuters-4026', 14, 'reuters-9315', 6, True, 'the trade representative, not the president, would rule on unfair practices'),
    ('reuters-4026', 15, 'reuters-4552', 10, True, 'industries hurt by imports get relief more easily'),
    ('reuters-4026', 3, 'reuters-4552', 4, True, "the panel dropped last year's mandatory retaliation"),
    ('reuters-4552', 9, 'reuters-9315', 4, True, 'retaliation is required but can be waived if it hurts the US economy'),
    ('reuters-4552', 11, 'reuters-9315', 8, False, 'the bill extends authority to negotiate multilateral trade agreements'),
    ('reuters-4552', 2, 'reuters-4026', 5, False, 'next week the full Ways and Means Committee takes it up'),
    ('reuters-4026', 12, 'reuters-4552', 7, False, 'other committees add export control, research and worker training parts'),
    # south african debt standstill
    ('reuters-2614', 5, 'reuters-8649', 3, True, "the creditor banks' standstill runs out on June 30"),
    # cominco strike
    ('reuters-18337', 3, 'reuters-18416', 3, True, 'the stoppage began on May 9'),
    # keidanren on the yen
    ('reuters-13289', 4, 'reuters-15400', 6, True, 'Saito wants the big industrial nations to intervene harder to steady exchange rates'),
    # sony chairman in france
    ('reuters-15781', 2, 'reuters-15913', 4, True, 'Morita spoke at the opening of a Sony plant'),
    # german aid to bolivia
    ('reuters-8503', 3, 'reuters-8594', 1, False, 'German aid to Bolivia up from 50 to 91 mln marks this year'),
    ('reuters-8503', 1, 'reuters-8594', 4, True, 'the two countries signed a pair of cooperation treaties'),
    # gulf canada reorganisation
    ('reuters-18760', 3, 'reuters-18891', 2, False, "debenture holders dropped their amendment once promised six months' interest"),
    ('reuters-18760', 2, 'reuters-18891', 7, False, 'GW Utilities gets the Consumers Gas, Hiram Walker and Interprovincial stakes'),
    ('reuters-18760', 1, 'reuters-18891', 6, False, 'holders get shares in three separately listed companies'),
    # honeywell and sperry
    ('reuters-10218', 1, 'reuters-10473', 2, True, 'buying the Sperry Aerospace Group loaded Honeywell with debt'),
    # icn and virazole
    ('reuters-2523', 6, 'reuters-7940', 11, False, 'the FDA and a House panel each probe whether ICN hid adverse-reaction data'),
    ('reuters-2523', 5, 'reuters-7940', 12, False, 'US approval of the aerosol form against a respiratory virus in infants'),
    ('reuters-2523', 4, 'reuters-7940', 8, True, 'the drug has been in trials against AIDS-related disease'),
]

# story of each labelled article (for the header's count of stories only)
STORIES = {
    'brazil cancels saudi crude': ['reuters-4593', 'reuters-4689'],
    'rotterdam port subsidy': ['reuters-518', 'reuters-969', 'reuters-2310'],
    'dayton hudson and minnesota': ['reuters-19255', 'reuters-19411'],
    'spanish farmers and ec dairy accord': ['reuters-622', 'reuters-672', 'reuters-862'],
    'exxon euronote forgeries': ['reuters-2900', 'reuters-5030'],
    'hong kong b shares': ['reuters-11782', 'reuters-13472', 'reuters-14816', 'reuters-14911'],
    'american airlines attendants': ['reuters-9092', 'reuters-15982'],
    'airbus long-range jets': ['reuters-4724', 'reuters-7383', 'reuters-12985', 'reuters-13772'],
    'capital adequacy talks with japan': ['reuters-4109', 'reuters-4995'],
    'nasd president leaves': ['reuters-8886', 'reuters-9050'],
    'south african uranium imports': ['reuters-2942', 'reuters-3010'],
    'sugar organisation': ['reuters-7510', 'reuters-7512'],
    'bangemann on steel subsidies': ['reuters-8113', 'reuters-8342'],
    'pdvsa and champlin': ['reuters-4315', 'reuters-5119', 'reuters-11025'],
    'portuguese grain agency': ['reuters-4289', 'reuters-8656'],
    'ibp dakota city lockout': ['reuters-4514', 'reuters-4577', 'reuters-5445'],
    'house gulf bill': ['reuters-18271', 'reuters-18328'],
    'ferc and canadian gas': ['reuters-17357', 'reuters-17410'],
    'hutton and purolator': ['reuters-12156', 'reuters-13124', 'reuters-15565'],
    'freeman indictment': ['reuters-16020', 'reuters-16059'],
    'paradyne charges': ['reuters-2317', 'reuters-2513'],
    'computerland buyout': ['reuters-17723', 'reuters-17849'],
    'chrysler and amc workers': ['reuters-3645', 'reuters-4043'],
    'dutch planning bureau outlook': ['reuters-2197', 'reuters-3024'],
    'vaskevitch insider case': ['reuters-8700', 'reuters-11141'],
    'us strike on iranian oil platform': ['reuters-20632', 'reuters-20981', 'reuters-21459'],
    'oxfam aid report and the g8': ['bbc-politics-127', 'bbc-politics-130'],
    'sundance festival': ['bbc-entertainment-101', 'bbc-entertainment-336'],
    'householders and burglars': ['bbc-politics-034', 'bbc-politics-230'],
    'fiat after the gm settlement': ['bbc-business-051', 'bbc-business-189'],
    'ecuador after the quake': ['reuters-3556', 'reuters-5268', 'reuters-5270', 'reuters-6899'],
    'brazilian seamen strike': ['reuters-3028', 'reuters-3329', 'reuters-7119', 'reuters-8950'],
    'fujitsu and fairchild': ['reuters-4055', 'reuters-4158'],
    'weizsaecker in argentina': ['reuters-5697', 'reuters-5771'],
    'cftc chairmanship': ['reuters-18984', 'reuters-19940'],
    'inf treaty offer': ['reuters-1290', 'reuters-3014'],
    'toshiba and the uk-japan trade row': ['reuters-10005', 'reuters-10455', 'reuters-11810', 'reuters-12039', 'reuters-12468'],
    'nissan mexicana': ['reuters-10740', 'reuters-14830'],
    'crown succession bill': ['bbc-politics-073', 'bbc-politics-266'],
    'telewest recorder': ['bbc-tech-070', 'bbc-tech-280'],
    'house trade bill': ['reuters-4026', 'reuters-4552', 'reuters-9315'],
    'south african debt standstill': ['reuters-2614', 'reuters-8649'],
    'cominco strike': ['reuters-18337', 'reuters-18416'],
    'keidanren on the yen': ['reuters-13289', 'reuters-15400'],
    'sony chairman in france': ['reuters-15781', 'reuters-15913'],
    'german aid to bolivia': ['reuters-8503', 'reuters-8594'],
    'gulf canada reorganisation': ['reuters-18760', 'reuters-18891'],
    'honeywell and sperry': ['reuters-10218', 'reuters-10473'],
    'icn and virazole': ['reuters-2523', 'reuters-7940'],
}

# (article, passage, why): chosen after the corpus was fixed
NONE11 = [
    # from distractors
    ('bbc-business-062', 1, "the Wembley builder's shares dropped on word it will make no profit on the job"),
    ('bbc-business-187', 1, 'an American bank pays over 8m dollars to Pinochet-era victims under a Spanish court deal'),
    ('bbc-business-352', 1, "Reliance's board approves a share buy-back amid the family feud"),
    ('bbc-entertainment-116', 1, "the New York studio of Lennon's last hours will shut"),
    ('bbc-entertainment-163', 1, 'early Elvis recordings go to auction in Los Angeles'),
    ('bbc-entertainment-382', 1, 'Lucas warns the last Star Wars film may be too dark for small children'),
    ('bbc-politics-119', 1, 'death at 93 of the judge who led the Brixton riots inquiry'),
    ('bbc-politics-413', 1, 'a minister gives Labour 2m pounds for the election'),
    ('bbc-sport-457', 1, 'Philippoussis pulls out of the Sydney event with a groin strain'),
    ('bbc-sport-369', 1, "Schalk Burger voted world rugby's player of the year"),
    ('reuters-10145', 1, 'Potomac Electric redeems a 1971 preferred series'),
    ('reuters-10577', 1, "Simon and Schuster to distribute Disney's educational films worldwide"),
    ('reuters-10729', 1, 'Sri Lanka to dig up rubber trees hit by a leaf disease'),
    ('reuters-10909', 1, 'a California executive reports 5.7 pct of Arden Group'),
    ('reuters-11251', 1, 'Hapag Lloyd orders a Chinese-built container ship for its Australia route'),
    ('reuters-11274', 1, 'Alpha Industries sells its microelectronics division to Triax'),
    ('reuters-11735', 1, "Sky Express's president admits a personal income tax charge"),
    ('reuters-11954', 1, 'a Dubin Clark group buys Roberts Consolidated from Beecham'),
    ('reuters-12230', 1, 'a laboratory firm in talks to run AIDS screening for MikroMed'),
    ('reuters-12381', 1, 'record first-quarter contract volume at the CME'),
    ('reuters-12652', 1, 'Chemfix takes full ownership of its California affiliate'),
    ('reuters-12906', 1, 'an Air Force contract for site studies at its bases goes to Weston'),
    ('reuters-12988', 1, 'Occidental sells a process chemicals division to Henkel'),
    ('reuters-13075', 1, 'Ford picks M/A-Com for a corporate switching network'),
    ('reuters-13215', 1, 'Pennsylvania insurers pay for AIDS tests of transfusion recipients'),
    ('reuters-13622', 1, 'a 6.9 quake shakes central and northern Japan without reported harm'),
    ('reuters-1365', 1, 'a CBOE seat sells for a record price'),
    ('reuters-1418', 1, 'Memory Metals gets a NASA alloy joint research contract'),
    ('reuters-14834', 1, 'two Japanese firms win a New York subway car order'),
    ('reuters-15122', 1, 'Datron to merge into a company set up by its top officers'),
    ('reuters-15422', 1, 'the Philippines buys Indonesian cement for its builders'),
    ('reuters-18073', 1, "S and P cuts Coleco's subordinated debt rating"),
    ('reuters-20521', 1, 'British Aerospace wins a Swiss order including Hawk trainers'),
    ('reuters-20840', 1, 'National Self Storage sells nine sites to Southmark'),
    # from labelled articles
    ('reuters-4593', 7, 'Iraq and China swap oil for Brazilian goods while the Saudis buy nothing'),
    ('reuters-622', 4, 'Spanish farmers feel unfairly exposed to EC imports since entry'),
    ('reuters-2942', 3, 'a full ban might send the ore to the Soviet Union for processing'),
    ('reuters-4289', 6, "EPAC's bids cannot be taken in today's corn import tender"),
    ('reuters-15982', 10, 'the airline got leave to speed up hiring new attendants'),
    ('reuters-3645', 6, 'an analyst expects the Toledo plant to close and Jeep work to go to Canada'),
    ('reuters-17849', 9, "the new chief's royalty changes calmed the franchisees"),
    ('reuters-8700', 3, 'the freeze rests on a US-Swiss legal assistance treaty'),
    ('reuters-12156', 6, "a New York judge put off the hearing on a holders' suit against the buyout"),
    ('reuters-20632', 11, 'an expert names Bandar Abbas and Kharg as likely next targets'),
    ('reuters-5270', 7, 'the Paribas credit was a rare voluntary loan to a Latin borrower'),
    ('reuters-14911', 2, 'Jardine promises at least 40 cents of dividends for 1987'),
]


PROCEDURE11 = ("labelled blind: pairs found with throwaway rare-word/name/number overlap scripts outside the "
               "repository (neither corpus-tui, its tests, the scorer nor its index/tui code run or imported), "
               "read and labelled by hand, none of them from an article of the corpus of "
               "related_pairs_news.json, related_pairs_news2.json, related_pairs_news3.json, "
               "related_pairs_news4.json, related_pairs_news5.json, related_pairs_news6.json, "
               "related_pairs_news7.json, related_pairs_news8.json, related_pairs_news9.json or "
               "related_pairs_news10.json; corpus = labelled articles + DISTRACTORS ids drawn with "
               "random.Random(seed).sample from the sorted ids neither labelled here nor in those ten corpora; "
               "no-counterpart passages chosen afterwards from that corpus and checked against all of it; every "
               "entry is split test. Built by tests/data/build_related_news11.py.")


def build(news: Path) -> dict:
    return second.build_held_out(news, PAIRS11, NONE11, STORIES, EARLIER_SETS, SEED,
                                 PROCEDURE11)


if __name__ == "__main__":
    first.main(build, OUT, __doc__)
