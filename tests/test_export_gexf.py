"""GEXF export: colours and sizes by type, labels kept."""
from __future__ import annotations

import io

import pytest

from graph_fixtures import build
from kg.export import export
from kg.export.gexf import STYLE

nx = pytest.importorskip("networkx")


@pytest.fixture(scope="module")
def G():
    out = io.BytesIO()
    export(build(), "gexf", out)
    return nx.read_gexf(io.BytesIO(out.getvalue()))


@pytest.mark.parametrize("node, type_", [("person:budi-utama", "Person"), ("region:19.71", "Region")])
def test_export_gexf_colour_and_size_by_type(G, node, type_):
    (r, g, b), size = STYLE[type_]
    viz = G.nodes[node]["viz"]
    assert (viz["color"]["r"], viz["color"]["g"], viz["color"]["b"], viz["size"]) == (r, g, b, size)


def test_export_gexf_labels(G):
    assert G.nodes["person:budi-utama"]["label"] == "Budi Utama"


def test_export_gexf_and_graphml_share_one_networkx_graph_without_mixing():
    """In one build's shared() block GraphML and GEXF use the same networkx graph; GEXF's
    colours stay out of the GraphML, whichever is written first."""
    from kg.export.view import shared

    g = build()

    def write(fmt):
        out = io.BytesIO()
        export(g, fmt, out)
        return out.getvalue()

    alone = {fmt: write(fmt) for fmt in ("graphml", "gexf")}
    with shared():
        together = {fmt: write(fmt) for fmt in ("gexf", "graphml")}
    assert together == alone and b"viz" not in together["graphml"]
