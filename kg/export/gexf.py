"""GEXF for Gephi: the GraphML view with node colours and sizes by type."""
from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from kg.export.graphml import to_networkx, write_xml

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
