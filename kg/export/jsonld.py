"""JSON-LD: the same triples as the Turtle, compacted with the graph's prefixes, sorted.

The node objects are made in one walk over the graph (:class:`kg.export.view.GraphView`)
by the rules rdflib's JSON-LD serializer follows with an inline context of prefixes
only (``auto_compact``), and IRIs are compacted by rdflib's own
:class:`~rdflib.plugins.shared.jsonld.context.Context`, so the bytes are those the
serializer gave (tests compare both), at a fraction of its time: one node object per
subject, ``@type`` for ``rdf:type``, ``{"@id": ...}`` for an IRI, booleans, integers,
doubles and ``xsd:string`` as JSON values, other typed literals as
``{"@type", "@value"}``, tagged ones as ``{"@language", "@value"}``; one value stays a
value, several become an array.
"""
from __future__ import annotations

import json
from json.encoder import encode_basestring as _quote
from typing import TYPE_CHECKING, Any, BinaryIO

from kg.export.pieces import active, subject_digests
from kg.export.view import GraphView, view_of
from kg.graph.terms import IS_BNODE, IS_IRI, RDF, XSD

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["write_jsonld"]

_NATIVE = {XSD.boolean, XSD.integer, XSD.double, XSD.string}   # rdflib's PLAIN_LITERAL_TYPES


def _sorted(value: Any) -> Any:
    """Sort every JSON-LD array (node objects and multi-valued properties are sets) and key."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def write_jsonld(graph: "Graph", stream: BinaryIO) -> None:
    """JSON-LD 1.1 with an inline @context of the graph's prefixes (no remote context)."""
    view = view_of(graph)
    context = {prefix: str(ns) for prefix, ns in sorted(view.namespaces()) if prefix}
    if _plain(view) and _stream_walked(view, context, stream):
        return
    # blank nodes or RDF lists (never in a built graph): rdflib's serializer nests them
    out = _walked(view, context) if _plain(view) else _by_rdflib(view.graph, context)
    stream.write(json.dumps(out, ensure_ascii=False, indent=2).encode("utf-8"))
    stream.write(b"\n")


def _stream_walked(view: GraphView, context: dict[str, str], stream: BinaryIO) -> bool:
    """Write the document node by node (none held beyond the one being written): the bytes
    ``json.dumps(_walked(...), indent=2)`` gives. The @graph array is sorted by each node's
    JSON text, which begins with its ``"@id"`` (keys are sorted, and "@id" sorts first), so
    with distinct ids the order is that of the ids' JSON text. False (nothing written) for
    fewer than two nodes or ids that repeat: the caller writes the whole document then."""
    make = _node_maker(view, context)
    reuse = active()
    if reuse is not None:
        return _with_pieces(view, context, make, reuse, stream)
    keyed = sorted((json.dumps(make.shrink(s), ensure_ascii=False), s) for s in view.by_subject)
    if len(keyed) < 2 or len({k for k, _ in keyed}) != len(keyed):
        return False
    head = json.dumps({"@context": context}, ensure_ascii=False, indent=2)
    parts = [head[:-2] + ',\n  "@graph": [\n']
    for n, (_, s) in enumerate(keyed):
        parts.append(_node_text(make, s, view.by_subject[s]) + (",\n" if n + 1 < len(keyed) else "\n"))
        if len(parts) >= 4096:
            stream.write("".join(parts).encode("utf-8"))
            parts = []
    parts.append("  ]\n}\n")
    stream.write("".join(parts).encode("utf-8"))
    return True


def _node_text(make, s, pairs) -> str:
    """One node object of the @graph array as the file holds it (indented, no separator)."""
    return "    " + _indented(_sorted(make(s, pairs))).replace("\n", "\n    ")


_ID_AT = len('    {\n      "@id": ')


def _with_pieces(view: GraphView, context: dict[str, str], make, reuse, stream: BinaryIO) -> bool:
    """What :func:`_stream_walked` writes, each node object copied from the last build when the
    subject's triples (:func:`kg.export.pieces.subject_digests`) and the context are the same. A
    copied node's sort key is read from its first line (its ``"@id"``, as ``json.dumps`` quotes it)."""
    digests = subject_digests(view)
    head = json.dumps({"@context": context}, ensure_ascii=False, indent=2)
    key = reuse.context("jsonld", head)
    old = reuse.old("jsonld", key)
    keyed = []
    for s in view.by_subject:
        piece = old.get(digests[s])
        if piece is not None:
            text = piece.decode("utf-8")
            keyed.append((text[_ID_AT:text.index("\n", _ID_AT)].removesuffix(","), s, text))
        else:
            keyed.append((json.dumps(make.shrink(s), ensure_ascii=False), s, None))
    keyed.sort(key=lambda k: (k[0], k[1]))
    if len(keyed) < 2 or len({k for k, _, _ in keyed}) != len(keyed):
        return False
    top = (head[:-2] + ',\n  "@graph": [\n').encode("utf-8")
    parts, pieces, offset = [top], [], len(top)
    for n, (_, s, text) in enumerate(keyed):
        if text is None:
            data = _node_text(make, s, view.by_subject[s]).encode("utf-8")
        else:
            data = old[digests[s]]
            reuse.reused += 1
        pieces.append([digests[s], offset, len(data)])
        parts.append(data)
        parts.append(b",\n" if n + 1 < len(keyed) else b"\n")
        offset += len(data) + len(parts[-1])
    parts.append(b"  ]\n}\n")
    stream.write(b"".join(parts))
    reuse.record("jsonld", key, pieces)
    return True


def _indented(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for the node objects (strings, numbers,
    booleans, dicts and lists of them): the same text, without the pure-Python encoder that
    ``indent`` makes json use (the C encoder writes each string)."""
    try:
        return _indent(value, "")
    except TypeError:   # something else (never in a node object): json itself
        return json.dumps(value, ensure_ascii=False, indent=2)


def _indent(value: Any, indent: str) -> str:
    if isinstance(value, str):
        return _quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        if value != value:
            return "NaN"
        if value in (float("inf"), float("-inf")):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{}"
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a key that is not a string")
        return "{\n" + ",\n".join(f"{inner}{_quote(k)}: {_indent(v, inner)}" for k, v in value.items()) \
            + "\n" + indent + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _indent(v, inner) for v in value) + "\n" + indent + "]"
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def _walked(view: GraphView, context: dict[str, str]) -> dict[str, Any]:
    """The document from one walk over the view (graphs without blank nodes or lists)."""
    out: dict[str, Any] = {"@context": context}
    nodes = _nodes(view, context)
    if len(nodes) == 1:
        out.update(_sorted(nodes[0]))
    else:
        out["@graph"] = _sorted(nodes)
    return out


def _by_rdflib(graph: "Graph", context: dict[str, str]) -> dict[str, Any]:
    """The document rdflib's JSON-LD serializer gives, sorted the same way."""
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    if "@graph" in data:
        data["@graph"] = _sorted(data["@graph"])
    out = {"@context": data.pop("@context", context)}
    out.update(_sorted(data))
    return out


def _plain(view: GraphView) -> bool:
    """No blank node and no RDF list: every node object is flat."""
    lists = {RDF.first, RDF.rest, RDF.nil}
    return not any(IS_BNODE[type(s)] or any(IS_BNODE[type(o)] or p in lists
                                                or (IS_IRI[type(o)] and o in lists) for p, o in pairs)
                   for s, pairs in view.by_subject.items())


def _nodes(view: GraphView, context: dict[str, str]) -> list[dict]:
    """One flat node object per subject (IRIs only: :func:`_plain` graphs)."""
    make = _node_maker(view, context)
    return [make(s, pairs) for s, pairs in view.by_subject.items()]


def _node_maker(view: GraphView, context: dict[str, str]):
    """``make(subject, pairs)`` -> its node object; ``make.shrink(iri)``: the IRI compacted."""
    from rdflib.plugins.shared.jsonld.context import Context  # noqa: PLC0415

    ctx = Context(context)
    ids: dict = {}
    symbols: dict = {}

    def shrink(iri):
        text = ids.get(iri)
        if text is None:
            text = ids[iri] = str(ctx.shrink_iri(iri))
        return text

    def symbol(iri):
        text = symbols.get(iri)
        if text is None:
            text = symbols[iri] = str(ctx.to_symbol(iri))
        return text

    def value(o):
        if IS_IRI[type(o)]:
            return {"@id": shrink(o)}
        if o.datatype in _NATIVE:
            return o.toPython()
        if o.datatype:
            return {"@type": symbol(o.datatype), "@value": str(o)}
        if o.language:
            return {"@language": o.language, "@value": str(o)}
        return str(o)

    rdf_type = RDF.type

    def make(s, pairs) -> dict[str, Any]:
        node: dict[str, Any] = {"@id": shrink(s)}
        for p, o in pairs:
            if p is rdf_type or (str.__eq__(p, rdf_type) is True and p == rdf_type):
                key, v = "@type", symbol(o) if IS_IRI[type(o)] else value(o)
            else:
                key, v = symbol(p), value(o)
            have = node.get(key)
            if have is None:
                node[key] = v
            elif isinstance(have, list):
                have.append(v)
            else:
                node[key] = [have, v]
        return node

    make.shrink = shrink
    return make
