"""Cheap checks on raw input bytes: empty, binary or text, and which encoding.

>>> decode("Ketua KPU".encode("cp1252"), "a.txt")
('Ketua KPU', None)
>>> decode("Caf\\xe9 \\x93Pemilu\\x94".encode("latin-1"), "a.txt")[1]
'not UTF-8; decoded as Windows-1252 (cp1252)'
"""
from __future__ import annotations

import codecs
import unicodedata

from kg.errors import InputError

__all__ = ["decode"]

_MAGIC = ((b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (.docx/.xlsx?)"),
          (b"\x1f\x8b", "a gzip archive"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"\x7fELF", "an executable"), (b"SQLite format 3", "an SQLite database"))
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ALLOWED_CONTROL = set("\t\n\r\f\v")


def decode(data: bytes, source: str) -> tuple[str, str | None]:
    """Decode input bytes; return ``(text, warning)``.

    Raises :class:`InputError` for empty, whitespace-only and binary input.
    UTF-8 (with or without BOM) and UTF-16/32 with a BOM decode silently;
    anything else decodes as cp1252, else Latin-1, with a warning saying so.
    """
    if not data:
        raise InputError(source, "empty file")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not text")
    text, warning = None, None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(source, f"binary file (starts like {codec} but does not decode)") from None
            break
    if text is None:
        if b"\x00" in data[:8192]:
            raise InputError(source, "binary file (contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text, warning = data.decode("cp1252"), "not UTF-8; decoded as Windows-1252 (cp1252)"
            except UnicodeDecodeError:
                text, warning = data.decode("latin-1"), "not UTF-8; decoded as Latin-1 (ISO-8859-1)"
    if not text.strip():
        raise InputError(source, "empty file (only whitespace)")
    sample = text[:20000]
    controls = sum(1 for c in sample if c not in _ALLOWED_CONTROL and unicodedata.category(c) == "Cc")
    if controls > 0.05 * len(sample):
        raise InputError(source, "binary file (mostly control characters), not text")
    return text, warning
