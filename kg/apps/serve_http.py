"""The front end of ``kg serve``: SPARQL 1.1 protocol requests in, one backend call out.

Requests are checked here, before any backend sees them: a malformed request
is answered 400 (411/413/415 where they fit), an update 403 (the endpoint is
read only), and a federated ``SERVICE`` query 403 unless serving with
``allow_service`` (:func:`uses_service`).
"""
from __future__ import annotations

import re
import urllib.parse
from http.server import BaseHTTPRequestHandler

__all__ = ["make_handler", "uses_service", "MAX_BODY"]

MAX_BODY = 1 << 20
"""Largest POST body accepted (1 MiB): a SPARQL query, not a data upload."""


def _walk(node):
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif hasattr(item, "asList") and hasattr(item, "items"):  # pyparsing ParseResults
            stack.extend(list(item))
            stack.extend(v for _, v in item.items())


def uses_service(query: str) -> bool:
    """True when ``query`` has a ``SERVICE`` pattern anywhere (sub-queries included).

    The query is parsed with rdflib's SPARQL grammar, so the word in a comment,
    a string or an IRI does not count. A query rdflib cannot parse counts as
    federated when the word ``SERVICE`` appears in it at all (it cannot be
    shown safe).

    >>> uses_service('SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('# SERVICE <http://x/>\\nSELECT * { ?s ?p "SERVICE <http://x/>" }')
    False
    """
    from rdflib.plugins.sparql.parser import parseQuery  # noqa: PLC0415

    try:
        tree = parseQuery(query)
    except Exception:  # noqa: BLE001 (pyparsing raises its own types; undecidable, so be safe)
        return re.search(r"service", query, re.I) is not None
    return any(getattr(node, "name", None) == "ServiceGraphPattern" for node in _walk(tree))


def make_handler(answer, *, allow_service: bool = False, forward=None):
    """A request handler class for ``/query``.

    Args:
        answer: ``answer(query, accept) -> (status, content type, body)``, the backend.
        allow_service: pass federated ``SERVICE`` queries to the backend.
        forward: ``forward(path, accept)`` for GETs of other paths (the backend's own
            pages), or None to answer them 404.
    """

    class Handler(BaseHTTPRequestHandler):
        server_version = "pemilu-kg"

        def log_message(self, fmt, *args) -> None:  # quiet; the CLI prints the URL once
            pass

        def _answer(self, query: str | None) -> None:
            if not query:
                self._send(400, "text/plain", b"missing 'query' parameter\n")
                return
            if not allow_service and uses_service(query):
                self._send(403, "text/plain", b"SERVICE (federated) queries are refused by this endpoint; "
                                              b"serve with --allow-service to run them\n")
                return
            self._send(*answer(query, self.headers.get("Accept", "")))

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _form(self, text: str) -> str | None:
            try:
                values = urllib.parse.parse_qs(text, strict_parsing=bool(text), errors="strict")
            except (ValueError, UnicodeDecodeError):
                self._send(400, "text/plain", b"malformed form encoding\n")
                return None
            if "update" in values:
                self._send(403, "text/plain", b"this endpoint is read only\n")
                return None
            found = values.get("query")
            if found is None or len(found) != 1:
                self._send(400, "text/plain", b"expected exactly one 'query' parameter\n")
                return None
            return found[0]

        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            url = urllib.parse.urlsplit(self.path)
            if url.path != "/query":
                if forward is not None:
                    self._send(*forward(self.path, self.headers.get("Accept", "")))
                else:
                    self._send(404, "text/plain", b"SPARQL endpoint is at /query\n")
                return
            query = self._form(url.query)
            if query is not None:
                self._answer(query)

        do_HEAD = do_GET  # noqa: N815

        def do_POST(self) -> None:  # noqa: N802 (http.server API)
            if urllib.parse.urlsplit(self.path).path != "/query":
                self._send(404 if self.path != "/update" else 403, "text/plain",
                           b"SPARQL endpoint is at /query (read only)\n")
                return
            size = self.headers.get("Content-Length")
            if size is None or not size.strip().isdigit():
                self._send(411 if size is None else 400, "text/plain", b"a valid Content-Length is required\n")
                return
            if int(size) > MAX_BODY:
                self._send(413, "text/plain", f"request body over {MAX_BODY} bytes\n".encode())
                return
            try:
                body = self.rfile.read(int(size)).decode("utf-8")
            except UnicodeDecodeError:
                self._send(400, "text/plain", b"request body is not UTF-8\n")
                return
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-query":
                self._answer(body)
            elif ctype == "application/x-www-form-urlencoded":
                query = self._form(body)
                if query is not None:
                    self._answer(query)
            elif ctype == "application/sparql-update":
                self._send(403, "text/plain", b"this endpoint is read only\n")
            else:
                self._send(415, "text/plain", b"POST application/sparql-query or "
                                              b"application/x-www-form-urlencoded\n")

        def do_PUT(self) -> None:  # noqa: N802
            self._send(405, "text/plain", b"this endpoint is read only\n")

        do_DELETE = do_PATCH = do_PUT  # noqa: N815

    return Handler
