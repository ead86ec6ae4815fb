"""The saved-query catalogue: one `.cypher` file per query in `queries/`.

Each file opens with a YAML header in `//` comments (title, description, typed parameters
with defaults, an example); the rest is the Cypher text. Parameters are converted and
validated before a query runs, and declared parameters must match the `$names` in the text,
so a catalogue edit that drifts fails the tests rather than an analyst's query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kg.cypher_text import parameters_used
from kg.errors import QueryError
from kg.knowledge import default_knowledge
from kg.names import name_key
from kg.ontology import default_ontology
from kg.resources import data_dir
from kg.store.base import GraphStore, QueryResult

_VARIANT = re.compile(r"^//\s*variant:\s*([a-z0-9_-]+)\s*$")
# The one macro: every relation type of the ontology, so a path query can follow reported
# relations but not document mentions without repeating the ontology's list.
RELATION_TYPES_MACRO = "{{RELATION_TYPES}}"


def _to_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"true", "yes", "1", "on"}:
        return True
    if lowered in {"false", "no", "0", "off"}:
        return False
    raise ValueError(value)


def _to_date(value: str) -> str:
    return date.fromisoformat(value.strip()).isoformat()


def _to_entity(value: str) -> str:
    """The node key for a name: the knowledge base's canonical key when the name is one of
    its aliases ("ICE"), else the normalised name itself."""
    key = name_key(value)
    if not key:
        raise ValueError(value)
    known = {entry.key for entry in default_knowledge().lookup(value)}
    return known.pop() if len(known) == 1 else key


def _to_relation(value: str) -> str:
    name = value.strip().upper().replace("-", "_").replace(" ", "_")
    if name not in default_ontology().relation_types:
        raise ValueError(value)
    return name


# type name -> (converter from the command-line string, description for messages)
PARAM_TYPES: dict[str, tuple[Any, str]] = {
    "string": (str, "text"),
    "int": (int, "an integer"),
    "float": (float, "a number"),
    "bool": (_to_bool, "true or false"),
    "date": (_to_date, "a date as YYYY-MM-DD"),
    # An entity name, matched on its normalised key (case, punctuation and legal suffixes fold).
    "entity": (_to_entity, "an entity name"),
    "relation": (_to_relation, "a relation type of the ontology (`kg ontology` lists them)"),
}


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    description: str
    default: Any = None
    required: bool = True

    def convert(self, raw: Any) -> Any:
        converter, expected = PARAM_TYPES[self.type]
        if not isinstance(raw, str):
            raw = str(raw)
        try:
            return converter(raw)
        except ValueError:
            raise QueryError(
                f"parameter {self.name!r} expects {expected} ({self.type}), got {raw!r}"
            ) from None


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    example: str
    cypher: str
    path: Path
    variants: tuple[tuple[str, str], ...] = ()

    def text_for(self, store_kind: str) -> str:
        """The Cypher for a store: its own variant where the file has one, else the default."""
        return dict(self.variants).get(store_kind, self.cypher)

    def bind(self, given: dict[str, str]) -> dict[str, Any]:
        """Typed parameter values from `key=value` strings; unknown or missing ones are errors."""
        known = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(
                f"query {self.name!r} has no parameter {unknown[0]!r}; "
                f"its parameters are: {', '.join(known) or 'none'}"
            )
        bound: dict[str, Any] = {}
        for p in self.parameters:
            if p.name in given:
                bound[p.name] = p.convert(given[p.name])
            elif not p.required:
                bound[p.name] = None if p.default is None else p.convert(p.default)
            else:
                raise QueryError(
                    f"query {self.name!r} needs parameter {p.name!r} ({p.type}: {p.description})"
                    f"; pass --param {p.name}=VALUE"
                )
        return bound


def parse_query_file(path: Path) -> SavedQuery:
    """Split the `//` YAML header from the Cypher body and validate both."""
    lines = path.read_text(encoding="utf-8").splitlines()
    header: list[str] = []
    body_start = 0
    for i, line in enumerate(lines):
        if line.startswith("//"):
            header.append(line[3:] if line.startswith("// ") else line[2:])
            body_start = i + 1
        elif line.strip() == "" and not header:
            body_start = i + 1
        else:
            break
    try:
        meta = yaml.safe_load("\n".join(header)) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise QueryError(f"{where}: the header is not valid YAML") from None
    where = str(path)
    if not isinstance(meta, dict) or "title" not in meta or "description" not in meta:
        raise QueryError(f"{where}: the header needs at least 'title' and 'description'")
    params = []
    for pname, spec in (meta.get("params") or {}).items():
        spec = spec or {}
        ptype = spec.get("type", "string")
        if ptype not in PARAM_TYPES:
            raise QueryError(
                f"{where}: parameter {pname!r} has unknown type {ptype!r}; "
                f"expected one of {', '.join(PARAM_TYPES)}"
            )
        params.append(
            Parameter(
                name=pname,
                type=ptype,
                description=str(spec.get("description", "")),
                default=spec.get("default"),
                required="default" not in spec,
            )
        )
    bodies: dict[str, list[str]] = {"": []}
    current = ""
    for line in lines[body_start:]:
        match = _VARIANT.match(line.strip())
        if match:
            current = match.group(1)
            bodies[current] = []
        else:
            bodies[current].append(line)
    relation_types = "|".join(default_ontology().relation_types)
    texts = {
        kind: "\n".join(body).strip().replace(RELATION_TYPES_MACRO, relation_types)
        for kind, body in bodies.items()
    }
    declared = {p.name for p in params}
    for kind, text in texts.items():
        label = f"variant {kind!r}" if kind else "the query"
        if not text:
            raise QueryError(f"{where}: no Cypher in {label}")
        used = parameters_used(text)
        if declared != used:
            raise QueryError(
                f"{where}: declared parameters {sorted(declared)} differ from those used in "
                f"{label} {sorted(used)}"
            )
    cypher = texts.pop("")
    return SavedQuery(
        name=path.stem,
        title=str(meta["title"]),
        description=" ".join(str(meta["description"]).split()),
        parameters=tuple(params),
        example=str(meta.get("example", f"kg query run {path.stem}")),
        cypher=cypher,
        path=path,
        variants=tuple(sorted(texts.items())),
    )


class Catalogue:
    """All saved queries of a folder, by name."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir("queries")
        self.queries = {
            q.name: q for q in (parse_query_file(p) for p in sorted(self.folder.glob("*.cypher")))
        }

    def get(self, name: str) -> SavedQuery:
        try:
            return self.queries[name]
        except KeyError:
            raise QueryError(
                f"no saved query {name!r}; `kg query list` shows: {', '.join(self.queries)}"
            ) from None

    def run(self, store: GraphStore, name: str, given: dict[str, str]) -> QueryResult:
        query = self.get(name)
        return store.read(query.text_for(store.kind), query.bind(given))


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`key=value` strings from the command line into a mapping."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {pair!r} is not of the form key=value")
        out[key.strip()] = value
    return out


def run_adhoc(store: GraphStore, cypher: str, given: dict[str, str]) -> QueryResult:
    """An ad-hoc query: parameters stay strings unless they parse as numbers or booleans."""
    return store.read(cypher, {k: _guess(v) for k, v in given.items()})


def _guess(value: str) -> Any:
    for convert in (int, float):
        try:
            return convert(value)
        except ValueError:
            pass
    if value.lower() in {"true", "false"}:
        return value.lower() == "true"
    return value
