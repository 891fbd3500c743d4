"""Persons and bodies misread on unseen real news (audit of 38 real election articles, 2026-12-08):
titles and ranks made persons, a base's name made its commander, and the like. Hand-built parses."""
from __future__ import annotations

import pytest

from entity_helpers import resolved


def _persons(doc):
    return sorted(e.name for e in doc.entities if e.kind == "person")


def _orgs(doc):
    return sorted(e.name for e in doc.entities if e.kind == "organization")


def test_abbreviated_colonel_rank_is_no_person():
    # "tegas Danlanud Anang Busra, Kol. PNB. Bagus Hariadi": "Kol." is Kolonel cut short
    doc = resolved("hadir|VERB Dandim|PROPN 0907|NUM , Kol|PROPN|O|1|appos .|PUNCT Inf|PROPN .|PUNCT "
                   "Bagus|PROPN|B-PER|1|appos Hariadi|PROPN|E-PER|9|flat:name .")
    assert _persons(doc) == ["Bagus Hariadi"]


def test_regional_intelligence_chief_listed_is_a_post():
    # "Mereka terdiri dari Gubernur, Kapolda, Kabinda, Pangdam, hingga Camat."
    doc = resolved("Mereka|PRON terdiri|VERB dari|ADP Gubernur|NOUN , Kapolda|PROPN , Kabinda|PROPN|S-PER|4|conj , "
                   "Pangdam|PROPN , hingga|ADP Camat|PROPN .")
    assert _persons(doc) == []


@pytest.mark.parametrize("sent, base", [
    # the NER opened its person on the title and ran it over the base's name
    ("tegas|VERB Danlanud|PROPN|B-PER|1|nsubj Anang|PROPN|I-PER|2|flat:name Busra|PROPN|E-PER|2|flat:name , "
     "Kol|PROPN|O|2|appos .|PUNCT PNB|PROPN .|PUNCT Bagus|PROPN|B-PER|2|appos Hariadi|PROPN|E-PER|9|flat:name .",
     "Lanud Anang Busra"),
    ("dihadiri|VERB Danlanud|PROPN Supadio|PROPN|S-PER Marsma|PROPN TNI|PROPN Bagus|PROPN|B-PER "
     "Hariadi|PROPN|E-PER .", "Lanud Supadio"),
])
def test_air_base_named_after_its_commanders_title_is_no_person(sent, base):
    doc = resolved(sent)
    assert _persons(doc) == ["Bagus Hariadi"]
    assert base in _orgs(doc)


def test_honorific_that_is_a_given_name_inside_a_name_stays_in_it():
    # "Ketua Bawaslu Kabupaten Magelang, Muhammad Habib Shaleh, menuturkan": one person, not two
    doc = resolved("Ketua|NOUN Bawaslu|PROPN , Muhammad|PROPN|B-PER|1|appos Habib|PROPN|I-PER|4|flat:name "
                   "Shaleh|PROPN|E-PER|4|flat:name , menuturkan|VERB .")
    assert _persons(doc) == ["Muhammad Habib Shaleh"]


def test_honorific_opening_a_name_is_still_dropped():
    doc = resolved("hadir|VERB Habib|PROPN|B-PER Bidin|PROPN|E-PER .")
    assert _persons(doc) == ["Bidin"]


def test_party_name_after_a_rank_is_the_first_name():
    # "Kapolda didampingi Wakapolda Kaltara Brigjen Pol Golkar Pangarso Rahardjo Winarsadi"
    doc = resolved("didampingi|VERB Wakapolda|PROPN Kaltara|PROPN Brigjen|PROPN Pol|PROPN Golkar|PROPN|B-PER "
                   "Pangarso|PROPN|I-PER Rahardjo|PROPN|I-PER Winarsadi|PROPN|E-PER dan|CCONJ hadir|VERB .")
    assert _persons(doc) == ["Golkar Pangarso Rahardjo Winarsadi"]
    assert "Golkar" not in _orgs(doc)


def test_party_after_a_members_noun_stays_a_party():
    doc = resolved("kader|NOUN Golkar|PROPN Kalsel|PROPN Hj|PROPN Ananda|PROPN|S-PER hadir|VERB .")
    assert "Golkar" in " ".join(_orgs(doc))


@pytest.mark.parametrize("sent, key", [
    # the ministry's name since October 2024
    ("JAKARTA – Kementerian|PROPN Koordinator|PROPN Politik|PROPN dan|CCONJ Keamanan|PROPN ( Kemenko|PROPN "
     "Polkam|PROPN ) menggelar|VERB rapat|NOUN .", "org:kemenko-polhukam"),
    ("Kegiatan|NOUN yang|PRON diinisiasi|VERB oleh|ADP Kemenpolhukam|PROPN ini|DET .", "org:kemenko-polhukam"),
    ("upaya|NOUN pihak|NOUN Dinas|PROPN Pendidikan|PROPN dan|CCONJ Kebudayaan|PROPN yang|PRON berupaya|VERB .",
     "org:disdikbud"),
])
def test_bodies_named_in_full_across_dan(sent, key):
    orgs = [e for e in resolved(sent).entities if e.kind == "organization"]
    assert [e.key for e in orgs] == [key], [(e.name, e.aliases) for e in orgs]


@pytest.mark.parametrize("sent, acr", [
    ("maka|SCONJ Polda|PROPN Kaltara|PROPN dan|CCONJ Polres|PROPN jajaran|NOUN melaksanakan|VERB kegiatan|NOUN .",
     "Polres"),
    ("Kapolda|PROPN Kaltara|PROPN diikuti|VERB jajaran|NOUN Polres|PROPN dan|CCONJ Polsek|PROPN secara|ADV daring|ADJ .",
     "Polsek"),
])
def test_bodies_with_jajaran_are_a_kind_of_unit(sent, acr):
    doc = resolved(sent)
    orgs = [e for e in doc.entities if e.kind == "organization" and e.attr("acronym") == acr]
    assert orgs and all(e.attr("generic") == "1" and not e.attr("region") for e in orgs), \
        [(e.key, e.attrs) for e in orgs]


def test_a_bodys_own_staff_is_that_body():
    doc = resolved("Polda|PROPN Kaltara|PROPN hadir|VERB .", "diikuti|VERB jajaran|NOUN Polda|PROPN secara|ADV daring|ADJ .")
    assert not any(e.attr("generic") for e in doc.entities if e.kind == "organization")


def test_a_level_of_branches_is_no_branch_of_the_articles_region():
    # "Adapun Bagja meminta jajaran Bawaslu provinsi dan kabupaten/kota mengantisipasi netralitas ASN"
    doc = resolved("rawan|ADJ di|ADP Papua|PROPN .",
                   "Bagja|PROPN meminta|VERB jajaran|NOUN Bawaslu|PROPN provinsi|NOUN dan|CCONJ kabupaten/kota|NOUN "
                   "mengantisipasi|VERB netralitas|NOUN .")
    bawaslu = [e for e in doc.entities if e.kind == "organization" and e.attr("acronym") == "Bawaslu"]
    assert bawaslu and not any(e.attr("region") for e in bawaslu), [(e.key, e.attrs) for e in bawaslu]


def test_navy_rank_with_bracketed_corps_before_a_one_word_name():
    # "dan Komandan Lanal Banyuwangi, Letkol Laut (P) Hafidz." (a bracket folds to nothing: "Laut (" is
    # no two-word honorific)
    doc = resolved("dipimpin|VERB Komandan|PROPN Lanal|PROPN Banyuwangi|PROPN|S-LOC , Letkol|PROPN|O|2|appos "
                   "Laut|PROPN ( P|PROPN ) Hafidz|PROPN|O|6|flat:name .")
    assert _persons(doc) == ["Hafidz"]


def test_outlets_brand_without_its_news_word_is_no_person():
    # "BULA, Siwalimanews – ..." then "“...,” ujar Saleh kepada Siwalima di ruang kerjanya"
    from dataclasses import replace
    from entity_helpers import doc_of
    from kg.extract.mentions import find_mentions
    doc = doc_of("“ Kita harus netral , ” ujar|VERB|O|0|root Saleh|PROPN|S-PER|7|nsubj kepada|ADP|O|10|case "
                 "Siwalima|PROPN|S-PER|7|obl di|ADP|O|12|case ruang|NOUN|O|7|obl kerja|VERB nya|PRON , "
                 "Kamis|PROPN|O|7|obl:tmod .")
    found = find_mentions(replace(doc, meta={"publisher": "Siwalimanews"}))
    assert [m.text for m in found.mentions if m.kind == "person"] == ["Saleh"]


@pytest.mark.parametrize("sent", [
    # v2 study article (Sumut KPU): platforms listed like names
    "KPU|PROPN memanfaatkan|VERB media|NOUN sosial|ADJ seperti|ADP Twitter|PROPN|S-PER , Instagram|PROPN|S-PER , "
    "YouTube|PROPN|S-PER .",
])
def test_platforms_and_generic_acronyms_are_no_persons(sent):
    assert _persons(resolved(sent)) == []


@pytest.mark.parametrize("word", ["OPD", "YouTube"])
def test_generic_acronyms_and_platforms_are_no_name_words(word):
    # v2 study article (Madiun): "diikuti perwakilan anggota Forkopimda Kota Madiun, OPD, KPU, Bawaslu"
    # gave a person "Opd" holding a Forkopimda seat
    from kg.extract.spans import is_name_token
    assert not is_name_token(word)


def test_full_name_written_a_letter_short_is_the_same_person():
    # v2 study article (Kapuas): "Kapolres Kapuas AKBP Tejo Yuantor, yang turut hadir" then "ucap Tejo Yuantoro"
    doc = resolved("Kapolres|PROPN Kapuas|PROPN AKBP|PROPN Tejo|PROPN|B-PER Yuantor|PROPN|E-PER , hadir|VERB .",
                   "“ Siap , ” ucap|VERB Tejo|PROPN|B-PER Yuantoro|PROPN|E-PER .")
    assert len([e for e in doc.entities if e.kind == "person"]) == 1


def test_two_words_with_a_changed_letter_stay_two_people():
    doc = resolved("hadir|VERB Budi|PROPN|B-PER Hartono|PROPN|E-PER dan|CCONJ Budi|PROPN|B-PER Hartoyo|PROPN|E-PER .")
    assert _persons(doc) == ["Budi Hartono", "Budi Hartoyo"]


def test_supervisors_acronym_slipped_still_names_the_body_and_its_chair():
    # v2 study article (Kapuas): "Ketua Banwaslu Kabupaten Kapuas Iswahyudi Wibowo mengatakan, ..."
    doc = resolved("Ketua|NOUN|O|7|nsubj Banwaslu|PROPN|O|1|nmod Kabupaten|PROPN|O|2|flat:name "
                   "Kapuas|PROPN|O|2|flat:name Iswahyudi|PROPN|O|2|flat:name Wibowo|PROPN|O|2|flat:name "
                   "mengatakan|VERB|O|0|root , bahwa|SCONJ siap|ADJ .")
    assert _persons(doc) == ["Iswahyudi Wibowo"]
    assert "org:bawaslu-kabupaten-kapuas" in [e.key for e in doc.entities if e.kind == "organization"]


def test_short_name_as_written_is_also_labelled_with_the_regions_name():
    # v2 study article (Sulteng): "Forkopimda Sulawesi Tengah, KPU Sulteng, Kesbangpol Sulteng, Pol PP Sulteng"
    doc = resolved("hadir|VERB Kesbangpol|PROPN Sulteng|PROPN .")
    (org,) = [e for e in doc.entities if e.kind == "organization" and e.attr("acronym") == "Bakesbangpol"]
    assert "Kesbangpol Sulawesi Tengah" in org.aliases and "Bakesbangpol Sulawesi Tengah" in org.aliases


def test_civil_police_written_without_sat_is_satpol_pp():
    doc = resolved("hadir|VERB Pol|PROPN PP|PROPN Sulteng|PROPN .")
    assert "org:satpol-pp-sulawesi-tengah" in [e.key for e in doc.entities if e.kind == "organization"]


def test_english_guest_noun_is_no_name_word():
    # "Rapat Koordinasi Bawaslu Sulsel dengan Stakeholder Media di Hotel Novotel, Kota Makassar"
    doc = resolved("acara|NOUN Rapat|PROPN Koordinasi|PROPN Bawaslu|PROPN Sulsel|PROPN dengan|ADP "
                   "Stakeholder|PROPN|B-PER Media|PROPN|E-PER di|ADP Hotel|PROPN Novotel|PROPN .")
    assert _persons(doc) == []


def test_one_word_name_opening_an_item_of_a_semicolon_list_before_its_title():
    # "...; Ketua KPU Kaltara Hariyadi Hamid; Sulaiman, anggota Bawaslu Kaltara; dan perwakilan lainnya."
    doc = resolved("dihadiri|VERB Ketua|NOUN KPU|PROPN Kaltara|PROPN Hariyadi|PROPN|B-PER Hamid|PROPN|E-PER ; "
                   "Sulaiman|PROPN|O|1|appos , anggota|NOUN Bawaslu|PROPN Kaltara|PROPN ; dan|CCONJ perwakilan|NOUN "
                   "lain|ADJ nya|PRON .")
    assert _persons(doc) == ["Hariyadi Hamid", "Sulaiman"]


@pytest.mark.parametrize("sent", [
    # "Pengamanan Kampanye Calon Bupati dan Calon Wakil Bupati No Urut 01 Kabupaten Palas"
    "Pengamanan|NOUN Kampanye|PROPN Calon|PROPN Wakil|PROPN Bupati|PROPN No|PROPN|S-PER Urut|PROPN 01|NUM "
    "Kabupaten|PROPN Palas|PROPN .",
    # "Pj Wali Kota Bukittinggi H. Hani Syopiar Rustam didampingi KapolPP, Kabag Pemerintahan dan ..."
    "didampingi|VERB KapolPP|PROPN|S-PER|1|obj , Kabag|PROPN Pemerintahan|PROPN dan|CCONJ Sekretaris|PROPN "
    "Kesbangpol|PROPN menghadiri|VERB rapat|NOUN .",
])
def test_abbreviated_number_and_run_together_title_are_no_persons(sent):
    assert _persons(resolved(sent)) == []


def test_outlets_domain_written_as_words_is_no_person():
    # "Jayapura, Nokenlive Com" then "Dijumpai wartawan Nokenlive di halaman Kantor Gubernur"
    from dataclasses import replace
    from entity_helpers import doc_of
    from kg.extract.mentions import find_mentions
    doc = doc_of("Jayapura|PROPN , Nokenlive|PROPN|B-PER Com|PROPN|E-PER")
    found = find_mentions(replace(doc, meta={"publisher": "Nokenlive.com"}))
    assert [m.text for m in found.mentions if m.kind == "person"] == []


def test_a_branch_named_by_its_level_with_no_region_to_place_it_is_a_kind():
    # "Menurut laporan Bawaslu kabupaten, beberapa KPU di Papua telah mulai melakukan pergeseran"
    doc = resolved("Menurut|ADP laporan|NOUN Bawaslu|PROPN kabupaten|NOUN , beberapa|DET KPU|PROPN di|ADP "
                   "Papua|PROPN mulai|VERB bergeser|VERB .")
    (org,) = [e for e in doc.entities if e.kind == "organization" and e.attr("acronym") == "Bawaslu"
              and not e.attr("implicit")]
    assert org.attr("generic") == "1" and not org.attr("region"), (org.key, org.attrs)


def test_hearing_panel_is_no_word_of_its_chairs_name():
    # DKPP release: "Sanksi tersebut dibacakan oleh Ketua Majelis Heddy Lugito dalam sidang pembacaan putusan"
    doc = resolved("dibacakan|VERB oleh|ADP Ketua|NOUN Majelis|PROPN|B-PER Heddy|PROPN|I-PER Lugito|PROPN|E-PER "
                   "dalam|ADP sidang|NOUN .")
    assert _persons(doc) == ["Heddy Lugito"]
