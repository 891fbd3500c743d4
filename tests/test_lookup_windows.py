"""The indexed window look-ups of mention finding give what trying every window gives.

Titles, organisations and regions are found by folding ever longer windows of words and
looking each up; the index (:func:`kg.lang.lexicon.key_prefixes`) lets a search stop at the
first window no entry starts with. These tests compare the indexed searches with the plain
"every window, longest first" search on the words of the project's articles.
"""
from __future__ import annotations

from bisect import bisect_left
from pathlib import Path

import pytest

from kg.extract.mentions import _TitleWindows, _cap_runs, _regions
from kg.extract.spans import _lexicon_org, is_cap
from kg.lang.lexicon import fold, gazetteer, key_prefixes, organizations, titles
from kg.model import Word

ROOT = Path(__file__).resolve().parent.parent


def _sentences() -> list[tuple[Word, ...]]:
    """The lines of samples/ and tests/data/articles/ as whitespace-split words, commas split off."""
    out = []
    for folder in (ROOT / "samples", ROOT / "tests" / "data" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                toks = line.replace(",", " ,").replace("(", "( ").replace(")", " )").split()
                if toks:
                    out.append(tuple(Word(i, t) for i, t in enumerate(toks, 1)))
    return out


SENTENCES = _sentences()


@pytest.mark.parametrize("table, keys", [("titles", titles), ("organizations", organizations),
                                         ("regions", lambda: {**gazetteer().by_name, **gazetteer().districts})])
def test_key_prefixes_are_exactly_the_prefixes_of_the_keys(table, keys):
    prefixes, ks = key_prefixes(table), keys()
    assert all(k[:n] in prefixes for k in ks for n in range(len(k) + 1))
    ordered = sorted(ks)   # each prefix begins the first key not below it
    assert all((at := bisect_left(ordered, p)) < len(ordered) and ordered[at].startswith(p) for p in prefixes)


def test_title_windows_equal_every_window_tried():
    table = titles()
    assert len(SENTENCES) > 200
    for words in SENTENCES:
        windows = _TitleWindows(words)
        for i in range(len(words) + 1):
            every = [(j, table[fold(" ".join(w.text for w in words[i:j]))])
                     for j in range(min(len(words), i + 10), i, -1)
                     if fold(" ".join(w.text for w in words[i:j])) in table]
            assert windows[i] == every, " ".join(w.text for w in words)


def _lexicon_org_every_window(words, i):
    """The search before the index: every window of up to eight words, longest first."""
    orgs = organizations()
    for j in range(min(len(words), i + 8), i, -1):
        surface = " ".join(w.text for w in words[i:j])
        info = orgs.get(fold(surface))
        if info is None or not (is_cap(surface) or surface in ("pemerintah provinsi", "pemerintah kabupaten",
                                                                "pemerintah kota")):
            continue
        if not all(any(c.isascii() and c.isalnum() for c in w.text) for w in words[i:j]):
            continue
        if j == i + 1 and surface not in (info.acronym, info.acronym.upper(), *info.aliases) \
                and not (len(surface) > 4 and surface in (info.acronym.title(), *info.full)):
            continue
        return j, info
    return None


def test_lexicon_org_equals_every_window_tried():
    found = 0
    for words in SENTENCES:
        for i in range(len(words)):
            hit = _lexicon_org(words, i)
            assert hit == _lexicon_org_every_window(words, i), " ".join(w.text for w in words)
            found += hit is not None
    assert found > 100


def test_cap_runs_count_the_capitalised_words_from_each_position():
    for words in SENTENCES:
        runs = _cap_runs(words)
        assert runs[len(words)] == 0
        for k in range(len(words)):
            n = 0
            while k + n < len(words) and is_cap(words[k + n].text):
                n += 1
            assert runs[k] == n


def test_regions_with_short_forms_of_the_article():
    # a short form the abbreviation list lacks, defined by the article ("Kabupaten Lamandau (Lmd)")
    ws = tuple(Word(i, t) for i, t in enumerate("Pemkab Lmd dan warga Kota Pangkalpinang hadir".split(), 1))
    lamandau = gazetteer().lookup("Lamandau")
    assert _regions(ws, set()) == [(4, 6)]
    assert _regions(ws, set(), {"lmd": lamandau[:1]}) == [(1, 2), (4, 6)]
