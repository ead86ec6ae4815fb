"""The relation patterns about incidents and places (see `pattern_table` for the format):
who suffered a breach or a hack, and where an organisation is based."""

from __future__ import annotations

_ORG_NOUNS = (r"(?i:company|companies|firm|firms|startup|startups|start-up|group|newspaper|"
              r"outlet|agency|police|organization|nonprofit|maker|makers|giant|manufacturer|"
              r"manufacturers|developer|vendor|vendors|investor|"
              r"provider|contractor|broker|publication|think\s+tank|university|bank|fund|"
              r"printer|retailer|operator|carrier|telecom|daily|weekly|tabloid|broadcaster|"
              r"magazine|website|watchdog|regulator)")

_PLURAL_ORG_NOUNS = (r"(?i:companies|firms|startups|makers|manufacturers|vendors|providers|"
                     r"contractors|brokers|groups|outlets|operators|developers|giants|agencies|"
                     r"ministries|investors|organi[sz]ations)")

INCIDENT_AND_PLACE_PATTERNS: list[tuple[str, tuple[str, ...], str, float]] = [
    # --- incidents ----------------------------------------------------------------------------
    ("hit-by-breach", ("SUFFERED",),
     r"{S}{APPOS}\s+{G}(?i:hit\s+by|affected\s+by|suffered|suffers|experienced|victim\s+of|"
     r"disclosed|confirmed|reported)\s+(?:a\s+|an\s+|at\s+least\s+\w+\s+|\w+\s+)?(?:[\w-]+\s+)"
     r"{0,2}?(?i:data\s+breach(?:es)?|breach(?:es)?|hack|cyberattack|leak|ransomware\s+attack|"
     r"intrusion)\b", 0.75),
    # "Wyze, the security camera company, has apologized to customers after a camera breach".
    ("apologized-after-breach", ("SUFFERED",),
     r"{S}{APPOS}\s+{G}(?i:apologi[sz]ed|apologi[sz]es|apologi[sz]ing|notified|notifies|is\s+notifying|"
     r"warned|warns|alerted|alerts)\s+(?:[^⟦⟧;.]){0,60}?\s+(?i:after|following|over|about|of)\s+"
     r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?i:data\s+breach|breach|hack|cyberattack|leak|"
     r"ransomware\s+attack|security\s+(?:incident|lapse|flaw))\b", 0.7),
    ("stole-its", ("SUFFERED",),
     r"(?i:stole|stolen|leaked|exposed|breached|hacked|compromised)\s+{S}['’]s\s+"
     # a contract or its terms are breached by breaking them, not by a hack
     r"(?!(?i:terms|contract|agreement|policy|policies|rules|code|user\s+agreement)\b)\w+", 0.7),
    # "A hacker has broken into the servers of Securus".
    ("broke-into-servers-of", ("SUFFERED",),
     r"(?i:broke|broken|breaking|breaks|got|gained\s+access)\s+into\s+(?:the\s+)?(?i:servers?|systems?|"
     r"networks?|databases?|computers?)\s+of\s+(?:the\s+)?{S}(?!['’]s)", 0.7),
    ("was-breached", ("SUFFERED",),
     # what it holds was stolen or exposed; the body itself was hacked ("X has been exposed"
     # alone is made known, not breached)
     r"{S}(?:['’]s\s+(?:[\w-]+\s+){0,3}?(?i:was|were|had\s+been|has\s+been|have\s+been)?\s*(?i:stolen|"
     r"leaked|exposed|hacked|breached|compromised)|{APPOS}\s+(?i:was|were|had\s+been|has\s+been|"
     r"have\s+been)\s*(?i:hacked|breached|compromised))\b"
     # "Tim Hortons' data collection breached Canadian privacy law": a law broken, no hack
     r"(?!\s+(?:(?:[\w-]+|⟦[A-Za-z]\d+⟧)\s+){0,3}?(?i:laws?|rules|regulations?|act|terms|contracts?|"
     r"agreements?|polic(?:y|ies)|rights|obligations|duties)\b)"
     # "the quiet company was exposed in a report": made known, not breached
     r"(?!\s+(?i:in|by)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?i:report|investigation|article|story|"
     r"series|documentary|book|exposé))", 0.65),
    ("hackers-broke-in", ("SUFFERED",),
     r"{S}\s+{GX}(?i:hackers|attackers|intruders|cybercriminals)\s*,?\s+(?:who\s+)?(?i:broke\s+"
     r"into|breached|stole|gained\s+access\s+to|took\s+(?:over|control\s+of))\b", 0.6),
    ("breach-of", ("SUFFERED",),
     r"(?i:breach|hack|hacking|compromise|leak|cyber-?attack|ransomware\s+attack)\s+(?:of|at|on|"
     r"against)\s+{S}", 0.7),
    ("broke-into-its", ("SUFFERED",),
     r"(?i:hackers?|attackers?|intruders?|cybercriminals)\s+(?:\w+\s+)?(?i:broke\s+into|breached|"
     r"accessed|compromised|hacked(?:\s+into)?)\s+{S}['’]s\s+(?i:networks?|servers?|systems?|"
     r"computers?|databases?|accounts?|emails?|files|data)\b", 0.7),
    # --- places -------------------------------------------------------------------------------
    ("based", ("LOCATED_IN",), r"{O}-{BASED}\s+(?:⟦[Tt]\d+⟧\s+)?{S}", 0.9),
    # "U.S. and UK-headquartered facial recognition provider Corsight": both places.
    ("based-pair", ("LOCATED_IN",),
     r"{O}\s+(?:and|&)\s+⟦L\d+⟧-{BASED}\s+(?:(?:[a-z][\w-]*|⟦[Tt]\d+⟧)\s+){0,3}?"
     r"{S}", 0.8),
    # "Intellexa S.A. based out of Greece", "Cytrox AD out of North Macedonia".
    ("based-out-of", ("LOCATED_IN",),
     r"{S=Company,Organization}\s*,?\s+(?:(?i:is|was|are)\s+)?(?:(?i:based|operating|operates)\s+)?"
     r"(?i:out\s+of)\s+{O}(?!['’]s)", 0.75),
    # "Idemia is a multinational technology company from France".
    ("company-from", ("LOCATED_IN",),
     rf"{{S}}\s*(?:,|\s(?i:is|was))\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?{_ORG_NOUNS}\s+(?i:from)\s+"
     r"{O}(?!['’]s)", 0.75),
    # "China is home to leading AI companies, including SenseTime Group and Megvii".
    ("home-to-including", ("~LOCATED_IN",),
     r"{S=Location}\s+(?i:is|was|has\s+become)\s+(?i:home)\s+to\s+{GX}(?i:including|such\s+as|"
     r"like)\s+{OL=Company,Organization}", 0.7),
    ("based-city-state", ("LOCATED_IN",), r"{O}\s*,\s+⟦L\d+⟧-based\s+(?:⟦[Tt]\d+⟧\s+)?{S}", 0.85),
    ("based-words", ("LOCATED_IN",), r"{O}-{BASED}\s+(?:[a-z][\w-]*\s+){1,3}?{S}", 0.75),
    ("based-noun", ("LOCATED_IN",),
     rf"{{O}}-{{BASED}}\s+(?:(?:[\w-]+|⟦[Tt]\d+⟧)\s+){{0,3}}?{_ORG_NOUNS}\s+(?:(?i:called|named|dubbed)\s+)?"
     r"{S}", 0.85),
    # "two US-based venture capital firms, Battery Ventures and Red Dot": each is based there.
    ("based-plural-list", ("LOCATED_IN",),
     rf"{{O}}-{{BASED}}\s+(?:(?:[\w-]+|⟦[Tt]\d+⟧)\s+){{0,3}}?{_PLURAL_ORG_NOUNS}\s*(?:,|:|[—–])?\s+"
     r"(?:(?i:such\s+as|like|including)\s+)?(?:the\s+)?{SL}", 0.8),
    # "Soter Technologies, a company out of New York"
    ("appos-firm-out-of", ("LOCATED_IN",),
     r"{S=Company,Organization}\s*,\s+(?:a|an|the)\s+{DESC}(?i:company|firm|startup|start-up|"
     r"business|maker|vendor|provider)\s+(?i:out\s+of|from)\s+{OL}", 0.75),
    # "Babel Street, hailing from Reston, Virginia"
    ("hailing-from", ("LOCATED_IN",),
     r"{S=Company,Organization}\s*,\s+(?i:hailing|which\s+hails|that\s+hails)\s+from\s+{OL}", 0.75),
    # "Indianapolis, where Geofeedia also has operations"
    ("where-it-has-offices", ("~LOCATED_IN",),
     r"{S=Location}\s*,\s+(?i:where)\s+(?:the\s+)?{O=Company,Organization,Agency}\s+(?:(?i:also|now|"
     r"still)\s+)?(?i:has|had|have|keeps|maintains|opened)\s+(?:(?i:an?|its|their)\s+)?(?:[\w-]+\s+)?"
     r"(?i:operations|offices?|headquarters|base|hub|facility|facilities|staff|employees)\b", 0.75),
    ("based-in", ("LOCATED_IN",),
     # "Wintics (based in Paris)"
     r"{S}(?:\s*,\s+(?:a|an|the)\s+{DESC},)?\s*(?:,|\()?\s*(?:(?i:which|that)\s+)?(?:(?i:is|was|are|"
     r"were)\s+)?"
     # "based in the Chinese city of Shenzhen": the city, described by its country
     r"{BASED}\s+(?:in|near|outside(?:\s+of)?)\s+(?:the\s+(?:⟦L\d+⟧\s+)?(?i:city|town|province|state|"
     r"region|capital)\s+of\s+)?"
     r"{OL}",
     0.85),
    ("appos-based", ("LOCATED_IN",),
     r"{S}(?:\s*,|\s+(?i:is|was|remains))\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?{OL}-{BASED}\b"
     r"(?!\s+(?:[\w-]+\s+){0,2}⟦[A-SU-Z])", 0.85),
    # A plural noun introduces a list of firms, a singular one names one firm only
    # ("Japanese telecom operator KDDI and Axon": Axon is not Japanese).
    ("demonym-noun", ("LOCATED_IN",),
     # "two American cybersecurity organizations — EFF and Lookout"
     rf"{{O}}\s+(?:(?:[\w'’$.-]+|⟦[Tt]\d+⟧)\s+){{0,3}}?{_PLURAL_ORG_NOUNS}(?:\s*,?\s+(?i:such\s+as|"
     r"like|including)|\s*[—–:])?\s+(?:the\s+)?{SL}", 0.75),
    # "Israeli-American company Verint Systems": both places.
    ("demonym-pair-noun", ("LOCATED_IN",),
     rf"{{O}}-⟦L\d+⟧\s+(?:[\w'’$.-]+\s+){{0,3}}?{_ORG_NOUNS}\s+(?:(?i:called|named)\s+)?{{S}}",
     0.75),
    ("demonym-noun-one", ("LOCATED_IN",),
     # "a U.S. government contractor called X" works for that government, wherever it is
     rf"{{O}}\s+(?!(?i:government|federal)\b)"
     rf"(?:(?:[\w'’$.-]+|⟦[Tt]\d+⟧)\s+){{0,3}}?{_ORG_NOUNS}\s+(?:(?i:called|named)\s+)?"
     r"{S}", 0.75),
    # "a Toronto-based human rights watchdog called The Citizen Lab", "a US-based media
    # outlet, the Oromia Media Network": the place of a description that introduces a name.
    ("based-intro", ("LOCATED_IN",),
     r"(?i:a|an|the)\s+{OL}-{BASED}\s+{DESC}(?:(?i:called|named|dubbed)\s+(?:(?i:the)\s+)?|,\s+"
     r"(?:the\s+)?)"
     r"[\"“']?{S}", 0.75),
    # "the company's offices in Malmo, Sweden"; "Qihoo 360, a major cybersecurity firm in
    # China"; "NetPosa, one of China's most famous artificial intelligence companies".
    ("poss-offices-in", ("LOCATED_IN",),
     r"{S=Company,Organization}['’]s\s+(?:[\w-]+\s+){0,2}?(?i:offices?|headquarters|head\s+office|"
     r"base|registered\s+(?:address|office))\s+(?:(?i:is|are|was|were)\s+"
     r"(?:(?i:based|located)\s+)?)?in\s+(?:the\s+)?{OL}", 0.75),
    # "Dedrone, with headquarters in San Francisco,"; "the firm, which has offices in Kassel"
    ("with-headquarters-in", ("LOCATED_IN",),
     r"{S=Company,Organization}\s*,\s+(?:(?i:which|that)\s+(?i:has|had)\s+|(?i:with)\s+)"
     r"(?:(?i:its|a|an)\s+)?(?i:headquarters|head\s+office|main\s+office|base)\s+in\s+(?:the\s+)?"
     r"{OL}", 0.75),
    ("appos-noun-in-place", ("LOCATED_IN",),
     rf"{{S}}\s*,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{_ORG_NOUNS}\s+(?:based\s+)?in\s+{{O}}"
     r"(?!['’]s)", 0.75),
    ("one-of-place-kind", ("LOCATED_IN",),
     rf"{{S}}\s*,\s+(?i:one\s+of)\s+{{O}}['’]s\s+(?:[\w-]+\s+){{0,4}}?{_PLURAL_ORG_NOUNS}", 0.75),
    ("offices-in", ("LOCATED_IN",),
     r"{S}{APPOS}\s+(?:(?i:also|now|still)\s+)?(?i:has|have|had|maintains|opened|runs)\s+"
     r"(?:[\w-]+\s+){0,2}?(?i:offices?|headquarters|operations|subsidiaries)\s+in\s+(?:the\s+)?{OL}",
     0.75),
    # "developed by US firm, PredPol, to help": the kind, a comma, the one name it introduces.
    ("demonym-noun-comma", ("LOCATED_IN",),
     # (not "X, a Greek company, Y, which": there the kind describes the name before it)
     r"(?<![⟧,]\s)(?<!,\sa\s)(?<!,\san\s)(?<!,\sthe\s)"
     rf"{{O}}\s+(?:[a-z][\w-]*\s+){{0,2}}?{_ORG_NOUNS}\s*,\s+{{S}}\s*[,.;)]",
     0.7),
    # "a UK police force, Leicestershire Police": a place-described kind, then the name.
    ("demonym-intro", ("LOCATED_IN",),
     r"(?<!⟧,\s)(?<!⟧\s,\s)(?i:a|an)\s+{OL}\s+(?:[a-z][\w-]*\s+){0,2}?(?i:force|agency|department|"
     r"regulator|company|"
     r"firm|startup|start-up|group|outlet|newspaper|watchdog|authority)\s*,\s+(?:the\s+)?{S}"
     r"\s*[,.;)]", 0.7),
    # "US data broker LexisNexis": a place, then the firm's kind, then the firm.
    ("demonym-kind-one", ("LOCATED_IN",),
     r"{O}\s+(?:[a-z][\w-]*\s+)?⟦t\d+⟧\s+{S=Company}", 0.75),
    # "Netsweeper is a small Canadian company".
    ("is-a-demonym-kind", ("LOCATED_IN",),
     rf"{{S}}\s+(?i:is|was)\s+(?:a|an)\s+(?:[a-z][\w-]*\s+){{0,2}}?{{O}}\s+(?:[a-z][\w-]*\s+){{0,2}}?"
     rf"{_ORG_NOUNS}\b", 0.75),
    # "Russia's main intelligence service, the FSB"; "Russia's largest telecom provider, MTS".
    ("place-poss-kind-appos", ("LOCATED_IN",),
     rf"{{O}}['’]s\s+(?:(?:[a-z][\w-]*|⟦[Tt]\d+⟧)\s+){{0,4}}?(?:{_ORG_NOUNS}|(?i:service|provider|"
     rf"agency|ministry|regulator|watchdog|force|unit))\s*,\s+(?:the\s+)?{{S}}\s*[,.;)]", 0.75),
    # "Dassault, Thales and Nexa Technology, which are French arms and spyware companies"
    ("which-are-demonym", ("LOCATED_IN",),
     rf"{{SL}}\s*,\s+(?i:which|that|who)\s+(?i:are|is|were|was)\s+(?:(?i:both|all)\s+)?"
     rf"(?:(?:a|an)\s+)?{{O}}\s+{{WS3}}{_ORG_NOUNS}", 0.75),
    # "Quadream and Cognyte, both Israeli surveillance companies"; "Fisca and Naung Yoe, both
    # headquartered in Yangon": what a list's members share.
    ("both-demonym", ("LOCATED_IN",),
     rf"{{SL}}\s*,\s+(?i:both|all)\s+(?:{{O}}\s+{{WS3}}{_PLURAL_ORG_NOUNS}|{{BASED}}\s+in\s+"
     r"(?:the\s+)?{OL})", 0.75),
    ("appos-demonym", ("LOCATED_IN",),
     rf"{{S}}\s*,\s+(?:a|an|the|another)\s+(?:[a-z][\w-]*\s+)?{{OL}}\s*,?\s+{{WS3}}{_ORG_NOUNS}"
     # "The Guardian, the Israeli publication +972 Magazine, and": the next list member
     r"(?!\s+(?:⟦|[A-Z+\d]))", 0.8),
    # "ShotSpotter is a publicly traded company based in Newark, Calif."
    ("is-noun-based-in", ("LOCATED_IN",),
     rf"{{S}}\s+(?i:is|was)\s+(?:a|an|the)\s+{{WS3}}{_ORG_NOUNS}\s+(?:(?i:that|which)\s+(?i:is|was)\s+)?"
     r"{BASED}\s+in\s+{OL}", 0.8),
    # ("Meduza, a leading Russian independent media outlet based in Latvia")
    ("appos-noun-based-in", ("LOCATED_IN",),
     rf"{{S}}\s*,\s+(?:a|an|the)\s+(?:(?:[\w'’$.-]+|⟦[LTt]\d+⟧)\s+){{0,4}}?{_ORG_NOUNS}\s+"
     r"(?:(?i:that|which)\s+(?i:is|was)\s+)?{BASED}\s+in\s+{OL}", 0.8),
    # "Fisca and Naung Yoe, both headquartered in Yangon"
    ("both-based-in", ("LOCATED_IN",),
     r"{SL=Company,Organization,Agency}\s*,\s+(?i:both|all)\s+(?:(?i:of\s+them|of\s+which)\s+)?"
     r"{BASED}\s+in\s+{OL}", 0.8),
    ("place-possessive", ("LOCATED_IN",), r"{O}['’]s\s+{S}", 0.7),
    # "manufacturers such as China's Hikvision, Xiaomi and Dahua, South Korea's Hanwha": the
    # place is every listed firm's, up to the next place or the end of the list.
    ("place-possessive-list", ("LOCATED_IN",),
     r"{O=Location}['’]s\s+{SL=Company}(?=\s*(?:[,;.)]|\s(?!(?:and|or|&)\b)[a-z]))", 0.7),
    # "the Ministry of Public Security, China's domestic-focused security agency".
    ("appos-place-possessive-kind", ("LOCATED_IN",),
     rf"{{S}}\s*,\s+{{O}}['’]s\s+(?:[\w-]+\s+){{0,3}}?(?:{_ORG_NOUNS}|(?i:regulator|watchdog|"
     r"authority|ministry|army|military|police\s+force|intelligence\s+service))\b", 0.75),
    # "Poland's state-run auditor Supreme Audit Office": a country's kind of body, then its name.
    ("place-possessive-kind", ("LOCATED_IN",),
     rf"{{O}}['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_ORG_NOUNS}|(?i:auditor|regulator|watchdog|"
     r"authority|ministry|army|military|police\s+force))\s+{S}(?!['’]s)", 0.7),
    ("determiner-place", ("LOCATED_IN",),
     r"\b(?i:the|an?)\s+{OL}\s*,?\s+(?:⟦[Tt]\d+⟧\s+|(?!(?:[a-z]+ed|said|says|told|has|have|had|is|"
     r"was|were|are|and|or|to|of|in|on|at|by|for|with|that|which|who|whom|whose|as|from|"
     r"than)\b)[a-z][\w-]*\s+){0,2}?{S}(?!['’]s)", 0.7),
    ("colon-located", ("LOCATED_IN",),
     r"(?i:are|were)\s+(?:{BASED}\s+in\s+)?{O=Location}\s*:\s+{SL}", 0.75),
    ("company-of-place", ("LOCATED_IN",),
     r"{S=Company}\s+of\s+(?:the\s+)?{O}(?:\s*,\s*⟦L\d+⟧)?(?!['’]s|\s+(?:and|or)\s+⟦)", 0.65),
    ("fronted-based-in", ("LOCATED_IN",),
     r"(?:^|[.;]\s+){BASED}\s+in\s+{OL}\s*,\s+(?:the\s+)?{S}", 0.8),
    ("agency-in", ("LOCATED_IN",), r"{S=Agency}\s+in\s+(?:the\s+)?{O}", 0.7),
    ("and-other", ("LOCATED_IN",), r"{SL}\s*,?\s+and\s+(?:\w+\s+){0,2}other\s+{O}\s+", 0.7),
    ("banned-from-platform", ("OPERATES",),
     r"{S=Company}\s+(?i:banned|removed|kicked|barred|expelled)\s+⟦[A-Z]\d+⟧\s+(?i:from)\s+"
     r"(?:its\s+)?{OL=Platform}", 0.7),
    ("closed-accounts", ("OPERATES",),
     r"{S}\s+{G}(?i:disabled|removed|suspended|deleted|took\s+down|banned|shut\s+down)\s+{GX}"
     r"{OL}\s+(?i:accounts?|pages?|users?|profiles?|posts?|groups?)", 0.65),
]
