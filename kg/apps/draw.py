"""``kg draw``: a picture of the graph a person can read (PNG, SVG) or explore (HTML).

Only the actors and what they are about are drawn: people, posts, organisations,
regions and topics, coloured by type. Commitments become "commits to" edges
from the agent to the topic (thicker when repeated); quotations, events,
sentences and other provenance nodes are left out, and so are nodes left
without edges. Large graphs keep their ``max_nodes`` best-connected nodes.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError
from kg.graph.vocab import PREFIXES

__all__ = ["TYPE_COLORS", "EDGE_COLORS", "Drawing", "entity_view", "layout", "render", "draw", "draw_matplotlib"]

# the palette of the GEXF export (kg.export.gexf.STYLE, ColorBrewer Set1), so Gephi looks the same
TYPE_COLORS = {"Person": "#e41a1c", "Post": "#984ea3", "Organization": "#377eb8",
               "Region": "#4daf4a", "Topic": "#ff7f00"}

# the package prefixes, plus schema.org written with http (older graphs)
_NS = {**PREFIXES, "schemah": "http://schema.org/"}
_CLASS_TYPE = {"foaf:Person": "Person", "org:Post": "Post", "skos:Concept": "Topic",
               **{c: "Organization" for c in (
                   "org:Organization", "org:FormalOrganization", "org:OrganizationalUnit",
                   "foaf:Organization", "schema:Organization", "schema:GovernmentOrganization",
                   "schema:NewsMediaOrganization", "kg:NewsPublisher", "kg:ImpliedOrganization")},
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


EDGE_COLORS = {"holds": "#984ea3", "in": "#4daf4a", "post in": "#b58ac0", "unit of": "#377eb8",
               "acts with": "#80b1d3", "commits to": "#ff7f00"}
"""Edge colour by relation (lighter tints of the node palette), explained in the legend."""


@dataclass
class Drawing:
    """A laid-out matplotlib figure and where its parts landed (display pixels).

    ``labels`` maps a node to its label's box; ``nodes`` maps every node to the box of its
    disc; ``dropped`` lists nodes whose label found no free place (left unlabelled).
    """
    figure: object
    labels: dict
    nodes: dict
    dropped: list


def _overlaps(box, boxes) -> bool:
    x0, y0, x1, y1 = box
    return any(x0 < b[2] and b[0] < x1 and y0 < b[3] and b[1] < y1 for b in boxes)


def _candidates(radius: float, margin: float):
    """Label offsets (points, ha, va) around a disc of ``radius`` points: below first, then
    above, the sides, the diagonals, on rings further out."""
    for ring in (1.0, 1.7, 2.6, 3.8, 5.2):
        d = (radius + margin) * ring
        yield from (((0, -d), "center", "top"), ((0, d), "center", "bottom"),
                    ((d, 0), "left", "center"), ((-d, 0), "right", "center"),
                    ((0.72 * d, -0.72 * d), "left", "top"), ((-0.72 * d, -0.72 * d), "right", "top"),
                    ((0.72 * d, 0.72 * d), "left", "bottom"), ((-0.72 * d, 0.72 * d), "right", "bottom"))


def _box(anchor, w: float, h: float, ha: str, va: str, grow: float) -> tuple:
    ax_, ay = anchor
    x0 = {"center": ax_ - w / 2, "left": ax_, "right": ax_ - w}[ha]
    y0 = {"center": ay - h / 2, "bottom": ay, "top": ay - h}[va]
    return (x0 - grow, y0 - grow, x0 + w + grow, y0 + h + grow)


def _place_labels(ax, view, pos: dict, radii: dict, order: list, font_size: float):
    """Greedy placement: each label (most connected node first) takes the first candidate spot
    whose box overlaps no node disc, no label placed before and stays inside the axes."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    px = fig.dpi / 72.0
    centre = {x: tuple(ax.transData.transform(p)) for x, p in pos.items()}
    nodes = {x: (cx - (radii[x] + 1) * px, cy - (radii[x] + 1) * px, cx + (radii[x] + 1) * px,
                 cy + (radii[x] + 1) * px) for x, (cx, cy) in centre.items()}
    frame = ax.get_window_extent(renderer)
    obstacles, labels, dropped = list(nodes.values()), {}, []
    style = {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85}
    for x in order:
        text, placed = _wrap(view.nodes[x]["label"]), None
        for size in (font_size, font_size - 1.5):
            probe = ax.text(0, 0, text, fontsize=size)
            extent = probe.get_window_extent(renderer)
            probe.remove()
            grow = (1.0 + 0.15 * size) * px   # the rounded box, plus a point of air
            for (ox, oy), ha, va in _candidates(radii[x], 3.0 + 0.15 * size):
                anchor = (centre[x][0] + ox * px, centre[x][1] + oy * px)
                box = _box(anchor, extent.width, extent.height, ha, va, grow)
                inside = frame.x0 <= box[0] and box[2] <= frame.x1 and frame.y0 <= box[1] and box[3] <= frame.y1
                if inside and not _overlaps(box, obstacles):
                    far = abs(ox) + abs(oy) > 1.5 * (radii[x] + 3.0 + 0.15 * size)
                    ax.annotate(text, pos[x], xytext=(ox, oy), textcoords="offset points", ha=ha, va=va,
                                fontsize=size, bbox=style, zorder=4,
                                arrowprops={"arrowstyle": "-", "color": "#777777", "lw": 0.6, "shrinkA": 0,
                                            "shrinkB": radii[x]} if far else None)
                    placed = box
                    break
            if placed:
                break
        if placed:
            obstacles.append(placed)
            labels[x] = placed
        else:
            dropped.append(x)
    return labels, nodes, dropped


def render(view, pos: dict, *, title: str = "") -> Drawing:
    """The figure of ``view`` at ``pos``: nodes by type, edges by relation, a legend of both
    beneath the picture, and labels placed where they cover no node and no other label."""
    import matplotlib  # noqa: PLC0415

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415
    import networkx as nx  # noqa: PLC0415
    from matplotlib.lines import Line2D  # noqa: PLC0415

    n = view.number_of_nodes()
    side = min(max(10.0, 2.2 * n ** 0.5), 26.0)
    fig, ax = plt.subplots(figsize=(side, side * 0.8), dpi=110)
    big = n >= 80
    ax.set_title(title or f"{n} nodes, {view.number_of_edges()} edges", fontsize=16 if big else 12)
    sizes = {x: 220 + 80 * min(view.degree(x), 10) for x in view.nodes}
    radii = {x: sizes[x] ** 0.5 / 2 for x in view.nodes}
    edges = sorted(view.edges(data=True))
    nx.draw_networkx_edges(view, pos, ax=ax, edgelist=[(a, b) for a, b, _ in edges],
                           width=[0.6 + 0.8 * min(d.get("weight", 1), 4) for *_, d in edges],
                           edge_color=[EDGE_COLORS.get(d.get("label"), "#999999") for *_, d in edges], alpha=0.55)
    for kind, color in TYPE_COLORS.items():
        nodes = sorted(x for x, d in view.nodes(data=True) if d["type"] == kind)
        nx.draw_networkx_nodes(view, pos, nodelist=nodes, node_color=color, node_size=[sizes[x] for x in nodes],
                               ax=ax, edgecolors="white", linewidths=0.8).set_zorder(3)
    kinds = [k for k in TYPE_COLORS if any(d["type"] == k for _, d in view.nodes(data=True))]
    relations = [r for r in EDGE_COLORS if any(d.get("label") == r for *_, d in edges)]
    handles = [Line2D([], [], marker="o", ls="", color=TYPE_COLORS[k], markersize=9, label=k) for k in kinds]
    handles += [Line2D([], [], color=EDGE_COLORS[r], lw=2, label=r) for r in relations]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=min(len(handles), 6),
              frameon=False, fontsize=12 if big else 9, handlelength=1.6, columnspacing=1.4)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    ax.set_xlim(min(xs) - 0.18, max(xs) + 0.18)
    ax.set_ylim(min(ys) - 0.14, max(ys) + 0.1)
    ax.axis("off")
    fig.tight_layout()
    chosen = set(_labelled(view))
    order = sorted(chosen, key=lambda x: (-view.degree(x, weight="weight"), x))
    labels, boxes, dropped = _place_labels(ax, view, pos, radii, order, 7.5 if big else 8.5)
    return Drawing(fig, labels, boxes, dropped)


def draw_matplotlib(view, pos: dict, stream, fmt: str, *, title: str = "") -> None:
    """Write a PNG or SVG (``fmt``) of ``view`` at ``pos`` to a binary ``stream``."""
    import matplotlib.pyplot as plt  # noqa: PLC0415

    drawing = render(view, pos, title=title)
    drawing.figure.savefig(stream, format=fmt, metadata={"Software": None} if fmt == "png" else {"Date": None})
    plt.close(drawing.figure)


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
