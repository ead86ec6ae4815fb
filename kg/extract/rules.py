"""The rule-based extractor ("rules"): offline, deterministic and fast.

Pipeline per document: typed mentions (knowledge base, name shapes, context) -> entities
(one per cluster, keyed by the normalised canonical name) -> anaphora and pronouns -> masked
sentences -> relation patterns -> ontology check -> status (asserted, denied, ended,
hypothetical) -> a few document-level inferences -> one Relation per triple and status.

Confidence starts from the pattern's own reliability and is lowered when an argument was
reached through "the company" or "it", raised when both ends are known to the knowledge base.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from kg.extract import pattern_table as table
from kg.extract.base import register_extractor
from kg.extract.coref import Cluster, cluster_mentions, resolve_references
from kg.extract.doc_rules import (
    agency_places,
    clients_sue,
    contracts_from_purchases,
    contracts_with_salient_agency,
    funding_investors,
    inquiries_behind_penalties,
    passive_fines,
    plural_title_members,
    ranked_members,
    salient_defendant_suits,
    salient_title_leaders,
    scraped_sources,
    title_leaders,
)
from kg.extract.gazetteer import gazetteer
from kg.extract.inference import (
    CARRIED_RELATIONS,
    PART_SENSITIVE,
    carried_objects,
    coordinated_object,
    part_of_object,
    sentence_properties,
)
from kg.extract.masking import Masked, mask, simplified, type_codes
from kg.extract.mentions import Mention, find_mentions
from kg.extract.patterns import Hit, Pattern, compile_pattern, match, status_of
from kg.extract.sets import PendingSet, pending_set, set_members
from kg.extract.windows import window_hits
from kg.knowledge import KnowledgeBase, default_knowledge
from kg.model import Document, Entity, Evidence, Extraction, Relation
from kg.names import name_key
from kg.ontology import Ontology, default_ontology

NAME = "rules"
_BOUGHT = frozenset({"bought"})
# Patterns whose object is meant to stand after "users of" ("the users of X's tools were").
# (what an investigation found of a firm's product is a finding about the firm: "an
# investigation by Citizen Lab found that NSO Group's Pegasus was used")
_READS_PART = frozenset({"users-of-were", "are-users-of", "investigation-by-found-product"})
_SET_REACH = 4  # sentences after a counted set in which its members may be listed


_JUNIOR_BEFORE = re.compile(r"(?i)\b(?:deputy|assistant|vice|under|acting)\s+$")
_USED_ITS = re.compile(r"⟦[A-Za-z](?P<user>\d+)⟧\s+(?:(?:has|have|had|also|now)\s+)?(?:use|uses|"
                       r"used|deployed|deploys|installed|tested|piloted)\s+$")


@dataclass(frozen=True)
class Reading:
    """What the rules read in a document before relating anything: every mention (names,
    anaphora, pronouns) by sentence index, and the entity each mention cluster stands for."""

    by_sentence: dict[int, list[Mention]]
    entities: dict[int, Entity]


class RuleExtractor:
    """Typed entities and ontology relations from patterns over masked sentences."""

    name = NAME

    def __init__(self, knowledge: KnowledgeBase | None = None,
                 ontology: Ontology | None = None) -> None:
        self.ontology = ontology or default_ontology()
        self.kb = knowledge or default_knowledge()
        self.codes = type_codes(self.ontology)
        self.patterns: list[Pattern] = [
            compile_pattern(n, rels, tpl, conf, self.ontology, self.codes)
            for n, rels, tpl, conf in table.PATTERNS
        ]
        self._letter = {v: k for k, v in self.codes.items()}
        # The patterns a sentence's mix of types can match: a pure function of the mix, and
        # the same few mixes recur in every article, so each is worked out once.
        self._by_letters: dict[frozenset[str], list[Pattern]] = {}
        gazetteer(self.kb)  # build the trie now, not inside the first document

    def _applicable(self, letters: frozenset[str]) -> list[Pattern]:
        found = self._by_letters.get(letters)
        if found is None:
            found = self._by_letters[letters] = [p for p in self.patterns if p.applies(letters)]
        return found

    # -- entities -------------------------------------------------------------------------
    def _entities(self, clusters: list[Cluster]) -> dict[int, Entity]:
        out: dict[int, Entity] = {}
        for c in clusters:
            # a people's name finds its place but is none of its names ("Israeli")
            forms = {m.text for m in c.mentions if m.text != c.name and not (
                m.entry is not None and m.entry.is_demonym(m.text))}
            if c.kb:  # the knowledge base's canonical name, where the article wrote another
                forms |= {m.entry.name for m in c.mentions
                          if m.entry is not None and m.entry.name != c.name}
            out[c.id] = Entity(key=c.key, type=c.type, name=c.name,
                               aliases=tuple(sorted(forms)))
        return out

    # -- relations ------------------------------------------------------------------------
    def extract(self, document: Document) -> Extraction:
        return self.read_and_extract(document)[1]

    def read_and_extract(self, document: Document) -> tuple[Reading, Extraction]:
        """The extraction and what it was read from, for extractors that add to the rules'
        findings (they relate the same entities, so the two never disagree on names)."""
        mentions = find_mentions(document, self.kb)
        clusters = cluster_mentions(mentions)
        refs = resolve_references(document, mentions, clusters)
        entities = self._entities(clusters)
        kb_clusters = {c.id for c in clusters if c.kb}
        by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for m in (*mentions, *refs):
            by_sentence[m.sentence].append(m)
        reading = Reading(by_sentence=dict(by_sentence), entities=entities)
        found: dict[tuple[str, str, str, str, str, str], Relation] = {}
        bought: list[Relation] = []
        # Sanction-like actions, for carried lists: sentence, subject, relation, and whether the
        # sentence named a set of firms ("four companies") the next sentences may list.
        recent: list[tuple[int, Entity, str, bool]] = []
        pending: PendingSet | None = None
        lister: Entity | None = None  # the agency that keeps the trade blacklist named
        unlisted: list[Masked] = []  # blacklist sentences that name no agency acting
        for sent in document.sentences:
            masked = mask(sent, by_sentence.get(sent.index, []), self.codes)
            if not masked.slots:
                continue
            letters = masked.letters
            applicable = self._applicable(letters)
            hits = [h for p in applicable for h in match(p, masked)]
            hits += window_hits(masked, self._letter)
            hits += self._coordinated(masked, hits)
            carrier, carried = self._carried(masked, recent, sent.index)
            short = simplified(masked)
            if short is not None:
                seen = {(h.pattern, h.subject, h.object) for h in hits}
                extra = [h for p in applicable for h in match(p, short)
                         if (h.pattern, h.subject, h.object) not in seen]
                for hit in extra:
                    for rel in self._relations(document, short, hit, entities, kb_clusters):
                        if hit.pattern not in _BOUGHT:
                            _keep(found, rel)
            if pending is not None and 0 < sent.index - pending.sentence <= _SET_REACH:
                for rel in self._set_relations(document, masked, pending, entities,
                                               sent.index == pending.sentence + 1):
                    _keep(found, rel)
            pending = pending_set(masked, sent.index, entities) or pending
            listed = [h for h in hits if h.pattern == "entity-list"]
            if listed and lister is None and listed[0].subject is not None:
                lister = entities[masked.slots[listed[0].subject].cluster]
            elif not listed and table.ENTITY_LIST.search(masked.text):
                unlisted.append(masked)
            names_set = _SET_NOUN.search(sent.text) is not None
            for hit in [*hits, *carried]:
                rels = (self._carried_relation(document, masked, hit, carrier, entities)
                        if hit.subject is None else
                        self._relations(document, masked, hit, entities, kb_clusters))
                for rel in rels:
                    if rel.relation in CARRIED_RELATIONS and rel.status == "asserted":
                        recent.append((sent.index, rel.subject, rel.relation, names_set))
                    if hit.pattern in _BOUGHT:  # buying is a contract, not use (see below)
                        if rel.status == "asserted":
                            bought.append(rel)
                        continue
                    _keep(found, rel)
        lister = lister or _neighbour_agency(unlisted, by_sentence, entities)
        if lister is not None:
            for masked in unlisted:
                for rel in self._listed_by(document, masked, lister, entities):
                    _keep(found, rel)
        for rel in title_leaders(document, mentions, entities):
            _keep(found, rel)
        everyone = [*mentions, *refs]
        self._keep_allowed(found, salient_defendant_suits(document, everyone, entities,
                                                          list(found.values())))
        for rel in clients_sue(document, mentions, entities, list(found.values())):
            _keep(found, rel)
        self._keep_allowed(found, passive_fines(document, everyone, entities,
                                                list(found.values())))
        self._keep_allowed(found, inquiries_behind_penalties(document, everyone,
                                                             list(found.values())))
        self._keep_allowed(found, scraped_sources(document, everyone, entities,
                                                  list(found.values())))
        self._keep_allowed(found, funding_investors(document, everyone, entities))
        self._keep_allowed(found, salient_title_leaders(document, everyone, entities))
        self._keep_allowed(found, contracts_with_salient_agency(document, everyone, entities))
        self._keep_allowed(found, ranked_members(document, everyone, entities))
        self._keep_allowed(found, plural_title_members(document, mentions, entities))
        for rel in contracts_from_purchases(self.kb, self.ontology, bought, found):
            _keep(found, rel)
        parties = {k for r in found.values() if r.status == "asserted"
                   for k in (r.subject.key, r.object.key)}
        for rel in agency_places(self.kb, document, mentions, entities, parties):
            _keep(found, rel)
        for rel in _makers_of_kinds(list(found.values())):
            _keep(found, rel)
        self._keep_allowed(found, _offices_acting(list(found.values())))
        relations = sorted(found.values(), key=document_order)
        used = {r.subject.key for r in relations} | {r.object.key for r in relations}
        ents = [e for e in entities.values()] + [
            r.object for r in relations if r.object.type == "Incident"]
        ents = list({(e.type, e.key): e for e in ents}.values())
        ents.sort(key=lambda e: (e.key not in used, e.type, e.key))
        return reading, Extraction(document=document, entities=ents, relations=relations)

    def _keep_allowed(self, found: dict[tuple[str, str, str, str, str, str], Relation],
                      relations: list[Relation]) -> None:
        """Keep the document rules' relations whose types the ontology allows."""
        for rel in relations:
            if self.ontology.allows(rel.subject.type, rel.relation, rel.object.type):
                _keep(found, rel)

    def _relations(self, doc: Document, masked: Masked, hit: Hit, entities: dict[int, Entity],
                   kb_clusters: set[int]) -> list[Relation]:
        """The hit's triples: the first relation the ontology allows (every role relation)."""
        if hit.subject is None:
            return []
        s_m = masked.slots[hit.subject]
        o_m = masked.slots[hit.object] if hit.object is not None else None
        if o_m is not None and o_m.cluster == s_m.cluster and o_m.type == s_m.type:
            return []
        if hit.pattern.startswith(table.ACTIVITY_PREFIX) and (
                o_m is None or o_m.source != "activity"):
            return []  # a technology's name ("Watch Guard body cams") is no activity
        if hit.pattern == "possessive" and s_m.source == "pronoun" and (
                used := _USED_ITS.search(masked.text, max(0, hit.start - 40), hit.start)) and (
                used.group("user") and masked.slots[int(used.group("user"))].cluster
                == s_m.cluster):
            return []  # "Walmart deployed its own cameras": what a user runs, not what it makes
        found: list[Relation | None] = []
        if hit.role:
            # "Deputy Defense Secretary Kathleen Hicks": the title's rank stands before the body
            junior = _JUNIOR_BEFORE.search(masked.text, max(0, hit.start - 12), hit.start)
            for rel in table.role_relations(hit.role, junior=junior is not None):
                found.append(self._relation(doc, masked, hit, (rel,), s_m, o_m, entities,
                                            kb_clusters))
        else:
            found.append(self._relation(doc, masked, hit, hit.relations, s_m, o_m, entities,
                                        kb_clusters))
        out: list[Relation] = []
        for r in found:
            if r is None:
                continue
            out.append(r)
            if r.status == "ended":  # it held until it ended: asserted for the past, too
                out.append(replace(r, status="asserted"))
        out += self._modified_products(masked, hit, out, entities)
        if o_m is not None and o_m.refers >= 0 and hit.object is not None:
            out += self._described_product(o_m, out, entities)
        return out

    def _listed_by(self, doc: Document, masked: Masked, lister: Entity,
                   entities: dict[int, Entity]) -> list[Relation]:
        """"Eight firms were placed on the Entity List": a blacklist sentence that names no
        agency of its own lists firms on the list of the agency named before."""
        out = []
        for m in masked.slots:
            target = entities.get(m.cluster)
            if target is None or m.source == "pronoun" or not self.ontology.allows(
                    lister.type, "BANNED", target.type) or target.type != "Company":
                continue
            out.append(Relation(lister, "BANNED", target, _evidence(doc, masked), 0.55, NAME,
                                status_of(masked.text, "BANNED"),
                                (("patterns", ("listed-by",)),)))
        return out

    def _described_product(self, tech: Mention, found: list[Relation],
                           entities: dict[int, Entity]) -> list[Relation]:
        """Relations to "the <technology> system" hold for the product it describes, too,
        and that product is an instance of the technology."""
        product = entities[tech.refers]
        out = []
        for r in found:
            if r.object.type != "Technology" or not self.ontology.allows(
                    r.subject.type, r.relation, "Product"):
                continue
            conf = round(r.confidence * 0.85, 3)
            out.append(replace(r, object=product, confidence=conf))
            out.append(replace(r, subject=product, relation="IS_A", confidence=conf,
                               properties=(("patterns", ("described-product",)),)))
        return out

    def _set_relations(self, doc: Document, masked: Masked, pending: PendingSet,
                       entities: dict[int, Entity], adjacent: bool) -> list[Relation]:
        """The members of a counted set named in one of the next sentences."""
        out = []
        for member in set_members(masked, entities, adjacent):
            if member == pending.subject:
                continue
            for subj, rel, obj in ((pending.subject, pending.relation, member),
                                   (member, "DEVELOPS", pending.kind)):
                if obj is None or not self.ontology.allows(subj.type, rel, obj.type):
                    continue
                out.append(Relation(subj, rel, obj, _evidence(doc, masked), 0.6, NAME,
                                    properties=(("patterns", ("counted-set",)),)))
        return out

    def _modified_products(self, masked: Masked, hit: Hit, found: list[Relation],
                           entities: dict[int, Entity]) -> list[Relation]:
        """"sells the phone-cracking tool GrayKey", "makes the Pegasus spyware": the seller
        develops the capability the product is described with, in the same sentence."""
        out: list[Relation] = []
        if hit.object is None or not found:
            return out
        tech = self.codes.get("Technology", "T")
        slot = f"⟦{self.codes[masked.slots[hit.object].type]}{hit.object}⟧"
        at = masked.text.find(slot)
        mod = (re.search(rf"⟦{tech.lower()}(\d+)⟧[\s-]*$", masked.text[max(0, at - 20):at])
               or re.match(rf"\s+⟦[{tech}{tech.lower()}](\d+)⟧", masked.text[at + len(slot):]))
        if at < 0 or mod is None:
            return out
        t_m = masked.slots[int(mod.group(1))]
        for r in found:
            if r.relation == "DEVELOPS" and r.object.type == "Product":
                out.append(replace(r, object=entities[t_m.cluster],
                                   confidence=round(r.confidence * 0.9, 3)))
        return out

    def _relation(self, doc: Document, masked: Masked, hit: Hit, relations: tuple[str, ...],
                  s_m: Mention, o_m: Mention | None, entities: dict[int, Entity],
                  kb_clusters: set[int]) -> Relation | None:
        for rel in relations:
            swapped = rel.startswith("~")
            name = rel.lstrip("~")
            subj, obj = (o_m, s_m) if swapped else (s_m, o_m)
            if subj is None:
                continue
            if name == "SUFFERED":
                return self._incident(doc, masked, hit, subj, entities, kb_clusters)
            if obj is None:
                continue
            if not self.ontology.allows(subj.type, name, obj.type):
                continue
            if name in PART_SENSITIVE and hit.pattern not in _READS_PART and self._part_of(
                    masked, obj):
                return None  # "sanctioned the founder of X" acts on the founder
            conf = _confidence(hit.confidence, subj, obj, kb_clusters)
            before = masked.text[max(0, hit.start - 80):hit.start]
            status = status_of(masked.text[hit.start:hit.end], name, before)
            if status == "asserted" and _GOVERNED_DENIAL.search(before):
                status = "denied"  # "is not allowing the district to use it", "except the X"
            props = {"patterns": (hit.pattern,), **sentence_properties(masked.sentence.text, name)}
            return Relation(
                subject=entities[subj.cluster], relation=name, object=entities[obj.cluster],
                evidence=_evidence(doc, masked), confidence=conf, extractor=NAME, status=status,
                properties=tuple(props.items()),
            )
        return None

    def _carried_relation(self, doc: Document, masked: Masked, hit: Hit,
                          subject: Entity | None, entities: dict[int, Entity]) -> list[Relation]:
        if hit.pattern != "carried-list" or hit.object is None or subject is None:
            return []
        o_m = masked.slots[hit.object]
        name = hit.relations[0]
        if not self.ontology.allows(subject.type, name, o_m.type):
            return []
        props = {"patterns": (hit.pattern,), **sentence_properties(masked.sentence.text, name)}
        return [Relation(subject, name, entities[o_m.cluster], _evidence(doc, masked),
                         hit.confidence, NAME, status_of(masked.text, name),
                         tuple(props.items()))]

    def _incident(self, doc: Document, masked: Masked, hit: Hit, subj: Mention,
                  entities: dict[int, Entity], kb_clusters: set[int]) -> Relation | None:
        if not self.ontology.allows(subj.type, "SUFFERED", "Incident"):
            return None
        owner = entities[subj.cluster]
        when = f" ({doc.date[:7]})" if doc.date else ""
        label = f"{owner.name} data breach{when}"
        incident = Entity(key=name_key(label), type="Incident", name=label)
        conf = _confidence(hit.confidence, subj, None, kb_clusters)
        return Relation(subject=owner, relation="SUFFERED", object=incident,
                        evidence=_evidence(doc, masked), confidence=conf, extractor=NAME,
                        status=status_of(masked.text[hit.start:hit.end], "SUFFERED"),
                        properties=(("patterns", (hit.pattern,)),))

    def _part_of(self, masked: Masked, obj: Mention) -> bool:
        idx = masked.slots.index(obj)
        at = masked.text.find(f"⟦{self.codes[obj.type]}{idx}⟧")
        if at < 0:
            at = masked.text.find(f"⟦{self.codes[obj.type].lower()}{idx}⟧")
        if at < 0:
            return False
        return part_of_object(masked.text, at, masked.text.index("⟧", at) + 1)

    def _coordinated(self, masked: Masked, hits: list[Hit]) -> list[Hit]:
        """A second object joined by "and" after a verb's first one ("bought A in 2021 and
        the drone maker B")."""
        out = []
        for h in hits:
            if h.object is None or h.role or h.subject is None:
                continue
            letter = self.codes[masked.slots[h.object].type]
            if not masked.text[:h.end].endswith(f"⟦{letter}{h.object}⟧"):
                continue  # only a verb's last argument can be continued by "and"
            extra = coordinated_object(masked.text, h.end, letter)
            if extra is not None and extra != h.subject:
                out.append(Hit(h.pattern + ":and", h.relations, h.subject, extra, h.start,
                               h.end, round(h.confidence * 0.9, 3)))
        return out

    def _carried(self, masked: Masked, recent: list[tuple[int, Entity, str, bool]],
                 index: int) -> tuple[Entity | None, list[Hit]]:
        """Objects listed by a sentence without a subject of its own, taken by the last
        sanction or ban stated within the two sentences before: that action's subject, and one
        hit (without a subject slot) per object."""
        agency = self.codes.get("Agency", "A")
        if not recent or f"⟦{agency}" in masked.text:
            return None, []
        objs = carried_objects(masked.text, self.codes.get("Company", "C"))
        last = [r for r in recent if index - r[0] <= 2]
        if not objs or not last:
            return None, []
        # The list refers back to the action that named a set of firms, if one did.
        sets = [r for r in last if r[3]]
        _, subject, relation, _ = (sets or last)[-1]
        return subject, [Hit("carried-list", (relation,), None, o, 0, len(masked.text), 0.6, "")
                         for o in objs]


def document_order(r: Relation) -> tuple[int, str, str, str, str]:
    """Relations in the order the document says them (a stable order for output and diffs)."""
    return (r.evidence.start, r.relation, r.subject.key, r.object.key, r.status)


def _neighbour_agency(unlisted: list[Masked], by_sentence: dict[int, list[Mention]],
                      entities: dict[int, Entity]) -> Entity | None:
    """The one agency named next to the blacklist sentences ("..., according to an
    announcement by the Commerce Department")."""
    for u in unlisted:
        near = {m.cluster for i in (u.sentence.index - 1, u.sentence.index + 1)
                for m in by_sentence.get(i, []) if m.type == "Agency" and m.cluster >= 0}
        if len(near) == 1:
            return entities[near.pop()]
    return None


def _confidence(base: float, subj: Mention, obj: Mention | None, kb_clusters: set[int]) -> float:
    conf = base
    for m in (subj, obj):
        if m is None:
            continue
        if m.source == "anaphor":
            conf *= 0.85
        elif m.source == "pronoun":
            conf *= 0.8
        elif m.cluster in kb_clusters:
            conf += 0.04
    return max(0.05, min(0.98, round(conf, 3)))


def _evidence(doc: Document, masked: Masked) -> Evidence:
    return Evidence.of(doc, masked.sentence)


def _by_subject_and_sentence(rels: Iterable[Relation]) -> dict[tuple[str, int], list[Relation]]:
    """Relations by their subject and the sentence that states them, for the rules that join
    two facts of one sentence."""
    index: dict[tuple[str, int], list[Relation]] = defaultdict(list)
    for r in rels:
        index[(r.subject.key, r.evidence.start)].append(r)
    return index


def _makers_of_kinds(found: list[Relation]) -> list[Relation]:
    """"a product known as PC Surveillance System sold by Cyberbit" with "the spyware in
    question": when one sentence says who makes a product and what kind of thing it is, the
    maker develops that kind of thing."""
    kinds = _by_subject_and_sentence(r for r in found
                                     if r.relation == "IS_A" and r.status == "asserted")
    out = []
    for r in found:
        if r.relation != "DEVELOPS" or r.status != "asserted" or r.object.type != "Product":
            continue
        for kind in kinds.get((r.object.key, r.evidence.start), []):
            out.append(replace(r, object=kind.object,
                               confidence=round(min(r.confidence, kind.confidence) * 0.9, 3),
                               properties=(("patterns", ("maker-of-kind",)),)))
    return out


# What an official does in office, the office does ("Texas Attorney General Ken Paxton sued
# Meta": the Texas Attorney General sued Meta).
_OFFICIAL_ACTS = frozenset({"SUED", "BANNED", "FINED", "INVESTIGATED", "SANCTIONED"})


def _offices_acting(found: list[Relation]) -> list[Relation]:
    """The office an official leads, as the actor of a legal step the official took in the
    sentence that names both (led through the title written before the name)."""
    offices = _by_subject_and_sentence(
        r for r in found if r.relation == "LEADS" and r.status == "asserted"
        and r.object.type == "Agency" and "office-title" in dict(r.properties).get("patterns", ()))
    out = []
    for r in found:
        if r.relation not in _OFFICIAL_ACTS or r.subject.type != "Person":
            continue
        for lead in offices.get((r.subject.key, r.evidence.start), []):
            out.append(replace(r, subject=lead.object,
                               confidence=round(min(r.confidence, lead.confidence) * 0.9, 3),
                               properties=(("patterns", ("official-acts",)),)))
    return out


def _keep(found: dict, rel: Relation) -> None:
    key = (rel.subject.type, rel.subject.key, rel.relation, rel.object.type, rel.object.key,
           rel.status)
    if rel.relation == "SUFFERED":
        key = (rel.subject.type, rel.subject.key, rel.relation, "", "", rel.status)
    old = found.get(key)
    if old is None or rel.confidence > old.confidence:
        found[key] = rel


_GOVERNED_DENIAL = re.compile(r"(?i)\b(?:(?:not|never)\s+(?:allowing|allow|allowed|permitting|"
                              r"permit|permitted|letting|let)|except|excluding|apart\s+from|"
                              r"other\s+than)\s+(?:the\s+)?$")
_SET_NOUN = re.compile(r"(?i)\b(?:companies|firms|entities|groups|vendors)\b")

register_extractor(NAME, RuleExtractor)
