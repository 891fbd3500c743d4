"""kg.apps.query: each named query gives the expected rows on the hand-made graph (Oxigraph store)."""
from __future__ import annotations

import io

import pytest
from rdflib import Graph

from graph_fixtures import ARTICLE_1 as A1, ARTICLE_2 as A2, build
from kg.errors import QueryError
from kg.export import export
from kg.apps.query import named_queries, query_title, run_query
from kg.graph.load import load_graph


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "graph.ttl"
    with open(path, "wb") as fh:
        export(build(), "turtle", fh)
    return path


EXPECTED = {
    "posts-by-person": (
        ["person", "post", "qualifier", "region", "articles"],
        [("Budi Utama", "Pj Wali Kota Pangkalpinang", "Pj", "Pangkalpinang", A1),
         ("Imam Ghazali", "Ketua Bawaslu Kota Pangkalpinang", None, "Pangkalpinang", A1),
         ("Salahudin", "Plt Wali Kota Pekalongan", "Plt", "Pekalongan", A2)]),
    "acting-officials": (
        ["region", "qualifier", "title", "person", "post"],
        [("Pangkalpinang", "Pj", "Wali Kota", "Budi Utama", "Pj Wali Kota Pangkalpinang"),
         ("Pekalongan", "Plt", "Wali Kota", "Salahudin", "Plt Wali Kota Pekalongan")]),
    "commitments-by-topic": (
        ["topic", "label", "region", "commitments"],
        [("asn-neutrality", "Civil-servant neutrality", "Pangkalpinang", "2"),
         ("election-oversight", "Election oversight", "Pangkalpinang", "1")]),
    "asn-neutrality": (
        ["actor", "type", "kind", "article", "evidence"],
        [("Budi Utama", "person", "appeal", A1,
          "Pj Wali Kota Pangkalpinang Budi Utama meminta ASN menjaga netralitas."),
         ("Budi Utama", "person", "instruction", A2, "Budi menegaskan ASN jangan berpihak.")]),
    "quotations-by-speaker": (
        ["speaker", "quote", "article"],
        [("Imam Ghazali", "Kami siap mengawasi,", A1)]),
    "events-timeline": (
        ["date", "event", "kind", "place", "region", "article"],
        [("2023-12-04", "Rapat koordinasi", "meeting", "Kantor Wali Kota Pangkalpinang", "Pangkalpinang", A1)]),
    "organisations-together": (
        ["organisation", "partner", "times", "articles"],
        [("Bawaslu Kota Pangkalpinang", "Pemkot Pangkalpinang", "2", A1)]),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_named_query_rows(graph_file, name):
    assert run_query(graph_file, name) == EXPECTED[name]


EVIDENCE = ["statement", "article", "type", "rule", "confidence", "sentences", "begin", "end", "text"]


def test_query_evidence_lists_every_statement(graph_file):
    names, rows = run_query(graph_file, "evidence")
    assert names == EVIDENCE
    assert {r[2] for r in rows} == {"Commitment", "Holding", "Quotation", "Event", "Legislation",
                                    "Affiliation", "JointAction"}


def test_query_evidence_is_one_row_per_statement_with_sentence_and_offsets(graph_file):
    _, rows = run_query(graph_file, "evidence")
    statements = run_query(graph_file, _write(graph_file.parent / "n.rq",
                                              "SELECT DISTINCT ?s { ?s kg:evidence ?x }"))[1]
    assert len(rows) == len({r[0] for r in rows}) == len(statements)
    quote = next(r for r in rows if r[2] == "Quotation")
    assert quote[1] == A1 and quote[5] == "s2"
    from graph_fixtures import documents

    s2 = documents()[0].sentences[1]
    assert (int(quote[6]), int(quote[7])) == (s2.start_char, s2.end_char)  # offsets in the article text
    assert documents()[0].text[int(quote[6]):int(quote[7])] == quote[8]


def _quote_over_two_sentences():
    from kg.graph.builder import GraphBuilder
    from kg.model import Assertion, Document, Entity, Provenance, Sentence

    text = "Ia berkata, “Kami siap. Kami netral.” Lalu pulang."
    sents = (Sentence("s1", "Ia berkata, “Kami siap.", (), 0, 23),
             Sentence("s2", "Kami netral.” Lalu pulang.", (), 24, len(text)))
    quote = Assertion("quote", (("speaker", "person:budi"), ("text", "Kami siap. Kami netral.")),
                      Provenance("d.txt", "s1", 12, 37, sents[0].text, "quote"))
    builder = GraphBuilder()
    builder.add(Document("d.txt", text, sentences=sents, entities=(Entity("person:budi", "person", "Budi"),),
                         assertions=(quote,)))
    return builder.finish()


def test_query_evidence_of_a_quote_over_two_sentences_names_both():
    _, rows = run_query(_quote_over_two_sentences(), "evidence")
    assert [(r[2], r[5], r[6], r[7]) for r in rows] == [("Quotation", "s1 s2", "12", "37")]
    assert rows[0][8] == "Ia berkata, “Kami siap. Kami netral.” Lalu pulang."


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("source", ["memory", "file-with-other-prefix-names"])
def test_query_contract_prefixes_need_no_prefix_lines(graph_file, tmp_path, source):
    graph = build()
    if source != "memory":
        text = graph_file.read_text(encoding="utf-8").replace("@prefix schema:", "@prefix sdo:") \
            .replace("schema:", "sdo:").replace("@prefix foaf:", "@prefix f:").replace("foaf:", "f:")
        graph = _write(tmp_path / "g.ttl", text)
    rq = _write(tmp_path / "q.rq", "SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n . "
                                   "?a a schema:NewsArticle ; dcterms:identifier ?id . "
                                   "FILTER(?id = \"%s\") } ORDER BY ?n" % A2)
    assert run_query(graph, rq) == (["n"], [("Budi Utama",), ("Imam Ghazali",), ("Salahudin",)])


def test_query_own_prefix_line_wins(graph_file, tmp_path):
    rq = _write(tmp_path / "q.rq", "PREFIX foaf: <http://example.org/none#> SELECT ?p { ?p a foaf:Person }")
    assert run_query(graph_file, rq) == (["p"], [])


def test_query_answers_ask_and_construct(graph_file, tmp_path):
    from kg.apps.query import answer_query

    assert answer_query(graph_file, _write(tmp_path / "a.rq", "ASK { ?p a foaf:Person }")).boolean is True
    assert answer_query(graph_file, _write(tmp_path / "b.rq", "ASK { ?p a schema:Movie }")).boolean is False
    built = answer_query(graph_file, _write(tmp_path / "c.rq",
                                            "CONSTRUCT { ?p foaf:name ?n } WHERE { ?p a foaf:Person ; foaf:name ?n }"))
    assert built.kind == "CONSTRUCT"
    assert sorted(str(o) for o in built.graph.objects()) == ["Budi Utama", "Imam Ghazali", "Salahudin"]
    assert all(o.datatype is None for o in built.graph.objects())


def test_query_every_named_query_is_tested_and_titled():
    assert set(named_queries()) == set(EXPECTED) | {"evidence"}
    assert all(query_title(p) for p in named_queries().values())


def test_query_accepts_an_in_memory_graph():
    assert run_query(build(), "acting-officials") == EXPECTED["acting-officials"]


def test_query_accepts_jsonld(tmp_path):
    path = tmp_path / "g.jsonld"
    with open(path, "wb") as fh:
        export(build(), "jsonld", fh)
    assert run_query(path, "acting-officials") == EXPECTED["acting-officials"]


def test_query_runs_a_file(graph_file, tmp_path):
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> }")
    assert run_query(graph_file, rq) == (["n"], [("3",)])


def test_query_runs_on_oxigraph(graph_file):
    assert type(load_graph(graph_file, store="Oxigraph").store).__name__ == "OxigraphStore"


@pytest.mark.parametrize("query, message", [
    ("no-such-query", "Unknown query 'no-such-query'"),
    ("missing.rq", "Query file missing.rq not found"),
])
def test_query_unknown_query(graph_file, query, message):
    with pytest.raises(QueryError, match=message):
        run_query(graph_file, query)


def test_query_syntax_error(graph_file, tmp_path):
    rq = tmp_path / "bad.rq"
    rq.write_text("SELECT ?x WHERE { ?x")
    with pytest.raises(QueryError, match="failed"):
        run_query(graph_file, rq)


def test_query_run_query_gives_rows_of_select_only(graph_file, tmp_path):
    rq = tmp_path / "ask.rq"
    rq.write_text("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="only SELECT"):
        run_query(graph_file, rq)


@pytest.mark.parametrize("name, content, message", [
    ("absent.ttl", None, "no such graph file"),
    ("broken.ttl", "this is not turtle", "cannot parse"),
    ("graph.csv", "a,b", "unknown graph format"),
])
def test_query_bad_graph_file(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    with pytest.raises(QueryError, match=message):
        run_query(path, "acting-officials")


def test_query_empty_graph_gives_no_rows():
    assert run_query(Graph(), "acting-officials")[1] == []


def _doc_queries() -> list[str]:
    import re
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "docs" / "ontology.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sparql\n(.*?)```", text, re.S)
    prefixes = next(b for b in blocks if b.lstrip().startswith("PREFIX"))
    person = "PREFIX person: <https://w3id.org/pemilu-kg/id/person/>\n"
    return [person + prefixes + b for b in blocks if "SELECT" in b]


@pytest.mark.parametrize("query", _doc_queries())
def test_query_examples_in_docs_run_and_return_rows(graph_file, tmp_path, query):
    rq = tmp_path / "doc.rq"
    rq.write_text(query)
    names, rows = run_query(graph_file, rq)
    assert names and rows


def test_query_reads_stdin_for_dash(graph_file, monkeypatch):
    import io as _io

    monkeypatch.setattr("sys.stdin", _io.StringIO("SELECT ?id WHERE { ?a <http://purl.org/dc/terms/identifier> ?id }"
                                                 " ORDER BY ?id"))
    assert run_query(graph_file, "-") == (["id"], [(A1,), (A2,)])
