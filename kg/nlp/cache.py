"""The parse cache: SQLite, keyed by (text hash, model version), storing CoNLL-U.

It also keeps each article's extraction (the document after the per-document
pipeline, without its sentences), keyed by the article, the model version, the
rules chosen and a fingerprint of the package's code and data
(:func:`kg.build.pipeline_fingerprint`), so an unchanged corpus is rebuilt
without parsing or extracting, and any change to the code or data re-extracts.
And it keeps the output files of the last few builds, keyed by everything the
outputs depend on (:func:`kg.build.build_files`), so rebuilding an unchanged
corpus writes the same bytes again without building or exporting the graph.

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

import hashlib
import os
import pickle
import sqlite3
import time
import zlib
from pathlib import Path
from typing import Iterable, Mapping

__all__ = ["ParseCache", "NullCache", "text_key", "default_cache_dir", "open_cache", "ENV_VAR"]

ENV_VAR = "KG_CACHE_DIR"
_FILE = "parses.sqlite"
_SCHEMA = 1


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


class ParseCache:
    """CoNLL-U parses in one SQLite file. Safe to share between processes (SQLite locking)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.hits = self.misses = 0
        self.notice: str | None = None
        try:
            self._conn = self._open()
        except sqlite3.DatabaseError as exc:  # not a database / corrupt: keep it aside, start afresh
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            os.replace(self.path, aside)
            self.notice = (f"parse cache {self.path} was unreadable ({exc}); moved it to {aside.name} "
                           f"and started an empty one")
            self._conn = self._open()

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
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(_SCHEMA),))
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return conn

    def get_many(self, keys: Iterable[str], *, model: str) -> dict[str, str]:
        """The cached CoNLL-U for those keys that have one under ``model``."""
        keys = list(dict.fromkeys(keys))
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self._conn.execute(
                f"SELECT text_hash, conllu FROM parses WHERE model = ? AND text_hash IN "
                f"({','.join('?' * len(chunk))})", (model, *chunk))
            out.update((k, zlib.decompress(v).decode("utf-8")) for k, v in rows)
        self.hits += len(out)
        self.misses += len(keys) - len(out)
        return out

    def put_many(self, parses: Mapping[str, str], *, model: str) -> None:
        """Store parses in one transaction (all or nothing)."""
        now = time.time()
        with self._conn:
            self._conn.executemany(
                "INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?)",
                [(k, model, zlib.compress(v.encode("utf-8"), 6), now) for k, v in parses.items()])

    def get_extraction(self, key: str):
        """A cached per-document extraction (a pickled :class:`kg.model.Document`), or None."""
        row = self._conn.execute("SELECT doc FROM extractions WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(zlib.decompress(row[0]))
        except Exception:  # noqa: BLE001 - written by another version: treat as a miss
            return None

    def put_extractions(self, docs: Mapping[str, object]) -> None:
        """Store extractions in one transaction (all or nothing)."""
        now = time.time()
        with self._conn:
            self._conn.executemany("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)",
                                   [(k, zlib.compress(pickle.dumps(d, protocol=5), 6), now)
                                    for k, d in docs.items()])

    def get_outputs(self, key: str):
        """A whole build's cached result (see :func:`kg.build.build_files`), or None."""
        row = self._conn.execute("SELECT value FROM outputs WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(zlib.decompress(row[0]))
        except Exception:  # noqa: BLE001 - written by another version: treat as a miss
            return None

    def put_outputs(self, key: str, value: object, *, keep: int = 3) -> None:
        """Store a build's result; only the ``keep`` most recent builds are kept (they hold whole graphs)."""
        with self._conn:
            self._conn.execute("INSERT OR REPLACE INTO outputs VALUES (?, ?, ?)",
                               (key, zlib.compress(pickle.dumps(value, protocol=5), 1), time.time()))
            self._conn.execute("DELETE FROM outputs WHERE key NOT IN "
                               "(SELECT key FROM outputs ORDER BY created DESC LIMIT ?)", (keep,))

    def __len__(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM parses").fetchone()[0]

    def close(self) -> None:
        self._conn.close()


class NullCache:
    """``--no-cache``: stores nothing, finds nothing."""
    path = None
    notice = None

    def __init__(self) -> None:
        self.hits = self.misses = 0

    def get_many(self, keys: Iterable[str], *, model: str) -> dict[str, str]:
        self.misses += len(set(keys))
        return {}

    def put_many(self, parses: Mapping[str, str], *, model: str) -> None:
        pass

    def get_extraction(self, key: str):
        return None

    def put_extractions(self, docs: Mapping[str, object]) -> None:
        pass

    def get_outputs(self, key: str):
        return None

    def put_outputs(self, key: str, value: object, *, keep: int = 3) -> None:
        pass

    def __len__(self) -> int:
        return 0

    def close(self) -> None:
        pass


def open_cache(cache_dir: str | os.PathLike | None = None, *, enabled: bool = True) -> ParseCache | NullCache:
    """The cache for a run: ``--no-cache`` gives a :class:`NullCache`."""
    if not enabled:
        return NullCache()
    return ParseCache(Path(cache_dir or default_cache_dir()) / _FILE)
