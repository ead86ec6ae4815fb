"""Which mentions are the same entity, and what "the company" and "it" refer to.

News articles name an entity fully once and then say "the company", "the startup", "the
agency" or "it". Relations are mostly stated in those later sentences, so resolving them is
worth more recall than any single pattern. The rules are deliberately simple and
conservative: a definite description takes the most recent entity of its type; an
indefinite one in the lead ("A facial-recognition company that ...") takes the article's
most-mentioned entity of that type; "it"/"its" takes the subject of its own sentence or of the
previous one, and only an organisation, never a person.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract.mentions import Mention
from kg.extract.name_types import ROLE_WORDS
from kg.knowledge import KnowledgeEntry
from kg.model import Document, Sentence
from kg.names import LEGAL_SUFFIXES, name_key

# Plural heads that refer only after "these"/"those" ("the DEA purchased these devices"):
# "the devices" may be anyone's.
_DEMONSTRATIVE_ONLY = frozenset({"devices", "tools", "systems"})
_HEADS: dict[str, str] = {
    "company": "Company", "corporate": "Company", "startup": "Company", "start-up": "Company",
    "firm": "Company", "vendor": "Company", "maker": "Company", "contractor": "Company",
    "broker": "Company", "manufacturer": "Company", "developer": "Company",
    "supplier": "Company", "provider": "Company",
    "watchdog": "Agency",
    "agency": "Agency", "department": "Agency", "police department": "Agency",
    "bureau": "Agency", "commission": "Agency", "regulator": "Agency",
    "sheriff's office": "Agency", "mayor's office": "Agency", "ministry": "Agency",
    "tool": "Product", "software": "Product", "product": "Product", "app": "Product",
    "technology": "Product", "system": "Product", "service": "Product", "platform": "Product",
    "retailer": "Company", "chain": "Company", "city": "Agency", "council": "Agency",
    "data": "Technology", "social network": "Platform", "social media platform": "Platform",
    "school district": "Agency", "district": "Agency", "university": "Organization",
    **dict.fromkeys(_DEMONSTRATIVE_ONLY, "Product"),
}
_CITY_GOVERNMENT = re.compile(r"^(?:City|Town|County|Village) of\b")
_COUNCIL = re.compile(r"(?i)\bcouncil$")
_UNIVERSITY = re.compile(r"\bUniversity\b")
_DISTRICT = re.compile(r"\b(?:[Dd]istrict|Schools?)\b")
_COPULA_ITS = re.compile(r"\s+(?:is|was|are|were|remains|became)\s+(?:(?:one|some|two|three)\s+of|"
                         r"among)\s+")
_POLICE = re.compile(r"(?i)\b(?:police|sheriff|constabulary|PD)\b")
_HOLDERS = (r"sheriff|mayor|comptroller|auditor|treasurer|controller|governor|prosecutor|"
            r"attorney\s+general|inspector\s+general|district\s+attorney|city\s+attorney|"
            r"state\s+auditor|clerk|assessor|commissioner")
_ANAPHOR = re.compile(
    r"\b(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Aa]n?)\s+"
    r"(?P<mods>(?:(?!(?:and|or|of|that|which|who|the|a|an|these|those)\b)[\w-]+,?\s+){0,4}?)"
    r"(?P<head>(?P<holder>" + _HOLDERS +
    r")['’]s\s+office|" + "|".join(sorted((h.replace(" ", r"\s") for h in _HEADS if "'" not in h),
                                  key=len, reverse=True)) + r")\b(?!-)")
_BARE_HEAD = re.compile(r"\b(?P<head>company|firm|startup|maker|vendor)\b")
# "Company CEO Gavin Kenneally told ...": a sentence opening on the kind of firm before its
# officer's title speaks of the firm of the article, as "the company's CEO" would.
_OPENING_HEAD = re.compile(r"^(?P<head>Company|Firm|Startup)(?=\s+(?:CEO|CTO|COO|CFO|"
                           r"[Cc]o-?founder|[Ff]ounder|[Pp]resident|[Cc]hief|[Cc]hairman|"
                           r"[Ss]pokes(?:man|woman|person))\b)")
_PRONOUN = re.compile(r"\b(?P<p>[Ii]ts?)\b")
_THEY = re.compile(r"\b(?:[Tt]hey|[Tt]heir)\b")
_THEY_USE = re.compile(r"\s+(?:(?:had|have|also|now|had\s+been|have\s+been|were|are)\s+)?"
                       r"(?:used|use|using|deployed|deploy|bought|buy|purchased|tested|piloted|"
                       r"acquired|installed)\b")
_ORGS = ("Company", "Agency", "Organization", "Platform")


@dataclass
class Cluster:
    """One entity of the document: its type, canonical name, key and every mention."""

    id: int
    type: str
    name: str
    key: str
    kb: bool
    mentions: list[Mention] = field(default_factory=list)


def cluster_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Group named mentions by entity; the canonical name is the KB name or the fullest form."""
    by_key: dict[tuple[str, str], Cluster] = {}
    clusters: list[Cluster] = []
    split = _distinct_legal_forms(mentions)
    for m in mentions:
        name = m.entry.name if m.entry else m.name
        slot = (m.type, name_key(name))
        if m.entry is None and slot in split:
            slot = (m.type, name_key(name) + "-" + _legal_form(name))
        c = by_key.get(slot)
        if c is None:
            c = Cluster(len(clusters), m.type, name, slot[1], m.entry is not None)
            by_key[slot] = c
            clusters.append(c)
        c.mentions.append(m)
        m.cluster = c.id
    # A short unknown name that is the start or end of a longer one of the same type is that
    # entity ("Cybersecurity Group" -> "Aspen Cybersecurity Group").
    for c in clusters:
        if c.kb:
            continue
        words = c.name.split()
        for other in clusters:
            ow = other.name.split()
            if other is c or other.type != c.type or len(ow) <= len(words):
                continue
            if ow[:len(words)] == words or ow[-len(words):] == words:
                for m in c.mentions:
                    m.cluster = other.id
                other.mentions.extend(c.mentions)
                c.mentions = []
                break
    for c in clusters:
        _name_as_written(c)
    return [c for c in clusters if c.mentions]


_WRITTEN_TYPES = frozenset({"Company", "Agency", "Organization", "Platform", "Product",
                            "Location"})


_LEADING_THE = re.compile(r"^(?:[Tt]he)\s+")


def _name_as_written(c: Cluster) -> None:
    """The guide names an entity by the article's fullest proper name: where the knowledge
    base's canonical name never appears ("ACLU" for the American Civil Liberties Union, "the
    Garante", "U.S." for the United States), the longest form the article writes is the name.
    The key stays the knowledge base's, so graph identity is unchanged; the canonical name
    becomes an alias. Where the article writes the canonical name with other punctuation
    ("Information Commissioner’s Office"), its own spelling is the name."""
    if not c.kb:
        return
    forms = [_LEADING_THE.sub("", m.text) for m in c.mentions if m.source == "kb"]
    spelled = [f for f in forms if f != c.name and _SPELLING.sub("", f) == _SPELLING.sub(
        "", c.name)]
    if spelled and c.name not in forms:
        c.name = spelled[0]
    if c.type not in _WRITTEN_TYPES:
        return
    if c.type == "Location":
        entries = {m.entry for m in c.mentions if m.entry is not None}
        forms = [f for f in forms if _place_name(f, entries)]
    forms = [f for f in forms if f and f[:1].isupper()]
    if not forms or any(name_key(f) == name_key(c.name) for f in forms):
        return
    c.name = max(forms, key=lambda f: (len(f.split()), len(f), f))


# Apostrophes, quotes, dashes and periods an article may write differently from the knowledge
# base ("’" for "'", "U.S" for "U.S."): the same name, spelled by the article.
_SPELLING = re.compile(r"[’'‘`´.\-‐‑–—\s]+")


def _place_name(form: str, entries: set[KnowledgeEntry]) -> bool:
    """Whether a place's written form is a name the guide would keep: not a demonym ("the
    Israeli firm" names no place), and not a postal abbreviation ("Calif.", which the knowledge
    base's `aliases` write with its period)."""
    abbreviation = any(form.rstrip(".") + "." in e.aliases for e in entries) and any(
        ch.islower() for ch in form)
    return not (abbreviation or any(e.is_demonym(form) for e in entries))


def _legal_form(name: str) -> str:
    last = name.split()[-1] if name.split() else ""
    return re.sub(r"[^a-z]", "", last.lower()) if len(name.split()) > 1 else ""


def _distinct_legal_forms(mentions: list[Mention]) -> set[tuple[str, str]]:
    """Base names written with two different legal forms in one article ("Intellexa S.A."
    and "Intellexa Limited"): those are sister companies, not one entity."""
    forms: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.entry is None and m.name:
            form = _legal_form(m.name)
            if form in LEGAL_SUFFIXES:
                forms.setdefault((m.type, name_key(m.name)), set()).add(form)
    return {k for k, v in forms.items() if len(v) >= 2}


def resolve_references(doc: Document, mentions: list[Mention], clusters: list[Cluster]
                       ) -> list[Mention]:
    """Anaphor and pronoun mentions, each pointing at a cluster (sorted with `mentions`)."""
    by_id = {c.id: c for c in clusters}
    salient: dict[str, int] = {}
    counts = Counter(m.cluster for m in mentions)
    for c in sorted(clusters, key=lambda c: (-counts[c.id], c.id)):
        salient.setdefault(c.type, c.id)
    ordered = sorted(mentions, key=lambda m: m.start)
    force = _one_police_force(ordered, by_id)
    added: list[Mention] = []
    for sent in doc.sentences:
        occupied = [(m.start, m.end) for m in ordered if m.sentence == sent.index]
        # an activity ("predict crimes") is not a name a description can stand beside
        # (a person's apposition may still speak of the firm: "Bob Edmonds, the company's vice
        # president", so a person's name is no end a possessive description stands beside)
        # ("Headquartered in Montreal, the firm": a place is described by no firm's apposition)
        named_ends = [m.end for m in ordered if m.sentence == sent.index
                      and m.source != "activity" and m.type != "Location"]
        people_ends = {m.end for m in ordered if m.sentence == sent.index and m.type == "Person"}
        found: list[Mention] = []
        headline = sent.index == 0
        candidates = list(_ANAPHOR.finditer(sent.text))
        if headline:
            candidates += [m for m in _BARE_HEAD.finditer(sent.text)
                           if not any(c.start("head") == m.start("head") for c in candidates)]
        candidates += _OPENING_HEAD.finditer(sent.text)
        for a in candidates:
            hs, he = sent.start + a.start("head"), sent.start + a.end("head")
            if any(s < he and hs < e for s, e in occupied):
                continue
            rest = doc.text[he:sent.end]
            named = any(s >= he and not doc.text[he:s].strip(" \"“'") for s, _ in occupied)
            if (a.groupdict().get("det") or "").lower() in ("a", "an") and re.match(
                    r"\s*,\s+[A-Z]", rest):
                continue  # "a Barcelona company, Variston IT": the apposition names it
            if _ATTRIBUTIVE.match(rest) and _HEADS.get(
                    a.group("head").lower().replace("’", "'")) == "Product":
                continue  # "the Chinese technology giant Huawei": a modifier, not a reference
            opening = a.re is _OPENING_HEAD
            if named or (re.match(r"\s*(?:[\"“']\s*)?[A-Z]", rest) and not opening) or re.match(
                    r"\s*of\b|\s*for\s+(?:the\s+)?[A-Z]|\s*,?\s+(?:called|named|dubbed|"
                    r"known\s+as)\b", rest):
                continue  # "the company Palantir" names it; "the maker of" describes
            ds = sent.start + (a.start("det") if "det" in a.groupdict() else a.start("head"))
            possessive = rest[:2] in ("'s", "’s")
            if any(e <= ds and doc.text[e:ds].strip() in (",", "—", "–") and not (
                    possessive and e in people_ends) for e in named_ends):
                continue  # "Axon, the company behind ...", "Axon—the police supplier": an
                # apposition describes, not refers
            holder = a.groupdict().get("holder")
            type_ = "Agency" if holder else _HEADS[a.group("head").lower().replace("’", "'")]
            if any(m.sentence == sent.index and m.type == type_ and ds <= m.start
                   and m.end <= hs for m in ordered):
                continue  # "the Locate X location data tool": the phrase names its product
            det = (a.groupdict().get("det") or "").lower()
            if (a.group("head").lower() in _DEMONSTRATIVE_ONLY) != (det in ("these", "those")):
                continue  # "the devices" may be anyone's; "these devices" are the product's
            indefinite = det in ("a", "an") or (not det and not opening)
            pool = [m for m in ordered + added if not _reporting(doc.text, m, sent.index)
                    and not _seller(doc, m, sent.index, hs)
                    and not _RELATIVE_TO.fullmatch(doc.text, m.end, ds)
                    and not (m.sentence == sent.index and _ACTS_ON.fullmatch(doc.text, m.end, ds))]
            if a.group("head").lower() == "data":
                # "has used the data": the kind of data just named ("location data"), if any
                kind = _recent_technology(pool, hs, sent.index, " data")
                if indefinite or kind is None or (a.group("mods") or "").strip():
                    continue
                found.append(Mention(hs, he, doc.text[hs:he], "Technology", sent.index, None,
                                     "anaphor", by_id[kind].name, kind))
                continue
            target = None if indefinite else _antecedent(pool, hs, type_, sent.index, holder)
            if a.group("head").lower() == "chain" and re.search(r"(?i)supply|value|kill|block",
                                                                a.group("mods") or ""):
                continue
            if target is None and a.group("head").lower() == "technology" and not indefinite:
                tech = _recent_technology(pool, hs, sent.index)
                if tech is not None:  # "deployed the technology": the capability just named
                    target, type_ = tech, "Technology"
            head = a.group("head").lower()
            if head in ("city", "council", "police department", "district", "school district",
                        "university"):
                # a body named as such ("the district" is a school or other district, never
                # the Secret Service named before it)
                named_as = {"city": _CITY_GOVERNMENT, "council": _COUNCIL, "district": _DISTRICT,
                            "school district": _DISTRICT,
                            "university": _UNIVERSITY}.get(head, _POLICE)
                govs = [m for m in pool if m.type == type_ and m.start < hs and m.cluster >= 0
                        and any(named_as.search(n) for n in (
                            m.name or m.text, m.entry.name if m.entry else ""))]
                if indefinite or not govs:
                    continue
                target = govs[-1].cluster
            if not indefinite and _PLACED.search(a.groupdict().get("mods") or ""):
                placed = _salient_nearby(pool, hs, type_, sent.index, counts)
                target = target if placed is None else placed
            # "an investment in an Israeli startup" is another firm, not the article's own.
            governed = re.search(r"\b(?:in|into|of|from|with|to|for|by|on|at)\s+$",
                                 doc.text[max(sent.start, ds - 8):ds])
            if target is None and ((indefinite and sent.index <= 2 and not governed)
                                   or headline):
                target = salient.get(type_)
                apposed = doc.text[sent.start:ds].rstrip().endswith(",")
                if indefinite and target is not None and not apposed and any(
                        m.cluster == target and m.sentence == sent.index for m in ordered):
                    target = None  # "An Oakland law firm sued Flock": Flock is named apart
            if target is None:
                continue
            found.append(Mention(hs, he, doc.text[hs:he], type_, sent.index, None, "anaphor",
                                 by_id[target].name, target))
        for p in _PRONOUN.finditer(sent.text):
            ps, pe = sent.start + p.start(), sent.start + p.end()
            if any(s < pe and ps < e for s, e in occupied) or _EXPLETIVE.match(doc.text, pe):
                continue
            if p.group("p").lower() == "it" and doc.text[pe:pe + 2] in ("'s", "’s"):
                continue  # "it's using": "it is", which masked would read as a possessive
            after_from = bool(re.search(r"\bfrom\s+$", doc.text[max(sent.start, ps - 8):ps])
                              and _TRANSFER.search(doc.text[sent.start:ps]))
            pool = ordered + added + found
            verb = doc.text[max(sent.start, ps - 20):ps]
            acted_on = _ACTED_ON.search(verb)
            if p.group("p").lower() == "it" and (acted_on or _OBJECT_VERB.search(verb)):
                # "ICE has used it": the object of a clause is not its own subject.
                pool = [m for m in pool if m.sentence != sent.index]
                target = _previous_target(pool, sent.index, first=bool(acted_on))
            else:
                target = _pronoun_target(pool, ps, sent.index, after_from, doc.text)
            if target is not None:
                found.append(Mention(ps, pe, doc.text[ps:pe], by_id[target].type, sent.index,
                                     None, "pronoun", by_id[target].name, target))
        found.extend(_police_they(doc, sent, ordered + added + found, occupied, by_id))
        if force is not None:
            found.extend(_bare_police(doc, sent, ordered, occupied, by_id, force))
        added.extend(found)
    _described_products(doc, ordered)
    return added


def _police_they(doc: Document, sent: Sentence, pool: list[Mention],
                 occupied: list[tuple[int, int]], by_id: dict[int, Cluster]) -> list[Mention]:
    """ "Toronto police told CBC News they used facial recognition", "Fresno shares data from
    their plate readers": a police force is written in the plural; "they" and "their" refer to
    the force named just before in the sentence, unless a person stands between."""
    out: list[Mention] = []
    for p in _THEY.finditer(sent.text):
        ps, pe = sent.start + p.start(), sent.start + p.end()
        if any(s < pe and ps < e for s, e in occupied):
            continue
        if p.group().lower() == "their":  # only as the owner of a technology or product
            if not any(m.type in ("Technology", "Product") and 0 <= m.start - pe <= 40
                       for m in pool if m.sentence == sent.index):
                continue
        elif not _THEY_USE.match(doc.text, pe):  # "they used", "they have bought"
            continue
        before = sorted((m for m in pool if m.sentence == sent.index and m.end <= ps
                         and m.cluster >= 0), key=lambda m: m.start)
        forces = [m for m in before if m.type == "Agency"
                  and _POLICE.search(by_id[m.cluster].name)]
        last = forces[-1] if forces else None
        if last is None or ps - last.end > 120 or any(
                m.type == "Person" and m.start > last.start for m in before):
            continue
        out.append(Mention(ps, pe, doc.text[ps:pe], "Agency", sent.index, None, "pronoun",
                           by_id[last.cluster].name, last.cluster))
    return out


# ... and "the force" or "the constabulary", as British reports call it.
_BARE_POLICE = re.compile(r"(?:\b(?:[Tt]he)\s+)?\b(?P<head>[Pp]olice|(?<=[Tt]he\s)(?:force|"
                          r"constabulary))\b")
# What may follow "police" when the word is the force acting, not a modifier ("police
# union", "police brutality"): a verb, an auxiliary, the force's staff or a clause's end.
_POLICE_ACTS = re.compile(r"\s*[,.;:)]|\s+(?:[a-z]+ed|officers?|"
                          r"have|had|has|were|are|was|is|can|could|would|will|may|might|also|"
                          r"then|later|now|still|often|first|say|said|says|use|used|using|"
                          r"bought|sought|seized|took|began|got|did|found|ran|run|on|in|at|with|"
                          r"from|to|and|or|who|that|which)\b")


def _one_police_force(ordered: list[Mention], by_id: dict[int, Cluster]) -> int | None:
    """The article's police force, when it names exactly one."""
    forces = {m.cluster for m in ordered if m.type == "Agency" and m.cluster >= 0
              and _POLICE.search(by_id[m.cluster].name)}
    return forces.pop() if len(forces) == 1 else None


def _bare_police(doc: Document, sent: Sentence, ordered: list[Mention],
                 occupied: list[tuple[int, int]], by_id: dict[int, Cluster], force: int
                 ) -> list[Mention]:
    """ "To examine the phone, police used a UFED": "police" alone, acting, is the one police
    force the article has named before (`force`; none when it named two)."""
    first = min(m.start for m in ordered if m.cluster == force)
    out: list[Mention] = []
    for p in _BARE_POLICE.finditer(sent.text):
        hs, he = sent.start + p.start("head"), sent.start + p.end("head")
        if hs < first or any(s < he and hs < e for s, e in occupied):
            continue
        before = doc.text[sent.start:sent.start + p.start()]
        if re.search(r"(?:[A-Z][\w.-]*|['’]s|-)\s*$", before) and before.strip():
            continue  # "Chicago police", "the city's police": named otherwise, or not this
        if not _POLICE_ACTS.match(doc.text, he):
            continue
        out.append(Mention(hs, he, doc.text[hs:he], "Agency", sent.index, None, "anaphor",
                           by_id[force].name, force))
    return out


_PRODUCT_NOUN = re.compile(r"(?i)(?:\s+|-)?(?:system|tool|software|device|service|app|platform|"
                           r"product|camera|sensors?)$")
_PRODUCT_NOUN_AFTER = re.compile(r"(?i)^[\s-]+(?:system|tool|software|device|service|app|"
                                 r"platform|product)\b(?!\s*,?\s*[\"“']?[A-Z])")


def _described_products(doc: Document, ordered: list[Mention]) -> None:
    """"the gunshot detection system" after ShotSpotter was named describes ShotSpotter: the
    technology mention also refers to the product named within the two sentences before."""
    for m in ordered:
        if m.type != "Technology" or m.entry is None:
            continue
        if not re.search(r"\b[Tt]he\s+$", doc.text[max(0, m.start - 5):m.start]):
            continue
        if not (_PRODUCT_NOUN.search(m.text) or _PRODUCT_NOUN_AFTER.match(doc.text[m.end:])):
            continue
        prior = [p for p in ordered if p.type == "Product" and p.start < m.start
                 and m.sentence - p.sentence <= 2 and p.cluster >= 0]
        if prior:
            m.refers = prior[-1].cluster


# "Google banned the company": the one acting in the clause is not the one it acts on.
_ACTS_ON = re.compile(r"\s+(?:(?!(?:that|which|who|and|or|but|said|says|told|announced|added|"
                      r"noted|wrote|claims|claimed|believes|thinks|is|was|has|had|will|would)\b)"
                      r"[a-z]+\s+){1,3}")
_SAYS = re.compile(r"\s+(?:says|said|alleges|alleged|claims|claimed|argues|argued|wrote)\b")


_ATTRIBUTIVE = re.compile(r"[\s-]+(?:giants?|compan(?:y|ies)|firms?|makers?|vendors?|providers?|"
                          r"suppliers?|sector|industry|group|startups?|business(?:es)?)\b")
# "Francisco Partners, which purchased a stake in the company": a relative clause speaks of
# its head, so "the company" inside it is another one.
_RELATIVE_TO = re.compile(r"\s*,\s+(?:which|who|that)\s+[^,;⟦⟧]*")


def _recent_technology(pool: list[Mention], before: int, sentence: int,
                       ending: str = "") -> int | None:
    """The technology named last before `before`, within this and the two sentences before
    (only one whose name ends with `ending`, when given): what "the technology" or "the data"
    points back to."""
    techs = [m for m in pool if m.type == "Technology" and m.start < before and m.cluster >= 0
             and m.source != "activity" and sentence - m.sentence <= 2
             and (m.name or m.text).lower().endswith(ending)]
    return techs[-1].cluster if techs else None


def _seller(doc: Document, m: Mention, sentence: int, at: int) -> bool:
    """"Elbit acquired Cyberbit from Nice Systems ... and the firm has offices": the seller in
    a sale told in the same sentence is not what the description goes on about."""
    if m.sentence != sentence:
        return False
    start = doc.sentences[sentence].start
    return bool(re.search(r"\bfrom\s+(?:the\s+)?$", doc.text[max(start, m.start - 10):m.start])
                and _TRANSFER.search(doc.text[start:m.start]) and m.end < at)


def _reporting(text: str, m: Mention, sentence: int) -> bool:
    """The source of reported speech ("Meta says ... the startup") is not what "the startup" in
    its own sentence refers to; the description points past it."""
    return m.sentence == sentence and bool(_SAYS.match(text, m.end))


def _antecedent(mentions: list[Mention], before: int, type_: str, sentence: int,
                holder: str | None = None) -> int | None:
    if holder:  # "the comptroller's office": the agency its holder's title names, if any
        rx = re.compile(r"(?i)\b" + r"\s+".join(holder.split()) + r"\b")
        titled = [m for m in mentions if m.type == "Agency" and m.start < before
                  and rx.search(m.name or m.text)]
        if titled:
            return titled[-1].cluster
    best = None
    for m in mentions:
        if m.start >= before:
            continue
        near = sentence - m.sentence <= (3 if type_ == "Product" else 8)
        if m.type == type_ and m.cluster >= 0 and near and (best is None or m.start > best.start):
            best = m
    return best.cluster if best else None


# "the Denver company", "the Fremont, California company", "the Paris-based company": a
# description by place is the writer's variation on the article's main entity, not
# necessarily the last one named.
_PLACED = re.compile(r"(?:^|\s)[A-Z][\w-]*|-based\b")


def _salient_nearby(mentions: list[Mention], before: int, type_: str, sentence: int,
                    counts: Counter[int]) -> int | None:
    """The one entity of the type the sentence before names, else the most-mentioned one
    named in this or the two sentences before."""
    near = [m for m in mentions if m.type == type_ and m.cluster >= 0 and m.start < before
            and sentence - m.sentence <= 2]
    if not near:
        return None
    previous = {m.cluster for m in near if m.sentence == sentence - 1}
    if len(previous) == 1:
        return previous.pop()
    best = max(near, key=lambda m: (counts[m.cluster], m.start))
    return best.cluster


# "where it's probably safe", "it is unclear whether": an "it" that stands for no one.
_EXPLETIVE = re.compile(r"(?:['’]s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+(?:(?:not|also|"
                        r"probably|still|now|very|too|so|more|less|clearly|quite|likely)\s+)?"
                        r"(?:safe|unsafe|unclear|clear|possible|impossible|hard|easy|difficult|"
                        r"important|likely|unlikely|true|false|time|illegal|legal|necessary|"
                        r"worth|known|unknown|estimated|expected|believed|reported|said)\b")
_OBJECT_VERB = re.compile(r"(?i)\b(?:used|uses|use|using|deployed|deploys|deploy|tested|tests|"
                          r"bought|buys|buy|purchased|licensed|adopted|installed)\s+$")
# "Today the Commerce Department added it to its Entity List": what a body acts on is what the
# sentence before was about (its first company), not the last firm it happened to name.
_ACTED_ON = re.compile(r"(?i)\b(?:added|adds|placed|blacklisted|sanctioned|banned|fined|sued)\s+$")
_TRANSFER = re.compile(r"(?i)\b(?:bought|buys|acquired|acquires|purchased|purchases|took\s+over|"
                       r"spun|split|separated|divested|licensed|inherited)\b")
_AND_ITS = re.compile(r"['’]?s?\s*,?\s+and\s+")
_ACCORDING = re.compile(r"(?i)\baccording\s+to\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){1,3}?"
                        r"(?:by|from|of)\s+(?:the\s+)?)?$")
# "The Skydio deal isn't Axon's first partnership; ... it launched": a name used as a modifier
# of a noun is not the subject a later "it" continues.
_MODIFIER_USE = re.compile(r"\s+(?:deals?|contracts?|partnerships?|software|system|app|products?|"
                           r"program|cameras?|technology|tools?|platform|case|lawsuits?|reports?|"
                           r"data|devices?|drones?|acquisition|purchase|investments?|executives?|"
                           r"employees?|spokes(?:person|man|woman)|(?:[a-z-]+\s+)?(?:director|"
                           r"engineer|manager|official|officer|veteran|alum(?:nus|na)?|"
                           r"researcher|analyst|lawyer))\b")
_OWN_PRODUCT = re.compile(r"(?i)its\s+(?:[\w-]+\s+)?(?:products?|software|tools?|technology|"
                          r"apps?|platforms?|devices?|spyware|cameras?|drones?)\b")
_CLAUSE_VERB = re.compile(r"(?i)\b(?:says|said|accused|accuses|alleged|alleges|claimed|claims|"
                          r"found|argued|argues|believes?|believed|determined|concluded|"
                          r"charged|charges|contends?|contended|asserts?|asserted)\b|"
                          r"\b(?:believe|found|finds|shows?|showed|suggests?)\s+that\b")


_THAT_IT = re.compile(r"\b(?P<word>[a-z]+)\s+(?:that|which)\s+$")
# words before "that" that open a reported clause but are not among _CLAUSE_VERB's
_NOT_NOUNS = frozenset({"and", "but", "or", "so", "added", "adds", "noted", "notes", "stated",
                        "states", "announced", "announces", "finds"})


def _relative_it(text: str, at: int) -> bool:
    """ "data that it gathered": "it" opens a relative clause on a noun, so it stands for the
    clause's own firm, not for whoever is reported ("said that it would", "and that it")."""
    found = _THAT_IT.search(text, max(0, at - 30), at)
    return found is not None and found.group("word") not in _NOT_NOUNS and not (
        _CLAUSE_VERB.fullmatch(found.group("word")))


def _previous_target(mentions: list[Mention], sentence: int, first: bool = False) -> int | None:
    """The thing used or bought: the last company or product named in the sentence before (the
    first one, for what a body acts on)."""
    prev = sorted((m for m in mentions if m.sentence == sentence - 1 and m.cluster >= 0
                   and m.type in ("Company", "Product")), key=lambda m: m.start)
    return (prev[0] if first else prev[-1]).cluster if prev else None


# "its chief of staff", "its spokesman": a post in the body "its" stands beside
_ITS_POST = re.compile(rf"(?i)its\s+(?:[\w-]+\s+){{0,2}}?(?:{ROLE_WORDS})\b")


def _pronoun_target(mentions: list[Mention], at: int, sentence: int,
                    after_from: bool = False, text: str | None = None) -> int | None:
    same = sorted((m for m in mentions if m.sentence == sentence and m.start < at
                   and m.type in _ORGS and m.cluster >= 0
                   and not (text is not None and _MODIFIER_USE.match(text, m.end)
                            and re.search(r"\b(?:[Tt]he|[Aa]n?|former|ex-)\s*$",
                                          text[max(0, m.start - 8):m.start]))),
                  key=lambda m: m.start)
    if same and text is not None:
        same = [m for m in same if not _ACCORDING.search(text[max(0, m.start - 45):m.start])]
        if _OWN_PRODUCT.match(text, at) and any(m.type == "Company" for m in same):
            same = [m for m in same if m.type == "Company"]  # "its flagship product": a maker's
        # "The Chinese government is one of its key customers": not its own customer
        same = [m for m in same if not _COPULA_ITS.fullmatch(text, m.end, at)]
        last = same[-1] if same else None
        if last is not None and (_AND_ITS.fullmatch(text[last.end:at]) or (
                text[last.end:at].strip() == "," and _ITS_POST.match(text, at))):
            # "Support King and its chief executive"; "sent a proposal to the Las Vegas police,
            # its chief of staff, Mike Gennaro, ...": the body just named
            return last.cluster
        said = [m for m in same if _CLAUSE_VERB.search(text[same[0].end:m.start])]
        if said and (text[at:at + 3].lower() == "its" or _relative_it(text, at)):
            # "FTC says Evolv misled ... its"; "Meta alleged that Voyager Labs' software ran
            # on data that it gathered": the clause's own firm, not the one speaking
            same = said
    if same:
        # "A bought B from its founder": what is sold comes from its own owner.
        return same[-1].cluster if after_from else same[0].cluster
    prev = sorted((m for m in mentions if m.sentence == sentence - 1 and m.type in _ORGS
                   and m.cluster >= 0), key=lambda m: m.start)
    return prev[0].cluster if prev else None
