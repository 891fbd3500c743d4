"""event rule: cues, dates resolved against the article date, places (no model)."""
from __future__ import annotations

import pytest
from test_quotes import _doc

from kg.rules.event import event, find_place


@pytest.mark.parametrize("text, meta_date, expected", [
    ("Pemkot menggelar rapat koordinasi di Hotel Novotel, Balikpapan, Rabu (13/11/2024).", "",
     ("meeting", "2024-11-13", "Hotel Novotel, Balikpapan")),
    ("Budi mengunjungi kantor Bawaslu Kota Pangkalpinang pada Senin, 28 Oktober 2024.", "",
     ("visit", "2024-10-28", "kantor Bawaslu Kota Pangkalpinang")),
    ("Laporan itu disampaikan pada aksi KAHMI pada Jumat lalu.", "2024-10-28", ("other", "2024-10-25", "")),
    ("Pilkada serentak akan digelar pada 27 November 2024.", "", ("election", "2024-11-27", "")),
    ("Ia mengajak warga menggunakan hak pilihnya pada 27 November 2024.", "", ("election", "2024-11-27", "")),
    ("Ribuan APK di Kota Medan ditertibkan pada Minggu (24/11/2024).", "", ("other", "2024-11-24", "Kota Medan")),
    ("Pemungutan suara Pilkada Jawa Timur akan berlangsung serentak pada Rabu, 27 November 2024.", "",
     ("election", "2024-11-27", "")),
    ("KPU menggelar simulasi pemungutan suara di Kecamatan Klojen, Sabtu (9/11/2024).", "",
     ("other", "2024-11-09", "Kecamatan Klojen")),
    ("Pansus menggelar public hearing di Gedung DPRD Kota Pekalongan kemarin.", "2024-07-10",
     ("hearing", "2024-07-09", "Gedung DPRD Kota Pekalongan")),
])
def test_events_kind_date_place(text, meta_date, expected):
    doc = _doc(text, {})
    if meta_date:
        doc = doc.__class__(doc.doc_id, doc.text, {"date": meta_date}, doc.sentences, entities=doc.entities)
    got = [(e.arg("kind"), e.arg("date"), e.arg("place")) for e in event.fn(doc)]
    assert expected in got


@pytest.mark.parametrize("text", [
    "Kemarin Pilpres 86 persen partisipasinya.",          # an election without a written date
    "Rakor tersebut melibatkan pimpinan daerah.",         # no date, no place
    "KPU mendistribusikan logistik Pilkada 2024 ke 31 kecamatan pada Senin (18/11/2024).",  # not the election day
    "Logistik Pilkada akan didistribusikan ke 31 kecamatan pada Senin (18/11/2024).",     # nor this
    "Baca Juga: Rapat di Hotel Santika, Senin (4/12/2023)",  # an inserted headline
])
def test_events_none(text):
    assert list(event.fn(_doc(text, {}))) == []


def test_events_two_in_one_sentence_get_their_own_dates():
    doc = _doc("Menyambut Pilkada yang akan terlaksana pada tanggal 27 November 2024 mendatang, Pemprov "
               "menggelar Rapat Koordinasi di Hotel Novotel, Balikpapan, Rabu (13/11/2024).", {})
    got = {(e.arg("kind"), e.arg("date")) for e in event.fn(doc)}
    assert got == {("election", "2024-11-27"), ("meeting", "2024-11-13")}


def test_events_generic_event_takes_previous_kind():
    doc = _doc("Pemkot meningkatkan kewaspadaan dini melalui sosialisasi.\n"
               "Acara ini diadakan di Ruang Buketan, Setda Kota Pekalongan.", {})
    got = [(e.arg("kind"), e.arg("place")) for e in event.fn(doc)]
    assert got == [("socialisation", "Ruang Buketan, Setda Kota Pekalongan")]


@pytest.mark.parametrize("text, place", [
    ("di Ruang Pertemuan OR Kantor Wali Kota Pangkalpinang, Senin (4/12/2023)",
     "Ruang Pertemuan OR Kantor Wali Kota Pangkalpinang"),
    ("bertempat di Aula KPU Sleman pada Selasa", "Aula KPU Sleman"),
    ("di tingkat kecamatan dan kelurahan", None),
    ("apel di halaman Kantor Bupati Lombok Timur, Senin kemarin", "halaman Kantor Bupati Lombok Timur"),
    ("tampil di halaman 5 koran itu", None),
])
def test_events_find_place(text, place):
    found = find_place(text)
    assert (found[2] if found else None) == place
