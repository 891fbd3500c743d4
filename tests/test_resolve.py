"""kg.extract.resolve: persons, organisations and regions of one article; CorpusIndex across articles."""
from __future__ import annotations

from dataclasses import replace

import pytest
from entity_helpers import resolved

from kg.model import Assertion, Document, Entity, Provenance
from kg.extract.resolve import CorpusIndex


def _ents(doc, kind):
    return {e.key: e for e in doc.entities if e.kind == kind}


# persons -----------------------------------------------------------------

@pytest.mark.parametrize("sent, name", [
    ("Plt Wali Kota Pekalongan , H Salahudin , membuka acara .", "Salahudin"),
    ("Acara dibuka Bapak Budi|PROPN|B-PER Utama|PROPN|E-PER , kemarin .", "Budi Utama"),
    ("Bupati Kudus , Drs. Hartono Wibisono , M.Si , meminta ASN netral .", "Hartono Wibisono"),
])
def test_resolve_person_honorifics_dropped(sent, name):
    assert [e.name for e in _ents(resolved(sent), "person").values()] == [name]


def test_resolve_short_name_joins_full_name_and_says_why():
    doc = resolved("Budi|PROPN|B-PER Utama|PROPN|E-PER datang ke kantor .", "“ Kami siap , ” ujar Budi .")
    (person,) = _ents(doc, "person").values()
    assert (person.key, person.aliases, len(person.mentions)) == ("person:budi-utama", ("Budi",), 2)
    assert "'Budi' (s2) is a word of 'Budi Utama'" in person.why


def test_resolve_short_name_takes_nearest_preceding_full_name():
    doc = resolved("Budi|PROPN|B-PER Utama|PROPN|E-PER datang .",
                   "Budi|PROPN|B-PER Santoso|PROPN|E-PER menyusul .", "“ Siap , ” ujar Budi .")
    ents = _ents(doc, "person")
    assert (len(ents["person:budi-utama"].mentions), len(ents["person:budi-santoso"].mentions)) == (1, 2)


@pytest.mark.parametrize("sentences, persons", [
    # a clipped first name after the name in full is that person: "Herimanto ... kata Heri"
    (("kata|VERB Ketua KPU Sikka , Herimanto , di Maumere .", "Klaster kedua , kata|VERB Heri|PROPN|S-PER , hari ini ."),
     {"person:herimanto": ("Heri",)}),
    (("Ketua Bawaslu , Alexander|PROPN|B-PER Kaaba|PROPN|E-PER menegaskan|VERB .", "kata|VERB Alex|PROPN|S-PER kemarin ."),
     {"person:alexander-kaaba": ("Alex",)}),
    # the same name spelt otherwise: "ie" for "i", the old spelling "oe"
    (("Anggota Bawaslu Kendal Arief|PROPN|B-PER Musthofifin|PROPN|E-PER hadir|VERB .", "jelas|VERB Arif|PROPN|S-PER ."),
     {"person:arief-musthofifin": ("Arif",)}),
    (("Bupati Kudus Soenarto|PROPN|B-PER Wibowo|PROPN|E-PER hadir|VERB .", "kata|VERB Sunarto|PROPN|S-PER ."),
     {"person:soenarto-wibowo": ("Sunarto",)}),
    # a typo of one letter more: "Ketua KPU Maluku, M. Shaddek Fuad" then "kata Sahaddek"
    (("Ketua KPU Maluku , Shaddek|PROPN|B-PER Fuad|PROPN|E-PER hadir|VERB .", "kata|VERB Sahaddek|PROPN|S-PER ."),
     {"person:shaddek-fuad": ("Sahaddek",)}),
    # two neighbouring letters swapped: "AKBP Yudha Hery Setiawan" then "Lebih lanjut Yudah mengatakan"
    (("Kapolres AKBP Yudha|PROPN|B-PER Hery|PROPN|I-PER Setiawan|PROPN|E-PER hadir|VERB .",
      "kata|VERB Yudah|PROPN|S-PER ."), {"person:yudha-hery-setiawan": ("Yudah",)}),
    # ... but a changed letter is another man: "Hartono" is not "Hartoyo"
    (("Bupati Kudus Hartono|PROPN|B-PER Wibisono|PROPN|E-PER hadir|VERB .", "kata|VERB Hartoyo|PROPN|S-PER ."),
     {"person:hartono-wibisono": (), "person:hartoyo": ()}),
    # the father's name fused with "putri"/"putra" is another person: "Megawati Soekarnoputri ... trah Soekarno"
    (("Ketua Umum PDI Perjuangan Megawati|PROPN|B-PER Soekarnoputri|PROPN|E-PER hadir|VERB .",
      "karena|ADP trah|NOUN Soekarno|PROPN|S-PER|2|nmod ."),
     {"person:megawati-soekarnoputri": (), "person:soekarno": ()}),
    # two names it could clip, or too short a form: no guess
    (("Agustinus|PROPN|B-PER Rada|PROPN|E-PER dan Agustina|PROPN|B-PER Sari|PROPN|E-PER hadir|VERB .",
      "kata|VERB Agus|PROPN|S-PER kemarin ."),
     {"person:agustinus-rada": (), "person:agustina-sari": (), "person:agus": ()}),
])
def test_resolve_clipped_first_name_joins_the_full_name(sentences, persons):
    assert {k: e.aliases for k, e in _ents(resolved(*sentences), "person").items()} == persons


def test_resolve_different_full_names_stay_apart():
    doc = resolved("Imam|PROPN|B-PER Ghazali|PROPN|E-PER dan Imam|PROPN|B-PER Santoso|PROPN|E-PER hadir .")
    assert sorted(_ents(doc, "person")) == ["person:imam-ghazali", "person:imam-santoso"]


# regions -----------------------------------------------------------------

@pytest.mark.parametrize("sentences, code", [
    (("Warga Kota Pekalongan datang .", "Pekalongan aman ."), "33.75"),
    (("Bupati Pekalongan meminta warga tenang .",), "33.26"),
    (("Warga Kabupaten Pekalongan datang .",), "33.26"),
    (("Polres Pekalongan Kota siaga .",), "33.75"),
])
def test_resolve_region_kabupaten_kota_ambiguity(sentences, code):
    assert list(_ents(resolved(*sentences), "region")) == [f"region:{code}"]


def test_resolve_region_ambiguous_default_is_explained():
    (region,) = _ents(resolved("Rapat di Pekalongan berjalan lancar ."), "region").values()
    assert region.attr("level") == "kota" and "by default" in region.why


@pytest.mark.parametrize("sent, key, name, level", [
    ("DPRD Kaltim berfokus pada pemilih .", "region:64", "Kalimantan Timur", "provinsi"),
    ("Pjs Bupati Kutim hadir .", "region:64.08", "Kutai Timur", "kabupaten"),
    ("Warga Kota Pangkalpinang datang .", "region:19.71", "Pangkalpinang", "kota"),
])
def test_resolve_region_attrs(sent, key, name, level):
    e = _ents(resolved(sent), "region")[key]
    assert (e.name, e.attr("level"), e.attr("code")) == (name, level, key.split(":")[1])


# organisations -----------------------------------------------------------

@pytest.mark.parametrize("sent, key, name, full", [
    ("Pemerintah Kota Pangkalpinang melibatkan warga .", "org:pemkot-pangkal-pinang",
     "Pemkot Pangkalpinang", "Pemerintah Kota Pangkalpinang"),
    ("kantor Badan Pengawas Pemilu ( Bawaslu ) Kota Pangkalpinang itu .",
     "org:bawaslu-kota-pangkal-pinang", "Bawaslu Kota Pangkalpinang", "Badan Pengawas Pemilu"),
    ("DPRD Kaltim berfokus pada pemilih .", "org:dprd-kalimantan-timur", "DPRD Kaltim", ""),
])
def test_resolve_org_branch_key_name_full(sent, key, name, full):
    e = _ents(resolved(sent), "organization")[key]
    assert (e.name, e.attr("full")) == (name, full)


def test_resolve_org_branch_alias_has_region_name():
    e = _ents(resolved("DPRD Kaltim berfokus pada pemilih ."), "organization")["org:dprd-kalimantan-timur"]
    assert "DPRD Kalimantan Timur" in e.aliases and e.attr("region") == "region:64"


@pytest.mark.parametrize("sent, key, alias", [
    # the body as written and the short name with the region as written are labels too
    ("Pemerintah Provinsi Kalsel menggelar rapat .", "org:pemprov-kalimantan-selatan",
     "Pemerintah Provinsi Kalsel"),
    ("Pemerintah Provinsi Kalsel menggelar rapat .", "org:pemprov-kalimantan-selatan", "Pemprov Kalsel"),
])
def test_resolve_org_surface_forms_are_aliases(sent, key, alias):
    e = _ents(resolved(sent), "organization")[key]
    assert alias in e.aliases or alias == e.name


def test_resolve_bare_name_joins_the_one_branch():
    doc = resolved("Ketua Bawaslu Kota Pangkalpinang hadir .", "Bawaslu siap menerima laporan .")
    e = _ents(doc, "organization")["org:bawaslu-kota-pangkal-pinang"]
    assert len(e.mentions) == 2 and "only Bawaslu branch" in e.why


@pytest.mark.parametrize("sent", ["kerja sama Bawaslu dan Pemerintah Kota dalam program itu ."])
def test_resolve_bare_government_without_city_is_generic(sent):
    assert not any(k.startswith("org:pemkot") for k in _ents(resolved(sent), "organization"))


@pytest.mark.parametrize("sentences, key", [
    # a province's government in an article about one of its cities
    (("Wali Kota Makassar hadir .", "Pemprov juga telah membentuk tim ."), "org:pemprov-sulawesi-selatan"),
    (("Wali Kota Makassar hadir .", "pemerintah provinsi juga telah membentuk tim ."),
     "org:pemprov-sulawesi-selatan"),
    (("Wali Kota Makassar hadir .", "pemerintah kota juga telah membentuk tim ."), "org:pemkot-makassar"),
])
def test_resolve_bare_government_is_the_article_regions(sentences, key):
    assert key in _ents(resolved(*sentences), "organization")


def test_resolve_bare_provincial_body_is_the_province_of_the_articles_region():
    # "Apel diikuti oleh Anggota Polres Jepara, Kodim 0719/Jepara, BKO Brimob Polda, ...": the Polda
    # of Jawa Tengah, not of Kabupaten Jepara (a Polda serves a province)
    orgs = _ents(resolved("Bupati Jepara hadir di Kabupaten Jepara .", "Apel diikuti Brimob Polda dan Linmas ."),
                 "organization")
    assert "org:polda-jawa-tengah" in orgs and not any(k.startswith("org:polda-kabupaten") for k in orgs)


def test_resolve_bare_city_government_in_a_province_article_is_generic():
    doc = resolved("Gubernur Sulawesi Selatan hadir .", "pemerintah kota juga telah membentuk tim .")
    assert not any(k.startswith("org:pemkot") for k in _ents(doc, "organization"))


@pytest.mark.parametrize("sentences, key", [
    # no branch named: the article's region (a kab/kota, a province)
    (("Bupati Kudus hadir di Kabupaten Kudus .", "Bawaslu akan mengawasi kampanye ."), "org:bawaslu-kabupaten-kudus"),
    (("Gubernur Kalimantan Timur hadir .", "Kejaksaan ikut mengawasi ."), "org:kejaksaan-kalimantan-timur"),
    # the article names the national body: the bare name is that body
    (("Bupati Kudus hadir di Kabupaten Kudus .", "Bawaslu RI memantau .", "Bawaslu akan mengawasi ."),
     "org:bawaslu"),
    # a party or a mass organisation is the national one
    (("Bupati Kudus hadir di Kabupaten Kudus .", "NU mengajak warga ."), "org:nu"),
])
def test_resolve_bare_state_body_is_the_branch_of_the_articles_region(sentences, key):
    orgs = _ents(resolved(*sentences), "organization")
    assert key in orgs and not orgs[key].attr("implicit")


def test_resolve_branch_gets_implicit_parent():
    orgs = _ents(resolved("Ketua KPU Kabupaten Kudus hadir ."), "organization")
    assert orgs["org:kpu-kabupaten-kudus"].attr("parent") == "org:kpu"
    assert orgs["org:kpu"].attr("implicit") == "1" and orgs["org:kpu"].mentions == ()


@pytest.mark.parametrize("sent", ["TNI dan Polri menjaga keamanan ."])
def test_resolve_national_body_has_no_parent_or_region(sent):
    orgs = _ents(resolved(sent), "organization")
    assert sorted(orgs) == ["org:polri", "org:tni"]
    assert all(not e.attr("parent") and not e.attr("region") for e in orgs.values())


def test_resolve_entities_ordered_persons_orgs_regions():
    doc = resolved("Ketua Bawaslu Kota Pangkalpinang , Imam|PROPN|B-PER Ghazali|PROPN|E-PER , hadir .")
    kinds = [e.kind for e in doc.entities]
    assert kinds == sorted(kinds, key=["person", "organization", "region"].index)


# CorpusIndex -------------------------------------------------------------

def _doc(doc_id, *ents, assertions=None):
    return Document(doc_id, "", entities=tuple(ents), assertions=assertions)


def _region(code, level="kota", name="X"):
    return Entity(f"region:{code}", "region", name, attrs=(("level", level), ("code", code)))


def _person(name):
    return Entity(f"person:{name.lower().replace(' ', '-')}", "person", name)


def test_resolve_corpus_short_names_in_two_regions_stay_apart():
    idx = CorpusIndex()
    a = idx.add(_doc("a", _person("Budi"), _region("19.71", name="Pangkalpinang")))
    b = idx.add(_doc("b", _person("Budi"), _region("33.74", name="Semarang")))
    assert a.entities[0].key != b.entities[0].key


def test_resolve_corpus_short_name_joins_full_name_of_same_region():
    idx = CorpusIndex()
    idx.add(_doc("a", _person("Budi Utama"), _region("19.71")))
    b = idx.add(_doc("b", _person("Budi"), _region("19.71")))
    assert b.entities[0].key == "person:budi-utama" and "across articles" in b.entities[0].why


def test_resolve_corpus_short_name_not_joined_to_other_region():
    idx = CorpusIndex()
    idx.add(_doc("a", _person("Budi Utama"), _region("19.71")))
    b = idx.add(_doc("b", _person("Budi"), _region("33.74")))
    assert b.entities[0].key != "person:budi-utama"


def test_resolve_corpus_renames_earlier_short_key():
    idx = CorpusIndex()
    a = idx.add(_doc("a", _person("Budi"), _region("19.71", name="Pangkalpinang")))
    idx.add(_doc("b", _person("Budi Utama"), _region("19.71", name="Pangkalpinang")))
    assert idx.renames() == {a.entities[0].key: "person:budi-utama"}


def test_resolve_corpus_rewrites_keys_inside_assertions():
    prov = Provenance("b", "s1", 0, 1, "x", "r")
    holds = Assertion("holds", (("person", "person:budi"), ("title", "Wali Kota")), prov)
    idx = CorpusIndex()
    idx.add(_doc("a", _person("Budi Utama"), _region("19.71")))
    b = idx.add(_doc("b", _person("Budi"), _region("19.71"), assertions=(holds,)))
    assert b.assertions[0].arg("person") == "person:budi-utama"


def test_resolve_corpus_full_name_same_key_across_articles():
    idx = CorpusIndex()
    a = idx.add(_doc("a", _person("Imam Ghazali"), _region("19.71")))
    b = idx.add(_doc("b", _person("Imam Ghazali"), _region("33.74")))
    assert a.entities[0].key == b.entities[0].key and idx.renames() == {}


def test_resolve_corpus_short_names_without_region_stay_apart():
    idx = CorpusIndex()
    a = idx.add(_doc("a.txt", _person("Budi")))
    b = idx.add(_doc("b.txt", _person("Budi")))
    assert a.entities[0].key != b.entities[0].key


@pytest.mark.parametrize("sent, key, name", [
    ("Kesbangpol Kaltim menggelar rapat .", "org:bakesbangpol-kalimantan-timur", "Kesbangpol Kaltim"),
    ("TNI dan POLRI siaga .", "org:polri", "POLRI"),
])
def test_resolve_org_name_as_written_key_canonical(sent, key, name):
    assert _ents(resolved(sent), "organization")[key].name == name


@pytest.mark.parametrize("sentences, parent", [
    # a village the gazetteer lacks, inside the one kecamatan the article names
    (("PPK Kecamatan Klojen di Kota Malang hadir .", "Kepala Desa Sumbersari , Asep|PROPN|B-PER Saepudin|PROPN|E-PER , "
      "datang|VERB ."), "region:35.73.02"),
    # no kecamatan: the kab/kota named most
    (("Bupati Kudus hadir .", "PPS Kelurahan Wonosari melatih|VERB petugas ."), "region:33.19"),
])
def test_resolve_village_the_gazetteer_lacks_is_a_region_in_the_articles_district(sentences, parent):
    doc = resolved(*sentences)
    (v,) = [e for e in doc.entities if e.kind == "region" and e.attr("level") in ("desa", "kelurahan")]
    assert v.attr("parent") == parent and v.key.startswith(parent + ".x-")


def test_resolve_listed_kecamatan_and_nagari_levels():
    doc = resolved("di Nagari Bukik Batabuah , Kabupaten Agam .",
                   "KPU Kota Malang di Kecamatan Klojen , Blimbing dan Sukun .")
    levels = {e.name: e.attr("level") for e in doc.entities if e.kind == "region"}
    assert levels == {"Bukik Batabuah": "desa", "Agam": "kabupaten", "Malang": "kota",
                      "Klojen": "kecamatan", "Blimbing": "kecamatan", "Sukun": "kecamatan"}


def test_resolve_regional_seats_in_a_candidacy_list_are_no_bodies():
    doc = resolved("Bupati Klungkung hadir .",
                   "jadwal kampanye calon legislatif ( DPR , DPRD Provinsi dan DPRD Kabupaten ) , calon DPD .")
    keys = set(_ents(doc, "organization"))
    assert not any(k.startswith("org:dprd") for k in keys) and {"org:dpr", "org:dpd"} <= keys



@pytest.mark.parametrize("sents, in_title", [
    (("Gubernur Papua hadir .", "Turut hadir Kepala BPBD Papua , Kasatpol PP dan warga ."), "1"),   # unnamed post
    (("Gubernur Papua hadir .", "Kepala BPBD Papua , Budi|PROPN|B-PER Santoso|PROPN|E-PER , hadir ."), ""),
    (("Gubernur Papua hadir .", "BPBD Papua menyiapkan tenda ."), ""),                        # named as such
])
def test_resolve_unit_named_only_in_unnamed_post_titles(sents, in_title):
    (e,) = [e for e in resolved(*sents).entities if e.key.startswith("org:bpbd")]
    assert e.attr("in_title") == in_title



def test_resolve_team_written_short_and_long_is_one_team():
    doc = resolved("KPU Provinsi Jambi membentuk Tim Perumus Debat Publik .",
                   "Budi|PROPN|B-PER , terpilih sebagai Ketua Tim Perumus .")
    teams = [e for e in doc.entities if e.key.startswith("org:tim")]
    assert len(teams) == 1 and teams[0].name == "Tim Perumus"
    assert "Tim Perumus Debat Publik" in teams[0].aliases and len(teams[0].mentions) == 2
    assert teams[0].attr("in_title") == ""   # a named member's team


def test_resolve_national_disaster_agency():
    assert "org:bnpb" in _ents(resolved("Gubernur menggelar rapat dengan BNPB ."), "organization")


@pytest.mark.parametrize("first, key, level", [
    ("SENTANI Papuareels.id – Gubernur meninjau gudang .", "region:91.03.01", "kecamatan"),  # a kecamatan
    ("Tiakur , SentralNusantara.com – Forkopimda rapat .", "region:91.03.x-tiakur", "other"),  # unknown
])
def test_resolve_dateline_place_is_a_region(first, key, level):
    from dataclasses import replace as _replace
    from kg.extract.mentions import find_mentions
    from kg.extract.resolve import resolve
    from entity_helpers import doc_of

    doc = doc_of(first, "KPU Kabupaten Jayapura hadir .")
    place = first.split(" ,")[0].split(" Papuareels")[0]
    doc = resolve(find_mentions(_replace(doc, meta={**doc.meta, "dateline": place})))
    regions = {e.key: e.attr("level") for e in doc.entities if e.kind == "region"}
    assert regions.get(key) == level


def test_resolve_dateline_only_region_is_no_home_for_bare_bodies():
    from dataclasses import replace as _replace
    from kg.extract.mentions import find_mentions
    from kg.extract.resolve import resolve
    from entity_helpers import doc_of

    doc = doc_of("JAKARTA – Bawaslu|PROPN|O|3|nsubj memperketat|VERB pengawasan .")
    doc = resolve(find_mentions(_replace(doc, meta={**doc.meta, "dateline": "JAKARTA"})))
    ents = {e.key: e for e in doc.entities}
    assert ents["region:31"].attr("dateline") == "1"
    assert "org:bawaslu" in ents and not any(k.startswith("org:bawaslu-") for k in ents)


def test_resolve_initials_and_a_typo_join_the_full_name():
    from entity_helpers import resolved
    doc = resolved("Ketua KPU Kalbar , Muhammad Syarifuddin Budi , hadir|VERB .",
                   "Menurut MS|PROPN|B-PER Budi|PROPN|E-PER , semua siap .",
                   "Pj. Gubernur Papua , Ramses Limbong , hadir|VERB .",
                   "Mayjen TNI ( Purn ) Ramsesimbong , akan memantau|VERB .")
    persons = {e.name: set(e.aliases) for e in doc.entities if e.kind == "person"}
    assert persons == {"Muhammad Syarifuddin Budi": {"MS Budi"}, "Ramses Limbong": {"Ramsesimbong"}}


def test_resolve_given_name_cut_short_joins_the_full_name_named_before():
    """ "Ketua Bawaslu Gorontalo , Alexander Kaaba" then "kata Alex": the press shortens a given name;
    a shortening of two names, or one named before its full name, joins nobody."""
    from entity_helpers import resolved
    doc = resolved("Ketua Bawaslu Gorontalo , Alexander Kaaba , hadir|VERB .",
                   "Ketua KPU Sikka , Herimanto , hadir|VERB .",
                   "Semua siap , kata Alex .", "Semua lancar , kata Heri .")
    persons = {e.name: set(e.aliases) for e in doc.entities if e.kind == "person"}
    assert persons == {"Alexander Kaaba": {"Alex"}, "Herimanto": {"Heri"}}
    for first in ("Ketua KPU , Alexandra Putri , hadir|VERB .", "Semua siap , kata Alex ."):
        doc = resolved(first, "Ketua Bawaslu Gorontalo , Alexander Kaaba , hadir|VERB .", "Semua siap , kata Alex .")
        persons = {e.name: set(e.aliases) for e in doc.entities if e.kind == "person"}
        assert persons["Alex"] == set() and persons["Alexander Kaaba"] == set()


def test_resolve_corpus_one_word_holders_of_the_same_post_are_one_person():
    """ "Plt Bupati Sidoarjo Subandi" in an article about Sidoarjo and in one whose home region is
    Surabaya: one node (it was person:subandi-sidoarjo and person:subandi-surabaya), explained."""
    prov = Provenance("x", "s1", 0, 1, "x", "r")

    def holds(doc_id):
        return (Assertion("holds", (("person", "person:subandi"), ("title", "Bupati"), ("qualifier", "Plt"),
                                    ("region", "region:35.15")), replace(prov, doc_id=doc_id)),)
    sidoarjo, surabaya = _region("35.15", "kabupaten", "Sidoarjo"), _region("35.78", name="Surabaya")
    idx = CorpusIndex()
    a = idx.add(_doc("a", _person("Subandi"), sidoarjo, assertions=holds("a")))
    b = idx.add(_doc("b", _person("Subandi"), surabaya, surabaya, sidoarjo, assertions=holds("b")))
    assert a.entities[0].key == b.entities[0].key == "person:subandi-sidoarjo"
    assert "holds the same post (Bupati Sidoarjo)" in b.entities[0].attr("identity")
    # without a post, a one-word name stays scoped to its article's region
    c = idx.add(_doc("c", _person("Subandi"), surabaya))
    assert c.entities[0].key == "person:subandi-surabaya"


def test_resolve_one_initial_for_a_first_name():
    """ "pasangan Nurcholis - Muhammad Mufidz ... Nurcholis – M Mufidz nomor urut 3": one person."""
    from entity_helpers import resolved
    doc = resolved("Serta calon independen Nurcholis|PROPN|S-PER - Muhammad|PROPN|B-PER Mufidz|PROPN|E-PER .",
                   "pasangan Nurcholis|PROPN|S-PER - M|PROPN|B-PER Mufidz|PROPN|E-PER nomor urut 3|NUM .")
    names = [e.name for e in doc.entities if e.kind == "person"]
    assert names.count("Muhammad Mufidz") == 1 and "M Mufidz" not in names


def test_resolve_one_word_name_written_twice_is_one_person():
    from entity_helpers import resolved
    doc = resolved("kata|VERB Kepala Puskesmas Pasar Kemis , Salwah|PROPN|S-PER , Kamis .",
                   "“ Karena itu , ” ungkap|VERB Salwah|PROPN|S-PER .")
    assert [e.name for e in doc.entities if e.kind == "person"] == ["Salwah"]


def test_resolve_swapped_letters_in_one_word_of_a_name():
    """A caption's "H Supain HK" and the story's "H Supian HK" are one person."""
    from entity_helpers import resolved
    doc = resolved("Ketua Harian , H Supain|PROPN|B-PER HK|PROPN|E-PER menyampaikan|VERB keterangan .",
                   "Menurut Ketua Harian , H Supian|PROPN|B-PER HK|PROPN|E-PER , partai mengedukasi|VERB warga .")
    assert len([e for e in doc.entities if e.kind == "person"]) == 1


def test_resolve_wife_named_after_husband_in_one_sentence_is_another_person():
    from entity_helpers import resolved
    doc = resolved("coklit terhadap Presiden RI Joko|PROPN|B-PER Widodo|PROPN|E-PER dan Ibu Negara "
                   "Iriana|PROPN|B-PER Joko|PROPN|I-PER Widodo|PROPN|E-PER .")
    assert sorted(e.name for e in doc.entities if e.kind == "person") == ["Iriana Joko Widodo", "Joko Widodo"]
    # in another sentence a shorter form is still the same person
    doc = resolved("Ketua Bawaslu Imam|PROPN|B-PER Ghazali|PROPN|I-PER Putra|PROPN|E-PER hadir|VERB .",
                   "Ghazali|PROPN|B-PER Putra|PROPN|E-PER mengatakan|VERB itu .")
    assert [e.name for e in doc.entities if e.kind == "person"] == ["Imam Ghazali Putra"]


@pytest.mark.parametrize("sents, key, generic", [
    # "Sementara untuk distribusi ke PPS, pengawalan dilakukan personel Polsek": the kind of body
    (("Bupati Sekadau hadir .", "Distribusi logistik dari KPU ke PPK dan PPS ."), "org:ppk", "1"),
    (("Bupati Sekadau hadir .", "Distribusi logistik dari KPU ke PPK dan PPS ."), "org:pps", "1"),
    # "difabel bisa didampingi keluarga maupun Kelompok Penyelenggara Pemungutan Suara (KPPS)"
    (("Wali Kota Yogyakarta hadir .", "Pemilih didampingi Kelompok Penyelenggara Pemungutan Suara ( KPPS ) ."),
     "org:kpps", "1"),
    # a kab/kota is no PPS's own area: "87 PPS se-Sekadau"
    (("Bupati Sekadau hadir .", "Logistik dikirim ke 87 PPS Sekadau ."), "org:pps", "1"),
    # "logistik pilgub didistribusikan ke PPK Sekadau Hilir": one PPK, of its kecamatan
    (("Bupati Sekadau hadir .", "Logistik didistribusikan ke PPK Kecamatan Sekadau Hilir ."),
     "org:ppk-sekadau-hilir", ""),
])
def test_resolve_ad_hoc_body_without_its_own_area_is_generic(sents, key, generic):
    orgs = _ents(resolved(*sents), "organization")
    assert orgs[key].attr("generic") == generic


def test_generic_body_is_no_named_organisation():
    from rdflib import RDF, RDFS, Literal
    from rdflib.namespace import ORG
    from kg.graph.builder import GraphBuilder
    from kg.graph.vocab import KG
    doc = resolved("Bupati Sekadau hadir .", "Distribusi logistik dari KPU ke PPK .")
    b = GraphBuilder()
    b.add(doc)
    g = b.finish({})
    node = next(g.subjects(RDFS.label, Literal("PPK")))
    assert (node, RDF.type, KG.ImpliedOrganization) in g and (node, RDF.type, ORG.Organization) not in g


def _regions_of(doc):
    return {e.name: e.attr("level") for e in doc.entities if e.kind == "region"}


@pytest.mark.parametrize("sents, absent", [
    # "Melalui Karo Ops di Polda ... selalu berkoordinasi": Kepala Biro, not Kabupaten Karo
    (("Gubernur Kaltara hadir .", "Melalui Karo Ops di Polda selalu|ADV berkoordinasi|VERB ."), "Karo"),
    # "Kadis Pemberdayaan Masyarakat Desa Tertinggal Dr. Zaidirina": a unit's name, no village
    (("Bupati Karo hadir .", "Kadis Pemberdayaan Masyarakat Desa Tertinggal hadir|VERB ."), "Tertinggal"),
    # "Pemilihan Kepala Desa Di Wilayah Hukum Polres Serdang Bedagai": a preposition is no name
    (("Bupati Karo hadir .", "Pemilihan Kepala Desa Di Wilayah Hukum Polres Serdang Bedagai ."), "Di Wilayah Hukum"),
])
def test_resolve_no_region(sents, absent):
    assert absent not in _regions_of(resolved(*sents))


def test_resolve_region_after_a_title_or_level_word_stays():
    assert _regions_of(resolved("Bupati Karo dan Kabupaten Karo hadir|VERB ."))["Karo"] == "kabupaten"


def test_resolve_district_body_is_placed_in_the_articles_kecamatan():
    # "apel gabungan yang diikuti oleh Staf Kecamatan, Koramil, Polsek" (Kecamatan Pakusari, Jember)
    doc = resolved("Apel di Kecamatan Pakusari Kabupaten Jember .", "Apel diikuti|VERB Koramil dan Polsek .")
    orgs = _ents(doc, "organization")
    assert "org:polsek-pakusari" in orgs and not any("jember" in k for k in orgs)
    doc = resolved("Bupati Jember hadir .", "Apel diikuti|VERB Polsek .")
    assert "org:polsek" in _ents(doc, "organization")   # no kecamatan: not the kabupaten's


@pytest.mark.parametrize("sent, key, name", [
    ("Partisipasi tertinggi dibandingkan DPR - RI , DPD - RI dan DPRD .", "org:dpr", "DPR-RI"),
    ("Partisipasi tertinggi dibandingkan DPR - RI , DPD - RI dan DPRD .", "org:dpd", "DPD-RI"),
    # "Mantan Rektor Universitas Negeri Yogyakarta (UNY) Sutrisna Wibawa"
    ("Hadir mantan rektor Universitas Negeri Yogyakarta ( UNY ) .", "org:uny", None),
    # the lexicon's services, forums, units and wings
    ("Personel TNI AD membantu|VERB .", "org:tni-ad", None),
    ("Digelar rapat koordinasi Muspika di aula .", "org:muspika", None),
    ("Hadir Forkopincam dan warga .", "org:forkopimcam", None),
    ("Segera koordinasi dengan Polairud .", "org:polairud", None),
    ("Ketua Pemuda Muhammadiyah hadir .", "org:pemuda-muhammadiyah", None),
    ("Perludem mencatat|VERB pelanggaran .", "org:perludem", None),
])
def test_resolve_more_bodies(sent, key, name):
    orgs = _ents(resolved(sent), "organization")
    assert key in orgs and (name is None or name in (orgs[key].name, *orgs[key].aliases))


def test_resolve_place_in_a_college_name_is_no_region():
    assert "Yogyakarta" not in _regions_of(resolved("Hadir mantan rektor Universitas Negeri Yogyakarta ( UNY ) ."))


def test_resolve_dinas_pmd_of_its_region():
    orgs = _ents(resolved("Hadir Dinas PMD Kabupaten Sergai dan para camat ."), "organization")
    assert orgs["org:dpmd-kabupaten-serdang-bedagai"].name == "Dinas PMD Kabupaten Sergai"


def test_resolve_party_board_of_pkb_is_no_body_of_its_own():
    # "pendaftaran ... dilakukan oleh Dewan Pengurus Pusat (DPP) PKB menggunakan sistem online"
    orgs = _ents(resolved("Pendaftaran dilakukan|VERB oleh Dewan Pengurus Pusat ( DPP ) PKB ."), "organization")
    assert "org:pkb" in orgs and not any(k.startswith("org:dpp") or k.startswith("org:dewan") for k in orgs)


@pytest.mark.parametrize("sent, absent, present", [
    # "daerah terpencil ... seperti hulu Sungai Kapuas, daerah danau dan perbatasan" (in Kapuas Hulu)
    ("Polres Kapuas Hulu menjangkau hulu Sungai Kapuas .", "Kapuas", "Kapuas Hulu"),
    ("Logistik dikirim ke Kota Sungai Penuh .", None, "Sungai Penuh"),   # the name starts with the word
])
def test_resolve_region_named_in_a_feature_name_is_no_mention(sent, absent, present):
    names = _regions_of(resolved(sent))
    assert absent not in names and present in names


@pytest.mark.parametrize("sent, name, level", [
    ("Logistik tiba di Lembang Buntu Tondon , Kabupaten Toraja Utara .", "Buntu Tondon", "desa"),
    ("Warga Pekon Sukamaju , Kabupaten Tanggamus hadir .", "Sukamaju", "desa"),
    ("Rapat di Kapanewon Sewon , Kabupaten Bantul .", "Sewon", "kecamatan"),
    ("Rapat di Kalurahan Panggungharjo , Kabupaten Bantul .", "Panggungharjo", "desa"),
])
def test_resolve_local_level_words(sent, name, level):
    assert _regions_of(resolved(sent)).get(name) == level


def test_resolve_bare_villages_of_a_named_kecamatan():
    # "16 TPS di tiga desa Kecamatan Alok Timur yakni Kojadoi, Kojagete, dan Parumaan"
    doc = resolved("KPU Kabupaten Sikka hadir .", "Kotak suara untuk tiga desa Kecamatan Alok Timur yakni Kojadoi , "
                   "Kojagete dan Wailiti .")
    regs = {e.name: (e.attr("level"), e.key) for e in doc.entities if e.kind == "region"}
    assert regs["Kojadoi"] == ("desa", "region:53.07.15.2006") and regs["Kojagete"][0] == "desa"
    assert "Wailiti" not in regs   # a village of another kecamatan (Alok Barat) is no hit here


def test_resolve_kecamatan_of_the_province_named_by_its_villages():
    # "desa Manusela, Kanike, Hatuolo ... di Seram Utara" in an article that names only Provinsi Maluku:
    # the kecamatan (unique in the province) and its villages, even one the NER takes for a person
    doc = resolved("Pemilu di Provinsi Maluku lancar .",
                   "Warga desa Manusela , Hatuolo|PROPN|S-PER dan Elemata di Seram Utara menerima logistik .")
    regs = {e.name: (e.attr("level"), e.key) for e in doc.entities if e.kind == "region"}
    assert regs["Seram Utara"] == ("kecamatan", "region:81.01.06")
    assert regs["Manusela"] == ("desa", "region:81.01.06.2007") and regs["Hatuolo"][0] == "desa"
    assert "Hatuolo" not in {e.name for e in doc.entities if e.kind == "person"}


def test_resolve_no_province_kecamatan_without_a_village_of_it():
    # "di Seram Utara" alone, or after names that are no villages of it, is not looked up in the province
    doc = resolved("Pemilu di Provinsi Maluku lancar .", "Budi dan Ani tinggal di Seram Utara sejak lama .")
    assert "Seram Utara" not in _regions_of(doc)


def test_resolve_province_kecamatan_with_its_level_word():
    doc = resolved("Pemilu di Provinsi Maluku lancar .", "Logistik tiba di Kecamatan Seram Utara .")
    assert _regions_of(doc).get("Seram Utara") == "kecamatan"


def test_resolve_town_before_its_kab_kota_is_a_place_of_level_other():
    # "kata Ketua KPU Sikka, Herimanto, di Maumere, Kabupaten Sikka, Sabtu": Maumere is no kecamatan
    doc = resolved("kata Ketua KPU Sikka , Herimanto|PROPN|S-PER , di Maumere|PROPN|S-LOC , Kabupaten Sikka , Sabtu .")
    regs = {e.name: e for e in doc.entities if e.kind == "region"}
    assert regs["Maumere"].attr("level") == "other" and regs["Maumere"].key == "region:53.07.x-maumere"


@pytest.mark.parametrize("sent", [
    "Rapat di Aula Sasana , Kabupaten Sikka , Sabtu .",          # a venue
    "Hadir di Budi|PROPN|S-PER , Kabupaten Sikka , Sabtu .",      # a name the NER reads as a person's
    "Rapat di Maumere , Sabtu .",                                 # no kab/kota after it
])
def test_resolve_no_town_without_its_kab_kota(sent):
    doc = resolved(sent)
    assert not any(e.attr("level") == "other" for e in doc.entities if e.kind == "region")


def test_resolve_village_before_its_kecamatan():
    # "Kusilah anggota Polri warga Gadingharjo Sanden" (Kabupaten Bantul), even where the NER reads a person
    doc = resolved("Pilkada di Kabupaten Bantul .", "Kusilah warga Gadingharjo|PROPN|B-PER Sanden|PROPN|E-PER , hadir .")
    regs = _regions_of(doc)
    assert regs.get("Gadingharjo") == "desa" and regs.get("Sanden") == "kecamatan"
    assert "Gadingharjo Sanden" not in {e.name for e in doc.entities if e.kind == "person"}


def test_resolve_no_village_without_its_kecamatan():
    # "Gunung Sari" is a desa in hundreds of kecamatan: alone it names none
    assert "Gunung Sari" not in _regions_of(resolved("Bupati Sikka hadir di Gunung Sari ."))


@pytest.mark.parametrize("sent, key, alias", [
    # "penjaringan yang dibuka Dewan Pimpinan Daerah Partai Golkar Bantul pada 3-5 Februari"
    ("Penjaringan dibuka|VERB Dewan Pimpinan Daerah Partai Golkar Bantul .", "org:golkar-kabupaten-bantul",
     "DPD Partai Golkar Bantul"),
    ("Berkas diserahkan|VERB ke DPC PKB Gunungkidul .", "org:pkb-kabupaten-gunungkidul", "DPC PKB Gunungkidul"),
])
def test_resolve_party_board_names_the_partys_regional_body(sent, key, alias):
    assert alias in _ents(resolved(sent), "organization")[key].aliases


@pytest.mark.parametrize("sents, in_title", [
    # "selaras dengan penyampaian Kepala Kepolisian Daerah (Kapolda) Sulawesi Tengah, Irjen Pol Agus Nugroho"
    (("Hadir Kepala Kepolisian Daerah ( Kapolda ) Sulawesi Tengah , Irjen Pol Agus|PROPN|B-PER Nugroho|PROPN|E-PER .",), "1"),
    (("Hadir Kepala Kepolisian Daerah ( Kapolda ) Sulawesi Tengah , Irjen Pol Agus|PROPN|B-PER Nugroho|PROPN|E-PER .",
      "Polda Sulawesi Tengah siaga|ADJ ."), ""),
])
def test_resolve_body_written_out_in_a_post_title(sents, in_title):
    (e,) = [e for e in resolved(*sents).entities if e.key.startswith("org:polda")]
    assert e.attr("in_title") == in_title


def test_resolve_dateline_place_after_the_outlet_is_a_region():
    # "BORNEONEWS, Kuala Kurun - Komisi Pemilihan Umum (KPU) Kabupaten Gunung Mas (Gumas) menargetkan ..."
    from dataclasses import replace as _replace
    from kg.extract.mentions import find_mentions
    from kg.extract.resolve import resolve
    from entity_helpers import doc_of
    doc = doc_of("BORNEONEWS , Kuala Kurun - KPU Kabupaten Gunung Mas menargetkan|VERB partisipasi .")
    doc = resolve(find_mentions(_replace(doc, meta={**doc.meta, "dateline": "Kuala Kurun"})))
    regions = {e.name: e.attr("level") for e in doc.entities if e.kind == "region"}
    assert regions.get("Kuala Kurun") == "other" and regions.get("Gunung Mas") == "kabupaten"


def test_resolve_kecamatan_unit_belongs_to_its_kabupatens_government():
    doc = resolved("Apel di Kecamatan Pakusari Kabupaten Jember .", "Hadir petugas Puskesmas dan Polsek .")
    orgs = _ents(doc, "organization")
    assert orgs["org:puskesmas-pakusari"].attr("parent") == "org:pemkab-jember"
    assert orgs["org:pemkab-jember"].name == "Pemkab Jember"


def test_resolve_dateline_fused_to_the_outlet_is_a_region():
    """"AMBON,MENITINI.COM - Kepala Bidang Humas Polda Maluku ...": the tokenizer keeps the place and
    the outlet as one token; the place is still the dateline's region."""
    from dataclasses import replace as _replace
    from kg.extract.mentions import find_mentions
    from kg.extract.resolve import resolve
    from entity_helpers import doc_of

    doc = doc_of("AMBON,MENITINI.COM - Kepala Bidang Humas Polda Maluku hadir .")
    doc = resolve(find_mentions(_replace(doc, meta={**doc.meta, "dateline": "AMBON"})))
    regions = {e.key: e.name for e in doc.entities if e.kind == "region"}
    assert regions.get("region:81.71") == "Ambon"


def test_resolve_name_with_words_left_out_joins_the_full_name():
    # "Ketua KPU Provinsi Bali, Ketut Sukawati Lanang Putra Perbawa, ..." then "kata Lanang Perbawa"
    doc = resolved("Ketua KPU Bali , Ketut Sukawati Lanang Putra Perbawa , menunggu|VERB .",
                   "“ Ini sudah lewat , ” kata|VERB Lanang Perbawa .")
    assert [(e.name, e.aliases) for e in _ents(doc, "person").values()] == [
        ("Ketut Sukawati Lanang Putra Perbawa", ("Lanang Perbawa",))]


def test_resolve_two_word_name_that_does_not_end_the_full_name_is_another_person():
    doc = resolved("Ketua KPU Bali , Ketut Sukawati Lanang Putra Perbawa , menunggu|VERB .",
                   "“ Ini sudah lewat , ” kata|VERB Ketut Lanang .")
    assert len(_ents(doc, "person")) == 2


def test_resolve_region_written_in_capitals_takes_the_gazetteer_casing():
    """"PALU, CS – Gubernur Sulawesi Tengah ...": the region is named Palu."""
    doc = resolved("PALU , CS – Gubernur Sulawesi Tengah hadir di Kota PALU .")
    assert {e.key: e.name for e in doc.entities if e.kind == "region"}.get("region:72.71") == "Palu"


def test_resolve_outlet_credited_by_its_domain_is_an_organisation():
    """"Sumber foto news.detik.com": the outlet credited is a body the article names (the tokenizer
    splits the domain at its dots)."""
    from kg.model import Document
    from kg.nlp.conllu import read_conllu
    from kg.extract.mentions import find_mentions
    from kg.extract.resolve import resolve
    from parses import sentence

    conllu = sentence("s1", "Sumber foto news .detik .com", offset=0).splitlines()
    # glue the domain's pieces: no space between "news", ".detik" and ".com"
    rows, out, pos = [], [], 0
    for line in conllu:
        if line and line[0].isdigit():
            cols = line.split("\t")
            start = pos if cols[1].startswith(".") else (pos + 1 if pos else 0)
            cols[9] = f"start_char={start}|end_char={start + len(cols[1])}"
            pos = start + len(cols[1])
            line = "\t".join(cols)
        out.append(line)
    sents = read_conllu("\n".join(out) + "\n")
    doc = resolve(find_mentions(Document("t.txt", "Sumber foto news.detik.com", meta={}, sentences=sents)))
    assert "org:news.detik.com" in {e.key for e in doc.entities if e.kind == "organization"}


def test_resolve_public_relations_office_credited_as_source():
    """"Source: Humas Jateng": the province's public-relations office is a body the article names."""
    doc = resolved("Gubernur Jawa Tengah hadir .", "Source : Humas Jateng")
    orgs = {e.key: e for e in doc.entities if e.kind == "organization"}
    assert "org:humas-jawa-tengah" in orgs and orgs["org:humas-jawa-tengah"].name == "Humas Jateng"


@pytest.mark.parametrize("first, second", [
    ("Rahmat Effendy", "Rahmat Effendi"),          # a spelling variant (final y for i)
    ("Henry Sofyan Rois", "Hendry Sofyan Rois"),   # one letter more, in a name of three words
])
def test_resolve_spelling_variants_of_a_full_name_are_one_person(first, second):
    a, b = first.split(), second.split()
    doc = resolved(" ".join(["Ketua", "KPU", *a, "hadir|VERB", "."]),
                   " ".join(["Menurut", *b, ",", "kampanye|NOUN", "damai|ADJ", "."]))
    assert [e.name for e in _ents(doc, "person").values()] == [first]


def test_resolve_two_word_names_one_letter_apart_stay_two_persons():
    # "Hartono" and "Hartoyo" are two men: a changed letter in a name of two words is no typo
    doc = resolved("Ketua KPU Budi Hartono hadir|VERB .",
                   "Menurut Budi|PROPN|B-PER Hartoyo|PROPN|E-PER , kampanye|NOUN damai|ADJ .")
    assert len(_ents(doc, "person")) == 2


def test_resolve_misspelt_kecamatan_in_a_list_after_its_level_word():
    """"Kecamatan Tanjung Bunga, Ile Mandiri, Lewolema, Demon Pagong, dan Titihena" (Flores Timur): the
    last is Titehena, misspelt by one letter; written alone, the misspelling is no region."""
    doc = resolved("KPU Kabupaten Flores Timur hadir .",
                   "Logistik tiba di Kecamatan Tanjung Bunga , Lewolema , dan Titihena .")
    regs = {e.key: e for e in doc.entities if e.kind == "region"}
    assert "region:53.06.02" in regs and "Titihena" in regs["region:53.06.02"].aliases
    doc = resolved("KPU Kabupaten Flores Timur hadir .", "Budi Titihena datang .")
    assert "region:53.06.02" not in {e.key for e in doc.entities}


def test_resolve_sy_spelling_variant_and_a_short_form_named_first_are_one_person():
    # "Sukri menegaskan ..." (a summary line), then the caption "Pjs Bupati Gorontalo, Syukri Botutihe", then
    # the story's "Sukri Botutihe": "sy" and "s" spell one name, and "Sukri" is a word of a full name he took
    doc = resolved("Sukri|PROPN|S-PER|2|nsubj menegaskan|VERB|O|0|root hal|NOUN itu|DET .",
                   "Pjs Bupati Gorontalo , Syukri|PROPN|B-PER Botutihe|PROPN|E-PER ingatkan|VERB ASN .",
                   "Bupati Gorontalo , Sukri|PROPN|B-PER Botutihe|PROPN|E-PER , menyatakan|VERB hal|NOUN itu|DET .")
    persons = [e for e in doc.entities if e.kind == "person"]
    assert len(persons) == 1 and set(persons[0].aliases) | {persons[0].name} == {"Sukri", "Syukri Botutihe",
                                                                                 "Sukri Botutihe"}


def test_resolve_corpus_one_word_members_of_the_same_national_body_are_one_person():
    """ "Anggota Bawaslu RI Puadi mengatakan" (no region named) and "ujar anggota Bawaslu RI, Puadi" in a
    Magelang article: one member (they were person:puadi-a and person:puadi-magelang)."""
    prov = Provenance("x", "s1", 0, 1, "x", "r")
    bawaslu = Entity("org:bawaslu", "organization", "Bawaslu", attrs=(("acronym", "Bawaslu"),))

    def holds(doc_id):
        return (Assertion("holds", (("person", "person:puadi"), ("title", "Anggota Bawaslu"),
                                    ("organization", "org:bawaslu")), replace(prov, doc_id=doc_id)),)
    idx = CorpusIndex()
    a = idx.add(_doc("a", _person("Puadi"), bawaslu, assertions=holds("a")))
    b = idx.add(_doc("b", _person("Puadi"), bawaslu, _region("33.08", "kabupaten", "Magelang"), assertions=holds("b")))
    assert a.entities[0].key == b.entities[0].key
    c = idx.add(_doc("c", _person("Puadi"), _region("33.08", "kabupaten", "Magelang")))
    assert c.entities[0].key != a.entities[0].key   # no post: a namesake in Magelang stays apart


def test_resolve_corpus_full_name_with_an_initial_is_the_same_person():
    # "Menteri Dalam Negeri M. Tito Karnavian" in one article, "Tito Karnavian" in another
    idx = CorpusIndex()
    a = idx.add(_doc("a", _person("Tito Karnavian")))
    b = idx.add(_doc("b", _person("M. Tito Karnavian")))
    c = idx.add(_doc("c", _person("A. Tito Karnavian")))
    d = idx.add(_doc("d", _person("M Iqbal")))
    e = idx.add(_doc("e", _person("Iqbal")))
    assert b.entities[0].key == a.entities[0].key == "person:tito-karnavian"
    assert c.entities[0].key == "person:tito-karnavian"   # one side has no initial
    assert d.entities[0].key != e.entities[0].key
