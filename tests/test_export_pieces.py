"""Pieces of the last build's Turtle and JSON-LD reused (kg.export.pieces): the same bytes as written anew."""
from __future__ import annotations

import io

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from graph_fixtures import build
from kg.export import export
from kg.export.pieces import Reuse, subject_digests, using
from kg.export.view import GraphView

FORMATS = ("turtle", "jsonld")
ALL = FORMATS + ("graphml", "gexf")
_INDEX = {"turtle": "turtle", "jsonld": "jsonld", "graphml": "records", "gexf": "records"}
_ENTRIES = {"turtle": ("turtle",), "jsonld": ("jsonld",), "graphml": ("records", "graphml"), "gexf": ("records", "gexf")}


def _write(graph, fmt: str, reuse: Reuse | None = None) -> bytes:
    buf = io.BytesIO()
    with using(reuse):
        export(graph, fmt, buf)
    return buf.getvalue()


def _copy(graph: Graph) -> Graph:
    out = Graph(bind_namespaces="none")
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for triple in graph:
        out.add(triple)
    return out


def _changed(graph: Graph) -> Graph:
    """The graph with one subject's literal changed, one subject dropped and one added."""
    g = _copy(graph)
    subjects = sorted({s for s in g.subjects() if isinstance(s, URIRef)}, key=str)
    label = next(s for s in subjects if (s, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in g)
    rdfs_label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    g.remove((label, rdfs_label, None))
    g.add((label, rdfs_label, Literal("Nama Baru")))
    dropped = subjects[-1]
    g.remove((dropped, None, None))
    g.add((URIRef("https://w3id.org/pemilu-kg/id/person/tambahan"), rdfs_label, Literal("Tambahan")))
    return g


def _previous(graph, salt: str = "code") -> Reuse:
    first = Reuse(salt)
    files = {fmt: _write(graph, fmt, first) for fmt in ALL}
    return Reuse(salt, files, first.recorded())


@pytest.mark.parametrize("fmt", ALL)
def test_a_first_build_with_nothing_to_reuse_writes_the_usual_bytes(fmt):
    g = build()
    reuse = Reuse("code")
    assert _write(g, fmt, reuse) == _write(g, fmt)
    assert reuse.reused == 0 and reuse.recorded()[_INDEX[fmt]]["pieces"]


@pytest.mark.parametrize("fmt", ALL)
def test_pieces_of_the_last_build_give_the_bytes_of_a_fresh_export(fmt):
    g = build()
    new = _changed(g)
    reuse = _previous(g)
    assert _write(new, fmt, reuse) == _write(new, fmt)
    n = sum(len(reuse.recorded()[e]["pieces"]) for e in _ENTRIES[fmt])   # GraphML, GEXF: records and node texts
    assert 0 < reuse.reused <= n - 2      # the changed and the added subject (and what points to them) anew
    again = Reuse("code", {fmt: _write(new, fmt)}, reuse.recorded())   # and what it recorded serves next
    assert _write(new, fmt, again) == _write(new, fmt) and again.reused == n


def test_a_node_record_is_made_again_when_a_node_it_points_to_changes():
    """A GraphML node's label and evidence read the nodes it points to (a holding is labelled by its
    post, a statement carries its sentence's text): their change makes the record again."""
    g = build()
    reuse = _previous(g)
    new = _copy(g)
    text = URIRef("https://w3id.org/pemilu-kg/ontology#text")
    sentence, old_text = next(iter(new.subject_objects(text)))
    new.remove((sentence, text, old_text))
    new.add((sentence, text, Literal("Kalimat lain.")))
    assert _write(new, "graphml", reuse) == _write(new, "graphml")
    assert b"Kalimat lain." in _write(new, "graphml") and 0 < reuse.reused


def test_a_node_record_is_made_again_when_the_first_of_several_values_it_reads_changes():
    """A holding is labelled by the first label of its post: the same triples in another order (a set a
    builder filled, in another process) give another label, so the record is made again."""
    from kg.graph.terms import KG, RDF, RDFS

    holding, post = URIRef("https://w3id.org/pemilu-kg/id/holding/h1"), URIRef("https://w3id.org/pemilu-kg/id/post/p1")
    org = URIRef("http://www.w3.org/ns/org#")

    def view(labels):
        return GraphView.of_subjects({holding: [(RDF.type, KG.Holding), (KG.heldPost, post)],
                                      post: [(RDF.type, URIRef(org + "Post"))] + [(RDFS.label, Literal(x)) for x in labels]},
                                     build())
    first, second = ["Bupati A", "Bupati B"], ["Bupati B", "Bupati A"]   # a view per export: records are memoised
    reuse = Reuse("code")
    files = {"graphml": _write(view(first), "graphml", reuse)}
    again = Reuse("code", files, reuse.recorded())
    assert b"holds Bupati B" in _write(view(second), "graphml") and b"holds Bupati A" in files["graphml"]
    assert _write(view(second), "graphml", again) == _write(view(second), "graphml")
    same = Reuse("code", files, reuse.recorded())
    assert _write(view(first), "graphml", same) == files["graphml"] and same.reused == 4   # same order: both copied
    # (each node's record and its text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_pieces_of_other_code_are_not_reused(fmt):
    g = build()
    reuse = _previous(g, salt="old code")
    fresh = Reuse("new code", reuse._files, reuse._index)
    assert _write(g, fmt, fresh) == _write(g, fmt) and fresh.reused == 0


def test_a_file_that_does_not_match_its_index_is_not_sliced_past_its_end():
    g = build()
    reuse = _previous(g)
    short = Reuse("code", {fmt: data[:100] for fmt, data in reuse._files.items()}, reuse._index)
    for fmt in FORMATS:
        context = reuse._index[fmt]["context"]
        assert reuse.old(fmt, context) and short.old(fmt, context) == {}   # the heads alone are longer


def test_digests_tell_apart_kinds_datatypes_languages_and_texts_with_separators():
    s, p = URIRef("http://example.org/s"), URIRef("http://example.org/p")
    objects = [Literal("1"), Literal("1", datatype=XSD.integer), Literal("1", lang="id"), URIRef("1"),
               Literal("a\x1fL\x1f\x1f\x1f1\x1fb"), Literal("a"), Literal("b")]
    seen = set()
    for o in objects:
        view = GraphView.of_subjects({s: [(p, o)]}, Graph())
        seen.add(subject_digests(view)[s])
    two = GraphView.of_subjects({s: [(p, Literal("a")), (p, Literal("b"))]}, Graph())
    swapped = GraphView.of_subjects({s: [(p, Literal("b")), (p, Literal("a"))]}, Graph())
    assert len(seen) == len(objects)
    assert subject_digests(two)[s] == subject_digests(swapped)[s]   # a set of triples: order does not count


def test_an_adopted_entry_is_stored_as_it_came():
    """The forked export's records come back as JSON text and go into the stored index unparsed."""
    import json

    reuse = Reuse("code")
    reuse.record("turtle", "ctx", [["d", 0, 3]])
    reuse.record("records", "old", [])
    reuse.adopt("records", json.dumps({"context": "ctx", "pieces": [["k", "n", {"label": "é"}, []]]}).encode())
    assert json.loads(reuse.recorded_json("key-1")) == {
        "outputs": "key-1", "pieces": {"turtle": {"context": "ctx", "pieces": [["d", 0, 3]]},
                                       "records": {"context": "ctx", "pieces": [["k", "n", {"label": "é"}, []]]}}}


def test_a_gexf_node_is_written_again_when_the_attribute_ids_move():
    """GEXF numbers the attributes in the order nodes first use them: a new node that sorts first with
    an attribute of its own renumbers the others, so an unchanged node's text changes too."""
    from kg.graph.terms import FOAF, KG, RDF, RDFS

    base = "https://w3id.org/pemilu-kg/id/person/"
    p1, p2 = URIRef(base + "a-satu"), URIRef(base + "b-dua")

    def view(*subjects):
        pairs = {p1: [(RDF.type, FOAF.Person), (RDFS.label, Literal("Satu")), (KG.sentenceId, Literal("S"))],
                 p2: [(RDF.type, FOAF.Person), (RDFS.label, Literal("Dua")), (KG.text, Literal("D"))]}
        return GraphView.of_subjects({s: pairs[s] for s in subjects}, build())

    reuse = Reuse("code")
    files = {"gexf": _write(view(p2), "gexf", reuse)}
    again = Reuse("code", files, reuse.recorded())
    assert _write(view(p1, p2), "gexf", again) == _write(view(p1, p2), "gexf")
    assert again.reused == 1   # p2's record; its text was written again
