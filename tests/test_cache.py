"""The SQLite parse cache: keys, invalidation when the models change, crash safety, location."""
from __future__ import annotations

from pathlib import Path

import pytest

import build_fakes as fakes
from kg.nlp.cache import NullCache, ParseCache, default_cache_dir, open_cache, text_key
from kg.model import Document
from kg.nlp.batch import ParseSettings, parse_stream


@pytest.fixture
def cache(tmp_path):
    c = ParseCache(tmp_path / "parses.sqlite")
    yield c
    c.close()


def _docs(texts):
    return [Document(doc_id=f"{i}.txt", text=t) for i, t in enumerate(texts)]


def _run(docs, cache, version="fake-1", **kw):
    fakes.PARSE_CALLS.clear()
    settings = ParseSettings(factory=fakes.fake_factory, version=version, **kw)
    out = list(parse_stream(docs, settings, cache))
    return out, sum(fakes.PARSE_CALLS)


@pytest.mark.parametrize("model, found", [("m1", True), ("m2", False)])
def test_cache_get_is_keyed_by_text_and_model(cache, model, found):
    cache.put_many({text_key("a"): "CONLLU-A"}, model="m1")
    assert cache.get_many([text_key("a")], model=model) == ({text_key("a"): "CONLLU-A"} if found else {})


def test_cache_put_is_all_or_nothing(cache):
    class Exploding(dict):
        def items(self):
            yield text_key("a"), "A"
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        cache.put_many(Exploding(), model="m1")
    assert len(cache) == 0


def test_cache_corrupt_file_is_moved_aside(tmp_path):
    path = tmp_path / "parses.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    c = ParseCache(path)
    c.put_many({text_key("a"): "A"}, model="m1")
    assert "was unreadable" in c.notice and len(c) == 1
    assert len(list(tmp_path.glob("parses.sqlite.corrupt-*"))) == 1
    c.close()


@pytest.mark.parametrize("env, expected", [("/tmp/kg-cache-here", Path("/tmp/kg-cache-here")), (None, None)])
def test_cache_default_dir_honours_env(monkeypatch, env, expected):
    if env:
        monkeypatch.setenv("KG_CACHE_DIR", env)
    else:
        monkeypatch.delenv("KG_CACHE_DIR", raising=False)
    from platformdirs import user_cache_dir

    assert default_cache_dir() == (expected or Path(user_cache_dir("pemilu-kg")))


@pytest.mark.parametrize("enabled, kind", [(True, ParseCache), (False, NullCache)])
def test_cache_open_cache_kind(tmp_path, enabled, kind):
    c = open_cache(tmp_path, enabled=enabled)
    assert isinstance(c, kind)
    c.close()


def test_cache_second_run_parses_nothing(cache):
    docs = _docs([fakes.article(i) for i in range(5)])
    first, parsed1 = _run(docs, cache)
    second, parsed2 = _run(docs, cache)
    assert (parsed1, parsed2) == (5, 0)
    assert [d.sentences for d in first] == [d.sentences for d in second]


def test_cache_adding_one_article_parses_only_that_one(cache):
    _run(_docs([fakes.article(i) for i in range(4)]), cache)
    _, parsed = _run(_docs([fakes.article(i) for i in range(5)]), cache)
    assert parsed == 1


@pytest.mark.parametrize("version, parsed", [("fake-1", 0), ("fake-2", 3)])
def test_cache_model_version_change_invalidates(cache, version, parsed):
    docs = _docs([fakes.article(i) for i in range(3)])
    _run(docs, cache, version="fake-1")
    assert _run(docs, cache, version=version)[1] == parsed


def test_cache_model_files_change_changes_the_version(tmp_path):
    """The real key: kg.nlp.parser.model_version hashes the model files, so retrained models miss the cache."""
    from kg.nlp.parser import MODEL_FILES, model_version

    d = tmp_path / "models"
    d.mkdir()
    for name in MODEL_FILES.values():
        (d / name).write_bytes(name.encode() * 400)
    before = model_version(d)
    (d / "ner.pt").write_bytes(b"retrained" * 400)
    assert model_version(d) != before


def test_cache_model_version_is_hashed_once_until_a_file_changes(tmp_path, monkeypatch):
    """The 21 MB of models are hashed once per process; a same-size rewrite (new mtime) is seen."""
    import os
    import pathlib

    from kg.nlp.parser import MODEL_FILES, model_version

    d = tmp_path / "models"
    d.mkdir()
    for name in MODEL_FILES.values():
        (d / name).write_bytes(name.encode() * 400)
    first = model_version(d)
    real = pathlib.Path.read_bytes
    with monkeypatch.context() as m:
        m.setattr(pathlib.Path, "read_bytes", lambda self: pytest.fail(f"{self} read again"))
        assert model_version(d) == first
    f = d / MODEL_FILES["ner"]
    size, mtime = f.stat().st_size, f.stat().st_mtime_ns
    f.write_bytes(real(f)[::-1])                       # same size, other bytes
    os.utime(f, ns=(mtime + 10**9, mtime + 10**9))      # a second later, as a retraining would be
    assert f.stat().st_size == size and model_version(d) != first


def test_cache_no_cache_bypasses(tmp_path):
    docs = _docs([fakes.article(i) for i in range(2)])
    c = ParseCache(tmp_path / "p.sqlite")
    _run(docs, c)
    _, parsed = _run(docs, NullCache())
    assert parsed == 2 and len(c) == 2
    c.close()


def test_cache_parser_crash_on_one_article_skips_only_it(cache):
    docs = _docs([fakes.article(1), "PARSER-CRASH " + fakes.article(2), fakes.article(3)])
    out, _ = _run(docs, cache)
    assert [type(x).__name__ for x in out] == ["Document", "Issue", "Document"]
    assert out[1].cause == "the parser failed on this article (RuntimeError: fake parser crash)"
    assert len(cache) == 2


@pytest.mark.parametrize("stored, expected", [
    (Document(doc_id="a.txt", text="x", entities=()), Document(doc_id="a.txt", text="x", entities=())),
    (None, None),
])
def test_cache_extraction_round_trip(cache, stored, expected):
    if stored is not None:
        cache.put_extractions({"k": stored})
    assert cache.get_extraction("k") == expected


def test_cache_unreadable_extraction_is_a_miss(cache):
    with cache._conn:
        cache._conn.execute("INSERT INTO extractions VALUES ('k', x'00ff', 0)")
    assert cache.get_extraction("k") is None


# --- issue 12 item 7: cache faults never stop a run; the cache never runs code ---

def _fill(cache, n=300):
    cache.put_many({text_key(str(i)): "x" * 3000 + str(i) for i in range(n)}, model="m")


def _corrupt_pages(path: Path) -> None:
    with open(path, "r+b") as fh:          # keep the header page: the file still opens as a database
        fh.seek(4096 * 3)
        fh.write(bytes(range(256)) * 80)


def test_cache_corrupted_pages_are_set_aside_and_rebuilt(tmp_path):
    path = tmp_path / "parses.sqlite"
    c = ParseCache(path)
    _fill(c)
    c.close()
    _corrupt_pages(path)
    heard = []
    c = ParseCache(path, on_notice=lambda where, cause: heard.append((where, cause)))
    assert c.get_many([text_key(str(i)) for i in range(300)], model="m") == {}
    c.put_many({text_key("a"): "A"}, model="m")
    assert c.get_many([text_key("a")], model="m") == {text_key("a"): "A"}
    c.close()
    assert [w for w, _ in heard] == [str(path)] and "moved it to parses.sqlite.corrupt-" in heard[0][1]
    assert len(list(tmp_path.glob("parses.sqlite.corrupt-*"))) == 1


def test_cache_write_failure_degrades_to_no_cache(tmp_path):
    c = ParseCache(tmp_path / "parses.sqlite")
    pages = c._conn.execute("PRAGMA page_count").fetchone()[0]
    c._conn.execute(f"PRAGMA max_page_count = {pages}")   # the disk is full
    _fill(c)
    assert "continuing without the cache" in c.notice and "full" in c.notice
    assert c.get_many([text_key("0")], model="m") == {} and len(c) == 0
    c.put_extractions({"k": Document(doc_id="a", text="x")})
    assert len(c.notices) == 1
    c.close()


def test_cache_folder_that_cannot_be_made_degrades_to_no_cache(tmp_path):
    (tmp_path / "file").write_text("x")
    c = open_cache(tmp_path / "file" / "sub")
    _fill(c, 2)
    assert "continuing without the cache" in c.notice and c.get_many([text_key("0")], model="m") == {}


def test_cache_extraction_is_never_unpickled(tmp_path):
    import pickle
    import sqlite3
    import zlib

    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    path = tmp_path / "parses.sqlite"
    ParseCache(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO extractions VALUES ('k', ?, 0)", (zlib.compress(pickle.dumps(Payload())),))
    c = ParseCache(path)
    assert c.get_extraction("k") is None
    c.close()
    assert not marker.exists()


def test_cache_schema_1_pickled_extractions_are_dropped(tmp_path):
    import sqlite3

    path = tmp_path / "parses.sqlite"
    ParseCache(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
        conn.execute("INSERT INTO extractions VALUES ('k', x'00', 0)")
    ParseCache(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM extractions").fetchone()[0] == 0


def test_cache_extraction_json_round_trip_of_every_layer():
    from kg.model import Assertion, Entity, Mention, Provenance
    from kg.nlp.cache import document_from_json, document_to_json

    m = Mention("s1", (1, 2), "Budi Utama", "person", 0, 10)
    doc = Document(doc_id="a.txt", text="Budi Utama berkata.", meta={"source": "a.txt", "title": "T"},
                   mentions=(m, Mention("s1", (3,), "x", "other")),
                   entities=(Entity("person:budi", "person", "Budi Utama", ("Budi",), (("level", "kota"),), (m,),
                                    "same name"),),
                   assertions=(Assertion("holds", (("person", "person:budi"), ("title", "Ketua")),
                                         Provenance("a.txt", "s1", 0, 19, "Budi Utama berkata.", "r", 0.75)),))
    assert document_from_json(document_to_json(doc)) == doc
    # the same bytes as dataclasses.asdict gives (what the cache stored before _plain)
    import dataclasses
    import json
    d = {"v": 1, **dataclasses.asdict(doc), "meta": dict(doc.meta)}
    assert document_to_json(doc) == json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def test_cache_corrupted_cache_does_not_stop_a_build(tmp_path):
    from kg.build import BuildOptions, build_files

    samples = Path(__file__).resolve().parent.parent / "samples"
    opts = BuildOptions(cache_dir=tmp_path / "cache")
    build_files([samples], tmp_path / "a", opts, engine=fakes.engine())
    c = ParseCache(tmp_path / "cache" / "parses.sqlite")
    _fill(c)
    c.close()
    _corrupt_pages(tmp_path / "cache" / "parses.sqlite")
    report = build_files([samples], tmp_path / "b", opts, engine=fakes.engine())
    assert report.exit_code == 0 and report.tally.articles == 5
    assert [i.cause.split(" (")[0] for i in report.warnings] == ["parse cache was unreadable"]
    assert (tmp_path / "a" / "graph.ttl").read_bytes() == (tmp_path / "b" / "graph.ttl").read_bytes()
    report = build_files([samples], tmp_path / "c", opts, engine=fakes.engine())
    assert report.cache_hits == 5 and report.warnings == []


def test_cache_extraction_json_keeps_the_sentence_outline():
    """Sentences are stored without words (the graph reads only ids, texts and offsets)."""
    from kg.model import Sentence, Word
    from kg.nlp.cache import document_from_json, document_to_json, outline

    w = Word(1, "Budi", "budi", "PROPN", "_", "_", 0, "root", "S-PER", 0, 4)
    doc = Document(doc_id="a.txt", text="Budi datang. Lalu pergi.", meta={"source": "a.txt"},
                   sentences=(Sentence("s1", "Budi datang.", (w,), 0, 12, 1), Sentence("s2", "Lalu pergi.", (), 13, 24, 2)))
    back = document_from_json(document_to_json(doc))
    assert back.sentences == outline(doc.sentences) == (Sentence("s1", "Budi datang.", (), 0, 12, 1),
                                                          Sentence("s2", "Lalu pergi.", (), 13, 24, 2))


def test_a_fresh_parse_is_used_as_the_parser_gave_it_and_equals_the_cached_one(cache, monkeypatch):
    """In one process a first build skips reading its new CoNLL-U back; a rebuild reads it from the
    cache. Both give the same sentences."""
    import kg.nlp.batch as batch

    reads = []
    real = batch.read_conllu
    monkeypatch.setattr(batch, "read_conllu", lambda text: reads.append(1) or real(text))
    docs = _docs(["Budi datang ke KPU.\nAni pulang.", "Rapat pleno KPU Kota Medan.", ""])
    first, _ = _run(docs, cache)
    assert reads == []
    again, parsed = _run(docs, cache)
    assert parsed == 0 and len(reads) == 2
    assert [d.sentences for d in again] == [d.sentences for d in first]
    assert first[0].sentences and first[1].sentences


def test_with_workers_the_parses_come_back_as_conllu(cache, monkeypatch):
    import kg.nlp.batch as batch

    reads = []
    real = batch.read_conllu
    monkeypatch.setattr(batch, "read_conllu", lambda text: reads.append(1) or real(text))
    out, _ = _run(_docs(["Budi datang.", "Ani pulang."]), cache, jobs=2)
    assert len(reads) == 2 and all(d.sentences for d in out)


def test_null_cache_finds_no_keys():
    """``--no-cache`` holds nothing: the up-front look-ups answer empty, never raise."""
    cache = NullCache()
    assert cache.parse_keys(["a", "b"], model="m") == set()
    assert cache.extraction_keys(["a"]) == set()
