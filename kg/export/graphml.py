"""GraphML for Gephi, yEd and networkx: entities as nodes, literals as node attributes.

Every node has ``label`` and ``type`` (Person, Organization, Region, Post, Topic,
Commitment, Quotation, Event, Legislation, Article, Holding, Affiliation,
JointAction); every edge has ``label`` (the predicate's local name) and
``predicate`` (its CURIE). Key ids are the attribute names (``label``, ``type``),
never ``d0..dN``: Gephi takes key ``d3`` for the node label. Edge keys get an
``edge`` prefix (``edgelabel``, which Gephi also reads as the edge label) so node and
edge key ids stay unique. Provenance is folded: a statement's sentence becomes
its ``evidence`` attribute and its rule the ``rule`` attribute.

Characters XML 1.0 forbids (control characters other than tab and line breaks,
U+FFFE, U+FFFF, lone surrogates), which article text may hold, become spaces in
every label, attribute and id (:func:`xml_text`), so the file always parses.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any, BinaryIO
from xml.sax.saxutils import escape

from rdflib import Literal, URIRef

from kg.export.pieces import active, subject_digests
from kg.export.view import GraphView, view_of
from kg.graph.terms import DCTERMS, FOAF, IS_IRI, IS_LITERAL, KG, ORG, RDF, RDFS, SCHEMA, SKOS, XSD

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

__all__ = ["to_networkx", "records", "write_graphml", "write_xml", "TYPE_NAMES", "node_type", "xml_text"]

# most specific first: a node's type is the first of its classes found here
TYPE_NAMES: dict[URIRef, str] = {
    FOAF.Person: "Person", ORG.Organization: "Organization", KG.ImpliedOrganization: "Organization",
    SCHEMA.AdministrativeArea: "Region",
    ORG.Post: "Post", SKOS.Concept: "Topic", KG.Commitment: "Commitment",
    SCHEMA.Quotation: "Quotation", SCHEMA.Event: "Event", SCHEMA.Legislation: "Legislation",
    SCHEMA.NewsArticle: "Article", KG.Holding: "Holding", KG.Affiliation: "Affiliation",
    KG.JointAction: "JointAction", KG.Sentence: "Sentence", KG.Rule: "Rule",
    SKOS.ConceptScheme: "TopicScheme",
}
_FOLDED_TYPES = {"Sentence", "Rule", "TopicScheme"}
_FOLDED_PREDICATES = {KG.evidence: "evidence", KG.rule: "rule"}
_SKIPPED_PREDICATES = {RDF.type, SKOS.inScheme, SKOS.topConceptOf, SKOS.hasTopConcept}
_LABEL_PREDICATES = (RDFS.label, FOAF.name, SKOS.prefLabel, SCHEMA.text)


_XML_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: Any) -> Any:
    """``value`` with the characters XML 1.0 forbids replaced by spaces (non-strings unchanged).

    >>> xml_text("Ketua\\x0bKPU\\x00 berkata\\ufffe")
    'Ketua KPU  berkata '
    """
    return _XML_FORBIDDEN.sub(" ", value) if isinstance(value, str) else value


def node_type(graph: "Graph | GraphView", node: URIRef) -> str:
    """The short type name of a node ("Other" when it has none of TYPE_NAMES)."""
    return _type_name(view_of(graph).objects(node, RDF.type))


def _curie(view: GraphView, term: URIRef) -> str:
    text = view.curie(term)
    return text[1:-1] if text.startswith("<") else text


_INTEGERS = frozenset({XSD.integer, XSD.int, XSD.long})
_REALS = frozenset({XSD.decimal, XSD.double, XSD.float})


def _value(lit: Literal) -> Any:
    datatype = lit.datatype
    if datatype is None:
        return str(lit)
    if datatype in _INTEGERS:
        return int(lit)
    if datatype in _REALS:
        return float(lit)
    return str(lit)


def _event_context(view: GraphView, own: dict) -> str:
    """" (place, date)" after an event's name: a corpus has many events called "Rapat" or "Rapat
    Koordinasi", and Gephi shows one label a node."""
    region = own.get(SCHEMA.location, (None,))[0]
    place = own.get(KG.placeName, (None,))[0] or (view.value(region, RDFS.label) if region is not None else None)
    parts = [str(x) for x in (place, own.get(SCHEMA.startDate, (None,))[0]) if x is not None]
    return f" ({', '.join(parts)})" if parts else ""


def _label(view: GraphView, node: URIRef, kind: str, own: dict | None = None) -> str:
    """The node's label; ``own``: its objects by predicate (:func:`_grouped`), when already made."""
    own = _grouped(view.by_subject.get(node, ())) if own is None else own
    for pred in _LABEL_PREDICATES:
        values = sorted(own.get(pred, ()), key=lambda v: (getattr(v, "language", None) != "id", str(v)))
        if values:
            text = " ".join(str(values[0]).split())
            if kind == "Event":
                text += _event_context(view, own)
            return text if len(text) <= 80 else text[:77] + "..."
    if kind == "Commitment":
        topic = own.get(DCTERMS.subject, (None,))[0]
        notation = view.value(topic, SKOS.notation) if topic is not None else None
        what = own.get(KG.commitmentKind, (None,))[0] or "commitment"
        return f"{what}: {notation}" if notation else str(what)
    linked = {"Holding": (KG.heldPost, "holds "), "Affiliation": (KG.parent, "unit of "),
              "JointAction": (KG.partner, "with ")}
    if kind in linked:
        target = own.get(linked[kind][0], (None,))[0]
        name = view.value(target, RDFS.label) if target is not None else None
        if name is not None:
            return linked[kind][1] + str(name)
    return kind.lower() if kind != "Other" else _curie(view, node)


def to_networkx(graph: "Graph | GraphView", *, provenance: bool = True) -> "nx.MultiDiGraph":
    """The graph as a networkx MultiDiGraph with plain str/int/float attributes only.

    Args:
        graph: an rdflib graph built by :class:`kg.graph.builder.GraphBuilder` (any graph works),
            or its :class:`~kg.export.view.GraphView`.
        provenance: keep statement nodes (commitments, quotations, holdings ...). With
            ``False`` only entities, posts, topics, events, legislation and articles remain.

    Inside a :func:`kg.export.view.shared` block the result is computed once per graph and
    option (GraphML and GEXF of one build share it): treat it as read-only.
    """
    view = view_of(graph)
    return view.derived(f"networkx:{provenance}", lambda v: _to_networkx(v, provenance))


def records(graph: "Graph | GraphView", *, provenance: bool = True) -> tuple[list, list]:
    """What :func:`to_networkx` puts in its graph, in its order: ``[(node_id, data), ...]`` and
    ``[(source_id, target_id, key, data), ...]`` (computed once per view, like to_networkx)."""
    view = view_of(graph)
    return view.derived(f"records:{provenance}", lambda v: _records(v, provenance))


def _to_networkx(view: GraphView, provenance: bool) -> "nx.MultiDiGraph":
    import networkx as nx  # noqa: PLC0415

    nodes, edges = records(view, provenance=provenance)
    G = nx.MultiDiGraph()
    for node_id, data in nodes:
        G.add_node(node_id, **data)
    for source, target, key, data in edges:
        G.add_edge(source, target, key=key, **data)
    return G


def _grouped(pairs) -> dict:
    """A subject's objects by predicate, each list in the order of the pairs (so ``[0]`` is what
    ``view.value`` gives)."""
    out: dict = {}
    for p, o in pairs:
        objects = out.get(p)
        if objects is None:
            out[p] = [o]
        else:
            objects.append(o)
    return out


def _type_name(classes) -> str:
    """:func:`node_type` of a node with these classes."""
    classes = set(classes)
    return next((name for cls, name in TYPE_NAMES.items() if cls in classes), "Other")


def _records(view: GraphView, provenance: bool) -> tuple[list, list]:
    by_subject = view.by_subject
    subjects = {s for s in by_subject if IS_IRI[type(s)]}
    rdf_type = RDF.type
    types = {s: _type_name(o for p, o in by_subject[s] if p is rdf_type or (str.__eq__(p, rdf_type) is True
                                                                          and p == rdf_type))
             for s in subjects}
    keep = {s for s, t in types.items() if t not in _FOLDED_TYPES}
    if not provenance:
        keep = {s for s in keep if types[s] not in ("Holding", "Affiliation", "JointAction", "Quotation",
                                                   "Commitment", "Other")}
    reuse = active() if provenance else None   # the exporters' records (kg.draw's, without provenance, are not)
    if reuse is not None:
        digests = subject_digests(view)
        context = reuse.context("records", str(provenance),
                                "\n".join(f"{prefix} {ns}" for prefix, ns in sorted(view.namespaces())))
        old = reuse.old_records(context)
        firsts = _firsts_of(view)
    nodes, edges, made = [], [], []
    folded: dict[URIRef, str] = {}
    keys: dict[URIRef, str] = {}
    for s in sorted(keep, key=str):   # IRIs: rdflib orders them by their text
        if reuse is not None:
            key = _record_key(s, by_subject[s], digests, firsts)
            record = old.get(key)
            if record is None:
                record = _node_record(view, s, types[s], keep, subjects, folded, keys)
            else:
                reuse.reused += 1
            made.append([key, *record])
        else:
            record = _node_record(view, s, types[s], keep, subjects, folded, keys)
        node_id, data, out = record
        nodes.append((node_id, data))
        source = str(s)
        edges.extend((source, target, p, node_id, target_id, curie) for target, p, target_id, curie in out)
    if reuse is not None:
        reuse.record("records", context, made)
        view.derived("pieces:record-keys", lambda _v: [m[0] for m in made])   # the nodes' keys, for the writers
    out_edges = []
    for i, (_, _, _, source, target, curie) in enumerate(sorted(edges, key=lambda e: (e[0], e[1], e[2]))):
        # the key is the edge id in GraphML: unique over the file
        out_edges.append((source, target, f"e{i}", {"label": curie.rpartition(":")[2] or curie, "predicate": curie}))
    return nodes, out_edges


def _record_key(s: URIRef, pairs, digests: dict, firsts) -> str:
    """What a node's record is made of: its triples and those of the nodes it points to (their labels,
    texts and types; whether they exist), and of both, which value comes first where a label or an
    evidence text reads the first of several (:func:`_firsts`)."""
    import hashlib  # noqa: PLC0415

    parts = [digests[s], firsts(s)]
    for _, o in pairs:
        if IS_IRI[type(o)]:
            parts.append(f"{o}\x1f{digests.get(o, '-')}\x1f{firsts(o)}")
    return hashlib.blake2b("\x1e".join(parts).encode("utf-8", "surrogatepass"), digest_size=15).hexdigest()


# the predicates whose first value (in the subject's order of triples) a record reads: an event's place
# and date, a commitment's topic and kind, what a holding, affiliation or joint action points to, and of
# the nodes pointed to, a sentence's text, a label, a topic's notation
_FIRST_READ = frozenset({SCHEMA.location, KG.placeName, SCHEMA.startDate, DCTERMS.subject, KG.commitmentKind,
                         KG.heldPost, KG.parent, KG.partner, KG.text, RDFS.label, SKOS.notation})


def _firsts_of(view: GraphView):
    """``firsts(node)``: the first value of each :data:`_FIRST_READ` predicate the node has several of
    ("" when none: the order of its triples then changes nothing a record reads), memoised."""
    memo: dict = {}

    def firsts(node) -> str:
        text = memo.get(node)
        if text is None:
            seen: dict = {}
            for p, o in view.by_subject.get(node, ()):
                if p in _FIRST_READ:
                    first = seen.get(p)
                    if first is None:
                        seen[p] = [o, 1]
                    else:
                        first[1] += 1
            text = memo[node] = "\x1d".join(
                f"{p}\x1f{type(o).__name__}\x1f{getattr(o, 'datatype', None) or ''}\x1f"
                f"{getattr(o, 'language', None) or ''}\x1f{len(o)}\x1f{o}"
                for p, (o, n) in sorted(seen.items(), key=lambda kv: str(kv[0])) if n > 1)
        return text

    return firsts


def _node_record(view: GraphView, s: URIRef, kind: str, keep: set, subjects: set, folded: dict,
                 keys: dict) -> tuple[str, dict, list]:
    """A node's id, its data (label, type, iri, classes, attributes) and its edges, each as
    ``(target IRI, predicate IRI, target id, predicate CURIE)``, in the order of its triples."""
    attrs: dict[str, list] = defaultdict(list)
    edges = []
    for p, o in view.by_subject[s]:
        if p in _SKIPPED_PREDICATES:
            continue
        if p in _FOLDED_PREDICATES and IS_IRI[type(o)]:
            text = folded.get(o)
            if text is None:
                text = folded[o] = str(view.value(o, KG.text) or view.value(o, RDFS.label) or o)
            attrs[_FOLDED_PREDICATES[p]].append(text)
        elif IS_LITERAL[type(o)]:
            attrs[_key(view, keys, p)].append(_value(o))
        elif o in keep:
            edges.append((str(o), str(p), _node_id(view, o), xml_text(_curie(view, p))))
        elif IS_IRI[type(o)] and o not in subjects:
            attrs[_key(view, keys, p)].append(str(o))
    own = _grouped(view.by_subject[s])
    data: dict[str, Any] = {"label": _label(view, s, kind, own), "type": kind, "iri": str(s),
                            "classes": " ".join(sorted(_curie(view, c) for c in own.get(RDF.type, ())))}
    for key, values in sorted(attrs.items()):
        values = sorted(set(values), key=str)
        data[key] = values[0] if len(values) == 1 else " | ".join(map(str, values))
    return _node_id(view, s), {k: xml_text(v) for k, v in data.items()}, edges


def _key(view: GraphView, keys: dict, p: URIRef) -> str:
    """A predicate's attribute name (``kg_kemendagriCode``)."""
    key = keys.get(p)
    if key is None:
        key = keys[p] = _curie(view, p).replace(":", "_")
    return key


def _node_id(view: GraphView, node: URIRef) -> str:
    return xml_text(_curie(view, node))


def _writer_class():
    from networkx.readwrite.graphml import GraphMLWriter  # noqa: PLC0415

    class NamedKeyWriter(GraphMLWriter):
        """Key ids are attribute names; edge keys are prefixed with ``edge`` to stay unique."""

        def get_key(self, name, attr_type, scope, default):
            keys_key = (name, attr_type, scope)
            if keys_key not in self.keys:
                new_id = name if scope != "edge" else f"edge{name}"
                self.keys[keys_key] = new_id
                element = self.myElement("key", **{"id": new_id, "for": scope, "attr.name": name,
                                                   "attr.type": attr_type})
                if default is not None:
                    default_element = self.myElement("default")
                    default_element.text = str(default)
                    element.append(default_element)
                self.xml.insert(0, element)
            return self.keys[keys_key]

    return NamedKeyWriter


def write_graphml(graph: "Graph", stream: BinaryIO) -> None:
    """GraphML (Gephi-ready: named keys, every node with label and type, every edge with label)."""
    view = view_of(graph)
    nodes, edges = records(view)
    if not _distinct_ids(nodes):
        return _write_graphml_networkx(graph, stream)
    out = _Out(stream)
    scoped = [("node", data) for _, data in nodes] + [("edge", data) for *_, data in edges]
    keys: dict[tuple, str] = {}
    for scope, data in scoped:      # the keys, in the order networkx's writer makes them
        for name, value in data.items():
            keys.setdefault((name, _GRAPHML_TYPES[type(value)], scope), name if scope != "edge" else f"edge{name}")
    out.write("<?xml version='1.0' encoding='utf-8'?>\n"
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
              'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for (name, xml_type, scope), key_id in reversed(keys.items()):   # networkx inserts each key first
        out.write(f'  <key id="{_attr(key_id)}" for="{scope}" attr.name="{_attr(name)}" attr.type="{xml_type}" />\n')
    if not nodes and not edges:
        out.write('  <graph edgedefault="directed" />\n</graphml>\n')
        return out.flush()
    out.write('  <graph edgedefault="directed">\n')
    node_pieces(out, view, nodes, "graphml", (), lambda o, node_id, data: _graphml_node(o, node_id, data, keys))
    for source, target, key, data in edges:
        out.write(f'    <edge source="{_attr(source)}" target="{_attr(target)}" id="{_attr(key)}"')
        _graphml_data(out, data, "edge", keys, "    ")
    out.write("  </graph>\n</graphml>\n")
    out.flush()


def _graphml_node(out: "_Out", node_id: str, data: dict, keys: dict) -> None:
    out.write(f'    <node id="{_attr(node_id)}"')
    _graphml_data(out, data, "node", keys, "    ")


def node_pieces(out: "_Out", view: GraphView, nodes: list, fmt: str, context: tuple, write) -> None:
    """``write(out, node_id, data)`` for each node; in a build that reuses pieces
    (:mod:`kg.export.pieces`), a node whose record is the last build's (same record key) and whose
    ``context`` (what else its text depends on) is the same is copied from the last build's file, and
    where each node's text lies is recorded. A node's text depends on its record only (and on
    ``context``)."""
    reuse = active()
    keys = _record_keys(view, nodes) if reuse is not None else None
    if keys is None:
        for node_id, data in nodes:
            write(out, node_id, data)
        return
    key = reuse.context(fmt, *context)
    old = reuse.old(fmt, key)
    out.flush()
    offset, pieces, chunks = out.written, [], []
    for (node_id, data), rk in zip(nodes, keys):
        piece = old.get(rk)
        if piece is None:
            text: list[str] = []
            write(_Collect(text), node_id, data)
            piece = "".join(text).encode("utf-8")
        else:
            reuse.reused += 1
        chunks.append(piece)
        pieces.append([rk, offset, len(piece)])
        offset += len(piece)
    out.write_bytes(b"".join(chunks))
    reuse.record(fmt, key, pieces)


class _Collect:
    """A writer that keeps what it is given (one node's text)."""

    def __init__(self, parts: list[str]):
        self.write = parts.append


def _record_keys(view: GraphView, nodes: list) -> list | None:
    """The record keys of the nodes :func:`records` made in ``view`` (None outside a reusing build)."""
    keys = view.derived("pieces:record-keys", lambda _v: None)
    return keys if keys is not None and len(keys) == len(nodes) else None


def _graphml_data(out: "_Out", data: dict, scope: str, keys: dict, indent: str) -> None:
    if not data:
        out.write(" />\n")
        return
    out.write(">\n")
    for name, value in data.items():
        key_id = keys[(name, _GRAPHML_TYPES[type(value)], scope)]
        text = str(value)
        out.write(f'{indent}  <data key="{_attr(key_id)}">{_text(text)}</data>\n' if text
                  else f'{indent}  <data key="{_attr(key_id)}" />\n')   # ElementTree's empty element
    out.write(f"{indent}</{scope}>\n")


_GRAPHML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}   # networkx's xml_type


def _distinct_ids(nodes: list) -> bool:
    """Whether no two nodes share an id (networkx would merge them: then its writer is used)."""
    return len({node_id for node_id, _ in nodes}) == len(nodes)


def _write_graphml_networkx(graph: "Graph", stream: BinaryIO) -> None:
    """GraphML through networkx's writer (the reference the direct writer reproduces byte for byte)."""
    G = to_networkx(graph)
    writer = _writer_class()(encoding="utf-8", prettyprint=True, named_key_ids=True)
    writer.add_graph_element(G)
    writer.indent(writer.xml)
    write_xml(writer.xml, stream)


class _Out:
    """Text written to a binary stream as UTF-8, 64k pieces at a time; ``written``: bytes flushed so far."""

    def __init__(self, stream: BinaryIO):
        self.stream, self.parts, self.written = stream, [], 0

    def write(self, text: str) -> None:
        self.parts.append(text)
        if len(self.parts) >= 65536:
            self.flush()

    def write_bytes(self, data: bytes) -> None:
        """Bytes already encoded (a piece copied from the last build's file), after the text so far."""
        self.flush()
        self.stream.write(data)
        self.written += len(data)

    def flush(self) -> None:
        if self.parts:
            data = "".join(self.parts).encode("utf-8")
            self.stream.write(data)
            self.written += len(data)
            self.parts = []


# ElementTree's escapes: element text takes &, < and >; an attribute also ", CR, LF and tab
_ATTR_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


_TEXT_SPECIAL = re.compile("[&<>]")
_ATTR_SPECIAL = re.compile('[&<>"\r\n\t]')


def _text(text: str) -> str:
    """Element text escaped as ElementTree escapes it."""
    return escape(text) if _TEXT_SPECIAL.search(text) else text


def _attr(text: str) -> str:
    """An attribute value escaped as ElementTree escapes it."""
    return escape(text, _ATTR_ENTITIES) if _ATTR_SPECIAL.search(text) else text


def write_xml(element, stream: BinaryIO) -> None:
    """``ElementTree(element).write(stream, encoding="utf-8", xml_declaration=True)``, the same bytes
    (networkx's writers end so), without a text wrapper's encode call per fragment: fragments are
    gathered, and joined, encoded and written 64k at a time (a large graph's file is never held)."""
    from xml.etree.ElementTree import ElementTree  # noqa: PLC0415

    class _Chunks(list):
        def write(self, text: str) -> None:
            self.append(text)
            if len(self) >= 65536:
                self.flush()

        def flush(self) -> None:
            stream.write("".join(self).encode("utf-8"))
            self.clear()

    stream.write(b"<?xml version='1.0' encoding='utf-8'?>\n")
    chunks = _Chunks()
    ElementTree(element).write(chunks, encoding="unicode")
    chunks.flush()
