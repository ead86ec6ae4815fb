"""The resolver: every entity to the key of its cluster, before anything is written.

Resolution happens at load time, name by name, so it streams with the input and needs no pass
over the whole graph: a name's cluster key is decided by (in order) a person's decisions, the
knowledge base (names, aliases, acronyms, with the variants of `normalize.variants`), a shared
identifier seen earlier in the build (UEI, DUNS, Wikidata, FtM id), the core name without
descriptors when it is distinctive, and a near-exact fuzzy match against the knowledge base
(typos). The entity keeps every name it came with as an alias and every identifier, so a merge
loses nothing, and type is part of identity: an agency and a company never share a cluster.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from kg.knowledge import KnowledgeBase, KnowledgeEntry, default_knowledge
from kg.model import Entity, Extraction, Relation
from kg.names import name_key, normalize
from kg.resolve.decisions import Decision, decisions_path, latest, read_decisions
from kg.resolve.normalize import core, distinctive, saint, variants

# Decisions shipped with the code: distinct organisations the rules would join by name
# ("WatchGuard Technologies" is not "WatchGuard Video"), each with its reason.
CURATED = Path(__file__).with_name("curated.jsonl")
FUZZY_KB = 94.0  # WRatio at or above which a name is taken to be a knowledge-base entry
_FUZZY_MIN_LEN = 8


@dataclass(frozen=True)
class Resolution:
    """Where a name resolves and why (shown by `kg resolve --explain` and in tests)."""

    key: str
    name: str
    aliases: tuple[str, ...]
    reason: str


class Resolver:
    """Maps entities to cluster keys with the knowledge base, identifiers and decisions."""

    def __init__(self, kb: KnowledgeBase, decisions: list[Decision] | None = None,
                 curated: bool = True) -> None:
        self.kb = kb
        # Shipped decisions (CURATED) come first, so a person's own decision overrides them.
        self.decisions = [*(read_decisions(CURATED) if curated else []), *(decisions or [])]
        self._final = latest(self.decisions)
        self._rules: dict[tuple[str, str, str], Resolution] = {}
        self._ids: dict[tuple[str, str], str] = {}
        self._typed: dict[str, tuple[dict[str, str], set[str]]] = {}
        self._kb_names: dict[str, dict[str, str]] = {}
        # A firm's core name ("dell" of "Dell Technologies") finds it when no other known firm
        # shares that core, so that "Dell Federal Systems L.P" and the parent meet.
        cores: dict[tuple[str, str], list[KnowledgeEntry]] = {}
        for entry in kb:
            names = self._kb_names.setdefault(entry.type, {})
            for form in entry.names():
                names.setdefault(normalize(form), entry.key)
            if entry.type in ("Company", "Organization") and distinctive(trunk := core(entry.name)):
                cores.setdefault((entry.type, trunk), []).append(entry)
        self._kb_cores = {k: v[0] for k, v in cores.items() if len(v) == 1}
        # The fuzzy match's choices, blocked by type and built once (not per name).
        self._kb_choices: dict[str, list[str]] = {
            t: list(names) for t, names in self._kb_names.items()
        }
        self._by_length: dict[tuple[str, int], list[str]] = {}
        # (type, name, key, identifiers, aliases) -> (cluster key, name, aliases): an entity
        # named like one already seen costs one dict lookup, whatever its other properties.
        self._cache: dict[tuple, tuple[str, str, tuple[str, ...]]] = {}

    @classmethod
    def default(cls, decisions: str | Path | None = None) -> Resolver:
        """The shipped knowledge (plus KG_KNOWLEDGE) and the decisions file."""
        return cls(default_knowledge(), read_decisions(decisions_path(decisions)))

    # -- rules -------------------------------------------------------------------------------

    def rule(self, name: str, type_: str, given_key: str | None = None) -> Resolution:
        """The cluster a name falls in by rule alone (no decisions, no identifiers)."""
        slot = (type_, name, given_key or "")
        found = self._rules.get(slot)
        if found is None:
            found = self._rule(name, type_, given_key or name_key(name))
            if len(self._rules) < 1_000_000:
                self._rules[slot] = found
        return found

    def _rule(self, name: str, type_: str, given_key: str) -> Resolution:
        for form in variants(name, type_):
            entry = self.kb.get(form, type_)
            if entry is not None:
                how = "knowledge base" if form == name else f"knowledge base via {form!r}"
                return Resolution(entry.key, entry.name, entry.aliases, f"{how} ({entry.name})")
        if type_ in ("Company", "Organization"):
            trunk = core(name)
            if trunk and trunk != normalize(name):
                entry = self.kb.get(trunk, type_) or self._kb_cores.get((type_, trunk))
                if entry is not None:
                    return Resolution(
                        entry.key, entry.name, entry.aliases,
                        f"core name {trunk!r} is in the knowledge base ({entry.name})",
                    )
                if distinctive(trunk):
                    return Resolution(name_key(trunk), name, (), f"core name {trunk!r}")
        norm = normalize(name)
        choices = self._choices(type_, len(norm)) if len(norm) >= _FUZZY_MIN_LEN else None
        if choices:
            best = process.extractOne(norm, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_KB)
            if best is not None:
                entry_key = self._kb_names[type_][best[0]]
                return Resolution(
                    entry_key, name, (), f"near-identical to known {best[0]!r} ({best[1]:.0f})"
                )
        expanded = saint(norm)
        if expanded != norm:
            return Resolution(name_key(expanded), name, (), "'St' read as 'Saint'")
        return Resolution(given_key, name, (), "as given")

    def _choices(self, type_: str, length: int) -> list[str]:
        """The knowledge-base names of a type that can reach FUZZY_KB against a name of this
        length, in knowledge-base order (so ties break as over the whole list).

        `fuzz.ratio` is at most 200 * min(a, b) / (a + b) for lengths a and b, so names much
        longer or shorter cannot match; the list per (type, length) is built once.
        """
        slot = (type_, length)
        found = self._by_length.get(slot)
        if found is None:
            found = [
                c for c in self._kb_choices.get(type_, ())
                if 200 * min(len(c), length) / (len(c) + length) >= FUZZY_KB
            ]
            self._by_length[slot] = found
        return found

    # -- decisions ---------------------------------------------------------------------------

    def _for_type(self, type_: str) -> tuple[dict[str, str], set[str]]:
        """Union-find parents of merged keys and the pinned (split-off) keys, for one type."""
        cached = self._typed.get(type_)
        if cached is not None:
            return cached
        parent: dict[str, str] = {}
        pinned: set[str] = set()

        def find(k: str) -> str:
            while parent.get(k, k) != k:
                k = parent[k]
            return k

        for d in self._final.values():
            if d.type not in (None, type_):
                continue
            a, b = self.rule(d.a, type_).key, self.rule(d.b, type_).key
            if d.same:
                root = find(b)
                for k in (a, d.a_key):
                    if find(k) != root:
                        parent[find(k)] = root
            elif a == b:
                # The rules put both names in one cluster: the split pins the name(s) the rules
                # moved to keep their own key.
                pinned.update(k for k in (d.a_key, d.b_key) if k != a)
        flat = {k: find(k) for k in parent}
        self._typed[type_] = (flat, pinned)
        return flat, pinned

    def blocked(self, type_: str, a: str, b: str) -> bool:
        """Whether a person said these keys are different entities."""
        for t in (type_, None):
            d = self._final.get((t, frozenset((a, b))))
            if d is not None and not d.same:
                return True
        return False

    # -- resolving ---------------------------------------------------------------------------

    def resolve_name(self, name: str, type_: str, given_key: str | None = None,
                     identifiers: tuple[str, ...] = ()) -> Resolution:
        """The cluster key of a name, with the reason, applying decisions and identifiers."""
        raw = given_key or name_key(name)
        merged, pinned = self._for_type(type_)
        if raw in pinned or name_key(name) in pinned:
            return Resolution(raw, name, (), "kept apart by a decision")
        found = self.rule(name, type_, raw)
        if not found.reason.startswith("knowledge base"):
            for ident in identifiers:
                known = self._ids.get((type_, ident))
                if known and known != found.key and not self.blocked(type_, raw, known):
                    found = Resolution(known, name, (), f"shares identifier {ident}")
                    break
        key = merged.get(found.key, merged.get(raw, found.key))
        if key != found.key:
            found = Resolution(key, found.name, found.aliases, f"merged by decision into {key}")
        for ident in identifiers:
            self._ids.setdefault((type_, ident), found.key)
        return found

    def resolve(self, entity: Entity) -> Entity:
        """The entity under its cluster key, keeping its names and identifiers."""
        slot = (entity.type, entity.name, entity.key, entity.identifiers, entity.aliases)
        hit = self._cache.get(slot)
        if hit is None:
            found = self.resolve_name(entity.name, entity.type, entity.key, entity.identifiers)
            aliases = tuple(dict.fromkeys((*found.aliases, *entity.aliases, entity.name)))
            hit = (found.key, found.name, tuple(a for a in aliases if a != found.name))
            if len(self._cache) < 200_000:
                self._cache[slot] = hit
        key, name, aliases = hit
        if key == entity.key and name == entity.name and aliases == entity.aliases:
            return entity  # resolved as given: no new object
        return Entity(key, entity.type, name, aliases, entity.identifiers, entity.properties)

    def resolve_extraction(self, x: Extraction) -> Extraction:
        """The extraction with every entity (and relation end) under its cluster key.

        A relation whose two ends fall in one cluster ("Palantir USG" SUBSIDIARY_OF "Palantir
        Technologies") says nothing about two entities any more and is dropped.
        """
        relations = []
        resolve = self.resolve
        for r in x.relations:
            s, o = resolve(r.subject), resolve(r.object)
            if s.key == o.key and s.type == o.type:
                continue
            if s is r.subject and o is r.object:
                relations.append(r)
            else:
                relations.append(Relation(s, r.relation, o, r.evidence, r.confidence,
                                          r.extractor, r.status, r.properties))
        return Extraction(x.document, [resolve(e) for e in x.entities], relations)

    def same(self, a: str, b: str, type_: str) -> bool:
        """Whether two names of one type resolve to one cluster (for evaluation)."""
        return self.resolve_name(a, type_).key == self.resolve_name(b, type_).key
