"""USAspending.gov contract downloads: "Prime Award Summaries - Contracts" and "Subawards -
Contracts". A contract record is the strongest evidence that a company sells to an agency.

Prime awards: the recipient CONTRACTS_WITH the awarding sub-agency (else the agency), with the
amounts (USD), period of performance, award ids, office and description; the recipient is
SUBSIDIARY_OF its parent when the parent is another company. The record key is
`contract_award_unique_key`, so the same award in a later download updates one record.
Subawards: the subawardee CONTRACTS_WITH the agency as a subcontractor under the prime award
(whose recipient CONTRACTS_WITH the agency as prime). UEI and DUNS become identifiers.
Data: US government work, public domain.
"""

from __future__ import annotations

from kg.model import Entity, Extraction
from kg.names import name_key
from kg.record_sources import CsvRecordSource
from kg.records import (
    RecordBuilder,
    Row,
    RowError,
    entity,
    ident,
    money,
    parse_amount,
    parse_date,
)

DATASET = "usaspending"
PRIME_REQUIRED = ("contract_award_unique_key", "recipient_name", "awarding_agency_name")
SUB_REQUIRED = ("prime_award_unique_key", "subawardee_name", "prime_award_awarding_agency_name")


def _company(row: Row, prefix: str, label: str) -> Entity:
    return entity(
        row.get(f"{prefix}name"), "Company",
        identifiers=(
            ident("uei", row.get(f"{prefix}uei")), ident("duns", row.get(f"{prefix}duns"))
        ),
        country=row.get(f"{prefix}country_name"), state=row.get(f"{prefix}state_name"),
        city=row.get(f"{prefix}city_name"),
    ) if row.get(f"{prefix}name") else _missing(label)


def _missing(label: str) -> Entity:
    raise RowError(f"empty {label}")


def _parent(rec: RecordBuilder, row: Row, child: Entity, prefix: str, key: str) -> None:
    """child SUBSIDIARY_OF parent, when the parent is named and is another company."""
    name = row.get(f"{prefix}parent_name")
    if not name or name_key(name) == child.key:
        return
    parent_uei = ident("uei", row.get(f"{prefix}parent_uei"))
    if parent_uei and parent_uei in child.identifiers:
        return
    parent = entity(name, "Company", identifiers=(
        parent_uei, ident("duns", row.get(f"{prefix}parent_duns"))))
    rec.add(child, "SUBSIDIARY_OF", parent,
            f"USAspending {key}: {child.name} reports {parent.name} as its parent company.")


def _agency(row: Row, prefix: str) -> Entity:
    name = row.get(f"{prefix}awarding_sub_agency_name") or row.get(f"{prefix}awarding_agency_name")
    if not name:
        raise RowError(f"empty {prefix}awarding_agency_name")
    return entity(name, "Agency", department=row.get(f"{prefix}awarding_agency_name"))


class UsaspendingPrimeSource(CsvRecordSource):
    """USAspending "Prime Award Summaries - Contracts" CSV (286 columns), by header name."""

    name = "usaspending-prime"
    required = PRIME_REQUIRED

    def record(self, row: Row, name: str, path: str | None) -> Extraction:
        key = row.get("contract_award_unique_key")
        if not key:
            raise RowError("empty contract_award_unique_key")
        obligated = parse_amount(row.get("total_obligated_amount"), "total_obligated_amount")
        potential = parse_amount(
            row.get("potential_total_value_of_award"), "potential_total_value_of_award"
        )
        start = parse_date(row.get("period_of_performance_start_date"),
                           "period_of_performance_start_date", strict=True)
        end = parse_date(row.get("period_of_performance_current_end_date"),
                         "period_of_performance_current_end_date", strict=True)
        signed = parse_date(row.get("award_base_action_date"), "award_base_action_date") or start
        award_id = row.get("award_id_piid")
        office = row.get("awarding_office_name")
        description = row.get("prime_award_base_transaction_description")
        props = {
            "amount": obligated, "potential_amount": potential, "currency": "USD",
            "start_date": start, "end_date": end, "award_id": award_id, "award_key": key,
            "office": office, "description": description, "role": "prime",
        }
        rec = RecordBuilder(
            DATASET, key, f"{name}:{row.line}", fmt=self.name, path=path,
            url=row.get("usaspending_permalink") or None, date=signed,
            title=f"USAspending award {award_id or key}", properties=props,
        )
        company, agency = _company(row, "recipient_", "recipient_name"), _agency(row, "")
        period = f" ({start or '?'} to {end or '?'})" if start or end else ""
        rec.add(
            company, "CONTRACTS_WITH", agency,
            f"USAspending award {award_id or key}: {agency.name} obligated "
            f"{money(obligated)} to {company.name}{period}"
            + (f" for {description[:160]}" if description else "") + ".",
            **{k: v for k, v in props.items() if k != "role"},
            award_ids=[award_id or key], roles=["prime"],
        )
        _parent(rec, row, company, "recipient_", award_id or key)
        return rec.build()


class UsaspendingSubawardSource(CsvRecordSource):
    """USAspending "Subawards - Contracts" CSV (118 columns), by header name."""

    name = "usaspending-subawards"
    required = SUB_REQUIRED

    def record(self, row: Row, name: str, path: str | None) -> Extraction:
        prime_key = row.get("prime_award_unique_key")
        number = row.get("subaward_number")
        report = row.get("subaward_fsrs_report_id")
        if not prime_key:
            raise RowError("empty prime_award_unique_key")
        key = "/".join(p for p in (prime_key, number, report) if p)
        amount = parse_amount(row.get("subaward_amount"), "subaward_amount")
        prime_amount = parse_amount(row.get("prime_award_amount"), "prime_award_amount")
        signed = parse_date(row.get("subaward_action_date"), "subaward_action_date", strict=True)
        prime_id = row.get("prime_award_piid") or prime_key
        description = row.get("subaward_description")
        rec = RecordBuilder(
            DATASET, f"sub:{key}", f"{name}:{row.line}", fmt=self.name, path=path,
            url=row.get("usaspending_permalink") or None, date=signed,
            title=f"USAspending subaward {number or key} under {prime_id}",
            properties={"amount": amount, "currency": "USD", "award_key": prime_key,
                        "award_id": prime_id, "subaward_number": number,
                        "description": description, "role": "subcontractor"},
        )
        agency = _agency(row, "prime_award_")
        prime = _company(row, "prime_awardee_", "prime_awardee_name")
        sub = _company(row, "subawardee_", "subawardee_name")
        office = row.get("prime_award_awarding_office_name")
        rec.add(
            prime, "CONTRACTS_WITH", agency,
            f"USAspending award {prime_id}: {agency.name} awarded {money(prime_amount)} to "
            f"{prime.name} (prime contractor).",
            amount=prime_amount, currency="USD", award_id=prime_id, award_key=prime_key,
            office=office, award_ids=[prime_id], roles=["prime"],
        )
        rec.add(
            sub, "CONTRACTS_WITH", agency,
            f"USAspending subaward {number or key}: {prime.name} subcontracted "
            f"{money(amount)} to {sub.name} under {agency.name} award {prime_id}"
            + (f" for {description[:160]}" if description else "") + ".",
            amount=amount, currency="USD", award_id=prime_id, award_key=prime_key, office=office,
            prime_contractor=prime.name, subaward_number=number,
            start_date=signed, award_ids=[prime_id], roles=["subcontractor"],
        )
        _parent(rec, row, sub, "subawardee_", prime_id)
        _parent(rec, row, prime, "prime_awardee_", prime_id)
        return rec.build()
