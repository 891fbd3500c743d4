"""``kg stats``: what a built graph contains, in numbers.

Counts nodes by class, lists posts with their holders, and counts commitments
by topic and by kind. It reads only query-contract terms plus ``kg:commitmentKind``.

>>> from rdflib import Graph
>>> g = Graph().parse(data='''
... @prefix foaf: <http://xmlns.com/foaf/0.1/> .
... <http://x/p> a foaf:Person ; foaf:name "Budi Utama" .''', format="turtle")
>>> graph_stats(g)["types"]
{'foaf:Person': 1}
"""
from __future__ import annotations

import json
from collections import Counter

from kg.graph.vocab import PREFIXES

__all__ = ["graph_stats", "format_stats"]

_FOAF, _SKOS, _RDFS, _KG = (PREFIXES[p] for p in ("foaf", "skos", "rdfs", "kg"))


def _curie(graph, iri) -> str:
    try:
        return graph.namespace_manager.normalizeUri(iri)
    except Exception:  # noqa: BLE001  (an IRI rdflib cannot split stays whole)
        return str(iri)


def _label(graph, node) -> str:
    from rdflib import URIRef  # noqa: PLC0415

    for p in (_FOAF + "name", _RDFS + "label", _SKOS + "prefLabel"):
        value = graph.value(node, URIRef(p))
        if value is not None:
            return str(value)
    return str(node)


def graph_stats(graph) -> dict:
    """Counts of a graph: triples, nodes by class, posts and holders, commitments by topic/kind.

    Args:
        graph: an ``rdflib.Graph``.
    Returns:
        A dict of plain values (JSON-serialisable), keys sorted for stable output.
    """
    from rdflib import RDF, URIRef  # noqa: PLC0415

    org, dcterms = "http://www.w3.org/ns/org#", "http://purl.org/dc/terms/"
    types = Counter(_curie(graph, o) for o in graph.objects(None, RDF.type))
    posts = {}
    for post in set(graph.subjects(RDF.type, URIRef(org + "Post"))):
        holders = sorted({_label(graph, p) for p in graph.subjects(URIRef(org + "holds"), post)})
        posts[_label(graph, post)] = holders
    by_topic, by_kind = Counter(), Counter()
    for c in graph.subjects(RDF.type, URIRef(_KG + "Commitment")):
        for topic in graph.objects(c, URIRef(dcterms + "subject")):
            by_topic[str(graph.value(topic, URIRef(_SKOS + "notation")) or topic)] += 1
        by_kind[str(graph.value(c, URIRef(_KG + "commitmentKind")) or "unknown")] += 1
    return {
        "triples": len(graph),
        "types": dict(sorted(types.items())),
        "posts": dict(sorted(posts.items())),
        "commitments_by_topic": dict(sorted(by_topic.items(), key=lambda kv: (-kv[1], kv[0]))),
        "commitments_by_kind": dict(sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def _table(title: str, rows: list[tuple[str, str]]) -> list[str]:
    if not rows:
        return [f"{title}: none"]
    width = max(len(k) for k, _ in rows)
    return [f"{title}:"] + [f"  {k:<{width}}  {v}" for k, v in rows]


def format_stats(stats: dict, *, as_json: bool = False) -> str:
    """Human-readable tables (or JSON) of :func:`graph_stats`' result."""
    if as_json:
        return json.dumps(stats, indent=2, ensure_ascii=False)
    lines = [f"triples: {stats['triples']}"]
    lines += _table("nodes by type", [(k, str(v)) for k, v in stats["types"].items()])
    lines += _table("posts (holders)", [(k, "; ".join(v) or "-") for k, v in stats["posts"].items()])
    lines += _table("commitments by topic", [(k, str(v)) for k, v in stats["commitments_by_topic"].items()])
    lines += _table("commitments by kind", [(k, str(v)) for k, v in stats["commitments_by_kind"].items()])
    return "\n".join(lines)
