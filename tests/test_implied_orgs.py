"""A parent body no article names is typed kg:ImpliedOrganization, keeping the hierarchy."""
from __future__ import annotations

from rdflib import RDF, RDFS
from rdflib.namespace import ORG

from kg.graph.builder import GraphBuilder
from kg.graph.vocab import KG
from kg.model import Document, Entity, Mention


def _doc(doc_id: str, *ents: Entity) -> Document:
    return Document(doc_id, "KPU Kota Yogyakarta menyiapkan TPS.", meta={}, sentences=(), entities=ents)


_BRANCH = Entity("org:kpu-kota-yogyakarta", "organization", "KPU Kota Yogyakarta",
                 attrs=(("parent", "org:kpu"),), mentions=(Mention("s1", (1, 2, 3), "KPU Kota Yogyakarta",
                                                                   "organization"),))
_IMPLIED = Entity("org:kpu", "organization", "KPU", attrs=(("implicit", "1"),))
_NAMED = Entity("org:kpu", "organization", "KPU", mentions=(Mention("s1", (1,), "KPU", "organization"),))


def _graph(*docs):
    b = GraphBuilder()
    for d in docs:
        b.add(d)
    return b.finish({})


def test_implied_parent_is_no_named_organisation_but_keeps_the_hierarchy():
    g = _graph(_doc("a.txt", _BRANCH, _IMPLIED))
    kpu, branch = (next(g.subjects(RDFS.label, lbl)) for lbl in (_lit("KPU"), _lit("KPU Kota Yogyakarta")))
    assert (kpu, RDF.type, ORG.Organization) not in g
    assert (kpu, RDF.type, KG.ImpliedOrganization) in g
    assert (KG.ImpliedOrganization, RDFS.subClassOf, ORG.Organization) in g
    assert (branch, ORG.subOrganizationOf, kpu) in g


def test_parent_named_in_another_article_is_an_organisation():
    g = _graph(_doc("a.txt", _BRANCH, _IMPLIED), _doc("b.txt", _NAMED))
    kpu = next(g.subjects(RDFS.label, _lit("KPU")))
    assert (kpu, RDF.type, ORG.Organization) in g
    assert (kpu, RDF.type, KG.ImpliedOrganization) not in g


def _lit(text):
    from rdflib import Literal
    return Literal(text)


def test_unit_named_only_in_unnamed_post_titles_is_implied():
    unit = Entity("org:bpbd-papua", "organization", "BPBD Papua", attrs=(("in_title", "1"),),
                  mentions=(Mention("s1", (2, 3), "BPBD Papua", "organization"),))
    g = _graph(_doc("a.txt", unit))
    node = next(g.subjects(RDFS.label, _lit("BPBD Papua")))
    assert (node, RDF.type, KG.ImpliedOrganization) in g and (node, RDF.type, ORG.Organization) not in g
