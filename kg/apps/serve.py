"""``kg serve``: a read-only SPARQL endpoint over a graph file, on localhost.

The ``oxigraph`` package from PyPI ships the Oxigraph server binary; when it
is installed the graph is loaded into a temporary Oxigraph database and served
by ``oxigraph serve-read-only``. Otherwise a small stdlib ``http.server`` over
a pyoxigraph in-memory store answers the same SPARQL 1.1 protocol requests
(``GET /query?query=...`` or ``POST /query``).
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError

__all__ = ["Endpoint", "start_endpoint", "oxigraph_binary", "free_port"]


def oxigraph_binary() -> str | None:
    """Path of the ``oxigraph`` server binary (PyPI package ``oxigraph``), or None."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


@dataclass
class Endpoint:
    """A running endpoint; stop it with :meth:`stop` or use it as a context manager."""
    url: str
    backend: str
    _stop: list = field(default_factory=list, repr=False)

    def stop(self) -> None:
        while self._stop:
            self._stop.pop()()

    def __enter__(self) -> "Endpoint":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _wait_ready(url: str, timeout: float, alive=lambda: True) -> None:
    probe = url + "?" + urllib.parse.urlencode({"query": "ASK {}"})
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise KgError(f"The SPARQL server behind {url} exited while starting.")
        try:
            with urllib.request.urlopen(probe, timeout=1) as resp:  # noqa: S310 (localhost)
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise KgError(f"The SPARQL server did not answer on {url} within {timeout:.0f} s.")


def start_endpoint(graph_path, *, host: str = "127.0.0.1", port: int = 0, backend: str = "auto",
                   timeout: float = 60.0) -> Endpoint:
    """Load ``graph_path`` and start serving it; returns once the endpoint answers.

    Args:
        graph_path: a graph file (.ttl, .nt, .jsonld, .rdf).
        host, port: where to listen (port 0 picks a free port).
        backend: "oxigraph" (the server binary), "python" (stdlib server), or "auto".
        timeout: seconds to wait for the server to answer.
    Raises:
        InputError: the graph file is missing or does not load.
        KgError: the server did not start.
    """
    path = Path(graph_path)
    if not path.is_file():
        raise InputError(str(path), "no such graph file")
    port = port or free_port(host)
    binary = oxigraph_binary() if backend in ("auto", "oxigraph") else None
    if backend == "oxigraph" and binary is None:
        raise KgError("The oxigraph server binary is not installed. Run: pip install oxigraph "
                      "(or use --backend python).")
    if binary:
        return _start_binary(binary, path, host, port, timeout)
    return _start_python(path, host, port, timeout)


def _start_binary(binary: str, path: Path, host: str, port: int, timeout: float) -> Endpoint:
    db = tempfile.mkdtemp(prefix="kg-serve-")
    load = subprocess.run([binary, "load", "--location", db, "--file", str(path)],
                          capture_output=True, text=True, check=False)
    if load.returncode:
        shutil.rmtree(db, ignore_errors=True)
        raise InputError(str(path), f"oxigraph could not load it: {load.stderr.strip()[-500:]}")
    proc = subprocess.Popen([binary, "serve-read-only", "--location", db, "--bind", f"{host}:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(db, ignore_errors=True)

    ep = Endpoint(f"http://{host}:{port}/query", "oxigraph", [stop])
    try:
        _wait_ready(ep.url, timeout, alive=lambda: proc.poll() is None)
    except BaseException:
        ep.stop()
        raise
    return ep


def _start_python(path: Path, host: str, port: int, timeout: float) -> Endpoint:
    from http.server import ThreadingHTTPServer  # noqa: PLC0415

    import pyoxigraph  # noqa: PLC0415

    from kg.apps.serve_http import make_handler  # noqa: PLC0415

    store = pyoxigraph.Store()
    fmt = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl")
    try:
        store.load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(str(path), f"cannot load: {exc}") from exc
    server = ThreadingHTTPServer((host, port), make_handler(store))
    thread = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
    thread.start()

    def stop() -> None:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)

    ep = Endpoint(f"http://{host}:{port}/query", "python", [stop])
    _wait_ready(ep.url, timeout, alive=thread.is_alive)
    return ep
