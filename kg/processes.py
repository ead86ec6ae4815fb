"""The outside programs kg runs: whether a server's process runs, the Maven it downloads jars
with, and the one line of a program's log that says why it failed."""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from kg.errors import KgError


def pid_running(pid: int) -> bool:
    """True if `pid` runs. A process that was killed but not yet reaped by its parent is a
    zombie and counts as gone, since it will never answer again."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, under another user
    with contextlib.suppress(OSError, IndexError), open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # field 3, the state
    return True


def maven_executable(needed_for: str, error: type[KgError]) -> str:
    """The `mvn` on PATH, or `error` saying what it is needed (once) to download."""
    mvn = shutil.which("mvn")
    if mvn is None:
        raise error(f"mvn (Apache Maven) not found on PATH; it is needed once to download "
                    f"{needed_for}")
    return mvn


def log_reason(path: Path, max_len: int = 300) -> str:
    """One line from the end of a log: the last error if there is one, else the last line."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 65536))
            lines = handle.read().decode("utf-8", "replace").splitlines()
    except OSError:
        return "no log"
    lines = [line.strip() for line in lines if line.strip()]
    if not lines:
        return "empty log"
    errors = [ln for ln in lines if " ERROR " in ln or ln.startswith(("Error", "Exception"))]
    line = (errors or lines)[-1]
    return line if len(line) <= max_len else line[: max_len - 3] + "..."
