"""The graph commands through click's CliRunner: exit codes and messages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

MINI = str(Path(__file__).parent / "data" / "graph" / "mini.ttl")
PERSON_SHAPE = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://x/S> a sh:NodeShape ; sh:targetClass foaf:Person ;
  sh:property [ sh:path foaf:name ; sh:minCount 1 ; sh:maxCount 1 ] .
"""


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("command", ["query", "validate", "draw", "serve", "stats", "export"])
def test_graph_cli_commands_have_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "GRAPH" in result.output


@pytest.mark.parametrize("command", [["query", "x"], ["validate"], ["draw", "-o", "x.png"], ["serve"],
                                     ["stats"], ["export", "-f", "turtle", "-o", "x.ttl"]])
def test_graph_cli_missing_graph_file_is_usage_error(tmp_path, command):
    result = run(command[0], str(tmp_path / "nope.ttl"), *command[1:])
    assert result.exit_code == 2 and "does not exist" in result.output


@pytest.mark.parametrize("fmt, expected", [("table", "Budi Utama"), ("csv", "Budi Utama,"),
                                           ("json", '"person": "Budi Utama"')])
def test_graph_cli_query_named_in_each_format(fmt, expected):
    result = run("query", MINI, "posts-by-person", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert expected in result.output


@pytest.mark.parametrize("fmt, expected", [("table", "x" * 9 + "\u2026"), ("csv", "x" * 30)])
def test_graph_cli_format_rows_cuts_long_cells_in_tables_only(fmt, expected):
    from kg.cli.graph_cmds import format_rows

    assert format_rows(["a"], [("x" * 30,)], fmt, width=10).splitlines()[-1] == expected


def test_graph_cli_query_json_is_a_list_of_objects():
    rows = json.loads(run("query", MINI, "posts-by-person", "--format", "json").output)
    assert {r["person"] for r in rows} == {"Budi Utama", "Imam Ghazali"}


def test_graph_cli_query_rq_file(tmp_path):
    rq = tmp_path / "names.rq"
    rq.write_text("PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
                  "SELECT ?name WHERE { ?p foaf:name ?name } ORDER BY ?name")
    result = run("query", MINI, str(rq), "--format", "csv")
    assert result.exit_code == 0
    assert result.output.splitlines() == ["name", "Budi Utama", "Imam Ghazali", "Orang Sendiri"]


def test_graph_cli_query_without_name_lists_named_queries():
    result = run("query", MINI)
    names = [line.split()[0] for line in result.output.splitlines()[2:]]
    assert result.exit_code == 0
    assert {"posts-by-person", "acting-officials", "asn-neutrality"} <= set(names)


def test_graph_cli_query_unknown_name_lists_named_queries():
    result = run("query", MINI, "no-such-query")
    assert result.exit_code == 2   # a usage error (issue 12 item 10: it was 1)
    assert result.output.startswith("Error: Unknown query 'no-such-query'")
    assert "posts-by-person" in result.output


def test_graph_cli_validate_conforming_exits_0(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(PERSON_SHAPE)
    result = run("validate", MINI, "--shapes", str(shapes))
    assert (result.exit_code, result.output.splitlines()[0]) == (0, "Conforms: yes (75 triples checked against the shapes).")


def test_graph_cli_validate_not_conforming_exits_1():
    result = run("validate", MINI, "--limit", "3")   # mini.ttl has no provenance: the shapes fail
    assert result.exit_code == 1
    assert result.output.startswith("Conforms: no") and "more (use --limit" in result.output


def test_graph_cli_validate_unparsable_graph_exits_2(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> ")
    result = run("validate", str(bad))
    assert result.exit_code == 2 and result.output.startswith(f"Error: {bad}: cannot parse as turtle")


def test_graph_cli_stats_unparsable_graph_exits_2(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a> <http://b> ")
    result = run("stats", str(bad))
    assert result.exit_code == 2 and result.output.startswith(f"Error: {bad}: cannot parse as turtle")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_graph_cli_draw_writes_file(tmp_path, suffix):
    out = tmp_path / f"graph{suffix}"
    result = run("draw", MINI, "-o", str(out))
    assert result.exit_code == 0 and result.output == f"wrote {out}\n" and out.stat().st_size > 0


def test_graph_cli_draw_unknown_suffix_exits_2(tmp_path):
    result = run("draw", MINI, "-o", str(tmp_path / "graph.pdf"))
    assert result.exit_code == 2 and result.output.startswith("Error: Cannot draw to 'graph.pdf'")


def test_graph_cli_serve_runs_and_stops():
    result = run("serve", MINI, "--port", "0", "--backend", "python", "--stop-after", "0.3")
    assert result.exit_code == 0
    assert result.output.startswith("SPARQL endpoint (python): http://127.0.0.1:")


def test_graph_cli_stats_table_and_json():
    table, as_json = run("stats", MINI), run("stats", MINI, "--json")
    assert table.exit_code == as_json.exit_code == 0
    assert "Pj Wali Kota Pangkalpinang" in table.output
    assert json.loads(as_json.output)["commitments_by_topic"] == {"asn-neutrality": 2, "election-oversight": 1}


@pytest.mark.parametrize("fmt, suffix", [("turtle", ".ttl"), ("jsonld", ".jsonld"),
                                         ("graphml", ".graphml"), ("gexf", ".gexf")])
def test_graph_cli_export_each_format(tmp_path, fmt, suffix):
    out = tmp_path / f"graph{suffix}"
    result = run("export", MINI, "-f", fmt, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0


def test_graph_cli_export_unknown_format_exits_2(tmp_path):
    result = run("export", MINI, "-f", "pdf", "-o", str(tmp_path / "g.pdf"))
    assert result.exit_code == 2 and "'pdf'; choose from gexf, graphml, jsonld, turtle" in result.output


def test_graph_cli_query_ask_prints_true_or_false(tmp_path):
    (tmp_path / "a.rq").write_text("ASK { ?p a foaf:Person }")
    (tmp_path / "b.rq").write_text("ASK { ?p a schema:Movie }")
    assert run("query", MINI, str(tmp_path / "a.rq")).output == "true\n"
    assert run("query", MINI, str(tmp_path / "b.rq")).output == "false\n"


def test_graph_cli_query_construct_prints_turtle(tmp_path):
    from rdflib import Graph

    (tmp_path / "c.rq").write_text("CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a foaf:Person ; foaf:name ?n }")
    result = run("query", MINI, str(tmp_path / "c.rq"))
    assert result.exit_code == 0, result.output
    assert "@prefix foaf:" in result.output
    assert len(Graph().parse(data=result.output, format="turtle")) == 3


HOSTILE = "Budi\x1b]0;owned\x07\x1b[2J\u202egnp.exe\x9b31m"


def _hostile_graph(tmp_path):
    path = tmp_path / "g.ttl"
    text = HOSTILE.encode("unicode_escape").decode("ascii").replace("\\x", "\\u00")
    path.write_text(f'<http://x/p> a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> "{text}" .\n')
    (tmp_path / "q.rq").write_text("SELECT ?n { ?p foaf:name ?n }")
    (tmp_path / "c.rq").write_text("CONSTRUCT { ?p foaf:name ?n } WHERE { ?p foaf:name ?n }")
    return path


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_graph_cli_query_never_prints_terminal_controls(tmp_path, fmt):
    graph = _hostile_graph(tmp_path)
    result = run("query", str(graph), str(tmp_path / "q.rq"), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert not any(c in result.output for c in "\x1b\x07\x9b\u202e")
    if fmt == "json":
        assert json.loads(result.output) == [{"n": HOSTILE}]  # escaped, not lost
    else:
        assert "Budi\\x1b]0;owned" in result.output


def test_graph_cli_query_construct_escapes_controls_in_turtle(tmp_path):
    from rdflib import Graph

    graph = _hostile_graph(tmp_path)
    result = run("query", str(graph), str(tmp_path / "c.rq"))
    assert not any(c in result.output for c in "\x1b\x07\x9b\u202e")
    assert [str(o) for o in Graph().parse(data=result.output, format="turtle").objects()] == [HOSTILE]


# --- issue 12 item 10: exit codes as documented, whatever escapes a command ---

@pytest.mark.parametrize("raised, code, message", [
    (RuntimeError("boom"), 2, "Error: internal error (RuntimeError: boom). This is a bug in kg"),
    (KeyboardInterrupt(), 130, "interrupted"),
])
def test_graph_cli_crash_is_exit_2_and_interrupt_130(monkeypatch, raised, code, message):
    import kg.apps.stats

    def fail(*a, **k):
        raise raised

    monkeypatch.setattr(kg.apps.stats, "graph_stats", fail)
    result = run("stats", MINI)
    assert result.exit_code == code and message in result.output and "Traceback" not in result.output


def test_graph_cli_closed_pipe_is_not_reported_as_a_bug(monkeypatch):
    import kg.cli.rules_cmd

    def echo(*a, **k):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(kg.cli.rules_cmd.click, "echo", echo)
    result = CliRunner().invoke(cli, ["rules"])
    assert result.exit_code == 141 and "internal error" not in result.output
