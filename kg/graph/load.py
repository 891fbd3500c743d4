"""Read a built graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) into an rdflib graph.

The one loader of the package: ``kg stats``, ``kg export``, ``kg validate``, ``kg draw``
use the default in-memory store; ``kg query`` and ``kg serve`` ask for
``store="Oxigraph"``, where Turtle, N-Triples, N-Quads, TriG and RDF/XML go through
Oxigraph's much faster parsers (oxrdflib). Not for the memory store, because those
parsers turn plain literals into ``^^xsd:string`` ones, which rdflib (and so pySHACL's
``sh:in``) treats as different.
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.errors import InputError
from kg.graph.vocab import PREFIXES

__all__ = ["load_graph", "FORMATS_BY_SUFFIX"]

FORMATS_BY_SUFFIX = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads",
                     ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml",
                     ".xml": "xml", ".trig": "trig", ".n3": "n3"}
_OXIGRAPH = {"turtle": "ox-turtle", "nt": "ox-ntriples", "nquads": "ox-nquads", "trig": "ox-trig",
             "xml": "ox-xml"}


def _is_oxigraph(store: str) -> bool:
    return store.lower() == "oxigraph"


def load_graph(source, *, store: str = "default"):
    """Return ``source`` if it is already a graph on the wanted store, else parse or copy it.

    Args:
        source: an ``rdflib.Graph`` or a path to an RDF file (format from the suffix).
        store: rdflib store name; ``"Oxigraph"`` for SPARQL-heavy use (a Graph on another
            store is copied into one).
    Raises:
        InputError: the file is missing, has an unknown suffix or does not parse.
    """
    from rdflib import Graph  # noqa: PLC0415

    if isinstance(source, Graph):
        if not _is_oxigraph(store) or source.store.__class__.__name__ == "OxigraphStore":
            return source
        copy = Graph(store="Oxigraph")
        copy.parse(data=source.serialize(format="nt", encoding="utf-8"), format="ox-ntriples")
        return copy
    path = Path(os.fspath(source))
    if not path.is_file():
        raise InputError(str(path), "no such graph file (build one with `kg build INPUT -o DIR`)")
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown graph format {path.suffix!r}; use one of "
                                    f"{', '.join(sorted(FORMATS_BY_SUFFIX))}")
    graph = Graph(store=store)
    try:
        if _is_oxigraph(store) and fmt in _OXIGRAPH:
            graph.parse(path, format=_OXIGRAPH[fmt])
        elif _is_oxigraph(store):  # JSON-LD, N3: rdflib's parser, then into the store in one go
            graph.parse(data=Graph().parse(path, format=fmt).serialize(format="nt"), format="ox-ntriples")
        else:
            graph.parse(path, format=fmt)
    except Exception as exc:  # parsers raise many types; report them as one input error
        raise InputError(str(path), f"cannot parse as {fmt}: {exc}") from exc
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=False)
    return graph
