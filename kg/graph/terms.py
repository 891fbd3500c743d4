"""The vocabulary's terms, each made once: what the graph builder and the exporters use.

rdflib makes a new ``URIRef`` on every attribute access of a namespace (``RDF.type``
runs a Python ``__getattr__`` and builds the string again), and two equal terms that
are not the same object compare through rdflib's Python-level ``__eq__`` in every
dict and set lookup; a build of 1,000 articles made 1.5 million such terms and ran
5.5 million such comparisons. Through :class:`Terms` each term is made once, and a
dictionary that holds it finds it by identity. The terms are rdflib's own (equal to,
and hashing like, ``rdflib.RDF.type``), so the graph and its bytes are unchanged.

>>> import rdflib
>>> RDF.type is RDF.type, RDF.type == rdflib.RDF.type
(True, True)
>>> TOPIC["money-politics"] is TOPIC["money-politics"]
True
>>> KG.Comitment
Traceback (most recent call last):
...
AttributeError: term 'Comitment' not in namespace 'https://w3id.org/pemilu-kg/ontology#'
"""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib import namespace as _ns

from kg.graph import vocab as _vocab

__all__ = ["IS_IRI", "IS_LITERAL", "IS_BNODE", "Terms", "RDF", "RDFS", "XSD", "DCTERMS", "PROV", "SKOS", "FOAF", "KG", "ORG", "SCHEMA", "TOPIC"]


class Terms:
    """A namespace (rdflib ``Namespace`` or ``DefinedNamespace``) whose terms are each made once."""

    def __init__(self, namespace) -> None:
        self.__dict__["_namespace"] = namespace
        self.__dict__["_items"] = {}

    def __getattr__(self, name: str):
        if name.startswith("__"):   # copy, pickle, doctest and inspect probe for these
            raise AttributeError(name)
        term = getattr(self._namespace, name)   # AttributeError for a term a closed namespace lacks
        self.__dict__[name] = term              # next time a plain attribute: no __getattr__
        return term

    def __getitem__(self, name: str):
        term = self._items.get(name)
        if term is None:
            term = self._items[name] = self._namespace[name]
        return term

    def __repr__(self) -> str:
        return f"Terms({self._namespace!r})"


RDF, RDFS, XSD = Terms(_ns.RDF), Terms(_ns.RDFS), Terms(_ns.XSD)
DCTERMS, PROV, SKOS, FOAF = Terms(_ns.DCTERMS), Terms(_ns.PROV), Terms(_ns.SKOS), Terms(_ns.FOAF)
KG, ORG, SCHEMA, TOPIC = Terms(_vocab.KG), Terms(_vocab.ORG), Terms(_vocab.SCHEMA), Terms(_vocab.TOPIC)


class _SubclassOf(dict):
    """``type -> issubclass(type, cls)``, each type's answer worked out once: ``IS_IRI[type(x)]`` is
    ``isinstance(x, URIRef)``. rdflib's terms are ``abc.ABC`` subclasses, so every ``isinstance``
    on them runs ABCMeta's Python-level ``__instancecheck__``: a 1,000-article build and its
    exports made ~1.2 million such checks."""
    __slots__ = ("cls",)

    def __init__(self, cls) -> None:
        super().__init__()
        self.cls = cls

    def __missing__(self, t) -> bool:
        answer = self[t] = issubclass(t, self.cls)
        return answer


IS_IRI, IS_LITERAL, IS_BNODE = _SubclassOf(URIRef), _SubclassOf(Literal), _SubclassOf(BNode)
