"""Text helpers every stage shares: paragraphs as news pages lay them out, page furniture."""
from __future__ import annotations

import re

__all__ = ["paragraphs", "is_clutter"]

_PARA_RE = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Split on line breaks: news pages put one paragraph per line.

    Returns ``(offset, paragraph)`` pairs; blank lines are dropped.

    >>> paragraphs("Judul\\n\\nIsi satu.\\nIsi dua.")
    [(0, 'Judul'), (7, 'Isi satu.'), (17, 'Isi dua.')]
    """
    return [(m.start(), m.group()) for m in _PARA_RE.finditer(text) if m.group().strip()]


# page furniture: links to other stories, bylines, credits, comment counters
_CLUTTER = re.compile(r"^\s*(baca juga|baca pula|lihat juga|simak juga|berita terkait|artikel terkait|"
                      r"pos terkait|tinggalkan balasan|\d+\s+komentar|foto\s*:|editor\s*:|penulis\s*:|"
                      r"reporter\s*:|pewarta\s*:|redaktur\s*:|penyunting\s*:|fotografer\s*:|kontributor\s*:|"
                      r"sumber\s*:|copyright\b|hak cipta\b|\u00a9|ilustrasi\b|advertisement|scroll to|"
                      r"laporan (?:wartawan|reporter|kontributor|jurnalis)\b|simak video\b)",
                      re.IGNORECASE)


def is_clutter(text: str) -> bool:
    """Page furniture that is not part of the story ("Baca Juga: ...", "Pewarta: ...", "0 Komentar").

    >>> is_clutter("Baca Juga:Pabrik Mainan di Kendal Terbakar"), is_clutter("Ia berpesan.")
    (True, False)
    >>> is_clutter("Pewarta: Ricky Prayoga Editor: Budi Suyanto"), is_clutter("Redaktur : Ani")
    (True, True)
    >>> is_clutter("Laporan Wartawan Tribunnews.com, Fahmi Ramadhan")
    True
    """
    return bool(_CLUTTER.match(text))
