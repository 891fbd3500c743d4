"""Batched, cached, optionally parallel parsing of a stream of documents.

:func:`parse_stream` takes the items :func:`kg.inputs.reader.read_documents` yields
(documents and issues), looks each batch up in the parse cache, parses the
misses (in this process, or in ``jobs`` worker processes that each load the
models once), stores the new parses in one transaction per batch, and yields
the items back *in input order* with ``sentences`` filled in. Every parse is
stored as CoNLL-U (the cache format); a fresh parse in this process is used as the
parser gave it, which equals what reading its CoNLL-U back gives (tested), so a
cached rebuild and a fresh build see identical sentences. At most ``2 * jobs`` batches are in flight, so memory
does not grow with the corpus.
"""
from __future__ import annotations

import collections
import concurrent.futures as cf
import concurrent.futures.process  # noqa: F401 - BrokenProcessPool
import os
import time
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator

from kg.nlp.cache import NullCache, ParseCache, text_key
from kg.nlp.conllu import read_conllu, write_conllu
from kg.inputs.reader import Issue
from kg.model import Document

__all__ = ["ParseSettings", "parse_stream", "parse_texts", "parse_texts_with_sentences", "parse_issue"]

_STATE: dict[str, object] = {}


@dataclass
class ParseSettings:
    """How to parse. ``factory(models, threads=...)`` builds a parser (default
    :func:`kg.nlp.parser.load_parser`); it must be picklable when ``jobs > 1``."""
    models: str = "bundled"
    jobs: int = 1
    threads: int = 1
    batch_size: int | None = None         # None: 16 in one process, 8 per task with jobs > 1
    factory: Callable | None = None
    version: str | None = None            # default: kg.nlp.parser.model_version(models)
    preload: bool | None = None           # jobs > 1: load the parser once here and fork the workers with it
                                          # (None: for the real parser with one thread, where fork is available)
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "load": 0.0})
    # ``parse`` is all of parsing as the build sees it (cache look-ups, CoNLL-U in and out, waiting
    # for workers); with jobs=1, ``parser`` is the time inside the parser alone (the benchmark's yardstick),
    # and ``parser_cpu`` / ``load_cpu`` the CPU seconds of the parser and of loading it (steadier on
    # shared cores)

    def model_version(self) -> str:
        if self.version is None:
            from kg.nlp.parser import model_version  # noqa: PLC0415

            self.version = model_version(self.models)
        return self.version


def _die_with(parent: int) -> None:
    """End this worker when ``parent`` dies, even by SIGKILL: PR_SET_PDEATHSIG on Linux, and a
    watchdog thread everywhere (a worker left behind holds ~480 MB for good)."""
    import signal  # noqa: PLC0415
    import sys  # noqa: PLC0415
    import threading  # noqa: PLC0415

    if sys.platform.startswith("linux"):
        import contextlib  # noqa: PLC0415
        import ctypes  # noqa: PLC0415

        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)   # PR_SET_PDEATHSIG
    if os.getppid() != parent:   # it died before we were watching
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watchdog", daemon=True).start()


def _init_worker(factory: Callable | None, models: str, threads: int, in_pool: bool = False,
                 parent: int | None = None, inherited: int | None = None) -> None:
    """Load this process's parser; ``inherited``: the key of a parser the parent loaded before
    forking this worker (in ``_STATE``, copied with the process), used as it is."""
    if in_pool:  # Ctrl-C is the parent's to handle: no traceback from every worker
        import signal  # noqa: PLC0415

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _die_with(parent)
    if inherited is not None and _STATE.get("key") == inherited and "parser" in _STATE:
        _STATE["load_seconds"] = _STATE["load_cpu"] = 0.0
        return
    if factory is None:
        from kg.nlp.parser import load_parser as factory  # noqa: PLC0415
    t, c = time.perf_counter(), time.process_time()
    _STATE["parser"] = factory(models, threads=threads)
    _STATE["load_seconds"] = time.perf_counter() - t
    _STATE["load_cpu"] = time.process_time() - c


def parse_texts(texts: list[str]) -> list[str | Exception]:
    """Parse texts with this process's parser; one CoNLL-U string (or the error) per text.

    A batch that fails is retried one text at a time, so one bad article
    cannot take its batch down with it.
    """
    return [r if isinstance(r, Exception) else r[0] for r in parse_texts_with_sentences(texts)]


def parse_texts_with_sentences(texts: list[str]) -> list[tuple[str, tuple] | Exception]:
    """:func:`parse_texts` keeping the parser's sentences beside their CoNLL-U: in one process a
    first build uses them as they are instead of reading the CoNLL-U back (they are equal:
    ``read_conllu(write_conllu(s)) == s``, checked in the tests)."""
    parser = _STATE["parser"]
    try:
        t, c = time.perf_counter(), time.process_time()
        parsed = parser.parse_many(texts)
        _STATE["parser_seconds"] = _STATE.get("parser_seconds", 0.0) + time.perf_counter() - t
        _STATE["parser_cpu"] = _STATE.get("parser_cpu", 0.0) + time.process_time() - c
        return [(write_conllu(s), s) for s in parsed]
    except Exception:  # noqa: BLE001 - isolate the article that breaks the parser
        out: list[tuple[str, tuple] | Exception] = []
        for t in texts:
            try:
                s = parser.parse_many([t])[0]
                out.append((write_conllu(s), s))
            except Exception as exc:  # noqa: BLE001
                out.append(exc)
        return out


class _InProcess:
    """The ``jobs=1`` stand-in for a process pool: loads the parser on first use."""

    def __init__(self, settings: ParseSettings):
        self.settings = settings

    def submit(self, fn, *args) -> cf.Future:
        _load_here(self.settings)
        fut: cf.Future = cf.Future()
        before, before_cpu = _STATE.get("parser_seconds", 0.0), _STATE.get("parser_cpu", 0.0)
        fut.set_result(fn(*args))
        self.settings.seconds["parser"] = (self.settings.seconds.get("parser", 0.0)
                                           + _STATE.get("parser_seconds", 0.0) - before)
        self.settings.seconds["parser_cpu"] = (self.settings.seconds.get("parser_cpu", 0.0)
                                               + _STATE.get("parser_cpu", 0.0) - before_cpu)
        return fut

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        _STATE.pop("parser", None)
        _STATE.pop("key", None)


def _load_here(settings: ParseSettings) -> None:
    """Load the parser in this process (once per ``settings``), its time counted as ``load``."""
    if "parser" not in _STATE or _STATE.get("key") != id(settings):
        _init_worker(settings.factory, settings.models, settings.threads)
        _STATE["key"] = id(settings)
        settings.seconds["load"] += _STATE["load_seconds"]
        settings.seconds["load_cpu"] = settings.seconds.get("load_cpu", 0.0) + _STATE["load_cpu"]


def _preloads(settings: ParseSettings) -> bool:
    """Whether a pool's workers are forked from this process with its parser loaded.

    Loading the Stanza models costs each worker ~4 CPU s (importing torch and Stanza, reading and
    casting the weights); forked after one load here, the workers start parsing at once and share
    the weights' memory pages. Only with the ``fork`` start method (a spawned worker inherits
    nothing) and one torch thread (a process that has run a multi-threaded OpenMP region cannot
    fork safely), on Linux (macOS's system libraries are not fork-safe); by default only for the
    real parser (a test's factory may count its loads)."""
    import multiprocessing as mp  # noqa: PLC0415
    import sys  # noqa: PLC0415

    want = settings.preload if settings.preload is not None else settings.factory is None
    return (bool(want) and settings.threads <= 1 and sys.platform.startswith("linux")
            and "fork" in mp.get_all_start_methods())


def _executor(settings: ParseSettings):
    if settings.jobs <= 1:
        return _InProcess(settings)
    return _Pool(settings)


class WorkerDied(RuntimeError):
    """A parsing process ended abruptly (killed, out of memory) while parsing a batch, twice."""


class _Pool:
    """Worker processes that survive a worker's death: the pool is replaced and each batch
    that was in flight is parsed again, alone, once; a batch that kills its worker again
    comes back as :class:`WorkerDied` for each of its texts (so it costs only that batch)."""

    def __init__(self, settings: ParseSettings):
        self.settings, self.generation = settings, 0
        self.preloaded = _preloads(settings)
        if self.preloaded:
            _load_here(settings)      # the workers (and any replacing a dead one) are forked with it
        self.pool = self._new()

    def _new(self) -> cf.ProcessPoolExecutor:
        s = self.settings
        if self.preloaded:
            import multiprocessing as mp  # noqa: PLC0415

            return cf.ProcessPoolExecutor(max_workers=s.jobs, mp_context=mp.get_context("fork"),
                                          initializer=_init_worker,
                                          initargs=(s.factory, s.models, s.threads, True, os.getpid(), id(s)))
        return cf.ProcessPoolExecutor(max_workers=s.jobs, initializer=_init_worker,
                                      initargs=(s.factory, s.models, s.threads, True, os.getpid()))

    def submit(self, fn, *args):
        return _Task(self.pool.submit(fn, *args), fn, args, self.generation)

    def result(self, task: "_Task"):
        try:
            return task.fut.result()
        except cf.process.BrokenProcessPool:
            if task.generation == self.generation:
                self._restart()
        try:                       # again, alone: was it this batch?
            return self.pool.submit(task.fn, *task.args).result()
        except cf.process.BrokenProcessPool:
            how = self._restart()
            return [WorkerDied(f"the parsing process died on this batch ({how}), also when retried; "
                               f"the batch was skipped") for _ in task.args[0]]

    def _restart(self) -> str:
        """Replace the broken pool; how its workers ended (e.g. 'killed by SIGKILL: out of memory?')."""
        import signal  # noqa: PLC0415

        procs = list((getattr(self.pool, "_processes", None) or {}).values())
        for proc in procs:
            proc.join(timeout=1.0)    # reaped, so its exit code is known
        codes = [proc.exitcode for proc in procs if proc.exitcode not in (None, 0)]
        _terminate(self.pool, grace=1.0)
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.generation += 1
        self.pool = self._new()
        sig = signal.SIGKILL if -signal.SIGKILL in codes else next((-c for c in codes if c < 0), None)
        return ("killed by SIGKILL: out of memory?" if sig == signal.SIGKILL else f"killed by signal {sig}"
                if sig else f"exit status {codes[0]}" if codes else "ended abruptly")

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=cancel_futures)
        if self.preloaded and _STATE.get("key") == id(self.settings):
            _STATE.pop("parser", None)    # this process never parses with it: free it
            _STATE.pop("key", None)


@dataclass
class _Task:
    fut: cf.Future
    fn: Callable
    args: tuple
    generation: int


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


def _needs_parse(item: Document | Issue) -> bool:
    """A document without sentences; one that has them (e.g. a cached extraction) passes through."""
    return isinstance(item, Document) and item.sentences is None


def parse_stream(items: Iterable[Document | Issue], settings: ParseSettings,
                 cache: ParseCache | NullCache | None = None) -> Iterator[Document | Issue]:
    """Yield the items in order, documents with ``sentences`` (see module docstring).

    A document that already has ``sentences`` is yielded as it is, neither looked up nor parsed.

    An article the parser fails on becomes an :class:`Issue` instead.
    """
    cache = NullCache() if cache is None else cache
    version = settings.model_version()
    pool = None
    done = False
    pending: collections.deque = collections.deque()
    try:
        # 8 articles per task with workers (was 4): the parser's own batches fill better (workers' CPU on 100
        # bench articles 27.0 -> 24.8 s), and 2 * jobs tasks in flight still keep every worker busy
        size = settings.batch_size or (16 if settings.jobs <= 1 else 8)
        for batch in _batches(items, size):
            docs = [d for d in batch if _needs_parse(d)]
            keys = [text_key(d.text) for d in docs]
            t = time.perf_counter()
            found = cache.get_many(keys, model=version) if keys else {}
            misses = {k: d.text for k, d in zip(keys, docs) if k not in found}
            fut = None
            if misses:
                pool = pool or _executor(settings)
                fut = pool.submit(parse_texts if settings.jobs > 1 else parse_texts_with_sentences,
                                  list(misses.values()))
            settings.seconds["parse"] += time.perf_counter() - t
            pending.append((batch, found, list(misses), fut))
            while len(pending) >= (2 * settings.jobs if settings.jobs > 1 else 1):
                yield from _finish(*pending.popleft(), cache, settings, version, pool)
        while pending:
            yield from _finish(*pending.popleft(), cache, settings, version, pool)
        done = True
    finally:
        if pool is not None:
            if not done:  # Ctrl-C, an error, or the consumer stopped: do not wait for running batches
                _terminate(pool)
            pool.shutdown(wait=done, cancel_futures=True)


def _terminate(pool, grace: float = 5.0) -> None:
    """Stop the pool's workers now (SIGTERM, then SIGKILL after ``grace`` seconds) and reap them."""
    pool = getattr(pool, "pool", pool)                                   # a _Pool: its executor
    procs = list((getattr(pool, "_processes", None) or {}).values())   # ProcessPoolExecutor's workers
    for proc in procs:
        proc.terminate()
    for proc in procs:
        proc.join(timeout=grace)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=grace)


def _finish(batch, found: dict[str, str], miss_keys: list[str], fut, cache, settings: ParseSettings,
            version: str, pool=None) -> Iterator[Document | Issue]:
    t = time.perf_counter()
    failed: dict[str, Exception] = {}
    direct: dict[str, tuple] = {}     # the parser's own sentences (one process), not read back
    if fut is not None:
        fresh = {}
        for k, res in zip(miss_keys, pool.result(fut) if isinstance(fut, _Task) else fut.result()):
            if isinstance(res, Exception):
                failed[k] = res
            elif isinstance(res, tuple):
                fresh[k], direct[k] = res
            else:
                fresh[k] = res
        cache.put_many(fresh, model=version)
        found = {**found, **fresh}
    keys = [text_key(item.text) if _needs_parse(item) else None for item in batch]
    settings.seconds["parse"] += time.perf_counter() - t
    for item, key in zip(batch, keys):
        conllu = found.get(key) if key is not None else None
        if key is None:
            yield item
        elif conllu is None:
            yield parse_issue(item, failed.get(key))
        else:
            t = time.perf_counter()
            sents = direct[key] if key in direct else read_conllu(conllu) if conllu else ()
            settings.seconds["parse"] += time.perf_counter() - t
            yield replace(item, sentences=sents)


def parse_issue(doc: Document, exc: BaseException | None) -> Issue:
    """The issue of an article the parser failed on (the article is skipped, the corpus goes on)."""
    return Issue(doc.meta.get("source", doc.doc_id), f"the parser failed on this article ({type(exc).__name__}: {exc})")
