"""Export a graph to the formats users open: a registry (:mod:`kg.export.registry`) and one module per format."""
from __future__ import annotations

from kg.export.registry import EXPORTERS, ExporterSpec, export, exporter, register, suffix_for

__all__ = ["EXPORTERS", "ExporterSpec", "exporter", "register", "export", "suffix_for"]
