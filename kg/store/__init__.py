"""Graph stores behind one interface: the loader, query runner and exporters use only this."""

from kg.store.base import GraphStore, QueryResult

__all__ = ["GraphStore", "QueryResult"]
