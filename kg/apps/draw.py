"""``kg draw``: a picture of the graph a person can read (PNG, SVG) or explore (HTML).

Only the actors and what they are about are drawn: people, posts, organisations,
regions and topics, coloured by type. Commitments become "commits to" edges
from the agent to the topic (thicker when repeated); quotations, events,
sentences and other provenance nodes are left out, and so are nodes left
without edges. Large graphs keep their ``max_nodes`` best-connected nodes.
"""
from __future__ import annotations

from pathlib import Path

from kg.errors import KgError
from kg.graph.vocab import PREFIXES

__all__ = ["TYPE_COLORS", "entity_view", "layout", "draw", "draw_matplotlib"]

# the palette of the GEXF export (kg.export.gexf.STYLE, ColorBrewer Set1), so Gephi looks the same
TYPE_COLORS = {"Person": "#e41a1c", "Post": "#984ea3", "Organization": "#377eb8",
               "Region": "#4daf4a", "Topic": "#ff7f00"}

# the package prefixes, plus schema.org written with http (older graphs)
_NS = {**PREFIXES, "schemah": "http://schema.org/"}
_CLASS_TYPE = {"foaf:Person": "Person", "org:Post": "Post", "skos:Concept": "Topic",
               **{c: "Organization" for c in (
                   "org:Organization", "org:FormalOrganization", "org:OrganizationalUnit",
                   "foaf:Organization", "schema:Organization", "schema:GovernmentOrganization",
                   "schema:NewsMediaOrganization", "kg:NewsPublisher")},
               **{c: "Region" for c in ("schema:AdministrativeArea", "schema:City", "schema:State")}}
_EDGES = {"org:holds": "holds", "schema:areaServed": "in", "org:postIn": "post in",
          "kg:region": "in", "org:subOrganizationOf": "unit of", "org:unitOf": "unit of",
          "kg:actsWith": "acts with"}


def _iri(curie: str):
    from rdflib import URIRef  # noqa: PLC0415

    prefix, _, local = curie.partition(":")
    return URIRef(_NS[prefix] + local)


def _label(graph, node, kind: str) -> str:
    if kind == "Topic":
        labels = {getattr(o, "language", None): str(o) for o in graph.objects(node, _iri("skos:prefLabel"))}
        if labels:
            return labels.get("id") or labels.get("en") or sorted(labels.values())[0]
    for p in ("foaf:name", "rdfs:label", "skos:prefLabel", "schema:name", "skos:notation"):
        value = graph.value(node, _iri(p))
        if value is not None:
            return str(value)
    return str(node).rstrip("/").rsplit("/", 1)[-1]


def entity_view(graph, *, max_nodes: int = 150):
    """An undirected ``networkx.Graph`` of the drawable part of ``graph``.

    Nodes carry ``label`` and ``type`` (a key of :data:`TYPE_COLORS`); edges carry
    ``label`` and ``weight``.
    """
    import networkx as nx  # noqa: PLC0415
    from rdflib import RDF  # noqa: PLC0415

    kinds: dict = {}
    for curie, kind in _CLASS_TYPE.items():
        for node in graph.subjects(RDF.type, _iri(curie)):
            if kinds.get(node) not in ("Person", "Post"):   # a person typed twice stays a person
                kinds[node] = kind
    view = nx.Graph()

    def link(a, b, label: str) -> None:
        if a in kinds and b in kinds and a != b:
            for n in (a, b):
                view.add_node(str(n), label=_label(graph, n, kinds[n]), type=kinds[n])
            data = view.get_edge_data(str(a), str(b))
            if data is None:
                view.add_edge(str(a), str(b), label=label, weight=1)
            else:
                data["weight"] += 1

    for curie, label in _EDGES.items():
        for s, o in graph.subject_objects(_iri(curie)):
            link(s, o, label)
    for c in graph.subjects(RDF.type, _iri("kg:Commitment")):
        for agent in graph.objects(c, _iri("prov:wasAttributedTo")):
            for topic in graph.objects(c, _iri("dcterms:subject")):
                link(agent, topic, "commits to")
    if view.number_of_nodes() > max_nodes:
        rank = sorted(view.degree(weight="weight"), key=lambda nd: (-nd[1], nd[0]))
        view = view.subgraph(n for n, _ in rank[:max_nodes]).copy()
        view.remove_nodes_from([n for n, d in list(view.degree()) if d == 0])
    return view


def layout(view, *, seed: int = 7) -> dict:
    """Deterministic 2-D positions in [-1, 1]: ForceAtlas2 (networkx >= 3.4, else a spring
    layout), then overlapping nodes pushed apart."""
    import networkx as nx  # noqa: PLC0415
    import numpy as np  # noqa: PLC0415

    if view.number_of_nodes() == 0:
        return {}
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(view.nodes(data=True)))
    ordered.add_edges_from(sorted(view.edges(data=True)))
    if hasattr(nx, "forceatlas2_layout"):
        pos = nx.forceatlas2_layout(ordered, max_iter=400, scaling_ratio=4.0, seed=seed,
                                    node_size={n: 1 + 0.3 * ordered.degree(n) for n in ordered})
    else:  # pragma: no cover (older networkx)
        pos = nx.spring_layout(ordered, k=2.2 / len(ordered) ** 0.5, iterations=300, seed=seed)
    names = list(ordered)
    xy = np.array([pos[n] for n in names], dtype=float)
    lo, hi = xy.min(axis=0), xy.max(axis=0)
    xy = 2 * (xy - lo) / np.maximum(hi - lo, 1e-9) - 1
    if len(names) <= 1500:   # pairwise relaxation is quadratic in memory
        xy = _spread(xy, min_dist=min(0.12, 1.2 / len(names) ** 0.5))
    return {n: (float(x), float(y)) for n, (x, y) in zip(names, xy)}


def _spread(xy, *, min_dist: float, rounds: int = 60):
    """Push apart points closer than ``min_dist`` (a few deterministic relaxation rounds)."""
    import numpy as np  # noqa: PLC0415

    xy = xy.copy()
    for _ in range(rounds):
        diff = xy[:, None, :] - xy[None, :, :]
        dist = np.sqrt((diff ** 2).sum(-1)) + np.eye(len(xy))
        close = dist < min_dist
        if not close.any():
            break
        push = np.where(close, (min_dist - dist) / 2 / dist, 0.0)[:, :, None] * diff
        xy += push.sum(axis=1)
    return xy


def draw_matplotlib(view, pos: dict, stream, fmt: str, *, title: str = "") -> None:
    """Write a PNG or SVG (``fmt``) of ``view`` at ``pos`` to a binary ``stream``."""
    import matplotlib  # noqa: PLC0415

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415
    import networkx as nx  # noqa: PLC0415
    from matplotlib.lines import Line2D  # noqa: PLC0415

    n = view.number_of_nodes()
    side = min(max(9.0, 2.0 * n ** 0.5), 24.0)
    fig, ax = plt.subplots(figsize=(side, side * 0.75), dpi=110)
    widths = [0.6 + 0.8 * min(d.get("weight", 1), 4) for _, _, d in view.edges(data=True)]
    nx.draw_networkx_edges(view, pos, ax=ax, width=widths, edge_color="#999999", alpha=0.6)
    for kind, color in TYPE_COLORS.items():
        nodes = sorted(x for x, d in view.nodes(data=True) if d["type"] == kind)
        sizes = [260 + 90 * min(view.degree(x), 10) for x in nodes]
        nx.draw_networkx_nodes(view, pos, nodelist=nodes, node_color=color, node_size=sizes,
                               ax=ax, edgecolors="white", linewidths=0.8)
    if view.number_of_edges() <= 60:
        nx.draw_networkx_edge_labels(view, pos, ax=ax, font_size=6, font_color="#777777",
                                     edge_labels=nx.get_edge_attributes(view, "label"),
                                     bbox={"fc": "none", "ec": "none"})
    ys = [y for _, y in pos.values()]
    drop = 0.035 * ((max(ys) - min(ys)) or 1.0)
    below = {x: (px, py - drop) for x, (px, py) in pos.items()}
    labels = {x: _wrap(view.nodes[x]["label"]) for x in _labelled(view)}
    nx.draw_networkx_labels(view, below, labels=labels, ax=ax, font_size=8 if n < 80 else 7,
                            verticalalignment="top",
                            bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    handles = [Line2D([], [], marker="o", ls="", color=c, markersize=9, label=k)
               for k, c in TYPE_COLORS.items() if any(d["type"] == k for _, d in view.nodes(data=True))]
    ax.legend(handles=handles, loc="upper left", frameon=False, fontsize=9 if n < 80 else 14)
    ax.set_title(title or f"{n} nodes, {view.number_of_edges()} edges", fontsize=11 if n < 80 else 16)
    ax.axis("off")
    ax.margins(0.08)
    fig.tight_layout()
    fig.savefig(stream, format=fmt, metadata={"Software": None} if fmt == "png" else {"Date": None})
    plt.close(fig)


def _labelled(view, limit: int = 80) -> list:
    """Nodes that get a label: all in a small view; else regions, topics and the best connected."""
    if view.number_of_nodes() <= limit:
        return list(view.nodes)
    always = [x for x, d in view.nodes(data=True) if d["type"] in ("Region", "Topic")]
    rest = sorted((x for x in view.nodes if x not in set(always)),
                  key=lambda x: (-view.degree(x, weight="weight"), x))
    return always + rest[:max(limit - len(always), 0)]


def _wrap(text: str, width: int = 22) -> str:
    import textwrap  # noqa: PLC0415

    return "\n".join(textwrap.wrap(text, width)[:3]) or text


def draw(graph, out, *, max_nodes: int = 150, title: str = "") -> Path:
    """Draw ``graph`` (rdflib Graph or file) to ``out`` (.png, .svg or .html).

    Raises:
        KgError: unknown output suffix, or nothing drawable in the graph.
    """
    from kg.graph.load import load_graph  # noqa: PLC0415
    from kg.atomic import atomic_write  # noqa: PLC0415

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg", ".html"):
        raise KgError(f"Cannot draw to {out.name!r}: use a .png, .svg or .html file name.")
    view = entity_view(load_graph(graph), max_nodes=max_nodes)
    if view.number_of_nodes() == 0:
        raise KgError("Nothing to draw: the graph has no people, posts, organisations, regions "
                      "or topics linked to each other.")
    pos = layout(view)
    with atomic_write(out) as fh:
        if suffix == ".html":
            from kg.apps.draw_html import html_page  # noqa: PLC0415

            fh.write(html_page(view, pos, TYPE_COLORS, title=title).encode("utf-8"))
        else:
            draw_matplotlib(view, pos, fh, suffix.lstrip("."), title=title)
    return out
