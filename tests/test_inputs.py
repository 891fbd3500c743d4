"""Reading inputs: each bad-input case gives one clear issue and the other inputs still come through."""
from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from kg.inputs.reader import InputOptions, Issue, discover, read_documents
from kg.model import Document
from kg.inputs.decode import decode
from kg.lang.detect import looks_indonesian

DATA = Path(__file__).parent / "data" / "inputs"
GOOD = DATA / "article.txt"


def _read(paths, **opts):
    sources, issues = discover(paths)
    items = list(read_documents(sources, InputOptions(**opts)))
    return [i for i in items if isinstance(i, Document)], issues + [i for i in items if isinstance(i, Issue)]


def _one_issue(paths, **opts) -> Issue:
    docs, issues = _read(paths, **opts)
    assert len(issues) == 1, issues
    return issues[0]


@pytest.mark.parametrize("name, cause", [
    ("empty.txt", "empty file"),
    ("whitespace.txt", "empty file (only whitespace)"),
    ("boilerplate.html", "HTML page with no article text (only navigation or boilerplate)"),
    ("cookie-banner.html", "HTML page with no article text (only navigation or boilerplate)"),   # issue 12 item 9
])
def test_inputs_bad_fixture_is_skipped_with_its_cause(name, cause):
    docs, issues = _read([DATA / name, GOOD])
    assert [d.doc_id for d in docs] == ["article.txt"]
    assert [(i.source, i.cause, i.skipped) for i in issues] == [(str(DATA / name), cause, True)]


@pytest.mark.parametrize("data, cause", [
    (b"\x00\x01\x02binary\x00" * 50, "binary file (contains NUL bytes), not text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document), not text"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary file (a ZIP archive (.docx/.xlsx?)), not text"),
    (bytes(range(1, 32)) * 20, "binary file (mostly control characters), not text"),
])
def test_inputs_binary_file_is_skipped(tmp_path, data, cause):
    (tmp_path / "x.txt").write_bytes(data)
    assert _one_issue([tmp_path / "x.txt"]).cause == cause


@pytest.mark.parametrize("encoding, expected", [
    ("cp1252", "not UTF-8; decoded as Windows-1252 (cp1252)"),
])
def test_inputs_non_utf8_is_decoded_with_a_warning(encoding, expected):
    docs, issues = _read([DATA / "cp1252.txt"])
    assert docs[0].text.startswith("\u201cKami siap,\u201d")
    assert [(i.cause, i.skipped) for i in issues] == [(expected, False)]


@pytest.mark.parametrize("data, text, warning", [
    (b"Pemilu berlangsung damai \x81 di seluruh wilayah kota",
     "Pemilu berlangsung damai \x81 di seluruh wilayah kota", "not UTF-8; decoded as Latin-1 (ISO-8859-1)"),
    (b"\xef\xbb\xbfPemilu damai", "Pemilu damai", None),
    ("Pemilu damai".encode("utf-16"), "Pemilu damai", None),
    ("Pemilu damai \u201cya\u201d".encode("utf-8"), "Pemilu damai \u201cya\u201d", None),
])
def test_textcheck_decode(data, text, warning):
    assert decode(data, "x") == (text, warning)


@pytest.mark.parametrize("check, n_docs", [(True, 0), (False, 1)])
def test_inputs_non_indonesian_text_is_skipped_unless_allowed(check, n_docs):
    docs, issues = _read([DATA / "english.txt"], check_language=check)
    assert len(docs) == n_docs
    assert [i.cause.split(" (")[0] for i in issues] == (["does not look like Indonesian"] if check else [])


@pytest.mark.parametrize("text, ok", [
    (GOOD.read_text(encoding="utf-8"), True),
    ((DATA / "english.txt").read_text(encoding="utf-8"), False),
    ("Short English line.", True),   # too short to judge
])
def test_textcheck_looks_indonesian(text, ok):
    assert looks_indonesian(text)[0] is ok


@pytest.mark.parametrize("limit, skipped", [(2_000_000, True), (20_000_000, False)])
def test_inputs_size_limit_is_configurable(tmp_path, limit, skipped):
    big = tmp_path / "big.txt"
    big.write_bytes(GOOD.read_bytes() * (10_000_000 // len(GOOD.read_bytes()) + 1))
    docs, issues = _read([big], max_bytes=limit)
    assert len(docs) == (0 if skipped else 1)
    if skipped:
        assert issues[0].cause.startswith("too large (10.0 MB; the limit is 2 MB per article")


def test_inputs_duplicate_text_keeps_the_first_with_a_warning(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "b.txt").write_bytes(GOOD.read_bytes().replace(b"\n", b"\r\n"))
    docs, issues = _read([tmp_path])
    assert [d.doc_id for d in docs] == ["a.txt"]
    assert [(i.source, i.cause, i.skipped) for i in issues] == [
        (str(tmp_path / "b.txt"), "same text as a.txt; kept the first", False)]


@pytest.mark.parametrize("in_folder", [False, True])
def test_inputs_dangling_symlink_is_reported(tmp_path, in_folder):
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "link.txt").symlink_to(tmp_path / "gone.txt")
    docs, issues = _read([tmp_path] if in_folder else [tmp_path / "link.txt", tmp_path / "good.txt"])
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [i.cause for i in issues] == [f"dangling symbolic link (its target {tmp_path / 'gone.txt'} does not exist)"]


def test_inputs_missing_path_is_reported(tmp_path):
    assert _one_issue([tmp_path / "nope.txt"]).cause == "no such file or directory"


def test_inputs_unreadable_file_is_skipped(tmp_path, monkeypatch):
    import kg.inputs.reader

    f = tmp_path / "locked.txt"
    f.write_bytes(GOOD.read_bytes())
    real_open = os.open

    def fake_open(path, *a, **k):
        if Path(path) == f:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **k)

    monkeypatch.setattr(kg.inputs.reader.os, "open", fake_open)
    assert _one_issue([f]).cause == "cannot be read: permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_inputs_unreadable_file_by_mode_is_skipped(tmp_path):
    f = tmp_path / "locked.txt"
    f.write_bytes(GOOD.read_bytes())
    f.chmod(0)
    assert _one_issue([f]).cause == "cannot be read: permission denied"


def test_inputs_file_vanishing_during_the_run_is_skipped(tmp_path):
    for n in ("a.txt", "b.txt"):
        (tmp_path / n).write_text(GOOD.read_text(encoding="utf-8") + n, encoding="utf-8")
    sources, _ = discover([tmp_path])
    stream = read_documents(sources)
    first = next(stream)
    (tmp_path / "b.txt").unlink()
    rest = list(stream)
    assert first.doc_id == "a.txt"
    assert [(i.source, i.cause) for i in rest] == [
        (str(tmp_path / "b.txt"), "vanished during the run (it was listed but no longer exists)")]


def test_inputs_folder_is_walked_recursively_in_sorted_order(tmp_path):
    for rel in ("b/2.txt", "a/9.txt", "a/10.txt", "c.txt", ".hidden/x.txt", "README.md", "z/.x.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(GOOD.read_text(encoding="utf-8") + rel, encoding="utf-8")
    docs, issues = _read([tmp_path])
    assert [d.doc_id for d in docs] == ["10.txt", "9.txt", "2.txt", "c.txt"]  # a/10, a/9, b/2, c
    assert issues == []


def test_inputs_same_name_in_two_folders_gets_a_relative_id(tmp_path):
    for rel in ("a/x.txt", "b/x.txt"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True)
        p.write_text(GOOD.read_text(encoding="utf-8") + rel, encoding="utf-8")
    docs, issues = _read([tmp_path])
    assert [d.doc_id for d in docs] == ["x.txt", "b/x.txt"]
    assert [i.skipped for i in issues] == [False]


def test_inputs_jsonl_lines_become_documents_and_bad_lines_issues():
    docs, issues = _read([DATA / "articles.jsonl"])
    assert [(d.doc_id, d.meta.get("title"), d.meta.get("publisher")) for d in docs] == [
        ("kpu-1", "KPU siap", "Contoh.id"), ("https://example.id/b", None, None)]
    src = str(DATA / "articles.jsonl")
    assert [(i.source, i.cause.split(" (")[0]) for i in issues] == [
        (f"{src}:3", "not valid JSON"), (f"{src}:4", 'JSON line has no non-empty "text" field')]


def test_inputs_html_article_is_extracted_with_metadata():
    docs, issues = _read([DATA / "article.html"])
    meta = docs[0].meta
    assert "Ketua Bawaslu Kota Pangkalpinang" in docs[0].text and "Beranda" not in docs[0].text
    assert (meta["title"], meta["publisher"], meta["date"]) == ("Bawaslu siap awasi Pilkada", "Kutipopini.com",
                                                                 "2024-10-28")
    assert issues == []


@pytest.mark.parametrize("data, doc_ids", [
    (GOOD.read_bytes(), ["stdin"]),
    ((DATA / "articles.jsonl").read_bytes(), ["kpu-1", "https://example.id/b"]),
])
def test_inputs_stdin(data, doc_ids):
    sources, _ = discover(["-"])
    docs = [d for d in read_documents(sources, stdin=io.BytesIO(data)) if isinstance(d, Document)]
    assert [d.doc_id for d in docs] == doc_ids


def test_inputs_crlf_is_normalised(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD.read_bytes().replace(b"\n", b"\r\n"))
    docs, _ = _read([tmp_path / "a.txt"])
    assert "\r" not in docs[0].text and docs[0].text == GOOD.read_text(encoding="utf-8")


def test_inputs_same_file_given_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD.read_bytes())
    docs, issues = _read([tmp_path / "a.txt", tmp_path])
    assert [d.doc_id for d in docs] == ["a.txt"]
    assert [(i.cause, i.skipped) for i in issues] == [(f"given more than once (also as {tmp_path / 'a.txt'}); read once",
                                                       False)]


def test_inputs_stdin_jsonl_larger_than_the_limit_streams(tmp_path):
    line = (DATA / "articles.jsonl").read_bytes().splitlines()[0]


    data = b"\n".join(json.dumps({**json.loads(line), "id": f"a{i}", "text": f"{i} " + json.loads(line)["text"]})
                      .encode() for i in range(50)) + b"\n"
    sources, _ = discover(["-"])
    items = list(read_documents(sources, InputOptions(max_bytes=len(data) // 10), stdin=io.BytesIO(data)))
    assert [d.doc_id for d in items] == [f"a{i}" for i in range(50)]


# --- issue 12 item 1: inputs that used to crash the whole run are one skipped input each ---

def test_inputs_lone_surrogate_in_a_json_field_is_one_skipped_line(tmp_path):
    good = json.dumps({"id": "ok", "text": GOOD.read_text(encoding="utf-8")})
    bad = json.dumps({"id": "bad", "text": "Ketua KPU \ud800 mengatakan bahwa pemilu akan digelar."})
    (tmp_path / "x.jsonl").write_text(bad + "\n" + good + "\n", encoding="utf-8")
    docs, issues = _read([tmp_path / "x.jsonl"])
    assert [d.doc_id for d in docs] == ["ok"]
    assert [(i.source, i.skipped) for i in issues] == [(f"{tmp_path / 'x.jsonl'}:1", True)]
    assert "lone surrogate" in issues[0].cause and "'text'" in issues[0].cause


def test_inputs_json_line_nested_100000_deep_is_one_skipped_line(tmp_path):
    good = json.dumps({"id": "ok", "text": GOOD.read_text(encoding="utf-8")})
    (tmp_path / "x.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n" + good + "\n", encoding="utf-8")
    docs, issues = _read([tmp_path / "x.jsonl"])
    assert [d.doc_id for d in docs] == ["ok"]
    assert [(i.source, i.cause) for i in issues] == [(f"{tmp_path / 'x.jsonl'}:1",
                                                      "not valid JSON for an article (nested too deeply)")]


def test_inputs_file_name_not_utf8_is_skipped_with_a_printable_name(tmp_path):
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    os.close(os.open(os.path.join(os.fsencode(tmp_path), b"bad\xff.txt"), os.O_CREAT | os.O_WRONLY))
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xff.txt"), "wb") as fh:
        fh.write(GOOD.read_bytes() + b" lain")
    docs, issues = _read([tmp_path])
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [(i.source, i.skipped) for i in issues] == [(f"{tmp_path}/bad\\xff.txt", True)]
    assert issues[0].cause.startswith("file name is not valid UTF-8")
    str(issues[0]).encode("utf-8")   # printable: no lone surrogates left in the message


def test_inputs_unlistable_sub_folder_is_reported(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(GOOD.read_text(encoding="utf-8") + " lain", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(tmp_path / "locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, issues = _read([tmp_path])
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [(i.source, i.cause, i.skipped) for i in issues] == [
        (str(tmp_path / "locked"), "folder cannot be listed (Permission denied); its files were not read", True)]


def test_inputs_file_in_a_folder_without_x_bit_is_skipped(tmp_path, monkeypatch):
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "nox").mkdir()
    locked = tmp_path / "nox" / "a.txt"
    locked.write_text(GOOD.read_text(encoding="utf-8") + " lain", encoding="utf-8")
    real_stat, real_lstat = os.stat, os.lstat

    def deny(real):
        def fn(path, *a, **k):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path, *a, **k)
        return fn

    monkeypatch.setattr(os, "stat", deny(real_stat))
    monkeypatch.setattr(os, "lstat", deny(real_lstat))
    docs, issues = _read([tmp_path])
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [(i.source, i.cause) for i in issues] == [(str(locked), "cannot be read: permission denied")]


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists every folder")
def test_inputs_folder_without_x_bit_by_mode(tmp_path):
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "nox").mkdir()
    (tmp_path / "nox" / "a.txt").write_text(GOOD.read_text(encoding="utf-8") + " lain", encoding="utf-8")
    (tmp_path / "nox").chmod(0o600)
    try:
        docs, issues = _read([tmp_path])
    finally:
        (tmp_path / "nox").chmod(0o700)
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert issues and all(i.skipped for i in issues)


# --- issue 12 item 2: nothing hangs ---

@pytest.fixture
def no_hang():
    """Fail (instead of blocking the suite for good) if the test takes over 20 s."""
    import signal

    def expire(*_):
        raise TimeoutError("blocked: reading a named pipe?")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize("in_folder", [False, True])
def test_inputs_named_pipe_is_skipped_not_read(tmp_path, in_folder, no_hang):
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    os.mkfifo(tmp_path / "pipe.txt")
    docs, issues = _read([tmp_path] if in_folder else [tmp_path / "pipe.txt", tmp_path / "good.txt"])
    assert [d.doc_id for d in docs] == ["good.txt"]
    assert [(i.source, i.cause) for i in issues] == [
        (str(tmp_path / "pipe.txt"), "not a regular file (a named pipe); only regular files and - (stdin) are read")]


def test_inputs_file_swapped_for_a_pipe_after_discovery_does_not_block(tmp_path, no_hang):
    f = tmp_path / "a.txt"
    f.write_bytes(GOOD.read_bytes())
    sources, _ = discover([f])
    f.unlink()
    os.mkfifo(f)
    items = list(read_documents(sources))
    assert [(type(i).__name__, i.cause) for i in items] == [
        ("Issue", "not a regular file (a named pipe); only regular files and - (stdin) are read")]


# --- issue 12 item 8: a repeated id is a warning and a distinct article ---

def test_inputs_duplicate_jsonl_ids_become_distinct_articles(tmp_path):
    text = GOOD.read_text(encoding="utf-8")
    lines = [json.dumps({"id": "a", "text": text + f" Bagian {i}."}) for i in range(3)]
    (tmp_path / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, issues = _read([tmp_path / "x.jsonl"])
    assert [d.doc_id for d in docs] == ["a", "a#2", "a#3"]
    src = str(tmp_path / "x.jsonl")
    assert [(i.source, i.cause, i.skipped) for i in issues] == [
        (f"{src}:2", f"id 'a' was already used by {src}:1; this article gets the id 'a#2'", False),
        (f"{src}:3", f"id 'a' was already used by {src}:1; this article gets the id 'a#3'", False)]


def test_inputs_html_article_with_a_cookie_banner_keeps_the_article_only(tmp_path):
    banner = ("<div class='cookie'><p>Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan "
              "terus menggunakan situs ini, Anda menyetujui kebijakan privasi kami.</p></div>")
    page = (DATA / "article.html").read_text(encoding="utf-8").replace("<body>", "<body>" + banner, 1)
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    docs, issues = _read([tmp_path / "a.html"])
    assert "Ketua Bawaslu Kota Pangkalpinang" in docs[0].text and "cookie" not in docs[0].text
    assert issues == []
