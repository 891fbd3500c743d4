"""kg.lang.dates: Indonesian date expressions."""
from __future__ import annotations

import pytest

from kg.lang.dates import find_dates, latest_explicit, parse_iso


@pytest.mark.parametrize("text, ref, iso", [
    ("Senin (4/12/2023)", None, "2023-12-04"),
    ("Rabu (13/11/2024)", None, "2024-11-13"),
    ("27 November 2024", None, "2024-11-27"),
    ("Senin, 28 Oktober 2024", None, "2024-10-28"),
    ("pada 6 Des 2023", None, "2023-12-06"),
    ("tanggal 14 Pebruari 2024", None, "2024-02-14"),
    ("Senin (4/12)", "2024-01-02", "2023-12-04"),
    ("sebelum tanggal 27 November", "2024-11-13", "2024-11-27"),
    ("Jumat lalu", "2024-10-28", "2024-10-25"),
    ("Senin lalu", "2024-10-28", "2024-10-21"),
    ("Kamis mendatang", "2024-10-28", "2024-10-31"),
    ("kemarin", "2024-03-01", "2024-02-29"),
    ("hari ini", "2024-03-01", "2024-03-01"),
    ("besok", "2023-12-31", "2024-01-01"),
    ("rapat pada Senin di kantor", "2024-11-14", "2024-11-11"),
    ("rapat pada hari Kamis", "2024-11-14", "2024-11-14"),
    ("pada 27-11-2024", None, "2024-11-27"),
    ("pada 27.11.2024", None, "2024-11-27"),
    ("diterbitkan 2024-11-20", None, "2024-11-20"),
    ("dua hari lalu", "2024-11-14", "2024-11-12"),
    ("3 hari yang lalu", "2024-03-01", "2024-02-27"),
    ("tinggal 13 hari lagi", "2024-11-14", "2024-11-27"),
])
def test_dates_resolved(text, ref, iso):
    (d,) = find_dates(text, ref)
    assert d.iso == iso


@pytest.mark.parametrize("text", [
    "Perda Nomor 6 Tahun 2020",
    "skor 50/50 persen",
    "Pemilu 2024",
    "nomor urut 3",
    "31/02/2024",
    "31-02-2024",
    "1.200.300 pemilih",
    "versi 1.2.2024.1",
    "dalam 7 hari ke depan",
])
def test_dates_none_or_invalid(text):
    assert [d.iso for d in find_dates(text) if d.iso] == []


@pytest.mark.parametrize("text", ["Jumat lalu", "kemarin"])
def test_dates_relative_without_reference_is_unresolved(text):
    (d,) = find_dates(text)
    assert (d.iso, d.explicit) == ("", False)


def test_dates_offsets_cover_the_expression():
    text = "Rapat digelar Senin (4/12/2023) di kantor."
    (d,) = find_dates(text)
    assert text[d.start:d.end] == "Senin (4/12/2023)"


@pytest.mark.parametrize("text, iso", [
    ("Rapat Senin (4/12/2023). Pemilu 14 Februari 2024.", "2023-12-04"),
    ("Rapat 1 Desember 2023 dan 6 Desember 2023.", "2023-12-06"),
    ("Tanpa tanggal, kemarin.", ""),
])
def test_dates_latest_explicit(text, iso):
    assert latest_explicit(text) == iso


@pytest.mark.parametrize("value, ok", [("2024-02-29", True), ("2023-02-29", False), ("", False), ("x", False)])
def test_dates_parse_iso(value, ok):
    assert (parse_iso(value) is not None) == ok
