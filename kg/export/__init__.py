"""Export a graph to the formats users open: a registry of one module per format.

>>> sorted(EXPORTERS)
['gexf', 'graphml', 'jsonld', 'turtle']
>>> EXPORTERS["graphml"].suffix
'.graphml'
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Callable

from kg.errors import UnknownFormatError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["EXPORTERS", "ExporterSpec", "exporter", "export", "suffix_for"]

Exporter = Callable[["Graph", BinaryIO], None]


@dataclass(frozen=True)
class ExporterSpec:
    name: str
    function: Exporter
    suffix: str
    description: str

    def __iter__(self):  # unpacks as (function, suffix)
        return iter((self.function, self.suffix))


EXPORTERS: dict[str, ExporterSpec] = {}


def exporter(name: str, *, suffix: str) -> Callable[[Exporter], Exporter]:
    """Register ``fn(graph, binary_stream)`` as the writer of format ``name``."""
    def register(fn: Exporter) -> Exporter:
        if name in EXPORTERS:
            raise ValueError(f"Export format {name!r} is registered twice "
                             f"({EXPORTERS[name].function.__module__} and {fn.__module__}).")
        if not callable(fn):
            raise TypeError(f"Exporter {name!r} must be callable, got {fn!r}.")
        doc = (fn.__doc__ or "").strip().splitlines()
        EXPORTERS[name] = ExporterSpec(name, fn, suffix, doc[0] if doc else "")
        return fn
    return register


def _spec(fmt: str) -> ExporterSpec:
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise UnknownFormatError(f"Unknown export format {fmt!r}. "
                                 f"Available formats: {', '.join(sorted(EXPORTERS))}.") from None


def suffix_for(fmt: str) -> str:
    """The file suffix of a format (``turtle`` -> ``.ttl``)."""
    return _spec(fmt).suffix


def export(graph: "Graph", fmt: str, stream: BinaryIO) -> None:
    """Write ``graph`` as ``fmt`` bytes to a binary stream.

    Raises:
        UnknownFormatError: ``fmt`` is not a registered format; the message lists them.
    """
    _spec(fmt).function(graph, stream)


# the built-in formats, registered in this order (explicit list, no import side effects elsewhere)
from kg.export import turtle, jsonld, graphml, gexf  # noqa: E402,F401
