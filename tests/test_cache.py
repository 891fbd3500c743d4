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
