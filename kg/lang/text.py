"""Text helpers every stage shares: paragraphs as news pages lay them out, page furniture."""
from __future__ import annotations

import re

from kg.lang.words import BYLINE_LABELS

__all__ = ["paragraphs", "pieces", "overlong_paragraphs", "MAX_PIECE", "is_clutter", "bullet_headline"]

_PARA_RE = re.compile(r"[^\n]+")

# The most characters the parser sees at once. A news paragraph is rarely over 1,500; a
# 2 MB line without punctuation given whole to Stanza took 15 minutes and 5 GB (the
# dependency parser is quadratic in sentence length), so longer paragraphs are cut.
MAX_PIECE = 2000
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Split on line breaks: news pages put one paragraph per line.

    Returns ``(offset, paragraph)`` pairs; blank lines are dropped.

    >>> paragraphs("Judul\\n\\nIsi satu.\\nIsi dua.")
    [(0, 'Judul'), (7, 'Isi satu.'), (17, 'Isi dua.')]
    """
    return [(m.start(), m.group()) for m in _PARA_RE.finditer(text) if m.group().strip()]


def _cut(para: str, limit: int) -> list[tuple[int, str]]:
    """``para`` in pieces of at most ``limit`` characters: after the last sentence end in the
    second half of the window, else at the last space, else (one long token) at the limit."""
    out, start = [], 0
    while len(para) - start > limit:
        window = para[start:start + limit + 1]
        ends = [m.end() for m in _SENTENCE_END.finditer(window, limit // 2) if m.end() <= limit]
        cut = ends[-1] if ends else max(window.rfind(" ", limit // 4, limit), window.rfind("\t", limit // 4, limit)) + 1
        if cut <= 0:
            cut = limit
        out.append((start, para[start:start + cut]))
        start += cut
        while start < len(para) and para[start].isspace():
            start += 1
    if start < len(para):
        out.append((start, para[start:]))
    return [(o, t) for o, t in out if t.strip()]


def pieces(text: str, limit: int = MAX_PIECE) -> list[tuple[int, int, str]]:
    """What the parser is given: ``(paragraph number, offset, text)``, each at most ``limit``
    characters; a longer paragraph is cut into several pieces with its number.

    >>> pieces("Judul\\nSatu dua. Tiga empat lima.", limit=12)
    [(1, 0, 'Judul'), (2, 6, 'Satu dua. '), (2, 16, 'Tiga empat '), (2, 27, 'lima.')]
    """
    out = []
    for n, (base, para) in enumerate(paragraphs(text), start=1):
        if len(para) <= limit:
            out.append((n, base, para))
        else:
            out.extend((n, base + o, t) for o, t in _cut(para, limit))
    return out


def overlong_paragraphs(text: str, limit: int = MAX_PIECE) -> list[int]:
    """Lengths of the paragraphs :func:`pieces` cuts (for a warning)."""
    return [len(p) for _, p in paragraphs(text) if len(p) > limit]


# page furniture: links to other stories, bylines, credits, comment counters
# (the related-link forms the news gold README lists: "Baca juga", "Baca:", "Berita Lain:")
# a byline's label, or two for one name: "Pewarta:", "Redaktur & Reporter : Kennorton Girsang"
_LABEL = "(?:" + "|".join(sorted(BYLINE_LABELS)) + ")"
_CLUTTER = re.compile(r"^\s*[(\[]?\s*(baca juga|baca pula|baca\s*:|berita lain(?:nya)?\s*:|lihat juga|simak juga|"
                      r"berita terkait|artikel terkait|"
                      r"pos terkait|tinggalkan balasan|\d+\s+komentar|"
                      + _LABEL + r"(?:\s*(?:&|/|dan)\s*" + _LABEL + r")*\s*:|"
                      r"sumber\s*:|copyright\b|hak cipta\b|\u00a9|ilustrasi\b|advertisement|scroll to|"
                      r"laporan (?:wartawan|reporter|kontributor|jurnalis)\b|simak video\b|"
                      # a portal's call to follow it and its repost notes: "Follow Berita Okezone di Google
                      # News", "Baca artikel: ...", "Artikel ini telah tayang di seputarpapua.com"
                      r"(?:follow|ikuti|cek|simak)\b.{0,60}\bgoogle news\b|baca artikel\s*:|"
                      r"artikel ini (?:telah )?tayang\b|link sumber\s*:)",
                      re.IGNORECASE)


def is_clutter(text: str) -> bool:
    """Page furniture that is not part of the story ("Baca Juga: ...", "Pewarta: ...", "0 Komentar").

    >>> is_clutter("Baca Juga:Pabrik Mainan di Kendal Terbakar"), is_clutter("Ia berpesan.")
    (True, False)
    >>> is_clutter("Pewarta: Ricky Prayoga Editor: Budi Suyanto"), is_clutter("Redaktur : Ani")
    (True, True)
    >>> is_clutter("Redaktur & Reporter : Kennorton Girsang"), is_clutter("Wartawan itu berkata")
    (True, False)
    >>> is_clutter("Laporan Wartawan Tribunnews.com, Fahmi Ramadhan")
    True
    >>> is_clutter("Follow Berita Okezone di Google News"), is_clutter("Artikel ini telah tayang di seputarpapua.com")
    (True, True)
    >>> is_clutter("Cek Berita dan Artikel lainnya di Google News"), is_clutter("Ikuti arahan Bupati.")
    (True, False)
    >>> is_clutter("(Baca Juga : Hadiri Pelantikan Asbadata, Hj Nurhidayah Berharap ...)")
    True
    >>> is_clutter("Baca: Cuti Kampanye, Bupati Malang Lepas Fasilitas Negara"), is_clutter("Baca selengkapnya")
    (True, False)
    >>> is_clutter("• Bupati Tanggamus Dewi Handajani dan Suami Nyoblos di Kota Agung"), is_clutter("• Warga diminta datang.")
    (True, False)
    """
    return bool(_CLUTTER.match(text)) or bullet_headline(text)


_BULLET = re.compile(r"^\s*[\u2022\u25aa\u25cf\u00bb]\s*(?P<rest>.*)$")


def bullet_headline(text: str) -> bool:
    """A bullet before another story's Title Case headline, a related link between two paragraphs (gold
    README: related-link lines are not annotated): "• Bupati Tanggamus Dewi Handajani dan Suami Nyoblos di
    Kota Agung". Four words at least, seven in ten capitalised, no closing full stop; a bulleted sentence of
    the story stays. The sentence splitter may cut the bullet off: pass "• " and the sentence after it."""
    m = _BULLET.match(text)
    if not m or m["rest"].rstrip().endswith((".", "!", "?", ":")):
        return False
    words = [w for w in m["rest"].split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
