"""Whether a process runs, for the two servers kg starts itself (Neo4j, the embedded store)."""

from __future__ import annotations

import contextlib
import os


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
