"""Batched, cached, optionally parallel parsing of a stream of documents.

:func:`parse_stream` takes the items :func:`kg.inputs.reader.read_documents` yields
(documents and issues), looks each batch up in the parse cache, parses the
misses (in this process, or in ``jobs`` worker processes that each load the
models once), stores the new parses in one transaction per batch, and yields
the items back *in input order* with ``sentences`` filled in. Every parse goes
through CoNLL-U (the cache format), so a cached rebuild and a fresh build see
identical sentences. At most ``2 * jobs`` batches are in flight, so memory
does not grow with the corpus.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from kg.nlp.cache import NullCache, ParseCache, text_key
from kg.nlp.conllu import read_conllu, write_conllu
from kg.inputs.reader import Issue
from kg.model import Document

__all__ = ["ParseSettings", "parse_stream", "parse_texts"]

_STATE: dict[str, object] = {}


@dataclass
class ParseSettings:
    """How to parse. ``factory(models, threads=...)`` builds a parser (default
    :func:`kg.nlp.parser.load_parser`); it must be picklable when ``jobs > 1``."""
    models: str = "bundled"
    jobs: int = 1
    threads: int = 1
    batch_size: int | None = None         # None: 16 in one process, 4 per task with jobs > 1
    factory: Callable | None = None
    version: str | None = None            # default: kg.nlp.parser.model_version(models)
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "load": 0.0})
    # ``parse`` is all of parsing as the build sees it (cache look-ups, CoNLL-U in and out, waiting
    # for workers); with jobs=1, ``parser`` is the time inside the parser alone (the benchmark's yardstick)

    def model_version(self) -> str:
        if self.version is None:
            from kg.nlp.parser import model_version  # noqa: PLC0415

            self.version = model_version(self.models)
        return self.version


def _init_worker(factory: Callable | None, models: str, threads: int, in_pool: bool = False) -> None:
    if in_pool:  # Ctrl-C is the parent's to handle: no traceback from every worker
        import signal  # noqa: PLC0415

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if factory is None:
        from kg.nlp.parser import load_parser as factory  # noqa: PLC0415
    t = time.perf_counter()
    _STATE["parser"] = factory(models, threads=threads)
    _STATE["load_seconds"] = time.perf_counter() - t


def parse_texts(texts: list[str]) -> list[str | Exception]:
    """Parse texts with this process's parser; one CoNLL-U string (or the error) per text.

    A batch that fails is retried one text at a time, so one bad article
    cannot take its batch down with it.
    """
    parser = _STATE["parser"]
    try:
        t = time.perf_counter()
        parsed = parser.parse_many(texts)
        _STATE["parser_seconds"] = _STATE.get("parser_seconds", 0.0) + time.perf_counter() - t
        return [write_conllu(s) for s in parsed]
    except Exception:  # noqa: BLE001 - isolate the article that breaks the parser
        out: list[str | Exception] = []
        for t in texts:
            try:
                out.append(write_conllu(parser.parse_many([t])[0]))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out


class _InProcess:
    """The ``jobs=1`` stand-in for a process pool: loads the parser on first use."""

    def __init__(self, settings: ParseSettings):
        self.settings = settings

    def submit(self, fn, *args) -> cf.Future:
        if "parser" not in _STATE or _STATE.get("key") != id(self.settings):
            _init_worker(self.settings.factory, self.settings.models, self.settings.threads)
            _STATE["key"] = id(self.settings)
            self.settings.seconds["load"] += _STATE["load_seconds"]
        fut: cf.Future = cf.Future()
        before = _STATE.get("parser_seconds", 0.0)
        fut.set_result(fn(*args))
        self.settings.seconds["parser"] = (self.settings.seconds.get("parser", 0.0)
                                           + _STATE.get("parser_seconds", 0.0) - before)
        return fut

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        _STATE.pop("parser", None)
        _STATE.pop("key", None)


def _executor(settings: ParseSettings):
    if settings.jobs <= 1:
        return _InProcess(settings)
    return cf.ProcessPoolExecutor(max_workers=settings.jobs, initializer=_init_worker,
                                  initargs=(settings.factory, settings.models, settings.threads, True))


def _batches(items: Iterable[Document | Issue], size: int) -> Iterator[list[Document | Issue]]:
    it = iter(items)
    while True:
        batch, ndocs = [], 0
        for item in it:
            batch.append(item)
            ndocs += isinstance(item, Document)
            if ndocs >= size:
                break
        if not batch:
            return
        yield batch


def parse_stream(items: Iterable[Document | Issue], settings: ParseSettings,
                 cache: ParseCache | NullCache | None = None) -> Iterator[Document | Issue]:
    """Yield the items in order, documents with ``sentences`` (see module docstring).

    An article the parser fails on becomes an :class:`Issue` instead.
    """
    cache = NullCache() if cache is None else cache
    version = settings.model_version()
    pool = None
    done = False
    pending: collections.deque = collections.deque()
    try:
        size = settings.batch_size or (16 if settings.jobs <= 1 else 4)
        for batch in _batches(items, size):
            keys = [text_key(d.text) for d in batch if isinstance(d, Document)]
            t = time.perf_counter()
            found = cache.get_many(keys, model=version)
            misses = {k: d.text for k, d in zip(keys, (d for d in batch if isinstance(d, Document)))
                      if k not in found}
            fut = None
            if misses:
                pool = pool or _executor(settings)
                fut = pool.submit(parse_texts, list(misses.values()))
            settings.seconds["parse"] += time.perf_counter() - t
            pending.append((batch, found, list(misses), fut))
            while len(pending) >= (2 * settings.jobs if settings.jobs > 1 else 1):
                yield from _finish(*pending.popleft(), cache, settings, version)
        while pending:
            yield from _finish(*pending.popleft(), cache, settings, version)
        done = True
    finally:
        if pool is not None:
            if not done:  # Ctrl-C, an error, or the consumer stopped: do not wait for running batches
                _terminate(pool)
            pool.shutdown(wait=done, cancel_futures=True)


def _terminate(pool, grace: float = 5.0) -> None:
    """Stop the pool's workers now (SIGTERM, then SIGKILL after ``grace`` seconds) and reap them."""
    procs = list((getattr(pool, "_processes", None) or {}).values())   # ProcessPoolExecutor's workers
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.join(timeout=grace)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=grace)


def _finish(batch, found: dict[str, str], miss_keys: list[str], fut, cache, settings: ParseSettings,
            version: str) -> Iterator[Document | Issue]:
    t = time.perf_counter()
    failed: dict[str, Exception] = {}
    if fut is not None:
        fresh = {}
        for k, res in zip(miss_keys, fut.result()):
            if isinstance(res, Exception):
                failed[k] = res
            else:
                fresh[k] = res
        cache.put_many(fresh, model=version)
        found = {**found, **fresh}
    parsed = [(item, found.get(text_key(item.text)) if isinstance(item, Document) else None)
              for item in batch]
    settings.seconds["parse"] += time.perf_counter() - t
    for item, conllu in parsed:
        if not isinstance(item, Document):
            yield item
        elif conllu is None:
            exc = failed.get(text_key(item.text))
            yield Issue(item.meta.get("source", item.doc_id),
                        f"the parser failed on this article ({type(exc).__name__}: {exc})")
        else:
            t = time.perf_counter()
            sents = read_conllu(conllu) if conllu else ()
            settings.seconds["parse"] += time.perf_counter() - t
            yield replace(item, sentences=sents)

