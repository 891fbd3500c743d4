"""kg.graph.builder: hand-made Documents -> graph that keeps the query contract and conforms to the shapes."""
from __future__ import annotations

import re

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, SKOS

from graph_fixtures import ARTICLE_1, ARTICLE_2, assertion, build, documents
from kg.errors import KgError
from kg.graph.builder import GraphBuilder, mint_iri, iri_slug
from kg.model import Document, Entity
from kg.graph.vocab import KG, ORG, SCHEMA, TOPIC, ontology_path


@pytest.fixture(scope="module")
def graph() -> Graph:
    return build()


def _shapes_conform(g: Graph) -> tuple[bool, str]:
    pyshacl = pytest.importorskip("pyshacl")
    conforms, _, text = pyshacl.validate(g, shacl_graph=Graph().parse(ontology_path("shapes.ttl")),
                                         ont_graph=Graph().parse(ontology_path("kg.ttl")))
    return conforms, text


@pytest.mark.parametrize("key, iri", [
    ("person:budi-utama", "https://w3id.org/pemilu-kg/id/person/budi-utama"),
    ("region:19.71", "https://w3id.org/pemilu-kg/id/region/19.71"),
    ("org:bawaslu kota", "https://w3id.org/pemilu-kg/id/org/bawaslu%20kota"),
])
def test_graph_mint_iri_is_deterministic(key, iri):
    assert str(mint_iri(key)) == iri


@pytest.mark.parametrize("key", ["budi-utama", ":x", "person:"])
def test_graph_mint_iri_rejects_keys_without_kind(key):
    with pytest.raises(KgError, match="kind:local"):
        mint_iri(key)


@pytest.mark.parametrize("text, expected", [("Pj Wali Kota", "pj-wali-kota"), ("Łódź  ", "odz"), ("", "x")])
def test_graph_slug(text, expected):
    assert iri_slug(text) == expected


def test_graph_conforms_to_shapes(graph):
    conforms, text = _shapes_conform(graph)
    assert conforms, text


@pytest.mark.parametrize("drop", [FOAF.name, DCTERMS.identifier, KG.evidence, DCTERMS.subject])
def test_graph_shapes_catch_a_missing_contract_term(graph, drop):
    broken = Graph()
    for t in graph:
        if t[1] != drop:
            broken.add(t)
    conforms, _ = _shapes_conform(broken)
    assert not conforms


@pytest.mark.parametrize("doc_id", [ARTICLE_1, ARTICLE_2])
def test_graph_article_has_identifier(graph, doc_id):
    arts = set(graph.subjects(DCTERMS.identifier, Literal(doc_id)))
    assert len(arts) == 1 and (arts.pop(), RDF.type, SCHEMA.NewsArticle) in graph


def test_graph_publisher_is_an_organisation(graph):
    pub = graph.value(next(graph.subjects(DCTERMS.identifier, Literal(ARTICLE_1))), SCHEMA.publisher)
    assert (pub, RDF.type, ORG.Organization) in graph and str(graph.value(pub, RDFS.label)) == "AkselNews.com"


def test_graph_rename_merges_person_and_keeps_fullest_name(graph):
    budi = mint_iri("person:budi-utama")
    assert (mint_iri("person:budi"), None, None) not in graph
    assert list(graph.objects(budi, FOAF.name)) == [Literal("Budi Utama")]
    assert Literal("Budi") in set(graph.objects(budi, SKOS.altLabel))
    assert len(set(graph.subjects(PROV.wasAttributedTo, budi))) == 2


@pytest.mark.parametrize("person, label, region", [
    ("person:budi-utama", "Pj Wali Kota Pangkalpinang", "region:19.71"),
    ("person:imam-ghazali", "Ketua Bawaslu Kota Pangkalpinang", "region:19.71"),
    ("person:salahudin", "Plt Wali Kota Pekalongan", "region:33.75"),
])
def test_graph_post_label_and_area(graph, person, label, region):
    posts = list(graph.objects(mint_iri(person), ORG.holds))
    assert [str(graph.value(p, RDFS.label)) for p in posts] == [label]
    assert graph.value(posts[0], SCHEMA.areaServed) == mint_iri(region)


def test_graph_commitment_topic_has_notation(graph):
    topics = {graph.value(t, SKOS.notation) for c in graph.subjects(RDF.type, KG.Commitment)
              for t in graph.objects(c, DCTERMS.subject)}
    assert topics == {Literal("asn-neutrality"), Literal("election-oversight")}


def test_graph_min_confidence_filters_assertions():
    low = build(min_confidence=0.0)
    assert (None, DCTERMS.subject, TOPIC["money-politics"]) in low
    assert (None, DCTERMS.subject, TOPIC["money-politics"]) not in build(min_confidence=0.5)


def test_graph_statement_links_sentence_rule_and_confidence(graph):
    for c in graph.subjects(RDF.type, KG.Commitment):
        sent = graph.value(c, KG.evidence)
        assert (sent, RDF.type, KG.Sentence) in graph and graph.value(sent, KG.text)
        assert graph.value(c, KG.rule) is not None and graph.value(c, KG.confidence) is not None


def test_graph_event_date_is_xsd_date(graph):
    dates = [d for e in graph.subjects(RDF.type, SCHEMA.Event) for d in graph.objects(e, SCHEMA.startDate)]
    assert dates == [Literal("2023-12-04", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))]


def test_graph_legislation_identifier(graph):
    assert set(graph.objects(None, SCHEMA.legislationIdentifier)) == {Literal("270/139/SE/2023")}


@pytest.mark.parametrize("role_args", [
    {"actor": "", "topic": "asn-neutrality"},            # no actor
    {"actor": "person:x", "topic": "not-a-topic"},       # topic outside the scheme
])
def test_graph_commitment_without_actor_or_topic_is_left_out(role_args):
    b = GraphBuilder()
    b.add(Document("d.txt", "x", assertions=(assertion("commitment", "d.txt", "s1", "x", **role_args),)))
    assert (None, RDF.type, KG.Commitment) not in b.finish()


def test_graph_unknown_assertion_kind_raises():
    a = assertion("quote", "d.txt", "s1", "x", text="y")
    bad = type(a)("gossip", a.args, a.provenance)
    with pytest.raises(KgError, match="unknown assertion kind 'gossip'"):
        GraphBuilder().add(Document("d.txt", "x", assertions=(bad,)))


def test_graph_same_entity_in_two_documents_is_one_node():
    b = GraphBuilder()
    for doc_id in ("a.txt", "b.txt"):
        b.add(Document(doc_id, "", entities=(Entity("person:budi-utama", "person", "Budi Utama"),)))
    g = b.finish()
    assert len(set(g.subjects(RDF.type, FOAF.Person))) == 1


def test_graph_vocab_terms_are_declared_in_ontology():
    ont = Graph().parse(ontology_path("kg.ttl"))
    declared = {str(s) for s in ont.subjects() if str(s).startswith(str(KG._NS))}
    in_vocab = {str(KG[name]) for name in KG.__annotations__}
    assert in_vocab == declared


def test_graph_topic_scheme_matches_package_data():
    import json
    from importlib import resources

    data = json.loads(resources.files("kg").joinpath("data", "topics.json").read_text(encoding="utf-8"))
    scheme = Graph().parse(ontology_path("topics.ttl"))
    assert {str(n) for n in scheme.objects(None, SKOS.notation)} == {t["notation"] for t in data["topics"]}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_graph_every_topic_has_label_and_definition_in(lang):
    scheme = Graph().parse(ontology_path("topics.ttl"))
    for concept in scheme.subjects(RDF.type, SKOS.Concept):
        assert any(l.language == lang for l in scheme.objects(concept, SKOS.prefLabel))
        assert any(d.language == lang for d in scheme.objects(concept, SKOS.definition))


def test_graph_fixture_covers_every_assertion_kind():
    from kg.model import ASSERTION_ROLES

    kinds = {a.kind for d in documents() for a in d.assertions}
    assert kinds == set(ASSERTION_ROLES)


def test_graph_iris_have_no_spaces(graph):
    assert not [t for t in graph.all_nodes() if isinstance(t, URIRef) and re.search(r"\s", t)]


def test_graph_link_to_an_unnamed_region_is_left_out():
    b = GraphBuilder()
    b.add(Document("d.txt", "", entities=(
        Entity("org:bawaslu-provinsi", "organization", "Bawaslu provinsi", attrs=(("region", "region:19"),)),)))
    g = b.finish()
    assert (None, KG.region, None) not in g and (mint_iri("region:19"), None, None) not in g


def test_graph_region_used_without_entity_is_named_from_gazetteer():
    b = GraphBuilder()
    b.add(Document("d.txt", "x", assertions=(
        assertion("holds", "d.txt", "s1", "x", person="person:a-b", title="Wali Kota", region="region:33.75"),)))
    g = b.finish()
    assert str(g.value(mint_iri("region:33.75"), RDFS.label)) == "Pekalongan"
    conforms, text = _shapes_conform(g)
    assert conforms, text


def test_graph_region_parent_linked_only_when_named(graph):
    assert (mint_iri("region:19.71"), SCHEMA.containedInPlace, None) not in graph


@pytest.mark.parametrize("person, observed", [("person:budi-utama", "2023-12-04"),      # the date stated
                                              ("person:imam-ghazali", "2023-12-05")])   # the article's date
def test_graph_holding_observed_on(graph, person, observed):
    holding = next(graph.subjects(KG.holder, mint_iri(person)))
    assert str(graph.value(holding, KG.observedOn)) == observed


def test_graph_rename_of_an_organisation_moves_its_posts():
    from graph_fixtures import RENAMES

    g = build(renames={**RENAMES, "org:bawaslu-kota-pangkalpinang": "org:bawaslu-pangkalpinang"})
    post = next(g.objects(mint_iri("person:imam-ghazali"), ORG.holds))
    assert g.value(post, ORG.postIn) == mint_iri("org:bawaslu-pangkalpinang")
    assert (None, None, mint_iri("org:bawaslu-kota-pangkalpinang")) not in g
    assert "bawaslu-pangkalpinang" in str(post)


def test_graph_entity_state_grows_with_entities_not_articles():
    from dataclasses import replace

    b = GraphBuilder()
    doc = documents()[0]
    for i in range(5):
        b.add(replace(doc, doc_id=f"{i}.txt"))
    g = b.finish()
    assert len(set(g.subjects(RDF.type, FOAF.Person))) == 2
    assert len(set(g.subjects(RDF.type, SCHEMA.NewsArticle))) == 5


def test_graph_ontology_terms_are_labelled_in_english():
    from rdflib import OWL

    ont = Graph().parse(ontology_path("kg.ttl"))
    terms = [s for s in ont.subjects(RDF.type, None) if str(s).startswith(str(KG._NS))]
    unlabelled = [t for t in terms if not any(l.language == "en" for l in ont.objects(t, RDFS.label))]
    assert terms and unlabelled == []
    assert (None, RDF.type, OWL.Ontology) in ont


@pytest.mark.parametrize("then", ["add", "finish"])
def test_graph_builder_is_finished_once(then):
    b = GraphBuilder()
    b.finish()
    with pytest.raises(KgError, match="already called"):
        b.add(Document("d.txt", "")) if then == "add" else b.finish()


def test_graph_renames_follow_chains():
    b = GraphBuilder()
    b.add(Document("d.txt", "", entities=(Entity("person:b", "person", "B"),
                                          Entity("person:bu", "person", "B Utama"),
                                          Entity("person:budi-utama", "person", "Budi Utama"))))
    g = b.finish({"person:b": "person:bu", "person:bu": "person:budi-utama"})
    assert [str(n) for n in g.objects(None, FOAF.name)] == ["Budi Utama"]


@pytest.mark.parametrize("path", ["shapes.ttl", *sorted(f"queries/{p.name}" for p in ontology_path("queries").glob("*.rq"))])
def test_graph_kg_terms_used_in_shapes_and_queries_exist(path):
    text = ontology_path(path).read_text(encoding="utf-8")
    used = set(re.findall(r"\bkg:([A-Za-z]+)", text))
    assert used <= set(KG.__annotations__), used - set(KG.__annotations__)


def test_graph_conflicting_duplicates_still_conform():
    x = "Budi jangan berpihak."
    same = dict(actor="person:budi", topic="asn-neutrality")
    doc = Document("d.txt", x, meta={"date": "2024-01-02"}, entities=(Entity("person:budi", "person", "Budi"),
                                                                       Entity("person:ani", "person", "Ani")),
                   assertions=(assertion("commitment", "d.txt", "s1", x, kind="pledge", polarity="negative", **same),
                               assertion("commitment", "d.txt", "s1", x, kind="appeal", polarity="positive", **same),
                               assertion("quote", "d.txt", "s1", x, speaker="person:budi", text="jangan"),
                               assertion("quote", "d.txt", "s1", x, speaker="person:ani", text="jangan"),
                               assertion("holds", "d.txt", "s1", x, person="person:budi", title="Camat",
                                         date="2024-01-01"),
                               assertion("holds", "d.txt", "s1", x, person="person:budi", title="Camat",
                                         date="2024-01-03")))
    b = GraphBuilder()
    b.add(doc)
    b.add(Document("d.txt", x, meta={"date": "2024-02-02"}))
    g = b.finish()
    conforms, text = _shapes_conform(g)
    assert conforms, text
    c = next(g.subjects(RDF.type, KG.Commitment))
    assert str(g.value(c, KG.commitmentKind)) == "pledge"   # the first assertion wins


@pytest.mark.parametrize("what, args", [
    ("holds", {"person": "org:kpu", "title": "Ketua"}),                     # an organisation holds no post
    ("commitment", {"actor": "region:19.71", "topic": "asn-neutrality"}),  # a region is no agent
    ("member", {"organization": "person:a", "parent": "org:kpu"}),         # only bodies are branches
])
def test_graph_assertion_with_wrong_kind_of_entity_is_left_out(what, args):
    b = GraphBuilder()
    b.add(Document("d.txt", "x", assertions=(assertion(what, "d.txt", "s1", "x", **args),)))
    g = b.finish()
    assert (None, KG.evidence, None) not in g
    conforms, text = _shapes_conform(g)
    assert conforms, text


def test_graph_post_in_a_regional_body_serves_its_region_after_renames():
    b = GraphBuilder()
    b.add(Document("d.txt", "x", entities=(
        Entity("org:kpu-pkp", "organization", "KPU Kota Pangkalpinang", attrs=(("region", "region:pkp"),)),
        Entity("region:pkp", "region", "Pangkal Pinang"), Entity("region:19.71", "region", "Pangkalpinang"),
        Entity("person:ani", "person", "Ani")),
        assertions=(assertion("holds", "d.txt", "s1", "x", person="person:ani", title="Ketua KPU",
                              organization="org:kpu-pkp"),)))
    g = b.finish({"region:pkp": "region:19.71"})
    post = next(g.objects(mint_iri("person:ani"), ORG.holds))
    assert g.value(post, SCHEMA.areaServed) == mint_iri("region:19.71")
    assert str(g.value(post, RDFS.label)) == "Ketua KPU Kota Pangkalpinang"


@pytest.mark.parametrize("attrs", [(("region", "person:ani"),), (("parent", "region:19.71"),)])
def test_graph_attribute_links_need_the_right_kind(attrs):
    b = GraphBuilder()
    b.add(Document("d.txt", "", entities=(Entity("org:kpu", "organization", "KPU", attrs=attrs),
                                          Entity("person:ani", "person", "Ani"),
                                          Entity("region:19.71", "region", "Pangkalpinang"))))
    g = b.finish()
    assert list(g.predicate_objects(mint_iri("org:kpu"))) and (mint_iri("org:kpu"), KG.region, None) not in g
    assert (mint_iri("org:kpu"), ORG.subOrganizationOf, None) not in g


@pytest.mark.parametrize("source, published", [("dateline", True), ("estimated", False), (None, True)])
def test_graph_estimated_date_is_not_a_publication_date(source, published):
    meta = {"date": "2024-10-28"} | ({"date_source": source} if source else {})
    b = GraphBuilder()
    b.add(Document("x.txt", "Teks.", meta=meta, sentences=(), entities=(), assertions=()))
    g = b.finish()
    art = next(g.subjects(RDF.type, SCHEMA.NewsArticle))
    assert ((art, SCHEMA.datePublished, None) in g) is published
    assert g.value(art, SCHEMA.datePublished) or g.value(art, DCTERMS.date)


@pytest.mark.parametrize("first, second, nodes", [
    # same number, different kinds: two instruments
    (("Peraturan KPU", "6 Tahun 2024", ""), ("Peraturan Bawaslu", "6 Tahun 2024", ""), 2),
    # a regional kind numbered alike by two issuers: two instruments
    (("Peraturan Daerah", "6 Tahun 2020", "org:pemkab-kudus"),
     ("Peraturan Daerah", "6 Tahun 2020", "org:pemkab-garut"), 2),
    # the same national instrument named by two articles: one node
    (("Peraturan KPU", "8 Tahun 2024", "org:kpu"), ("Peraturan KPU", "8 Tahun 2024", ""), 1),
])
def test_graph_instruments_are_told_apart_by_kind_and_regional_issuer(first, second, nodes):
    b = GraphBuilder()
    for doc_id, (kind, ident, issuer) in zip(("a.txt", "b.txt"), (first, second)):
        ents = tuple(Entity(k, "organization", k) for k in (issuer,) if k)
        b.add(Document(doc_id, "x", entities=ents, assertions=(assertion(
            "instrument", doc_id, "s1", "x", kind=kind, identifier=ident, issuer=issuer),)))
    assert len(set(b.finish().subjects(RDF.type, SCHEMA.Legislation))) == nodes


def test_graph_post_keeps_the_titles_as_written():
    """ "Kapolres MBD, AKBP Pulung Wietono": the canonical label stays, the written title is the
    prefLabel (the most frequent form), another written form an altLabel; the shapes still hold."""
    b = GraphBuilder()
    ents = (Entity("region:81.08", "region", "Maluku Barat Daya", attrs=(("level", "kabupaten"),)),
            Entity("person:pulung", "person", "Pulung Wietono"))
    for doc, written in (("a.txt", "Kapolres MBD"), ("b.txt", "Kapolres MBD"),
                         ("c.txt", "Kepala Kepolisian Resor (Kapolres) Maluku Barat Daya")):
        b.add(Document(doc, "x", entities=ents, assertions=(
            assertion("holds", doc, "s1", "x", person="person:pulung", title="Kepala Polres",
                      region="region:81.08", written=written),)))
    g = b.finish()
    post = next(g.objects(mint_iri("person:pulung"), ORG.holds))
    assert str(g.value(post, RDFS.label)) == "Kepala Polres Maluku Barat Daya"
    assert [str(x) for x in g.objects(post, SKOS.prefLabel)] == ["Kapolres MBD"]
    assert [str(x) for x in g.objects(post, SKOS.altLabel)] == ["Kepala Kepolisian Resor (Kapolres) Maluku Barat Daya"]
    conforms, text = _shapes_conform(g)
    assert conforms, text


def test_graph_same_labels_are_told_apart():
    """Kota Bekasi and Kabupaten Bekasi, and an FKUB in each, would share labels in tables and Gephi."""
    b = GraphBuilder()
    ents = (Entity("region:32.75", "region", "Bekasi", attrs=(("level", "kota"), ("full", "Kota Bekasi"))),
            Entity("org:fkub-kota-bekasi", "organization", "FKUB", attrs=(("region", "region:32.75"),)),
            Entity("org:fkub-kabupaten-bekasi", "organization", "FKUB", attrs=(("region", "region:32.16"),)),
            Entity("person:dani", "person", "Dani Ramdan"))
    b.add(Document("d.txt", "x", entities=ents, assertions=(
        assertion("holds", "d.txt", "s1", "x", person="person:dani", title="Bupati", qualifier="Pj",
                  region="region:32.16"),)))
    g = b.finish()
    label = {k: str(g.value(mint_iri(k), RDFS.label)) for k in
             ("region:32.75", "region:32.16", "org:fkub-kota-bekasi", "org:fkub-kabupaten-bekasi")}
    assert label == {"region:32.75": "Kota Bekasi", "region:32.16": "Kabupaten Bekasi",
                     "org:fkub-kota-bekasi": "FKUB Kota Bekasi", "org:fkub-kabupaten-bekasi": "FKUB Kabupaten Bekasi"}
    assert Literal("Bekasi") in set(g.objects(mint_iri("region:32.16"), SKOS.altLabel))
    post = next(g.objects(mint_iri("person:dani"), ORG.holds))
    assert str(g.value(post, RDFS.label)) == "Pj Bupati Bekasi"


def test_graph_cross_article_merge_is_explained():
    b = GraphBuilder()
    for doc in ("a.txt", "b.txt"):
        b.add(Document(doc, "x", entities=(Entity("person:subandi-sidoarjo", "person", "Subandi", attrs=(
            ("identity", "'Subandi' in b.txt holds the same post (Bupati Sidoarjo) as in an earlier article"),)
            if doc == "b.txt" else ()),)))
    b.add(Document("c.txt", "x", entities=(Entity("person:budi-x", "person", "Budi"),
                                           Entity("person:budi-utama", "person", "Budi Utama"))))
    g = b.finish({"person:budi-x": "person:budi-utama"})
    assert [str(x) for x in g.objects(mint_iri("person:subandi-sidoarjo"), KG.identityReason)] == [
        "'Subandi' in b.txt holds the same post (Bupati Sidoarjo) as in an earlier article"]
    assert len(list(g.objects(mint_iri("person:budi-utama"), KG.identityReason))) == 1
