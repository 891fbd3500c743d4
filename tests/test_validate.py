"""kg.apps.validate: a graph built from hand-made Documents conforms to ontology/shapes.ttl;
broken graphs do not, and the report names the problem."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, SKOS

from kg.errors import InputError
from kg.graph.builder import GraphBuilder
from kg.model import Assertion, Document, Entity, Mention, Provenance, Sentence
from kg.apps.validate import ValidationReport, validate

TEXT = ("Pj Wali Kota Pangkalpinang Budi Utama mengunjungi Bawaslu Kota Pangkalpinang, Senin (28/10/2024). "
        "“Kami sudah melakukan pencegahan,” kata Imam Ghazali. "
        "Surat Edaran 270/139/SE/BKPSDMD/XI/2023 melarang ASN berkampanye.")
SENTS = ((0, 97), (98, 152), (153, len(TEXT)))

ENTITIES = (
    Entity("person:budi-utama", "person", "Budi Utama", aliases=("Budi",)),
    Entity("person:imam-ghazali", "person", "Imam Ghazali"),
    Entity("region:19.71", "region", "Pangkalpinang",
           attrs=(("code", "19.71"), ("level", "kota"), ("full", "Kota Pangkalpinang"))),
    Entity("org:bawaslu", "organization", "Bawaslu", attrs=(("full", "Badan Pengawas Pemilu"),)),
    Entity("org:bawaslu-kota-pangkalpinang", "organization", "Bawaslu Kota Pangkalpinang",
           attrs=(("acronym", "Bawaslu"), ("region", "region:19.71"), ("parent", "org:bawaslu"))),
    Entity("org:pemkot-pangkalpinang", "organization", "Pemkot Pangkalpinang",
           attrs=(("full", "Pemerintah Kota Pangkalpinang"), ("region", "region:19.71"))),
)


def _prov(i: int, rule: str, conf: float = 0.9) -> Provenance:
    start, end = SENTS[i]
    return Provenance("002_x.txt", f"s{i + 1}", start, end, TEXT[start:end], rule, conf)


ASSERTIONS = (
    Assertion("holds", (("person", "person:budi-utama"), ("title", "Wali Kota"), ("qualifier", "Pj"),
                        ("region", "region:19.71"), ("organization", ""), ("date", "2024-10-28")),
              _prov(0, "holds_office")),
    Assertion("holds", (("person", "person:imam-ghazali"), ("title", "Ketua Bawaslu"), ("qualifier", ""),
                        ("region", ""), ("organization", "org:bawaslu-kota-pangkalpinang"), ("date", "")),
              _prov(1, "holds_office")),
    Assertion("commitment", (("actor", "person:imam-ghazali"), ("topic", "asn-neutrality"),
                             ("kind", "action"), ("polarity", "positive"), ("modality", "sudah"),
                             ("target", ""), ("addressees", "")), _prov(1, "commitment")),
    Assertion("commitment", (("actor", "org:pemkot-pangkalpinang"), ("topic", "asn-neutrality"),
                             ("kind", "instruction"), ("polarity", "negative"), ("modality", "melarang"),
                             ("target", ""), ("addressees", "ASN")), _prov(2, "commitment")),
    Assertion("quote", (("speaker", "person:imam-ghazali"), ("text", "Kami sudah melakukan pencegahan")),
              _prov(1, "quotes")),
    Assertion("event", (("kind", "visit"), ("date", "2024-10-28"), ("place", "Kantor Bawaslu"),
                        ("place_region", "region:19.71"),
                        ("participants", "person:budi-utama; org:bawaslu-kota-pangkalpinang"),
                        ("label", "Kunjungan Pj Wali Kota ke Bawaslu")), _prov(0, "events")),
    Assertion("instrument", (("identifier", "270/139/SE/BKPSDMD/XI/2023"), ("kind", "Surat Edaran"),
                             ("issuer", "org:pemkot-pangkalpinang"), ("date", "2023-12-06"),
                             ("label", "Surat Edaran 270/139/SE/BKPSDMD/XI/2023")), _prov(2, "instruments")),
    Assertion("member", (("organization", "org:bawaslu-kota-pangkalpinang"), ("parent", "org:bawaslu")),
              _prov(0, "org_branch")),
    Assertion("acts_with", (("organization", "org:pemkot-pangkalpinang"),
                            ("partner", "org:bawaslu-kota-pangkalpinang")), _prov(0, "acts_with")),
)

DOC = Document("002_x.txt", TEXT, meta={"publisher": "growmedia-indo.com", "date": "2024-10-28",
                                        "title": "Pj Wali Kota kunjungi Bawaslu"},
               sentences=tuple(Sentence(f"s{i + 1}", TEXT[a:b], (), a, b) for i, (a, b) in enumerate(SENTS)),
               mentions=(Mention("s1", (5, 6), "Budi Utama", "person"),),
               entities=ENTITIES, assertions=ASSERTIONS)


@pytest.fixture(scope="module")
def built() -> Graph:
    b = GraphBuilder()
    b.add(DOC)
    return b.finish()


def _copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def test_validate_built_graph_conforms(built):
    report = validate(built)
    assert report.conforms, report.summary()
    assert report.problems == ()


@pytest.mark.parametrize("drop", [FOAF.name, SKOS.notation])
def test_validate_missing_required_value_fails(built, drop):
    broken = _copy(built)
    broken.remove((None, drop, None))
    report = validate(broken)
    assert not report.conforms
    assert any(p.severity == "Violation" for p in report.problems)


def test_validate_report_names_path_and_focus(built):
    broken = _copy(built)
    person = URIRef("https://w3id.org/pemilu-kg/id/person/budi-utama")
    broken.add((person, FOAF.name, Literal("Budi Kedua")))       # two names: maxCount 1
    report = validate(broken)
    text = report.summary()
    assert not report.conforms
    assert "Conforms: no" in text and "foaf:name" in text and "budi-utama" in text


def test_validate_summary_of_conforming_graph(built):
    assert validate(built).summary().startswith("Conforms: yes")


def test_validate_custom_shapes_file(tmp_path, built):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<http://x/S> a sh:NodeShape ; sh:targetClass foaf:Person ;
  sh:property [ sh:path foaf:mbox ; sh:minCount 1 ; sh:message "needs a mailbox" ] .""")
    report = validate(built, shapes=shapes)
    assert not report.conforms
    assert {p.message for p in report.problems} == {"needs a mailbox"}


@pytest.mark.parametrize("name", ["missing.ttl", "bad.ttl"])
def test_validate_unreadable_input_raises(tmp_path, name):
    path = tmp_path / name
    if name == "bad.ttl":
        path.write_text("<http://a> <http://b> ")
    with pytest.raises(InputError, match=name):
        validate(path)


def test_validate_report_limit_mentions_rest():
    report = ValidationReport(False, tuple(
        __import__("kg.apps.validate", fromlist=["Problem"]).Problem("Violation", f"n{i}", "p", "m")
        for i in range(5)), 10)
    assert "... and 3 more" in report.summary(limit=2)


def test_validate_rdf_type_alone_is_not_enough(built):
    broken = _copy(built)
    broken.add((URIRef("http://x/ghost"), RDF.type, FOAF.Person))
    assert not validate(broken).conforms
