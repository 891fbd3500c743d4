"""JSON-LD export: the same triples as Turtle, deterministic bytes, inline context only."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph_fixtures import build
from kg.export import export


def _bytes(g: Graph, fmt: str) -> bytes:
    out = io.BytesIO()
    export(g, fmt, out)
    return out.getvalue()


def test_export_jsonld_isomorphic_to_turtle():
    g = build()
    from_jsonld = Graph().parse(data=_bytes(g, "jsonld"), format="json-ld")
    from_turtle = Graph().parse(data=_bytes(g, "turtle"), format="turtle")
    assert isomorphic(from_jsonld, from_turtle)


_SCRIPT = ("import sys; sys.path.insert(0, 'tests'); from graph_fixtures import build; "
           "from kg.export import export; export(build(), 'jsonld', sys.stdout.buffer)")


@pytest.mark.parametrize("seed", ["1", "2"])
def test_export_jsonld_bytes_do_not_depend_on_hash_seed(seed):
    """Two processes with different hash seeds (set and dict order) write the same bytes."""
    env = dict(os.environ, PYTHONHASHSEED=seed, OMP_NUM_THREADS="1")
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", _SCRIPT], cwd=root, env=env, capture_output=True, check=True)
    assert out.stdout == _bytes(build(), "jsonld")


@pytest.mark.parametrize("prefix", ["kg", "foaf", "org", "prov", "schema", "skos", "dcterms"])
def test_export_jsonld_context_is_inline(prefix):
    data = json.loads(_bytes(build(), "jsonld"))
    assert isinstance(data["@context"], dict) and data["@context"][prefix].startswith("http")


def test_export_jsonld_empty_graph_is_valid_json():
    data = json.loads(_bytes(Graph(), "jsonld"))
    assert "@context" in data


def _both(g: Graph) -> tuple[dict, dict]:
    from kg.export.jsonld import _by_rdflib, _walked
    from kg.export.view import GraphView

    context = {prefix: str(ns) for prefix, ns in sorted(g.namespaces()) if prefix}
    return _walked(GraphView(g), context), _by_rdflib(g, context)


def test_export_jsonld_walk_gives_rdflib_serializers_document():
    """The one-walk writer and rdflib's JSON-LD serializer give the same document (samples: bytes too)."""
    walked, by_rdflib = _both(build())
    assert walked == by_rdflib and len(walked["@graph"]) > 20


def test_export_jsonld_walk_matches_rdflib_on_every_literal_form():
    from rdflib import RDF, XSD, Literal, URIRef

    g = Graph(bind_namespaces="none")
    g.bind("ex", "http://example.org/")
    a, p = URIRef("http://example.org/a"), URIRef("http://example.org/p")
    for o in (Literal("x"), Literal("x", lang="id"), Literal("3", datatype=XSD.integer), Literal("2024-01-02",
              datatype=XSD.date), Literal("true", datatype=XSD.boolean), Literal("0.5", datatype=XSD.decimal),
              Literal("1e3", datatype=XSD.double), Literal("s", datatype=XSD.string), URIRef("http://other.org/z"),
              URIRef("http://example.org/b")):
        g.add((a, p, o))
    g.add((a, RDF.type, URIRef("http://example.org/C")))
    g.add((URIRef("http://example.org/b"), URIRef("http://example.org/q"), Literal("only")))
    walked, by_rdflib = _both(g)
    assert walked == by_rdflib
    one = Graph(bind_namespaces="none")
    one.bind("ex", "http://example.org/")
    one.add((a, p, Literal("x")))                      # a single node: no @graph array
    assert _both(one)[0] == _both(one)[1] and "@graph" not in _both(one)[0]


def test_export_jsonld_blank_nodes_go_through_rdflib():
    from rdflib import BNode, URIRef

    g = Graph()
    g.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), BNode()))
    data = json.loads(_bytes(g, "jsonld"))
    assert isomorphic(Graph().parse(data=json.dumps(data), format="json-ld"), g)


def test_export_jsonld_streamed_bytes_equal_the_whole_document_dumped():
    """Written node by node, the file is the bytes of dumping the whole document at once."""
    from kg.export.jsonld import _stream_walked, _walked
    from kg.export.view import GraphView

    g = build()
    view = GraphView(g)
    context = {prefix: str(ns) for prefix, ns in sorted(g.namespaces()) if prefix}
    out = io.BytesIO()
    assert _stream_walked(view, context, out)
    whole = json.dumps(_walked(view, context), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
    assert out.getvalue() == whole and out.getvalue() == _bytes(g, "jsonld")
