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
