"""The query process of ``kg serve --backend python``: a pyoxigraph in-memory store.

Run as ``python -m kg.apps.serve_worker GRAPH FD``: loads GRAPH, sends
``("ready", None)`` (or ``("error", message)``) on the connection FD, then
answers ``(query, accept)`` requests with ``(status, content type, body)``.
A separate process so that a query past the timeout can be stopped (killed).
It exits when its connection closes.
"""
from __future__ import annotations

import sys

__all__ = ["answer", "choose"]

SOLUTIONS = {"application/sparql-results+json": "JSON", "application/json": "JSON",
             "application/sparql-results+xml": "XML", "application/xml": "XML",
             "text/csv": "CSV", "text/tab-separated-values": "TSV"}
TRIPLES = {"application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE",
           "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD",
           "text/plain": "N_TRIPLES"}


def choose(accept: str, offered: dict[str, str]) -> str | None:
    """The offered media type the ``Accept`` header prefers (None when it accepts none of them).

    >>> choose("text/csv;q=0.9, application/sparql-results+json", SOLUTIONS)
    'application/sparql-results+json'
    >>> choose("", SOLUTIONS)
    'application/sparql-results+json'
    >>> choose("image/png", SOLUTIONS) is None
    True
    """
    ranked = []
    for i, item in enumerate((accept or "*/*").split(",")):
        kind, *params = [p.strip() for p in item.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, kind.lower()))
    for q, _, kind in sorted(ranked):
        if q == 0:
            break
        if kind in offered:
            return kind
        if kind in ("*/*", "application/*", "text/*"):
            for offer in offered:
                if kind == "*/*" or offer.startswith(kind[:-1]):
                    return offer
    return None


def answer(store, query: str, accept: str) -> tuple[int, str, bytes]:
    """(HTTP status, content type, body) of ``query`` on ``store``."""
    import pyoxigraph  # noqa: PLC0415

    try:
        result = store.query(query)
    except SyntaxError as exc:
        return 400, "text/plain; charset=utf-8", f"{exc}\n".encode()
    except (OSError, ValueError, RuntimeError) as exc:
        return 500, "text/plain; charset=utf-8", f"{exc}\n".encode()
    triples = isinstance(result, pyoxigraph.QueryTriples)
    offered = TRIPLES if triples else SOLUTIONS
    kind = choose(accept, offered)
    if kind is None:
        return (406, "text/plain; charset=utf-8",
                f"cannot answer in {accept}; this query gives {', '.join(offered)}\n".encode())
    fmt = (pyoxigraph.RdfFormat if triples else pyoxigraph.QueryResultsFormat)
    body = result.serialize(format=getattr(fmt, offered[kind]))
    ctype = kind if kind != "text/plain" else "application/n-triples"
    return 200, ctype + ("; charset=utf-8" if ctype.startswith("text/") else ""), body


def _load(path: str):
    import pyoxigraph  # noqa: PLC0415

    from kg.graph.load import check_graph_file  # noqa: PLC0415

    check_graph_file(path)
    store = pyoxigraph.Store()
    fmt = pyoxigraph.RdfFormat.from_extension(path.rsplit(".", 1)[-1].lower())
    if fmt is None:
        raise ValueError(f"unknown graph format of {path}")
    store.bulk_load(path=path, format=fmt)
    return store


def main(path: str, fd: int) -> None:
    from multiprocessing.connection import Connection  # noqa: PLC0415

    conn = Connection(fd)
    try:
        store = _load(path)
    except Exception as exc:  # noqa: BLE001 (reported to the parent, which raises InputError)
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            query, accept = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(answer(store, query, accept))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
