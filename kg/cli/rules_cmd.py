"""``kg rules``: list the extraction rules and what each does."""
from __future__ import annotations

import click

__all__ = ["COMMANDS", "rules"]


@click.command()
@click.option("--verbose", "-v", is_flag=True, help="Print each rule's whole docstring (with its motivating sentence).")
def rules(verbose: bool) -> None:
    """List the extraction rules in the order they run.

    \b
    Example:
      kg rules -v
    """
    from kg.rules import ALL_RULES  # noqa: PLC0415

    for r in ALL_RULES:
        click.echo(f"{r.name:24} {r.summary}")
        if verbose:
            doc = (r.fn.__doc__ or "").strip().splitlines()[1:]
            click.echo("\n".join("    " + line.strip() for line in doc if line.strip()) + "\n")


COMMANDS = (rules,)
