"""kg.apps.draw: which nodes are drawn, and the PNG/SVG/HTML files it writes."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.apps.draw import TYPE_COLORS, draw, entity_view, layout
from kg.errors import KgError
from kg.graph.load import load_graph

MINI = Path(__file__).parent / "data" / "graph" / "mini.ttl"
ID = "https://w3id.org/pemilu-kg/id/"


@pytest.fixture(scope="module")
def graph() -> Graph:
    return load_graph(MINI)


@pytest.fixture(scope="module")
def view(graph):
    return entity_view(graph)


@pytest.mark.parametrize("node, kind, label", [
    (ID + "person/budi-utama", "Person", "Budi Utama"),
    (ID + "post/pj-wali-kota_19.71", "Post", "Pj Wali Kota Pangkalpinang"),
    (ID + "region/19.71", "Region", "Pangkalpinang"),
    (ID + "org/bawaslu-kota-pangkalpinang", "Organization", "Bawaslu Kota Pangkalpinang"),
    ("https://w3id.org/pemilu-kg/topic/asn-neutrality", "Topic", "Netralitas ASN"),
])
def test_draw_view_keeps_typed_labelled_entities(view, node, kind, label):
    assert (view.nodes[node]["type"], view.nodes[node]["label"]) == (kind, label)


@pytest.mark.parametrize("node", [
    ID + "person/lonely",                           # isolated
    "https://w3id.org/pemilu-kg/topic/money-politics",   # topic nobody committed to
    ID + "quote/q1", ID + "commitment/c1", ID + "article/002.txt",   # provenance, statements
    ID + "org/growmedia-indo.com",                  # only linked from the article
])
def test_draw_view_drops_clutter(view, node):
    assert node not in view


def test_draw_view_commitments_become_weighted_agent_topic_edges(view):
    edge = view.edges[ID + "person/budi-utama", "https://w3id.org/pemilu-kg/topic/asn-neutrality"]
    assert (edge["label"], edge["weight"]) == ("commits to", 1)


def test_draw_view_max_nodes_keeps_best_connected(graph):
    small = entity_view(graph, max_nodes=3)
    assert small.number_of_nodes() <= 3
    assert ID + "region/19.71" in small


def test_draw_layout_is_deterministic(view):
    assert layout(view) == layout(view)


@pytest.mark.parametrize("suffix, magic", [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".html", b"<!DOCTYPE html>")])
def test_draw_writes_file_of_its_suffix(tmp_path, graph, suffix, magic):
    out = draw(graph, tmp_path / f"g{suffix}")
    assert out.read_bytes().startswith(magic)


def test_draw_html_is_self_contained(tmp_path, graph):
    page = draw(graph, tmp_path / "g.html").read_text(encoding="utf-8")
    assert "<script src" not in page and "<link" not in page and "cdn" not in page.lower()
    assert "Pj Wali Kota Pangkalpinang" in page and TYPE_COLORS["Post"] in page


def test_draw_rejects_unknown_suffix(tmp_path, graph):
    with pytest.raises(KgError, match="png, .svg or .html"):
        draw(graph, tmp_path / "g.pdf")


def test_draw_empty_graph_says_nothing_to_draw(tmp_path):
    with pytest.raises(KgError, match="Nothing to draw"):
        draw(Graph(), tmp_path / "g.png")
    assert not (tmp_path / "g.png").exists()


@pytest.mark.parametrize("limit, expected", [(100, 10), (3, 3)])
def test_draw_labels_regions_topics_then_best_connected(view, limit, expected):
    from kg.apps.draw import _labelled

    chosen = _labelled(view, limit=limit)
    assert len(chosen) == expected
    assert {ID + "region/19.71", "https://w3id.org/pemilu-kg/topic/asn-neutrality"} <= set(chosen)
