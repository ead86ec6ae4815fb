"""The local Neo4j server: pure logic against temporary folders, and one check of the real one.

Only the test marked `neo4j` touches a server, the one `kg neo4j start` started before pytest;
it fails (never skips) when that server is not up. The other tests never start Java.
"""

from __future__ import annotations

import importlib.resources
import json
import os
import stat
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError
from typer.testing import CliRunner

from kg import neo4j_home as nh
from kg import neo4j_process as nproc
from kg import neo4j_provision as nprov
from kg import neo4j_server as ns
from kg.cli.neo4j_cmd import app as neo4j_app
from kg.errors import ConfigError, ServerError
from kg.processes import log_reason
from kg.settings import DEFAULT_DATABASE, DEFAULT_USERNAME

ENV_VARS = (
    "KG_NEO4J_BOLT_PORT",
    "KG_NEO4J_HTTP_PORT",
    "KG_NEO4J_HEAP",
    "KG_NEO4J_PAGECACHE",
    "NEO4J_PASSWORD",
)


@pytest.fixture
def kg_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private KG_HOME and KG_CACHE_DIR, and default ports/memory."""
    monkeypatch.setenv("KG_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    return tmp_path


def _conf_pairs(text: str) -> list[tuple[str, str]]:
    pairs = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, sep, value = line.partition("=")
            assert sep, f"not key=value: {line!r}"
            pairs.append((key, value))
    return pairs


def _fake_runtime() -> Path:
    """A lib folder that looks complete, without downloading anything."""
    lib = ns.lib_dir()
    lib.mkdir(parents=True)
    for jar in nprov.REQUIRED_JARS:
        (lib / jar).write_bytes(b"")
    return lib


# ------------------------------------------------------------------------------ neo4j.conf


def test_conf_is_loopback_only_with_auth_on(tmp_path: Path):
    text = nprov.render_conf(lib=tmp_path / "lib", bolt=7687, http=7474)
    pairs = _conf_pairs(text)
    conf = dict(pairs)
    assert conf["server.default_listen_address"] == "127.0.0.1"
    assert conf["server.bolt.listen_address"] == "127.0.0.1:7687"
    assert conf["server.http.listen_address"] == "127.0.0.1:7474"
    assert conf["server.default_advertised_address"] == "127.0.0.1"
    assert conf["dbms.security.auth_enabled"] == "true"
    assert conf["server.https.enabled"] == "false"
    assert conf["server.bolt.tls_level"] == "DISABLED"
    assert conf["dbms.routing.enabled"] == "false"
    assert conf["dbms.usage_report.enabled"] == "false"
    assert conf["client.allow_telemetry"] == "false"
    assert conf["server.directories.lib"] == str(tmp_path / "lib")
    # Every address the server listens on is loopback.
    for key, value in pairs:
        if key.endswith("listen_address"):
            assert value.startswith("127.0.0.1"), key


def test_conf_passes_neo4j_strict_validation_rules(tmp_path: Path):
    """Strict validation stops the server on a repeated key, and values allow no comments."""
    pairs = _conf_pairs(nprov.render_conf(lib=tmp_path / "lib"))
    keys = [key for key, _ in pairs if key != "server.jvm.additional"]
    assert len(keys) == len(set(keys))
    assert all("#" not in value for _, value in pairs)
    # browser.* settings are not declared in Community 5.26 and would stop the start.
    assert not [key for key in keys if key.startswith("browser.")]
    jvm = [value for key, value in pairs if key == "server.jvm.additional"]
    assert "--add-opens=java.base/java.nio=ALL-UNNAMED" in jvm
    assert "-XX:+AlwaysPreTouch" not in jvm


def test_conf_memory_is_small_and_fixed(tmp_path: Path):
    conf = dict(_conf_pairs(nprov.render_conf(lib=tmp_path, heap="1g", pagecache="512m")))
    assert conf["server.memory.heap.initial_size"] == conf["server.memory.heap.max_size"] == "1g"
    assert conf["server.memory.pagecache.size"] == "512m"


def test_ports_and_memory_come_from_the_environment(kg_dirs: Path, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_BOLT_PORT", "17001")
    monkeypatch.setenv("KG_NEO4J_HTTP_PORT", "17002")
    monkeypatch.setenv("KG_NEO4J_HEAP", "2G")
    lib = _fake_runtime()
    nprov._prepare_home(ns.home_dir(), lib)
    conf = dict(_conf_pairs(ns.conf_file().read_text()))
    assert conf["server.bolt.listen_address"] == "127.0.0.1:17001"
    assert conf["server.http.listen_address"] == "127.0.0.1:17002"
    assert conf["server.memory.heap.max_size"] == "2g"
    # status() reports the ports the conf was written with, even once the environment changes.
    monkeypatch.delenv("KG_NEO4J_BOLT_PORT")
    state = ns.status()
    assert state.bolt_uri == "bolt://127.0.0.1:17001"
    assert state.browser_url == "http://127.0.0.1:17002/browser/"


@pytest.mark.parametrize("value", ["abc", "0", "70000", "-1"])
def test_a_bad_port_is_a_config_error(kg_dirs: Path, monkeypatch, value: str):
    monkeypatch.setenv("KG_NEO4J_BOLT_PORT", value)
    with pytest.raises(ConfigError, match="KG_NEO4J_BOLT_PORT"):
        ns.bolt_port()


@pytest.mark.parametrize("value", ["lots", "1.5g", "0m", "512"])
def test_a_bad_memory_size_is_a_config_error(kg_dirs: Path, monkeypatch, value: str):
    monkeypatch.setenv("KG_NEO4J_PAGECACHE", value)
    with pytest.raises(ConfigError, match="KG_NEO4J_PAGECACHE"):
        nprov.pagecache_size()


def test_prepare_home_creates_the_layout_privately(kg_dirs: Path):
    lib = _fake_runtime()
    home = ns.home_dir()
    nprov._prepare_home(home, lib)
    for name in nprov.HOME_DIRS:
        assert (home / name).is_dir()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert home.is_relative_to(kg_dirs / "home")
    assert lib.is_relative_to(kg_dirs / "cache")


# -------------------------------------------------------------------------------- password


def test_password_file_is_user_only_and_generated_once(kg_dirs: Path):
    old_umask = os.umask(0)  # the mode must not depend on the umask
    try:
        password, created = nprov.ensure_password_file()
    finally:
        os.umask(old_umask)
    path = ns.password_file()
    assert created
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(password) >= 8  # Neo4j's minimum password length
    assert path.read_text().strip() == password
    assert nprov.ensure_password_file() == (password, False)
    assert list(path.parent.glob(".password.*")) == []  # no temporary file left


def test_status_never_contains_the_password(kg_dirs: Path):
    password, _ = nprov.ensure_password_file()
    state = ns.status()
    assert password not in repr(state)
    assert password not in json.dumps(state.as_dict())


# ---------------------------------------------------------------------------------- status


def test_status_when_not_provisioned(kg_dirs: Path):
    state = ns.status()
    assert state.running is False
    assert state.pid is None
    assert state.provisioned is False
    assert state.bolt_uri == "bolt://127.0.0.1:7687"
    assert state.http_url == "http://127.0.0.1:7474/"
    assert state.version == ns.NEO4J_VERSION
    assert state.home == kg_dirs / "home" / "neo4j"
    assert state.password_file == kg_dirs / "home" / "neo4j" / "password"
    assert not (kg_dirs / "home").exists()  # status() creates nothing


def test_a_half_downloaded_runtime_is_not_provisioned(kg_dirs: Path):
    lib = _fake_runtime()
    nprov._prepare_home(ns.home_dir(), lib)
    assert ns.status().provisioned is True
    (lib / nprov.REQUIRED_JARS[0]).unlink()
    assert ns.status().provisioned is False


def test_stale_or_foreign_pid_files_do_not_count_as_running(kg_dirs: Path):
    run = ns.home_dir() / "run"
    run.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (run / nh.PID_FILE).write_text(f"{dead.pid}\n")
    assert ns.status().running is False
    # A live process that is not this home's Neo4j (a reused pid) is not ours either.
    (run / nh.PID_FILE).write_text(f"{os.getpid()}\n")
    (run / "neo4j.pid").write_text("not a pid")
    assert ns.status().running is False


def test_stop_when_nothing_runs(kg_dirs: Path):
    run = ns.home_dir() / "run"
    run.mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (run / nh.PID_FILE).write_text(f"{dead.pid}\n")
    (run / "neo4j.pid").write_text(f"{dead.pid}\n")
    assert ns.stop() is False
    assert not (run / nh.PID_FILE).exists()
    assert not (run / "neo4j.pid").exists()


# ----------------------------------------------------------------------------- tools, pom


def test_the_pom_ships_with_the_package_and_matches_the_constants():
    pom = importlib.resources.files("kg").joinpath(nprov.POM_RESOURCE)
    root = ET.fromstring(pom.read_bytes())
    ns_ = {"m": "http://maven.apache.org/POM/4.0.0"}
    assert root.findtext("m:properties/m:neo4j.version", namespaces=ns_) == ns.NEO4J_VERSION
    browser = root.findtext("m:properties/m:neo4j.browser.version", namespaces=ns_)
    assert browser == nprov.BROWSER_VERSION
    artifacts = {
        (d.findtext("m:groupId", namespaces=ns_), d.findtext("m:artifactId", namespaces=ns_))
        for d in root.findall("m:dependencies/m:dependency", ns_)
    }
    assert artifacts == {("org.neo4j", "neo4j"), ("org.neo4j.client", "neo4j-browser")}


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('openjdk version "21" 2023-09-19', 21),
        ('java version "1.8.0_402"', 8),
        ('openjdk version "11.0.2" 2019-01-15', 11),
        ("something else", None),
    ],
)
def test_parse_java_major(output: str, major: int | None):
    assert nproc.parse_java_major(output) == major


def test_missing_java_is_named(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServerError, match="java not found"):
        ns.java_executable()


def test_old_java_is_refused(monkeypatch, tmp_path: Path):
    fake = tmp_path / "bin" / "java"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n")
    fake.chmod(0o755)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(ServerError, match="Java 11"):
        ns.java_executable()


def test_missing_maven_is_named(monkeypatch, tmp_path: Path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ServerError, match="mvn"):
        nprov._maven_executable()


def test_log_reason_prefers_the_last_error(tmp_path: Path):
    log = tmp_path / "console.log"
    log.write_text(
        "2026-01-01 INFO  Starting...\n"
        "2026-01-01 ERROR Invalid memory configuration - exceeds physical memory.\n"
        "\tat org.neo4j.Something\n"
        "2026-01-01 INFO  Neo4j Server shutdown initiated by request\n"
    )
    assert "Invalid memory configuration" in log_reason(log)
    assert log_reason(tmp_path / "missing.log") == "no log"


# ------------------------------------------------------------------------------------- CLI


def test_cli_status_json_and_stop_without_a_server(kg_dirs: Path):
    runner = CliRunner()
    result = runner.invoke(neo4j_app, ["status", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["running"] is False
    assert data["provisioned"] is False
    assert data["browser_url"] == "http://127.0.0.1:7474/browser/"
    result = runner.invoke(neo4j_app, ["stop"])
    assert result.exit_code == 0
    assert "not running" in result.stdout


def test_cli_reports_library_errors_in_one_line(kg_dirs: Path, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_BOLT_PORT", "nope")
    result = CliRunner().invoke(neo4j_app, ["start"])
    assert result.exit_code == 1
    assert "error:" in result.stderr
    assert "KG_NEO4J_BOLT_PORT" in result.stderr
    assert "Traceback" not in result.output


# ----------------------------------------------------------------------- the real server


@pytest.mark.neo4j
def test_the_local_server_runs_with_browser_and_auth():
    state = ns.status()
    assert state.running, (
        f"the local Neo4j in {state.home} is not running; start it with `kg neo4j start`"
    )
    assert state.provisioned

    with urllib.request.urlopen(state.browser_url, timeout=30) as response:
        assert response.status == 200
        assert response.headers.get_content_type() == "text/html"
        body = response.read().decode("utf-8", "replace")
    assert "<title>Neo4j Browser</title>" in body

    password = state.password_file.read_text(encoding="utf-8").strip()
    assert stat.S_IMODE(state.password_file.stat().st_mode) == 0o600
    with GraphDatabase.driver(state.bolt_uri, auth=(DEFAULT_USERNAME, password)) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one", database_=DEFAULT_DATABASE)
        assert records[0]["one"] == 1

    with (
        GraphDatabase.driver(state.bolt_uri, auth=(DEFAULT_USERNAME, password + "x")) as driver,
        pytest.raises(AuthError),
    ):
        driver.verify_connectivity()
