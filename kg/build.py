"""``kg build`` as library calls: inputs -> parse (cached) -> extract -> graph (:func:`build_graph`)
-> files (:func:`build_files`).

Articles stream through: read, parse in batches, run the per-document pipeline
(mentions, resolve, rules), canonicalise entity keys across the corpus, add to
the graph builder, drop. Only the graph grows with the corpus. The output
folder is locked for the whole run, and the outputs are published together at
the end (:class:`kg.atomic.OutputFolder`): all of them are written first, then
renamed into place, so an interrupted or failed run leaves the previous outputs
whole and never a mix of old and new. A run with no usable article writes
nothing.
"""
from __future__ import annotations

import base64
import collections
import contextlib
import gc
import hashlib
import json
import os
import signal
import sys
import time
import zlib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Mapping

from kg.nlp.cache import open_cache, outline
from kg.errors import ExportError, InputError
from kg.inputs.reader import InputOptions, Issue, count_articles, discover, read_documents
from kg.atomic import OutputFolder
from kg.export.pieces import Reuse, using
from kg.model import Document
from kg.paths import PACKAGE_DIR
from kg.nlp.batch import ParseSettings, parse_stream

__all__ = ["BuildOptions", "BuildReport", "Engine", "build_graph", "build_files", "build", "write_outputs", "Tally",
           "plural", "pipeline_fingerprint", "extract_one"]


@dataclass
class BuildOptions:
    models: str = "bundled"
    jobs: int = 1
    threads: int = 1
    batch_size: int | None = None                 # articles per parse call; None: 16, or 8 with --jobs > 1
    use_cache: bool = True
    cache_dir: str | os.PathLike | None = None
    min_confidence: float | None = None
    rules: tuple[str, ...] | None = None
    formats: tuple[str, ...] | None = None        # None: every registered format
    inputs: InputOptions = field(default_factory=InputOptions)
    progress: bool = False


@dataclass
class Engine:
    """The parts a build runs; ``None`` means the real one. Tests pass fakes."""
    parser_factory: Callable | None = None       # (models, threads=) -> parser; picklable for jobs > 1
    model_version: str | None = None
    pipeline: Callable[[Document], Document] | None = None
    corpus: object | None = None                  # .add(doc) -> doc, .renames() -> dict
    builder: object | None = None                 # .add(doc), .finish(renames) -> rdflib.Graph
    exporters: Mapping[str, tuple[str, Callable]] | None = None   # fmt -> (suffix, fn(graph, stream))
    pipeline_id: str | None = None                # names the pipeline in extraction-cache keys; with the
                                                  # default pipeline: pipeline_fingerprint(); None: no reuse

    def resolved(self, opts: BuildOptions) -> "Engine":
        pipeline, corpus, builder, pid = self.pipeline, self.corpus, self.builder, self.pipeline_id
        if pipeline is None:
            from kg.pipeline import default_pipeline  # noqa: PLC0415
            pipeline, pid = default_pipeline(opts.rules), pipeline_fingerprint()
        if corpus is None:
            from kg.extract.resolve import CorpusIndex  # noqa: PLC0415
            corpus = CorpusIndex()
        if builder is None:
            from kg.graph.builder import GraphBuilder  # noqa: PLC0415
            builder = (GraphBuilder() if opts.min_confidence is None
                       else GraphBuilder(min_confidence=opts.min_confidence))
        return replace(self, pipeline=pipeline, corpus=corpus, builder=builder, pipeline_id=pid,
                       exporters=self.exporters or _real_exporters())


def pipeline_fingerprint() -> str:
    """A hash of the package's code and data (models excluded: ``model_version`` covers them).
    Any change to a rule, lexicon or gazetteer changes it, so no stale extraction is reused."""
    root = PACKAGE_DIR
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).parts
        if p.is_file() and rel[0] != "models" and "__pycache__" not in rel:
            h.update("/".join(rel).encode())
            h.update(p.read_bytes())
    return h.hexdigest()[:16]


class _Extractor:
    """The per-document pipeline, reusing cached extractions (stored with the outline of their
    sentences: ids, texts and offsets, no words, which is all the graph reads of them)."""

    def __init__(self, eng: Engine, cache, model: str, rules):
        self.eng, self.cache, self.pending, self.reused = eng, cache, {}, 0
        self.salt = None if eng.pipeline_id is None else [eng.pipeline_id, model, list(rules or [])]
        self.ready: set[int] = set()   # ids of the documents prefetch() gave whole: no parse needed
        self.known_keys: dict[int, tuple[Document, str]] = {}   # id -> (document, key), see _EarlyParse
        self.prefetched = 0

    def key(self, doc: Document) -> str:
        known = self.known_keys.pop(id(doc), None)   # computed up front for this (live) document
        if known is not None and known[0] is doc:
            return known[1]
        return hashlib.sha256(json.dumps([*self.salt, doc.doc_id, sorted(doc.meta.items()), doc.text])
                              .encode("utf-8")).hexdigest()

    def prefetch(self, items: Iterable) -> Iterator:
        """The items, each document whose extraction is cached replaced by it (with its sentence
        outline), so that the parser stage passes it through: its parse is not read at all."""
        for item in items:
            if self.salt is not None and isinstance(item, Document) and item.sentences is None:
                hit = self.cache.get_extraction(self.key(item))
                if hit is not None and hit.sentences is not None:
                    self.ready.add(id(hit))
                    self.prefetched += 1
                    item = hit
            yield item

    def __call__(self, doc: Document) -> Document:
        if id(doc) in self.ready:
            self.ready.discard(id(doc))
            self.reused += 1
            return doc
        if self.salt is None:
            return self.eng.pipeline(doc)
        key = self.key(doc)
        hit = self.cache.get_extraction(key)
        if hit is not None:
            self.reused += 1
            return replace(hit, sentences=doc.sentences)
        out = self.eng.pipeline(doc)
        self.pending[key] = replace(out, sentences=outline(out.sentences))
        if len(self.pending) >= 16:
            self.flush()
        return out

    def flush(self) -> None:
        if self.pending:
            self.cache.put_extractions(self.pending)
            self.pending = {}


class _EarlyParse:
    """A few new articles in a corpus otherwise cached, parsed while the build goes through the others.

    When one article is added to a built corpus, the rebuild reads the other articles'
    extractions from the cache and adds them to the graph (seconds at 1,000 articles); the one
    new article needs the parser, whose models take ~2 s to load. With the articles known
    up front (read for the output key), the ones whose extraction and parse are both missing
    are sent at once to one worker process, which loads the parser and parses them while this
    process builds the graph of the rest; the parses are put in the cache before the first of
    those articles is reached, so the stream finds them there. This process never loads the
    parser. Only for a few articles (at most :data:`MAX` and a quarter of the corpus): a first
    build parses in this process as before. A failed parse is left to the normal path.
    """
    MAX = 64

    def __init__(self, pool, task, need: dict[str, str], texts: dict[str, str], cache, settings):
        self.pool, self.task, self.need, self.texts = pool, task, need, texts
        self.cache, self.settings, self.parsed = cache, settings, 0

    @classmethod
    def start(cls, items, extract: _Extractor, cache, settings: ParseSettings) -> "_EarlyParse | None":
        try:
            return cls._start(items, extract, cache, settings)
        except Exception:  # noqa: BLE001 - e.g. no process could be started: they are parsed here, as before
            return None

    @classmethod
    def _start(cls, items, extract: _Extractor, cache, settings: ParseSettings) -> "_EarlyParse | None":
        if settings.jobs > 1 or extract.salt is None or not hasattr(cache, "extraction_keys"):
            return None
        docs = [d for d in items if isinstance(d, Document) and d.sentences is None]
        keys = {id(d): extract.key(d) for d in docs}
        extract.known_keys.update((id(d), (d, keys[id(d)])) for d in docs)   # prefetch() asks again
        have = cache.extraction_keys(keys.values())
        new = [d for d in docs if keys[id(d)] not in have]
        if not new or len(new) > min(cls.MAX, len(docs) // 4):
            return None
        from kg.nlp.cache import text_key  # noqa: PLC0415

        texts = {text_key(d.text): d.text for d in new}
        parsed = cache.parse_keys(texts, model=settings.model_version())
        texts = {k: t for k, t in texts.items() if k not in parsed}
        if not texts:
            return None
        from kg.nlp.batch import _Pool, parse_texts  # noqa: PLC0415

        pool = _Pool(replace(settings, jobs=1, preload=False, seconds={"parse": 0.0, "load": 0.0}))
        task = pool.submit(parse_texts, list(texts.values()))
        need = {keys[id(d)]: d for d in new if text_key(d.text) in texts}
        return cls(pool, task, {id(d): k for k, d in need.items()}, texts, cache, settings)

    def before_first(self, items: Iterable) -> Iterator:
        """The items; before the first article parsed here is given, its parses are in the cache."""
        for item in items:
            if self.pool is not None and id(item) in self.need:
                self._collect()
            yield item

    def _collect(self) -> None:
        t = time.perf_counter()
        try:
            results = self.pool.result(self.task)
        except Exception:  # noqa: BLE001 - the normal path parses them (and reports a failure)
            results = []
        fresh = {k: r for k, r in zip(self.texts, results) if isinstance(r, str)}
        self.cache.put_many(fresh, model=self.settings.model_version())
        self.parsed = len(fresh)
        self.close()
        self.settings.seconds["parse"] += time.perf_counter() - t

    def close(self) -> None:
        if self.pool is not None:
            pool, self.pool = self.pool, None
            pool.shutdown(wait=True, cancel_futures=True)


def extract_one(pipeline: Callable[[Document], Document], doc: Document) -> Document | Issue:
    """``pipeline(doc)``, or the issue saying extraction failed on it: one odd article must not
    stop the corpus (the article is skipped and named)."""
    try:
        return pipeline(doc)
    except Exception as exc:  # noqa: BLE001 - any bug in a stage, on one article
        return Issue(doc.meta.get("source", doc.doc_id),
                     f"extraction failed ({type(exc).__name__}: {exc}); please report this article")


def _real_exporters() -> dict[str, tuple[str, Callable]]:
    from kg.export import EXPORTERS, export  # noqa: PLC0415

    return {name: (spec.suffix, lambda g, fh, _n=name: export(g, _n, fh)) for name, spec in EXPORTERS.items()}


@dataclass
class Tally:
    """What the summary counts: articles, sentences, people, posts, commitments by topic."""
    articles: int = 0
    sentences: int = 0
    people: set[str] = field(default_factory=set)
    posts: set[tuple[str, ...]] = field(default_factory=set)
    topics: collections.Counter = field(default_factory=collections.Counter)

    def add(self, doc: Document, min_confidence: float | None = None) -> None:
        self.articles += 1
        self.sentences += len(doc.sentences or ())
        self.people.update(e.key for e in doc.entities or () if e.kind == "person")
        for a in doc.assertions or ():
            if min_confidence is not None and a.provenance.confidence < min_confidence:
                continue
            if a.kind == "holds":
                self.posts.add(tuple(a.arg(r) for r in ("person", "title", "qualifier", "region",
                                                          "organization")))
            elif a.kind == "commitment":
                self.topics[a.arg("topic") or "?"] += 1

    def to_json(self) -> dict:
        """The tally as JSON data (the output cache stores data, never pickles)."""
        return {"articles": self.articles, "sentences": self.sentences, "people": sorted(self.people),
                "posts": sorted(list(p) for p in self.posts), "topics": dict(self.topics)}

    @classmethod
    def from_json(cls, data: dict) -> "Tally":
        """The inverse of :meth:`to_json`."""
        return cls(int(data["articles"]), int(data["sentences"]), set(data["people"]),
                   {tuple(p) for p in data["posts"]}, collections.Counter(data["topics"]))

    def rename(self, renames: Mapping[str, str]) -> None:
        self.people = {renames.get(k, k) for k in self.people}
        self.posts = {tuple(renames.get(v, v) for v in p) for p in self.posts}


@dataclass
class BuildReport:
    tally: Tally = field(default_factory=Tally)
    issues: list[Issue] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    cache_hits: int = 0
    cache_misses: int = 0
    extractions_reused: int = 0
    outputs_reused: bool = False                  # an unchanged corpus: the cached output files were written
    pieces_reused: int = 0                        # subjects' pieces of the files copied from the last build

    @property
    def skipped(self) -> list[Issue]:
        return [i for i in self.issues if i.skipped]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.skipped]

    @property
    def exit_code(self) -> int:
        """0 all good, 1 some inputs skipped, 2 nothing usable."""
        if self.tally.articles == 0:
            return 2
        return 1 if self.skipped else 0

    def summary(self) -> str:
        t = self.tally
        topics = ", ".join(f"{k} {v}" for k, v in sorted(t.topics.items(), key=lambda kv: (-kv[1], kv[0])))
        lines = [f"{plural(t.articles, 'article')}, {plural(t.sentences, 'sentence')}, "
                 f"{plural(len(t.people), 'person', 'people')}, {plural(len(t.posts), 'post')}, "
                 f"{plural(sum(t.topics.values()), 'commitment')}"
                 + (f" ({topics})" if topics else ""),
                 f"cache: {self.cache_hits} parses reused, {self.cache_misses} parsed, "
                 f"{self.extractions_reused} extractions reused"
                 + (", outputs reused (nothing changed)" if self.outputs_reused else "")]
        if self.skipped:
            lines.append(f"{plural(len(self.skipped), 'input')} skipped: "
                         + "; ".join(i.source for i in self.skipped))
        if self.warnings:
            lines.append(plural(len(self.warnings), "warning"))
        if self.outputs:
            lines.append("wrote " + ", ".join(str(p) for p in self.outputs))
        elif t.articles == 0:
            lines.append("no usable article: nothing written")
        return "\n".join(lines)


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``."""
    return f"{count} {one if count == 1 else many or one + 's'}"


def write_outputs(graph, out_dir: Path, formats: Iterable[str] | None,
                  exporters: Mapping[str, tuple[str, Callable]], *, folder: OutputFolder | None = None) -> list[Path]:
    """Write ``graph.<suffix>`` per format and publish them together (:class:`kg.atomic.OutputFolder`):
    every format is tried; if one fails, the failures are raised together and no file is replaced.
    ``folder``: the already held output folder (else it is taken for the write)."""
    chosen = list(formats) if formats else sorted(exporters)
    unknown = [f for f in chosen if f not in exporters]
    if unknown:
        raise ExportError(f"unknown format {unknown[0]!r}. Available formats: {', '.join(sorted(exporters))}")
    writers = {f"graph{exporters[fmt][0]}": (lambda fh, _fn=exporters[fmt][1]: _fn(graph, fh)) for fmt in chosen}
    labels = {f"graph{exporters[fmt][0]}": f"{fmt} ({Path(out_dir) / f'graph{exporters[fmt][0]}'})"
              for fmt in chosen}
    from kg.export.view import shared  # noqa: PLC0415

    with shared():   # the built-in exporters walk the graph once between them (and GraphML, GEXF share networkx)
        if folder is not None:
            return folder.publish(writers, labels)
        with OutputFolder(out_dir) as held:
            return held.publish(writers, labels)


def build_graph(paths: Iterable[str | os.PathLike], options: BuildOptions | None = None, *,
                engine: Engine | None = None, stdin: BinaryIO | None = None,
                on_issue: Callable[[Issue], None] | None = None, _read: collections.deque | None = None,
                _as_view: bool = False):
    """Build the graph of the inputs in memory; write nothing.

    ``_read`` (internal): the items ``read_documents`` gave for these paths, already read
    by :func:`build_files` for the output key, so that they are not read and decoded twice.
    ``_as_view`` (internal): return the exporters' :class:`kg.export.view.GraphView` instead of
    an rdflib graph when the builder can give one (no rdflib graph is made for the files).

    Returns ``(graph, report)``: an ``rdflib.Graph`` (empty when no article was usable)
    and the :class:`BuildReport`. Bad inputs become issues in the report (and calls of
    ``on_issue``); they never stop the run.

    Raises:
        KgError: a problem that stops the whole run (models missing).
    """
    opts = options or BuildOptions()
    eng = (engine or Engine()).resolved(opts)
    report = BuildReport(seconds={k: 0.0 for k in ("read", "parse", "load", "extract", "graph", "export")})

    def issue(i: Issue) -> None:
        report.issues.append(i)
        if on_issue:
            on_issue(i)

    sources, found = discover(paths)
    for i in found:
        issue(i)
    settings = ParseSettings(models=opts.models, jobs=opts.jobs, threads=opts.threads,
                             batch_size=opts.batch_size, factory=eng.parser_factory, version=eng.model_version)
    cache = open_cache(opts.cache_dir, enabled=opts.use_cache,
                       on_notice=lambda where, cause: issue(Issue(where, cause, skipped=False)))
    bar = _progress(count_articles(sources) if opts.progress else 0, opts.progress)
    t_start = time.perf_counter()
    extract = _Extractor(eng, cache, settings.model_version(), opts.rules)
    early = _EarlyParse.start(_read, extract, cache, settings) if _read is not None else None
    items = _drain(_read) if _read is not None else read_documents(sources, opts.inputs, stdin=stdin)
    if early is not None:
        items = early.before_first(items)
    stream = parse_stream(extract.prefetch(items), settings, cache)
    try:
        for item in stream:
            if isinstance(item, Issue):
                issue(item)
                bar.update(item.skipped)   # a warning comes with its article, which counts below
                continue
            bar.update(1)
            t = time.perf_counter()
            with _collector_paused():
                doc = extract_one(lambda d: eng.corpus.add(extract(d)), item)
            if isinstance(doc, Issue):
                issue(doc)
                continue
            t2 = time.perf_counter()
            with _collector_paused():
                eng.builder.add(doc)
            report.seconds["graph"] += time.perf_counter() - t2
            report.seconds["extract"] += t2 - t
            report.tally.add(doc, opts.min_confidence)
        extract.flush()
    finally:
        stream.close()  # stops worker processes at once on Ctrl-C or an error
        if early is not None:
            early.close()
        bar.close()
        parsed_early = early.parsed if early is not None else 0
        report.cache_hits = cache.hits + extract.prefetched - parsed_early
        report.cache_misses = cache.misses + parsed_early
        report.extractions_reused = extract.reused
        cache.close()
    s = settings.seconds
    report.seconds.update(parse=s["parse"], load=s["load"], parser=s.get("parser", 0.0),
                          parser_cpu=s.get("parser_cpu", 0.0), load_cpu=s.get("load_cpu", 0.0))
    report.seconds["read"] = max(0.0, time.perf_counter() - t_start - sum(
        report.seconds[k] for k in ("parse", "extract", "graph")))
    if report.tally.articles == 0:
        from rdflib import Graph  # noqa: PLC0415

        return Graph(), report
    t = time.perf_counter()
    with _collector_paused():
        renames = eng.corpus.renames()
        if _as_view and hasattr(eng.builder, "finish_subjects"):
            from kg.export.view import GraphView  # noqa: PLC0415

            graph = GraphView.of_subjects(*eng.builder.finish_subjects(renames))
        else:
            graph = eng.builder.finish(renames)
    report.tally.rename(renames)
    report.seconds["graph"] += time.perf_counter() - t
    return graph, report


def build_files(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike,
                options: BuildOptions | None = None, *, engine: Engine | None = None,
                stdin: BinaryIO | None = None, on_issue: Callable[[Issue], None] | None = None) -> BuildReport:
    """Build the graph files (``graph.ttl`` and the other formats) of the inputs in ``out_dir``.

    :func:`build_graph`, then :func:`write_outputs`. A run with no usable article
    writes nothing.

    With the cache on (and the real engine), the output bytes of the last few builds
    are kept in the cache under a key of everything they depend on: the articles read
    (id, metadata, text, in order), the code and data (:func:`pipeline_fingerprint`),
    the models, the rules, ``min_confidence`` and the formats. Rebuilding an unchanged
    corpus then only reads the inputs and writes those bytes: no parse is read, no
    model loaded, no graph built or exported.

    Raises:
        KgError: a problem that stops the whole run (models missing, output folder not
            writable, an exporter failing).
    """
    opts = options or BuildOptions()
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(str(out), "the output path exists and is not a folder")
    paths = list(paths)
    base = engine or Engine()
    eng = base.resolved(opts)
    reuse = (opts.use_cache and stdin is None and "-" not in map(str, paths)
             and all(getattr(base, f.name) is None for f in fields(base)))   # the real engine, files only
    with OutputFolder(out) as folder:   # locked for the whole run: a second build on it fails at once
        key = read_issues = items = pieces = None
        if reuse:
            t = time.perf_counter()
            key, read_issues, seen, items = _outputs_key(paths, opts, eng)
            cached = _cached_outputs(opts, key)
            if cached is not None:
                return _write_cached(cached, read_issues, folder, eng, time.perf_counter() - t, on_issue)
        graph, report = build_graph(paths, opts, engine=eng, stdin=stdin, on_issue=on_issue,
                                    _read=items if reuse else None, _as_view=base.exporters is None)
        items = None
        if report.tally.articles == 0:
            return report
        t = time.perf_counter()
        if reuse:
            with _collector_paused():
                pieces = _last_pieces(opts, eng.pipeline_id)
        captured: dict[str, bytes] = {}
        exporters = eng.exporters
        if base.exporters is None:   # the built-in exporters: two groups of formats at once
            with using(pieces):
                exporters = _prerendered(graph, list(opts.formats or sorted(exporters)), exporters)
            if pieces is not None:
                pieces.release()   # what the forked export read of the last build, this process need not hold
        exporters = _teeing(exporters, captured) if reuse else exporters
        with _collector_paused(), using(pieces):
            report.outputs = write_outputs(graph, out, opts.formats, exporters, folder=folder)
        report.seconds["export"] = time.perf_counter() - t
        report.pieces_reused = pieces.reused if pieces is not None else 0
    if reuse and len(report.issues) == len(read_issues) and report.tally.articles == seen:
        _store_outputs(opts, key, report, captured, pieces)    # nothing failed on the way: safe to replay
    return report


@contextlib.contextmanager
def _collector_paused():
    """Python's cyclic garbage collector held off while one document is extracted and added, and
    while the graph is finished and written: those steps make millions of small objects and
    almost no cycles (a 100-article build collected ~700 objects in ~500 collections), and each
    collection of the older generations walked the lexicons, the graph and, in a first build, the
    parser's models. Reference counting frees everything else as before; the collector runs again
    at the next allocation after the block (its counts kept growing), so cyclic garbage waits at
    most one document. Nothing a build writes depends on when it runs."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


_KEEP_READ_CHARS = 64_000_000   # inputs read for the output key are kept for the build up to this much text


def _outputs_key(paths, opts: BuildOptions, eng: Engine) -> tuple[str, list[Issue], int, collections.deque | None]:
    """The key of a build's outputs, the issues reading the inputs gives, the article count, and
    the items read (documents and issues, in order; None past ``_KEEP_READ_CHARS`` of text, when
    the build reads them again rather than hold a large corpus in memory)."""
    chosen = list(opts.formats) if opts.formats else sorted(eng.exporters)
    settings = ParseSettings(models=opts.models)
    h = hashlib.sha256(json.dumps([eng.pipeline_id, settings.model_version(), opts.rules and list(opts.rules),
                                   opts.min_confidence, chosen]).encode("utf-8"))
    sources, issues = discover(paths)
    issues, n, kept, chars = list(issues), 0, collections.deque(), 0
    for item in read_documents(sources, opts.inputs):
        if kept is not None:
            kept.append(item)
        if isinstance(item, Issue):
            issues.append(item)
            continue
        n += 1
        h.update(hashlib.sha256(json.dumps([item.doc_id, sorted(item.meta.items()), item.text])
                                .encode("utf-8")).digest())
        chars += len(item.text)
        if chars > _KEEP_READ_CHARS:
            kept = None
    return h.hexdigest(), issues, n, kept


def _drain(items: collections.deque) -> Iterable:
    """The items, each let go of as it is taken (the build holds only what it is working on)."""
    while items:
        yield items.popleft()


def _cached_outputs(opts: BuildOptions, key: str) -> dict | None:
    cache = open_cache(opts.cache_dir, enabled=True)
    try:
        return None if cache.notice else cache.get_outputs(key)
    finally:
        cache.close()


def _last_pieces(opts: BuildOptions, salt: str | None) -> Reuse | None:
    """What this build's exporters may copy from the latest stored build (:func:`_previous_pieces`;
    None without a ``salt``). Read once the graph is built: the index's many small objects would
    otherwise weigh on every garbage collection of the graph's making."""
    if salt is None:
        return None
    cache = open_cache(opts.cache_dir, enabled=True)
    try:
        if cache.notice:
            return Reuse(salt)
        index = cache.get_pieces()
        latest = cache.get_outputs(index["outputs"]) if isinstance(index, dict) and index.get("outputs") else None
        return _previous_pieces(latest, index, salt)
    finally:
        cache.close()


def _previous_pieces(latest: dict | None, index: dict | None, salt: str) -> Reuse:
    """What the exporters may copy from the latest stored build (:class:`kg.export.pieces.Reuse`): its
    files (``latest``: its stored outputs) and where each subject's piece lies in them (``index``,
    stored beside them by :func:`_store_outputs`); an empty one (nothing to copy, pieces recorded for
    the next build) when there is none."""
    entries = (index or {}).get("pieces") or {}
    files = {}
    for fmt in entries:
        data = ((latest or {}).get("zfiles") or {}).get(fmt)
        if isinstance(data, str):
            with contextlib.suppress(ValueError, zlib.error):
                files[fmt] = _unpacked(data)
    return Reuse(salt, files, entries)


def _write_cached(cached: dict, read_issues: list[Issue], folder, eng: Engine, read_s: float,
                  on_issue) -> BuildReport:
    tally = Tally.from_json(cached["tally"])
    report = BuildReport(tally=tally, seconds={k: 0.0 for k in ("read", "parse", "load", "extract",
                                                                   "graph", "export")},
                         cache_hits=tally.articles, extractions_reused=tally.articles, outputs_reused=True)
    report.seconds["read"] = read_s
    for i in read_issues:
        report.issues.append(i)
        if on_issue:
            on_issue(i)
    files = {fmt: base64.b64decode(data) for fmt, data in cached.get("files", {}).items()}
    files.update({fmt: _unpacked(data) for fmt, data in cached.get("zfiles", {}).items()})
    exporters = {fmt: (eng.exporters[fmt][0], lambda _g, fh, _b=files[fmt]: fh.write(_b)) for fmt in files}
    t = time.perf_counter()
    report.outputs = write_outputs(None, folder.path, list(files), exporters, folder=folder)
    report.seconds["export"] = time.perf_counter() - t
    return report


_SIDE_FORMATS = ("graphml", "gexf")   # rendered in a forked process; they share one set of node/edge records


def _prerendered(graph, chosen: list[str], exporters: Mapping[str, tuple[str, Callable]]):
    """The exporters, those whose bytes were rendered here replaced by writers of those bytes.

    The four built-in formats take about as long in two groups (GraphML and GEXF, which share
    their node and edge records; Turtle and JSON-LD): on a machine with two cores or more, a
    process forked after the graph is built renders the first group while this one renders the
    second (the bytes are the same: the same code on the same graph). Anything that goes wrong in
    the forked process leaves its formats to be rendered as before, in this process."""
    side = [f for f in _SIDE_FORMATS if f in chosen and f in exporters]
    here = [f for f in chosen if f not in side and f in exporters]
    if not side or not here or len(here) + len(side) != len(chosen) or not _can_fork():
        return exporters
    import io  # noqa: PLC0415
    import tempfile  # noqa: PLC0415

    from kg.export.pieces import active  # noqa: PLC0415
    from kg.export.view import GraphView, shared  # noqa: PLC0415

    pieces = active()
    if pieces is not None and isinstance(graph, GraphView):   # the subjects' digests, made once for both
        from kg.export.pieces import subject_digests  # noqa: PLC0415

        subject_digests(graph)

    def render(formats: list[str]) -> dict[str, bytes]:
        out = {}
        with shared():
            for fmt in formats:
                buf = io.BytesIO()
                exporters[fmt][1](graph, buf)
                out[fmt] = buf.getvalue()
        return out

    rendered: dict[str, bytes] = {}
    with tempfile.TemporaryFile(prefix="kg-export-") as spool:
        before = pieces.reused if pieces is not None else 0
        pid = os.fork()
        if pid == 0:   # the forked process: render, spool, and leave without running any cleanup
            code = 1
            try:
                for fmt, data in render(side).items():
                    spool.write(json.dumps([fmt, len(data)]).encode("ascii") + b"\n")
                    spool.write(data)
                # what it recorded of the pieces (the GraphML/GEXF records) and how many it copied
                recorded = pieces.recorded() if pieces is not None else {}
                spool.write(json.dumps(["@reused", pieces.reused - before if pieces is not None else 0,
                                        len(recorded)]).encode("ascii") + b"\n")
                for fmt, entry in recorded.items():
                    data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
                    spool.write(json.dumps([fmt, len(data)]).encode("ascii") + b"\n")
                    spool.write(data)
                spool.flush()
                code = 0
            finally:
                os._exit(code)
        try:
            rendered.update(render(here))
        except BaseException:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            raise
        finally:
            _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) == 0:
            spool.seek(0)
            for _ in side:
                fmt, size = json.loads(spool.readline())
                rendered[fmt] = spool.read(size)
            _, reused, entries = json.loads(spool.readline())
            for _ in range(entries):
                fmt, size = json.loads(spool.readline())
                data = spool.read(size)
                if pieces is not None:
                    pieces.adopt(fmt, data)
            if pieces is not None:
                pieces.reused += reused
    return {fmt: (suffix, (lambda _g, fh, _b=rendered[fmt]: fh.write(_b)) if fmt in rendered else fn)
            for fmt, (suffix, fn) in exporters.items()}


def _can_fork() -> bool:
    """Whether formats may be rendered in a forked process: Linux (macOS's system libraries are not
    fork-safe), two CPUs or more for this process, and not switched off (``KG_EXPORT_FORK=0``)."""
    if not sys.platform.startswith("linux") or not hasattr(os, "fork") or os.environ.get("KG_EXPORT_FORK") == "0":
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) >= 2


def _teeing(exporters: Mapping[str, tuple[str, Callable]], captured: dict[str, bytes]):
    """The exporters, each also keeping a copy of the bytes it wrote in ``captured``."""
    import io  # noqa: PLC0415

    def tee(fmt, fn):
        def write(graph, fh):
            buf = io.BytesIO()
            fn(graph, buf)
            captured[fmt] = buf.getvalue()
            fh.write(captured[fmt])
        return write

    return {fmt: (suffix, tee(fmt, fn)) for fmt, (suffix, fn) in exporters.items()}


def _store_outputs(opts: BuildOptions, key: str, report: BuildReport, captured: dict[str, bytes],
                   pieces: Reuse | None = None) -> None:
    chosen = list(opts.formats) if opts.formats else sorted(captured)
    if set(chosen) != set(captured):
        return
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    # zlib lets go of the GIL while it compresses: the files are packed side by side (~0.6 s of
    # compression for the 80 MB of a 1,000-article build's four files, on one core before)
    with ThreadPoolExecutor(max_workers=min(len(chosen), os.cpu_count() or 1) or 1) as pool:
        index = pool.submit(_packed_index, key, pieces) if pieces is not None else None
        zfiles = dict(zip(chosen, pool.map(_packed, [captured.pop(f) for f in chosen])))
        index = index.result() if index is not None else None
    cache = open_cache(opts.cache_dir, enabled=True)
    try:
        cache.put_outputs(key, {"tally": report.tally.to_json(), "zfiles": zfiles})
        if index is not None:
            cache.put_pieces(index)
    finally:
        cache.close()


def _packed_index(key: str, pieces: Reuse) -> bytes:
    """The index of the pieces of the files stored under ``key`` (JSON, compressed), kept apart from
    them so that replaying an unchanged build never reads it."""
    return zlib.compress(pieces.recorded_json(key), 1)


def _packed(data: bytes) -> str:
    """Output bytes as the cache keeps them: compressed, then base64 (JSON holds text), so that a
    large graph's files are not also held as base64 and JSON text several times their size."""
    return base64.b64encode(zlib.compress(data, 1)).decode("ascii")


def _unpacked(data: str) -> bytes:
    """The output bytes :func:`_packed` stored."""
    return zlib.decompress(base64.b64decode(data))


build = build_files  # the name of the 0.1 library call


def _progress(total: int, enabled: bool):
    from tqdm import tqdm  # noqa: PLC0415

    return tqdm(total=total or None, unit="article", disable=not enabled, dynamic_ncols=True,
                file=sys.stderr, leave=False)
