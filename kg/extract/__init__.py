"""Extractors: Documents in, typed entities and relations with evidence out."""

from kg.extract.base import Extractor, get_extractor, register_extractor

__all__ = ["Extractor", "get_extractor", "register_extractor"]
