"""A local Neo4j Community server, provisioned from Maven Central and run without Docker.

Why this shape:

* Only Maven Central is reachable from the machines this runs on, so the server is not the
  neo4j.com tarball but the `org.neo4j:neo4j` jars (plus the Browser jar) that Maven copies into
  a cache folder. Neo4j needs them as separate jars on the class path (it finds its settings and
  entry point through META-INF/services), so they are never merged.
* The jars are fetched into a temporary folder that is renamed into place only once Maven has
  succeeded, so an interrupted download is never mistaken for a complete one.
* The exact server command line comes from Neo4j's own launcher (`Neo4jCommand console
  --dry-run`): it turns neo4j.conf into JVM flags, heap size and entry-point arguments, and it
  validates the conf. We then run that command ourselves, which gives one JVM whose pid we own.
* Authentication stays on. A random password is generated once, stored in a user-only file and
  set before the first start with the admin tool. It is handed to Java in an @argfile, so it
  never appears in a process list, and it is never printed or logged.
* Everything listens on 127.0.0.1 only; ports can be moved with KG_NEO4J_BOLT_PORT and
  KG_NEO4J_HTTP_PORT, memory with KG_NEO4J_HEAP and KG_NEO4J_PAGECACHE.

The library never prints: callers get progress through a callback and failures as ServerError.
POSIX only (signals, process sessions, file locks).
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j import exceptions as nx

from kg.errors import ConfigError, ServerError
from kg.settings import (
    DEFAULT_BOLT_PORT,
    DEFAULT_DATABASE,
    DEFAULT_HTTP_PORT,
    DEFAULT_USERNAME,
    bolt_port,
    cache_home,
    http_port,
    local_neo4j_home,
    local_password_file,
)

try:  # POSIX; without it concurrent `kg neo4j start` runs are simply not serialised.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

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


@dataclass(frozen=True)
class ServerStatus:
    """What `kg neo4j status` reports. Holds paths and addresses, never the password."""

    running: bool
    pid: int | None
    bolt_uri: str
    http_url: str
    home: Path
    version: str
    provisioned: bool
    password_file: Path

    @property
    def browser_url(self) -> str:
        """Neo4j Browser, served by the server itself."""
        return f"{self.http_url}browser/"

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form (paths as strings)."""
        return {
            "running": self.running,
            "pid": self.pid,
            "bolt_uri": self.bolt_uri,
            "http_url": self.http_url,
            "browser_url": self.browser_url,
            "home": str(self.home),
            "version": self.version,
            "provisioned": self.provisioned,
            "password_file": str(self.password_file),
            "username": DEFAULT_USERNAME,
        }


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
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ServerError(
            "mvn (Apache Maven) not found on PATH; it is needed once to download the Neo4j "
            f"jars from Maven Central into {runtime_dir()}"
        )
    return mvn


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
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        # Field 3 is the state; "Z" is a zombie whose parent has not reaped it yet.
        if stat.read_text().rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


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


def _log_reason(path: Path, max_len: int = 300) -> str:
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


# -------------------------------------------------------------------------------- provision


def _download_jars(progress: Progress | None) -> None:
    """Copy the runtime jars from Maven Central into the cache, all or nothing."""
    mvn = _maven_executable()
    cache = _cache_dir()
    cache.mkdir(parents=True, exist_ok=True)
    for stale in cache.glob(f".neo4j-{NEO4J_VERSION}-*.partial"):
        shutil.rmtree(stale, ignore_errors=True)  # left by an interrupted run (we hold the lock)
    final = runtime_dir()
    if final.exists():  # incomplete or damaged: fetch again
        shutil.rmtree(final)
    staging = Path(
        tempfile.mkdtemp(prefix=f".neo4j-{NEO4J_VERSION}-", suffix=".partial", dir=cache)
    )
    try:
        pom = staging / "pom.xml"
        pom.write_bytes(importlib.resources.files("kg").joinpath(POM_RESOURCE).read_bytes())
        maven_log = cache / "neo4j-maven.log"
        if progress:
            progress(f"downloading Neo4j {NEO4J_VERSION} jars from Maven Central (first run only)")
        command = [
            mvn,
            "-B",
            "-q",
            "-ntp",
            "-f",
            str(pom),
            f"{DEPENDENCY_PLUGIN}:copy-dependencies",
            f"-DoutputDirectory={staging / 'lib'}",
            "-DincludeScope=runtime",
            f"-Dneo4j.version={NEO4J_VERSION}",
            f"-Dneo4j.browser.version={BROWSER_VERSION}",
        ]
        with open(maven_log, "wb") as log:
            result = subprocess.run(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, check=False
            )
        if result.returncode != 0:
            raise ServerError(
                f"Maven could not download the Neo4j jars (exit {result.returncode}): "
                f"{_log_reason(maven_log)} (full log: {maven_log})"
            )
        if not _jars_complete(staging / "lib"):
            missing = [jar for jar in REQUIRED_JARS if not (staging / "lib" / jar).is_file()]
            raise ServerError(f"Maven finished but these jars are missing: {', '.join(missing)}")
        os.rename(staging, final)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _prepare_home(home: Path, lib: Path) -> None:
    """Create the home folders and (re)write neo4j.conf from the current settings."""
    home.mkdir(parents=True, exist_ok=True)
    os.chmod(home, 0o700)  # it holds the password file and the auth store
    for name in HOME_DIRS:
        (home / name).mkdir(exist_ok=True)
    text = render_conf(
        lib=lib, bolt=bolt_port(), http=http_port(), heap=heap_size(), pagecache=pagecache_size()
    )
    if _read_text(conf_file()) != text:
        _write_atomic(conf_file(), text)


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def _set_initial_password(java: Path, home: Path, lib: Path, password: str) -> None:
    """Set the neo4j user's password in the not yet started DBMS.

    Runs the admin tool directly (one JVM, no forked child) and passes the arguments in a
    Java @argfile readable only by us, so the password is not on any command line.
    """
    if not password.isprintable() or any(c in password for c in "\"\\'"):
        raise ServerError(
            f"the password in {password_file()} has quotes, backslashes or control characters; "
            "remove the file to have a new one generated"
        )
    fd, argfile = tempfile.mkstemp(prefix=".pw-", dir=home / "run")  # mode 0600
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f'{ADMIN_CLASS} dbms set-initial-password "{password}"\n')
        result = subprocess.run(
            [str(java), "-Xmx256m", "-cp", f"{lib}{os.sep}*", f"@{argfile}"],
            env=_java_env(home),
            cwd=home,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    finally:
        with contextlib.suppress(OSError):
            os.unlink(argfile)
    if result.returncode != 0:
        lines = [ln for ln in (result.stderr + result.stdout).splitlines() if ln.strip()]
        raise ServerError(
            f"setting the initial Neo4j password failed (exit {result.returncode}): "
            f"{lines[-1] if lines else 'no output'}"
        )


def _provision(java: Path, progress: Progress | None) -> Path:
    """provision() without the lock (callers hold it)."""
    home = home_dir()
    if not _jars_complete(lib_dir()):
        _download_jars(progress)
    _prepare_home(home, lib_dir())
    pw_file = password_file()
    if _initialised(home):
        if not pw_file.is_file():
            raise ServerError(
                f"the local Neo4j in {home} was initialised but its password file "
                f"{pw_file} is gone; delete {home / 'data'} to start afresh (data is lost)"
            )
        return home
    password, created = ensure_password_file(pw_file)
    if created or not (home / "data" / "dbms" / "auth.ini").is_file():
        if progress:
            progress("setting the initial password")
        _set_initial_password(java, home, lib_dir(), password)
    return home


def provision(progress: Progress | None = None) -> Path:
    """Make the local server ready to start; return its home. Idempotent.

    Downloads the jars once (Maven, into the cache), writes conf/neo4j.conf, creates the home
    folders and, before the first start only, generates and sets the password.
    """
    _check_settings()
    java = java_executable()
    with _lock():
        return _provision(java, progress)


# --------------------------------------------------------------------------- start/stop/status


def status() -> ServerStatus:
    """State of the local server, from its pid file and generated conf (no network calls)."""
    home = home_dir()
    conf = _read_conf(conf_file())
    bolt = _conf_port(conf, "server.bolt.listen_address") or bolt_port()
    http = _conf_port(conf, "server.http.listen_address") or http_port()
    pid = _running_pid(home)
    return ServerStatus(
        running=pid is not None,
        pid=pid,
        bolt_uri=f"bolt://{HOST}:{bolt}",
        http_url=f"http://{HOST}:{http}/",
        home=home,
        version=NEO4J_VERSION,
        provisioned=_jars_complete(lib_dir()) and conf_file().is_file(),
        password_file=password_file(),
    )


def _launch_command(java: Path, home: Path) -> list[str]:
    """The server command line, as Neo4j's own launcher builds it from neo4j.conf."""
    try:
        result = subprocess.run(
            [
                str(java),
                "-Xmx128m",
                "-cp",
                f"{lib_dir()}{os.sep}*",
                LAUNCHER_CLASS,
                "console",
                "--dry-run",
            ],
            env=_java_env(home),
            cwd=home,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ServerError(
            "Neo4j's launcher did not answer within 120 s (console --dry-run)"
        ) from None
    lines = [ln.strip() for ln in result.stdout.splitlines() if ln.strip()]
    if result.returncode != 0 or not lines:
        output = [ln.strip() for ln in (result.stdout + result.stderr).splitlines() if ln.strip()]
        errors = [ln for ln in output if ln.startswith(("Error", "ERROR"))]
        reason = (errors or output or ["no output"])[-1]
        raise ServerError(f"Neo4j refused to start ({conf_file()}): {reason}")
    command = shlex.split(lines[-1])
    if ENTRY_POINT_CLASS not in command:
        raise ServerError(f"unexpected launcher output (no {ENTRY_POINT_CLASS}): {lines[-1][:200]}")
    return command


def _probe_bolt(uri: str, password: str) -> None:
    """Raise unless Bolt accepts our credentials and the default database answers."""
    with GraphDatabase.driver(
        uri, auth=(DEFAULT_USERNAME, password), connection_timeout=5.0, max_transaction_retry_time=0
    ) as driver:
        driver.verify_connectivity()
        with driver.session(database=DEFAULT_DATABASE) as session:
            record = session.run("RETURN 1 AS ok").single()
            if record is None or record["ok"] != 1:
                raise ServerError(f"Neo4j at {uri} answered RETURN 1 with {record!r}")


def _wait_for_bolt(
    pid: int, state: ServerStatus, password: str, timeout: float, home: Path
) -> None:
    """Poll until Bolt answers; fail early if the server exits or rejects the password."""
    deadline = time.monotonic() + timeout
    bolt = _port_of(state.bolt_uri)
    last = "Bolt port not open yet"
    while True:
        child = _children.get(pid)
        code = child.poll() if child is not None else None
        if code is not None or (child is None and not _process_alive(pid)):
            _children.pop(pid, None)
            _pid_file().unlink(missing_ok=True)
            why = _EXIT_REASONS.get(code or 0, "it stopped")
            exit_text = f"exit {code}, " if code is not None else ""
            raise ServerError(
                f"Neo4j exited during startup ({exit_text}{why}): {_log_reason(console_log())} "
                f"(log: {console_log()})"
            )
        if _port_in_use(bolt):
            try:
                _probe_bolt(state.bolt_uri, password)
                return
            except nx.AuthError:
                raise ServerError(
                    f"Neo4j at {state.bolt_uri} rejected the password in "
                    f"{password_file()} (user {DEFAULT_USERNAME!r})"
                ) from None
            except (nx.Neo4jError, nx.DriverError, OSError) as exc:
                last = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
        if time.monotonic() >= deadline:
            raise ServerError(
                f"Neo4j did not answer on {state.bolt_uri} within {timeout:.0f} s ({last}); "
                f"see {home / 'logs'}"
            )
        time.sleep(0.5)


def start(timeout: float = 180, progress: Progress | None = None) -> ServerStatus:
    """Start the local server (provisioning it first if needed) and wait until Bolt answers.

    If it already runs, only waits for Bolt. `timeout` bounds the wait for Bolt, not the
    one-time download. If a server launched by this call does not come up, it is stopped
    again, so a failed start leaves nothing running.
    """
    _check_settings()
    java = java_executable()
    home = home_dir()
    launched = False
    with _lock():
        pid = _running_pid(home)
        if pid is None:
            _provision(java, progress)
            _check_ports_free(status())
            if progress:
                progress("starting Neo4j")
            pid = _launch(_launch_command(java, home), home)
            launched = True
    state = status()
    if progress:
        progress(f"waiting for Bolt on {state.bolt_uri}")
    try:
        _wait_for_bolt(pid, state, _read_password(), timeout, home)
    except BaseException:  # includes Ctrl-C while waiting
        if launched and _process_alive(pid):
            _terminate(pid, 60)
            _pid_file().unlink(missing_ok=True)
        raise
    return status()


def _port_of(url: str) -> int:
    return int(url.rstrip("/").rsplit(":", 1)[1])


def _check_ports_free(state: ServerStatus) -> None:
    """Fail with a clear reason instead of a Java stack trace when a port is taken."""
    for url, what, env in (
        (state.bolt_uri, "Bolt", "KG_NEO4J_BOLT_PORT"),
        (state.http_url, "HTTP", "KG_NEO4J_HTTP_PORT"),
    ):
        port = _port_of(url)
        if _port_in_use(port):
            raise ServerError(
                f"{what} port {HOST}:{port} is already in use by another process; "
                f"stop it or choose another port with {env}"
            )


def _launch(command: list[str], home: Path) -> int:
    """Run the server JVM detached from our terminal; record and return its pid."""
    with open(console_log(), "wb") as log:
        child = subprocess.Popen(
            command,
            cwd=home,
            env=_java_env(home),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # survives the terminal, and Ctrl-C in it, after we return
        )
    _children[child.pid] = child
    _write_atomic(_pid_file(), f"{child.pid}\n")
    return child.pid


def _terminate(pid: int, timeout: float) -> None:
    """SIGTERM (Neo4j then checkpoints and exits), SIGKILL only if that does not work."""
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if not _process_alive(pid):
                _children.pop(pid, None)
                return
            time.sleep(0.2)
    raise ServerError(f"Neo4j (pid {pid}) did not exit even after SIGKILL")


def stop(timeout: float = 120) -> bool:
    """Stop the local server; return whether it was running.

    Waits up to `timeout` seconds after SIGTERM before resorting to SIGKILL (after which the
    next start runs recovery).
    """
    home = home_dir()
    with _lock():
        pid = _running_pid(home)
        if pid is not None:
            _terminate(pid, timeout)
        _pid_file().unlink(missing_ok=True)
        # Neo4j removes its own pid file on a clean exit; after a SIGKILL we do.
        own = home / "run" / "neo4j.pid"
        stale = _read_pid(own)
        if own.exists() and (stale is None or not _process_alive(stale)):
            own.unlink(missing_ok=True)
    return pid is not None
