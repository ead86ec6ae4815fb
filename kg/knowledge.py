"""The domain knowledge base: known vendors, products, agencies, platforms, outlets, places.

The extractor needs to know that "ICE" is an agency, that "Clearview" is Clearview AI and
that Pegasus is a product, because none of that can be read off the shape of a name. That
knowledge is data (``ontology/knowledge/*.yaml``) so that a journalist can extend it without
touching code: point ``KG_KNOWLEDGE`` at extra YAML files or folders and they are merged
over the shipped entries. Every entry is checked against the ontology on load, and errors
name the file and the entry, because a typo in a type would otherwise silently drop
relations.

The knowledge base types and canonicalises names; it never asserts a relation by itself.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import yaml

from kg.errors import OntologyError
from kg.names import name_key, normalize
from kg.ontology import Ontology, default_ontology
from kg.resources import data_dir

ENV_VAR = "KG_KNOWLEDGE"
_FIELDS = frozenset({"name", "type", "aliases", "wikidata", "parent", "products",
                     "technologies", "description", "activities", "kind", "domestic",
                     "demonyms"})
_KINDS = frozenset({"country", "state", "city", "region"})
_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
# The C loader when PyYAML was built with libyaml: the KB is a few hundred entries.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class KnowledgeEntry:
    """One known entity; `source` is the file it came from (for error messages)."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    parent: str | None = None
    products: tuple[str, ...] = ()
    technologies: tuple[str, ...] = ()
    # What doing the technology is written as: verbs and what they act on ("scours social
    # media"), so that a firm described by its activity is tied to the technology.
    activity_verbs: tuple[str, ...] = ()
    activity_objects: tuple[str, ...] = ()
    kind: str | None = None  # of a place: country, state, city or region
    # How a place's people are written ("Israeli", "Swiss"): they find the place in "the Israeli
    # firm", but never name it, and a graph's labels for the place leave them out.
    demonyms: tuple[str, ...] = ()
    # The short names a body goes by in articles about its own country ("the Air Force" in a
    # story about the U.S.), read only where the article names that country.
    country: str | None = None
    domestic_aliases: tuple[str, ...] = ()
    source: str = ""

    @property
    def key(self) -> str:
        return name_key(self.name)

    def names(self) -> tuple[str, ...]:
        """Every form that finds the entry in a text: the canonical name first, then every
        alias, then a place's demonyms."""
        return (self.name, *self.aliases, *self.demonyms)

    def is_demonym(self, form: str) -> bool:
        """Whether `form` writes the place's people ("Chinese"), not the place ("China")."""
        return bool(self.demonyms) and normalize(form) in self._demonym_keys

    @cached_property
    def _demonym_keys(self) -> frozenset[str]:
        # asked of every place mention: normalised once per entry, not once per question
        return frozenset(normalize(d) for d in self.demonyms)


@dataclass
class KnowledgeBase:
    """Entries plus an index from normalised name or alias to every entry that carries it.

    An alias may be ambiguous across types ("ShotSpotter" the product and the old company
    name); lookups keep all candidates and let the caller choose by context.
    """

    entries: list[KnowledgeEntry]
    _index: dict[str, list[KnowledgeEntry]] = field(default_factory=dict, repr=False)
    # the few entries with home-only short names, found once rather than in every document
    domestic: list[KnowledgeEntry] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._index = {}
        self.domestic = [e for e in self.entries if e.domestic_aliases and e.country]
        for entry in self.entries:
            for form in entry.names():
                bucket = self._index.setdefault(normalize(form), [])
                if entry not in bucket:
                    bucket.append(entry)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KnowledgeEntry]:
        return iter(self.entries)

    def lookup(self, name: str) -> list[KnowledgeEntry]:
        """Every entry whose name or alias normalises like `name` (case, punctuation, suffix)."""
        return list(self._index.get(normalize(name), ()))

    def get(self, name: str, type_: str | None = None) -> KnowledgeEntry | None:
        """The first entry for `name` (of `type_` when given), or None."""
        for entry in self._index.get(normalize(name), ()):
            if type_ is None or entry.type == type_:
                return entry
        return None

    def demonym_of(self, word: str) -> KnowledgeEntry | None:
        """The place whose people `word` writes ("Kenyan": Kenya), or None."""
        return next((e for e in self._index.get(normalize(word), ()) if e.is_demonym(word)),
                    None)

    def maker_of(self, product: str) -> list[KnowledgeEntry]:
        """Companies that list `product` among their products."""
        norm = normalize(product)
        return [e for e in self.entries if any(normalize(p) == norm for p in e.products)]


def _as_list(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise OntologyError(f"{where}: {key!r} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _parse_entry(raw: Any, source: str, position: int, ontology: Ontology,
                 vocab: dict[str, str]) -> KnowledgeEntry:
    """One entry, checked against the ontology; `vocab` maps technology forms to terms."""
    label = raw.get("name") if isinstance(raw, dict) else None
    where = f"{source}: entry {position}" + (f" ({label!r})" if label else "")
    if not isinstance(raw, dict):
        raise OntologyError(f"{where}: expected a mapping with name and type")
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise OntologyError(
            f"{where}: unknown field(s) {', '.join(unknown)}; expected {', '.join(sorted(_FIELDS))}"
        )
    name = raw.get("name")
    if not isinstance(name, str) or not normalize(name):
        raise OntologyError(f"{where}: 'name' must be a non-empty string")
    type_ = raw.get("type")
    if type_ not in ontology.entity_types:
        raise OntologyError(
            f"{where}: unknown type {type_!r}; expected one of {', '.join(ontology.entity_types)}"
        )
    wikidata = raw.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and _WIKIDATA.match(wikidata)):
        raise OntologyError(f"{where}: wikidata {wikidata!r} is not an id like Q42")
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        raise OntologyError(f"{where}: 'parent' must be a name")
    technologies = _as_list(raw.get("technologies"), where, "technologies")
    if type_ == "Technology" and name.strip() not in vocab.values():
        raise OntologyError(
            f"{where}: a Technology entry must name a term of the ontology's vocabulary"
        )
    for term in technologies:
        if normalize(term) not in vocab:
            raise OntologyError(
                f"{where}: technology {term!r} is not in the ontology's Technology vocabulary"
            )
    verbs, objects = _activities(raw.get("activities"), where, type_)
    kind = raw.get("kind")
    if kind is not None and (type_ != "Location" or kind not in _KINDS):
        raise OntologyError(f"{where}: 'kind' is one of {', '.join(sorted(_KINDS))}, "
                            "on Location entries only")
    demonyms = _as_list(raw.get("demonyms"), where, "demonyms")
    if demonyms and type_ != "Location":
        raise OntologyError(f"{where}: 'demonyms' belong to Location entries only")
    country, domestic = _domestic(raw.get("domestic"), where)
    return KnowledgeEntry(
        name=name.strip(), type=type_, aliases=_as_list(raw.get("aliases"), where, "aliases"),
        wikidata=wikidata, parent=parent, products=_as_list(raw.get("products"), where, "products"),
        technologies=tuple(vocab[normalize(t)] for t in technologies),
        activity_verbs=verbs, activity_objects=objects, kind=kind, demonyms=demonyms,
        country=country, domestic_aliases=domestic, source=source,
    )


def _domestic(raw: Any, where: str) -> tuple[str | None, tuple[str, ...]]:
    """`domestic: {country: ..., aliases: [...]}`: short names used at home."""
    if raw is None:
        return None, ()
    if not isinstance(raw, dict) or set(raw) != {"country", "aliases"} or not isinstance(
            raw["country"], str):
        raise OntologyError(f"{where}: 'domestic' must be a mapping with a 'country' name and "
                            "'aliases'")
    return raw["country"].strip(), _as_list(raw["aliases"], where, "domestic.aliases")


def _activities(raw: Any, where: str, type_: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`activities: {verbs: [...], objects: [...]}`, both needed, on Technology entries only."""
    if raw is None:
        return (), ()
    if type_ != "Technology":
        raise OntologyError(f"{where}: only a Technology entry has 'activities'")
    if not isinstance(raw, dict) or set(raw) != {"verbs", "objects"}:
        raise OntologyError(f"{where}: 'activities' must be a mapping with 'verbs' and 'objects'")
    verbs = _as_list(raw["verbs"], where, "activities.verbs")
    if not all(re.fullmatch(r"[a-z]+", v) for v in verbs):
        raise OntologyError(f"{where}: activity verbs must be single lower-case words")
    return verbs, _as_list(raw["objects"], where, "activities.objects")


def _vocabulary_index(ontology: Ontology) -> dict[str, str]:
    """Normalised technology term or synonym -> canonical term."""
    index: dict[str, str] = {}
    for term, synonyms in ontology.technology_vocabulary().items():
        for form in (term, *synonyms):
            index.setdefault(normalize(form), term)
    return index


def _read_file(path: Path, ontology: Ontology) -> list[KnowledgeEntry]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except OSError as exc:
        raise OntologyError(f"{path}: cannot read knowledge file: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise OntologyError(f"{path}{line}: invalid YAML: {exc}") from None
    if raw is None:
        return []
    items = raw.get("entities") if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise OntologyError(f"{path}: expected a list of entries (or a mapping with 'entities')")
    vocab = _vocabulary_index(ontology)  # once per file, not once per entry
    return [_parse_entry(item, str(path), i, ontology, vocab) for i, item in enumerate(items, 1)]


def knowledge_files(paths: Iterable[Path]) -> list[Path]:
    """The YAML files that `paths` name (a folder stands for its .yaml files); an entry's
    `source` is its file's path as a string."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        elif path.exists():
            out.append(path)
        else:
            raise OntologyError(f"{path}: knowledge file or folder does not exist")
    return out


def _merge(base: dict[tuple[str, str], KnowledgeEntry], entry: KnowledgeEntry,
           user: bool) -> None:
    slot = (entry.type, entry.key)
    old = base.get(slot)
    if old is None:
        base[slot] = entry
        return
    if not user and old.source != "ontology":
        raise OntologyError(
            f"{entry.source}: entry {entry.name!r} ({entry.type}) duplicates one in {old.source}"
        )
    # A user file refines a shipped entry: its fields win, aliases and lists accumulate.
    base[slot] = replace(
        old,
        aliases=tuple(dict.fromkeys((*old.aliases, *entry.aliases))),
        wikidata=entry.wikidata or old.wikidata,
        parent=entry.parent or old.parent,
        products=tuple(dict.fromkeys((*old.products, *entry.products))),
        technologies=tuple(dict.fromkeys((*old.technologies, *entry.technologies))),
        activity_verbs=tuple(dict.fromkeys((*old.activity_verbs, *entry.activity_verbs))),
        activity_objects=tuple(dict.fromkeys((*old.activity_objects, *entry.activity_objects))),
        kind=entry.kind or old.kind,
        demonyms=tuple(dict.fromkeys((*old.demonyms, *entry.demonyms))),
        country=entry.country or old.country,
        domestic_aliases=tuple(dict.fromkeys((*old.domestic_aliases, *entry.domestic_aliases))),
        source=entry.source,
    )


def _check_references(entries: list[KnowledgeEntry]) -> None:
    by_name: dict[str, list[KnowledgeEntry]] = {}
    for e in entries:
        for form in e.names():
            by_name.setdefault(normalize(form), []).append(e)
    for e in entries:
        if e.parent and not by_name.get(normalize(e.parent)):
            raise OntologyError(f"{e.source}: entry {e.name!r}: parent {e.parent!r} is not known")
        if e.country and not any(c.type == "Location" and c.kind == "country"
                                 for c in by_name.get(normalize(e.country), [])):
            raise OntologyError(
                f"{e.source}: entry {e.name!r}: country {e.country!r} has no country entry")
        for product in e.products:
            if not any(c.type == "Product" for c in by_name.get(normalize(product), [])):
                raise OntologyError(
                    f"{e.source}: entry {e.name!r}: product {product!r} has no Product entry"
                )


def _technology_entries(ontology: Ontology) -> list[KnowledgeEntry]:
    return [KnowledgeEntry(name=term, type="Technology", aliases=tuple(syns), source="ontology")
            for term, syns in ontology.technology_vocabulary().items()]


def user_paths() -> list[Path]:
    """The extra knowledge files named by KG_KNOWLEDGE (os.pathsep-separated)."""
    raw = os.environ.get(ENV_VAR, "")
    return [Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip()]


def load_knowledge(extra: Iterable[Path] = (), *, shipped: bool = True,
                   ontology: Ontology | None = None) -> KnowledgeBase:
    """Load the shipped knowledge (unless `shipped` is False) and merge `extra` files over it."""
    ontology = ontology or default_ontology()
    merged: dict[tuple[str, str], KnowledgeEntry] = {}
    for entry in _technology_entries(ontology):
        merged[(entry.type, entry.key)] = entry
    if shipped:
        for path in knowledge_files([data_dir("ontology") / "knowledge"]):
            for entry in _read_file(path, ontology):
                _merge(merged, entry, user=False)
    for path in knowledge_files(extra):
        for entry in _read_file(path, ontology):
            _merge(merged, entry, user=True)
    entries = list(merged.values())
    _check_references(entries)
    return KnowledgeBase(entries)


@cache
def _cached(extra: tuple[Path, ...]) -> KnowledgeBase:
    return load_knowledge(extra)


def default_knowledge() -> KnowledgeBase:
    """The shipped knowledge plus KG_KNOWLEDGE files, loaded once per process (per setting)."""
    return _cached(tuple(user_paths()))
