"""Where the local Neo4j lives and how it is configured: versions, folders, neo4j.conf.

Split from kg.neo4j_provision (which provisions it) and kg.neo4j_server (which starts and
stops it) so the configuration can be read and tested without touching processes.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from kg.errors import ConfigError
from kg.settings import (
    DEFAULT_BOLT_PORT,
    DEFAULT_DATABASE,
    DEFAULT_HTTP_PORT,
    bolt_port,
    cache_home,
    http_port,
    local_neo4j_home,
    local_password_file,
)

NEO4J_VERSION = "5.26.29"
BROWSER_VERSION = "5.24.0"
MIN_JAVA = 17
HOST = "127.0.0.1"
DEFAULT_HEAP = "1g"
DEFAULT_PAGECACHE = "512m"

POM_RESOURCE = "neo4j_server.pom.xml"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1"
LAUNCHER_CLASS = "org.neo4j.server.startup.Neo4jCommand"
ADMIN_CLASS = "org.neo4j.cli.AdminTool"
ENTRY_POINT_CLASS = "org.neo4j.server.CommunityEntryPoint"

# Jars whose absence means the download is incomplete or the coordinates changed.
REQUIRED_JARS = (
    f"neo4j-{NEO4J_VERSION}.jar",
    f"neo4j-server-{NEO4J_VERSION}.jar",
    f"neo4j-command-line-{NEO4J_VERSION}.jar",
    f"neo4j-import-tool-{NEO4J_VERSION}.jar",
    f"neo4j-browser-{BROWSER_VERSION}.jar",
)

PID_FILE = "kg-neo4j.pid"  # ours, in <home>/run; Neo4j writes its own neo4j.pid next to it
CONSOLE_LOG = "console.log"  # server stdout/stderr, in <home>/logs, truncated on each start
HOME_DIRS = ("conf", "data", "logs", "run", "plugins", "import")

# Exit codes of NeoBootstrapper, to turn an early exit into a reason.
_EXIT_REASONS = {
    1: "the web server failed to start",
    2: "the database failed to start",
    3: "the configuration is invalid",
}

# The JVM flags of the 5.26 distribution's neo4j.conf, minus -XX:+AlwaysPreTouch: on a machine
# shared with other work the heap should be committed as it is used, not all at start.
_JVM_ADDITIONAL = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.tls.ephemeralDHKeySize=2048",
    "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
    "-XX:FlightRecorderOptions=stackdepth=256",
    "-XX:+UnlockDiagnosticVMOptions",
    "-XX:+DebugNonSafepoints",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
)

_MEMORY_RE = re.compile(r"^[1-9][0-9]*[kmg]$")

Progress = Callable[[str], None]

# Servers started by this process, kept so the Popen objects are not collected (and warn)
# while the server runs, and so stop() can reap them instead of leaving zombies.
_children: dict[int, subprocess.Popen[bytes]] = {}


# ---------------------------------------------------------------------------------- settings


def _memory_from_env(name: str, default: str) -> str:
    value = (os.environ.get(name) or default).strip().lower()
    if not _MEMORY_RE.match(value):
        raise ConfigError(f"{name}={value!r} is not a size; expected e.g. 512m or 2g")
    return value


def heap_size() -> str:
    """JVM heap (initial = max) for the next start: KG_NEO4J_HEAP or 1g."""
    return _memory_from_env("KG_NEO4J_HEAP", DEFAULT_HEAP)


def pagecache_size() -> str:
    """Page cache for the next start: KG_NEO4J_PAGECACHE or 512m."""
    return _memory_from_env("KG_NEO4J_PAGECACHE", DEFAULT_PAGECACHE)


def _check_settings() -> None:
    """Validate the environment settings before any slow step (download, JVM start)."""
    bolt_port()
    http_port()
    heap_size()
    pagecache_size()


# ------------------------------------------------------------------------------------- paths


def _absolute(path: Path) -> Path:
    """Java gets absolute paths: the server runs with its home as working directory."""
    return Path(os.path.abspath(path.expanduser()))


def home_dir() -> Path:
    """NEO4J_HOME of the local server (settings.local_neo4j_home(), made absolute)."""
    return _absolute(local_neo4j_home())


def password_file() -> Path:
    """Where the generated password is kept (settings.local_password_file(), absolute)."""
    return _absolute(local_password_file())


def _cache_dir() -> Path:
    return _absolute(cache_home())


def runtime_dir() -> Path:
    """Cache folder of this Neo4j version; it exists only once its jars are complete."""
    return _cache_dir() / f"neo4j-{NEO4J_VERSION}"


def lib_dir() -> Path:
    """The server jars (the class path is `lib_dir()/*`)."""
    return runtime_dir() / "lib"


def conf_file() -> Path:
    """The generated neo4j.conf of the local server."""
    return home_dir() / "conf" / "neo4j.conf"


def console_log() -> Path:
    """Server stdout/stderr of the latest start."""
    return home_dir() / "logs" / CONSOLE_LOG


def _pid_file() -> Path:
    return home_dir() / "run" / PID_FILE


def _jars_complete(lib: Path) -> bool:
    return lib.is_dir() and all((lib / jar).is_file() for jar in REQUIRED_JARS)


def _initialised(home: Path) -> bool:
    """True once the server has started at least once (the system database exists).

    From then on the initial password can no longer be set.
    """
    return (home / "data" / "databases" / "system").exists()


# --------------------------------------------------------------------------------- neo4j.conf


def render_conf(
    *,
    lib: Path,
    bolt: int = DEFAULT_BOLT_PORT,
    http: int = DEFAULT_HTTP_PORT,
    heap: str = DEFAULT_HEAP,
    pagecache: str = DEFAULT_PAGECACHE,
) -> str:
    """The neo4j.conf text.

    Neo4j validates the file strictly (an unknown or repeated key stops the start) and does not
    allow comments after a value, so every comment is on its own line. `browser.*` settings are
    not declared in Community 5.26 and must not appear.
    """
    lines = [
        "# Generated by `kg neo4j start`; edits are overwritten on the next start.",
        "server.directories.data=data",
        "server.directories.logs=logs",
        "server.directories.plugins=plugins",
        "server.directories.run=run",
        "server.directories.import=import",
        f"server.directories.lib={lib}",
        f"initial.dbms.default_database={DEFAULT_DATABASE}",
        "",
        "# Network: loopback only, plain Bolt and HTTP, no HTTPS.",
        f"server.default_listen_address={HOST}",
        f"server.default_advertised_address={HOST}",
        "server.bolt.enabled=true",
        f"server.bolt.listen_address={HOST}:{bolt}",
        f"server.bolt.advertised_address={HOST}:{bolt}",
        "server.bolt.tls_level=DISABLED",
        "server.http.enabled=true",
        f"server.http.listen_address={HOST}:{http}",
        f"server.http.advertised_address={HOST}:{http}",
        "server.https.enabled=false",
        "# Server-side routing would open a second Bolt listener (7688); one instance needs none.",
        "dbms.routing.enabled=false",
        "",
        "# Authentication on; the password is set before the first start.",
        "dbms.security.auth_enabled=true",
        "",
        "# Memory: small, the machine is shared.",
        f"server.memory.heap.initial_size={heap}",
        f"server.memory.heap.max_size={heap}",
        f"server.memory.pagecache.size={pagecache}",
        "",
        "# Offline: no usage reports, no driver telemetry.",
        "dbms.usage_report.enabled=false",
        "client.allow_telemetry=false",
        "",
        "# JVM flags of the 5.26 distribution (without AlwaysPreTouch).",
        *(f"server.jvm.additional={flag}" for flag in _JVM_ADDITIONAL),
    ]
    return "\n".join(lines) + "\n"


def _read_conf(path: Path) -> dict[str, str]:
    """Last value of each key (enough for the single-valued keys we read back)."""
    values: dict[str, str] = {}
    with contextlib.suppress(OSError):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                key, value = line.split("=", 1)
                values[key.strip()] = value.strip()
    return values


def _conf_port(conf: dict[str, str], key: str) -> int | None:
    address = conf.get(key, "")
    _, _, port = address.rpartition(":")
    return int(port) if port.isdigit() else None


def _write_atomic(path: Path, text: str, mode: int = 0o644) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
