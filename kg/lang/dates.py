"""Indonesian date expressions resolved against a reference (publication) date.

Offline and deterministic: month and weekday names are a small table.
Handles ``Senin (4/12/2023)``, ``Rabu (13/11/2024)``, ``27 November 2024``,
``Senin, 28 Oktober 2024``, ``4 Des 2023``, ``(4/12)`` (year from the
reference), and relative forms ``Jumat lalu``, ``kemarin``, ``hari ini``,
``besok``, ``Senin mendatang``.

>>> [(d.text, d.iso) for d in find_dates("Rapat digelar Senin (4/12/2023) di kantor.")]
[('Senin (4/12/2023)', '2023-12-04')]
>>> [d.iso for d in find_dates("aksi pada Jumat lalu", ref="2024-10-28")]
['2024-10-25']
>>> parse_iso("2024-02-30") is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

__all__ = ["MONTHS", "WEEKDAYS", "DateMention", "find_dates", "parse_iso", "latest_explicit"]

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agust": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "nov": 11, "desember": 12, "des": 12,
}
WEEKDAYS: dict[str, int] = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4,
                            "sabtu": 5, "minggu": 6, "ahad": 6}

_WD = r"(?P<wd>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)"
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(
    rf"(?:{_WD}\s*[,(]?\s*)?\(?\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\b\)?",
    re.IGNORECASE)
_TEXTUAL = re.compile(
    rf"(?:{_WD}\s*,?\s*(?:\(\s*)?)?(?:tanggal\s+|tgl\.?\s+)?\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\.?"
    rf"(?:\s+(?P<y>\d{{4}}))?\b\)?", re.IGNORECASE)
_DASHED = re.compile(r"(?<![\d./-])(?:(?P<d>\d{1,2})[-.](?P<m>\d{1,2})[-.](?P<y>\d{4})"
                     r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))(?![\d./-])")
_DAYS_AGO = re.compile(r"\b(?P<n>\d{1,2}|se|dua|tiga|empat|lima|enam|tujuh)\s*hari\s+"
                       r"(?P<dir>(?:yang\s+)?lalu|sebelumnya|lagi|mendatang)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_DAY_MONTH = re.compile(rf"\d\s+(?:{_MON})", re.IGNORECASE)   # in every _TEXTUAL match
_NUMBERS = {"se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7}
_RELATIVE = re.compile(
    rf"\b(?:{_WD}\s+(?P<dir>lalu|kemarin|pekan\s+lalu|minggu\s+lalu|depan|mendatang|pekan\s+depan)"
    rf"|(?P<word>kemarin|hari\s+ini|besok|lusa)"
    rf"|pada\s+(?:hari\s+)?(?P<bare>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)(?!\s*[,(]?\s*\d))\b",
    re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date expression in a text: ``start``/``end`` index the text given to :func:`find_dates`."""
    start: int
    end: int
    text: str
    iso: str                     # "" when it could not be resolved (no reference for a relative form)
    explicit: bool               # a calendar date written out (day, month and year or reference year)
    weekday: bool                # a weekday name accompanies it ("Senin (4/12/2023)")


def parse_iso(value: str | date | None) -> date | None:
    """``"2023-12-04"`` -> ``date``; ``None`` for anything else.

    >>> parse_iso("2023-12-04")
    datetime.date(2023, 12, 4)
    """
    if isinstance(value, date):
        return value
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _make(y: int | None, m: int, d: int, ref: date | None) -> date | None:
    if y is None:  # the year nearest to the reference date
        if ref is None:
            return None
        cands = []
        for yy in (ref.year - 1, ref.year, ref.year + 1):
            try:
                cands.append(date(yy, m, d))
            except ValueError:
                pass
        return min(cands, key=lambda c: abs((c - ref).days)) if cands else None
    if y < 100:
        y += 2000
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _relative(m: re.Match, ref: date | None) -> date | None:
    if ref is None:
        return None
    word = (m["word"] or "").lower().split()
    if m["bare"]:  # "pada Senin": the last such day on or before the reference (news report the past)
        return ref - timedelta(days=(ref.weekday() - WEEKDAYS[m["bare"].lower()]) % 7)
    if word:
        return ref + timedelta(days={"kemarin": -1, "hari": 0, "besok": 1, "lusa": 2}[word[0]])
    target = WEEKDAYS[m["wd"].lower()]
    direction = m["dir"].lower()
    if "depan" in direction or "mendatang" in direction:
        delta = (target - ref.weekday()) % 7 or 7
        return ref + timedelta(days=delta)
    delta = (ref.weekday() - target) % 7 or 7
    return ref - timedelta(days=delta)


def find_dates(text: str, ref: str | date | None = None) -> list[DateMention]:
    """All date expressions in ``text`` in order, resolved against ``ref`` (ISO string or date).

    >>> [(d.iso, d.weekday) for d in find_dates("Senin, 28 Oktober 2024 dan 27 November")]
    [('2024-10-28', True), ('', False)]
    >>> [d.iso for d in find_dates("sebelum tanggal 27 November", ref="2024-11-13")]
    ['2024-11-27']
    >>> [d.iso for d in find_dates("Terkait laporan kemarin", ref="2024-10-28")]
    ['2024-10-27']
    >>> find_dates("Perda Nomor 6 Tahun 2020 dan 50/50 persen")
    []
    >>> [d.iso for d in find_dates("hari H 27-11-2024, rapat 2024-11-20")]
    ['2024-11-27', '2024-11-20']
    >>> [d.iso for d in find_dates("dua hari lalu dan 3 hari lagi", ref="2024-11-14")]
    ['2024-11-12', '2024-11-17']
    >>> find_dates("1.200 TPS, 12.11.2024.5 dan 100.3/45/2024")
    []
    """
    refd = parse_iso(ref)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # cheap tests of what each form cannot do without: a day before a month's name, a slash, a digit
    digits = _DIGIT.search(text) is not None
    for m in _TEXTUAL.finditer(text) if digits and _DAY_MONTH.search(text) else ():
        y = int(m["y"]) if m["y"] else None
        d = _make(y, MONTHS[m["mon"].lower()], int(m["d"]), refd)
        start, end = m.start(), m.end()
        if text[start:end].endswith(")") and "(" not in text[start:end]:
            end -= 1
        out.append(DateMention(start, end, text[start:end], d.isoformat() if d else "",
                               explicit=y is not None or d is not None, weekday=bool(m["wd"])))
        taken.append((start, end))
    for m in _NUMERIC.finditer(text) if "/" in text else ():
        if not free(m.start(), m.end()) or (m["y"] is None and not m["wd"]):
            continue  # "50/50" or a fraction, not a date
        mo, dd = int(m["m"]), int(m["d"])
        if not (1 <= mo <= 12):
            continue
        d = _make(int(m["y"]) if m["y"] else None, mo, dd, refd)
        start, end = m.start(), m.end()
        seg = text[start:end]
        if seg.endswith(")") and seg.count("(") < seg.count(")"):
            end -= 1
        out.append(DateMention(start, end, text[start:end], d.isoformat() if d else "",
                               explicit=d is not None, weekday=bool(m["wd"])))
        taken.append((start, end))
    for m in _DASHED.finditer(text) if digits else ():
        if not free(m.start(), m.end()):
            continue
        y, mo, dd = (int(m["y"]), int(m["m"]), int(m["d"])) if m["y"] else (
            int(m["iy"]), int(m["im"]), int(m["id"]))
        d = _make(y, mo, dd, refd) if 1 <= mo <= 12 else None
        if d is not None:
            out.append(DateMention(m.start(), m.end(), m.group(), d.isoformat(), explicit=True, weekday=False))
            taken.append((m.start(), m.end()))
    for m in _DAYS_AGO.finditer(text):
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"].lower()]
        sign = -1 if ("lalu" in m["dir"].lower() or "sebelum" in m["dir"].lower()) else 1
        d = refd + timedelta(days=sign * n) if refd else None
        out.append(DateMention(m.start(), m.end(), m.group(), d.isoformat() if d else "",
                               explicit=False, weekday=False))
        taken.append((m.start(), m.end()))
    for m in _RELATIVE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        d = _relative(m, refd)
        out.append(DateMention(m.start(), m.end(), m.group(), d.isoformat() if d else "",
                               explicit=False, weekday=bool(m["wd"] or m["bare"])))
        taken.append((m.start(), m.end()))
    return sorted(out, key=lambda x: x.start)


def latest_explicit(text: str) -> str:
    """The latest explicit date written with a weekday (a reported day, as in
    ``Senin (4/12/2023)``), else the latest explicit date; "" when none.

    >>> latest_explicit("Rapat Senin (4/12/2023). Pemilu 14 Februari 2024.")
    '2023-12-04'
    >>> latest_explicit("Pemilu 14 Februari 2024.")
    '2024-02-14'
    >>> latest_explicit("Tanpa tanggal.")
    ''
    """
    found = [d for d in find_dates(text) if d.explicit and d.iso]
    weekday = [d.iso for d in found if d.weekday]
    pool = weekday or [d.iso for d in found]
    return max(pool) if pool else ""
