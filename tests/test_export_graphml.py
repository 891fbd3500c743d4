"""GraphML export: re-read by networkx with labels and types; Gephi-friendly key ids."""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest

from graph_fixtures import build
from kg.export import export

nx = pytest.importorskip("networkx")
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


@pytest.fixture(scope="module")
def graphml() -> bytes:
    out = io.BytesIO()
    export(build(), "graphml", out)
    return out.getvalue()


@pytest.fixture(scope="module")
def G(graphml):
    return nx.read_graphml(io.BytesIO(graphml), force_multigraph=True)


def test_export_graphml_every_node_has_label_and_type(G):
    missing = [n for n, d in G.nodes(data=True) if not d.get("label") or not d.get("type")]
    assert G.number_of_nodes() > 0 and missing == []


def test_export_graphml_every_edge_has_label(G):
    assert G.number_of_edges() > 0 and all(d.get("label") for *_, d in G.edges(data=True))


@pytest.mark.parametrize("node, label, type_", [
    ("person:budi-utama", "Budi Utama", "Person"),
    ("kgorg:bawaslu-kota-pangkalpinang", "Bawaslu Kota Pangkalpinang", "Organization"),
    ("region:19.71", "Pangkalpinang", "Region"),
    ("post:pj-wali-kota_19.71", "Pj Wali Kota Pangkalpinang", "Post"),
    ("kgt:asn-neutrality", "Netralitas ASN", "Topic"),
])
def test_export_graphml_entity_nodes(G, node, label, type_):
    assert (G.nodes[node]["label"], G.nodes[node]["type"]) == (label, type_)


def test_export_graphml_literals_are_attributes(G):
    assert G.nodes["region:19.71"]["kg_kemendagriCode"] == "19.71"


def test_export_graphml_holds_edge(G):
    labels = {d["label"] for d in G.get_edge_data("person:budi-utama", "post:pj-wali-kota_19.71").values()}
    assert labels == {"holds"}


@pytest.mark.parametrize("hidden", ["Sentence", "Rule"])
def test_export_graphml_provenance_folded_into_attributes(G, hidden):
    assert hidden not in {d["type"] for _, d in G.nodes(data=True)}


def test_export_graphml_key_ids_are_named_and_unique(graphml):
    keys = ET.fromstring(graphml).findall("g:key", NS)
    ids = [k.get("id") for k in keys]
    assert len(ids) == len(set(ids))
    assert not [i for i in ids if i[0] == "d" and i[1:].isdigit()]
    assert {"label", "type", "edgelabel"} <= set(ids)


@pytest.mark.parametrize("type_, label", [("Holding", "holds Pj Wali Kota Pangkalpinang"),
                                          ("Affiliation", "unit of Bawaslu"),
                                          ("JointAction", "with Bawaslu Kota Pangkalpinang"),
                                          ("Commitment", "appeal: asn-neutrality")])
def test_export_graphml_statement_labels_say_what(G, type_, label):
    assert label in {d["label"] for _, d in G.nodes(data=True) if d["type"] == type_}


def test_export_graphml_node_and_edge_ids_are_unique(graphml):
    root = ET.fromstring(graphml)
    for tag in ("node", "edge"):
        ids = [e.get("id") for e in root.iter(f"{{{NS['g']}}}{tag}")]
        assert ids and len(ids) == len(set(ids))


# --- issue 12 item 6: text with characters XML 1.0 forbids still gives valid files ---

@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_xml_forbidden_characters_never_make_the_file_invalid(fmt):
    import rdflib
    from rdflib.namespace import FOAF, RDF, RDFS

    g = rdflib.Graph()
    ex = rdflib.Namespace("https://example.org/")
    bad = "Ketua\x01KPU\x0b Budi\x1f\x00 berkata\ufffe"
    g.add((ex["person/budi\x02"], RDF.type, FOAF.Person))
    g.add((ex["person/budi\x02"], RDFS.label, rdflib.Literal(bad)))
    g.add((ex["person/budi\x02"], ex.note, rdflib.Literal("catatan\x07")))
    out = io.BytesIO()
    export(g, fmt, out)
    ET.fromstring(out.getvalue())   # raises ParseError on a forbidden character
    G = nx.read_graphml(io.BytesIO(out.getvalue())) if fmt == "graphml" else nx.read_gexf(io.BytesIO(out.getvalue()))
    assert [d["label"] for _, d in G.nodes(data=True)] == ["Ketua KPU Budi   berkata "]


def _tricky_graph():
    """The fixture graph plus literals ElementTree must escape, an empty one, numbers, and a node
    that has nothing but a type."""
    from rdflib import XSD, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.graph.vocab import KG, SCHEMA

    g = build()
    a = URIRef("https://w3id.org/pemilu-kg/id/event/tricky")
    g.add((a, RDF.type, SCHEMA.Event))
    g.add((a, RDFS.label, Literal('Rapat "KPU" & <Bawaslu>\tdi\nKota\r')))
    g.add((a, KG.placeName, Literal("")))
    g.add((a, KG.evidenceBegin, Literal(7)))
    g.add((a, KG.confidence, Literal("0.5", datatype=XSD.decimal)))
    g.add((URIRef("https://w3id.org/pemilu-kg/id/event/alone"), RDF.type, SCHEMA.Event))
    return g


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_xml_direct_writer_equals_networkx_writer(fmt):
    """GraphML and GEXF are written straight from the node and edge records; networkx's writers
    (kept as the reference) give the same bytes."""
    from kg.export import gexf, graphml

    fast, ref = {"graphml": (graphml.write_graphml, graphml._write_graphml_networkx),
                 "gexf": (gexf.write_gexf, gexf._write_gexf_networkx)}[fmt]
    for g, marker in ((build(), b"person:budi-utama"), (_tricky_graph(), b"&amp; &lt;Bawaslu&gt;")):
        a, b = io.BytesIO(), io.BytesIO()
        fast(g, a)
        ref(g, b)
        assert a.getvalue() == b.getvalue() and marker in a.getvalue()


def test_export_graphml_events_of_one_name_are_told_apart():
    """Many articles hold a "Rapat Koordinasi": in Gephi each event's label carries its place and
    date (the region's label when no place name was written); the graph's rdfs:label stays as read."""
    from rdflib import XSD, Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    from kg.graph.vocab import KG, SCHEMA

    g = build()
    for tail, place, date in (("e1", "Aula Kantor Bupati", "2024-09-29"), ("e2", None, "2024-11-04")):
        e = URIRef(f"https://w3id.org/pemilu-kg/id/event/{tail}")
        g.add((e, RDF.type, SCHEMA.Event))
        g.add((e, RDFS.label, Literal("Rapat Koordinasi")))
        g.add((e, SCHEMA.startDate, Literal(date, datatype=XSD.date)))
        if place:
            g.add((e, KG.placeName, Literal(place)))
        else:
            g.add((e, SCHEMA.location, URIRef("https://w3id.org/pemilu-kg/id/region/19.71")))
    out = io.BytesIO()
    export(g, "graphml", out)
    labels = {d["label"] for _, d in nx.read_graphml(io.BytesIO(out.getvalue())).nodes(data=True)
              if d["type"] == "Event"}
    assert {"Rapat Koordinasi (Aula Kantor Bupati, 2024-09-29)", "Rapat Koordinasi (Pangkalpinang, 2024-11-04)"} <= labels
