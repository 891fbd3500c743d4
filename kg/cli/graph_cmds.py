"""Commands over a built graph: query, validate, draw, serve, stats, export.

Each command parses its options, calls one library function and prints the
result; project errors (a graph that cannot be read, an unknown query name or
drawing format) become ``Error: ...`` with exit status 2, as bad options do
(click). ``kg validate`` exits 1 when the graph does not conform.
"""
from __future__ import annotations

import csv
import io
import json
import re
import signal
import sys
import time

import click

from kg.cli.build_cmd import FatalError
from kg.errors import KgError

__all__ = ["COMMANDS", "format_rows", "visible"]

_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters a terminal acts on instead of showing: C0/C1 controls (ESC starts escape sequences),
DEL, line and paragraph separators, bidirectional overrides (they reorder what is shown)."""
_CONTROL_IN_DATA = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f"
                              "\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    r"""``text`` with every terminal control character written as an escape (``\x1b``, ``\n``).

    >>> visible("a\x1b[2Jb\nc\u202e")
    'a\\x1b[2Jb\\nc\\u202e'
    """
    def esc(m: re.Match) -> str:
        char = m.group()
        return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char) or (
            f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")
    return _CONTROL.sub(esc, text)


def _escape_data(text: str) -> str:
    r"""Controls (not tab, newline, CR) as ``\uXXXX``: valid inside JSON and Turtle strings."""
    return _CONTROL_IN_DATA.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

GRAPH = click.Path(exists=True, dir_okay=False)


class CannotCheck(click.ClickException):
    """The graph or the shapes cannot be read: nothing was checked (exit 2, as pySHACL)."""
    exit_code = 2


def format_rows(names, rows, fmt: str = "table", *, width: int = 70) -> str:
    """Render query results as an aligned table, CSV or JSON (a list of objects).

    Table cells longer than ``width`` are cut with an ellipsis; CSV and JSON keep them whole.
    Table cells show control characters as escapes (:func:`visible`), so article text cannot
    drive the terminal; JSON writes them as ``\\u`` escapes; CSV keeps them (it is data).

    >>> print(format_rows(["a", "b"], [("x", None)]))
    a  b
    -  -
    x
    """
    names = [str(n) for n in names]
    rows = [tuple("" if v is None else str(v) for v in row) for row in rows]
    if fmt == "json":
        return _escape_data(json.dumps([dict(zip(names, r)) for r in rows], ensure_ascii=False, indent=2))
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    names = [visible(n) for n in names]
    rows = [tuple(v if len(v) <= width else v[:width - 1] + "\u2026" for v in map(visible, r)) for r in rows]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip()
             for line in [names, ["-" * w for w in widths], *rows]]
    return "\n".join(lines)


@click.command("query")
@click.argument("graph", type=GRAPH)
@click.argument("query", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format (CONSTRUCT: table and csv give Turtle, json JSON-LD).")
def query(graph: str, query: str | None, fmt: str) -> None:
    """Run a named SPARQL query or a .rq file on GRAPH.

    QUERY is a name from ontology/queries/, a .rq file or - (stdin); without
    QUERY, list the named queries. The query contract's prefixes (foaf:, org:,
    prov:, skos:, dcterms:, schema:, rdfs:, kg:) need no PREFIX lines. SELECT
    prints rows, ASK prints true or false, CONSTRUCT and DESCRIBE print Turtle.

    \b
    Examples:
      kg query out/graph.ttl
      kg query out/graph.ttl acting-officials
      kg query out/graph.ttl evidence --format csv > evidence.csv
      kg query out/graph.ttl my.rq --format csv > result.csv
    """
    from kg.apps.query import answer_query, named_queries, query_title  # noqa: PLC0415

    if query is None:
        names = named_queries()
        click.echo(format_rows(["query", "what it answers"],
                               [(n, query_title(p)) for n, p in sorted(names.items())], fmt))
        return
    try:
        answer = answer_query(graph, query)
    except KgError as exc:
        raise FatalError(visible(str(exc))) from None
    if answer.kind == "ASK":
        click.echo("true" if answer.boolean else "false")
    elif answer.kind == "CONSTRUCT":
        text = answer.graph.serialize(format="json-ld" if fmt == "json" else "turtle")
        click.echo(_escape_data(text).rstrip("\n"))
    elif fmt == "csv" and sys.stdout.isatty():
        click.echo(format_rows(answer.names, [tuple(visible(v or "") for v in r) for r in answer.rows], fmt))
    else:
        click.echo(format_rows(answer.names, answer.rows, fmt))


@click.command("validate")
@click.argument("graph", type=GRAPH)
@click.option("--shapes", type=GRAPH, default=None, help="SHACL shapes (default ontology/shapes.ttl).")
@click.option("--limit", type=click.IntRange(0), default=40, show_default=True,
              help="Most problems to list.")
@click.pass_context
def validate(ctx: click.Context, graph: str, shapes: str | None, limit: int) -> None:
    """Check GRAPH against the SHACL shapes (exit 1 if it does not conform).

    Exit status: 0 conforms, 1 does not conform, 2 the graph or the shapes
    cannot be read.
    """
    from kg.apps.validate import validate as run  # noqa: PLC0415

    try:
        report = run(graph, shapes=shapes)
    except KgError as exc:
        raise CannotCheck(str(exc)) from None
    click.echo(report.summary(limit=limit))
    ctx.exit(0 if report.conforms else 1)


@click.command("draw")
@click.argument("graph", type=GRAPH)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="FILE.png, FILE.svg or FILE.html (interactive, works offline).")
@click.option("--max-nodes", type=click.IntRange(2), default=150, show_default=True,
              help="Keep only the best-connected nodes beyond this many.")
@click.option("--title", default="", help="Title shown on the picture.")
def draw(graph: str, output: str, max_nodes: int, title: str) -> None:
    """Draw people, posts, organisations, regions and topics of GRAPH."""
    from kg.apps.draw import draw as run  # noqa: PLC0415

    try:
        out = run(graph, output, max_nodes=max_nodes, title=title)
    except KgError as exc:
        raise FatalError(str(exc)) from None
    click.echo(f"wrote {out}")


class PortTaken(click.ClickException):
    """``kg serve``: the port is in use; nothing was started (exit 2)."""
    exit_code = 2


class _Stop(Exception):
    """SIGTERM or SIGHUP arrived: leave the serving loop so everything is cleaned up."""


def _raise_stop(signum, _frame) -> None:
    raise _Stop(signal.Signals(signum).name)


def _stop_on_signals(handler=_raise_stop) -> None:
    """SIGTERM (kill, docker stop) and SIGHUP (the terminal closed) stop ``kg serve`` like Ctrl-C."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handler)


@click.command("serve")
@click.argument("graph", type=GRAPH)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (anything but loopback opens the endpoint to the network).")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port (0 picks a free one).")
@click.option("--backend", type=click.Choice(["auto", "oxigraph", "python"]), default="auto",
              show_default=True, help="oxigraph: the Oxigraph server binary; python: pyoxigraph fallback.")
@click.option("--timeout", "query_timeout", type=click.FloatRange(min=0, min_open=True), default=30,
              show_default=True, help="Seconds one query may run before it is stopped.")
@click.option("--allow-service", is_flag=True,
              help="Run federated SERVICE queries (the server then fetches any URL a query names).")
@click.option("--stop-after", type=click.FloatRange(0), default=0,
              help="Stop after this many seconds (0: run until Ctrl-C, SIGTERM or SIGHUP).")
def serve(graph: str, host: str, port: int, backend: str, query_timeout: float, allow_service: bool,
          stop_after: float) -> None:
    """Serve GRAPH as a read-only SPARQL endpoint on localhost.

    Exit status: 0 stopped, 1 the graph cannot be served, 2 usage error or the port is taken.
    """
    from kg.apps.serve import PortInUseError, is_loopback, start_endpoint  # noqa: PLC0415

    if not is_loopback(host):
        click.echo(f"Warning: listening on {host}: the SPARQL endpoint is open to anyone who can reach "
                   f"this machine on the network.", err=True)
    _stop_on_signals()
    try:
        endpoint = start_endpoint(graph, host=host, port=port, backend=backend,
                                  query_timeout=query_timeout, allow_service=allow_service)
    except PortInUseError as exc:
        raise PortTaken(str(exc)) from None
    except KgError as exc:
        raise FatalError(str(exc)) from None
    except (KeyboardInterrupt, _Stop):
        click.echo("stopped", err=True)
        return
    with endpoint:
        click.echo(f"SPARQL endpoint ({endpoint.backend}): {endpoint.url}")
        click.echo(f"  try: curl -G {endpoint.url} --data-urlencode 'query=SELECT * WHERE {{?s ?p ?o}} LIMIT 5'")
        deadline = time.monotonic() + stop_after if stop_after else None
        try:
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2)
        except KeyboardInterrupt:
            click.echo("stopped")
        except _Stop as why:
            click.echo(f"stopped ({why})")
        finally:
            _stop_on_signals(signal.SIG_IGN)  # a second signal must not cut the clean-up short


@click.command("stats")
@click.argument("graph", type=GRAPH)
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
def stats(graph: str, as_json: bool) -> None:
    """Count nodes by type, posts and commitments by topic in GRAPH."""
    from kg.graph.load import load_graph  # noqa: PLC0415
    from kg.apps.stats import format_stats, graph_stats  # noqa: PLC0415

    try:
        click.echo(format_stats(graph_stats(load_graph(graph)), as_json=as_json))
    except KgError as exc:
        raise FatalError(str(exc)) from None


@click.command("export")
@click.argument("graph", type=GRAPH)
@click.option("-f", "--format", "fmt", required=True, help="turtle, jsonld, graphml or gexf.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Output file.")
def export(graph: str, fmt: str, output: str) -> None:
    """Convert GRAPH to Turtle, JSON-LD, GraphML or GEXF (Gephi)."""
    from kg.export import EXPORTERS  # noqa: PLC0415
    from kg.export import export as run  # noqa: PLC0415
    from kg.graph.load import load_graph  # noqa: PLC0415
    from kg.atomic import atomic_write  # noqa: PLC0415

    if fmt not in EXPORTERS:
        raise click.BadParameter(f"{fmt!r}; choose from {', '.join(sorted(EXPORTERS))}",
                                 param_hint="'--format'")
    try:
        g = load_graph(graph)
        with atomic_write(output) as fh:
            run(g, fmt, fh)
    except KgError as exc:
        raise FatalError(str(exc)) from None
    click.echo(f"wrote {output}")


COMMANDS = (query, validate, draw, serve, stats, export)
