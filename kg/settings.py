"""Settings resolved once, in one order: command-line flag > environment > default.

Secrets (the Neo4j password) come only from the environment or from the password file that
`kg neo4j start` writes with user-only permissions; they are never accepted as arguments, so
they never show in argv, shell history or logs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from kg.errors import ConfigError

APP_NAME = "surveillance-kg"
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
DEFAULT_DATABASE = "neo4j"
DEFAULT_USERNAME = "neo4j"
DEFAULT_RDF_BASE = "https://w3id.org/surveillance-kg/"


def data_home() -> Path:
    """Folder for everything `kg` keeps between runs (local Neo4j home, embedded data)."""
    return Path(os.environ.get("KG_HOME") or platformdirs.user_data_dir(APP_NAME)).expanduser()


def cache_home() -> Path:
    """Folder for downloads that can be fetched again (the Neo4j jars)."""
    return Path(
        os.environ.get("KG_CACHE_DIR") or platformdirs.user_cache_dir(APP_NAME)
    ).expanduser()


def encoder_classifier_dir() -> Path | None:
    """A relation classifier trained by `kg encoder train`, used instead of the shipped one."""
    folder = os.environ.get("KG_ENCODER_CLASSIFIER")
    return Path(folder).expanduser() if folder else None


def local_neo4j_home() -> Path:
    """NEO4J_HOME of the server that `kg neo4j start` provisions."""
    return data_home() / "neo4j"


def local_password_file() -> Path:
    """The generated password of the local server (mode 0600)."""
    return local_neo4j_home() / "password"


@dataclass(frozen=True)
class Neo4jSettings:
    """How to reach a Neo4j server. `password` is excluded from repr so it cannot leak in logs."""

    uri: str
    username: str
    database: str
    password: str | None = field(default=None, repr=False)
    source: str = "default"  # where the credentials came from: "environment" or "local server"

    @classmethod
    def resolve(
        cls,
        uri: str | None = None,
        username: str | None = None,
        database: str | None = None,
    ) -> Neo4jSettings:
        """Flag > environment > the local server's own settings."""
        env = os.environ
        password = env.get("NEO4J_PASSWORD")
        source = "environment" if password is not None else "default"
        if password is None:
            pw_file = local_password_file()
            if pw_file.is_file():
                password = pw_file.read_text(encoding="utf-8").strip()
                source = "local server"
        resolved_uri = uri or env.get("NEO4J_URI") or f"bolt://127.0.0.1:{bolt_port()}"
        if "://" not in resolved_uri:
            raise ConfigError(
                f"NEO4J_URI {resolved_uri!r} is not a URI; expected e.g. bolt://127.0.0.1:7687"
            )
        return cls(
            uri=resolved_uri,
            username=username or env.get("NEO4J_USERNAME") or DEFAULT_USERNAME,
            database=database or env.get("NEO4J_DATABASE") or DEFAULT_DATABASE,
            password=password,
            source=source,
        )


def _port_from_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        port = int(raw)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise ConfigError(f"{name}={raw!r} is not a TCP port; expected an integer 1-65535")
    return port


def bolt_port() -> int:
    """Bolt port of the local server: KG_NEO4J_BOLT_PORT or 7687."""
    return _port_from_env("KG_NEO4J_BOLT_PORT", DEFAULT_BOLT_PORT)


def http_port() -> int:
    """HTTP (Browser) port of the local server: KG_NEO4J_HTTP_PORT or 7474."""
    return _port_from_env("KG_NEO4J_HTTP_PORT", DEFAULT_HTTP_PORT)


def rdf_base(flag: str | None = None) -> str:
    """Base namespace of exported IRIs: flag > KG_RDF_BASE > default."""
    base = flag or os.environ.get("KG_RDF_BASE") or DEFAULT_RDF_BASE
    if not base.endswith(("/", "#")):
        base += "/"
    return base
