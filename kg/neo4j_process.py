"""Processes and tools behind the local Neo4j: the generated password, Java and Maven, pid
files, ports, the start/stop lock and reading a failed start's log.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

from kg.errors import ServerError
from kg.processes import maven_executable, pid_running

try:  # POSIX; without it concurrent `kg neo4j start` runs are simply not serialised.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

from kg.neo4j_home import (
    ENTRY_POINT_CLASS,
    HOST,
    MIN_JAVA,
    NEO4J_VERSION,
    PID_FILE,
    _children,
    home_dir,
    password_file,
    runtime_dir,
)

# ----------------------------------------------------------------------------------- password


def ensure_password_file(path: Path | None = None) -> tuple[str, bool]:
    """Return (password, created): the stored password, or a new random one saved first.

    The file is created with mode 0600 from the start (never world-readable, not even
    briefly) and written before the password is handed to Neo4j, so a crash in between leaves
    a password we can set again rather than a server nobody can log in to.
    """
    path = path or password_file()
    if path.is_file():
        password = path.read_text(encoding="utf-8").strip()
        if password:
            return password, False
    path.parent.mkdir(parents=True, exist_ok=True)
    password = secrets.token_urlsafe(24)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(password + "\n")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return password, True


def _read_password() -> str:
    path = password_file()
    try:
        password = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ServerError(f"cannot read the Neo4j password file {path}: {exc.strerror}") from None
    if not password:
        raise ServerError(f"the Neo4j password file {path} is empty")
    return password


# ------------------------------------------------------------------------------------- tools


def parse_java_major(version_output: str) -> int | None:
    """Major version from `java -version` output ("1.8.0_402" -> 8, "17.0.15" -> 17)."""
    match = re.search(r'version "(\d+)(?:\.(\d+))?', version_output)
    if not match:
        return None
    major = int(match.group(1))
    if major == 1 and match.group(2):
        major = int(match.group(2))
    return major


def java_executable() -> Path:
    """The `java` to use ($JAVA_HOME/bin/java, else PATH), checked to be Java 17 or newer."""
    java_home = os.environ.get("JAVA_HOME")
    candidate: str | None = None
    if java_home and (Path(java_home) / "bin" / "java").is_file():
        candidate = str(Path(java_home) / "bin" / "java")
    else:
        candidate = shutil.which("java")
    if candidate is None:
        raise ServerError(
            f"java not found (JAVA_HOME unset and no java on PATH); Neo4j {NEO4J_VERSION} "
            f"needs a JDK {MIN_JAVA} or 21"
        )
    try:
        result = subprocess.run(
            [candidate, "-version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ServerError(f"cannot run {candidate} -version: {exc}") from None
    major = parse_java_major(result.stderr + result.stdout)
    if major is None:
        raise ServerError(f"cannot tell the Java version of {candidate}")
    if major < MIN_JAVA:
        raise ServerError(
            f"{candidate} is Java {major}; Neo4j {NEO4J_VERSION} needs Java {MIN_JAVA} or 21 "
            "(set JAVA_HOME or PATH)"
        )
    return Path(candidate)


def _maven_executable() -> str:
    return maven_executable(f"the Neo4j jars from Maven Central into {runtime_dir()}",
                            ServerError)


def _java_env(home: Path) -> dict[str, str]:
    """Environment for Neo4j's launcher and admin tool.

    JAVA_OPTS would replace every JVM flag from neo4j.conf and HEAP_SIZE would override the
    heap, so both are dropped: the generated conf is the one source of truth.
    """
    env = {k: v for k, v in os.environ.items() if k not in {"JAVA_OPTS", "HEAP_SIZE"}}
    env["NEO4J_HOME"] = str(home)
    env["NEO4J_CONF"] = str(home / "conf")
    return env


# -------------------------------------------------------------------------------- processes


def _process_alive(pid: int) -> bool:
    """True if `pid` runs; a zombie (exited, not yet reaped) counts as gone."""
    child = _children.get(pid)
    if child is not None:  # started by this process: poll() reaps it and keeps the exit code
        return child.poll() is None
    return pid_running(pid)


def _is_our_server(pid: int, home: Path) -> bool:
    """True if `pid` is a live Neo4j server of this home (guards against reused pids)."""
    if not _process_alive(pid):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not cmdline.parent.exists():  # no procfs (macOS): trust the live pid
        return True
    try:
        args = cmdline.read_bytes().split(b"\0")
    except OSError:
        return False
    return ENTRY_POINT_CLASS.encode() in args and f"--home-dir={home}".encode() in args


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.isdigit() else None


def _running_pid(home: Path) -> int | None:
    """Pid of the running server of `home`, from our pid file or Neo4j's own."""
    for name in (PID_FILE, "neo4j.pid"):
        pid = _read_pid(home / "run" / name)
        if pid is not None and _is_our_server(pid, home):
            return pid
    return None


def _port_in_use(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(1.0)
        return sock.connect_ex((HOST, port)) == 0


@contextlib.contextmanager
def _lock() -> Iterator[None]:
    """Serialise provisioning and launching between concurrent `kg` processes."""
    home = home_dir()
    home.parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None:  # pragma: no cover
        yield
        return
    with open(home.with_name("neo4j.lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


