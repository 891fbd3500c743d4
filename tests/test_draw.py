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


# -- issue 12: labels that cover nothing, a legend, a page no label can break ------------------

def _pairs_overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _dense_view(n: int = 45):
    """A crowded star-of-stars with long labels, so that naive labels would collide."""
    import networkx as nx

    view = nx.Graph()
    kinds = list(TYPE_COLORS)
    for i in range(n):
        view.add_node(f"n{i}", label=f"Koordinasi lintas lembaga nomor {i}", type=kinds[i % len(kinds)])
    for i in range(1, n):
        view.add_edge(f"n{i}", f"n{(i - 1) // 4}", label="commits to" if i % 2 else "in", weight=1)
    return view


@pytest.mark.parametrize("which", ["mini", "dense"])
def test_draw_png_labels_cover_no_node_and_no_other_label(view, which):
    import matplotlib.pyplot as plt

    from kg.apps.draw import render

    subject = view if which == "mini" else _dense_view()
    drawing = render(subject, layout(subject))
    try:
        labels = list(drawing.labels.items())
        assert len(labels) + len(drawing.dropped) == subject.number_of_nodes()
        assert len(drawing.dropped) <= (0 if which == "mini" else subject.number_of_nodes() // 10)
        for i, (node, box) in enumerate(labels):
            assert not any(_pairs_overlap(box, other) for _, other in labels[i + 1:]), node
            assert not any(_pairs_overlap(box, disc) for disc in drawing.nodes.values()), node
        texts = [t for t in drawing.figure.axes[0].texts if t.get_text()]
        assert sorted(t.get_text() for t in texts) == sorted(
            _wrap_label(subject.nodes[n]["label"]) for n in drawing.labels)
    finally:
        plt.close(drawing.figure)


def _wrap_label(text):
    from kg.apps.draw import _wrap

    return _wrap(text)


def test_draw_png_has_a_legend_of_node_types_and_relations(view):
    import matplotlib.pyplot as plt

    from kg.apps.draw import render

    drawing = render(view, layout(view))
    try:
        legend = drawing.figure.axes[0].get_legend()
        entries = [t.get_text() for t in legend.get_texts()]
    finally:
        plt.close(drawing.figure)
    assert {"Person", "Post", "Organization", "Region", "Topic"} <= set(entries)
    assert {"holds", "commits to"} <= set(entries)


def test_draw_html_survives_a_label_that_opens_a_script(tmp_path):
    import json
    import re

    import networkx as nx

    from kg.apps.draw_html import html_page

    hostile = "<!--<script> </script><b>&amp;\u2028"
    view = nx.Graph()
    view.add_node("a", label=hostile, type="Person")
    view.add_node("b", label="Budi", type="Topic")
    view.add_edge("a", "b", label="commits to", weight=1)
    page = html_page(view, {"a": (0, 0), "b": (1, 1)}, TYPE_COLORS, title="<!--<script>")
    data = re.search(r'<script id="data" type="application/json">(.*?)</script>', page, re.S).group(1)
    assert not set(data) & set("<>&\u2028\u2029")          # nothing the HTML parser could act on
    assert {n["label"] for n in json.loads(data)["nodes"]} == {hostile, "Budi"}
    assert page.count("<script") == 2 and "<title>&lt;!--&lt;script&gt;</title>" in page
