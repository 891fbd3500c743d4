"""Turtle: deterministic bytes (sorted, prefixed), the graph's reference format.

Written by Oxigraph's Turtle serializer (``pyoxigraph``, already the SPARQL engine):
rdflib's (longturtle) took as long as the rest of a build's graph work together. The
triples go in sorted (subjects, then ``rdf:type`` first and the other predicates, then
objects, all by their text), so Oxigraph groups each subject's triples and the same
graph gives the same bytes. The prefixes are the graph's own, listed sorted as
``PREFIX`` lines, only those whose namespace some IRI of the graph is in, and every
subject starts a paragraph.

A graph Oxigraph refuses (an IRI with a space or a brace, which rdflib lets through)
is written by rdflib's longturtle serializer instead, as before.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, BinaryIO

from kg.export.pieces import active, subject_digests
from kg.export.view import GraphView, view_of
from kg.graph.terms import IS_BNODE, IS_IRI, IS_LITERAL, RDF

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["write_turtle"]


def write_turtle(graph: "Graph", stream: BinaryIO) -> None:
    """Turtle (sorted subjects and predicates, the graph's prefixes): the same input gives the same bytes.

    Built graphs have no blank nodes; a graph with some is relabelled canonically first
    (``rdflib.compare.to_canonical_graph``), so its bytes do not depend on the labels either.
    """
    view = view_of(graph)
    if any(IS_BNODE[type(s)] or any(IS_BNODE[type(o)] for _, o in pairs) for s, pairs in view.by_subject.items()):
        from rdflib import Graph  # noqa: PLC0415
        from rdflib.compare import to_canonical_graph  # noqa: PLC0415

        canonical = Graph(bind_namespaces="none")
        for prefix, ns in view.namespaces():
            canonical.bind(prefix, ns, override=True, replace=True)
        for triple in to_canonical_graph(view.graph):
            canonical.add(triple)
        view = GraphView(canonical)
    try:
        data = _oxigraph_turtle(view)
    except ValueError:   # a term Oxigraph refuses: rdflib writes it as it always did
        data = view.graph.serialize(format="longturtle", encoding="utf-8")
    stream.write(data)


def _oxigraph_turtle(view: GraphView) -> bytes:
    import pyoxigraph as ox  # noqa: PLC0415

    terms: dict = {}

    def term(x):
        t = terms.get(x)
        if t is None:
            if IS_IRI[type(x)]:
                t = ox.NamedNode(x)
            elif IS_LITERAL[type(x)]:
                t = (ox.Literal(x, language=x.language) if x.language else
                     ox.Literal(x, datatype=term(x.datatype)) if x.datatype else ox.Literal(x))
            else:
                t = ox.BlankNode(x)
            terms[x] = t
        return t

    iris = set()
    for s, pairs in view.by_subject.items():
        iris.add(s)
        iris.update(p for p, _ in pairs)
        iris.update(o.datatype if IS_LITERAL[type(o)] else o for _, o in pairs)
    iris.discard(None)
    namespaces = {prefix: str(ns) for prefix, ns in view.namespaces() if prefix}
    used = {prefix: ns for prefix, ns in namespaces.items() if any(i.startswith(ns) for i in iris)}
    in_namespace = re.compile("|".join(re.escape(ns) for ns in sorted(used.values(), key=len, reverse=True)))
    if used and any((m := in_namespace.match(i)) and not _PLAIN_LOCAL.fullmatch(i, m.end()) for i in iris):
        # Oxigraph would escape such a local name ('person:\.'), valid Turtle that rdflib's parser refuses
        raise ValueError("a local name that needs escapes")
    out = [f"PREFIX {prefix}: <{ns}>\n".encode("utf-8") for prefix, ns in sorted(used.items())]
    subjects = sorted(view.by_subject, key=str)
    reuse = active()
    if reuse is not None:
        return _with_pieces(view, subjects, out, used, reuse, term, terms)
    predicate_keys: dict = {}
    for at in range(0, len(subjects), _CHUNK):   # a chunk of subjects at a time: few Oxigraph terms held
        out.extend(_blocks(view, subjects[at:at + _CHUNK], used, term, predicate_keys))
        terms.clear()
    return b"".join(out)


def _blocks(view: GraphView, subjects: list, used: dict, term, predicate_keys: dict) -> list[bytes]:
    """The Turtle blocks of ``subjects`` (in that order), each a blank line and the subject's lines."""
    import pyoxigraph as ox  # noqa: PLC0415

    triples = []
    for s in subjects:
        sub = term(s)
        for p, objects in _sorted_pairs(view.by_subject[s], predicate_keys):
            pred = term(p)
            triples.extend(ox.Triple(sub, pred, term(o)) for o in objects)
    blocks: list[list[bytes]] = []
    for line in ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=used).split(b"\n"):
        if line.startswith(b"@prefix "):
            continue
        if line and not line.startswith(b"\t"):   # a subject: literals never hold a raw line break
            blocks.append([b"\n"])
        if line:
            blocks[-1].append(line + b"\n")
    return [b"".join(b) for b in blocks]


def _with_pieces(view: GraphView, subjects: list, out: list[bytes], used: dict, reuse, term, terms: dict) -> bytes:
    """The file of :func:`_oxigraph_turtle`, each subject's block copied from the last build when the
    subject's triples (:func:`kg.export.pieces.subject_digests`) and the prefixes are the same, the
    others written as there (in chunks of the subjects missed, in order: blocks join exactly)."""
    digests = subject_digests(view)
    head = b"".join(out)
    context = reuse.context("turtle", head.decode("utf-8"))
    old = reuse.old("turtle", context)
    blocks: list = [old.get(digests[s]) for s in subjects]
    missed = [i for i, b in enumerate(blocks) if b is None]
    reuse.reused += len(subjects) - len(missed)
    predicate_keys: dict = {}
    for at in range(0, len(missed), _CHUNK):
        part = missed[at:at + _CHUNK]
        made = _blocks(view, [subjects[i] for i in part], used, term, predicate_keys)
        if len(made) != len(part):   # never: one block per subject
            raise ValueError("a subject's Turtle did not come out as one block")
        for i, block in zip(part, made):
            blocks[i] = block
        terms.clear()
    pieces, offset = [], len(head)
    for s, block in zip(subjects, blocks):
        pieces.append([digests[s], offset, len(block)])
        offset += len(block)
    reuse.record("turtle", context, pieces)
    return head + b"".join(blocks)


# local names written as they are: no escapes needed (the built graph's slugs, codes like '19.71')
_PLAIN_LOCAL = re.compile(r"(?:[\w-]+(?:\.+[\w-]+)*)?")
_CHUNK = 2000   # subjects per Oxigraph call (each subject's triples are one block, so chunks join exactly)


def _object_key(o) -> tuple:
    return (IS_LITERAL[type(o)], str(o), str(getattr(o, "datatype", None) or ""), getattr(o, "language", None) or "")


def _sorted_pairs(pairs, predicate_keys: dict) -> list[tuple]:
    """A subject's triples in their order, as ``[(p, [o, ...]), ...]``: ``rdf:type`` first, then by
    predicate (its text), then by object (IRIs before literals, then text, datatype, language).
    Grouped by predicate first (a subject has a few), so only one predicate's objects are compared."""
    groups: dict = {}
    for p, o in pairs:
        objects = groups.get(p)
        if objects is None:
            groups[p] = [o]
        else:
            objects.append(o)
    for p in groups:
        if p not in predicate_keys:
            predicate_keys[p] = (p != RDF.type, str(p))
    out = sorted(groups.items(), key=lambda item: predicate_keys[item[0]])
    for _, objects in out:
        if len(objects) > 1:
            objects.sort(key=_object_key)
    return out

