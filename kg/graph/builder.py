"""Documents -> one rdflib graph that keeps the query contract.

:class:`GraphBuilder` adds each :class:`~kg.model.Document` as triples at once
and keeps, beyond the triples, only per-entity and per-post facts (names,
attributes), so memory grows with entities, not with articles. Entity labels,
posts and the topic scheme are written by :meth:`GraphBuilder.finish`, after
cross-article renames are known. The modelling is documented in
``docs/ontology.md``; the shapes every output conforms to are ``ontology/shapes.ttl``.

>>> from kg.model import Document, Entity
>>> b = GraphBuilder()
>>> b.add(Document("001_x.txt", "", entities=(Entity("person:budi-utama", "person", "Budi Utama"),)))
>>> g = b.finish()
>>> from rdflib.namespace import FOAF
>>> str(g.value(mint_iri("person:budi-utama"), FOAF.name))
'Budi Utama'
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from typing import Mapping
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef

from kg.errors import KgError
from kg.model import ASSERTION_ROLES, Assertion, Document, Entity
from kg.graph.vocab import BASE, PREFIXES
from kg.graph.terms import DCTERMS, IS_IRI, KG, PROV, RDF, RDFS, SCHEMA, XSD
from kg.graph.entities import (ENTITY_TYPES, EntityState, date_literal, distinct_labels, fill_regions, iri_slug,
                               kind_of_key, mint_iri, write_entity, write_post)
from kg.graph.statements import add_statement, topic_scheme

__all__ = ["GraphBuilder", "BASE", "mint_iri", "iri_slug", "date_literal", "ENTITY_TYPES"]


class GraphBuilder:
    """Accumulate documents into one graph.

    Args:
        base: namespace of minted resource IRIs.
        min_confidence: assertions whose provenance confidence is below this are left out.
    """

    def __init__(self, *, base: str = BASE, min_confidence: float = 0.0):
        self.base = base
        self.min_confidence = min_confidence
        self._g = _Triples()
        self._entities: dict[str, EntityState] = {}
        self._posts: dict[URIRef, tuple[str, str, str, str]] = {}
        self._written: dict[URIRef, Counter] = {}   # post -> the titles as articles write them
        self._rules: dict[str, URIRef] = {}         # rule name -> its node (typed and labelled once)
        self._finished = False

    # ------------------------------------------------------------- public
    def add(self, doc: Document) -> None:
        """Add one document: its article node, entities and assertions with provenance."""
        self._check_open()
        article = self._article(doc)
        for ent in doc.entities or ():
            self._note_entity(ent)
        sentences = {s.sent_id: s for s in doc.sentences or ()}
        for a in doc.assertions or ():
            if a.kind not in ASSERTION_ROLES:
                raise KgError(f"{doc.doc_id}: unknown assertion kind {a.kind!r}. "
                              f"Known kinds: {', '.join(ASSERTION_ROLES)}.")
            if a.provenance.confidence < self.min_confidence:
                continue
            node = add_statement(self, a, article)
            if node is not None:
                self._provenance(node, a, article, sentences)

    def finish(self, renames: Mapping[str, str] = {}) -> Graph:  # noqa: B006 (read only)
        """The graph, with renamed entities merged into their canonical nodes.

        Called once. The triples are kept in plain dictionaries while documents are added
        (rdflib's store costs several times more per triple); the rdflib graph, with the
        project's prefixes, is made here.

        Args:
            renames: entity key -> canonical key, decided by cross-article resolution.
        """
        g = _new_graph(self.base)
        for triple in self.finish_triples(renames):
            g.add(triple)
        return g

    def finish_subjects(self, renames: Mapping[str, str] = {}) -> tuple[dict, Graph]:  # noqa: B006
        """What :meth:`finish` gives, without making the rdflib graph (called once instead of it):
        ``subject -> [(predicate, object), ...]`` and an empty graph with the prefixes."""
        return self._finish_store(renames).by_subject(), _new_graph(self.base)

    def finish_triples(self, renames: Mapping[str, str] = {}):  # noqa: B006 (read only)
        """The triples of :meth:`finish` (called once instead of it)."""
        return iter(self._finish_store(renames))

    def _finish_store(self, renames: Mapping[str, str]) -> "_Triples":
        self._check_open()
        self._finished = True
        def canon(key: str) -> str:
            seen = {key}
            while key in renames and renames[key] not in seen:
                key = renames[key]
                seen.add(key)
            return key

        entities: dict[str, EntityState] = {}
        mapping: dict[URIRef, URIRef] = {}
        # canonical entities first, so their own names win ties with the names merged into them
        for key, state in sorted(self._entities.items(), key=lambda kv: canon(kv[0]) != kv[0]):
            ck = canon(key)
            if ck != key:
                mapping[self.iri(key)] = self.iri(ck)
            merged = entities.setdefault(ck, EntityState(state.kind))
            merged.merge(state)
            if ck != key and state.kind == "person" and state.names:
                merged.reasons.add(f"'{state.best_name(key)}' of an earlier article joined this name "
                                   "when an article of the same region wrote it in full")
        posts: dict[URIRef, tuple[str, str, str, str]] = {}
        written: dict[URIRef, Counter] = {}
        for iri, (qual, title, region, org) in self._posts.items():
            parts = (qual, title, canon(region) if region else "", canon(org) if org else "")
            new = self._post_iri(*parts)
            if new != iri:
                mapping[iri] = new
            posts[new] = parts
            written.setdefault(new, Counter()).update(self._written.get(iri, Counter()))

        fill_regions(entities)
        g = self._g
        for old, new in mapping.items():   # rewrite only the triples that mention a renamed node
            for s, p, o in g.triples((old, None, None)):
                g.remove((s, p, o))
                g.add((new, p, mapping.get(o, o)))
            for s, p, o in g.triples((None, None, old)):
                g.remove((s, p, o))
                g.add((mapping.get(s, s), p, new))
        labels = distinct_labels(entities, canon)
        for key, state in entities.items():
            write_entity(g, self.iri, key, state, canon, entities, labels.get(key, ""))
        for iri, parts in posts.items():
            write_post(g, self.iri, iri, parts, entities, canon, written.get(iri))
        for triple in topic_scheme():
            g.add(triple)
        return g

    # ------------------------------------------------------------ helpers
    def _check_open(self) -> None:
        if self._finished:
            raise KgError("GraphBuilder.finish() was already called; build a new GraphBuilder "
                          "for another graph.")

    def iri(self, key: str) -> URIRef:
        return mint_iri(key, self.base)

    def node(self, kind: str, *parts: str) -> URIRef:
        """A statement node's IRI: a digest of what identifies it."""
        digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
        return URIRef(f"{self.base}{kind}/{digest}")

    def ref(self, key: str) -> URIRef | None:
        """The IRI of an entity key used by an assertion (None for "")."""
        key = (key or "").strip()
        if not key:
            return None
        self._entities.setdefault(key, EntityState(kind_of_key(key)))
        return self.iri(key)

    def kind(self, key: str) -> str:
        """person | organization | region: from the entity record if seen, else the key's prefix."""
        state = self._entities.get(key)
        return state.kind if state is not None else kind_of_key(key)

    def post(self, qualifier: str, title: str, region: str, org: str, written: str = "") -> URIRef:
        """The post's IRI; ``written``: the title as this article writes it ("Kapolres MBD")."""
        iri = self._post_iri(qualifier, title, region, org)
        self._posts[iri] = (qualifier, title, region, org)
        if written:
            self._written.setdefault(iri, Counter())[written] += 1
        return iri

    def add_triple(self, s, p, o) -> None:
        if o is not None and len(o):   # terms are strings: no empty literal or IRI
            self._g.add((s, p, o))

    def add_once(self, s, p, o) -> None:
        """Add ``(s, p, o)`` unless ``s`` already has a ``p`` (single-valued in the shapes):
        the first assertion wins when two disagree about the same node."""
        if o is not None and len(o) and (s, p, None) not in self._g:
            self._g.add((s, p, o))

    def has(self, s, p) -> bool:
        """Whether the graph so far has a triple ``(s, p, *)``."""
        return (s, p, None) in self._g

    def article_date(self, article: URIRef) -> Literal | None:
        """The article's schema:datePublished, else its estimated dcterms:date, if known."""
        value = self._g.value(article, SCHEMA.datePublished) or self._g.value(article, DCTERMS.date)
        return value if isinstance(value, Literal) else None

    def _post_iri(self, qualifier: str, title: str, region: str, org: str) -> URIRef:
        parts = [iri_slug(f"{qualifier} {title}")] + [iri_slug(k.partition(":")[2]) for k in (region, org) if k]
        return URIRef(f"{self.base}post/{'_'.join(parts)}")

    def _note_entity(self, ent: Entity) -> None:
        state = self._entities.setdefault(ent.key, EntityState(ent.kind or kind_of_key(ent.key)))
        state.kind = ent.kind or state.kind
        if ent.name:
            state.names[ent.name] += 1
        state.aliases.update(a for a in ent.aliases if a)
        # a parent no article names, a unit named only in unnamed posts' titles, a kind of ad-hoc body
        state.note_implied((ent.attr("implicit") == "1" and not ent.mentions) or ent.attr("in_title") == "1"
                           or ent.attr("generic") == "1")
        for k, v in ent.attrs:
            if k == "identity" and v:
                state.reasons.add(v)
            elif v:
                state.attrs.setdefault(k, v)
        # attrs that name other entities (region, parent) are linked at finish only when that
        # entity is named in some article or used by an assertion: the graph states no region
        # that no article names (a province inferred from a city stays out)

    def _article(self, doc: Document) -> URIRef:
        art = URIRef(f"{self.base}article/{quote(doc.doc_id, safe='-._~')}")
        meta, add = doc.meta or {}, self.add_triple
        add(art, RDF.type, SCHEMA.NewsArticle)
        add(art, DCTERMS.identifier, Literal(doc.doc_id))
        add(art, RDFS.label, Literal(meta.get("title") or doc.doc_id))
        if meta.get("title"):
            add(art, SCHEMA.headline, Literal(meta["title"]))
        if meta.get("url"):
            url = meta["url"].strip()
            add(art, SCHEMA.url, URIRef(url) if re.match(r"https?://\S+$", url) else Literal(url))
        # an estimate (the latest day the text reports) is not a publication date: dcterms:date only
        date_prop = DCTERMS.date if meta.get("date_source") == "estimated" else SCHEMA.datePublished
        self.add_once(art, date_prop, date_literal(meta.get("date", "")))
        publisher = (meta.get("publisher") or "").strip()
        if publisher:
            key = meta.get("publisher_key") or f"org:{iri_slug(publisher)}"
            state = self._entities.setdefault(key, EntityState("organization"))
            state.names[publisher] += 1
            state.publisher = True
            add(art, SCHEMA.publisher, self.iri(key))
        return art

    def _sentence(self, doc_id: str, sent_id: str, parsed, text: str, article: URIRef) -> URIRef:
        add = self.add_triple
        sent = URIRef(f"{self.base}sentence/{quote(doc_id, safe='-._~')}_{quote(sent_id, safe='-._~')}")
        add(sent, RDF.type, KG.Sentence)
        if (sent, KG.text, None) not in self._g:
            add(sent, KG.text, Literal(parsed.text if parsed is not None else text))
        add(sent, KG.sentenceId, _plain_literal(sent_id))
        add(sent, DCTERMS.isPartOf, article)
        if parsed is not None and parsed.start_char is not None and parsed.end_char is not None:
            add(sent, KG.beginIndex, _int_literal(parsed.start_char))
            add(sent, KG.endIndex, _int_literal(parsed.end_char))
        return sent

    @staticmethod
    def _covered(p, sentences: Mapping) -> list:
        """The other sentences a quotation's span runs into: a quote of several sentences cites each.

        Only quotations: other rules' spans lie in their one sentence by construction.
        """
        own = sentences.get(p.sent_id)
        if own is not None and own.start_char is not None and own.end_char is not None \
                and own.start_char <= p.start_char and p.end_char <= own.end_char:
            return []
        return [s for s in sentences.values()
                if s.sent_id != p.sent_id and s.start_char is not None and s.end_char is not None
                and s.start_char < p.end_char and s.end_char > p.start_char]

    def _provenance(self, node: URIRef, a: Assertion, article: URIRef, sentences: Mapping) -> None:
        p, add = a.provenance, self.add_triple
        sent = self._sentence(p.doc_id, p.sent_id, sentences.get(p.sent_id), p.text, article)
        rule = self._rules.get(p.rule)
        if rule is None:
            rule = self._rules[p.rule] = URIRef(f"{self.base}rule/{quote(p.rule or 'unknown', safe='-._~')}")
            add(rule, RDF.type, KG.Rule)
            add(rule, RDFS.label, Literal(p.rule or "unknown"))
        add(node, KG.evidence, sent)
        for other in self._covered(p, sentences) if a.kind == "quote" else ():
            add(node, KG.evidence, self._sentence(p.doc_id, other.sent_id, other, other.text, article))
        add(node, KG.evidenceBegin, _int_literal(p.start_char))
        add(node, KG.evidenceEnd, _int_literal(p.end_char))
        add(node, KG.rule, rule)
        add(node, KG.confidence, confidence_literal(p.confidence))
        add(node, PROV.wasDerivedFrom, article)

class _Triples:
    """A set of triples in plain dictionaries: subject -> predicate -> objects (in the order
    added), and object -> subjects for the IRIs, so that renames find every triple of a node.
    What the builder asks of it, rdflib's graph answers the same way (terms compare by value)."""

    def __init__(self):
        self._spo: dict = {}
        self._os: dict = {}

    def add(self, triple) -> None:
        s, p, o = triple
        objects = self._spo.setdefault(s, {}).setdefault(p, {})
        if o not in objects:
            objects[o] = None
            if IS_IRI[type(o)]:
                self._os.setdefault(o, {})[s] = None

    def remove(self, triple) -> None:
        s, p, o = triple
        objects = self._spo.get(s, {}).get(p)
        if objects is None or o not in objects:
            return
        del objects[o]
        if not objects:
            del self._spo[s][p]
            if not self._spo[s]:
                del self._spo[s]
        if IS_IRI[type(o)] and not any(o in objs for objs in self._spo.get(s, {}).values()):
            self._os[o].pop(s, None)

    def __contains__(self, pattern) -> bool:
        s, p, o = pattern
        objects = self._spo.get(s, {}).get(p)
        return bool(objects) if o is None else objects is not None and o in objects

    def value(self, s, p):
        return next(iter(self._spo.get(s, {}).get(p, ())), None)

    def triples(self, pattern) -> list:
        """The triples ``(s, None, None)`` or ``(None, None, o)`` (a list: safe to change the set after)."""
        s, p, o = pattern
        if s is not None:
            return [(s, q, x) for q, objs in self._spo.get(s, {}).items() for x in objs]
        return [(x, q, o) for x in self._os.get(o, ()) for q, objs in self._spo.get(x, {}).items() if o in objs]

    def __iter__(self):
        return ((s, p, o) for s, pos in self._spo.items() for p, objs in pos.items() for o in objs)

    def by_subject(self) -> dict:
        return {s: [(p, o) for p, objs in pos.items() for o in objs] for s, pos in self._spo.items()}


_RESOURCE_PREFIXES = ("article", "person", "org", "region", "post", "commitment", "quotation", "event",
                      "legislation", "holding", "affiliation", "jointaction", "sentence", "rule")


_MEMO_MAX = 100_000   # terms each memo keeps (a long-lived process building many graphs stays bounded)
_INT_LITERALS: dict[int, Literal] = {}
_PLAIN_LITERALS: dict[str, Literal] = {}


def _int_literal(value: int) -> Literal:
    """``Literal(value)`` for an offset, each made once (rdflib's constructor infers the datatype
    in Python: a build makes a few per statement and sentence, over a small range of numbers)."""
    lit = _INT_LITERALS.get(value)
    if lit is None:
        lit = Literal(value)
        if len(_INT_LITERALS) < _MEMO_MAX:
            _INT_LITERALS[value] = lit
    return lit


def _plain_literal(text: str) -> Literal:
    """``Literal(text)`` for a sentence id (``s12``), each made once."""
    lit = _PLAIN_LITERALS.get(text)
    if lit is None:
        lit = Literal(text)
        if len(_PLAIN_LITERALS) < _MEMO_MAX:
            _PLAIN_LITERALS[text] = lit
    return lit


@lru_cache(maxsize=4096)
def confidence_literal(value: float) -> Literal:
    """An ``xsd:decimal`` in canonical form (``1.0``, ``0.85``), the same in Turtle and JSON-LD.

    >>> [str(confidence_literal(v)) for v in (1, 0.85, 0.12345, 0)]
    ['1.0', '0.85', '0.123', '0.0']
    """
    text = f"{min(max(float(value), 0.0), 1.0):.3f}".rstrip("0")
    return Literal(text + "0" if text.endswith(".") else text, datatype=XSD.decimal)


def _new_graph(base: str) -> Graph:
    """An empty graph with the vocabulary prefixes and one prefix per kind of minted resource
    (``person:budi-utama``; organisations as ``kgorg:``, since ``org:`` is W3C ORG)."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        if prefix != "kgr":
            g.bind(prefix, ns, override=True, replace=True)
    for kind in _RESOURCE_PREFIXES:
        g.bind("kgorg" if kind == "org" else kind, f"{base}{kind}/", override=True, replace=True)
    return g
