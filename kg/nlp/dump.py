"""``kg parse`` as a library call: inputs -> CoNLL-U or JSON parses (cached), for inspecting what the rules see.

Same inputs, checks and cache as ``kg build``. In CoNLL-U output each article
starts with ``# newdoc id = <doc_id>`` and sentence ids are ``<doc_id>#s<n>`` so
they are unique in the file; NER tags are in MISC (``NER=B-PER``) with
``start_char``/``end_char`` offsets. JSON output is one array of documents.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable

from kg.atomic import atomic_write
from kg.errors import KgError
from kg.inputs.reader import InputOptions, Issue, discover, read_documents
from kg.model import Document
from kg.nlp.batch import ParseSettings, parse_stream
from kg.nlp.cache import open_cache
from kg.nlp.conllu import write_conllu

__all__ = ["FORMATS", "ParseReport", "doc_conllu", "doc_json", "write_parses"]

FORMATS = ("conllu", "json")


def doc_conllu(doc: Document) -> str:
    """One document as CoNLL-U with a ``newdoc`` comment and file-unique sentence ids."""
    sents = [dataclasses.replace(s, sent_id=f"{doc.doc_id}#{s.sent_id}") for s in doc.sentences]
    body = write_conllu(sents)
    return f"# newdoc id = {doc.doc_id}\n{body}" if body else ""


def doc_json(doc: Document) -> dict:
    """One document as a JSON-ready dict: doc_id, meta, text, sentences with their words."""
    return {"doc_id": doc.doc_id, "meta": dict(doc.meta), "text": doc.text,
            "sentences": [dataclasses.asdict(s) for s in doc.sentences]}


@dataclass
class ParseReport:
    """What a parse run did: articles written, inputs skipped."""
    articles: int = 0
    skipped: int = 0

    @property
    def exit_code(self) -> int:
        """0 all good, 1 some inputs skipped, 2 nothing usable."""
        return 2 if self.articles == 0 else 1 if self.skipped else 0


def write_parses(paths: Iterable[str | os.PathLike], out: str | os.PathLike | BinaryIO, *, fmt: str = "conllu",
                 settings: ParseSettings | None = None, inputs: InputOptions | None = None,
                 use_cache: bool = True, cache_dir: str | os.PathLike | None = None,
                 on_issue: Callable[[Issue], None] | None = None) -> ParseReport:
    """Parse the inputs and write them as ``fmt`` to ``out`` (a path, written atomically, or a binary stream).

    Raises:
        KgError: ``fmt`` is unknown, the models are missing, or no input was usable
            (then a file ``out`` is not written).
    """
    if fmt not in FORMATS:
        raise KgError(f"unknown parse format {fmt!r}; use one of {', '.join(FORMATS)}")
    report = ParseReport()

    def issue(i: Issue) -> None:
        report.skipped += i.skipped
        if on_issue:
            on_issue(i)

    sources, found = discover(paths)
    for i in found:
        issue(i)
    cache = open_cache(cache_dir, enabled=use_cache,
                       on_notice=lambda where, cause: on_issue and on_issue(Issue(where, cause, skipped=False)))
    to_file = isinstance(out, (str, os.PathLike))
    with contextlib.ExitStack() as stack:
        fh = stack.enter_context(atomic_write(out)) if to_file else out
        stack.callback(cache.close)
        items = parse_stream(read_documents(sources, inputs or InputOptions()), settings or ParseSettings(), cache)
        fh.write(b"[" if fmt == "json" else b"")
        for item in items:
            if isinstance(item, Issue):
                issue(item)
                continue
            if fmt == "json":
                text = ("\n" if report.articles == 0 else ",\n") + json.dumps(doc_json(item), ensure_ascii=False)
            else:
                text = doc_conllu(item)
            fh.write(text.encode("utf-8"))
            report.articles += 1
        fh.write(b"\n]\n" if fmt == "json" else b"")
        fh.flush()
        if report.articles == 0 and to_file:
            raise KgError("no usable input: nothing written")
    return report
