"""kg.extract.mentions: spans of regions, organisations, titles and persons on hand-built parses."""
from __future__ import annotations

import pytest
from entity_helpers import doc_of

from kg.extract.mentions import find_mentions


def _found(*sentences: str, kind: str) -> list[str]:
    return [m.text for m in find_mentions(doc_of(*sentences)).mentions if m.kind == kind]


@pytest.mark.parametrize("sent, expected", [
    ("rapat di Kota Pekalongan hari ini", ["Kota Pekalongan"]),
    ("Kejaksaan Kaltim mengawasi", ["Kaltim"]),
    ("Polres Pekalongan Kota hadir", ["Pekalongan Kota"]),
    ("warga Kabupaten Kutai Timur datang", ["Kabupaten Kutai Timur"]),
])
def test_mentions_region_spans(sent, expected):
    assert _found(sent, kind="region") == expected


@pytest.mark.parametrize("sent", ["rapat bersama mitra kerja", "Mitra kerja hadir", "Budi datang"])
def test_mentions_region_skips_common_words_and_names(sent):
    assert _found(sent, kind="region") == []


@pytest.mark.parametrize("sent, expected", [
    ("Ketua Bawaslu Kota Pangkalpinang , Imam Ghazali", ["Bawaslu Kota Pangkalpinang"]),
    ("bersama Forum Kerukunan Umat Beragama ( FKUB ) .", ["Forum Kerukunan Umat Beragama ( FKUB )"]),
    ("Pemerintah Kota ( Pemkot ) Pekalongan meningkatkan", ["Pemerintah Kota ( Pemkot ) Pekalongan"]),
    ("bersama Tim Pemantau Perkembangan Politik Daerah di Hotel", ["Tim Pemantau Perkembangan Politik Daerah"]),
    ("Desk Pilkada wajib menyampaikan", ["Desk Pilkada"]),
    ("berkoordinasi dengan Bawaslu provinsi untuk", ["Bawaslu provinsi"]),
    ("Rakor Pemerintah Kaltim berlangsung", ["Pemerintah Kaltim"]),
])
def test_mentions_organization_spans(sent, expected):
    assert _found(sent, kind="organization") == expected


@pytest.mark.parametrize("sent", [
    "berpesan kepada tim terpadu untuk adil",
    "Badan Usaha Milik Daerah ( BUMD ) itu",
    "bersama OPD terkait , camat , lurah",
    "Surat Edaran No. 270/139/SE/BKPSDMD/XI/2023 tentang",
])
def test_mentions_no_organization_in_generic_nouns(sent):
    sent = sent.replace("270/139/SE/BKPSDMD/XI/2023", "270 / 139 / SE / BKPSDMD / XI / 2023")
    assert _found(sent, kind="organization") == []


@pytest.mark.parametrize("sent, title, person", [
    ("Plt Wali Kota Pekalongan , H Salahudin .", "Plt Wali Kota", "Salahudin"),
    ("Penjabat ( Pj ) Walikota Pangkalpinang , Budi Utama , mengunjungi|VERB kantor .",
     "Penjabat ( Pj ) Walikota", "Budi Utama"),
    ("Sekretaris Provinsi Sesprov Kaltim Sri Wahyuni , menegaskan|VERB hal itu .",
     "Sekretaris Provinsi Sesprov", "Sri Wahyuni"),
    ("Kapolres Kudus AKBP Danang Prasetyo menambahkan|VERB bahwa personel siaga .", "Kapolres", "Danang Prasetyo"),
])
def test_mentions_title_and_person_in_apposition(sent, title, person):
    assert (_found(sent, kind="title"), _found(sent, kind="person")) == ([title], [person])


@pytest.mark.parametrize("sent", [
    "Bupati Kudus Ajak ASN Jaga Netralitas Jelang Pilkada",     # Title Case headline
    "Wali Kota Pangkalpinang telah mengeluarkan Surat Edaran",  # no name after the title
    "“ Mari|NOUN|S-PER kita jaga netralitas",                    # one-word NER guess, no fuller name
    # a venue named by a title, then the city it stands in
    "rapat di Kantor Gubernur Sulawesi Selatan , Makassar|PROPN|S-PER , Senin .",
])
def test_mentions_no_person(sent):
    assert _found(sent, kind="person") == []


@pytest.mark.parametrize("sentences, expected", [
    (("Budi|PROPN|B-PER Utama|PROPN|E-PER datang", "Budi|PROPN|S-PER berkata"), ["Budi Utama", "Budi"]),
    (("“ Terima kasih , ” ujar Imam .",), ["Imam"]),
    (("“ Jangan sebagai peserta , ” tandas Julius .",), ["Julius"]),
    (("Selain itu , sambung Amran , pihaknya melakukan sosialisasi .",), ["Amran"]),
])
def test_mentions_short_names_kept_with_a_cue(sentences, expected):
    assert _found(*sentences, kind="person") == expected


@pytest.mark.parametrize("sent", [
    "Baca Juga : Pabrik|PROPN|B-PER Mainan|PROPN|E-PER di Kendal Terbakar",
    "Editorial : C1",
    "Editor : YR",   # a desk code
])
def test_mentions_skip_page_clutter(sent):
    assert find_mentions(doc_of(sent)).mentions == ()


@pytest.mark.parametrize("sent, expected", [
    # gold README: labelled bylines and photo credits are persons
    ("Pewarta : Ricky|PROPN|B-PER Prayoga|PROPN|E-PER Editor : Budi|PROPN|B-PER Suyanto|PROPN|E-PER",
     ["Ricky Prayoga", "Budi Suyanto"]),
    ("Laporan Wartawan Tribunnews.com , Fahmi|PROPN|B-PER Ramadhan|PROPN|E-PER", ["Fahmi Ramadhan"]),
    ("Editor : Mangindo Kayo", ["Mangindo Kayo"]),
    ("Penulis : Taufik", ["Taufik"]),
    ("Senin , 25/1/2024 ( foto ; doc Daniel )", ["Daniel"]),
    ("Kegiatan itu ( Foto : Dok . Pribadi )", []),
    ("Foto : Dok . Humas", []),
    ("Foto : Dok . Budi Santoso", ["Budi Santoso"]),
])
def test_mentions_bylines_and_credits_are_persons(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sentences, expected", [
    (("KPU Kota Malang di Kecamatan Klojen",), ["Kota Malang", "Kecamatan Klojen"]),
    (("warga di Kecamatan Klojen",), []),   # no kab/kota named: a kecamatan name is too ambiguous
])
def test_mentions_district_only_inside_known_kabkota(sentences, expected):
    assert _found(*sentences, kind="region") == expected


@pytest.mark.parametrize("sentences, expected", [
    # one level word over a coordinated list: each item a kecamatan of the article's kab/kota
    (("KPU Kota Malang di Kecamatan Klojen , Blimbing dan Sukun",),
     ["Kota Malang", "Kecamatan Klojen", "Blimbing", "Sukun"]),
    (("KPU Kota Malang di Kecamatan Klojen dan warga",), ["Kota Malang", "Kecamatan Klojen"]),
    # Papua's Distrik is a kecamatan; written without the gazetteer's space
    (("Kota Jayapura , Distrik Muaratami",), ["Kota Jayapura", "Distrik Muaratami"]),
    # Nagari (West Sumatra) is a desa; a lower-case "kampung" is no level word
    (("di Nagari Bukik Batabuah , Kabupaten Agam",), ["Nagari Bukik Batabuah", "Kabupaten Agam"]),
    (("pulang ke kampung Halaman",), []),
])
def test_mentions_region_level_words_and_lists(sentences, expected):
    assert _found(*sentences, kind="region") == expected


@pytest.mark.parametrize("sent, person", [
    # the NER runs place and name together as one LOC; the slot after the title decides
    ("Gubernur Jawa|PROPN|B-LOC Barat|PROPN|I-LOC Ridwan|PROPN|I-LOC Kamil|PROPN|E-LOC meresmikan|VERB posko .",
     ["Ridwan Kamil"]),
    # a district head's title is followed by the district, then the name
    ("Camat Cicendo , Budi|PROPN|B-PER Gunawan|PROPN|E-PER , mengatakan|VERB warga antusias .",
     ["Budi Gunawan"]),
])
def test_mentions_person_slot_after_title(sent, person):
    assert _found(sent, kind="person") == person


@pytest.mark.parametrize("sent, person", [
    ("Gubernur Jateng|PROPN|B-PER Nana|PROPN|I-PER Sudjana|PROPN|E-PER meninjau|VERB gudang .",
     ["Nana Sudjana"]),
])
def test_mentions_ner_person_does_not_swallow_a_region(sent, person):
    assert _found(sent, kind="person") == person


@pytest.mark.parametrize("sent, expected", [
    ("bersama Gerakan|PROPN|B-ORG Pemuda|PROPN|I-ORG Ansor|PROPN|E-ORG menjaga kondusivitas .",
     ["Gerakan Pemuda Ansor"]),
    # no acronym, no NER, not in the lexicon: not sure enough
    ("bersama Gerakan Pemuda Peduli Pemilu menjaga kondusivitas .", []),
    ("bersama Gerakan Pemuda Ansor menjaga kondusivitas .", ["Gerakan Pemuda Ansor"]),   # the lexicon knows it
    ("di Kantor|PROPN|B-ORG Wali|PROPN|I-ORG Kota|PROPN|E-ORG itu .", []),  # an office building
])
def test_mentions_written_out_body_needs_ner(sent, expected):
    assert _found(sent, kind="organization") == expected


@pytest.mark.parametrize("sent", [
    "Posko berada di Jalan Ahmad|PROPN|B-PER Yani|PROPN|E-PER nomor 5 .",
    "Rombongan tiba di Bandara Sultan|PROPN|B-PER Hasanuddin|PROPN|E-PER kemarin .",
])
def test_mentions_place_named_after_a_person_is_not_a_person(sent):
    assert _found(sent, kind="person") == []


def test_mentions_ner_name_containing_a_region_name_is_kept():
    sent = "Kemarin Bima|PROPN|B-PER Arya|PROPN|E-PER datang|VERB ke sana ."
    assert (_found(sent, kind="person"), _found(sent, kind="region")) == (["Bima Arya"], [])


@pytest.mark.parametrize("token, expected", [("II", False), ("IV", False), ("Inf", True), ("Ilham", True)])
def test_mentions_roman_numerals_are_not_name_tokens(token, expected):
    from kg.extract.spans import is_name_token

    # "Inf" is a name-shaped token; ranks and corps are stripped as honorifics, not here
    assert is_name_token(token) is expected


@pytest.mark.parametrize("form", ["Inf", "TNI", "Pol", "Letkol", "Mayjen"])
def test_mentions_ranks_and_corps_are_honorifics(form):
    from kg.lang.lexicon import fold, honorifics

    assert fold(form) in honorifics()[0]


def test_one_word_short_name_of_a_person_named_in_full_is_a_mention():
    # "Irwan mengimbau ...": no title, no NER tag; the article named "Irwan Anwar" before
    got = _found("Kapolrestabes Semarang Kombes Pol Irwan Anwar menambahkan|VERB .",
                 "Irwan mengimbau|VERB masyarakat tidak|PART mudah|ADJ terprovokasi|VERB hoaks .", kind="person")
    assert got == ["Irwan Anwar", "Irwan"]


def test_one_word_that_is_no_name_part_or_names_a_place_is_not_a_mention():
    got = _found("Bupati Garut Ahmad Sudirman hadir|VERB .",
                 "Apel digelar|VERB di|ADP Jalan Sudirman dan|CCONJ Lapangan Garut .",
                 "Budi mengimbau|VERB warga .", kind="person")
    assert got == ["Ahmad Sudirman"]


def test_bracketed_nickname_after_a_full_name_joins_that_person():
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of("Presiden Joko Widodo ( Jokowi ) meminta|VERB ASN netral|ADJ .",
                                       "Jokowi menegaskan|VERB hal|NOUN itu|DET .")))
    persons = [e for e in doc.entities if e.kind == "person"]
    assert [(e.name, e.aliases, len(e.mentions)) for e in persons] == [("Joko Widodo", ("Jokowi",), 3)]
    assert "written in brackets after 'Joko Widodo'" in persons[0].why


@pytest.mark.parametrize("bracket", ["Golkar", "Medan", "45"])
def test_a_party_place_or_age_in_brackets_is_no_nickname(bracket):
    from kg.extract.mentions import nicknames
    doc = find_mentions(doc_of(f"Ketua DPRD Budi Santoso ( {bracket} ) hadir|VERB ."))
    assert nicknames(doc) == {}


@pytest.mark.parametrize("sent, expected", [
    ("Kepala Desa Bojongmengger , Asep|PROPN|B-PER Saepudin|PROPN|E-PER , menyatakan|VERB itu .",
     ["Desa Bojongmengger"]),
    ("PPS Kelurahan Wonosari mulai melatih|VERB petugas .", ["Kelurahan Wonosari"]),
    ("warga desa setempat datang .", []),                     # no name after the level word
])
def test_mentions_village_the_gazetteer_lacks(sent, expected):
    assert _found(sent, kind="region") == expected and "Bojongmengger" not in _found(sent, kind="person")


def test_mentions_a_rank_inside_a_name_run_starts_the_next_name():
    sent = "rombongan Jaya|PROPN|B-PER Mayjen|PROPN|I-PER TNI Mohamad|PROPN|B-PER Hasan|PROPN|E-PER tiba|VERB ."
    assert _found(sent, kind="person") == ["Mohamad Hasan"]


def test_mentions_a_candidate_pair_joined_by_a_hyphen_is_two_persons():
    sent = ("pasangan Danny|PROPN|B-PER Pomanto-Azhar|PROPN|I-PER Arsyad|PROPN|E-PER dan "
            "Budi|PROPN|B-PER Santoso|PROPN|E-PER hadir|VERB .")
    assert _found(sent, kind="person") == ["Danny Pomanto", "Azhar Arsyad", "Budi Santoso"]


@pytest.mark.parametrize("sent, orgs", [
    ("sesuai Peraturan KPU Nomor 15 Tahun 2023 .", []),     # the issuer in an instrument's title
    ("Peraturan Bawaslu tentang pengawasan .", []),
    ("Ketua KPU Nomor Urut hadir .", ["KPU"]),                # no instrument kind before it
])
def test_mentions_org_in_an_instrument_title_is_no_mention(sent, orgs):
    assert _found(sent, kind="organization") == orgs


@pytest.mark.parametrize("sentences, expected", [
    # Balinese particle kept; degrees without a comma dropped
    (("Ketua Bawaslu Klungkung , I|PROPN|B-PER Komang|PROPN|I-PER Supardika|PROPN|E-PER mengatakan|VERB itu .",),
     ["I Komang Supardika"]),
    (("H M Subhan SAg MH , terpilih|VERB sebagai Ketua Tim Perumus .",), ["M Subhan"]),
    # a region in apposition between the title and the name
    (("Kapolres Parigi Moutong , Provinsi Sulawesi Tengah , AKBP Jovan|PROPN|I-ORG Reagan|PROPN|I-ORG "
      "Sumual|PROPN|E-ORG , mengajak|VERB warga .",), ["Jovan Reagan Sumual"]),
    # the splitter cut the apposition after the title's region
    (("Pastikan pilkada aman , Pj. Gubernur Papua .", "Ramses Limbong , S.I.P , M.Si , akan tinjau|VERB lokasi ."),
     ["Ramses Limbong"]),
    (("Mayjen TNI ( Purn ) Ramses|PROPN|S-PER Limbong , akan melakukan|VERB pemantauan .",), ["Ramses Limbong"]),
    # candidate tickets: a one-word running mate, a spaced hyphen, a split hyphen
    (("Nomor Urut 1|NUM Badrun Nggai-Muslih , hadir|VERB .",), ["Badrun Nggai", "Muslih"]),
    (("nomor urut 3 Nizar|PROPN|B-PER Rahmatu|PROPN|I-PER -|PUNCT|I-PER Ardi|PROPN|E-PER , hadir|VERB .",),
     ["Nizar Rahmatu", "Ardi"]),
    (("pasangan nomor urut 2|NUM , Dharma|PROPN|B-PER Pongrekun|PROPN|I-PER -Kun|PROPN|I-PER Wardana|PROPN|E-PER "
      ", yang mengumpulkan|VERB suara .",), ["Dharma Pongrekun", "Kun Wardana"]),
    (("Pasangan nomor urut 2|NUM Moh .", "Nur|PROPN|B-PER Dg|PROPN|I-PER Rahmatu|PROPN|E-PER , hadir|VERB ."),
     ["Moh. Nur Dg Rahmatu"]),
    # a degree after a comma marks a name in a list
    (("antara lain Dr. Arfa'i , dan Yasril , M.A.Pol , yang merupakan|VERB pakar .",), ["Arfa'i", "Yasril"]),
    (("Presiden RI Joko|PROPN|B-PER Widodo|PROPN|E-PER dan Ibu Negara Iriana Joko Widodo .",),
     ["Joko Widodo", "Iriana Joko Widodo"]),
])
def test_mentions_names_as_indonesian_news_writes_them(sentences, expected):
    assert _found(*sentences, kind="person") == expected


@pytest.mark.parametrize("sentences", [
    ("bersinergi dengan Dandim , Kapolres , Kajati , Kapengti|PROPN|S-PER ( Kepala Pengadilan Tinggi ) .",),
    ("acara di alun-alun Ida|PROPN|B-PER Dewa|PROPN|I-PER Agung|PROPN|I-PER Jambe|PROPN|E-PER kemarin .",),
    ("hadir Kepala BPBD , Kepala Dinas Sosial dan Dukcapil .",),
    ("mendampingi Pj. Gubernur Papua .", "Undangan ini ditujukan|VERB kepada :"),   # no apposition comma
])
def test_mentions_not_persons(sentences):
    assert _found(*sentences, kind="person") == []


def test_mentions_rank_corps_is_no_organisation():
    assert _found("Mayjen TNI ( Purn ) Ramses|PROPN|S-PER Limbong , hadir|VERB .", kind="organization") == []


@pytest.mark.parametrize("sentences, expected", [
    # religious titles and honorifics before the name are dropped; "bin" joins a name
    (("Ketua KIP Aceh Utara , Tgk Ridwan Abdullah , mengatakan|VERB itu .",), ["Ridwan Abdullah"]),
    (("Hadir pula KH Ahmad Mustofa Bisri dan Habib Luthfi bin Yahya .",), ["Ahmad Mustofa Bisri", "Luthfi bin Yahya"]),
    (("Ustaz Abdul Somad mengimbau|VERB warga .",), ["Abdul Somad"]),
    # "Andi" and Balinese caste and birth-order names are part of the name; four- and five-word names
    (("Pj Bupati Bone , Andi Islamuddin , mengatakan|VERB itu .",), ["Andi Islamuddin"]),
    (("Ketua Bawaslu Kota Denpasar , I Gusti Ngurah Putu Arya Wibawa , mengatakan|VERB itu .",),
     ["I Gusti Ngurah Putu Arya Wibawa"]),
    (("Ketua KPU Bali , Ni Luh Putu Sri Astuti , hadir|VERB .",), ["Ni Luh Putu Sri Astuti"]),
    # one-word names: a subject the NER tags as a person, or after a title
    (("Suparman|PROPN|S-PER|2|nsubj mengatakan|VERB itu .",), ["Suparman"]),
    (("Ketua Bawaslu , Mulyadi , mengatakan|VERB itu .",), ["Mulyadi"]),
    # a Title Case headline: only what the NER tags as a person
    (("Pj Gubernur Jateng Nana|PROPN|B-PER Sudjana|PROPN|E-PER Ajak ASN Netral",), ["Nana Sudjana"]),
])
def test_mentions_honorifics_particles_and_one_word_names(sentences, expected):
    assert _found(*sentences, kind="person") == expected


@pytest.mark.parametrize("sent", [
    "Ini Kata Kapolres Kudus Soal Pilkada Damai",
    "Bupati Kudus Ajak Warga Sukseskan Pilkada",
    "Mari|PROPN|S-PER|2|nsubj jaga|VERB kondusivitas .",
    "Bawaslu|PROPN|S-PER|2|nsubj mengatakan|VERB itu .",
])
def test_mentions_headlines_and_openers_give_no_persons(sent):
    assert _found(sent, kind="person") == []


def test_mentions_one_word_name_found_by_a_cue_is_found_again():
    """ "Koordinator Divisi ... Panwaslih Aceh Utara, Misbahuddin, menegaskan ..." then "Menurut
    Misbahuddin, ..." (the NER alone) and "Misbahuddin juga mengajak ..." (no cue at all)."""
    assert _found("Ketua Panwaslih Aceh Utara , Misbahuddin , menegaskan|VERB itu .",
                  "Menurut Misbahuddin|PROPN|S-PER , Panwaslih akan mengawasi|VERB .",
                  "Misbahuddin juga mengajak|VERB masyarakat .", kind="person") == ["Misbahuddin"] * 3


def test_mentions_unit_word_after_a_title_starts_no_person():
    # "kata Widodo SH anggota Bawaslu Boyolali Divisi Hukum dan Informasi": the division, not a person
    sent = "kata|VERB Widodo SH anggota|NOUN Bawaslu Boyolali Divisi Hukum dan|CCONJ Informasi ."
    assert _found(sent, kind="person") == ["Widodo"]


@pytest.mark.parametrize("sent", [
    # "Menteri Koordinator Politik Hukum dan Keamanan Wiranto memimpin rapat ...": no "Bidang", no commas
    "Menteri Koordinator Politik Hukum dan|CCONJ Keamanan Wiranto memimpin|VERB rapat|NOUN .",
    "Menteri Koordinator Politik , Hukum , dan|CCONJ Keamanan Wiranto memimpin|VERB rapat|NOUN .",
])
def test_mentions_coordinating_minister_spelled_without_bidang(sent):
    assert _found(sent, kind="person") == ["Wiranto"]


@pytest.mark.parametrize("sent, expected", [
    # a unit title runs over its field; its short form in brackets is no person (the NER tags it one)
    ("Asisten Pemerintah Kesejahteraan Rakyat ( Aspem|PROPN|B-PER Kesra|PROPN|E-PER ) Kabupaten Bogor "
     "Zaenal Ashari mengatakan|VERB netralitas ASN harus|AUX di|ADP jaga|ADJ .", ["Zaenal Ashari"]),
    # a month's name between two name words is part of the name
    ("dipimpin|VERB Dandim 0823|NUM / Situbondo Letkol Inf Akhmad Juni|PROPN|I-ORG Toa , serta|CCONJ hadir|VERB .",
     ["Akhmad Juni Toa"]),
    # the rank's letters transposed, as the press often writes it
    ("tutur|VERB Kapolres Boyolali AKPB Aries Andi SIK .", ["Aries Andi"]),
    # a Kodim's place after its number, then the commander's rank: the place is no person
    ("dihadiri|VERB Dandim 0906|NUM Tenggarong Letkol Inf Charles|PROPN|B-PER Alling|PROPN|E-PER , "
     "Ketua KPU Kukar Erlyando Saputra .", ["Charles Alling", "Erlyando Saputra"]),
    # "UU" in capitals is a law, not the name "Uu"
    ("masyarakat menolak|VERB hadirnya UU|PROPN|B-PER Cipta|PROPN|E-PER kerja yang disahkan|VERB .", []),
    # a month next to a number is a date, not part of a name
    ("Ketua KPU Kudus , Budi Santoso , pada 27 Juni 2024 .", ["Budi Santoso"]),
])
def test_mentions_unit_titles_months_ranks_and_laws(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_dateline_outlet_is_no_person():
    """ "Kendari (Antaranews Sultra) - Pemerintah Kabupaten Konawe Selatan menggelar ...": the outlet
    the dateline names (kg.extract.meta reads it) is the publisher, not a person the NER found."""
    from dataclasses import replace
    doc = doc_of("Kendari ( Antaranews|X|B-PER Sultra|X|E-PER ) - Pemerintah Kabupaten Konawe Selatan "
                 "menggelar|VERB rapat .")
    doc = replace(doc, meta={**doc.meta, "publisher": "Antaranews Sultra"})
    assert [m.text for m in find_mentions(doc).mentions if m.kind == "person"] == []


@pytest.mark.parametrize("sent, expected", [
    # a division named after the body, then the name
    ("Demikian disampaikan|VERB Komisioner KPU Palas Divisi SDM dan|CCONJ Parmas Amran|PROPN|I-ORG "
     "Pulungan|PROPN|E-ORG , Kamis ( 29/3/2018|NUM ) di|ADP Sibuhuan", ["Amran Pulungan"]),
    # a sentence that lost its full stop is no Title Case headline: lower-case verbs stay
    ("Hal itu disampaikan|VERB Ketua KPU Kudus Budi Santoso di|ADP Kudus", ["Budi Santoso"]),
])
def test_mentions_trailing_division_and_unpunctuated_sentences(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sentences, expected", [
    # a kecamatan of the article's kab/kota named without its level word: after "di", or between commas
    (("Rakor Forkopimda Kabupaten Jombang digelar|VERB di Kabuh .",), ["Kabupaten Jombang", "Kabuh"]),
    (("rakor Pemerintah Kabupaten Bogor di Ruang Serbaguna 1|NUM , Cibinong , Senin .",),
     ["Kabupaten Bogor", "Cibinong"]),
    # the same name with no kab/kota of its own in the article is not taken
    (("rapat digelar|VERB di Kabuh .",), []),
    # a Kodim named after a kecamatan of the article's kabupaten
    (("di Kabupaten Kutai Kartanegara hadir|VERB Dandim 0906|NUM Tenggarong Letkol Inf Charles Alling .",),
     ["Kabupaten Kutai Kartanegara", "Tenggarong"]),
    # a dateline: before a dash, or alone with its full stop (the splitter cut there)
    (("Tenggarong – Pjs Bupati Kutai Kartanegara menyerukan|VERB netralitas .",), ["Tenggarong", "Kutai Kartanegara"]),
    (("Tenggarong .", "Pjs Bupati Kutai Kartanegara menyerukan|VERB netralitas ."), ["Tenggarong", "Kutai Kartanegara"]),
    # a list after "yakni"
    (("Polres Lampung Selatan menyiapkan|VERB pos di tiga lokasi yakni Penengahan , Mapolres dan Tanjung Bintang .",),
     ["Lampung Selatan", "Penengahan", "Tanjung Bintang"]),
])
def test_mentions_bare_kecamatan(sentences, expected):
    assert _found(*sentences, kind="region") == expected


def test_mentions_region_short_form_defined_in_brackets():
    # "Kabupaten Gunung Mas (Gumas)" in a real article; here a short form the abbreviation list lacks
    found = _found("Pemerintah Kabupaten Lamandau ( Lmd ) menggelar|VERB rapat .",
                   "Ketua KPU Kabupaten Lmd , Stepenson , hadir|VERB .", kind="region")
    assert found == ["Kabupaten Lamandau", "Lmd", "Kabupaten Lmd"]
    # without the definition the short form is no region
    assert _found("Ketua KPU Kabupaten Lmd , Stepenson , hadir|VERB .", kind="region") == []


@pytest.mark.parametrize("sent, expected", [
    # candidate pairs: a spaced dash between two names, or "pasangan X dan Y"
    ("Pasangan yang mendapat|VERB nomor urut 1|NUM adalah|AUX Eddy Paripurna – Bambang|PROPN|B-PER "
     "Pudjiono|PROPN|E-PER ( Diba’ ) yang didukung|VERB PDIP .", ["Eddy Paripurna", "Bambang Pudjiono"]),
    ("Pasangan yang maju|VERB melalui|ADP jalur perseorangan , Muzammil|PROPN|B-PER –|PUNCT|I-PER "
     "Juraida|PROPN|E-PER mendapat|VERB nomor urut 5|NUM .", ["Muzammil", "Juraida"]),
    ("Untuk nomor urut pertama pasangan Mafudhoh dan|CCONJ Koeswiyanto mendapatkan|VERB nomor 2|NUM .",
     ["Mafudhoh", "Koeswiyanto"]),
    # hyphens inside a token: a one-word candidate first, a particle or an honorific after the hyphen
    ("KPU menetapkan|VERB M|PROPN|B-PER Sanusi|PROPN|E-PER dan|CCONJ Gunawan-Umar|PROPN|B-PER Usman|PROPN|E-PER "
     "sebagai pasangan calon .", ["M Sanusi", "Gunawan", "Umar Usman"]),
    ("pasangan Ida Bagus Giri Putra -I Made Subrata mendapat|VERB nomor urut tiga .",
     ["Ida Bagus Giri Putra", "I Made Subrata"]),
    ("diraih|VERB oleh pasangan petahana H Rendra|PROPN|B-PER Kresna-|PROPN|I-PER HM|PROPN|I-PER "
     "Sanusi|PROPN|E-PER .", ["Rendra Kresna", "M Sanusi"]),
    # a Balinese caste title the NER left out is part of the name
    ("pasangan Sang Nyoman|PROPN|B-PER Sedana|PROPN|I-PER Arta|PROPN|E-PER yang pertama kali mengambil|VERB nomor .",
     ["Sang Nyoman Sedana Arta"]),
    # a dash after a dateline is no pair
    ("LEPASNEWS.COM BONE – Tahapan pilkada telah berproses|VERB , beberapa bakal calon bupati Bone disebut|VERB .", []),
])
def test_mentions_candidate_pairs(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_one_word_subject_of_two_sentences():
    """ "Satriawan jatuh pingsan ... Satriawan diduga mengalami kelelahan": a poll worker named by one
    word the NER missed; once only, or a word a lexicon knows, is not enough."""
    s1 = "Satriawan|PROPN|O|2|nsubj jatuh|VERB pingsan|NOUN|O|2|obj ."
    s2 = "Satriawan|PROPN|O|2|nsubj:pass diduga|VERB|O|0|root mengalami|VERB|O|2|ccomp kelelahan ."
    s3 = "Di klinik kondisi|NOUN Satriawan|PROPN|O|3|nmod semakin|ADV memburuk|VERB ."
    assert _found(s1, s2, s3, kind="person") == ["Satriawan"] * 3
    assert _found(s1, kind="person") == []
    assert _found("Golkar|PROPN|O|2|nsubj menang|VERB .", "Golkar|PROPN|O|2|nsubj menggelar|VERB rapat .",
                  kind="person") == []


@pytest.mark.parametrize("sent, expected", [
    ("Nomor urut itu diraih|VERB pasangan petahana HM|PROPN|B-PER Sanusi|PROPN|E-PER .", ["M Sanusi"]),
    # a headline whose first word the tokenizer split ("Ucapannya") stays a headline
    ("Ucapan nya|PRON Dipelintir Media , Ketua KPU Gunakan Hak|NOUN Jawab", []),
])
def test_mentions_haji_initial_and_headline_clitics(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # a Title Case headline: the NER runs the name into the verb that follows it
    ("Bupati Kudus Hartono|PROPN|B-PER Ajak|PROPN|E-PER Warga Sukseskan Pilkada", ["Hartono"]),
    ("Kapolres Kudus Budi|PROPN|B-PER Santoso|PROPN|I-PER Pastikan|PROPN|E-PER Pilkada Aman", ["Budi Santoso"]),
    ("Golkar|PROPN|B-PER Ajak|PROPN|E-PER Warga Tak Golput", []),
])
def test_mentions_headline_verbs_end_a_name(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # after a religious title the NER's other labels do not rule the name out
    ("Pada pertemuan itu , kader Golkar Kalsel|PROPN|I-ORG Hj|PROPN|I-ORG Ananda|PROPN|E-ORG berkesempatan|VERB hadir .",
     ["Ananda"]),
    # a name, a comma, then a candidacy or a title
    ("Desri Ayunda , caleg|NOUN DPRD Sumbar Dapil I , ikut|VERB hadir|VERB .", ["Desri Ayunda"]),
    # one token joins the pair; a one-word pair is split too
    ("memenangkan|VERB pasangan calon gubernur , Ridwan|PROPN|B-ORG Kamil-Suswono|PROPN|E-ORG ( RIDO ) di Jakarta .",
     ["Ridwan Kamil", "Suswono"]),
    ("Pasangan Pramono-Rano berhasil|VERB meraih|VERB suara terbanyak .", ["Pramono", "Rano"]),
    # a photographer credited in lower case before the outlet
    ("Ketua Harian DPD Golkar Kalsel menyampaikan|VERB keterangan . ( foto : rizqon|X / klikkalsel|X )", ["rizqon"]),
])
def test_mentions_party_news_names(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # the agency's photo credit: agency, photographer, editor's code
    ("ANTARA / Bagus Ahmad|PROPN|B-PER Rizaldi|PROPN|I-PER /aa|PUNCT|E-PER .", ["Bagus Ahmad Rizaldi"]),
    # a campaign team credited for a photo is no person
    ("Anies Baswedan hadir|VERB di JIS , Sabtu . ( Foto : Timnas Amin )", ["Anies Baswedan"]),
    # a results headline: the pair, then the verb
    ("Real Count KPU : Anies-Muhaimin|PROPN|B-PER Unggul|PROPN|E-PER di Sumbar dan Aceh", ["Anies", "Muhaimin"]),
])
def test_mentions_results_news_credits_and_headlines(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_slashed_list_is_no_photo_credit():
    # "Netralitas ASN/PPPK/PEGAWAI NON ASN": a slashed list, not "ANTARA/Name/code"
    assert _found("yang mengatur|VERB tentang Netralitas ASN / PPPK / PEGAWAI NON ASN dalam pemilihan .",
                  kind="person") == []


def test_mentions_kpu_information_system_is_no_person():
    s1 = "Sirekap|PROPN|O|2|nsubj mencatat|VERB suara .", "Sirekap|PROPN|O|2|nsubj menunjukkan|VERB hasil ."
    assert _found(*s1, kind="person") == []


@pytest.mark.parametrize("sent, expected", [
    ("Editor : Budi Santoso Copyright © ANTARA 2024", ["Budi Santoso"]),
    ("Pewarta : Budi Santoso Editor : Ahmad Yani Copyright © ANTARA 2024", ["Budi Santoso", "Ahmad Yani"]),
])
def test_mentions_byline_before_the_copyright_line(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    ("Siti ( 45|NUM ) , warga Kelurahan Bukit Tunggal , mengaku|VERB senang .", ["Siti"]),
    ("Hal itu dirasakan|VERB Budi Santoso ( 62|NUM ) , pemilih disabilitas .", ["Budi Santoso"]),
    ("Ada 12|NUM TPS ( 45|NUM ) di Kota Palangka Raya .", []),
])
def test_mentions_name_with_age_in_brackets(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    ("Rosidin , penyandang|NOUN disabilitas lainnya , juga baru ikut|VERB simulasi .", ["Rosidin"]),
    ("Kemarin|ADV , warga|NOUN berdatangan|VERB ke TPS .", []),
])
def test_mentions_one_word_name_in_apposition_with_a_person_noun(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # a name with no NER label, then "sebagai" and the post it is given
    ("Bachtiar Baharuddin sebagai Pj Gubernur Sulawesi Selatan", ["Bachtiar Baharuddin"]),
    # after a retired rank, in a Title Case list line
    ("- Mayor Jenderal TNI ( Purn ) Hassanudin sebagai Pj Gubernur Sumatera Utara", ["Hassanudin"]),
    # "sebagai" before a plain noun gives no post
    ("Budi Utama sebagai|ADP saksi|NOUN hadir|VERB .", []),
])
def test_mentions_name_given_a_post_by_sebagai(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_degrees_alone_name_no_one():
    sent = "Dalam apel hadir|VERB , Oman|PROPN|B-PER Apriaman|PROPN|E-PER , SKM , SIP dan Rudi|PROPN|B-PER Hadikarsono|PROPN|E-PER , SH ."
    assert _found(sent, kind="person") == ["Oman Apriaman", "Rudi Hadikarsono"]


def test_mentions_name_after_a_title_with_its_region_and_before_a_comma():
    # the title already has its region: the capitalised words after it are the name, not a place
    sent = "yaitu Ketua DPC PKB Sutiyo , Wakil Bupati Gunungkidul Heri Susanto , Supriyadi , dan Joko ."
    assert "Heri Susanto" in _found(sent, kind="person")


@pytest.mark.parametrize("sent, expected", [
    # an NCO's rank before the name is dropped like an officer's
    ("dihadiri|VERB Danramil Serma Budi|PROPN Santoso|PROPN , kemarin .", ["Budi Santoso"]),
    ("Apel dihadiri|VERB Peltu Eka|PROPN Satria|PROPN W|PROPN dan warga .", ["Eka Satria W"]),
])
def test_mentions_enlisted_ranks_are_no_names(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # a corps word alone opens no name; after a rank it is part of the rank
    ("Danrem mengatakan|VERB , TNI AD siap|ADJ membantu|VERB pengamanan .", []),
    ("hadir|VERB Mayjen TNI Mohamad|PROPN Hasan|PROPN kemarin .", ["Mohamad Hasan"]),
    # the corps section of honorifics.txt is the one list: the Air Force's pilots, "Kolonel Pnb ..."
    ("Skadron Pnb|PROPN Hercules|PROPN siap|ADJ terbang|VERB .", []),
    ("hadir|VERB Kolonel Pnb Ardi|PROPN Syahri|PROPN kemarin .", ["Ardi Syahri"]),
    # a capitalised -kan verb after a title is no name
    ('" Para Kapolsek Kelompokkan|PROPN potensi kerawanan yang ada di desa , " ungkapnya .', []),
])
def test_mentions_corps_words_and_verbs_after_titles(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent", [
    # a title alone after the speech verb is its holder, never a person called "Kasdam"
    '" TNI siap|ADJ mendukung|VERB pengamanan , " ujar|VERB Kasdam .',
    # a command's principal officers as a group, after a title and its place: no one's name
    "dihadiri|VERB oleh|ADP Wakapolda Kalbar , PJU Kodam XII/Tpr , serta Lanud Supadio .",
])
def test_mentions_military_titles_are_no_names(sent):
    assert _found(sent, kind="person") == []


@pytest.mark.parametrize("sents, acronym, found", [
    # "Rapat Koordinasi Tim Terpadu Penanganan Konflik Sosial ... pelaksanaan PKS merupakan tugas kita"
    (("Rapat Tim Terpadu Penanganan Konflik Sosial digelar|VERB .", "Pelaksanaan PKS adalah tugas kita ."), "PKS", False),
    (("Warga membayar|VERB Pajak Bumi dan Bangunan ( PBB ) .",), "PBB", False),
    # the party's own long form, or no other spelling: the party
    (("Partai Keadilan Sejahtera ( PKS ) mendaftar|VERB .",), "PKS", True),
    (("Kader PKS mendaftar|VERB ke KPU .",), "PKS", True),
    # a post's title spells no body: "disaksikan ... Kabag Pemerintahan Umum Setda Yulianto" (KPU stays)
    (("Ketua KPU Kabupaten Demak hadir|VERB .", "Hadir Kabag Pemerintahan Umum Setda Yulianto|PROPN|S-PER ."), "KPU", True),
])
def test_mentions_acronym_the_article_spells_out_as_something_else(sents, acronym, found):
    from entity_helpers import doc_of
    doc = find_mentions(doc_of(*sents))
    assert any(acronym in m.text.split() or "Partai" in m.text for m in doc.mentions
               if m.kind == "organization") == found, [m.text for m in doc.mentions]


@pytest.mark.parametrize("sent, expected", [
    # a nobility title opening a name is dropped (R = Raden); inside a name the letter is an initial
    ("Apel dipimpin|VERB Bupati Jember R Syamsul|PROPN|B-PER Hidayat|PROPN|E-PER , kemarin .", ["Syamsul Hidayat"]),
    ("Apel dipimpin|VERB Bupati Jember R . Syamsul|PROPN|B-PER Hidayat|PROPN|E-PER , kemarin .", ["Syamsul Hidayat"]),
    ("hadir|VERB Budi|PROPN|B-PER R|PROPN|I-PER Santoso|PROPN|E-PER kemarin .", ["Budi R Santoso"]),
    # ranks of the police and army rank systems, degrees of the degree regulation
    ("dihadiri|VERB Kapolsek Abripda Yusuf|PROPN Maulana|PROPN , kemarin .", ["Yusuf Maulana"]),
    ("hadir|VERB Danlanud Kolonel Pnb Agus|PROPN Hidayat|PROPN kemarin .", ["Agus Hidayat"]),
    ("Kapolda Sultra Brigjend Pol Andap|PROPN|B-PER Budhi|PROPN|I-PER Revianto|PROPN|E-PER mengimbau|VERB .",
     ["Andap Budhi Revianto"]),
    ("kata|VERB Kadis Kominfo Budi|PROPN|B-PER Santoso|PROPN|E-PER , S.Kom , M.Kom , kemarin .", ["Budi Santoso"]),
])
def test_mentions_noble_titles_ranks_and_degrees_are_no_names(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent", [
    # a ke-an / pe-an noun opens no name, nor a unit's headquarters (Ma- + the unit), nor the place after "warga"
    "Polsek harus|AUX mendata|VERB Kerawanan|PROPN Pilkades|PROPN diwilayah|VERB masing-masing .",
    "Acara berlangsung|VERB di Aula Bharadaksa , Mapolres|PROPN|B-PER Langkat|PROPN|E-PER , bertujuan|VERB baik .",
    "yakni Kusilah anggota Polri warga|NOUN Gadingharjo|PROPN|B-PER Sanden|PROPN|E-PER , dan lainnya .",
    # a group noun capitalised in a headline
    "Kapolres Langkat Silaturahmi Dengan Alim|PROPN|B-PER Ulama|PROPN|E-PER untuk Jaga Kamtibmas",
])
def test_mentions_nouns_headquarters_and_residences_are_no_names(sent):
    assert _found(sent, kind="person") == []


def test_mentions_one_word_names_in_a_list_of_persons():
    # a list after "yakni" whose other items name persons: a one-word item, or one followed by its post
    sent = ("Pendaftar yakni|SCONJ Agus|PROPN|B-PER Santosa|PROPN|E-PER ( swasta ) , Kusilah|PROPN anggota Polri , "
            "Setiya|PROPN ( mantan anggota DPRD ) , Supriyadi|PROPN|S-PER , dan Jati|PROPN|B-PER Cahyo|PROPN|E-PER .")
    assert sorted(_found(sent, kind="person")) == ["Agus Santosa", "Jati Cahyo", "Kusilah", "Setiya", "Supriyadi"]


def test_mentions_no_list_no_one_word_guess():
    sent = "Tamu datang|VERB : Kusilah|PROPN anggota , Supriyadi|PROPN|S-PER , dan warga ."
    assert _found(sent, kind="person") == []


def test_mentions_one_letter_honorific_inside_a_name_is_an_initial():
    sent = "didampingi|VERB oleh Kombes Pol Bestari|PROPN H. Harahap|PROPN , S.I.K , kemarin ."
    assert _found(sent, kind="person") == ["Bestari H. Harahap"]


def test_nickname_given_by_disapa_joins_that_person():
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Plt Sekretaris KPU , Achmad|PROPN|B-PER Syaifudin|PROPN|I-PER Riyadi|PROPN|E-PER yang|PRON akrab|ADJ "
        "disapa|VERB Didi|PROPN mengunjungi|VERB kantor .", "Didi|PROPN menyampaikan|VERB hal|NOUN itu|DET .")))
    persons = [e for e in doc.entities if e.kind == "person"]
    assert [(e.name, e.aliases, len(e.mentions)) for e in persons] == [("Achmad Syaifudin Riyadi", ("Didi",), 3)]


@pytest.mark.parametrize("sentences, expected", [
    # a one-word name only the NER tags, in a noun phrase's slot: kept without a fuller name
    (("Menurut|ADP Johan|PROPN|S-PER|4|obl , laporan|NOUN itu|DET bahan|NOUN mentah|ADJ .",), ["Johan"]),
    (("Megawati|PROPN|S-PER|3|nsubj akan|AUX memegang|VERB trah|NOUN karena|ADP Soekarno|PROPN|S-PER|3|obl .",),
     ["Megawati", "Soekarno"]),
    # a politician by the initials the NER tags alone as a person; an acronym the lexicons know is none
    (("evaluasi|NOUN pencapresan|NOUN SDA|PROPN|S-PER|2|nmod oleh|ADP pengurus|NOUN .",), ["SDA"]),
    (("dukungan|NOUN kepada|ADP KPU|PROPN|S-PER|1|nmod meningkat|VERB .",), []),
    # a desk code signing the article off ("(Bukhori)", gold README), a common noun the NER tagged,
    # a place the gazetteer knows, a word next to another capitalised word: no person
    (("Rapat|NOUN selesai|VERB .", "( Bukhori|PROPN|S-PER|0|appos )"), []),
    (("Mari|NOUN|S-PER|2|obj kita|PRON jaga|VERB netralitas|NOUN .",), []),
    (("warga|NOUN dari|ADP Pekalongan|PROPN|S-PER|1|nmod datang|VERB .",), []),
    (("rapat|NOUN di|ADP Gedung|PROPN Sate|PROPN|S-PER|3|flat hari|NOUN ini|DET .",), []),
])
def test_mentions_one_word_ner_name_in_a_noun_slot(sentences, expected):
    assert _found(*sentences, kind="person") == expected


def test_mentions_names_of_god_are_no_persons():
    # "Insya Allah, ... kepada Allah SWT": the NER's person tags on a name of God
    got = _found("kami|PRON berserah|VERB kepada|ADP Allah|PROPN|B-PER|2|obl SWT|PROPN|E-PER|4|flat .",
                 "Ketua KPU Jember , Budi Santoso , mengatakan|VERB hal|NOUN itu|DET .", kind="person")
    assert got == ["Budi Santoso"]


@pytest.mark.parametrize("sent, expected", [
    # a post's or an occupation's noun the lexicons lack opens no name
    ("ujar|VERB Wakil Sekretaris Jenderal PDI Perjuangan Hasto|PROPN|B-PER Kristianto|PROPN|E-PER saat|NOUN itu|DET .",
     ["Hasto Kristianto"]),
    ("Menteri|PROPN Tedjo|PROPN|S-PER|1|flat:name mengatakan|VERB hal|NOUN itu|DET .", []),
    ("Kongres|PROPN|O|2|nsubj belum|PART berlangsung|VERB .", []),
])
def test_mentions_post_nouns_open_no_name(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_post_noun_before_a_name_of_the_article():
    got = _found("Menteri Tedjo|PROPN|B-PER Edhy|PROPN|I-PER Purdijatno|PROPN|E-PER hadir|VERB .",
                 "Menteri|PROPN Tedjo|PROPN|S-PER|1|flat:name mengatakan|VERB hal|NOUN itu|DET .", kind="person")
    assert got == ["Tedjo Edhy Purdijatno", "Tedjo"]


@pytest.mark.parametrize("sent, title, person", [
    # a party's national council between the role and the party
    ("Wakil Ketua Dewan Pembina Demokrat Marzuki|PROPN|B-ORG Alie|PROPN|E-ORG menyatakan|VERB .",
     "Wakil Ketua Dewan Pembina", "Marzuki Alie"),
    ("kata|VERB Anggota Dewan Pembina Gerindra Martin|PROPN|I-ORG Hutabarat|PROPN|E-ORG ketika|SCONJ dihubungi|VERB .",
     "Anggota Dewan Pembina", "Martin Hutabarat"),
])
def test_mentions_role_in_a_party_council(sent, title, person):
    assert (_found(sent, kind="title"), _found(sent, kind="person")) == ([title], [person])


def test_mentions_party_council_without_a_role_or_party_at_the_start():
    # a body opening the sentence, a council with no party after it: no title, and no endless loop
    assert _found("Gerindra menggelar|VERB rapat bersama|ADP Ketua Dewan Pembina pekan|NOUN ini|DET .", kind="title") == []


@pytest.mark.parametrize("sent, expected", [
    # a one-word subject of a reporting verb that no lexicon knows: a person, even untagged
    ("Hajrianto|PROPN|O|2|nsubj mengatakan|VERB , Partai Golkar terdiri|VERB dari|ADP ormas|NOUN .", ["Hajrianto"]),
    # the head of a longer subject, a body the lexicon knows, a place, a word of a longer name: no person
    ("Mantan|PROPN|O|4|nsubj Sekretaris|NOUN|O|1|nmod Daerah|PROPN|O|2|nmod mengatakan|VERB hal|NOUN itu|DET .", []),
    ("Bawaslu|PROPN|O|2|nsubj menegaskan|VERB hal|NOUN itu|DET .", []),
    ("Pekalongan|PROPN|O|2|nsubj menyatakan|VERB siap|ADJ .", []),
    ("Budi|PROPN|O|3|nsubj Santoso|PROPN|O|1|flat:name menambahkan|VERB bahwa|SCONJ .", ["Budi Santoso"]),
])
def test_mentions_one_word_subject_of_a_reporting_verb(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # the Sultan's style is dropped, his regnal number is part of the name
    ("Gubernur DIY Sri|PROPN|B-PER Sultan|PROPN|I-PER Hamengku|PROPN|I-PER Buwono|PROPN|E-PER X setahun|NOUN lagi|ADV .",
     ["Hamengku Buwono X"]),
    # a Roman numeral before a capitalised word names a unit, and one name word is no regnal name
    ("Pangdam II Sriwijaya Mayjen TNI Agus|PROPN|B-PER Suhardi|PROPN|E-PER hadir|VERB .", ["Agus Suhardi"]),
    ("kata|VERB Budi|PROPN|S-PER II di|ADP rapat|NOUN .", ["Budi"]),
])
def test_mentions_sultan_and_regnal_number(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_regnal_number_the_ner_left_out():
    got = _found("jabatan|NOUN Gubernur|NOUN Sri|PROPN|B-PER Sultan|PROPN|I-PER Hamengku|PROPN|I-PER "
                 "Buwono|PROPN|E-PER X|PROPN setahun|ADJ lagi|ADV .", kind="person")
    assert got == ["Hamengku Buwono X"]


@pytest.mark.parametrize("sent, title, person", [
    # a minister named by the ministry's field the lexicons lack: the field runs to the name
    ("Menteri Hukum dan|CCONJ Hak Asasi Manusia Amir|PROPN|B-PER Syamsudin|PROPN|E-PER memastikan|VERB hal|NOUN itu|DET .",
     "Menteri Hukum dan Hak Asasi Manusia", "Amir Syamsudin"),
    ("Menteri Pertanian Andi|PROPN|B-PER Amran|PROPN|I-PER Sulaiman|PROPN|E-PER hadir|VERB .",
     "Menteri Pertanian", "Andi Amran Sulaiman"),
])
def test_mentions_minister_by_the_ministry_field(sent, title, person):
    assert (_found(sent, kind="title"), _found(sent, kind="person")) == ([title], [person])


@pytest.mark.parametrize("sent, expected", [
    # an occupation in lower case, then a name of two words the NER missed
    ("aksi|NOUN yang|PRON dilakukan|VERB artis|NOUN Pong|PROPN|O|4|nmod Hardjatmo|PROPN|O|5|flat:name di|ADP atap|NOUN .",
     ["Pong Hardjatmo"]),
    # a body, a place, a name of one word or running on into capitalised words: no person from this cue
    ("pemain|NOUN Persib|PROPN|B-ORG Bandung|PROPN|E-ORG menang|VERB .", []),
    ("pengamat|NOUN Universitas|PROPN Gadjah|PROPN Mada|PROPN Yogyakarta|PROPN berkata|VERB .", []),
])
def test_mentions_occupation_before_a_name(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_mr_before_a_name_is_dropped():
    got = _found("dengan|ADP Kepala Sekolah pertama|ADJ Mr. Widodo|PROPN Sastrodiningrat|PROPN dengan|ADP wakil|NOUN .",
                 kind="person")
    assert got == ["Widodo Sastrodiningrat"]


@pytest.mark.parametrize("sentences, expected", [
    # a company's legal form in the run, or an initial alone: no person
    (("wakil|NOUN ketua|NOUN Lockheed|PROPN|B-PER Corporation|PROPN|E-PER memberitahu|VERB senat|NOUN .",), []),
    (("pesawat|NOUN itu|DET milik|NOUN T|PROPN|S-PER|3|nmod saja|ADV .",), []),
])
def test_mentions_no_company_or_lone_initial(sentences, expected):
    assert _found(*sentences, kind="person") == expected


def test_mentions_foreign_gloss_in_brackets_is_no_person():
    got = _found("ambang|NOUN batas|NOUN parlemen|NOUN ( Parliamentary|X|B-PER Threshold|X|E-PER ) disepakati|VERB .",
                 "kata|VERB Budi|PROPN|B-PER Santoso|PROPN|E-PER ( Ketua KPU ) .", kind="person")
    assert got == ["Budi Santoso"]


def test_mentions_older_bachelor_degree_ends_the_name():
    got = _found("ujar|VERB Sumardi|PROPN|B-PER BA|PROPN|E-PER , kepala|NOUN sekolah|NOUN itu|DET .", kind="person")
    assert got == ["Sumardi"]


@pytest.mark.parametrize("sent, expected", [
    # ranks spelt out, of three words too, and "Polisi" as the corps after the rank
    ("Kapolda Jateng Inspektur Jenderal Polisi Ahmad|PROPN|B-PER Luthfi|PROPN|E-PER hadir|VERB .", ["Ahmad Luthfi"]),
    ("Ajun Komisaris Besar Polisi Budi|PROPN|B-PER Santoso|PROPN|E-PER memimpin|VERB apel|NOUN .", ["Budi Santoso"]),
    ("Komisaris Jenderal Budi|PROPN|B-PER Gunawan|PROPN|E-PER dilantik|VERB .", ["Budi Gunawan"]),
    # "Polisi" alone opens no name
    ("Polisi|NOUN menangkap|VERB pelaku|NOUN di|ADP Pasar Baru .", []),
])
def test_mentions_ranks_spelt_out(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_abbreviated_name_word_with_its_split_full_stop():
    got = _found("Ketua KPU Kabupaten Bone , Drs. H. Andi|PROPN|I-PER Muh|PROPN|E-PER . Hatta|PROPN|S-PER , M.Si , "
                 "mengatakan|VERB tahapan|NOUN lancar|ADJ .", kind="person")
    assert got == ["Andi Muh. Hatta"]


def test_mentions_sasak_ulama_title_is_dropped():
    got = _found("Tuan Guru Bajang Muhammad|PROPN|B-PER Zainul|PROPN|I-PER Majdi|PROPN|E-PER mengimbau|VERB warga|NOUN .",
                 kind="person")
    assert got == ["Muhammad Zainul Majdi"]


def test_mentions_ner_span_opening_with_lower_case_words():
    got = _found("dengan|ADP wakil|NOUN nya|PRON|B-PER Djajeng|PROPN|I-PER Soegianto|PROPN|E-PER hadir|VERB .", kind="person")
    assert got == ["Djajeng Soegianto"]


@pytest.mark.parametrize("sent, expected", [
    # the sentence's first word, left out by the NER, heads the span as a flat name
    ("Pierre|PROPN|O|5|nsubj Njanka|PROPN|B-PER|1|flat:name Beyaka|PROPN|E-PER|1|flat:name adalah|AUX pemain|NOUN .",
     ["Pierre Njanka Beyaka"]),
    # not where the span does not hang on it, nor inside the sentence ("Dewan Pembina Andi Mallarangeng")
    ("Pierre|PROPN|O|5|nsubj Njanka|PROPN|B-PER|5|nmod Beyaka|PROPN|E-PER|2|flat:name adalah|AUX pemain|NOUN .",
     ["Njanka Beyaka"]),
    ("rapat|NOUN Dewan|PROPN|O|1|nmod Pembina|PROPN|O|2|flat:name Andi|PROPN|B-PER|3|flat:name "
     "Mallarangeng|PROPN|E-PER|4|flat:name pada|ADP Senin .", ["Andi Mallarangeng"]),
])
def test_mentions_first_word_the_ner_left_out(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_no_name_holds_a_nominalisation():
    got = _found("Akta|PROPN Kelahiran|PROPN diterbitkan|VERB oleh|ADP dinas|NOUN .",
                 "Kawasan|PROPN Suaka|PROPN Pelestarian|PROPN dijaga|VERB ketat|ADJ .", kind="person")
    assert got == []


@pytest.mark.parametrize("sent, expected", [
    # coordination joins like with like: the one-word conjunct of a person is a person
    # ("disampaikan ... kepada Paslon Nomor urut 3 Ustad Nur yasin dan Sumardhan di kediamannya")
    ("disampaikan|VERB||0|root kepada|ADP||4|case Ustad|PROPN||4|nmod Nur|PROPN|B-PER|1|obl "
     "Yasin|PROPN|E-PER|4|flat:name dan|CCONJ||7|cc Sumardhan|PROPN||4|conj di|ADP||9|case "
     "kediamannya|NOUN||1|obl .|PUNCT||1|punct", ["Nur Yasin", "Sumardhan"]),
    # ... not a body or a place joined to him
    ("kepada|ADP Budi|PROPN|B-PER|0|root Santoso|PROPN|E-PER|2|flat:name dan|CCONJ||5|cc "
     "Bawaslu|PROPN||2|conj hadir|VERB .", ["Budi Santoso"]),
    ("kepada|ADP Budi|PROPN|B-PER|0|root Santoso|PROPN|E-PER|2|flat:name dan|CCONJ||5|cc "
     "Jepara|PROPN||2|conj hadir|VERB .", ["Budi Santoso"]),
])
def test_mentions_conjunct_of_a_person(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_byline_with_two_labels():
    """ "Redaktur & Reporter : Kennorton Girsang": two labels for one name (the gold counts bylines),
    found once."""
    assert _found("KPU menetapkan|VERB hasil .", "Redaktur & Reporter : Kennorton|PROPN Girsang|PROPN",
                  kind="person") == ["Kennorton Girsang"]


@pytest.mark.parametrize("sent, expected", [
    # "bernama" after a noun for a person names that person
    ("baru ada|VERB utusan|NOUN dari Tim Pemenangan Pasangan Winasa ( Widi|PROPN|S-PER ) bernama|VERB Wawan "
     "datang|VERB .", ["Wawan"]),
    ("Korban|NOUN bernama|VERB Kaelani ( 54|NUM tahun ) bertugas|VERB di TPS .", ["Kaelani"]),
    # ... not after a noun for a place or a thing
    ("Ada|VERB desa|NOUN bernama|VERB Sukamaju di sana|PRON .", []),
    # one capitalised word after a lower-case noun for a person
    ("Hal itu diakui|VERB petugas|NOUN Mulyadi saat ditemui|VERB .", ["Mulyadi"]),
    ("kata|VERB pedagang|NOUN Sarinah kepada|ADP wartawan|NOUN .", ["Sarinah"]),
    # ... not a resident's noun before a place, nor a name running on
    ("Hal itu diakui|VERB warga|NOUN Sukamaju saat ditemui|VERB .", []),
])
def test_mentions_one_word_name_a_person_noun_introduces(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # the particle and the birth-order name open the name; a unit word ends it; a place word inside is a name word
    ("Hadir|VERB Ketua KPU Gianyar , I Putu Agus Tirta Suguna , I|PROPN|B-PER Wayan|PROPN|E-PER Mura "
     "Divisi Hukum dan pengawasan .", ["I Putu Agus Tirta Suguna", "I Wayan Mura"]),
    ("serta|CCONJ I Komang Endra|PROPN|B-PER Gunawan|PROPN|E-PER selaku|ADJ divisi|NOUN Sosialisasi .",
     ["I Komang Endra Gunawan"]),
])
def test_mentions_balinese_name_opened_by_its_particle(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    ("Serta|CCONJ , Carman ( 45|NUM tahun ) anggota|NOUN KPPS di TPS 01|NUM .", ["Carman"]),
])
def test_mentions_name_with_age_in_years(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_a_corpse_noun_is_no_name_word():
    # "Jenazah Kaelani dimakamkan ...": "Jenazah" (the body of the dead) opens no name
    assert _found("Korban|NOUN bernama|VERB Kaelani meninggal|VERB .",
                  "Jenazah Kaelani|PROPN||3|nsubj:pass dimakamkan|VERB di pemakaman|NOUN desa|NOUN .",
                  kind="person") == ["Kaelani", "Kaelani"]


@pytest.mark.parametrize("sent, expected", [
    # a conjunction opening the sentence, which the parse makes the subject of a reporting verb
    ("Dimana|PROPN||10|nsubj , kata|VERB Pj Bupati Ismail dalam|ADP Pasal 9|NUM menyebutkan|VERB||0|root hal|NOUN .",
     ["Ismail"]),
    ("Beda|PROPN||11|nsubj halnya|NOUN dengan|ADP Komisioner KIP Aceh , Tgk Akmal Abzal mengatakan|VERB||0|root .",
     ["Akmal Abzal"]),
])
def test_mentions_sentence_opening_conjunctions_are_no_names(sent, expected):
    assert _found(sent, kind="person") == expected


def test_bracketed_nickname_of_three_words_and_its_tail_join_the_full_name():
    # "H Tgk Muhammad Amin Daud (Ayah Cot Trueng)" ... "disampaikan Ayah Cot Trueng" ... "Cot Trueng" alone:
    # one person, named by the full name (a nickname as long as the name does not win it)
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "kata|VERB Inisiator pertemuan|NOUN H Tgk Muhammad Amin Daud ( Ayah Cot Trueng ) di Aceh .",
        "Hal itu disampaikan|VERB Ayah Cot|PROPN|B-PER Trueng|PROPN|E-PER dalam|ADP sambutannya|NOUN .",
        "Menurut Cot|PROPN|B-PER Trueng|PROPN|E-PER , ulama|NOUN harus|AUX bersatu|VERB .")))
    persons = [e for e in doc.entities if e.kind == "person"]
    assert [e.name for e in persons] == ["Muhammad Amin Daud"]
    assert {"Ayah Cot Trueng", "Cot Trueng"} <= set(persons[0].aliases)


def test_nickname_given_by_disapa_after_a_title_joins_that_person():
    # "... yang akrab disapa Kiai Didi": the title is no part of the nickname
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Pengasuh pondok|NOUN , KH Achmad|PROPN|B-PER Syaifudin|PROPN|I-PER Riyadi|PROPN|E-PER yang|PRON akrab|ADJ "
        "disapa|VERB Kiai Didi|PROPN mengunjungi|VERB kantor .", "Didi|PROPN menyampaikan|VERB hal|NOUN itu|DET .")))
    persons = [e for e in doc.entities if e.kind == "person"]
    assert [(e.name, e.aliases) for e in persons] == [("Achmad Syaifudin Riyadi", ("Didi",))]


def test_mentions_lines_of_a_list_of_candidate_pairs():
    # "Kelima pasangan itu adalah:" then one pair a line, each line numbered ("1." split off)
    found = _found("Kelima|NOUN pasangan|NOUN itu|DET adalah|AUX :",
                   "1|NUM .",
                   "Iwan Depari – Budianto Surbakti",
                   "2|NUM .",
                   "Jusua Ginting - Sabrina Tarigan", kind="person")
    assert found == ["Iwan Depari", "Budianto Surbakti", "Jusua Ginting", "Sabrina Tarigan"]


def test_mentions_title_case_pair_line_without_an_announcement_names_no_one():
    # a dash between capitalised words, no list of pairs announced: a route, a heading
    assert _found("Rute baru|ADJ dibuka|VERB .", "Jalur Pantura – Jalur Selatan", kind="person") == []


@pytest.mark.parametrize("sent, expected", [
    # a pair after "pasangan" whose first name keeps the hyphen ("Peranginangin-"), though the NER took it for a body
    ("menetapkan|VERB pasangan|NOUN Terbit|NOUN|B-ORG Rencana|NOUN|I-ORG Peranginangin-|PROPN|I-ORG "
     "Syah|PROPN|I-ORG Afandin|PROPN|E-ORG menjadi|VERB Bupati Langkat .", ["Terbit Rencana Peranginangin", "Syah Afandin"]),
    # "Paslon" opening the sentence, a misspelt post after a name: no name words
    ("Paslon Edy|PROPN|B-PER Rahmayadi|PROPN|E-PER tampak|VERB hadir|VERB .", ["Edy Rahmayadi"]),
    ("Jumadi|PROPN|S-PER|5|nsubj Assisten|PROPN||1|flat:name Perekonomian|PROPN||1|nmod "
     "Pembangunan|PROPN||3|flat:name menjadi|VERB||0|root Pjs Walikota Blitar .", ["Jumadi"]),
    # the news agency in a dateline's brackets
    ("Langkat , ( Antaranews|PROPN|B-PER Sumut|PROPN|E-PER ) - KPU menetapkan|VERB hasil|NOUN .", []),
])
def test_mentions_pairs_after_pasangan_and_words_that_open_no_name(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_conjunct_of_a_post_word_is_no_person():
    # "Ardo Sahak Assisten Pemerintahan dan Kesra Provinsi": "Kesra" is joined to the post, not to the name
    sent = ("serta|CCONJ Ardo|PROPN|B-PER|0|root Sahak|PROPN|E-PER|2|flat:name Assisten|PROPN||2|appos "
            "Pemerintahan|PROPN||4|flat:name dan|CCONJ||7|cc Kesra|PROPN||2|conj Provinsi|PROPN||7|flat:name .")
    assert _found(sent, kind="person") == ["Ardo Sahak"]


@pytest.mark.parametrize("sent, expected", [
    # the voter-roll officers as a sentence's subject name no one
    ("Pantarlih|PROPN|S-PER|2|nsubj menemui|VERB||0|root pemilih|NOUN .", []),
    # the words of a division's name end before the holder's name
    ("Komisioner KPU Kalteng Divisi Perencanaan , Data dan Informasi Wawan|PROPN|B-PER Wiraatmaja|PROPN|E-PER "
     "mengatakan|VERB , pantarlih|NOUN menemui|VERB pemilih|NOUN .", ["Wawan Wiraatmaja"]),
])
def test_mentions_voter_roll_officers_and_division_words_are_no_names(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_interim_role_before_its_body_and_a_place_ending_in_an_address_word():
    # "Wakil Ketua Sementara DPRD Kabupaten Gumas Nomi Aprilia": the interim role opens the name slot;
    # "Kabupaten Gunung Mas (Gumas)": "Mas" ends a place's name, it addresses no one
    assert _found("ucap|VERB Wakil Ketua Sementara DPRD Kabupaten Gumas Nomi Aprilia , Kamis .",
                  kind="person") == ["Nomi Aprilia"]
    assert _found("Dalam|ADP Pilkada Kabupaten Gunung Mas ( Gumas ) tahun|NOUN 2024|NUM , ASN harus|AUX "
                  "netral|ADJ .", kind="person") == []


@pytest.mark.parametrize("sent, expected", [
    # the agency's photographer ending a caption (no editor's code after the name)
    ("KPU Kota Pekanbaru menyiapkan|VERB logistik|NOUN . ANTARA / Rony Muharrman", ["Rony Muharrman"]),
    # a corps spelt out after a rank is no word of the name
    ("Dandim 1015|NUM Sampit Letkol Infantri I Gede Putra Yasa menambahkan|VERB .", ["I Gede Putra Yasa"]),
])
def test_mentions_caption_credit_and_spelt_out_corps(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_bodiless_division_stops_at_a_rank():
    """"Kapolres Ternate AKBP Niko Irawan melalui Kasi Humas Iptu Wahyudi Ibrahim mengimbau ...": the
    unit's name ends before the rank that opens its head's name."""
    from entity_helpers import resolved as _resolved
    doc = _resolved("Kapolres Ternate AKBP Niko|PROPN|B-PER Irawan|PROPN|E-PER melalui Kasi Humas Iptu "
                    "Wahyudi|PROPN|B-PER Ibrahim|PROPN|E-PER mengimbau|VERB warga .")
    assert "Kasi Humas" in [m.text for m in doc.mentions if m.kind == "title"]


def test_nickname_glossed_with_sapaan_after_it_joins_the_full_name():
    # "kata Setnov, sapaan Setya Novanto, saat membuka ...": the nickname, then the full name
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Ketua Umum DPP Partai Golkar Setya|PROPN|B-PER Novanto|PROPN|E-PER mengatakan|VERB hal|NOUN itu|DET .",
        "“ Kami siap , ” kata|VERB Setnov|PROPN|S-PER , sapaan|NOUN Setya Novanto , saat|NOUN membuka|VERB acara .")))
    assert [(e.name, e.aliases) for e in doc.entities if e.kind == "person"] == [("Setya Novanto", ("Setnov",))]


@pytest.mark.parametrize("sent, expected", [
    # after an abbreviated first name a religious title is a name word
    ("Ketua Panwaskab Magelang M. Habib Shaleh mengatakan|VERB hal|NOUN itu|DET .", ["M. Habib Shaleh"]),
    # "Banwaslu", as some outlets spell Bawaslu, closes the title before the name
    ("Ketua Banwaslu Kabupaten Kapuas Iswahyudi Wibowo mengatakan|VERB hal|NOUN itu|DET .", ["Iswahyudi Wibowo"]),
    # the campaign's ceremonies name no one
    ("Deklarasi|PROPN|B-PER Damai|PROPN|E-PER dan Pawai|PROPN|B-PER Ta’aruf|PROPN|E-PER digelar|VERB KPU .", []),
])
def test_mentions_title_word_after_an_initial_and_ceremony_nouns(sent, expected):
    assert _found(sent, kind="person") == expected


@pytest.mark.parametrize("sent, expected", [
    # "Ketua Komisi" before the KPU spelt out is no legislature's commission: the name follows the body
    ("Ketua Komisi Pemilihan Umum Kota Dumai Darwis menyatakan|VERB hal|NOUN itu|DET .", ["Darwis"]),
    # pairs joined by "dan", listed with ";" after one "Pasangan"
    ("Pasangan Achmad Ruyat dan Zaenul Mutaqin ( 1|NUM ) ; Edgar Suratman dan Dadang Danubrata ( 2|NUM ) "
     "sepakat|VERB .", ["Achmad Ruyat", "Zaenul Mutaqin", "Edgar Suratman", "Dadang Danubrata"]),
    # "nomor urut 3 yakni NAME dan NAME"; the running mate after "pasangan-nya"
    ("Sedangkan|CCONJ paslon nomor|NOUN urut|ADJ 3|NUM yakni|SCONJ Syafiin dan Choirul .", ["Syafiin", "Choirul"]),
    ("hadir|VERB bersama|ADP pasangan|NOUN nya|PRON Sumrambah .", ["Sumrambah"]),
])
def test_mentions_kpu_spelt_out_after_ketua_and_lists_of_pairs(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_dateline_place_the_ner_took_for_a_person_is_the_place():
    # "Purwokerto (ANTARA) - Komisi ...": the dateline (kg.extract.meta reads it) names the place
    from dataclasses import replace
    doc = doc_of("Purwokerto|PROPN|S-PER|9|nsubj ( ANTARA ) - Komisi Pemilihan Umum Kabupaten Banyumas "
                 "menggandeng|VERB PT Pos .")
    doc = replace(doc, meta={**doc.meta, "dateline": "Purwokerto"})
    ms = find_mentions(doc).mentions
    assert [m.text for m in ms if m.kind == "person"] == []
    assert "Purwokerto" in [m.text for m in ms if m.kind == "region"]


@pytest.mark.parametrize("sent, expected", [
    # a supporters' group named after its candidates: the names name the group
    ("Ketua Relawan Ganjar|PROPN|B-PER Mahfud|PROPN|I-PER Kudus|PROPN|E-PER , Budi|PROPN|B-PER Hartono|PROPN|E-PER , mengatakan|VERB "
     "relawan|NOUN siap|ADJ .", ["Budi Hartono"]),
    # "Ustad", the spelling the press writes as often as "Ustaz", is a title
    ("Hadir|VERB pula|ADV Ustad|PROPN|B-PER Abdul|PROPN|I-PER Somad|PROPN|E-PER di|ADP masjid|NOUN .", ["Abdul Somad"]),
])
def test_mentions_supporters_group_and_ustad(sent, expected):
    assert _found(sent, kind="person") == expected


def test_nickname_given_to_the_person_named_before_by_a_noun_for_him():
    # "KH Abdullah Kafabihi Mahrus berpesan ..." / "Menurut Kiai yang akrab disapa Kiai Kafah itu, ..."
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Pengasuh pondok|NOUN KH Abdullah|PROPN|B-PER Kafabihi|PROPN|I-PER Mahrus|PROPN|E-PER berpesan|VERB .",
        "Menurut Kiai yang|PRON akrab|ADJ disapa|VERB Kiai Kafah itu|DET , warga|NOUN harus|AUX tenang|ADJ .",
        "“ Kita jaga persatuan , ” kata|VERB Kiai Kafah .")))
    assert [(e.name, e.aliases) for e in doc.entities if e.kind == "person"] == [("Abdullah Kafabihi Mahrus", ("Kafah",))]


def test_pair_nickname_in_brackets_gives_each_candidate_a_nickname():
    # "paslon nomor urut 1 Sitti Rohmi Djalilah-Musyafirin (Rohmi-Firin)", later "Rohmi-Firin diusung ...":
    # the halves of the pair's nickname are the two candidates, no new persons
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "paslon nomor|NOUN urut|ADJ 1|NUM Sitti Rohmi Djalilah - Musyafirin ( Rohmi-Firin ) hadir|VERB .",
        "Adapun|ADV Rohmi-Firin diusung|VERB oleh|ADP PKB .")))
    assert sorted((e.name, e.aliases) for e in doc.entities if e.kind == "person") == [
        ("Musyafirin", ("Firin",)), ("Sitti Rohmi Djalilah", ("Rohmi",))]


def test_nickname_glossed_after_it_joins_the_person_named_before():
    # "KH. Imam Mawardi Ridlwan menuturkan ..." / "“...,” tegas Abah Imam panggilan akrabnya": one person
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Tokoh|NOUN agama|NOUN KH Imam|PROPN|B-PER Mawardi|PROPN|I-PER Ridlwan|PROPN|E-PER menuturkan|VERB hal|NOUN "
        "itu|DET .",
        "“ Bersih diri dulu , ” tegas|VERB Abah|PROPN|B-PER Imam|PROPN|E-PER panggilan|NOUN akrab|ADJ nya|PRON .")))
    assert [(e.name, e.aliases) for e in doc.entities if e.kind == "person"] == \
        [("Imam Mawardi Ridlwan", ("Abah Imam",))]


def test_nickname_glossed_after_a_comma_joins_the_person_named_before():
    # "Kapolres Batu AKBP Budi Hermanto menegaskan ..." / "“...” kata Buher, sapaan akrabnya usai ...": one person
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Kapolres Batu AKBP Budi|PROPN|B-PER Hermanto|PROPN|E-PER menegaskan|VERB hal|NOUN itu|DET .",
        "“ Kita ajak semua pihak ” kata|VERB Buher|PROPN|S-PER , sapaan|NOUN akrabnya|NOUN usai|ADP "
        "menghadiri|VERB sosialisasi|NOUN .")))
    assert [(e.name, e.aliases) for e in doc.entities if e.kind == "person"] == \
        [("Budi Hermanto", ("Buher",))]


@pytest.mark.parametrize("sent, expected", [
    # a cardinal counts what follows: personnel of a kind, not a person the NER tags
    ("Polres|PROPN|O|2|nsubj menurunkan|VERB|O|0|root 55|NUM|O|4|nummod Satgas|PROPN|O|2|obj dan|CCONJ|O|7|cc "
     "134|NUM|O|7|nummod Standby|PROPN|B-PER|4|conj Mako|PROPN|E-PER|7|flat:name .|PUNCT|O|2|punct", []),
    # a ticket's number is no count, even hung on the name
    ("Nomor|NOUN|O|0|root Urut|PROPN|O|1|flat 1|NUM|O|4|nummod Badrun|PROPN|B-PER|1|nmod "
     "Nggai|PROPN|E-PER|4|flat:name hadir|VERB|O|1|acl .|PUNCT|O|1|punct", ["Badrun Nggai"]),
])
def test_mentions_no_person_counted_by_a_number(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_no_person_right_after_a_negation():
    # "Tak Bikin Gaduh di Debat": a subheading the NER reads as a person
    sent = "Tak|PART|O|2|advmod Bikin|PROPN|B-PER|0|root Gaduh|PROPN|E-PER|2|flat:name di|ADP|O|5|case Debat|PROPN|O|2|nmod"
    assert _found(sent, kind="person") == []


def test_mentions_english_event_name_is_no_person():
    # "Media Gathering dihadiri puluhan wartawan lokal": the event's name, not a person
    sent = ("Media|PROPN|O|3|nsubj:pass Gathering|PROPN|O|1|flat:name dihadiri|VERB|O|0|root puluhan|NOUN|O|3|obl "
            "wartawan|NOUN|O|4|nmod .|PUNCT|O|3|punct")
    assert _found(sent, kind="person") == []


def test_mentions_byline_after_a_separator_credits_a_month_named_person():
    # "Oleh MC KAB GAYO LUES, Rabu, 30 Oktober 2024 09:26 WIB - Redaktur: Juli - 44": the editor is Juli
    sent = ("Oleh|ADP MC KAB GAYO LUES , Rabu , 30|NUM Oktober 2024|NUM WIB - Redaktur|PROPN : Juli|PROPN "
            "- 44|NUM")
    assert _found(sent, kind="person") == ["Juli"]
    assert _found("Rapat|NOUN digelar|VERB pada|ADP 30|NUM Juli 2024|NUM .", kind="person") == []


def test_mentions_byline_crediting_a_desk_names_no_person():
    # "Editor: Redaktur TVRINews": the outlet's desk, not a person
    assert _found("Editor|PROPN : Redaktur|PROPN TVRINews|PROPN", kind="person") == []
    assert _found("Editor|PROPN : Budi|PROPN Suyanto|PROPN", kind="person") == ["Budi Suyanto"]


def test_mentions_term_of_office_after_a_title_is_no_person():
    # "bagi calon anggota KPU Bali Periode 2023-2028": the term, not the member's name
    sent = ("bagi|ADP calon|NOUN anggota|NOUN KPU|PROPN|S-ORG Bali|PROPN Periode|NOUN 2023|NUM - 2028|NUM .")
    assert _found(sent, kind="person") == []


def test_mentions_headline_verb_ends_a_name_outside_a_title_case_line():
    # "Di tengah Guyuran Hujan, Habib Bidin Ajak Ribuan Warga Gunakan Hak Pilih": "Bidin", not "Bidin Ajak Ribuan"
    sent = ("Di|ADP tengah|NOUN Guyuran Hujan , Habib|PROPN Bidin|PROPN Ajak|PROPN Ribuan|PROPN Warga|PROPN "
            "Gunakan|PROPN Hak|NOUN Pilih")
    assert _found(sent, kind="person") == ["Bidin"]


def test_nickname_in_brackets_after_a_title_joins_that_person_without_the_title():
    # "Habib Ali Zainal Abidin Assegaf (Habib Bidin)" then "tutur Habib Bidin": the mention drops "Habib"
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Pengasuh|NOUN majelis|NOUN , Habib|PROPN Ali|PROPN|B-PER Zainal|PROPN|I-PER Abidin|PROPN|I-PER "
        "Assegaf|PROPN|E-PER ( Habib|PROPN Bidin|PROPN ) hadir|VERB .",
        "“ Silakan datang ke TPS , ” tutur|VERB Habib|PROPN Bidin|PROPN|S-PER .")))
    assert [e.name for e in doc.entities if e.kind == "person"] == ["Ali Zainal Abidin Assegaf"]


def test_mentions_name_signing_a_paragraph_off_in_brackets_is_no_person():
    # "“...,” ujarnya. (Man Suparman)": a reporter's unlabelled sign-off (gold README: "(Bukhori)")
    signed = _found("Budi|PROPN|S-PER|2|nsubj hadir|VERB|O|0|root . ( Man|PROPN|B-PER Suparman|PROPN|E-PER )",
                    kind="person")
    assert signed == ["Budi"]
    # a name in brackets after a post is the post's holder
    held = _found("dan|CCONJ Pjs Wali Kota Surakarta ( Dhoni|PROPN|B-PER Widianto|PROPN|E-PER ) .", kind="person")
    assert held == ["Dhoni Widianto"]


@pytest.mark.parametrize("sent, expected", [
    # a headline verb with the locative -i ends the NER's run: "JWW Ungguli Lukmen" (a pair's nickname, no one)
    ("Hasil|NOUN Pleno KPU|PROPN|S-ORG , Budi|PROPN|B-PER Santoso|PROPN|I-PER Ungguli|PROPN|I-PER "
     "Lukmen|PROPN|E-PER di|ADP Kabupaten|PROPN|B-LOC Jayapura|PROPN|E-LOC", ["Budi Santoso"]),
    # a -kan verb the NER opens a run with is no name: the degree's full stop opened the sentence
    ("Melaksanakan|NOUN|B-PER|0|root Cooling|PROPN|I-PER System|PROPN|E-PER dalam|ADP rangka|NOUN pemeliharaan|NOUN .",
     []),
])
def test_mentions_ner_run_ends_before_a_capitalised_verb(sent, expected):
    assert _found(sent, kind="person") == expected


def test_mentions_street_named_after_a_titled_person_is_no_person():
    # "di Mapolda Banten, Jl Syekh Nawawi Al Bantani, Serang": a street named after the ulama
    sent = ("kata|VERB Tomsi|PROPN|S-PER di|ADP Mapolda Banten , Jl|PROPN Syekh|PROPN Nawawi|PROPN|B-PER "
            "Al|PROPN|I-PER Bantani|PROPN|E-PER , Serang .")
    assert "Nawawi Al Bantani" not in _found(sent, kind="person")


def test_mentions_none_in_a_related_link_after_a_bullet():
    # "•" | "Bupati Tanggamus Dewi Handajani dan Suami Nyoblos di Kota Agung": another story's headline
    doc = find_mentions(doc_of("•|PUNCT", "Bupati|PROPN Tanggamus|PROPN Dewi|PROPN|B-PER Handajani|PROPN|E-PER dan|CCONJ "
                               "Suami|PROPN Nyoblos|PROPN di|ADP Kota|PROPN Agung|PROPN"))
    assert [m.text for m in doc.mentions if m.kind == "person"] == []
    story = find_mentions(doc_of("Bupati|PROPN Tanggamus|PROPN Dewi|PROPN|B-PER Handajani|PROPN|E-PER hadir|VERB ."))
    assert [m.text for m in story.mentions if m.kind == "person"] == ["Dewi Handajani"]


def test_nickname_before_the_full_name_in_brackets_is_that_person():
    # "saya pernah sampaikan ke Pak Afif (Mochammad Afiduddin) badai pasti berlalu": one person
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "saya|PRON sampaikan|VERB ke|ADP Pak Afif|PROPN|S-PER ( Mochammad|PROPN|B-PER Afiduddin|PROPN|E-PER ) "
        "badai|NOUN pasti|ADV berlalu|VERB .")))
    assert [(e.name, e.aliases) for e in doc.entities if e.kind == "person"] == [("Mochammad Afiduddin", ("Afif",))]


def test_mentions_photo_credit_line_after_an_outlet_in_capitals():
    # "Photo :" | "VIVA/Rosikin": the photographer is a person (gold README: photo credits are persons)
    assert _found("VIVA|PROPN /|CCONJ Rosikin|PROPN", kind="person") == ["Rosikin"]
    # a body the lexicons know opens no credit line
    assert _found("KPU|PROPN /|CCONJ Rosikin|PROPN", kind="person") == []


def test_mentions_state_islamic_university_named_after_an_ulama_is_no_person():
    # "Muhlisin dari UIN Gus Dur Pekalongan": the university, not Gus Dur
    sent = "Muhlisin|PROPN|S-PER|0|root dari|ADP UIN|PROPN Gus|PROPN Dur|PROPN|S-PER Pekalongan|PROPN ,"
    assert "Dur" not in _found(sent, kind="person")


def test_nickname_glossed_by_a_post_joins_the_person_named_before():
    # "dibuka oleh Ketua KPU TTS Matheus A. Krivo" ... "Ujar Pak Makri sapaan akrab Ketua KPU TTS": one person
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(
        "Rapat|NOUN dibuka|VERB oleh|ADP Ketua KPU|PROPN|S-ORG TTS|PROPN Matheus|PROPN|B-PER A.|PROPN|I-PER "
        "Krivo|PROPN|E-PER .",
        "“ Kita siap , ” Ujar|VERB Pak Makri|PROPN|S-PER sapaan|NOUN akrab|ADJ Ketua|PROPN KPU|PROPN|S-ORG TTS|PROPN .")))
    assert [(e.name, e.aliases) for e in doc.entities if e.kind == "person"] == [("Matheus A. Krivo", ("Makri",))]


def test_mentions_ticket_joined_to_a_balinese_particle_gives_both_candidates():
    # "paslon Wayan Koster-I Nyoman Giri Prasta (Koster-Giri) mendapat nomor urut 2": the hyphen joins the
    # running mate's "I"; the NER tags the pair ORG
    sent = ("dan|CCONJ paslon|NOUN Wayan|PROPN|B-ORG Koster-I|X|I-ORG Nyoman|X|I-ORG Giri|X|I-ORG Prasta|X|E-ORG "
            "( Koster-Giri|X ) mendapat|VERB nomor|NOUN urut|ADJ 2|NUM .")
    from kg.extract.resolve import resolve
    doc = resolve(find_mentions(doc_of(sent)))
    assert sorted(e.name for e in doc.entities if e.kind == "person") == ["I Nyoman Giri Prasta", "Wayan Koster"]


def test_mentions_no_holder_after_the_post_an_election_fills():
    # "dalam rangka pemilihan Bupati dan Wakil Bupati Kutai Karnegara Tahun 2020": a (misspelt) area, no person
    sent = ("dalam|ADP rangka|NOUN pemilihan|NOUN Bupati|PROPN dan|CCONJ Wakil|PROPN Bupati|PROPN Kutai|PROPN "
            "Karnegara|PROPN Tahun|NOUN 2020|NUM .")
    assert _found(sent, kind="person") == []
    assert _found("kata|VERB Wakil|PROPN Bupati|PROPN Budi|PROPN Santoso|PROPN .", kind="person") == ["Budi Santoso"]


def test_mentions_kabupaten_after_an_abbreviated_level_word_opens_no_name():
    # "Sekda Kab. Kukar Sunggono": the area after "Kab." is no word of the name, even where the sentence
    # splitter took "Kab." for a sentence's end
    one = "hadir|VERB Sekda|PROPN Kab|PROPN .|PUNCT Kukar|PROPN|B-PER Sunggono|PROPN|E-PER ,|PUNCT dan|CCONJ lainnya|NOUN"
    assert _found(one, kind="person") == ["Sunggono"]
    assert _found("hadir|VERB Sekda|PROPN Kab|PROPN .|PUNCT",
                  "Kukar|PROPN|B-PER Sunggono|PROPN|E-PER ,|PUNCT dan|CCONJ lainnya|NOUN", kind="person") == ["Sunggono"]


def test_mentions_list_item_a_place_noun_opens_is_no_person():
    # "yakni Ketua KPU Matheus Krivo, Koordinator Divisi Keuangan, Umum, Rumah Tangga dan logistik, ..."
    sent = ("yakni|PRON Ketua|PROPN Matheus|PROPN|B-PER Krivo|PROPN|E-PER , Koordinator|PROPN Divisi|PROPN "
            "Keuangan|PROPN , Umum|PROPN , Rumah|PROPN Tangga|PROPN dan|CCONJ logistik|NOUN , Anggota|PROPN "
            "Paul|PROPN|B-PER Aoetpah|PROPN|E-PER .")
    assert "Rumah Tangga" not in _found(sent, kind="person")


def test_a_level_word_cut_off_by_the_splitter_is_no_person():
    # "... Ketua Bawaslu Kab. | Tabanan I Ketut Narta dan perwakilan ...": the abbreviation ends the first
    # sentence; "Kab" names a level, no one
    assert "Kab" not in _found("Ketua Bawaslu Kab .", "Tabanan I|PROPN|B-PER Ketut|PROPN|I-PER Narta|PROPN|E-PER "
                                                        "dan perwakilan partai .", kind="person")
