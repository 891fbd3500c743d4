"""Inputs for ``kg build`` / ``kg parse``: files, folders, JSON Lines, saved HTML, stdin.

:func:`discover` expands the command-line arguments into sources (folders
recursively, sorted); :func:`read_documents` streams :class:`kg.model.Document`
values and :class:`Issue` records, one per bad input, so one broken file never
stops the others. Decoding and binary checks are in :mod:`kg.inputs.decode`, the language check in
:mod:`kg.lang.detect`.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Ketua KPU mengatakan bahwa pemilu akan digelar.", encoding="utf-8")
>>> _ = (d / "b.txt").write_text("   ", encoding="utf-8")
>>> sources, issues = discover([d])
>>> [(type(x).__name__, getattr(x, "doc_id", None) or x.cause) for x in read_documents(sources)]
[('Document', 'a.txt'), ('Issue', 'empty file (only whitespace)')]
"""
from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from kg.errors import InputError
from kg.model import Document
from kg.inputs.decode import decode
from kg.lang.detect import looks_indonesian
from kg.lang.text import MAX_PIECE, overlong_paragraphs

__all__ = ["Issue", "InputOptions", "Source", "discover", "read_documents", "count_articles",
           "FOLDER_SUFFIXES", "DEFAULT_MAX_BYTES"]

FOLDER_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
DEFAULT_MAX_BYTES = 2_000_000
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass(frozen=True)
class Issue:
    """A problem with one input. ``skipped`` False means a warning: the input was still used."""
    source: str
    cause: str
    skipped: bool = True

    def __str__(self) -> str:
        return f"{self.source}: {self.cause}"


@dataclass(frozen=True)
class InputOptions:
    max_bytes: int = DEFAULT_MAX_BYTES   # per article (a .txt/.html file, one JSON line, stdin)
    check_language: bool = True


@dataclass(frozen=True)
class Source:
    """One input: a file path, or ``-`` for stdin. ``name`` is the doc_id it gets."""
    path: Path | None
    name: str
    label: str                            # how messages name it (the path as given)


def printable(name: str | os.PathLike) -> str:
    """A path as messages show it: bytes that are not UTF-8 (``os.fsdecode`` keeps them as lone
    surrogates, which no terminal or file can encode) appear as ``\\xff``.

    >>> printable("bad\\udcff.txt")
    'bad\\\\xff.txt'
    """
    s = os.fspath(name)
    return s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _walk(root: Path, issues: list[Issue]) -> list[Path]:
    """Input files under ``root``, sorted by their path relative to it. A sub-folder that cannot
    be listed is an issue (os.walk would skip it silently)."""
    found = []

    def unlistable(exc: OSError) -> None:
        where = printable(exc.filename or root)
        issues.append(Issue(where, f"folder cannot be listed ({exc.strerror or type(exc).__name__}); "
                                   f"its files were not read"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlistable, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(dirpath) / f for f in filenames
                     if not f.startswith(".") and f.lower().endswith(FOLDER_SUFFIXES))
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (a pipe would block the run for good), or None."""
    if stat.S_ISREG(mode):
        return None
    kind = ("a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file")
    return f"not a regular file ({kind}); only regular files and - (stdin) are read"


def _check_path(p: Path) -> str | None:
    """Why ``p`` cannot be an input (dangling link, special file, name not UTF-8, unreadable), or None."""
    try:
        os.fspath(p).encode("utf-8")
    except UnicodeEncodeError:
        return "file name is not valid UTF-8; rename the file (its name becomes the article id)"
    try:
        if p.is_symlink() and not os.path.exists(p):
            return f"dangling symbolic link (its target {printable(os.readlink(p))} does not exist)"
        return _not_regular(p.stat().st_mode)
    except OSError as exc:
        return _os_cause(exc)


def discover(paths: Iterable[str | os.PathLike]) -> tuple[list[Source], list[Issue]]:
    """Expand arguments into sources; report missing paths and dangling links as issues.

    Folders are walked recursively in sorted order (hidden entries and files
    whose suffix is not one of ``FOLDER_SUFFIXES`` are ignored). A doc_id is the
    file name; when two files share a name the later one gets its path relative
    to its folder argument.
    """
    sources: list[Source] = []
    issues: list[Issue] = []
    names: set[str] = set()
    seen: dict[str, str] = {}

    def add(p: Path, rel: str) -> None:
        why = _check_path(p)
        if why:
            issues.append(Issue(printable(p), why))
            return
        real = os.path.realpath(p)
        if real in seen:
            issues.append(Issue(str(p), f"given more than once (also as {seen[real]}); read once", skipped=False))
            return
        seen[real] = str(p)
        name = p.name
        if name in names:
            name = rel if rel not in names else str(p)
            issues.append(Issue(str(p), f"another input is also named {p.name!r}; "
                                        f"this one gets the id {name!r}", skipped=False))
        names.add(name)
        sources.append(Source(p, name, str(p)))

    for arg in paths:
        if str(arg) == "-":
            sources.append(Source(None, "stdin", "<stdin>"))
            continue
        p = Path(arg)
        try:
            os.lstat(p)
        except FileNotFoundError:
            issues.append(Issue(printable(p), "no such file or directory"))
            continue
        except OSError as exc:
            issues.append(Issue(printable(p), _os_cause(exc)))
            continue
        if os.path.isdir(p):
            before = len(issues)
            found = _walk(p, issues)
            for f in found:
                add(f, f.relative_to(p).as_posix())
            if not found and len(issues) == before:
                issues.append(Issue(printable(p), f"folder has no input files ({', '.join(FOLDER_SUFFIXES)})"))
        else:
            add(p, p.name)
    return sources, issues


def count_articles(sources: Iterable[Source]) -> int:
    """How many articles the sources hold (JSON Lines files count their lines): for the ETA."""
    n = 0
    for s in sources:
        if s.path is not None and s.path.suffix.lower() == ".jsonl":
            try:
                with _open_regular(s.path) as fh:
                    n += sum(1 for line in fh if line.strip())
            except (OSError, InputError):
                n += 1
        else:
            n += 1
    return n


def _os_cause(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "vanished during the run (it was listed but no longer exists)"
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot be read: {exc.strerror or type(exc).__name__}"


def _open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading, refusing anything but a regular file. ``O_NONBLOCK`` keeps a
    named pipe from blocking the open itself; the check is on the opened file, so a file
    swapped for a pipe after :func:`discover` is refused too."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        why = _not_regular(os.fstat(fd).st_mode)
        if why:
            raise InputError(printable(path), why)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _too_large(size: int, limit: int) -> str:
    return (f"too large ({size / 1e6:.1f} MB; the limit is {limit / 1e6:g} MB per article, "
            f"raise it with --max-size)")


def _read_bytes(src: Source, opts: InputOptions, stdin: BinaryIO | None) -> bytes:
    """The whole input (one article), refusing more than ``max_bytes``."""
    if src.path is None:
        data = (stdin or sys.stdin.buffer).read(opts.max_bytes + 1)
    else:
        try:
            size = src.path.stat().st_size
            if size > opts.max_bytes:
                raise InputError(src.label, _too_large(size, opts.max_bytes))
            with _open_regular(src.path) as fh:
                data = fh.read(opts.max_bytes + 1)
        except OSError as exc:
            raise InputError(src.label, _os_cause(exc)) from None
    if len(data) > opts.max_bytes:
        raise InputError(src.label, _too_large(len(data), opts.max_bytes))
    return data


def _lines(head: bytes, rest: BinaryIO) -> Iterator[bytes]:
    """Lines of ``head`` followed by the rest of the stream, read in chunks."""
    pending = head
    for chunk in iter(lambda: rest.read(1 << 16), b""):
        *complete, pending = (pending + chunk).split(b"\n")
        yield from complete
    yield from pending.split(b"\n")


def _kind(src: Source, data: bytes) -> str:
    suffix = src.path.suffix.lower() if src.path is not None else ""
    if suffix == ".jsonl":
        return "jsonl"
    if suffix in _HTML_SUFFIXES:
        return "html"
    head = data[:512].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if src.path is None and head.startswith(b"{"):
        return "jsonl"
    return "text"


def _html_article(src: Source, data: bytes) -> tuple[str, dict[str, str]]:
    import logging  # noqa: PLC0415

    import trafilatura  # noqa: PLC0415

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    decode(data, src.label)  # binary and empty checks with a clear message
    res = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    text = (getattr(res, "text", None) or "").strip() if res is not None else ""
    text = "\n".join(line for line in text.split("\n") if not is_consent_notice(line))
    if len(text.split()) < 5:
        raise InputError(src.label, "HTML page with no article text (only navigation or boilerplate)")
    meta = {"title": res.title, "date": res.date, "publisher": res.sitename, "url": res.url}
    return text, {k: str(v) for k, v in meta.items() if v}


_COOKIE = re.compile(r"\b(?:cookies?|kuki)\b", re.IGNORECASE)
_CONSENT = re.compile(r"\b(?:setuju|menyetujui|persetujuan|terima|menerima|izinkan|kebijakan privasi|"
                      r"pengalaman|accept|agree|consent|privacy|experience)\b", re.IGNORECASE)


def is_consent_notice(paragraph: str) -> bool:
    """A cookie banner, which trafilatura keeps as the page's text when the page has no article.

    Motivated by a page holding only a menu and "Situs ini menggunakan cookie untuk
    meningkatkan pengalaman Anda ... Anda menyetujui penggunaan cookie sesuai dengan
    kebijakan privasi kami." (accepted as an article before).

    >>> is_consent_notice("Situs ini menggunakan cookie. Dengan melanjutkan, Anda menyetujui kebijakan privasi.")
    True
    >>> is_consent_notice("We use cookies to improve your experience."), is_consent_notice("KPU menerima berkas.")
    (True, False)
    """
    return bool(_COOKIE.search(paragraph) and _CONSENT.search(paragraph))


def _jsonl_records(src: Source, lines: Iterable[bytes], opts: InputOptions) -> Iterator[Document | Issue]:
    for lineno, raw in enumerate(lines, start=1):
        label = f"{src.label}:{lineno}"
        if not raw.strip():
            continue
        if len(raw) > opts.max_bytes:
            yield Issue(label, _too_large(len(raw), opts.max_bytes))
            continue
        try:
            rec = json.loads(raw)
        except ValueError as exc:
            yield Issue(label, f"not valid JSON ({exc})")
            continue
        except RecursionError:
            yield Issue(label, "not valid JSON for an article (nested too deeply)")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield Issue(label, "JSON line has no non-empty \"text\" field")
            continue
        doc_id = str(rec.get("id") or rec.get("url") or f"{src.name}:{lineno}")
        meta = {k: str(rec[k]) for k in ("title", "url", "date", "publisher") if rec.get(k)}
        bad = next((k for k, v in (("id", doc_id), ("text", rec["text"]), *meta.items())
                    if _SURROGATE.search(v)), None)
        if bad:
            yield Issue(label, f"field {bad!r} is not valid Unicode (a lone surrogate such as \\ud800, "
                               f"which no file can hold)")
            continue
        yield Document(doc_id=doc_id, text=_normalise(rec["text"]), meta={**meta, "source": label})


_SURROGATE = re.compile("[\ud800-\udfff]")


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _documents(src: Source, opts: InputOptions, stdin: BinaryIO | None) -> Iterator[Document | Issue]:
    try:
        if src.path is not None and src.path.suffix.lower() == ".jsonl":   # any size: streamed by line
            try:
                with _open_regular(src.path) as fh:
                    yield from _jsonl_records(src, fh, opts)
            except OSError as exc:
                raise InputError(src.label, _os_cause(exc)) from None
            return
        if src.path is None:
            stream = stdin or sys.stdin.buffer
            head = stream.read(4096)
            if _kind(src, head) == "jsonl":
                yield from _jsonl_records(src, _lines(head, stream), opts)
                return
            data = head + stream.read(max(0, opts.max_bytes + 1 - len(head)))
            if len(data) > opts.max_bytes:
                raise InputError(src.label, _too_large(len(data), opts.max_bytes))
        else:
            data = _read_bytes(src, opts, stdin)
        if _kind(src, data) == "html":
            text, meta = _html_article(src, data)
        else:
            text, warning = decode(data, src.label)
            if warning:
                yield Issue(src.label, warning, skipped=False)
            meta = {}
        yield Document(doc_id=src.name, text=_normalise(text), meta={**meta, "source": src.label})
    except InputError as exc:
        yield Issue(exc.source, exc.cause)
    except Exception as exc:  # noqa: BLE001 - one input never takes the run down
        yield Issue(src.label, f"could not be read ({type(exc).__name__}: {exc}); please report this input")


def read_documents(sources: Iterable[Source], options: InputOptions | None = None, *,
                   stdin: BinaryIO | None = None) -> Iterator[Document | Issue]:
    """Stream documents in source order, with an :class:`Issue` for each bad input.

    Checks, each with a one-line message naming the input: unreadable, vanished,
    too large, empty, binary, not UTF-8 (decoded as cp1252/Latin-1, a warning),
    HTML without an article, not Indonesian, and duplicates (same text as an
    earlier input: the first is kept, a warning). An id used twice (two JSON lines
    with one ``id``) is a warning, and the later article gets ``id#2`` (``#3``, ...).
    """
    opts = options or InputOptions()
    seen: dict[str, str] = {}
    ids: dict[str, str] = {}     # doc_id -> the input that has it
    for src in sources:
        for item in _documents(src, opts, stdin):
            if isinstance(item, Issue):
                yield item
                continue
            where = item.meta.get("source", item.doc_id)
            if opts.check_language:
                ok, ratio = looks_indonesian(item.text)
                if not ok:
                    yield Issue(where, f"does not look like Indonesian (only {ratio:.0%} Indonesian "
                                       f"function words; skip this check with --any-language)")
                    continue
            key = hashlib.sha256(" ".join(item.text.split()).encode()).hexdigest()
            if key in seen:
                yield Issue(where, f"same text as {seen[key]}; kept the first", skipped=False)
                continue
            if item.doc_id in ids:   # two articles under one id would merge into one node
                n = 2
                while f"{item.doc_id}#{n}" in ids:
                    n += 1
                new = f"{item.doc_id}#{n}"
                yield Issue(where, f"id {item.doc_id!r} was already used by {ids[item.doc_id]}; "
                                   f"this article gets the id {new!r}", skipped=False)
                item = replace(item, doc_id=new)
            ids[item.doc_id] = where
            seen[key] = item.doc_id
            long = overlong_paragraphs(item.text)
            if long:   # the parser sees at most MAX_PIECE characters at once (kg.nlp.parser)
                yield Issue(where, f"{len(long)} paragraph{'s' if len(long) > 1 else ''} longer than "
                                   f"{MAX_PIECE:,} characters (the longest {max(long):,}, no line break); "
                                   f"parsed in pieces cut at sentence ends or spaces", skipped=False)
            yield item
