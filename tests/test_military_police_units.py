"""Military units written with a number and/or a name after a slash ("Kodam IV/Diponegoro",
"Kodim 0733/Kota Semarang"): one organisation per unit, the rank and the unit name kept out
of the commander's name, and the commander's post placed in the unit."""
from __future__ import annotations

import pytest

from entity_helpers import doc_of, resolved
from kg.extract.mentions import find_mentions
from kg.extract.resolve import resolve
from kg.rules import extract


def _orgs(doc):
    return {e.key: e for e in doc.entities if e.kind == "organization"}


def _persons(doc):
    return sorted(e.name for e in doc.entities if e.kind == "person")


@pytest.mark.parametrize("sent, key, name", [
    ("Panglima Kodam IV / Diponegoro Mayjen TNI Deddy Suryadi memastikan|VERB prajurit netral|ADJ .",
     "org:kodam-diponegoro", "Kodam IV/Diponegoro"),
    ("Pangdam IV / Diponegoro Mayjen TNI Deddy Suryadi memastikan|VERB prajurit netral|ADJ .",
     "org:kodam-diponegoro", "Kodam IV/Diponegoro"),
    ("Komandan Korem 073 / Makutarama Kolonel Inf Deddy Suryadi memastikan|VERB prajurit netral|ADJ .",
     "org:korem-073", "Korem 073/Makutarama"),
    ("Danrem 073 / Makutarama Kolonel Inf Deddy Suryadi memastikan|VERB prajurit netral|ADJ .",
     "org:korem-073", "Korem 073/Makutarama"),
    ("Dandim 0733 / Kota Semarang Letkol Inf Deddy Suryadi memastikan|VERB prajurit netral|ADJ .",
     "org:kodim-0733", "Kodim 0733/Kota Semarang"),
    # a Kodam named by its name alone after the commander's title (the NER may call it a person)
    ("Pangdam Jaya|PROPN|B-PER Mayjen|PROPN|I-PER TNI Deddy|PROPN|B-PER Suryadi|PROPN|E-PER "
     "memastikan|VERB prajurit netral|ADJ .", "org:kodam-jaya", "Kodam Jaya"),
])
def test_unit_designation_is_one_org_and_not_part_of_the_name(sent, key, name):
    doc = resolved(sent)
    orgs = _orgs(doc)
    assert key in orgs and orgs[key].name == name
    assert _persons(doc) == ["Deddy Suryadi"]


def test_commander_holds_a_post_in_the_designated_unit():
    doc = extract(resolve(find_mentions(doc_of(
        "Komandan Kodim 0733 / Kota Semarang Letkol Inf Hendra Wijaya mengatakan|VERB pihaknya|PRON siap|ADJ ."))),
        rules=["holds_office"])
    holds = [a for a in doc.assertions if a.kind == "holds"]
    assert [(a.arg("title"), a.arg("organization"), a.arg("region")) for a in holds] == \
        [("Komandan Kodim", "org:kodim-0733", "region:33.74")]


def test_unit_named_by_its_region_elsewhere_in_the_article_is_the_same_unit():
    doc = resolved("Kodim Garut menyiagakan|VERB prajurit .",
                   "Komandan Kodim 0611 / Garut Letkol Inf Anton Wahyudi hadir|VERB .")
    kodims = [e for e in _orgs(doc).values() if e.attr("acronym") == "Kodim"]
    assert [e.key for e in kodims] == ["org:kodim-0611"]
    assert len(kodims[0].mentions) == 2 and "Kodim Garut" in kodims[0].aliases
    assert "same unit by its region" in kodims[0].why


def test_unit_number_without_slash_before_a_region():
    doc = resolved("Polres Garut bersama|ADP Kodim 0611 Garut menerjunkan|VERB personel .")
    assert "org:kodim-0611" in _orgs(doc)


def test_a_unit_without_designation_keeps_its_region_key():
    doc = resolved("Kodim Garut menyiagakan|VERB prajurit .")
    assert "org:kodim-kabupaten-garut" in _orgs(doc)


def test_a_slash_in_a_document_number_is_not_a_designation():
    doc = resolved("Surat|NOUN edaran|NOUN nomor|NOUN 270 / 139 / Kodim / 2024 terbit|VERB .")
    assert not any(e.attr("acronym") == "Kodim" for e in _orgs(doc).values())


def test_unit_name_after_the_slash_the_ner_tagged_as_a_person():
    doc = resolved("Rakor diikuti|VERB Polda Sulsel dan|CCONJ Kodam XIV / Hasanuddin|PROPN|S-PER .")
    assert _orgs(doc)["org:kodam-hasanuddin"].name == "Kodam XIV/Hasanuddin"


def test_metro_after_a_police_unit_is_not_kota_metro():
    doc = extract(resolve(find_mentions(doc_of(
        "Kapolres Metro Jakarta Selatan Kombes Pol Ade Rahmat Idnal hadir|VERB .",
        "Polres Metro Jakarta Selatan menyiagakan|VERB personel ."))), rules=["holds_office"])
    regions = sorted(e.name for e in doc.entities if e.kind == "region")
    assert regions == ["Jakarta Selatan"]
    assert _persons(doc) == ["Ade Rahmat Idnal"]
    assert [a.arg("region") for a in doc.assertions if a.kind == "holds"] == ["region:31.74"]
    polres = _orgs(doc)["org:polres-kota-jakarta-selatan"]
    assert polres.attr("acronym") == "Polres" and polres.attr("region") == "region:31.74"


def test_metro_alone_after_a_police_title_is_kota_metro():
    """ "..., tandas mantan Kapolres Metro tersebut.": no metropolitan area follows, so it is the city's
    police (Polres Metro, Lampung), and no one is called Metro."""
    doc = resolved("tandas|VERB mantan Kapolres Metro tersebut|DET .")
    assert [e.name for e in doc.entities if e.kind == "region"] == ["Metro"]
    assert _persons(doc) == []


def test_kota_metro_is_still_a_region_elsewhere():
    doc = resolved("Wali Kota Metro Wahdi Siradjuddin hadir|VERB .")
    assert [e.name for e in doc.entities if e.kind == "region"] == ["Metro"]


@pytest.mark.parametrize("sent", [
    # "Kapolda Jabar ..., Pangdam III Siliwangi menggelar pertemuan ...": a Kodam written without its slash
    "Pangdam III Siliwangi menggelar|VERB pertemuan|NOUN bersama|ADP KPU .",
    "Polda Jabar diback|VERB up|NOUN Kodam III Siliwangi mengawal|VERB pilkada|NOUN .",
])
def test_kodam_name_after_its_roman_number_without_slash_is_no_person(sent):
    doc = resolved(sent)
    assert _persons(doc) == []
    assert "org:kodam-siliwangi" in _orgs(doc)


def test_commander_after_a_slashless_kodam_name_is_still_a_person():
    doc = resolved("Pangdam III Siliwangi Mayjen TNI Deddy Suryadi memastikan|VERB prajurit netral|ADJ .")
    assert _persons(doc) == ["Deddy Suryadi"]


def test_bare_unit_name_is_the_one_unit_the_article_designates():
    # "Korem 092 Maharajalila terjunkan 1.200 personel ... dari Korem dan Kodim jajaran di Kaltara"
    doc = resolved("Korem 092 / Maharajalila menurunkan|VERB personel .",
                   "Personel dari Korem dan Kodim di Kaltara membantu|VERB .")
    orgs = _orgs(doc)
    assert "org:korem-092" in orgs and "Korem" in orgs["org:korem-092"].aliases
    assert not [k for k in orgs if k.startswith("org:korem-") and k != "org:korem-092"]


@pytest.mark.parametrize("sents, in_title", [
    # "Dandim 0906 Tenggarong Letkol Inf Charles Alling": the unit is part of the commander's post
    (("Dandim 0733 / Kota Semarang Letkol Inf Deddy Suryadi memastikan|VERB prajurit netral|ADJ .",), "1"),
    # "Apel diikuti oleh Anggota Polres Jepara, Kodim 0719/Jepara, ...": the unit named as a body
    (("Apel diikuti|VERB oleh Kodim 0733 / Kota Semarang dan warga .",), ""),
    (("Dandim 0733 / Kota Semarang Letkol Inf Deddy Suryadi hadir|VERB .", "Kodim 0733 / Kota Semarang siaga|ADJ ."), ""),
])
def test_unit_named_only_in_commanders_titles(sents, in_title):
    assert _orgs(resolved(*sents))["org:kodim-0733"].attr("in_title") == in_title


@pytest.mark.parametrize("sent, key, name", [
    # "dihadiri oleh Danramil 12/Rajeg Kapten Arh P Sihotang": the tokenizer keeps "12/Rajeg" one word
    ("Danramil 12/Rajeg Kapten Arh Budi|PROPN|B-PER Sihotang|PROPN|E-PER hadir|VERB .", "org:koramil-12", "Koramil 12/Rajeg"),
    # "Personel TNI dari Koramil 1204-15 Sekadau Hilir": a hyphenated number, split by the tokenizer
    ("Personel dari Koramil 1204 - 15 Sekadau Hilir hadir|VERB .", "org:koramil-1204-15", None),
    # "BKO Yonzipur 4, Linmas", "Kodim 0814, Kejaksaan Negeri serta Satradar 222"
    ("Apel diikuti|VERB Yonzipur 4 dan Satradar 222 .", "org:yonzipur-4", "Yonzipur 4"),
    ("Apel diikuti|VERB Yonzipur 4 dan Satradar 222 .", "org:satradar-222", "Satradar 222"),
])
def test_unit_designations(sent, key, name):
    orgs = _orgs(resolved(sent))
    assert key in orgs and (name is None or orgs[key].name == name)


def test_multiword_kecamatan_after_a_unit_needs_no_level_word():
    doc = resolved("Bupati Sekadau hadir|VERB .", "Personel dari Koramil 1204 - 15 Sekadau Hilir hadir|VERB .")
    regions = {e.name: e.attr("level") for e in doc.entities if e.kind == "region"}
    assert regions.get("Sekadau Hilir") == "kecamatan"


@pytest.mark.parametrize("sent, name", [
    # an air base is named after a person, a naval base after a place: no number needed
    ("dihadiri|VERB oleh|ADP Lantamal XII / Pontianak , Lanud Supadio , dan|CCONJ Polda Kalbar .", "Lanud Supadio"),
    ("hadir|VERB pula|ADV Lanud Roesmin|PROPN Nurjadin|PROPN Pekanbaru .", "Lanud Roesmin Nurjadin"),
])
def test_bases_named_without_a_number(sent, name):
    assert name in [e.name for e in resolved(sent).entities if e.kind == "organization"]


def test_kodam_named_after_a_hero_of_two_words_keeps_both_words():
    # "Panglima Kodam Iskandar Muda, Tatang Sulaiman": the NER tags the sultan's name B-PER E-PER; "Muda"
    # is the Kodam's, not a person
    from entity_helpers import doc_of
    from kg.extract.mentions import find_mentions
    doc = find_mentions(doc_of(
        "Panglima|PROPN|O|9|nsubj Kodam|PROPN|O|1|flat:name Iskandar|PROPN|B-PER|1|flat:name "
        "Muda|PROPN|E-PER|1|flat:name ,|PUNCT|O|6|punct Tatang|PROPN|B-PER|1|appos Sulaiman|PROPN|E-PER|6|flat:name "
        ",|PUNCT|O|9|punct mengatakan|VERB|O|0|root ."))
    assert [m.text for m in doc.mentions if m.kind == "person"] == ["Tatang Sulaiman"]
    assert "Kodam Iskandar Muda" in [m.text for m in doc.mentions if m.kind == "organization"]


def test_kodam_inspector_is_a_post_not_a_person():
    # "Kasdam, Irdam, Danrem, Pejabat Utama Kodam XII Tanjungpura": the NER tags "Irdam" a person
    from entity_helpers import doc_of
    from kg.extract.mentions import find_mentions
    doc = find_mentions(doc_of("hadir|VERB Kasdam|PROPN , Irdam|PROPN|S-PER|1|conj , Danrem|PROPN , dan|CCONJ lainnya|NOUN ."))
    assert [m.text for m in doc.mentions if m.kind == "person"] == []
