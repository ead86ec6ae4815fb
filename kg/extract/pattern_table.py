"""The relation patterns: how news reports say who sells to, uses, scraped, bought, funds,
leads, sues, fines or bans whom.

Each row is (name, relations, template, confidence). Confidence reflects how rarely the
pattern is wrong: a fixed construction ("Amazon-owned Ring", "X, an attorney for Y") scores
higher than a verb with a long gap. Trigger words are grouped in ``(?i:...)`` so that headline
capitalisation ("ICE Is Paying Palantir") still matches while slot letters stay case-exact.
Person patterns capture a ``role`` phrase that `role_relations` maps to LEADS / WORKS_FOR /
REPRESENTS / FOUNDED, so "founder and CEO" yields both FOUNDED and LEADS.
"""

from __future__ import annotations

import re

from kg.extract.inference import OFFICER_TITLES
from kg.extract.pattern_places import INCIDENT_AND_PLACE_PATTERNS

_ROLE_WORDS = (r"(?:(?:director|secretary|inspector|attorney|solicitor|surgeon)[\s-]+general|"
               r"chief\s+of\s+staff|"
               r"chief\s+executive(?:\s+officer)?|ceo|cto|cfo|coo|president|chair(?:man|woman|"
               r"person)?|(?:managing\s+|executive\s+|general\s+)?director|head|leader|chief(?!\s+[a-z]+\s+officer\b)|"
               r"founder|co-?founder|commissioner|secretary|administrator|superintendent|boss|"
               r"attorney|lawyer|legal\s+professional|counsel|lobbyist|legal\s+representative|"
               r"spokes(?:person|man|woman)|researcher|scholar|fellow|analyst|scientist|engineer|"
               r"officer|official|employee|executive|manager|editor|reporter|staffer|"
               r"investigator|professor|partner|adviser|advisor|technologist|deputy|"
               r"correspondent|journalist|columnist|producer|anchor|publisher|"
               r"strategist|advocate|coordinator|specialist|consultant|organi[sz]er|campaigner|"
               r"lecturer|judge|(?<=⟧\s)justice|(?<=chief\s)justice|expert|sergeant|sgt|lieutenant|lt|captain|capt|"
               r"detective|corporal|"
               r"trooper|(?<!prime\s)(?<!Prime\s)minister|[a-z]+ologist)")
# A title may open with its region ("North American director", "⟦L⟧ Sales Director").
ROLE = (rf"(?P<role>(?:(?:(?:North|South|East|West|Central|Latin)\s+)?⟦L\d+⟧\s+)?"
        # (neither a preposition nor a plural post among the words before the title:
        # "officials under former President X" were no staff of X's)
        rf"(?:(?!(?i:by|with|from|to|for|in|at|on|against|over|officials|executives|officers|"
        rf"employees|members|"
        rf"councillors)\b)(?:[\w-]+|⟦[LTt]\d+⟧-[\w-]+)\s+){{0,5}}?"
        rf"(?i:{_ROLE_WORDS})"
        # "co-founder, CEO, and publisher of Meduza": a list of posts
        rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:[\w-]+\s+)?(?i:{_ROLE_WORDS})){{0,3}})")
PEOPLE = ("LEADS", "WORKS_FOR", "REPRESENTS", "FOUNDED")
# A part of a firm one may run ("the public safety division of Genetec", "Meta's policy team"):
# its head works for the firm. Written before the firm ("the ... division of X") it may also be
# a department.
_FIRM_UNIT = r"(?i:business|unit|division|team|group|operations?|arm|office|practice|lab)"
_UNIT = r"(?i:business|unit|division|team|group|operations?|arm|office|practice|lab|department)"
# "Meta's director of threat disruption", "head of security policy": a title over a function
# of the organisation, not over the organisation itself (works there; does not lead it).
# "Anduril's head of Europe and Africa", "Director for East and Southern Africa": a region's.
# "SITA President, Americas": a region after a comma is the post's region too.
# ("Amnesty International's Interim Head of the Silicon Valley Initiative": a named unit's head)
FUNCTION = (r"(?P<func>\s+(?i:of|for)\s+(?:(?!the\b)[a-z][\w-]*|⟦L\d+⟧|(?:the\s+)?⟦O\d+⟧|"
            r"(?:East|West|North|South|"
            r"Central|Latin|Southern|Northern|Eastern|Western)\b)|\s*,\s+(?:Americas|EMEA|APAC|"
            r"Asia[\s-]Pacific|Latin\s+America|North\s+America|Middle\s+East|⟦L\d+⟧)(?=\s*[,.;]|$))?")

_SCRAPE = (r"(?i:scrap(?:e|ed|es|ing)|harvest(?:ed|s|ing)?|collect(?:ed|s|ing)?|"
           r"gather(?:ed|s|ing)?|amass(?:ed|es|ing)?|pull(?:ed|s|ing)?|download(?:ed|s|ing)?|"
           r"min(?:e|ed|ing|es)|scoop(?:s|ed|ing)?\s+up|trawl(?:s|ed|ing)?|take|takes|took|"
           r"extract(?:ed|s|ing)?|lift(?:ed|s|ing)?|obtain(?:ed|s|ing)?|copied|crawl(?:ed|s|ing)?|"
           r"taken)")
_USE = (r"(?i:use|uses|used|using|utili[sz](?:e|es|ed|ing)|deploy|deploys|deployed|deploying|"
        r"test|tests|tested|testing|"
        r"pilot|piloted|piloting|trial(?:l?ed|l?ing)?|adopt|adopted|adopts|rel(?:y|ies|ied)\s+on|"
        r"ran\s+searches\s+(?:with|on|through)|(?:running|ran|run|runs|conducted|conducting)\s+"
        r"(?:[\w-]+\s+)?searches\s+(?:with|on|through|using)|run|runs|subscribed\s+to|"
        r"(?:tried\s+to\s+|began\s+to\s+)?work(?:ed|s)?\s+with|relies\s+on|turned\s+to)")
_BUY = (r"(?i:bought|buys|buy|buying|purchased|purchases|purchase|purchasing|licensed|licenses|"
        r"acquired)")
# Up to three describing words before a kind of technology ("a military-grade", "a new
# AI-powered"), none of them a preposition or a conjunction.
_KIND_WORDS = (r"(?:(?!(?:of|to|for|with|in|on|by|than|and|or|that|which|not|about|against|"
               r"from|like)\b)[\w'’-]+\s+){0,3}?")
_KIND_NOUN = (r"(?:\s+(?i:software|tool|system|app|application|platform|program|product|service|"
              r"technology|device|camera|equipment|suite|solution)s?)?")
# where the kind ends: the clause, or what says more of the product
_KIND_END = (_KIND_NOUN + r"(?=\s*[,.;:—–)]|\s*$|\s+(?:that|which|made|developed|sold|built|"
             r"used|from|by|designed|marketed|capable|able|to)\b)")
# An agency's spending, up to what it was spent on ("ICE splurged $820,000 on").
_SPENT = r"{O=Agency}\s+{W3}(?i:spent|paid|pays|spends|spending|splurged)\s+[^⟦⟧;]{0,80}?\s+"
_MAKE = (r"(?i:makes|made|make|builds|built|build|develops|developed|develop|sells|sold|sell|"
         r"selling|launched|launches|unveiled|unveils|introduced|released|markets|"
         r"published(?!\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:report|study|"
         r"analysis|paper|findings|list|letter|statement|article|story|research|memo|data))|"
         r"marketed|offers|offered|created|creates|create|designed|manufactures|manufactured|runs|debuted|"
         r"rolled\s+out|deliver|delivers|delivered|produces|produced|is\s+behind|supply|supplies|"
         r"distributes|distributed|provides|provided|offer|provide)")

# Patterns whose technology stands in a verb's place: only an activity phrase may fill it.
ACTIVITY_PREFIX = "activity-"
PATTERNS: list[tuple[str, tuple[str, ...], str, float]] = [
    # --- corporate ownership and money ---------------------------------------------------
    ("owned-compound", ("SUBSIDIARY_OF", "~OPERATES"), r"{O}-owned\s+{S}", 0.9),
    ("owned-by", ("SUBSIDIARY_OF", "~OPERATES"),
     r"{S}{APPOS}\s*,?\s+{GX}(?i:owned|controlled)\s+by\s+(?:its\s+parent\s+)?"
     # "owned by Google's parent company Alphabet": the owner is the parent named last
     r"(?:⟦[A-Z]\d+⟧['’]s\s+(?i:parent|holding)\s+(?:(?i:company|firm)\s+)?)?"
     r"(?:(?:a|an|another|the)\s+[a-z][\w\s-]{0,40}?,\s+(?:⟦L\d+⟧-based\s+)?)?{O}", 0.8),
    ("subsidiary-of", ("SUBSIDIARY_OF",),
     # ("WF Investment Holdings (a subsidiary of Wells Fargo & Co.)")
     r"{S}\s*(?:,|\s[—–]|—|\()?\s*(?:is\s+|was\s+|(?:(?i:will|would)\s+)?(?:(?i:continue|continues|"
     r"continued)\s+to\s+)?(?i:operate|operates|function|remain|remains)\s+as\s+)?"
     r"(?:(?i:once|formerly|previously|now)\s+)?"
     r"(?:a|an|the)\s+(?:(?:[\w-]+|⟦L\d+⟧)\s+){0,2}?(?i:subsidiary|unit|division"
     r"|arm|affiliate|wing)\s+of\s+(?:(?:[\w'’$.-]+|⟦[LTt]\d+⟧(?:-based)?),?\s+){0,5}?{OL=Company}",
     0.85),
    ("appos-poss-unit", ("SUBSIDIARY_OF",),
     r"{S}\s*,\s+{O}['’]s\s+{W3}(?i:subsidiary|unit|division|arm|affiliate)\s*[,.;)]", 0.8),
    ("parent-of", ("~SUBSIDIARY_OF",),
     r"{S=Company}\s*,\s+(?:the|its)\s+(?i:parent(?:\s+company)?|owner)\s+of\s+(?:[a-z][\w-]*\s+){0,3}?"
     r"{O=Company}", 0.8),
    ("its-subsidiary", ("SUBSIDIARY_OF",),
     r"{O}(?:\s+and|{POS})\s+(?:its\s+)?(?i:subsidiary|unit|division)\s*,?\s+{S}", 0.85),
    # "General Motors and its OnStar subsidiary", "Amazon's Ring unit": the name before the noun.
    ("its-named-subsidiary", ("SUBSIDIARY_OF",),
     r"{O=Company}(?:\s+and\s+its|['’]s)\s+(?:(?i:former|new|own)\s+)?{S=Company}\s+"
     r"(?i:subsidiary|unit|division|affiliate)\b", 0.8),
    # "Amazon's home security company Ring": the owner's firm named after its description.
    ("poss-kind-company", ("SUBSIDIARY_OF",),
     r"{O=Company}['’]s\s+(?:(?:(?!(?i:parent|owner|holding|rival|partner|former)\b)[a-z][\w-]*|"
     r"⟦[Tt]\d+⟧)\s+){0,3}?(?i:company|subsidiary|firm|startup|unit|division)\s+{S=Company}", 0.75),
    # "Meta, Facebook's parent company": the parent in apposition to what it owns.
    # "Geo Group, whose subsidiary BI Inc. operates the program".
    ("whose-subsidiary", ("~SUBSIDIARY_OF",),
     r"{S=Company}\s*,\s+(?i:whose)\s+(?:[\w-]+\s+)?(?i:subsidiary|unit|division|affiliate)\s*,?\s+"
     r"{O=Company}", 0.75),
    # "LEO Technologies, which uses Amazon speech-to-text technology".
    ("company-which-uses", ("USES",),
     r"{S=Company}\s*,\s+(?i:which|that)\s+(?:(?i:also|now)\s+)?(?i:uses|used|relies\s+on|"
     r"licenses|licensed|runs\s+on)\s+{OL=Company,Product}(?!['’]s)", 0.65),
    # "Libre and its parent Nexus Services".
    ("and-its-parent", ("SUBSIDIARY_OF",),
     r"{S=Company}\s+(?i:and)\s+(?i:its|their)\s+(?i:parent|parent\s+company|owner)\s*,?\s+"
     r"{O=Company}", 0.75),
    ("appos-poss-parent", ("~SUBSIDIARY_OF", "OPERATES"),
     # "ByteDance, TikTok's Chinese parent company"
     r"{S=Company}\s*,\s+(?:the\s+)?{O}['’]s\s+(?:⟦L\d+⟧\s+)?(?i:parent|owner|parent\s+company|"
     r"parent\s+firm|corporate\s+parent)\s*[,.;)]", 0.8),
    # "its cloud business, AWS": a named part of the firm in apposition.
    ("poss-business-appos", ("SUBSIDIARY_OF",),
     r"{O=Company}['’]s\s+(?:[\w-]+\s+){0,2}?(?i:business|arm|division|unit|subsidiary)\s*,\s+"
     r"{S=Company}", 0.75),
    # "AWS, which includes the CIA and Defense Department as customers".
    ("counts-as-customers", ("CONTRACTS_WITH",),
     r"{S=Company}\s*,?\s+(?:(?i:which|that)\s+)?(?i:includes?|included|counts?|counted|lists?|"
     r"listed|has|had)\s+(?:the\s+)?{OL=Agency}\s+(?i:as|among)\s+(?:(?i:its|their)\s+)?"
     r"(?i:customers|clients)", 0.7),
    ("awarded-contract-from", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+{G}(?i:awarded|won|received|secured|landed)\s+(?:a|an|its|the|their|"
     r"⟦C\d+⟧['’]s)\s+"
     r"{GX}(?i:contracts?)\b{GX}\s(?i:from|by)\s+(?:the\s+)?{O=Agency}", 0.7),
    ("appos-backed-by", ("~INVESTED_IN",),
     r"{S=Company}\s*,\s+(?:(?:a|an|the)\s+{DESC})?(?i:backed|funded|financed)\s+by\s+"
     r"(?:[a-z][\w-]*\s+){0,2}?{OL=Person,Company,Organization}", 0.7),
    ("x-subsidiary", ("SUBSIDIARY_OF",), r"{O}\s+(?i:subsidiary|unit)\s+{S}", 0.75),
    # "Avigilon, a Motorola Solutions company"; "Gamma International UK Ltd is part of the Gamma
    # Group"; "a web of subsidiaries including Cytrox"
    ("appos-a-x-company", ("SUBSIDIARY_OF",),
     r"{S=Company}\s*,\s+(?i:a|an)\s+{O=Company}\s+(?i:company|business|brand)\s*[,.;)]", 0.75),
    ("is-part-of", ("SUBSIDIARY_OF",),
     r"{S=Company}{APPOS}\s+(?i:is|was|became|has\s+been|are|were)\s+(?:(?i:now|also|still)\s+)?"
     r"(?:a\s+)?(?i:part|division|unit|subsidiary|arm)\s+of\s+(?:the\s+)?{O=Company}", 0.75),
    ("subsidiaries-including", ("~SUBSIDIARY_OF",),
     r"{S=Company}(?:['’]s|{APPOS}\s+{G}(?:(?i:owns|owned|has|had|operates|operated|controls|"
     r"through|via)\s+))\s*(?:(?:a|an|the|its|several|many|multiple|web\s+of|network\s+of|"
     r"number\s+of)\s+)*(?:[\w-]+\s+)?(?i:subsidiaries|units|affiliates)\s*,?\s+(?i:including|"
     r"such\s+as|like|among\s+them)\s+{OL=Company}", 0.7),
    # "NetPosa and a subsidiary, SenseNets".
    ("and-a-subsidiary", ("SUBSIDIARY_OF",),
     r"{O=Company}\s+and\s+(?:a|its|one)\s+(?:[\w-]+\s+)?(?i:subsidiary|unit|affiliate)\s*,\s+{S=Company}",
     0.8),
    # "Octopus Data, a Shenzhen Vision Information Technology Company subsidiary".
    ("appos-x-subsidiary", ("SUBSIDIARY_OF",),
     r"{S}\s*,\s+(?:a|an|the)\s+(?:(?:wholly[\s-]owned|[\w-]+-based)\s+)?{O}\s+"
     r"(?i:subsidiary|unit|division|affiliate)\b", 0.8),
    ("parent-company", ("DEVELOPS", "~SUBSIDIARY_OF", "OPERATES"),
     r"{O}{POS}\s+(?i:parent\s+company|holding\s+company|parent|owner|maker|developer|"
     r"manufacturer|creator),?\s+"
     r"(?:(?i:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?i:firm|company|group|fund|conglomerate)\s+)?"
     r"{S}", 0.85),
    ("which-runs", ("OPERATES", "DEVELOPS", "~SUBSIDIARY_OF"),
     r"{S}\s*,\s+(?i:which|that)\s+(?:(?i:also|now|still)\s+)?(?i:runs|operates|owns|ran|"
     # "Advent International, which owns smartcard maker Oberthur Technologies"
     r"operated|owned)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,2}?(?i:maker|makers|firm|company|"
     r"developer|provider|vendor|operator)\s+)?{OL}",
     0.8),
    ("company-that-owns", ("DEVELOPS", "OPERATES", "~SUBSIDIARY_OF"),
     r"{S}\s*,\s+(?:the|a|an)\s+{WSC}(?i:company|firm|maker|startup)\s+(?i:that|which)\s+(?i:"
     r"owns|makes|sells|built|developed|created|runs|operates)\s+(?:the\s+)?{OL}", 0.85),
    ("before-founding", ("FOUNDED",),
     r"(?i:before|after)\s+(?i:starting|founding|launching|co-founding|creating)\s+{O=Company,"
     r"Organization}[^⟦⟧;]{0,30}?,\s+{S=Person}", 0.7),
    ("acquired", ("ACQUIRED",),
     r"{S}{APPOS}\s+{G}(?<!was\s)(?<!were\s)(?<!been\s)(?<!being\s)(?<!is\s)(?<!be\s)"
     r"(?i:acquired|acquires|acquire|bought|buys|buy|buying|purchased|purchases|"
     r"took\s+over|takes\s+over|snapped\s+up|acquiring|completed\s+(?:its|the)\s+(?:acquisition|"
     # (not a share: "acquired 10.42% of Dahua" is a stake, INVESTED_IN)
     r"purchase)\s+of)\s+(?!(?i:from)\b)(?!(?:(?i:a|an|about|nearly|almost|over|some)\s+)?"
     r"[\d.,]+\s*(?:%|(?i:percent|per\s+cent)))(?:the\s+)?{GX}{O}(?!['’]s)", 0.8),
    # "China Mobile has acquired 10.42% of Dahua", "bought a 20% stake in X"
    ("acquired-share-of", ("INVESTED_IN",),
     r"{S}{APPOS}\s+{G}(?i:acquired|acquires|acquire|bought|buys|buy|purchased|purchases|took|"
     r"takes|holds|held|owns|owned)\s+(?:(?i:a|an|about|nearly|almost|over|some)\s+)?[\d.,]+\s*"
     r"(?:%|(?i:percent|per\s+cent))\s+(?:(?i:stake|share|interest)\s+)?(?i:of|in)\s+"
     r"(?:the\s+)?{O=Company}", 0.75),
    # "Since buying Nest back in 2014, Google ...", "After acquiring Ring, Amazon ...".
    ("having-bought", ("ACQUIRED",),
     r"(?:^|[;—–]\s*)(?:(?i:since|after|following|upon|by)\s+)?(?:(?i:having)\s+)?(?i:buying|"
     r"bought|acquiring|acquired|purchasing|purchased|taking\s+over|took\s+over)\s+(?:the\s+)?"
     r"{O=Company}(?:[^⟦⟧;,]|⟦[LTt]\d+⟧){0,40}?,\s+{S=Company}\s+(?!(?i:and|or)\b)", 0.75),
    ("business-it-bought", ("ACQUIRED",),
     r"{O=Company}(?:\s*,\s+|\s+(?i:is|was)\s+)(?:the|a|an)\s+{WS3}(?i:business|unit|company|"
     r"firm|division|maker|startup|start-up)\s+(?:(?i:that|which)\s+)?{S}\s+(?:(?i:had|has)\s+)?"
     r"(?i:bought|acquired|purchased|took\s+over)\b", 0.75),
    ("bought-from-seller", ("SUBSIDIARY_OF",),
     r"{S=Company}\s*,\s+(?:the|a|an)\s+{W3}(?i:business|unit|company|firm|division)\s+"
     r"(?:(?i:that|which)\s+)?⟦C\d+⟧\s+(?:(?i:had|has)\s+)?(?i:bought|acquired|purchased)\s+"
     r"from\s+(?:the\s+)?{W3}{O=Company}", 0.7),
    ("which-x-bought", ("ACQUIRED",),
     r"{O=Company}{PLACED}\s*,\s+(?i:which|that)\s+{S=Company}\s+(?:(?i:had|has)\s+)?(?i:bought|acquired|"
     r"purchased|took\s+over)\b", 0.8),
    ("was-acquired", ("ACQUIRED",),
     r"{O}{APPOS}\s+(?i:was|has\s+been|is\s+being|were|had\s+been)\s+(?i:acquired|bought|purchased|"
     # "was acquired for $900m [€772m] by": the price between the verb and the buyer
     r"taken\s+over)\s+(?:(?i:for|in)\s+[^⟦⟧;,]{0,40}?\s+)?by\s+(?:the\s+)?{S}", 0.85),
    ("acquisition-of", ("ACQUIRED",),
     r"{S}{POS}\s+{W2}(?i:acquisition|purchase|takeover|buyout)(?:\s+(?i:last|this|earlier)\s+"
     r"(?i:year|month))?\s+of\s+{O}(?!['’]s)", 0.8),
    ("acquisition-by", ("ACQUIRED",),
     r"(?i:acquisition|purchase|takeover)\s+of\s+{O}\s+by\s+{S}", 0.8),
    ("stake-in", ("INVESTED_IN",),
     r"{SL}(?:{APPOS}|\s*,\s+(?i:which|that|who))\s+{G}(?i:bought|buys|purchased|acquired|took|"
     r"takes|holds|held|owns|owned|sold|has|had)\s+(?:a|an|its|their)\s+(?:[\w$.,-]+\s+){0,4}?"
     r"(?i:stake|shareholding)\s+in\s+(?:the\s+)?{O}", 0.7),
    # "Twitter, which owns five percent of Dataminr".
    ("owns-percent-of", ("INVESTED_IN",),
     r"{S}(?:{APPOS}|\s*,\s+(?i:which|that|who))\s+{G}(?i:owns|owned|holds|held)\s+(?:a\s+|an\s+)?"
     r"(?:[\w.,]+\s+){0,2}?(?i:percent|per\s+cent|%)\s+(?i:of|in)\s+(?:the\s+)?{O=Company}", 0.7),
    # "Dataminr, which is 5% owned by Twitter": a share held is an investment.
    ("percent-owned-by", ("INVESTED_IN",),
     r"{O=Company}\s*,?\s+(?:(?i:which|that)\s+)?(?i:is|was|were|are)\s+(?:(?i:about|roughly|"
     r"nearly|some|around)\s+)?[\d.,]+\s*(?:%|(?i:percent|per\s+cent))[\s-]+(?i:owned|controlled|"
     r"held)\s+by\s+(?:the\s+)?{SL}", 0.75),
    ("majority-stake", ("ACQUIRED",),
     r"{S}(?:{APPOS}|\s*,\s+(?i:which|that))\s+{G}(?i:bought|purchased|acquired|took)\s+(?:a|an)\s+"
     r"(?:[\w$.,-]+\s+){0,2}?(?i:majority|controlling)\s+(?i:stake|shareholding)\s+in\s+"
     r"(?:the\s+)?{O}", 0.7),
    # "its work with the Pentagon, CIA and DHS": the firm's dealings with agencies.
    ("poss-work-with", ("CONTRACTS_WITH",),
     r"{S=Company}['’]s\s+(?:[\w-]+\s+){0,2}?(?i:work|contracts?|deals?|dealings)\s+(?i:with|for)\s+"
     r"(?:the\s+)?{OL=Agency}", 0.65),
    # "a $9 million deal with Axon Enterprises for hundreds of body-worn cameras": the
    # supplier makes what the deal is for.
    ("deal-with-for", ("DEVELOPS",),
     # ("a $1.18 million contract to Idemia for facial recognition technology")
     r"(?i:contracts?|deals?|agreements?|orders?)\s+(?i:with|to)\s+(?:the\s+)?{SL=Company}\s+"
     r"(?i:for|to\s+(?:supply|"
     r"provide|deliver|install))\s+(?:[\w,$.-]+\s+){0,4}?{O=Technology,Product}", 0.7),
    ("deal-between", ("CONTRACTS_WITH",),
     r"(?i:contract|deal|agreement)\s+(?:(?i:worth|valued\s+at)\s+[^⟦⟧;]{0,30}?\s+)?(?i:between)\s+"
     r"(?:the\s+)?{S=Company}\s+(?i:and)\s+(?:the\s+)?{O=Agency}", 0.7),
    ("deal-between-agency", ("~CONTRACTS_WITH",),
     r"(?i:contract|deal|agreement)\s+(?:(?i:worth|valued\s+at)\s+[^⟦⟧;]{0,30}?\s+)?(?i:between)\s+"
     r"(?:the\s+)?{S=Agency}\s+(?i:and)\s+(?:the\s+)?{O=Company}", 0.7),
    ("awarded-agency-contracts", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+{G}(?i:awarded|won|received|secured|landed|holds|held)\s+"
     r"[^⟦⟧;]{0,50}?{O=Agency}\s+(?i:contracts?|deals?)\b", 0.7),
    ("known-for-founding", ("FOUNDED",),
     r"{S=Person}\s*,\s+(?:the|a|an)\s+{DESC}(?i:known|famous|best\s+known)\s+for\s+"
     r"(?i:founding|co-founding|cofounding|starting|creating)\s+{O}", 0.75),
    ("best-known-for", ("DEVELOPS",),
     r"{S=Company}(?:\s*,\s+|\s+(?i:is|was|has\s+been|became)\s+)(?:(?i:best|mostly|perhaps\s+"
     r"best|widely|also)\s+)?(?i:known)\s+for\s+(?:(?i:the|its|their)\s+)?"
     r"(?:⟦[rt]\d+⟧[\s-]+){0,2}"
     r"{OL=Product,Technology}", 0.75),
    ("invested", ("INVESTED_IN",),
     r"{SL}(?:{APPOS}|\s*,\s+(?i:which|that|who))\s+{G}(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)"
     r"(?<!been\s)(?<!be\s)(?i:invested|invests|invest|co-led|backed|"
     r"backs|funded|funds|financed)\s+(?i:"
     r"in\s+)?{GX}{OL}", 0.7),
    # "the company will be pouring $450 million into ADT": money put into a firm.
    ("poured-money-into", ("INVESTED_IN",),
     r"{SL}{APPOS}\s+{G}(?i:pour|pours|poured|pouring|sink|sinks|sank|sunk|sinking|plow|plows|"
     r"plowed|plowing|pump|pumps|pumped|pumping)\s+(?=[^⟦⟧;]{0,30}?[$€£\d])[^⟦⟧;]{0,50}?\s+"
     r"(?i:into)\s+(?:the\s+)?{O=Company}", 0.7),
    ("raised-led-by", ("INVESTED_IN",),
     r"{O}{GX}(?<!was\s)(?<!were\s)(?i:raised|raises|raising|secured|closed|landed)\s+"
     r"(?=[^⟦⟧;]{0,60}?(?:[$€£]|\b(?i:millions?|billions?|dollars|round|funding|capital|series)\b))"
     r"{GX}(?i:led\s+by|from|with\s+"
     r"participation\s+from|backed\s+by)\s+(?:the\s+)?{GX}{SL}", 0.75),
    ("round-participation", ("INVESTED_IN",),
     r"{O}{GX}(?i:raised|raises|raising|secured|closed)\s+{GX}(?i:round|funding|investment)"
     r"(?:[^⟦⟧;]|⟦[A-Z]\d+⟧){0,120}?(?i:participation\s+from|joined\s+by|also\s+included)\s+"
     r"(?:the\s+)?{SL}", 0.7),
    # "Founders Fund led Anduril's Series E round", "Sequoia co-led Flock's $150 million raise"
    ("led-poss-round", ("INVESTED_IN",),
     r"{SL=Company,Person,Organization}{APPOS}\s+{G}(?i:led|co-led|leads|co-leads|headed|joined|"
     r"participated\s+in)\s+{O=Company}['’]s\s+(?:[\w$.,-]+\s+){0,4}?(?i:round|raise|financing|"
     r"funding|investment)\b", 0.75),
    # "Verkada's newest round, which also included Michael Dell's MSD Partners, Sequoia ...".
    ("round-included", ("INVESTED_IN",),
     r"{O=Company}['’]s\s+(?:[\w$.-]+\s+){0,3}?(?i:round|raise|financing)\s*,?\s+(?:(?i:which|"
     r"that)\s+)?(?:(?i:also|has|had|was)\s+){0,2}(?i:included|includes|drew|attracted|led\s+by)\s+"
     r"(?:(?:[\w'’-]+|⟦E\d+⟧['’]s)\s+){0,3}?{SL}", 0.7),
    # "its latest $275 million funding round from major investors, who include A and B".
    ("round-from-investors", ("INVESTED_IN",),
     r"{O=Company}['’]s\s+(?:[\w$.-]+\s+){0,4}?(?i:round|raise|financing)\s+(?i:from|led\s+by)\s+"
     r"(?:[^⟦⟧;]|⟦L\d+⟧){0,40}?(?i:investors|backers|firms)\s*,?\s+(?:(?i:who|which|that)\s+)?"
     r"(?i:include|included|including|such\s+as|like)\s+{SL}", 0.7),
    # "brought investors like Linse Capital to Verkada's newest round".
    ("investors-like-to-round", ("INVESTED_IN",),
     r"(?i:investors|backers)\s*,?\s+(?i:like|such\s+as|including)\s+{SL}\s+(?i:to|into|in)\s+"
     r"{O=Company}['’]s\s+(?:[\w$.-]+\s+){0,3}?(?i:round|raise|financing)\b", 0.7),
    # "SoftBank Group Corp. is leading an investment in AnyVision".
    ("leading-investment-in", ("INVESTED_IN",),
     r"{SL}{APPOS}\s+(?:(?i:is|was|will\s+be|has\s+been)\s+)?(?i:leading|led|co-leading|co-led|"
     r"joining|joined|participating\s+in|participated\s+in)\s+(?:an?|the|its)\s+"
     r"(?:[\w$.-]+\s+){0,3}?(?i:investment|round|financing)\s+(?i:in|into)\s+(?:the\s+)?{O}", 0.75),
    ("invested-round-led-by", ("INVESTED_IN",),
     r"(?i:invested\s+in|backed|funded)\s+{O}{GX}(?i:round)\s+led\s+by\s+(?:the\s+)?{SL}", 0.7),
    ("backed-by", ("INVESTED_IN",),
     # "Paragon, which was founded by former officers and backed by Ehud Barak"
     r"{O}(?:\s*,\s+(?i:which|that)\s+(?:[^⟦⟧;,]|⟦[LTt]\d+⟧){0,100}?\s+(?i:and))?"
     r"\s*,?\s+(?:(?i:is|was|has\s+been)\s+)?(?i:backed|funded)\s+by\s+{GX}{SL}", 0.7),
    ("funding-investors-like", ("INVESTED_IN",),
     r"{O=Company}{APPOS}\s+{G}(?i:raised|raises|raising|secured|closed|landed|attracted)\s+"
     r"[^⟦⟧;]{0,80}?(?i:investors|backers)\s*,?\s+(?i:like|such\s+as|including|among\s+them)\s+"
     r"(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+){0,3}?{SL}", 0.7),
    ("investor-in", ("INVESTED_IN",),
     r"{S}\s*,\s+(?:[\w-]+\s+){0,3}?(?:an?|the)\s+{W2}(?i:investor|backer|shareholder|stakeholder)\s+"
     r"(?:(?i:in)|"
     r"(?i:owning|holding|with)\s+[^⟦⟧;]{0,40}?\s+(?i:of|in))\s+{O}", 0.75),
    # "Another investor in AnyVision is the US semiconductor firm Qualcomm".
    ("investor-in-is", ("~INVESTED_IN",),
     r"(?i:investors?|backers?|shareholders?)\s+in\s+(?:the\s+)?{S=Company}\s+(?i:is|was|are|"
     r"were|include|includes|included)\s+(?:(?i:the|a|an)\s+)?(?:(?:[a-z][\w-]*|⟦[LTt]\d+⟧)\s+)"
     r"{0,4}?{OL}(?!['’]s)", 0.7),
    # "scrutiny over its investment in AnyVision": the backer's own investment.
    ("poss-investment-in", ("INVESTED_IN",),
     r"{S}['’]s\s+(?:[\w-]+\s+){0,2}?(?i:investments?|stakes?|shareholdings?)\s+in\s+(?:the\s+)?"
     r"{OL=Company}(?!['’]s)", 0.7),
    # "Lockheed Martin Ventures, a Skydio investor": the backer named before the noun.
    ("appos-x-investor", ("INVESTED_IN",),
     r"{S}\s*,\s+(?:a|an|the|another|one)\s+(?:(?i:early|major|key|big|longtime|existing|"
     r"prominent|minority|majority|lead)\s+)?{O=Company}\s+(?i:investor|backer|shareholder|funder)\b",
     0.75),
    # "SafeGraph includes Peter Thiel among its investors".
    # ... and "Elliptic also counts Spanish bank Santander as an investor".
    ("counts-among-investors", ("INVESTED_IN",),
     r"{O=Company}\s+(?:(?i:also|now)\s+)?(?i:counts|count|counted|includes|include|included|lists|"
     r"listed)\s+(?:(?:[a-z-]+|⟦L\d+⟧)\s+){0,3}?{SL}(?:[^⟦⟧;]|⟦[LTt]\d+⟧){0,60}?\s+"
     r"(?i:among|as)\s+(?i:its|their|an?)\s+"
     r"(?:[\w-]+\s+)?(?i:investors?|backers?|funders?|shareholders?)\b", 0.75),
    # "The French state is the largest shareholder in Thales", "Bpifrance is Gemalto's
    # second-biggest shareholder".
    ("is-shareholder-in", ("INVESTED_IN",),
     r"{S}\s+(?i:is|was|remains|became|has\s+been)\s+(?i:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
     r"(?i:shareholder|investor|backer|stakeholder)s?\s+(?i:in|of)\s+{O=Company}", 0.75),
    ("is-poss-shareholder", ("INVESTED_IN",),
     r"{S}\s+(?i:is|was|remains|became|has\s+been)\s+{O=Company}['’]s\s+(?:[\w-]+\s+){0,2}?"
     r"(?i:shareholder|investor|backer|stakeholder)\b", 0.75),
    ("investor-alongside", ("INVESTED_IN",),
     r"(?i:investor|backer|shareholder)s?\s+in\s+{O=Company}\s+(?i:alongside|along\s+with|"
     r"together\s+with)\s+(?:the\s+)?{SL}", 0.7),
    ("partially-owned-by", ("INVESTED_IN",),
     r"{O=Company}\s+(?i:is|was|are|were)\s+(?i:partially|partly|part-|minority|majority|jointly)[\s-]*"
     r"(?i:owned|controlled)\s+by\s+(?:the\s+)?{SL}", 0.75),
    ("investment-from", ("INVESTED_IN",),
     r"{O=Company}{APPOS}\s*,?\s+(?:(?i:which|that)\s+)?{G}(?i:investment|funding|financing|backing)s?\s+"
     r"(?i:from|by)\s+(?:the\s+)?(?:(?:[\w-]+|⟦[Tt]\d+⟧)\s+){0,4}?"
     # "from the CIA's venture capital arm, In-Q-Tel": the arm named after its owner invested
     r"(?:⟦[A-Z]\d+⟧['’]s\s+(?:[\w-]+\s+){0,3}?(?i:arm|fund|unit|subsidiary)\s*,\s+)?{SL}", 0.7),
    ("investors-backing-including", ("INVESTED_IN",),
     r"(?i:investors|backers|shareholders)\s+{G}(?i:backing|backed|funding|funded|invested\s+in)\s+"
     r"{O}\s*,?\s+(?i:including|such\s+as|like|among\s+them)\s+{SL}", 0.7),
    ("backed-compound", ("INVESTED_IN",),
     r"{S}-(?i:backed|funded)\s+(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+){0,3}?{O=Company}", 0.7),
    # "launched its “Axon Air” program in partnership with DJI", "a strategic partnership
    # deal with Serbia's Interior Ministry", "a joint investigation with Germany's Spiegel".
    # "Dedrone secured strategic partnerships with Airbus, Singtel, and Deutsche Telekom"
    # "ZTE has partnerships with various technology companies, including Microsoft and Dell"
    ("partnerships-with", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization}{APPOS}\s+(?:(?i:has|have|had)\s+)?(?:(?i:also|since|now)\s+)?"
     r"(?:(?i:secured|signed|formed|struck|announced|forged|established|entered\s+into|launched|"
     r"has|have|had|holds)\s+)?"
     r"(?:(?i:a|an|new|several|strategic|formal|commercial|technology|multiple|global|key)\s+){0,3}"
     r"(?i:partnerships?|alliances?)\s+with\s+(?:the\s+)?(?:(?i:various|several|many|other|major|"
     r"leading)\s+(?:[a-z][\w-]*\s+){0,2}?(?i:companies|firms|vendors|providers|partners)\s*,?\s+"
     r"(?i:including|such\s+as|like)\s+)?{OL=Company,Agency,Organization}", 0.75),
    ("partnership-frame", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization}(?:{APPOS}|\s*,\s+(?i:which|who|that))\s+{GXR}"
     r"(?i:in\s+(?:a\s+)?partnership\s+with|"
     r"(?:strategic\s+)?partnership\s+(?:deal|agreement|contract)?\s*with|joint\s+(?:investigation|"
     r"venture|project|effort|operation|bid)\s+with|in\s+collaboration\s+with|in\s+cooperation\s+"
     r"with|in\s+conjunction\s+with|in\s+tandem\s+with)\s+(?:the\s+)?(?:⟦L\d+⟧['’]s\s+)?"
     r"{OL=Company,Agency,Organization}", 0.65),
    # "a joint IPVM investigation with the Los Angeles Times"
    ("joint-x-work-with", ("PARTNERS_WITH",),
     r"(?i:joint)\s+{S=Company,Organization,Agency,Platform}\s+(?i:investigation|project|study|"
     r"report|venture|effort|operation)\s+with\s+(?:the\s+)?{O=Company,Organization,Agency,"
     r"Platform}", 0.7),
    # "In partnership with Twitter, Dataminr launched Dataminr for News."
    ("fronted-partnership", ("PARTNERS_WITH",),
     r"(?:^|[.;]\s+)(?i:in\s+(?:a\s+)?(?:partnership|collaboration|cooperation)\s+with|together\s+"
     r"with|teaming\s+up\s+with)\s+(?:the\s+)?{OL=Company,Agency,Organization,Platform}\s*,\s+"
     r"(?:the\s+)?{S=Company,Agency,Organization,Platform}", 0.7),
    ("partnered", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization,Platform,Product}{APPOS}\s+{G}(?i:partnered|partners|"
     r"partnering|team(?:ed|s|ing)?\s+up|collaborates|collaborated|collaborating|alliance|"
     r"(?:announced|formed|struck|"
     r"inked|unveiled|launched)\s+(?:a|an)\s+(?:new\s+|formal\s+)?partnership|entered\s+(?:into\s+)?"
     r"(?:a\s+)?partnerships?|signed\s+a\s+"
     r"partnership|integrat(?:es|ed|ing)|"
     # "initiated cooperation with Huawei" (never "cooperating with the police": complying)
     r"(?:initiated|began|started|launched|deepened|expanded)\s+(?:its\s+|a\s+)?(?:[\w-]+\s+)?"
     r"cooperation)\s+with\s+(?:the\s+)?"
     # "teamed up with its Emirati peer Mubadala"
     r"(?:(?:its|their)\s+(?:⟦L\d+⟧\s+|[\w-]+\s+)?(?i:peer|rival|counterpart|partner)\s+)?"
     # "partnered with international technology companies such as Japan's Softbank Group"
     r"(?:(?:[\w-]+\s+){0,3}?(?i:companies|firms|vendors|suppliers|providers|partners)\s*,?\s+"
     r"(?i:such\s+as|like|including)\s+(?:the\s+)?(?:⟦L\d+⟧['’]s\s+)?)?"
     r"{OL=Company,Agency,Organization,Platform,"
     r"Product}", 0.7),
    # "the Chicago Police Department's decision to team up with Clearview AI"
    ("poss-move-to-partner", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization,Platform}['’]s?\s+(?:[\w-]+\s+)?(?i:decision|move|plan|"
     r"agreement|choice)\s+to\s+(?i:team\s+up|partner|collaborate|work)\s+with\s+(?:the\s+)?"
     r"{OL=Company,Agency,Organization,Platform}", 0.7),
    # "The report was a collaboration between the Brennan Center and Data for Black Lives".
    ("collaboration-between", ("PARTNERS_WITH",),
     r"(?i:collaboration|cooperation|partnership|joint\s+(?:project|venture|effort|investigation))"
     r"\s+between\s+"
     r"(?:the\s+)?{S=Company,Agency,Organization,Platform}(?:\s+(?:at|of)\s+(?:⟦[A-Z]\d+⟧|[A-Z]"
     r"[\w-]*(?:\s+[A-Z][\w-]*)?))?\s+and\s+(?:the\s+)?{O=Company,Agency,Organization,Platform}",
     0.7),
    # "announcing its alliance with Ring".
    ("poss-alliance-with", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization,Platform}['’]s\s+(?:(?i:new|own|long-?standing|strategic)\s+)?"
     r"(?i:alliance|partnership|collaboration)\s+with\s+(?:the\s+)?{OL=Company,Agency,Organization,"
     r"Platform}", 0.7),
    # "Twitter partner Dataminr", "Dataminr, an official partner of X".
    ("x-partner-name", ("PARTNERS_WITH",),
     r"{O=Company,Platform,Agency,Organization}\s+(?i:partner)\s+{S=Company,Platform,Organization}"
     r"(?!['’]s)", 0.7),
    ("appos-partner-of", ("PARTNERS_WITH",),
     r"{S=Company,Platform,Agency,Organization}\s*,\s+(?:(?i:which|who)\s+(?i:is|was)\s+)?"
     r"(?:a|an|the)\s+(?:(?i:official|longtime|long-?standing|key|strategic|technology|major|"
     r"close)\s+)?(?i:partner)\s+(?i:of|to)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?"
     r"{O=Company,Platform,Agency,Organization}", 0.7),
    # "together with its consortium partners IBM Belgium and Leonardo".
    ("poss-partners", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization}['’]s\s+(?:[\w-]+\s+)?(?i:partners?)\s*,?\s+{OL=Company,"
     r"Agency,Organization}", 0.7),
    ("and-partnered", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization,Platform}\s+and\s+(?:(?:[a-z][\w-]*|⟦[LTt]\d+⟧)\s+){0,3}?"
     r"{O=Company,Agency,Organization,Platform}"
     r"\s+(?:\w+\s+){0,2}?(?i:partnered|teamed\s+up|(?:formed|forming|form)\s+a\s+(?:[\w-]+\s+)?"
     r"partnership|announced\s+a\s+partnership)", 0.75),
    ("worked-with", ("CONTRACTS_WITH", "PARTNERS_WITH"),
     r"{S=Company}(?:{APPOS}|\s*,\s+(?:(?:a|an|the)\s+{W5}(?i:startup|company|firm|maker|vendor)\s+)?"
     r"(?i:that|which))\s+(?:(?i:has|had|have)\s+)?(?:(?i:also|long|previously|already|"
     r"reportedly|allegedly)\s+)?"
     # ("Palantir is working with the Ukrainian government")
     r"(?:(?i:worked|works|collaborated|collaborates)|(?i:is|are|was|were|has\s+been|have\s+been)"
     r"\s+(?:(?i:also|now|already|reportedly)\s+)?(?i:working|collaborating))\s+"
     r"(?:closely\s+)?with\s+(?:the\s+)?{OL=Company,Agency}", 0.65),
    # "The Los Angeles Police Department is a longtime Palantir customer"
    ("agency-is-x-customer", ("~CONTRACTS_WITH",),
     r"{S=Agency}{APPOS}\s+(?i:is|was|has\s+been|had\s+been|became|remains)\s+(?:(?i:also|now|"
     r"still)\s+)?(?i:a|an|the)\s+(?:(?i:longtime|long-time|major|big|key|large|paying|"
     r"loyal|early|first|existing|current|former)\s+)?{O=Company}\s+(?i:customer|client)\b",
     0.75),
    # "Microsoft and OpenAI have a partnership"
    ("pair-have-partnership", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization,Platform}\s+(?i:and)\s+{O=Company,Agency,Organization,"
     r"Platform}\s+(?i:have|had|has|formed|announced|signed|struck|inked|entered|launched|"
     r"unveiled)\s+(?:(?i:into)\s+)?(?:(?i:a|an)\s+)?(?:[\w-]+\s+){0,2}?(?i:partnership|alliance|"
     r"joint\s+venture|collaboration)\b", 0.75),
    # "a joint New York Times and ProPublica investigation": two bodies' shared work.
    ("joint-pair-work", ("PARTNERS_WITH",),
     r"(?i:joint)\s+{S=Company,Agency,Organization,Platform}\s+(?i:and)\s+"
     r"{O=Company,Agency,Organization,Platform}\s+(?i:investigation|report|probe|study|analysis|"
     r"project|effort|operation|venture|research)\b", 0.75),
    # "Corsight AI had been subcontracted by UK company Digital Barriers", "(alongside partner
    # IDEMIA)".
    ("subcontracted-by", ("PARTNERS_WITH",),
     r"{S=Company}{APPOS}\s+(?i:was|were|had\s+been|has\s+been|is|are)\s+(?i:subcontracted|"
     r"hired\s+as\s+(?:a\s+)?subcontractor)\s+by\s+(?:the\s+)?(?:(?:[a-z][\w-]*|⟦L\d+⟧)\s+){0,3}?"
     r"(?:(?i:company|firm|contractor|group)\s+)?{O=Company}", 0.7),
    ("alongside-partner", ("PARTNERS_WITH",),
     r"{S=Company,Organization}{APPOS}\s+{G}\(?(?i:alongside|with|together\s+with)\s+(?i:its\s+)?"
     r"(?i:partners?)\s+{OL=Company,Organization}", 0.7),
    # "Tim Hortons, working with a service provider called Radar, used ...".
    ("appos-working-with", ("PARTNERS_WITH",),
     r"{S=Company}\s*,\s+(?i:working|which\s+worked|which\s+works)\s+(?:closely\s+)?with\s+"
     r"(?:the\s+)?{OL=Company}\s*,", 0.65),
    ("partnership-entered-with", ("PARTNERS_WITH",),
     r"(?i:partnership|alliance|deal)\s+{S=Company,Agency,Organization,Platform}\s+(?i:entered|"
     r"signed|struck|formed)\s+(?:into\s+)?with\s+(?:the\s+)?{O=Company,Agency,Organization,"
     r"Platform}", 0.7),
    # "Pangiam, in partnership with West Virginia University, will develop"
    ("in-partnership-with", ("PARTNERS_WITH",),
     r"{S=Company,Agency,Organization}\s*,?\s+{W5}(?i:in\s+(?:a\s+)?partnership|together)\s+with\s+"
     r"(?:the\s+)?{OL=Company,Agency,Organization}", 0.65),
    # "a consortium consisting of the two French companies IDEMIA and Sopra Steria", "a joint
    # initiative by the Greater Orlando Aviation Authority (GOAA), the airline, and CBP"
    ("joint-members", ("PARTNERS_WITH",),
     r"(?i:consortium|joint\s+(?:initiative|venture|project|effort|bid|programm?e?)|alliance|"
     r"coalition)\s+(?i:consisting\s+of|comprising|made\s+up\s+of|formed\s+by|of|by|between)\s+"
     r"{WSC}{S=Company,Agency,Organization,Platform}(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
     r"{OL=Company,Agency,Organization,Platform}", 0.7),
    ("team-includes", ("PARTNERS_WITH",),
     r"{S=Company}{POS}\s+(?i:team|consortium|bid)\s+{W3}(?i:includes|included|comprises|"
     r"brings\s+together)\s+{W3}{OL=Company}", 0.7),
    ("group-led-by-includes", ("PARTNERS_WITH",),
     r"(?i:group|consortium|team)\s+led\s+by\s+{S=Company}\s*,?\s+(?i:that|which)\s+"
     r"(?i:includes|included)\s+{W5}{OL=Company}", 0.7),
    # --- selling, buying and using ---------------------------------------------------------
    ("contractor", ("CONTRACTS_WITH",),
     r"{S}\s+(?i:has\s+been|is|was|became|had\s+been)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{O}"
     r"{POS}\s+(?i:contractor|vendor|supplier)", 0.75),
    # "The firm is under FBI investigation"
    ("under-investigation", ("~INVESTIGATED",),
     r"{S}{APPOS}\s+(?i:is|was|are|were|has\s+been|remains|came)\s+(?:(?i:now|also|currently|"
     r"reportedly)\s+)?(?i:under)\s+(?:(?:an?|the)\s+)?{O=Agency}\s+(?i:investigation|inquiry|"
     r"probe|scrutiny)", 0.7),
    # "Sopra Steria is a long-standing supplier to eu-LISA", "a contractor for the Pentagon".
    ("supplier-to", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+(?i:is|was|has\s+been|had\s+been|became|remains|remained)\s+"
     r"(?:(?i:also|now|still|long)\s+)?(?:(?i:a|an|the|one\s+of\s+the)\s+)?(?:[\w-]+\s+){0,3}?"
     r"(?i:suppliers?|vendors?|contractors?|providers?)\s+(?:(?i:of)\s+(?:[^⟦⟧;,]|⟦[TtR]\d+⟧)"
     r"{0,50}?\s+)?(?i:to|for|of)\s+(?:the\s+)?{OL=Agency}", 0.7),
    ("x-contractor", ("CONTRACTS_WITH",),
     r"{O}{POS}\s+(?i:contractor|vendor|supplier)\s*,?\s+{S}", 0.75),
    ("sold-to", ("CONTRACTS_WITH",),
     r"{SL}{APPOS}\s+{G}(?i:sold|sells|sell|selling|supplied|supplies|supplying|provided|provides|"
     r"providing|licensed|licenses|pitched|marketed)\s+{GXR}(?:to|for)\s+(?:the\s+)?"
     r"(?:(?i:members|officers|staff|employees|agents|investigators)\s+(?:of|at)\s+(?:the\s+)?"
     r"(?:⟦A\d+⟧-led\s+)?)?{OL}", 0.65),
    # "Venntel, an American provider that resells data to ICE and the FBI".
    ("described-sells-to", ("CONTRACTS_WITH",),
     r"{S=Company}\s*,\s+(?:a|an|the)\s+{DESC}(?i:that|which)\s+(?:(?i:also|[a-z]+ly)\s+)?"
     r"(?i:sells|resells|sold|resold|supplies|supplied|provides|provided|licenses|licensed)\s+"
     r"{W3}(?i:to)\s+(?:the\s+)?{OL=Agency}", 0.7),
    # "the police were invoiced by NSO Group for 2.7 million shekels".
    ("invoiced-by", ("~CONTRACTS_WITH",),
     r"{S=Agency}\s+(?i:was|were|had\s+been|has\s+been)\s+(?:(?i:also|[a-z]+ly)\s+)?"
     r"(?i:invoiced|billed)\s+by\s+(?:the\s+)?{O=Company}", 0.75),
    # "a tool called Tangles from tech firm PenLink": the product, then its maker's kind.
    ("product-from-kind", ("~DEVELOPS",),
     r"{S=Product}\s+(?i:from|by)\s+(?:the\s+)?(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+){0,2}?(?i:firm|company|"
     r"maker|vendor|startup|developer|contractor|supplier)\s+{O=Company}", 0.75),
    ("provided-to-clients-like", ("CONTRACTS_WITH", "~USES"),
     r"{SL=Company}{APPOS}\s+{G}(?i:sold|sells|supplied|supplies|provided|provides|offered|"
     r"offers)\s+{GXR}(?i:to)\s+"
     # "to an assortment of US government entities, including", "to some of the world's
     # largest cryptocurrency platforms — including"
     r"(?:(?i:an?\s+(?:assortment|number|range|host|variety|array)\s+of|(?:some|many|dozens|"
     r"hundreds|scores)\s+of|several|many|various|numerous|multiple|\d+|two|three|four|five|"
     r"six|seven|eight|nine|ten)\s+)?(?:the\s+)?(?:(?:[\w'’-]+|⟦L\d+⟧)\s+){0,4}?"
     r"(?i:clients|customers|companies|agencies|organi[sz]ations|businesses|firms|entities|"
     r"departments|institutions|platforms|exchanges|governments|forces|authorities)\s*"
     r"(?:,|[—–]|\s-)?\s+(?i:like|such\s+as|including)\s+(?:the\s+)?{OL=Agency,Company,"
     r"Organization}", 0.65),
    ("providing-with", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+{G}(?i:provided|provides|providing|supplied|supplies|supplying|"
     r"equipped|equips|equipping)\s+(?:the\s+)?{OL=Agency}\s+(?i:with)\b", 0.7),
    ("is-customer-of", ("~CONTRACTS_WITH", "USES"),
     r"{S=Agency,Company,Organization}\s+{G}(?i:is|was|became|has\s+been|had\s+been|are|were)"
     r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?i:customer|client|user)s?\s+of\s+{O=Company}",
     0.7),
    # (also "spent $5 million earlier this year to buy 5,000 user permits for Babel X from X")
    ("spent-on-from", ("CONTRACTS_WITH",),
     # ("splurged $820,000 on tech made by Grayshift")
     _SPENT + r"(?i:on|for)\s+{GXR}(?i:from|(?:made|built|developed|supplied|sold)\s+by)\s+"
     r"(?:the\s+)?{SL=Company}", 0.7),
    # "The DEA spent $2 million on Cellebrite's tools".
    ("spent-on-poss", ("CONTRACTS_WITH",),
     _SPENT + r"(?i:on)\s+(?:the\s+)?{S=Company}['’]s\s", 0.7),
    # "the IRS bought licences from Venntel", "a division of DHS began to buy location data
    # from Venntel": the seller's contract.
    ("bought-from", ("CONTRACTS_WITH",),
     r"{OL=Agency}(?:{APPOS}\s+{G}|\s+{W3})(?i:bought|buys|buy|buying|purchased|purchases|purchase|"
     r"purchasing|licensed|licenses|ordered|leased|"
     r"acquired|obtained|(?:put|placed)\s+in\s+(?:an?\s+)?orders?\s+for|placed\s+(?:an?\s+)?"
     r"orders?\s+for)\s+{GX}\s+from\s+(?:the\s+)?{SL}", 0.75),
    # "In Milwaukee, police settled on a CSS sold by Tactical Support Equipment".
    ("bought-one-sold-by", ("CONTRACTS_WITH",),
     r"{OL=Agency}(?:{APPOS}\s+{G}|\s+{W3})(?i:bought|buys|buy|purchased|purchases|purchase|"
     r"licensed|ordered|leased|acquired|obtained|settled\s+on|chose|selected|picked|opted\s+for)\s+"
     r"(?:(?i:a|an|the|its|their)\s+)?(?:[\w$,.-]+\s+){0,3}?(?:⟦[TtR]\d+⟧|(?i:equipment|system|"
     r"device|software|tool|cameras?|drones?))(?:\s+(?i:system|device|equipment|software|tool))?"
     r"\s*,?\s+(?i:sold|supplied|provided|made|manufactured|offered|marketed)\s+by\s+(?:the\s+)?"
     r"{SL=Company}", 0.75),
    ("won-contract", ("CONTRACTS_WITH",),
     r"{SL}{APPOS}\s+{G}(?i:won|wins|awarded|received|secured|landed|signed|inked|scored|nabbed|"
     r"snagged|bagged|clinched|was\s+awarded|"
     r"has\s+been\s+awarded)\s+(?:a|an|the)\s+{W3}(?i:contract|deal)\s+(?i:from|with|by)\s+"
     r"(?:the\s+)?{OL}", 0.75),
    # "Palantir, a software firm which has contracted with ICE"; "ICE contracted with Palantir"
    ("contracted-with", ("CONTRACTS_WITH",),
     r"{SL=Company}(?:{APPOS}|\s*,\s+(?:(?:a|an|the)\s+{DESC})?(?i:which|that))\s+(?:(?i:has|had|have)"
     r"\s+)?(?:(?i:also|previously|already|long|since)\s+)?(?i:contracted|contracts)\s+with\s+"
     r"(?:the\s+)?{OL=Agency}", 0.75),
    ("agency-contracted-with", ("~CONTRACTS_WITH",),
     r"{SL=Agency}{APPOS}\s+(?:(?i:has|had|have)\s+)?(?:(?i:also|previously|already)\s+)?"
     r"(?i:contracted|contracts)\s+with\s+(?:the\s+)?{OL=Company}", 0.75),
    ("contract-worth-with", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+{G}(?i:signed|won|inked|landed|secured|holds|has)\s+(?:a|an)\s+{W3}"
     r"(?i:contract|deal|agreement)\s+(?:(?i:worth|valued\s+at)\s+[^⟦⟧;]{0,40}?\s+)?(?i:with)\s+"
     r"(?:the\s+)?{OL=Agency}", 0.75),
    ("paid-for-company", ("ACQUIRED",),
     r"{S=Company}{APPOS}\s+(?:(?i:has|had|will|agreed\s+to)\s+)?(?i:paid|pays|pay|paying)\s+"
     r"(?:(?i:about|roughly|nearly|almost|some|more\s+than|over)\s+)?[$€£]\s?[\d.,]+\s*"
     r"(?i:million|billion|bn|m)?\s+(?i:for|to\s+(?:buy|acquire))\s+(?:the\s+)?{O=Company}"
     r"(?!['’]s)", 0.75),
    ("awarded-contract", ("CONTRACTS_WITH",),
     r"{O}\s+{W2}(?i:awarded|gave|granted)\s+{S}\s+(?:a|an)\s+{W3}(?i:contract|deal)", 0.75),
    # "The board recently awarded a $3 million contract to AEGIX Global".
    ("awarded-a-contract-to", ("CONTRACTS_WITH",),
     r"{OL=Agency}(?:\s*,)?\s+{W2}(?i:awarded|awards|gave|granted|issued)\s+(?:(?:a|an|the)\s+)?{W3}"
     # "awarded contracts for border surveillance by drone to the companies Airbus, IAI and Elbit"
     r"(?i:contracts?|deals?)\s+(?:(?i:for|worth)\s+(?:[^⟦⟧;]|⟦[TtL]\d+⟧){0,60}?)?(?i:to)\s+(?:the\s+)?"
     r"(?:(?i:companies|firms|vendors|contractors)\s+)?{SL=Company}", 0.75),
    ("company-paid-to", ("USES",),
     r"{S=Company,Organization}\s+{W2}(?i:paid|pays|paying|hired|hires|hiring|contracted|"
     r"commissioned)\s+{O=Company}\s+(?i:to)\s+[a-z]", 0.65),
    ("paying", ("CONTRACTS_WITH",),
     r"{OL}\s+{W2}(?i:is\s+|are\s+|was\s+|has\s+been\s+)?(?i:paying|paid|pays|hired|hires|"
     r"contracted(?:\s+with)?|contracts(?:\s+with)?|contracting\s+with|"
     r"awarded\s+a\s+contract\s+to|bought\s+from|purchased\s+from|"
     # ("the Garda has made at least one direct payment to Hikvision")
     r"made\s+(?:[\w-]+\s+){0,4}?payments?\s+to|"
     r"licensed\s+from)\s+(?:the\s+)?{GX}{S}", 0.7),
    # "London's Metropolitan Police has been doing business with a Leeds-based company called
    # Datong plc"; "SOSi has long done business with the Pentagon".
    ("doing-business-with", ("CONTRACTS_WITH",),
     r"{O=Agency}{APPOS}\s+{W2}(?i:doing|does|do|did|done)\s+business\s+with\s+"
     r"(?:(?i:a|an|the)\s+{DESC}(?i:company|firm|vendor|contractor|startup|start-up)\s+"
     r"(?i:called|named)\s+)?{SL=Company}(?!['’]s)", 0.7),
    ("done-business-with", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+{W2}(?i:doing|does|do|did|done)\s+business\s+with\s+(?:the\s+)?"
     r"{OL=Agency}(?!['’]s)", 0.7),
    # "SyTech, one of the FSB's largest contractors"
    ("one-of-agency-contractors", ("CONTRACTS_WITH",),
     r"{S=Company}\s*,\s+(?i:one\s+of)\s+(?:the\s+)?{O=Agency}['’]s?\s+(?:[\w-]+\s+){0,2}?"
     r"(?i:contractors|suppliers|vendors)\b", 0.75),
    ("joined-program", ("CONTRACTS_WITH",),
     r"{OL}{GX}(?i:join|joined|joins|signed\s+up\s+for|enrolled\s+in)\s+{S}{POS}\s+{W2}(?i:"
     r"pilot|program|programme|trial|network)", 0.65),
    ("headline-contract", ("CONTRACTS_WITH",),
     r"{O}\s+(?:\w+\s+){0,2}?{S}\s+(?:['‘’\"“]?⟦[A-Z]\d+⟧['‘’\"”]?\s+)?(?i:contract|deal)", 0.6),
    # "Among the customers listed at its website is Virgin Hyperloop, the Hartford Police
    # Department and San Rafael City Schools".
    ("among-customers-is", ("CONTRACTS_WITH", "~USES"),
     r"(?i:among)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?i:clients|customers)\s+(?:[^⟦⟧;]{0,30}?\s)?"
     r"{S=Company}['’]s\s+(?:[\w-]+\s+)?(?i:is|are|were|was)\s+(?:the\s+)?"
     r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*,\s+(?:the\s+)?)?{OL}", 0.7),
    # "the agency's agreement with software company FaceFirst".
    ("poss-deal-with", ("~CONTRACTS_WITH",),
     r"{S=Agency}['’]s?\s+(?:[\w-]+\s+){0,2}?(?i:contract|agreement|deal)\s+with\s+(?:the\s+)?"
     r"(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+){0,3}?{O=Company}(?!['’]s)", 0.7),
    # "The UK Home Office is working with US defence start-up Anduril Industries".
    ("agency-working-with", ("~CONTRACTS_WITH",),
     r"{S=Agency}{APPOS}\s+(?:(?i:is|are|was|were|has\s+been|have\s+been)\s+)?(?:(?i:also|now|"
     r"reportedly|quietly)\s+)?(?i:working|worked|works)\s+with\s+(?:the\s+)?"
     r"(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+){0,3}?{O=Company}(?!['’]s)", 0.65),
    # "Elbit Systems of America was selected by U.S. Customs and Border Protection to build".
    ("selected-by", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+{G}\b(?i:was|were|is|been|being)\s+(?:(?i:also|"
     r"recently|previously|officially)\s+)?(?i:selected|chosen|picked|tapped|hired|contracted|"
     r"engaged|retained)\s+by\s+(?:the\s+)?{OL=Agency}", 0.75),
    # "The Chinese government is one of its key customers."
    # "Italy's intelligence agencies AISI and AISE were Paragon customers".
    ("were-firm-customers", ("~CONTRACTS_WITH",),
     r"{SL=Agency}\s+(?i:is|was|are|were|became|remains|remain)\s+(?:(?i:also|all|both)\s+)?"
     r"(?:(?i:a|an)\s+)?{O=Company}\s+(?i:customers?|clients?)\b", 0.7),
    ("is-one-of-customers", ("~CONTRACTS_WITH",),
     r"{S=Agency}\s+(?i:is|was|are|were|remains|became)\s+(?:(?i:one|among)\s+(?:of\s+)?)?"
     r"(?:(?i:the|a|an)\s+)?{O=Company}['’]s\s+(?:[\w-]+\s+){0,2}?(?i:customers?|clients?|buyers?)\b",
     0.75),
    # (a business among the clients uses the firm: "Verkada's clients include Juul Labs")
    ("clients-include", ("CONTRACTS_WITH", "~USES"),
     r"{S}{POS}\s+{W2}(?i:clients|customers|(?:client|customer)\s+(?:list|base|roster)s?)\s+"
     r"(?:(?i:reportedly|allegedly|also|now)\s+)?"
     r"(?i:include|included|including|such\s+as|are|were)\s+(?:the\s+)?"
     r"(?:(?i:governments)\s+of\s+(?:the\s+)?)?{OL}", 0.7),
    # "The Royal Navy reorganised its personnel using Palantir's Foundry system", "accused the
    # Jordanian government of breaking into phones using Cellebrite's tools": the tool an agency
    # acted with (not one it was hacked with: no passive between).
    ("agency-acted-using", ("USES",),
     r"{SL=Agency}{APPOS}\s+(?![A-Z])(?!(?i:was|were|is|are|has\s+been|had\s+been)\b)"
     # (nor one it stopped or kept others from using, nor one another actor in between used:
     # "prohibit police from using", "says the companies broke the law by using")
     r"(?:(?!\b(?i:was|were|been|being|from|stop|stops|stopped|ceased|quit|halted|suspended|"
     r"ended|without|against|said|says|say|according|compan(?:y|ies)|firms?|hackers?|police|"
     r"officers|agents|users|people|criminals|attackers)\b)(?:[^⟦⟧;:]|⟦A\d+⟧['’]s)){1,80}?"
     r"\b(?i:using)\s+"
     r"(?:(?i:the|a|an|its|their)\s+)?(?:⟦C\d+⟧['’]s\s+(?:[\w-]+\s+)?|"
     # ("censors the internet, using software from Canadian firm Netsweeper")
     r"(?:[\w-]+\s+)?(?i:software|tools?|technology|technologies|systems?|equipment|products?)\s+"
     r"(?i:from|made\s+by|supplied\s+by|developed\s+by|sold\s+by)\s+(?:the\s+)?"
     r"(?:⟦L\d+⟧(?:-based)?\s+)?(?:(?i:firm|company|vendor|startup|maker)\s+)?)?"
     r"{O=Company,Product,Technology}", 0.6),
    ("uses", ("USES",),
     # (not the victim: "the Interior Ministry was hacked using Pegasus")
     rf"{{SL=Agency,Organization}}(?:\s+(?:in|of)\s+⟦L\d+⟧(?:\s*,\s*⟦L\d+⟧)?\s*,?)?\s+{{NW5}}"
     r"(?<!hacked\s)(?<!targeted\s)(?<!infected\s)(?<!attacked\s)(?<!compromised\s)"
     rf"(?<!breached\s){_USE}(?!\s+of\b)"
     r"\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
     r"{GXU}{O}(?!['’]s\s+(?:[\w-]+\s+){0,3}?⟦)(?!(?:\s+[a-z]+){0,2}\s*,\s+⟦R\d+⟧)", 0.65),
    # "Halton police began a free trial of Clearview AI's tool": a free trial is a deal with
    # the firm (as the annotation guide counts it).
    ("free-trial-of", ("~CONTRACTS_WITH",),
     r"{SL=Agency}{APPOS}\s+{G}(?i:began|begun|begin|started|launched|signed\s+up\s+for|ran|"
     r"run|conducted|accepted|took\s+up|received|got|was\s+given|were\s+given|is\s+in|was\s+in|"
     r"signed)\s+(?:(?i:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?i:free\s+trials?)\s+"
     r"(?:(?i:contract\s+)?(?i:of|with|from)\s+)(?:the\s+)?{O=Company}", 0.7),
    # "Toronto police began body camera trials in 2016".
    ("began-trials", ("USES",),
     r"{SL=Agency,Organization,Company}{APPOS}\s+(?:(?i:has|have|had)\s+)?(?i:began|begun|started|"
     r"launched|ran|run|conducted|completed|expanded)\s+(?:(?i:a|an|its|their)\s+)?(?:[a-z]+\s+)?"
     r"{O=Technology,Product,Company}\s+(?i:trials?|pilots?|tests?|pilot\s+programs?)\b", 0.65),
    # "Zignal Labs, a social media monitoring platform used by the Israeli military".
    ("described-used-by", ("~USES",),
     # "Cellebrite — an Israeli technology reportedly used by the FBI"
     r"{S=Company,Product}\s*(?:,|[—–]|\s-)\s*(?:a|an|the)\s+{DESC}(?i:platform|tool|software|"
     r"system|app|service|product|program|database|technology)\s+"
     r"(?:(?i:that|which)\s+(?:is|was|has\s+been)\s+)?"
     r"(?:(?i:also|already|widely|now|reportedly|allegedly)\s+)?(?i:used)\s+by\s+(?:the\s+)?"
     r"{OL=Agency,Organization}",
     0.7),
    # "facial recognition software, which was deployed by the Hellenic Police".
    ("which-was-used-by", ("~USES",),
     r"{S=Company,Product,Technology}(?:\s+(?i:software|tools?|platform|system|app|technology|"
     r"cameras?|devices?|program))?\s*,?\s+(?i:which|that)\s+(?i:is|was|were|are|has\s+been|"
     r"have\s+been|had\s+been)\s+(?:(?i:now|also|already|widely|reportedly|since|first|later|"
     r"being)\s+)?(?i:used|deployed|tested|piloted|adopted|installed|rolled\s+out|operated)\s+"
     r"by\s+(?:the\s+)?{OL=Agency,Organization}", 0.7),
    # "The U.S. Marshals Service received regular alerts from Dataminr".
    ("received-alerts-from", ("USES",),
     r"{SL=Agency,Organization}{APPOS}\s+{G}(?i:received|receives|receiving|got|gets|obtained|"
     r"obtains)\s+(?:[\w-]+\s+){0,3}?(?i:alerts|data|information|reports|tips|feeds|notifications|"
     r"intelligence|leads)\s+(?i:from)\s+(?:the\s+)?{OL=Company,Product}(?!['’]s)", 0.65),
    # "their Flock license plate readers", "Axon body cameras": the maker before the kind.
    ("maker-before-kind", ("DEVELOPS",),
     r"(?:(?i:its|their|his|her|the|a|an|new|with|of|using|uses|used|bought|purchased)\s+)"
     r"{S=Company}\s+{O=Technology}", 0.6),
    # "Dayton police launched a ShotSpotter system in late 2019": an agency launches a tool
    # it uses (a firm that launches one makes it: `makes`).
    ("agency-launched", ("USES",),
     # (not "how it was introduced to Palantir": made acquainted, not deployed)
     r"{SL=Agency}{APPOS}\s+{G}(?<!was\s)(?<!were\s)(?i:launched|rolled\s+out|implemented|"
     r"installed|introduced)\s+(?!(?i:to)\s)"
     r"(?:(?i:a|an|the|its|their)\s+)?(?:[\w-]+\s+)?{O=Product,Company,Technology}(?!['’]s)", 0.65),
    # "Using Dataminr, the FBI will now have access to all messages".
    ("fronted-using", ("USES",),
     r"(?:^|[.;:]\s+)(?i:using|deploying|with\s+the\s+help\s+of)\s+(?:the\s+)?{O}\s*,\s+(?:the\s+)?"
     r"{S=Agency,Organization}\s+(?!(?i:said|says|told|declined|denied|did\s+not)\b)", 0.65),
    # "SafeGraph, the company the CDC paid $420,000": the buyer in a reduced relative clause.
    ("company-the-agency-paid", ("CONTRACTS_WITH",),
     r"{S=Company}\s*,\s+(?:the|a)\s+(?:[\w-]+\s+)?(?i:company|firm|startup|vendor|contractor|"
     r"broker)\s+(?:(?i:that|which)\s+)?(?:the\s+)?{O=Agency}\s+(?:(?i:had|has|have)\s+)?"
     r"(?i:paid|pays|hired|hires|contracted|contracts|bought\s+from|purchased\s+from)\b", 0.75),
    ("uses-owner-of-capability", ("USES",),
     rf"{{SL=Agency,Organization}}\s+{{NW5}}{_USE}(?!\s+of\b)\s+(?:the\s+)?{{O=Company}}['’]s\s+"
     # "the IRS was using the private company's system"
     r"(?:[\w-]+\s+){0,2}?(?:⟦[Tt]\d+⟧|(?i:system|software|technology|tools?|services?|platform|"
     r"app|database)\b)(?!(?:\s+[a-z]+){0,2}\s*,\s+⟦R\d+⟧)", 0.6),
    ("use-of-by", ("USES",),
     r"(?i:use|deployment|testing|adoption)\s+of\s+(?:the\s+)?{O}(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?"
     r"(?i:by)\s+(?:the\s+)?{SL=Agency,Organization}", 0.65),
    ("uses-from", ("USES",),
     rf"{{SL=Agency,Organization,Company}}\s+{{NW5}}{_USE}(?!\s+of\b)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
     r"(?:[^⟦⟧;]|⟦[Tt]\d+⟧){0,60}?\b(?i:from|made\s+by|supplied\s+by|provided\s+by|developed\s+by|"
     # "using software from Canadian firm Netsweeper": the maker may come with its kind
     r"sold\s+by)\s+(?:the\s+)?(?:(?:a|an)\s+)?(?:⟦L\d+⟧\s+(?:[a-z][\w-]*\s+)?(?i:firm|company|"
     r"vendor|startup|start-up|developer|maker)\s+)?{OL=Company}", 0.6),
    ("bought", ("USES",),
     # ("licensed a company called Candiru to work with Saudi Arabia": a permit, no purchase)
     rf"{{SL=Agency,Organization}}{{PLACED}}{{APPOS}}\s+{{W3}}{_BUY}\s+(?:the\s+|a\s+|an\s+)?{{GX}}{{O}}"
     r"(?!\s+to\s+(?:work|operate|export|sell|market|do\s+business)\b)", 0.6),
    ("tool-supplied-by", ("USES",),
     r"{SL=Agency,Organization,Company}\s+{NG}(?i:software|system|systems|tools?|technology|cameras?|"
     r"equipment|devices?|scanners?|readers?)\s+(?i:supplied|provided|made|sold|developed|built|"
     r"manufactured)\s+by\s+(?:the\s+)?{OL=Company}", 0.65),
    # "It was supplied to the Delhi Police by a vendor named Pelorus Technologies".
    ("supplied-to-by", ("CONTRACTS_WITH",),
     r"(?i:supplied|sold|provided|delivered|licensed)\s+to\s+(?:the\s+)?{O=Agency}\s+by\s+"
     r"(?:(?i:a|an|the)\s+(?:[\w-]+\s+)?(?i:vendor|company|firm|contractor|supplier|startup)\s+"
     r"(?:(?i:named|called)\s+)?)?{SL=Company}", 0.7),
    ("tool-supplied-to", ("~CONTRACTS_WITH",),
     r"{S=Agency}\s+{NG}(?i:software|system|systems|tools?|technology|cameras?|equipment|"
     r"devices?|scanners?|readers?)\s+(?i:supplied|provided|sold)\s+by\s+(?:the\s+)?"
     r"{O=Company}", 0.65),
    ("began-use-of", ("USES",),
     r"{SL=Agency,Organization}\s*,?\s+(?:(?i:which|that|who)\s+)?{W3}(?i:began|begun|started|"
     r"expanded|continued)\s+"
     r"(?:(?:its|their|the)\s+)?(?:[\w-]+\s+)?(?i:use|deployment|testing|trials?)\s+of\s+"
     r"{GX}{OL}(?!['’]s)", 0.65),
    # "Cadillac Fairview, which runs two malls, used facial recognition technology".
    ("company-used-tech", ("USES",),
     r"{SL=Company}{APPOS}\s+(?:(?i:has|had|have)\s+)?(?:(?i:also|[a-z]+ly)\s+)?(?i:used|uses|"
     r"deployed|tested|piloted|installed)\s+(?:(?i:the|a|an)\s+|⟦C\d+⟧['’]s\s+(?:(?i:own)\s+)?)?"
     r"{O=Technology}"
     r"(?!\s+(?:\w+\s+){0,2}?(?i:to\s+(?:develop|build|make|train|create|design)))", 0.6),
    ("company-deployed", ("USES",),
     r"{SL=Company}\s+{NW5}(?i:deployed|deploys|installed|installs|tested|piloted|rolled\s+out)\s+"
     r"(?:the\s+)?{OL=Technology,Product}", 0.6),
    ("used-by", ("USES",),
     r"{O}(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?i:platform|software|tool|system|technology|app|"
     r"service|product|database)s?)?\s+(?i:is|was|has\s+been|were|are|have\s+been)\s+"
     r"(?:(?i:also|widely|reportedly|previously|unsuccessfully|being)\s+)?(?i:used|deployed|"
     r"tested)\s+by\s+(?:the\s+)?{SL}", 0.7),
    # "Axon is the same firm being used by Toronto police", "the software used by police".
    ("is-the-one-used-by", ("USES",),
     r"{O=Company,Product}\s+(?i:is|was)\s+(?:(?i:the|a|an)\s+)?(?:(?i:same|very|only)\s+)?"
     r"(?:⟦C\d+⟧|(?i:firm|company|vendor|software|tool|system|technology|app|platform))\s+"
     r"(?:(?i:that|which)\s+(?:(?i:is|was)\s+)?)?(?i:being|now|currently|also)?\s*(?i:used|"
     r"deployed|tested|relied\s+on)\s+by\s+(?:the\s+)?{SL}", 0.7),
    # "Southern Co-operative stores utilise surveillance cameras": a retailer's own use.
    ("stores-use", ("USES",),
     rf"{{S=Company}}(?:['’]s)?\s+(?i:stores|shops|outlets|branches|supermarkets|locations|"
     rf"restaurants|warehouses|stadiums|venues)\s+(?:(?i:have|had|now|also|reportedly)\s+)*"
     rf"{_USE}\s+{{GXU}}{{O}}(?!['’]s)", 0.65),
    # "the facial-recognition software it had been using", "the tool police use": the user
    # in a relative clause after what it uses.
    ("rel-clause-use", ("USES",),
     rf"{{O=Technology,Product,Company}}\s+(?:(?i:that|which)\s+)?(?:the\s+)?{{S=Agency,Organization}}"
     rf"\s+(?:(?i:had|has|have|is|are|was|were)\s+)?(?:(?i:been|also|already|now|currently|long)\s+)"
     rf"{{0,2}}{_USE}\b", 0.6),
    # "accused the Turkish government of using FinSpy".
    ("accused-of-using", ("USES",),
     # (the span takes "refrained from accusing", which the status check reads as a denial)
     r"(?:(?i:refrain(?:s|ed)?\s+from|st(?:op|ops|opped)\s+short\s+of)\s+)?"
     r"(?i:accused|accusing|accuses|suspected|suspects)\s+(?:the\s+)?{SL=Agency,Organization,Company}"
     r"\s+of\s+(?i:using|deploying|employing)\s+(?:the\s+|a\s+|an\s+)?{GX}{O}", 0.65),
    # "Gotham, Palantir's law enforcement software used by ICE".
    ("appos-product-used-by", ("USES",),
     r"{O=Product}\s*,\s+⟦C\d+⟧['’]s\s+(?:(?:[\w-]+|⟦[Tt]\d+⟧)\s+){0,3}?(?i:software|tools?|systems?|"
     r"platforms?|apps?|products?|services?)\s+(?:(?i:currently|already|also|widely|now)\s+)?"
     r"(?i:used|deployed)\s+by\s+(?:the\s+)?{SL=Agency,Organization}", 0.7),
    # "Gotham is now in use at Leicestershire Police".
    ("in-use-at", ("USES",),
     r"{O=Technology,Product,Company}(?:['’]s\s+(?:(?:[\w-]+|⟦[Tt]\d+⟧)\s+){0,2}?(?i:platform|"
     r"software|tool|system|technology|app|service|product|database)s?)?\s+(?i:is|are|was|were|has\s+"
     r"been|have\s+been)\s+(?:(?i:now|also|already|currently|widely|still)\s+)?(?i:in\s+use)\s+(?i:at|by|in|"
     r"across)\s+(?:the\s+)?{SL=Agency,Organization,Company}", 0.7),
    # "autonomous drones used by the U.S. military", "software used by police": a reduced
    # relative clause of use.
    ("reduced-used-by", ("USES",),
     r"{O=Technology,Product}(?:\s+(?i:software|tools?|systems?|technology|apps?|services?|"
     r"platforms?|products?|cameras?|devices?))?\s*,?\s+(?:(?i:currently|already|also|widely|"
     # "systems used in trials by the Met", "the Serpico system, utilized by the Revenue Agency"
     r"now|commonly|routinely)\s+)?(?<!\bis\s)(?<!\bwas\s)(?i:used|deployed|utili[sz]ed|employed|"
     r"trial(?:l)?ed|piloted)(?:\s+(?i:in\s+(?:trials|tests|a\s+trial|a\s+pilot)))?\s+by\s+"
     r"(?:the\s+)?{SL=Agency,Organization}", 0.65),
    # Bought or licensed: a contract with the seller (see `bought` for products).
    # "Cellebrite helped the FBI hack into the iPhone": the agency used the firm's tools
    ("helped-agency-hack", ("USES",),
     r"{O=Company,Product}{APPOS}\s+(?:(?i:has|had|have|reportedly|allegedly)\s+)?(?i:helped|helps|"
     r"assisted|assists|enabled|enables)\s+(?:the\s+)?{S=Agency}\s+(?:(?i:to)\s+)?(?i:hack|break|"
     r"unlock|crack|access|track|locate|identify|surveil|spy|monitor|extract|get\s+into)", 0.7),
    # "Ghost Robotics is working with the Department of Homeland Security to provide robotic
    # dogs": working with an agency to supply it is selling to it
    ("working-with-to-provide", ("CONTRACTS_WITH",),
     r"{SL=Company}{APPOS}\s+(?:(?i:is|are|was|were|has\s+been|have\s+been)\s+)?(?i:working|worked|"
     r"works)\s+with\s+(?:the\s+)?{OL=Agency}\s+(?i:to)\s+(?i:provide|supply|deliver|build|"
     r"develop|deploy|install)\b", 0.7),
    ("bought-by", ("~CONTRACTS_WITH",),
     r"{O=Company}(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?i:platform|software|tool|system|technology|app|"
     r"service|product|database)s?)?\s+(?i:is|was|has\s+been|were|are|have\s+been)\s+"
     r"(?:(?i:also|reportedly|previously|twice|repeatedly)\s+)?(?i:bought|purchased|licensed|"
     r"acquired)\s+(?:(?i:twice|again|repeatedly)\s+)?by\s+(?:the\s+)?{SL=Agency}", 0.7),
    # "The FBI is piloting Amazon's facial matching software": a pilot is an arrangement
    # with the firm (as "joined Amazon's pilot program" is).
    ("piloting-owner", ("~CONTRACTS_WITH",),
     r"{S=Agency}\s+{NW5}(?i:piloting|piloted|pilots|pilot)\s+(?:the\s+)?{O=Company}['’]s\s", 0.65),
    # "NSO Group and Candiru are alleged by the Commerce Department to have developed spyware".
    ("alleged-to-have-developed", ("DEVELOPS",),
     r"{SL=Company}\s+(?i:is|are|was|were)\s+(?:(?i:alleged|said|believed|reported|known|accused)\s+)"
     r"(?:(?i:by)\s+(?:the\s+)?⟦[A-Z]\d+⟧\s+)?(?i:to\s+have\s+)(?i:developed|built|created|made|"
     r"designed|sold)\s+(?:(?i:the|its|their)\s+)?{OL=Technology,Product}", 0.7),
    # "NEC has 1,000+ biometrics contracts with agencies": the firm sells that capability.
    ("kind-contracts", ("DEVELOPS",),
     r"{S=Company}\s+(?i:has|have|had|holds|held|won|signed)\s+[^⟦⟧;]{0,20}?{O=Technology,~Technology}\s+"
     r"(?i:contracts?|deals?|customers|clients)\b", 0.7),
    # "the NYPD's highly touted gunfire location system", "their plate readers".
    ("agency-poss-tech", ("USES",),
     r"{S=Agency}['’]s\s+(?:(?:[a-z]+(?:ly|ed|ive|al|ic|ous|ful|est)|new|own|current|"
     r"[a-z]+-[a-z]+)\s+){0,3}?{O=Technology,Product}(?!['’]s|\s+(?i:bans?|moratorium|policy|"
     r"policies|rules?|regulations?|law|laws|guidance|inquiry|investigation|probe|report|audit|"
     r"review|complaint|lawsuit|contract|deal|vendor|maker|company|firm|program|programme|"
     r"initiative|scheme)\b)", 0.6),
    ("use-of", ("USES",),
     r"{S=Agency,Organization,Company}['’]s\s+(?:(?i:extensive|widespread|growing|heavy|"
     r"controversial|expanded|increased|secret|routine|continued|ongoing)\s+)?"
     r"(?i:use|deployment|testing|adoption)\s+of\s+{W2}{OL}", 0.7),
    # --- products and capabilities ---------------------------------------------------------
    # (not "Hacking Team's own Twitter account": an account on a platform, not the platform)
    ("possessive", ("DEVELOPS", "OPERATES"),
     r"{S}['’]s\s+{NW3}[\"“‘']?{OL}(?!\s+(?i:accounts?|pages?|posts?|feeds?|profiles?|handles?|"
     r"channels?|threads?|stor(?:y|ies)|videos?|ads?|adverts?|groups?|usernames?|followers|"
     r"tweets?|livestreams?|messages?|chats?)\b)", 0.6),
    # "sells data through an online platform it calls Accurint"
    ("product-it-calls", ("DEVELOPS",),
     r"{S=Company}\s+{G}(?:a|an|its|the|their)\s+(?:[\w-]+\s+){0,3}?(?i:platform|tool|product|"
     r"software|app|service|system|program|project)\s+(?:(?i:it|they)|⟦C\d+⟧)\s+(?i:calls|call|"
     r"called|dubs|"
     r"dubbed|names|named)\s+(?:(?i:the)\s+)?[\"“']?{O=Product}", 0.7),
    # "its powerful and invasive malware “FinSpy”": the firm's product named after its kind.
    ("poss-kind-product", ("DEVELOPS",),
     r"{S=Company}['’]s\s+(?:[\w-]+\s+){0,4}?⟦[Tt]\d+⟧\s+[\"“']?{O=Product}", 0.7),
    ("software-called", ("DEVELOPS",),
     r"{S}{POS}\s+(?:[\w-]+\s+){0,2}?(?:(?i:software|tool|app|product|system|platform|spyware|"
     r"malware|service)|⟦[Tt]\d+⟧)\s*,?\s+(?i:called|named|dubbed|known\s+as)\s+[\"“']?"
     r"{O=Product}", 0.8),
    # "X, the firm whose Pegasus spyware", "NSO Group, whose Pegasus software"
    ("firm-whose-product", ("DEVELOPS",),
     r"{S=Company}\s*,\s+(?:(?:the|a|an)\s+{WS3}(?i:firm|company|maker|startup|vendor)\s+)?"
     r"whose\s+{O=Product}", 0.75),
    ("unit-that-sells", ("DEVELOPS",),
     rf"{{S}}\s*,\s+(?:the|a|an)\s+{{W3}}(?i:division|unit|arm|subsidiary)\s+of\s+⟦C\d+⟧\s+(?i:that|"
     rf"which)\s+{_MAKE}\s+{{OL}}", 0.75),
    ("maker-of", ("DEVELOPS",),
     # "Axon, the maker of", "Axon is a leading provider of bodycams"
     # "NSO Group, makers of the Pegasus spyware"
     r"{S}\s*(?:,\s+(?:(?i:is|was)\s+)?|\s+(?i:is|was|has\s+been|became|remains)\s+)"
     r"(?:(?:the|a|an)\s+{WS3}|(?=(?i:makers|developers)\b)|(?=(?i:maker|developer|"
     r"manufacturer)\s+of\b))(?i:maker|makers|developer|"
     r"developers|manufacturer|vendor|provider|"
     r"seller|supplier|creator|purveyor)\s+of\s+(?:the\s+)?{W2}{OL}", 0.8),
    ("behind", ("DEVELOPS",),
     r"{S}\s*,\s+(?:the|a|an)\s+{WSC}(?i:company|firm|startup|maker)\s+behind\s+(?:the\s+)?"
     r"{OL}", 0.8),
    # "Ring also makes Neighbors, an app that ...": a firm that makes a platform runs it.
    ("makes-platform", ("OPERATES",),
     r"{S=Company}\s+(?:(?i:also|now|later|then)\s+)?(?i:makes|made|built|builds|created|creates|"
     r"launched|launches|developed|develops)\s+(?:the\s+)?{O=Platform}\s*(?:,|\(|[—–]|\s+(?i:app|"
     r"platform|service|network))", 0.7),
    ("makes", ("DEVELOPS",),
     # (what is sold "to data brokers" goes to buyers, it is not the product)
     rf"{{SL}}{{APPOS}}(?:[^⟦⟧;]|⟦L\d+⟧){{0,90}}?\b{_MAKE}\s+(?:[^⟦⟧;]|⟦[Tt]\d+⟧){{0,50}}?"
     rf"(?<!\bto\s)(?<!\bto\sthe\s)[\"“']?{{OL}}",
     0.6),
    # "a device called Integrated Fixed Towers that the company produces for the government"
    ("thing-that-x-makes", ("DEVELOPS",),
     r"{O=Product,Technology}\s*,?\s+(?i:that|which)\s+(?:the\s+)?{S=Company}\s+(?:(?i:now|also|"
     r"still|itself)\s+)?(?i:produces|produced|makes|made|builds|built|sells|sold|manufactures|"
     r"manufactured|markets|marketed|develops|developed|designed|designs)\b", 0.7),
    # "Axon, the company known for making the Taser"; "Hikvision describes itself as the
    # world's leading video surveillance products supplier".
    ("known-for-making", ("DEVELOPS",),
     r"{S=Company}\s*(?:,|\s[—–]|—)\s*(?:the|a|an)\s+{DESC}(?i:known|famous|best\s+known)\s+"
     r"for\s+(?i:making|producing|selling|developing|building|creating|inventing|its)\s+"
     r"(?:the\s+|its\s+)?{O=Product,Technology}", 0.7),
    ("describes-itself-as", ("DEVELOPS",),
     r"{S=Company}\s+(?i:describes|described|bills|billed|calls|called|markets|marketed|touts|"
     r"touted|brands|branded)\s+(?i:itself|themselves)\s+as\s+[\"“']?(?i:a|an|the)\s+"
     r"(?:(?:[\w'’-]+|⟦L\d+⟧['’]s)\s+){0,4}?{O=Technology}[\s-]+(?:[a-z]+\s+)?(?i:suppliers?|"
     r"makers?|providers?|companies|company|firm|vendors?|manufacturers?|developers?|leaders?)\b",
     0.7),
    ("makes-called", ("DEVELOPS",),
     rf"{{SL}}{{APPOS}}[^⟦⟧;]{{0,90}}?\b{_MAKE}\s+(?:[^⟦⟧;]|⟦[Tt]\d+⟧){{0,80}}?(?i:called|named|"
     r"dubbed|known\s+as)\s+[\"“']?{O=Product}", 0.7),
    ("made-by", ("DEVELOPS",),
     r"{OL}(?:\s+(?:⟦[Tt]\d+⟧|(?i:software|spyware|malware|tool|system|platform|app)))?\s*,?\s+"
     r"(?:(?i:which|that)\s+)?(?i:is|was|are|were|has\s+been)\s+(?:(?i:also|now|"
     r"originally|currently)\s+)?(?i:sold|made|developed|built|marketed|"
     # ("sold by Cyprus-registered firm Passitora": the maker's kind and place before it)
     r"created|manufactured|offered|produced)\s+by\s+(?:(?i:the)\s+⟦L\d+⟧\s+|(?:(?i:the|a|an)\s+)?"
     r"(?:⟦L\d+⟧(?:-(?i:based|registered|headquartered))?\s+)?(?:[a-z][\w-]*\s+){0,2}?"
     r"(?i:firm|company|maker|vendor|startup|developer|contractor|supplier|manufacturer)\s+|"
     r"(?i:the)\s+)?{SL}",
     0.8),
    # "a spyware known as Predator, manufactured by North Macedonian surveillance technology
    # firm Cytrox": the maker after its description.
    ("made-by-described", ("DEVELOPS",),
     # ("Predator spyware, built and sold by a mercenary developer, Cytrox")
     r"{O=Product,Technology}(?:\s+⟦[Tt]\d+⟧)?\s*,\s+(?:(?i:made|developed|built|designed)\s+"
     r"and\s+)?"
     r"(?i:made|developed|built|sold|marketed|created|manufactured|"
     r"produced|designed)\s+by\s+(?:(?i:the|a|an)\s+)?(?:(?:⟦[LTt]\d+⟧|[a-z][\w-]*|[A-Z]\w+(?=\s+"
     r"(?:[a-z]|⟦)))\s+){1,5}?(?i:firm|company|maker|startup|developer|vendor|group|contractor)"
     r"\s*,?\s+{S=Company}", 0.75),
    # "The apps come from a company called Retina-X Studios".
    ("comes-from", ("DEVELOPS",),
     r"{OL=Product}(?:\s+(?i:apps?|software|tools?|products?|programs?|spyware))?\s+"
     r"(?i:come|comes|came)\s+from\s+(?:(?i:a|an|the)\s+)?(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+)"
     r"{0,3}?(?:(?i:company|firm|maker|developer|startup|vendor)\s+(?:(?i:called|named)\s+)?)?"
     r"{S=Company}", 0.7),
    # "leaders in facial recognition technology SenseTime Group and Megvii Technology".
    ("leaders-in", ("DEVELOPS",),
     r"(?i:leaders?|pioneers?|specialists?|experts?|giants?|players?)\s+in\s+(?:the\s+)?"
     r"{O=Technology,~Technology}(?:\s+(?i:technology|industry|market|space|field|sector))?\s*,?\s+"
     r"(?:(?i:such\s+as|like|including)\s+)?{SL=Company}", 0.7),
    # "Pegasus spyware produced by NSO Group", "spyware used and marketed by Tykelab"
    # ("the portable NeoFace surveillance technology, made by NEC Corporation")
    ("reduced-made-by", ("DEVELOPS",),
     r"{O=Technology,Product}(?:\s+(?:[a-z][\w-]*\s+)?(?:(?i:software|suite|system|tool|platform|"
     r"app|program|equipment|gear|camera|device|product|hardware|technology|tech)s?|⟦[Tt]\d+⟧))"
     r"{0,2}\s*,?\s+"
     r"(?:(?i:used|sold|developed|built|made)\s+and\s+)?"
     r"(?i:made|developed|built|sold|manufactured|created|designed|produced|marketed)\s+by\s+"
     # ("developed by the Israeli company NSO Group", "by the U.S.-sanctioned Russian defense
     # contractor Special Technology Center": the maker's description before its name)
     r"(?:(?i:the|a|an)\s+)?(?:(?:⟦L\d+⟧(?:-[a-z]+)?|[a-z][\w-]*)\s+){0,4}?"
     r"(?:(?i:firm|company|maker|startup|developer|vendor|contractor|manufacturer)\s*,?\s+)?{SL}",
     0.7),
    # "The tech, called SAFR, is owned by the company RealNetworks": the firm behind a product.
    ("product-owned-by", ("DEVELOPS",),
     r"{O=Product}\s*,?\s+(?i:is|was|are|were)\s+(?:(?i:now|also|still)\s+)?(?i:owned)\s+by\s+"
     r"(?:(?i:the\s+)?(?i:company|firm)\s+)?{S=Company}(?!['’]s)", 0.65),
    # "a Forensic Toolkit (FTK) from U.S.-based AccessData"
    ("tech-from", ("DEVELOPS",),
     r"{O=Technology,Product}\s+(?:(?i:technology|technologies|software|tools?|systems?|products?|"
     r"services?)\s+)?"
     r"(?i:from|supplied\s+by|provided\s+by|made\s+by|created\s+by|developed\s+by|built\s+by|"
     r"sold\s+by|offered\s+by|marketed\s+by|installed\s+by)\s+(?:the\s+)?(?:⟦L\d+⟧['’]s\s+)?"
     # ("from Israeli company Cellebrite", "from Russia's NTech Lab")
     r"(?:(?:⟦L\d+⟧(?:-based)?\s+)?(?i:company|firm|startup|vendor)\s+|⟦L\d+⟧-based\s+)?"
     r"{SL=Company}(?!['’]s)", 0.65),
    # "a biometrics matching system, that was also provided by Unisys"; "the list of approved
    # drones only includes products from Skydio, Parrot, and Vantage".
    ("tech-later-from", ("DEVELOPS",),
     r"{O=Technology}\s+(?:[\w-]+\s+){0,2}?(?:(?i:system|software|tool|platform|equipment|"
     r"devices?|cameras?)\s*,?\s+(?i:that|which)\s+(?i:was|were|is|are|has\s+been|had\s+been)\s+"
     r"(?:(?i:also|originally|first)\s+)?(?i:provided|supplied|made|developed|built|sold)\s+by|"
     r"(?:[^⟦⟧;,]){0,30}?\b(?i:includes|included|include)\s+(?:(?i:only|just)\s+)?(?i:products|"
     r"models|systems)\s+(?i:from|by|made\s+by))\s+(?:the\s+)?{SL=Company}", 0.65),
    # "Palantir has provided the software that powers ICE's Investigative Case Management System"
    ("software-that-powers", ("DEVELOPS",),
     r"{S=Company}\s+{G}(?i:provided|provides|supplied|supplies|built|builds|developed|develops)\s+"
     r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?i:software|technology|platform|system|tool|database)\s+"
     r"(?i:that|which)\s+(?i:powers|powered|runs|ran|underpins|drives|supports)\s+"
     r"(?:⟦[A-Z]\d+⟧['’]s\s+|the\s+)?{O=Product}", 0.7),
    # "Pegasus belongs to NSO Group", "Pegasus was produced by NSO Group".
    # "Fog Data Science is the company behind Fog Reveal"
    ("company-behind", ("DEVELOPS",),
     # ("the company" itself may stand masked as the firm it refers to)
     r"{S=Company}(?:\s+(?i:is|was)\s+|\s*,\s+)(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:(?i:company|"
     r"firm|startup|start-up|developer|maker|vendor|outfit|business)|⟦C\d+⟧)\s+(?i:behind)\s+"
     r"(?:the\s+)?"
     r"(?:⟦[Tt]\d+⟧\s+)?{OL=Product,Technology}", 0.75),
    ("belongs-to", ("DEVELOPS",),
     r"{O=Product}\s+(?i:belongs|belonged)\s+to\s+(?:the\s+)?(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+){0,3}?"
     r"{S=Company}(?!['’]s)", 0.75),
    ("passive-produced-by", ("DEVELOPS",),
     r"{O=Product,Technology}\s+(?i:is|was|were|are|has\s+been|had\s+been)\s+(?:(?i:originally|"
     r"first|reportedly|also)\s+)?(?i:produced|made|developed|built|manufactured|created|designed)\s+"
     r"by\s+(?:the\s+)?(?:(?:[\w-]+|⟦[LTt]\d+⟧)\s+){0,3}?{S=Company}(?!['’]s)", 0.75),
    # "Among the first users of NtechLab's solutions were the Turkish police".
    # "Seattle PD are one of many users of Babel Street software"
    ("are-users-of", ("USES",),
     r"{SL=Agency,Company,Organization}\s+(?i:is|are|was|were|has\s+been|have\s+been)\s+(?:(?i:one|"
     r"among)\s+(?i:of)\s+(?:the\s+)?(?:(?i:many|several|biggest|largest|top|main|first)\s+)?)?"
     r"(?i:users|customers|clients)\s+(?i:of)\s+(?:the\s+)?{O=Company,Product,Platform}", 0.7),
    ("users-of-were", ("USES",),
     r"(?i:users|customers|clients|buyers)\s+of\s+{O}(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?i:solutions|products|"
     r"tools|technology|software|services|systems))?\s+(?i:were|are|include|included)\s+(?:the\s+)?"
     r"{SL=Agency,Organization,Company}", 0.7),
    ("appos-made-by", ("DEVELOPS",),
     # ("Locate X, a software service offered by a company called Babel Street")
     r"{O}\s*,\s+(?:(?:a|an|the)\s+)?(?:(?:[\w'’$.-]+|⟦[Tt]\d+⟧)\s+){0,5}?(?i:made|developed|"
     r"built|sold|created|marketed|offered|produced|manufactured|designed)\s+by\s+(?:the\s+)?"
     r"(?:(?:[\w-]+|⟦L\d+⟧)\s+){0,3}?{S}", 0.8),
    # "The product, called Locate X and sold by Babel Street"
    ("called-and-sold-by", ("DEVELOPS",),
     r"(?i:called|named|dubbed|known\s+as)\s+[\"“']?{O=Product}[\"”']?\s*,?\s+(?:and\s+)?"
     r"(?i:sold|made|developed|built|marketed|offered|produced|manufactured)\s+by\s+(?:the\s+)?"
     r"(?:(?:[a-z][\w-]*|⟦L\d+⟧(?:-based)?)\s+){0,3}?{S=Company}", 0.75),
    # A technology written as an activity ("monitors social media", kg.extract.activities):
    # the one doing it makes it (a firm), is it (a product) or uses it (an agency). Patterns
    # named with ACTIVITY_PREFIX read only an activity in the technology's place.
    # "Dataminr, a company that persistently monitors social media".
    ("activity-of-described", ("DEVELOPS", "IS_A", "USES"),
     r"{S}\s*,\s+(?:(?i:a|an|the|one\s+of)\s+){DESC}(?i:that|which|who)\s+"
     r"(?:(?i:also|now|still|can|could|[a-z]+ly)\s+)?{O=Technology}", 0.65),
    # "Cobwebs, which is also used by ICE, monitors social media".
    ("activity-of-subject", ("DEVELOPS", "IS_A", "USES"),
     r"{S}(?:\s+(?i:software|tools?|platform|app|system|service))?{APPOS}\s+"
     r"(?:(?i:also|now|still|can|could|[a-z]+ly)\s+)?{O=Technology}(?!\s+⟦)",
     0.65),
    # "The district has used software to scan social media": the user of what is done.
    ("activity-used-to", ("USES",),
     r"{S}{APPOS}\s+(?:(?i:has|have|had)\s+)?(?:(?i:also|[a-z]+ly)\s+)?(?i:used|uses|use|using|"
     r"deployed|deploys|employs|employed|relied\s+on|relies\s+on|bought|purchased|paid\s+for|"
     r"spent|spends|spending|invested)\s+"
     r"(?:[^⟦⟧;]|⟦[A-Z]\d+⟧){0,120}?(?i:to|for)\s+(?:(?i:help|helps)\s+(?:\w+\s+){0,2}?)?"
     r"{O=Technology}", 0.65),
    # "police used Dataminr to monitor social media": the tool's maker, or the tool itself.
    ("activity-tool-to", ("DEVELOPS", "IS_A"),
     r"(?i:used|uses|use|using|deployed|bought|purchased)\s+(?:the\s+)?{S=Company,Product}"
     r"(?:['’]s\s+[\w-]+)?\s+(?:[a-z]+\s+){0,2}?(?i:to|for)\s+{O=Technology}", 0.65),
    ("tech-modifier", ("DEVELOPS", "IS_A"),
     r"{O=~Technology}[\s-]+(?:(?i:company|companies|firm|firms|startup|startups|start-ups?|maker|makers|"
     r"vendor|vendors|provider|providers|manufacturer|manufacturers|developer|developers|"
     r"supplier|suppliers|giant|giants|pioneer|pioneers|specialist|specialists|outfit|"
     r"merchant|merchants|powerhouse)\s+)?[\"“‘']?{SL}", 0.7),
    # "Skydio's drones (like the Skydio 2 and X2)": products named as examples of a kind.
    ("kind-like-products", ("IS_A",),
     r"{O=Technology}\s*(?:\(\s*|,\s+)(?i:like|such\s+as|including)\s+(?:the\s+)?{SL=Product}",
     0.7),
    ("tech-kind-product", ("IS_A",),
     r"{O=Technology,~Technology}[\s-]+(?i:software|system|tool|platform|app|suite|program|"
     r"service|device|camera|drone|scanner)s?\s+{S=Product}(?!['’]s)", 0.75),
    ("fronted-made-by", ("DEVELOPS",),
     r"(?:^|[.;]\s+)(?i:sold|made|developed|built|created|marketed|designed)\s+by\s+"
     r"(?:(?:[\w-]+|⟦L\d+⟧(?:-based)?)\s+){0,3}?{S=Company}\s*,\s+(?:the\s+)?{O=Product}", 0.75),
    ("one-of-tech-companies", ("DEVELOPS",),
     r"{S=Company}\s+(?i:is|was|remains|became)\s+(?i:one\s+of\s+)(?:the\s+)?(?:[\w-]+\s+){0,5}?"
     r"{O=Technology,~Technology}[\s-]+(?i:company|companies|firm|firms|maker|makers|manufacturer|"
     r"manufacturers|vendor|vendors|provider|providers|developers?)\b", 0.7),
    ("tech-vendors-like", ("DEVELOPS",),
     r"{O=Technology,~Technology}[\s-]+(?:(?i:product|equipment|camera|software)\s+)?(?i:companies|"
     r"firms|vendors|makers|providers|developers|"
     r"manufacturers|suppliers)\s*,?\s+(?i:like|such\s+as|including)\s+{SL=Company}", 0.7),
    ("poss-product-appos", ("DEVELOPS",),
     r"{S=Company}['’]s?\s+(?:[\w-]+\s+){0,2}?(?i:product|tool|software|app|platform|system|"
     r"spyware|service|technology)\s*,\s+(?:the\s+)?{O=Product}\s*[,(.;]", 0.75),
    # "Venntel's sale of location data to ICE and CBP".
    ("poss-sale-to", ("CONTRACTS_WITH",),
     r"{S=Company}['’]s\s+(?:[\w-]+\s+)?(?i:sale|sales|supply|provision)\s+of\s+(?:[^⟦⟧;]|"
     r"⟦[TtR]\d+⟧){0,50}?\s+to\s+(?:the\s+)?{OL=Agency}", 0.7),
    ("poss-sale-of", ("DEVELOPS",),
     r"{S=Company}['’]s\s+(?:[\w-]+\s+)?(?i:sale|sales)\s+of\s+(?:its\s+)?{OL=Technology,Product}",
     0.7),
    # ('the "Pegasus" spyware')
    ("product-tech", ("IS_A",), r"{S=Product}[\"”’']?\s+{O}", 0.75),
    # "Pegasus, spyware produced by Israel's NSO Group", "Pegasus, its innovative spyware that".
    ("product-appos-bare-tech", ("IS_A",),
     r"{S=Product}\s*,\s+(?:(?i:its|their)\s+)?(?:[a-z][\w-]*\s+)?{O=Technology}\s*,?\s+"
     r"(?i:produced|developed|made|built|sold|marketed|created|designed|that|which)\b", 0.7),
    # "Pegasus is a military-grade spyware", "ShotSpotter is a gunshot detection system": a
    # product said to be a kind of technology (never over a preposition: "a threat to X").
    ("is-a-kind", ("IS_A",),
     r"{S=Product}\s+(?i:is|was|remains)\s+(?:(?i:a|an)\s+)?" + _KIND_WORDS + r"{O=Technology}"
     + _KIND_END, 0.75),
    # "Pegasus is a military-grade spyware made by Israeli firm NSO Group"
    ("is-a-kind-made-by", ("DEVELOPS",),
     r"{O=Product}\s+(?i:is|was)\s+(?:(?i:a|an)\s+)?" + _KIND_WORDS + r"⟦[Tt]\d+⟧" + _KIND_NOUN
     + r"\s*,?\s+(?:(?i:that|which)\s+(?i:is|was)\s+)?(?i:made|developed|built|sold|marketed|"
     r"created|manufactured|produced|designed)\s+by\s+(?:(?i:the|a|an)\s+)?(?:(?:⟦L\d+⟧|"
     r"[a-z][\w-]*)\s+){0,4}?{S=Company}", 0.75),
    ("tech-product-appos", ("IS_A",),
     r"{O}(?:\s+(?i:service|software|tool|system|platform|product|app|program)s?)?\s*,\s+{S}",
     0.8),
    ("product-appos-owner", ("DEVELOPS",),
     r"{O=Product}\s*,\s+{S}['’]s\s+(?:[\w-]+\s+){0,4}?(?:⟦[Tt]\d+⟧\s+)?(?i:software|tool|app|"
     r"service|system|product|device|platform|program|suite)\b", 0.8),
    ("owner-product-dash", ("DEVELOPS",),
     r"{S=Company}['’]s\s+(?:[\w-]+\s+){0,4}?(?:⟦[Tt]\d+⟧\s+)?(?i:software|tool|app|service|system|"
     r"product|device|platform|program|suite)\s*(?:[-—–:]|,)\s*{O=Product}", 0.75),
    ("product-appos-owner-tech", ("IS_A",),
     r"{S=Product}\s*,\s+⟦C\d+⟧['’]s\s+{O}\s+(?i:software|tool|app|service|system|product|"
     r"device|platform|program|suite)\b", 0.8),
    # "The spyware in question is a commercial product known as PC Surveillance System".
    ("tech-is-product-called", ("IS_A",),
     r"{O=Technology}\s+(?:(?i:in\s+question)\s+)?(?i:is|was)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
     r"(?i:product|tool|program|platform|system|app|software)\s*,?\s+(?i:known\s+as|called|named|"
     r"dubbed)\s+[\"“']?{S=Product}", 0.75),
    ("tech-tool-called", ("IS_A",),
     r"{O}[\s-]+(?i:software|tool|app|service|system|product|device|program|platform)s?\s*,?\s+(?i:"
     r"called|named|dubbed|known\s+as)\s+[\"“']?{S=Product}", 0.8),
    ("tech-called-company", ("DEVELOPS",),
     r"{O=Technology,~Technology}\s+(?:(?i:company|firm|startup|vendor|maker|provider)\s+)?"
     r"(?:[a-z][\w-]*\s+){0,3}?(?i:called|named)\s+(?:the\s+)?{S=Company}", 0.7),
    ("product-run-by", ("DEVELOPS", "OPERATES"),
     r"{O=Product,Platform}\s+(?i:is|was|are|were|has\s+been)\s+(?:(?i:also|now|still)\s+)?"
     r"(?i:run|owned|operated|maintained)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?{S=Company}", 0.75),
    ("tech-called", ("IS_A",),
     r"{O=Technology}\s*,?\s+(?i:called|named|dubbed|known\s+as)\s+[\"“']?{S=Product}", 0.75),
    ("appos-tech-company", ("DEVELOPS",),
     r"{S=Company}(?:\s*[,—–]\s*|{APPOS}\s+(?i:is|was)\s+)(?:a|an|the)\s+(?:(?:[\w-]+|⟦L\d+⟧(?:-based)?)"
     r"\s+){0,2}?{O=Technology}(?:[\s-]+|\s+and\s+[\w-]+\s+)(?i:"
     r"company|firm|startup|maker|vendor|provider|developer|manufacturer|business|specialist|"
     r"search\s+engine|service|platform|app|software\s+(?:company|maker|firm))\b", 0.75),
    ("appos-tech-head", ("DEVELOPS",),
     r"{S=Company}(?:\s*[,—–]\s*|\s+(?i:is|was|became)\s+)(?:a|an|the)\s+(?:(?:[\w-]+|⟦L\d+⟧"
     r"(?:-based)?)\s+){0,3}?{O=Technology}s?(?=\s*[,.;—–]|\s+(?:and|that|which|whose)\b)", 0.7),
    # "Idemia, a French company specializing in facial recognition".
    ("specializing-in", ("DEVELOPS",),
     r"{S=Company}(?:\s*,\s+(?:a|an|the)\s+{WS3}(?i:company|firm|startup|vendor|provider|maker|"
     r"business|group|developer)\s+(?:(?i:which|that)\s+)?|\s*,?\s+(?i:which|that)\s+|\s+)"
     r"(?i:speciali[sz](?:es|ed|ing)|"
     r"focus(?:es|ed|ing)\s+on|focused\s+on)\s+(?:in\s+)?(?:(?i:the|providing|developing|selling|"
     r"making)\s+)?{OL=Technology}", 0.75),
    ("which-owner-owns", ("DEVELOPS", "OPERATES"),
     r"{O=Product}\s*,\s+(?i:which|that)\s+{S=Company}\s+(?i:owns|makes|runs|operates|built|"
     r"developed|created)\b", 0.75),
    ("appos-owned-product", ("DEVELOPS", "OPERATES"),
     r"{O=Product,Platform}\s*,\s+(?:a|an|the)\s+{S=Company}-owned\s+(?:[\w-]+\s+){0,2}?(?i:platform|"
     r"tool|software|service|database|app|product|system|network)\b", 0.75),
    # (not "VirusTotal, a malware repository": a kind before a noun that is no product)
    ("product-appos-tech", ("IS_A",),
     r"{S}\s*[,—–]\s*(?:a|an|the)\s+(?:⟦[A-Z]\d+⟧['’]s\s+)?{W3}{O}(?!\s+(?i:repositor(?:y|ies)|"
     r"databases?|archives?|sites?|websites?|forums?|researchers?|experts?|firms?|compan(?:y|ies)|"
     r"makers?|vendors?|groups?|scandals?|reports?|investigations?|campaigns?|attacks?|labs?|"
     r"units?|teams?|startups?|providers?|communit(?:y|ies)|industry|market|sector)\b)", 0.7),
    # "The Metropolitan Police Service's face recognition system was provided by NEC": the
    # agency's tool, its supplier.
    ("agency-tool-provided-by", ("~CONTRACTS_WITH",),
     r"{S=Agency}['’]s?\s+(?:(?:new|own|current|existing)\s+)?(?:⟦[Tt]\d+⟧\s+|[\w-]+\s+){0,2}?"
     r"(?i:system|software|technology|tool|platform|cameras?|network|database|program)\s+"
     r"(?i:was|were|is|are|has\s+been|had\s+been)\s+(?:(?i:also|originally|first)\s+)?"
     r"(?i:provided|supplied|built|developed|installed|delivered|designed|made)\s+by\s+"
     r"(?:the\s+)?{OL=Company}", 0.7),
    # "Axon's drone-based software tools, like Axon Evidence and Axon Respond", "Skydio's
    # drones (like the Skydio 2)": the firm's products named as examples of its kind.
    ("poss-kind-like", ("DEVELOPS",),
     r"{S=Company}['’]s\s+(?:(?:[\w-]+|⟦[Tt]\d+⟧(?:-[\w]+)?)\s+){0,3}?(?:(?i:tools|products|"
     r"software|apps|drones|cameras|devices|systems|platforms|services|programs)|⟦[Tt]\d+⟧)\s*"
     r"(?:,|\()?\s*(?i:like|such\s+as|including)\s+(?:the\s+)?{OL=Product}", 0.7),
    # "ShotSpotter, the NYPD's highly touted gunfire location system": the agency's tool.
    ("product-appos-user", ("USES",),
     r"{O=Product}\s*,\s+(?:the\s+)?{S=Agency}['’]s\s+{W3}(?:⟦[Tt]\d+⟧|(?i:software|tool|"
     r"app|service|system|platform|program|camera|cameras))", 0.7),
    # --- people -------------------------------------------------------------------------------
    ("appos-role-of", PEOPLE,
     rf"{{S=Person}}\s*,\s+(?:(?:the|a|an)\s+)?{ROLE}\s+(?P<prep>(?i:of|at|for|with|to|from|in))\s+"
     r"(?:the\s+)?"
     r"(?:(?P<func>[a-z][\w-]*(?:⟦[Tt]\d+⟧)?(?:\s+(?:and\s+)?[a-z][\w-]*){0,3}\s+(?:for|at|with|of)\s+(?:the\s+)?"
     r"(?:⟦L\d+⟧(?:-based)?\s+)?)|"
     # (never past a relative clause: "X, the minister for Y, whose signature ... with Z")
     # (a comma only inside a list of words: "the speech, privacy and technology project")
     r"(?:(?!\b(?:whose|which|who|that|told|said|says|tells)\b)(?:[^⟦⟧;,]|"
     r",(?=\s+[a-z][\w-]*(?:,\s+[a-z][\w-]*)*,?\s+(?:and|or)\s)|⟦[TtL]\d+⟧|"
     r"⟦[A-Z]\d+⟧['’]s\b)){0,160}?)"
     # ("vice president for Homeland Security at Elbit Systems": a market the firm serves)
     r"(?:⟦[A-Z](?P<x>\d+)⟧['’]s\s+)?{OL}(?!\s+at\s+⟦C\d+⟧)", 0.8),
    ("appos-list-role-of", PEOPLE,
     rf"{{SL=Person}}\s*,\s+(?!(?i:and|or)\b)(?:(?i:two|three|four|both)\s+)?{ROLE}s\s+(?:(?i:working|who\s+"
     r"work)\s+)?(?P<prep>(?i:of|at|for|with))\s+(?:the\s+)?{W3}{O}", 0.75),
    ("appos-poss-role", PEOPLE,
     # ("Jane Doe, a former NSO Group employee")
     rf"{{S=Person}}\s*,\s+(?:(?i:one\s+of)\s+)?(?:the\s+|an?\s+)?(?:(?i:former|longtime|"
     rf"long-time|onetime|one-time|veteran|senior|ex-)\s*)?{{O}}(?:['’]s?)?\s+{ROLE}s?{FUNCTION}"
     r"(?!\s*,?\s+⟦[A-Z]\d+⟧)", 0.8),
    ("is-poss-role", PEOPLE,
     rf"{{S=Person}}\s+(?i:is|was|has\s+been|became)\s+(?:(?i:now|also|currently)\s+)?"
     rf"{{O=Company,Organization,Agency}}['’]s?\s+{ROLE}{FUNCTION}\s*[.;,]", 0.75),
    ("appos-role-of-at", PEOPLE,
     rf"{{S=Person}}\s*,\s+(?:(?:the|a|an)\s+)?{ROLE}(?P<func>\s+(?i:of|for)\s+)(?:[^⟦⟧,;]|"
     r"⟦[A-Z]\d+⟧){1,40}?\s+(?i:at|with)\s+(?:the\s+)?{O}", 0.75),
    ("title-name-of", PEOPLE,
     r"(?P<role>(?i:judge|justice|magistrate|detective|sergeant|sgt\.|lieutenant|lt\.|captain|"
     r"capt\.|officer|agent|inspector|commissioner|superintendent|chief|director|professor|"
     r"prof\.|dr\.))\s+{S=Person}\s*,?\s+(?i:of|at|with)\s+(?:the\s+)?{O=Agency,Organization,"
     r"Company}", 0.7),
    # "Journalist Nick Casey of The New York Times", "researchers A and B of Citizen Lab".
    ("staff-name-of", ("WORKS_FOR",),
     r"(?i:journalist|reporter|correspondent|researcher|analyst|editor|writer|columnist|"
     r"economist|scientist|engineer|spokes(?:man|woman|person)|activist|campaigner|fellow|"
     r"scholar|technologist|expert|specialist|investigator|organi[sz]er)s?\s+{SL=Person}\s*,?\s+"
     r"(?i:of|at|with|from)\s+(?:(?i:the)\s+)?{O=Agency,Organization,Company}(?!['’]s)", 0.7),
    ("outlet-reporter", ("WORKS_FOR",), r"{O=Organization}['’]s?\s+{S=Person}", 0.7),
    ("said-name-of", ("WORKS_FOR",),
     r"(?i:said|says|according\s+to)\s+{S=Person}\s+(?i:of|from|at|with)\s+(?:the\s+)?"
     r"{O=Organization,Company,Agency}", 0.65),
    ("name-of-said", ("WORKS_FOR",),
     r"(?:^|[.;]\s+|,\s+)(?:[\w-]+\s+){0,2}?{S=Person}\s+(?i:of|from)\s+(?:the\s+)?"
     r"{O=Organization,Company}\s*,?\s+(?i:said|says|told|wrote|added)\b", 0.65),
    # "Deepu John, of the NYPD's Technical Assistance Response Unit, testified": the body a
    # person is introduced by, between commas.
    ("appos-of-body", ("WORKS_FOR",),
     r"{S=Person}\s*,\s+(?i:of|from)\s+(?:the\s+)?{O=Organization,Company,Agency}"
     r"(?:['’]s\s+[^,⟦⟧;]{1,60}?)?\s*,", 0.65),
    ("on-payroll", ("WORKS_FOR",),
     r"{SL=Person}{APPOS}\s+{G}(?i:been|was|is|were|are|remained|put)\s+on\s+{O}['’]s\s+"
     r"(?i:payroll)", 0.7),
    ("teaches-at", ("WORKS_FOR",),
     r"(?<![\w’'])(?<!\bto\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bby\s){S=Person}\s*,?\s+{G}(?:(?i:who)\s+)?"
     r"(?:(?i:now|also|currently)\s+)?(?i:teaches|taught|"
     r"works|worked|working|lectures|lectured|reports|reported|writes|wrote)\s+(?:[\w-]+\s+){0,3}?"
     r"(?i:at|for)"
     r"\s+(?:the\s+)?{O=Organization,Company,Agency}", 0.7),
    ("led-by-title", PEOPLE,
     r"{O}(?:[^⟦⟧;]|⟦E\d+⟧){0,80}?\b(?i:led|run|headed)\s+by\s+(?:its\s+)?(?P<role>(?i:chief\s+"
     r"executive(?:\s+officer)?|ceo|president|chair(?:man|woman)?|founder|co-?founder|"
     r"managing\s+director|director|prime\s+minister|premier|mayor|governor|minister))\s+{S=Person}",
     0.75),
    # "the Ministry of the Interior, headed by Luis Alberto Heber"
    ("appos-headed-by", ("LEADS",),
     r"{O=Company,Organization,Agency}\s*,\s+(?:(?i:which\s+is|which\s+was|now|then|currently|"
     r"long)\s+)?(?i:headed|led|run|chaired|directed)\s+by\s+(?:(?:[a-z][\w-]*|⟦L\d+⟧)\s+){0,4}?"
     r"{S=Person}", 0.75),
    ("is-led-by", ("LEADS",),
     # "Passitora is still run by former Israeli military veteran X": a description may stand
     r"{O=Company,Organization,Agency}\s+(?i:is|was|has\s+been)\s+(?:(?i:still|now|currently|"
     r"also)\s+)?(?i:led|run|headed)\s+by\s+(?:(?:[a-z][\w-]*|⟦[LA]\d+⟧)\s+){0,5}?{S=Person}",
     0.75),
    ("office-holder", ("LEADS",),
     r"(?i:mayor|governor|gov\.|sheriff|district\s+attorney|attorney\s+general)\s+{S=Person}"
     r"['’]s\s+{O=Agency}", 0.8),
    ("whose-founders", ("FOUNDED",),
     r"{O}{GX}\s+whose\s+(?i:co-?founders?|founders?)\s+(?i:include|included|are|were|was|is)\s+"
     r"{SL}", 0.75),
    ("appos-founded-by", ("FOUNDED",),
     r"{O}\s*,\s+(?:the|a|an)\s+(?:[^⟦⟧;,]|,(?=\s+⟦L|\s+(?:that|which)\b)|⟦[LTt]\d+⟧){0,80}?"
     r"(?i:co-?founded|founded|started)\s+"
     r"(?:in\s+\d{4}\s+)?by\s+(?:[\w-]+\s+){0,3}?{SL}", 0.8),
    ("poss-role-name", PEOPLE,
     rf"{{O}}{{POS}}\s+(?!(?i:from|on|to|by|with|for|of|at|in|against|and|or|but)\b){ROLE}"
     r"(?P<func>\s+(?:for|of)\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,2}(?=\s*,?\s+⟦E))?"
     # "Its spokesman in Norway, Bjoern Johansen", "Sales Manager for Latin America Karla López"
     r"(?:\s+(?i:in|for)\s+⟦L\d+⟧(?=\s*,?\s+⟦E))?"
     r"\s*,?\s+{S=Person}",
     0.75),
    # "In 2012, Vidsys named Michael P. Jackson as their CEO", "hired X as its new CFO".
    ("appointed-as", PEOPLE,
     rf"{{O=Company,Organization,Agency}}{{APPOS}}\s+(?:(?i:has|have|had)\s+)?(?i:named|names|"
     r"appointed|appoints|hired|hires|tapped|taps|picked|picks|chose|chooses|promoted|promotes)\s+"
     rf"{{S=Person}}\s+(?i:as)\s+(?:(?i:its|their|the|a|an)\s+)?"
     r"(?:(?i:new|next|first|interim|"
     rf"acting)\s+)?{ROLE}(?!\s+(?i:of|at|for)\b)", 0.75),
    # "SERAP, Deputy Director, Kolawole Oluwadare said": the body, the post, the holder
    ("body-role-name", PEOPLE,
     rf"{{O=Organization,Agency,Company}}\s*,\s+{ROLE}\s*,\s+{{S=Person}}(?!\s*,?\s+(?:and|or)\b)",
     0.7),
    # "Cyprus-registered company WiSpear, whose Israeli CEO Tal Dillian": the firm's own officer
    ("whose-role-name", PEOPLE,
     rf"{{O}}\s*,\s+(?i:whose)\s+(?:⟦L\d+⟧\s+)?{ROLE}\s*,?\s+{{S=Person}}", 0.75),
    # "Uber's counsel Roberta A. Kaplan and Marc S. Williams": a post many hold, then its holders
    ("poss-plural-role-names", PEOPLE,
     r"{O}{POS}\s+(?:(?i:outside|senior|lead|top|two|three|former)\s+)?(?P<role>(?i:lawyer|attorney|"
     r"counsel|co-?founder|founder|executive|researcher|engineer|employee|official))(?i:s)?\s*,?\s+"
     r"(?=⟦E\d+⟧(?:\s*,\s*⟦E\d+⟧)*\s*,?\s+and\s+⟦E){SL=Person}", 0.75),
    # "Microsoft's Brad Smith said": a person named as a firm's or agency's own, no title
    # (an outlet's own is `outlet-reporter`).
    ("poss-person", ("WORKS_FOR",),
     r"(?<!(?i:by)\s)(?<!(?i:of)\s){O=Company,Agency}['’]s\s+{S=Person}"
     r"(?=\s*(?:,|\s(?i:said|says|told|wrote|reported|asked|added|noted|explained)\b))", 0.6),
    # "Nexa president Olivier Bohbot, managing director Renaud Roques, and former president
    # Stéphane Salies": the firm's title list goes on.
    ("poss-role-name-list", PEOPLE,
     rf"{{O}}{{POS}}\s+(?:[\w-]+\s+){{0,3}}?(?i:{_ROLE_WORDS})\s+⟦E\d+⟧"
     rf"(?:\s*,\s+(?:[\w-]+\s+){{0,3}}?(?i:{_ROLE_WORDS})\s+⟦E\d+⟧)*\s*,?\s+(?:and\s+)?"
     rf"{ROLE}\s+{{S=Person}}", 0.7),
    # "The former head of Amesys, Philippe Vannier,": the title and its holder in apposition.
    ("role-of-appos-name", PEOPLE,
     rf"(?:^|[.;:]\s+|\b(?i:the)\s+){ROLE}\s+(?P<prep>(?i:of|at|for))\s+(?:the\s+)?{{O}}\s*,\s+"
     r"{S=Person}\s*[,.;]", 0.75),
    ("who-leads", ("LEADS", "FOUNDED", "WORKS_FOR", "REPRESENTS"),
     r"{S=Person}\s*,?\s+who\s+(?:(?i:also|later|previously|once)\s+)?(?P<role>(?:helped\s+)?"
     r"(?:launch|found|start|build)\s+and\s+"
     r"(?:now\s+|still\s+)?(?:leads|heads|runs)|leads|heads|runs|founded|co-founded|started|"
     r"established|works\s+"
     r"(?:for|at)|represents)"
     # (not "who runs the public safety division of X": a unit's head works for X)
     r"(?!\s+(?:the|its|a|an)\s+(?:[\w-]+\s+){0,4}?" + _UNIT + r"\s+(?i:of|at)\b)"
     r"\s+{GX}{O}(?!['’]s\s+(?:[\w-]+\s+){0,5}?" + _FIRM_UNIT + r"\b)", 0.75),
    # "Joseph Cuschieri – who is also the executive chairman of the Malta Gaming Authority".
    ("who-is-role-of", PEOPLE,
     rf"{{S=Person}}\s*[,–—]?\s+who\s+(?i:is|was|has\s+been|serves\s+as|served\s+as)\s+"
     rf"(?:(?i:also|now|currently)\s+)?(?:(?i:the|a|an|its)\s+)?{ROLE}{FUNCTION}\s+"
     r"(?P<prep>(?i:of|at|for))\s+(?:the\s+)?{O}(?!['’]s)", 0.75),
    # "DarkMatter was founded and is led by tycoon Faisal Al-Bannai"
    ("founded-and-led-by", ("LEADS",),
     r"{O}{APPOS}\s*,?\s+(?i:was|is)\s+(?i:founded|co-founded|started)\s+and\s+(?:(?i:is|was)\s+)?"
     r"(?i:led|run|headed)\s+by\s+(?:(?:[\w-]+|⟦[A-Z]\d+⟧)\s+){0,4}?{SL=Person}", 0.8),
    ("who-leads-unit", ("WORKS_FOR",),
     r"{S=Person}\s*,?\s+who\s+(?:leads|heads|runs|oversees|manages)\s+{O}['’]s\s+"
     r"(?:[\w-]+\s+){0,5}?" + _FIRM_UNIT + r"\b", 0.7),
    # "who runs the public safety division of a security technology company called Genetec"
    ("who-leads-unit-of", ("WORKS_FOR",),
     r"{S=Person}\s*,?\s+who\s+(?:leads|heads|runs|oversees|manages)\s+(?:the|its|a|an)\s+"
     r"(?:[\w-]+\s+){0,4}?" + _UNIT + r"\s+(?i:of|at)\s+{GX}{O}", 0.7),
    # "with Ornaghi and Valleri being the two founding members of it".
    ("founding-members-of", ("FOUNDED",),
     r"{SL=Person}\s+(?:(?i:were|are|was|is|being|as)\s+)?(?:(?i:the|its|two|three|four|one\s+of"
     r"\s+the|among\s+the)\s+){0,2}(?i:founding\s+(?:members?|partners?|fathers?)|co-?founders?)"
     r"\s+of\s+(?:the\s+)?{O=Company,Organization}", 0.75),
    ("founders-of-colon", ("FOUNDED",),
     r"(?i:co-?founders?|founders?)\s+of\s+{O}\s*[:,]\s+{SL=Person}", 0.75),
    # "co-founded by prominent tech investor Peter Thiel, Palantir rose to prominence".
    ("fronted-founded-by", ("FOUNDED",),
     r"(?i:co-?founded|cofounded|founded|started)\s+(?:in\s+\d{4}\s+)?by\s+(?:[\w-]+\s+){0,3}?"
     r"{SL=Person}\s*,\s+(?:[^⟦⟧;]{0,60}?,\s+)?(?:the\s+)?{O}", 0.75),
    ("identified-as-vendor", ("DEVELOPS",),
     r"(?i:identified|described|named|labell?ed|called)\s+{S=Company}\s+as\s+(?:a|an|the)\s+"
     r"(?:[\w-]+\s+){0,2}?{O=Technology,~Technology}[\s-]+(?i:vendor|maker|company|firm|"
     r"developer|provider|supplier|seller)\b", 0.7),
    ("poss-subsidiaries-appos", ("SUBSIDIARY_OF",),
     r"{O=Company}['’]s\s+(?i:subsidiaries|units|divisions|brands)\s*,\s+{S=Company}", 0.75),
    ("founded", ("FOUNDED",),
     r"{SL=Person}\s+(?i:founded|co-founded|cofounded|started|set\s+up)\s+{GX}{O}", 0.75),
    ("founded-by", ("FOUNDED",),
     r"{O}{APPOS}\s*,?\s+(?:(?i:which|that)\s+)?(?i:was\s+|is\s+)?(?:(?i:originally|first|"
     r"jointly|initially|later)\s+)?(?i:founded|co-founded|"
     # "was founded in 2003, in the wake of Sept. 11, by journalist and CourtTV founder X"
     r"cofounded|started|set\s+up|established|launched)(?:\s+and\s+(?:is\s+|was\s+)?(?:led|run|"
     r"headed))?\s+(?:in\s+\d{4}(?:\s*,\s*[^,;⟦⟧]{0,40},)?"
     # ("established by a former Israeli intelligence officer called Tal Dilian")
     r"\s+)?by\s+(?:(?:[\w-]+|⟦[A-Z]\d+⟧)\s+){0,6}?{SL=Person}", 0.8),
    # --- legal and regulatory action --------------------------------------------------------
    ("sued", ("SUED",),
     # ("the Consumer Protection Division of the Office of Attorney General ... filed": the unit)
     r"{SL=Company,Agency,Organization,Platform,Person}(?:\s+of\s+the\s+⟦A\d+⟧)?{APPOS}\s+{GN}"
     r"(?i:sued|sues|sue|suing|"
     r"(?:filed|launched|initiated|lodged)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+|\([\w&.-]+\)\s+|⟦[A-Z]\d+⟧['’]s\s+){0,6}?(?:lawsuit|suit|complaint|case|action|petition)s?\s+"
     r"(?:(?:in|with|at|before|on)\s+(?:[^⟦⟧;,]|⟦[LAt]\d+⟧){0,50}?\s+)?against|brought\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:lawsuit|suit|case|action|"
     r"complaint)s?\s+against|took\s+legal\s+action\s+against)\s+(?:the\s+)?"
     # "is suing online proctoring company Proctorio": a description before the defendant;
     # "against data scraping companies, such as SerpApi and Oxylabs", "against a South
     # Korean analytics firm, called Rankwave"
     r"(?:(?:(?i:a|an)\s+)?(?:(?:[a-z][\w-]*|⟦[LTt]\d+⟧)\s+){0,3}?(?i:company|firm|startup|vendor|"
     r"maker|provider|companies|firms|startups|vendors|makers|providers)(?:\s*,?\s+(?i:such\s+as|"
     r"including|like|called|named))?\s+)?{OL=Company,Agency,Organization,Platform,Person}", 0.8),
    # "An alliance of organizations, including noyb and Privacy International, filed complaints
    # against Clearview AI": the members of a group who bring its complaint.
    ("group-including-sued", ("SUED",),
     r"(?i:alliance|coalition|group|groups|consortium|organi[sz]ations|complainants|plaintiffs)\s+"
     r"[^⟦⟧;]{0,40}?(?i:including|such\s+as|among\s+them)\s+{SL=Organization,Company,Person}\s*,"
     r"\s+(?:(?i:have|has|had)\s+)?(?:(?i:sued|filed|brought|lodged)\s+[^⟦⟧;]{0,40}?(?i:complaints?|"
     r"lawsuits?|suits?|cases?|actions?)\s+against|(?i:sued))\s+(?:the\s+)?"
     r"{OL=Company,Agency,Organization,Platform,Person}", 0.7),
    # "Meta abandoned a similar lawsuit it filed against Bright Data".
    # "lawsuits against it from Apple and Meta": the suits, whom they are against, who brought them.
    ("suits-against-from", ("~SUED",),
     r"(?i:lawsuits?|suits?|complaints?|legal\s+challenges?)\s+against\s+(?:the\s+)?"
     r"{S=Company,Agency,Organization,Platform,Person}\s+(?i:from|by)\s+(?:the\s+)?"
     r"{OL=Company,Agency,Organization,Platform,Person}", 0.7),
    # "Apple asked a court to dismiss its hacking lawsuit against spyware pioneer NSO Group";
    # "the suit against NSO filed by Meta's WhatsApp".
    ("poss-lawsuit-against", ("SUED",),
     r"{S=Company,Agency,Organization,Platform,Person}['’]s\s+(?:[\w-]+\s+){0,3}?"
     r"(?i:lawsuits?|suits?|complaints?|legal\s+challenges?)\s+against\s+(?:the\s+)?"
     r"(?:(?:[a-z][\w-]*|⟦[Tt]\d+⟧)\s+){0,2}?{OL=Company,Agency,Organization,Platform,Person}",
     0.7),
    ("suit-against-filed-by", ("~SUED",),
     r"(?i:lawsuits?|suits?|complaints?)\s+against\s+(?:the\s+)?{S=Company,Agency,Organization,"
     r"Platform,Person}\s+(?i:filed|brought|lodged)\s+by\s+(?:⟦[A-Z]\d+⟧['’]s\s+)?"
     r"{OL=Company,Agency,Organization,Platform,Person}", 0.7),
    # "The CFPB joined attorneys general in three states in suing Libre and its parent Nexus".
    ("joined-in-suing", ("SUED",),
     r"{SL}{APPOS}\s+(?i:joined|joins|joining)\s+(?:[^⟦⟧;]|⟦[A-Z]\d+⟧){0,120}?\s(?i:in\s+suing|to\s+sue|"
     r"in\s+a\s+lawsuit\s+"
     r"against|in\s+filing\s+suit\s+against)\s+(?:the\s+)?{OL}", 0.7),
    ("lawsuit-it-filed", ("SUED",),
     r"(?i:lawsuit|suit|complaint|case)\s+(?:(?i:that|which)\s+)?{S=Company,Agency,Organization,"
     r"Platform,Person}\s+(?:(?i:had|has|have)\s+)?(?:(?i:also|previously|earlier)\s+)?"
     r"(?i:filed|brought|lodged)\s+against\s+(?:the\s+)?{OL=Company,Agency,Organization,"
     r"Platform,Person}", 0.7),
    ("lawsuit-against", ("SUED",),
     r"{S=Company,Agency,Organization,Platform,Person}{POS}\s+{W2}(?i:lawsuit|suit|complaint)\s+"
     r"against\s+{OL=Company,Agency,Organization,Platform,Person}", 0.75),
    # "The complaint filed by A, B and C accused FinFisher", "a complaint brought by A and B
    # against Gamma International".
    ("complaint-by-against", ("SUED",),
     r"(?i:complaints?|lawsuits?|suits?|legal\s+actions?|cases?)\s*,?\s+(?i:filed|brought|lodged|"
     r"submitted)\s+(?:(?i:jointly|together)\s+)?by\s+(?:the\s+)?{SL=Company,Agency,Organization,"
     r"Platform,Person}\s+(?:(?i:against)|(?i:accused|accuses|accusing|alleged\s+that|alleges\s+"
     r"that|alleging\s+that|charged|charges))\s+(?:the\s+)?{OL=Company,Agency,Organization,"
     r"Platform,Person}", 0.7),
    ("complaint-filed-by", ("SUED",),
     r"(?i:investigat\w*|prob\w+|audit\w*)\s+(?:the\s+)?{O}\s+{GX}(?i:complaints?|lawsuits?)\s*,?"
     r"\s+(?:(?i:including\s+one)\s+)?(?i:filed|lodged|brought)\s+by\s+(?:the\s+)?{SL}", 0.7),
    ("complaint-demanding-probe", ("SUED",),
     r"{S=Person,Organization,Company}{GX}(?i:filed|lodged|submitted)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?"
     r"(?i:complaint|petition)\s+{GX}(?i:demanding|seeking|calling\s+for|requesting)\s+(?:a\s+|an\s+)?"
     r"(?:[\w-]+\s+)?(?i:investigation|probe|inquiry)\s+(?:of|into)\s+(?:the\s+)?{O}", 0.7),
    ("according-to-complaint", ("SUED",),
     r"(?i:according\s+to)\s+(?:the\s+)?{S=Agency,Organization,Company}['’]s\s+(?:[\w-]+\s+)?"
     r"(?i:complaint|lawsuit)\s*,\s+(?:the\s+)?(?:(?:[\w-]+|⟦L\d+⟧(?:-based)?)\s+){0,3}?"
     r"{O=Company,Organization,Agency,Platform,Person}", 0.7),
    ("filed-suit-accusing", ("SUED",),
     r"{SL=Company,Agency,Organization,Platform,Person}{APPOS}\s+{G}(?i:filed|brought|lodged)\s+"
     r"(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?i:suit|lawsuit|complaint|case)\s+(?:[^⟦⟧;]|⟦[LA]\d+⟧){0,80}?"
     r"(?i:accusing|"
     r"alleging\s+that|charging)\s+(?:the\s+)?{OL=Company,Agency,Organization,Platform,Person}",
     0.7),
    ("complaint-alleged", ("SUED",),
     r"(?i:in\s+(?:a|an|its|the)\s+(?:[\w-]+\s+)?complaint)\s*,\s+(?:the\s+)?{S=Agency,Organization,"
     r"Company}\s+(?i:alleged|alleges|accused|accuses|charged|charges|said|says)\s+(?:that\s+)?"
     r"(?:the\s+)?{OL=Company,Organization,Person,Agency}", 0.7),
    ("faced-suit-from", ("SUED",),
     r"{O}{APPOS}\s+{G}(?i:faced|faces|facing|hit\s+with|received)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
     r"(?i:lawsuit|suit|complaint)\s+(?i:from|by)\s+(?:[\w-]+\s+){0,6}?{SL}", 0.7),
    ("sued-by", ("SUED",),
     r"{OL=Company,Agency,Organization,Platform,Person}\s+(?i:was|were|has\s+been|is\s+being|"
     # ("was sued in federal court by the ACLU")
     r"have\s+been)\s+sued\s+(?:(?i:in|on|at|last|this|earlier|again)\b[^⟦⟧;,]{0,40}?\s+)?by\s+"
     r"(?:the\s+)?{SL=Company,Agency,Organization,Platform,Person}", 0.8),
    # "The ACLU took Clearview AI to court"; "Meta, which sued NSO Group in 2019"
    ("took-to-court", ("SUED",),
     r"{SL=Company,Agency,Organization,Platform,Person}{APPOS}\s+{G}(?i:took|takes|taking|"
     r"dragged|drags|hauled)\s+(?:the\s+)?{O=Company,Agency,Organization,Platform,Person}\s+"
     r"(?i:to\s+(?:court|trial)|before\s+(?:a|the)\s+(?:court|judge|tribunal))", 0.8),
    ("which-sued", ("SUED",),
     r"{SL=Company,Agency,Organization,Platform,Person}\s*,\s+(?i:which|who)\s+(?:(?i:also|later|"
     r"previously|first|had|has|have)\s+)?(?i:sued|sues|is\s+suing)\s+(?:the\s+)?"
     r"{OL=Company,Agency,Organization,Platform,Person}", 0.8),
    ("fined", ("FINED",),
     r"{SL}{APPOS}\s+{G}(?i:fined|fines|fine|penalized|penalised)\s+(?:the\s+)?{GX}{OL}", 0.8),
    ("fined-by", ("FINED",),
     r"{O}\s+(?i:was|has\s+been|were)\s+fined\s+{GX}by\s+(?:the\s+)?{S}", 0.8),
    ("ordered-to-pay", ("FINED",),
     r"{S}\s+{G}(?i:ordered|orders|required)\s+(?:⟦[A-Z]\d+⟧-\w+\s+|the\s+)?{O}\s+to\s+pay",
     0.75),
    ("sanctioned", ("SANCTIONED",),
     r"{SL}{APPOS}\s+{G}(?i:sanctioned|sanctions|imposed\s+sanctions\s+on|designated)\s+{GX}"
     r"{OL}", 0.75),
    # "sanctioned Intellexa founder Tal Dilian", "sued Clearview's CEO Hoan Ton-That": the
    # officer a firm's name introduces is the one acted on
    ("acted-on-officer", ("SANCTIONED", "SUED"),
     r"{S}{APPOS}\s+{G}(?i:sanctioned|sanctions|imposed\s+sanctions\s+on|designated|sued|sues|"
     r"is\s+suing|filed\s+(?:a\s+)?(?:lawsuit|suit)\s+against)\s+(?:the\s+)?⟦[CAO]\d+⟧(?:['’]s)?\s+"
     rf"(?:[\w-]+\s+)?{OFFICER_TITLES}\s*,?\s+{{O=Person}}", 0.75),
    ("added-to-sanctions-list", ("SANCTIONED",),
     r"{S=Agency}{APPOS}\s+{G}(?i:added|adds|placed|places|put|puts|listed)\s+{GX}{OL}\s+"
     r"(?i:to|on)\s+(?:the|its)\s+{W3}(?i:sanctions?\s+list|SDN\s+list|list\s+of\s+"
     r"specially\s+designated)", 0.75),
    ("banned-by", ("BANNED",),
     r"{OL=Company,Product}\s+(?i:was|were|has|have|had)\s+(?:(?i:also|previously|already|"
     r"since|later|effectively|been)\s+){0,4}(?i:banned|barred|blacklisted)\s+by\s+"
     r"(?:the\s+)?{SL}", 0.75),
    ("banned", ("BANNED",),
     # (nor "a list of companies banned in the US": a participle after its noun)
     r"{SL}{APPOS}\s+{GX}(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)(?<!be\s)(?<!been\s)"
     r"(?<!companies\s)(?<!firms\s)(?<!entities\s)(?<!vendors\s)(?<!products\s)(?i:banned|"
     r"bans|ban|barred|bars|bar|prohibited|prohibits|prohibit|blocked|blocks|block|blacklisted|"
     r"blacklists|outlawed)\s+{GX}{OL=Company,Product}", 0.7),
    # "The U.S. Army has ordered units to cease the use of DJI drones".
    ("ordered-to-cease-use", ("BANNED",),
     r"{S=Agency,Company}{APPOS}\s+(?:(?i:has|have|had)\s+)?(?i:ordered|told|directed|instructed|"
     # (someone between the order and "to": "Serco ordered to stop" is a headline's passive)
     r"required)\s+(?:[\w'’$.-]+\s+){1,3}?(?i:to)\s+(?i:cease|stop|halt|discontinue|end)\s+"
     r"(?:(?i:the|all)\s+)?"
     r"(?i:use|using|purchases?|buying|purchasing)\s+(?:(?i:of)\s+)?(?:(?i:the|all|any)\s+)?"
     r"{OL=Company,Product,Technology}", 0.7),
    # A capability is banned as a thing to use, never as an actor "banned from selling".
    # "Scotland Yard has banned officers from using a facial recognition search engine".
    ("banned-staff-from-using", ("BANNED",),
     r"{S=Agency,Company}(?:\s+⟦E\d+⟧)?\s+{G}(?i:banned|bans|barred|bars|prohibited|prohibits|forbade|"
     r"forbids)\s+"
     r"(?:(?i:its|their|all)\s+)?(?i:officers|employees|staff|police|agents|agencies|departments|"
     r"workers|officials|personnel)\s+(?:(?i:statewide|nationwide)\s+)?from\s+(?i:using|buying|"
     r"deploying|acquiring)\s+(?:(?i:the|a|an)\s+)?(?:(?:[\w-]+|⟦[Tt]\d+⟧)\s+){0,3}?"
     # "barred police from using a facial recognition app from a company called Clearview AI"
     r"(?:(?i:from|by|made\s+by|sold\s+by)\s+(?:(?i:a|the)\s+(?:[\w-]+\s+)?(?i:company|firm|startup)\s+"
     r"(?:(?i:called|named)\s+)?)?)?{O=Technology,Product,Company}", 0.75),
    ("banned-technology", ("BANNED",),
     r"{SL}{APPOS}\s+{GX}(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)(?<!be\s)(?<!been\s)(?i:banned|"
     r"bans|ban|barred|bars|bar|prohibited|prohibits|prohibit|blocked|outlawed)\s+{GX}"
     r"{OL=Technology}(?![\s-]+(?:[\w-]+\s+)?(?i:from|companies|company|firms|firm|makers|maker|vendors|"
     r"vendor|brokers|broker|providers|provider)\b)",
     0.7),
    ("voted-to-ban", ("BANNED",),
     r"{S=Agency}\s+(?i:voted|moved|agreed|decided)\s+[^⟦⟧;]{0,30}?\b(?i:to)\s+(?i:ban|bar|"
     r"prohibit|forbid)\s+(?:[^⟦⟧;]|⟦A\d+⟧){0,80}?\b(?i:from)\s+(?i:using|buying|acquiring|"
     r"deploying|operating)\s+(?:the\s+)?{O=Technology,Product}", 0.7),
    ("passed-bans-on", ("BANNED",),
     r"{SL=Agency}\s+(?i:passed|approved|adopted|enacted)\s+(?:(?:a|an|similar|its|their|"
     r"own)\s+)*(?i:bans?|prohibitions?|moratori(?:um|ums|a))\s+(?i:on)\s+(?:the\s+)?"
     r"{OL=Technology,Product}", 0.7),
    ("order-for-to-stop", ("BANNED",),
     r"{S}{GX}(?i:issued|imposed|handed\s+down)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?i:order)\s+"
     r"(?i:for|to|requiring|directing|ordering)\s+{O}\s+to\s+(?i:stop|cease|delete|halt|destroy|"
     r"end)", 0.75),
    ("imposed-fine-on", ("FINED",),
     r"{SL}{APPOS}\s+{G}(?i:imposed|issued|levied|handed\s+down|slapped)\s+(?:a|an|the|its)\s+"
     r"[^⟦⟧;]{0,50}?(?i:fine|penalty)\s+(?i:on|against|to)\s+(?:the\s+)?{OL}", 0.75),
    # "Facebook attracted a €17m fine from the DPC", "the agency hit Instagram with a €405m fine".
    ("received-fine-from", ("FINED",),
     r"{O}\s+{W2}(?i:attracted|received|receives|got|incurred|drew)\s+(?:a|an)\s+[^⟦⟧;]{0,40}?"
     r"(?i:fine|penalty)\s+(?i:from|by)\s+(?:the\s+)?{S}", 0.75),
    ("hit-with-fine", ("FINED",),
     r"{S}\s+{W2}(?i:hit|slapped|hits|slaps)\s+{O}\s+with\s+(?:a|an)\s+[^⟦⟧;]{0,40}?(?:(?i:fine|"
     r"penalty)\b|[$€£]\s?[\d.,]+\s*(?i:m|bn|million|billion)?\b)", 0.75),
    ("hit-with-fine-by", ("FINED",),
     r"{O}\s+(?i:was|has\s+been|were|is)\s+(?i:hit|slapped|handed)\s+with\s+(?:a|an)\s+"
     r"[^⟦⟧;]{0,50}?(?i:fine|penalty)\s+(?i:by|from)\s+(?:the\s+)?{S}", 0.75),
    ("ordered-stop", ("BANNED",),
     r"{S}{GX}(?i:ordered|orders|told|demanded|directed|required|forced)\s+(?:the\s+)?{O}\s+to\s+(?i:stop|"
     r"cease|delete|halt|destroy|end)", 0.75),
    ("cease-and-desist", ("BANNED",),
     r"{SL=Agency,Company,Platform}{APPOS}\s+{G}(?i:sent|issued|served)\s+(?:(?:a|an)\s+)?(?i:cease[\s-]+and[\s-]+desist)\s+"
     r"(?i:letter|order|notice)s?\s+(?i:to|on)\s+(?:the\s+)?{OL}", 0.75),
    ("letter-stop", ("BANNED",),
     r"{S}\s+(?i:sent)\s+{O}\s+(?:a|an)\s+{W2}(?i:letter|notice|order)[^;]{0,60}?(?i:demanding|"
     r"ordering|requiring|telling|asking)\s+(?:that\s+)?(?:⟦[A-Z]\d+⟧|it|they)\s+(?:to\s+)?"
     r"(?i:stop|cease|halt|delete)", 0.75),
    ("settled-barred", ("BANNED",),
     r"{S}\s+(?i:settled\s+with|reached\s+a\s+settlement\s+with)\s+{OL},?\s+(?i:which|who)\s+"
     r"(?:\w+\s+){0,4}?(?i:barred|banned|prohibited)", 0.7),
    # "tabled a report to Parliament after investigating X": an object is not the inquirer
    ("investigated", ("INVESTIGATED",),
     r"(?<!(?i:to)\s)(?<!(?i:for)\s)(?<!(?i:with|from)\s){S}{APPOS}\s+{G}(?i:investigated|investigating|investigates|probed|probing|probes|"
     r"audited|auditing|(?:opened|launched|began|started)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
     r"(?:investigation|probe|inquiry)\s+(?:into|of))\s+(?:the\s+)?(?:⟦L\d+⟧,?\s+){0,2}{OL}", 0.75),
    ("investigated-by", ("INVESTIGATED",),
     r"{OL}{APPOS}\s+(?i:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+"
     r"(?:(?i:being|under)\s+)?"
     r"(?i:investigated|probed|audited|investigation|scrutiny|inquiry)\s+by\s+(?:the\s+)?{SL}",
     0.8),
    # "Venntel's business hasn't slowed despite being investigated by Congress".
    ("being-investigated-by", ("INVESTIGATED",),
     r"{O}(?:['’]s\s+(?:[\w-]+\s+){0,2}?)?{G}\b(?i:despite|after|while|since)\s+(?i:being|having\s+been)\s+"
     r"(?:(?i:also|repeatedly|previously)\s+)?(?i:investigated|probed|audited)\s+by\s+(?:the\s+)?"
     r"{S=Agency,Organization}", 0.7),
    ("investigation-into", ("INVESTIGATED",),
     r"{S}{POS}\s+{W2}(?i:investigation|probe|inquiry|audit)\s+(?:into|of)\s+{OL}", 0.75),
    # "An ICO investigation found that TikTok had breached the law", "its probe concluded".
    ("investigation-found", ("INVESTIGATED",),
     r"{S=Agency,Organization}{POS}\s+(?:(?i:own|recent|new|formal|lengthy|year-long|two-year)\s+)?"
     r"(?i:investigation|probe|inquiry|audit|review)\s+(?i:found|finds|concluded|determined|"
     r"showed|revealed|established)\s+(?:(?i:that)\s+)?{O=Company,Agency,Organization,Platform}",
     0.7),
    # "A new audit by the DHS inspector general claims that the Secret Service and ICE did not".
    ("investigation-by-found", ("INVESTIGATED",),
     r"\b(?i:investigation|probe|inquiry|audit|review)\s+by\s+"
     # ("An investigation by the Swedish public broadcaster, SVT, last month alleges that")
     r"(?:the\s+)?(?:(?:[a-z][\w-]*|⟦L\d+⟧)\s+){0,3}?(?:(?i:broadcaster|newspaper|outlet|group|"
     r"organi[sz]ation|watchdog|regulator|agency|authority)\s*,?\s+)?{S=Agency,Organization}"
     r"(?:\s*,)?\s+(?:(?i:last|this|earlier)\s+(?i:month|year|week)\s+)?(?i:found|finds|concluded|"
     r"concludes|determined|claims|claimed|says|said|showed|shows|revealed|reveals|established|"
     r"alleges|alleged)\s+(?:(?i:that)\s+)?"
     r"(?:the\s+)?{OL=Company,Agency,Organization,Platform}", 0.7),
    # "Following a year-long investigation the ICO has ordered the Royal Free NHS Foundation
    # Trust to ...": the body acted on after the probe is the one probed.
    ("following-investigation-acted", ("INVESTIGATED",),
     r"(?i:following|after)\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?i:investigation|probe|"
     r"inquiry|audit)\s*,?\s+(?:the\s+)?{S=Agency,Organization}{APPOS}\s+(?:(?i:has|have|had)\s+)?"
     r"(?i:ordered|fined|found|ruled|concluded|determined|banned|sanctioned|reprimanded|censured|"
     r"told)\s+(?:(?i:that)\s+)?(?:the\s+)?{O=Company,Agency}", 0.7),
    # "An investigation by Citizen Lab found that NSO Group's Pegasus was used": the firm whose
    # product the finding is about
    ("investigation-by-found-product", ("INVESTIGATED",),
     r"\b(?i:investigation|probe|inquiry|audit|review)\s+by\s+"
     r"(?:the\s+)?{S=Agency,Organization}\s+(?i:found|finds|concluded|concludes|determined|"
     r"showed|shows|revealed|reveals|established)\s+(?:(?i:that)\s+)?(?:the\s+)?"
     r"{O=Company}['’]s\s+(?:[\w-]+\s+)?⟦[RrTt]\d+⟧", 0.65),
    # "the Gotham software of the US company Palantir".
    ("product-of-company", ("~DEVELOPS",),
     r"{S=Product}[\"”’']?\s+(?i:software|tool|platform|system|app|product|spyware)\s+of\s+"
     r"(?:the\s+)?(?:⟦L\d+⟧\s+)?(?:(?i:company|firm|vendor|startup|group)\s+)?{O=Company}", 0.75),
]
PATTERNS += INCIDENT_AND_PLACE_PATTERNS

# Window rules: a trigger, the nearest allowed subject before it and every allowed object
# after it in the same sentence (lists and long noun phrases between are normal here).
SCRAPE_TRIGGER = re.compile(_SCRAPE + r"\b")
NEEDS_FROM = re.compile(r"(?i)^(?:collect|gather|amass|pull|download|extract|lift|obtain|copied|"
                        r"tak|took|mine\b|scoop|trawl)")
CONTRACT_WITH = re.compile(r"(?i:contracts?|deal|agreement)\s+(?:(?i:worth|valued\s+at)\s+"
                           r"[^⟦⟧;]{0,30}?\s+)?with\s+(?:\S+\s+){0,4}?"
                           r"⟦C(?P<s>\d+)⟧")
# "The prosecutor's office is investigating 'violations ... of FinFisher'": an inquiry by the
# agency before the trigger into the first company after it, in one sentence.
INQUIRY = re.compile(r"(?i:investigating|(?:conducting|opened|launched|began|started|leading|"
                     r"announced)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:investigations?|probes?|"
                     r"inquiry|inquiries)|raided|searched\s+the\s+(?:offices|premises|headquarters)|"
                     r"(?:follows|followed|following|after|concluded|completed)\s+(?:a|an|the|its)\s+"
                     r"(?:[\w-]+\s+){0,2}?(?:investigation|probe|inquiry)\s+into"
                     r"(?:\s+(?:how|whether|why))?)\b")
# "the department has used Evolv's systems since 2022", "police relied heavily on Clearview":
# an agency's use of a tool, firm or capability named a few words after the verb.
USE_TRIGGER = re.compile(r"(?i:\b(?:use[sd]?|using|utili[sz](?:e|es|ed|ing)|employ(?:s|ed|ing)?|"
                         r"deploy(?:s|ed|ing)?|tested|testing|"
                         r"pilot(?:s|ed|ing)|adopt(?:s|ed|ing)?|install(?:s|ed|ing)|"
                         r"rel(?:y|ies|ied|ying)\s+on|subscribe[sd]?\s+to)\b)")
# "approved a $X contract ... Flock Safety", "renewed its deal with ShotSpotter": an agency's
# contract with the firm named in the same clause.
# (An export licence is a permit to sell abroad, not a contract with the agency issuing it.)
AGENCY_CONTRACT = re.compile(r"(?i:\b(?:contracts?|agreements?|deals?|subscriptions?|"
                             r"(?<!export\s)licen[cs]es?|"
                             r"purchase|procurement)\b)")
# "X ... has contracts with the DHS, the IRS and the FBI": the seller stands before.
HAS_CONTRACT_WITH = re.compile(
    r"(?i:has|have|had|holds|held|signed|won|with|secured|landed|inked|struck|sealed|clinched|"
    r"finali[sz]ed)\s+(?:(?:[\w$.,-]+|⟦C\d+⟧['’]s)\s+){0,5}?(?i:contracts?|deals?|agreements?)\s+"
    r"(?:(?i:worth|valued\s+at)\s+[^⟦⟧;]{0,30}?\s+)?(?i:with)\s+(?:the\s+)?"
    # "with a UK police force, Leicestershire Police": the description, then the name;
    # "with multiple Chinese agencies, including the Ministry of Public Security"
    r"(?:(?:a|an)\s+(?:(?:[\w-]+|⟦L\d+⟧)\s+){0,3}?(?i:force|agency|department|service|"
    r"authority)\s*,\s+|(?i:multiple|several|many|various|numerous|dozens\s+of|\d+|two|three|"
    r"four|five)\s+(?:(?:[\w-]+|⟦L\d+⟧)\s+){0,2}?(?i:agencies|departments|ministries|forces|"
    r"authorities|governments)\s*,?\s+(?i:including|such\s+as|like)\s+(?:the\s+)?)?(?=⟦A)")
# A trade blacklist of firms; not a shop's quoted "blacklist" of customers.
ENTITY_LIST = re.compile(r"(?<![\"“'‘])(?i:entity\s+list|trade\s+blacklist|blacklist(?:ed|s|ing)?)"
                         r"(?![\"”'’]|\s+of\s+(?i:customers|shoppers|people|individuals|users|"
                         r"visitors|suspects|members|employees|workers|journalists|activists)\b)")


# "North American director", "⟦L⟧ Sales Director": a region's head works for the firm
_JUNIOR_ROLE = re.compile(
    r"@func|⟦l\d+⟧|\b(?:field|regional|country|area|branch|senior|staff|"
    r"policy|associate)\s+(?:director|counsel|attorney)\b|\bchief\s+(?!executive)[a-z]+\s+officer|"
    r"\bpress\s+secretary\b|\bchief\s+of\s+staff\b|"
    # a police rank, not the force's head ("chief superintendent for Lancashire Police")
    r"\b(?:chief|detective)\s+(?:superintendent|inspector)\b|\b(?:deputy|vice|"
    r"assistant|associate|under|senior\s+(?:director|"
    r"manager)|general\s+manager|(?:policy|program|communications|marketing|"
    r"research|sales|product|legal|technology|technical|creative|regional|"
    r"engineering|operations|security|design|news|editorial|development|project|"
    r"strategy|press|campaigns?|advocacy|investigations?|political|legislative|"
    r"finance|financial|digital|data|media|organizing|outreach|education|"
    r"membership|external|(?:public|government)\s+affairs)\s+(?:director|head))\b"
)


def role_relations(role: str, junior: bool = False) -> tuple[str, ...]:
    """Which person relations a role phrase states ("founder and CEO" -> FOUNDED, LEADS);
    `junior` when a rank outside the phrase ("Deputy") says its holder does not lead."""
    r = role.lower()
    out: list[str] = []
    if re.search(r"\b(?:co-?)?founder|founded|founding\b|started\b|\blaunch(?:ed)?\b|"
                 r"\bestablished\b", r):
        out.append("FOUNDED")
    employer = re.search(r"@(?:at|with|from|in)$", r)  # "an attorney at the ACLU" works there
    if re.search(r"\b(?:attorney|lawyer|legal|lobbyist|represents|counsel)\b", r) and (
            "general counsel" not in r) and not re.search(r"attorney[\s-]+general", r) and (
            not employer) and not re.search(
            r"\b(?:senior|staff|policy|associate)\s+(?:counsel|attorney)\b", r):
        out.append("REPRESENTS")
    junior = junior or bool(_JUNIOR_ROLE.search(r))
    if re.search(r"\b(?:ceo|chief|president|chair\w*|director|head|leader|boss|commissioner|"
                 r"secretary|administrator|superintendent|leads|heads|runs|prime\s+minister|"
                 r"attorney[\s-]+general|"
                 r"premier)\b", r) and not junior:
        out.append("LEADS")
    elif not out or junior:
        out.append("WORKS_FOR")
    return tuple(dict.fromkeys(out))
