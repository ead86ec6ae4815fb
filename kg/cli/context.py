"""The store chosen by the global options, handed to every command that needs one."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from kg.store.base import GraphStore
from kg.store.factory import StoreSettings, open_store


def store_settings(ctx: typer.Context) -> StoreSettings:
    chosen = ctx.find_root().obj
    return chosen if isinstance(chosen, StoreSettings) else StoreSettings.resolve()


@contextmanager
def opened_store(ctx: typer.Context) -> Iterator[GraphStore]:
    store = open_store(store_settings(ctx))
    try:
        yield store
    finally:
        store.close()
