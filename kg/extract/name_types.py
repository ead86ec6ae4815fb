"""Typing an unknown capitalised name: by its shape ("... Police Department", "... Labs",
"... Inc.") and by the words around it ("the AI surveillance company Fusus", "Tor Ekeland, an
attorney for ...", "its PacketLogic devices"). `mentions` calls these for each name run.
"""

from __future__ import annotations

import re

from kg.names import LEGAL_SUFFIXES

_AGENCY_HEAD = re.compile(
    r"(?:\b(?:Department|Ministry|Bureau|Office|Court|Commission|Embassy|Consulate|City|County|"
    r"State|Board|Council|Committee|Agency|Authority|Administration)\s+(?:of|for|in|to)\b|"
    r"\b(?:House|Senate)\s+(?:Sub)?[Cc]ommittee\s+on\b|"
    r"\b(?:Northern|Southern|Eastern|Western|Central|Middle)\s+District\s+of\b|"
    r"\b(?:Police|Sheriff|Department|Ministry|Agency|Bureau|Commission|Administration|Court|"
    r"Authority|Patrol|Army|Navy|Guard|Command|Council|Board|Senate|Congress|Parliament|"
    r"Legislature|Constabulary|PD|Inspectorate|Regulator|Service|Attorney General|Prosecutor|"
    r"Sheriff['’]s Office|Mayor['’]s Office|Attorney['’]s Office|Government|School District|"
    r"Audit Office|Home Office|Cabinet Office|Foreign Office|Patent Office|Protection Commissioner|"
    r"Information Commissioner|Privacy Commissioner|"
    r"Public Schools|School System|City Schools|County Schools|"
    r"(?:County|City|State|Federal) (?:Jail|Prison)|Detention Center|Correctional Facility)$)")
_ORG_HEAD = re.compile(r"\b(?:University|Institute|Foundation|Center|Centre|Project|Coalition|"
                       r"Association|Society|Laboratory|Lab|School|College|Alliance|Watch|"
                       r"Initiative|Trust|Union|Group|Times|Post|News|Journal|Tribune|Review|"
                       r"Magazine|Herald|Gazette|Network|Federation|Institution|Academy|"
                       r"Collective|Examiner|Chronicle|Inquirer|Courier|Sentinel|Dispatch|"
                       r"Observer|Bulletin)$")
_ORG_LEAD = re.compile(r"(?:Society|Institute|Foundation|Center|Centre|Association|Coalition|"
                       r"Alliance|Union|University)\s+(?:for|of)\s+[A-Z]")
_UNIVERSITY_OF_PLACE = re.compile(r"\bUniversity\s+[A-Z]\w+$")  # "Ruhr University Bochum"
_COMPANY_HEAD = re.compile(r"\b(?:Technologies|Technology|Systems|Solutions|Labs|Analytics|"
                           r"Software|Capital|Ventures|Partners|Holdings|Networks|Robotics|"
                           r"Security|Dynamics|Industries|Enterprises|Electronics|Communications|"
                           r"Data|AI|Biometrics|Intelligence|Surveillance|Forensics|Groupe|"
                           r"Lawyers|LLP|PC|Company|Fund|Management|Properties|Realty|Airways|"
                           r"Airlines|Equipment|Trading|Consulting|Products|Devices)$")
_COMPANY_NOUN = (r"company|companies|startup|start-up|firm|maker|vendor|provider|contractor|giant|"
                 r"manufacturer|developer|broker|supplier|business|conglomerate|subsidiary|"
                 r"corporation|unicorn|corporate|seller|operator|retailer|printer|insurer|unit|"
                 r"bank|lender|exchange|"
                 r"division|(?:aerospace|defen[cs]e|electronics|engineering|industrial|telecoms?|"
                 r"technology|tech|investment|media|retail|pharmaceutical|chemicals?)\s+group")
_ORG_NOUN = (r"group|organization|organisation|nonprofit|non-profit|no-profit|newspaper|outlet|"
             r"publication|magazine|think tank|university|charity|coalition|watchdog group|"
             r"institute|lab|research group|advocacy group|news site|site|daily|website|"
             r"broadcaster")
_AGENCY_NOUN = r"agency|department|regulator|ministry|authority|court|police force|bureau"
ROLE_WORDS = (r"director[-\s]general|secretary[-\s]general|undersheriff|"
              r"attorney|lawyer|legal professional|counsel|lobbyist|director|ceo|chief|founder|"
              r"co-founder|cofounder|president|chair|chairman|chairwoman|head|spokesperson|spokesman|"
              r"spokeswoman|scholar|researcher|professor|analyst|official|officer|deputy|reporter|"
              r"journalist|correspondent|columnist|producer|anchor|activist|advocate|senator|"
              r"lawmaker|executive|manager|engineer|employee|"
              r"fellow|democrat|republican|member|expert|scientist|investigator|detective|lieutenant|"
              r"sergeant|commissioner|secretary|judge|mayor|governor|partner|staffer|technologist|"
              r"editor|writer|author|consultant|adviser|advisor|leader|owner|investor|critic|"
              r"economist|specialist|administrator|councillor|councilor|constable|politician|"
              r"campaigner|strategist|coordinator|organi[sz]er|lecturer|billionaire|entrepreneur|"
              r"philanthropist|tycoon|magnate|financier|minister|[a-z]+ologist")
_PERSON_NOUN = (r"veteran|worker|man|woman|resident|student|teacher|nurse|citizen|mother|"
                r"father|grandmother|grandfather|retiree|driver|plaintiff|victim|shopper")
# "the startup Banjo"; with a comma, "from civil rights group, Liberty, on behalf of".
_BEFORE_NOUN = re.compile(
    rf"(?i)\b(?:(?P<c>{_COMPANY_NOUN})|(?P<o>{_ORG_NOUN})|(?P<a>{_AGENCY_NOUN}))(?P<comma>,)?\s+$")
_AFTER_APPOS = re.compile(
    rf"(?i)^\s*,\s+(?:a|an|the|one\s+of)\s+(?:[\w'’-]+\s+){{0,5}}?(?:(?:(?P<c>{_COMPANY_NOUN})|"
    rf"(?P<o>{_ORG_NOUN})|(?P<a>{_AGENCY_NOUN}))(?!(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:{ROLE_WORDS})s?\b)|"
    rf"(?P<h>{ROLE_WORDS}|{_PERSON_NOUN})|"
    rf"(?P<p>(?:software|system|platform|app|application|tool|program|service)\b"
    rf"(?![\s-]+(?:{_COMPANY_NOUN}|{_ORG_NOUN})\b)))")
# ("Deepu John, of the NYPD's unit": a person's employer after "of the")
PERSON_AFTER = re.compile(
    rf"(?i)^(?:\s*,\s+(?:[\w.'’-]+\s+){{0,6}}?(?:{ROLE_WORDS})s?\b|\s*[,–—]\s+who\b|"
    r"\s*,\s+of\s+the\s+(?-i:[A-Z])|"
    # ("named Michael P. Jackson as its CEO")
    rf"\s+as\s+(?:its|their|the)\s+(?:new\s+|next\s+|interim\s+|acting\s+)?(?:{ROLE_WORDS})\b|"
    r"\s+(?:said|says|told|"
    r"wrote|added|stated|argued|explained|testified|noted|warned|tweeted|posted|recalled|worked|"
    r"resigned|joined)\b|"
    rf"\s+(?:is|was|became)\s+(?:its|their|the|[A-Z][\w.&-]*['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{ROLE_WORDS})\b)")
# "Commissioner X", "by X", "the head of Amesys, X".
# ("community activists Lisa Bennett", "military veteran Tal Dilion": a plural role or a
# person's noun before the name)
PERSON_BEFORE = re.compile(rf"(?i)\b(?:(?:{ROLE_WORDS}|by)s?\s+|(?:{ROLE_WORDS}),\s+|"
                           rf"(?:{_PERSON_NOUN})s?\s+)$|"
                           rf"\b(?i:{ROLE_WORDS})\s+(?:of|at|for|in|with)\s+(?:the\s+)?"
                           r"(?:[A-Z0-9][\w.&'’-]*\s+){0,4}[A-Z0-9][\w.&'’-]*,\s+$")
PRODUCT_INTRO = re.compile(r"(?i)\b(?:unveiled|launched|introduced|released|published|debuted|"
                            r"rolled out|announced|created|invented|designed)\s+"
                            r"(?:a |an |the |its )?(?:new )?[\"“']?$")



# Agency heads that name no one agency when written alone.
GENERIC_AGENCY = frozenset({"Police", "Government", "Court", "Council", "Department", "Agency",
                             "Bureau", "Service", "Commission", "Board", "Authority",
                             "Administration", "Regulator", "Ministry", "Sheriff", "Prosecutor"})


# A "Group" that campaigns or studies rather than sells.
_CAUSE_GROUP = re.compile(r"\b(?:Rights|Advocacy|Research|Analysis|Action|Working|Study|Interest|"
                          r"Campaign|Support|Civil|Liberties|Privacy|Justice|Policy|Watch|Oversight|"
                          r"Freedom|Community|Citizens|Parents|Students)\b")


def shape_type(name: str, words: list[str]) -> str | None:
    if len(words) > 1 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
        return "Company"
    if "NHS" in words[:-1] and words[-1] == "Trust":
        return "Agency"  # "Royal Free NHS Foundation Trust": a public health body
    if _AGENCY_HEAD.search(name) and not name.endswith(("County", "City", "State")) and (
            # "Police have used", not "Army"; "the Kaua‘i Police Department" cut at its
            # okina leaves "Police Department", which names no one force
            not all(w in GENERIC_AGENCY for w in words)):
        return "Agency"
    if len(words) > 2 and (_ORG_LEAD.search(name) or _UNIVERSITY_OF_PLACE.search(name)):
        return "Organization"  # "Society for Civil Rights"
    if len(words) > 1 and words[-1] == "Group" and not _CAUSE_GROUP.search(name):
        return "Company"  # "FiberHome Technologies Group", "Geo Group" (but "Digital Rights Group")
    if len(words) > 1 and _ORG_HEAD.search(name):
        return "Organization"
    if len(words) > 1 and _COMPANY_HEAD.search(name):
        return "Company"
    return None


# "Dayton, Ohio-based": a town before its state's "-based".
_STATE_BASED_AFTER = re.compile(r"^\s*,\s+(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*-based\b")
_BASED_IN = re.compile(r"(?i)\b(?:based|headquartered|located)\s+in\s+$")
_PRODUCT_NOUNS = (r"software|tool|tools|app|application|service|system|product|device|platform|"
                  r"program|suite|spyware|malware|camera|sensor")
_CALLED = re.compile(rf"(?i)\b(?:{_PRODUCT_NOUNS})\s*,?\s+(?:called|named|dubbed|known\s+as)\s+"
                     r"[\"“']?$")
# "Suprema, the company which makes Biostar 2": what a firm described makes is its product.
_WHICH_MAKES = re.compile(r"(?i)\b(?:company|firm|startup|maker|vendor|developer|manufacturer)\s+"
                          r"(?:which|that)\s+(?:also\s+)?(?:makes|made|sells|sold|develops|"
                          r"developed|builds|built|manufactures|manufactured|produces|produced)\s+"
                          r"(?:the\s+)?$")
_OWNER_APPOS = re.compile(
    rf"^\s*,\s+(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*['’]s\s+(?:[\w-]+\s+){{0,4}}?"
    rf"(?i:{_PRODUCT_NOUNS})\b(?!\s+(?i:officer|manager|lead|head|director|chief|designer|"
    rf"engineer|team|executive|owner|marketing|development)\b)")


# "Paragon's leading product, Graphite": the owner's product named in apposition.
_PRODUCT_NOUN_APPOS = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:product|tool|software|app|spyware|"
                                 r"platform|system|malware|technology|service)\s*,\s+$")
_OWNED_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|\w['’]s?|\b(?:deployed|sells|"
                           r"sold|installed))\s+$")
_PRODUCT_AFTER = re.compile(rf"^\s+(?:[a-z][\w-]*\s+)?(?:{_PRODUCT_NOUNS})s?\b")
# "General Motors and its OnStar subsidiary": a part of the firm named before its noun.
_UNIT_AFTER = re.compile(r"^\s+(?:subsidiary|unit|division|affiliate|brand)\b")
# "the Aegis software suite": a name the article treats as the thing, not its maker.
_THE_PRODUCT_AFTER = re.compile(rf"^\s+(?:[a-z][\w-]*\s+)?(?:{_PRODUCT_NOUNS})s?\b(?!\s+(?:company|"
                                r"companies|firm|maker|makers|startup|vendor|provider|developer)\b)")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "a company called Trust Stamp", "a startup named Banjo".
_COMPANY_CALLED = re.compile(r"(?i)\b(?:company|firm|startup|start-up|vendor|contractor|broker|"
                             r"provider|developer|maker|manufacturer|operator|business|supplier)"
                             r"\s*,?\s+(?:called|named|dubbed)\s+[\"“']?$")

# "DeepGlint is a facial recognition company", "DeepGlint, also known as Beijing Geling
# Shentong, is a facial recognition company": a name that the sentence says is a firm.
_IS_A_FIRM_AFTER = re.compile(
    rf"(?i)^(?:\s*,\s+(?:also\s+)?(?:known\s+as|formerly|officially|previously)\s+[^;]{{1,90}}?,)?"
    rf"\s+(?:is|was|remains)\s+(?:a|an)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_COMPANY_NOUN})\b"
    rf"(?!['’]s|\s+(?:of|for)\b)")
# "Alpharetta-based Talitrix": a name introduced by where it is based is mostly a business.
_BASED_BEFORE = re.compile(r"\b[A-Z][\w.]*-(?:based|headquartered)\s+$")
# "ZeroEyes, headquartered near Philadelphia": only a business is said to have headquarters.
_HEADQUARTERED_AFTER = re.compile(r"^\s*,\s+(?:which\s+is\s+)?headquartered\s+(?:in|near|outside|"
                                  r"just)\b")


_PRODUCT_APPOS = re.compile(r"(?i)^\s*,\s+(?:(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:software|app|"
                            r"tool|platform|system)\s+(?:made|developed|built|sold|from|by)\b|"
                            r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:spyware|malware|stalkerware)\b"
                            r"(?![\s-]+(?:company|companies|firm|maker|vendor|developer|seller|"
                            r"supplier|group)\b))")


_PLACE_MOD_AFTER = re.compile(r"^(?:\s*,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,)?(?:-based)?\s+"
                              r"(?:company|startup|start-up|firm|retailer)\b")


# "companies like Tesla, Cloudflare and Halifax Health", "the two French companies IDEMIA and
# Sopra Steria": the members of a named kind.
_KIND_LIST = re.compile(
    r"\b(?:(?P<c>companies|firms|startups|vendors|retailers|businesses|clients|customers|giants|"
    r"makers|manufacturers|contractors|suppliers|providers|investors|backers|shareholders|"
    r"banks|lenders)|"
    r"(?P<a>agencies|departments|police\s+departments|ministries|regulators|governments)|"
    r"(?P<o>organi[sz]ations|groups|nonprofits|universities|outlets|newspapers)|"
    r"(?P<p>platforms|apps|sites|websites|services)|"
    # ("its remote access applications such as Realtime-Spy and SpyAgent")
    # (only before "such as": "the products Apple makes" names no product)
    r"(?P<r>(?:applications|programs|programmes|products|tools|drones|systems)"
    r"(?=\s*,?\s+(?:like|such\s+as|including)\s)))(?:\s*,?\s+(?:like|such\s+as|including|"
    r"include|included))?\s+"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$")
_ROLE_AT = re.compile(
    r"(?i),\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?)?(?:(?P<acad>professor|researcher|fellow|scholar|"
    r"organi[sz]er|activist|advocate|lecturer|student|leader|member)|analyst|partner|attorney|"
    r"lawyer|engineer|executive|manager|employee|director|spokes(?:person|man|woman)|officer|"
    r"consultant|adviser|advisor|strategist|specialist|economist|scientist)\s+"
    r"(?:at|with|of|for|in)\s+(?:the\s+)?$")
_MAKER_OF = re.compile(r"(?i)\b(?:makers?|creators?|developers?|manufacturers?)\s+of\s+"
                       r"(?:the\s+)?$")
_BOUGHT_BEFORE = re.compile(r"(?i)\b(?:acquisition|buyout|takeover)\s+of\s+$|\b(?:starting|"
                            r"founding|launching|co-founding|cofounding)\s+$")
# ("Erik Prince, founder of Blackwater,": the whole name, not "founders of AI firm NtechLab")
_FOUNDER_OF = re.compile(r"(?i)\b(?:co-?)?founders?\s+of\s+$")
_NAME_ENDS = re.compile(r"^(?:\s*[,.;:)]|\s*$|\s+(?:and|in|on|who|which|that|since|from|to)\b)")
_KIND_TYPES = {"c": "Company", "a": "Agency", "o": "Organization", "p": "Platform",
               "r": "Product"}


# "Oculus founder Palmer Luckey", "Gaggle CEO Jeff Patterson": a firm before its officer.
_OFFICER_AFTER = re.compile(r"^\s+(?:co-?founder|founder|ceo|chief\s+executive|president|chairman|"
                            r"chairwoman)(?:\s+and\s+(?:co-?founder|founder|ceo|chief\s+executive|"
                            r"president|chairman))?\s+[A-Z][a-z]+\s+[A-Z]", re.I)


# "Procera's chief financial officer Richard Deggs", "Ever's CEO": whose chief officers these
# are is a business.
_POSS_OFFICER_AFTER = re.compile(r"^['’]s\s+(?:(?:new|former|then|current|interim|acting)\s+)?"
                                 r"(?:ceo|cfo|coo|cto|chief\s+(?:[a-z]+\s+)?officer|"
                                 r"chief\s+executive|co-?founders?|founders?)\b", re.I)


# "a 2022 cyberattack on Illuminate Education", "a data breach of Pearson Education": who is
# hacked is, as a rule, a business (an agency keeps its shape's type).
_VICTIM_BEFORE = re.compile(r"(?i)\b(?:cyber-?attack|ransomware\s+attack|hack|data\s+breach|"
                            r"breach)\s+(?:on|of|at|against)\s+$")


def context_type(before: str, after: str) -> str | None:
    if after.startswith("-based") or _STATE_BASED_AFTER.match(after[:40]) or _BASED_IN.search(
            before[-40:]) or (
            _THE_BEFORE.search(before[-5:]) and _PLACE_MOD_AFTER.match(after[:60])):
        return "Location"  # "the Santa Cruz startup", "the Armonk, New York, company"
    if _CALLED.search(before[-40:]) or _PRODUCT_NOUN_APPOS.search(before[-60:]) or (
            _WHICH_MAKES.search(before[-60:]) and not after.startswith("-")) or (
            _OWNER_APPOS.match(after[:120])) or _PRODUCT_APPOS.match(
            after[:80]) or (
            _OWNED_BEFORE.search(before[-30:]) and _PRODUCT_AFTER.match(after[:50])):
        return "Product"  # "its PacketLogic devices", "Vigilant's LEARN platform"
    if _OWNED_BEFORE.search(before[-30:]) and _UNIT_AFTER.match(after[:20]):
        return "Company"
    if _THE_BEFORE.search(before[-5:]) and _THE_PRODUCT_AFTER.match(after[:50]):
        return "Product"
    if _COMPANY_CALLED.search(before[-40:]) or _HEADQUARTERED_AFTER.match(after[:40]) or (
            _VICTIM_BEFORE.search(before[-40:])) or (
            _BASED_BEFORE.search(before[-40:])) or (
            _IS_A_FIRM_AFTER.match(after[:160])):
        return "Company"
    employer = _ROLE_AT.search(before[-80:])
    if employer:  # "an analyst at Northcoast Research", "a partner with Gibbs Mura"
        return "Organization" if employer.group("acad") else "Company"
    if _OFFICER_AFTER.match(after[:80]) or _POSS_OFFICER_AFTER.match(after[:60]):
        return "Company"
    if _MAKER_OF.search(before[-40:]):
        return "Product"  # "Support King, the makers of SpyFone"
    if _BOUGHT_BEFORE.search(before[-40:]) or (
            _FOUNDER_OF.search(before[-30:]) and _NAME_ENDS.match(after[:20])):
        return "Company"  # "Axon's buyout of Vievu"
    listed = _KIND_LIST.search(before[-160:])
    if listed:
        return next(_KIND_TYPES[k] for k, v in listed.groupdict().items() if v)
    appos = _AFTER_APPOS.match(after[:120])
    if appos is not None and any(appos.group(g) and appos.group(g)[0].isupper()
                                 for g in ("c", "o", "a")):
        appos = None  # ", the Hartford Police Department": a list of names, not a description
    kind = _BEFORE_NOUN.search(before[-80:])
    set_off = after.lstrip()[:1] in (",", ".", ";", ")")  # the name alone between commas
    m = (kind if kind and not kind.group("comma") else None) or appos or (
        kind if kind and set_off else None)
    if not m:
        return None
    for group, type_ in (("c", "Company"), ("o", "Organization"), ("a", "Agency"),
                         ("h", "Person"), ("p", "Product")):
        if m.groupdict().get(group):
            return type_
    return None


# What only a business does: "Avast acquired Jumpshot", "Avast's subsidiary", "ordered Avast
# to pay". Read only for names that are not shaped like a person's.
_COMPANY_DEED_AFTER = re.compile(
    r"^(?:\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+|quietly\s+){0,2}(?:acquired|"
    r"bought|purchased|raised|licensed|licenses|markets|marketed|manufactures|manufactured|"
    r"sold|sells|supplies|supplied)\s+(?!(?:his|her|him|himself|herself|out)\b)|"
    r"\s+(?:has\s+been\s+|have\s+been\s+|was\s+|were\s+)awarded\s+[^.;]{0,60}?\bcontracts?\b|"
    r"\s+(?:has|had|holds|held)\s+(?:[\w$.,-]+\s+){0,3}?contracts\s+with\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agencies|governments|departments|ministries|police)\b|"
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|subsidiaries|customers|clients|shareholders|"
    r"investors|acquisition|headquarters|chief\s+executive|ceo|(?:co-?)?founders?|revenue|stock|"
    r"shares)\b|"
    # "Barclays is being investigated by the ICO": what a regulator acts on is a business
    # (this is read only for names not shaped like a person's)
    r"\s+(?:is|was|has\s+been|had\s+been)\s+(?:being\s+)?(?:investigated|probed|fined|sued|"
    r"sanctioned|blacklisted)\s+by\b)")
# "cameras from Netradyne", "software made by Cognyte": the maker of a thing is a business.
_VENDOR_BEFORE = re.compile(r"(?i)\b(?:cameras?|software|tools?|systems?|equipment|devices?|"
                            r"drones?|products?|sensors?|hardware|chips?)\s+(?:made\s+by|"
                            r"supplied\s+by|provided\s+by|built\s+by|from)\s+$")
# "Elbit acquired Cyberbit from Nice Systems": what is acquired from a seller is a business.
_ACQUIRED_BEFORE = re.compile(r"(?i)\b(?:acquired|acquires|acquire|acquiring)\s+$")
_FROM_SELLER = re.compile(r"^\s+from\s+(?:the\s+)?[A-Z]")
_ORDERED_TO_PAY = re.compile(r"(?i)\b(?:ordered|orders|order|forced|requires|required)\s+$")
_TO_PAY = re.compile(r"^\s+to\s+(?:pay|delete|destroy|stop|cease|disgorge)\b")


def company_by_deed(before: str, after: str) -> bool:
    return bool(_COMPANY_DEED_AFTER.match(after[:80]) or (
        _ORDERED_TO_PAY.search(before[-20:]) and _TO_PAY.match(after[:30])) or (
        _ACQUIRED_BEFORE.search(before[-20:]) and _FROM_SELLER.match(after[:30])))


def vendor_before(before: str) -> bool:
    """An unknown name after "cameras from": a vendor (never a reason to retype a known product:
    "Drones from Taser Maker Axon")."""
    return bool(_VENDOR_BEFORE.search(before[-40:]))


SAID_ONLY = re.compile(r"^\s+(?:said|says|told|added|stated|argued|noted|warned|posted)\b")
_PRONOUN_AFTER = re.compile(r"\b(?:(?P<it>it|its|it's)|he|she|his|her|him)\b", re.I)


def referred_as_it(text: str, surface: str) -> bool:
    """A name is an organisation when the pronouns that follow it are "it"/"its", not
    "he"/"she" ("Rite Aid deployed the technology in its stores", "Rite Aid said it")."""
    it = he = 0
    for m in re.finditer(re.escape(surface), text):
        p = _PRONOUN_AFTER.search(text, m.end(), m.end() + 120)
        if p is not None and not re.search(r"[.!?]\s", text[m.end():p.start()]):
            if p.group("it"):
                it += 1
            else:
                he += 1
    return it >= 2 and it > he


# A firm named like its product ("ShotSpotter" was SoundThinking's name until 2023): what only
# a business has or does around the name.
_OFFICER_OF_BEFORE = re.compile(
    r"(?i)\b(?:ceo|chief\s+executive(?:\s+officer)?|president|founder|co-?founder|chair(?:man|"
    r"woman)?|executive|employees?|spokes(?:person|man|woman)|shareholders|investors|"
    r"(?:senior\s+)?vice\s+president)(?:\s+(?:of|for)(?:\s+[\w-]+){1,5}?)?\s+(?:of|at)\s+$")
_FIRM_AFTER = re.compile(
    r"(?i)^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:customer|client|chief\s+executive|ceo|president|"
    r"founder|employees?|spokes(?:person|man|woman)|stock|shares|revenue)s?\b|"
    r"\s+(?:is|was)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|startup|vendor|"
    r"contractor|corporation)\b|\s+and\s+its\s+(?:[\w-]+\s+){0,2}?(?:software|products?|"
    r"technology|tools?|employees|staff|founders?|ceo)\b)")


def firm_context(before: str, after: str) -> bool:
    """Whether the words around a known product's name treat it as the firm behind it."""
    if _BOUGHT_BEFORE.search(before[-40:]) or _ACQUIRED_BEFORE.search(before[-20:]):
        return bool(_FIRM_AFTER.match(after[:80]))  # "acquisition of Pegasus": a product bought
    return bool(context_type(before, after) == "Company" or company_by_deed(before, after)
                or _OFFICER_OF_BEFORE.search(before[-80:]) or _FIRM_AFTER.match(after[:80]))
