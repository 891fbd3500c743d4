"""The stdlib fallback of ``kg serve``: SPARQL 1.1 protocol over a pyoxigraph store."""
from __future__ import annotations

import urllib.parse
from http.server import BaseHTTPRequestHandler

__all__ = ["make_handler"]


def make_handler(store):
    """A request handler class answering ``/query`` from ``store`` (read only)."""
    import pyoxigraph  # noqa: PLC0415

    class Handler(BaseHTTPRequestHandler):
        server_version = "pemilu-kg"

        def log_message(self, fmt, *args) -> None:  # quiet; the CLI prints the URL once
            pass

        def _answer(self, query: str | None) -> None:
            if not query:
                self._send(400, "text/plain", b"missing 'query' parameter\n")
                return
            try:
                result = store.query(query)
            except SyntaxError as exc:
                self._send(400, "text/plain", f"{exc}\n".encode())
                return
            if isinstance(result, pyoxigraph.QueryTriples):
                body = result.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES)
                self._send(200, "application/n-triples", body)
            else:
                body = result.serialize(format=pyoxigraph.QueryResultsFormat.JSON)
                self._send(200, "application/sparql-results+json", body)

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            url = urllib.parse.urlsplit(self.path)
            if url.path != "/query":
                self._send(404, "text/plain", b"SPARQL endpoint is at /query\n")
                return
            self._answer(urllib.parse.parse_qs(url.query).get("query", [None])[0])

        def do_POST(self) -> None:  # noqa: N802 (http.server API)
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size).decode("utf-8")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            if ctype == "application/sparql-query":
                self._answer(body)
            else:
                self._answer(urllib.parse.parse_qs(body).get("query", [None])[0])

    return Handler
