"""pemilu-kg: a knowledge graph of Indonesian election news.

The library API (the ``kg`` command is a thin skin over it)::

    import kg
    graph, report = kg.build_graph(["samples"])          # rdflib.Graph, BuildReport
    report = kg.build_files(["samples"], "out")           # graph.ttl, .graphml, .jsonld, .gexf
    kg.load_graph("out/graph.ttl")                        # a built graph file, back in rdflib
    doc = kg.default_pipeline()(parsed_document)          # one parsed Document -> its assertions

Names are imported on first use, so ``import kg`` (and ``kg --help``) stays fast.
"""
from __future__ import annotations

import importlib

from kg._version import __version__

__all__ = ["__version__", "build_graph", "build_files", "BuildOptions", "BuildReport", "Engine",
           "default_pipeline", "load_graph", "export", "EXPORTERS",
           "Document", "Sentence", "Word", "Mention", "Entity", "Assertion", "Provenance",
           "KgError", "InputError", "ModelNotAvailableError", "PipelineError", "UnknownRuleError",
           "UnknownFormatError", "ExportError", "QueryError"]

_WHERE = {
    **dict.fromkeys(("build_graph", "build_files", "BuildOptions", "BuildReport", "Engine"), "kg.build"),
    "default_pipeline": "kg.pipeline",
    "load_graph": "kg.graph.load",
    **dict.fromkeys(("export", "EXPORTERS"), "kg.export"),
    **dict.fromkeys(("Document", "Sentence", "Word", "Mention", "Entity", "Assertion", "Provenance"), "kg.model"),
    **dict.fromkeys(("KgError", "InputError", "ModelNotAvailableError", "PipelineError", "UnknownRuleError",
                     "UnknownFormatError", "ExportError", "QueryError"), "kg.errors"),
}


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
