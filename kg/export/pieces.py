"""Pieces of the last build's files reused: each subject's Turtle block and JSON-LD node object.

Adding one article to a corpus of 1,000 changes a few hundred of its ~29,000 subjects, yet every
build wrote all four files again (~2.5 CPU s for Turtle and JSON-LD alone). A subject's Turtle
block and its JSON-LD node object depend only on the subject's own triples, the file's prefixes
and the exporters' code: :func:`subject_digests` names each subject's triples by a digest, and a
:class:`Reuse` holds, per format, the pieces of the previous build's file under those digests
(its bytes sliced at the offsets recorded when it was written, so nothing is stored twice). An
exporter asks :func:`active` for the build's :class:`Reuse`; for a subject whose digest it finds
there (under the same prefixes and code, :meth:`Reuse.context`), it copies the piece instead of
writing it. The bytes are those a build without reuse writes: every piece is what the exporter
made from the same triples in the same context (tests compare whole files).

Outside a :func:`using` block (a library call of an exporter, ``--no-cache``) nothing is reused
or recorded.
"""
from __future__ import annotations

import contextlib
import contextvars
import hashlib
from typing import Iterator

__all__ = ["Reuse", "active", "using", "subject_digests"]

_ACTIVE: contextvars.ContextVar["Reuse | None"] = contextvars.ContextVar("kg_export_pieces", default=None)


class Reuse:
    """What a build's exporters may copy from the previous build, and what they record for the next.

    Args:
        salt: names the exporters' code (``kg.build.pipeline_fingerprint``): pieces written by other
            code are never reused.
        files: the previous build's file bytes by format (those it kept).
        index: the previous build's :meth:`recorded` index: ``fmt -> {"context": str,
            "pieces": [[digest, offset, length], ...]}``.
    """

    def __init__(self, salt: str, files: dict[str, bytes] | None = None, index: dict | None = None):
        self.salt = salt
        self._files = dict(files or {})   # let go of as they are read (the caller's dicts stay whole)
        self._index = dict(index or {})
        self._recorded: dict[str, dict] = {}
        self._adopted: dict[str, bytes] = {}
        self.reused = 0          # pieces copied, all formats

    def context(self, fmt: str, *parts: str) -> str:
        """The context key of ``fmt``'s pieces: the code and what else every piece depends on."""
        return hashlib.sha256("\x1f".join((self.salt, fmt, *parts)).encode("utf-8", "surrogatepass")).hexdigest()[:24]

    def old(self, fmt: str, context: str) -> dict[str, bytes]:
        """The previous build's pieces of ``fmt`` by digest, if they were written in ``context`` (asked
        once per format: the file is let go of)."""
        entry, data = self._index.pop(fmt, None), self._files.pop(fmt, None)   # asked once: let go of the file
        if not entry or data is None or entry.get("context") != context:
            return {}
        out = {}
        for digest, offset, length in entry.get("pieces", ()):
            if 0 <= offset and offset + length <= len(data):
                out[digest] = data[offset:offset + length]
        return out

    def old_records(self, context: str) -> dict[str, list]:
        """The previous build's GraphML/GEXF node records (``key -> [node id, data, edges]``, see
        :func:`kg.export.graphml.records`), if they were made in ``context`` (asked once)."""
        entry = self._index.pop("records", None)
        if not entry or entry.get("context") != context:
            return {}
        return {key: [node_id, data, [tuple(e) for e in edges]] for key, node_id, data, edges in entry.get("pieces", ())}

    def release(self) -> None:
        """Let go of the previous build's files and index (what was not asked for: the forked export's)."""
        self._files, self._index = {}, {}

    def adopt(self, fmt: str, entry_json: bytes) -> None:
        """Take what another process's :class:`Reuse` recorded for ``fmt`` (the forked export,
        ``kg.build``), as the JSON text of the entry: kept as it is, for :meth:`recorded_json`."""
        self._recorded.pop(fmt, None)
        self._adopted[fmt] = entry_json

    def recorded_json(self, outputs: str) -> bytes:
        """``{"outputs": outputs, "pieces": recorded}`` as JSON text, adopted entries spliced in as they came."""
        import json  # noqa: PLC0415

        entries = [json.dumps(fmt).encode("utf-8") + b": " + json.dumps(entry, ensure_ascii=False).encode("utf-8")
                   for fmt, entry in self._recorded.items() if fmt not in self._adopted]
        entries += [json.dumps(fmt).encode("utf-8") + b": " + data for fmt, data in self._adopted.items()]
        return b'{"outputs": ' + json.dumps(outputs).encode("utf-8") + b', "pieces": {' + b", ".join(entries) + b"}}"

    def record(self, fmt: str, context: str, pieces: list[list]) -> None:
        """Note where each subject's piece lies in the file ``fmt`` just written ([digest, offset, length])."""
        self._recorded[fmt] = {"context": context, "pieces": pieces}

    def recorded(self) -> dict[str, dict]:
        """The index of the files written in this build (JSON data), for the next build's :class:`Reuse`."""
        return dict(self._recorded)


def active() -> "Reuse | None":
    """The :class:`Reuse` of the build whose exporters are running, if any."""
    return _ACTIVE.get()


@contextlib.contextmanager
def using(reuse: "Reuse | None") -> Iterator[None]:
    """Exporters called inside reuse and record pieces through ``reuse`` (None: neither)."""
    token = _ACTIVE.set(reuse)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def subject_digests(view) -> dict:
    """``subject -> digest`` of the subject and its triples (as a set: their order does not count, and
    it is not the same from one process to the next where a builder's set gave them), every term with
    its kind, datatype and language: two subjects with the same digest have the same triples. Computed
    once per view (:meth:`kg.export.view.GraphView.derived`)."""
    return view.derived("pieces:digests", _digests)


def _digests(view) -> dict:
    from kg.graph.terms import IS_LITERAL  # noqa: PLC0415 - rdflib: not for a build that replays its outputs

    out = {}
    blake = hashlib.blake2b
    for s, pairs in view.by_subject.items():
        lines = []
        for p, o in pairs:
            if IS_LITERAL[type(o)]:
                # the text last, after its length: a literal holding the separators cannot pass for
                # other triples (IRIs never hold them: they are whitespace to the builder's checks)
                lines.append("\x1f".join((p, "L", o.datatype or "", o.language or "", str(len(o)), o)))
            else:
                lines.append("\x1f".join((p, type(o).__name__, o)))
        lines.sort()
        lines.append(f"{type(s).__name__}\x1f{s}")
        out[s] = blake("\x1e".join(lines).encode("utf-8", "surrogatepass"), digest_size=15).hexdigest()
    return out
