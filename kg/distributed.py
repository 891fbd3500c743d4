"""``kg build --scheduler``: parse, extract and build partition graphs on a Dask cluster.

Three phases (see docs/scale.md):

1. **Parse and extract** (workers, one task per partition of articles). The
   client looks every article up in the parse cache first and sends the
   cached CoNLL-U along; workers parse only the misses (each worker process
   loads the models once) and return the extracted documents plus the new
   parses, which the client stores in the cache.
2. **Resolve** (client, in input order): :class:`kg.extract.resolve.CorpusIndex` makes
   entity keys corpus-canonical. This is sequential by nature but cheap.
3. **Partition graphs** (workers): each partition's graph builder gets its own
   documents in full and, for every other document, only its article record and
   entities (no sentences, no assertions), so entity names, aliases and posts are
   decided from the whole corpus exactly as in a single process. Each partition
   graph goes back as N-Triples and all are merged into one Oxigraph store
   (a set: shared triples collapse), from which the exporters write the files.

The merged graph equals the single-process graph (tests/test_distributed.py).
"""
from __future__ import annotations

import copy
import os
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable

from kg.build import BuildOptions, BuildReport, Engine, extract_one, write_outputs
from kg.nlp.cache import open_cache, text_key
from kg.nlp.conllu import read_conllu
from kg.errors import KgError
from kg.inputs.reader import Issue, discover, read_documents
from kg.model import Document

__all__ = ["build_distributed", "connect", "merge_ntriples"]

_LOCK = threading.Lock()
_PIPELINES: dict[tuple, Callable] = {}


def connect(scheduler: str):
    """A Dask client: ``local:N`` starts a local cluster of N single-thread worker
    processes; anything else is a scheduler address (``tcp://host:8786``)."""
    try:
        from dask.distributed import Client, LocalCluster  # noqa: PLC0415
    except ImportError:
        raise KgError("--scheduler needs Dask: pip install 'pemilu-kg[scale]'") from None
    if scheduler.startswith("local:"):
        try:
            n = int(scheduler.partition(":")[2])
        except ValueError:
            raise KgError(f"bad scheduler {scheduler!r}: use local:N (N workers) or a scheduler address") from None
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    try:
        return Client(scheduler, timeout="30s")
    except OSError as exc:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def _parse_extract(docs: list[Document], found: dict[str, str], factory, models: str, threads: int,
                   pipeline, rules) -> tuple[list[Document | Issue], dict[str, str]]:
    """Worker task: parse the misses, run the per-document pipeline."""
    from kg.nlp import batch as parsing  # noqa: PLC0415

    misses = [d for d in docs if text_key(d.text) not in found]
    fresh: dict[str, str] = {}
    failed: dict[str, Exception] = {}
    if misses:
        with _LOCK:  # one parser per worker process, shared by its threads
            if "parser" not in parsing._STATE:
                parsing._init_worker(factory, models, threads)
            results = parsing.parse_texts([d.text for d in misses])
        for d, res in zip(misses, results):
            (failed if isinstance(res, Exception) else fresh)[text_key(d.text)] = res
    if pipeline is None:
        pipeline = _PIPELINES.get(rules)
        if pipeline is None:
            from kg.pipeline import default_pipeline  # noqa: PLC0415
            pipeline = _PIPELINES.setdefault(rules, default_pipeline(rules))
    out: list[Document | Issue] = []
    for d in docs:
        k = text_key(d.text)
        if k in failed:
            out.append(parsing.parse_issue(d, failed[k]))
            continue
        conllu = found.get(k, fresh.get(k, ""))
        out.append(extract_one(pipeline, replace(d, sentences=read_conllu(conllu) if conllu else ())))
    return out, fresh


def _light(doc: Document) -> Document:
    """What another partition needs of a document: its article record and entities."""
    return Document(doc_id=doc.doc_id, text="", meta=doc.meta, sentences=(), mentions=(),
                    entities=doc.entities, assertions=())


def _partition_graph(own: dict[int, Document], light: list[Document], template, renames) -> tuple[bytes, list]:
    """Worker task: one partition's graph as N-Triples, plus its prefixes."""
    builder = copy.deepcopy(template)
    for i, d in enumerate(light):
        builder.add(own.get(i, d))
    g = builder.finish(renames)
    return g.serialize(format="nt", encoding="utf-8"), [(p, str(ns)) for p, ns in g.namespaces()]


def merge_ntriples(parts: Iterable[tuple[bytes, list]], store_path: str | os.PathLike | None = None):
    """Merge partition graphs into one rdflib graph with the prefixes (a set: triples that several
    partitions share collapse).

    In memory the N-Triples go straight into rdflib, so every literal keeps its lexical form and
    the exports equal the one-process build's byte for byte. With ``store_path`` they are merged
    in an on-disk Oxigraph store first (for graphs larger than memory); Oxigraph writes literals
    in canonical form (``"1.0"^^xsd:decimal`` as ``"1"``), so the JSON-LD may then differ in
    such lexical forms (the triples are equal as values).
    """
    import rdflib  # noqa: PLC0415

    graph = rdflib.Graph(bind_namespaces="none")
    prefixes: dict[str, str] = {}
    store = None
    if store_path:
        import pyoxigraph  # noqa: PLC0415

        store = pyoxigraph.Store(str(store_path))
    for nt, namespaces in parts:
        if store is not None:
            store.bulk_load(nt, format=pyoxigraph.RdfFormat.N_TRIPLES)
        else:
            graph.parse(data=nt.decode("utf-8"), format="nt")
        for p, ns in namespaces:
            prefixes.setdefault(p, ns)
    for p, ns in prefixes.items():
        graph.bind(p, ns, override=True)
    if store is not None:
        # Back through N-Triples: rdflib's own terms, so plain literals stay plain (not ^^xsd:string).
        graph.parse(data=store.dump(format=pyoxigraph.RdfFormat.N_TRIPLES, from_graph=pyoxigraph.DefaultGraph()),
                    format="nt")
    return graph


def build_distributed(paths: Iterable[str | os.PathLike], out_dir: str | os.PathLike,
                      options: BuildOptions | None = None, *, scheduler: str = "local:2", client=None,
                      engine: Engine | None = None, partition_size: int = 32,
                      on_issue: Callable[[Issue], None] | None = None) -> BuildReport:
    """Like :func:`kg.build.build`, with phases 1 and 3 on Dask (module docstring).

    Pass ``client`` to reuse a running :class:`dask.distributed.Client`.
    """
    opts = options or BuildOptions()
    given = engine or Engine()
    report = BuildReport(seconds={k: 0.0 for k in ("read", "parse", "load", "extract", "graph", "export")})

    def issue(i: Issue) -> None:
        report.issues.append(i)
        if on_issue:
            on_issue(i)

    if Path(out_dir).exists() and not Path(out_dir).is_dir():
        raise KgError(f"{out_dir}: the output path exists and is not a folder")
    sources, found_issues = discover(paths)
    for i in found_issues:
        issue(i)
    own_client = client is None
    client = client or connect(scheduler)
    cache = open_cache(opts.cache_dir, enabled=opts.use_cache,
                       on_notice=lambda where, cause: issue(Issue(where, cause, skipped=False)))
    try:
        eng = given.resolved(opts)
        version = given.model_version
        if version is None:
            from kg.nlp.parser import model_version  # noqa: PLC0415
            version = model_version(opts.models)
        t = time.perf_counter()
        futures, batch = [], []

        def submit() -> None:
            found = cache.get_many([text_key(d.text) for d in batch], model=version)
            futures.append(client.submit(_parse_extract, list(batch), found, given.parser_factory, opts.models,
                                         opts.threads, given.pipeline, opts.rules, pure=False))
            batch.clear()

        for item in read_documents(sources, opts.inputs):
            if isinstance(item, Issue):
                issue(item)
                continue
            batch.append(item)
            if len(batch) >= partition_size:
                submit()
        if batch:
            submit()
        docs: list[Document] = []
        for fut in futures:                      # in input order
            items, fresh = fut.result()
            fut.release()
            cache.put_many(fresh, model=version)
            for item in items:
                if isinstance(item, Issue):
                    issue(item)
                else:
                    doc = eng.corpus.add(item)
                    report.tally.add(doc, opts.min_confidence)
                    docs.append(doc)
        report.seconds["parse"] = time.perf_counter() - t
        if not docs:
            return report
        t = time.perf_counter()
        renames = eng.corpus.renames()
        report.tally.rename(renames)
        [light] = client.scatter([[_light(d) for d in docs]], broadcast=True)
        parts = [client.submit(_partition_graph, {i: docs[i] for i in range(s, min(s + partition_size, len(docs)))},
                               light, eng.builder, renames, pure=False)
                 for s in range(0, len(docs), partition_size)]
        del docs
        graph = merge_ntriples(f.result() for f in parts)
        report.seconds["graph"] = time.perf_counter() - t
        t = time.perf_counter()
        report.outputs = write_outputs(graph, Path(out_dir), opts.formats, eng.exporters)
        report.seconds["export"] = time.perf_counter() - t
        return report
    finally:
        report.cache_hits, report.cache_misses = cache.hits, cache.misses
        cache.close()
        if own_client:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
