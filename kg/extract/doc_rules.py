"""Document-level rules that read names rather than sentence patterns.

- Agency places: "The Chicago Police Department" is in Chicago, "the Royal Canadian Mounted
  Police" in Canada and "the U.S. Embassy in Israel" in Israel: a known place inside an
  agency's name locates it (the United States is left out: national agencies say nothing).
- Office holders: "New York City Comptroller Brad Lander" and "Attorney General Sean Reyes"
  lead the office their title names, when the article names that office as an agency.
- Purchases: an agency that bought a product contracts with the product's maker.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from kg.extract.compound_names import NOT_TOWNS
from kg.extract.gazetteer import tokenize
from kg.extract.mentions import Mention
from kg.extract.name_types import GENERIC_AGENCY
from kg.extract.pattern_table import role_relations
from kg.extract.patterns import status_of
from kg.knowledge import KnowledgeBase, KnowledgeEntry
from kg.model import Document, Entity, Evidence, Relation
from kg.names import name_key
from kg.ontology import Ontology

NAME = "rules"
_NOT_A_PLACE_OF = frozenset({"County", "Parish", "Borough"})


def _evidence(doc: Document, sentence: int) -> Evidence:
    return Evidence.of(doc, doc.sentences[sentence])


def _place_in_name(kb: KnowledgeBase, name: str) -> KnowledgeEntry | None:
    """The first known place written inside an agency's name (longest form at each word),
    not one that names a county or state agency's district ("Washington County")."""
    words = [t for t in tokenize(name) if not t.skip]
    for i in range(len(words)):
        for j in range(min(len(words), i + 4), i, -1):
            place = kb.get(name[words[i].start:words[j - 1].end], "Location")
            if place is None:
                continue
            nxt = words[j].text if j < len(words) else ""
            if nxt in _NOT_A_PLACE_OF or place.name == "United States" or (
                    i > 0 and ("Court" in name or "District of" in name)):  # a court's district
                break  # is not its seat
            return place
    return None


_NOT_A_CHAPTER = re.compile(r"\b(?:University|College|School|Times|Post|Journal|Bank)\b")
_ORG_OF_PLACE = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+of\s+"
                           r"(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})$")
# "the Chinese government", "China's military", "the UK government": a country's own body,
# placed only when the article names it twice (once in passing is background, not a party)
_BY_COUNTRY = re.compile(r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w.]*(?:['’]s)?\s+){1,3}(?:government|"
                         r"military|armed\s+forces)|(?P<people>[A-Z][a-z]+)\s+police)$")


def _by_country(kb: KnowledgeBase, name: str) -> bool:
    """Whether a compound name is a country's own body: "the Chinese government", "China's
    military", "the Serbian police" (a people's police, not a town's)."""
    m = _BY_COUNTRY.search(name)
    return m is not None and (not m.group("people") or kb.demonym_of(m.group("people"))
                              is not None)


def agency_places(kb: KnowledgeBase, doc: Document, mentions: list[Mention],
                  entities: dict[int, Entity], parties: set[str]) -> list[Relation]:
    """LOCATED_IN for every agency whose name holds a known place, and for an organisation's
    chapter named by its state or city ("the ACLU of Michigan"). A country's government or
    police written as "the Chinese government" gets its place only when the article names it
    twice or has it take part in a relation found (`parties`, entity keys): named once in
    passing it is background (placed anyway, such governments were right 10 times and wrong 16
    on 144 new articles)."""
    out: list[Relation] = []
    placed: set[int] = set()  # read every name of a cluster: "CPD" in a headline names no
    # place, "the Chicago Police Department" further down does
    counts = Counter(m.cluster for m in mentions)
    for m in mentions:
        if m.type not in ("Agency", "Organization") or m.cluster in placed or m.source in (
                "anaphor", "pronoun"):
            continue
        if m.type == "Organization":
            places, how = _chapter_place(kb, m.text), "organization-of-place"
        elif (m.source == "compound" and _by_country(kb, m.text) and counts[m.cluster] < 2
              and entities[m.cluster].key not in parties):
            continue
        else:
            places, how = _agency_name_places(kb, m), "agency-name-place"
        if places:
            placed.add(m.cluster)
        for loc in {p.key: p for p in places}.values():
            out.append(Relation(entities[m.cluster], "LOCATED_IN", loc,
                                _evidence(doc, m.sentence), 0.7, NAME,
                                properties=(("patterns", (how,)),)))
    return out


def _chapter_place(kb: KnowledgeBase, name: str) -> list[Entity]:
    """ "the ACLU of Michigan": the state, city or country after "of" (not a university's or
    a newspaper's: "University of Toronto", "The Times of India")."""
    chapter = _ORG_OF_PLACE.search(name)
    place = kb.get(chapter.group("place"), "Location") if chapter else None
    if place is None or place.kind not in ("state", "city", "country") or (
            place.name == "United States" or _NOT_A_CHAPTER.search(name)):
        return []
    return [Entity(key=place.key, type="Location", name=place.name)]


def _agency_name_places(kb: KnowledgeBase, m: Mention) -> list[Entity]:
    """The place an agency's name holds, and the city a police force is named after."""
    places: list[Entity] = []
    place = _place_in_name(kb, m.text)
    if (place is not None and m.entry is not None and _place_in_name(kb, m.entry.name) is None
            and m.entry.name.lower() not in m.text.lower()):
        place = None  # a nickname's place ("Scotland Yard") is not the agency's own
    if place is not None:
        places.append(Entity(key=place.key, type="Location", name=place.name))
    # "the Danville, Illinois Police Department": the city named besides its state
    renamed = bool(m.name) and m.name != m.text
    city = _city_of_police(m.name if renamed else m.text)
    if city is not None and (place is None or renamed):
        places.append(Entity(key=name_key(city), type="Location", name=city))
    return places


# A city's own police ("Fort Collins Police Services", "Lafayette Police Department") names
# the city even when the knowledge base does not know it.
_CITY_POLICE = re.compile(r"^(?:[Tt]he\s+)?(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}?)\s+"
                          r"(?:Police\s+(?:Department|Services?|Bureau)|Sheriff['’]s\s+Office|"
                          r"(?:City\s+|Town\s+|Village\s+)?Council|(?:(?:City|Area|Unified|"
                          r"Independent|Community|Public)\s+)?School\s+(?:District|System)|"
                          r"Fire\s+Department)$")
# words that open no town's name ("the Independent School District" names none)
_NOT_CITY = NOT_TOWNS | frozenset(
    "Township Independent Unified Consolidated Community Public Area".split())


def _city_of_police(name: str) -> str | None:
    m = _CITY_POLICE.match(name)
    if m is None or any(w in _NOT_CITY for w in m.group("city").split()):
        return None
    return m.group("city")


_OFFICE_TITLES = frozenset("""comptroller auditor treasurer controller general commissioner
governor mayor sheriff secretary director prosecutor assessor clerk administrator
superintendent chief chancellor ombudsman inspector""".split())
_JUNIOR = frozenset({"deputy", "assistant", "vice", "associate", "acting"})
_TITLE_BEFORE = re.compile(r"((?:[A-Z][a-z]+\s+){1,3})$")


def _named(m: Mention) -> bool:
    return m.source not in ("anaphor", "pronoun")


def title_leaders(doc: Document, mentions: list[Mention],
                  entities: dict[int, Entity]) -> list[Relation]:
    """Office holders named by their title before their name."""
    agencies = [m for m in mentions if m.type == "Agency" and _named(m)]
    out: list[Relation] = []
    for p in mentions:
        if p.type != "Person" or not _named(p):
            continue
        sent = doc.sentences[p.sentence]
        before = doc.text[sent.start:p.start]
        adjacent = [a for a in agencies if a.sentence == p.sentence and a.end <= p.start
                    and not doc.text[a.end:p.start].strip()]
        target, rel = None, "LEADS"
        if "former" in before[-40:].lower():
            continue  # "former U.S. Attorney General Eric Holder" no longer leads it
        if adjacent:
            last = adjacent[-1].text.split()[-1].lower()
            if last in _OFFICE_TITLES:
                target = adjacent[-1]
                if all(w.lower() in _OFFICE_TITLES for w in adjacent[-1].text.split()):
                    # a bare title ("Sheriff Chris Nocco") holds the office the article names
                    target = _office_named(adjacent[-1].text, agencies, p) or target
        else:
            t = _TITLE_BEFORE.search(before)
            words = t.group(1).split() if t else []
            at = sent.start + t.start(1) if t else -1
            if words and any(m.end in (at - 1, at) for m in mentions
                             if m.sentence == p.sentence):
                words = []  # "⟦Company⟧ Chief ⟦Person⟧" is read by the sentence patterns
            while words and words[0].lower() not in _OFFICE_TITLES | _JUNIOR:
                words = words[1:]
            if words and "former" not in before[-30:].lower() and any(
                    w.lower() in _OFFICE_TITLES for w in words):
                if words[0].lower() in _JUNIOR:
                    words, rel = words[1:], "WORKS_FOR"
                target = _office_named(" ".join(words), agencies, p)
        if target is None:
            target = _office_in_apposition(doc, p, agencies)
        if target is None:
            target, rel = _ministry_led(before, agencies, p)
        if target is None:
            continue
        out.append(Relation(entities[p.cluster], rel, entities[target.cluster],
                            _evidence(doc, p.sentence), 0.7, NAME,
                            properties=(("patterns", ("office-title",)),)))
    return out


# "Interior Minister Karl Nehammer", "Minister of Home Affairs Desmond Tan": the ministry of
# that domain, where the article names it ("the Ministry of the Interior", "Interior Ministry").
_MINISTER_BEFORE = re.compile(
    r"(?:\b(?P<junior>[Dd]eputy|[Vv]ice|[Aa]ssistant|[Aa]cting|[Ss]tate)\s+)?(?:(?P<dom>(?:[A-Z][a-z]+"
    r"\s+){1,3})Minister|\bMinister\s+(?:of\s+(?P<state>State\s+for\s+)?|for\s+)(?:the\s+)?"
    r"(?P<dom2>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}))\s+$")
_NOT_A_DOMAIN = frozenset({"Prime", "Chief", "First", "Former", "Cabinet", "Senior", "Junior"})


def _ministry_led(before: str, agencies: list[Mention],
                  person: Mention) -> tuple[Mention | None, str]:
    """The ministry a minister's title names, and LEADS (WORKS_FOR for a deputy)."""
    m = _MINISTER_BEFORE.search(before[-80:])
    if m is None:
        return None, "LEADS"
    words = [w for w in (m.group("dom") or m.group("dom2") or "").split() if w != "and"]
    if not words or words[0] in _NOT_A_DOMAIN:
        return None, "LEADS"
    hits = [a for a in agencies if re.search(r"\bMinistry\b", n := (
        a.entry.name if a.entry else a.name or a.text)) and all(
        re.search(rf"\b{re.escape(w)}\b", n) for w in words)]
    if not hits:
        return None, "LEADS"
    earlier = [a for a in hits if a.start < person.start]
    junior = m.group("junior") or m.group("state")  # a Minister of State is a junior minister
    return (earlier[-1] if earlier else hits[0]), ("WORKS_FOR" if junior else "LEADS")


_APPOS_OPEN = re.compile(r"\s*,\s+(?:the\s+)?$")


def _office_in_apposition(doc: Document, person: Mention,
                          agencies: list[Mention]) -> Mention | None:
    """ "John Edwards, the UK Information Commissioner, said": the office after the name."""
    for a in agencies:
        if (a.sentence == person.sentence and a.start > person.end
                and _APPOS_OPEN.match(doc.text[person.end:a.start])
                and a.text.split()[-1].lower() in _OFFICE_TITLES
                and doc.text[a.end:a.end + 1] in (",", ".", ";")
                and "former" not in doc.text[person.end:a.start].lower()):
            return a
    return None


def _office_named(title: str, agencies: list[Mention], person: Mention) -> Mention | None:
    """The agency mention whose name holds `title` as whole words, nearest before `person`
    (or the first after it)."""
    rx = re.compile(rf"(?i)\b{re.escape(title)}\b")
    hits = [a for a in agencies
            if rx.search(a.entry.name if a.entry else a.name) or rx.search(a.text)]
    # "Sheriff Chris Nocco": the bare title is no agency when the article names the office
    # ("the Pasco County Sheriff's Office").
    fuller = [a for a in hits if len((a.entry.name if a.entry else a.name).split())
              > len(title.split())]
    hits = fuller or hits
    if not hits:
        return None
    before = [a for a in hits if a.start < person.start]
    return before[-1] if before else hits[0]


def contracts_from_purchases(kb: KnowledgeBase, ontology: Ontology, bought: list[Relation],
                             found: dict[tuple[str, str, str, str, str, str], Relation]
                             ) -> list[Relation]:
    """An agency that bought a product contracts with the product's maker; one that bought a
    firm's system ("purchased the Evolv system") with the firm."""
    makers: dict[str, list[Entity]] = defaultdict(list)
    for r in found.values():
        if r.relation == "DEVELOPS" and r.status == "asserted" and r.object.type == "Product":
            makers[r.object.key].append(r.subject)
    out = []
    for r in bought:
        if r.object.type not in ("Product", "Company") or r.subject.type != "Agency":
            continue
        candidates = [r.object] if r.object.type == "Company" else makers.get(r.object.key) or [
            Entity(name_key(e.name), e.type, e.name) for e in kb.maker_of(r.object.name)]
        for maker in candidates[:1]:
            if ontology.allows(maker.type, "CONTRACTS_WITH", r.subject.type):
                out.append(Relation(maker, "CONTRACTS_WITH", r.subject, r.evidence,
                                    round(r.confidence * 0.85, 3), NAME,
                                    properties=(("patterns", ("bought-product",)),)))
    return out


_LEAD_TITLES = (r"chief\s+executive(?:\s+officer)?|co-?ceo|ceo|chairman|chairwoman|"
                r"(?:co-?)?founder")
_SALIENT_TITLE = re.compile(rf"(?i)\b(?P<t>(?:{_LEAD_TITLES})(?:\s+and\s+(?:{_LEAD_TITLES}))?|"
                            r"(?:deputy\s+|assistant\s+)?(?:chief\s+constable|police\s+chief|"
                            r"chief\s+of\s+police)|"
                            r"(?:assistant\s+|deputy\s+)?commissioner|"
                            r"superintendent|council(?:man|woman|member|lor|or)|"
                            r"council\s+(?:member|president)|alder(?:man|woman)|pro\s+tem|"
                            r"(?:early\s+|lead\s+|major\s+)?investor)\s*,?\s+$")
# "said Mike Dickinson, deputy executive officer.", "Seidman Becker, who is chief executive": a
# firm's title after the name, with no organisation named, ends the clause.
_TITLE_AFTER = re.compile(rf"(?i)\s*,\s+(?:who\s+is\s+)?(?:the\s+|its\s+)?(?P<t>(?:{_LEAD_TITLES}|"
                          r"president|(?:deputy|executive|senior)\s+(?:vice\s+)?president|"
                          r"vice\s+president|(?:deputy\s+)?(?:executive|operating|financial|"
                          r"technology|technical|information|product|marketing|legal|privacy)\s+"
                          r"officer|chief\s+\w+\s+officer|general\s+manager|managing\s+director)"
                          rf"(?:\s+and\s+(?:{_LEAD_TITLES}|president))?)\s*(?:[,.;]|$)")
_AGENCY_TITLE = re.compile(r"(?i)police|constable|superintendent|commissioner|council|alder|"
                           r"pro\s+tem")
# "a letter urging CEO Sundar Pichai": a verb before the title names no body.
_VERB_LEAD_IN = re.compile(r"(?:ing|ed)$|^(?:told|asked|met|said|says|urge|urges|thank|thanks)$")
_OPEN_TITLE_WORDS = frozenset(
    "police deputy assistant chief executive senior acting interim".split())
_TITLE_LEAD_INS = frozenset("""the its their his her and said says by with to from as including
whose former""".split())
# Which agency an agency title heads: a police chief heads a police force, not a ministry.
_TITLE_BODIES = [(re.compile(r"(?i)chief$"), re.compile(r"(?i)police|sheriff")),
                 (re.compile(r"(?i)constable$"), re.compile(r"(?i)police|constabulary")),
                 (re.compile(r"(?i)superintendent$"), re.compile(r"(?i)school|district|police")),
                 (re.compile(r"(?i)commissioner$"), re.compile(r"(?i)police|constabulary")),
                 (re.compile(r"(?i)council|alder|pro\s+tem"), re.compile(r"(?i)council"))]


_OFFICER_TITLE = re.compile(r"(?i)\b(?P<t>c[a-z]{1,2}o|chief\s+[a-z]+\s+officer|"
                            r"(?:executive\s+|senior\s+)?(?:vice\s+)?president)\s*,?\s+$")
# "Neutrino only has three team members: CEO X, CTO Y and CRO Z": the firm that lists them.
_ROSTER = re.compile(r"(?i)\s+(?:\w+\s+){0,2}?(?:has|have|had|includes?|included|lists?|listed)\s+"
                     r"[^.;⟦⟧]{0,40}?\b(?:members|employees|staff(?:ers)?|executives|people|"
                     r"leaders|founders|officers)\s*[:—–]")


def _roster_firm(doc: Document, mentions: list[Mention], sentence: int,
                 title_at: int) -> int | None:
    """The one firm named in the sentence whose roster the title opens or continues."""
    for m in mentions:
        if m.sentence == sentence and m.type == "Company" and m.end < title_at and (
                m.source not in ("pronoun", "anaphor")):
            head = _ROSTER.match(doc.text, m.end, title_at)
            if head is not None and not any(
                    o.sentence == sentence and head.end() > o.start >= m.end
                    for o in mentions):
                return m.cluster
    return None


def salient_title_leaders(doc: Document, mentions: list[Mention],
                          entities: dict[int, Entity]) -> list[Relation]:
    """"chief executive Arvind Krishna told ...": a title with no organisation named beside
    it is held at the article's main company (or, for a police title, its main agency)."""
    out: list[Relation] = []
    for p in mentions:
        if p.type != "Person" or not _named(p):
            continue
        sent = doc.sentences[p.sentence]
        after = _TITLE_AFTER.match(doc.text, p.end, sent.end)
        if after is not None:  # "said Mike Dickinson, deputy executive officer."
            body = _salient(mentions, entities, ("Company",))
            if body is not None:
                out.extend(Relation(entities[p.cluster], rel, entities[body],
                                    _evidence(doc, p.sentence), 0.6, NAME,
                                    properties=(("patterns", ("salient-title-after",)),))
                           for rel in role_relations(after.group("t")))
            continue
        before = doc.text[max(sent.start, p.start - 60):p.start]
        t = _SALIENT_TITLE.search(before)
        if t is None:
            t = _OFFICER_TITLE.search(before)  # "CTO Alberto Ornaghi" in a firm's roster
            firm = _roster_firm(doc, mentions, p.sentence, p.start - len(before) + t.start()
                                ) if t is not None else None
            if t is not None and firm is not None:
                out.extend(Relation(entities[p.cluster], rel, entities[firm],
                                    _evidence(doc, p.sentence), 0.6, NAME,
                                    properties=(("patterns", ("roster-title",)),))
                           for rel in role_relations(t.group("t")))
            continue
        owner = re.search(r"['’]s\s+$", before[:t.start()])
        title_at = p.start - len(before) + t.start()
        if "former" in before.lower() or (owner and not any(
                m.type == "Location" and m.end == title_at - len(owner.group())
                for m in mentions if m.sentence == p.sentence)):
            continue  # "Evolv's chief executive X" is read by the sentence patterns; a place's
            # ("Norfolk's police chief X") is the place's force
        if any(m.sentence == p.sentence and m.type in ("Company", "Agency", "Organization",
                                                        "Platform")
               and title_at - 3 <= m.end <= title_at and "," not in doc.text[m.end:title_at]
               for m in mentions):
            continue  # "IBM chief executive X": named beside the title
        found = re.search(r"(\w+)\s*$", before[:t.start()])
        lead = found.group(1) if found else ""
        if lead in GENERIC_AGENCY or (lead.islower() and lead not in _TITLE_LEAD_INS
                                      and not _VERB_LEAD_IN.search(lead)):
            # "Council President X", "committee chairwoman X": the body the word names, if
            # the article names exactly one; never the main firm
            body, how = _body_named(lead.lower(), mentions, entities), "body-title"
        elif lead[:1].isupper() and lead.lower() not in _TITLE_LEAD_INS | _OPEN_TITLE_WORDS and (
                not any(m.type == "Location" and m.end == title_at - 1 for m in mentions
                        if m.sentence == p.sentence)):
            continue  # "Privacy Commissioner X" holds a named office, not the main agency's
        else:
            type_ = "Agency" if _AGENCY_TITLE.search(t.group("t")) else "Company"
            body = _roster_firm(doc, mentions, p.sentence, title_at) or _salient(
                mentions, entities, (type_,),
                named=next((body for title, body in _TITLE_BODIES
                            if title.search(t.group("t"))), None))
            if body is None and re.search(r"(?i)council|alder|pro\s+tem", t.group("t")):
                body = _body_named("council", mentions, entities)  # the article's one council
            how = "salient-title"
        if body is None:
            continue
        title = t.group("t").lower()
        relations = (("INVESTED_IN",) if how == "salient-title" and "investor" in title
                     else role_relations(title))
        for rel in relations:
            out.append(Relation(entities[p.cluster], rel, entities[body],
                                _evidence(doc, p.sentence), 0.6, NAME,
                                properties=(("patterns", (how,)),)))
    return out


_FUNDING = re.compile(r"(?i)\b(?:funding|round|raised?|raising|investments?|financing|"
                      r"valuation|series\s+[a-h])\b")
_INVESTORS_INTRO = re.compile(r"(?i)(?:\b(?:investors?|backers?)\s*,?\s+(?:like|such\s+as|"
                              r"including|include|included|are|were)|\bled\s+by|\bparticipation\s+(?:from|by)|"
                              r"\bjoined\s+by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
_INVESTOR_TYPES = ("Company", "Organization", "Person")
# "Fidelity and Silver Lake were among the investors", "Tiger Capital and Qualcomm Ventures
# also participated": the list of investors comes first.
_INVESTORS_OUTRO = re.compile(r"(?i)^\s+(?:were|was|are)\s+(?:also\s+)?among\s+(?:the\s+)?"
                              r"(?:[\w-]+\s+)?(?:investors|backers)|^\s+(?:also\s+)?(?:participated|"
                              r"joined\s+the\s+(?:round|financing|funding))\b")
_INVESTOR_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?$")


def funding_investors(doc: Document, mentions: list[Mention],
                      entities: dict[int, Entity]) -> list[Relation]:
    """"The new funding attracted investors like KDDI and Axon": in a sentence about a
    funding round that names no recipient, the investors back the article's main company."""
    main = _salient(mentions, entities, ("Company",))
    if main is None:
        return []
    out: list[Relation] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if _named(m) and (m.type in _INVESTOR_TYPES or m.cluster == main):
            by_sentence[m.sentence].append(m)
    for index, ms in by_sentence.items():
        sent = doc.sentences[index]
        if not (_FUNDING.search(sent.text) or _PARTICIPATED.search(sent.text)) or any(
                m.cluster == main for m in ms):
            continue
        ms.sort(key=lambda m: m.start)
        listed = False
        for k, m in enumerate(ms):
            before = doc.text[sent.start if k == 0 else ms[k - 1].end:m.start]
            owner = k > 0 and re.fullmatch(r"['’]s\s+", before) is not None
            if _INVESTORS_INTRO.search(before[-60:]) or (
                    m.type in _INVESTOR_TYPES and _led_to_outro(doc, sent.end, ms[k:])):
                listed = True
            elif not (listed and (owner or _INVESTOR_GLUE.fullmatch(before))):
                listed = False
            if re.match(r"['’]s\b", doc.text[m.end:m.end + 2]):
                continue  # "Peter Thiel's Founders Fund": the fund invests
            if listed and m.type in _INVESTOR_TYPES:
                out.append(Relation(entities[m.cluster], "INVESTED_IN", entities[main],
                                    _evidence(doc, index), 0.55, NAME,
                                    properties=(("patterns", ("funding-investors",)),)))
    return out


_PARTICIPATED = re.compile(r"(?i)\balso\s+participated\b")


def _led_to_outro(doc: Document, end: int, rest: list[Mention]) -> bool:
    """Whether the names from rest[0] on form one list that an investor outro closes."""
    for k, m in enumerate(rest):
        after = doc.text[m.end:end]
        if _INVESTORS_OUTRO.match(after):
            return True
        if k + 1 >= len(rest) or not _INVESTOR_GLUE.fullmatch(doc.text[m.end:rest[k + 1].start]):
            return False
    return False


_PASSIVE_FINE = re.compile(r"(?i)\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+"
                           r"(?:\w+\s+)?fined\b(?!\s+(?:\w+\s+){0,6}?by\b)")


def passive_fines(doc: Document, mentions: list[Mention], entities: dict[int, Entity],
                  found: list[Relation]) -> list[Relation]:
    """"Verizon has been fined almost $47 million": a fine with no agency named in its sentence
    was imposed by the regulator that fines in the article (or the one agency it names most)."""
    fining = [r.subject for r in found if r.relation == "FINED" and r.status == "asserted"]
    main = _salient(mentions, entities, ("Agency",), least=2, by_name=True)
    regulator = fining[0] if fining else (None if main is None else entities[main])
    if regulator is None:
        return []
    out: list[Relation] = []
    for sent in doc.sentences:
        fine = _PASSIVE_FINE.search(sent.text)
        if fine is None:
            continue
        here = [m for m in mentions if m.sentence == sent.index and m.cluster >= 0]
        if any(m.type == "Agency" for m in here):
            continue
        cut = sent.start + fine.start()
        for m in here:
            if m.type in ("Company", "Organization") and m.end <= cut:
                out.append(Relation(regulator, "FINED", entities[m.cluster],
                                    _evidence(doc, sent.index), 0.55, NAME,
                                    properties=(("patterns", ("passive-fine",)),)))
    return out


_INQUIRY_WORD = re.compile(r"(?i)\b(?:investigat\w+|probe[sd]?|inquiry|inquiries)\b")


_OWNED_INQUIRY = re.compile(r"\b([A-Z][\w.&-]+)(?:['’]s)?\s+(?:[a-z][\w-]*\s+)?$")


def inquiries_behind_penalties(doc: Document, mentions: list[Mention],
                               found: list[Relation]) -> list[Relation]:
    """A regulator that fined or banned a firm and an investigation in a sentence naming either
    of them: the regulator investigated the firm ("the fine comes after a two-year
    investigation")."""
    out: list[Relation] = []
    for r in found:
        if r.relation not in ("FINED", "BANNED") or r.status != "asserted" or (
                r.subject.type != "Agency") or r.object.type not in ("Company", "Agency"):
            continue
        sentences = {m.sentence for m in mentions if m.cluster >= 0 and (
            (m.type, m.name or m.text) in ((r.subject.type, r.subject.name),
                                           (r.object.type, r.object.name))
            or (m.entry is not None and m.entry.name in (r.subject.name, r.object.name)))}
        for index in sorted(sentences):
            text = doc.sentences[index].text
            word = _INQUIRY_WORD.search(text)
            owner = word and _OWNED_INQUIRY.search(text[max(0, word.start() - 30):word.start()])
            if owner and owner.group(1) not in r.subject.name:
                continue  # "A Reuters investigation found": someone else's inquiry
            if word:
                out.append(Relation(r.subject, "INVESTIGATED", r.object, _evidence(doc, index),
                                    0.55, NAME, properties=(("patterns", ("inquiry-behind",)),)))
                break
    return out


_SCRAPING_STORY = re.compile(r"(?i)\bscrap(?:e|ed|es|ing|er|ers)\b")
_HARVESTED_FROM = re.compile(
    r"(?i)\b(?:images?|photos?|photographs|pictures|faces|data|posts|profiles|videos)\b[^.;]{0,60}?"
    r"\b(?:from|on)\s+(?:sites\s+(?:like|such\s+as)\s+|(?:platforms|networks|services|sites)\s*,?"
    r"\s+(?:like|such\s+as|including)\s+)?(?:the\s+)?$|\bscraped\s+from\s*,?\s+"
    r"(?:including\s+)?$")


def scraped_sources(doc: Document, mentions: list[Mention], entities: dict[int, Entity],
                    found: list[Relation]) -> list[Relation]:
    """In an article about scraping, "images from Facebook, Instagram and VKontakte" names
    where the article's main company took them."""
    if not _SCRAPING_STORY.search(doc.text):
        return []
    main = _salient(mentions, entities, ("Company",))
    if main is None:
        return []
    owner = entities[main]
    operated = {r.object.key for r in found
                if r.relation == "OPERATES" and r.subject.key == owner.key}
    out: list[Relation] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.cluster >= 0 and _named(m):
            by_sentence[m.sentence].append(m)
    for index, ms in by_sentence.items():
        sent = doc.sentences[index]
        ms.sort(key=lambda m: m.start)
        listed = False
        for k, m in enumerate(ms):
            gap = doc.text[(ms[k - 1].end if k else sent.start):m.start]
            if k and listed and _INVESTOR_GLUE.fullmatch(gap):
                pass
            else:
                listed = m.type == "Platform" and _HARVESTED_FROM.search(
                    doc.text[max(sent.start, m.start - 120):m.start]) is not None
            if listed and m.type == "Platform" and entities[m.cluster].key not in operated:
                out.append(Relation(owner, "SCRAPED", entities[m.cluster], _evidence(doc, index),
                                    0.5, NAME, properties=(("patterns", ("scraping-story",)),)))
    return out


def _salient(mentions: list[Mention], entities: dict[int, Entity], types: tuple[str, ...],
             margin: int = 1, named: re.Pattern[str] | None = None, least: int = 3,
             by_name: bool = False) -> int | None:
    """The entity of `types` an article is about: mentioned at least `least` times (by name
    only, with `by_name`) and at least `margin` times more than the next one (among names
    `named` matches, when given). A title, a fine or a suit with no organisation beside it
    belongs to that entity and to no other."""
    counts = Counter(m.cluster for m in mentions if m.cluster >= 0
                     and entities[m.cluster].type in types and (not by_name or _named(m))
                     and (named is None or named.search(entities[m.cluster].name)))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1
                                          and ranked[0][1] - ranked[1][1] < margin):
        return None
    return ranked[0][0]


def _body_named(noun: str, mentions: list[Mention], entities: dict[int, Entity]) -> int | None:
    """The one agency or organisation of the article whose name holds `noun` ("committee")."""
    found = {m.cluster for m in mentions if m.cluster >= 0 and m.type in ("Agency", "Organization")
             and re.search(rf"(?i)\b{re.escape(noun)}\b", entities[m.cluster].name)}
    return found.pop() if len(found) == 1 else None


_ON_BEHALF = re.compile(r"(?i)\bon\s+behalf\s+of\b")
_CLIENT_TYPES = ("Person", "Organization", "Company")


def clients_sue(doc: Document, mentions: list[Mention], entities: dict[int, Entity],
                sued: list[Relation]) -> list[Relation]:
    """"The ACLU sued the department on behalf of Leaders of a Beautiful Struggle": the
    clients a suit is brought for are plaintiffs too."""
    out: list[Relation] = []
    for r in sued:
        if r.relation != "SUED" or r.status != "asserted":
            continue
        sent = r.evidence.sentence
        m = _ON_BEHALF.search(sent)
        if m is None:
            continue
        at = r.evidence.start + m.end()
        stop = re.search(r"[;:]|\s(?:who|which|that|because|after|over)\s", sent[m.end():])
        end = at + stop.start() if stop else r.evidence.end
        for c in mentions:
            if (c.start >= at and c.end <= end and c.type in _CLIENT_TYPES and c.cluster >= 0
                    and _named(c) and entities[c.cluster].key not in (r.subject.key,
                                                                      r.object.key)):
                out.append(Relation(entities[c.cluster], "SUED", r.object, r.evidence,
                                    round(r.confidence * 0.9, 3), NAME,
                                    properties=(("patterns", ("on-behalf-of",)),)))
    return out


_SUIT_NO_OBJECT = re.compile(
    r"(?i)\b(?:filed|brought|launched|lodged)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:lawsuit|suit|legal\s+challenge)\b(?!\s+against)|\b(?:filed\s+suit|sued)\s+over\b|"
    r"(?P<by>\b(?:lawsuit|suit|legal\s+challenge|complaint)\s+(?:(?:filed|brought|lodged)\s+)?"
    r"(?:by|from)\b)")
_PLAINTIFF_GAP = re.compile(r"^(?:\s*,\s+(?:a|an|the|which|who)\b[^,;⟦⟧]{0,80},)?\s+"
                            r"(?:(?:also|then|later|first|jointly|together)\s+)?$")
_PLAINTIFF_TYPES = ("Person", "Organization", "Company")
_DEFENDANT_TYPES = ("Agency", "Company")


def salient_defendant_suits(doc: Document, mentions: list[Mention], entities: dict[int, Entity],
                            found: list[Relation]) -> list[Relation]:
    """"The Institute for Justice filed the federal suit": a suit with no defendant named in its
    sentence is brought against the article's main agency or company (the one named most often,
    at least three times and clearly ahead of the next)."""
    salient = _salient(mentions, entities, _DEFENDANT_TYPES, margin=2)
    if salient is None:
        return []
    defendant = entities[salient]
    sued_in = {r.evidence.start for r in found if r.relation == "SUED"}
    out: list[Relation] = []
    for sent in doc.sentences:
        t = _SUIT_NO_OBJECT.search(sent.text)
        if t is None:
            continue
        ev = _evidence(doc, sent.index)
        if ev.start in sued_in:
            continue  # a pattern already read who sued whom here
        if t.group("by"):  # "a legal challenge from civil rights group Liberty"
            after = [m for m in mentions if m.sentence == sent.index and _named(m)
                     and m.cluster >= 0 and m.type in _PLAINTIFF_TYPES
                     and m.start >= sent.start + t.end()
                     and re.fullmatch(r"[\s,]*(?:the\s+)?(?:[a-z][\w-]*,?\s+){0,4}?",
                                      doc.text[sent.start + t.end():m.start])]
            if after and entities[after[0].cluster].key != defendant.key:
                out.append(Relation(entities[after[0].cluster], "SUED", defendant, ev, 0.55,
                                    NAME, properties=(("patterns", ("suit-salient-defendant",)),)))
            continue
        at = sent.start + t.start()
        before = [m for m in mentions if m.sentence == sent.index and m.end <= at and _named(m)
                  and m.cluster >= 0 and m.type in _PLAINTIFF_TYPES]
        if not before or not _PLAINTIFF_GAP.match(doc.text[before[-1].end:at]):
            continue
        plaintiff = entities[before[-1].cluster]
        if plaintiff.key == defendant.key:
            continue
        out.append(Relation(plaintiff, "SUED", defendant, ev, 0.6, NAME,
                            properties=(("patterns", ("suit-salient-defendant",)),)))
    return out


_CONTRACT_WITH_BEFORE = re.compile(
    r"(?i)\b(?:(?:contracts?|deals?|agreements?)\s+(?:worth\s+[^,;.]{1,30}\s+)?with\s+(?:the\s+)?"
    r"(?:[\w$,.-]+\s+){0,4}?|(?:awards?|contracts?)\s+(?:went|go|were\s+given|was\s+given)\s+to\s+"
    r"(?:the\s+)?(?:[A-Z][\w.&'-]*,?\s+(?:and\s+)?){0,12}?)$")


def contracts_with_salient_agency(doc: Document, mentions: list[Mention],
                                  entities: dict[int, Entity]) -> list[Relation]:
    """"The nearly $200,000 contract with DataWorks Plus will fund ...": a contract with a firm,
    in a sentence that names no agency, is the article's main agency's contract (the agency
    named most often, at least three times and clearly ahead of the next)."""
    agency = _salient(mentions, entities, ("Agency",), margin=2)
    if agency is None:
        return []
    out: list[Relation] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.cluster >= 0:
            by_sentence[m.sentence].append(m)
    for index, here in by_sentence.items():
        if any(entities[m.cluster].type == "Agency" for m in here):
            continue
        sent = doc.sentences[index]
        for m in here:
            if entities[m.cluster].type != "Company" or not _named(m):
                continue
            window = doc.text[max(sent.start, m.start - 80):m.start]
            if _CONTRACT_WITH_BEFORE.search(window):
                out.append(Relation(entities[m.cluster], "CONTRACTS_WITH", entities[agency],
                                    _evidence(doc, index), 0.55, NAME,
                                    status_of(window, "CONTRACTS_WITH"),
                                    properties=(("patterns", ("contract-salient-agency",)),)))
    return out


# Ranks and staff titles that name a member of a force, not its head.
_RANK_BEFORE = re.compile(
    r"(?i)\b(?:deputy|officer|detective|det\.|sergeant|sgt\.|lieutenant|lt\.|captain|capt\.|"
    r"corporal|cpl\.|major|maj\.|colonel|col\.|commander|cmdr\.|trooper|special\s+agent|agent|"
    r"spokes(?:person|man|woman)|"
    r"(?:dept\.|deputy|assistant)\s+chief|(?:police|sheriff['’]s)\s+spokes(?:person|man|woman))"
    r"\s+$")


# "Council Members Robin Wonsley and Jeremiah Ellison", "Commissioners A and B": members named
# by their body's plural title, and the word their body's name holds.
_PLURAL_TITLE = re.compile(r"(?:\b(?P<council>Council\s*[Mm]embers|Councilmembers|Councilors|"
                           r"Councillors)|\b(?P<commission>Commissioners)|\b(?P<supervisors>"
                           r"Supervisors))\s+$")


def plural_title_members(doc: Document, mentions: list[Mention],
                         entities: dict[int, Entity]) -> list[Relation]:
    """People listed after a plural title ("Council Members A and B") work for the one body
    of the article whose name holds that title's word."""
    out: list[Relation] = []
    people = sorted((m for m in mentions if m.type == "Person" and _named(m) and m.cluster >= 0),
                    key=lambda m: m.start)
    for k, p in enumerate(people):
        title = _PLURAL_TITLE.search(doc.text, max(0, p.start - 30), p.start)
        if title is None:
            continue
        noun = next(g for g, v in title.groupdict().items() if v)
        body = next((b for b in (_body_named(n, mentions, entities) for n in _BODY_WORDS[noun])
                     if b is not None), None)
        if body is None:
            continue
        listed = [p]
        for q in people[k + 1:]:
            if not _MEMBER_GLUE.fullmatch(doc.text, listed[-1].end, q.start):
                break
            listed.append(q)
        for member in listed:
            out.append(Relation(entities[member.cluster], "WORKS_FOR", entities[body],
                                _evidence(doc, p.sentence), 0.6, NAME,
                                properties=(("patterns", ("plural-title-members",)),)))
    return out


_BODY_WORDS = {"council": ("council",), "commission": ("commission",),
               "supervisors": ("supervisors", "board")}
_MEMBER_GLUE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def ranked_members(doc: Document, mentions: list[Mention],
                   entities: dict[int, Entity]) -> list[Relation]:
    """"according to deputy Jeff Talbot": a person named by a rank works for the one agency
    named in the sentence (none when the sentence names two)."""
    out: list[Relation] = []
    for p in mentions:
        if p.type != "Person" or not _named(p) or p.cluster < 0:
            continue
        sent = doc.sentences[p.sentence]
        before = doc.text[max(sent.start, p.start - 30):p.start]
        if not _RANK_BEFORE.search(before) or re.search(r"(?i)\bformer\b|\bthen-", before):
            continue
        if any(m.type in ("Location", "Company", "Organization") and m.sentence == p.sentence
               and p.start - len(before) <= m.start < p.start for m in mentions) or re.search(
                r"(?i)\bchief\s+\w+\s+officer\s*$", before):
            continue  # "Minneapolis police officer Derek Chauvin": the place's force, not this;
            # "Huawei Pakistan Chief Executive Officer Meng Xiaojie": the firm's officer
        agencies = {m.cluster for m in mentions if m.sentence == p.sentence and m.cluster >= 0
                    and entities[m.cluster].type == "Agency"}
        if len(agencies) == 1:
            out.append(Relation(entities[p.cluster], "WORKS_FOR", entities[agencies.pop()],
                                _evidence(doc, p.sentence), 0.55, NAME,
                                properties=(("patterns", ("rank-title",)),)))
    return out
