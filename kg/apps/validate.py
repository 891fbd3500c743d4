"""``kg validate``: check a graph against the SHACL shapes in ``ontology/shapes.ttl``.

pySHACL does the checking; this module turns its results graph into a short,
readable report: one line per problem, grouped, most frequent first.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from kg.paths import ontology_dir
from kg.errors import InputError

__all__ = ["Problem", "ValidationReport", "validate", "default_shapes"]

_SH = "http://www.w3.org/ns/shacl#"


@dataclass(frozen=True)
class Problem:
    """One SHACL result."""
    severity: str      # Violation | Warning | Info
    focus: str         # the node that fails (CURIE where possible)
    path: str          # the property path ("" for node-level results)
    message: str
    value: str = ""


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    problems: tuple[Problem, ...]
    triples: int

    def summary(self, *, limit: int = 40) -> str:
        """A readable report: verdict, counts by message, then up to ``limit`` problems."""
        if self.conforms:
            return f"Conforms: yes ({self.triples} triples checked against the shapes)."
        sev = Counter(p.severity for p in self.problems)
        head = ", ".join(f"{n} {s.lower()}{'s' if n > 1 else ''}" for s, n in sorted(sev.items()))
        lines = [f"Conforms: no ({head} in {self.triples} triples)."]
        by_msg = Counter((p.path, p.message) for p in self.problems)
        lines.append("Most frequent:")
        for (path, msg), n in by_msg.most_common(10):
            lines.append(f"  {n:5d} x  {path or '(node)'}: {msg}")
        lines.append("Problems:")
        for p in self.problems[:limit]:
            value = f" [value: {p.value}]" if p.value else ""
            lines.append(f"  {p.severity}: {p.focus} {p.path or '(node)'}: {p.message}{value}")
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more (use --limit to see them)")
        return "\n".join(lines)


def default_shapes() -> Path:
    """``shapes.ttl`` of the ontology folder (:func:`kg.paths.ontology_dir`: the checkout's
    ``ontology/``, the installed ``share/pemilu-kg/ontology`` or ``$KG_ONTOLOGY_DIR``)."""
    return ontology_dir() / "shapes.ttl"


def validate(graph, *, shapes=None) -> ValidationReport:
    """Validate ``graph`` (an rdflib Graph or a graph file) against SHACL ``shapes``.

    Args:
        graph: ``rdflib.Graph`` or path of a graph file.
        shapes: ``rdflib.Graph`` or path of a shapes file; default :func:`default_shapes`.
    Raises:
        InputError: a file is missing or does not parse.
    """
    from pyshacl import validate as shacl_validate  # noqa: PLC0415

    from kg.graph.load import load_graph  # noqa: PLC0415

    data = load_graph(graph)
    shapes_graph = load_graph(shapes if shapes is not None else default_shapes())
    if not len(shapes_graph):
        raise InputError(str(shapes), "the shapes graph is empty")
    conforms, results, _text = shacl_validate(data, shacl_graph=shapes_graph, inference="none",
                                              advanced=True, allow_warnings=True)
    return ValidationReport(bool(conforms), _problems(results, data), len(data))


def _problems(results, data) -> tuple[Problem, ...]:
    from rdflib import URIRef  # noqa: PLC0415

    def short(term) -> str:
        if term is None:
            return ""
        if isinstance(term, URIRef):
            try:
                return data.namespace_manager.normalizeUri(term)
            except Exception:  # noqa: BLE001
                return str(term)
        return str(term)

    out = []
    for r in results.subjects(URIRef(_SH + "resultSeverity"), None):
        sev = str(results.value(r, URIRef(_SH + "resultSeverity"))).rsplit("#", 1)[-1]
        msgs = sorted(str(m) for m in results.objects(r, URIRef(_SH + "resultMessage")))
        out.append(Problem(sev, short(results.value(r, URIRef(_SH + "focusNode"))),
                           short(results.value(r, URIRef(_SH + "resultPath"))),
                           msgs[0] if msgs else "constraint not met",
                           short(results.value(r, URIRef(_SH + "value")))))
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    return tuple(sorted(out, key=lambda p: (order.get(p.severity, 3), p.focus, p.path, p.message)))
