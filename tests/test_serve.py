"""kg.apps.serve: a SPARQL endpoint on 127.0.0.1 (random free port) that answers and then stops."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import kg.apps.serve
from kg.errors import InputError, KgError
from kg.apps.serve import oxigraph_binary, start_endpoint

MINI = Path(__file__).parent / "data" / "graph" / "mini.ttl"
COUNT = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/> "
         "SELECT (COUNT(?p) AS ?n) WHERE { ?p a foaf:Person }")
BACKENDS = ["python", pytest.param("oxigraph", marks=pytest.mark.skipif(
    oxigraph_binary() is None, reason="the oxigraph server binary (pip install oxigraph) is not installed"))]


def _get(url: str, query: str) -> dict:
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310 (localhost)
        return json.loads(resp.read())


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_answers_select(backend):
    with start_endpoint(MINI, port=0, backend=backend, timeout=30) as ep:
        assert ep.url.startswith("http://127.0.0.1:")
        rows = _get(ep.url, COUNT)["results"]["bindings"]
    assert rows[0]["n"]["value"] == "3"


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_answers_ask(backend):
    with start_endpoint(MINI, port=0, backend=backend, timeout=30) as ep:
        assert _get(ep.url, "ASK { ?s ?p ?o }")["boolean"] is True


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_stops(backend):
    ep = start_endpoint(MINI, port=0, backend=backend, timeout=30)
    ep.stop()
    with pytest.raises(OSError):
        _get(ep.url, COUNT)


def test_serve_python_backend_rejects_bad_query():
    with start_endpoint(MINI, port=0, backend="python", timeout=30) as ep:
        with pytest.raises(urllib.error.HTTPError) as err:
            _get(ep.url, "SELECT WHERE {")
        err.value.close()
    assert err.value.code == 400


def test_serve_python_backend_accepts_post():
    with start_endpoint(MINI, port=0, backend="python", timeout=30) as ep:
        req = urllib.request.Request(ep.url, data=COUNT.encode(), method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
        with urllib.request.urlopen(req, timeout=10) as resp:  # noqa: S310
            assert json.loads(resp.read())["results"]["bindings"][0]["n"]["value"] == "3"


def test_serve_missing_graph_raises(tmp_path):
    with pytest.raises(InputError, match="no such graph file"):
        start_endpoint(tmp_path / "nope.ttl", backend="python")


def test_serve_oxigraph_backend_without_binary_says_how_to_install(monkeypatch):
    monkeypatch.setattr(kg.apps.serve, "oxigraph_binary", lambda: None)
    with pytest.raises(KgError, match="pip install oxigraph"):
        start_endpoint(MINI, backend="oxigraph")


def test_serve_auto_without_binary_falls_back_to_python(monkeypatch):
    monkeypatch.setattr(kg.apps.serve, "oxigraph_binary", lambda: None)
    with start_endpoint(MINI, port=0, backend="auto", timeout=30) as ep:
        assert ep.backend == "python"
