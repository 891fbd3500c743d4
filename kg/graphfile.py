"""Read a built graph file (Turtle, N-Triples, JSON-LD, RDF/XML) into an rdflib graph.

rdflib's own parsers fill the default in-memory store. With ``store="Oxigraph"``
Turtle and N-Triples go through Oxigraph's much faster parser instead (oxrdflib);
not for the memory store, because that parser turns plain literals into
``^^xsd:string`` ones, which rdflib (and so pySHACL's ``sh:in``) treats as different.
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.errors import InputError

__all__ = ["load_graph", "FORMATS_BY_SUFFIX"]

_PREFIXES = {"kg": "https://w3id.org/pemilu-kg/ontology#", "foaf": "http://xmlns.com/foaf/0.1/",
             "org": "http://www.w3.org/ns/org#", "prov": "http://www.w3.org/ns/prov#",
             "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
             "schema": "https://schema.org/"}

FORMATS_BY_SUFFIX = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt",
                     ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml",
                     ".xml": "xml", ".trig": "trig", ".n3": "n3"}


def load_graph(source, *, store: str = "default"):
    """Return ``source`` if it is already an ``rdflib.Graph``, else parse the file.

    Args:
        source: an ``rdflib.Graph`` or a path to an RDF file (format from the suffix).
        store: rdflib store name; ``"Oxigraph"`` for SPARQL-heavy use.
    Raises:
        InputError: the file is missing, has an unknown suffix or does not parse.
    """
    from rdflib import Graph  # noqa: PLC0415

    if isinstance(source, Graph):
        return source
    path = Path(os.fspath(source))
    if not path.is_file():
        raise InputError(str(path), "no such graph file (build one with `kg build INPUT -o DIR`)")
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown graph format {path.suffix!r}; use one of "
                                    f"{', '.join(sorted(FORMATS_BY_SUFFIX))}")
    if store.lower() == "oxigraph" and fmt in ("turtle", "nt"):
        fmt = {"turtle": "ox-turtle", "nt": "ox-ntriples"}[fmt]
    graph = Graph(store=store)
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # parsers raise many types; report them as one input error
        raise InputError(str(path), f"cannot parse as {fmt.removeprefix('ox-')}: {exc}") from exc
    for prefix, ns in _PREFIXES.items():
        graph.bind(prefix, ns, override=False)
    return graph
