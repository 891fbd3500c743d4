"""GEXF for Gephi: the GraphML view with node colours and sizes by type."""
from __future__ import annotations

import time
from typing import TYPE_CHECKING, BinaryIO

from kg.export.graphml import _attr, _distinct_ids, _Out, _text, node_pieces, records, to_networkx, write_xml
from kg.export.view import view_of

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["write_gexf", "STYLE"]

# type -> ((r, g, b), size); the same palette as kg draw
STYLE: dict[str, tuple[tuple[int, int, int], float]] = {
    "Person": ((228, 26, 28), 20.0),
    "Organization": ((55, 126, 184), 18.0),
    "Region": ((77, 175, 74), 16.0),
    "Post": ((152, 78, 163), 12.0),
    "Topic": ((255, 127, 0), 14.0),
    "Commitment": ((253, 191, 111), 6.0),
    "Quotation": ((166, 86, 40), 5.0),
    "Event": ((247, 129, 191), 10.0),
    "Legislation": ((102, 102, 102), 10.0),
    "Article": ((153, 153, 153), 8.0),
    "Holding": ((202, 178, 214), 4.0),
    "Affiliation": ((166, 206, 227), 4.0),
    "JointAction": ((178, 223, 138), 4.0),
}
_DEFAULT = ((200, 200, 200), 4.0)


def write_gexf(graph: "Graph", stream: BinaryIO) -> None:
    """GEXF 1.2 with viz colours and sizes by node type."""
    view = view_of(graph)
    nodes, edges = records(view)
    if not nodes or not _distinct_ids(nodes):
        return _write_gexf_networkx(graph, stream)

    ids: dict[tuple[str, str], tuple[str, str]] = {}   # (class, title) -> (id, type): networkx's order
    counter = iter(range(1 << 62))

    def attr_id(cls: str, title: str, value) -> str:
        found = ids.get((cls, title))
        if found is None:
            found = ids[(cls, title)] = (str(next(counter)), _GEXF_TYPES[type(value)])
        return found[0]

    def node_values(data: dict) -> list:
        return [(attr_id("node", k, v), _value(v)) for k, v in data.items() if k != "label"]

    for _, data in nodes:   # the attribute ids first (first come, first numbered); a node's values when it is written
        for k, v in data.items():
            if k != "label":
                attr_id("node", k, v)
    edge_values = [[(attr_id("edge", k, v), _value(v)) for k, v in (("predicate", data["predicate"]),
                                                                     ("networkx_key", key))]
                   for _, _, key, data in edges]
    out = _Out(stream)
    out.write("<?xml version='1.0' encoding='utf-8'?>\n"
              '<gexf xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns="http://www.gexf.net/1.2draft" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft '
              'http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n'
              f'  <meta lastmodifieddate="{time.strftime("%Y-%m-%d")}">\n'
              f"    <creator>{_text(f'NetworkX {_networkx_version()}')}</creator>\n"
              "  </meta>\n"
              '  <graph defaultedgetype="directed" mode="static" name="">\n')
    for cls in ("edge", "node") if edges else ("node",):   # networkx inserts each class's block first
        out.write(f'    <attributes mode="static" class="{cls}">\n')
        for (c, title), (i, xml_type) in ids.items():
            if c == cls:
                out.write(f'      <attribute id="{i}" title="{_attr(title)}" type="{xml_type}" />\n')
        out.write("    </attributes>\n")
    out.write("    <nodes>\n")

    def write_node(out, node_id: str, data: dict) -> None:
        (r, g, b), size = STYLE.get(data["type"], _DEFAULT)
        out.write(f'      <node id="{_attr(node_id)}" label="{_attr(str(data["label"]))}">\n'
                  f'        <viz:color r="{r}" g="{g}" b="{b}" a="1.0" />\n'
                  f'        <viz:size value="{size}" />\n')
        _attvalues(out, node_values(data), "      ")
        out.write("      </node>\n")

    # a node's text depends on its record and on the node attributes' ids and types
    node_pieces(out, view, nodes, "gexf", tuple(f"{t}\x1f{i}\x1f{x}" for (c, t), (i, x) in ids.items() if c == "node"),
                write_node)
    if not edges:
        out.write("    </nodes>\n    <edges />\n  </graph>\n</gexf>\n")
        return out.flush()
    out.write("    </nodes>\n    <edges>\n")
    for n, ((source, target, _, data), values) in enumerate(zip(edges, edge_values)):
        out.write(f'      <edge source="{_attr(source)}" target="{_attr(target)}" id="{n}" '
                  f'label="{_attr(str(data["label"]))}">\n')
        _attvalues(out, values, "      ")
        out.write("      </edge>\n")
    out.write("    </edges>\n  </graph>\n</gexf>\n")
    out.flush()


def _networkx_version() -> str:
    """networkx's version, as its writer names itself, read from the installed package's metadata
    (importing networkx for it took ~0.1 s of every build)."""
    from importlib import metadata  # noqa: PLC0415

    try:
        return metadata.version("networkx")
    except metadata.PackageNotFoundError:   # not installed as a distribution: ask the module
        import networkx as nx  # noqa: PLC0415

        return nx.__version__


_GEXF_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}   # networkx's xml_type


def _value(v) -> str:
    """An attvalue as networkx writes it (booleans in lower case; inf and nan as GEXF spells them)."""
    if isinstance(v, bool):
        return str(v).lower()
    text = str(v)
    return {"inf": "INF", "nan": "NaN", "-inf": "-INF"}.get(text, text) if isinstance(v, float) else text


def _attvalues(out, values: list, indent: str) -> None:
    out.write(f"{indent}  <attvalues>\n")
    for i, v in values:
        out.write(f'{indent}    <attvalue for="{i}" value="{_attr(v)}" />\n')
    out.write(f"{indent}  </attvalues>\n")


def _write_gexf_networkx(graph: "Graph", stream: BinaryIO) -> None:
    """GEXF through networkx's writer (the reference the direct writer reproduces byte for byte)."""
    import networkx as nx  # noqa: PLC0415

    G = to_networkx(graph)   # shared with the GraphML export: its colours are taken out again after
    try:
        for _, data in G.nodes(data=True):
            (r, g, b), size = STYLE.get(data["type"], _DEFAULT)
            data["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": size}
        writer = nx.readwrite.gexf.GEXFWriter(encoding="utf-8", prettyprint=True)   # as nx.write_gexf
        writer.add_graph(G)
    finally:
        for _, data in G.nodes(data=True):
            data.pop("viz", None)
    writer.indent(writer.xml)
    write_xml(writer.xml, stream)
