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
import os
import shlex
import signal
import subprocess
import time
from dataclasses import dataclass, replace
from pathlib import Path

from neo4j import GraphDatabase
from neo4j import exceptions as nx

from kg.errors import ServerError
from kg.neo4j_home import (
    _EXIT_REASONS,
    ENTRY_POINT_CLASS,
    HOST,
    LAUNCHER_CLASS,
    NEO4J_VERSION,
    Progress,
    _check_settings,
    _children,
    _conf_port,
    _jars_complete,
    _pid_file,
    _read_conf,
    _write_atomic,
    conf_file,
    console_log,
    home_dir,
    lib_dir,
    password_file,
)
from kg.neo4j_process import (
    _java_env,
    _lock,
    _port_in_use,
    _process_alive,
    _read_password,
    _read_pid,
    _running_pid,
    java_executable,
)
from kg.neo4j_provision import provision_home
from kg.processes import log_reason
from kg.settings import (
    DEFAULT_DATABASE,
    DEFAULT_USERNAME,
    bolt_port,
    http_port,
)


@dataclass(frozen=True)
class ServerStatus:
    """What `kg neo4j status` reports. Holds paths and addresses, never the password."""

    running: bool
    pid: int | None
    bolt_port: int
    http_port: int
    home: Path
    version: str
    provisioned: bool
    password_file: Path

    @property
    def bolt_uri(self) -> str:
        return f"bolt://{HOST}:{self.bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://{HOST}:{self.http_port}/"

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
        bolt_port=bolt,
        http_port=http,
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
    bolt = state.bolt_port
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
                f"Neo4j exited during startup ({exit_text}{why}): {log_reason(console_log())} "
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
            provision_home(java, progress)
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
    return replace(state, running=True, pid=pid)


def _check_ports_free(state: ServerStatus) -> None:
    """Fail with a clear reason instead of a Java stack trace when a port is taken."""
    for port, what, env in (
        (state.bolt_port, "Bolt", "KG_NEO4J_BOLT_PORT"),
        (state.http_port, "HTTP", "KG_NEO4J_HTTP_PORT"),
    ):
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
