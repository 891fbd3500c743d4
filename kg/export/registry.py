"""The exporter registry: format name -> the module and function that write it.

Like rdflib's plug-in table, built-in formats are registered by module path and
imported on first use, so this module imports none of them (no cycle, and
``kg --help`` never loads networkx). ``exporter()`` registers a function of
your own in the same table.

>>> sorted(EXPORTERS)
['gexf', 'graphml', 'jsonld', 'turtle']
>>> EXPORTERS["graphml"].suffix
'.graphml'
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, Callable

from kg.errors import UnknownFormatError

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["EXPORTERS", "ExporterSpec", "exporter", "register", "export", "suffix_for"]

Exporter = Callable[["Graph", BinaryIO], None]


@dataclass(frozen=True)
class ExporterSpec:
    """One format: its name, file suffix, a one-line description and where its writer lives."""
    name: str
    suffix: str
    description: str
    module: str = ""                 # "kg.export.turtle"; empty when ``loaded`` is given
    attribute: str = ""              # "write_turtle"
    loaded: Exporter | None = None   # a function registered directly

    @property
    def function(self) -> Exporter:
        """The writer ``fn(graph, binary_stream)``, imported on first use."""
        if self.loaded is not None:
            return self.loaded
        return getattr(importlib.import_module(self.module), self.attribute)

    def __iter__(self):  # unpacks as (function, suffix)
        return iter((self.function, self.suffix))


EXPORTERS: dict[str, ExporterSpec] = {}


def _add(spec: ExporterSpec) -> None:
    if spec.name in EXPORTERS:
        old = EXPORTERS[spec.name]
        raise ValueError(f"Export format {spec.name!r} is registered twice "
                         f"({old.module or old.loaded!r} and {spec.module or spec.loaded!r}).")
    EXPORTERS[spec.name] = spec


def register(name: str, module: str, attribute: str, *, suffix: str, description: str) -> None:
    """Register the writer ``module.attribute`` (imported when first used) as format ``name``."""
    _add(ExporterSpec(name, suffix, description, module=module, attribute=attribute))


def exporter(name: str, *, suffix: str) -> Callable[[Exporter], Exporter]:
    """Decorator registering ``fn(graph, binary_stream)`` as the writer of format ``name``."""
    def wrap(fn: Exporter) -> Exporter:
        if not callable(fn):
            raise TypeError(f"Exporter {name!r} must be callable, got {fn!r}.")
        doc = (fn.__doc__ or "").strip().splitlines()
        _add(ExporterSpec(name, suffix, doc[0] if doc else "", loaded=fn))
        return fn
    return wrap


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


# the built-in formats, in this order; their modules are imported when first used
register("turtle", "kg.export.turtle", "write_turtle", suffix=".ttl",
         description="Turtle (longturtle, sorted subjects and predicates): the same input gives the same bytes.")
register("jsonld", "kg.export.jsonld", "write_jsonld", suffix=".jsonld",
         description="JSON-LD 1.1 with an inline @context of the graph's prefixes (no remote context).")
register("graphml", "kg.export.graphml", "write_graphml", suffix=".graphml",
         description="GraphML (Gephi-ready: named keys, every node with label and type, every edge with label).")
register("gexf", "kg.export.gexf", "write_gexf", suffix=".gexf",
         description="GEXF 1.2 with viz colours and sizes by node type.")
