"""Rebuilding an unchanged corpus replays the cached output bytes (kg.build.build_files)."""
from __future__ import annotations

import base64

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg.build
from build_fakes import article
from kg.build import BuildOptions, Tally, build_files
from kg.nlp.cache import ParseCache

ROOT = Path(__file__).resolve().parent.parent


def _corpus(tmp_path: Path, n: int = 2) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    return src


def _prefill(src: Path, opts: BuildOptions) -> dict[str, bytes]:
    """Store outputs under the key build_files computes, as an earlier build would have."""
    eng = kg.build.Engine().resolved(opts)
    key, issues, n, _ = kg.build._outputs_key([src], opts, eng)
    files = {fmt: f"{fmt} bytes".encode() for fmt in (opts.formats or sorted(eng.exporters))}
    cache = ParseCache(Path(opts.cache_dir) / "parses.sqlite")
    cache.put_outputs(key, {"tally": Tally(articles=n, sentences=7).to_json(),
                            "files": {f: base64.b64encode(b).decode("ascii") for f, b in files.items()}})
    cache.close()
    return files


def test_put_outputs_keeps_only_the_latest_builds(tmp_path):
    cache = ParseCache(tmp_path / "c.sqlite")
    for i in range(5):
        cache.put_outputs(f"k{i}", {"i": i}, keep=2)
    assert [cache.get_outputs(f"k{i}") for i in range(5)] == [None, None, None, {"i": 3}, {"i": 4}]
    cache.close()


def test_outputs_key_changes_with_anything_the_outputs_depend_on(tmp_path):
    src = _corpus(tmp_path)
    opts = BuildOptions(cache_dir=tmp_path / "c")
    eng = kg.build.Engine().resolved(opts)

    def key(o=opts):
        return kg.build._outputs_key([src], o, eng)[0]

    first = key()
    assert key() == first
    assert key(BuildOptions(cache_dir=tmp_path / "c", min_confidence=0.5)) != first
    assert key(BuildOptions(cache_dir=tmp_path / "c", formats=("turtle",))) != first
    assert key(BuildOptions(cache_dir=tmp_path / "c", rules=("holds",))) != first
    (src / "a1.txt").write_text(article(9), encoding="utf-8")
    assert key() != first
    (src / "a1.txt").write_text(article(1), encoding="utf-8")
    (src / "a2.txt").write_text(article(2), encoding="utf-8")
    assert key() != first


def test_an_unchanged_corpus_writes_the_cached_bytes(tmp_path):
    src = _corpus(tmp_path)
    opts = BuildOptions(cache_dir=tmp_path / "c", formats=("turtle", "jsonld"))
    files = _prefill(src, opts)
    report = build_files([src], tmp_path / "out", opts)
    assert report.outputs_reused and report.tally.articles == 2 and report.exit_code == 0
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == files["turtle"]
    assert (tmp_path / "out" / "graph.jsonld").read_bytes() == files["jsonld"]
    assert not (tmp_path / "out" / "graph.graphml").exists()
    assert "outputs reused" in report.summary()


def test_a_build_that_misses_reads_its_inputs_once(tmp_path, monkeypatch):
    """The articles read for the output key are the ones the build parses: not read twice."""
    src = _corpus(tmp_path, 3)
    calls, seen = [], {}
    real = kg.build.read_documents
    monkeypatch.setattr(kg.build, "read_documents", lambda *a, **k: calls.append(a) or real(*a, **k))

    def fake_build_graph(paths, opts, **kw):
        seen["docs"] = [d.doc_id for d in kw["_read"]]
        return None, kg.build.BuildReport()   # no article: nothing is written

    monkeypatch.setattr(kg.build, "build_graph", fake_build_graph)
    build_files([src], tmp_path / "out", BuildOptions(cache_dir=tmp_path / "c"))
    assert len(calls) == 1 and seen["docs"] == ["a0.txt", "a1.txt", "a2.txt"]


def test_no_cache_never_replays(tmp_path, monkeypatch):
    src = _corpus(tmp_path)
    opts = BuildOptions(cache_dir=tmp_path / "c", formats=("turtle",))
    _prefill(src, opts)
    monkeypatch.setattr(kg.build, "build_graph", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("built")))
    with pytest.raises(RuntimeError, match="built"):
        build_files([src], tmp_path / "out", BuildOptions(cache_dir=tmp_path / "c", formats=("turtle",),
                                                          use_cache=False))


def test_a_replayed_build_imports_neither_torch_nor_stanza(tmp_path):
    src = _corpus(tmp_path)
    opts = BuildOptions(cache_dir=tmp_path / "c")
    _prefill(src, opts)
    code = ("import sys, json; from kg.build import BuildOptions, build_files; "
            f"r = build_files([{str(src)!r}], {str(tmp_path / 'out')!r}, BuildOptions(cache_dir={str(tmp_path / 'c')!r})); "
            "print(json.dumps([r.outputs_reused, sorted(m for m in ('torch', 'stanza') if m in sys.modules)]))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[-1]) == [True, []]


def test_cached_outputs_are_data_not_pickles(tmp_path):
    """The output cache holds JSON: a pickle planted in its table is never unpickled (issue 12 item 7)."""
    import pickle
    import zlib

    cache = ParseCache(tmp_path / "parses.sqlite")
    cache.put_outputs("k", {"tally": Tally(articles=1, sentences=2, people={"person:a"}).to_json(), "files": {}})
    assert Tally.from_json(cache.get_outputs("k")["tally"]) == Tally(articles=1, sentences=2, people={"person:a"})

    class Boom:
        def __reduce__(self):
            return (exec, ("raise SystemExit('unpickled')",))

    with cache._conn:
        cache._conn.execute("UPDATE outputs SET value = ? WHERE key = 'k'", (zlib.compress(pickle.dumps(Boom())),))
    assert cache.get_outputs("k") is None
    cache.close()


def test_a_build_that_misses_gets_the_pieces_of_the_latest_stored_build(tmp_path):
    """On a miss, the exporters get the latest stored build's files with the index of their pieces
    (kg.export.pieces), stored apart from the outputs; a replay reads no index."""
    opts = BuildOptions(cache_dir=tmp_path / "c", formats=("turtle",))
    report = kg.build.BuildReport(tally=Tally(articles=1, sentences=1))
    assert kg.build._last_pieces(opts, "code").old("turtle", "ctx") == {}   # nothing stored yet
    for n in range(2):
        pieces = kg.build.Reuse("code")
        pieces.record("turtle", "ctx", [["d0", 0, 4 + n]])
        kg.build._store_outputs(opts, f"key-{n}", report, {"turtle": b"abcdef"}, pieces)
    assert kg.build._last_pieces(opts, "code").old("turtle", "ctx") == {"d0": b"abcde"}   # the latest build's
    assert kg.build._last_pieces(opts, "code").old("turtle", "other ctx") == {}
    assert kg.build._last_pieces(opts, None) is None     # no pipeline id (a test engine): no reuse


def test_stored_outputs_come_back_byte_for_byte(tmp_path):
    """What a build stores (compressed files) is what a replay writes."""
    from kg.atomic import OutputFolder

    opts = BuildOptions(cache_dir=tmp_path / "c", formats=("turtle", "jsonld"))
    report = kg.build.BuildReport(tally=Tally(articles=2, sentences=3))
    files = {"turtle": b"@prefix x: <http://x/> .\n" * 1000, "jsonld": "{\"caf\u00e9\": 1}\n".encode()}
    kg.build._store_outputs(opts, "key-1", report, dict(files))
    cached = kg.build._cached_outputs(opts, "key-1")
    assert "zfiles" in cached and len(json.dumps(cached)) < 2000   # compressed, not base64 of the bytes
    eng = kg.build.Engine().resolved(opts)
    with OutputFolder(tmp_path / "out") as folder:
        replay = kg.build._write_cached(cached, [], folder, eng, 0.0, None)
    assert replay.outputs_reused and replay.tally.articles == 2
    assert (tmp_path / "out" / "graph.ttl").read_bytes() == files["turtle"]
    assert (tmp_path / "out" / "graph.jsonld").read_bytes() == files["jsonld"]
