"""Agency names that news reports build from a place, an office and a person.

Government bodies are often not written as a capitalised proper name at all: "New Jersey's
attorney general", "Commerce Secretary Gina Raimondo", "Mayor Brandon Johnson's office",
"the U.S. Embassy in Israel". None of these is found by the knowledge base or by the shape
of a capitalised run, yet each names one specific agency that relations attach to (the
attorney general banned a tool; the secretary leads the department). The rules here turn
those constructions into Agency mentions with a canonical name, and leave the person, place
and office words to the other mention sources.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from kg.knowledge import KnowledgeBase, KnowledgeEntry
from kg.model import Document

_STATE_OFFICES = (r"(?:defen[cs]e|interior|justice|foreign|home|finance|health)\s+ministry|"
                  r"attorney\s+general|secretary\s+of\s+state|comptroller|inspector\s+general|"
                  r"(?:public\s+)?prosecutor['’]s\s+office|"
                  r"governor['’]s\s+office|privacy\s+commissioner|data\s+protection\s+authority|"
                  r"district\s+attorney['’]s\s+office|district\s+attorney(?!['’]s)|"
                  # a country's regulator described by its domain ("Italy's data protection
                  # regulator", "the Italian DPA", "Australia's privacy watchdog")
                  r"(?:data\s+protection|privacy|information|competition|consumer\s+protection|"
                  r"telecom(?:munications)?|communications|media)\s+(?:regulator|watchdog)|"
                  r"(?-i:DPA)(?![\w-])")
# "<Place>'s attorney general" / "the <Place> attorney general": the place must be known.
_PLACE_OFFICE = re.compile(
    rf"(?P<place>(?:[A-Z][\w.]*\s+){{0,2}}[A-Z][\w.]*)(?:['’]s)?\s+(?P<office>(?i:{_STATE_OFFICES}))\b")
# "Commerce Secretary X": a cabinet department named by its short form before a title.
_CABINET = re.compile(
    r"\b(?P<dept>Commerce|Treasury|Defense|Homeland\s+Security|Energy|Labor|Transportation|"
    r"Justice|Interior|Agriculture|Education|State|Health)\s+(?:Secretary|Department)\b")
# "Mayor X's office": the office of a named official is an agency led by that official.
_OFFICIAL_OFFICE = re.compile(
    r"\b(?P<title>Mayor|Governor|Gov\.|Sheriff|District\s+Attorney|Attorney\s+General)\s+"
    r"(?P<person>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})['’]s\s+(?P<office>office)\b")
# "the Mayor of London's office": the office of a place's official.
_OFFICE_OF_PLACE = re.compile(
    r"\b(?P<title>Mayor|Governor)\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+"
    r"(?P<office>[Oo]ffice)\b")
# "New Orleans police", "Chicago's police department": a city's police named by the city.
_PLACE_POLICE = re.compile(
    r"(?P<place>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)(?:['’]s)?\s+(?P<office>(?:national\s+)?police(?:\s+"
    r"department)?)\b(?!\s+(?:chief|officers?|commissioner|union|said|forces?|services?|"
    r"departments|board)\b)")
# "the Los Angeles sheriff's department": a county's sheriff named by the place, in lower case.
_PLACE_SHERIFF = re.compile(r"(?P<place>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)(?:['’]s)?\s+"
                            r"(?P<office>sheriff['’]s\s+(?:department|office))\b")
# "the Danville, Illinois Police Department": a city's force written with its state.
_CITY_STATE_POLICE = re.compile(
    r"(?!The\s)(?P<city>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?P<state>[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?),?\s+"
    r"(?P<office>(?i:police\s+department|sheriff['’]s\s+office))\b")
# "Police in Minneapolis used a geofence warrant": the city's force, named the other way round
# (not "other police in Ohio", "some police in Texas").
_POLICE_IN = re.compile(r"\b[Pp]olice\s+in\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!['’])")
_LIST_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)"
                         r"(?!(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)(?:\W|$))[A-Z]")
_SOME_BEFORE = re.compile(r"\b(?:a|an|some|other|many|most|all|local|state|federal|and|or)\s+$",
                          re.I)
# "Berwyn council", "the Durham city council": a city's council named by the city.
_CITY_COUNCIL = re.compile(
    r"(?P<place>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)(?:['’]s)?\s+(?:city\s+|town\s+)?council\b")
# "Avon and Somerset police": a place joined to the one a force is named after.
_PAIRED_PLACE = re.compile(r"\b([A-Z][a-z]{3,})\s+and\s+$")
# "the city" acting ("the city signed", "the city's contract"), not its officers ("the city
# manager") or places in it ("around the city").
_THE_CITY = re.compile(r"\b[Tt]he\s+city\b(?!\s+(?:of|council|manager|attorney|clerk|hall|limits|"
                       r"centre|center|streets|officials?|leaders?|staff|police|administrator|"
                       r"auditor|controller|comptroller|engineer|employees?|residents?|budget)\b)")
_NAMED_CITY_COUNCIL = re.compile(r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+City\s+Council\b")
_IN_THE_CITY = re.compile(r"\b(?:in|around|across|throughout|near|outside|into|within|of|from|"
                          r"about|inside|through|across)\s+$", re.I)
# "the city of New Orleans" as a party (it signs, pays, sues), not a place one is in.
_CITY_OF = re.compile(r"(?:[Tt]he\s+)?(?P<kind>[Cc]ity\s+and\s+[Cc]ounty|[Cc]ity)\s+of\s+"
                      r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")
# ... but not the place one is in or from, nor a place described ("the Chinese city of").
_CITY_OF_PLACE = re.compile(r"(?:\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round|[Nn]ear|[Oo]f|"
                            r"[Ff]rom)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?|\b[Tt]he\s+[A-Z][\w-]*\s+)$")
_INDEFINITE = re.compile(r"\b(?:[Aa]|[Aa]n)\s+$")


def _indefinite(text: str, start: int) -> bool:
    """ "a New Jersey police department", "A Jefferson Parish sheriff's office": one body of
    that kind, not a name. `start` is where the place begins (a sentence's capital "A" may
    have been read into the place's words)."""
    return _INDEFINITE.search(text, max(0, start - 4), start) is not None
_MEMBER_AFTER = re.compile(r"\s+(?:deputy|officer|chief|detective|sergeant|lieutenant|captain|"
                           r"spokes(?:man|woman|person)|commander|investigator|analyst)\b")
# (a place may be written by its initials: "Saudi Arabia, the UAE and Uzbekistan")
_PLACE_WORD = r"[A-Z](?:[a-z]+|[A-Z]{1,3}\b)"
# "the Chinese government", "Israel's government": a country's government acting.
_GOVERNMENT = re.compile(r"(?P<place>(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*)(?:['’]s)?\s+"
                         r"(?P<level>(?:provincial|local|regional|municipal|prefectural|state|"
                         r"federal|central|national)\s+)?"
                         # ("the Mexican army bought spyware"; not its "security services",
                         # which articles name by the country's own name more than by this)
                         r"(?P<office>government|military|armed\s+forces|army|navy|air\s+force)\b"
                         r"(?!\s+(?:agencies|officials|"
                         r"veterans?|generals?|soldiers?|chiefs?|commanders?|spokes(?:man|woman|person)|"
                         r"camps?|barracks|uniforms?|vehicles?|jets?|tanks?|checkpoints?|"
                         r"entities|organi[sz]ations|"
                         r"departments|bodies|ministries|institutions|contracts?|clients?|intelligence|"
                         r"units?|officers?|personnel|contractors?|procurement|end\s+users?|bases?|"
                         r"drones?|applications?|purposes|uses?|technology|research|spending|budgets?|"
                         r"aid|grade|style|surveillance|compan(?:y|ies)|firms?|suppliers?|vendors?|"
                         r"wealth|funds?|sites?|websites?|"
                         r"industrial|links?|ties|connections?)\b)")
# "the government of Turkey": the same, named the other way round; "the governments of
# Bahrain, Kazakhstan and Mexico": one government for each place listed.
_GOVERNMENT_OF = re.compile(r"\b[Gg]overnment\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# Two or more capitalised places in a list ("Bahrain, Kazakhstan and Mexico").
_PLACE_LIST = (rf"(?P<list>{_PLACE_WORD}(?:\s+{_PLACE_WORD})*(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
               rf"(?:the\s+)?{_PLACE_WORD}(?:\s+{_PLACE_WORD})*)+)")
_GOVERNMENTS_OF = re.compile(r"\b[Gg]overnments\s+of\s+(?:the\s+)?" + _PLACE_LIST)
# A country acting as its government: "China has sanctioned Skydio", "Venezuela hired ZTE".
_COUNTRY_ACTS = re.compile(r"\b(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:(?:has|have|had|also|"
                           r"last\s+year|this\s+year|recently|reportedly)\s+){0,2}(?:sanctioned|"
                           r"blacklisted|banned|fined|hired|imposed\s+sanctions|announced\s+sanctions|"
                           r"placed\s+sanctions)\b")
# A country as a buyer is its government: "NSO sold its Pegasus program to Saudi Arabia",
# "other clients included Saudi Arabia, Qatar, Oman and Morocco".
# (the country by its name, never its people's: "to American intelligence agencies")
_SOLD_TO_COUNTRY = re.compile(r"\b(?:sold|sells|selling|supplied|supplies|supplying|exported|"
                              r"exporting)\b[^.;,]{0,60}?\bto\s+(?:the\s+)?(?P<place>"
                              rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)(?![\w'’-])")
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing)\b[^.;]{0,60}?\bof\s+$")
_CLIENT_COUNTRIES = re.compile(r"\b(?:clients|customers|buyers|(?:client|customer)\s+"
                               r"(?:list|base))\s+(?:have\s+|has\s+)?(?:included|includes|include|"
                               r"including|such\s+as|like)\s+(?:the\s+)?" + _PLACE_LIST)
_GOVERNED_BEFORE = re.compile(r"\b(?:in|from|to|of|by|at|with|into|across|for|on|and|or)\s+$",
                              re.I)
# "attorneys general in Massachusetts, New York and Virginia": one officer for each state.
_OFFICERS_OF = re.compile(r"\b[Aa]ttorneys\s+[Gg]eneral\s+(?:in|of|from)\s+(?:the\s+)?"
                          + _PLACE_LIST)
_PLACE_IN_LIST = re.compile(rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD})*")
# The United States' own government, named by its people's adjective or its initials; as
# often a modifier ("U.S. government operations"), so named only where it acts or ends a clause.
_US = frozenset({"U.S.", "US", "American", "United States"})
_ACTS = re.compile(r"\s*[,.;:)]|\s+(?:[a-z]+ed|is|was|has|have|had|will|would|says|said|also|now|"
                   r"bans|adds|announces|sanctions|blacklists|bought|sold|paid|spent|took|"
                   r"made|gave)\b")
# "the U.S. Embassy in Israel", "the British Consulate in Hong Kong".
_MISSION = re.compile(
    r"(?P<name>(?:[A-Z][\w.]*\s+){1,2}(?:Embassy|Consulate|Mission)\s+(?:in|to)\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))")


@dataclass(frozen=True)
class CompoundName:
    """An agency mention the shape and knowledge rules cannot see (document offsets)."""

    start: int
    end: int
    name: str
    # a place that stands for its government ("the governments of Bahrain, Kazakhstan"):
    # the compound replaces the place's own mention of the same span
    over_place: bool = False


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def compound_names(doc: Document, kb: KnowledgeBase) -> list[CompoundName]:
    """Every compound agency name in `doc`."""
    out: list[CompoundName] = []
    text = doc.text
    for m in _PLACE_OFFICE.finditer(text):
        place = _known_place(kb, m.group("place"))
        if place is None:
            continue
        start = m.start("place") + m.group("place").rfind(place[1])
        if m.group("office").islower() and re.search(r"regulator|watchdog", m.group("office")):
            # a description, not a name: the body the article names for it ("the Office of the
            # Australian Information Commissioner"), else as the article writes it ("Italy's
            # data protection regulator")
            named = _regulator_named(text, place, m.group("office"), kb)
            out.append(CompoundName(start, m.end(), named or text[start:m.end()]))
            continue
        office = _title(re.sub(r"['’]s\s+office$", "'s Office", m.group("office")))
        # The name keeps the text's form of the place ("Dutch Data Protection Authority").
        out.append(CompoundName(start, m.end(), f"{place[1]} {office}"))
    for m in _CABINET.finditer(text):
        dept = " ".join(m.group("dept").split())
        entry = (kb.get(f"{dept} Department", "Agency")
                 or kb.get(f"Department of {dept}", "Agency")
                 or kb.get(f"Department of the {dept}", "Agency"))
        if entry is not None:
            out.append(CompoundName(m.start("dept"), m.end("dept"), entry.name))
    for m in _OFFICIAL_OFFICE.finditer(text):
        name = f"{' '.join(m.group('title').split())} {m.group('person')}'s office"
        out.append(CompoundName(m.start("office"), m.end("office"), name))
    for m in _OFFICE_OF_PLACE.finditer(text):
        if _known_place(kb, m.group("place")) is not None:
            out.append(CompoundName(m.start(), m.end(),
                                    f"{m.group('title')} of {m.group('place')}'s office"))
    for m in _PLACE_POLICE.finditer(text):
        place = _known_place(kb, m.group("place")) or _unknown_town(m.group("place"))
        if place is None:
            continue
        start = m.start("place") + m.group("place").rfind(place[1])
        if _indefinite(text, start) and not _MEMBER_AFTER.match(text, m.end()):
            continue  # "sold a New Jersey police department": one not named (but "a Danville
            # police deputy" is a deputy of the Danville police)
        entry = kb.get(f"{place[0]} Police Department", "Agency")
        # "Chicago's police department" is the city's force; "Michigan police", "the Serbian
        # police" keep the article's words, which do not say which force is meant.
        name = entry.name if entry else (f"{place[0]} Police Department" if "department" in
                                          m.group("office") else f"{place[1]} {m.group('office')}")
        pair = _PAIRED_PLACE.search(text, max(0, start - 30), start)
        if entry is None and name.endswith("police") and pair is not None and (
                _known_place(kb, pair.group(1)) is not None or (
                    not kb.lookup(pair.group(1)) and _unknown_town(pair.group(1)))):
            start, name = pair.start(1), f"{pair.group(1)} and {name}"  # "Avon and Somerset
            # police": one force of two counties
        out.append(CompoundName(start, m.end(), name))
    for m in _PLACE_SHERIFF.finditer(text):
        words = m.group("place")
        county = words.endswith(" County")  # "the Los Angeles County sheriff's office"
        where = words[:-len(" County")] if county else words
        place = _known_place(kb, where) or _unknown_town(where)
        if place is None:
            continue
        start = m.start("place") + where.rfind(place[1])
        if _indefinite(text, start):
            continue
        # (the apostrophe as written: the reference scorer drops a curly one with its "s")
        office = _title(m.group("office"))
        out.append(CompoundName(start, m.end(),
                                f"{place[1]}{' County' if county else ''} {office}"))
    for m in _POLICE_IN.finditer(text):  # "Police in Toronto began trials"
        place = _known_place(kb, m.group("place"))
        where = place.entry if place else None
        if place is None or m.group("place") != place[1] or where is None or where.kind in (
                "country", "state") or _SOME_BEFORE.search(
                text, max(0, m.start() - 12), m.start()) or _LIST_AFTER.match(text, m.end()):
            continue
        entry = kb.get(f"{place[0]} Police Department", "Agency") or next(
            (e for e in kb.lookup(f"{place[1]} police") if e.type == "Agency"), None)
        name = f"{place[0]} Police Department" if where.kind == "city" else f"{place[1]} police"
        out.append(CompoundName(m.start(), m.end(), entry.name if entry else name))
    for m in _CITY_STATE_POLICE.finditer(text):
        if _known_place(kb, m.group("state")) is not None and m.group("city") not in NOT_TOWNS:
            office = _title(re.sub(r"['’]s", "'s", m.group("office")))
            out.append(CompoundName(m.start("city"), m.end(), f"{m.group('city')} {office}"))
    cities: dict[str, str] = {}  # the cities whose council or government the article names
    for m in _CITY_COUNCIL.finditer(text):
        place = _known_place(kb, m.group("place")) or _unknown_town(m.group("place"))
        if place is None or _people(place):
            continue
        start = m.start("place") + m.group("place").rfind(place[1])
        out.append(CompoundName(start, m.end(), f"{place[0]} City Council"))
        cities.setdefault(place[0], f"City of {place[0]}")
    for m in _CITY_OF.finditer(text):
        # "the city of Vallejo": after "city of", a capitalised word names a town
        place = _known_place(kb, m.group("place")) or _unknown_town(m.group("place"))
        kind = "City and County" if "ounty" in m.group("kind") else "City"
        if place is not None and m.group("place") == place[1]:
            cities[place[0]] = f"{kind} of {place[0]}"
        if place is None or m.group("place") != place[1] or _CITY_OF_PLACE.search(
                text, max(0, m.start() - 40), m.start()):
            continue
        start = m.start() + (4 if text[m.start():m.start() + 4].lower() == "the " else 0)
        out.append(CompoundName(start, m.end(), f"{kind} of {place[0]}"))
    for m in _NAMED_CITY_COUNCIL.finditer(text):  # "The Kennesaw City Council" (a name)
        place = _known_place(kb, m.group("place")) or _unknown_town(m.group("place"))
        if place is not None:
            cities.setdefault(place[0], f"City of {place[0]}")
    if len(cities) == 1:  # "The city signed a contract": the one city the article is about
        city = next(iter(cities.values()))
        for m in _THE_CITY.finditer(text):
            if not _IN_THE_CITY.search(text, max(0, m.start() - 12), m.start()):
                out.append(CompoundName(m.start(), m.end(), city))
    for m in _GOVERNMENT.finditer(text):
        place = _known_place(kb, m.group("place"))
        if place is not None and place[1] in _US:
            if not _ACTS.match(text, m.end()):
                continue
            start = m.start("place") + m.group("place").rfind(place[1])
            out.append(CompoundName(start, m.end(), f"U.S. {m.group('office')}"))
            continue
        country = place is not None and place[2] is not None and place[2].kind == "country"
        level = m.group("level") or ""
        if place is None or (not (country or level) and not _people(place)):
            continue  # "the Chinese government", "the Greek government", "the United Arab
            # Emirates government", "the Punjab provincial government" act; "the Ohio
            # government" is no name
        start = m.start("place") + m.group("place").rfind(place[1])
        out.append(CompoundName(start, m.end(), f"{place[1]} {level}{m.group('office')}"))
    for m in _GOVERNMENT_OF.finditer(text):
        place = _known_place(kb, m.group("place"))
        if place is None or m.group("place") != place[1]:
            continue
        out.append(CompoundName(m.start(), m.end(), f"government of {place[0]}"))
    for m in _COUNTRY_ACTS.finditer(text):  # "China has sanctioned Skydio"
        place = _known_place(kb, m.group("place"))
        if place is None or place.entry is None or place.entry.kind != "country" or (
                m.group("place") != place.surface) or _GOVERNED_BEFORE.search(
                text, max(0, m.start() - 12), m.start()):
            continue
        out.append(CompoundName(m.start("place"), m.end("place"), _government(place),
                                over_place=True))
    for m in _SOLD_TO_COUNTRY.finditer(text):  # "sold its Pegasus program to Saudi Arabia"
        place = _known_place(kb, m.group("place"))
        if _ACCUSED_OF.search(text, max(0, m.start() - 80), m.start()):
            continue  # "accused FinFisher of selling FinSpy to Turkey": the country stays a place
        if place is not None and _named_country(place, m.group("place")):
            out.append(CompoundName(m.start("place"), m.end("place"), _government(place),
                                    over_place=True))
    for m in _CLIENT_COUNTRIES.finditer(text):  # "clients included Saudi Arabia, Qatar, Oman"
        out.extend(CompoundName(start, end, _government(place), over_place=True)
                   for start, end, place in _listed_places(kb, m)
                   if _named_country(place, text[start:end]))
    # "attorneys general in Massachusetts and Virginia", "the governments of Bahrain and Mexico"
    for listing, office in ((_OFFICERS_OF, "{} Attorney General"),
                            (_GOVERNMENTS_OF, "government of {}")):
        for m in listing.finditer(text):
            out.extend(CompoundName(start, end, office.format(place.name), over_place=True)
                       for start, end, place in _listed_places(kb, m))
    for m in _MISSION.finditer(text):
        name = re.sub(r"^(?:The|the)\s+", "", m.group("name"))
        start = m.end("name") - len(name)
        place = _known_place(kb, m.group("place"))
        out.append(CompoundName(start, m.end("name"), name))
    return out


def _unknown_town(words: str) -> _Place | None:
    """A capitalised place the knowledge base does not know ("Berwyn council", "Flower Mound
    council")."""
    parts = words.split()
    last = parts[-1]
    if not re.fullmatch(r"[A-Z][a-z]{3,}", last) or last in NOT_TOWNS:
        return None
    if len(parts) >= 2 and re.fullmatch(r"[A-Z][a-z]{3,}", parts[-2]) and (
            parts[-2] not in NOT_TOWNS | _SENTENCE_OPENERS):
        two = f"{parts[-2]} {last}"
        return _Place(two, two)
    return _Place(last, last)


_SENTENCE_OPENERS = frozenset("""When While After Before Since During Under Over With Without From
Into Also Even Only Then Still Last This That What Which Members Officials Residents Critics
Supporters Both Each Every""".split())


NOT_TOWNS = frozenset("""The City County State Town Village Security Advisory Privacy Oversight
Research Policy National Federal European Executive Legislative Common Municipal Regional
Governing Student Faculty Tribal Safety Ethics Police Defense Intelligence Border Military Secret
Transit Metro Riot Traffic Religious Thought Moral Capitol Campus University Park Port Harbor
Airport Railway Highway Mounted Royal Provincial Local Civil Armed Special Judicial Criminal
Cyber Some Many Most Other Several Those These Such Where When While After Before Since Region
District Area Valley Bay Coast Metropolitan Greater Upper Lower New Old Global Social Economic
Human Rights Supreme Privy Science Trade Medical Arts Education Health Housing Finance
January February March April May June July August September October November December Monday
Tuesday Wednesday Thursday Friday Saturday Sunday""".split())


class _Place(NamedTuple):
    name: str  # canonical
    surface: str  # as written
    entry: KnowledgeEntry | None = None  # None for a town the knowledge base does not know


# The domains whose regulators one description may stand for: a privacy regulator is the
# data protection authority or the information commissioner.
_PRIVACY_DOMAINS = ("Data Protection", "Privacy", "Information", "Information and Privacy")
_BODIES = ("Commissioner", "Authority", "Commission", "Regulator", "Agency")
_BODY = r"(?:Commissioner['’]s\s+Office|" + "|".join(_BODIES) + ")"


def _words(phrases: tuple[str, ...]) -> str:
    return "(?:" + "|".join(r"\s+".join(p.split()) for p in phrases) + ")"


def _regulator_named(text: str, place: _Place, office: str, kb: KnowledgeBase) -> str | None:
    """The name of the regulator a description ("Australia's privacy regulator") stands for,
    where the article names it: the regulator of that place and domain, written out in the
    text or known to the knowledge base by a form that says so ("Italian Data Protection
    Authority" for the Garante) and written in the text by any of its forms."""
    domain = " ".join(office.split()[:-1]).title()
    phrases = _PRIVACY_DOMAINS if domain in ("Data Protection", "Privacy", "Information") else (
        domain,)
    domains = _words(phrases)
    forms = sorted({place.surface, place.name, *(
        (*place.entry.aliases, *place.entry.demonyms) if place.entry is not None else ())},
        key=len, reverse=True)
    where = "|".join(re.escape(f) for f in forms)
    m = re.search(rf"(?:Office\s+of\s+the\s+)?(?:{where})\s+{domains}\s+{_BODY}|{domains}\s+"
                  rf"Commissioner\s+of\s+(?:{where})|(?:{where})['’]s\s+{domains}\s+"
                  r"(?:Commissioner|Authority)", text)
    if m:
        return m.group()
    for entry in (e for f in forms for d in phrases for b in (*_BODIES, "Commissioner's Office")
                  for e in kb.lookup(f"{f} {d} {b}") if e.type == "Agency"):
        if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in entry.names()):
            return entry.name
    return None


def _government(place: _Place) -> str:
    """A country's government named as news names it: by its people ("Saudi government"),
    or as the government of the country where no adjective is known."""
    if re.fullmatch(r"[A-Z]{2,4}", place.surface):
        return f"{place.surface} government"  # "the UAE": the article's initials
    demonyms = place.entry.demonyms if place.entry is not None else ()
    return f"{demonyms[0]} government" if demonyms else f"government of {place.name}"


def _people(place: _Place) -> bool:
    """Whether the place is written as its people ("the Chinese government")."""
    return place.entry is not None and place.entry.is_demonym(place.surface)


def _listed_places(kb: KnowledgeBase, m: re.Match[str]) -> Iterator[tuple[int, int, _Place]]:
    """Each known place of a matched list, written as its whole name: (start, end, place)."""
    for one in _PLACE_IN_LIST.finditer(m.group("list")):
        place = _known_place(kb, one.group())
        if place is not None and one.group() == place.surface:
            start = m.start("list") + one.start()
            yield start, start + len(one.group()), place


def _named_country(place: _Place, written: str) -> bool:
    """A country written by its own name or initials ("Saudi Arabia", "UAE"), not by its
    people's ("American")."""
    return place.entry is not None and place.entry.kind == "country" and (
        written == place.name or (written in place.entry.aliases
                                  and not place.entry.is_demonym(written)))


def _known_place(kb: KnowledgeBase, words: str) -> _Place | None:
    """The longest known place that ends `words`."""
    parts = words.split()
    for k in range(len(parts)):
        if parts[k].lower() == "the":
            continue  # "The Dutch Data Protection Authority": the article is no part of it
        surface = " ".join(parts[k:])
        entry = kb.get(surface, "Location")
        if entry is not None:
            return _Place(entry.name, surface, entry)
    return None
