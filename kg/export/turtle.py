"""Turtle: deterministic bytes (sorted, prefixed), the graph's reference format."""
from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from kg.export import exporter

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["write_turtle"]


@exporter("turtle", suffix=".ttl")
def write_turtle(graph: "Graph", stream: BinaryIO) -> None:
    """Turtle (longturtle, canonical order): the same input gives the same bytes."""
    stream.write(graph.serialize(format="longturtle", canon=True, encoding="utf-8"))
