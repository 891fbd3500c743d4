"""--jobs N: the workers are forked with the parser the parent loaded once (``ParseSettings.preload``),
or load their own; either way the parses are those of one process."""
from __future__ import annotations

import multiprocessing
import os
import sys

import pytest

import build_fakes as fakes
from kg.model import Document
from kg.nlp import batch
from kg.nlp.batch import ParseSettings, parse_stream

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods(),
                                reason="workers are preloaded on Linux only")


def _docs(n):
    return [Document(doc_id=f"{i}.txt", text=fakes.article(i)) for i in range(n)]


def _run(docs, **kw):
    fakes.LOADS.clear()
    fakes.PARSE_CALLS.clear()
    settings = ParseSettings(factory=fakes.counting_factory, version="fake-1", batch_size=2, **kw)
    return [d.sentences for d in parse_stream(docs, settings)], settings


def test_preloaded_workers_parse_with_the_parents_parser():
    docs = _docs(7)
    serial, _ = _run(docs)
    assert fakes.LOADS == [os.getpid()] and sum(fakes.PARSE_CALLS) == 7
    par, settings = _run(docs, jobs=2, preload=True)
    assert par == serial
    assert fakes.LOADS == [os.getpid()]          # loaded once, here, before the workers were forked
    assert fakes.PARSE_CALLS == []               # ... and they did all the parsing
    assert settings.seconds["load"] > 0          # the load is this process's, so it is counted
    assert "parser" not in batch._STATE          # freed when the pool shut down


def test_without_preload_each_worker_loads_its_own():
    docs = _docs(5)
    par, settings = _run(docs, jobs=2, preload=False)
    assert par == _run(docs)[0]
    fakes.LOADS.clear()
    _run(docs, jobs=2, preload=False)
    assert fakes.LOADS == [] and settings.seconds["load"] == 0.0


def test_a_worker_killed_with_a_preloaded_parser_is_replaced():
    docs = _docs(6)
    docs[3] = Document(doc_id="3.txt", text=fakes.article(3) + "WORKER-KILL\n")
    fakes.LOADS.clear()
    settings = ParseSettings(factory=fakes.killing_factory, version="fake-1", batch_size=2, jobs=2, preload=True)
    out = list(parse_stream(docs, settings))
    died = [d for d in out if not isinstance(d, Document)]
    assert len(died) == 2 and all("died on this batch" in i.cause for i in died)   # only the batch of 3.txt
    assert [d.doc_id for d in out if isinstance(d, Document)] == ["0.txt", "1.txt", "4.txt", "5.txt"]


@pytest.mark.parametrize("factory, threads, preload, want", [
    (None, 1, None, True),                       # the real parser, one torch thread: preloaded
    (None, 2, None, False),                      # several threads: no fork after OpenMP
    (None, 2, True, False),
    (fakes.counting_factory, 1, None, False),    # a factory: only when asked
    (fakes.counting_factory, 1, True, True),
    (None, 1, False, False),
])
def test_when_workers_are_preloaded(factory, threads, preload, want):
    assert batch._preloads(ParseSettings(factory=factory, threads=threads, preload=preload, jobs=2)) is want
