"""JSON-LD: the same triples as the Turtle, compacted with the graph's prefixes, sorted."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, BinaryIO


if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["write_jsonld"]


def _sorted(value: Any) -> Any:
    """Sort every JSON-LD array (node objects and multi-valued properties are sets) and key."""
    if isinstance(value, dict):
        return {k: _sorted(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def write_jsonld(graph: "Graph", stream: BinaryIO) -> None:
    """JSON-LD 1.1 with an inline @context of the graph's prefixes (no remote context)."""
    context = {prefix: str(ns) for prefix, ns in sorted(graph.namespaces()) if prefix}
    text = graph.serialize(format="json-ld", context=context, auto_compact=True)
    data = json.loads(text)
    if "@graph" in data:
        data["@graph"] = _sorted(data["@graph"])
    out = {"@context": data.pop("@context", context)}
    out.update(_sorted(data))
    stream.write(json.dumps(out, ensure_ascii=False, indent=2).encode("utf-8"))
    stream.write(b"\n")
