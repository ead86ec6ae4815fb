"""Exporters: turn a graph snapshot into files for other tools."""
