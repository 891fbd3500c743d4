"""One pass over a graph that every exporter reads: triples grouped by subject, CURIEs memoised.

rdflib answers each ``graph.objects(s, p)`` or ``term.n3(namespace_manager)`` through
several layers of Python; the exporters ask hundreds of thousands of them. A
:class:`GraphView` walks the graph once and keeps, per subject, its predicate/object
pairs, so that the exporters look up dictionaries instead.

While a :func:`shared` block is open, :func:`view_of` returns the same view (and the
same derived results, :meth:`GraphView.derived`) for the same graph object, so the
exporters of one build share one walk and one networkx graph (GraphML and GEXF).
The graph must not change inside the block; outside it nothing is kept.

>>> from rdflib import Graph, URIRef, Literal
>>> g = Graph()
>>> g.bind("ex", "http://example.org/")
>>> _ = g.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
>>> v = view_of(g)
>>> v.curie(URIRef("http://example.org/a")), [str(o) for o in v.objects(URIRef("http://example.org/a"))]
('ex:a', ['x'])
"""
from __future__ import annotations

import contextlib
import contextvars
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

__all__ = ["GraphView", "view_of", "shared"]

def _same(a: "Node", b: "Node") -> bool:
    """``a == b`` for two terms, as rdflib compares them (same type, same text), without rdflib's
    Python-level ``__eq__`` on the common mismatch: the exporters ask it for every pair."""
    return str.__eq__(a, b) is True and type(a) is type(b) and a == b


_SHARED: contextvars.ContextVar[dict | None] = contextvars.ContextVar("kg_export_shared", default=None)


class GraphView:
    """A read-only snapshot of ``graph``: ``by_subject[s]`` is the list of ``(p, o)`` of ``s``."""

    def __init__(self, graph: "Graph"):
        by_subject: dict[Node, list] = {}
        for s, p, o in graph:
            pairs = by_subject.get(s)
            if pairs is None:
                by_subject[s] = [(p, o)]
            else:
                pairs.append((p, o))
        self._setup(by_subject, graph, graph)

    @classmethod
    def of_subjects(cls, by_subject: dict, prefixes: "Graph") -> "GraphView":
        """A view of ``subject -> [(p, o)]`` triples (no rdflib graph of them is made unless
        :attr:`graph` is asked for); ``prefixes``: an (empty) graph with the namespaces bound."""
        view = cls.__new__(cls)
        view._setup(by_subject, None, prefixes)
        return view

    def _setup(self, by_subject: dict, graph: "Graph | None", prefixes: "Graph") -> None:
        self.by_subject = by_subject
        self._graph, self._prefixes = graph, prefixes
        self.namespace_manager = prefixes.namespace_manager
        self._curies: dict = {}
        self._derived: dict[str, Any] = {}

    @property
    def graph(self) -> "Graph":
        """The rdflib graph (made from the triples on first use when the view was made without one)."""
        if self._graph is None:
            g = self._prefixes
            for s, pairs in self.by_subject.items():
                for p, o in pairs:
                    g.add((s, p, o))
            self._graph = g
        return self._graph

    def namespaces(self) -> list[tuple[str, Any]]:
        """The bound ``(prefix, namespace)`` pairs, as ``graph.namespaces()`` gives them."""
        return list(self._prefixes.namespaces())

    def __len__(self) -> int:
        return sum(map(len, self.by_subject.values()))

    def objects(self, s: "Node", p: "Node | None" = None) -> Iterator["Node"]:
        """The objects of ``s`` (with predicate ``p``), like ``graph.objects(s, p)``."""
        if p is None:
            return (o for _, o in self.by_subject.get(s, ()))
        return (o for q, o in self.by_subject.get(s, ()) if q is p or _same(q, p))

    def value(self, s: "Node", p: "Node") -> "Node | None":
        """One object of ``(s, p)`` or None, like ``graph.value(s, p)`` (which also picks any one)."""
        return next(self.objects(s, p), None)

    def curie(self, term: "Node") -> str:
        """``term.n3(namespace_manager)``: ``prefix:local``, ``<iri>``, or the literal's N3."""
        text = self._curies.get(term)
        if text is None:
            text = self._curies[term] = term.n3(self.namespace_manager)
        return text

    def derived(self, name: str, make: Callable[["GraphView"], Any]) -> Any:
        """``make(self)``, computed once per view (e.g. the networkx graph GraphML and GEXF share)."""
        if name not in self._derived:
            self._derived[name] = make(self)
        return self._derived[name]


def view_of(graph: "Graph | GraphView") -> GraphView:
    """The view of ``graph``: the shared one inside a :func:`shared` block, else a new one."""
    if isinstance(graph, GraphView):
        return graph
    memo = _SHARED.get()
    if memo is None:
        return GraphView(graph)
    view = memo.get(id(graph))
    if view is None or view._graph is not graph:
        view = memo[id(graph)] = GraphView(graph)
    return view


@contextlib.contextmanager
def shared() -> Iterator[None]:
    """Exporters called inside share one :class:`GraphView` per graph (the graph must not change)."""
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)
