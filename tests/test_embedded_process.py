"""The embedded store's server process, for real: crashes, exits and a second process.

Each test runs the store in a child Python process, then looks at the machine: which
redis-server processes exist (their command line names the data folder) and what a reopened
store holds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil
import pytest

from kg.errors import StoreError
from kg.model import Extraction
from kg.store.embedded_server import LOCK_WAIT
from kg.store.embedded_store import EmbeddedStore
from tests.conftest import make_extraction

ROOT = Path(__file__).resolve().parent.parent
BATCHES, BATCH_SIZE = 24, 25
COMPANIES = ["Clearview AI", "Palantir", "NSO Group", "Flock Safety", "Voyager Labs"]
PLATFORMS = ["Facebook", "Instagram", "YouTube", "Venmo"]
AGENCIES = ["ICE", "FBI", "Chicago Police Department"]


def extractions() -> list[Extraction]:
    """Deterministic documents whose relations repeat across documents (so merges matter)."""
    out = []
    for i in range(BATCHES * BATCH_SIZE):
        company = COMPANIES[i % len(COMPANIES)]
        out.append(make_extraction(
            f"Report {i}: {company} scraped {PLATFORMS[i % 4]} and sold to {AGENCIES[i % 3]}.",
            f"report-{i}.txt",
            [(company, "Company", "SCRAPED", PLATFORMS[i % 4], "Platform"),
             (company, "Company", "CONTRACTS_WITH", AGENCIES[i % 3], "Agency")],
            date=f"2020-01-{1 + i % 28:02d}",
        ))  # fmt: skip
    return out


def batches() -> list[list[Extraction]]:
    xs = extractions()
    return [xs[i : i + BATCH_SIZE] for i in range(0, len(xs), BATCH_SIZE)]


# The child: open the store, load every batch (printing after each committed write), then exit
# the way argv[2] says.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from kg.load import Loader
    from kg.store.embedded_store import EmbeddedStore
    from tests.test_embedded_process import batches

    folder, ending = Path(sys.argv[1]), sys.argv[2]
    store = EmbeddedStore(folder)
    print("server", store.server.process.pid, flush=True)
    loader = Loader(store)
    for i, batch in enumerate(batches()):
        loader.load(batch)
        print("committed", i, flush=True)
    if ending == "close":
        store.close()
    elif ending == "hang":
        time.sleep(600)
    # ending == "exit": leave it to the interpreter's exit
""")


def start_child(folder: Path, ending: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), ending],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def servers_for(folder: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        try:
            cmdline = proc.info["cmdline"] or []
            named = "redis-server" in (proc.info["name"] or "") + " ".join(cmdline[:1])
            if (
                named
                and any(str(folder) in arg for arg in cmdline)
                and proc.status() != psutil.STATUS_ZOMBIE
            ):
                found.append(proc)
        except psutil.Error:
            continue
    return found


def wait_no_server(folder: Path, timeout: float = 10.0) -> list[psutil.Process]:
    deadline = time.monotonic() + timeout
    while (left := servers_for(folder)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def counts(store: EmbeddedStore) -> dict[str, int]:
    def one(cypher: str) -> int:
        return store.read(cypher).rows[0]["n"]

    return {
        "documents": one("MATCH (d:Document) RETURN count(d) AS n"),
        "entities": one("MATCH (e:Entity) RETURN count(e) AS n"),
        "relations": one("MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n"),
        "mentions": one("MATCH (:Document)-[m:MENTIONS]->() RETURN count(m) AS n"),
        "evidence": one("MATCH ()-[r]->() RETURN sum(size(coalesce(r.evidence, []))) AS n"),
    }


@pytest.fixture(scope="module")
def clean_counts(tmp_path_factory) -> dict[str, int]:
    """What a load of every batch, uninterrupted, leaves in the graph."""
    from kg.load import Loader

    store = EmbeddedStore(tmp_path_factory.mktemp("clean") / "store")
    try:
        loader = Loader(store)
        for batch in batches():
            loader.load(batch)
        return counts(store)
    finally:
        store.close()


@pytest.mark.parametrize("victims", ["python", "python+server"])
def test_sigkill_mid_load_keeps_committed_batches_and_leaves_no_server(
    tmp_path, clean_counts, victims
):
    folder = tmp_path / "store"
    child = start_child(folder, "hang")
    assert child.stdout is not None
    server_pid = int(child.stdout.readline().split()[1])
    committed = 0
    while committed < 4:  # let a few batches commit; the kill lands during a later one
        line = child.stdout.readline()
        assert line.startswith("committed"), line + child.stderr.read()
        committed += 1
    if victims == "python+server":  # a crash of the whole machine, as far as the files go
        os.kill(server_pid, signal.SIGKILL)
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    committed += sum(1 for line in child.stdout.read().splitlines() if line.startswith("commit"))
    child.stdout.close()
    child.stderr.close()

    assert wait_no_server(folder) == [], "a redis-server outlived its SIGKILLed parent"

    store = EmbeddedStore(folder)  # replays the append-only file
    try:
        documents = counts(store)["documents"]
        # Every printed batch is there, and only whole batches (one more may have committed
        # between the server's reply and the child's print).
        assert committed * BATCH_SIZE <= documents <= (committed + 1) * BATCH_SIZE
        assert documents % BATCH_SIZE == 0
        assert documents < BATCHES * BATCH_SIZE, "the kill came too late to test anything"
        from kg.load import Loader

        loader = Loader(store)
        for batch in batches():
            loader.load(batch)
        assert counts(store) == clean_counts  # resuming adds no duplicates
    finally:
        store.close()
    assert servers_for(folder) == []


@pytest.mark.parametrize("ending", ["close", "exit"])
def test_a_normal_exit_leaves_no_server(tmp_path, clean_counts, ending):
    folder = tmp_path / "store"
    child = start_child(folder, ending)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err
    assert out.count("committed") == BATCHES
    assert servers_for(folder) == []  # gone by the time the interpreter has exited
    with EmbeddedStore(folder) as store:
        assert counts(store) == clean_counts


def test_a_second_process_is_refused_while_the_first_holds_the_folder(tmp_path):
    folder = tmp_path / "store"
    probe = (
        "import sys; from pathlib import Path\n"
        "import time\n"
        "from kg.errors import StoreError\n"
        "from kg.store.embedded_store import EmbeddedStore\n"
        "started = time.monotonic()\n"
        "try:\n"
        "    EmbeddedStore(Path(sys.argv[1])).close()\n"
        "except StoreError as exc:\n"
        "    print(exc); print(f'waited {time.monotonic() - started:.3f}'); sys.exit(3)\n"
        "print('opened')\n"
    )
    with EmbeddedStore(folder) as store:
        store.write([("CREATE (:Document {id: 'kept'})", {})])
        second = subprocess.run(
            [sys.executable, "-c", probe, str(folder)], cwd=ROOT, capture_output=True,
            text=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 3, second.stdout + second.stderr
        assert f"the embedded store at {folder} is in use by pid {os.getpid()}" in second.stdout
        # A live holder is reported at once, not after the wait kept for a dying one (timed
        # inside the child, so that interpreter start-up on a busy machine does not count).
        waited = float(second.stdout.rsplit("waited ", 1)[1])
        assert waited < LOCK_WAIT / 2, waited
        assert len(servers_for(folder)) == 1
        assert store.read("MATCH (d:Document) RETURN d.id AS id").rows == [{"id": "kept"}]
        with pytest.raises(StoreError, match="in use by pid"):
            EmbeddedStore(folder)  # the same process, twice: refused too
    # Once the first one has closed, the folder is free again.
    again = subprocess.run(
        [sys.executable, "-c", probe, str(folder)], cwd=ROOT, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert again.returncode == 0 and "opened" in again.stdout, again.stdout + again.stderr


def test_a_store_opened_in_a_worker_thread_outlives_that_thread(tmp_path):
    """The death signal follows the spawning thread, so workers must not spawn the server."""
    opened: list[EmbeddedStore] = []
    worker = threading.Thread(target=lambda: opened.append(EmbeddedStore(tmp_path / "store")))
    worker.start()
    worker.join()
    store = opened[0]
    try:
        time.sleep(0.3)
        assert store.server.alive()
        assert store.read("RETURN 1 AS one").rows == [{"one": 1}]
    finally:
        store.close()
    assert servers_for(tmp_path / "store") == []


def test_a_batch_whose_last_statement_fails_leaves_nothing(tmp_path):
    """write() chains a batch into one query, which FalkorDB rolls back as a whole."""
    with EmbeddedStore(tmp_path / "store") as store:
        with pytest.raises(StoreError, match="refused a write"):
            store.write([
                ("UNWIND $rows AS id CREATE (:Document {id: id})", {"rows": ["a", "b"]}),
                ("MATCH (d:Document) SET d.bad = $map", {"map": {"maps": "are not properties"}}),
            ])  # fmt: skip
        assert store.read("MATCH (n) RETURN count(n) AS n").rows == [{"n": 0}]
