"""SPARQL over a built graph, on an Oxigraph store (oxrdflib), with named queries.

Named queries are the ``*.rq`` files of ``ontology/queries/``; their first line
``# title: ...`` is what ``kg query --help``-style listings show. rdflib's own
SPARQL engine is not used: Oxigraph is orders of magnitude faster on joins.

Every query starts with the query contract's prefixes (:data:`kg.graph.vocab.PREFIXES`:
``foaf:``, ``org:``, ``prov:``, ``skos:``, ``dcterms:``, ``schema:``, ``rdfs:``, ``kg:`` ...)
declared, whatever the graph file binds; a ``PREFIX`` line in the query overrides one.
:func:`run_query` gives the rows of a SELECT query; :func:`answer_query` runs any
query form (SELECT, ASK, CONSTRUCT, DESCRIBE).

Example:
    >>> vars_, rows = run_query(_demo_graph(), "acting-officials")
    >>> vars_
    ['region', 'qualifier', 'title', 'person', 'post']
    >>> rows
    [('Pangkalpinang', 'Pj', 'Wali Kota', 'Budi Utama', 'Pj Wali Kota Pangkalpinang')]
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from rdflib import XSD, Graph, Literal

from kg.errors import InputError, QueryError
from kg.graph.load import load_graph
from kg.graph.vocab import PREFIXES, ontology_path

__all__ = ["run_query", "answer_query", "Answer", "named_queries", "query_title", "Rows"]

Rows = list[tuple[Union[str, None], ...]]


def named_queries() -> dict[str, Path]:
    """name -> path of every ``ontology/queries/*.rq``."""
    folder = ontology_path("queries")
    return {p.stem: p for p in sorted(folder.glob("*.rq"))} if folder.is_dir() else {}


def query_title(path: Path) -> str:
    """The ``# title:`` line of a query file ("" if it has none)."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# title:"):
            return line.partition(":")[2].strip()
    return ""


def _oxigraph(source: Union[str, os.PathLike, Graph]) -> Graph:
    """The graph on an Oxigraph store (:func:`kg.graph.load.load_graph`), errors as QueryError."""
    try:
        return load_graph(source, store="Oxigraph")
    except InputError as err:
        raise QueryError(str(err)) from err


def _query_text(name_or_file: Union[str, os.PathLike]) -> str:
    queries = named_queries()
    if str(name_or_file) == "-":
        import sys  # noqa: PLC0415

        return sys.stdin.read()
    if str(name_or_file) in queries:
        return queries[str(name_or_file)].read_text(encoding="utf-8")
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"Query file {path} not found.")
        return path.read_text(encoding="utf-8")
    raise QueryError(f"Unknown query {str(name_or_file)!r}: neither a named query nor a .rq file. "
                     f"Named queries: {', '.join(queries) or '(none found in ' + str(ontology_path('queries')) + ')'}.")


def _plain(term):
    """Oxigraph types plain literals ``^^xsd:string``; give them back plain, as the graph files have them."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


@dataclass(frozen=True)
class Answer:
    """The result of any query: ``rows`` (SELECT), ``boolean`` (ASK) or ``graph`` (CONSTRUCT, DESCRIBE).

    ``kind`` is "SELECT", "ASK" or "CONSTRUCT" (DESCRIBE answers are graphs too).
    """
    kind: str
    names: list[str]
    rows: Rows
    boolean: Optional[bool] = None
    graph: Optional[Graph] = None


def answer_query(graph_path_or_graph: Union[str, os.PathLike, Graph],
                 name_or_file: Union[str, os.PathLike]) -> Answer:
    """Run a named query, a ``.rq`` file or ``-`` (stdin) of any form; see :class:`Answer`.

    Raises:
        QueryError: unknown query, unreadable graph, or a SPARQL syntax/evaluation error.
    """
    text = _query_text(name_or_file)
    graph = _oxigraph(graph_path_or_graph)
    try:
        result = graph.query(text, initNs=PREFIXES)
        if result.type == "ASK":
            return Answer("ASK", [], [], boolean=bool(result.askAnswer))
        if result.type != "SELECT":
            out = Graph()
            for prefix, ns in PREFIXES.items():
                out.bind(prefix, ns)
            out += ((s, p, _plain(o)) for s, p, o in result.graph)
            return Answer("CONSTRUCT", [], [], graph=out)
        names = [str(v) for v in result.vars]
        rows = [tuple(None if v is None else str(v) for v in row) for row in result]
    except Exception as err:  # pyoxigraph raises SyntaxError/ValueError/OSError subclasses
        raise QueryError(f"Query {str(name_or_file)!r} failed: {err}") from err
    return Answer("SELECT", names, rows)


def run_query(graph_path_or_graph: Union[str, os.PathLike, Graph],
              name_or_file: Union[str, os.PathLike]) -> tuple[list[str], Rows]:
    """Run a named SELECT query, a ``.rq`` file or ``-`` (the query on stdin); return (variable names, rows).

    IRIs and literals come back as their string values; an unbound variable is None.

    Raises:
        QueryError: unknown query, unreadable graph, a SPARQL syntax/evaluation error, or not a
            SELECT query (:func:`answer_query` runs ASK and CONSTRUCT).
    """
    answer = answer_query(graph_path_or_graph, name_or_file)
    if answer.kind != "SELECT":
        raise QueryError(f"Query {str(name_or_file)!r} is a {answer.kind} query; only SELECT queries "
                         f"give rows (answer_query runs it).")
    return answer.names, answer.rows


def _demo_graph() -> Graph:
    """A one-document graph for the doctest above."""
    from kg.graph.builder import GraphBuilder  # noqa: PLC0415
    from kg.model import Assertion, Document, Entity, Provenance  # noqa: PLC0415

    holds = Assertion("holds", (("person", "person:budi-utama"), ("title", "Wali Kota"), ("qualifier", "Pj"),
                                ("region", "region:19.71")),
                      Provenance("001_x.txt", "s1", 0, 10, "Pj Wali Kota Pangkalpinang Budi Utama", "demo"))
    doc = Document("001_x.txt", "", entities=(Entity("person:budi-utama", "person", "Budi Utama"),
                                              Entity("region:19.71", "region", "Pangkalpinang")),
                   assertions=(holds,))
    builder = GraphBuilder()
    builder.add(doc)
    return builder.finish()
