"""Surveillance Industry Index (Privacy International / Transparency Toolkit, 2016) JSON:
`transfers.json` (sales of surveillance goods) and `companies.json` (vendor profiles).

A transfer: the supplier CONTRACTS_WITH the end user (an Agency) or, when no end user is
named, with the recipient country's government ("Government of Algeria"), and DEVELOPS each
kind of goods; the supplier is LOCATED_IN its headquarters country. A company profile: the
company DEVELOPS each technology sold and is LOCATED_IN its headquarters city and office
countries. Goods are mapped to the ontology's technology vocabulary where one fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from kg.model import Extraction
from kg.records import RecordBuilder, Row, RowError, entity, failure, json_items
from kg.sources import IngestFailure

DATASET = "sii"
_HEAD_TRANSFER = re.compile(rb'"supplier_company"\s*:')
_HEAD_COMPANY = re.compile(rb'"technology_sold"\s*:|"bibtex_type"\s*:\s*"Company"')
# SII goods categories that are terms of the ontology's technology vocabulary.
_GOODS = {
    "intrusion": "spyware", "intrusion software": "spyware", "biometrics": "biometrics",
    "location tracking": "location data", "location monitoring": "location data",
    "forensics": "mobile device forensics", "phone monitoring": "cell-site simulator",
    "off-the-air interception": "cell-site simulator", "imsi catcher": "cell-site simulator",
    "video surveillance": "video surveillance",
    "social media monitoring": "social media monitoring",
}


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


def technology(goods: str) -> str:
    """The vocabulary term for a goods category, else the category in lower case."""
    lowered = goods.lower().strip()
    return _GOODS.get(lowered, lowered)


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

    def transfer(self, row: Row, name: str, path: str | None) -> Extraction:
        v = row.values
        supplier, country = _text(v.get("supplier_company")), _text(v.get("recipient_country"))
        if not supplier:
            raise RowError("empty supplier_company")
        year = _text(v.get("order_year"))
        key = _text(v.get("unique_id")) or f"{supplier}_{country}_{year}"
        links = [link for link in _texts(v.get("source_links")) if "http" in link]
        rec = RecordBuilder(
            DATASET, key, f"{name}:{row.line}", fmt=self.name, path=path,
            url=links[0] if links else None, date=year or None,
            title=_text(v.get("title")) or f"{supplier} sales to {country}",
            properties={"goods": _texts(v.get("goods")), "recipient_country": country,
                        "complete": _text(v.get("transfer_to_enduser_reported_as_complete")),
                        "sources": _text(v.get("sources"))[:500], "link_urls": links},
        )
        company = entity(supplier, "Company")
        enduser = _text(v.get("enduser"))
        if enduser:
            buyer = entity(enduser, "Agency", country=country)
        elif country:
            buyer = entity(f"Government of {country}", "Agency", country=country)
        else:
            raise RowError("neither enduser nor recipient_country")
        goods = _texts(v.get("goods"))
        rec.add(company, "CONTRACTS_WITH", buyer,
                f"Surveillance Industry Index {key}: {supplier} sold "
                f"{', '.join(goods) or 'surveillance goods'} to {buyer.name} ({country}, {year}).",
                goods=goods, year=year, recipient_country=country)
        if country:
            rec.add(buyer, "LOCATED_IN", entity(country, "Location"),
                    f"Surveillance Industry Index {key}: {buyer.name} is in {country}.")
        hq = _text(v.get("supplier_company_hq"))
        if hq:
            rec.add(company, "LOCATED_IN", entity(hq, "Location"),
                    f"Surveillance Industry Index {key}: {supplier} is headquartered in {hq}.")
        for good in goods:
            rec.add(company, "DEVELOPS", entity(technology(good), "Technology"),
                    f"Surveillance Industry Index {key}: {supplier} sells {good}.")
        return rec.build()

    def company(self, row: Row, name: str, path: str | None) -> Extraction:
        v = row.values
        company_name = _text(v.get("company_name"))
        if not company_name:
            raise RowError("empty company_name")
        key = _text(v.get("bibtex_key")) or company_name
        website = _text(v.get("website"))
        rec = RecordBuilder(
            DATASET, f"company:{key}", f"{name}:{row.line}", fmt=self.name, path=path,
            url=website or None, date=(_text(v.get("date_added"))[:10] or None),
            title=f"Surveillance Industry Index: {company_name}",
            properties={"description": _text(v.get("description")), "website": website},
        )
        company = entity(company_name, "Company", website=website)
        rec.mention(company)
        for city in _texts(v.get("hq_city")):
            rec.add(company, "LOCATED_IN", entity(city, "Location"),
                    f"Surveillance Industry Index: {company_name} is headquartered in {city}.")
        for place in _texts(v.get("offices_in")):
            rec.add(company, "LOCATED_IN", entity(place, "Location"),
                    f"Surveillance Industry Index: {company_name} has offices in {place}.")
        for good in _texts(v.get("technology_sold")):
            rec.add(company, "DEVELOPS", entity(technology(good), "Technology"),
                    f"Surveillance Industry Index: {company_name} makes {good} technology.")
        return rec.build()
