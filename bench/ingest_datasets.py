"""Benchmark: dataset ingest with entity resolution, time and peak memory, at two sizes.

Generates Atlas-shaped (15,000 rows) and USAspending-prime-shaped (100,000 rows) CSV files in
a temporary folder (never committed), reads them through the ingest sources and the resolver
(no store: this measures ingest, not the database), and reports time and peak traced memory as
ratios against a plain `csv.DictReader` pass over the same file in the same run, with the
share of the time spent in the resolver ("resolve s"). Each dataset is run at a half and a full
size: flat memory across the two shows streaming. Times are under tracemalloc, which inflates
every allocation; profile without it (cProfile) to find hot spots.

    .venv/bin/python bench/ingest_datasets.py [--scale 1.0]
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from kg.documents import read_documents
from kg.model import Extraction
from kg.resolve import Resolver

ATLAS = ["AOSNUMBER", "NEWAOSNUMBER (ORI9)", "City", "County", "State", "Agency", "Type of LEA",
         "Summary", "Type of Juris", "Technology", "TECH ABV", "Vendor"] + [
    f"Link {n} {f}".strip() for n in (1, 2, 3) for f in ("", "Snapshot", "Source", "Type", "Date")
] + ["Other Links"]
PRIME = ["contract_award_unique_key", "award_id_piid", "total_obligated_amount",
         "potential_total_value_of_award", "period_of_performance_start_date",
         "period_of_performance_current_end_date", "award_base_action_date",
         "awarding_agency_name", "awarding_sub_agency_name", "awarding_office_name",
         "recipient_uei", "recipient_name", "recipient_parent_uei", "recipient_parent_name",
         "prime_award_base_transaction_description", "usaspending_permalink"]
TECH = ["Body-worn Cameras", "Automated License Plate Readers", "Gunshot Detection",
        "Face Recognition", "Drones", "Cell-site Simulator"]
VENDORS = ["Flock Safety", "Axon", "ShotSpotter", "Clearview AI", "Coban", "Motorola Solutions"]


def write_atlas(path: Path, rows: int, rng: random.Random) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        w = csv.DictWriter(out, ATLAS)
        w.writeheader()
        for i in range(rows):
            city = f"Town{i % 3000}"
            w.writerow({
                "AOSNUMBER": f"AOS{i:07d}", "City": city, "County": f"County{i % 900} County",
                "State": rng.choice(["IL", "CA", "TX", "NY", "GA"]),
                "Agency": f"{city} Police Department", "Type of LEA": "Police",
                "Summary": f"The {city} Police Department uses technology number {i}.",
                "Type of Juris": "Municipal", "Technology": rng.choice(TECH),
                "Vendor": rng.choice([*VENDORS, ""]), "Link 1": f"https://example.org/{i}",
                "Link 1 Source": "Example News", "Link 1 Date": f"{1 + i % 12}/15/2019",
            })


def write_prime(path: Path, rows: int, rng: random.Random) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        w = csv.DictWriter(out, PRIME)
        w.writeheader()
        for i in range(rows):
            firm = i % 5000
            w.writerow({
                "contract_award_unique_key": f"CONT_AWD_{i:09d}_7012", "award_id_piid": f"P{i}",
                "total_obligated_amount": f"{rng.uniform(-1e4, 1e7):.2f}",
                "potential_total_value_of_award": f"{rng.uniform(0, 2e7):.2f}",
                "period_of_performance_start_date": "3/15/03",
                "period_of_performance_current_end_date": "2021-05-31",
                "award_base_action_date": "2003-03-15",
                "awarding_agency_name": "Department of Homeland Security",
                "awarding_sub_agency_name": "U.S. Immigration and Customs Enforcement",
                "awarding_office_name": "DETENTION COMPLIANCE AND REMOVALS",
                "recipient_uei": f"UEI{firm:09d}", "recipient_name": f"VENDOR {firm} LLC",
                "recipient_parent_uei": f"PAR{firm // 10:09d}",
                "recipient_parent_name": f"HOLDING {firm // 10} INC",
                "prime_award_base_transaction_description": "SURVEILLANCE EQUIPMENT",
                "usaspending_permalink": f"https://www.usaspending.gov/award/CONT_AWD_{i}/",
            })


def measure(fn: Callable[[], int]) -> tuple[float, float, int]:
    """Seconds, peak traced MiB and the function's count."""
    tracemalloc.start()
    start = time.perf_counter()
    count = fn()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, count


def baseline(path: Path) -> Callable[[], int]:
    def run() -> int:
        with path.open(newline="", encoding="utf-8") as f:
            return sum(1 for _ in csv.DictReader(f))
    return run


RESOLVE_SECONDS: list[float] = []


def ingest(path: Path) -> Callable[[], int]:
    """Read and resolve; the time spent inside the resolver is kept in RESOLVE_SECONDS."""
    def run() -> int:
        resolver, relations, spent = Resolver.default(), 0, 0.0
        clock = time.perf_counter
        for item in read_documents([path]):
            if isinstance(item, Extraction):
                start = clock()
                relations += len(resolver.resolve_extraction(item).relations)
                spent += clock() - start
        RESOLVE_SECONDS.append(spent)
        return relations
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="Multiply the row counts.")
    args = parser.parse_args()
    rng = random.Random(7)
    print(f"{'file':<22}{'rows':>8}{'base s':>9}{'ingest s':>10}{'resolve s':>11}{'x time':>8}"
          f"{'base MiB':>10}{'ingest MiB':>12}{'x mem':>8}{'relations':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, writer, full in (("atlas", write_atlas, 15_000), ("usaspending", write_prime,
                                                                       100_000)):
            for rows in (int(full * args.scale) // 2, int(full * args.scale)):
                path = Path(tmp) / f"{label}-{rows}.csv"
                writer(path, rows, rng)
                b_s, b_m, _ = measure(baseline(path))
                i_s, i_m, rels = measure(ingest(path))
                print(f"{label + '-' + str(rows):<22}{rows:>8}{b_s:>9.2f}{i_s:>10.2f}"
                      f"{RESOLVE_SECONDS[-1]:>11.2f}"
                      f"{i_s / b_s:>8.1f}{b_m:>10.2f}{i_m:>12.2f}{i_m / max(b_m, 1e-3):>8.1f}"
                      f"{rels:>11}")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"max RSS of this process: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
