"""``kg serve``: a read-only SPARQL endpoint over a graph file, on localhost.

A small stdlib ``http.server`` front end owns the listening socket and answers
the SPARQL 1.1 protocol (``GET /query?query=...`` or ``POST /query``). It
refuses federated ``SERVICE`` queries unless asked to allow them (they make the
server fetch any URL a client names) and hands every other query to one of two
backends:

* ``oxigraph``: the Oxigraph server binary from the PyPI package ``oxigraph``,
  serving a temporary database (``kg-serve-*`` in the temp folder) read-only on
  a private loopback port, with its own ``--timeout-s``;
* ``python``: a worker process over a pyoxigraph in-memory store
  (:mod:`kg.apps.serve_worker`); a query that runs past the timeout costs the
  worker, which is killed and started afresh.

The front end binds first, so a port already taken fails at once
(:class:`PortInUseError`) instead of leaving an older server to answer.
:meth:`Endpoint.stop` (also run at interpreter exit) stops the children and
removes the temporary database; the children die with their parent
(``PR_SET_PDEATHSIG`` on Linux) and a later start removes databases left by a
killed server.
"""
from __future__ import annotations

import atexit
import errno
import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError

__all__ = ["Endpoint", "PortInUseError", "start_endpoint", "oxigraph_binary", "free_port",
           "is_loopback"]

STORE_PREFIX = "kg-serve-"


class PortInUseError(KgError):
    """The address to listen on is taken (another server answers there)."""


def oxigraph_binary() -> str | None:
    """Path of the ``oxigraph`` server binary (PyPI package ``oxigraph``), or None."""
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that was free a moment ago."""
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def is_loopback(host: str) -> bool:
    """True when ``host`` only listens on this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        try:
            return all(ipaddress.ip_address(info[4][0]).is_loopback
                       for info in socket.getaddrinfo(host, None))
        except (OSError, ValueError):
            return False


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


def _die_with_parent() -> None:
    """preexec_fn: ask Linux to SIGTERM the child when the parent dies (even by SIGKILL)."""
    try:
        import ctypes  # noqa: PLC0415

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _child_options() -> dict:
    return {"preexec_fn": _die_with_parent} if sys.platform.startswith("linux") else {}


def _stop_process(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


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


def _listen(host: str, port: int):
    """The front server, bound and listening (its handler is set once the backend runs)."""
    from http.server import ThreadingHTTPServer  # noqa: PLC0415

    server = ThreadingHTTPServer((host, port), None, bind_and_activate=False)
    server.daemon_threads = True
    try:
        server.server_bind()
        server.server_activate()
    except OSError as exc:
        server.server_close()
        if exc.errno in (errno.EADDRINUSE, errno.EACCES):
            cause = "is already in use" if exc.errno == errno.EADDRINUSE else "is not allowed"
            raise PortInUseError(f"Port {port} on {host} {cause} (another kg serve or other server "
                                 f"answers there). Stop it, or pick another with --port "
                                 f"(--port 0 picks a free one).") from None
        raise KgError(f"Cannot listen on {host}:{port}: {exc.strerror or exc}.") from None
    return server


def start_endpoint(graph_path, *, host: str = "127.0.0.1", port: int = 0, backend: str = "auto",
                   timeout: float = 60.0, query_timeout: float = 30.0,
                   allow_service: bool = False) -> Endpoint:
    """Load ``graph_path`` and start serving it; returns once the endpoint answers.

    Args:
        graph_path: a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf).
        host, port: where to listen (port 0 picks a free port).
        backend: "oxigraph" (the server binary), "python" (pyoxigraph worker), or "auto".
        timeout: seconds to wait for the backend to load the graph and answer.
        query_timeout: seconds one query may run before it is stopped (answered 503).
        allow_service: run federated ``SERVICE`` queries (the server then fetches URLs).
    Raises:
        InputError: the graph file is missing, unsafe or does not load.
        PortInUseError: ``host:port`` is taken.
        KgError: the server did not start.
    """
    from kg.apps.serve_http import make_handler  # noqa: PLC0415
    from kg.graph.load import check_graph_file  # noqa: PLC0415

    path = Path(graph_path)
    check_graph_file(path)
    binary = oxigraph_binary() if backend in ("auto", "oxigraph") else None
    if backend == "oxigraph" and binary is None:
        raise KgError("The oxigraph server binary is not installed. Run: pip install oxigraph "
                      "(or use --backend python).")
    server = _listen(host, port)
    ep = Endpoint("", "oxigraph" if binary else "python", [server.server_close])
    try:
        if binary:
            answer, forward = _start_binary(binary, path, timeout, query_timeout, ep)
        else:
            answer, forward = _start_python(path, timeout, query_timeout, ep), None
        server.RequestHandlerClass = make_handler(answer, allow_service=allow_service, forward=forward)
        thread = threading.Thread(target=server.serve_forever, name="kg-serve", daemon=True)
        thread.start()
        ep._stop.append(lambda: (server.shutdown(), thread.join(timeout=10)))
        shown = f"[{host}]" if ":" in host else host
        ep.url = f"http://{shown}:{server.server_address[1]}/query"
        _wait_ready(ep.url.replace(f"//{shown}:", "//127.0.0.1:") if host in ("0.0.0.0", "") else ep.url,
                    timeout, alive=thread.is_alive)
    except BaseException:
        ep.stop()
        raise
    atexit.register(ep.stop)
    return ep


# -- the oxigraph binary ---------------------------------------------------------------------

def _remove_stale_stores() -> None:
    """Remove ``kg-serve-*`` databases whose server process is gone (it was killed)."""
    for folder in Path(tempfile.gettempdir()).glob(STORE_PREFIX + "*"):
        try:
            pid = int((folder / "pid").read_text())
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except (OSError, ValueError):
            continue  # not ours, unreadable, or still alive


def _load_error(stderr: str) -> str:
    """The readable part of ``oxigraph load``'s error output (no backtrace, no hints)."""
    found = re.search(r"Error while loading file .*?: (.+)", stderr)
    if found:
        return found.group(1).strip()
    lines = stderr.split("Stack backtrace:")[0].strip().splitlines()
    return (lines[0] if lines else "unknown error").removeprefix("Error: ")


def _start_binary(binary: str, path: Path, timeout: float, query_timeout: float, ep: Endpoint):
    _remove_stale_stores()
    folder = Path(tempfile.mkdtemp(prefix=STORE_PREFIX))
    ep._stop.append(lambda: shutil.rmtree(folder, ignore_errors=True))
    (folder / "pid").write_text(str(os.getpid()))
    db = folder / "store"
    env = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}
    load = subprocess.Popen([binary, "load", "--location", str(db), "--file", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
                            **_child_options())
    try:
        _, err = load.communicate()
    except BaseException:
        _stop_process(load)
        raise
    if load.returncode:
        raise InputError(str(path), f"cannot load: {_load_error(err)}")
    port = free_port("127.0.0.1")
    proc = subprocess.Popen([binary, "serve-read-only", "--location", str(db),
                             "--bind", f"127.0.0.1:{port}", "--timeout-s", str(max(1, round(query_timeout)))],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                            **_child_options())
    ep._stop.append(lambda: _stop_process(proc))
    upstream = f"http://127.0.0.1:{port}"
    _wait_ready(upstream + "/query", timeout, alive=lambda: proc.poll() is None)
    return _proxy(upstream, query_timeout), _forward(upstream)


def _fetch(request: urllib.request.Request, wait: float) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=wait) as resp:  # noqa: S310 (loopback)
            return resp.status, resp.headers.get("Content-Type", "application/octet-stream"), resp.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, exc.headers.get("Content-Type", "text/plain"), exc.read()
    except (OSError, TimeoutError) as exc:
        return 503, "text/plain", f"the SPARQL backend did not answer: {exc}\n".encode()


def _proxy(upstream: str, query_timeout: float):
    def answer(query: str, accept: str) -> tuple[int, str, bytes]:
        req = urllib.request.Request(upstream + "/query", data=query.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query; charset=utf-8",
                                              "Accept": accept or "*/*"})
        return _fetch(req, query_timeout + 10)
    return answer


def _forward(upstream: str):
    """GET of any other path (Oxigraph's own pages) from the backend."""
    def forward(path: str, accept: str) -> tuple[int, str, bytes]:
        return _fetch(urllib.request.Request(upstream + path, headers={"Accept": accept or "*/*"}), 30)
    return forward


# -- the python worker -----------------------------------------------------------------------

class _Worker:
    """One ``kg.apps.serve_worker`` process; a query past the timeout kills it (restarted on demand)."""

    def __init__(self, path: Path, start_timeout: float, query_timeout: float):
        self.path, self.start_timeout, self.query_timeout = path, start_timeout, query_timeout
        self.proc = self.conn = None
        self.lock = threading.Lock()

    def start(self) -> None:
        from multiprocessing.connection import Connection  # noqa: PLC0415

        parent, child = socket.socketpair()
        root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.apps.serve_worker", str(self.path),
                                      str(child.fileno())], pass_fds=[child.fileno()], env=env,
                                     stdin=subprocess.DEVNULL, **_child_options())
        child.close()
        self.conn = Connection(parent.detach())
        if not self.conn.poll(self.start_timeout):
            self.stop()
            raise KgError(f"The SPARQL worker did not load {self.path} within {self.start_timeout:.0f} s.")
        try:
            state, message = self.conn.recv()
        except EOFError:
            state, message = "error", "the worker exited while loading"
        if state != "ready":
            self.stop()
            raise InputError(str(self.path), f"cannot load: {message}")

    def stop(self) -> None:
        if self.conn is not None:
            self.conn.close()
        if self.proc is not None:
            _stop_process(self.proc)
        self.proc = self.conn = None

    def answer(self, query: str, accept: str) -> tuple[int, str, bytes]:
        with self.lock:
            try:
                if self.proc is None:
                    self.start()
                self.conn.send((query, accept))
                if self.conn.poll(self.query_timeout):
                    return self.conn.recv()
            except (KgError, OSError, EOFError) as exc:
                self.stop()
                return 503, "text/plain", f"the SPARQL worker failed: {exc}\n".encode()
            self.stop()
            return (503, "text/plain",
                    f"query stopped: it ran longer than the {self.query_timeout:g} s timeout\n".encode())


def _start_python(path: Path, timeout: float, query_timeout: float, ep: Endpoint):
    worker = _Worker(path, timeout, query_timeout)
    ep._stop.append(worker.stop)
    worker.start()
    return worker.answer
