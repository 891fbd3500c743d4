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


# -- issue 12: loading never touches the network and never expands without bound -------------

import json as _json
import socket as _socket

from kg.errors import InputError as _InputError
from kg.graph.load import check_graph_file as _check, load_graph as _load

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
""" + "".join(f' <!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9)) + """]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/x"><ex:p>&j;</ex:p></rdf:Description>
</rdf:RDF>
"""


@pytest.fixture()
def no_network(monkeypatch):
    """Any connection attempt fails the test (instead of hanging or fetching)."""
    tried = []

    def refuse(self, address, *a, **kw):
        tried.append(address)
        raise AssertionError(f"network access to {address}")

    monkeypatch.setattr(_socket.socket, "connect", refuse)
    monkeypatch.setattr(_socket.socket, "connect_ex", refuse)
    return tried


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
@pytest.mark.parametrize("context", [
    "http://127.0.0.1:9/context.jsonld",
    ["https://schema.org/", {"ex": "http://example.org/"}],
    {"@import": "http://127.0.0.1:9/context.jsonld", "ex": "http://example.org/"},
])
def test_graphfile_jsonld_remote_context_is_refused_not_fetched(tmp_path, no_network, store, context):
    path = tmp_path / "g.jsonld"
    path.write_text(_json.dumps({"@context": context, "@id": "http://example.org/x",
                                 "http://example.org/p": "v"}))
    with pytest.raises(_InputError, match="remote document"):
        _load(path, store=store)
    assert no_network == []


def test_graphfile_jsonld_nested_remote_context_is_refused(tmp_path, no_network):
    path = tmp_path / "g.jsonld"
    path.write_text(_json.dumps({"@context": {"ex": {"@id": "http://example.org/p",
                                                     "@context": "http://127.0.0.1:9/c"}},
                                 "@id": "http://example.org/x", "ex": {"@id": "http://example.org/y"}}))
    with pytest.raises(_InputError, match="remote document"):
        _load(path)


def test_graphfile_jsonld_inline_context_loads(tmp_path, no_network):
    path = tmp_path / "g.jsonld"
    path.write_text(_json.dumps({"@context": {"ex": "http://example.org/"}, "@id": "ex:x", "ex:p": "v"}))
    assert len(_load(path)) == 1


@pytest.mark.parametrize("store", ["default", "Oxigraph"])
def test_graphfile_rdfxml_entity_expansion_is_refused(tmp_path, store):
    path = tmp_path / "laughs.rdf"
    path.write_text(LAUGHS)
    with pytest.raises(_InputError, match="DOCTYPE entity"):
        _load(path, store=store)


def test_graphfile_plain_rdfxml_loads(tmp_path):
    path = tmp_path / "g.rdf"
    path.write_text(LAUGHS.split("<rdf:RDF", 1)[0].split("<!DOCTYPE")[0]
                    + "<rdf:RDF" + LAUGHS.split("<rdf:RDF", 1)[1].replace("&j;", "v"))
    assert _check(path) == "xml"
    assert len(_load(path)) == 1


def test_graphfile_stats_cli_refuses_entity_expansion(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli

    path = tmp_path / "laughs.rdf"
    path.write_text(LAUGHS)
    result = CliRunner().invoke(cli, ["stats", str(path)])
    assert result.exit_code == 2 and "DOCTYPE entity" in result.output
