"""One function per assertion kind (kg.model.ASSERTION_ROLES) -> triples, and the topic scheme.

Each handler adds the statement's own triples through the builder and returns
the statement node (the builder then attaches sentence, rule and confidence),
or None when the assertion cannot be stated without breaking the shapes (no
actor, a topic outside the scheme); those are logged, not raised.
"""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Callable, Iterator

from rdflib import Graph, Literal, URIRef

from kg.lang.topics import TOPICS
from kg.model import Assertion
from kg.graph.entities import date_literal, iri_slug
from kg.graph.vocab import ontology_path
from kg.graph.terms import DCTERMS, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, TOPIC

if TYPE_CHECKING:
    from kg.graph.builder import GraphBuilder

__all__ = ["add_statement", "topic_scheme", "QUALIFIERS", "KINDS"]

log = logging.getLogger(__name__)

KINDS = {"commitment": ("pledge", "instruction", "appeal", "target", "action"),
         "polarity": ("positive", "negative"),
         "event": ("meeting", "visit", "election", "hearing", "socialisation", "other")}
_AGENTS = ("person", "organization")
QUALIFIERS = {"pj": "Pj", "penjabat": "Pj", "pjs": "Pjs", "pejabat sementara": "Pjs", "plt": "Plt",
              "pelaksana tugas": "Plt", "plh": "Plh", "pelaksana harian": "Plh"}


@lru_cache(maxsize=1)
def _scheme_graph() -> Graph:
    path = ontology_path("topics.ttl")
    g = Graph()
    if path.exists():
        return g.parse(path, format="turtle")
    # installed without the ontology folder: the notations and labels from package data
    data = json.loads(resources.files("kg").joinpath("data", "topics.json").read_text(encoding="utf-8"))
    scheme = TOPIC.scheme
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    for t in data["topics"]:
        c = TOPIC[t["notation"]]
        g.add((c, RDF.type, SKOS.Concept))
        g.add((c, SKOS.inScheme, scheme))
        g.add((c, SKOS.notation, Literal(t["notation"])))
        g.add((c, SKOS.prefLabel, Literal(t["label"], lang="id")))
        g.add((c, SKOS.definition, Literal(t["definition"], lang="en")))
    return g


def topic_scheme() -> Iterator[tuple]:
    """The triples of the 15-topic SKOS scheme (ontology/topics.ttl)."""
    return iter(_scheme_graph())


def _lit(b: "GraphBuilder", node: URIRef, pred: URIRef, value: str, *, once: bool = False) -> None:
    value = (value or "").strip()
    if value:
        (b.add_once if once else b.add_triple)(node, pred, Literal(value))


def _split(value: str) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def _holds(b: "GraphBuilder", a: Assertion, art: URIRef) -> URIRef | None:

    person, title = a.arg("person").strip(), " ".join(a.arg("title").split())
    if not person or not title or b.kind(person) != "person":
        log.warning("%s: holds with person %r, title %r left out (needs a person and a title)",
                    a.provenance.doc_id, person, title)
        return None
    qualifier = QUALIFIERS.get(a.arg("qualifier").strip().rstrip(".").lower(), "")
    region, org = a.arg("region").strip(), a.arg("organization").strip()
    post = b.post(qualifier, title, region, org, " ".join(a.arg("written").split()))
    b.ref(region), b.ref(org)
    who = b.ref(person)
    node = b.node("holding", a.provenance.doc_id, person, str(post), a.provenance.sent_id)
    b.add_triple(who, ORG.holds, post)
    b.add_triple(node, RDF.type, KG.Holding)
    b.add_triple(node, KG.holder, who)
    b.add_triple(node, KG.heldPost, post)
    b.add_once(node, KG.observedOn, date_literal(a.arg("date")) or b.article_date(art))
    return node


def _commitment(b: "GraphBuilder", a: Assertion, art: URIRef) -> URIRef | None:
    actor, topic = a.arg("actor").strip(), a.arg("topic").strip()
    if not actor or topic not in TOPICS or b.kind(actor) not in _AGENTS:
        log.warning("%s: commitment with actor %r, topic %r left out (needs an actor and a topic of "
                    "the scheme)", a.provenance.doc_id, actor, topic)
        return None
    p = a.provenance
    node = b.node("commitment", p.doc_id, actor, topic, p.sent_id, str(p.start_char), str(p.end_char))
    b.add_triple(node, RDF.type, KG.Commitment)
    b.add_triple(node, PROV.wasAttributedTo, b.ref(actor))
    b.add_triple(node, DCTERMS.subject, TOPIC[topic])
    kind, polarity = a.arg("kind").strip().lower(), a.arg("polarity").strip().lower()
    _lit(b, node, KG.commitmentKind, kind if kind in KINDS["commitment"] else "", once=True)
    _lit(b, node, KG.polarity, polarity if polarity in KINDS["polarity"] else "", once=True)
    for role, pred in (("modality", KG.modality), ("target", KG.target)):
        _lit(b, node, pred, a.arg(role), once=True)
    for addressee in _split(a.arg("addressees")):
        _lit(b, node, KG.addressee, addressee)
    return node


def _quote(b: "GraphBuilder", a: Assertion, art: URIRef) -> URIRef | None:
    text, p, speaker = a.arg("text").strip(), a.provenance, a.arg("speaker").strip()
    if not text:
        return None
    if speaker and b.kind(speaker) not in _AGENTS:
        speaker = ""
    node = b.node("quotation", p.doc_id, text, str(p.start_char))
    b.add_triple(node, RDF.type, SCHEMA.Quotation)
    b.add_triple(node, SCHEMA.text, Literal(text))
    b.add_once(node, PROV.wasAttributedTo, b.ref(speaker))
    return node


def _event(b: "GraphBuilder", a: Assertion, art: URIRef) -> URIRef | None:

    kind, p = a.arg("kind").strip().lower(), a.provenance
    kind = kind if kind in KINDS["event"] else "other"
    label = a.arg("label").strip() or kind
    node = b.node("event", p.doc_id, kind, a.arg("date"), label, a.arg("place"), p.sent_id)
    b.add_triple(node, RDF.type, SCHEMA.Event)
    b.add_triple(node, RDFS.label, Literal(label))
    b.add_triple(node, SCHEMA.name, Literal(label))
    b.add_triple(node, KG.eventKind, Literal(kind))
    b.add_triple(node, SCHEMA.startDate, date_literal(a.arg("date")))
    _lit(b, node, KG.placeName, a.arg("place"))
    b.add_triple(node, SCHEMA.location, b.ref(a.arg("place_region")))
    for who in _split(a.arg("participants")):
        if ":" in who:
            b.add_triple(node, SCHEMA.attendee, b.ref(who))
    return node


# kinds every region numbers from 1 each year: "Perda Nomor 6 Tahun 2020" of Kudus is not Garut's
_REGIONAL_KINDS = frozenset({"Peraturan Daerah", "Rancangan Peraturan Daerah", "Peraturan Wali Kota",
                             "Peraturan Bupati", "Peraturan Gubernur", "Keputusan", "Instruksi",
                             "Surat Keputusan", "Surat Edaran", "Maklumat"})


def _legislation_slug(kind: str, ident: str, issuer: str) -> str:
    """IRI tail of a numbered instrument: its kind and number ("Peraturan KPU 6/2024" is not
    "Peraturan Bawaslu 6/2024"), and for regional kinds the issuing entity when it is resolved."""

    where = issuer.partition(":")[2] if kind in _REGIONAL_KINDS and ":" in issuer else ""
    return "-".join(iri_slug(x) for x in (kind, ident, where) if x)


def _instrument(b: "GraphBuilder", a: Assertion, art: URIRef) -> URIRef | None:

    ident, kind, p = a.arg("identifier").strip(), a.arg("kind").strip(), a.provenance
    label = a.arg("label").strip() or " ".join(x for x in (kind, ident) if x)
    if not label:
        return None
    issuer = a.arg("issuer").strip()
    node = URIRef(f"{b.base}legislation/{_legislation_slug(kind, ident, issuer)}") if ident \
        else b.node("legislation", p.doc_id, label)
    b.add_triple(node, RDF.type, SCHEMA.Legislation)
    if not b.has(node, RDFS.label):
        b.add_triple(node, RDFS.label, Literal(label))
    _lit(b, node, SCHEMA.legislationIdentifier, ident)
    _lit(b, node, SCHEMA.legislationType, kind)
    b.add_triple(node, SCHEMA.legislationDate, date_literal(a.arg("date")))
    if ":" in issuer and b.kind(issuer) in _AGENTS:
        b.add_triple(node, SCHEMA.legislationPassedBy, b.ref(issuer))
    else:
        _lit(b, node, KG.issuerName, issuer)
    return node


def _pair(cls: URIRef, role: str, pred: URIRef, direct: URIRef) -> Callable:
    def handler(b: "GraphBuilder", a: Assertion, art: URIRef) -> URIRef | None:
        org, other, p = a.arg("organization").strip(), a.arg(role).strip(), a.provenance
        if not org or not other or org == other or {b.kind(org), b.kind(other)} != {"organization"}:
            return None
        node = b.node(str(cls).rpartition("#")[2].lower(), p.doc_id, org, other, p.sent_id)
        b.add_triple(node, RDF.type, cls)
        b.add_triple(node, KG.organization, b.ref(org))
        b.add_triple(node, pred, b.ref(other))
        b.add_triple(b.ref(org), direct, b.ref(other))
        if cls == KG.Affiliation:
            b.add_triple(node, KG.observedOn, b.article_date(art))
        return node
    return handler


_HANDLERS: dict[str, Callable] = {
    "holds": _holds,
    "commitment": _commitment,
    "quote": _quote,
    "event": _event,
    "instrument": _instrument,
    "member": _pair(KG.Affiliation, "parent", KG.parent, ORG.subOrganizationOf),
    "acts_with": _pair(KG.JointAction, "partner", KG.partner, KG.actsWith),
}


def add_statement(b: "GraphBuilder", a: Assertion, article: URIRef) -> URIRef | None:
    """Add the triples of one assertion; return its statement node (None if left out)."""
    return _HANDLERS[a.kind](b, a, article)
