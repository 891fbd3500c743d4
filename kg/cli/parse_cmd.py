"""``kg parse``: raw text -> CoNLL-U or JSON (cached), for inspecting what the rules see.

Same inputs, checks, cache and exit codes as ``kg build``. In CoNLL-U output
each article starts with ``# newdoc id = <doc_id>`` and sentence ids are
``<doc_id>#s<n>`` so they are unique in the file; NER tags are in MISC
(``NER=B-PER``) with ``start_char``/``end_char`` offsets.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import sys

import click

from kg.cli.build_cmd import FatalError, common_parse_options, echo_issue, input_options
from kg.errors import KgError

__all__ = ["COMMANDS", "parse", "doc_conllu", "doc_json"]


def doc_conllu(doc) -> str:
    """One document as CoNLL-U with a ``newdoc`` comment and file-unique sentence ids."""
    from kg.nlp.conllu import write_conllu  # noqa: PLC0415

    sents = [dataclasses.replace(s, sent_id=f"{doc.doc_id}#{s.sent_id}") for s in doc.sentences]
    body = write_conllu(sents)
    return f"# newdoc id = {doc.doc_id}\n{body}" if body else ""


def doc_json(doc) -> dict:
    """One document as a JSON-ready dict: doc_id, meta, sentences with their words."""
    return {"doc_id": doc.doc_id, "meta": dict(doc.meta), "text": doc.text,
            "sentences": [dataclasses.asdict(s) for s in doc.sentences]}


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
    from kg.nlp.cache import open_cache  # noqa: PLC0415
    from kg.inputs.reader import Issue, discover, read_documents  # noqa: PLC0415
    from kg.atomic import atomic_write  # noqa: PLC0415
    from kg.nlp.batch import ParseSettings, parse_stream  # noqa: PLC0415

    sources, issues = discover(files)
    for i in issues:
        echo_issue(i, quiet)
    n_docs, n_skipped = 0, sum(i.skipped for i in issues)
    try:
        cache = open_cache(cache_dir, enabled=not no_cache)
        with contextlib.ExitStack() as stack:
            fh = sys.stdout.buffer if out == "-" else stack.enter_context(atomic_write(out))
            stack.callback(cache.close)
            items = parse_stream(read_documents(sources, input_options(max_size, any_language)),
                                 ParseSettings(models=models, jobs=jobs), cache)
            fh.write(b"[" if fmt == "json" else b"")
            for item in items:
                if isinstance(item, Issue):
                    n_skipped += item.skipped
                    echo_issue(item, quiet)
                    continue
                if fmt == "json":
                    text = ("\n" if n_docs == 0 else ",\n") + json.dumps(doc_json(item), ensure_ascii=False)
                else:
                    text = doc_conllu(item)
                fh.write(text.encode("utf-8"))
                n_docs += 1
            fh.write(b"\n]\n" if fmt == "json" else b"")
            fh.flush()
            if n_docs == 0 and out != "-":
                raise FatalError("no usable input: nothing written")
    except KgError as exc:
        raise FatalError(str(exc)) from None
    except KeyboardInterrupt:
        click.echo("interrupted: nothing written; finished parses stay cached", err=True)
        sys.exit(130)
    if not quiet:
        from kg.build import plural  # noqa: PLC0415

        click.echo(f"parsed {plural(n_docs, 'article')}" + (f", {n_skipped} skipped" if n_skipped else ""), err=True)
    sys.exit(2 if n_docs == 0 else 1 if n_skipped else 0)


COMMANDS = (parse,)
