"""Surveillance Industry Index (Privacy International / Transparency Toolkit, 2016) JSON:
`transfers.json` (sales of surveillance goods) and `companies.json` (vendor profiles).

A transfer: the supplier CONTRACTS_WITH the named end user (an Agency, LOCATED_IN the
recipient country), with the goods, order year and recipient country on the relation; the
supplier is LOCATED_IN its headquarters country. When no end user is named, no buyer is
invented: the ontology has no "sold to a country" relation and LOCATED_IN would say the
supplier is based there, so the recipient country stays a property of the record (and of the
company's DEVELOPS relations' record), and the sale is still findable through it.

A company profile: the company is LOCATED_IN its headquarters city and office countries; the
people it names (CEO, founder, contacts, or a list of people with roles) LEAD, FOUNDED or
WORK_FOR it. Fields are optional: a profile without people simply has none.

Goods and technologies sold become DEVELOPS Technology only when they are a term of the
ontology's technology vocabulary (directly, or through the SII category table below); the
others ("Lawful interception", "Monitoring Centre") stay on the record as
`technologies_unmapped` rather than becoming Technology nodes outside the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any, BinaryIO

from kg.model import Entity, Extraction
from kg.names import LEGAL_SUFFIXES, fold, normalize
from kg.ontology import default_ontology
from kg.records import RecordBuilder, Row, RowError, entity, failure, json_items
from kg.sources import IngestFailure

DATASET = "sii"
_HEAD_TRANSFER = re.compile(rb'"supplier_company"\s*:')
_HEAD_COMPANY = re.compile(rb'"technology_sold"\s*:|"bibtex_type"\s*:\s*"Company"')
# SII goods / technology categories -> a term of the ontology's technology vocabulary. Terms
# and synonyms of the vocabulary itself match without being listed here.
CATEGORIES = {
    "intrusion": "spyware", "intrusion software": "spyware", "trojan": "spyware",
    "trojans": "spyware", "remote control system": "spyware",
    "location tracking": "location data", "location monitoring": "location data",
    "forensics": "mobile device forensics", "mobile forensics": "mobile device forensics",
    "off the air interception": "cell-site simulator", "imsi catchers": "cell-site simulator",
    "social network monitoring": "social media monitoring",
    "social media analysis": "social media monitoring",
    "video analysis": "video surveillance", "face recognition": "facial recognition",
    "biometric": "biometrics", "uavs": "drone",
}
# Company fields naming people, and the relation each implies.
PERSON_FIELDS = {
    "ceo": "LEADS", "chief_executive": "LEADS", "president": "LEADS", "chairman": "LEADS",
    "chair": "LEADS", "director": "LEADS", "directors": "LEADS", "managing_director": "LEADS",
    "head": "LEADS", "owner": "LEADS", "founder": "FOUNDED", "founders": "FOUNDED",
    "co_founder": "FOUNDED", "cofounder": "FOUNDED", "contact": "WORKS_FOR",
    "contact_person": "WORKS_FOR", "contacts": "WORKS_FOR", "employee": "WORKS_FOR",
    "employees": "WORKS_FOR", "staff": "WORKS_FOR", "spokesperson": "WORKS_FOR",
    "sales_contact": "WORKS_FOR",
}
# Fields holding a list of people with roles ("Jane Doe (CEO)", {"name": .., "role": ..}).
PEOPLE_FIELDS = ("people", "key_people", "management", "executives", "team", "persons")
# Roles that lead the company itself (the annotation guide's LEADS); other roles, including
# other officers ("Chief Technology Officer", "Head of Sales"), are WORKS_FOR.
_LEAD_ROLE = re.compile(
    r"\b(ceo|chief executive|president|chair(?:man|woman|person)?|managing director|"
    r"general manager|owner|md)\b|^\s*(?:executive\s+)?(?:director|head)\s*$", re.IGNORECASE)
_FOUND_ROLE = re.compile(r"\bfound(?:er|ed|ing)\b", re.IGNORECASE)
_ROLE_SUFFIX = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<r1>[^)]*)\)|[-–—:]\s+(?P<r2>.+))$")
_NOT_A_NAME = frozenset({"n a", "na", "none", "unknown", "tbc", "tbd", "null", "not known"})


def _text(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    return "" if value is None else " ".join(str(value).split())


def _texts(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    out = []
    for item in items:
        text = _text(item)
        text = re.sub(r"^and\s+", "", text, flags=re.IGNORECASE)
        if text:
            out.append(text)
    return out


@cache
def _vocabulary() -> dict[str, str]:
    index: dict[str, str] = {}
    for term, synonyms in default_ontology().technology_vocabulary().items():
        for form in (term, *synonyms):
            index.setdefault(normalize(form), term)
    for category, term in CATEGORIES.items():
        index.setdefault(normalize(category), term)
    return index


def technology(goods: str) -> str | None:
    """The vocabulary term for a goods or technology category, or None when none fits."""
    return _vocabulary().get(normalize(goods))


def _goods(v: dict[str, Any]) -> list[str]:
    """The goods of a transfer: the `goods` list, else the long `goods__...` column."""
    goods = _texts(v.get("goods"))
    if goods:
        return goods
    for column, value in v.items():
        if column.startswith("goods__") and value:
            return [g for g in (" ".join(p.split()) for p in str(value).split(",")) if g]
    return []


def _person_names(text: str) -> list[str]:
    """Names in a free-text people field ("A and B", "A; B", "Doe, Jane")."""
    parts = [p.strip() for p in re.split(r";|\s+&\s+|\s+and\s+|\n", text) if p.strip()]
    out: list[str] = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) == 2 and all(len(p.split()) == 1 for p in pieces):
            out.append(f"{pieces[1]} {pieces[0]}")  # "Doe, Jane" -> "Jane Doe"
        elif len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    return out


def _looks_like_person(name: str) -> bool:
    words = fold(name).split()
    if not 2 <= len(words) <= 5 or " ".join(words) in _NOT_A_NAME:
        return False
    if "@" in name or "http" in name.lower() or "www." in name.lower():
        return False
    return not any(ch.isdigit() for ch in name) and not set(words) & LEGAL_SUFFIXES


def _relations_for_role(role: str, default: str) -> list[str]:
    found = []
    if _FOUND_ROLE.search(role):
        found.append("FOUNDED")
    if _LEAD_ROLE.search(role.replace("founder", "")):
        found.append("LEADS")
    return found or [default]


def people(v: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(person, relation, role) for every person a company profile names."""
    out: list[tuple[str, str, str]] = []
    for field_, relation in PERSON_FIELDS.items():
        for text in _texts(v.get(field_)):
            for name in _person_names(text):
                out.append((name, relation, field_.replace("_", " ")))
    for field_ in PEOPLE_FIELDS:
        raw = v.get(field_)
        for item in raw if isinstance(raw, list) else [raw] if raw else []:
            if isinstance(item, dict):
                name = _text(item.get("name") or item.get("full_name") or item.get("person"))
                role = _text(item.get("role") or item.get("title") or item.get("position"))
            else:
                text = _text(item)
                m = _ROLE_SUFFIX.match(text)
                name, role = ((m["name"], m["r1"] or m["r2"] or "") if m else (text, ""))
            for rel in _relations_for_role(role, "WORKS_FOR"):
                out.append((" ".join(name.split()), rel, role))
    seen: set[tuple[str, str]] = set()
    kept = []
    for name, rel, role in out:
        if _looks_like_person(name) and (normalize(name), rel) not in seen:
            seen.add((normalize(name), rel))
            kept.append((name, rel, role))
    return kept


class SiiSource:
    """Surveillance Industry Index transfers and companies (JSON array or JSON Lines)."""

    name = "sii"
    suffixes = (".json", ".jsonl")

    def sniff(self, head: bytes) -> bool:
        start = head.lstrip()[:1]
        return start in (b"[", b"{") and bool(
            _HEAD_TRANSFER.search(head) or _HEAD_COMPANY.search(head)
        )

    def read_records(
        self, stream: BinaryIO, name: str, path: str | None
    ) -> Iterator[Extraction | IngestFailure]:
        where = path or name
        for row in json_items(stream, where):
            if isinstance(row, IngestFailure):
                yield row
                continue
            try:
                if "supplier_company" in row.values:
                    yield self.transfer(row, name, path)
                elif "company_name" in row.values:
                    yield self.company(row, name, path)
                else:
                    raise RowError("neither a transfer (supplier_company) nor a company")
            except RowError as exc:
                yield failure(where, row.line, str(exc))

    @staticmethod
    def _technologies(rec: RecordBuilder, company: Entity, items: list[str], says: str) -> None:
        """DEVELOPS for the items in the vocabulary; the rest kept on the record."""
        unmapped = []
        for item in items:
            term = technology(item)
            if term is None:
                unmapped.append(item)
                continue
            rec.add(company, "DEVELOPS", entity(term, "Technology"), says.format(item=item),
                    sii_category=item)
        if unmapped:
            rec.properties["technologies_unmapped"] = unmapped

    def transfer(self, row: Row, name: str, path: str | None) -> Extraction:
        v = row.values
        supplier = _text(v.get("supplier_company")) or _text(v.get("company_name"))
        country = _text(v.get("recipient_country"))
        if not supplier:
            raise RowError("empty supplier_company")
        year = _text(v.get("order_year"))
        key = _text(v.get("unique_id")) or f"{supplier}_{country}_{year}"
        links = [link for link in _texts(v.get("source_links")) if "http" in link]
        goods = _goods(v)
        enduser = _text(v.get("enduser"))
        rec = RecordBuilder(
            DATASET, key, f"{name}:{row.line}", fmt=self.name, path=path,
            url=links[0] if links else None, date=year or None,
            title=_text(v.get("title")) or f"{supplier} sales to {country}",
            properties={"goods": goods, "recipient_country": country, "enduser": enduser,
                        "complete": _text(v.get("transfer_to_enduser_reported_as_complete")),
                        "export_data_or_open_source": _text(v.get("export_data_or_open_source")),
                        "sources": _text(v.get("sources"))[:500], "link_urls": links},
        )
        company = entity(supplier, "Company")
        rec.mention(company)
        if enduser:
            buyer = entity(enduser, "Agency", country=country)
            rec.add(company, "CONTRACTS_WITH", buyer,
                    f"Surveillance Industry Index {key}: {supplier} sold "
                    f"{', '.join(goods) or 'surveillance goods'} to {enduser}"
                    f" ({', '.join(p for p in (country, year) if p)}).",
                    goods=goods, year=year, recipient_country=country)
            if country:
                rec.add(buyer, "LOCATED_IN", entity(country, "Location"),
                        f"Surveillance Industry Index {key}: {enduser} is in {country}.")
        elif not country:
            raise RowError("neither enduser nor recipient_country")
        hq = _text(v.get("supplier_company_hq"))
        if hq:
            rec.add(company, "LOCATED_IN", entity(hq, "Location"),
                    f"Surveillance Industry Index {key}: {supplier} is headquartered in {hq}.")
        self._technologies(rec, company, goods,
                           f"Surveillance Industry Index {key}: {supplier} sells {{item}}.")
        return rec.build()

    def company(self, row: Row, name: str, path: str | None) -> Extraction:
        v = row.values
        company_name = _text(v.get("company_name"))
        if not company_name:
            raise RowError("empty company_name")
        key = _text(v.get("bibtex_key")) or company_name
        website = _text(v.get("website"))
        named = people(v)
        rec = RecordBuilder(
            DATASET, f"company:{key}", f"{name}:{row.line}", fmt=self.name, path=path,
            url=website or None, date=(_text(v.get("date_added"))[:10] or None),
            title=f"Surveillance Industry Index: {company_name}",
            properties={
                "description": _text(v.get("description")), "website": website,
                "incorporation_date": _text(v.get("incorporation_date")),
                "technology_sold": _texts(v.get("technology_sold")),
                **{f: _text(v.get(f)) for f in ("email", "telephone", "twitter_handle")},
                "people": list(dict.fromkeys(f"{n} ({r})" if r else n for n, _, r in named)),
            },
        )
        company = entity(company_name, "Company", website=website)
        rec.mention(company)
        for city in _texts(v.get("hq_city")):
            rec.add(company, "LOCATED_IN", entity(city, "Location"),
                    f"Surveillance Industry Index: {company_name} is headquartered in {city}.",
                    basis="headquarters")
        for place in _texts(v.get("offices_in")):
            rec.add(company, "LOCATED_IN", entity(place, "Location"),
                    f"Surveillance Industry Index: {company_name} has offices in {place}.",
                    basis="office")
        self._technologies(rec, company, _texts(v.get("technology_sold")),
                           f"Surveillance Industry Index: {company_name} makes {{item}} "
                           "technology.")
        for person, relation, role in named:
            verb = {"LEADS": "leads", "FOUNDED": "founded", "WORKS_FOR": "works for"}[relation]
            rec.add(entity(person, "Person"), relation, company,
                    f"Surveillance Industry Index: {person} {verb} {company_name}"
                    + (f" ({role})." if role else "."), role=role)
        for sale in v.get("company_sales") or []:
            if isinstance(sale, dict) and _text(sale.get("enduser")):
                enduser, country = _text(sale.get("enduser")), _text(sale.get("recipient_country"))
                year = _text(sale.get("order_year"))
                rec.add(company, "CONTRACTS_WITH", entity(enduser, "Agency", country=country),
                        f"Surveillance Industry Index: {company_name} sold "
                        f"{', '.join(_goods(sale)) or 'surveillance goods'} to {enduser}"
                        f" ({', '.join(p for p in (country, year) if p)}).",
                        goods=_goods(sale), year=year, recipient_country=country)
        return rec.build()
