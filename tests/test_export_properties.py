"""Property tests: any names, quotes and confidences survive Turtle and JSON-LD alike."""
from __future__ import annotations

import io

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from graph_fixtures import assertion
from kg.export import export
from kg.graph.builder import GraphBuilder
from kg.model import Document, Entity

hypothesis = pytest.importorskip("hypothesis")
st = hypothesis.strategies

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip)


def _round_trip(g: Graph, fmt: str) -> Graph:
    out = io.BytesIO()
    export(g, fmt, out)
    return Graph().parse(data=out.getvalue(), format="json-ld" if fmt == "jsonld" else "turtle")


@hypothesis.settings(max_examples=25, deadline=None)
@hypothesis.given(name=_text, local=_text, quote=_text, confidence=st.floats(0, 1))
@hypothesis.example(name="0", local=".", quote="0", confidence=0.0)   # Oxigraph wrote 'person:\\.'
def test_export_any_names_round_trip_in_turtle_and_jsonld(name, local, quote, confidence):
    key = f"person:{local}"
    b = GraphBuilder()
    b.add(Document("a b.txt", quote, meta={"publisher": name},
                   entities=(Entity(key, "person", name),),
                   assertions=(assertion("quote", "a b.txt", "s1", quote, confidence=confidence,
                                         speaker=key, text=quote),)))
    g = b.finish()
    assert isomorphic(_round_trip(g, "turtle"), g)
    assert isomorphic(_round_trip(g, "jsonld"), g)


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "graphml", "gexf"])
def test_export_from_the_builders_view_equals_export_from_its_rdflib_graph(fmt):
    """build_files exports the builder's triples without making an rdflib graph of them
    (GraphBuilder.finish_subjects): the same bytes as exporting GraphBuilder.finish()'s graph."""
    from graph_fixtures import RENAMES, documents
    from kg.export.view import GraphView
    from kg.graph.builder import GraphBuilder

    def builder():
        b = GraphBuilder(min_confidence=0.5)
        for doc in documents():
            b.add(doc)
        return b

    via_graph, via_view = io.BytesIO(), io.BytesIO()
    export(builder().finish(RENAMES), fmt, via_graph)
    export(GraphView.of_subjects(*builder().finish_subjects(RENAMES)), fmt, via_view)
    assert via_view.getvalue() == via_graph.getvalue() and len(via_view.getvalue()) > 1000
