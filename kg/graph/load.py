"""Read a built graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML) into an rdflib graph.

The one loader of the package: ``kg stats``, ``kg export``, ``kg validate``, ``kg draw``
use the default in-memory store; ``kg query`` and ``kg serve`` ask for
``store="Oxigraph"``, where Turtle, N-Triples, N-Quads, TriG and RDF/XML go through
Oxigraph's much faster parsers (oxrdflib). Not for the memory store, because those
parsers turn plain literals into ``^^xsd:string`` ones, which rdflib (and so pySHACL's
``sh:in``) treats as different.

Loading never touches the network and never expands without bound
(:func:`check_graph_file`, run before every parse, also by ``kg serve``): a JSON-LD
file whose ``@context`` (or ``@import``) names a remote document is refused rather
than fetched, and an RDF/XML file that declares DOCTYPE entities (the "billion
laughs" expansion) is refused before its first element is read.
"""
from __future__ import annotations

import os
from pathlib import Path

from kg.errors import InputError
from kg.graph.vocab import PREFIXES

__all__ = ["load_graph", "check_graph_file", "FORMATS_BY_SUFFIX"]

FORMATS_BY_SUFFIX = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".nq": "nquads",
                     ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml",
                     ".xml": "xml", ".trig": "trig", ".n3": "n3"}
_OXIGRAPH = {"turtle": "ox-turtle", "nt": "ox-ntriples", "nquads": "ox-nquads", "trig": "ox-trig",
             "xml": "ox-xml"}


def _refuse_xml_entities(path: Path) -> None:
    """Raise InputError if the XML file declares entities (read up to its first element only)."""
    import xml.parsers.expat as expat  # noqa: PLC0415

    class _Done(Exception):
        pass

    def entity(name, *_):
        raise InputError(str(path), f"declares the DOCTYPE entity {name!r}; XML entity declarations are "
                                    f"refused (they can expand without bound). Remove the DOCTYPE.")

    def first_element(*_):
        raise _Done

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = entity
    parser.StartElementHandler = first_element
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Done:
        return
    except expat.ExpatError as exc:
        raise InputError(str(path), f"not well-formed XML: {exc}") from None


def _remote_contexts(data) -> list[str]:
    """Every ``@context`` or ``@import`` in a JSON-LD document that names a document to fetch."""
    found, stack = [], [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key in ("@context", "@import"):
                    found.extend(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
                stack.append(value)
    return found


def _refuse_remote_context(path: Path) -> None:
    import json  # noqa: PLC0415

    try:
        data = json.loads(path.read_bytes())
    except (ValueError, RecursionError) as exc:
        raise InputError(str(path), f"not valid JSON: {exc}") from None
    remote = _remote_contexts(data)
    if remote:
        raise InputError(str(path), f"its @context names the remote document {remote[0]!r}; loading a graph "
                                    f"never fetches from the network. Put the context inline.")


def check_graph_file(source) -> str:
    """The rdflib format name of the graph file ``source``, once it is known to load safely.

    Raises:
        InputError: missing file, unknown suffix, a remote JSON-LD context, XML entity declarations.
    """
    path = Path(os.fspath(source))
    if not path.is_file():
        raise InputError(str(path), "no such graph file (build one with `kg build INPUT -o DIR`)")
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(str(path), f"unknown graph format {path.suffix!r}; use one of "
                                    f"{', '.join(sorted(FORMATS_BY_SUFFIX))}")
    if fmt == "xml":
        _refuse_xml_entities(path)
    elif fmt == "json-ld":
        _refuse_remote_context(path)
    return fmt


def _is_oxigraph(store: str) -> bool:
    return store.lower() == "oxigraph"


def load_graph(source, *, store: str = "default"):
    """Return ``source`` if it is already a graph on the wanted store, else parse or copy it.

    Args:
        source: an ``rdflib.Graph`` or a path to an RDF file (format from the suffix).
        store: rdflib store name; ``"Oxigraph"`` for SPARQL-heavy use (a Graph on another
            store is copied into one).
    Raises:
        InputError: the file is missing, has an unknown suffix, is unsafe (:func:`check_graph_file`)
            or does not parse.
    """
    from rdflib import Graph  # noqa: PLC0415

    if isinstance(source, Graph):
        if not _is_oxigraph(store) or source.store.__class__.__name__ == "OxigraphStore":
            return source
        copy = Graph(store="Oxigraph")
        copy.parse(data=source.serialize(format="nt", encoding="utf-8"), format="ox-ntriples")
        return copy
    path = Path(os.fspath(source))
    fmt = check_graph_file(path)
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
