"""The ``kg`` command: a thin skin over library calls.

Exit status, for every command (docs/cli.md): 0 all good; 1 some inputs skipped
(``kg validate``: does not conform); 2 a usage error, nothing usable, or an error
that stopped the run (:class:`kg.errors.KgError`, one ``Error:`` line); 130
interrupted. An unexpected exception (a bug) is one ``Error: internal error``
line and exit 2 as well, never click's exit 1 (``KG_DEBUG=1`` adds the
traceback). Heavy imports (stanza, torch, networkx) happen inside command
bodies so ``kg --help`` stays fast.
"""
from __future__ import annotations

import contextlib
import os
import sys
import traceback

import click

from kg._version import __version__
from kg.cli import build_cmd, graph_cmds, models_cmd, parse_cmd, rules_cmd
from kg.cli.build_cmd import FatalError
from kg.errors import KgError

__all__ = ["cli", "main", "KgGroup"]

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


class KgGroup(click.Group):
    """Maps what escapes a command to the documented exit status (module docstring)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            raise SystemExit(130) from None
        except KgError as exc:
            raise FatalError(str(exc)) from None
        except BrokenPipeError:   # `kg query ... | head`: the reader left; not a bug
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(141) from None
        except Exception as exc:  # noqa: BLE001 - a bug: one line and exit 2, not a traceback and exit 1
            if os.environ.get("KG_DEBUG"):
                traceback.print_exc()
            click.echo(f"Error: internal error ({type(exc).__name__}: {exc}). This is a bug in kg; please "
                       f"report it{'' if os.environ.get('KG_DEBUG') else ' (KG_DEBUG=1 shows where it happened)'}.",
                       err=True)
            raise SystemExit(2) from None


@click.group(cls=KgGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build a knowledge graph from Indonesian election news."""


for _module in (build_cmd, parse_cmd, graph_cmds, rules_cmd, models_cmd):
    for _cmd in _module.COMMANDS:
        cli.add_command(_cmd)


def main() -> None:
    cli(prog_name="kg")
