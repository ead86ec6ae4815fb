"""surveillance-kg: documents and datasets into a typed, sourced graph of the surveillance trade."""

__version__ = "0.1.0"
