"""kill -9 of a real `kg build` on the embedded store: committed batches survive, no server
process is left, and a re-run completes the graph with exactly the counts of a clean run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

KG = [sys.executable, "-m", "kg.cli.app"]
N_DOCS = 400


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    platforms = ["Facebook", "YouTube", "Venmo", "Instagram", "LinkedIn"]
    for i in range(N_DOCS):
        (folder / f"report-{i:04d}.txt").write_text(
            f"Vendor Number{i} Inc., a facial recognition company based in Chicago, scraped "
            f"photos from {platforms[i % 5]} and {platforms[(i + 1) % 5]}. "
            f"Jane Doe{i}, the chief executive of Vendor Number{i} Inc., declined to comment.\n",
            encoding="utf-8",
        )


def kg(data: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*KG, "--store", "embedded", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=600,
        **kw,
    )


def counts(data: Path) -> dict:
    result = kg(data, "info", "--format", "json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)[0]
    return {"documents": info["documents"], **info["entities"], **info["relations"]}


def log_size(data: Path) -> int:
    """Bytes in the embedded server's append-only log (it grows with every committed write)."""
    return sum(f.stat().st_size for f in data.glob("appendonlydir/*.incr.aof"))


def servers_for(data: Path) -> list[psutil.Process]:
    found = []
    for proc in psutil.process_iter(["cmdline"]):
        cmdline = " ".join(proc.info["cmdline"] or [])
        if "redis-server" in cmdline and str(data) in cmdline:
            found.append(proc)
    return found


def test_kill_minus_nine_during_build_then_rerun(tmp_path: Path):
    docs = tmp_path / "docs"
    write_corpus(docs)
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"

    assert kg(clean, "build", str(docs), "--batch-size", "5").returncode == 0
    full_log = log_size(clean)
    expected = counts(clean)
    assert expected["documents"] == N_DOCS

    proc = subprocess.Popen(
        [
            *KG,
            "--store",
            "embedded",
            "--data-dir",
            str(crashed),
            "build",
            str(docs),
            "--batch-size",
            "5",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # Kill once about half of the writes are in the store's append-only log: mid-load.
    deadline = time.monotonic() + 300
    while log_size(crashed) < full_log // 2 and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 10
    while servers_for(crashed) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert servers_for(crashed) == [], "the embedded server outlived the killed kg process"

    partial = counts(crashed)  # reopening works and shows what was committed
    assert 0 < partial["documents"] < N_DOCS

    assert kg(crashed, "build", str(docs), "--batch-size", "5").returncode == 0
    assert counts(crashed) == expected
    assert servers_for(crashed) == [] and servers_for(clean) == []
