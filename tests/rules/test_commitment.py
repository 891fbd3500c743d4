"""commitment rule on hand-built parses (no model)."""
from __future__ import annotations

import pytest
from stmt_build import conllu, document

from kg.rules.commitment import classify, commitment

BUDI = conllu("s1", """
Budi 3 nsubj PROPN
Utama 1 flat:name PROPN
mengingatkan 0 root VERB
bahwa 7 mark SCONJ
ASN 7 nsubj PROPN
harus 7 aux AUX
menjaga 3 ccomp VERB
netralitas 7 obj NOUN
. 3 punct PUNCT
""")
TNI = conllu("s1", """
TNI 4 nsubj PROPN
dan 3 cc CCONJ
Polri 1 conj PROPN
menjaga 0 root VERB
keamanan 4 obj NOUN
. 4 punct PUNCT
""")
DATELINE = conllu("s1", """
Kudus 7 nsubj PROPN
– 3 punct PUNCT
Bupati 1 flat:name PROPN
Kudus 3 flat:name PROPN
, 6 punct PUNCT
Hartono 1 appos PROPN
meminta 0 root VERB
ASN 7 obj PROPN
menjaga 7 advcl VERB
netralitas 9 obj NOUN
. 7 punct PUNCT
""")
BERSAMA_NOUN = conllu("s1", """
Budi 2 nsubj PROPN
berharap 0 root VERB
hubungan 7 nsubj:pass NOUN
pemkot 3 nmod NOUN
bersama 6 case ADP
Forkopimda 3 nmod PROPN
terjalin 2 ccomp VERB
melalui 9 case ADP
koordinasi 7 obl NOUN
. 2 punct PUNCT
""")
TITLE_CHAIN = conllu("s1", """
Ketua 7 nsubj NOUN
KPU 1 nmod PROPN
Provinsi 2 flat:name PROPN
Jambi 3 flat:name PROPN
Hendra 3 flat:name PROPN
Darmawan 5 flat:name PROPN
meminta 0 root VERB
PPS 7 obj PROPN
memperhatikan 7 xcomp VERB
kesehatan 9 obj NOUN
petugas 10 nmod NOUN
. 7 punct PUNCT
""")
STANCE_NOUN = conllu("s1", """
Ini 2 nsubj DET
menunjukkan 0 root VERB
komitmen 2 obj NOUN
Pemkot 3 nmod PROPN
untuk 6 mark SCONJ
mencegah 2 advcl VERB
pelanggaran 6 obj NOUN
. 2 punct PUNCT
""")
OFFICE = conllu("s2", """
Wali 4 nsubj PROPN
Kota 1 flat:name PROPN
Pangkalpinang 2 flat:name PROPN
mengeluarkan 0 root VERB
surat 4 obj NOUN
edaran 5 nmod NOUN
netralitas 5 nmod NOUN
ASN 7 flat PROPN
. 4 punct PUNCT
""")
HOPE = conllu("s1", """
diharapkan 0 root VERB
Bawaslu 3 nsubj PROPN
menjaga 1 xcomp VERB
netralitas 3 obj NOUN
. 1 punct PUNCT
""")
NOTOPIC = conllu("s1", """
Budi 2 nsubj PROPN
membuka 0 root VERB
acara 2 obj NOUN
. 2 punct PUNCT
""")
QUOTE = conllu("s1", """
“ 4 punct PUNCT
Kita 4 nsubj PRON
akan 4 aux AUX
memastikan 0 root VERB
distribusi 4 obj NOUN
logistik 5 nmod NOUN
, 4 punct PUNCT
” 4 punct PUNCT
ujar 4 parataxis VERB
Sri 9 nsubj PROPN
. 4 punct PUNCT
""")


PIHAKNYA = conllu("s2", """
Ketua 6 nsubj NOUN
Bawaslu 1 nmod PROPN
, 4 punct PUNCT
Arjuna 1 appos PROPN
, 6 punct PUNCT
menegaskan 0 root VERB
pihak 9 nsubj NOUN
nya 7 nmod:poss PRON
menindak 6 ccomp VERB
pelanggaran 9 obj NOUN
. 6 punct PUNCT
""", paragraph=2)
EARLIER = conllu("s1", """
Baehaqi 2 nsubj PROPN
berbicara 0 root VERB
. 2 punct PUNCT
""")
ORPHAN_PIHAKNYA = conllu("s2", """
pihak 3 nsubj NOUN
nya 1 nmod:poss PRON
menindak 0 root VERB
pelanggaran 3 obj NOUN
. 3 punct PUNCT
""", paragraph=2)


@pytest.mark.parametrize("block, expected", [
    (PIHAKNYA, "person:arjuna"),          # the reporting verb's subject in the same sentence
    (ORPHAN_PIHAKNYA, "person:baehaqi"),  # no reporting subject: the last person named
])
def test_commitment_pihaknya_resolution(block, expected):
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))])}
    if block is PIHAKNYA:
        ents["person:arjuna"] = ("person", "Arjuna", [("s2", (4,))])
    doc = document(EARLIER, block, entities=ents)
    assert {a.arg("actor") for a in commitment.fn(doc)} == {expected}


TOPIC_FIRST = conllu("s1", """
Budi 2 nsubj PROPN
menegaskan 0 root VERB
politik 7 nsubj:pass NOUN
uang 3 compound NOUN
tidak 5 advmod PART
boleh 7 aux AUX
dibiarkan 2 ccomp VERB
. 2 punct PUNCT
""")
TOPIC_FIRST_POSITIVE = conllu("s1", """
Budi 2 nsubj PROPN
menegaskan 0 root VERB
politik 6 nsubj:pass NOUN
uang 3 compound NOUN
akan 6 aux AUX
diberantas 2 ccomp VERB
. 2 punct PUNCT
""")


@pytest.mark.parametrize("block, polarity, modality", [
    (TOPIC_FIRST, "negative", "tidak boleh"),      # the prohibition follows the topic words
    (TOPIC_FIRST_POSITIVE, "positive", "akan"),
])
def test_commitment_modality_after_the_topic_cue(block, polarity, modality):
    doc = document(block, entities={"person:budi": ("person", "Budi", [("s1", (1,))])})
    (a,) = commitment.fn(doc)
    assert (a.arg("topic"), a.arg("polarity"), a.arg("modality")) == ("money-politics", polarity, modality)


def test_commitment_topic_subject_is_no_addressee():
    doc = document(TOPIC_FIRST, entities={"person:budi": ("person", "Budi", [("s1", (1,))])})
    (a,) = commitment.fn(doc)
    assert a.arg("addressees") == ""


PASSIVE = conllu("s1", """
Joko 5 nsubj:pass PROPN
, 3 punct PUNCT
tersangka 1 appos NOUN
, 5 punct PUNCT
ditahan 0 root VERB
Polres 5 obl PROPN
karena 8 case ADP
politik 5 obl NOUN
uang 8 compound NOUN
. 5 punct PUNCT
""")
PASSIVE_PLACE = conllu("s1", """
Joko 2 nsubj:pass PROPN
ditahan 0 root VERB
di 4 case ADP
Polres 2 obl PROPN
karena 6 case ADP
politik 2 obl NOUN
uang 6 compound NOUN
. 2 punct PUNCT
""")
_JOKO_POLRES = {"person:joko": ("person", "Joko", [("s1", (1,))])}


@pytest.mark.parametrize("block, polres_at, expected", [
    (PASSIVE, 6, {"org:polres"}),        # the bare agent after a di- passive acts
    (PASSIVE_PLACE, 4, set()),           # "di Polres" is a place, and Joko is only the patient
])
def test_commitment_passive_subject_is_no_actor(block, polres_at, expected):
    ents = {**_JOKO_POLRES, "org:polres": ("organization", "Polres", [("s1", (polres_at,))])}
    assert {a.arg("actor") for a in commitment.fn(document(block, entities=ents))} == expected


NOT_STANCE = conllu("s1", """
Joko 2 nsubj PROPN
mengaku 0 root VERB
tidak 4 advmod PART
mengetahui 2 xcomp VERB
aturan 4 obj NOUN
kampanye 5 compound NOUN
. 2 punct PUNCT
""")
STANCE = conllu("s1", """
Joko 2 nsubj PROPN
mengaku 0 root VERB
akan 4 aux AUX
menaati 2 xcomp VERB
aturan 4 obj NOUN
kampanye 5 compound NOUN
. 2 punct PUNCT
""")


@pytest.mark.parametrize("block, n", [(NOT_STANCE, 0), (STANCE, 1)])
def test_commitment_knowing_is_no_stance(block, n):
    doc = document(block, entities={"person:joko": ("person", "Joko", [("s1", (1,))])})
    assert len(list(commitment.fn(doc))) == n


DIRECTED = conllu("s1", """
Adhy 2 nsubj PROPN
meminta 0 root VERB
KPU 4 nsubj PROPN
mengantisipasi 2 xcomp VERB
banjir 4 obj NOUN
. 2 punct PUNCT
""")
NOT_DIRECTED = conllu("s1", """
Adhy 2 nsubj PROPN
mengatakan 0 root VERB
KPU 4 nsubj PROPN
mengantisipasi 2 ccomp VERB
banjir 4 obj NOUN
. 2 punct PUNCT
""")


@pytest.mark.parametrize("block, actor, addressees", [
    (DIRECTED, "person:adhy", "KPU"),      # asked to act: the asker is the actor
    (NOT_DIRECTED, "org:kpu", ""),         # reported to act: the body is
])
def test_commitment_directed_subject_is_an_addressee(block, actor, addressees):
    ents = {"person:adhy": ("person", "Adhy", [("s1", (1,))]), "org:kpu": ("organization", "KPU", [("s1", (3,))])}
    (a,) = commitment.fn(document(block, entities=ents))
    assert (a.arg("actor"), a.arg("addressees")) == (actor, addressees)


REPORTED = conllu("s1", """
KPU 2 nsubj PROPN
menyatakan 0 root VERB
“ 6 punct PUNCT
semua 5 det DET
TPS 6 nsubj PROPN
siap 2 ccomp ADJ
, 6 punct PUNCT
” 6 punct PUNCT
ujar 2 parataxis VERB
Mawardi 9 nsubj PROPN
. 2 punct PUNCT
""")
REPORTED_UNATTRIBUTED = conllu("s1", """
KPU 2 nsubj PROPN
menyatakan 0 root VERB
“ 6 punct PUNCT
semua 5 det DET
TPS 6 nsubj PROPN
siap 2 ccomp ADJ
. 6 punct PUNCT
” 6 punct PUNCT
""")


@pytest.mark.parametrize("block, actor", [
    (REPORTED, "person:mawardi"),        # named speaker of the quotation the cue is in
    (REPORTED_UNATTRIBUTED, "org:kpu"),  # no strong attribution: the reporting subject stays
])
def test_commitment_cue_inside_a_quote_goes_to_its_speaker(block, actor):
    ents = {"org:kpu": ("organization", "KPU", [("s1", (1,))])}
    if block is REPORTED:
        ents["person:mawardi"] = ("person", "Mawardi", [("s1", (10,))])
    assert {a.arg("actor") for a in commitment.fn(document(block, entities=ents))} == {actor}


DATELINE_CONJ = conllu("s1", """
KUDUS 9 nsubj PROPN
, 3 punct PUNCT
MURIANEWS.COM 1 conj PROPN
- 5 punct PUNCT
Bupati 1 flat:name PROPN
, 7 punct PUNCT
Hartono 1 conj PROPN
, 9 punct PUNCT
meninjau 0 root VERB
gudang 9 obj NOUN
logistik 10 nmod NOUN
. 9 punct PUNCT
""")

@pytest.mark.parametrize("ents, expected", [
    ({"person:hartono": ("person", "Hartono", [("s1", (7,))])}, {"person:hartono"}),  # joined to the dateline
    ({"region:33.19": ("region", "Kudus", [("s1", (1,))])}, set()),  # place and outlet are no actors
])
def test_commitment_person_conjoined_to_a_dateline_subject(ents, expected):
    assert {a.arg("actor") for a in commitment.fn(document(DATELINE_CONJ, entities=ents))} == expected


def _ents(**refs):
    return {k: v for k, v in refs.items()}


@pytest.mark.parametrize("block, ents, expected", [
    (BUDI, {"person:budi-utama": ("person", "Budi Utama", [("s1", (1, 2))])},
     {("person:budi-utama", "asn-neutrality", "appeal")}),
    (TNI, {"org:tni": ("organization", "TNI", [("s1", (1,))]),
           "org:polri": ("organization", "Polri", [("s1", (3,))])},
     {("org:tni", "security-order", "action"), ("org:polri", "security-order", "action")}),
    (QUOTE, {"person:sri": ("person", "Sri", [("s1", (10,))])},
     {("person:sri", "election-logistics", "pledge")}),
    (DATELINE, {"person:hartono": ("person", "Hartono", [("s1", (6,))]),
                "region:33.19": ("region", "Kudus", [("s1", (1,)), ("s1", (4,))])},
     {("person:hartono", "asn-neutrality", "instruction")}),
    (TITLE_CHAIN, {"person:hendra": ("person", "Hendra Darmawan", [("s1", (5, 6))]),
                   "org:kpu-jambi": ("organization", "KPU", [("s1", (2, 3, 4))])},
     {("person:hendra", "poll-worker-welfare", "instruction")}),
    (STANCE_NOUN, {"org:pemkot": ("organization", "Pemkot", [("s1", (4,))])},
     {("org:pemkot", "election-oversight", "pledge")}),
    (OFFICE, {"org:pemkot": ("organization", "Pemkot Pangkalpinang", [("s9", (1,))],
                             [("type", "government"), ("region", "region:19.71")]),
               "region:19.71": ("region", "Pangkalpinang", [("s9", (2,))])},
     {("org:pemkot", "asn-neutrality", "instruction")}),
    (BERSAMA_NOUN, {"person:budi": ("person", "Budi", [("s1", (1,))]),
                    "org:forkopimda": ("organization", "Forkopimda", [("s1", (6,))])},
     {("person:budi", "interagency-coordination", "appeal")}),
])
def test_commitment_actor_topic_kind(block, ents, expected):
    doc = document(block, entities=ents)
    got = {(a.arg("actor"), a.arg("topic"), a.arg("kind")) for a in commitment.fn(doc)}
    assert got == expected


@pytest.mark.parametrize("block, ents", [
    (HOPE, {"org:bawaslu": ("organization", "Bawaslu", [("s1", (2,))])}),
    (NOTOPIC, {"person:budi": ("person", "Budi", [("s1", (1,))])}),
    (BUDI, {}),
])
def test_commitment_none_without_stance_or_actor(block, ents):
    assert list(commitment.fn(document(block, entities=ents))) == []


def test_commitment_addressee_of_obligation():
    doc = document(BUDI, entities={"person:budi-utama": ("person", "Budi Utama", [("s1", (1, 2))])})
    (a,) = commitment.fn(doc)
    assert (a.arg("addressees"), a.arg("modality")) == ("ASN", "harus")


def test_commitment_provenance_points_into_text():
    doc = document(BUDI, entities={"person:budi-utama": ("person", "Budi Utama", [("s1", (1, 2))])})
    (a,) = commitment.fn(doc)
    p = a.provenance
    assert (p.rule, p.sent_id) == ("commitment", "s1")
    assert "netralitas" in doc.text[p.start_char:p.end_char]


@pytest.mark.parametrize("window, kind, polarity", [
    ("Ia berpesan kepada camat agar memastikan DPT", "instruction", "positive"),
    ("Mari kita jaga netralitas", "appeal", "positive"),
    ("Jangan sampai ada politik uang", "appeal", "negative"),
    ("ASN dilarang terlibat politik praktis", "instruction", "negative"),
    ("Bawaslu siap menerima laporan", "pledge", "positive"),
    ("Pemkot telah menggelar sosialisasi", "action", "positive"),
    ("KPU menargetkan partisipasi", "target", "positive"),
    ("Kami wajib memastikan pemilih disabilitas", "pledge", "positive"),
    ("Camat wajib memastikan DPT", "instruction", "positive"),
    ("KPU dan Bawaslu sepakat memperkuat pengawasan", "pledge", "positive"),
])
def test_commitment_classify_kind_and_polarity(window, kind, polarity):
    k, pol, _, _ = classify(window, "public-outreach", window)
    assert (k, pol) == (kind, polarity)


@pytest.mark.parametrize("window, modality", [
    ("Pemkot akan melakukan sosialisasi", "akan"),
    ("Kita harus dan akan terus melakukan", "akan"),
    ("Pemkot melakukan sosialisasi", ""),
])
def test_commitment_classify_modality_is_the_nearest_modal_word(window, modality):
    assert classify(window, "public-outreach", window)[2] == modality


@pytest.mark.parametrize("window, topic, target", [
    ("KPU menargetkan 100 persen TPS ramah disabilitas", "inclusion", "100 persen"),
    ("partisipasi mencapai 86 persen", "voter-participation", "86 persen"),
    ("logistik tiba 90 persen", "election-logistics", ""),
])
def test_commitment_classify_target_value(window, topic, target):
    assert classify(window, topic, window)[3] == target


# the parse of "Adapun Danrem 073/Makutarama Kolonel Inf Rudy Hartono meminta seluruh Dandim ...
# memetakan daerah rawan konflik sosial": the slash read as "and", the particle as the subject
DANREM = conllu("s1", """
Adapun 10 nsubj NOUN
Danrem 1 flat:name PROPN
073 2 nummod NUM
/ 5 cc CCONJ
Makutarama 2 conj PROPN
Kolonel 5 flat:name PROPN
Inf 5 flat:name PROPN
Rudy 7 flat:name PROPN
Hartono 8 flat:name PROPN
meminta 0 root VERB
seluruh 12 det DET
Dandim 13 nsubj PROPN
memetakan 10 ccomp VERB
daerah 13 obj NOUN
rawan 14 nmod NOUN
konflik 15 nmod NOUN
sosial 16 amod ADJ
. 10 punct PUNCT
""")


def test_commitment_actor_below_a_unit_designation_the_parser_read_as_conj():
    ents = {"person:rudy-hartono": ("person", "Rudy Hartono", [("s1", (8, 9))]),
            "org:korem-073": ("organization", "Korem 073/Makutarama", [("s1", (3, 4, 5))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(DANREM, entities=ents))}
    assert got == {("person:rudy-hartono", "conflict-prevention")}


# "Seluruh peserta diminta tidak melakukan praktik politik uang oleh Ketua Bawaslu, Wein Arifin":
# the parser hung "oleh Ketua" under "praktik", not under the passive verb
OLEH_LOW = conllu("s1", """
Seluruh 2 det DET
peserta 3 nsubj:pass NOUN
diminta 0 root VERB
tidak 5 advmod PART
melakukan 3 ccomp VERB
praktik 5 obj NOUN
politik 6 nmod NOUN
uang 6 nmod NOUN
oleh 10 case ADP
Ketua 6 nmod NOUN
Bawaslu 10 nmod PROPN
, 13 punct PUNCT
Wein 10 appos PROPN
Arifin 13 flat:name PROPN
. 3 punct PUNCT
""")


def test_commitment_passive_agent_hung_below_the_verb():
    ents = {"person:wein-arifin": ("person", "Wein Arifin", [("s1", (13, 14))]),
            "org:bawaslu": ("organization", "Bawaslu", [("s1", (11,))])}
    got = {(a.arg("actor"), a.arg("topic"), a.arg("kind"))
           for a in commitment.fn(document(OLEH_LOW, entities=ents))}
    assert got == {("person:wein-arifin", "money-politics", "instruction")}


# "Kapolres Bogor AKBP Rio bersama Dandim 0621/Bogor Letkol Sukur dan Polres menggelar patroli"
BERSAMA_TITLED = conllu("s1", """
Kapolres 9 nsubj PROPN
Bogor 1 flat:name PROPN
Rio 1 appos PROPN
bersama 5 case ADP
Dandim 1 nmod PROPN
0621/Bogor 5 flat:name PROPN
Sukur 5 appos PROPN
dan 8 cc CCONJ
Bawaslu 5 conj PROPN
menggelar 0 root VERB
patroli 9 obj NOUN
. 9 punct PUNCT
""")


def test_commitment_bersama_person_stands_for_the_unit_in_his_title():
    ents = {"person:rio": ("person", "Rio", [("s1", (3,))]),
            "org:kodim-0621": ("organization", "Kodim 0621/Bogor", [("s1", (5, 6))]),
            "person:sukur": ("person", "Sukur", [("s1", (7,))]),
            "org:bawaslu-bogor": ("organization", "Bawaslu", [("s1", (9,))])}
    got = {a.arg("actor") for a in commitment.fn(document(BERSAMA_TITLED, entities=ents))}
    assert got == {"person:rio", "person:sukur", "org:bawaslu-bogor"}


def test_commitment_cue_words_inside_a_post_title_take_no_stance():
    from entity_helpers import resolved

    from kg.rules import extract

    doc = resolved("Menteri|PROPN|O|9|nsubj Koordinator Bidang Politik dan Keamanan "
                   "Budi|PROPN|B-PER|1|appos Gunawan|PROPN|E-PER|7|flat meminta|VERB|O|0|root "
                   "kementerian|NOUN|O|9|obj mengantisipasi|VERB|O|9|xcomp konflik|NOUN|O|11|obj .|PUNCT|O|9|punct")
    got = {a.arg("topic") for a in extract(doc, rules=["commitment"]).assertions if a.kind == "commitment"}
    assert got == {"conflict-prevention"}     # not security-order from "Keamanan" in the title


POLISI = conllu("s1", """
polisi 3 nsubj NOUN
akan 3 aux AUX
bekerja 0 root VERB
sama 3 advmod ADV
dengan 6 case ADP
Kodim 3 obl PROPN
untuk 8 mark SCONJ
patroli 3 advcl NOUN
. 3 punct PUNCT
""")


@pytest.mark.parametrize("units, expected", [
    (["org:polresta-sleman"], {"org:polresta-sleman"}),                 # the article's one police unit
    (["org:polresta-sleman", "org:polda-diy"], set()),                  # two: which one is not said
])
def test_commitment_polisi_is_the_articles_police_unit(units, expected):
    ents = {k: ("organization", k, [("s1", (6,))] if k == "org:kodim" else [("s0", (1,))],
                [("parent", "org:polri")]) for k in units}
    ents["org:kodim"] = ("organization", "Kodim", [("s1", (6,))], [("parent", "org:tni")])
    got = {a.arg("actor") for a in commitment.fn(document(POLISI, entities=ents))}
    assert got - {"org:kodim"} == expected



def _fronted(sep: str) -> str:
    """The parser hung the titled name under a fronted place phrase; the root has no subject."""
    return conllu("s1", f"""
Di 2 case ADP
tempat 10 obl NOUN
sama 2 amod ADJ
, 2 punct PUNCT
Anggota 2 appos PROPN
Bawaslu 5 flat:name PROPN
, 8 punct PUNCT
Saiful 5 appos PROPN
{sep} 8 punct PUNCT
mengingatkan 0 root VERB
bahwa 14 mark SCONJ
politik 14 nsubj:pass NOUN
uang 12 nmod NOUN
dipidana 10 ccomp VERB
. 10 punct PUNCT
""")


@pytest.mark.parametrize("sep, expected", [
    (",", {"person:saiful"}),   # "..., Saiful Jihad, mengingatkan bahwa politik uang dapat dipidana"
    ("pun", set()),             # nothing sets the name off before the verb: no guess
])
def test_commitment_agent_set_off_before_a_root_without_subject(sep, expected):
    ents = {"person:saiful": ("person", "Saiful", [("s1", (8,))])}
    got = {a.arg("actor") for a in commitment.fn(document(_fronted(sep), entities=ents))}
    assert got == expected


PASSIVE_BERSAMA = conllu("s1", """
Penertiban 2 nsubj:pass NOUN
dilakukan 0 root VERB
bersama 4 case ADP
Bawaslu 2 obl PROPN
dan 6 cc CCONJ
Panwaslu 4 conj PROPN
. 2 punct PUNCT
""")


def test_commitment_passive_without_agent_gives_its_bersama_partners():
    ents = {"org:bawaslu-medan": ("organization", "Bawaslu", [("s1", (4,))]),
            "org:panwaslu": ("organization", "Panwaslu", [("s1", (6,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(PASSIVE_BERSAMA, entities=ents))}
    assert got == {("org:bawaslu-medan", "campaign-rules"), ("org:panwaslu", "campaign-rules")}


MENURUT = conllu("s2", """
Menurut 2 case ADP
{who} 7 obl PROPN
, 2 punct PUNCT
literasi 7 nsubj:pass NOUN
digital 4 amod ADJ
perlu 7 aux AUX
ditingkatkan 0 root VERB
. 7 punct PUNCT
""")
EARLIER_KOSWARA = conllu("s1", """
Koswara 2 nsubj PROPN
mengapresiasi 0 root VERB
langkah 2 obj NOUN
. 2 punct PUNCT
""")


@pytest.mark.parametrize("who", ["Koswara", "dia"])
def test_commitment_menurut_names_whose_view_a_subjectless_sentence_is(who):
    ents = {"person:koswara": ("person", "Koswara", [("s1", (1,))] + ([("s2", (2,))] if who == "Koswara" else []))}
    doc = document(EARLIER_KOSWARA, MENURUT.replace("{who}", who), entities=ents)
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)}
    assert ("person:koswara", "disinformation") in got


# the body's name holds a preposition ("untuk Rakyat"), and the parser hung the name below it
TITLE_THROUGH_BODY = conllu("s1", """
Koordinator 10 nsubj NOUN
Jaringan 1 nmod PROPN
Pemilih 2 flat:name PROPN
untuk 5 case ADP
Rakyat 1 nmod NOUN
( 7 punct PUNCT
JPPR 5 appos PROPN
) 7 punct PUNCT
Nurlia 5 nmod PROPN
mendorong 0 root VERB
sosialisasi 10 obj NOUN
. 10 punct PUNCT
""")


def test_commitment_title_head_reaches_the_name_through_the_body_in_it():
    ents = {"org:jppr": ("organization", "JPPR", [("s1", (2, 3, 4, 5, 6, 7, 8))]),
            "person:nurlia": ("person", "Nurlia", [("s1", (9,))])}
    got = {a.arg("actor") for a in commitment.fn(document(TITLE_THROUGH_BODY, entities=ents))}
    assert got == {"person:nurlia"}



ASSESS_FACT = conllu("s1", """
Andi 2 nsubj PROPN
menilai 0 root VERB
partisipasi 5 nsubj NOUN
pemilih 3 nmod NOUN
rendah 2 ccomp ADJ
. 2 punct PUNCT
""")
ASSESS_MODAL = conllu("s1", """
Andi 2 nsubj PROPN
menilai 0 root VERB
partisipasi 6 nsubj:pass NOUN
pemilih 3 nmod NOUN
harus 6 aux AUX
ditingkatkan 2 ccomp VERB
. 2 punct PUNCT
""")


@pytest.mark.parametrize("block, expected", [
    (ASSESS_FACT, set()),                  # "menilai partisipasi pemilih rendah": a view of the facts
    (ASSESS_MODAL, {"person:andi"}),       # "... harus ditingkatkan": an appeal, a stance
])
def test_commitment_assessment_is_no_stance_without_a_modal(block, expected):
    ents = {"person:andi": ("person", "Andi", [("s1", (1,))])}
    got = {a.arg("actor") for a in commitment.fn(document(block, entities=ents))}
    assert got == expected


BUDI_ASKS = conllu("s1", """
Budi 2 nsubj PROPN
meminta 0 root VERB
ASN 2 obj PROPN
netral 2 xcomp ADJ
. 2 punct PUNCT
""")
SENADA = conllu("s2", """
Hal 3 nsubj:pass NOUN
senada 1 amod ADJ
disampaikan 0 root VERB
Ketua 3 obl NOUN
Bawaslu 4 nmod PROPN
, 7 punct PUNCT
Yasmardi 4 appos PROPN
. 3 punct PUNCT
""")
IA_MENINDAK = conllu("s3", """
Ia 2 nsubj PRON
menegaskan 0 root VERB
pihaknya 5 nsubj PRON
akan 5 aux AUX
menindak 2 ccomp VERB
pelanggaran 5 obj NOUN
. 2 punct PUNCT
""")


def test_commitment_ia_is_the_agent_of_the_passive_before():
    ents = {"person:budi": ("person", "Budi", [("s1", (1,))]),
            "person:yasmardi": ("person", "Yasmardi", [("s2", (7,))])}
    doc = document(BUDI_ASKS, SENADA, IA_MENINDAK, entities=ents)
    got = {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s3"}
    assert got == {"person:yasmardi"}


# the parser made both the dateline place and the name subjects of a mis-tagged root
TWO_SUBJECTS = conllu("s1", """
PEKANBARU 7 nsubj PROPN
- 1 punct PUNCT
Ketua 1 nmod NOUN
KPU 3 nmod PROPN
, 7 punct PUNCT
Anton 7 nsubj PROPN
memastikan 0 root VERB
logistik 7 obj NOUN
. 7 punct PUNCT
""")


def test_commitment_of_two_subjects_the_person_acts():
    ents = {"org:kpu-pekanbaru": ("organization", "KPU", [("s1", (4,))]),
            "person:anton": ("person", "Anton", [("s1", (6,))])}
    got = {a.arg("actor") for a in commitment.fn(document(TWO_SUBJECTS, entities=ents))}
    assert got == {"person:anton"}
