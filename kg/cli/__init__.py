"""The ``kg`` command: a thin skin over library calls.

Every command maps :class:`kg.errors.KgError` to a click error (exit 1);
usage errors exit 2. Heavy imports (stanza, torch, networkx) happen inside
command bodies so ``kg --help`` stays fast.
"""
from __future__ import annotations

import click

from kg._version import __version__
from kg.cli import build_cmd, graph_cmds, models_cmd, parse_cmd, rules_cmd

__all__ = ["cli", "main"]

EPILOG = """\b
Examples:
  kg build samples -o out                   graph.ttl, .graphml, .jsonld, .gexf from articles
  kg parse samples/000_*.txt --format conllu
  kg query out/graph.ttl acting-officials   named SPARQL queries (kg query out/graph.ttl lists them)
  kg validate out/graph.ttl                 SHACL shapes; exit 1 if it does not conform
  kg draw out/graph.ttl -o graph.png        or graph.svg, graph.html (interactive, offline)
  kg serve out/graph.ttl                    SPARQL endpoint on 127.0.0.1:7878
  kg stats out/graph.ttl
  kg export out/graph.ttl -f graphml -o g.graphml
  kg rules -v                               the extraction rules and their example sentences
  kg models evaluate                        scores of the shipped Stanza models
Docs: docs/cli.md
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph from Indonesian election news."""


for _module in (build_cmd, parse_cmd, graph_cmds, rules_cmd, models_cmd):
    for _cmd in _module.COMMANDS:
        cli.add_command(_cmd)


def main() -> None:
    cli(prog_name="kg")
