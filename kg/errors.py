"""One error hierarchy, so the CLI can turn any library failure into one line and exit code 1.

Messages name the file, line, parameter or setting at fault and, where there is a closed set,
the valid choices.
"""


class KgError(Exception):
    """Base of every error the library raises on purpose."""


class OntologyError(KgError):
    """The ontology files are malformed, or a value is not in the ontology."""


class IngestError(KgError):
    """A document or dataset could not be read; the message names the file (and line)."""


class ExtractionError(KgError):
    """An extractor is unknown or failed."""


class ConfigError(KgError):
    """A setting is missing or invalid."""


class StoreError(KgError):
    """The graph store is unreachable, refused the credentials, or failed a write."""


class QueryError(KgError):
    """A saved or ad-hoc query is unknown, malformed, has a bad parameter, or tried to write."""


class ServerError(KgError):
    """The local Neo4j server could not be provisioned, started or stopped."""
