"""holds_office: a person in apposition to a post title."""
from __future__ import annotations

from pathlib import Path

import pytest
from entity_helpers import resolved

from kg.nlp.conllu import read_conllu
from kg.extract.mentions import find_mentions
from kg.model import Document
from kg.extract.resolve import resolve
from kg.rules import extract

DATA = Path(__file__).resolve().parent.parent / "data" / "conllu"


def _holds(doc):
    return [dict(a.args) for a in extract(doc, rules=["holds_office"]).assertions]


def _short(h):
    return (h["person"], h["qualifier"], h["title"], h["region"])


@pytest.mark.parametrize("sent, expected", [
    ("Penjabat ( Pj ) Walikota Pangkalpinang , Budi Utama , mengunjungi|VERB kantor .",
     ("person:budi-utama", "Pj", "Wali Kota", "region:19.71")),
    ("Ketua Bawaslu Kota Pangkalpinang , Imam Ghazali , mengungkapkan|VERB hal itu .",
     ("person:imam-ghazali", "", "Ketua Bawaslu", "region:19.71")),
    ("Turut hadir , Pejabat Sementara ( PJS ) Bupati Kutim , Agus Hari Kesuma , mengatakan|VERB itu .",
     ("person:agus-hari-kesuma", "Pjs", "Bupati", "region:64.08")),
    ("Sekretaris Provinsi Sesprov Kaltim Sri Wahyuni , menegaskan|VERB hal itu .",
     ("person:sri-wahyuni", "", "Sekretaris Provinsi", "region:64")),
    ("Plt Kepala Bakesbangpol Kota Pekalongan , Mahbub Syauqi , menjelaskan|VERB itu .",
     ("person:mahbub-syauqi", "Plt", "Kepala Bakesbangpol", "region:33.75")),
    ("Sekretaris Daerah Kota Pangkalpinang , Mie Go , pada rapat itu .",
     ("person:mie-go", "", "Sekretaris Daerah", "region:19.71")),
    ("Acara dibuka Budi|PROPN|B-PER Utama|PROPN|E-PER , Pj Wali Kota Pangkalpinang , kemarin .",
     ("person:budi-utama", "Pj", "Wali Kota", "region:19.71")),
    # "Kab." with its point split off: the level word still opens the region, and "Sekda Kab" is
    # no title Sekdakab there
    ("Hadir Sekda Kab . Kukar Sunggono|PROPN|S-PER , dan lainnya .",
     ("person:sunggono", "", "Sekretaris Daerah", "region:64.02")),
    ("Hadir Ketua Dprd Kab . Kukar Abdul|PROPN|B-PER Rasyid|PROPN|E-PER , dan lainnya .",
     ("person:abdul-rasyid", "", "Ketua DPRD", "region:64.02")),
    # a numbered subunit between the head's title and the body
    ("Kasubdit 1 Direktorat Reserse Kriminal Umum Polda Jateng AKBP Agus|PROPN|B-PER Endro|PROPN|I-PER "
     "Wibowo|PROPN|E-PER mengatakan|VERB hal itu .",
     ("person:agus-endro-wibowo", "", "Kepala Subdirektorat 1 Direktorat Reserse Kriminal Umum Polda", "region:33")),
    # a division after the body whose name runs on with a comma and "dan"
    ("Anggota Bawaslu Kabupaten Jepara Divisi Penanganan Pelanggaran , Data dan Informasi , "
     "Sujiantoko|PROPN|S-PER , mengatakan|VERB hal itu .",
     ("person:sujiantoko", "", "Anggota Bawaslu Divisi Penanganan Pelanggaran, Data dan Informasi", "region:33.20")),
    # the division after the body and a comma, its short form in brackets, then the name
    ("kata Komisioner KPU Kabupaten Bangka , Divisi Partisipasi Masyarakat ( Parmas ) Hartati di Sungailiat .",
     ("person:hartati", "", "Komisioner KPU Divisi Partisipasi Masyarakat", "region:19.01")),
    # "(Satpol PP)" is one acronym: the short title and the long one are one post
    ("Kasatpol PP Pekanbaru Zulfahmi|PROPN|B-PER Adrian|PROPN|E-PER mengatakan|VERB itu .",
     ("person:zulfahmi-adrian", "", "Kepala Satpol PP", "region:14.71")),
    # a national body's branch office: "Cabang" / "Perwakilan" and the region
    ("Kepala BPJS Kesehatan Cabang Gorontalo , Ari|PROPN|B-PER Dwi|PROPN|I-PER Aryani|PROPN|E-PER , mengatakan|VERB itu .",
     ("person:ari-dwi-aryani", "", "Kepala BPJS Kesehatan Gorontalo", "region:75.71")),
    ("Kepala Ombudsman RI Perwakilan Sulawesi Tengah , Sofyan|PROPN|S-PER , mengatakan|VERB itu .",
     ("person:sofyan", "", "Kepala Ombudsman", "region:72")),
    # the region right after the title is the title's, whatever the degree after the name pulls in
    ("Hadir Pj Bupati Banjarnegara Tri|PROPN|B-PER Harso|PROPN|I-PER Widirahmanto|PROPN|E-PER , SH mewakili|VERB "
     "Pemerintah Kabupaten Banjarnegara .",
     ("person:tri-harso-widirahmanto", "Pj", "Bupati", "region:33.04")),
    # a unit head with a police rank: the police body named in the sentence, not the election body
    ("Hadir Ketua KPU Kabupaten Semarang , Kabag Ops Kompol Aslam|PROPN|S-PER , dan para kapolsek Polres Semarang .",
     ("person:aslam", "", "Kepala Bagian Ops Polres", "region:33.22")),
    # numbered assistants of a regional secretariat; the older name of Kesbangpol
    ("Hadir Asisten 2 Windu|PROPN|B-PER Sunardi|PROPN|E-PER , dan lainnya .",
     ("person:windu-sunardi", "", "Asisten Perekonomian dan Pembangunan", "")),
    ("Hadir Kepala Kesbangpolinmas Kabupaten Demak Agus|PROPN|B-PER Herawan|PROPN|E-PER , dan lainnya .",
     ("person:agus-herawan", "", "Kepala Bakesbangpol", "region:33.21")),
    # the Navy's rank with its service and bracketed corps before the name
    ("Danlanal Ternate Kolonel Laut ( P ) Ridwan|PROPN|B-PER Azis|PROPN|E-PER hadir|VERB dalam rapat .",
     ("person:ridwan-azis", "", "Danlanal", "region:82.71")),
    # a police unit named after its regency's island
    ("Kapolres Pulau Buru AKBP Sulastri|PROPN|B-PER Sukidjang|PROPN|E-PER menggelar|VERB apel .",
     ("person:sulastri-sukidjang", "", "Kepala Polres", "region:81.04")),
    ("Wakapolresta Ambon AKBP Agus|PROPN|B-PER Setiawan|PROPN|E-PER memantau|VERB TPS .",
     ("person:agus-setiawan", "", "Wakil Kepala Polresta", "region:81.71")),
    # the holder's name opens with a region's name (Bima, NTB), the NER reading the run as a place
    ("Wali Kota Bogor|PROPN|B-LOC Bima|PROPN|I-LOC Arya|PROPN|E-LOC meminta|VERB warga memilih .",
     ("person:bima-arya", "", "Wali Kota", "region:32.71")),
])
def test_holds_office_apposition(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


@pytest.mark.parametrize("sent", [
    "Wali Kota Pangkalpinang telah mengeluarkan|VERB Surat Edaran .",   # no person named
    "Ketua , Budi Utama , datang|VERB kemarin .",                        # role without a body
    "Ia berpesan kepada camat dan lurah agar hadir .",                   # generic nouns
    "Budi|PROPN|B-PER Utama|PROPN|E-PER bertemu|VERB Bupati Kudus kemarin .",  # not apposition
    "Calon Bupati Kudus , Hartono Wibisono , berkampanye|VERB di pasar .",    # a candidate
    "Mantan Wali Kota Malang , Budi Santoso , hadir|VERB di sana .",          # a former holder
    # "Kajari Kab. Kukar Darmk Wijoyo, Camat Se Kab. Kukar, ...": every camat of the regency, no holder
    "Hadir Darmk|PROPN|B-PER Wijoyo|PROPN|E-PER , Camat Se Kab . Kukar , dan Kapolsek .",
    # "pasangan calon Bupati dan Wakil Bupati ... dan ...": a candidate pair, no holders
    "Hadir pasangan calon Bupati dan Wakil Bupati Iti|PROPN|B-PER Octavia|PROPN|I-PER Jayabaya|PROPN|E-PER dan "
    "Ade|PROPN|B-PER Sumardi|PROPN|E-PER , ketua partai .",
    # a region after the title's region, then a weekday: no name ("Bupati Bogor Jawa Barat Senin")
    "Rapat Bupati Bogor Jawa Barat Senin ini ditunda .",
])
def test_holds_office_none(sent):
    assert _holds(resolved(sent)) == []


def test_holds_office_list_after_a_plural_title_stops_at_the_next_title():
    # "disaksikan oleh 4 komisioner KPU yaitu Hastin Atas Asih, ..., dan Abdul Latif, Asisten 1 AN Wahyudi"
    doc = resolved("Penandatanganan disaksikan|VERB oleh 4 komisioner KPU yaitu Hastin|PROPN|B-PER Asih|PROPN|E-PER , "
                   "Siti|PROPN|B-PER Ulfaati|PROPN|E-PER dan Abdul|PROPN|B-PER Latif|PROPN|E-PER , Asisten 1 "
                   "AN|PROPN|B-PER Wahyudi|PROPN|E-PER .")
    held = {(h["person"], h["title"]) for h in _holds(doc)}
    assert ("person:abdul-latif", "Komisioner KPU") in held and ("person:an-wahyudi", "Komisioner KPU") not in held


def test_holds_office_copula_after_degrees_kept_with_their_comma():
    # "Kepala BPKAD Provinsi Sulteng Bahran, SE,MM sebagai Pjs Bupati Toli-toli": both posts
    doc = resolved("Kedua Pjs yakni Kepala BPKAD Provinsi Sulteng Bahran|PROPN|S-PER , SE,MM sebagai Pjs Bupati Toli-toli .")
    held = {_short(h) for h in _holds(doc)}
    assert ("person:bahran", "Pjs", "Bupati", "region:72.04") in held
    assert ("person:bahran", "", "Kepala BPKAD", "region:72") in held


def test_holds_office_kodam_roman_number_tokenized_with_its_slash():
    # "Pangdam I/BB Mayjen TNI Mochammad Hasan" (tokenized "I/" "BB"): the unit is in the title
    doc = resolved("Pangdam I/ BB Mayjen TNI Mochammad|PROPN|B-PER Hasan|PROPN|E-PER memimpin|VERB apel .")
    assert [(h["person"], h["title"]) for h in _holds(doc)] == [("person:mochammad-hasan", "Panglima Kodam")]
    assert {e.key: e.name for e in doc.entities}.get("org:kodam-bb") == "Kodam I/BB"


def test_holds_office_carries_article_date_and_body():
    doc = resolved("Ketua Bawaslu Kota Pangkalpinang , Imam Ghazali , hadir|VERB di sana .",
                   date="2024-10-28")
    (h,) = _holds(doc)
    assert (h["date"], h["organization"]) == ("2024-10-28", "org:bawaslu-kota-pangkal-pinang")


def test_holds_office_region_from_article_is_less_certain():
    doc = resolved("Warga Kota Pangkalpinang datang .", "Warga Kota Pangkalpinang pulang .",
                   "Wali Kota , Budi Utama , mengatakan|VERB itu .")
    (a,) = extract(doc, rules=["holds_office"]).assertions
    assert a.arg("region") == "region:19.71" and a.provenance.confidence < 0.9


@pytest.mark.parametrize("linked, conf", [(True, 1.0), (False, 0.9)])
def test_holds_office_parse_confirmation_raises_confidence(linked, conf):
    text = (DATA / "entity_pj_gubernur.conllu").read_text(encoding="utf-8")
    if not linked:  # detach "Rizal" from the title phrase
        text = text.replace("\tRizal\trizal\tPROPN\tNNP\t_\t7\tappos", "\tRizal\trizal\tPROPN\tNNP\t_\t15\tnsubj")
    sents = read_conllu(text)
    doc = resolve(find_mentions(Document("d", "", sentences=sents)))
    (a,) = extract(doc, rules=["holds_office"]).assertions
    assert (a.arg("person"), a.arg("qualifier"), a.arg("title"), a.arg("region")) == \
        ("person:rizal-hakim-siregar", "Pj", "Gubernur", "region:12")
    assert a.provenance.confidence == conf


@pytest.mark.parametrize("sent, expected", [
    ("Menurut bupati Kudus , Hartono Wibisono , warga harus tenang .",
     ("person:hartono-wibisono", "", "Bupati", "region:33.19")),
    ("Hal itu disampaikan Ahmad|PROPN|B-PER Fauzan|PROPN|E-PER selaku Ketua KPU Kabupaten Kudus kemarin .",
     ("person:ahmad-fauzan", "", "Ketua KPU", "region:33.19")),
    ("Camat Klojen , Budi Santoso , mengatakan|VERB warga siap .",
     ("person:budi-santoso", "", "Camat", "")),
    # a national post with its short form in brackets; a long title written with commas
    ("Menteri Koordinator Bidang Politik dan Keamanan ( Menko Polkam ) Budi|PROPN|B-PER Gunawan|PROPN|E-PER "
     "meminta|VERB kementerian siaga .",
     ("person:budi-gunawan", "", "Menteri Koordinator Bidang Politik dan Keamanan", "")),
    ("Menteri Koordinator Bidang Politik , Hukum , dan Keamanan , Mahfud|PROPN|B-PER Md|PROPN|E-PER , "
     "meminta|VERB aparat netral .",
     ("person:mahfud-md", "", "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan", "")),
    # a division between the role and the body
    ("Koordinator Divisi Penanganan Pelanggaran Bawaslu Kabupaten Kudus , Devi Rahim , mengatakan|VERB itu .",
     ("person:devi-rahim", "", "Koordinator Divisi Penanganan Pelanggaran Bawaslu", "region:33.19")),
    ("Kordiv Hukum dan Penindakan Bawaslu Kabupaten Kudus , Devi Rahim , mengatakan|VERB itu .",
     ("person:devi-rahim", "", "Koordinator Divisi Hukum dan Penindakan Bawaslu", "region:33.19")),
])
def test_holds_office_other_patterns(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_holds_office_district_head_gets_the_kecamatan():
    doc = resolved("KPU Kota Malang menggelar simulasi .",
                   "Camat Klojen , Budi|PROPN|B-PER Santoso|PROPN|E-PER , mengatakan|VERB warga siap .")
    assert [_short(h) for h in _holds(doc)] == [("person:budi-santoso", "", "Camat", "region:35.73.02")]


@pytest.mark.parametrize("sentences, expected", [
    (("Pj .", "Gubernur Jateng Nana|PROPN|B-PER Sudjana|PROPN|E-PER meninjau|VERB gudang logistik ."),
     ("person:nana-sudjana", "Pj", "Gubernur", "region:33")),
    (("Plt . Kepala Bakesbangpol Kota Pekalongan , Drs . H. Ahmad Yusuf , M.Si . , hadir|VERB .",),
     ("person:ahmad-yusuf", "Plt", "Kepala Bakesbangpol", "region:33.75")),
])
def test_holds_office_tokenizer_splits_dots(sentences, expected):
    assert [_short(h) for h in _holds(resolved(*sentences))] == [expected]


def test_holds_office_village_head_gets_the_village():
    doc = resolved("Bupati Kudus hadir .",
                   "Kepala Desa Bojongmengger , Asep|PROPN|B-PER Saepudin|PROPN|E-PER , menyatakan|VERB itu .")
    (h,) = [h for h in _holds(doc) if h["person"] == "person:asep-saepudin"]
    assert (h["title"], h["region"]) == ("Kepala Desa", "region:33.19.x-bojongmengger")


@pytest.mark.parametrize("sentences, expected", [
    (("Kepala Kepolisian Resor ( Kapolres ) Parigi Moutong , Provinsi Sulawesi Tengah , AKBP Jovan Reagan Sumual "
      ", mengajak|VERB warga .",), ("person:jovan-reagan-sumual", "", "Kepala Polres", "region:72.08")),
    (("Pastikan pilkada aman , Pj. Gubernur Papua .", "Ramses Limbong , S.I.P , M.Si , akan tinjau|VERB lokasi ."),
     ("person:ramses-limbong", "Pj", "Gubernur", "region:91")),
    (("Koordinator Divisi Penanganan Pelanggaran , Data , dan Informasi Panwaslih Aceh Utara , Misbahuddin , M.SM "
      ", menegaskan|VERB itu .",),
     ("person:misbahuddin", "", "Koordinator Divisi Penanganan Pelanggaran, Data, dan Informasi Panwaslih",
      "region:11.08")),
])
def test_holds_office_appositions_real_news_writes(sentences, expected):
    assert [_short(h) for h in _holds(resolved(*sentences))] == [expected]


@pytest.mark.parametrize("sent, written", [
    ("Kapolres MBD , AKBP Pulung Wietono , juga menyoroti|VERB kesiapan .", "Kapolres MBD"),
    ("Kepala Kesbangpol Kalsel , Heriansyah , menyampaikan|VERB itu .", "Kepala Kesbangpol Kalsel"),
    ("Kepala Kepolisian Resor ( Kapolres ) Parigi Moutong , Provinsi Sulawesi Tengah , AKBP Jovan Reagan Sumual "
     ", mengajak|VERB warga .", "Kepala Kepolisian Resor (Kapolres) Parigi Moutong"),
])
def test_holds_office_keeps_the_title_as_written(sent, written):
    assert [h["written"] for h in _holds(resolved(sent))] == [written]


@pytest.mark.parametrize("sentences, expected", [
    # TITLE REGION ( NAME ) lists
    (("Keenam Pjs yang dikukuhkan adalah Pjs Bupati Pemalang ( Agung Hariyadi ) , dan Pjs Wali Kota Surakarta "
      "( Dhoni Widianto ) .",),
     [("person:agung-hariyadi", "Pjs", "Bupati", "region:33.27"),
      ("person:dhoni-widianto", "Pjs", "Wali Kota", "region:33.72")]),
    # division roles whose body the article named before; NAME ( TITLE )
    (("Hal itu diungkap Ketua KPU Sumbar , Surya Efitrimen .",
      "Hadir Ketua Divisi Teknis Penyelenggara Pemilu , Ory Sativa Syakban , dan Jons Manedi ( Ketua Divisi "
      "Sosdiklih , Parmas dan SDM ) ."),
     [("person:surya-efitrimen", "", "Ketua KPU", "region:13"),
      ("person:ory-sativa-syakban", "", "Ketua Divisi Teknis Penyelenggara Pemilu KPU", "region:13"),
      ("person:jons-manedi", "", "Ketua Divisi Sosdiklih, Parmas dan SDM KPU", "region:13")]),
    # NAME , terpilih sebagai ROLE ; members listed after "antara lain"
    (("H M Subhan SAg MH , terpilih sebagai Ketua Tim Perumus yang bertugas|VERB merumuskan .",),
     [("person:m-subhan", "", "Ketua Tim Perumus", "")]),
    (("Anggota Tim Perumus antara lain Dr. Bahrul Ulum , M.A. , dan Yasril , M.A.Pol , yang merupakan|VERB pakar .",),
     [("person:bahrul-ulum", "", "Anggota Tim Perumus", ""), ("person:yasril", "", "Anggota Tim Perumus", "")]),
])
def test_holds_office_lists_brackets_and_implied_bodies(sentences, expected):
    assert sorted(_short(h) for h in _holds(resolved(*sentences))) == sorted(expected)


@pytest.mark.parametrize("sent", [
    # a former post (gold README: not an office)
    "Dengan pengalaman panjang , termasuk hingga sebagai Sekretaris Daerah Kabupaten Bone Andi Islamuddin yakin|VERB .",
    # an election winner holds no office by winning
    "Budi Santoso , terpilih sebagai Bupati Kudus .",
    # a list after a regional head's title inside a team's name is not the team's membership
    "Tim Perumus Debat Calon Gubernur dan Wakil Gubernur Jambi antara lain Dr. Bahrul Ulum , M.A. .",
])
def test_holds_office_not_held(sent):
    assert _holds(resolved(sent)) == []


def test_holds_office_bupati_serves_a_kabupaten_wali_kota_a_kota():
    """ "Pj Bupati Bekasi" in an article that also names Kota Bekasi went to Kota Bekasi (32.75)."""
    doc = resolved("Pemkot Bekasi dan warga Kota Bekasi hadir .", "Pj Bupati Bekasi , Dani Ramdan , mengatakan|VERB itu .",
                   "Pj Wali Kota Bekasi , Raden Gani , hadir|VERB .")
    assert sorted(_short(h) for h in _holds(doc)) == [("person:dani-ramdan", "Pj", "Bupati", "region:32.16"),
                                                      ("person:raden-gani", "Pj", "Wali Kota", "region:32.75")]


@pytest.mark.parametrize("sent, expected", [
    ("Kabid Humas Polda Jateng Kombes Pol Artanto mengatakan|VERB itu .",
     ("person:artanto", "", "Kepala Bidang Humas Polda", "region:33")),
    ("Direktur Reserse Kriminal Umum ( Dirreskrimum ) Polda Sulsel , Kombes Pol Jamaluddin Farti , mengatakan|VERB itu .",
     ("person:jamaluddin-farti", "", "Direktur Reserse Kriminal Umum Polda", "region:73")),
    ("Kalaksa BPBD Kabupaten Agam , Budi Perwira , mengatakan|VERB itu .",
     ("person:budi-perwira", "", "Kepala Pelaksana BPBD", "region:13.06")),
    ("Koordinator Divisi Sosialisasi , Pendidikan Pemilih , Partisipasi Masyarakat dan Sumber Daya Manusia KPU Kota "
     "Malang , Ashari Husen , mengatakan|VERB itu .",
     ("person:ashari-husen", "", "Koordinator Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat dan "
      "Sumber Daya Manusia KPU", "region:35.73")),
    ("Pangdam IV / Diponegoro Mayjen TNI Deddy Suryadi mengatakan|VERB itu .",
     ("person:deddy-suryadi", "", "Panglima Kodam", "")),
    # a regional agency (perangkat daerah) from the organisation lexicon, named by its short form
    ("Kepala Bapenda Provinsi Lampung , Adi Wijaya , mengatakan|VERB itu .",
     ("person:adi-wijaya", "", "Kepala Bapenda", "region:18")),
])
def test_holds_office_unit_heads_and_commanders(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_holds_office_a_place_after_an_office_building_is_no_holder():
    doc = resolved("Rapat di Kantor Bupati Kutai Kartanegara , Tenggarong|PROPN|S-PER , Senin .")
    assert _holds(doc) == [] and not [e for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize("sent, expected", [
    ("Wagubsu Musa Rajekshah , mengatakan|VERB itu .", ("person:musa-rajekshah", "", "Wakil Gubernur", "region:12")),
    ("Pj Gubkalbar Harisson|PROPN|S-PER Ajak ASN Netral", ("person:harisson", "Pj", "Gubernur", "region:61")),
    ("Kapoldasu Irjen Whisnu|PROPN|B-PER Hermawan|PROPN|E-PER Pantau Kesiapan Pilkada",
     ("person:whisnu-hermawan", "", "Kepala Polda", "region:12")),
])
def test_holds_office_title_fused_with_a_province(sent, expected):
    """Headlines fuse a title and a province's short form: "Kapoldasu", "Gubkalbar", "Wagubsu"."""
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


@pytest.mark.parametrize("sent, expected", [
    # a Setda assistant named by the field, its short form in brackets, then the region and the name
    ("Asisten Pemerintah Kesejahteraan Rakyat ( Aspem|PROPN|B-PER Kesra|PROPN|E-PER ) Kabupaten Bogor "
     "Zaenal Ashari mengatakan|VERB netralitas harus dijaga|VERB .",
     ("person:zaenal-ashari", "", "Asisten Pemerintah Kesejahteraan Rakyat", "region:32.01")),
    # a Polri headquarters division between the head's title and the body
    ("Hal itu diungkapkan|VERB Kadiv Humas Polri Irjen Setyo|PROPN|I-ORG Wasisto|PROPN|E-ORG setelah|SCONJ "
     "menjadi|VERB pembicara .",
     ("person:setyo-wasisto", "", "Kepala Divisi Humas Polri", "")),
])
def test_holds_office_unit_and_division_titles(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


@pytest.mark.parametrize("sent, expected", [
    # the NER tags the division and the name as one organisation: the division's words end at the name
    ("Komisioner KPU|PROPN|B-ORG Sumut|PROPN|I-ORG Divisi|PROPN|I-ORG Teknis|PROPN|I-ORG "
     "Penyelenggaraan|PROPN|I-ORG Raja|PROPN|I-ORG Ahab|PROPN|I-ORG Damanik|PROPN|E-ORG mengatakan|VERB itu .",
     ("person:raja-ahab-damanik", "", "Komisioner KPU Divisi Teknis Penyelenggaraan", "region:12")),
    # two words after "dan", both of the division's name, then the member's name
    ("Anggota Bawaslu Kabupaten Klaten Divisi Penanganan Pelanggaran dan Penyelesaian|PROPN|B-ORG "
     "Sengketa|PROPN|I-ORG Arif|PROPN|I-ORG Fatkhurrokhman|PROPN|E-ORG mengatakan|VERB itu .",
     ("person:arif-fatkhurrokhman", "", "Anggota Bawaslu Divisi Penanganan Pelanggaran dan Penyelesaian Sengketa",
      "region:33.10")),
    # a two-word division without "dan" before the name
    ("Anggota KPU Kabupaten Bogor Divisi Teknis Penyelenggaraan Muhammad|PROPN|B-PER Hanif|PROPN|E-PER "
     "mengatakan|VERB itu .",
     ("person:muhammad-hanif", "", "Anggota KPU Divisi Teknis Penyelenggaraan", "region:32.01")),
])
def test_holds_office_division_name_words_end_at_the_name(sent, expected):
    """A division named after the body runs over the words of the election bodies' division names
    (DIVISION_NAME_WORDS) and stops at the first word outside them, the member's name."""
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


@pytest.mark.parametrize("sent, expected", [
    ("ujar Koordiv Penanganan Pelanggaran Data dan Informasi Bawaslu Bone Nur|PROPN|B-PER Alim|PROPN|E-PER kepada "
     "wartawan .",
     ("person:nur-alim", "", "Koordinator Divisi Penanganan Pelanggaran Data dan Informasi Bawaslu", "region:73.08")),
    ("ujar Kasubbid Penmas Polda Sumut AKBP Sonny|PROPN|B-PER W|PROPN|I-PER Siregar|PROPN|E-PER di Medan .",
     ("person:sonny-w-siregar", "", "Kepala Subbidang Penmas Polda", "region:12")),
])
def test_holds_office_short_forms_koordiv_and_kasubbid(sent, expected):
    """ "Koordiv" (Koordinator Divisi) and "Kasubbid" (Kepala Subbidang) were read as persons' names."""
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_holds_office_local_body_after_setempat():
    """ "Ketua Bawaslu setempat, X": the Bawaslu the article named before ("setempat" ended the tail)."""
    doc = resolved("Bawaslu Nunukan menggelar|VERB patroli .",
                   "Ketua Bawaslu setempat , Mochammad|PROPN|B-PER Yusran|PROPN|E-PER , mengatakan|VERB itu .")
    assert [_short(h) for h in _holds(doc)] == [("person:mochammad-yusran", "", "Ketua Bawaslu", "region:65.03")]


@pytest.mark.parametrize("sent, expected", [
    ("kata Budi|PROPN|B-PER Santoso|PROPN|E-PER yang merupakan Ketua KPU Kabupaten Kudus , Senin .",
     ("person:budi-santoso", "", "Ketua KPU", "region:33.19")),
    ("Hadir Budi|PROPN|B-PER Santoso|PROPN|E-PER , yang juga Pj Bupati Kudus , dalam acara itu .",
     ("person:budi-santoso", "Pj", "Bupati", "region:33.19")),
])
def test_holds_office_post_in_a_relative_clause(sent, expected):
    """ "X yang merupakan TITLE", "X, yang juga TITLE": the relative clause gives the name before it the post."""
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_holds_office_name_after_a_lower_case_doctor_title():
    """ "dr" is written in lower case before a name; the title's name slot skips it like "Drs" or "H"."""
    doc = resolved("Kepala Dinas Kesehatan Kabupaten Lombok Timur , dr Pathurrahman , mengatakan|VERB itu .")
    assert [_short(h) for h in _holds(doc)] == [("person:pathurrahman", "", "Kepala Dinkes", "region:52.03")]


def test_holds_office_branch_head_is_the_bodys_head_there():
    """ "Kepala Cabang BPJS Ketenagakerjaan Mataram, X" held nothing ("Cabang" stood between role and body);
    it is the post "Kepala BPJS Kesehatan Cabang Gorontalo" names the other way round."""
    doc = resolved("Kepala Cabang BPJS Ketenagakerjaan Mataram , Adventus|PROPN|B-PER Edison|PROPN|I-PER "
                   "Souhuwat|PROPN|E-PER , menyerahkan|VERB santunan .")
    assert [_short(h) for h in _holds(doc)] == [("person:adventus-edison-souhuwat", "",
                                                 "Kepala BPJS Ketenagakerjaan Mataram", "region:52.71")]


@pytest.mark.parametrize("sent", [
    "Ketua KPPS TPS 05 Desa Sukamaju , Ahmad|PROPN|B-PER Zaini|PROPN|E-PER , meninggal|VERB dunia .",
    "Ketua KPPS di TPS 05 Desa Sukamaju , Ahmad|PROPN|B-PER Zaini|PROPN|E-PER , meninggal|VERB dunia .",
])
def test_holds_office_polling_station_in_the_title(sent):
    """A TPS-level body's title names its station, then the village: the name after them holds the post."""
    assert [(h["person"], h["title"]) for h in _holds(resolved(sent))] == [("person:ahmad-zaini", "Ketua KPPS")]


def test_holds_office_party_board_with_its_bracketed_short_name():
    """ "Partai Kebangkitan Bangsa (PKB)": the post names the party by the short form the article defines
    (the title was "Sekretaris DPC Partai Kebangkitan Bangsa (", fold dropping the bracket)."""
    doc = resolved("Sekretaris Dewan Pimpinan Cabang ( DPC ) Partai Kebangkitan Bangsa ( PKB ) Kabupaten Mojokerto , "
                   "Masduqi|PROPN|B-PER Hasan|PROPN|E-PER mengatakan|VERB itu .")
    assert [_short(h) for h in _holds(doc)] == [("person:masduqi-hasan", "", "Sekretaris DPC PKB", "region:35.16")]


def test_holds_office_one_word_name_before_the_title():
    """ "Dia digantikan Koimuddin, Kepala Dinas Kehutanan Sumsel": a one-word name the NER missed, set off
    before the title; "Namun, Ketua KPU ..." names no one (a sentence's capitalised first word)."""
    doc = resolved("Dia digantikan|VERB Koimuddin|PROPN , Kepala Dinas Kehutanan Sumsel .")
    assert [(h["person"], h["region"]) for h in _holds(doc)] == [("person:koimuddin", "region:16")]
    assert _holds(resolved("Namun|PROPN , Ketua KPU Kabupaten Kudus mengatakan|VERB itu .")) == []


def test_holds_office_name_after_a_split_at_the_corps_point():
    """ "Dandim 1611 Badung Letkol Inf. Handoko Yudho Wibowo yang ...": the splitter ended the sentence at the
    corps' point; the name opening the next one holds the post (and is one person, not a shorter name)."""
    doc = resolved("Kapolresta didampingi|VERB Dandim 1611 Badung Letkol Inf .",
                   "Handoko Yudho Wibowo yang pada Kamis mengecek|VERB kotak suara .")
    assert [(h["person"], h["title"]) for h in _holds(doc)] == [("person:handoko-yudho-wibowo", "Komandan Kodim")]


def test_holds_office_rank_spelt_jendral_is_dropped_from_the_name():
    """ "Jendral" (for Jenderal) was read as the holder's first name: "Jendral Gatot Nurmantio"."""
    doc = resolved("dihadiri|VERB oleh Panglima TNI , Jendral|PROPN|B-PER Gatot|PROPN|I-PER Nurmantio|PROPN|E-PER ; "
                   "dan warga .")
    assert [h["person"] for h in _holds(doc)] == ["person:gatot-nurmantio"]


def test_holds_office_list_of_another_group_after_the_title():
    """ "Ketua Bawaslu Kabupaten Kediri, serta kedua pasangan calon ..., yaitu Deny Widyanarko ...": the names
    after "yaitu" are the candidates', not the Ketua's (all four held the post)."""
    doc = resolved("ditandatangani|VERB oleh Ketua Bawaslu Kabupaten Kediri , serta kedua pasangan calon Bupati , "
                   "yaitu Deny|PROPN|B-PER Widyanarko|PROPN|E-PER dan Dewi|PROPN|B-PER Ulfa|PROPN|E-PER .")
    assert _holds(doc) == []


@pytest.mark.parametrize("sent", [
    "Istri Bupati Kudus , Endhah|PROPN|B-PER Endhayani|PROPN|E-PER , hadir|VERB dalam acara itu .",
    "Ajudan Wali Kota Semarang , Budi|PROPN|B-PER Hartono|PROPN|E-PER , menyampaikan|VERB permohonan maaf .",
    "Anak Kapolres Blitar , Rizky|PROPN|B-PER Pratama|PROPN|E-PER , menjadi|VERB relawan .",
])
def test_holds_office_relative_or_staff_of_the_holder(sent):
    """A relative's or a staff member's noun before the post: the name is beside its holder, not him."""
    assert _holds(resolved(sent)) == []


def test_holds_office_village_after_a_village_heads_short_title():
    """ "Kades Sukamaju, Dede Rusmana": the village the gazetteer lacks is the post's region (the NER read
    "Kades Sukamaju" as a person); "Lurah Budi Santoso, S.Sos" stays a name with its degree."""
    doc = resolved("Pemilu di Kabupaten Garut aman .",
                   "Kades|PROPN|B-PER Sukamaju|PROPN|E-PER , Dede|PROPN|B-PER Rusmana|PROPN|E-PER , mengimbau|VERB warga .")
    assert [_short(h) for h in _holds(doc)] == [("person:dede-rusmana", "", "Kepala Desa", "region:32.05.x-sukamaju")]
    doc = resolved("Pemilu di Kabupaten Garut aman .", "Lurah Budi|PROPN|B-PER Santoso|PROPN|E-PER , S.Sos , hadir|VERB .")
    assert [h["person"] for h in _holds(doc)] == ["person:budi-santoso"]


@pytest.mark.parametrize("sent, title", [
    ("Kepala Pusat Data dan Informasi BPBD DKI Mohamad|PROPN|B-PER Yohan|PROPN|E-PER menjelaskan|VERB itu .",
     "Kepala Pusat Data dan Informasi BPBD"),
    ("Kapusdatin BNPB Abdul|PROPN|B-PER Muhari|PROPN|E-PER mengatakan|VERB itu .", "Kepala Pusat Data dan Informasi BNPB"),
])
def test_holds_office_head_of_an_agencys_centre(sent, title):
    """ "Kepala Pusat" (a centre of an agency or ministry) names its centre between the title and the body."""
    assert [h["title"] for h in _holds(resolved(sent))] == [title]


def test_holds_office_body_fused_with_a_province():
    """ "Kabid Humas Poldasu Kombes Pol Hadi Wahyudi": the Polda of Sumatera Utara, one word; "Poldasu" was a
    person and the Kabid held nothing."""
    doc = resolved("Kabid Humas Poldasu Kombes Pol Hadi|PROPN|B-PER Wahyudi|PROPN|E-PER hadir|VERB .")
    assert [_short(h) for h in _holds(doc)] == [("person:hadi-wahyudi", "", "Kepala Bidang Humas Polda", "region:12")]
    assert [e.name for e in doc.entities if e.kind == "person"] == ["Hadi Wahyudi"]


def test_holds_office_unit_title_needs_its_field():
    # "asisten pelatih", a bare "Asisten": no unit named, no post
    assert _holds(resolved("Asisten Budi|PROPN|B-PER Santoso|PROPN|E-PER datang|VERB kemarin .")) == []


def test_holds_office_body_short_name_as_written():
    # "Kaban Kesbangpol Kobar Edie Faganti mewakili ...": the lexicon's acronym is Bakesbangpol
    doc = resolved("Kaban Kesbangpol Kobar Edie|PROPN|B-PER Faganti|PROPN|E-PER mewakili|VERB Sekda .")
    assert [_short(h) for h in _holds(doc)] == [("person:edie-faganti", "", "Kepala Kesbangpol", "region:62.01")]


def test_holds_office_secretary_named_by_level_serves_the_article_kabupaten():
    # "..., Sekretaris Kabupaten, Sunggono, serta Camat ..." in an article about Kutai Kartanegara
    doc = resolved("Rakor di Kabupaten Kutai Kartanegara dihadiri|VERB Bupati .",
                   "Hadir pula Sekretaris Kabupaten , Sunggono|PROPN|S-PER , serta|CCONJ camat .")
    assert [_short(h) for h in _holds(doc)] == [("person:sunggono", "", "Sekretaris Daerah", "region:64.02")]


@pytest.mark.parametrize("sent, expected", [
    ("dihadiri|VERB Danramil - 11/Ranomeeto Kapten Inf Salmar , para pimpinan .",
     ("person:salmar", "", "Komandan Koramil", "")),
    ("dihadiri|VERB Dandim 0906|NUM Tenggarong Letkol Inf Charles|PROPN|B-PER Alling|PROPN|E-PER , Ketua .",
     ("person:charles-alling", "", "Komandan Kodim", "")),
])
def test_holds_office_commander_with_unit_designation(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))][:1] == [expected]


@pytest.mark.parametrize("sent, expected", [
    # the name, its degree, then the title without a comma; the division after the body
    ("kata|VERB Widodo|PROPN|S-PER SH anggota|NOUN Bawaslu Boyolali Divisi Hukum dan|CCONJ Informasi .",
     ("person:widodo", "", "Anggota Bawaslu Divisi Hukum dan Informasi", "region:33.09")),
    ("Demikian disampaikan|VERB Komisioner KPU Kabupaten Kudus Divisi SDM dan|CCONJ Parmas Amran Pulungan , "
     "Kamis .", ("person:amran-pulungan", "", "Komisioner KPU Divisi SDM dan Parmas", "region:33.19")),
])
def test_holds_office_division_after_the_body(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_holds_office_region_short_form_defined_in_brackets():
    # "KPU Kabupaten Gunung Mas (Gumas) menargetkan ..." then "kata Ketua KPU Kabupaten Gumas, Stepenson di sela ..."
    doc = resolved("Komisi Pemilihan Umum ( KPU ) Kabupaten Gunung Mas ( Gumas ) menargetkan|VERB partisipasi .",
                   "kata|VERB Ketua KPU Kabupaten Gumas , Stepenson di|ADP sela simulasi .")
    assert [_short(h) for h in _holds(doc)] == [("person:stepenson", "", "Ketua KPU", "region:62.10")]


def test_holds_office_commissioner_of_a_division_with_commas():
    sent = ("Komisioner Divisi Sosialisasi , Pendidikan Pemilih , Partisipasi Masyarakat , dan|CCONJ SDM KPU "
            "Kabupaten Malang Marhaendra Pramudya Mahardika di|ADP Malang , Minggu , mengatakan|VERB itu .")
    assert [_short(h) for h in _holds(resolved(sent))] == [(
        "person:marhaendra-pramudya-mahardika", "",
        "Komisioner Divisi Sosialisasi, Pendidikan Pemilih, Partisipasi Masyarakat, dan SDM KPU", "region:35.07")]


def test_holds_office_regional_kpu_written_kpud_is_the_kpu():
    sent = "kata|VERB Ketua KPUD Kabupaten Pasuruan , Zainal Abidin ."
    assert [_short(h) for h in _holds(resolved(sent))] == [("person:zainal-abidin", "", "Ketua KPU", "region:35.14")]


def test_holds_office_head_of_a_district_health_centre():
    # "kata Kepala Puskesmas Pasar Kemis, Salwah, Kamis" in an article about Kabupaten Tangerang
    doc = resolved("Pemilu di Kabupaten Tangerang merenggut|VERB korban jiwa .",
                   "kata|VERB Kepala Puskesmas Pasar Kemis , Salwah|PROPN|S-PER , Kamis .")
    (h,) = _holds(doc)
    assert (h["person"], h["title"]) == ("person:salwah", "Kepala Puskesmas")


@pytest.mark.parametrize("sent, expected", [
    # a party's board before the party: the post is the board's, in the party's region
    ("Hal itu dikatakan|VERB Ketua DPD Partai Golkar Padang , Wahyu Iramana Putra , saat sosialisasi .",
     ("person:wahyu-iramana-putra", "", "Ketua DPD Partai Golkar", "region:13.71")),
    ("Sementara Ketua Dewan Perwakilan Daerah ( DPD ) Partai Golkar Bondowoso , Ady Krisna , hadir|VERB .",
     ("person:ady-krisna", "", "Ketua DPD Partai Golkar", "region:35.11")),
    # a party's national chair: the post names the party
    ("Bahkan , Ketum Golkar Bahlil|PROPN|B-PER Lahadalia|PROPN|E-PER sudah menegaskan|VERB itu .",
     ("person:bahlil-lahadalia", "", "Ketua Umum Golkar", "")),
])
def test_holds_office_party_posts(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_holds_office_party_board_is_not_the_senate():
    doc = resolved("Hal itu dikatakan|VERB Ketua DPD Partai Golkar Padang , Wahyu Iramana Putra , saat sosialisasi .")
    assert [e.key for e in doc.entities if e.kind == "organization" and e.attr("acronym") == "DPD"] == []


@pytest.mark.parametrize("sent, expected", [
    # the role's short form in brackets before the body
    ("Kepala Pelaksana ( Kalaksa ) BPBD Kabupaten Kudus , Budi|PROPN|B-PER Santoso|PROPN|E-PER , mengatakan|VERB itu .",
     ("person:budi-santoso", "", "Kepala Pelaksana BPBD", "region:33.19")),
    # a legislature's commission between the role and the body
    ("Anggota Komisi II DPR RI , Budi|PROPN|B-PER Santoso|PROPN|E-PER , hadir|VERB .",
     ("person:budi-santoso", "", "Anggota Komisi II DPR", "")),
    # a party's board written by its short form only
    ("Sekretaris DPW PKB Jawa Tengah , Budi|PROPN|B-PER Santoso|PROPN|E-PER , hadir|VERB .",
     ("person:budi-santoso", "", "Sekretaris DPW PKB", "region:33")),
])
def test_holds_office_bracketed_role_commission_and_board(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_mentions_bracketed_role_word_is_no_person():
    from kg.extract.mentions import find_mentions
    from entity_helpers import doc_of
    doc = find_mentions(doc_of("Kepala Pelaksana ( Kalaksa ) BPBD Kabupaten Kudus , Budi|PROPN|B-PER "
                               "Santoso|PROPN|E-PER , mengatakan|VERB itu ."))
    assert [m.text for m in doc.mentions if m.kind == "person"] == ["Budi Santoso"]


@pytest.mark.parametrize("sent, expected", [
    # the copula gives the post; only words of appointment stand between name and copula
    ("Lalu , Adi|PROPN|B-PER Erlansyah|PROPN|E-PER menjadi|VERB Pjs Bupati Lampung Selatan .",
     ("person:adi-erlansyah", "Pjs", "Bupati", "region:18.01")),
    ("Mulyadi|PROPN|B-PER Irsan|PROPN|E-PER yang ditunjuk|VERB menjadi|VERB Pjs bupati Way Kanan ;",
     ("person:mulyadi-irsan", "Pjs", "Bupati", "region:18.08")),
    ("Bey|PROPN|B-PER Machmuddin|PROPN|E-PER sebagai|ADP Pj Gubernur Jawa Barat",
     ("person:bey-machmuddin", "Pj", "Gubernur", "region:32")),
])
def test_holds_office_copula(sent, expected):
    assert [_short(h) for h in _holds(resolved(sent))] == [expected]


def test_holds_office_winner_by_copula_holds_nothing():
    # "terpilih menjadi Bupati": an election winner holds no office by winning
    assert _holds(resolved("Budi|PROPN|B-PER Utama|PROPN|E-PER terpilih|VERB menjadi|VERB Bupati Kudus .")) == []


def test_holds_office_unit_name_joined_by_dan():
    # the head of an agency: the unit's name runs over "dan", then the region, then the holder
    sent = ("Kepala Dinas Komunikasi Informatika dan Statistik Provinsi Lampung Chrisna|PROPN|B-PER "
            "Putra|PROPN|E-PER hadir|VERB .")
    holds = _holds(resolved(sent))
    assert [(h["person"], h["written"]) for h in holds] == [
        ("person:chrisna-putra", "Kepala Dinas Komunikasi Informatika dan Statistik Provinsi Lampung")]


def test_holds_office_inspektur():
    # the head of a regional inspectorate, titled "Inspektur" before the government's short name
    holds = _holds(resolved("Inspektur Pemprov Lampung Adi|PROPN|B-PER Erlansyah|PROPN|E-PER hadir|VERB ."))
    assert [(h["person"], h["title"]) for h in holds] == [("person:adi-erlansyah", "Inspektur")]


@pytest.mark.parametrize("sent, person, title", [
    # the commander's title spelled out, the abbreviation in brackets, the unit's number, the rank
    ("Komandan Distrik Militer ( Dandim ) 0719/Jepara , Letkol Khoirul|PROPN|B-PER Cahyadi|PROPN|E-PER , hadir|VERB .",
     "person:khoirul-cahyadi", "Komandan Kodim"),
    ("diungkapkan|VERB Komandan Korem ( Danrem ) 092/Mrl Brigjen TNI Adek|PROPN|B-PER Chandra|PROPN|I-PER "
     "Kurniawan|PROPN|E-PER , kemarin .", "person:adek-chandra-kurniawan", "Komandan Korem"),
])
def test_holds_office_military_commander_spelled_out(sent, person, title):
    assert [(h["person"], h["title"]) for h in _holds(resolved(sent))] == [(person, title)]


@pytest.mark.parametrize("sent, person, written", [
    # a command's chief of staff and a base's commander: TNI titles beyond the commanders' (titles.tsv)
    # (the tokenizer cuts "XII/Tpr" into three words)
    ("diwakili|VERB oleh|ADP Kasdam XII / Tpr , Brigjen TNI Jannie|PROPN|B-PER Aldrin|PROPN|I-PER "
     "Siahaan|PROPN|E-PER , memimpin|VERB apel .", "person:jannie-aldrin-siahaan", "Kasdam XII/Tpr"),
    ("hadir|VERB Kasdim 0719 / Jepara Mayor Inf Budi|PROPN|B-PER Santoso|PROPN|E-PER .", "person:budi-santoso",
     "Kasdim 0719/Jepara"),
])
def test_holds_office_military_staff_posts(sent, person, written):
    assert [(h["person"], h["written"]) for h in _holds(resolved(sent))] == [(person, written)]


@pytest.mark.parametrize("sent, person, title, written", [
    # the deputies of a Koramil, a Lanal (its Perwira Pelaksana), a Lanud and a Polsek (titles.tsv)
    ("hadir|VERB Wadanramil 0806 / Trenggalek Kapten Inf Suyono|PROPN|S-PER .", "person:suyono", "Wadanramil",
     "Wadanramil 0806/Trenggalek"),
    ("kata|VERB Palaksa Lanal Dumai Mayor Laut ( P ) Priatno|PROPN|S-PER .", "person:priatno", "Palaksa",
     "Palaksa Lanal Dumai"),
    ("kata|VERB Wadanlanud Supadio Kolonel Pnb Budi|PROPN|B-PER Santoso|PROPN|E-PER .", "person:budi-santoso",
     "Wadanlanud", "Wadanlanud Supadio"),
    ("hadir|VERB Wakapolsek Sukajadi AKP Budi|PROPN|B-PER Santoso|PROPN|E-PER .", "person:budi-santoso",
     "Wakapolsek", "Wakapolsek"),
])
def test_holds_office_deputy_commanders(sent, person, title, written):
    assert [(h["person"], h["title"], h["written"]) for h in _holds(resolved(sent))] == [(person, title, written)]


@pytest.mark.parametrize("sent, person, title", [
    # "Bidang" for "Divisi", the division's name running over commas and "dan"
    ("Koordinator Bidang Pencegahan , Partisipasi Masyarakat dan|CCONJ Humas Bawaslu Kabupaten Bogor "
     "Burhanudin|PROPN|S-PER menyampaikan|VERB .", "person:burhanudin",
     "Koordinator Bidang Pencegahan, Partisipasi Masyarakat dan Humas Bawaslu"),
])
def test_holds_office_division_titles_as_written(sent, person, title):
    assert [(h["person"], h["title"]) for h in _holds(resolved(sent))] == [(person, title)]


def test_holds_office_agency_head_title_names_the_agency():
    holds = _holds(resolved("Kadis Pendidikan dan Kebudayaan Provinsi Lampung Drs . H. Sulpakar|PROPN|S-PER , MM hadir|VERB ."))
    assert [(h["person"], h["title"]) for h in holds] == [("person:sulpakar", "Kadis Pendidikan dan Kebudayaan")]


@pytest.mark.parametrize("sent, person, written", [
    # the tokenizer cuts a unit's number and place apart: "0719 / Jepara", "092/ Mrl", "0824 / 28 Pakusari"
    ("Komandan Distrik Militer ( Dandim ) 0719 / Jepara , Letkol Khoirul|PROPN|B-PER Cahyadi|PROPN|E-PER , hadir|VERB .",
     "person:khoirul-cahyadi", "Komandan Distrik Militer (Dandim) 0719/Jepara"),
    ("diungkapkan|VERB Komandan Korem ( Danrem ) 092/ Mrl Brigjen TNI Adek|PROPN|B-PER Chandra|PROPN|I-PER "
     "Kurniawan|PROPN|E-PER , kemarin .", "person:adek-chandra-kurniawan", "Komandan Korem (Danrem) 092/Mrl"),
    ("dihadiri|VERB oleh|ADP Danposramil 0824|NUM / 28|NUM Pakusari Peltu Eka Satria W hadir|VERB .",
     "person:eka-satria-w", "Danposramil 0824/28 Pakusari"),
])
def test_holds_office_unit_number_cut_by_the_tokenizer(sent, person, written):
    assert [(h["person"], h["written"]) for h in _holds(resolved(sent))] == [(person, written)]


@pytest.mark.parametrize("sent, expected", [
    # two joined titles share the tail; the two names after them are the holders in order
    ("Mereka|PRON adalah|AUX : Bupati dan|CCONJ Wakil Bupati Pringsewu Sujadi – Fauzi .",
     [("person:sujadi", "Bupati", "Bupati Pringsewu"), ("person:fauzi", "Wakil Bupati", "Wakil Bupati Pringsewu")]),
    ("hadir|VERB Gubernur dan|CCONJ Wakil Gubernur Jawa Barat , Ridwan|PROPN|B-PER Kamil|PROPN|E-PER dan|CCONJ "
     "Uu|PROPN|B-PER Ruzhanul|PROPN|I-PER Ulum|PROPN|E-PER .",
     [("person:ridwan-kamil", "Gubernur", "Gubernur Jawa Barat"),
      ("person:uu-ruzhanul-ulum", "Wakil Gubernur", "Wakil Gubernur Jawa Barat")]),
    # one name after two titles: grammar does not say whose it is
    ("hadir|VERB Bupati dan|CCONJ Wakil Bupati Pringsewu Sujadi .", []),
])
def test_holds_office_two_joined_titles_two_names(sent, expected):
    got = sorted((h["person"], h["title"], h["written"]) for h in _holds(resolved(sent)))
    assert got == sorted(expected)


def test_holds_office_attendee_list_name_then_title():
    # an attendee list written NAME [, DEGREES] TITLE: each title's holder is the name before it,
    # not the next item's name after its comma
    sent = ("dihadiri|VERB , Oman|PROPN|B-PER Apriaman|PROPN|E-PER , SKM , SIP Wakil Bupati Kudus , Kapten Arh P Sihotang "
            "Danramil 12/Rajeg , Rudi|PROPN|B-PER Hadikarsono|PROPN|E-PER , SH , M.Si Sekda Kudus , "
            "H Zaebal Mustaqim Kapolres Kudus , PPK Kudus .")
    got = sorted((h["person"], h["written"]) for h in _holds(resolved(sent)))
    assert got == [("person:oman-apriaman", "Wakil Bupati Kudus"), ("person:p-sihotang", "Danramil 12/Rajeg"),
                   ("person:rudi-hadikarsono", "Sekda Kudus"), ("person:zaebal-mustaqim", "Kapolres Kudus")]


def test_holds_office_title_name_list_keeps_the_name_after():
    # TITLE NAME TITLE NAME without commas: the name after each title is its holder
    sent = ("hadir|VERB Kapolres Jepara AKBP Budi|PROPN|B-PER Santoso|PROPN|E-PER Dandim 0719/Jepara "
            "Letkol Inf Ali|PROPN|B-PER Akbar|PROPN|E-PER .")
    got = sorted((h["person"], h["title"]) for h in _holds(resolved(sent)))
    assert got == [("person:ali-akbar", "Komandan Kodim"), ("person:budi-santoso", "Kepala Polres")]


def test_holds_office_the_representative_of_a_post_does_not_hold_it():
    # "Mewakili Kapolres X, NAME": the name is the representative's, not the Kapolres's
    sent = "Mewakili|VERB Kapolres Kudus , Kompol Eddy|PROPN|B-PER Sumantri|PROPN|E-PER menekankan|VERB disiplin ."
    assert _holds(resolved(sent)) == []


@pytest.mark.parametrize("sent", [
    # appointments to come: the names given the posts hold nothing yet
    "Nama-nama|NOUN penjabat|NOUN yang|PRON akan|AUX dilantik|VERB , Adi|PROPN|B-PER Erlansyah|PROPN|E-PER "
    "dipercaya|VERB menjadi|VERB Penjabat Bupati Kabupaten Pringsewu , Sulpakar|PROPN|S-PER Penjabat Bupati "
    "Kabupaten Mesuji .",
])
def test_holds_office_appointments_to_come_are_not_held(sent):
    assert _holds(resolved(sent)) == []


@pytest.mark.parametrize("sentences, expected", [
    # a bare unit head's title in an article about one kabupaten: that kabupaten's unit (less certain)
    (("Pemilu di Kabupaten Kudus aman .", "Apel dipimpin|VERB Kapolres AKBP Agus|PROPN|B-PER Hariadi|PROPN|E-PER ."),
     [("person:agus-hariadi", "Kepala Polres", "region:33.19")]),
    # a post of several levels stays without a region
    (("Pemilu di Kabupaten Kudus aman .", "Rapat dipimpin|VERB Sekda Budi|PROPN|B-PER Santoso|PROPN|E-PER ."),
     [("person:budi-santoso", "Sekretaris Daerah", "")]),
])
def test_holds_office_bare_unit_head_serves_the_article_region(sentences, expected):
    found = extract(resolved(*sentences), rules=["holds_office"]).assertions
    assert [(a.arg("person"), a.arg("title"), a.arg("region")) for a in found] == expected
    assert all(a.provenance.confidence < 0.9 for a in found if a.arg("region"))


def test_holds_office_a_named_holder_is_no_apposition_to_the_next_title():
    # "TITLE NAME, TITLE2 ...": the comma starts the list's next item; the name holds only the first
    sent = ("dihadiri|VERB Bupati Kudus Elisa|PROPN|B-PER Kambu|PROPN|E-PER , Dandim 1704/Mappi untuk|ADP Asmat "
            "Letkol Czi Ali|PROPN|B-PER Akbar|PROPN|E-PER .")
    # (the Dandim is the one Letkol named, not the Bupati before the comma)
    assert sorted((h["person"], h["title"]) for h in _holds(resolved(sent))) == [
        ("person:ali-akbar", "Komandan Kodim"), ("person:elisa-kambu", "Bupati")]


def test_holds_office_bare_post_joins_the_same_post_with_its_region():
    doc = resolved("Rakor dibuka|VERB Sekretaris Daerah Kabupaten Kudus Sjarif|PROPN|B-PER Sajang|PROPN|E-PER .",
                   "Sekda Sjarif|PROPN|B-PER Sajang|PROPN|E-PER mengatakan|VERB itu .")
    assert [(h["person"], h["title"], h["region"]) for h in _holds(doc)] == [
        ("person:sjarif-sajang", "Sekretaris Daerah", "region:33.19")]


def test_holds_office_member_of_a_national_force_is_a_profession():
    sent = "Pendaftar yakni|SCONJ Kusilah|PROPN|S-PER anggota Polri , Budi|PROPN|B-PER Utama|PROPN|E-PER , dan Ani|PROPN|B-PER Sari|PROPN|E-PER ."
    assert _holds(resolved(sent)) == []


def test_holds_office_polda_directorate_heads():
    sent = "dan|CCONJ Dirpamobvit Polda Kalbar Kombes Pol Bestari|PROPN|B-PER Harahap|PROPN|E-PER hadir|VERB ."
    assert [(h["person"], h["title"]) for h in _holds(resolved(sent))] == [
        ("person:bestari-harahap", "Direktur Pengamanan Objek Vital Polda")]


def test_holds_office_unit_place_opened_by_a_level_word():
    sent = "Dandim 0818 Kab Malang-Batu Letkol Inf Yusub|PROPN|B-PER Dody|PROPN|I-PER Sandra|PROPN|E-PER hadir|VERB ."
    assert [(h["person"], h["written"]) for h in _holds(resolved(sent))] == [
        ("person:yusub-dody-sandra", "Dandim 0818 Kab Malang-Batu")]


@pytest.mark.parametrize("sentences, expected", [
    # a bare post and, apart, the one officer of the post's rank who holds no other post
    (("Kapolda Riau menyampaikan|VERB pesan .", "Semua siap , kata|VERB Irjen M|PROPN|B-PER Iqbal|PROPN|E-PER ."),
     [("person:m-iqbal", "Kepala Polda")]),
    # two officers of that rank: no guess
    (("Kapolda Riau menyampaikan|VERB pesan .",
      "Semua siap , kata|VERB Irjen M|PROPN|B-PER Iqbal|PROPN|E-PER dan Brigjen Budi|PROPN|B-PER Santoso|PROPN|E-PER ."), []),
])
def test_holds_office_bare_post_and_the_officer_of_its_rank(sentences, expected):
    assert [(h["person"], h["title"]) for h in _holds(resolved(*sentences))] == expected


def test_holds_office_name_after_a_split_at_a_police_rank_point():
    """ "Kapolres Melawi, AKBP. Sigit Eliyanto Nurharjanto,S.I.K. yang hadir ...": the splitter ended the
    sentence at the rank's own point; the name opening the next one holds the post."""
    doc = resolved("Kapolres Melawi , AKBP .",
                   "Sigit|PROPN|B-PER Eliyanto|PROPN|I-PER Nurharjanto|PROPN|E-PER yang hadir menyampaikan|VERB itu .")
    assert [(h["person"], h["title"]) for h in _holds(doc)] == [("person:sigit-eliyanto-nurharjanto", "Kepala Polres")]


def test_holds_office_members_named_together_after_one_members_title():
    """ "dihadiri anggota KPU Jepara Muhammadun dan Muntoko bersama sekretaris KPU Da'faf Ali": both members
    hold the post; the list stops at a name with a title of its own."""
    doc = resolved("Rapat dihadiri|VERB anggota KPU Jepara Budi|PROPN|B-PER Santoso|PROPN|E-PER dan "
                   "Imam|PROPN|B-PER Wahyudi|PROPN|E-PER bersama sekretaris KPU Ali|PROPN|B-PER Rahman|PROPN|E-PER .")
    got = sorted((h["person"], h["title"]) for h in _holds(doc))
    assert got == [("person:ali-rahman", "Sekretaris KPU"), ("person:budi-santoso", "Anggota KPU"),
                   ("person:imam-wahyudi", "Anggota KPU")]
    doc = resolved("Rapat dihadiri|VERB Ketua KPU Jepara Budi|PROPN|B-PER Santoso|PROPN|E-PER dan "
                   "Imam|PROPN|B-PER Wahyudi|PROPN|E-PER .")
    assert [h["person"] for h in _holds(doc)] == ["person:budi-santoso"]   # one chair: no list of chairs


def test_holds_office_rank_after_an_unknown_place_and_a_comma():
    """ "Kapolsek Kualuh Hulu, AKP Sahrial didampingi ...": a kecamatan the gazetteer lacks, then the rank and
    the name (another officer of a Polsek's ranks named beside him: no guess from the rank alone)."""
    doc = resolved("Kapolsek Kualuh Hulu , AKP Sahrial|PROPN|S-PER didampingi|VERB Kanit Intel Kam Iptu "
                   "TM|PROPN|B-PER Ginting|PROPN|E-PER didaulat|VERB menjadi narasumber .")
    assert [(h["person"], h["title"]) for h in _holds(doc)] == [("person:sahrial", "Kepala Polsek")]


def test_holds_office_rank_spelt_out_with_its_corps_in_brackets():
    """ "kata Kepala Bidang Humas Polda Kalbar Ajun Komisaris Besar (Pol) Mukson Munandar": the spelt-out rank
    and the bracketed corps stand between the post and the name."""
    doc = resolved("kata|VERB Kepala Bidang Humas Polda Kalbar Ajun Komisaris Besar ( Pol ) "
                   "Mukson|PROPN|B-PER Munandar|PROPN|E-PER .")
    assert [(h["person"], h["title"]) for h in _holds(doc)] == [("person:mukson-munandar", "Kepala Bidang Humas Polda")]


def test_holds_office_kasat_intelkam_written_in_two_words():
    """ "Kapolres ..., melalui Kasat Intelkam AKP Mohammad Bisri SE, menjelaskan": the two words folded to the
    fused "Kasatintelkam", a role that wanted a body after it; it is a Polres post (offices.tsv) and the
    Kapolres's Polres is the body."""
    doc = resolved("Kapolres Pekalongan AKBP Egy|PROPN|B-PER Suez|PROPN|E-PER , melalui Kasat Intelkam AKP "
                   "Mohammad|PROPN|B-PER Bisri|PROPN|E-PER SE , menjelaskan|VERB hal itu .")
    assert ("person:mohammad-bisri", "Kepala Satuan Intelijen dan Keamanan", "region:33.75") in \
        [(h["person"], h["title"], h["region"]) for h in _holds(doc)]


def test_holds_office_post_given_to_a_noun_for_the_person_just_named():
    """ "Seperti dipaparkan Sekretaris Desk Pilkada Kota Sukabumi, Punjul Saepul Hayat." / "Pria yang juga
    menjabat sebagai Kepala Bagian Tata Pemerintahan ... Setda Kota Sukabumi itu menyebutkan": the noun
    opening the sentence is the person named before; so is "ia"."""
    for opener in ("Pria", "Ia"):
        doc = resolved("Hal itu dipaparkan|VERB Budi|PROPN|B-PER Santoso|PROPN|E-PER kemarin .",
                       f"{opener} yang juga menjabat|VERB sebagai Kepala Dinas Kominfo Kota Sukabumi itu "
                       "menyebutkan|VERB hal itu .")
        assert [(h["person"], h["title"]) for h in _holds(doc)] == [("person:budi-santoso", "Kepala Dinas Kominfo")]
    # ... not a noun that is no one's: "Kantor yang juga menjabat ..." names no holder
    doc = resolved("Hal itu dipaparkan|VERB Budi|PROPN|B-PER Santoso|PROPN|E-PER kemarin .",
                   "Warga yang juga menjabat|VERB sebagai Kepala Dinas Kominfo Kota Sukabumi itu menyebutkan|VERB hal itu .")
    assert _holds(doc) == []


@pytest.mark.parametrize("sent, expected", [
    # a place the gazetteer lacks, then a rank and the name: the place is no person, the name holds the post
    ("Dalam kesempatan itu , Kapolsek Lowokwaru Kompol Anton|PROPN|B-PER Widodo|PROPN|E-PER menyampaikan|VERB "
     "kesiapan personel .", ("person:anton-widodo", "Kepala Polsek")),
    ("Hadir pula Camat Klojen Drs Budi|PROPN|B-PER Santoso|PROPN|E-PER dalam rapat|NOUN itu .",
     ("person:budi-santoso", "Camat")),
])
def test_holds_office_unknown_place_then_a_rank_or_honorific_and_the_name(sent, expected):
    doc = resolved(sent)
    assert [e.key for e in doc.entities if e.kind == "person"] == [expected[0]]
    assert [(h["person"], h["title"]) for h in _holds(doc)] == [expected]
