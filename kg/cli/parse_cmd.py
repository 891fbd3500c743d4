"""``kg parse``: raw text -> CoNLL-U or JSON; the work is :func:`kg.nlp.dump.write_parses`.

Same inputs, checks, cache and exit codes as ``kg build``.
"""
from __future__ import annotations

import sys

import click

from kg.cli.build_cmd import FatalError, common_parse_options, echo_issue, input_options
from kg.errors import KgError

__all__ = ["COMMANDS", "parse"]


@click.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option("--out", "-o", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Output file (written atomically); - for stdout.")
@click.option("--format", "fmt", type=click.Choice(["conllu", "json"]), default="conllu", show_default=True)
@common_parse_options
def parse(files, out, fmt, models, jobs, no_cache, cache_dir, max_size, any_language, quiet) -> None:
    """Parse articles into CoNLL-U or JSON (tokens, lemmas, POS, dependencies, NER).

    \b
    Examples:
      kg parse samples/000_44790c6554cc0d30.txt
      kg parse samples --format json -o parses.json
    """
    from kg.nlp.batch import ParseSettings  # noqa: PLC0415
    from kg.nlp.dump import write_parses  # noqa: PLC0415

    try:
        report = write_parses(files, sys.stdout.buffer if out == "-" else out, fmt=fmt,
                              settings=ParseSettings(models=models, jobs=jobs),
                              inputs=input_options(max_size, any_language), use_cache=not no_cache,
                              cache_dir=cache_dir, on_issue=lambda i: echo_issue(i, quiet))
    except KgError as exc:
        raise FatalError(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("interrupted: " + ("the output on stdout is incomplete" if out == "-" else f"{out} was not written")
                   + ("" if no_cache else "; finished parses stay cached"), err=True)
        sys.exit(130)
    if not quiet:
        from kg.build import plural  # noqa: PLC0415

        click.echo(f"parsed {plural(report.articles, 'article')}"
                   + (f", {report.skipped} skipped" if report.skipped else ""), err=True)
    sys.exit(report.exit_code)


COMMANDS = (parse,)
