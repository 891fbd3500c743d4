"""kg.extract.meta: publisher, dateline, title and date from the page text."""
from __future__ import annotations

import pytest

from kg.extract.meta import article_meta, find_publisher, find_title, read_meta
from kg.model import Document
from kg.stage import Stage


@pytest.mark.parametrize("text, publisher, place", [
    ("PANGKALPINANG, AKSELNEWS.COM - Pemkot menggelar rapat.", "AKSELNEWS.COM", "PANGKALPINANG"),
    ("Pangkalpinang, AkselNews.com \u2013 Pemkot terus bersiap.", "AkselNews.com", "Pangkalpinang"),
    ("RADARPEKALONGAN.ID, PEKALONGAN \u2013 Menjelang Pilkada.", "RADARPEKALONGAN.ID", "PEKALONGAN"),
    ("Pangkalpinang -growmedia-indo,com-\nPenjabat Wali Kota datang.", "growmedia-indo.com", "Pangkalpinang"),
    ("Judul Berita Tanpa Titik\n\nKutipopini.com Dalam rangka menyambut Pilkada.", "Kutipopini.com", ""),
    ("Garut, KabarPriangan.co.id - Kapolres mengimbau warga.", "KabarPriangan.co.id", "Garut"),
    ("Lombok Timur (Suarantb.com) \u2013 Bupati menerbitkan edaran.", "Suarantb.com", "Lombok Timur"),
    ("Jakarta (ANTARA) - KPU RI menetapkan jadwal.", "ANTARA", "Jakarta"),
    ("MEDAN (Waspada): Bawaslu Kota Medan mengawasi kampanye.", "Waspada", "MEDAN"),
])
def test_article_publisher_and_dateline(text, publisher, place):
    assert find_publisher(text) == (publisher, place)


@pytest.mark.parametrize("text", [
    "Selain itu, sosialisasi juga menjadi perhatian serius. Info di www.kpu.go.id.",
    "Budi berkata bahwa laman pemkot.go.id sudah diperbarui.",
    "Budi Utama (Pj Wali Kota) - hadir dalam rapat itu.",
    "Budi (Ketua): hadir dalam rapat itu.",
])
def test_article_no_publisher_in_running_text(text):
    assert find_publisher(text) == ("", "")


@pytest.mark.parametrize("text, title", [
    ("Pemkot Perkuat Sosialisasi Jelang Pilkada\n\nPEKALONGAN - Isi berita.", "Pemkot Perkuat Sosialisasi Jelang Pilkada"),
    ("Selain itu, sosialisasi juga menjadi perhatian.\nIsi.", ""),
    ("Pangkalpinang -growmedia-indo,com-\nIsi berita panjang.", ""),
    ("Satu baris saja tanpa titik", ""),
    ("Senin, 4 Desember 2023 | 10:15 WIB\nJAKARTA - Isi berita.", ""),
    ("Bawaslu Awasi Kampanye\nMEDAN (Waspada): Isi berita.", "Bawaslu Awasi Kampanye"),
    ("Pilkada Damai\nIsi berita.", ""),
])
def test_article_title(text, title):
    assert find_title(text, find_publisher(text)[0]) == title


def test_article_date_estimated_from_latest_reported_day():
    meta = read_meta("Rapat digelar Senin (4/12/2023).\nPemilu pada 14 Februari 2024.")
    assert (meta["date"], meta["date_source"]) == ("2023-12-04", "estimated")


@pytest.mark.parametrize("text, iso", [
    ("Judul Berita Ini\nGubernur meninjau gudang, Selasa (19/11/2024).\nIsi.\nIsi.\n"
     "Pemungutan suara pada Rabu, 27 November 2024.", "2024-11-19"),   # the lead's day, not the schedule
    ("Judul Berita Ini\nIsi.\nIsi.\nIsi.\nRapat digelar Kamis (21/11/2024).", "2024-11-21"),  # none in the lead
])
def test_article_date_estimated_from_the_lead(text, iso):
    assert read_meta(text)["date"] == iso


def test_article_date_from_dateline():
    meta = read_meta("Jakarta, 3 Januari 2024 - Rapat digelar Senin (8/1/2024).")
    assert (meta["date"], meta["date_source"]) == ("2024-01-03", "dateline")


def test_article_date_from_header_line():
    meta = read_meta("Judul Berita Panjang Tanpa Titik\nSenin, 4 Desember 2023 | 10:15 WIB\n"
                     "JAKARTA - Rapat digelar Selasa (5/12/2023).")
    assert (meta["date"], meta["date_source"]) == ("2023-12-04", "dateline")


def test_article_meta_is_a_stage_requiring_sentences():
    assert isinstance(article_meta, Stage)
    assert (article_meta.requires, article_meta.provides) == (frozenset({"sentences"}), frozenset())


def test_article_existing_meta_wins():
    doc = Document("a.txt", "PANGKALPINANG, AKSELNEWS.COM - Rapat Senin (4/12/2023).",
                   meta={"publisher": "Aksel", "date": "2023-12-05"}, sentences=())
    meta = article_meta(doc).meta
    assert (meta["publisher"], meta["date"], "date_source" in meta) == ("Aksel", "2023-12-05", False)


def test_article_meta_fills_missing_keys():
    doc = Document("a.txt", "PANGKALPINANG, AKSELNEWS.COM - Rapat Senin (4/12/2023).", sentences=())
    meta = article_meta(doc).meta
    assert (meta["publisher"], meta["date"], meta["dateline"]) == ("AKSELNEWS.COM", "2023-12-04", "PANGKALPINANG")
