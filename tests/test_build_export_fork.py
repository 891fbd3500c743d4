"""kg.build._prerendered: GraphML and GEXF rendered in a forked process, the same bytes."""
from __future__ import annotations

import io
import os

import pytest

import graph_fixtures
import kg.build
from kg.export import export

FORMATS = ["gexf", "graphml", "jsonld", "turtle"]

pytestmark = pytest.mark.skipif(not kg.build._can_fork(), reason="needs fork and two CPUs")


def _bytes(exporters, graph) -> dict[str, bytes]:
    out = {}
    for fmt in FORMATS:
        buf = io.BytesIO()
        exporters[fmt][1](graph, buf)
        out[fmt] = buf.getvalue()
    return out


def test_formats_rendered_in_a_forked_process_are_the_same_bytes():
    graph = graph_fixtures.build()
    direct = {}
    for fmt in FORMATS:
        buf = io.BytesIO()
        export(graph, fmt, buf)
        direct[fmt] = buf.getvalue()
    real = kg.build._real_exporters()
    pre = kg.build._prerendered(graph, FORMATS, real)
    assert all(pre[f][1] is not real[f][1] for f in FORMATS)      # every format came rendered
    assert _bytes(pre, graph) == direct


def test_a_format_failing_in_the_forked_process_is_rendered_here(monkeypatch):
    graph = graph_fixtures.build()
    parent = os.getpid()
    real = kg.build._real_exporters()
    graphml = real["graphml"][1]

    def only_here(g, fh):
        if os.getpid() != parent:
            raise RuntimeError("fails in the forked process")
        graphml(g, fh)

    exporters = {**real, "graphml": (".graphml", only_here)}
    pre = kg.build._prerendered(graph, FORMATS, exporters)
    assert pre["graphml"][1] is only_here and pre["gexf"][1] is real["gexf"][1]   # both left to this process
    assert _bytes(pre, graph) == _bytes(real, graph)


def test_one_group_only_is_rendered_as_before():
    graph = graph_fixtures.build()
    real = kg.build._real_exporters()
    assert kg.build._prerendered(graph, ["turtle"], real) is real
    assert kg.build._prerendered(graph, ["graphml", "gexf"], real) is real
