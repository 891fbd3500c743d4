"""instrument rule: identifiers, kinds, issuers and dates (no model)."""
from __future__ import annotations

import pytest
from parses import blocks, document

from kg.rules.instrument import find_instruments, instrument

P = blocks("instrument")

SE = P["SE"]


@pytest.mark.parametrize("text, expected", [
    ("Perda Nomor 6 Tahun 2020 tentang penyertaan modal", [("Peraturan Daerah", "6 Tahun 2020")]),
    ("sesuai PKPU Nomor 7 Tahun 2023 dan UU No. 7 Tahun 2017",
     [("Peraturan KPU", "7 Tahun 2023"), ("Undang-Undang", "7 Tahun 2017")]),
    ("Keputusan Bupati Garut Nomor 100.3/Kep.45-Bag.Hukum/2024 menetapkan",
     [("Keputusan Bupati Garut", "100.3/Kep.45-Bag.Hukum/2024")]),
    ("membahas Raperda tentang pajak daerah", [("Rancangan Peraturan Daerah", "")]),
    ("sesuai PKPU 8/2024 dan UU 7/2017", [("Peraturan KPU", "8 Tahun 2024"), ("Undang-Undang", "7 Tahun 2017")]),
])
def test_instruments_kind_and_identifier(text, expected):
    assert [(i["kind"], i["identifier"]) for i in find_instruments(text)] == expected


@pytest.mark.parametrize("text", [
    "Perda itu sedang dibahas DPRD.",
    "Ia meminta se-Kota Pekalongan hadir nomor urut 2.",
    "Keputusan itu diambil kemarin.",
    "Keputusan 5/2024 belum terbit.",
    "SK 12/2024 dan skor PP 3/2",
])
def test_instruments_none(text):
    assert find_instruments(text) == []


@pytest.mark.parametrize("text, issuer", [
    ("Surat Edaran Menteri PANRB Nomor 1 Tahun 2023 tentang netralitas", "Menteri PANRB"),
    ("Instruksi Bupati Nomor 3 Tahun 2024", "Bupati"),
    ("Peraturan Bawaslu Nomor 1 Tahun 2024", "Bawaslu"),
    ("Perda Nomor 6 Tahun 2020", ""),
])
def test_instruments_issuer_from_the_name(text, issuer):
    (i,) = find_instruments(text)
    assert i["issuer"] == issuer


def test_instruments_issuer_text_and_date():
    (a,) = instrument.fn(document(SE))
    assert (a.arg("identifier"), a.arg("kind"), a.arg("issuer"), a.arg("date")) == (
        "270/139/SE/BKPSDMD/XI/2023", "Surat Edaran", "Wali Kota", "2023-12-06")


def test_instruments_issuer_entity_key():
    doc = document(SE, entities={"org:pemkot": ("organization", "Pemkot", [("s1", (1, 2))])})
    (a,) = instrument.fn(doc)
    assert a.arg("issuer") == "org:pemkot"


DATELINE_SE = P["DATELINE_SE"]


_LOTIM = {"region:52.03": ("region", "Lombok Timur", [("s1", (1, 2))])}


@pytest.mark.parametrize("ents, issuer", [
    ({"person:haerul": ("person", "Haerul", [("s1", (6,))]), **_LOTIM}, "person:haerul"),
    ({"org:pemkab": ("organization", "Bupati", [("s1", (4,))]), **_LOTIM}, "org:pemkab"),
])
def test_instruments_issuer_below_a_dateline_subject(ents, issuer):
    (a,) = instrument.fn(document(DATELINE_SE, entities=ents))
    assert (a.arg("identifier"), a.arg("issuer")) == ("100.3/45/Pem/2024", issuer)


def test_instruments_issuer_is_never_a_region_key():
    (a,) = instrument.fn(document(DATELINE_SE, entities=_LOTIM))
    assert not a.arg("issuer").startswith("region:")
