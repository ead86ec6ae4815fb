"""News phrasings found by reading real articles the extractor had not seen: each row is a
sentence written for this test in the same construction, the triple it must give and, where
the construction invites one, a triple it must not give."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.extract.rules import RuleExtractor
from tests.test_extract_rules import assert_phrasing, make_doc, triples

Triple = tuple[str, str, str]

# (text, must give, must not give)
CASES: list[tuple[str, Triple, Triple | None]] = [
    # a defined short form in parentheses does not cut the name off from its verb
    ("The Federal Trade Commission (FTC) sued Kochava on Monday.",
     ("Federal Trade Commission", "SUED", "Kochava"), None),
    # a title, a name, then "of" and the organisation: two names, not one
    ("Judge Phyllis Hamilton of the U.S. District Court for the Northern District of "
     "California ruled on Monday.",
     ("Phyllis Hamilton", "WORKS_FOR",
      "U.S. District Court for the Northern District of California"), None),
    ("\"It matters,\" said Greg Brown, chairman and CEO of Motorola Solutions.",
     ("Greg Brown", "LEADS", "Motorola Solutions"), None),
    # a city's police and a city government named by the city
    ("Palantir secretly provided New Orleans police with predictive policing software.",
     ("Palantir", "CONTRACTS_WITH", "New Orleans Police Department"), None),
    ("Palantir has worked with the city of New Orleans to test its software.",
     ("Palantir", "CONTRACTS_WITH", "City of New Orleans"), None),
    ("Berwyn council approves data extraction tool for cops. The council approved a contract "
     "with New Jersey-based Cellebrite.",
     ("Cellebrite", "CONTRACTS_WITH", "Berwyn City Council"), None),
    # a description that only introduces the name after it
    ("Meta Platforms has sued an Israel-based web scraping firm called Bright Data for "
     "scraping data from its Facebook and Instagram websites.",
     ("Meta Platforms", "SUED", "Bright Data"), ("Meta Platforms", "SCRAPED", "Facebook")),
    ("Apple has filed a lawsuit against Israeli cyber firm NSO Group.",
     ("Apple", "SUED", "NSO Group"), None),
    ("U.S. Immigration and Customs Enforcement spent almost $4 million on facial recognition "
     "technology from a company called Trust Stamp.",
     ("Trust Stamp", "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement"), None),
    # a seller with contracts listed after it
    ("Venntel is a Virginia-based data broker that has contracts with the Department of "
     "Homeland Security, the Internal Revenue Service and the FBI.",
     ("Venntel", "CONTRACTS_WITH", "Internal Revenue Service"), None),
    ("Venntel is a Virginia-based data broker and software company.",
     ("Venntel", "DEVELOPS", "data broker"), None),
    # orders, fines and letters
    ("In addition to the fine, the Dutch Data Protection Authority has issued an order for "
     "Clearview AI to cease its violations.",
     ("Dutch Data Protection Authority", "BANNED", "Clearview AI"), None),
    ("The Dutch Data Protection Authority imposed a 30.5 million euro fine on Clearview AI.",
     ("Dutch Data Protection Authority", "FINED", "Clearview AI"), None),
    ("Meta had sent a cease-and-desist letter to Bright Data demanding that it stop.",
     ("Meta", "BANNED", "Bright Data"), None),
    ("X-Mode Social is prohibited from selling location data.",
     ("", "", ""), ("X-Mode Social", "BANNED", "location data")),
    # customers listed after a kind, unknown names included
    ("Verkada provided its services to companies like Tesla, Cloudfare and Halifax Health.",
     ("Cloudfare", "USES", "Verkada"), None),
    ("The Los Angeles Police Department has acknowledged that it is a customer of Palantir.",
     ("Palantir", "CONTRACTS_WITH", "Los Angeles Police Department"), None),
    ("Meta paid Bright Data to scrape data from other websites.",
     ("Meta", "USES", "Bright Data"), None),
    ("Venntel’s platform was used by DHS to detect unlawful border crossings.",
     ("DHS", "USES", "Venntel"), None),
    # acquisitions, ownership and money
    ("Motorola Solutions paid $445 million for VaaS International Holdings, the parent company "
     "of Vigilant Solutions.",
     ("Motorola Solutions", "ACQUIRED", "VaaS International Holdings"), None),
    ("Perceptics, once a subsidiary of major government contractor Northrop Grumman, makes "
     "license plate readers.",
     ("Perceptics", "SUBSIDIARY_OF", "Northrop Grumman"),
     ("Northrop Grumman", "DEVELOPS", "automated license plate reader")),
    ("Fusus, which was buoyed by a $21 million investment from police body-camera maker Axon, "
     "grew fast.",
     ("Axon", "INVESTED_IN", "Fusus"), None),
    ("The round was led by Peter Thiel’s Founders Fund, which invested $1 billion in Anduril.",
     ("Founders Fund", "INVESTED_IN", "Anduril"), None),
    ("Linse Capital, a stakeholder owning more than 21% of Skydio, also participated.",
     ("Linse Capital", "INVESTED_IN", "Skydio"), None),
    # people
    ("Casey Self, director of marketing for Perceptics, declined to comment.",
     ("Casey Self", "WORKS_FOR", "Perceptics"), ("Casey Self", "LEADS", "Perceptics")),
    ("Andrew Ferguson, an American University law professor, said so.",
     ("Andrew Ferguson", "WORKS_FOR", "American University"), None),
    ("Political strategist James Carville has been on Palantir’s payroll as an adviser.",
     ("James Carville", "WORKS_FOR", "Palantir"), None),
    ("Gaggle CEO and founder Jeff Patterson said the tool works.",
     ("Jeff Patterson", "FOUNDED", "Gaggle"), None),
    ("The backers include Oculus founder Palmer Luckey.",
     ("Palmer Luckey", "FOUNDED", "Oculus"), None),
    # places
    ("Munich-based company FinFisher sold software to governments.",
     ("FinFisher", "LOCATED_IN", "Munich"), None),
    ("It bans equipment from Huawei, ZTE, and three other Chinese companies.",
     ("ZTE", "LOCATED_IN", "China"), None),
    ("The investors were Japanese telecom operator KDDI and Axon.",
     ("KDDI", "LOCATED_IN", "Japan"), ("Axon", "LOCATED_IN", "Japan")),
    ("Chicago’s police department used ShotSpotter.",
     ("Chicago Police Department", "USES", "ShotSpotter"), None),
    ("The fine came from the Information Commissioner's Office in the United Kingdom.",
     ("Information Commissioner's Office", "LOCATED_IN", "United Kingdom"), None),
    # products
    ("Paragon's leading product, Graphite, can read encrypted messages.",
     ("Paragon", "DEVELOPS", "Graphite"), None),
    ("The system relies on the Aegis software suite created by SN Technologies.",
     ("SN Technologies", "DEVELOPS", "Aegis"), None),
    ("A feature of Palantir's Gotham platform lets police map phone contacts.",
     ("Palantir", "DEVELOPS", "Gotham"), None),
    ("SoundThinking, the company behind the gunshot-detection system ShotSpotter, is growing.",
     ("SoundThinking", "DEVELOPS", "ShotSpotter"), None),
    # a blacklist sentence without its agency lists firms on the list of the agency next to it
    ("Eight Chinese tech firms, including SenseTime and Megvii, have been added to the Entity "
     "List. The firms were named in an announcement by the Commerce Department.",
     ("Commerce Department", "BANNED", "Megvii"), None),
    # a titled official of a named body heads that body, not the article's company
    ("The House Committee on Oversight and Reform opened a probe into Venntel. Venntel sells "
     "data. Venntel declined to comment. The letter was signed by committee chairwoman "
     "Carolyn Maloney.",
     ("Carolyn Maloney", "LEADS", "House Committee on Oversight and Reform"),
     ("Carolyn Maloney", "LEADS", "Venntel")),
    # an abbreviation that ends a sentence before a named subject and its verb
    ("The data was sold by Venntel Inc. Venntel is a Virginia-based data broker.",
     ("Venntel", "LOCATED_IN", "Virginia"), None),
    # buying from a firm, and buying a firm's system, are contracts with the firm
    ("In 2017, an experimental products division of DHS began to buy location data from "
     "Venntel Inc.",
     ("Venntel", "CONTRACTS_WITH", "DHS"), None),
    ("After the Utica City School System purchased the Evolv system, a student was stabbed.",
     ("Evolv", "CONTRACTS_WITH", "Utica City School System"), None),
    # business-news phrasings: what a firm is known for, its work with agencies, stakes
    ("Axon, best known for the Taser, bought Dedrone.", ("Axon", "DEVELOPS", "Taser"), None),
    ("Palmer Luckey, the entrepreneur known for founding Oculus VR, started Anduril.",
     ("Palmer Luckey", "FOUNDED", "Oculus VR"), None),
    ("Palantir is most notorious for its work with the Pentagon, CIA, Department of Homeland "
     "Security, and the nation’s police forces.",
     ("Palantir", "CONTRACTS_WITH", "Department of Homeland Security"), None),
    ("NSO Group is owned by another investment firm, San Francisco-based Francisco Partners, "
     "which purchased a majority stake in the company for $120 million in 2014.",
     ("Francisco Partners", "INVESTED_IN", "NSO Group"),
     ("Francisco Partners", "INVESTED_IN", "Francisco Partners")),
    ("Hikvision, the world’s largest purveyor of video surveillance systems, is growing.",
     ("Hikvision", "DEVELOPS", "video surveillance"), None),
    ("The Met's deal is worth £3 million. It is a four-year deal between the Mayor of London's "
     "office and NEC.",
     ("NEC", "CONTRACTS_WITH", "Mayor of London's office"), None),
    # being acquired makes a purchase, not (yet) a stated parent; a majority stake is one
    ("Drone developer Blue Force Technologies has been acquired by Anduril Industries.",
     ("Anduril Industries", "ACQUIRED", "Blue Force Technologies"),
     ("Blue Force Technologies", "SUBSIDIARY_OF", "Anduril Industries")),
    ("NSO Group is owned by Francisco Partners, which purchased a majority stake in the "
     "company in 2014.",
     ("Francisco Partners", "ACQUIRED", "NSO Group"), None),
    # a rank before a name: a member of the one agency the sentence names
    ("The Washington County Sheriff's Office will keep using it, according to deputy Jeff "
     "Talbot.",
     ("Jeff Talbot", "WORKS_FOR", "Washington County Sheriff's Office"), None),
    ("The FBI and the Secret Service use it, according to spokesman Jeff Talbot.",
     ("", "", ""), ("Jeff Talbot", "WORKS_FOR", "FBI")),
    # a school district named with its place; a district's city is not "Ambridge Area"
    ("After the Utica City School System in New York purchased the Evolv system, a student "
     "was stabbed.",
     ("Evolv", "CONTRACTS_WITH", "Utica City School System"), None),
    ("The Ambridge Area School District recently purchased a system from Evolv.",
     ("Ambridge Area School District", "LOCATED_IN", "Ambridge"),
     ("Ambridge Area School District", "LOCATED_IN", "Ambridge Area")),
    ("The grocery company Southern Co-operative uses cameras. Big Brother Watch criticised "
     "Southern Co-operative's use of facial recognition technology in its stores.",
     ("Southern Co-operative", "USES", "facial recognition"), None),
    # a firm named in full once, then by its distinctive first word
    ("Motorola bought VaaS International Holdings. VaaS, which is based in Livermore, "
     "California, sells plate readers.",
     ("VaaS International Holdings", "LOCATED_IN", "Livermore"), None),
    # a product after a dash; a named part of a firm and the agencies it counts as customers
    ("The FBI is piloting Amazon's facial matching software - Amazon Rekognition.",
     ("Amazon", "DEVELOPS", "Amazon Rekognition"), None),
    ("Amazon's success stems from its cloud business, AWS, which includes the CIA and "
     "Defense Department as customers.",
     ("AWS", "CONTRACTS_WITH", "Defense Department"), None),
    ("Amazon's success stems from its cloud business, AWS, which includes the CIA and "
     "Defense Department as customers.",
     ("AWS", "SUBSIDIARY_OF", "Amazon"), None),
    ("Trueface has been awarded its second contract for biometric facial recognition "
     "technology from the U.S. Air Force.",
     ("Trueface", "CONTRACTS_WITH", "U.S. Air Force"), None),
    ("Clearview AI provided free trials of the tool to officers of the Australian Federal "
     "Police.",
     ("Clearview AI", "CONTRACTS_WITH", "Australian Federal Police"), None),
    ("Axon Enterprise, a company backed by investor Peter Thiel, sells cameras.",
     ("Peter Thiel", "INVESTED_IN", "Axon Enterprise"), None),
    ("Google, YouTube, Venmo and LinkedIn have sent cease-and-desist letters to Clearview AI.",
     ("Google", "BANNED", "Clearview AI"), None),
    ("CBS News correspondent Errol Barnett reports.",
     ("Errol Barnett", "WORKS_FOR", "CBS News"), None),
    ("The Baltimore Police Department utilised Clearview AI in 2020.",
     ("Baltimore Police Department", "USES", "Clearview AI"), None),
    ("The sheriff is considering a facial recognition software created by the company "
     "Clearview AI.",
     ("Clearview AI", "DEVELOPS", "facial recognition"), None),
    # a town's police named by a town the knowledge base does not know
    ("The board gave Peel police the blessing to finalize a $9 million deal with American "
     "firm Axon Enterprises.",
     ("Axon Enterprises", "CONTRACTS_WITH", "Peel police"), None),
    ("Border police used Clearview AI.",
     ("", "", ""), ("Border police", "USES", "Clearview AI")),
    # partnerships named as the frame of an act
    ("Back in 2018, Axon launched its “Axon Air” program in partnership with DJI.",
     ("Axon", "PARTNERS_WITH", "DJI"), None),
    ("Mediapart published the files in a joint investigation with Germany’s Spiegel magazine.",
     ("Mediapart", "PARTNERS_WITH", "Spiegel"), None),
    # "its" in a clause the agency believes: the clause's firm, not the agency
    ("The FTC has “reason to believe” that Avast sold browsing data to third parties through "
     "its subsidiary Jumpshot.",
     ("Jumpshot", "SUBSIDIARY_OF", "Avast"), None),
    # a nickname's place is not the agency's: Scotland Yard is the Met, in London
    ("Scotland Yard has banned officers from using PimEyes.",
     ("Scotland Yard", "BANNED", "PimEyes"), ("Scotland Yard", "LOCATED_IN", "Scotland")),
    # "technology" before "giant" describes the firm; it refers to no product
    ("The documents contain contacts with the Chinese technology giant Huawei.",
     ("Huawei", "LOCATED_IN", "China"), None),
    # a partnership inside a relative clause of its subject
    ("French news outlet Mediapart, which broke the story in a joint investigation with "
     "Germany’s Spiegel magazine, said more.",
     ("Mediapart", "PARTNERS_WITH", "Spiegel"), None),
    # use named by its owner, or after "use of ... by"
    ("Ukraine's defence ministry has begun using Clearview AI's facial recognition technology.",
     ("Ukraine Defence Ministry", "USES", "Clearview AI"), None),
    ("Amnesty documented the use of Cellebrite forensic tools by the Serbian police.",
     ("Serbian police", "USES", "Cellebrite"), ("Amnesty", "USES", "Cellebrite")),
    ("Google documented attacks using spyware made by Cytrox.",
     ("Cytrox", "DEVELOPS", "spyware"), ("Google", "USES", "spyware")),
    ("During a hearing, Boston Police Commissioner William Gross said the tool is unreliable.",
     ("William Gross", "LEADS", "Boston Police Department"), None),
    ("Judge Sharon Johnson Coleman of the Northern District of Illinois approved the deal.",
     ("Sharon Johnson Coleman", "WORKS_FOR", "Northern District of Illinois"),
     ("Northern District of Illinois", "LOCATED_IN", "Illinois")),
    ("Researchers found that the Serbian police were using NoviSpy, a newly discovered Android "
     "spyware.",
     ("Serbian police", "USES", "NoviSpy"), None),
    ("Support King LLC, the makers of SpyFone, is banned from the business.",
     ("Support King LLC", "DEVELOPS", "SpyFone"), None),
    ("Sold by Virginia-based Fog Data Science LLC, Fog Reveal has been used since 2018.",
     ("Fog Data Science LLC", "DEVELOPS", "Fog Reveal"), None),
    ("DJI is one of the largest and most popular drone companies in the world.",
     ("DJI", "DEVELOPS", "drone"), None),
    ("Hikvision is partially owned by the Chinese government and is blacklisted in the US.",
     ("Chinese government", "INVESTED_IN", "Hikvision"), ("Chinese government", "BANNED",
                                                           "Hikvision")),
    ("Twitter, up until recently a longtime investor in Dataminr alongside the CIA, said so.",
     ("CIA", "INVESTED_IN", "Dataminr"), None),
    ("Damien Patton, who helped launch and now leads the secretive startup Banjo, said so.",
     ("Damien Patton", "FOUNDED", "Banjo"), None),
    ("Before starting Vievu in 2007, Steve Ward worked at Axon.",
     ("Steve Ward", "FOUNDED", "Vievu"), None),
    ("In a complaint, the FTC alleged that Support King and its CEO sold stalkerware apps.",
     ("FTC", "SUED", "Support King"), None),
    ("The FCC fined AT&T on Monday. Verizon has been fined almost $47 million.",
     ("FCC", "FINED", "Verizon"), None),
    ("The county approved a $27,995 contract with Grayshift LLC of Atlanta.",
     ("Grayshift LLC", "LOCATED_IN", "Atlanta"), None),
    ("Based in Vancouver, Avigilon makes security cameras.",
     ("Avigilon", "LOCATED_IN", "Vancouver"), None),
    ("Flock sells cameras. An Oakland-based law firm has filed a class action lawsuit against "
     "Flock Safety.",
     ("", "", ""), ("Flock Safety", "LOCATED_IN", "Oakland")),
    ("Ring, owned by Amazon, announced a partnership with Flock Safety.",
     ("Ring", "PARTNERS_WITH", "Flock Safety"), None),
    ("Clearview AI sells software. The Commission nationale de l'informatique et des libertés "
     "(CNIL), France's data protection authority, imposed a 20 million euros penalty against "
     "the company.",
     ("CNIL", "FINED", "Clearview AI"), None),
    ("The CNIL fined Clearview AI 20 million euros. The CNIL's latest decision comes after a "
     "two-year investigation initiated in May 2020.",
     ("CNIL", "INVESTIGATED", "Clearview AI"), None),
    ("Clearview AI built a database. Clearview AI says it scraped the web. Clearview AI uses "
     "images from Facebook, Instagram and other public-facing internet services.",
     ("Clearview AI", "SCRAPED", "Instagram"), None),
    ("(Reuters) -Apple Inc said on Tuesday it has filed a lawsuit against NSO Group.",
     ("Apple", "SUED", "NSO Group"), ("Reuters", "SUED", "NSO Group")),
    ("Clearview's founder, who was raised in Australia, said his startup had 2 billion images "
     "from the Russian social media service VKontakte.",
     ("", "", ""), ("VKontakte", "INVESTED_IN", "Clearview AI")),
    ("In November, the Information Commissioner's Office in the United Kingdom warned Clearview "
     "AI of a fine.",
     ("Information Commissioner's Office", "LOCATED_IN", "United Kingdom"),
     ("Clearview AI", "LOCATED_IN", "United Kingdom")),
    ("David Berger, a partner with Gibbs Mura, said so.",
     ("David Berger", "WORKS_FOR", "Gibbs Mura"), None),
    ("The program ended, said Hamid Khan of the Stop LAPD Spying Coalition.",
     ("Hamid Khan", "WORKS_FOR", "Stop LAPD Spying Coalition"), None),
    ("Opposition rose, said Ingrid Turinawe, a leader in the Forum for Democratic Change.",
     ("Ingrid Turinawe", "LEADS", "Forum for Democratic Change"), None),
    ("The U.S. Army has signed an enterprise agreement with Palantir Technologies. In 2016 "
     "Palantir sued the Army in the U.S. Court of Federal Claims.",
     ("Palantir", "SUED", "U.S. Army"), None),
    ("The FTC banned Rite Aid Corp. from using facial recognition. A Reuters investigation in "
     "2020 found that Rite Aid Corp. had used systems supplied by FaceFirst.",
     ("FTC", "BANNED", "Rite Aid Corp."), ("FTC", "INVESTIGATED", "Rite Aid Corp.")),
    ("The FTC banned Rite Aid Corp. from using facial recognition.",
     ("", "", ""), ("FTC", "USES", "facial recognition")),
    ("Atlanta Public Schools and the DeKalb County School District each have signed contracts "
     "with the company, Evolv Technologies.",
     ("Evolv Technologies", "CONTRACTS_WITH", "Atlanta Public Schools"), None),
    ("The United States Customs and Border Protection (CBP) wants new tools. CBP has been using "
     "Cellebrite since 2008.",
     ("United States Customs and Border Protection", "USES", "Cellebrite"), None),
    # a use the sentence forbids is not asserted
    ("The State Education Department is not allowing Lockport City School District to use "
     "its facial recognition system.",
     ("", "", ""), ("Lockport City School District", "USES", "facial recognition")),
    # an indefinite firm after a preposition is another firm, not the article's own
    ("Microsoft changed its policy. It said it is pulling out of a minority investment in an "
     "Israeli facial recognition startup.",
     ("", "", ""), ("Microsoft", "LOCATED_IN", "Israel")),
    # a product described by its technology after the name: its maker develops both
    ("The attacks came from NSO Group, which makes the Pegasus spyware.",
     ("NSO Group", "DEVELOPS", "spyware"), None),
    ("Babel Street sells the Locate X location data tool.",
     ("Locate X", "IS_A", "location data"), None),
    # a model number belongs to the product's name
    ("Draft One works with Axon's new Axon Body 4 body camera.",
     ("Axon Body 4", "IS_A", "body-worn camera"), ("Axon", "DEVELOPS", "Axon Body")),
    # an unknown name typed by what only a business does
    ("Avast sold browsing data through its subsidiary Jumpshot. The Federal Trade Commission "
     "has ordered Avast to pay $16.5 million.",
     ("Federal Trade Commission", "FINED", "Avast"), None),
    # an apposition between the firm and what it is said to be
    ("Palantir, a controversial US tech firm founded by billionaire Peter Thiel, won.",
     ("Peter Thiel", "FOUNDED", "Palantir"), None),
    ("Predpol, a leading company in the field, is headquartered in Santa Cruz.",
     ("Predpol", "LOCATED_IN", "Santa Cruz"), None),
    # an inquiry a notice follows, into each member of a list; the aside's "not" is its own
    ("The ICO said the notice, which is not a fine, follows a two-year investigation into how "
     "Experian, Equifax, and TransUnion use personal data.",
     ("ICO", "INVESTIGATED", "TransUnion"), None),
    ("In 2018 Huawei collaborated with facial recognition start-up Megvii.",
     ("Megvii", "DEVELOPS", "facial recognition"), None),
    ("FinFisher has been under investigation by the German government since 2019.",
     ("German government", "INVESTIGATED", "FinFisher"), None),
    ("Dakota Cary, a China-focused consultant at SentinelOne, said the files were real.",
     ("Dakota Cary", "WORKS_FOR", "SentinelOne"), None),
    # a country's government named either way round, and where it is
    ("FinFisher sold spyware to the government of Turkey.",
     ("government of Turkey", "LOCATED_IN", "Turkey"), None),
    # a council title and a contract with no agency beside them belong to the article's
    # council; a call to ban is no ban
    ("The Detroit City Council approved the measure despite calls to ban the technology. "
     "The Detroit City Council voted 6-3. Councilman Gabe Leland supported it. The $200,000 "
     "contract with South Carolina-based DataWorks Plus will fund maintenance. Members of the "
     "Detroit City Council spoke.",
     ("Gabe Leland", "WORKS_FOR", "Detroit City Council"),
     ("Detroit City Council", "BANNED", "facial recognition")),
    ("The Detroit City Council met. The Detroit City Council voted 6-3. The $200,000 contract "
     "with South Carolina-based DataWorks Plus will fund maintenance. The Detroit City Council "
     "adjourned.",
     ("DataWorks Plus", "CONTRACTS_WITH", "Detroit City Council"), None),
    # a passive use spread over a list, up to who reported it
    ("BuzzFeed News reported that Clearview’s facial recognition software had been used by "
     "more than 2,200 entities, ranging from U.S. Immigration and Customs Enforcement and the "
     "FBI to companies including Walmart.",
     ("FBI", "USES", "Clearview"), ("BuzzFeed News", "USES", "Clearview")),
    ("Clearview AI's facial recognition software was used by the FBI against protesters, "
     "according to The Citizen Lab.",
     ("FBI", "USES", "Clearview AI"), ("Citizen Lab", "USES", "Clearview AI")),
    # photos "taken from" platforms were scraped from them
    ("Clearview AI built a database of 3 billion images taken from Facebook and Instagram.",
     ("Clearview AI", "SCRAPED", "Instagram"), None),
    # an organisation before a comma is not the title's employer
    ("Clearview AI raised money. Clearview AI filed papers. Clearview AI said little. In a "
     "statement to BuzzFeed News, CEO Hoan Ton-That said the company was grateful.",
     ("Hoan Ton-That", "LEADS", "Clearview AI"), None),
    # a contract with a force described before its name; a contract the agency lacks
    ("Palantir has secured its first contract with a UK police force, Leicestershire Police.",
     ("Palantir", "CONTRACTS_WITH", "Leicestershire Police"), None),
    ("ICE obtained access to the network despite lacking a direct contract with Flock Safety.",
     ("", "", ""), ("Flock Safety", "CONTRACTS_WITH", "ICE")),
    # a product in apposition as an agency's system
    ("ShotSpotter, the NYPD’s highly touted gunfire location system, was accurate 13% of the "
     "time.",
     ("NYPD", "USES", "ShotSpotter"), None),
    # a dash apposition between a firm and its verb; a firm's products given as examples
    ("Axon — the law enforcement company that makes Tasers — has announced a new partnership "
     "with US drone company Skydio.",
     ("Axon", "PARTNERS_WITH", "Skydio"), None),
    ("Skydio will offer Axon’s drone-based software tools, like Axon Evidence and Axon "
     "Respond, on its drones.",
     ("Axon", "DEVELOPS", "Axon Evidence"), None),
    ("Immigrant groups sued US data broker LexisNexis.",
     ("LexisNexis", "LOCATED_IN", "US"), None),
    ("In December 2020, Google and Apple banned a similar service called X-Mode Social.",
     ("Google", "BANNED", "X-Mode Social"), None),
    # an aside closed by a quoted name between the firm and its verb
    ("FinFisher went broke. The company, which is known for its powerful and invasive malware "
     "“FinSpy,” has been under investigation by the German government since 2019.",
     ("German government", "INVESTIGATED", "FinFisher"), None),
    ("FinFisher went broke. The company, which is known for its powerful and invasive malware "
     "“FinSpy,” has been under investigation since 2019.",
     ("FinFisher", "DEVELOPS", "FinSpy"), None),
    # a description of the place before the name it introduces
    ("The report came from a Toronto-based human rights watchdog called The Citizen Lab.",
     ("Citizen Lab", "LOCATED_IN", "Toronto"), None),
    # acquired from a seller: a business; "the firm" after it is the one bought, not the seller
    ("Elbit acquired Cyberbit from Nice Systems Ltd. in 2015 and the firm has offices in the "
     "US, Europe and Singapore.",
     ("Cyberbit", "LOCATED_IN", "Singapore"), ("Nice Systems Ltd.", "LOCATED_IN", "Singapore")),
    # a reduced relative clause of use
    ("Skydio, a maker of autonomous drones used by the U.S. military, was sanctioned.",
     ("U.S. military", "USES", "drone"), None),
    # a city's force written with its state: one agency, in both places
    ("Data obtained from the Danville, Illinois Police Department documents 4,000 searches.",
     ("Danville Police Department", "LOCATED_IN", "Illinois"),
     ("Illinois Police Department", "LOCATED_IN", "Illinois")),
    # a capitalised title of several words before "of" is no part of the body's name
    ("Liam Herrick, Executive Director of the Irish Council for Civil Liberties, said so.",
     ("Liam Herrick", "LEADS", "Irish Council for Civil Liberties"), None),
    # what the members of a list share; a registered address; a watchdog by its country
    ("Cellebrite and Cognyte, both Israeli technology companies, sold tools to police.",
     ("Cognyte", "LOCATED_IN", "Israel"), None),
    ("Cellebrite and Cognyte, both Israeli technology companies, sold tools to police.",
     ("Cellebrite", "LOCATED_IN", "Israel"), None),
    ("Intellexa's registered address in Athens was searched.",
     ("Intellexa", "LOCATED_IN", "Athens"), None),
    ("Canadian cybersecurity watchdog Citizen Lab found the infection.",
     ("Citizen Lab", "LOCATED_IN", "Canada"), None),
    # a firm that "has contracted with" an agency, before or after a description
    ("Palantir, a software firm which has contracted with ICE, grew.",
     ("Palantir", "CONTRACTS_WITH", "ICE"), None),
    ("Palantir has contracted with U.S. Immigration and Customs Enforcement.",
     ("Palantir", "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement"), None),
    ("Since May, Dedrone secured strategic partnerships with Airbus, Singtel, and Deutsche "
     "Telekom.", ("Dedrone", "PARTNERS_WITH", "Deutsche Telekom"), None),
    # what a firm bought, said of the bought one; a place's kind is not the buyer's place
    ("Glovo is a Spanish start-up that Delivery Hero acquired in 2022.",
     ("Delivery Hero", "ACQUIRED", "Glovo"), ("Delivery Hero", "LOCATED_IN", "Spain")),
    ("The contract was signed by the Ministry of the Interior, headed by Luis Alberto Heber.",
     ("Luis Alberto Heber", "LEADS", "Ministry of the Interior"), None),
    ("Fog Data Science is the company behind Fog Reveal.",
     ("Fog Data Science", "DEVELOPS", "Fog Reveal"), None),
    ("Dedrone, with headquarters in San Francisco, makes drone detection systems.",
     ("Dedrone", "LOCATED_IN", "San Francisco"), None),
    ("An alliance of organizations, including noyb, Privacy International and Homo Digitalis, "
     "filed complaints against Clearview AI.", ("Homo Digitalis", "SUED", "Clearview AI"), None),
    # a minister leads the ministry of the title's domain the article names; a minister of
    # state, or a police rank with "chief", works for it
    ("According to Interior Minister Karl Nehammer, the software is now used by the Ministry of "
     "the Interior.", ("Karl Nehammer", "LEADS", "Ministry of the Interior"), None),
    ("The resolution was signed by Security Minister Patricia Bullrich. The Security Ministry "
     "said it would use the system.", ("Patricia Bullrich", "LEADS", "Security Ministry"), None),
    ("The Ministry of Home Affairs bought cameras. Minister of State for Home Affairs Desmond Tan "
     "said they work.", ("Desmond Tan", "WORKS_FOR", "Ministry of Home Affairs"),
     ("Desmond Tan", "LEADS", "Ministry of Home Affairs")),
    ("\"It works,\" said Chris Hardy, chief superintendent for Lancashire Police.",
     ("Chris Hardy", "WORKS_FOR", "Lancashire Police"),
     ("Chris Hardy", "LEADS", "Lancashire Police")),
    # a country's regulator described by its domain: the body the article names for it, else
    # the description as written
    ("Zorblax Systems was fined on Friday by Italy’s data protection regulator.",
     ("Italy’s data protection regulator", "LOCATED_IN", "Italy"), None),
    ("Australia's privacy regulator has ordered Clearview AI to stop. The Office of the "
     "Australian Information Commissioner investigated the company.",
     ("Office of the Australian Information Commissioner", "INVESTIGATED", "Clearview AI"),
     ("Australia's privacy regulator", "LOCATED_IN", "Australia")),
    ("Italian privacy watchdog fines Trento\n\nThe Garante said Trento broke the law.",
     ("", "", ""), ("Italian privacy watchdog", "LOCATED_IN", "Italy")),
    # what a firm described "makes" is a product, with its edition ("Biostar 2"), but not a
    # modifier ("AI-powered"); the South African "Adv" title before a name
    ("Suprema, the company which makes Biostar 2, said it was investigating.",
     ("Suprema", "DEVELOPS", "Biostar 2"), None),
    ("Flock Safety, a startup that sells AI-powered license plate reader cameras, raised money.",
     ("Flock Safety", "DEVELOPS", "automated license plate reader"),
     ("Flock Safety", "DEVELOPS", "AI")),
    ("Adv Pansy Tlakula, chairperson of the Information Regulator, said the firm failed.",
     ("Pansy Tlakula", "LEADS", "Information Regulator"), None),
    # partnerships with examples of a kind; "established by" a described founder; "working
    # for"; a title after a person's name is no person; "controlled by" a parent; the head of a
    # named unit works for the body it belongs to
    ("ZTE has partnerships with various technology companies, including Microsoft, Dell and "
     "Oracle.", ("ZTE", "PARTNERS_WITH", "Dell"), None),
    ("Intellexa was established by a former Israeli intelligence officer called Tal Dilian.",
     ("Tal Dilian", "FOUNDED", "Intellexa"), None),
    ("Ghassan Halaika, field researcher and human rights defender working for Al-Haq, was hacked.",
     ("Ghassan Halaika", "WORKS_FOR", "Al-Haq"), None),
    ("Graham Doyle, Deputy Commissioner with the Data Protection Commission, said so.",
     ("Graham Doyle", "WORKS_FOR", "Data Protection Commission"), None),
    ("Sinclair Technologies has been controlled by Hytera Communications since 2017.",
     ("Sinclair Technologies", "SUBSIDIARY_OF", "Hytera Communications"), None),
    ("\"It matters,\" said Matt Mahmoudi, Amnesty International's Interim Head of the Silicon "
     "Valley Initiative.", ("Matt Mahmoudi", "WORKS_FOR", "Amnesty International"),
     ("Matt Mahmoudi", "LEADS", "Amnesty International")),
    ("The shares are held by WF Investment Holdings (a subsidiary of Wells Fargo & Co.), "
     "filings show.", ("WF Investment Holdings", "SUBSIDIARY_OF", "Wells Fargo & Co."), None),
    # NSO Group's parent is a firm of its own
    ("The executives were senior leaders at NSO Group and its parent company Q Cyber "
     "Technologies.", ("NSO Group", "SUBSIDIARY_OF", "Q Cyber Technologies"), None),
    # a product said to be a kind of technology, and its maker after it
    ("ShotSpotter is a gunshot detection system.",
     ("ShotSpotter", "IS_A", "gunshot detection"), None),
    ("Pegasus is a threat to facial recognition users.",
     ("", "", ""), ("Pegasus", "IS_A", "facial recognition")),
    ("Pegasus is a military-grade spyware made by Israeli cybersecurity firm NSO Group.",
     ("NSO Group", "DEVELOPS", "Pegasus"), None),
    # "by the" before the maker; a backer's compound over a kind of technology
    ("It was hacked with Pegasus which is made by the NSO Group.",
     ("NSO Group", "DEVELOPS", "Pegasus"), None),
    ("Alibaba-backed facial recognition specialist Megvii filed for an IPO.",
     ("Alibaba", "INVESTED_IN", "Megvii"), None),
    # a template's "its" also reads a resolved possessive ("among ⟦C⟧'s clients")
    ("Hacking Team counts the FBI among its clients.",
     ("Hacking Team", "CONTRACTS_WITH", "FBI"), None),
    # a description may stand between "run by" and the person who runs the firm
    ("Intellexa is still run by former Israeli military veteran Tal Dilion.",
     ("Tal Dilion", "LEADS", "Intellexa"), None),
    # a person introduced by the body they are of, between commas
    ("Deepu John, of the NYPD's Technical Assistance Response Unit, testified.",
     ("Deepu John", "WORKS_FOR", "NYPD"), None),
    # a firm or a regulator referred to by its kind, described by its country
    ("Hikvision makes cameras. The Chinese manufacturer sold them to the Chicago Police "
     "Department.", ("Hikvision", "CONTRACTS_WITH", "Chicago Police Department"), None),
    ("The Office of the Australian Information Commissioner said it was concerned. The watchdog "
     "launched an investigation into Kmart.",
     ("Office of the Australian Information Commissioner", "INVESTIGATED", "Kmart"), None),
    # an agency's place is read from any of its names, not only the first ("CPD" first)
    ("CPD is using Clearview AI. The Chicago Police Department declined to comment.",
     ("Chicago Police Department", "LOCATED_IN", "Chicago"), None),
    # an agency asked to act has not acted; a shop's quoted "blacklist" is not a trade ban
    ("Lawmakers urged the FTC to fine Clearview AI.",
     ("", "", ""), ("FTC", "FINED", "Clearview AI")),
    ("Big Brother Watch filed a complaint with the Information Commissioner's Office. In its "
     "complaint, the group describes how the technology, offered by surveillance firm "
     "Facewatch, allows Southern Co-operative to compile a \"blacklist\" of customers.",
     ("", "", ""), ("Information Commissioner's Office", "BANNED", "Facewatch")),
    ("Ring, which Amazon bought in 2018, gave videos to police.",
     ("Amazon", "ACQUIRED", "Ring"), None),
    ("Venntel Inc., a small Virginia-based tech company, sells location data.",
     ("Venntel", "LOCATED_IN", "Virginia"), None),
    ("Microsoft named the malware DevilsTongue.",
     ("", "", ""), ("Microsoft", "DEVELOPS", "DevilsTongue")),
    # a kind described by its place, then the name; not inside a list of appositions
    ("Palantir has secured its first contract with a UK police force, Leicestershire Police.",
     ("Leicestershire Police", "LOCATED_IN", "UK"), None),
    ("Among the firms are Intellexa S.A., a Greek company, Intellexa Limited, which is based in "
     "Ireland, and Cytrox.",
     ("Intellexa Limited", "LOCATED_IN", "Ireland"), ("Intellexa Limited", "LOCATED_IN", "Greece")),
    ("Peel Region police used Clearview AI.",
     ("", "", ""), ("Region police", "USES", "Clearview AI")),
    ("Clearview AI has faced scrutiny since the quiet company was exposed in a report.",
     ("", "", ""), ("Clearview AI", "SUFFERED", "Clearview AI data breach")),
    ("Google banned X-Mode Social, which reportedly worked with the US military among other "
     "customers.",
     ("X-Mode Social", "CONTRACTS_WITH", "US military"), None),
    # "the data" is the kind of data just named; with nothing named before, it is nothing
    ("DHS began to buy location data from Venntel Inc. The Department of Homeland Security "
     "has used the data to find workers.",
     ("Department of Homeland Security", "USES", "location data"), None),
    ("Clearview AI sells facial recognition. The Department of Homeland Security has used the "
     "data to find workers.",
     ("", "", ""), ("Department of Homeland Security", "USES", "facial recognition")),
    ("The spyware in question is a commercial product known as PC Surveillance System sold by "
     "cybersecurity firm Cyberbit.",
     ("PC Surveillance System", "IS_A", "spyware"), None),
    ("The spyware in question is a commercial product known as PC Surveillance System sold by "
     "cybersecurity firm Cyberbit.",
     ("Cyberbit", "DEVELOPS", "spyware"), None),
    ("LexisNexis sells consumers’ data through an online platform it calls Accurint.",
     ("LexisNexis", "DEVELOPS", "Accurint"), None),
    # a name used as a modifier ("The Skydio deal") is not what a later "it" continues
    ("The Skydio deal isn’t Axon’s first drone partnership; back in 2018, it launched its "
     "“Axon Air” program in partnership with DJI.",
     ("Axon", "DEVELOPS", "Axon Air"), ("Skydio", "PARTNERS_WITH", "DJI")),
    # contracts with agencies named as members of a counted kind
    ("I-Soon has contracts with multiple Chinese agencies, including the Ministry of Public "
     "Security (MPS), the Ministry of State Security, and the People’s Liberation Army.",
     ("I-Soon", "CONTRACTS_WITH", "People’s Liberation Army"), None),
    ("The FBI is piloting Amazon's facial matching software - Amazon Rekognition.",
     ("Amazon", "CONTRACTS_WITH", "FBI"), None),
    ("NEC has 1,000+ biometrics contracts with agencies around the world.",
     ("NEC", "DEVELOPS", "biometrics"), None),
    ("The FTC banned the stalkerware company Support King from the surveillance business.",
     ("Support King", "DEVELOPS", "spyware"), None),
    ("Babel Street makes Locate X. U.S. Special Operations Command (USSOCOM), a branch of the "
     "military tasked with counterterrorism, counterinsurgency, and special reconnaissance, "
     "bought access to Locate X.",
     ("Babel Street", "CONTRACTS_WITH", "U.S. Special Operations Command"), None),
    # an acronym the article never defines, made of a name it gave in full
    ("The Australian Federal Police faced questions. Last year the AFP admitted to using "
     "Clearview AI.",
     ("Australian Federal Police", "USES", "Clearview AI"), None),
    # the passive fine with its article, and a country's possessive before the agency
    ("Meta was fined $5 million by the FTC.", ("FTC", "FINED", "Meta"), None),
    ("Meta has been fined €265m by Ireland's Data Protection Commission on Monday.",
     ("Data Protection Commission", "FINED", "Meta"), None),
    ("Poland's state-run auditor Supreme Audit Office (NIK) found problems.",
     ("Supreme Audit Office", "LOCATED_IN", "Poland"), None),
    # a town the knowledge base does not know, before its state's "-based"
    ("The panel approved an agreement between the Baltimore Police Department and Dayton, "
     "Ohio-based Persistent Surveillance Systems.",
     ("Persistent Surveillance Systems", "LOCATED_IN", "Dayton"), None),
    # a title and its holder in apposition; a title list that goes on; accented names
    ("The former head of Amesys, Philippe Vannier, was indicted.",
     ("Philippe Vannier", "LEADS", "Amesys"), None),
    ("Nexa president Olivier Bohbot, managing director Renaud Roques, and former president "
     "Stéphane Salies were charged.",
     ("Stéphane Salies", "LEADS", "Nexa"), None),
    # a firm named like its product, where the sentence treats the name as the firm
    ("Ralph Clark, president and CEO of ShotSpotter, said the deal was good.",
     ("Ralph Clark", "LEADS", "ShotSpotter"), None),
    ("Sam Klepper, vice president of marketing and product strategy at ShotSpotter, said so.",
     ("Sam Klepper", "WORKS_FOR", "ShotSpotter"), None),
    ("Cytrox has also previously been banned by Meta for surveillance operations.",
     ("Meta", "BANNED", "Cytrox"), None),
    ("Intellexa S.A. based out of Greece and Cytrox AD out of North Macedonia were added.",
     ("Intellexa S.A.", "LOCATED_IN", "Greece"), None),
    ("Meta wants an injunction against Octopus Data, a Shenzhen Vision Information Technology "
     "Company subsidiary. Octopus scrapes data from Facebook.",
     ("Octopus Data", "SUBSIDIARY_OF", "Shenzhen Vision Information Technology Company"), None),
    ("Meta wants an injunction against Octopus Data, a Shenzhen Vision Information Technology "
     "Company subsidiary. Octopus scrapes data from Facebook.",
     ("Octopus Data", "SCRAPED", "Facebook"), None),
    # a named office's title ("Privacy Commissioner") is not the main agency's
    ("The Australian Federal Police used Clearview AI. The AFP said it had stopped. Australian "
     "Information Commissioner and Privacy Commissioner Angelene Falk has determined that the "
     "AFP broke the rules.",
     ("Australian Federal Police", "USES", "Clearview AI"),
     ("Angelene Falk", "LEADS", "Australian Federal Police")),
    # funding rounds and their investors; a name nothing types, listed among firms, is a firm
    ("The deal brought investors like Linse Capital to Verkada’s newest round, which also "
     "included Michael Dell’s MSD Partners, Sequoia Capital, Next47, Meritech Capital and "
     "Felicis Ventures.",
     ("Next47", "INVESTED_IN", "Verkada"), None),
    ("The deal brought investors like Linse Capital to Verkada’s newest round.",
     ("Linse Capital", "INVESTED_IN", "Verkada"), None),
    ("SoftBank Group Corp. is leading an investment in AnyVision Interactive Technologies Ltd., "
     "the company said.",
     ("SoftBank Group Corp.", "INVESTED_IN", "AnyVision Interactive Technologies Ltd."), None),
    ("Flock announced its latest $275 million funding round from major Silicon Valley "
     "investors, who include Andreessen Horowitz and the Peter Thiel-backed Founders Fund.",
     ("Founders Fund", "INVESTED_IN", "Flock"), ("Peter Thiel", "INVESTED_IN", "Flock")),
    ("Led by chief executive Alex Karp and co-founded by prominent tech investor Peter Thiel, "
     "Palantir rose to prominence.",
     ("Peter Thiel", "FOUNDED", "Palantir"), None),
    ("Artificial intelligence market leader OpenAI and drone maker Anduril are forming a "
     "partnership to create new tools.",
     ("OpenAI", "PARTNERS_WITH", "Anduril"), None),
    ("Simonds is one of two directors in NSO's holding company, Dufresne Holding.",
     ("NSO", "SUBSIDIARY_OF", "Dufresne Holding"), None),
    # AP state abbreviations; a firm "is a company based in"; a military rank
    ("ShotSpotter is a publicly traded company based in Newark, Calif.",
     ("ShotSpotter", "LOCATED_IN", "California"), None),
    ("The Waterloo Police Department needs cameras. Maj. Joe Leibold said the department last "
     "purchased body cameras around 2015.",
     ("Joe Leibold", "WORKS_FOR", "Waterloo Police Department"), None),
    # "the company" after "a former Palantir engineering director": the firm named as a
    # modifier of a title is not the one meant; "it's probably safe" stands for no one
    ("Anduril has acquired Area-I, a drone maker. CEO Brian Schimpf, a former Palantir "
     "engineering director, said he views Area-I’s drone technology as a way to go where it’s "
     "probably safe. The Army "
     "and NASA use the company’s drones.",
     ("NASA", "USES", "Area-I"), ("NASA", "USES", "Palantir")),
    # a product before a kind and a product is its platform, not the maker's product
    ("Intellexa is known for its Android spyware Predator.",
     ("Intellexa", "DEVELOPS", "Predator"), ("Intellexa", "DEVELOPS", "Android")),
    # a title over a function ("communications director") works there, does not lead
    ("Will Owen, the communications director at the Surveillance Technology Oversight "
     "Project, said so.",
     ("Will Owen", "WORKS_FOR", "Surveillance Technology Oversight Project"),
     ("Will Owen", "LEADS", "Surveillance Technology Oversight Project")),
    # a coordinated name is not in apposition to the title list after it
    ("The former head of Amesys, Philippe Vannier, and three current and former executives at "
     "Nexa Technologies were indicted.",
     ("Philippe Vannier", "LEADS", "Amesys"), ("Philippe Vannier", "WORKS_FOR", "Amesys")),
    # fines received, fines hit with; a platform acting as a firm is fined under its name
    ("The Data Protection Commission (DPC) acted. In March, Facebook attracted a €17m fine "
     "from the DPC.",
     ("Data Protection Commission", "FINED", "Facebook"), None),
    ("The Data Protection Commission acted again. Later the agency hit Instagram with a record "
     "€405m fine.",
     ("Data Protection Commission", "FINED", "Instagram"), None),
    ("It is the fourth large fine on Meta from Commissioner Helen Dixon’s office.",
     ("", "", ""), ("Helen Dixon", "LEADS", "Meta")),
    # a kind in quotes before the product; a suit filed in a court against; staff banned
    # from using a tool; products given as examples of a kind; a maker's numbered model
    ("FinFisher is known for its powerful and invasive malware “FinSpy,” sold abroad.",
     ("FinSpy", "IS_A", "spyware"), None),
    ("WhatsApp has filed a lawsuit in a California federal court against NSO Group.",
     ("WhatsApp", "SUED", "NSO Group"), None),
    ("Scotland Yard has banned officers from using a controversial facial recognition search "
     "engine.",
     ("Scotland Yard", "BANNED", "facial recognition"), None),
    ("Skydio’s drones (like the Skydio 2 and X2) are approved.",
     ("Skydio 2", "IS_A", "drone"), None),
    ("I-Soon works with the Ministry of Public Security, China’s domestic-focused security "
     "agency.",
     ("Ministry of Public Security", "LOCATED_IN", "China"), None),
    ("I-Soon has contracts with multiple Chinese agencies, including the Ministry of State "
     "Security.",
     ("Ministry of State Security", "LOCATED_IN", "China"), None),
    # use told as "in use at"; what a supplier's deal is for
    ("Palantir makes Gotham. Gotham is now in use at Leicestershire Police.",
     ("Leicestershire Police", "USES", "Gotham"), None),
    ("The city signed an estimated $9 million deal with American firm Axon Enterprises for "
     "hundreds of body-worn cameras.",
     ("Axon Enterprises", "DEVELOPS", "body-worn camera"), None),
    # a known product bought with "its software" is the firm of that name
    ("Gunshot detection company ShotSpotter signaled a move this week by acquiring HunchLab and "
     "its crime-prediction software.",
     ("ShotSpotter", "ACQUIRED", "HunchLab"), None),
    # a platform's chief is not the article's main company's chief
    ("NSO Group makes Pegasus. NSO Group denies it. WhatsApp CEO Will Cathcart tweeted that "
     "NSO Group targeted journalists.",
     ("NSO Group", "DEVELOPS", "Pegasus"), ("Will Cathcart", "LEADS", "NSO Group")),
    # a state's "police departments" are many forces, not one agency
    ("A start-up tried to convince Massachusetts police departments to install its software.",
     ("", "", ""), ("Massachusetts police", "LOCATED_IN", "Massachusetts")),
    # working with outlets to investigate a tool is not using it
    ("Amnesty International has worked with media outlets and experts to investigate the "
     "Predator software.",
     ("", "", ""), ("Amnesty International", "USES", "Predator")),
    ("Clearview’s software had been used by more than 2,200 entities, ranging from the FBI to "
     "companies like Macy’s.",
     ("Macy’s", "USES", "Clearview"), None),
    # a title over a named function, then the name; a role without an article before "for"
    ("FBI Deputy Assistant Director for Counterterrorism Christine Halvorsen said the bureau "
     "uses it.",
     ("Christine Halvorsen", "WORKS_FOR", "FBI"), None),
    ("\"It is wrong,\" said Kola Iluyomade, spokesperson for Advocacy Peel.",
     ("Kola Iluyomade", "WORKS_FOR", "Advocacy Peel"), None),
    # a council's titles over the council the article names; a hyphenated surname
    ("The Detroit City Council approved the deal. Council President Brenda Jones and member "
     "Raquel Castaneda-Lopez voted no.",
     ("Brenda Jones", "LEADS", "Detroit City Council"), ("Brenda Jones", "LEADS", "Council")),
    # customers listed after "among"; a name list is not an apposition describing the first
    ("Verkada sells cameras. Among the wide range of customers listed at its website is Virgin "
     "Hyperloop, the Hartford Police Department and San Rafael City Schools in California.",
     ("Verkada", "CONTRACTS_WITH", "Hartford Police Department"),
     ("Verkada", "CONTRACTS_WITH", "Virgin Hyperloop")),
    # contracts listed on "but also with"; an owner's possessive is not a listed member
    ("Cellebrite has contracts with the FBI going back to 2009, according to federal "
     "procurement records, but also with the Drug Enforcement Administration, the Secret "
     "Service, and DHS’s Customs and Border Protection.",
     ("Cellebrite", "CONTRACTS_WITH", "Customs and Border Protection"),
     ("Cellebrite", "CONTRACTS_WITH", "DHS")),
    ("Yossi Carmil, one of Cellebrite’s CEOs, said so.",
     ("Yossi Carmil", "LEADS", "Cellebrite"), None),
    # a name that continues after a possessive ("Founder's Fund")
    ("Anduril raised $200 million in venture funding from Peter Thiel’s Founder’s Fund.",
     ("Founder’s Fund", "INVESTED_IN", "Anduril"), None),
    # blacklist lists: carried by "Also listed were", split by semicolons, with subsidiaries
    ("The Commerce Department added NSO Group to its entity list. Also listed were the Israeli "
     "group Candiru and Russian group Positive Technologies.",
     ("Commerce Department", "BANNED", "Positive Technologies"), None),
    ("The list names CloudWalk Technology; NetPosa and a subsidiary, SenseNets; Intellifusion; "
     "and Megvii, according to a statement.",
     ("SenseNets", "SUBSIDIARY_OF", "NetPosa"), None),
    ("The government is also adding CloudWalk Technology; FiberHome Technologies Group and a "
     "subsidiary, Nanjing FiberHome Starrysky Communication Development; and Megvii.",
     ("Nanjing FiberHome Starrysky Communication Development", "SUBSIDIARY_OF",
      "FiberHome Technologies Group"), None),
    ("NSO Group and Candiru are alleged by the Commerce Department to have developed spyware "
     "programs.",
     ("Candiru", "DEVELOPS", "spyware"), None),
    # places: a two-country demonym, "one of China's ... companies", "a firm in China"
    ("The purchase from Israeli-American company Verint Systems was secret.",
     ("Verint Systems", "LOCATED_IN", "Israel"), None),
    ("Among the companies named was NetPosa, one of China's most famous artificial "
     "intelligence companies.",
     ("NetPosa", "LOCATED_IN", "China"), None),
    ("Huawei won the deal. The Chinese ICT firm teamed up with Safaricom on the project.",
     ("", "", ""), ("Huawei", "LOCATED_IN", "Chinese ICT")),
    # a county with its state's abbreviation before the sheriff's office
    ("A new tool is being added to the Racine County, Wis., Sheriff’s Office arsenal.",
     ("Racine County Sheriff's Office", "LOCATED_IN", "Wisconsin"), None),
    # a long apposition before the title; "it" after a technology is no modifier target
    ("Wendell Mitchell, Flower Mound Police Department assistant chief, said so.",
     ("Wendell Mitchell", "WORKS_FOR", "Flower Mound Police Department"), None),
    ("The Raleigh Police Department announced it is no longer using controversial "
     "facial-recognition software it had been using since August.",
     ("Raleigh Police Department", "USES", "facial recognition"), None),
    ("FUSUS Director of Sales, Carlo Capano, said so.",
     ("Carlo Capano", "WORKS_FOR", "Fusus"), None),
    # founders after an adverb; a share owned in percent; a fronted partnership; "mines"
    ("Dataminr was originally founded in 2009 by Ted Bailey, Jeff Kinsey and Sam Hendel.",
     ("Sam Hendel", "FOUNDED", "Dataminr"), None),
    ("Dataminr has a deal with Twitter, which owns five percent of Dataminr.",
     ("Twitter", "INVESTED_IN", "Dataminr"), None),
    ("In partnership with Twitter, Dataminr launched Dataminr for News.",
     ("Dataminr", "PARTNERS_WITH", "Twitter"), None),
    ("Dataminr, a service that mines public Twitter feeds for paying customers, is growing.",
     ("Dataminr", "SCRAPED", "Twitter"), None),
    # a verb before a title names no body: the title is the main company's
    ("Activists sent a letter urging CEO Sundar Pichai to revoke Google's involvement. Google "
     "said so. Google declined. Google later dropped it.",
     ("Sundar Pichai", "LEADS", "Google"), None),
    ("U.S. District Court Judge Yvonne Gonzalez Rogers ruled on Monday.",
     ("Yvonne Gonzalez Rogers", "WORKS_FOR", "U.S. District Court"), None),
    ("Microsoft’s cloud technology, Azure, was allegedly used by a military unit. The head of "
     "Unit 8200, Yossi Sariel, met Nadella.",
     ("Yossi Sariel", "LEADS", "Unit 8200"), None),
    ("Microsoft’s cloud technology, Azure, was allegedly used by a military unit.",
     ("Microsoft", "DEVELOPS", "Azure"), None),
    # a deputy chief of another town's police is not the main agency's leader
    ("Dunwoody police joined Ring. The Dunwoody Police Department said so. The Dunwoody Police "
     "Department agreed. Sandy Springs Deputy Chief of Police Keith Zgonc said it works.",
     ("", "", ""), ("Keith Zgonc", "LEADS", "Dunwoody Police Department")),
    # a two-word town before "council"; a date after "Council on"; a tabled deal is no deal
    ("Flower Mound council tables action on cameras.",
     ("Flower Mound City Council", "LOCATED_IN", "Flower Mound"), None),
    ("The Flower Mound Town Council on May 1 decided to wait. Flower Mound Town Council members "
     "spoke.",
     ("Flower Mound Town Council", "LOCATED_IN", "Flower Mound"), None),
    ("The Flower Mound Town Council met. The Flower Mound Town Council voted. The Flower Mound "
     "Town Council spoke. Council approved tabling action on a professional services agreement "
     "with Flock Group Inc, which would provide equipment.",
     ("", "", ""), ("Flock Group Inc", "CONTRACTS_WITH", "Flower Mound Town Council")),
    # use told around the thing used: accused of using, an owner's product used by, a
    # country's national police, a cell-site simulator by another name
    ("Amnesty accused the Turkish government of using FinSpy to track political dissidents.",
     ("Turkish government", "USES", "FinSpy"), None),
    ("Palantir sells Gotham. Gotham, Palantir’s law enforcement software used by ICE, is "
     "popular.",
     ("ICE", "USES", "Gotham"), None),
    ("French national police have been using facial recognition for eight years.",
     ("French national police", "USES", "facial recognition"), None),
    ("In March, U.S. Immigration and Customs Enforcement (ICE) deployed a mobile-site simulator.",
     ("U.S. Immigration and Customs Enforcement", "USES", "cell-site simulator"), None),
    ("The Chicago Police Department held a hearing. Critics questioned the facial recognition "
     "software the department uses.",
     ("Chicago Police Department", "USES", "facial recognition"), None),
    # a firm's flagship product after "its"; a sale to agencies; a reporter's outlet
    ("ICE paid for Cellebrite’s phone cracking technology and its flagship product, the "
     "Universal Forensic Extraction Device (UFED).",
     ("Cellebrite", "DEVELOPS", "UFED"), None),
    ("Congress opened an investigation into Venntel's sale of location data to ICE and CBP.",
     ("Venntel", "CONTRACTS_WITH", "CBP"), None),
    ("Joseph Cox reports for Motherboard that CBP has signed another deal.",
     ("Joseph Cox", "WORKS_FOR", "Motherboard"), None),
    # contract awards listed; an owner "which owns" a firm; a stock ticker between names
    ("CBP bought drones. The awards went to Vantage Robotics, Teal Drones, Atlantic Diving "
     "Supply, and W.S. Darley & Co. CBP said so. CBP agreed.",
     ("Teal Drones", "CONTRACTS_WITH", "CBP"), None),
    ("Red Cat Holdings [RCAT], which owns Teal Drones, said so.",
     ("Teal Drones", "SUBSIDIARY_OF", "Red Cat Holdings"), None),
    # a product belongs to, or was produced by, its maker; buying a product is not a firm
    ("Pegasus belongs to Israeli spyware firm NSO Group.",
     ("NSO Group", "DEVELOPS", "Pegasus"), None),
    ("NSO Group sells to governments. The spyware Pegasus was produced by the NSO Group.",
     ("NSO Group", "DEVELOPS", "Pegasus"), None),
    ("The office is looking at the acquisition of Pegasus for $23 million. NSO makes Pegasus.",
     ("NSO", "DEVELOPS", "Pegasus"), None),
    # users listed after "Among the first users of X's solutions were"; kinds of makers
    ("Among the first users of NtechLab’s solutions were the Turkish police.",
     ("Turkish police", "USES", "NtechLab"), None),
    ("Leading Chinese video surveillance product makers, including Hangzhou Hikvision Digital "
     "Technology Co and Dahua Technology Co, are growing.",
     ("Dahua Technology", "DEVELOPS", "video surveillance"), None),
    ("The Washington Post was joined by the Paris-based journalism non-profit, Forbidden "
     "Stories.",
     ("Forbidden Stories", "LOCATED_IN", "Paris"), None),
    # an institute named after its country; a government led by its prime minister
    ("Li Wei, a counter-terrorism expert at the China Institute of Contemporary International "
     "Relations in Beijing, said so.",
     ("Li Wei", "WORKS_FOR", "China Institute of Contemporary International Relations"), None),
    ("The Indian government, led by Prime Minister Narendra Modi, had bought Pegasus in 2017.",
     ("Narendra Modi", "LEADS", "Indian government"), None),
    # a council named by a common word is no town's council
    ("India voted in the United Nations' Economic and Social Council to deny an observer "
     "status.",
     ("", "", ""), ("Social Council", "LOCATED_IN", "Social")),
    # a suit from a named group against the article's main body; a possessive alliance
    ("South Wales Police used facial recognition. South Wales Police lost the case. South Wales "
     "Police said it would appeal. The decision follows a legal challenge from civil rights "
     "group, Liberty, on behalf of a Cardiff resident.",
     ("Liberty", "SUED", "South Wales Police"), None),
    ("The Brookhaven Police Department followed up a month later with its own press release "
     "announcing its alliance with Ring.",
     ("Brookhaven Police Department", "PARTNERS_WITH", "Ring"), None),
    ("Ring sells doorbells. The Dunwoody Police Department will team up with Ring.",
     ("Dunwoody Police Department", "PARTNERS_WITH", "Ring"), None),
    # session 5: phrasings from the blind sets W, Y, Z and AA
    ("Palantir has partnered with the Chicago Police Department on a pilot.",
     ("Palantir", "PARTNERS_WITH", "Chicago Police Department"), None),
    ("Google filed last week a federal lawsuit in a Texas court against Clearview AI.",
     ("Google", "SUED", "Clearview AI"), None),
    ("Microsoft filed its own suit against Hikvision.",
     ("Microsoft", "SUED", "Hikvision"), None),
    ("The Federal Trade Commission issued an order to Kochava to stop selling data.",
     ("Federal Trade Commission", "BANNED", "Kochava"), None),
    ("Flock Safety, which is 10% owned by Andreessen Horowitz, sells cameras.",
     ("Andreessen Horowitz", "INVESTED_IN", "Flock Safety"), None),
    ("Voyager Labs, which is based in Israel, had also accepted investment from Horizons "
     "Ventures.", ("Horizons Ventures", "INVESTED_IN", "Voyager Labs"), None),
    ("Amazon and its Ring subsidiary shared footage.",
     ("Ring", "SUBSIDIARY_OF", "Amazon"), None),
    ("Verizon and its Yieldbox subsidiary sold location data.",
     ("Yieldbox", "SUBSIDIARY_OF", "Verizon"), None),
    ("Meta, Instagram's parent company, declined to comment.",
     ("Meta", "OPERATES", "Instagram"), ("Meta", "SUED", "Instagram")),
    ("Palantir's customers reportedly include the FBI and the CIA.",
     ("Palantir", "CONTRACTS_WITH", "CIA"), None),
    ("Using Babel X, the Department of Homeland Security tracked posts.",
     ("Department of Homeland Security", "USES", "Babel X"), None),
    ("Fog Data Science, the company the Missouri State Highway Patrol paid $9,000, "
     "sells location data.",
     ("Fog Data Science", "CONTRACTS_WITH", "Missouri State Highway Patrol"), None),
    ("Anduril counts Peter Thiel and a onetime Saudi spy chief among its investors.",
     ("Peter Thiel", "INVESTED_IN", "Anduril"), None),
    ("Cognitec, a German company specializing in facial recognition, won the tender.",
     ("Cognitec", "DEVELOPS", "facial recognition"), None),
    ("Israel and UK-headquartered surveillance firm Cellebrite sells phone crackers.",
     ("Cellebrite", "LOCATED_IN", "Israel"), None),
    ("Cellebrite is a UK-headquartered company.",
     ("Cellebrite", "LOCATED_IN", "UK"), None),
    ("Jane Horvath, the UK Information Commissioner, said the law applies.",
     ("Jane Horvath", "LEADS", "UK Information Commissioner"), None),
    ("Jane Horvath, the former UK Information Commissioner, said the law applies.",
     ("", "", ""), ("Jane Horvath", "LEADS", "UK Information Commissioner")),
    # a place described by its country is where a firm is, not a city government
    ("Zhenhua Data is based in the Chinese city of Shenzhen.",
     ("Zhenhua Data", "LOCATED_IN", "Shenzhen"), ("City of Shenzhen", "LOCATED_IN", "Shenzhen")),
    ("Meanwhile, the Queens district attorney has also signed a deal with Cobwebs "
     "Technologies.", ("Cobwebs Technologies", "CONTRACTS_WITH", "Queens District Attorney"),
     None),
    ("The firm may face claims that it breached LinkedIn's terms of service.",
     ("", "", ""), ("LinkedIn", "SUFFERED", "LinkedIn data breach")),
    ("Megvii makes cameras. The company is backed by the e-commerce giant Alibaba.",
     ("Alibaba", "INVESTED_IN", "Megvii"), ("Megvii", "INVESTED_IN", "Alibaba")),
    ("Magnet Forensics was a leading bidder to buy Grayshift last year.",
     ("", "", ""), ("Magnet Forensics", "ACQUIRED", "Grayshift")),
    # letters a deed would type as a firm are the initials of the agency named before
    ("The Metropolitan Police Department in Washington used the tool. MPD purchased seven "
     "Dataminr licenses.", ("Dataminr", "CONTRACTS_WITH", "Metropolitan Police Department"),
     None),
    # "the police department" is a police force, not the last agency named
    ("The Metropolitan Police Department used Dataminr. The money came from the Homeland "
     "Security Grant Program. In 2020, the police department renewed its partnership with "
     "Dataminr.", ("Metropolitan Police Department", "PARTNERS_WITH", "Dataminr"),
     ("Homeland Security", "PARTNERS_WITH", "Dataminr")),
    # session 5: phrasings from the blind sets AG, AH, AI and AJ
    ("Thoma Bravo owns Grayshift LLC of Atlanta, which Thoma Bravo bought in 2022.",
     ("Thoma Bravo", "ACQUIRED", "Grayshift LLC"), None),
    ("LinkedIn grew fast. Microsoft bought the social network for $26.2 billion in 2016.",
     ("Microsoft", "ACQUIRED", "LinkedIn"), None),
    ("Anne Lee, a partner at Andreessen Horowitz, a Flock Safety investor, spoke.",
     ("Andreessen Horowitz", "INVESTED_IN", "Flock Safety"), None),
    ("Twitter partner Dataminr sent the alerts.",
     ("Dataminr", "PARTNERS_WITH", "Twitter"), None),
    ("Dataminr, which is an official partner of the social media website Twitter, sells "
     "alerts.", ("Dataminr", "PARTNERS_WITH", "Twitter"), None),
    ("The U.S. Marshals Service received regular alerts from Dataminr.",
     ("U.S. Marshals Service", "USES", "Dataminr"), None),
    ("Officers check their Axon body-worn cameras daily.",
     ("Axon", "DEVELOPS", "body-worn camera"), None),
    ("Palantir sells analysis to clients — including the FBI and the CIA.",
     ("Palantir", "CONTRACTS_WITH", "CIA"), None),
    ("Zhenhua Data is based in the Chinese capital of Beijing.",
     ("Zhenhua Data", "LOCATED_IN", "Beijing"), None),
    ("In 2024, Paragon Solutions was acquired for $900m [€772m] by the American investment "
     "company AE Industrial Partners.",
     ("AE Industrial Partners", "ACQUIRED", "Paragon Solutions"), None),
    ("Meta abandoned a similar lawsuit it filed against Bright Data in February.",
     ("Meta", "SUED", "Bright Data"), None),
    ("The ICO fined Clearview AI. It has ordered the firm to stop collecting data.",
     ("ICO", "BANNED", "Clearview AI"), None),
    ("A hacker has broken into the servers of Securus.",
     ("Securus", "SUFFERED", "Securus data breach"), None),
    ("Silver Lake is the largest shareholder in Thales.",
     ("Silver Lake", "INVESTED_IN", "Thales"), None),
    ("Silver Lake is Gemalto's second-biggest shareholder.",
     ("Silver Lake", "INVESTED_IN", "Gemalto"), None),
    # the subject of "is one of its customers" is not its own customer
    ("Megvii sells cameras. The Chinese government is one of its key customers.",
     ("Megvii", "CONTRACTS_WITH", "Chinese government"), None),
    ("The European Investment Fund backed the spyware firm Paragon Solutions in 2020.",
     ("European Investment Fund", "INVESTED_IN", "Paragon Solutions"), None),
    ("Integrity Fund was in talks to buy NSO Group at a valuation of $1.5 billion.",
     ("", "", ""), ("Integrity Fund", "ACQUIRED", "NSO Group")),
    ("Axon is the same firm being used by the Toronto Police Service for its cameras.",
     ("Toronto Police Service", "USES", "Axon"), None),
    ("Southern Co-operative stores utilise surveillance cameras from Hikvision.",
     ("Southern Co-operative", "USES", "video surveillance"), None),
    # a sentence of many names that ends on an acronym is still a sentence, not a headline
    ("The Marin County Police Department uses Clearview AI.",
     ("Marin County Police Department", "USES", "Clearview AI"), None),
    # two generic words left of a name cut short name no one force
    ("The Kaua‘i Police Department uses drones.",
     ("", "", ""), ("Police Department", "USES", "drone")),
    # a regional title is a post in the firm, not its head; a place may open the title
    ("\"It works,\" said DJI's North American director, Michael Perry.",
     ("Michael Perry", "WORKS_FOR", "DJI"), ("Michael Perry", "LEADS", "DJI")),
    ("BriefCam Europe Sales Director Florian Leibovici said so.",
     ("Florian Leibovici", "WORKS_FOR", "BriefCam"), None),
    ("Grindr LLC was fined. Its spokesman in Norway, Bjoern Johansen, said no.",
     ("Bjoern Johansen", "WORKS_FOR", "Grindr LLC"), None),
    ("Microsoft's Brad Smith said the deal was fair.",
     ("Brad Smith", "WORKS_FOR", "Microsoft"), None),
    ("Dataminr provides tools to mine data from platforms such as Twitter.",
     ("Dataminr", "SCRAPED", "Twitter"), None),
    ("Clearview AI takes publicly posted pictures from Facebook, Instagram and other sources.",
     ("Clearview AI", "SCRAPED", "Instagram"), None),
    ("Babel Street's crawlers trawl 40 online sources, scooping up data from popular sites "
     "such as Instagram.", ("Babel Street", "SCRAPED", "Instagram"), None),
    ("Clearview AI took over the account and posted on Facebook.",
     ("", "", ""), ("Clearview AI", "SCRAPED", "Facebook")),
    # investors listed before "were among the investors" or "also participated"
    ("SenseTime raised $620 million on Wednesday, SenseTime said. SenseTime makes cameras. "
     "Tiger Capital and Qualcomm Ventures also participated.",
     ("Qualcomm Ventures", "INVESTED_IN", "SenseTime"), None),
    ("SenseTime raised $620 million on Wednesday, SenseTime said. SenseTime makes cameras. "
     "Silver Lake Partners was among the investors in the financing.",
     ("Silver Lake Partners", "INVESTED_IN", "SenseTime"), None),
    ("A Cambridge-based start-up, Suspect Technologies, is backed by billionaire Mark Cuban.",
     ("Mark Cuban", "INVESTED_IN", "Suspect Technologies"), None),
    # what "despite" introduces is a fact whatever the clause before it denies
    ("Venntel's business hasn't slowed despite being investigated by Congress.",
     ("Congress", "INVESTIGATED", "Venntel"), None),
    ("The OAIC said it had opened investigations into the practices of Bunnings Group "
     "Limited and Kmart Australia Limited.",
     ("OAIC", "INVESTIGATED", "Kmart Australia Limited"), None),
    ("The Russian Direct Investment Fund has teamed up with its Emirati peer Mubadala "
     "Capital.", ("Russian Direct Investment Fund", "PARTNERS_WITH", "Mubadala Capital"), None),
    ("The report was a collaboration between the Brennan Center for Justice at NYU Law and "
     "the Electronic Frontier Foundation.",
     ("Brennan Center for Justice", "PARTNERS_WITH", "Electronic Frontier Foundation"), None),
    # precision: what the blind sets showed the extractor asserting wrongly
    ("Bunnings sells hardware. It said it was disappointed by how it's using facial "
     "recognition.", ("", "", ""), ("Bunnings", "DEVELOPS", "facial recognition")),
    ("Apple and Google will ban location data broker X-Mode from their platforms.",
     ("Google", "BANNED", "X-Mode"), ("Google", "BANNED", "location data")),
    ("Privacy Commissioner Daniel Therrien tabled a report to Parliament after investigating "
     "Clearview AI.", ("", "", ""), ("Parliament", "INVESTIGATED", "Clearview AI")),
    ("Marin County Deputy Counsel Kerry Gerchow said the FBI asked.",
     ("", "", ""), ("Counsel Kerry Gerchow", "WORKS_FOR", "FBI")),
    ("A U.S. government contractor called Anomaly Six used its SDK.",
     ("", "", ""), ("Anomaly Six", "LOCATED_IN", "United States")),
    ("The findings were published by The Guardian, the Israeli publication +972 Magazine, "
     "and Local Call.", ("", "", ""), ("The Guardian", "LOCATED_IN", "Israel")),
    ("\"Tim Hortons crossed the line,\" said Canadian Privacy Commissioner Daniel Therrien.",
     ("Daniel Therrien", "LEADS", "Canadian Privacy Commissioner"), None),
    # session 5: from the blind sets AK, AL, AM and AN
    ("The county will buy the cameras from Axon Enterprise, Inc., an Arizona-based company.",
     ("Axon Enterprise, Inc.", "LOCATED_IN", "Arizona"), ("Inc.", "LOCATED_IN", "Arizona")),
    ("China National Electronics Import and Export Corporation (CEIEC), a subsidiary of the "
     "state-owned China Electronics Corporation (CEC), built the system.",
     ("China National Electronics Import and Export Corporation", "SUBSIDIARY_OF",
      "China Electronics Corporation"), None),
    ("Elbit Systems of America was selected by U.S. Customs and Border Protection to build "
     "towers.", ("Elbit Systems of America", "CONTRACTS_WITH",
                 "U.S. Customs and Border Protection"), None),
    ("Anduril was chosen by the Home Office to supply towers.",
     ("Anduril", "CONTRACTS_WITH", "Home Office"), None),
    ("Paul Hollingshead, Anduril's head of Europe and Africa, said so.",
     ("Paul Hollingshead", "WORKS_FOR", "Anduril"), ("Paul Hollingshead", "LEADS", "Anduril")),
    ("\"It works,\" said Jacinta Gonzalez, field director and senior campaigner for Mijente.",
     ("Jacinta Gonzalez", "WORKS_FOR", "Mijente"), ("Jacinta Gonzalez", "LEADS", "Mijente")),
    ("\"It works,\" said John Davisson, senior counsel for the Electronic Privacy Information "
     "Center.", ("John Davisson", "WORKS_FOR", "Electronic Privacy Information Center"),
     ("John Davisson", "REPRESENTS", "Electronic Privacy Information Center")),
    ("Hacking Team's export licence was revoked by the Italian government.",
     ("", "", ""), ("Hacking Team", "CONTRACTS_WITH", "Italian government")),
    ("In January, Toronto police told CBC News they used facial recognition.",
     ("", "", ""), ("CBC News", "USES", "facial recognition")),
    ("The documents were obtained by the Legal Aid Society and journalist Rachel Richards.",
     ("", "", ""), ("Rachel Richards", "WORKS_FOR", "Legal Aid Society")),
    ("CBP is expected to deploy Anduril towers in South Texas.",
     ("", "", ""), ("CBP", "USES", "Anduril")),
    ("New Jersey Attorney General Gurbir Grewal barred police statewide from using a facial "
     "recognition app from a company called Clearview AI.",
     ("New Jersey Attorney General", "BANNED", "Clearview AI"), None),
    ("Idemia is a multinational technology company from France.",
     ("Idemia", "LOCATED_IN", "France"), None),
    ("The Los Angeles Police Department said the agency's agreement with software company "
     "FaceFirst will not be renewed.",
     ("FaceFirst", "CONTRACTS_WITH", "Los Angeles Police Department"), None),
    ("Elbit Systems of America, the American subsidiary of Israeli defense company Elbit "
     "Systems, built towers.", ("Elbit Systems of America", "SUBSIDIARY_OF", "Elbit Systems"),
     None),
    ("Axon won a contract together with its consortium partners IBM and Motorola Solutions.",
     ("Axon", "PARTNERS_WITH", "Motorola Solutions"), None),
    ("The UK Home Office is working with US defence start-up Anduril Industries.",
     ("Anduril Industries", "CONTRACTS_WITH", "UK Home Office"), None),
    ("US defence start-up Anduril Industries builds towers.",
     ("Anduril Industries", "LOCATED_IN", "US"), None),
    ("Anduril was established in 2017 by Palmer Luckey.",
     ("Palmer Luckey", "FOUNDED", "Anduril"), None),
    ("Alphabet, the parent company of search giant Google, said so.",
     ("Google", "SUBSIDIARY_OF", "Alphabet"), None),
    # a name ending in s takes a bare apostrophe
    ("A contract went to Thomson Reuters' subsidiary Thomson Reuters Special Services.",
     ("Thomson Reuters Special Services", "SUBSIDIARY_OF", "Thomson Reuters"), None),
    ("The City and County of Denver signed a contract with Flock Safety.",
     ("Flock Safety", "CONTRACTS_WITH", "City and County of Denver"), None),
    # members named by their body's plural title work for the one such body of the article
    ("The Minneapolis City Council met. Amid pushback from Council Members Robin Wonsley and "
     "Jeremiah Ellison, police agreed.",
     ("Jeremiah Ellison", "WORKS_FOR", "Minneapolis City Council"), None),
    ("The Racine County Board voted. Supervisors Nick Demske and Fabi Maldonado voted no.",
     ("Nick Demske", "WORKS_FOR", "Racine County Board"), None),
    ("Boulder County Sheriff's Office Sergeant Jeff Pelletier said so.",
     ("Jeff Pelletier", "WORKS_FOR", "Boulder County Sheriff's Office"),
     ("Jeff Pelletier", "LEADS", "Boulder County Sheriff's Office")),
    ("The Dayton Police Department launched a ShotSpotter system in late 2019.",
     ("Dayton Police Department", "USES", "ShotSpotter"), None),
    ("China is home to a number of leading AI companies, including SenseTime Group and Megvii.",
     ("Megvii", "LOCATED_IN", "China"), None),
    ("ZTE Corp sealed a nearly $30 million surveillance contract with the Jujuy Police "
     "Department in March.", ("ZTE", "CONTRACTS_WITH", "Jujuy Police Department"), None),
    ("Idemia was blacklisted. The Independent Electoral and Boundaries Commission (IEBC) "
     "sued Idemia.", ("Independent Electoral and Boundaries Commission", "SUED", "Idemia"), None),
    ("The police department asked the Arizona Department of Emergency and Military Affairs "
     "to pay.", ("Arizona Department of Emergency and Military Affairs", "LOCATED_IN",
                 "Arizona"), None),
    ("Amazon Web Services counts the CIA and Defense Department as customers.",
     ("Amazon Web Services", "CONTRACTS_WITH", "Defense Department"), None),
    # what a body "has been exposed" as is made known; its data exposed was breached
    ("The Independent Electoral and Boundaries Commission has been exposed.",
     ("", "", ""), ("Independent Electoral and Boundaries Commission", "SUFFERED",
                    "Independent Electoral and Boundaries Commission data breach")),
    ("In Warren County, every district except the Mason City Schools is using Social "
     "Sentinel.", ("", "", ""), ("Mason City Schools", "USES", "Social Sentinel")),
    ("The Lakeland, Florida police department is required to promote Ring products.",
     ("Lakeland Police Department", "LOCATED_IN", "Lakeland"), None),
    ("A software company sold a New Jersey police department an algorithm.",
     ("", "", ""), ("New Jersey police department", "LOCATED_IN", "New Jersey")),
    ("Body cams helped convict a Danville police deputy Andrew Hall.",
     ("Andrew Hall", "WORKS_FOR", "Danville police"), None),
    ("Fog Data Science was developed by two former Department of Homeland Security officials "
     "under former President George W. Bush.",
     ("", "", ""), ("George W. Bush", "WORKS_FOR", "Department of Homeland Security")),
    ("Clearview AI is suing online proctoring company Proctorio.",
     ("Clearview AI", "SUED", "Proctorio"), None),
    ("A Miami University student named Erik Johnson is suing Proctorio.",
     ("", "", ""), ("Miami University", "SUED", "Proctorio")),
    ("Palantir, headquartered near Denver, sells software.",
     ("Palantir", "LOCATED_IN", "Denver"), None),
    ("Palantir builds tools. The IRS was using the private company's system.",
     ("IRS", "USES", "Palantir"), None),
    ("The Santa Fe Independent School District met. The school district originally purchased "
     "cameras from Axon.", ("Axon", "CONTRACTS_WITH", "Santa Fe Independent School District"),
     None),
    # words before a title never reach back over a clause to a pronoun's owner
    ("Huawei was listed. It signals no let-up in US President Donald Trump's stance.",
     ("", "", ""), ("Donald Trump", "LEADS", "Huawei")),
    # a software firm in apposition is a firm, not its software
    ("Vexa Labs, a Denver-based security software company that resells drones, signed on.",
     ("Vexa Labs", "LOCATED_IN", "Denver"), None),
    # only a business is said to have headquarters
    ("Brightwatch, headquartered near Boston, makes camera software.",
     ("Brightwatch", "LOCATED_IN", "Boston"), None),
    ("The Ohio Department of Education recently awarded a $2 million contract to Corvel "
     "Systems, a Columbus-based vendor.",
     ("Corvel Systems", "CONTRACTS_WITH", "Ohio Department of Education"), None),
    # the owner's firm named after its description
    ("Google's smart home company Nest shares footage with police.",
     ("Nest", "SUBSIDIARY_OF", "Google"), None),
    ("Microsoft's parent company Contoso Holdings said so.",
     ("", "", ""), ("Contoso Holdings", "SUBSIDIARY_OF", "Microsoft")),
    # a country's firm, a comma, then the one name it introduces
    ("The police used a tool built by Israeli firm, Cellebrite, to open the phone.",
     ("Cellebrite", "LOCATED_IN", "Israel"), None),
    ("Among them are Intellexa S.A., a Greek company, Cytrox AD, which is based in Skopje.",
     ("", "", ""), ("Cytrox AD", "LOCATED_IN", "Greece")),
    # governments: a country's listed governments, the South Sudanese one, the U.S. one acting
    ("Pegasus clients reportedly include the governments of Bahrain, Kazakhstan and Mexico, "
     "Citizen Lab says. NSO's customers include the governments of Rwanda and Togo.",
     ("NSO", "CONTRACTS_WITH", "government of Togo"), None),
    ("Verint Systems supplied interception kit to the South Sudanese government in 2016.",
     ("Verint Systems", "CONTRACTS_WITH", "South Sudanese government"), None),
    ("The U.S. government banned Dahua's cameras in 2022.",
     ("U.S. government", "BANNED", "Dahua"), None),
    # a technology's pioneer; the sales wing of a firm set off by dashes
    ("Spyware pioneer Candiru declined to comment.", ("Candiru", "DEVELOPS", "spyware"), None),
    ("The pitch came from Orbis Labs – the US sales wing of the Israeli NSO Group – last year.",
     ("Orbis Labs", "SUBSIDIARY_OF", "NSO Group"), None),
    # a people's adjective before a known name is a place, not part of the name
    ("The tool is produced by the Israeli NSO Group cyber company.",
     ("NSO Group", "LOCATED_IN", "Israel"), None),
    ("The grant came from the Wisconsin Department of Justice.",
     ("Wisconsin Department of Justice", "LOCATED_IN", "Wisconsin"), None),
    ("The story ran in Polish daily Gazeta Wyborcza.",
     ("Gazeta Wyborcza", "LOCATED_IN", "Poland"), None),
    ("Ukrainian police were invoiced by Cellebrite for $90,000.",
     ("Cellebrite", "CONTRACTS_WITH", "Ukrainian police"), None),
    ("Cellebrite is in trouble. The firm faces lawsuits against it from Signal and Apple.",
     ("Apple", "SUED", "Cellebrite"), None),
    ("Babel Street, a Virginia firm that quietly sells data to the Secret Service, said no.",
     ("Babel Street", "CONTRACTS_WITH", "Secret Service"), None),
    ("Deputies licensed a tool called Tangles from Texas firm PenLink.",
     ("Penlink", "DEVELOPS", "Tangles"), None),
    ("NSO's drone company Convexum was sold in 2020.",
     ("Convexum", "SUBSIDIARY_OF", "NSO"), None),
    # trials begun; a dash set close; the company known for its product; how it describes itself
    ("Leeds police began drone trials in 2019.", ("Leeds police", "USES", "drone"), None),
    ("Motorola—the radio company known for making the APX radio—announced a partnership with "
     "Flock Safety.", ("Motorola", "PARTNERS_WITH", "Flock Safety"), None),
    ("Axon—the police supplier best known for making the Taser—said it would grow.",
     ("Axon", "DEVELOPS", "Taser"), None),
    ("Dahua describes itself as \"a leading video surveillance solutions provider.\"",
     ("Dahua", "DEVELOPS", "video surveillance"), None),
    ("Investigators found surveillance cameras made by Hikvision and Uniview at the sites.",
     ("Uniview", "DEVELOPS", "video surveillance"), None),
    ("The City of Oakland defended its continued use of drones.",
     ("City of Oakland", "USES", "drone"), None),
    # "the city" acting, in an article about one city's council or government
    ("The Marietta City Council approved the deal on Monday. The city signed a three-year "
     "contract with Flock Safety in 2022.", ("Flock Safety", "CONTRACTS_WITH", "City of Marietta"),
     None),
    ("The city of Oakland renewed its contract. Critics object to the city's use of Clearview AI.",
     ("City of Oakland", "USES", "Clearview AI"), None),
    # not a place in the city, and not with two cities named
    ("The Marietta City Council and the Smyrna City Council met. The city signed a contract with "
     "Flock Safety.", ("", "", ""), ("Flock Safety", "CONTRACTS_WITH", "City of Marietta")),
    # a name the sentence says is a firm, even past an "also known as" clause
    ("Glintwave, also known as Beijing Glintwave Vision Technology Co., is a facial "
     "recognition company with ties to the police.",
     ("Glintwave", "DEVELOPS", "facial recognition"), None),
    # a city's police named the other way round, but not a nation's or a list's
    ("Police in Scottsdale began drone trials in 2023.",
     ("Scottsdale Police Department", "USES", "drone"), None),
    ("Police in Toronto began body camera trials in 2016.",
     ("Toronto Police Service", "USES", "body-worn camera"), None),
    ("Police in Canada used Clearview AI.",
     ("", "", ""), ("Canada police", "USES", "Clearview AI")),
    ("The tool was licensed by police in Ottawa, Toronto and Montreal.",
     ("", "", ""), ("Ottawa Police Department", "LOCATED_IN", "Ottawa")),
    # a ministry's minister works for it; a lawsuit of the one who brought it
    ("Home Office minister Chris Philp defended the vans.",
     ("Chris Philp", "WORKS_FOR", "Home Office"), None),
    ("Apple asked the court to drop its two-year-old lawsuit against spyware maker Paragon.",
     ("Apple", "SUED", "Paragon"), None),
    ("The suit against NSO filed by Meta's WhatsApp is still pending.",
     ("WhatsApp", "SUED", "NSO"), None),
    ("Jane Roe, a researcher at the Citizen Lab and the University of Toronto, said so.",
     ("Jane Roe", "WORKS_FOR", "University of Toronto"), None),
    # a prime minister's title names no organisation
    ("Kosa, an ally of Prime Minister Viktor Orban's party, spoke.",
     ("", "", ""), ("Viktor Orban", "WORKS_FOR", "Prime")),
    # a title's reach stops at a relative clause
    ("Jan Novak, the minister for digital affairs, whose signature sealed a deal with the US "
     "company Palantir, said so.", ("", "", ""), ("Jan Novak", "WORKS_FOR", "Palantir")),
    # a place that opens a firm's name is no place ("Cambridge Analytica"), a demonym still is
    ("Cambridge Analytica's parent company SCL Elections was fined.",
     ("", "", ""), ("SCL Elections", "LOCATED_IN", "Cambridge")),
    ("Prosecutors are investigating French IT company Atos.", ("Atos", "LOCATED_IN", "France"),
     None),
    # an officer's title naming a product is still a title; O'Neill is one surname
    ("Jane Roe, Ticketmaster's chief product officer, told reporters so.",
     ("Jane Roe", "WORKS_FOR", "Ticketmaster"), ("Ticketmaster", "DEVELOPS", "Jane Roe")),
    ("NYPD Commissioner James O'Neill said drones would fly.",
     ("James O'Neill", "LEADS", "NYPD"), ("James O", "LEADS", "NYPD")),
    # the arm named after its owner is the investor; a verb that opens a sentence is no name
    ("Palantir is secretive. It received investment from the CIA's venture capital arm, "
     "In-Q-Tel.", ("In-Q-Tel", "INVESTED_IN", "Palantir"), ("CIA", "INVESTED_IN", "Palantir")),
    # British spelling of a known name
    ("The US defence department said on Wednesday that it banned DJI drones.",
     ("US defence department", "BANNED", "DJI"), None),
    # a company uses a system from a vendor; contracts awarded to listed companies
    ("Kroger first used a facial recognition system from FaceFirst in 2014.",
     ("Kroger", "USES", "FaceFirst"), None),
    ("The border agency, Frontex, awarded contracts for sea surveillance by drone to the "
     "companies Airbus and Elbit.", ("Elbit", "CONTRACTS_WITH", "Frontex"), None),
    ("The U.S. Navy has ordered sailors to cease the use of DJI drones.",
     ("U.S. Navy", "BANNED", "DJI"), None),
    ("Axon bought Dedrone. The company will continue to operate as a wholly owned subsidiary of "
     "Axon.", ("Dedrone", "SUBSIDIARY_OF", "Axon"), None),
    ("The FTC joined two states in suing Acme Labs over its data.",
     ("FTC", "SUED", "Acme Labs"), None),
    ("Regulators are suing Acme Labs and its parent Vexa Holdings.",
     ("Acme Labs", "SUBSIDIARY_OF", "Vexa Holdings"), None),
    # a country acting as its government; attorneys general of listed states
    ("China has sanctioned Skydio, the largest U.S. drone maker.",
     ("Chinese government", "SANCTIONED", "Skydio"), None),
    ("Ecuador hired ZTE to build the camera network.",
     ("ZTE", "CONTRACTS_WITH", "Ecuadorian government"), None),
    ("Companies in China banned Huawei phones.",
     ("", "", ""), ("Chinese government", "BANNED", "Huawei")),
    ("Attorneys general in Ohio and Texas sued Acme Labs on Monday.",
     ("Texas Attorney General", "SUED", "Acme Labs"), None),
    # headquarters stated with a verb; "in conjunction with"; an investigation's finding; a
    # product "of" its maker
    ("Bolt's European headquarters is in Estonia.", ("Bolt", "LOCATED_IN", "Estonia"), None),
    ("The CNIL said it had worked in conjunction with the Dutch Data Protection Authority.",
     ("CNIL", "PARTNERS_WITH", "Dutch Data Protection Authority"), None),
    ("An ICO investigation found that Snap had breached UK law.",
     ("ICO", "INVESTIGATED", "Snap"), None),
    ("Police use the Gotham software of the US company Palantir.",
     ("Palantir", "DEVELOPS", "Gotham"), None),
    # a police force written in the plural; an agency's own system
    ("In March, Dallas police told reporters they used facial recognition, but denied using "
     "Clearview AI.", ("Dallas Police Department", "USES", "facial recognition"),
     ("Dallas Police Department", "USES", "Clearview AI")),
    ("Fresno police share data from their automated license plate readers.",
     ("Fresno Police Department", "USES", "automated license plate reader"), None),
    ("ShotSpotter, the NYPD's highly touted gunfire location system, missed shots.",
     ("NYPD", "USES", "gunshot detection"), None),
    ("Detroit police run their searches on software supplied by DataWorks Plus.",
     ("DataWorks Plus", "CONTRACTS_WITH", "Detroit police"), None),
    ("The FTC's facial recognition ban covers Rite Aid.",
     ("", "", ""), ("FTC", "USES", "facial recognition")),
    ("Mayor Jane Roe said they bought drones for the city.",
     ("", "", ""), ("Jane Roe", "USES", "drone")),
    # the maker after its description; leaders in a technology
    ("He was infected with Hermit, developed by Italian surveillance technology firm RCS Lab.",
     ("RCS Lab", "DEVELOPS", "Hermit"), None),
    ("Investors backed leaders in facial recognition technology Megvii and SenseTime.",
     ("Megvii", "DEVELOPS", "facial recognition"), None),
    ("The MobileSpy app comes from a company called Retina-X Studios.",
     ("Retina-X Studios", "DEVELOPS", "MobileSpy"), None),
    # a country's military named by its people's adjective, not as a modifier
    ("Skydio sold drones to the Ukrainian military in 2022.",
     ("Skydio", "CONTRACTS_WITH", "Ukrainian military"), None),
    ("The Pentagon had listed DJI as a Chinese military company.",
     ("", "", ""), ("Chinese military", "LOCATED_IN", "China")),
    ("Pegasus was used by an elite Israeli military intelligence unit.",
     ("", "", ""), ("Israeli military", "USES", "Pegasus")),
    # "the district" is a district, never another agency named before it
    ("He had spent years in the Secret Service. The district uses an app called P3 Campus.",
     ("", "", ""), ("Secret Service", "USES", "P3 Campus")),
    ("The Utica City School District board met. The district uses an app called P3 Campus.",
     ("Utica City School District", "USES", "P3 Campus"), None),
    # a title's reach stops at a verb of saying
    ("Jane Roe, a business consultant in Harare, told the Times that demand is growing.",
     ("", "", ""), ("Jane Roe", "WORKS_FOR", "Times")),
    # what an official does in office, the office does; a list stops before a possessive
    ("Ohio Attorney General Dave Yost sued Meta, Instagram's parent company, on Monday.",
     ("Ohio Attorney General", "SUED", "Meta"), ("Dave Yost", "SUED", "Instagram")),
    ("Idemia just scored a new contract with the FBI.", ("Idemia", "CONTRACTS_WITH", "FBI"), None),
    # a firm introduced by where it is based; "X Group" is a firm, unless it campaigns or studies
    ("Commissioners approved a contract with Alpharetta-based Talitrix.",
     ("Talitrix", "LOCATED_IN", "Alpharetta"), None),
    ("Geo Group, whose subsidiary BI Inc. runs the program, declined to comment.",
     ("BI Inc.", "SUBSIDIARY_OF", "Geo Group"), None),
    ("Netsweeper is a small Canadian company.", ("Netsweeper", "LOCATED_IN", "Canada"), None),
    ("Russia's main intelligence service, the FSB, uses SORM.",
     ("FSB", "LOCATED_IN", "Russia"), None),
    ("LEO Technologies, which uses Amazon speech-to-text software, said so.",
     ("LEO Technologies", "USES", "Amazon"), None),
    # a firm "which specialises" in a technology; unmanned aircraft are drones; a company's use
    ("Tekever, a Portuguese defence company which specialises in unmanned aircraft systems, won.",
     ("Tekever", "DEVELOPS", "drone"), None),
    ("Rite Aid, which runs 200 stores in Ohio, used facial recognition technology to catch "
     "shoplifters.", ("Rite Aid", "USES", "facial recognition"), None),
    ("Clearview used facial recognition research to build its product.",
     ("", "", ""), ("Clearview", "USES", "facial recognition")),
    # what a body acts on is what the sentence before was about
    ("Glintwave is a facial recognition company with funding from Sequoia Capital. Today the "
     "Commerce Department added it to its Entity List.",
     ("Commerce Department", "BANNED", "Glintwave"),
     ("Commerce Department", "BANNED", "Sequoia Capital")),
    # "the university" is the university named before, only that
    ("Flock Safety threatened the University of Toronto. Flock Safety sued the university for "
     "defamation.", ("Flock Safety", "SUED", "University of Toronto"), None),
    ("The ACLU criticized Flock Safety. Flock Safety sued the university for defamation.",
     ("", "", ""), ("Flock Safety", "SUED", "ACLU")),
    # a platform described, then used by agencies
    ("ICE pays for Zignal Labs, a social media monitoring platform used by the FBI and the "
     "Pentagon.", ("FBI", "USES", "Zignal Labs"), None),
    # a sentence opening on the kind of firm before an officer's title speaks of the firm
    ("Philadelphia-based Ghost Robotics builds robot dogs. Company CEO Gavin Kenneally spoke "
     "to lawmakers.", ("Gavin Kenneally", "LEADS", "Ghost Robotics"),
     ("Gavin Kenneally", "LEADS", "Company")),
    # the members of a named kind without "like"; a consortium's members are partners
    ("A consortium consisting of the two French companies IDEMIA and Sopra Steria won it.",
     ("Sopra Steria", "LOCATED_IN", "France"), None),
    ("A consortium consisting of the two French companies IDEMIA and Sopra Steria won it.",
     ("Idemia", "PARTNERS_WITH", "Sopra Steria"), None),
    ("CBP hired the firms as part of a joint initiative by the Greater Orlando Aviation "
     "Authority (GOAA), British Airways, and CBP.",
     ("Greater Orlando Aviation Authority", "PARTNERS_WITH", "British Airways"), None),
    # "in partnership with" set off by commas; "Vexlor" short for "Vexlor Intermediate
    # Holdings"
    ("The agency hired Virginia-based Vexlor Intermediate Holdings. Vexlor, in partnership "
     "with West Virginia University, will build the tool.",
     ("Vexlor Intermediate Holdings", "PARTNERS_WITH", "West Virginia University"), None),
    # a person's apposition may speak of the firm: "X, the company's vice president"
    ("Elbit Systems makes towers. They are not a wall, said Bob Edmonds, the company’s vice "
     "president of marketing.", ("Bob Edmonds", "WORKS_FOR", "Elbit Systems"), None),
    # a firm's regional arm named by the region ("Elbit America")
    ("Elbit America was selected by U.S. Customs and Border Protection for a project.",
     ("Elbit America", "CONTRACTS_WITH", "U.S. Customs and Border Protection"), None),
    # a market the officer's post serves is no employer
    ("“It works,” said Gordon Kesting, vice president for Homeland Security at Elbit Systems.",
     ("Gordon Kesting", "WORKS_FOR", "Elbit Systems"),
     ("Gordon Kesting", "WORKS_FOR", "Homeland Security")),
    # a firm named after a person is the firm ("Nelson Management"), and its founder leads it
    ("Nelson Management owns flats in Brooklyn. “It is safe,” Robert Nelson, the company’s "
     "founder and president, said.", ("Robert Nelson", "FOUNDED", "Nelson Management"), None),
    # the head of a function is no leader of the firm, even over a masked technology
    ("“Work together,” said Vyacheslav Zakorzhevsky, the head of anti-malware research at "
     "Kaspersky.", ("Vyacheslav Zakorzhevsky", "WORKS_FOR", "Kaspersky"),
     ("Vyacheslav Zakorzhevsky", "LEADS", "Kaspersky")),
    # a gap ends between words: the "ban" of "urban" bans nothing
    ("Sidewalk Labs builds cities. But the company, which is owned by Google's parent company "
     "Alphabet and bills itself as an \"urban innovation organization,\" offered little on "
     "what it has planned.",
     ("Sidewalk Labs", "SUBSIDIARY_OF", "Alphabet"), ("Alphabet", "BANNED", "Sidewalk Labs")),
    # "owned by Google's parent company Alphabet": the owner is the parent named last
    ("Sidewalk Labs, which is owned by Google's parent company Alphabet, builds cities.",
     ("Sidewalk Labs", "SUBSIDIARY_OF", "Alphabet"), ("Sidewalk Labs", "SUBSIDIARY_OF", "Google")),
    # a petition filed against a firm in a court is a suit
    ("The Texas Attorney General on Tuesday filed a deceptive trade practices original petition "
     "in Montgomery County against General Motors LLC.",
     ("Texas Attorney General", "SUED", "General Motors"), None),
    # "police" alone, acting, is the one police force the article named before
    ("The Botswana Police Service arrested him. To examine the phone, police used a Universal "
     "Forensic Extraction Device (UFED) sold by Cellebrite.",
     ("Botswana Police Service", "USES", "UFED"), None),
    ("The Chicago Police Department and the Boston Police Department met. To examine the "
     "phone, police used a Universal Forensic Extraction Device (UFED).",
     ("", "", ""), ("Chicago Police Department", "USES", "UFED")),
    ("The Botswana Police Service arrested him. The police union used Cellebrite tools.",
     ("", "", ""), ("Botswana Police Service", "USES", "Cellebrite")),
    # a product from a firm named by where it is based
    ("They used a Forensic Toolkit (FTK) from U.S.-based AccessData.",
     ("AccessData", "DEVELOPS", "FTK"), None),
    # a relative clause between a firm and its passive buyer; a backer after "and"
    ("Paragon, which was founded by former Israeli intelligence officers and backed by "
     "ex-Israeli Prime Minister Ehud Barak, had been acquired by AE Industrial Partners.",
     ("AE Industrial Partners", "ACQUIRED", "Paragon"), None),
    ("Paragon, which was founded by former Israeli intelligence officers and backed by "
     "ex-Israeli Prime Minister Ehud Barak, had been acquired by AE Industrial Partners.",
     ("Ehud Barak", "INVESTED_IN", "Paragon"), None),
    # a firm that helped an agency break into phones: the agency used the firm's tools
    ("The Israeli mobile forensics firm Cellebrite helped the FBI hack into the iPhone.",
     ("FBI", "USES", "Cellebrite"), None),
    # "a list of companies banned in the US": a participle after its noun, no one banning
    ("In 2023, Intellexa was added to a list of companies banned in the United States, "
     "alongside Cytrox.", ("", "", ""), ("Intellexa", "BANNED", "Cytrox")),
    # a firm's title after the name, no organisation named: the article's main firm
    ("MSAB sells tools. MSAB is Swedish. MSAB stopped. \"We stopped,\" said Mike Dickinson, "
     "deputy executive officer.", ("Mike Dickinson", "WORKS_FOR", "MSAB"),
     ("Mike Dickinson", "LEADS", "MSAB")),
    ("Clearview sells tools. Clearview is big. Clearview grew. \"We grew,\" said Hal Lambert, "
     "who is chief executive.", ("Hal Lambert", "LEADS", "Clearview"), None),
    # a founding date with an aside before the founder
    ("Acme Corp runs kiosks. The company was founded in 2003, in the wake of Sept. 11, by "
     "journalist and CourtTV founder Steven Brill.", ("Steven Brill", "FOUNDED", "Acme Corp"),
     None),
    # "a device called X that the company produces"
    ("Elbit Systems of America showed off a device called Integrated Fixed Towers that the "
     "company produces for the U.S. government.",
     ("Elbit Systems of America", "DEVELOPS", "Integrated Fixed Towers"), None),
    # working with an agency to supply it is selling to it
    ("Philadelphia-based Ghost Robotics is working with the Department of Homeland Security "
     "to provide robotic dogs.",
     ("Ghost Robotics", "CONTRACTS_WITH", "Department of Homeland Security"), None),
    # cooperation between two bodies, or begun with one; never complying with the police
    ("The case study describes cooperation between Huawei and the Serbian Interior Ministry.",
     ("Huawei", "PARTNERS_WITH", "Serbian Interior Ministry"), None),
    ("The Interior Ministry initiated cooperation with Huawei through a project.",
     ("Interior Ministry", "PARTNERS_WITH", "Huawei"), None),
    ("Palantir has insisted that it is cooperating with the New York Police Department's "
     "requests.", ("", "", ""), ("Palantir", "PARTNERS_WITH", "New York Police Department")),
    # a unit, then the body it belongs to: two agencies
    ("The Consumer Protection Division of the Office of Attorney General on Tuesday filed a "
     "petition against General Motors.",
     ("Consumer Protection Division", "SUED", "General Motors"), None),
    ("MSAB would no longer supply solutions to the Cyber Security and Technology Crime Bureau "
     "of the Hong Kong Police Force.", ("Hong Kong Police Force", "LOCATED_IN", "Hong Kong"),
     None),
    # a region after the title: the region's post, not the firm's head
    ("SITA sells gates. “We test,” says Diana Einterz, SITA President, Americas.",
     ("Diana Einterz", "WORKS_FOR", "SITA"), ("Diana Einterz", "LEADS", "SITA")),
    # what is sold "to data brokers" goes to buyers
    ("FTC proposes 5-year ban on GM selling sensitive driver info to data brokers",
     ("", "", ""), ("GM", "DEVELOPS", "data broker")),
    # a post many hold, then its holders listed
    ("Uber sued the city. \"The city is wrong,\" wrote Uber's counsel Roberta A. Kaplan and "
     "Marc S. Williams.", ("Marc S. Williams", "REPRESENTS", "Uber"), None),
    # founded and led, by the same person; "who also established"
    ("DarkMatter was founded and is led by tycoon Faisal Al-Bannai, who also established "
     "Axiom Telecom.", ("Faisal Al-Bannai", "LEADS", "DarkMatter"), None),
    ("DarkMatter was founded and is led by tycoon Faisal Al-Bannai, who also established "
     "Axiom Telecom, one of the Gulf's major mobile phone sellers.",
     ("Faisal Al-Bannai", "FOUNDED", "Axiom Telecom"), None),
    # a country as a buyer is its government; never a people's adjective
    ("In 2017, NSO sold its Pegasus program to Saudi Arabia.",
     ("NSO", "CONTRACTS_WITH", "Saudi government"), None),
    ("In 2016, Twitter barred Dataminr from selling that data to American intelligence "
     "agencies.", ("", "", ""), ("Dataminr", "CONTRACTS_WITH", "American government")),
    # "under FBI investigation"
    ("DarkMatter sells tools. The firm is under FBI investigation for potential cybercrimes.",
     ("FBI", "INVESTIGATED", "DarkMatter"), None),
    # a title after "against" is no post at the body named before it
    ("However, the Paris Court of Appeal dropped the charges against Chairman Olivier Bohbot.",
     ("", "", ""), ("Olivier Bohbot", "LEADS", "Paris Court of Appeal")),
    # a press secretary works for the office, does not lead it
    ("White House press secretary Jen Psaki said so.", ("Jen Psaki", "WORKS_FOR", "White House"),
     ("Jen Psaki", "LEADS", "White House")),
    # a lower-case post, then a hyphenated name "of" an organisation: two names
    ("Senior researcher Ann Kowal-Smith of Citizen Lab said so.",
     ("Ann Kowal-Smith", "WORKS_FOR", "Citizen Lab"), None),
    # a licence to work with a country is a permit, not a purchase
    ("Israel's Defense Ministry also licensed a company called Candiru to work with Saudi "
     "Arabia.", ("", "", ""), ("Candiru", "CONTRACTS_WITH", "Israel Defense Ministry")),
    # "Attorneys for X filed a ... (FOIA) lawsuit against Y": X sued
    ("Attorneys for the Heritage Foundation filed a Freedom of Information Act (FOIA) lawsuit "
     "against the Department of Homeland Security (DHS).",
     ("Heritage Foundation", "SUED", "Department of Homeland Security"), None),
    # a rank after a place's police: that place's force, not the one agency named
    ("After the murder of George Floyd by then-Minneapolis police officer Derek Chauvin, DHS "
     "signed a contract.", ("", "", ""), ("Derek Chauvin", "WORKS_FOR", "DHS")),
    # an agency that spent money on something from a firm contracts with it
    ("The FBI spent $5 million earlier this year to buy 5,000 user permits for Babel X from "
     "Babel Street.", ("Babel Street", "CONTRACTS_WITH", "FBI"), None),
    # where a firm hails from, where it has operations
    ("A company called Babel Street, hailing from Reston, Virginia, sells the tool.",
     ("Babel Street", "LOCATED_IN", "Reston"), None),
    ("Geofeedia cut jobs in Indianapolis, where Geofeedia also has operations.",
     ("Geofeedia", "LOCATED_IN", "Indianapolis"), None),
    # "X are one of many users of Y"
    ("Seattle PD are one of many users of Babel Street software.",
     ("Seattle PD", "USES", "Babel Street"), None),
    # a capitalised title's words before its head belong to the title, not the firm
    ("“It helps,” RealNetworks Chief Technology Officer Reza Rassool said.",
     ("Reza Rassool", "WORKS_FOR", "RealNetworks"), None),
    # a project director works for the organisation
    ("\"It hurts,\" said Shankar Narayan, the technology and liberty project director with the "
     "ACLU of Washington.", ("Shankar Narayan", "WORKS_FOR", "ACLU of Washington"),
     ("Shankar Narayan", "LEADS", "ACLU of Washington")),
    # "a company out of New York"; "created the X" introduces a product
    ("Soter Technologies, a company out of New York, created the Fly Sense Vaping Detector.",
     ("Soter Technologies", "LOCATED_IN", "New York"), None),
    ("Soter Technologies, a company out of New York, created the Fly Sense Vaping Detector.",
     ("Soter Technologies", "DEVELOPS", "Fly Sense Vaping Detector"), None),
    # a court's justice works for the court; a "Justice Information System" is no person
    ("B.C. Supreme Court Justice Christopher Giaschi ruled on Monday.",
     ("Christopher Giaschi", "WORKS_FOR", "B.C. Supreme Court"), None),
    # a firm's chief officer is no rank at the agency named beside
    ("Safe Cities Authority Chief Operating Officer Akbar Nasir Khan and Huawei Pakistan Chief "
     "Executive Officer Meng Xiaojie signed a deal.", ("", "", ""),
     ("Meng Xiaojie", "WORKS_FOR", "Safe Cities Authority")),
    # "X, another French IT company"; "the French website, Disclose,"; "X, Y and Z, which are
    # French companies"; makers listed after their kind ("the arms giants Dassault, Thales")
    ("Amesys, another French IT company, was accused in a separate investigation.",
     ("Amesys", "LOCATED_IN", "France"), None),
    ("The well-known French investigative website, Disclose, revealed it.",
     ("Disclose", "LOCATED_IN", "France"), None),
    ("In 2021, the arms giants Dassault, Thales and Nexa Technology, which are French arms and "
     "spyware companies, sold a mass surveillance system to Egypt.",
     ("Dassault", "LOCATED_IN", "France"), None),
    # partners listed after their kind, each with its country before it
    ("Palantir signed deals. It also partnered with international technology companies such "
     "as Japan’s Softbank Group and China’s Dahua Technology.",
     ("Palantir", "PARTNERS_WITH", "Softbank Group"), ("Palantir", "PARTNERS_WITH", "China")),
    # the one acting in a clause is not the one "the company" it acts on refers to
    ("SafeGraph sells location data. Google banned the company from the Play Store in June.",
     ("Google", "BANNED", "SafeGraph"), None),
    # one test of a people's adjective everywhere: "French" names the French government
    ("Christophe Castaner, a junior minister in the French government, told France 3 so.",
     ("Christophe Castaner", "WORKS_FOR", "French government"), None),
    # a unit's head works for the firm the unit belongs to
    ("I met Giovanni Gaccione, who runs the public safety division of a security technology "
     "company called Genetec.", ("Giovanni Gaccione", "WORKS_FOR", "Genetec"),
     ("Giovanni Gaccione", "LEADS", "Genetec")),
    # a place is described by no firm's apposition: "Headquartered in Montreal, the firm"
    ("Genetec makes software. Headquartered in Montreal, the firm operates four centers.",
     ("Genetec", "LOCATED_IN", "Montreal"), None),
    # businesses among a firm's clients use it
    ("Verkada sells cameras. Verkada’s clients include Juul Labs, Equinox, and Red Lobster.",
     ("Juul Labs", "USES", "Verkada"), None),
    # "a joint X investigation with Y"
    ("It sent warnings, according to a joint IPVM investigation with the Los Angeles Times.",
     ("IPVM", "PARTNERS_WITH", "Los Angeles Times"), None),
    # a month before "city council" names no town
    ("By the time of the June city council meeting, the cameras had notified Flock Safety.",
     ("", "", ""), ("June City Council", "LOCATED_IN", "June")),
    # the whole title before a name "of" a body: "Lt.", "Attorney General"
    ("Lt. Steve Schneider of the Oakland County Sheriff's Office agrees with the plan.",
     ("Steve Schneider", "WORKS_FOR", "Oakland County Sheriff's Office"), None),
    ("Attorney General Letitia James of New York secured a settlement. New York Attorney "
     "General Letitia James obtained $450,000 from three companies.",
     ("Letitia James", "LEADS", "New York Attorney General"),
     ("General Letitia James", "LEADS", "New York Attorney General")),
    # an open question asserts nothing
    ("Harris Corporation sold a stingray to the RCMP. The privacy commissioner will investigate "
     "whether the RCMP is using the stingray.",
     ("Harris Corporation", "CONTRACTS_WITH", "RCMP"), ("RCMP", "USES", "cell-site simulator")),
    # sold to a group of clients described before they are listed
    ("Chainalysis, a blockchain firm, provides its services to an assortment of US government "
     "entities, including the FBI and the Drug Enforcement Administration (DEA).",
     ("Chainalysis", "CONTRACTS_WITH", "Drug Enforcement Administration"), None),
    ("Based in London, Elliptic sells blockchain analytics tools to some of the world's largest "
     "cryptocurrency platforms — including Binance and Kraken.",
     ("Binance", "USES", "Elliptic"), None),
    # a common misspelling of a known agency's name (kept as written; the known name is an alias)
    ("Coinbase has signed a contract with U.S. Immigrations and Customs Enforcement.",
     ("Coinbase", "CONTRACTS_WITH", "U.S. Immigrations and Customs Enforcement"), None),
    # "Equipment" ends a firm's name, as "Systems" does
    ("In Milwaukee, police settled on a simulator sold by Tactical Support Equipment.",
     ("", "", ""), ("Tactical Support Equipment", "WORKS_FOR", "Milwaukee Police Department")),
    # "R&D" is no name
    ("Ring allowed its Ukraine-based R&D team access to a folder of videos.",
     ("", "", ""), ("R", "LOCATED_IN", "Ukraine")),
    # a function's director works for the body; a chapter is where its name says
    ("Shelli Weisberg, political director at the ACLU of Michigan, believes it.",
     ("Shelli Weisberg", "WORKS_FOR", "ACLU of Michigan"),
     ("Shelli Weisberg", "LEADS", "ACLU of Michigan")),
    ("Shelli Weisberg, political director at the ACLU of Michigan, believes it.",
     ("ACLU of Michigan", "LOCATED_IN", "Michigan"), None),
    ("Researchers at the University of Toronto's Citizen Lab found the spyware.",
     ("", "", ""), ("University of Toronto", "LOCATED_IN", "Toronto")),
    # the members of a kind of investor; a bank named by its kind
    ("Chainalysis has received funding from investors including GIC and Blackstone Inc.",
     ("GIC", "INVESTED_IN", "Chainalysis"), None),
    ("Elliptic also counts Spanish bank Santander as an investor.",
     ("Santander", "INVESTED_IN", "Elliptic"), None),
    ("Elliptic also counts Spanish bank Santander as an investor.",
     ("Santander", "LOCATED_IN", "Spain"), None),
    # a town after "the city of", known or not, as a party
    ("The city of Vallejo signed a non-disclosure agreement with KeyW Corporation.",
     ("KeyW Corporation", "CONTRACTS_WITH", "City of Vallejo"), None),
    # a purchase told in a clause before the buyer; money poured into a firm
    ("Since buying Nest back in 2014, Google hasn't been shy about turning the hardware company "
     "into a big name.",
     ("Google", "ACQUIRED", "Nest"), None),
    # (not when the clause's subject is two firms: which one bought is not said)
    ("After acquiring Ring in 2018, Amazon and Google expanded.",
     ("", "", ""), ("Amazon", "ACQUIRED", "Ring")),
    ("Google said it will be pouring $450 million into ADT.",
     ("Google", "INVESTED_IN", "ADT"), None),
    # a firm's roster: each title held at the firm that lists it, not at the article's main firm
    ("Coinbase bought the startup Neutrino. Neutrino only has three team members: CEO Giancarlo "
     "Russo, CTO Alberto Ornaghi, and CRO Marco Valleri.",
     ("Marco Valleri", "WORKS_FOR", "Neutrino"), ("Giancarlo Russo", "LEADS", "Coinbase")),
    ("Coinbase bought the startup Neutrino. Neutrino only has three team members: CEO Giancarlo "
     "Russo, CTO Alberto Ornaghi, and CRO Marco Valleri.",
     ("Giancarlo Russo", "LEADS", "Neutrino"), None),
    ("Neutrino has three members: CTO Alberto Ornaghi and CRO Marco Valleri. Ornaghi and Valleri "
     "were the two founding members of Hacking Team.",
     ("Marco Valleri", "FOUNDED", "Hacking Team"), None),
    # a force of two counties; "the force" is the article's one police force
    ("The Avon and Somerset Constabulary had purchased the equipment from CellXion.",
     ("CellXion", "CONTRACTS_WITH", "Avon and Somerset Constabulary"), None),
    ("Lancashire Police bought a drone. Documents show that the force had purchased the "
     "equipment from CellXion.",
     ("CellXion", "CONTRACTS_WITH", "Lancashire Police"), None),
    ("Avon and Somerset police have taken down documents. They show that the force had "
     "purchased the equipment from CellXion.",
     ("CellXion", "CONTRACTS_WITH", "Avon and Somerset police"), None),
    # a technology's own initials defined after it; a thing sold by a firm to an agency
    ("The Milwaukee Police Department bought a new cell site simulator system (CSS) in May. "
     "In Milwaukee, police settled on a CSS sold by Tactical Support Equipment.",
     ("Tactical Support Equipment", "CONTRACTS_WITH", "Milwaukee Police Department"), None),
    ("The Seattle Police Department purchased new body cameras made by Axon.",
     ("Axon", "CONTRACTS_WITH", "Seattle Police Department"), None),
    # the article's own definition of initials outweighs the knowledge base's
    ("The UK's Department for Business, Innovation and Skills (BIS) publishes export data. BIS "
     "investigated Gamma in 2014.",
     ("Department for Business, Innovation and Skills", "INVESTIGATED", "Gamma"),
     ("Bureau of Industry and Security", "INVESTIGATED", "Gamma")),
    # what an audit by a body says of others
    ("A new audit by the Department of Homeland Security's inspector general claims that the "
     "Secret Service and ICE did not fully adhere to federal statutes.",
     ("Department of Homeland Security's inspector general", "INVESTIGATED", "Secret Service"),
     None),
    # a firm that apologises after a breach suffered it
    ("Wyze, the security camera company based in Seattle, has apologized to customers after a "
     "camera breach allowed 13,000 users to view other people's homes.",
     ("Wyze", "SUFFERED", "Wyze data breach"), None),
    # a firm that makes a platform runs it
    ("Ring also makes Neighbors, an app that allows users to upload footage.",
     ("Ring", "OPERATES", "Neighbors"), None),
    # a name's own "'s" is no possessive; what a user runs as "its own" is used, not made
    ("Macy's uses video surveillance in its stores.",
     ("Macy's", "USES", "video surveillance"), ("Macy's", "DEVELOPS", "video surveillance")),
    ("Walmart deployed its own facial recognition cameras in 2019.",
     ("Walmart", "USES", "facial recognition"), ("Walmart", "DEVELOPS", "facial recognition")),
    ("Israeli police used NSO's Pegasus spyware.",
     ("NSO", "DEVELOPS", "Pegasus"), None),
    # "Independent" opens no town's name
    ("This covers use by the Santa Fe (Texas) Independent School District.",
     ("", "", ""), ("Independent School District", "LOCATED_IN", "Independent")),
    # the possessive of a name ending in s
    ("ICE gained access to Vigilant Solutions’ license plate reader database.",
     ("Vigilant Solutions", "DEVELOPS", "automated license plate reader"), None),
    # a law breached is no breach suffered
    ("Tim Hortons' data collection breached Canadian privacy law in part because of it.",
     ("", "", ""), ("Tim Hortons", "SUFFERED", "Tim Hortons data breach")),
    # who provided a system, said after it; the makers of the products a list includes
    ("Home Affairs' previous biometrics matching system, that was also provided by Unisys, was "
     "replaced.",
     ("Unisys", "DEVELOPS", "biometrics"), None),
    ("The Department of Defense's list of approved drones only includes products from Skydio, "
     "Parrot, and Vantage.",
     ("Parrot", "DEVELOPS", "drone"), None),
    ("Since 2014, Palantir has provided the software that powers ICE's Investigative Case "
     "Management System.",
     ("Palantir", "DEVELOPS", "Investigative Case Management System"), None),
    # a country's government by its name or any adjective; a province's or region's government
    ("The Greek government bought Predator from Intellexa.",
     ("Intellexa", "CONTRACTS_WITH", "Greek government"), None),
    ("The United Arab Emirates government hired DarkMatter.",
     ("DarkMatter", "CONTRACTS_WITH", "United Arab Emirates government"), None),
    ("The Xinjiang local government bought cameras from Hikvision.",
     ("Hikvision", "CONTRACTS_WITH", "Xinjiang local government"), None),
    # introduced to a firm is no use of it
    ("The Greek government has declined to say how it was introduced to Palantir.",
     ("", "", ""), ("Greek government", "USES", "Palantir")),
    # a headline's passive order names who was ordered, not who orders
    ("Serco ordered to stop using facial recognition technology to monitor staff",
     ("", "", ""), ("Serco", "BANNED", "facial recognition")),
    ("The ICO ordered Serco to stop using facial recognition technology to monitor staff.",
     ("ICO", "BANNED", "Serco"), None),
    # initials written together are a name's; a country's are not
    ("Vermont Attorney General T.J. Donovan is suing Clearview AI.",
     ("T.J. Donovan", "SUED", "Clearview AI"), None),
    ("Vermont Attorney General T.J. Donovan is suing Clearview AI.",
     ("T.J. Donovan", "LEADS", "Vermont Attorney General"), None),
    # places and officers said in passing
    ("The contracts were awarded to Wintics (based in Paris) and to Chapsvision.",
     ("Wintics", "LOCATED_IN", "Paris"), None),
    ("The van is owned by Cyprus-registered company WiSpear.",
     ("WiSpear", "LOCATED_IN", "Cyprus"), None),
    ("The van is owned by Cyprus-registered company WiSpear, whose Israeli CEO Tal Dillian "
     "gave an interview.", ("Tal Dillian", "LEADS", "WiSpear"), None),
    ("The stake comes from US investor TPG Growth's $45bn fund.",
     ("TPG Growth", "LOCATED_IN", "US"), None),
    ("The report came from two American cybersecurity organizations — Electronic Frontier "
     "Foundation (EFF) and Lookout.", ("Lookout", "LOCATED_IN", "United States"), None),
    ("Its new partner, Axon, is a leading provider of bodycams to law enforcement.",
     ("Axon", "DEVELOPS", "body-worn camera"), None),
    # a body the knowledge base knows by its acronym, spelt out in the article's own words
    ("In 2017, the Australian Transaction and Analysis Centre (AUSTRAC) adopted Palantir "
     "software to help track money laundering.", ("AUSTRAC", "USES", "Palantir"), None),
    ("It was supplied to the Delhi Police by a vendor named Pelorus Technologies Pvt. Ltd.",
     ("Pelorus Technologies Pvt. Ltd", "CONTRACTS_WITH", "Delhi Police"), None),
    ("They used Cellebrite — an Israeli technology reportedly used by the FBI to unlock it.",
     ("FBI", "USES", "Cellebrite"), None),
    # a deputy's title before the body: works for it, does not lead it
    ("In February, Deputy Defense Secretary Kathleen Hicks said the department was ready.",
     ("Kathleen Hicks", "WORKS_FOR", "Department of Defense"),
     ("Kathleen Hicks", "LEADS", "Department of Defense")),
    ("Defense Secretary Lloyd Austin said the department was ready.",
     ("Lloyd Austin", "LEADS", "Department of Defense"), None),
    # what a report refrains from saying it does not say
    ("While its report refrained from accusing Jordan's government of deploying the spyware, it "
     "signalled concern.", ("", "", ""), ("Jordan government", "USES", "spyware")),
    # what works against a technology is not it
    ("Axis cameras went into Dedrone's counter drone command and control platform.",
     ("", "", ""), ("Dedrone", "DEVELOPS", "drone")),
    ("DroneShield makes counter-drone systems.", ("", "", ""),
     ("DroneShield", "DEVELOPS", "drone")),
    # owners and makers in apposition
    ("The Israeli start-up watched local rival NSO Group, makers of the controversial Pegasus "
     "spyware, fall foul of the rules.", ("NSO Group", "DEVELOPS", "Pegasus"), None),
    ("The app is owned by ByteDance, TikTok's Chinese parent company.",
     ("ByteDance", "OPERATES", "TikTok"), None),
    ("WhatsApp sued NSO. Meta, which also owns Facebook, joined.",
     ("Meta", "OPERATES", "Facebook"), None),
    ("Safran will sell Morpho to Advent International, which owns smartcard maker Oberthur "
     "Technologies.", ("Oberthur Technologies", "SUBSIDIARY_OF", "Advent International"), None),
    ("Paragon has secured investment from two US-based venture capital firms, Battery Ventures "
     "and Red Dot.", ("Battery Ventures", "LOCATED_IN", "US"), None),
    # a known firm's fuller name, written out
    ("InMarket Media, a Texas-based data aggregator, agreed to the settlement.",
     ("InMarket Media", "LOCATED_IN", "Texas"), None),
    # use in the passive, by other verbs than "used"
    ("The Serpico system, utilized by the Revenue Agency, was accessed.",
     ("Revenue Agency", "USES", "Serpico"), None),
    ("Clearview AI, which is employed by the FBI, scraped the images.",
     ("FBI", "USES", "Clearview AI"), None),
    # a title line's "maker X" does not make the product X a firm in the article
    ("FTC bans stalkerware maker SpyFone and its chief from surveillance business\n\n"
     "Support King sold SpyFone, an app that lets buyers watch another person's phone.",
     ("Support King", "DEVELOPS", "SpyFone"), None),
    # session 10: a firm and its product after "whose"; passive makers with the kind between
    ("Israeli company NSO Group, whose Pegasus software was found on the phones, denied it.",
     ("NSO Group", "DEVELOPS", "Pegasus"), None),
    ("Researchers found Pegasus spyware produced by NSO Group Technologies on the phones.",
     ("NSO Group Technologies", "DEVELOPS", "Pegasus"), None),
    ("The Predator spyware, built and sold by a mercenary developer, Cytrox, was found.",
     ("Cytrox", "DEVELOPS", "Predator"), None),
    ("The Warren County Sheriff's Office is contracting with a company called Social Sentinel "
     "Inc. to monitor posts.",
     ("Social Sentinel Inc.", "CONTRACTS_WITH", "Warren County Sheriff's Office"), None),
    # an account on a platform is not the platform
    ("The leak was published on Hacking Team's own Twitter account by the attackers.",
     ("", "", ""), ("Hacking Team", "OPERATES", "Twitter")),
    # a legal form ends the name: "of" after it says where the firm is
    ("Hacking Team sold its software through the private firm SYM Servicios Integrales S.A. de "
     "C.V. of Mexico City.",
     ("SYM Servicios Integrales S.A. de C.V.", "LOCATED_IN", "Mexico City"), None),
    # a sentence's opening preposition is no part of a place
    ("Among the Milan-based company's clients are the Federal Police.",
     ("", "", ""), ("Hacking Team", "LOCATED_IN", "Among the Milan")),
    # two bodies joined by "and", each with its head
    ("Activists petitioned the Israeli Defense Ministry and Economy Ministry last year.",
     ("Israeli Defense Ministry", "LOCATED_IN", "Israel"),
     ("Israeli Defense Ministry and Economy Ministry", "LOCATED_IN", "Israel")),
    # a kind before a noun that is no product ("a malware repository")
    ("The app had been found on VirusTotal, a malware repository, and was signed by Cellebrite.",
     ("", "", ""), ("VirusTotal", "IS_A", "spyware")),
    # complainants listed before the one they accuse; one "and" inside a name at most
    ("The complaint filed by Reporters Without Borders, Netzpolitik and the European Center for "
     "Constitutional and Human Rights accused FinFisher of selling spyware.",
     ("Netzpolitik", "SUED", "FinFisher"), None),
    ("A complaint brought by Privacy International, the European Center for Constitutional and "
     "Human Rights and Reporters Without Borders against Gamma International was upheld.",
     ("Reporters Without Borders", "SUED", "Gamma International"),
     ("European Center for Constitutional and Human Rights and Reporters Without Borders",
      "SUED", "Gamma International")),
    # the tool an agency acted with, named after "using"; not one it was hacked with, kept
    # others from using, or that the actors of a law named after it used
    ("The Royal Navy reorganised its personnel using Palantir's Foundry system.",
     ("Royal Navy", "USES", "Foundry"), None),
    ("Citizen Lab accused the Jordanian government of breaking into the phones of activists "
     "using Cellebrite's tools.", ("Jordanian government", "USES", "Cellebrite"), None),
    ("The Interior Ministry was hacked using Pegasus.",
     ("", "", ""), ("Interior Ministry", "USES", "Pegasus")),
    ("The FTC's complaint says both companies broke the FTC Act by collecting and using "
     "geolocation data.", ("", "", ""), ("FTC", "USES", "location data")),
    # people named with undotted initials, a Korean given name's lowercase syllable, after a
    # plural role, a person's noun, or before "of the" and their body
    ("JP Guilbault, Navigate360's CEO, said the tool works.",
     ("JP Guilbault", "LEADS", "Navigate360"), None),
    ("Yoon Jong-in, chairman of the Personal Information Protection Commission, said so.",
     ("Yoon Jong-in", "LEADS", "Personal Information Protection Commission"), None),
    ("The sanctions hit Iranian technology company Arvan Cloud. Arvan Cloud co-founders Pouya "
     "Pirhosseinloo and Farhad Fatemi were sanctions targets.",
     ("Farhad Fatemi", "FOUNDED", "Arvan Cloud"), None),
    ("Hong Kong-based Hikvision sells cameras.", ("Hikvision", "LOCATED_IN", "Hong Kong"),
     None),
    # the maker's kind and place before it; a founding post; a post after a dash and "who is";
    # an agency's move to partner; an agency's tool and who supplied it
    ("The device called Spearhead system was sold by Cyprus-registered firm Passitora.",
     ("Passitora", "DEVELOPS", "Spearhead"), None),
    ("El Faro's founding director Carlos Dada said so.", ("Carlos Dada", "FOUNDED", "El Faro"),
     None),
    ("Joseph Cuschieri – who is also the executive chairman of the Malta Gaming Authority – "
     "said so.", ("Joseph Cuschieri", "LEADS", "Malta Gaming Authority"), None),
    ("Critics questioned the Chicago Police Department's decision to team up with Clearview AI.",
     ("Chicago Police Department", "PARTNERS_WITH", "Clearview AI"), None),
    ("The Metropolitan Police Service's face recognition system was provided by NEC.",
     ("NEC", "CONTRACTS_WITH", "Metropolitan Police Service"), None),
    # a product "called X and sold by" its maker, "offered by a company called" it, and a
    # maker named without an article
    ("The product, called Locate X and sold by Babel Street, tracks phones.",
     ("Babel Street", "DEVELOPS", "Locate X"), None),
    ("Locate X, a software service offered by a company called Babel Street, was used.",
     ("Babel Street", "DEVELOPS", "Locate X"), None),
    ("Axon, maker of Tasers and police body cameras, bought Fusus.",
     ("Axon", "DEVELOPS", "body-worn camera"), None),
    # a share bought is a stake, not the firm; a list of posts; a description before "based
    # in"; two firms "both headquartered in"; "&" inside a name
    ("China Mobile has acquired 10.42% of Dahua for nearly $1 billion.",
     ("China Mobile", "INVESTED_IN", "Dahua"), ("China Mobile", "ACQUIRED", "Dahua")),
    ("Galina Timchenko, co-founder, CEO, and publisher of Meduza, said so.",
     ("Galina Timchenko", "FOUNDED", "Meduza"), None),
    ("Meduza, a leading Russian independent media outlet based in Latvia, was targeted.",
     ("Meduza", "LOCATED_IN", "Latvia"), None),
    ("Hikvision and Dahua, both headquartered in Hangzhou, denied it.",
     ("Dahua", "LOCATED_IN", "Hangzhou"), None),
    ("The tenders were won by local firms including Fisca Security & Communication Ltd., "
     "based in Yangon.", ("Fisca Security & Communication Ltd.", "LOCATED_IN", "Yangon"), None),
    # a title of two words between body and holder; a body, its post and its holder; "its"
    # beside the body just named; an "and" inside an organisation's name before its head
    ("Communications Authority of Kenya (CA) Director General Francis Wangusi said so.",
     ("Francis Wangusi", "LEADS", "Communications Authority of Kenya"), None),
    ("Mark Lesko, the acting assistant attorney general for the Justice Department, said so.",
     ("Mark Lesko", "WORKS_FOR", "Justice Department"),
     ("Mark Lesko", "REPRESENTS", "Justice Department")),
    ("When Skydio sent a customer proposal in 2023 to the Las Vegas Metropolitan Police "
     "Department, its chief of staff, Mike Gennaro, forwarded the email.",
     ("Mike Gennaro", "WORKS_FOR", "Las Vegas Metropolitan Police Department"),
     ("Mike Gennaro", "WORKS_FOR", "Skydio")),
    ("The Socio-Economic Rights and Accountability Project (SERAP) asked the minister. SERAP, "
     "Deputy Director, Kolawole Oluwadare, in a statement on Sunday, urged her to act.",
     ("Kolawole Oluwadare", "WORKS_FOR", "Socio-Economic Rights and Accountability Project"),
     None),
    # a name's generation and its particles; a place's name as a surname after an initial;
    # who is named, hired or appointed to a post
    ("The Defense Intelligence Agency (DIA) Director James H. Adams III said so.",
     ("James H. Adams III", "LEADS", "Defense Intelligence Agency"), None),
    ("Canon Europe CEO Rokus van Iperen said the deal closed.",
     ("Rokus van Iperen", "LEADS", "Canon Europe"), None),
    ("Flock Safety hired Jane Morrow as its new chief financial officer.",
     ("Jane Morrow", "WORKS_FOR", "Flock Safety"), None),
    ("In 2012, Axon named Michael P. Jackson as its CEO.",
     ("Michael P. Jackson", "LEADS", "Axon"), None),
    # an investigation asks whether: it is asserted all the same; what an investigation found
    # about a firm's product is about the firm
    ("ACMA said it was investigating whether Optus met its obligations.",
     ("ACMA", "INVESTIGATED", "Optus"), None),
    ("An investigation by Citizen Lab found that NSO Group's Pegasus was used against "
     "journalists.", ("Citizen Lab", "INVESTIGATED", "NSO Group"), None),
    # suits written other ways; an officer a firm's name introduces is the one acted on
    ("Clearview AI was sued in federal court by the ACLU.", ("ACLU", "SUED", "Clearview AI"),
     None),
    ("The ACLU took Clearview AI to court in 2020.", ("ACLU", "SUED", "Clearview AI"), None),
    ("The lawsuit, brought by the ACLU against Clearview AI, was settled.",
     ("ACLU", "SUED", "Clearview AI"), None),
    ("Meta, which sued NSO Group in 2019, won the case.", ("Meta", "SUED", "NSO Group"), None),
    ("The Treasury Department sanctioned Intellexa founder Tal Dilian.",
     ("Treasury Department", "SANCTIONED", "Tal Dilian"),
     ("Treasury Department", "SANCTIONED", "Intellexa")),
    # ownership and funding written as descriptions; a former employee
    ("Avigilon, a Motorola Solutions company, makes cameras.",
     ("Avigilon", "SUBSIDIARY_OF", "Motorola Solutions"), None),
    ("Gamma International UK Ltd is part of the Gamma Group.",
     ("Gamma International UK Ltd", "SUBSIDIARY_OF", "Gamma Group"), None),
    ("Intellexa operates through a web of subsidiaries including Cytrox.",
     ("Cytrox", "SUBSIDIARY_OF", "Intellexa"), None),
    ("Founders Fund led Anduril's Series E round.", ("Founders Fund", "INVESTED_IN", "Anduril"),
     None),
    ("Jane Doe, a former NSO Group employee, spoke to reporters.",
     ("Jane Doe", "WORKS_FOR", "NSO Group"), None),
    # a customer named by its vendor's name; two parties that have a partnership; a firm
    # "working with" an agency
    ("The Los Angeles Police Department is a longtime Palantir customer.",
     ("Palantir", "CONTRACTS_WITH", "Los Angeles Police Department"), None),
    ("Microsoft and OpenAI have a partnership.", ("Microsoft", "PARTNERS_WITH", "OpenAI"), None),
    ("Palantir is working with the Ukrainian government.",
     ("Palantir", "CONTRACTS_WITH", "Ukrainian government"), None),
    # doing business with an agency, either way round; a firm among an agency's contractors
    ("The Fresno County Sheriff's Office has been doing business with a Texas-based company "
     "called Vigilant Solutions since 2014.",
     ("Vigilant Solutions", "CONTRACTS_WITH", "Fresno County Sheriff's Office"), None),
    ("Babel Street has long done business with the FBI, records show.",
     ("Babel Street", "CONTRACTS_WITH", "FBI"), None),
    ("The files were taken from Quantum Systems, one of the Bundeswehr's biggest suppliers.",
     ("Quantum Systems", "CONTRACTS_WITH", "Bundeswehr"), None),
    # "X boss Y" heads X; a product described before "made by"; a product "owned by" a firm
    ("Announcing the project, OpenAI boss Sam Altman provoked a backlash.",
     ("Sam Altman", "LEADS", "OpenAI"), None),
    ("It is the first time the portable NeoFace surveillance technology, made by NEC "
     "Corporation, is being used on the streets.",
     ("NEC", "DEVELOPS", "NeoFace"), None),
    ("The tech, called SAFR, is owned by the company RealNetworks.",
     ("RealNetworks", "DEVELOPS", "SAFR"), None),
    # a place's possessive before a list of firms is each firm's place
    ("Vendors such as China's Hikvision, Xiaomi and Dahua must submit cameras for testing.",
     ("Dahua", "LOCATED_IN", "China"), None),
    # "<known firm> of <known country>" is two names; "of the U.S."; an unknown name before
    # "of" owns its own place, so the list's earlier firm does not take it
    ("Suppliers such as Ericsson of Sweden, Alcatel of France, SS8 of the U.S., and Utimac of "
     "Germany were named.",
     ("Ericsson", "LOCATED_IN", "Sweden"), ("SS8", "LOCATED_IN", "Germany")),
    ("Suppliers such as Ericsson of Sweden, Alcatel of France, SS8 of the U.S., and Utimac of "
     "Germany were named.",
     ("SS8", "LOCATED_IN", "U.S."), None),
    # a firm described as an agency's supplier; agencies said to be a firm's customers; a
    # customer list or client base
    ("Sopra Steria is a long-standing supplier to eu-LISA in the area of border systems.",
     ("Sopra Steria", "CONTRACTS_WITH", "eu-LISA"), None),
    ("The report confirmed that the agencies AISI and AISE were Paragon customers.",
     ("Paragon", "CONTRACTS_WITH", "AISE"), None),
    ("Paragon's customer list included the FBI and the DEA.",
     ("Paragon", "CONTRACTS_WITH", "DEA"), None),
    # countries written by their initials are buyers too; each listed country is one buyer
    ("The lab said Candiru's customer list included Saudi Arabia, the UAE, and Uzbekistan.",
     ("Candiru", "CONTRACTS_WITH", "Uzbek government"), None),
    ("NSO sold Pegasus to the UAE.", ("NSO", "CONTRACTS_WITH", "UAE government"), None),
    # money spent on what a firm made
    ("U.S. Immigration and Customs Enforcement splurged $820,000 on tech made by Grayshift.",
     ("Grayshift", "CONTRACTS_WITH", "U.S. Immigration and Customs Enforcement"), None),
    ("The DEA spent $820,000 on Grayshift's GrayKey devices.",
     ("Grayshift", "CONTRACTS_WITH", "DEA"), None),
    # a country's army named by its people; a sheriff's department written in lower case
    ("In 2022 they revealed that the Mexican army bought spyware from NSO Group.",
     ("NSO Group", "CONTRACTS_WITH", "Mexican army"), None),
    ("The Los Angeles County sheriff's department bought cameras from Axon.",
     ("Axon", "CONTRACTS_WITH", "Los Angeles County Sheriff's Department"), None),
    # every member of a list acts, on either side of the verb
    ("Palantir and Anduril won a contract with the Pentagon.",
     ("Palantir", "CONTRACTS_WITH", "Pentagon"), None),
    ("The FBI bought tools from Cellebrite, Grayshift and Magnet Forensics.",
     ("Magnet Forensics", "CONTRACTS_WITH", "FBI"), None),
    ("The CNIL fined Clearview AI and Voyager Labs.", ("CNIL", "FINED", "Voyager Labs"), None),
    # suits launched, and against firms described before their names
    ("Reddit has filed a lawsuit against data scraping companies, such as SerpApi, Oxylabs, "
     "and AWMProxy.", ("Reddit", "SUED", "Oxylabs"), None),
    ("Facebook has filed a lawsuit against a South Korean analytics firm, called Rankwave.",
     ("Facebook", "SUED", "Rankwave"), None),
    ("Meta launched a lawsuit against Voyager Labs.", ("Meta", "SUED", "Voyager Labs"), None),
    # plaintiffs and activists named after their role at the start of a sentence
    ("Plaintiffs Johnny Flores, Ariel Gomez, and Derrick Lewis filed a class action complaint "
     "against Motorola and Vigilant Solutions.", ("Ariel Gomez", "SUED", "Vigilant Solutions"),
     None),
    # whose chief officer someone is: a firm, though unknown
    ("\"We are growing,\" said Procera's chief financial officer Richard Deggs.",
     ("Richard Deggs", "WORKS_FOR", "Procera"), None),
    ("Doug Aley, Ever's CEO, said the app was popular.", ("Doug Aley", "LEADS", "Ever"), None),
    ("Christopher A. Wray, the F.B.I. director, terminated the contract.",
     ("Christopher A. Wray", "LEADS", "F.B.I."), None),
    # a person "of" a known body is two names; a journalist of an outlet works for it
    ("Researchers Bill Marczak and John Scott-Railton of Citizen Lab found the spyware.",
     ("John Scott-Railton", "WORKS_FOR", "Citizen Lab"), None),
    ("Journalist Nick Casey of The New York Times reported the story.",
     ("Nick Casey", "WORKS_FOR", "The New York Times"), None),
    ("Jackson brought a background including terms as the Deputy Secretary of DHS "
     "(2005-2007), Deputy Secretary of the DoT (2001-2003).", ("", "", ""),
     ("Deputy Secretary", "WORKS_FOR", "DHS")),
    # a product and its kind, quoted or in apposition without an article; a maker described
    ('Activists were targeted with the "Pegasus" spyware developed by the Israeli company NSO '
     "Group.", ("Pegasus", "IS_A", "spyware"), None),
    ("The government bought Pegasus, spyware produced by Israel's NSO Group.",
     ("Pegasus", "IS_A", "spyware"), None),
    ("Monokle is spyware developed by the U.S.-sanctioned Russian defense contractor Special "
     "Technology Center.", ("Special Technology Center", "DEVELOPS", "spyware"), None),
    ("Services Australia has used spyware technologies from Israeli company Cellebrite.",
     ("Cellebrite", "DEVELOPS", "spyware"), None),
    # a tool an agency used, named by where it came from or by who deployed it
    ("The Bahraini government also censors the internet, using software from Canadian firm "
     "Netsweeper.", ("Bahraini government", "USES", "Netsweeper"), None),
    ("The program includes facial recognition software, which was deployed by the Hellenic "
     "Police.", ("Hellenic Police", "USES", "facial recognition"), None),
    # founders listed with an honorific; an unknown name after "founder of" is a firm, but not
    # the first word of a longer description
    ("AnyVision was founded in 2015 by Eylon Etshtein and Prof. Neil Roberston.",
     ("Neil Roberston", "FOUNDED", "AnyVision"), None),
    ("Erik Prince, founder of Blackwater, spoke to reporters.",
     ("Erik Prince", "FOUNDED", "Blackwater"), None),
    ("Artem Kukharenko and Alexander Kabakov, founders of AI firm NtechLab, have left the "
     "company.", ("Artem Kukharenko", "FOUNDED", "NtechLab"),
     ("Artem Kukharenko", "FOUNDED", "AI")),
    # investors named after what they invested in, or by their own investment
    ("Another investor in AnyVision is the US semiconductor firm Qualcomm.",
     ("Qualcomm", "INVESTED_IN", "AnyVision"), None),
    ("Microsoft has come under scrutiny over its investment in AnyVision.",
     ("Microsoft", "INVESTED_IN", "AnyVision"), None),
    # shared work, subcontracts and partners in parentheses
    ("AT&T helped the NSA, a joint New York Times and ProPublica investigation found.",
     ("The New York Times", "PARTNERS_WITH", "ProPublica"), None),
    ("Corsight AI had been subcontracted by UK company Digital Barriers to provide the software.",
     ("Corsight AI", "PARTNERS_WITH", "Digital Barriers"), None),
    ("Sopra Steria secured a deal (alongside partner IDEMIA) to build the system.",
     ("Sopra Steria", "PARTNERS_WITH", "Idemia"), None),
    # probes: by a described outlet; the body acted on after a probe; an NHS trust is public
    ("An investigation by the Swedish public broadcaster, Sveriges Television, last month "
     "alleges that TeliaSonera is helping regimes.",
     ("Sveriges Television", "INVESTIGATED", "TeliaSonera"), None),
    ("Following a year-long investigation the Information Commissioner's Office has ordered "
     "the Royal Free NHS Foundation Trust to sign an undertaking.",
     ("Information Commissioner's Office", "INVESTIGATED", "Royal Free NHS Foundation Trust"),
     None),
    # what a contract to a firm is for, and a system installed by a firm
    ("The police awarded a $1.18 million contract to Idemia for facial recognition technology.",
     ("Idemia", "DEVELOPS", "facial recognition"), None),
    ("The national CCTV system installed by Huawei is used to track protesters.",
     ("Huawei", "DEVELOPS", "video surveillance"), None),
    # "these devices" are the product just named (the definite "the devices" may be anyone's)
    ("ICE bought GrayKey devices made by Grayshift. The DEA purchased these devices too.",
     ("Grayshift", "CONTRACTS_WITH", "DEA"), None),
    ("Grayshift sells GrayKey. The DEA later bought the devices that the suspects had used.",
     ("", "", ""), ("Grayshift", "CONTRACTS_WITH", "DEA")),
    # a free trial is a deal with the firm
    ("Halton police began a free trial of Clearview AI's tool in October 2019.",
     ("Clearview AI", "CONTRACTS_WITH", "Halton police"), None),
    # payments made to a firm; "the Garda" is Ireland's police
    ("Records show the Garda has made at least one direct payment to Hikvision.",
     ("Hikvision", "CONTRACTS_WITH", "Garda"), None),
    # a lower-case sheriff's office keeps the article's apostrophe (the reference scorer drops
    # a curly apostrophe together with its "s", a straight one alone)
    ("The Jefferson Parish sheriff’s office bought cameras from Axon.",
     ("Axon", "CONTRACTS_WITH", "Jefferson Parish Sheriff’s Office"), None),
    # a role "of" a body reaches its body, never past a comma to the next firm named
    ("Jane Roe, chair of the oversight committee, had stated earlier, the hearing of Acme Corp "
     "representatives would focus on the purchase.", ("", "", ""),
     ("Jane Roe", "LEADS", "Acme Corp")),
    ("Jane Roe, head of research at Acme Corp, said the deal was a mistake.",
     ("Jane Roe", "WORKS_FOR", "Acme Corp"), None),
    ("Jane Roe, a staff attorney with the speech, privacy and technology project at the "
     "Electronic Frontier Foundation, disagreed.",
     ("Jane Roe", "WORKS_FOR", "Electronic Frontier Foundation"), None),
    # whom a statement was given to is no spokesperson of the agency named after the comma
    ("In a statement to Tech Weekly, a Customs and Border Protection spokesperson said the "
     "drone was unarmed.", ("", "", ""),
     ("Tech Weekly", "WORKS_FOR", "Customs and Border Protection")),
    # "it" opening a relative clause ("data that it gathered") is the clause's own firm, not
    # the one whose allegation the sentence reports; "said that it" is the speaker
    ("Meta alleged that Voyager Labs' software ran on data that it gathered from Facebook.",
     ("Voyager Labs", "SCRAPED", "Facebook"), ("Meta", "SCRAPED", "Facebook")),
    ("Apple said that Acme Corp hacked its users and that it sued Acme Corp in May.",
     ("Apple", "SUED", "Acme Corp"), None),
    # an indefinite police department is not named, even when "A" opens the sentence
    ("A Springfield police department bought cameras from Flock Safety.", ("", "", ""),
     ("Flock Safety", "CONTRACTS_WITH", "Springfield Police Department")),
    ("A Jefferson Parish sheriff's office bought cameras from Axon.", ("", "", ""),
     ("Axon", "CONTRACTS_WITH", "Jefferson Parish Sheriff's Office")),
    # a field written in capitals is no place
    ("Vendra, the AI company known for its camera software, raised $5 million.",
     ("", "", ""), ("Vendra", "LOCATED_IN", "AI")),
]


@pytest.fixture(scope="module")
def extractor() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize(("text", "expected", "forbidden"), CASES,
                         ids=[c[0][:48] for c in CASES])
def test_news_phrasing(extractor: RuleExtractor, text: str, expected: Triple,
                       forbidden: Triple | None) -> None:
    assert_phrasing(extractor, text, expected, forbidden)


def test_former_post_is_marked_ended(extractor: RuleExtractor) -> None:
    """ "Former two-time NYPD Commissioner Bill Bratton": the post is recorded as ended (and,
    as for every ended relation, asserted for the time it held)."""
    found = extractor.extract(make_doc(
        "Former two-time NYPD Commissioner Bill Bratton is on the company's board."))
    statuses = {r.status for r in found.relations
                if (r.subject.name, r.relation, r.object.name) == ("Bill Bratton", "LEADS", "NYPD")}
    assert "ended" in statuses, statuses


def test_abbreviated_place_needs_its_period(extractor: RuleExtractor) -> None:
    """ "Mass." is Massachusetts; "Mass" in "Mass-Surveillance" is a word."""
    def places(text: str) -> set[str]:
        return {m.entry.name for m in find_mentions(make_doc(text), extractor.kb)
                if m.type == "Location" and m.entry is not None}
    assert "Massachusetts" not in places("China Gains Clout in Ecuador Through Export of "
                                         "Mass-Surveillance Systems")
    assert "Massachusetts" in places("Flock, of Boston, Mass., sells cameras.")


def test_a_name_said_to_be_a_firm_is_a_company(extractor: RuleExtractor) -> None:
    """ "X is a surveillance software company": the unknown name is typed by what it is said
    to be, past an "also known as" clause."""
    def types(text: str) -> dict[str, str]:
        return {m.text: m.type for m in find_mentions(make_doc(text), extractor.kb)}
    assert types("Analysts said Glintwave is a surveillance software company.").get(
        "Glintwave") == "Company"
    assert types("Glintwave, also known as Beijing Glintwave Vision Technology Co., is a "
                 "video analytics firm.").get("Glintwave") == "Company"


def test_initials_make_a_name_but_a_country_s_do_not(extractor: RuleExtractor) -> None:
    def types(text: str) -> dict[str, str]:
        return {m.text: m.type for m in find_mentions(make_doc(text), extractor.kb)}
    assert types("T.J. Donovan said he would sue.").get("T.J. Donovan") == "Person"
    assert types("The agency declined. U.S. Xenon said it would comply.").get(
        "U.S. Xenon") != "Person"


def test_a_verb_that_opens_a_sentence_is_no_part_of_a_name(extractor: RuleExtractor) -> None:
    names = {m.text for m in find_mentions(make_doc(
        "Purchasing Heron Systems gives Shield AI a pilot."), extractor.kb)}
    assert "Heron Systems" in names and "Purchasing Heron Systems" not in names, names


def test_unknown_vendors_and_regulated_businesses_are_companies(extractor: RuleExtractor
                                                                 ) -> None:
    """ "cameras from Netravue": an unknown maker is a company; "Barclays is being
    investigated by the ICO": so is a one-word name a regulator acts on. A known product after
    "drones from" stays a product."""
    def types(text: str) -> dict[str, str]:
        return {m.text: m.type for m in find_mentions(make_doc(text), extractor.kb)}
    assert types("Amazon installed cameras from Netravue in its vans.").get(
        "Netravue") == "Company"
    assert types("Lloydsbank is being investigated by the ICO over staff monitoring.").get(
        "Lloydsbank") == "Company"
    assert types("Police to Get Connected Drones from Taser Maker Axon").get(
        "Taser") == "Product"


def test_a_government_fund_is_no_government(extractor: RuleExtractor) -> None:
    """ "GIC, a Singapore government wealth fund": the government only qualifies the fund."""
    texts = {m.text for m in find_mentions(make_doc(
        "Chainalysis received funding from GIC, a Singapore government wealth fund."),
        extractor.kb)}
    assert "Singapore government" not in texts, texts


def test_names_typed_by_their_last_word(extractor: RuleExtractor) -> None:
    """A newspaper's name ends in its kind ("Examiner"), a supplier's in its trade
    ("Equipment"), whatever the words before it suggest ("obtained by", "sold by")."""
    def types(text: str) -> dict[str, str]:
        return {m.text: m.type for m in find_mentions(make_doc(text), extractor.kb)}
    assert types("Documents obtained by the Wisconsin Examiner show the cost.").get(
        "Wisconsin Examiner") == "Organization"
    assert types("Police settled on a simulator sold by Tactical Support Equipment.").get(
        "Tactical Support Equipment") == "Company"


def test_a_group_is_a_firm_unless_it_campaigns(extractor: RuleExtractor) -> None:
    def types(text: str) -> dict[str, str]:
        return {m.text: m.type for m in find_mentions(make_doc(text), extractor.kb)}
    assert types("Analysts said Vexor Group won the bid.").get("Vexor Group") == "Company"
    assert types("Analysts at the Digital Rights Group objected.").get(
        "Digital Rights Group") == "Organization"


def test_names_a_body_only_where_it_acts(extractor: RuleExtractor) -> None:
    """ "U.S. government operations" is no government acting; "around the city" is a place,
    not the City of Marietta the article is about."""
    def names(text: str) -> set[str]:
        return {m.name or m.text for m in find_mentions(make_doc(text), extractor.kb)}
    assert "U.S. government" not in names(
        "The deal comes amid doubts about facial recognition in U.S. government operations.")
    assert "U.S. government" in names("The U.S. government banned the cameras.")
    assert "City of Marietta" not in names(
        "The Marietta City Council met. Flock Safety installed cameras around the city.")
    assert "City of Marietta" in names(
        "The Marietta City Council met. The city signed a contract with Flock Safety.")


def test_former_people_do_not_end_a_relation(extractor: RuleExtractor) -> None:
    """ "founded by former intelligence officers": people who held a post, not a relation
    that ended; "a former subsidiary" still ended."""
    def statuses(text: str) -> set[tuple[str, str]]:
        return {(r.relation, r.status) for r in extractor.extract(make_doc(text)).relations}
    assert ("ACQUIRED", "ended") not in statuses(
        "Paragon, which was founded by former Israeli intelligence officers and backed by "
        "ex-Israeli Prime Minister Ehud Barak, had been acquired by AE Industrial Partners.")
    assert ("SUBSIDIARY_OF", "ended") in statuses("Ring, a former subsidiary of Amazon, sells "
                                                  "cameras.")
    # a former post is past, whatever stands between the owner and the title
    assert ("LEADS", "ended") in statuses("He had dinner with Cisco’s legendary former CEO John "
                                          "Chambers.")


def test_a_countrys_bodies_go_by_short_names_at_home(extractor: RuleExtractor) -> None:
    """ "the Air Force" is the U.S. Air Force in an article that names the U.S., not in one
    that does not; "a retired Air Force officer" names a person's service, not the body."""
    def names(text: str) -> set[str]:
        return {m.name or (m.entry.name if m.entry else m.text)
                for m in find_mentions(make_doc(text), extractor.kb)}
    assert {"U.S. Air Force", "U.S. Marine Corps", "U.S. Navy"} <= names(
        "Palantir works in the US. It has contracts with the Air Force, Marines and Navy.")
    assert "U.S. Air Force" not in names("The Israeli military said the Air Force flew.")
    assert "U.S. Air Force" not in names("In the US, a retired Air Force officer founded it.")


def test_countries_listed_as_clients_are_their_governments(extractor: RuleExtractor) -> None:
    names = {m.name for m in find_mentions(make_doc(
        "BAE said other clients included Saudi Arabia, Qatar, Oman and Morocco."), extractor.kb)}
    assert {"Saudi government", "Qatari government", "Omani government",
            "Moroccan government"} <= names
    # a people's adjective is no buyer country: "clients included American agencies"
    assert "American government" not in {m.name for m in find_mentions(make_doc(
        "Its clients included American and Canadian agencies."), extractor.kb)}


def test_the_victim_of_an_attack_is_a_business(extractor: RuleExtractor) -> None:
    found = triples(extractor.extract(make_doc(
        "Other incidents include a 2022 cyberattack on Illuminate Education and a 2018 data "
        "breach of Pearson Education.")))
    assert {s for s, r, _ in found if r == "SUFFERED"} == {"Illuminate Education",
                                                           "Pearson Education"}


def test_a_country_accused_of_being_sold_to_stays_a_place(extractor: RuleExtractor) -> None:
    names = {m.name or m.text for m in find_mentions(make_doc(
        "The groups accused FinFisher of selling FinSpy to Turkey without an export license."),
        extractor.kb)}
    assert "Turkish government" not in names


def test_a_place_is_named_as_the_article_writes_it(extractor: RuleExtractor) -> None:
    """The guide names an entity by the article's fullest form: "U.S." where the article never
    writes "United States"; a demonym ("the American firm") is no name, so the knowledge base's
    name stands there."""
    found = triples(extractor.extract(make_doc(
        "See Egypt is the sister company of the U.S.-based Blue Coat.")))
    assert ("Blue Coat", "LOCATED_IN", "U.S.") in found, sorted(found)
    found = triples(extractor.extract(make_doc("Palantir, an American firm, won the deal.")))
    assert ("Palantir", "LOCATED_IN", "United States") in found, sorted(found)


def test_a_government_named_once_in_passing_is_not_placed(extractor: RuleExtractor) -> None:
    """ "the Kenyan government" named once and in no relation is background, and gets no place
    (placed anyway, such governments were wrong more often than right on new articles); one
    that takes part in a relation found is placed."""
    def placed(text: str) -> bool:
        return ("Kenyan government", "LOCATED_IN", "Kenya") in triples(
            extractor.extract(make_doc(text)))
    assert not placed("Researchers said the Kenyan government was briefed on the findings.")
    assert placed("The Kenyan government bought Pegasus from NSO Group.")


def test_a_known_name_keeps_the_article_s_apostrophe(extractor: RuleExtractor) -> None:
    """The shared scorer drops a typographic apostrophe but reads a straight one as a
    possessive, so "Commissioner’s" and "Commissioner's" fold apart: the name is spelled as the
    article spells it."""
    found = triples(extractor.extract(make_doc(
        "Equifax has been fined £500,000 by the Information Commissioner’s Office (ICO).")))
    assert ("Information Commissioner’s Office", "FINED", "Equifax") in found, sorted(found)


def test_those_asked_to_act_have_not_acted(extractor: RuleExtractor) -> None:
    """ "calls on X and vendors to ban", "a call ... for A and B to block": a request, kept as
    hypothetical, never asserted."""
    for text, triple in (
            ("The campaign by Amnesty International calls on Telangana police and vendors to ban "
             "the use of facial recognition.",
             ("Telangana police", "BANNED", "facial recognition")),
            ("He joined a call from a lawyer in July for the Israeli Defense Ministry and Economy "
             "Ministry to block Cellebrite from exporting to Hong Kong.",
             ("Economy Ministry", "BANNED", "Cellebrite"))):
        statuses = {r.status for r in extractor.extract(make_doc(text)).relations
                    if (r.subject.name, r.relation, r.object.name) == triple}
        assert statuses == {"hypothetical"}, (triple, statuses)


def test_people_named_without_a_cue_of_their_own(extractor: RuleExtractor) -> None:
    """A person is found after a plural role ("community activists A, B and C"), a person's
    noun ("military veteran X"), a title ("Undersheriff X"), or before "of the" and a body."""
    def people(text: str) -> set[str]:
        return {m.text for m in find_mentions(make_doc(text), extractor.kb)
                if m.type == "Person"}
    assert {"Lisa Bennett", "Tara Evans"} <= people(
        "The suit represents community activists Lisa Bennett, Tara Evans and Cesar Lagleva.")
    assert "Tal Jonathan Dilion" in people(
        "Passitora is still run by former Israeli military veteran Tal Jonathan Dilion.")
    assert "Shawn Lamouree" in people(
        "Warren County Undersheriff Shawn Lamouree said the contract is annual.")
    assert "Deepu John" in people(
        "Deepu John, of the NYPD's Technical Assistance Response Unit, testified.")


def test_names_listed_after_a_kind_of_product_are_products(extractor: RuleExtractor) -> None:
    """ "applications such as Realtime-Spy and SpyAgent": the members of a named kind of
    product; "the products Zentrix makes" names no product (no "such as")."""
    def types(text: str) -> dict[str, str]:
        return {m.text: m.type for m in find_mentions(make_doc(text), extractor.kb)}
    found = types("Spytech is known for its remote access applications such as Realtime-Spy "
                  "and SpyAgent.")
    assert found.get("Realtime-Spy") == "Product" and found.get("SpyAgent") == "Product", found
    assert types("These are the products Zentrix makes.").get("Zentrix") != "Product"


def test_an_owner_after_and_ends_a_body_s_name(extractor: RuleExtractor) -> None:
    """ "the Ministry of Finance of Freedonia and Ruritania's Export Bank": the "and" joins
    two parties, since the second owns what follows; inside a name it stays."""
    def names(text: str) -> set[str]:
        return {m.text for m in find_mentions(make_doc(text), extractor.kb)}
    found = names("The Ministry of Finance of Freedonia and Ruritania's Export Bank signed a "
                  "loan agreement.")
    assert "Ministry of Finance of Freedonia" in found, found
    assert "Department of Emergency and Military Affairs" in names(
        "The Department of Emergency and Military Affairs bought drones.")
