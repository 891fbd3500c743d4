"""kg.graph.load.load_graph: formats by suffix, plain literals kept plain, clear errors."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import InputError
from kg.graph.load import load_graph

TRIPLE = (URIRef("http://x/a"), URIRef("http://x/name"), Literal("Budi Utama"))


@pytest.mark.parametrize("suffix, fmt", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld"),
                                         (".rdf", "xml")])
def test_graphfile_reads_format_by_suffix(tmp_path, suffix, fmt):
    g = Graph()
    g.add(TRIPLE)
    path = tmp_path / f"g{suffix}"
    g.serialize(path, format=fmt, encoding="utf-8")
    assert set(load_graph(path)) == {TRIPLE}


def test_graphfile_keeps_plain_literals_plain(tmp_path):
    # Oxigraph's parser would return "Budi Utama"^^xsd:string, which rdflib and pySHACL's
    # sh:in treat as a different term from the plain literal.
    path = tmp_path / "g.ttl"
    path.write_text('<http://x/a> <http://x/name> "Budi Utama" .')
    (_, _, o), = load_graph(path)
    assert o.datatype is None and o == TRIPLE[2]


def test_graphfile_oxigraph_store_for_queries(tmp_path):
    path = tmp_path / "g.ttl"
    path.write_text('<http://x/a> <http://x/name> "Budi Utama" .')
    g = load_graph(path, store="Oxigraph")
    assert [str(r[0]) for r in g.query("SELECT ?n WHERE { ?s ?p ?n }")] == ["Budi Utama"]


def test_graphfile_passes_graphs_through():
    g = Graph()
    assert load_graph(g) is g


@pytest.mark.parametrize("name, content, message", [
    ("missing.ttl", None, "no such graph file"),
    ("g.csv", "a,b", "unknown graph format '.csv'"),
    ("bad.ttl", "<http://a> <http://b> ", "cannot parse as turtle"),
])
def test_graphfile_errors_name_file_and_cause(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    with pytest.raises(InputError, match=message) as err:
        load_graph(path)
    assert str(err.value).startswith(str(path))
