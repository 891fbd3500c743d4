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


# -- issue 12: ports, signals, SERVICE, timeouts, content negotiation, bad requests --------------

import os
import signal
import socket
import subprocess
import sys
import time

from kg.apps.serve import PortInUseError
from kg.apps.serve_http import uses_service

ROOT = Path(__file__).resolve().parent.parent
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . "
        "?q ?r ?t . ?u ?v ?w }")


def _status(url: str, query: str | None = None, **kw) -> tuple[int, str, bytes]:
    target = url if query is None else url + "?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(target, **kw)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:  # noqa: S310 (localhost)
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.headers.get("Content-Type", ""), exc.read()


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_port_in_use_is_refused(backend):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        with pytest.raises(PortInUseError, match="already in use"):
            start_endpoint(MINI, port=taken.getsockname()[1], backend=backend, timeout=30)


def test_serve_cli_port_in_use_exits_2(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        done = subprocess.run([sys.executable, "-m", "kg", "serve", str(MINI), "--port",
                               str(taken.getsockname()[1]), "--stop-after", "5"],
                              capture_output=True, text=True, cwd=ROOT, timeout=60,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)})
    assert done.returncode == 2, done.stderr
    assert "already in use" in done.stderr
    assert "SPARQL endpoint" not in done.stdout
    assert not list(tmp_path.glob("kg-serve-*"))


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state == "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads child processes from /proc")
@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP", "SIGINT"])
@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_cli_every_stop_cleans_up(tmp_path, backend, signame):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", str(MINI), "--port", "0",
                             "--backend", backend], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT),
                                                      "TMPDIR": str(tmp_path), "PYTHONUNBUFFERED": "1"},
                            # a shell's background job inherits SIGINT ignored (and Python keeps it so);
                            # the server is started as from a terminal, where Ctrl-C reaches it
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        line = proc.stdout.readline()
        assert "SPARQL endpoint" in line, proc.stderr.read()
        url = line.split(": ", 1)[1].strip()
        assert _get(url, "ASK { ?s ?p ?o }")["boolean"] is True
        children = _children(proc.pid)
        assert children
        if backend == "oxigraph":
            assert list(tmp_path.glob("kg-serve-*"))
        os.kill(proc.pid, getattr(signal, signame))
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
        proc.stderr.close()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not all(_gone(c) for c in children):
        time.sleep(0.1)
    assert all(_gone(c) for c in children)
    assert not list(tmp_path.glob("kg-serve-*"))
    with pytest.raises(OSError):
        _get(url, COUNT)


def test_serve_removes_stores_left_by_a_killed_server(tmp_path, monkeypatch):
    if oxigraph_binary() is None:
        pytest.skip("the oxigraph server binary is not installed")
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    stale = tmp_path / "kg-serve-old"
    (stale / "store").mkdir(parents=True)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (stale / "pid").write_text(str(dead.pid))
    with start_endpoint(MINI, port=0, backend="oxigraph", timeout=30):
        assert not stale.exists()
    assert not list(tmp_path.glob("kg-serve-*"))


@pytest.mark.parametrize("query, federated", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", True),
    ("select * { { SELECT ?s { service silent <http://x/> { ?s ?p ?o } } } }", True),
    ("SELECT * { ?s ?p ?o OPTIONAL { SERVICE ?endpoint { ?s ?q ?r } } }", True),
    ("# SERVICE <http://example.org/>\nSELECT * { ?s ?p ?o }", False),
    ('SELECT * { ?s ?p "SERVICE <http://example.org/> { }" }', False),
    ("PREFIX ex: <http://example.org/SERVICE/> SELECT * { ?s ex:p ?o }", False),
    ("SELECT * { SERVICE <http://x/> { ?s ?p ?o  ", True),  # unparseable: cannot be shown safe
])
def test_uses_service(query, federated):
    assert uses_service(query) is federated


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_refuses_service_unless_allowed(backend):
    federated = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    with start_endpoint(MINI, port=0, backend=backend, timeout=30) as ep:
        status, _, body = _status(ep.url, federated)
        assert status == 403 and b"--allow-service" in body
        assert _status(ep.url, '# SERVICE\nASK { ?s ?p "SERVICE" }')[0] == 200
    with start_endpoint(MINI, port=0, backend=backend, timeout=30, allow_service=True) as ep:
        assert _status(ep.url, federated)[0] != 403  # passed on (the backend then fails to connect)


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_stops_a_query_past_the_timeout(backend):
    with start_endpoint(MINI, port=0, backend=backend, timeout=30, query_timeout=1) as ep:
        status, _, _ = _status(ep.url, SLOW)
        assert status >= 500
        assert _get(ep.url, COUNT)["results"]["bindings"][0]["n"]["value"] == "3"  # still serving


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_bad_graph_file_is_a_readable_error(tmp_path, backend):
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix x: <http://x/> .\nx:a x:b "unterminated .\n')
    with pytest.raises(InputError) as err:
        start_endpoint(bad, port=0, backend=backend, timeout=30)
    message = str(err.value)
    assert "bad.ttl" in message and "line 2" in message
    assert "backtrace" not in message.lower() and "\n" not in message


@pytest.mark.parametrize("backend", BACKENDS)
def test_serve_honours_accept_csv(backend):
    with start_endpoint(MINI, port=0, backend=backend, timeout=30) as ep:
        status, ctype, body = _status(ep.url, COUNT, headers={"Accept": "text/csv"})
    assert status == 200 and ctype.startswith("text/csv")
    assert body.decode().split() == ["n", "3"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kw, expected", [
    ({"data": b"x", "method": "POST", "headers": {"Content-Type": "application/sparql-query",
                                                   "Content-Length": "abc"}}, 400),
    ({"data": b"query=%ZZ%", "method": "POST",
      "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
    ({"data": b"\xff\xfe", "method": "POST", "headers": {"Content-Type": "application/sparql-query"}}, 400),
    ({"data": b"query=ASK{}&query=ASK{}", "method": "POST",
      "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 400),
    ({"data": b"update=CLEAR ALL", "method": "POST",
      "headers": {"Content-Type": "application/x-www-form-urlencoded"}}, 403),
    ({"data": b"<a/>", "method": "POST", "headers": {"Content-Type": "image/png"}}, 415),
])
def test_serve_answers_malformed_requests_with_4xx(backend, kw, expected):
    with start_endpoint(MINI, port=0, backend=backend, timeout=30) as ep:
        assert _status(ep.url, **kw)[0] == expected
        assert _get(ep.url, COUNT)["results"]["bindings"][0]["n"]["value"] == "3"


def test_serve_cli_warns_when_open_to_the_network(tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg", "serve", str(MINI), "--host", "0.0.0.0", "--port", "0",
                           "--backend", "python", "--stop-after", "0.5"],
                          capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert "open to anyone" in done.stderr
    local = subprocess.run([sys.executable, "-m", "kg", "serve", str(MINI), "--port", "0",
                            "--backend", "python", "--stop-after", "0.5"],
                           capture_output=True, text=True, cwd=ROOT, timeout=60,
                           env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(tmp_path)})
    assert "Warning" not in local.stderr
