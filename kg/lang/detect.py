"""Is a text Indonesian? A stop-word ratio check on the first words.

>>> looks_indonesian("The election commission said that the vote will be held next year "
...                  "and that all of the candidates have to register by the end of the month.")[0]
False
"""
from __future__ import annotations

import re

__all__ = ["looks_indonesian", "STOPWORDS", "MIN_STOPWORD_RATIO"]

# Frequent Indonesian function words (conjunctions, prepositions, pronouns, particles).
STOPWORDS = frozenset("""
yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga oleh adalah ada karena
sebagai atau bisa kami kita ia mereka telah sudah saat agar para tersebut lebih harus bahwa
kata seperti secara dapat menjadi serta hal tak belum masih namun tetapi jika kalau bila
hingga sampai setelah sebelum antara bagi tentang terhadap sejak kepada maka pun lagi sangat
dia saya anda kamu nya yaitu yakni ujar ungkap jelas menurut pula hanya semua seluruh
""".split())
MIN_STOPWORD_RATIO = 0.08
_MIN_WORDS = 20
_WORD_RE = re.compile(r"[^\W\d_]+")


def looks_indonesian(text: str) -> tuple[bool, float]:
    """A stop-word ratio check: ``(ok, ratio)``. Texts under 20 words always pass.

    >>> looks_indonesian("Ketua KPU mengatakan bahwa pemilu akan digelar.")
    (True, 0.286)
    """
    words = [w.lower() for w in _WORD_RE.findall(text[:50000])]
    if not words:
        return False, 0.0
    ratio = sum(1 for w in words if w in STOPWORDS) / len(words)
    return (len(words) < _MIN_WORDS or ratio >= MIN_STOPWORD_RATIO), round(ratio, 3)
