"""The project's vocabulary: closed namespaces, so a typo fails at import time.

``KG`` mirrors ``ontology/kg.ttl`` (tests/test_graph.py checks both ways);
``TOPIC`` holds the concepts of ``ontology/topics.ttl``; ``ONTOLOGY_DIR`` is
where the ontology, shapes and named queries live.

>>> str(KG.Commitment)
'https://w3id.org/pemilu-kg/ontology#Commitment'
>>> KG.Comitment
Traceback (most recent call last):
...
AttributeError: term 'Comitment' not in namespace 'https://w3id.org/pemilu-kg/ontology#'
"""
from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

from kg.paths import ontology_dir

__all__ = ["KG", "TOPIC", "BASE", "ORG", "SCHEMA", "PREFIXES", "ONTOLOGY_DIR", "ontology_path"]

BASE = "https://w3id.org/pemilu-kg/id/"
TOPIC = Namespace("https://w3id.org/pemilu-kg/topic/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_DIR = ontology_dir()


def ontology_path(*parts: str) -> Path:
    """A file under the ontology folder (``$KG_ONTOLOGY_DIR`` overrides it)."""
    return ONTOLOGY_DIR.joinpath(*parts)


class KG(DefinedNamespace):
    """Terms of ``ontology/kg.ttl``."""
    _fail = True
    _NS = Namespace("https://w3id.org/pemilu-kg/ontology#")

    # classes
    Statement: object
    Commitment: object
    Holding: object
    Affiliation: object
    JointAction: object
    Sentence: object
    Rule: object
    NewsPublisher: object
    ImpliedOrganization: object
    # properties
    qualifier: object
    baseTitle: object
    identityReason: object
    holder: object
    heldPost: object
    observedOn: object
    commitmentKind: object
    polarity: object
    modality: object
    target: object
    addressee: object
    region: object
    actsWith: object
    organization: object
    parent: object
    partner: object
    kemendagriCode: object
    level: object
    eventKind: object
    placeName: object
    issuerName: object
    evidence: object
    evidenceBegin: object
    evidenceEnd: object
    rule: object
    confidence: object
    text: object
    beginIndex: object
    endIndex: object
    sentenceId: object


PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "kgt": str(TOPIC),
    "kgr": BASE,
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": str(ORG),
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": str(SCHEMA),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
}
