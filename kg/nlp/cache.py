"""The parse cache: SQLite, keyed by (text hash, model version), storing CoNLL-U.

It also keeps each article's extraction (the document after the per-document
pipeline, without its sentences), keyed by the article, the model version, the
rules chosen and a fingerprint of the package's code and data
(:func:`kg.build.pipeline_fingerprint`), so an unchanged corpus is rebuilt
without parsing or extracting, and any change to the code or data re-extracts.
And it keeps the output files of the last few builds, keyed by everything the
outputs depend on (:func:`kg.build.build_files`), so rebuilding an unchanged
corpus writes the same bytes again without building or exporting the graph.
Extractions and outputs are stored as JSON (:func:`document_to_json`), never
pickled: whoever can write the cache folder cannot make the next run execute code.

Parsing is the slow stage; a rebuild of an unchanged corpus reads every parse
from here. Each batch is stored in one transaction, so a run killed midway
leaves the cache consistent (it just holds fewer parses). A different model
version is a different key, so new models never see stale parses.

>>> import tempfile
>>> c = ParseCache(Path(tempfile.mkdtemp()) / "parses.sqlite")
>>> c.put_many({text_key("Budi datang."): "# sent_id = s1\\n"}, model="m1")
>>> list(c.get_many([text_key("Budi datang.")], model="m1").values())
['# sent_id = s1\\n']
>>> c.get_many([text_key("Budi datang.")], model="m2")
{}
>>> c.close()
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import sqlite3
import time
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Mapping

from kg.model import Assertion, Document, Entity, Mention, Provenance, Sentence

__all__ = ["ParseCache", "NullCache", "text_key", "default_cache_dir", "open_cache", "ENV_VAR",
           "document_to_json", "document_from_json", "outline"]

ENV_VAR = "KG_CACHE_DIR"
_FILE = "parses.sqlite"
_SCHEMA = 3   # 2: extractions are JSON (schema 1 pickled them); 3: outputs are JSON too


def text_key(text: str) -> str:
    """The cache key of an article's text (SHA-256 of its UTF-8 bytes)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_cache_dir() -> Path:
    """``$KG_CACHE_DIR`` if set, else the platform's user cache folder for pemilu-kg."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    from platformdirs import user_cache_dir  # noqa: PLC0415

    return Path(user_cache_dir("pemilu-kg"))


_CORRUPT = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _is_corrupt(exc: sqlite3.Error) -> bool:
    """A broken file (set it aside) rather than a failing disk (go on without the cache)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_CORRUPT) or any(m in str(exc) for m in ("malformed", "not a database"))


class ParseCache:
    """CoNLL-U parses in one SQLite file. Safe to share between processes (SQLite locking).

    Faults never stop a run: a broken file (not a database, corrupted pages) is moved
    aside (``parses.sqlite.corrupt-TIME``) and an empty cache started; a cache that cannot
    be written (disk full, read-only, folder not creatable) is dropped for the rest of the
    run, which goes on uncached. Each fault is one message through ``on_notice(source,
    cause)`` (and in :attr:`notices`).
    """

    def __init__(self, path: str | os.PathLike, on_notice: Callable[[str, str], None] | None = None):
        self.path = Path(path)
        self.hits = self.misses = 0
        self.notices: list[str] = []
        self._on_notice = on_notice
        self._conn: sqlite3.Connection | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = self._open()
        except sqlite3.Error as exc:
            if _is_corrupt(exc):
                self._set_aside(exc)
            else:
                self._degrade(exc)
        except OSError as exc:
            self._degrade(exc)

    @property
    def notice(self) -> str | None:
        return self.notices[0] if self.notices else None

    def _say(self, cause: str) -> None:
        self.notices.append(cause)
        if self._on_notice:
            self._on_notice(str(self.path), cause)

    def _set_aside(self, exc: Exception) -> None:
        """Move the broken file aside and start an empty cache (or go on without one)."""
        self._drop_connection()
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        try:
            os.replace(self.path, aside)
            for extra in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{self.path}{extra}")
            self._conn = self._open()
        except (OSError, sqlite3.Error) as exc2:
            self._say(f"parse cache is unreadable ({exc}) and could not be replaced "
                      f"({type(exc2).__name__}: {exc2}); continuing without the cache")
            self._conn = None
            return
        self._say(f"parse cache was unreadable ({exc}); moved it to {aside.name} and started an empty one")

    def _degrade(self, exc: Exception) -> None:
        self._drop_connection()
        what = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self._say(f"parse cache cannot be used ({what}); continuing without the cache for this run")

    def _drop_connection(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
        self._conn = None

    def _guard(self, op: Callable[[sqlite3.Connection], object], default):
        """Run ``op(conn)``; on a cache fault report it, recover, and return ``default``."""
        if self._conn is None:
            return default
        try:
            return op(self._conn)
        except sqlite3.Error as exc:
            if _is_corrupt(exc):
                self._set_aside(exc)
            else:
                self._degrade(exc)
            return default

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=60)
        try:
            with conn:
                conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
                conn.execute("CREATE TABLE IF NOT EXISTS parses (text_hash TEXT NOT NULL, model TEXT NOT NULL, "
                             "conllu BLOB NOT NULL, created REAL NOT NULL, PRIMARY KEY (text_hash, model))")
                conn.execute("CREATE TABLE IF NOT EXISTS extractions (key TEXT PRIMARY KEY, doc BLOB NOT NULL, "
                             "created REAL NOT NULL)")
                conn.execute("CREATE TABLE IF NOT EXISTS outputs (key TEXT PRIMARY KEY, value BLOB NOT NULL, "
                             "created REAL NOT NULL)")
                conn.execute("CREATE TABLE IF NOT EXISTS pieces (key TEXT PRIMARY KEY, value BLOB NOT NULL, "
                             "created REAL NOT NULL)")
                row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if row is not None and row[0] != str(_SCHEMA):
                    conn.execute("DELETE FROM extractions")   # schema 1 held pickles: never read them
                    conn.execute("DELETE FROM outputs")
                    conn.execute("DELETE FROM pieces")
                conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(_SCHEMA),))
        except sqlite3.Error:
            conn.close()
            raise
        return conn

    def get_many(self, keys: Iterable[str], *, model: str) -> dict[str, str]:
        """The cached CoNLL-U for those keys that have one under ``model``."""
        keys = list(dict.fromkeys(keys))

        def op(conn: sqlite3.Connection) -> dict[str, str]:
            out: dict[str, str] = {}
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                rows = conn.execute(
                    f"SELECT text_hash, conllu FROM parses WHERE model = ? AND text_hash IN "
                    f"({','.join('?' * len(chunk))})", (model, *chunk)).fetchall()
                for k, v in rows:
                    try:
                        out[k] = zlib.decompress(v).decode("utf-8")
                    except (zlib.error, UnicodeDecodeError, TypeError):
                        pass   # a damaged row is a miss; the fresh parse replaces it
            return out

        out = self._guard(op, {})
        self.hits += len(out)
        self.misses += len(keys) - len(out)
        return out

    def parse_keys(self, keys: Iterable[str], *, model: str) -> set[str]:
        """Those of ``keys`` that have a parse under ``model`` (nothing is read or counted)."""
        return self._present("SELECT text_hash FROM parses WHERE model = ? AND text_hash IN ({})", keys, (model,))

    def extraction_keys(self, keys: Iterable[str]) -> set[str]:
        """Those of ``keys`` that have a cached extraction (nothing is read or decoded)."""
        return self._present("SELECT key FROM extractions WHERE key IN ({})", keys, ())

    def _present(self, query: str, keys: Iterable[str], params: tuple) -> set[str]:
        keys = list(dict.fromkeys(keys))

        def op(conn: sqlite3.Connection) -> set[str]:
            out: set[str] = set()
            for i in range(0, len(keys), 500):
                chunk = keys[i:i + 500]
                out.update(k for (k,) in conn.execute(query.format(",".join("?" * len(chunk))), (*params, *chunk)))
            return out

        return self._guard(op, set())

    def put_many(self, parses: Mapping[str, str], *, model: str) -> None:
        """Store parses in one transaction (all or nothing)."""
        now = time.time()

        def op(conn: sqlite3.Connection) -> None:
            with conn:
                conn.executemany(
                    "INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?)",
                    [(k, model, zlib.compress(v.encode("utf-8"), 6), now) for k, v in parses.items()])

        self._guard(op, None)

    def get_extraction(self, key: str) -> Document | None:
        """A cached per-document extraction (a :class:`kg.model.Document` stored as JSON), or None."""
        row = self._guard(lambda conn: conn.execute("SELECT doc FROM extractions WHERE key = ?",
                                                    (key,)).fetchone(), None)
        if row is None:
            return None
        try:
            return document_from_json(zlib.decompress(row[0]).decode("utf-8"))
        except Exception:  # noqa: BLE001 - damaged or written by another version: a miss
            return None

    def put_extractions(self, docs: Mapping[str, Document]) -> None:
        """Store extractions in one transaction (all or nothing)."""
        now = time.time()
        rows = [(k, zlib.compress(document_to_json(d).encode("utf-8"), 6), now) for k, d in docs.items()]

        def op(conn: sqlite3.Connection) -> None:
            with conn:
                conn.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", rows)

        self._guard(op, None)

    def get_outputs(self, key: str) -> dict | None:
        """A whole build's cached result (see :func:`kg.build.build_files`): JSON data, or None."""
        row = self._guard(lambda conn: conn.execute("SELECT value FROM outputs WHERE key = ?", (key,)).fetchone(),
                          None)
        if row is None:
            return None
        try:
            return json.loads(zlib.decompress(row[0]).decode("utf-8"))
        except Exception:  # noqa: BLE001 - damaged or written by another version: a miss
            return None

    def get_pieces(self) -> dict | None:
        """The index of the latest build's file pieces (:meth:`put_pieces`): JSON data, or None."""
        row = self._guard(lambda conn: conn.execute("SELECT value FROM pieces WHERE key = 'latest'").fetchone(),
                          None)
        if row is None:
            return None
        try:
            return json.loads(zlib.decompress(row[0]).decode("utf-8"))
        except Exception:  # noqa: BLE001 - damaged or written by another version: none
            return None

    def put_pieces(self, blob: bytes) -> None:
        """Keep the index of the latest build's file pieces (compressed JSON, ``kg.build``), replacing
        the one before: a build that misses the output cache copies unchanged pieces from those files."""
        self._guard(lambda conn: _in_transaction(conn, "INSERT OR REPLACE INTO pieces VALUES ('latest', ?, ?)",
                                                 (blob, time.time())), None)

    def put_outputs(self, key: str, value: dict, *, keep: int = 3) -> None:
        """Store a build's result (JSON data); only the ``keep`` most recent builds are kept (they hold
        whole graphs)."""
        blob = zlib.compress(json.dumps(value, ensure_ascii=False).encode("utf-8"), 1)

        def op(conn: sqlite3.Connection) -> None:
            with conn:
                conn.execute("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?)", (key, blob, time.time()))
                conn.execute("DELETE FROM outputs WHERE key NOT IN "
                             "(SELECT key FROM outputs ORDER BY created DESC LIMIT ?)", (keep,))

        self._guard(op, None)

    def __len__(self) -> int:
        return self._guard(lambda conn: conn.execute("SELECT COUNT(*) FROM parses").fetchone()[0], 0)

    def close(self) -> None:
        self._drop_connection()


def _in_transaction(conn: sqlite3.Connection, query: str, params: tuple) -> None:
    with conn:
        conn.execute(query, params)


# --- the extraction record as JSON: a data format, so a cache file can never run code ---

def _plain(obj):
    """``dataclasses.asdict`` for the model's frozen records (fields in order, tuples as lists),
    without its deep copy of every string: the extraction cache writes every document."""
    if obj is None or isinstance(obj, (str, int, float)):
        return obj
    if isinstance(obj, (tuple, list)):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if dataclasses.is_dataclass(obj):
        return {f.name: _plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    return obj


def document_to_json(doc: Document) -> str:
    """``doc`` as JSON; :func:`document_from_json` gives it back equal. Of its sentences only the
    outline is kept (id, text, offsets, paragraph; no words): what the graph needs of them."""
    d = _plain(replace(doc, sentences=None))
    d["meta"] = dict(doc.meta)
    if doc.sentences is not None:
        d["outline"] = [[s.sent_id, s.text, s.start_char, s.end_char, s.paragraph] for s in doc.sentences]
    return json.dumps({"v": 1, **d}, ensure_ascii=False, separators=(",", ":"))


def outline(sentences) -> tuple[Sentence, ...] | None:
    """The sentences without their words (what :func:`document_to_json` keeps of them)."""
    if sentences is None:
        return None
    return tuple(Sentence(s.sent_id, s.text, (), s.start_char, s.end_char, s.paragraph) for s in sentences)


def _mention(d: dict) -> Mention:
    return Mention(**{**d, "word_ids": tuple(d["word_ids"])})


def _pairs(rows) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in rows)


def _layer(rows, make):
    return None if rows is None else tuple(make(r) for r in rows)


def document_from_json(text: str) -> Document:
    """The inverse of :func:`document_to_json`; raises ValueError/KeyError/TypeError on anything else."""
    d = json.loads(text)
    if not isinstance(d, dict) or d.get("v") != 1:
        raise ValueError("not an extraction record")
    sentences = None if d.get("outline") is None else tuple(
        Sentence(str(sid), str(text), (), start, end, int(para)) for sid, text, start, end, para in d["outline"])
    return Document(
        doc_id=d["doc_id"], text=d["text"], meta=dict(d["meta"]), sentences=sentences,
        mentions=_layer(d["mentions"], _mention),
        entities=_layer(d["entities"], lambda e: Entity(**{
            **e, "aliases": tuple(e["aliases"]), "attrs": _pairs(e["attrs"]),
            "mentions": tuple(_mention(m) for m in e["mentions"])})),
        assertions=_layer(d["assertions"], lambda a: Assertion(
            kind=a["kind"], args=_pairs(a["args"]), provenance=Provenance(**a["provenance"]))))


class NullCache:
    """``--no-cache``: stores nothing, finds nothing."""
    path = None
    notice = None
    notices: list[str] = []

    def __init__(self) -> None:
        self.hits = self.misses = 0

    def get_many(self, keys: Iterable[str], *, model: str) -> dict[str, str]:
        self.misses += len(set(keys))
        return {}

    def parse_keys(self, keys: Iterable[str], *, model: str) -> set[str]:
        return set()

    def extraction_keys(self, keys: Iterable[str]) -> set[str]:
        return set()

    def put_many(self, parses: Mapping[str, str], *, model: str) -> None:
        pass

    def get_extraction(self, key: str):
        return None

    def put_extractions(self, docs: Mapping[str, object]) -> None:
        pass

    def get_outputs(self, key: str):
        return None

    def get_pieces(self):
        return None

    def put_pieces(self, blob: bytes) -> None:
        pass

    def put_outputs(self, key: str, value: dict, *, keep: int = 3) -> None:
        pass

    def __len__(self) -> int:
        return 0

    def close(self) -> None:
        pass


def open_cache(cache_dir: str | os.PathLike | None = None, *, enabled: bool = True,
               on_notice: Callable[[str, str], None] | None = None) -> ParseCache | NullCache:
    """The cache for a run: ``--no-cache`` gives a :class:`NullCache`. ``on_notice(source, cause)``
    hears of every cache fault (see :class:`ParseCache`)."""
    if not enabled:
        return NullCache()
    return ParseCache(Path(cache_dir or default_cache_dir()) / _FILE, on_notice=on_notice)
