"""Provisioning the local Neo4j: the jars from Maven Central into the cache, the home folder
and its neo4j.conf, and the generated password set before the first start.

The jars are fetched into a temporary folder that is renamed into place only once Maven has
succeeded, so an interrupted download is never mistaken for a complete one.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from kg.errors import ServerError
from kg.neo4j_home import (
    ADMIN_CLASS,
    BROWSER_VERSION,
    DEPENDENCY_PLUGIN,
    HOME_DIRS,
    NEO4J_VERSION,
    POM_RESOURCE,
    REQUIRED_JARS,
    Progress,
    _cache_dir,
    _initialised,
    _jars_complete,
    _write_atomic,
    conf_file,
    heap_size,
    home_dir,
    lib_dir,
    pagecache_size,
    password_file,
    render_conf,
    runtime_dir,
)
from kg.neo4j_process import (
    _java_env,
    _maven_executable,
    ensure_password_file,
)
from kg.processes import log_reason
from kg.settings import (
    bolt_port,
    http_port,
)

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
                f"{log_reason(maven_log)} (full log: {maven_log})"
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


def provision_home(java: Path, progress: Progress | None) -> Path:
    """Make the local server ready to start and return its home; idempotent. Downloads the
    jars once (Maven, into the cache), writes conf/neo4j.conf, creates the home folders and,
    before the first start only, generates and sets the password. The caller holds the lock."""
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
