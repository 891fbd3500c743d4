"""kg.lang.lexicon: gazetteer, organisation, title and honorific look-ups."""
from __future__ import annotations

import pytest

from kg.lang.lexicon import corps_words, fold, gazetteer, honorifics, organizations, key_slug, titles


@pytest.mark.parametrize("name, code", [
    ("Pangkalpinang", "19.71"), ("Pangkal Pinang", "19.71"), ("Kaltim", "64"),
    ("Kutim", "64.08"), ("Kutai Timur", "64.08"), ("Kalimantan Timur", "64"), ("Sumut", "12"),
])
def test_lexicon_gazetteer_finds_region(name, code):
    assert code in [r.code for r in gazetteer().lookup(name)]


@pytest.mark.parametrize("name", ["Budi", "Rapat", "Bawaslu", ""])
def test_lexicon_gazetteer_ignores_non_region(name):
    assert gazetteer().lookup(name) == ()


def test_lexicon_gazetteer_keeps_kabupaten_kota_ambiguity():
    assert sorted(r.level for r in gazetteer().lookup("Pekalongan")) == ["kabupaten", "kota"]


@pytest.mark.parametrize("within, found", [({"35.73"}, "35.73.02"), ({"33.75"}, None), (set(), None)])
def test_lexicon_district_only_inside_known_kabkota(within, found):
    hit = gazetteer().district("Klojen", within)
    assert (hit.code if hit else None) == found


@pytest.mark.parametrize("form, acronym", [
    ("Badan Pengawas Pemilu", "Bawaslu"), ("Kesbangpol", "Bakesbangpol"), ("POLRI", "Polri"),
    ("Forum Kerukunan Umat Beragama", "FKUB"), ("Pemerintah Kota", "Pemkot"),
    ("Banwaslu", "Bawaslu"),   # a spelling regional outlets print: "Ketua Banwaslu Kabupaten Kapuas ..."
])
def test_lexicon_organization_forms(form, acronym):
    assert organizations()[fold(form)].acronym == acronym


@pytest.mark.parametrize("word", ["OPD", "ormas", "camat", "RT", "ASN"])
def test_lexicon_generic_nouns_are_not_organizations(word):
    assert fold(word) not in organizations()


@pytest.mark.parametrize("surface, base, kind", [
    ("Walikota", "Wali Kota", "regional"), ("Sekretaris Daerah Kota", "Sekretaris Daerah", "office"),
    ("Sekda", "Sekretaris Daerah", "office"), ("Pejabat Sementara", "Pjs", "qualifier"),
    ("Pelaksana Tugas", "Plt", "qualifier"), ("Kepala Badan Kesatuan Bangsa dan Politik",
                                              "Kepala Bakesbangpol", "office"),
    ("Ketua Bawaslu", "Ketua Bawaslu", "office"), ("Ketua", "Ketua", "role"),
    # the body column's lower-case gloss "Dinas (perangkat daerah)" is no short name of it
    ("Kadis", "Kepala Dinas", "office"),
    # "Kasat Intelkam" folds to the fused spelling: both the Polres post
    ("Kasat Intelkam", "Kepala Satuan Intelijen dan Keamanan", "office"),
    ("Kasatintelkam", "Kepala Satuan Intelijen dan Keamanan", "office"),
])
def test_lexicon_title_base(surface, base, kind):
    t = titles()[fold(surface)]
    assert (t.base, t.kind) == (base, kind)


@pytest.mark.parametrize("form, where", [("Hj", 0), ("Drs", 0), ("Bapak", 0), ("M.Si", 1), ("S.Sos", 1)])
def test_lexicon_honorifics(form, where):
    assert fold(form) in honorifics()[where]


@pytest.mark.parametrize("form", ["Inf", "TNI", "Pol", "Pnb", "Purn"])
def test_lexicon_corps_words_are_written_before_names(form):
    assert fold(form) in corps_words() and fold(form) in honorifics()[0]


def test_lexicon_ranks_are_no_corps_words():
    assert not {"kolonel", "akbp", "letkol"} & corps_words()


@pytest.mark.parametrize("name", ["Budi", "Utama", "Salahudin"])
def test_lexicon_names_are_not_honorifics(name):
    before, after = honorifics()
    assert fold(name) not in before | after


@pytest.mark.parametrize("text, expected", [("Bawaslu Kota Pangkalpinang", "bawaslu-kota-pangkalpinang"),
                                            ("Syafi'i  Ahmad", "syafii-ahmad"), ("Kab. Kudus", "kab-kudus")])
def test_lexicon_slug(text, expected):
    assert key_slug(text) == expected


@pytest.mark.parametrize("name, code", [
    ("Meranti", ("14.10",)),    # "Bengkalis 70 dan Meranti 40": Kabupaten Kepulauan Meranti
    ("Talaud", ("71.04",)),
    ("Tidore", ("82.72",)),     # Kota Tidore Kepulauan
    ("Konawe", ("74.02",)),     # not Konawe Kepulauan: Konawe is a kabupaten of its own
    ("Seribu", ()),             # a numeral, not Kepulauan Seribu
])
def test_archipelago_regency_without_kepulauan(name, code):
    from kg.lang.lexicon import gazetteer
    assert tuple(r.code for r in gazetteer().lookup(name)) == code


@pytest.mark.parametrize("name, code", [
    ("Sorsel", "96.02"),    # "KPU Sorsel": Kabupaten Sorong Selatan (Papua Barat Daya)
    ("Gumas", "62.10"),     # Gunung Mas, Kalimantan Tengah
    ("Tator", "73.18"),     # Tana Toraja
    ("Morotai", "82.07"),   # Kabupaten Pulau Morotai, written without "Pulau"
])
def test_lexicon_regency_short_forms_of_the_east(name, code):
    assert [r.code for r in gazetteer().lookup(fold(name))] == [code]
