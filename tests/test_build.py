"""kg.build with fake parser/pipeline/builder: streaming, caching, parallel runs, safe outputs."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import build_fakes as fakes
from kg.build import BuildOptions, build, write_outputs
from kg.errors import ExportError, InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def _corpus(tmp_path, n=5) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    for i in range(n):
        (d / f"{i:03d}.txt").write_text(fakes.article(i), encoding="utf-8")
    return d


def _build(inputs, out, tmp_path, engine=None, **kw):
    kw.setdefault("cache_dir", tmp_path / "cache")
    return build(inputs, out, BuildOptions(**kw), engine=engine or fakes.engine())


def test_build_samples_writes_every_format(tmp_path):
    report = _build([SAMPLES], tmp_path / "out", tmp_path)
    assert report.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.nt", "graph.ttl"]
    assert report.tally.articles == 5 and report.tally.sentences > 5


def test_build_doc_ids_are_file_names(tmp_path):
    eng = fakes.engine()
    _build([SAMPLES], tmp_path / "out", tmp_path, engine=eng)
    assert eng.corpus.order == sorted(p.name for p in SAMPLES.glob("*.txt"))


@pytest.mark.parametrize("formats, names", [(("turtle",), ["graph.ttl"]), (None, ["graph.nt", "graph.ttl"])])
def test_build_format_selection(tmp_path, formats, names):
    _build([SAMPLES], tmp_path / "out", tmp_path, formats=formats)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == names


def test_build_rebuild_is_byte_identical_and_cached(tmp_path):
    _build([SAMPLES], tmp_path / "a", tmp_path)
    report = _build([SAMPLES], tmp_path / "b", tmp_path)
    assert (report.cache_hits, report.cache_misses) == (5, 0)
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


@pytest.mark.parametrize("jobs", [2, 3])
def test_build_parallel_equals_serial(tmp_path, jobs):
    corpus = _corpus(tmp_path, 7)
    _build([corpus], tmp_path / "serial", tmp_path, use_cache=False, batch_size=2)
    report = _build([corpus], tmp_path / "par", tmp_path, use_cache=False, batch_size=2, jobs=jobs)
    assert report.exit_code == 0
    assert (tmp_path / "serial" / "graph.ttl").read_bytes() == (tmp_path / "par" / "graph.ttl").read_bytes()


def test_build_parses_in_batches(tmp_path):
    fakes.PARSE_CALLS.clear()
    _build([_corpus(tmp_path, 5)], tmp_path / "out", tmp_path, use_cache=False, batch_size=2)
    assert fakes.PARSE_CALLS == [2, 2, 1]


def test_build_bad_inputs_are_skipped_and_listed(tmp_path):
    corpus = _corpus(tmp_path, 2)
    (corpus / "empty.txt").write_bytes(b"")
    report = _build([corpus, tmp_path / "missing.txt"], tmp_path / "out", tmp_path)
    assert report.exit_code == 1
    assert sorted(Path(i.source).name for i in report.skipped) == ["empty.txt", "missing.txt"]
    assert "2 inputs skipped" in report.summary()


def test_build_nothing_usable_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    report = _build([tmp_path / "empty.txt"], tmp_path / "out", tmp_path)
    assert report.exit_code == 2 and not (tmp_path / "out").exists()


def test_build_extraction_failure_skips_only_that_article(tmp_path):
    def pipeline(doc):
        if doc.doc_id == "001.txt":
            raise ValueError("rule bug")
        return fakes.fake_pipeline(doc)

    report = _build([_corpus(tmp_path, 3)], tmp_path / "out", tmp_path, engine=fakes.engine(pipeline=pipeline))
    assert report.tally.articles == 2
    assert [i.cause for i in report.skipped] == [
        "extraction failed (ValueError: rule bug); please report this article"]


def test_build_exporter_failing_midway_keeps_the_old_file(tmp_path):
    _build([SAMPLES], tmp_path / "out", tmp_path)
    old = (tmp_path / "out" / "graph.ttl").read_bytes()

    def broken(graph, fh):
        fh.write(b"@prefix half: <")
        raise RuntimeError("disk full")

    eng = fakes.engine(exporters={**fakes.EXPORTERS, "turtle": (".ttl", broken)})
    with pytest.raises(ExportError, match=r"could not write turtle .*RuntimeError: disk full"):
        _build([_corpus(tmp_path, 2)], tmp_path / "out", tmp_path, engine=eng)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == old
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.nt", "graph.ttl"]


def test_build_interrupt_keeps_outputs_and_cache_consistent(tmp_path):
    corpus = _corpus(tmp_path, 6)
    _build([SAMPLES], tmp_path / "out", tmp_path)
    old = (tmp_path / "out" / "graph.ttl").read_bytes()

    def pipeline(doc):
        if doc.doc_id == "004.txt":
            raise KeyboardInterrupt
        return fakes.fake_pipeline(doc)

    with pytest.raises(KeyboardInterrupt):
        _build([corpus], tmp_path / "out", tmp_path, engine=fakes.engine(pipeline=pipeline), batch_size=2)
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == old
    report = _build([corpus], tmp_path / "out2", tmp_path, batch_size=2)
    assert report.cache_hits >= 4 and report.cache_hits + report.cache_misses == 6


def test_build_output_path_that_is_a_file_is_an_error(tmp_path):
    (tmp_path / "out").write_text("x")
    with pytest.raises(InputError, match="exists and is not a folder"):
        _build([SAMPLES], tmp_path / "out", tmp_path)


@pytest.mark.parametrize("fmt", ["rdfxml"])
def test_build_write_outputs_unknown_format(tmp_path, fmt):
    with pytest.raises(ExportError, match="Available formats: ntriples, turtle"):
        write_outputs(None, tmp_path, [fmt], fakes.EXPORTERS)


def test_build_summary_counts_topics(tmp_path):
    report = _build([_corpus(tmp_path, 3)], tmp_path / "out", tmp_path)
    assert report.summary().splitlines()[0].endswith("6 commitments (voter-participation 6)")


def test_build_killed_run_keeps_outputs_and_cache_consistent(tmp_path):
    """SIGKILL while parsing: the old graph is untouched and the cache holds exactly the finished batches."""
    import os
    import signal
    import subprocess
    import sys
    import time

    from kg.nlp.cache import ParseCache

    corpus = _corpus(tmp_path, 8)
    _build([SAMPLES], tmp_path / "out", tmp_path)
    old = (tmp_path / "out" / "graph.ttl").read_bytes()
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import build_fakes as f; from kg.build import "
            "BuildOptions, build; build([sys.argv[2]], sys.argv[3], BuildOptions(cache_dir=sys.argv[4], "
            "batch_size=2), engine=f.engine(parser_factory=f.slow_factory))")
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", code, str(Path(__file__).parent), str(corpus),
                             str(tmp_path / "out"), str(tmp_path / "cache")],
                            env={**os.environ, "KG_TEST_MARKER": str(marker)})
    try:
        for _ in range(600):
            if Path(f"{marker}.2").exists() or proc.poll() is not None:
                break
            time.sleep(0.1)
        assert Path(f"{marker}.2").exists()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == old
    cache = ParseCache(tmp_path / "cache" / "parses.sqlite")
    assert len(cache) == 5 + 2   # the samples, then the first batch of two; the second never committed
    cache.close()


def test_build_interrupt_stops_parallel_workers_at_once(tmp_path, monkeypatch):
    import multiprocessing

    monkeypatch.setenv("KG_TEST_MARKER", str(tmp_path / "marker"))

    def pipeline(doc):
        raise KeyboardInterrupt

    eng = fakes.engine(parser_factory=fakes.slow_factory, pipeline=pipeline)
    with pytest.raises(KeyboardInterrupt):
        _build([_corpus(tmp_path, 12)], tmp_path / "out", tmp_path, engine=eng, jobs=2, batch_size=2)
    # The pool's manager thread may be reaping a worker at the same moment (a reaped process
    # reads as alive until that thread records its exit code), so poll briefly; the slow
    # parser sleeps 60 s, so a worker that was not stopped is still listed after 10 s.
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("second_id, reused", [("fake-p1", 5), ("fake-p2", 0), (None, 0)])
def test_build_extractions_are_reused_only_for_the_same_pipeline(tmp_path, second_id, reused):
    _build([SAMPLES], tmp_path / "a", tmp_path, engine=fakes.engine(pipeline_id="fake-p1"))
    report = _build([SAMPLES], tmp_path / "b", tmp_path, engine=fakes.engine(pipeline_id=second_id))
    assert report.extractions_reused == reused
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()


def test_build_pipeline_fingerprint_changes_with_the_code(tmp_path, monkeypatch):
    import kg.build

    before = kg.build.pipeline_fingerprint()
    fake_root = tmp_path / "kg"
    (fake_root / "rules").mkdir(parents=True)
    (fake_root / "build.py").write_text("x")
    (fake_root / "rules" / "r.py").write_text("a")
    monkeypatch.setattr(kg.build, "PACKAGE_DIR", fake_root)
    one = kg.build.pipeline_fingerprint()
    (fake_root / "rules" / "r.py").write_text("b")
    assert len({before, one, kg.build.pipeline_fingerprint()}) == 3


@pytest.mark.parametrize("n", [1, 12, 300])
def test_build_bench_synthesises_distinct_indonesian_articles(n):
    """From the project's own files only, so a fresh clone without ../shared benches too (issue 12 item 16)."""
    from kg.bench import synthesise
    from kg.lang.detect import looks_indonesian

    texts = synthesise(n)
    assert len(set(texts)) == n and all(looks_indonesian(t)[0] for t in texts)


# --- issue 12 item 5: all outputs or none, one build per output folder ---

def test_build_one_failing_format_replaces_no_file(tmp_path):
    _build([SAMPLES], tmp_path / "out", tmp_path)
    old = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}

    def broken(graph, fh):
        raise OSError(28, "No space left on device")

    eng = fakes.engine(exporters={**fakes.EXPORTERS, "turtle": (".ttl", broken)})   # ntriples comes first
    with pytest.raises(ExportError, match="No output was replaced"):
        _build([_corpus(tmp_path, 2)], tmp_path / "out", tmp_path, engine=eng)
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == old


def test_build_second_build_on_the_same_folder_fails_at_once(tmp_path):
    from kg.atomic import OutputFolder
    from kg.errors import OutputBusyError

    with OutputFolder(tmp_path / "out"):
        with pytest.raises(OutputBusyError, match="another kg build is writing to this folder"):
            _build([SAMPLES], tmp_path / "out", tmp_path)
    assert _build([SAMPLES], tmp_path / "out", tmp_path).exit_code == 0


def test_build_stray_temporary_files_are_cleaned(tmp_path):
    (tmp_path / "out").mkdir()
    for name in (".graph.ttl.k2j3h4g5.tmp", "..kg-publish.json.abcdefgh.tmp"):
        (tmp_path / "out" / name).write_bytes(b"half")
    (tmp_path / "out" / "notes.tmp").write_bytes(b"not ours")
    _build([SAMPLES], tmp_path / "out", tmp_path)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.nt", "graph.ttl", "notes.tmp"]


def test_build_killed_while_publishing_is_completed_by_the_next_build(tmp_path):
    import subprocess
    import sys

    _build([SAMPLES], tmp_path / "out", tmp_path)
    old = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    code = ("import os, sys; sys.path.insert(0, sys.argv[1]); import build_fakes as f\n"
            "from kg.build import BuildOptions, build\n"
            "real, n = os.replace, [0]\n"
            "def replace(a, b):\n"
            "    n[0] += 1\n"
            "    if n[0] == 3: os._exit(9)   # killed after the journal and the first rename\n"
            "    real(a, b)\n"
            "os.replace = replace\n"
            "build([sys.argv[2]], sys.argv[3], BuildOptions(cache_dir=sys.argv[4]), engine=f.engine())\n")
    proc = subprocess.run([sys.executable, "-c", code, str(Path(__file__).parent), str(_corpus(tmp_path, 2)),
                           str(tmp_path / "out"), str(tmp_path / "cache")])
    assert proc.returncode == 9
    mixed = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir() if not p.name.startswith(".")}
    assert mixed["graph.nt"] != old["graph.nt"] and mixed["graph.ttl"] == old["graph.ttl"]   # the kill's window
    from kg.atomic import OutputFolder

    with OutputFolder(tmp_path / "out"):   # what the next build does first
        pass
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.nt", "graph.ttl"]
    fresh = _build([tmp_path / "in"], tmp_path / "ref", tmp_path)
    assert fresh.exit_code == 0
    def lines(d):   # N-Triples order differs between processes
        return {p.name: sorted(p.read_bytes().splitlines()) for p in d.iterdir()}

    assert lines(tmp_path / "out") == lines(tmp_path / "ref")


def test_build_duplicate_jsonl_ids_are_two_article_nodes(tmp_path):
    import json

    lines = [json.dumps({"id": "same", "text": fakes.article(i)}) for i in range(2)]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    eng = fakes.engine()
    report = _build([tmp_path / "x.jsonl"], tmp_path / "out", tmp_path, engine=eng)
    assert report.exit_code == 0 and eng.corpus.order == ["same", "same#2"]
    assert len(report.warnings) == 1


# --- issue 12 item 4: worker faults cost at most a batch; workers die with their parent ---

def test_build_worker_killed_costs_only_its_batch(tmp_path):
    corpus = _corpus(tmp_path, 8)
    (corpus / "003.txt").write_text(fakes.article(3) + "WORKER-KILL\n", encoding="utf-8")
    report = _build([corpus], tmp_path / "out", tmp_path, use_cache=False, batch_size=2, jobs=2,
                    engine=fakes.engine(parser_factory=fakes.killing_factory))
    assert report.exit_code == 1 and report.tally.articles == 6
    assert sorted(Path(i.source).name for i in report.skipped) == ["002.txt", "003.txt"]   # the batch of 003
    assert all("died on this batch (killed by SIGKILL: out of memory?), also when retried" in i.cause
               for i in report.skipped)
    assert (tmp_path / "out" / "graph.ttl").is_file()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return "\nState:\tZ" not in fh.read()
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_build_workers_die_with_their_parent(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    code = ("import sys; sys.path.insert(0, sys.argv[1]); import build_fakes as f; from kg.build import "
            "BuildOptions, build; build([sys.argv[2]], sys.argv[3], BuildOptions(use_cache=False, jobs=2, "
            "batch_size=1), engine=f.engine(parser_factory=f.pid_factory))")
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", code, str(Path(__file__).parent), str(_corpus(tmp_path, 8)),
                             str(tmp_path / "out")], env={**os.environ, "KG_TEST_MARKER": str(marker)})
    try:
        deadline = time.monotonic() + 60
        pids: list[int] = []
        while len(pids) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
            pids = [int(t) for t in (p.read_text() for p in tmp_path.glob("marker.pid.*")) if t]
        assert len(pids) == 2
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in pids if _alive(p)]
    for p in left:
        os.kill(p, signal.SIGKILL)
    assert left == []


def test_build_a_cached_extraction_needs_no_parse_read(tmp_path, monkeypatch):
    """A rebuild takes the unchanged articles' extractions (with their sentence outline) from the
    cache and never reads their parses: what it writes equals the first build's bytes."""
    import kg.nlp.cache

    _build([SAMPLES], tmp_path / "a", tmp_path, engine=fakes.engine(pipeline_id="fake-p1"))
    asked = []
    real = kg.nlp.cache.ParseCache.get_many
    monkeypatch.setattr(kg.nlp.cache.ParseCache, "get_many",
                        lambda self, keys, **kw: asked.extend(keys) or real(self, keys, **kw))
    report = _build([SAMPLES], tmp_path / "b", tmp_path, engine=fakes.engine(pipeline_id="fake-p1"))
    assert asked == [] and report.extractions_reused == 5 and report.cache_misses == 0
    assert report.tally.sentences > 5
    for name in ("graph.ttl", "graph.nt"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
