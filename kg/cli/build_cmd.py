"""``kg build``: inputs -> graph files, with a progress bar, a summary and meaningful exit codes.

Exit status: 0 all good; 1 some inputs skipped (each named on stderr); 2 nothing
usable, a usage error, or an error that stopped the run (models missing, output
not writable, another build holding the output folder). Ctrl-C exits 130 and
leaves previous outputs whole (or, pressed while they are being renamed into
place, lets that finish first and says so).
"""
from __future__ import annotations

import sys

import click

from kg.errors import KgError

__all__ = ["COMMANDS", "build", "input_options", "echo_issue", "FatalError", "parse_rules", "common_parse_options"]


class FatalError(click.ClickException):
    """An error that stopped the run: nothing usable was produced (exit 2)."""
    exit_code = 2


def echo_issue(issue, quiet: bool = False) -> None:
    """One line per bad input on stderr: ``skipped: FILE: cause`` or ``warning: FILE: cause``."""
    if issue.skipped or not quiet:
        from tqdm import tqdm  # noqa: PLC0415 - keeps the line clear of a running progress bar

        tqdm.write(f"{'skipped' if issue.skipped else 'warning'}: {issue}", file=sys.stderr)


def parse_rules(ctx, param, value: str | None):
    if not value:
        return None
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    from kg.rules import select_rules  # noqa: PLC0415

    try:
        select_rules(names)
    except KgError as exc:
        raise click.BadParameter(str(exc)) from None
    return names


def _max_size(ctx, param, value: float) -> int:
    if value <= 0:
        raise click.BadParameter("must be a positive number of megabytes")
    return int(value * 1_000_000)


def common_parse_options(fn):
    """Options shared by ``kg build`` and ``kg parse``."""
    opts = [
        click.option("--models", default="bundled", show_default=True, metavar="bundled|official|PATH",
                     help="Which Stanza models parse the text."),
        click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
                     help="Parse in N worker processes (each loads the models once)."),
        click.option("--no-cache", is_flag=True,
                     help="Parse and extract everything again; do not read or write the cache."),
        click.option("--cache-dir", type=click.Path(file_okay=False), envvar="KG_CACHE_DIR",
                     help="Cache folder for parses and extractions "
                          "[default: the user cache folder; env KG_CACHE_DIR]."),
        click.option("--max-size", type=float, default=2.0, show_default=True, callback=_max_size,
                     metavar="MB", help="Skip articles larger than this many megabytes."),
        click.option("--any-language", is_flag=True, help="Do not skip texts that do not look Indonesian."),
        click.option("--quiet", "-q", is_flag=True, help="Print only skipped inputs and errors."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def input_options(max_size: int, any_language: bool):
    from kg.inputs.reader import InputOptions  # noqa: PLC0415

    return InputOptions(max_bytes=max_size, check_language=not any_language)


def _formats(ctx, param, value: tuple[str, ...]):
    if not value:
        return None
    from kg.export import EXPORTERS  # noqa: PLC0415

    for v in value:
        if v not in EXPORTERS:
            raise click.BadParameter(f"{v!r} is not a format. Available formats: {', '.join(sorted(EXPORTERS))}")
    return tuple(dict.fromkeys(value))


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out-dir", "-o", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Folder for graph.ttl, graph.graphml, graph.jsonld, graph.gexf.")
@common_parse_options
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out assertions below this confidence.")
@click.option("--rules", callback=parse_rules, metavar="a,b", help="Run only these rules (see 'kg rules').")
@click.option("--format", "formats", multiple=True, callback=_formats, metavar="FORMAT",
              help="Output format, repeatable: turtle, jsonld, graphml, gexf [default: all].")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with ETA on stderr [default: when stderr is a terminal].")
@click.option("--scheduler", metavar="ADDRESS|local:N",
              help="Parse and extract on a Dask cluster (needs the 'scale' extra); see docs/scale.md.")
def build(inputs, out_dir, models, jobs, no_cache, cache_dir, max_size, any_language, quiet, min_confidence,
          rules, formats, progress, scheduler) -> None:
    """Build the knowledge graph from articles.

    INPUT is a .txt file, a folder (read recursively, in sorted order), a JSON
    Lines file (fields id, url, title, date, publisher, text), a saved HTML news
    page, or - for stdin. Bad inputs are reported and skipped; the rest are built.

    \b
    Examples:
      kg build samples -o out
      kg build news.jsonl --jobs 2 --format turtle
      cat article.txt | kg build - -o out
    """
    from kg.build import BuildOptions  # noqa: PLC0415

    opts = BuildOptions(models=models, jobs=jobs, use_cache=not no_cache, cache_dir=cache_dir,
                        min_confidence=min_confidence, rules=rules, formats=formats,
                        inputs=input_options(max_size, any_language),
                        progress=sys.stderr.isatty() if progress is None else progress)
    try:
        if scheduler:
            from kg.distributed import build_distributed  # noqa: PLC0415

            report = build_distributed(inputs, out_dir, opts, scheduler=scheduler,
                                       on_issue=lambda i: echo_issue(i, quiet))
        else:
            from kg.build import build_files as run  # noqa: PLC0415

            report = run(inputs, out_dir, opts, on_issue=lambda i: echo_issue(i, quiet))
    except KgError as exc:
        raise FatalError(str(exc)) from None
    except KeyboardInterrupt as exc:
        from kg.atomic import InterruptedAfterPublish  # noqa: PLC0415

        if isinstance(exc, InterruptedAfterPublish):
            said = f"interrupted after the new outputs were written: {out_dir} holds this run's graph, whole"
        else:
            said = "interrupted: previous outputs are unchanged" + ("" if no_cache else "; finished parses stay cached")
        click.echo(said, err=True)
        sys.exit(130)
    if not quiet or report.exit_code == 2:
        click.echo(report.summary(), err=True)
    sys.exit(report.exit_code)


COMMANDS = (build,)
