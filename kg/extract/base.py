"""The extractor interface and its registry.

An extractor is anything with a `name` and an `extract(document) -> Extraction` method.
Better extractors (statistical, LLM-backed) drop in by registering under a new name; the
pipeline and CLI only ever ask the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from kg.errors import ExtractionError
from kg.model import Document, Extraction

DEFAULT_EXTRACTOR = "rules"


@runtime_checkable
class Extractor(Protocol):
    name: str

    def extract(self, document: Document) -> Extraction: ...


_FACTORIES: dict[str, Callable[[], Extractor]] = {}


def register_extractor(name: str, factory: Callable[[], Extractor]) -> None:
    _FACTORIES[name] = factory


def _encoder_extractor() -> Extractor:
    # its module (numpy, the classifier) is imported only when this extractor is asked for,
    # so a rules extraction never pays for it
    from kg.extract.encoder.extractor import EncoderExtractor

    return EncoderExtractor()


def _load_builtin() -> None:
    # Imported lazily so that `kg ontology` and friends never pay for the extractor's tables.
    from kg.extract import encoder, rules  # noqa: F401

    _FACTORIES.setdefault(encoder.NAME, _encoder_extractor)


def get_extractor(name: str = DEFAULT_EXTRACTOR) -> Extractor:
    _load_builtin()
    try:
        return _FACTORIES[name]()
    except KeyError:
        raise ExtractionError(
            f"unknown extractor {name!r}; expected one of {', '.join(sorted(_FACTORIES))}"
        ) from None
