"""commitment rule on hand-built parses (no model)."""
from __future__ import annotations

import pytest
from parses import blocks, document, sentence

from kg.rules.commitment import classify, commitment

P = blocks("commitment")

BUDI = P["BUDI"]
TNI = P["TNI"]
DATELINE = P["DATELINE"]
BERSAMA_NOUN = P["BERSAMA_NOUN"]
TITLE_CHAIN = P["TITLE_CHAIN"]
STANCE_NOUN = P["STANCE_NOUN"]
OFFICE = P["OFFICE"]
HOPE = P["HOPE"]
NOTOPIC = P["NOTOPIC"]
QUOTE = P["QUOTE"]


PIHAKNYA = P["PIHAKNYA"]
EARLIER = P["EARLIER"]
ORPHAN_PIHAKNYA = P["ORPHAN_PIHAKNYA"]


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


TOPIC_FIRST = P["TOPIC_FIRST"]
TOPIC_FIRST_POSITIVE = P["TOPIC_FIRST_POSITIVE"]


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


PASSIVE = P["PASSIVE"]
PASSIVE_PLACE = P["PASSIVE_PLACE"]
_JOKO_POLRES = {"person:joko": ("person", "Joko", [("s1", (1,))])}


@pytest.mark.parametrize("block, polres_at, expected", [
    (PASSIVE, 6, {"org:polres"}),        # the bare agent after a di- passive acts
    (PASSIVE_PLACE, 4, set()),           # "di Polres" is a place, and Joko is only the patient
])
def test_commitment_passive_subject_is_no_actor(block, polres_at, expected):
    ents = {**_JOKO_POLRES, "org:polres": ("organization", "Polres", [("s1", (polres_at,))])}
    assert {a.arg("actor") for a in commitment.fn(document(block, entities=ents))} == expected


NOT_STANCE = P["NOT_STANCE"]
STANCE = P["STANCE"]


@pytest.mark.parametrize("block, n", [(NOT_STANCE, 0), (STANCE, 1)])
def test_commitment_knowing_is_no_stance(block, n):
    doc = document(block, entities={"person:joko": ("person", "Joko", [("s1", (1,))])})
    assert len(list(commitment.fn(doc))) == n


DIRECTED = P["DIRECTED"]
NOT_DIRECTED = P["NOT_DIRECTED"]


@pytest.mark.parametrize("block, expected", [
    (DIRECTED, {("person:adhy", "KPU")}),                      # asked to act: the asker is the actor
    # reported to act: the official voicing it (news gold judgement) and the body acting
    (NOT_DIRECTED, {("person:adhy", ""), ("org:kpu", "")}),
])
def test_commitment_directed_subject_is_an_addressee(block, expected):
    ents = {"person:adhy": ("person", "Adhy", [("s1", (1,))]), "org:kpu": ("organization", "KPU", [("s1", (3,))])}
    got = {(a.arg("actor"), a.arg("addressees")) for a in commitment.fn(document(block, entities=ents))}
    assert got == expected


REPORTED = P["REPORTED"]
REPORTED_UNATTRIBUTED = P["REPORTED_UNATTRIBUTED"]


@pytest.mark.parametrize("block, actor", [
    (REPORTED, "person:mawardi"),        # named speaker of the quotation the cue is in
    (REPORTED_UNATTRIBUTED, "org:kpu"),  # no strong attribution: the reporting subject stays
])
def test_commitment_cue_inside_a_quote_goes_to_its_speaker(block, actor):
    ents = {"org:kpu": ("organization", "KPU", [("s1", (1,))])}
    if block is REPORTED:
        ents["person:mawardi"] = ("person", "Mawardi", [("s1", (10,))])
    assert {a.arg("actor") for a in commitment.fn(document(block, entities=ents))} == {actor}


DATELINE_CONJ = P["DATELINE_CONJ"]

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
DANREM = P["DANREM"]


def test_commitment_actor_below_a_unit_designation_the_parser_read_as_conj():
    ents = {"person:rudy-hartono": ("person", "Rudy Hartono", [("s1", (8, 9))]),
            "org:korem-073": ("organization", "Korem 073/Makutarama", [("s1", (3, 4, 5))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(DANREM, entities=ents))}
    assert got == {("person:rudy-hartono", "conflict-prevention")}


# "Seluruh peserta diminta tidak melakukan praktik politik uang oleh Ketua Bawaslu, Wein Arifin":
# the parser hung "oleh Ketua" under "praktik", not under the passive verb
OLEH_LOW = P["OLEH_LOW"]


def test_commitment_passive_agent_hung_below_the_verb():
    ents = {"person:wein-arifin": ("person", "Wein Arifin", [("s1", (13, 14))]),
            "org:bawaslu": ("organization", "Bawaslu", [("s1", (11,))])}
    got = {(a.arg("actor"), a.arg("topic"), a.arg("kind"))
           for a in commitment.fn(document(OLEH_LOW, entities=ents))}
    assert got == {("person:wein-arifin", "money-politics", "instruction")}


# "Kapolres Bogor AKBP Rio bersama Dandim 0621/Bogor Letkol Sukur dan Polres menggelar patroli"
BERSAMA_TITLED = P["BERSAMA_TITLED"]


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


POLISI = P["POLISI"]


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
    return sentence("s1", f"""
Di|ADP|O|2|case
tempat|NOUN|O|10|obl
sama|ADJ|O|2|amod
,|PUNCT|O|2|punct
Anggota|PROPN|O|2|appos
Bawaslu|PROPN|O|5|flat:name
,|PUNCT|O|8|punct
Saiful|PROPN|O|5|appos
{sep}|PUNCT|O|8|punct
mengingatkan|VERB|O|0|root
bahwa|SCONJ|O|14|mark
politik|NOUN|O|14|nsubj:pass
uang|NOUN|O|12|nmod
dipidana|VERB|O|10|ccomp
.|PUNCT|O|10|punct
""", paragraph=1)


@pytest.mark.parametrize("sep, expected", [
    (",", {"person:saiful"}),   # "..., Saiful Jihad, mengingatkan bahwa politik uang dapat dipidana"
    ("pun", set()),             # nothing sets the name off before the verb: no guess
])
def test_commitment_agent_set_off_before_a_root_without_subject(sep, expected):
    ents = {"person:saiful": ("person", "Saiful", [("s1", (8,))])}
    got = {a.arg("actor") for a in commitment.fn(document(_fronted(sep), entities=ents))}
    assert got == expected


PASSIVE_BERSAMA = P["PASSIVE_BERSAMA"]


def test_commitment_passive_without_agent_gives_its_bersama_partners():
    ents = {"org:bawaslu-medan": ("organization", "Bawaslu", [("s1", (4,))]),
            "org:panwaslu": ("organization", "Panwaslu", [("s1", (6,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(PASSIVE_BERSAMA, entities=ents))}
    assert got == {("org:bawaslu-medan", "campaign-rules"), ("org:panwaslu", "campaign-rules")}


MENURUT = P["MENURUT"]
EARLIER_KOSWARA = P["EARLIER_KOSWARA"]


@pytest.mark.parametrize("who", ["Koswara", "dia"])
def test_commitment_menurut_names_whose_view_a_subjectless_sentence_is(who):
    ents = {"person:koswara": ("person", "Koswara", [("s1", (1,))] + ([("s2", (2,))] if who == "Koswara" else []))}
    doc = document(EARLIER_KOSWARA, MENURUT.replace("{who}", who), entities=ents)
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)}
    assert ("person:koswara", "disinformation") in got


# the body's name holds a preposition ("untuk Rakyat"), and the parser hung the name below it
TITLE_THROUGH_BODY = P["TITLE_THROUGH_BODY"]


def test_commitment_title_head_reaches_the_name_through_the_body_in_it():
    ents = {"org:jppr": ("organization", "JPPR", [("s1", (2, 3, 4, 5, 6, 7, 8))]),
            "person:nurlia": ("person", "Nurlia", [("s1", (9,))])}
    got = {a.arg("actor") for a in commitment.fn(document(TITLE_THROUGH_BODY, entities=ents))}
    assert got == {"person:nurlia"}



ASSESS_FACT = P["ASSESS_FACT"]
ASSESS_MODAL = P["ASSESS_MODAL"]


@pytest.mark.parametrize("block, expected", [
    (ASSESS_FACT, set()),                  # "menilai partisipasi pemilih rendah": a view of the facts
    (ASSESS_MODAL, {"person:andi"}),       # "... harus ditingkatkan": an appeal, a stance
])
def test_commitment_assessment_is_no_stance_without_a_modal(block, expected):
    ents = {"person:andi": ("person", "Andi", [("s1", (1,))])}
    got = {a.arg("actor") for a in commitment.fn(document(block, entities=ents))}
    assert got == expected


def test_commitment_giving_an_example_is_no_stance():
    """ "Ia mencontohkan tentang keterpaduan antarlembaga ... dalam mengawal dan menciptakan keamanan":
    an example of what happened, like an assessment."""
    ents = {"person:andi": ("person", "Andi", [("s1", (1,))])}
    block = ASSESS_FACT.replace("menilai", "mencontohkan")
    assert list(commitment.fn(document(block, entities=ents))) == []


BUDI_ASKS = P["BUDI_ASKS"]
SENADA = P["SENADA"]
IA_MENINDAK = P["IA_MENINDAK"]


def test_commitment_ia_is_the_agent_of_the_passive_before():
    ents = {"person:budi": ("person", "Budi", [("s1", (1,))]),
            "person:yasmardi": ("person", "Yasmardi", [("s2", (7,))])}
    doc = document(BUDI_ASKS, SENADA, IA_MENINDAK, entities=ents)
    got = {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s3"}
    assert got == {"person:yasmardi"}


# the parser made both the dateline place and the name subjects of a mis-tagged root
TWO_SUBJECTS = P["TWO_SUBJECTS"]


def test_commitment_of_two_subjects_the_person_acts():
    ents = {"org:kpu-pekanbaru": ("organization", "KPU", [("s1", (4,))]),
            "person:anton": ("person", "Anton", [("s1", (6,))])}
    got = {a.arg("actor") for a in commitment.fn(document(TWO_SUBJECTS, entities=ents))}
    assert got == {"person:anton"}


# --- issue 10: non-stance sentences and cue words inside titles ---------------------------------
JOB = P["JOB"]
STATUS = P["STATUS"]
COUNT = P["COUNT"]
COUNT_DONE = P["COUNT_DONE"]


@pytest.mark.parametrize("block, ents, n", [
    (JOB, {"person:subhan": ("person", "Subhan", [("s1", (1,))])}, 0),     # a post's job description
    (STATUS, {"org:pvmbg": ("organization", "PVMBG", [("s1", (1,))])}, 0),  # a status reading
    (COUNT, {"person:vierna": ("person", "Vierna", [("s1", (1,))])}, 0),    # a statistic
    (COUNT_DONE, {"org:kpu": ("organization", "KPU", [("s1", (1,))])}, 1),  # an act with a count
])
def test_commitment_descriptions_and_counts_are_no_stance(block, ents, n):
    assert len(list(commitment.fn(document(block, entities=ents)))) == n


LEADS = P["LEADS"]
KARENA = P["KARENA"]
YAKNI = P["YAKNI"]


@pytest.mark.parametrize("block, carried", [(KARENA, False), (YAKNI, True)])
def test_commitment_no_actor_carried_into_a_cause_or_result(block, carried):
    doc = document(LEADS, block, entities={"person:budi": ("person", "Budi", [("s1", (1,))])})
    got = {a.provenance.sent_id for a in commitment.fn(doc) if a.arg("topic") == "campaign-rules"}
    assert ("s2" in got) is carried


TITLED_CUE = P["TITLED_CUE"]


def test_commitment_two_word_cue_inside_a_title_names():
    from kg.model import Mention
    doc = document(TITLED_CUE, entities={"person:latol": ("person", "Latol", [("s1", (13,))])})
    start = doc.text.index("Ketua")
    title = Mention("s1", (9, 10, 11, 12), "Ketua Divisi Pendidikan Pemilih", "title", start, start + 31)
    doc = doc.__class__(**{**doc.__dict__, "mentions": (title,)})
    assert {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)} == {
        ("person:latol", "election-logistics")}   # "pendidikan pemilih" names the division, no outreach


# --- issue 10: actors through group nouns, relative lists, datelines; persons over possessors ---
PIHAK = P["PIHAK"]
PERSONEL = P["PERSONEL"]
PERSON_OVER_POSSESSOR = P["PERSON_OVER_POSSESSOR"]
DATELINE_MELALUI = P["DATELINE_MELALUI"]


@pytest.mark.parametrize("block, ents, expected", [
    (PIHAK, {"org:bawaslu": ("organization", "Bawaslu", [("s1", (4,))])},
     {("org:bawaslu", "election-oversight")}),                       # "diawasi pihak Bawaslu"
    (PERSONEL, {"org:tni": ("organization", "TNI", [("s1", (3,))]),
                "org:satpol": ("organization", "Satpol PP", [("s1", (6, 7))])},
     {("org:tni", "election-logistics"), ("org:satpol", "election-logistics")}),  # guarding logistics
    (PERSON_OVER_POSSESSOR, {"person:galih": ("person", "Galih", [("s1", (3,))]),
                             "org:tni": ("organization", "TNI", [("s1", (7,))])},
     {("person:galih", "security-order")}),
    (DATELINE_MELALUI, {"region:tiakur": ("region", "Tiakur", [("s1", (1,))]),
                        "org:forkopimda": ("organization", "Forkopimda", [("s1", (8,))]),
                        "org:kesbangpol": ("organization", "Kesbangpol", [("s1", (11,))]),
                        "org:tkd": ("organization", "Tim Kewaspadaan Dini", [("s1", (17, 18, 19))])},
     # the team met after "rapat koordinasi bersama" is no coordinator, but acts on conflict with it
     {("org:forkopimda", "interagency-coordination"),
      ("org:forkopimda", "conflict-prevention"), ("org:tkd", "conflict-prevention")}),
])
def test_commitment_actor_through_group_nouns_lists_and_datelines(block, ents, expected):
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(block, entities=ents))}
    assert got == expected


NAMED_HEAD = P["NAMED_HEAD"]
TITLE_ALONE = P["TITLE_ALONE"]


@pytest.mark.parametrize("second_holder, expected", [
    (False, {"person:mahyuzar"}),   # "Bupati mengingatkan ..." after "Bupati Mahyuzar": his
    (True, set()),                  # two people named with the title: nobody's
])
def test_commitment_title_alone_is_its_named_holder(second_holder, expected):
    from kg.model import Mention
    ents = {"person:mahyuzar": ("person", "Mahyuzar", [("s1", (2,))])}
    blocks = [NAMED_HEAD, TITLE_ALONE]
    if second_holder:
        blocks.insert(1, NAMED_HEAD.replace("s1", "s3").replace("Mahyuzar", "Budi"))
        ents["person:budi"] = ("person", "Budi", [("s3", (2,))])
    doc = document(*blocks, entities=ents)
    titles = tuple(Mention(sid, (1,), "Bupati", "title") for sid in ("s1", "s2", "s3"))
    persons = tuple(m for e in doc.entities for m in e.mentions)
    doc = doc.__class__(**{**doc.__dict__, "mentions": titles + persons})
    assert {a.arg("actor") for a in commitment.fn(doc)} == expected


FORUM_ACTS = P["FORUM_ACTS"]
FORUM_INVOLVED = P["FORUM_INVOLVED"]


@pytest.mark.parametrize("block, expected", [
    (FORUM_ACTS, {("org:bawaslu", "security-order"), ("org:forkopimda", "security-order")}),
    (FORUM_INVOLVED, {("org:bawaslu", "interagency-coordination")}),   # another body involves the forum
])
def test_commitment_forum_name_is_no_coordination_cue_for_its_own_acts(block, expected):
    ents = {"org:bawaslu": ("organization", "Bawaslu", [("s1", (1,))]),
            "org:forkopimda": ("organization", "Forkopimda", [("s1", (3,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(block, entities=ents))}
    assert got == expected


WISH = P["WISH"]


@pytest.mark.parametrize("first, n", [("Mudah-mudahan", 0), ("Diupayakan", 1)])
def test_commitment_a_wish_with_weak_cues_is_no_stance(first, n):
    doc = document(WISH.replace("Mudah-mudahan", first), entities={"person:sri": ("person", "Sri", [("s1", (10,))])})
    assert len(list(commitment.fn(doc))) == n


def test_commitment_nominalised_subject_names_no_actor():
    """ "“Kehadiran Panglima TNI memberikan dampak positif ... bebas dari politik uang,” katanya."
    (said by the Bawaslu chairman): the ke-...-an noun names an event, and TNI under it acts in nothing."""
    first = sentence("s1", """
Abhan|PROPN||2|nsubj hadir|VERB||0|root .|PUNCT||2|punct""", paragraph=1)
    quoted = sentence("s2", """
“|PUNCT||5|punct Kehadiran|NOUN||5|nsubj Panglima|PROPN||2|nmod TNI|PROPN||3|flat:name
memberikan|VERB||0|root dampak|NOUN||5|obj positif|ADJ||6|amod agar|SCONJ||9|mark bebas|ADJ||5|advcl
dari|ADP||11|case politik|NOUN||9|obl uang|NOUN||11|compound ,|PUNCT||5|punct ”|PUNCT||5|punct
katanya|VERB||5|parataxis .|PUNCT||5|punct""", paragraph=2)
    doc = document(first, quoted, entities={"person:abhan": ("person", "Abhan", [("s1", (1,))]),
                                           "org:tni": ("organization", "TNI", [("s2", (4,))])})
    actors = {a.arg("actor") for a in commitment.fn(doc)}
    assert "org:tni" not in actors


_YUSUF = {"person:yusuf": ("person", "Yusuf", [("s1", (1,))])}


@pytest.mark.parametrize("verb, n", [("mengatakan", 0), ("meminta", 1)])
def test_commitment_weak_cue_needs_a_stance_word(verb, n):
    """ "Ketua Bawaslu ... mengatakan, beberapa TPS tersebut tersebar di Kecamatan ...": the weak cue
    "TPS" is mentioned, nobody takes a stance; "meminta" makes it an instruction."""
    s1 = sentence("s1", f"""
Yusuf|PROPN||2|nsubj {verb}|VERB||0|root beberapa|DET||4|det TPS|PROPN||5|nsubj tersebar|VERB||2|ccomp
di|ADP||7|case kecamatan|NOUN||5|obl .|PUNCT||2|punct""", paragraph=1)
    assert len(list(commitment.fn(document(s1, entities=_YUSUF)))) == n


_WIRANTO = {"person:wiranto": ("person", "Wiranto", [("s1", (1,))])}
_ASKS = """Wiranto|PROPN||2|nsubj meminta|VERB||0|root seluruh|DET||4|det pihak|NOUN||2|obj untuk|SCONJ||6|mark
mewaspadai|VERB||2|advcl hal-hal|NOUN||6|obj .|PUNCT||2|punct"""


@pytest.mark.parametrize("first, n", [("Di antaranya", 1), ("Pada kesempatan", 0)])
def test_commitment_a_listing_sentence_goes_on_across_a_paragraph_break(first, n):
    """ "Wiranto juga meminta seluruh pihak untuk mewaspadai hal-hal ...¶ Di antaranya pelanggaran-
    pelanggaran pilkada seperti serangan fajar ...": the list belongs to the request before it."""
    a, b = first.split()
    s2 = sentence("s2", f"""
{a}|ADP||2|case {b}|NOUN||3|nmod pelanggaran|NOUN||0|root seperti|ADP||5|case serangan|NOUN||3|nmod
fajar|ADJ||5|amod .|PUNCT||3|punct""", paragraph=2)
    doc = document(sentence("s1", _ASKS, paragraph=1), s2, entities=_WIRANTO)
    got = {(c.arg("actor"), c.arg("topic")) for c in commitment.fn(doc)}
    assert (("person:wiranto", "money-politics") in got) == bool(n)


def test_commitment_subject_of_a_relative_clause_does_not_stop_the_carry():
    """ "Kapolda menambahkan, ... Kemudian antisipasi terjadinya berita bohong melalui media sosial":
    "berita" is the subject of "terjadinya", not of the sentence, which goes on with the Kapolda."""
    s2 = sentence("s2", """
Kemudian|ADV||2|advmod antisipasi|NOUN||0|root terjadinya|VERB||2|acl:relcl berita|NOUN||3|nsubj:pass
bohong|ADJ||4|amod .|PUNCT||2|punct""", paragraph=1)
    doc = document(sentence("s1", _ASKS, paragraph=1), s2, entities=_WIRANTO)
    got = {(c.arg("actor"), c.arg("topic")) for c in commitment.fn(doc)}
    assert ("person:wiranto", "disinformation") in got


_ABHAN = {"person:abhan": ("person", "Abhan", [("s1", (1,))])}


@pytest.mark.parametrize("case, n", [("pada", 0), ("untuk", 1)])
def test_commitment_cue_naming_the_occasion_is_no_stance(case, n):
    """ "Ketua Bawaslu RI menyampaikan apresiasi ... pada acara Deklarasi Tolak dan Lawan Politik Uang":
    the cue names the event the sentence is placed at; "untuk" would make it the act's purpose."""
    s1 = sentence("s1", f"""
Abhan|PROPN||2|nsubj menyampaikan|VERB||0|root apresiasi|NOUN||2|obj {case}|ADP||5|case acara|NOUN||2|obl
Deklarasi|PROPN||5|nmod Tolak|PROPN||6|flat:name Politik|PROPN||6|nmod Uang|NOUN||8|flat:name
.|PUNCT||2|punct""", paragraph=1)
    got = [c for c in commitment.fn(document(s1, entities=_ABHAN)) if c.arg("topic") == "money-politics"]
    assert len(got) == n


_ATTENDS = "Abhan|PROPN||2|nsubj hadir|VERB||0|root bersama|ADP||4|case Forkopimda|PROPN||2|obl .|PUNCT||2|punct"
_MUST_ATTEND = ("Abhan|PROPN||3|nsubj harus|AUX||3|aux hadir|VERB||0|root bersama|ADP||5|case "
                "Forkopimda|PROPN||3|obl .|PUNCT||3|punct")


@pytest.mark.parametrize("tokens, forum_at, n", [(_ATTENDS, 4, 0), (_MUST_ATTEND, 5, 1)])
def test_commitment_attending_is_no_stance_unless_it_is_a_duty(tokens, forum_at, n):
    """ "Acara tersebut dihadiri oleh ..., Forkopimda, ..." (README: attending is no commitment) against
    "Personel harus hadir sejak pendistribusian logistik" (a duty the speaker sets)."""
    ents = {**_ABHAN, "org:forkopimda": ("organization", "Forkopimda", [("s1", (forum_at,))])}
    doc = document(sentence("s1", tokens, paragraph=1), entities=ents)
    assert len(list(commitment.fn(doc))) == n


@pytest.mark.parametrize("verb, n", [("mengerahkan", 1), ("mencatat", 0)])
def test_commitment_a_count_deployed_is_an_act(verb, n):
    """ "Polres Cimahi mengerahkan sebanyak 786 personel polisi untuk mengamankan gelaran Pilkades": the
    count is what the actor deploys; a count merely recorded stays a statistic."""
    s1 = sentence("s1", f"""
Polres|PROPN||2|nsubj {verb}|VERB||0|root sebanyak|ADV||4|advmod 786|NUM||5|nummod personel|NOUN||2|obj
untuk|SCONJ||7|mark mengamankan|VERB||2|advcl pilkades|NOUN||7|obj .|PUNCT||2|punct""", paragraph=1)
    ents = {"org:polres": ("organization", "Polres", [("s1", (1,))])}
    assert len(list(commitment.fn(document(s1, entities=ents)))) == n


_WIDI = {"person:widi": ("person", "Widi", [("s1", (1,))])}


@pytest.mark.parametrize("verb, n", [("memasuki", 0), ("menertibkan", 1)])
def test_commitment_a_stage_of_the_calendar_is_no_stance(verb, n):
    """ "Widi Setiawan mengatakan saat ini proses Pilkades ... sedang memasuki masa tenang": a schedule
    (README: no commitment); acting on the cue's object is one."""
    s1 = sentence("s1", f"""
Widi|PROPN||2|nsubj mengatakan|VERB||0|root proses|NOUN||5|nsubj sedang|AUX||5|aux {verb}|VERB||2|ccomp
masa|NOUN||5|obj tenang|ADJ||6|amod .|PUNCT||2|punct""", paragraph=1)
    assert len(list(commitment.fn(document(s1, entities=_WIDI)))) == n


@pytest.mark.parametrize("case, n", [("di", 0), ("untuk", 1)])
def test_commitment_on_the_sidelines_of_an_event_is_the_occasion(case, n):
    """ "..., kata Ketua KPU Kabupaten Gumas, Stepenson di sela simulasi pemungutan suara": the event
    the words were said at, no logistics stance; "untuk simulasi" would be the act's purpose."""
    s1 = sentence("s1", f"""
Stepenson|PROPN||2|nsubj berbicara|VERB||0|root {case}|ADP||4|case sela|NOUN||2|obl simulasi|NOUN||4|nmod
pemungutan|NOUN||5|nmod suara|NOUN||6|nmod .|PUNCT||2|punct""", paragraph=1)
    if case == "untuk":
        s1 = s1.replace("\tsela\t", "\tpersiapan\t")
    ents = {"person:stepenson": ("person", "Stepenson", [("s1", (1,))])}
    assert len(list(commitment.fn(document(s1, entities=ents)))) == n


@pytest.mark.parametrize("first, expected", [
    ("Seperti", {("org:polri", "security-order"), ("org:polres", "security-order")}),
    ("Karena", {("org:polri", "security-order")}),
])
def test_commitment_doing_the_same_takes_up_the_topics_before(first, expected):
    """ "Polri menerapkan pengamanan ekstra terhadap keselamatan kontestan Pilkada. Seperti yang dilakukan
    Polres Rokan Hulu (Rohul) terhadap calon bupati dan wakil bupati." """
    s1 = sentence("s1", """Polri|PROPN||2|nsubj menerapkan|VERB||0|root pengamanan|NOUN||2|obj .|PUNCT||2|punct""",
                  paragraph=1)
    s2 = sentence("s2", f"""
{first}|ADP||3|mark yang|PRON||3|nsubj:pass dilakukan|VERB||0|root Polres|PROPN||3|obl terhadap|ADP||6|case
calon|NOUN||3|obl .|PUNCT||3|punct""", paragraph=1)
    ents = {"org:polri": ("organization", "Polri", [("s1", (1,))]),
            "org:polres": ("organization", "Polres", [("s2", (4,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(s1, s2, entities=ents))}
    assert got == expected


def test_commitment_taking_part_in_an_event_is_no_occasion():
    """ "Jangan sampai ikut campur dalam kegiatan kampanye salahsatu paslon": the campaign the speaker
    warns against joining is the stance, not the occasion of the sentence."""
    s1 = sentence("s1", """
Zaenal|PROPN||2|nsubj meminta|VERB||0|root warga|NOUN||2|obj jangan|ADV||5|advmod ikut|VERB||2|xcomp
dalam|ADP||7|case kegiatan|NOUN||5|obl kampanye|NOUN||7|nmod .|PUNCT||2|punct""", paragraph=1)
    ents = {"person:zaenal": ("person", "Zaenal", [("s1", (1,))])}
    topics = {a.arg("topic") for a in commitment.fn(document(s1, entities=ents))}
    assert "campaign-rules" in topics


# --- issue 10 (s2q): attribution is precision-first ---
DATELINE_OUTLET = P["DATELINE_OUTLET"]
KITA_TNI = P["KITA_TNI"]
BODY_ACTS = P["BODY_ACTS"]
BODY_PIHAKNYA = P["BODY_PIHAKNYA"]
SAMBUNG = P["SAMBUNG"]


@pytest.mark.parametrize("with_body, expected", [
    (True, {"org:pemkab"}),   # the body the parser hung below the dateline place, after the dash
    (False, set()),           # the outlet in brackets before the dash acts for nobody
])
def test_commitment_dateline_outlet_is_no_actor(with_body, expected):
    ents = {"person:antaranews": ("person", "Antaranews Sultra", [("s1", (3, 4))])}
    if with_body:
        ents["org:pemkab"] = ("organization", "Pemerintah Kabupaten", [("s1", (7, 8))])
    got = {a.arg("actor") for a in commitment.fn(document(DATELINE_OUTLET, entities=ents))}
    assert got == expected


def test_commitment_first_person_with_a_body_beside_it_is_the_speaker():
    ents = {"org:tni": ("organization", "TNI-Polri", [("s1", (3,))]),
            "person:iqbal": ("person", "Iqbal", [("s1", (12,))])}
    got = {a.arg("actor") for a in commitment.fn(document(KITA_TNI, entities=ents))}
    assert got == {"person:iqbal"}


@pytest.mark.parametrize("budi_subject, expected", [
    (False, "org:polda"),      # "Polda ... bersama Budi. Saat ini, pihaknya ...": the body acting before
    (True, "person:budi"),     # a person the subject there: the person, as before
])
def test_commitment_pihaknya_after_a_body_is_the_body(budi_subject, expected):
    first = BODY_ACTS
    ents = {"org:polda": ("organization", "Polda", [("s1", (1,))]),
            "person:budi": ("person", "Budi", [("s1", (5,))])}
    if budi_subject:
        first = BODY_ACTS.replace("1\tPolda\tpolda\tPROPN\t_\t_\t2\tnsubj", "1\tPolda\tpolda\tPROPN\t_\t_\t5\tnmod") \
                         .replace("5\tBudi\tbudi\tPROPN\t_\t_\t2\tobl", "5\tBudi\tbudi\tPROPN\t_\t_\t2\tnsubj")
    doc = document(first, BODY_PIHAKNYA, entities=ents)
    got = {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s2"}
    assert got == {expected}


def test_commitment_pihaknya_is_the_person_of_an_inserted_attribution():
    ents = {"org:kpu": ("organization", "KPU", [("s1", (1,))]),
            "person:budi": ("person", "Budi", [("s1", (5,))]),     # the last person named before
            "person:amran": ("person", "Amran", [("s2", (5,))])}
    doc = document(BODY_ACTS.replace("Polda", "KPU").replace("polda", "kpu"), SAMBUNG, entities=ents)
    got = {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s2"}
    assert got == {"person:amran"}


REPORTED_BODY = P["REPORTED_BODY"]
MENURUT_BODY = P["MENURUT_BODY"]


@pytest.mark.parametrize("block, body, expected", [
    # "Ia menekankan bahwa Polres ...": an appeal, the person's alone
    (REPORTED_BODY, ("org:polres", "Polres", 4), {"person:baehaqi"}),
    # "Menurut Budi, Panwaslih akan ...": a pledge, the person's and the body's own
    (MENURUT_BODY, ("org:panwaslih", "Panwaslih", 4), {"person:budi", "org:panwaslih"}),
])
def test_commitment_body_in_a_persons_report_is_his_stance(block, body, expected):
    key, name, wid = body
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))]),
            key: ("organization", name, [("s2", (wid,))])}
    if block is MENURUT_BODY:
        ents["person:budi"] = ("person", "Budi", [("s2", (2,))])
    doc = document(EARLIER, block, entities=ents)
    assert {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s2"} == expected


def test_commitment_of_two_reporting_subjects_the_person_speaks():
    ents = {"person:hendra": ("person", "Hendra", [("s1", (4,))]),
            "org:polres": ("organization", "Polres", [("s1", (7,))])}
    got = {a.arg("actor") for a in commitment.fn(document(P["TWO_REPORTERS"], entities=ents))}
    assert got == {"person:hendra", "org:polres"}   # the body's act, voiced by its chief


def test_commitment_relative_clause_on_an_object_is_the_subjects_stance():
    ents = {"org:pemkab": ("organization", "Pemkab", [("s1", (6,))]),
            "person:gustiar": ("person", "Gustiar", [("s1", (14,))])}
    got = {a.arg("actor") for a in commitment.fn(document(P["DETECTED"], entities=ents))}
    assert got == {"person:gustiar"}


def test_commitment_body_after_an_inserted_reporting_clause_is_the_reporters():
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))]),
            "org:kpu": ("organization", "KPU", [("s2", (8,))])}
    doc = document(EARLIER, P["DIA_MELANJUTKAN"], entities=ents)
    assert {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s2"} == {"person:baehaqi", "org:kpu"}


def test_commitment_count_as_the_object_of_an_act_is_no_statistic():
    ents = {"org:polres": ("organization", "Polres", [("s1", (1,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(P["COUNT_OBJECT"], entities=ents))}
    assert got == {("org:polres", "security-order")}


def test_commitment_fallback_actor_coordinates_with_the_bersama_partners():
    """'..., kata Mutia, saat melakukan rapat koordinasi bersama Forkopimda': Mutia coordinates; the
    forum she meets is the partner of her coordination, not a coordinator of its own."""
    ents = {"person:mutia": ("person", "Mutia", [("s1", (7,))]),
            "org:forkopimda": ("organization", "Forkopimda", [("s1", (14,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(P["FALLBACK_BERSAMA"], entities=ents))}
    assert got == {("person:mutia", "interagency-coordination")}


def test_commitment_relative_clause_beside_a_first_person_subject_describes_it():
    ents = {"org:tni": ("organization", "TNI", [("s1", (3,))]),
            "person:iqbal": ("person", "Iqbal", [("s1", (15,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(P["KITA_YANG"], entities=ents))}
    assert got == {("person:iqbal", "security-order")}


def test_commitment_a_bodys_request_in_a_persons_report_stays_the_bodys_too():
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))]),
            "org:bawaslu": ("organization", "Bawaslu", [("s2", (4,))])}
    doc = document(EARLIER, P["REPORTED_REQUEST"], entities=ents)
    got = {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s2"}
    assert "org:bawaslu" in got


def test_commitment_hope_for_others_is_the_speakers_appeal():
    """ "Saya berharap semua anggota sekretariat PPS saat ini bisa melakukan koordinasi," (a KPU
    head): the members hoped for are addressed; the speaker appeals."""
    ents = {"org:pps": ("organization", "PPS", [("s1", (5,))]),
            "person:okta": ("person", "Okta", [("s1", (12,))])}
    found = {(a.arg("actor"), a.arg("topic"), a.arg("kind")) for a in commitment.fn(document(P["HOPE_FOR"], entities=ents))}
    assert found == {("person:okta", "interagency-coordination", "appeal")}


@pytest.mark.parametrize("second, topics", [
    # a list with no verb after the sentence before reports no act of its actor: "Apel pasukan dipimpin
    # Kapolres ... dan dihadiri ... Dandim 1704/" + "Mappi ..., pimpinan OPD, tokoh agama, tokoh adat"
    ("ATTENDEES", {"security-order"}),
    # one that says it lists what the sentence before named goes on: "Di antaranya ..."
    ("ATTENDEES_LISTED", {"security-order", "conflict-prevention"}),
])
def test_commitment_verbless_list_carries_no_actor(second, topics):
    ents = {"person:budi": ("person", "Budi", [("s1", (1,))])}
    doc = document(P["APEL"], P[second], entities=ents)
    assert {a.arg("topic") for a in commitment.fn(doc)} == topics


def test_commitment_body_in_a_persons_quotation_is_his_stance_too():
    """ "“Polda Sultra bersama TNI ... siap mengamankan setiap tahapan Pilkada,” kata Kapolda": the
    body pledges and the official voices it (as outside quotations: "Listyo mengatakan Polri ...")."""
    ents = {"org:polda": ("organization", "Polda", [("s1", (2,))]),
            "person:andap": ("person", "Andap", [("s1", (9,))])}
    found = {a.arg("actor") for a in commitment.fn(document(P["QUOTE_BODY"], entities=ents))
             if a.arg("topic") == "security-order"}
    assert found == {"person:andap", "org:polda"}


@pytest.mark.parametrize("block, n", [
    # when the statement was made is no stance: "..., kata Alex diwawancarai awak media usai mengawasi
    # jalannya kampanye salah satu Paslon"
    ("SPOKEN_AFTER", 0),
    ("SPOKEN_WHILE", 1),   # who he is (a relative clause on the speaker) still acts
])
def test_commitment_time_of_speaking_is_no_stance(block, n):
    ents = {"person:alex": ("person", "Alex", [("s1", (5,))])}
    assert len(list(commitment.fn(document(P[block], entities=ents)))) == n


@pytest.mark.parametrize("blocks_, topics", [
    # a sanction right after a rule enforces the rule: "... tidak boleh menggunakan kekuasaannya ..." then
    # ""Akan ditindak tegas sesuai dengan peraturan yang berlaku," pungkasnya"
    (("BUDI", "SANCTION"), {"asn-neutrality"}),
    (("SANCTION",), {"election-oversight"}),   # with no rule before it is oversight
])
def test_commitment_sanction_takes_the_rule_before(blocks_, topics):
    ents = {"person:budi": ("person", "Budi", [("s1", (1, 2)), ("s2", (9,))])}
    doc = document(*(P[b] for b in blocks_), entities=ents)
    assert {a.arg("topic") for a in commitment.fn(doc)} == topics


def test_commitment_agent_between_dateline_and_verb_with_listed_partners():
    """ "jpnn.com, JAKARTA - Menteri Koordinator Politik Hukum dan Keamanan Wiranto memimpin rapat
    koordinasi lintas sektoral bersama Bawaslu, Polri, TNI, Kementerian Dalam Negeri, dan sejumlah
    instansi": the parser made the dateline the subject and broke the title chain at "dan"; the person
    named between the dash and the verb leads; the serial list after "bersama" is whom he coordinates
    with, all of it (no coordinators of their own)."""
    ents = {"person:wiranto": ("person", "Wiranto", [("s1", (6,))]),
            "org:bawaslu": ("organization", "Bawaslu", [("s1", (11,))]),
            "org:polri": ("organization", "Polri", [("s1", (13,))]),
            "org:tni": ("organization", "TNI", [("s1", (16,))])}
    doc = document(P["DATELINE_BROKEN_TITLE"], entities=ents)
    assert {a.arg("actor") for a in commitment.fn(doc) if a.arg("topic") == "interagency-coordination"} \
        == {"person:wiranto"}


def test_commitment_passive_reporting_opener_gives_the_reporter():
    """ "Ditegaskannya, kepolisian selalu berkoordinasi dan bekerjasama dengan penyelenggara": the -nya of
    a sentence-opening passive reporting verb is the person named last, who voices what the police do."""
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))]),
            "org:polres": ("organization", "Polres", [("s0", (1,))], [("parent", "org:polri")]),
            "org:kpu": ("organization", "KPU", [("s2", (8,))])}
    got = {a.arg("actor") for a in commitment.fn(document(P["EARLIER"], P["SAID_BY"], entities=ents))}
    assert "person:baehaqi" in got


def test_commitment_first_person_in_indirect_speech_is_the_reporter():
    """ "Menyikapi kegiatan tersebut Dandim 0824/Jember Letkol Inf Rahmat Cahyo Dinarso dalam konfirmasinya
    menyatakan, saya sangat mendukung ... netralitas aparat": no quotation marks, and the parser gave the
    reporting verb no subject; "saya" is the person named before it."""
    ents = {"person:budi": ("person", "Budi", [("s1", (3,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(P["INDIRECT_FIRST"], entities=ents))}
    assert got == {("person:budi", "asn-neutrality")}


def test_commitment_what_a_body_gives_priority_to():
    """ "... distribusi logistik menjadi prioritas KPU Sekadau": the body whose priority it is acts."""
    ents = {"org:kpu": ("organization", "KPU", [("s1", (5,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(P["PRIORITY"], entities=ents))}
    assert got == {("org:kpu", "election-logistics")}


def test_commitment_agent_after_a_dateline_the_parser_made_the_root():
    """ "Batang (ANTARA) - Badan Pengawas Pemilu (Bawaslu) Kabupaten Batang, Jawa Tengah, bersama camat dan
    kepala desa/lurah menyelenggarakan deklarasi netralitas": the dateline place is the root; the body
    named between the dash and the first verb acts."""
    ents = {"org:bawaslu": ("organization", "Bawaslu", [("s1", (6,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(P["DATELINE_ROOT"], entities=ents))}
    assert got == {("org:bawaslu", "asn-neutrality")}


def test_commitment_sanction_with_no_doer_still_goes_on_with_the_rule():
    """ "... anggota Polri dilarang keras untuk terlibat dalam politik praktis." "Jika ... oknum polisi ...
    yang diketahui terlibat, maka akan disanksi tegas." "“Yang terlibat itu akan diperiksa dan akan
    dikenai sanksi yang tegas,” tutupnya.": the third sanction still enforces the neutrality rule."""
    ents = {"person:budi": ("person", "Budi", [("s1", (1, 2)), ("s3", (9,))])}
    doc = document(P["BUDI"], P["SANCTION_UNNAMED"], P["SANCTION_AFTER"], entities=ents)
    assert {a.arg("topic") for a in commitment.fn(doc)} == {"asn-neutrality"}


_MURTALA = {"person:murtala": ("person", "Murtala", [("s1", (1,))])}
_SAYS_NEUTRAL = """
Murtala|PROPN||2|nsubj menegaskan|VERB||0|root ASN|PROPN||5|nsubj harus|AUX||5|aux netral|ADJ||2|ccomp
.|PUNCT||2|punct"""


@pytest.mark.parametrize("agent, carried", [("", True), ("oleh|ADP||10|case warga|NOUN||3|obl:agent", False)])
def test_commitment_the_addressed_of_a_passive_request_is_no_actor(agent, carried):
    """ "Murtala menegaskan ASN harus netral. ASN juga diminta untuk menolak praktik politik uang.": the
    asked are the subject of "diminta"; who asks is who spoke before (an agent named with "oleh" asks)."""
    s2 = sentence("s2", f"""
ASN|PROPN||3|nsubj:pass juga|ADV||3|advmod diminta|VERB||0|root untuk|SCONJ||5|mark menolak|VERB||3|xcomp
praktik|NOUN||5|obj politik|NOUN||6|nmod uang|NOUN||7|nmod {agent} .|PUNCT||3|punct""", paragraph=1)
    doc = document(sentence("s1", _SAYS_NEUTRAL, paragraph=1), s2, entities=_MURTALA)
    got = {(c.arg("actor"), c.arg("topic")) for c in commitment.fn(doc)}
    assert (("person:murtala", "money-politics") in got) is carried


@pytest.mark.parametrize("verb, n", [("mempersiapkan", 1), ("menghitung", 0)])
def test_commitment_a_count_prepared_is_an_act(verb, n):
    """ "Polda Sulsel juga telah mempersiapkan sebanyak 12.145 personel untuk antisipasi pengamanan": a
    count prepared is deployed (as "mengerahkan sebanyak 786 personel"); a count counted is a statistic."""
    s1 = sentence("s1", f"""
Polda|PROPN||5|nsubj Sulsel|PROPN||1|flat:name juga|ADV||5|advmod kini|ADV||5|advmod {verb}|VERB||0|root
sebanyak|ADV||7|advmod 12.145|NUM||8|nummod personel|NOUN||5|obj untuk|ADP||10|case pengamanan|NOUN||5|obl
.|PUNCT||5|punct""")
    doc = document(s1, entities={"org:polda": ("organization", "Polda Sulsel", [("s1", (1, 2))])})
    assert len([a for a in commitment.fn(doc) if a.arg("topic") == "security-order"]) == n


_HOAX_ACCOUNT = """
Ternate|PROPN||11|nsubj:pass –|PUNCT||1|punct Salah|ADJ||4|advmod satu|NUM||5|nummod akun|NOUN||11|nsubj:pass
Facebook|PROPN||5|nmod atas|ADP||8|case nama|NOUN||5|nmod Sibela|PROPN||8|nmod Ali|PROPN||9|flat:name
diduga|VERB||0|root menyebar|VERB||11|ccomp hoaks|ADJ||12|xcomp .|PUNCT||11|punct"""
_ARREST = """
Polisi|NOUN||2|nsubj menangkap|VERB||0|root pelaku|NOUN||2|obj yang|PRON||5|nsubj:pass diduga|VERB||3|acl:relcl
menyebar|VERB||5|ccomp hoaks|ADJ||6|xcomp .|PUNCT||2|punct"""


@pytest.mark.parametrize("tokens, actor, n", [
    # "Salah satu akun Facebook atas nama Sibela Ali diduga menyebar hoaks": the accused takes no stance
    (_HOAX_ACCOUNT, ("Sibela", "s1", (9, 10)), 0),
    # ... but the accusation describing whom the police arrest leaves the police's act
    (_ARREST, ("Polisi", "s1", (1,)), 1),
])
def test_commitment_the_accused_takes_no_stance(tokens, actor, n):
    name, sid, ids = actor
    kind = "person" if name == "Sibela" else "organization"
    doc = document(sentence("s1", tokens), entities={f"x:{name.lower()}": (kind, name, [(sid, ids)])})
    assert len([a for a in commitment.fn(doc) if a.arg("topic") == "disinformation"]) == n


def test_commitment_a_relative_clause_describing_the_object_is_no_stance():
    """ "Kami terus mengawasi kampanye yang bisa merusak ketertiban umum": the campaigns are overseen;
    the order they could disturb says which, it is no security stance of the overseer's."""
    s1 = sentence("s1", """
Daini|PROPN||2|nsubj mengawasi|VERB||0|root kampanye|NOUN||2|obj yang|PRON||6|nsubj bisa|AUX||6|aux
merusak|VERB||3|acl:relcl ketertiban|NOUN||6|obj umum|ADJ||7|amod .|PUNCT||2|punct""")
    doc = document(s1, entities={"person:daini": ("person", "Daini", [("s1", (1,))])})
    assert {a.arg("topic") for a in commitment.fn(doc)} == {"election-oversight"}


def test_commitment_a_second_act_of_its_own_keeps_its_topic():
    s1 = sentence("s1", """
Daini|PROPN||2|nsubj mengawasi|VERB||0|root kampanye|NOUN||2|obj dan|CCONJ||5|cc menjaga|VERB||2|conj
ketertiban|NOUN||5|obj umum|ADJ||6|amod .|PUNCT||2|punct""")
    doc = document(s1, entities={"person:daini": ("person", "Daini", [("s1", (1,))])})
    assert {a.arg("topic") for a in commitment.fn(doc)} == {"election-oversight", "security-order"}


def test_commitment_a_wish_for_a_safe_election_is_no_stance():
    """ "Mudah-mudahan pelaksanaan pilkada besok dapat berjalan dengan aman dan damai": a wish, though
    "berjalan dengan aman" is a strong cue elsewhere."""
    s1 = sentence("s1", """
Mudah-mudahan|ADV||4|advmod pilkada|NOUN||4|nsubj dapat|AUX||4|aux berjalan|VERB||0|root dengan|ADP||6|case
aman|ADJ||4|obl dan|CCONJ||8|cc damai|ADJ||6|conj .|PUNCT||4|punct""")
    doc = document(sentence("s0", "Heriansyah|PROPN||2|nsubj berkata|VERB||0|root .|PUNCT||2|punct"), s1,
                   entities={"person:heriansyah": ("person", "Heriansyah", [("s0", (1,))])})
    assert [a for a in commitment.fn(doc) if a.provenance.sent_id == "s1"] == []


PATROL = P["PATROL"]
MONITORING = P["MONITORING"]


@pytest.mark.parametrize("name, topic", [
    ("Bawaslu Kota Denpasar", "election-oversight"),   # an overseer's patrol oversees the election
    ("Polres Nunukan", "security-order"),              # the police's keeps order
])
def test_commitment_patrol_topic_follows_the_doer(name, topic):
    """'Bawaslu Kota Denpasar ... melaksanakan patroli dimasa tenang untuk mencegah terjadinya politik uang'."""
    doc = document(PATROL, entities={"org:x": ("organization", name, [("s1", (1,))])})
    assert {a.arg("topic") for a in commitment.fn(doc)} == {topic}


@pytest.mark.parametrize("name, kind, topics", [
    ("Bawaslu Papua", "organization", {"election-oversight"}),   # an overseer monitors: oversight
    ("Ramses", "person", set()),                                 # a governor's field visit oversees nothing
])
def test_commitment_monitoring_is_oversight_by_an_overseer_only(name, kind, topics):
    """'Pj. Gubernur Papua ... akan melakukan pemantauan lapangan sehari sebelum pemungutan suara'."""
    doc = document(MONITORING, entities={"x:x": (kind, name, [("s1", (1, 2))])})
    assert {a.arg("topic") for a in commitment.fn(doc)} == topics


def test_commitment_monitoring_by_the_overseers_official():
    """The person speaks for the body in his title: 'Ketua Bawaslu Rohil Zubaedah'."""
    official = {"person:z": ("person", "Zubaedah", [("s1", (4,))]),
                "org:b": ("organization", "Bawaslu Rohil", [("s1", (2, 3))])}
    doc = document(P["MONITORING_OFFICIAL"], entities=official)
    assert {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)} == {("person:z", "election-oversight")}
    official["org:b"] = ("organization", "Polres Rohil", [("s1", (2, 3))])
    assert not list(commitment.fn(document(P["MONITORING_OFFICIAL"], entities=official)))


def test_commitment_acting_together_with_a_body_is_coordination():
    """'kami bersama dengan Pemkab dalam hal ini Satpol PP sudah menurunkan alat peraga': both take down
    the banners; the one who acts with the other coordinates, the partner named after the cue does not."""
    doc = document(P["JOINING"], entities={"org:bawaslu": ("organization", "Bawaslu", [("s1", (1,))]),
                                           "org:pemkab": ("organization", "Pemkab", [("s1", (4,))])})
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)}
    assert ("org:bawaslu", "interagency-coordination") in got
    assert ("org:pemkab", "interagency-coordination") not in got
    assert ("org:pemkab", "campaign-rules") in got


def test_commitment_meeting_partners_are_no_coordinators():
    """'Forkopimda ... mengadakan rapat koordinasi bersama Tim Kewaspadaan Dini': the team is met."""
    doc = document(P["MEETING_PARTNERS"], entities={
        "org:f": ("organization", "Forkopimda", [("s1", (1,))]),
        "org:t": ("organization", "Tim Kewaspadaan Dini", [("s1", (6, 7, 8))])})
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)}
    assert ("org:f", "interagency-coordination") in got
    assert ("org:t", "interagency-coordination") not in got

def test_commitment_dirinya_is_the_person_named_before():
    # "Namun dirinya memastikan ... netralitas ASN": "diri" + "-nya" is "he", as "ia" is
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))])}
    doc = document(EARLIER, P["DIRINYA"], entities=ents)
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)}
    assert got == {("person:baehaqi", "asn-neutrality")}


def test_commitment_bersama_partners_end_where_a_clause_opens():
    """ "Bawaslu Provinsi Jawa Timur melaksanakan rapat koordinasi bersama 19 Bawaslu Kabupaten/Kota yang
    akan menyelenggarakan Pilkada untuk mempersiapkan pembentukan Sentra Gakkumdu": the partners are the
    listed bodies; the Gakkumdu to be formed, inside the relative clause, is no partner. (A coordination
    cue's partners are its objects, so the case is built on an outreach act, whose partners act too.)"""
    ents = {"org:bawaslu": ("organization", "Bawaslu", [("s1", (1,))]),
            "org:panwaslu": ("organization", "Panwaslu", [("s1", (6,))]),
            "org:gakkumdu": ("organization", "Gakkumdu", [("s1", (14,))])}
    got = {a.arg("actor") for a in commitment.fn(document(P["BERSAMA_RELATIVE"], entities=ents))
           if a.arg("topic") == "public-outreach"}
    assert got == {"org:bawaslu", "org:panwaslu"}


def test_commitment_subject_of_a_wished_clause_is_addressed():
    """ "Dibentuknya tim ini agar Badan Kesbangpol bisa melaksanakan tugas deteksi ...": what an "agar"
    clause wants of its subject is the stance of whoever wants it, not the subject's own act."""
    ents = {"person:budi": ("person", "Budi", [("s1", (1,))]),
            "org:bawaslu": ("organization", "Bawaslu", [("s1", (5,))])}
    got = {a.arg("actor") for a in commitment.fn(document(P["AGAR_BODY"], entities=ents))}
    assert got == {"person:budi"}


def test_commitment_pihaknya_of_a_title_and_a_name_both_subjects_is_the_person():
    """ "Ketua Badan Permusyawaratan Desa (BPD) Sambak, Fuad Hasan mengungkapkan, pihaknya menyadari politik
    uang adalah sebuah penyakit": the parser made the title and the name two subjects of the reporting
    verb; the official voicing the stance is the actor (README), not the body of his title."""
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))]),
            "org:bpd": ("organization", "BPD", [("s2", (2,))]),
            "person:fuad": ("person", "Fuad", [("s2", (4,))])}
    got = {a.arg("actor") for a in commitment.fn(document(EARLIER, P["TWO_SUBJECTS_PIHAKNYA"], entities=ents))}
    assert got == {"person:fuad"}


def test_commitment_supervising_what_another_topic_names_is_that_topic():
    """'Personil Polsek Duren Sawit melaksanakan pengawasan sekaligus pengamanan pendistribusian
    logistik': the police supervise the logistics, they oversee no election; an overseer does."""
    s1 = sentence("s1", """
Polsek|PROPN||2|nsubj melaksanakan|VERB||0|root pengawasan|NOUN||2|obj sekaligus|ADV||5|advmod
pengamanan|NOUN||3|conj pendistribusian|NOUN||5|nmod logistik|NOUN||6|compound .|PUNCT||2|punct""")
    for name, topics in (("Polsek Duren Sawit", {"election-logistics"}),
                         ("Bawaslu Jakarta Timur", {"election-logistics", "election-oversight"})):
        doc = document(s1, entities={"org:x": ("organization", name, [("s1", (1,))])})
        assert {a.arg("topic") for a in commitment.fn(doc)} == topics


def test_commitment_what_a_victim_was_doing_is_no_stance():
    """ "almarhum terserempet kendaraan roda empat ketika membantu proses pendistribusian logistik": the
    accident's circumstance; no one takes a stance on the logistics."""
    s1 = sentence("s1", """
Almarhum|NOUN||2|nsubj terserempet|VERB||0|root kendaraan|NOUN||2|obl ketika|SCONJ||5|mark
membantu|VERB||2|advcl proses|NOUN||5|obj pendistribusian|NOUN||6|nmod logistik|NOUN||7|compound .|PUNCT||2|punct""")
    doc = document(s1, entities={"person:dika": ("person", "Dika", [("s1", (1,))])})
    assert not list(commitment.fn(doc))
    acting = sentence("s1", """
Dika|PROPN||2|nsubj membantu|VERB||0|root proses|NOUN||2|obj pendistribusian|NOUN||3|nmod
logistik|NOUN||4|compound .|PUNCT||2|punct""")
    doc = document(acting, entities={"person:dika": ("person", "Dika", [("s1", (1,))])})
    assert {a.arg("topic") for a in commitment.fn(doc)} == {"election-logistics"}


def test_commitment_a_follow_up_of_a_directive_is_no_oversight():
    """ "Made Rentin mengungkapkan bahwa rapat kali ini merupakan tindak lanjut dari arahan kemarin": a
    follow-up is oversight only as a stance ('Bawaslu akan menindaklanjuti laporan masyarakat')."""
    ents = {"person:m": ("person", "Made", [("s1", (1,))])}
    s1 = sentence("s1", """
Made|PROPN||2|nsubj mengungkapkan|VERB||0|root bahwa|SCONJ||6|mark rapat|NOUN||6|nsubj ini|DET||4|det
merupakan|VERB||2|ccomp tindak|NOUN||6|obj lanjut|NOUN||7|compound dari|ADP||10|case arahan|NOUN||7|nmod
.|PUNCT||2|punct""")
    assert not list(commitment.fn(document(s1, entities=ents)))
    s2 = sentence("s1", """
Made|PROPN||3|nsubj akan|AUX||3|aux menindaklanjuti|VERB||0|root laporan|NOUN||3|obj masyarakat|NOUN||4|nmod
.|PUNCT||3|punct""")
    assert {a.arg("topic") for a in commitment.fn(document(s2, entities=ents))} == {"election-oversight"}


@pytest.mark.parametrize("named_inside, expected", [
    (False, {"person:baehaqi"}),   # "Perwira Polri berpangkat melati dua itu menuturkan, ...": the person named before
    (True, {"person:budi"}),       # a description that names a person is no epithet
])
def test_commitment_epithet_subject_is_the_person_named_before(named_inside, expected):
    block = P["EPITHET_SUBJECT"]
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))]),
            "org:polri": ("organization", "Polri", [("s2", (2,))])}
    if named_inside:
        block = block.replace("2\tPolri\tpolri", "2\tBudi\tbudi")
        ents = {"person:baehaqi": ents["person:baehaqi"], "person:budi": ("person", "Budi", [("s2", (2,))])}
    got = {a.arg("actor") for a in commitment.fn(document(EARLIER, block, entities=ents))}
    assert got == expected


@pytest.mark.parametrize("rel, expected", [
    ("flat:name", {"person:budi"}),   # "Ketua Banggar DPR RI yang juga Ketua DPD ... Said Abdullah berharap": the name
    ("conj", {"org:dpr"}),            # the last item of a list is not the subject's name
])
def test_commitment_name_closing_a_title_subject(rel, expected):
    ents = {"org:dpr": ("organization", "DPR", [("s1", (3,))]),
            "person:budi": ("person", "Budi", [("s1", (8,))])}
    block = P["TITLE_ALSO_TITLE"].replace("8\tBudi\tbudi\tPROPN\t_\t_\t7\tflat:name", f"8\tBudi\tbudi\tPROPN\t_\t_\t7\t{rel}")
    got = {a.arg("actor") for a in commitment.fn(document(block, entities=ents))}
    assert got == expected


def test_commitment_relative_clause_on_those_addressed_gives_no_actor():
    """ "Said juga mengimbau kepada kader, simpatisan PDIP dan masyarakat yang ada di Jawa Timur untuk siaga
    dan mengawasi pemilu": the parser hung the purpose under the relative clause of the addressees; its
    "yang" is those addressed, the one who appeals is the actor."""
    ents = {"person:said": ("person", "Said", [("s1", (1,))]),
            "org:pdip": ("organization", "PDIP", [("s1", (5,))])}
    got = {a.arg("actor") for a in commitment.fn(document(P["KEPADA_RELATIVE"], entities=ents))}
    assert got == {"person:said"}


def test_commitment_epithet_subject_with_an_adverb_before_the_verb():
    # "Ketua PAC PDI Perjuangan ini juga menekankan ...": "juga" between the demonstrative and the verb
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))]),
            "org:polri": ("organization", "Polri", [("s2", (2,))])}
    words = "Perwira|PROPN|O|3|nsubj Polri|PROPN|O|1|flat:name berpangkat|VERB|O|0|root itu|DET|O|3|obj " \
            "juga|ADV|O|6|advmod menekankan|VERB|O|3|advcl masyarakat|NOUN|O|9|nsubj harus|AUX|O|9|aux " \
            "menolak|VERB|O|6|ccomp hoaks|NOUN|O|9|obj .|PUNCT|O|3|punct"
    doc = document(EARLIER, sentence("s2", words, paragraph=2), entities=ents)
    assert {a.arg("actor") for a in commitment.fn(doc)} == {"person:baehaqi"}


@pytest.mark.parametrize("copula, expected", [
    ("adalah", set()),               # "Sentra Gakkumdu adalah pusat aktivitas penegakan hukum ...": what it is
    ("melakukan", {"org:gakkumdu"}),  # a verb there: the body acts
])
def test_commitment_definition_of_a_body_is_no_stance(copula, expected):
    block = P["DEFINITION"]
    if copula != "adalah":
        block = block.replace("2\tadalah\tadalah\tAUX\t_\t_\t3\tcop", f"2\t{copula}\t{copula}\tVERB\t_\t_\t0\troot") \
                     .replace("1\tGakkumdu\tgakkumdu\tPROPN\t_\t_\t3\tnsubj", "1\tGakkumdu\tgakkumdu\tPROPN\t_\t_\t2\tnsubj") \
                     .replace("3\tpusat\tpusat\tNOUN\t_\t_\t0\troot", "3\tpusat\tpusat\tNOUN\t_\t_\t2\tobj")
    ents = {"org:gakkumdu": ("organization", "Gakkumdu", [("s1", (1,))])}
    got = {a.arg("actor") for a in commitment.fn(document(block, entities=ents))}
    assert got == expected


@pytest.mark.parametrize("named, expected", [
    (True, {"org:polri"}),   # "Ia juga memastikan jajaran kepolisian akan selalu mengawasi ...": Polri, named before
    (False, set()),          # no force named: nobody
])
def test_commitment_group_of_the_police_is_the_force_named(named, expected):
    ents = {"person:baehaqi": ("person", "Baehaqi", [("s1", (1,))])}
    first = P["EARLIER"]
    if named:
        first = sentence("s1", "Polri|PROPN|O|2|nsubj berbicara|VERB|O|0|root .|PUNCT|O|2|punct")
        ents = {"org:polri": ("organization", "Polri", [("s1", (1,))])}
    got = {a.arg("actor") for a in commitment.fn(document(first, P["GROUP_OF_FORCE"], entities=ents))
           if a.provenance.sent_id == "s2"}
    assert got == expected


def test_commitment_acting_bersama_a_named_body_is_coordination():
    """'Kepolisian Resor Seruyan, Kalimantan Tengah bersama Kodim 1015 Sampit menggelar apel pasukan':
    the body that acts with another coordinates with it; the partner keeps the act's own topic."""
    ents = {"org:polres": ("organization", "Polres", [("s1", (1,))]),
            "org:kodim": ("organization", "Kodim", [("s1", (3,))])}
    got = {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(document(P["JOINING_BARE"], entities=ents))}
    assert ("org:polres", "interagency-coordination") in got
    assert ("org:kodim", "interagency-coordination") not in got


def test_commitment_witnessing_with_a_body_is_no_coordination():
    """'Wakil Bupati Sukabumi Adjo Sarjono bersama Forkopimda, menyaksikan secara virtual': attending."""
    ents = {"person:adjo": ("person", "Adjo", [("s1", (1,))]),
            "org:f": ("organization", "Forkopimda", [("s1", (3,))])}
    assert not list(commitment.fn(document(P["WITNESSING"], entities=ents)))


DIVISION = P["DIVISION"]


def test_commitment_division_name_is_no_cue():
    """A KPU division in a post title ("Divisi Sosialisasi, Pendidikan Pemilih dan Partisipasi
    Masyarakat") names the post: neither outreach nor turnout; the act is the TPS prepared."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (14, 15))]),
            "org:kpu": ("organization", "KPU Kabupaten Bantul", [("s1", (2, 3, 4))])}
    found = list(commitment.fn(document(DIVISION, entities=ents)))
    assert {a.arg("topic") for a in found} == {"election-logistics"}


EXCEPTION = P["EXCEPTION"]


def test_commitment_exception_is_no_stance():
    """What "kecuali" exempts from a rule is no stance of its own: "ASN dilarang berpihak ..., kecuali
    saat menggunakan hak pilih di bilik suara" is neutrality only (no turnout, no ballot booths)."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    found = list(commitment.fn(document(EXCEPTION, entities=ents)))
    assert {a.arg("topic") for a in found} == {"asn-neutrality"}


BASIS = P["BASIS"]


def test_commitment_basis_is_no_topic():
    """What an act is based on ("berdasarkan jumlah Daftar Pemilih Tetap (DPT)") is not what it is
    about: the ballots ordered are logistics; nobody takes up the voter list."""
    ents = {"org:kpu-riau": ("organization", "KPU Riau", [("s1", (1, 2))])}
    found = list(commitment.fn(document(BASIS, entities=ents)))
    assert {a.arg("topic") for a in found} == {"election-logistics"}


HELPED = P["HELPED"]


def test_commitment_helpers_act_too():
    """Bodies named as helping ("yang dikawal oleh Polres Sleman dan Kodim Sleman") act with the doer:
    the escort of the ballots is their logistics work too."""
    ents = {"org:kpu": ("organization", "KPU Sleman", [("s1", (1, 2))]),
            "org:polres": ("organization", "Polres Sleman", [("s1", (14, 15))]),
            "org:kodim": ("organization", "Kodim Sleman", [("s1", (17, 18))])}
    found = list(commitment.fn(document(HELPED, entities=ents)))
    assert {(a.arg("actor"), a.arg("topic")) for a in found} == {
        ("org:kpu", "election-logistics"), ("org:polres", "election-logistics"), ("org:kodim", "election-logistics")}


BARE_RELATIVE = P["BARE_RELATIVE"]


def test_commitment_body_before_a_bare_relative_verb():
    """A verb without "yang" the parser hung as a relative clause on the body named before it, set off
    by a comma, a region closing the name: "..., Komisi Pemilihan Umum (KPU) Kabupaten Sleman Jawa
    Tengah, menggelar sosialisasi ..." is the KPU's outreach."""
    ents = {"org:kpu": ("organization", "KPU Kabupaten Sleman", [("s1", tuple(range(24, 32)))])}
    found = list(commitment.fn(document(BARE_RELATIVE, entities=ents)))
    assert {(a.arg("actor"), a.arg("topic")) for a in found} == {("org:kpu", "public-outreach")}


JOINT_TEAM = P["JOINT_TEAM"]


def test_commitment_joint_team_is_its_bodies():
    """A joint team ("Tim gabungan Satpol PP dan Bawaslu mencopot alat peraga kampanye") is the bodies
    it is made of: each takes the act."""
    ents = {"org:satpol": ("organization", "Satpol PP", [("s1", (3, 4))]),
            "org:bawaslu": ("organization", "Bawaslu", [("s1", (6,))])}
    found = list(commitment.fn(document(JOINT_TEAM, entities=ents)))
    assert {(a.arg("actor"), a.arg("topic")) for a in found} == {
        ("org:satpol", "campaign-rules"), ("org:bawaslu", "campaign-rules")}


HELPED_DOER = P["HELPED_DOER"]


def test_commitment_subject_of_a_passive_of_help_acts():
    """The subject of a passive of help does the act it governs, and the helper acts with it:
    "Panwaslu dibantu tim gabungan Satpol PP melakukan penertiban baliho"."""
    ents = {"org:panwaslu": ("organization", "Panwaslu", [("s1", (1,))]),
            "org:satpol": ("organization", "Satpol PP", [("s1", (5, 6))])}
    found = list(commitment.fn(document(HELPED_DOER, entities=ents)))
    assert {(a.arg("actor"), a.arg("topic")) for a in found} == {
        ("org:panwaslu", "campaign-rules"), ("org:satpol", "campaign-rules")}


BEFALLEN = P["BEFALLEN"]


def test_commitment_what_befell_officers_is_no_stance():
    """Telling what befell poll workers ("petugas KPPS itu kelelahan lalu dirawat di rumah sakit") with
    no stance word is news, not a commitment to their welfare."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert list(commitment.fn(document(BEFALLEN, entities=ents))) == []


@pytest.mark.parametrize("name, topics", [
    ("NOTHING_FOUND", set()),                 # "belum ditemukan pelanggaran kampanye": a report, no stance
    ("MADE_SURE_NONE", {"money-politics"}),   # "memastikan tidak ada politik uang": the act is the stance
    ("STATE_SAID", set()),                    # "situasi aman dan kondusif": how things are
    ("STATE_MADE", {"security-order"}),       # "menciptakan situasi aman dan kondusif": an act
    ("STATE_OF_CUE", set()),                  # "situasi keamanan masih kondusif": the cue is what the state is of
])
def test_commitment_observations_are_no_stance(name, topics):
    """What was found (or not) and the state things are in, reported with no stance word, are news: "Hingga
    saat ini belum ditemukan pelanggaran kampanye"; "situasi selama masa tenang aman dan kondusif"."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert {a.arg("topic") for a in commitment.fn(document(P[name], entities=ents))} == topics


@pytest.mark.parametrize("name, topics", [
    ("ATTENDEE_LIST", set()),               # "Polres menggelar apel yang dihadiri oleh Budi serta tim pengamanan"
    ("ATTENDED_AND_LED", {"security-order"}),   # "Budi hadir dan memimpin tim pengamanan": an act after it
])
def test_commitment_attendee_lists_are_no_stance(name, topics):
    """The guests listed after "dihadiri oleh" up to the next verb take no stance, wherever the parser hangs
    the list (README: attending is not a commitment)."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (7, 8) if name == "ATTENDEE_LIST" else (1, 2))]),
            "org:polres": ("organization", "Polres", [("s1", (1,))] if name == "ATTENDEE_LIST" else [])}
    assert {a.arg("topic") for a in commitment.fn(document(P[name], entities=ents))} == topics


@pytest.mark.parametrize("name, topics", [
    ("COPULA_JUDGES", {"interagency-coordination"}),   # "koordinasi adalah kunci keamanan": judges coordination
    ("COPULA_PLAIN", {"security-order"}),              # "tugas adalah kunci keamanan": no other topic judged
])
def test_commitment_copula_predicate_judges_its_subject(name, topics):
    """The predicate of a copula whose subject holds another topic's cue judges that topic: "Koordinasi yang
    baik antara Bawaslu, KPU, ... adalah kunci untuk menjamin kelancaran dan keamanan Pilkada"."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert {a.arg("topic") for a in commitment.fn(document(P[name], entities=ents))} == topics


@pytest.mark.parametrize("name, topics", [
    ("SUPERVISED_WORK", {"election-oversight"}),                    # the shipping is the KPU's work
    ("SUPERVISED_RULE", {"election-oversight", "asn-neutrality"}),  # a rule kept is the overseer's too
])
def test_commitment_overseer_supervising_work_is_oversight(name, topics):
    """"Bawaslu Provinsi Papua terus mengawasi pergeseran logistik": an overseer supervising another body's
    work takes up oversight, not the work's topic."""
    ents = {"org:bawaslu": ("organization", "Bawaslu Kabupaten Sleman", [("s1", (1,))])}
    assert {a.arg("topic") for a in commitment.fn(document(P[name], entities=ents))} == topics


@pytest.mark.parametrize("name", ["NONE_FILED", "NONE_FILED_ADVCL"])
def test_commitment_nobody_filing_is_news(name):
    """"tidak ada pasangan calon yang mengajukan permohonan Perselisihan Hasil Pemilihan" reports that nothing
    happened, through the relative clause on what did not occur; the parser may hang the unmarked clause
    under the speech verb as an adverbial one."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert list(commitment.fn(document(P[name], entities=ents))) == []


def test_commitment_body_addressed_by_a_need_is_no_actor():
    """"Forkopimda Kota Madiun dan jajarannya perlu meningkatkan kewaspadaan ...": the body the need is put
    to is addressed, and the last-resort subject search does not make it the actor."""
    ents = {"org:polres": ("organization", "Polres Sleman", [("s1", (1,))])}
    assert list(commitment.fn(document(P["ADDRESSED_BODY"], entities=ents))) == []


@pytest.mark.parametrize("name, actors", [
    ("JOINT_BETWEEN", {"org:kpu", "org:bawaslu"}),   # "Kerja sama antara KPU dan Bawaslu terus diperkuat"
    ("JOINT_BETWEEN_ASKED", {"person:budi"}),        # "menekankan pentingnya kerja sama antara KPU dan Bawaslu"
])
def test_commitment_bodies_joined_after_antara_act(name, actors):
    """The bodies a joint noun lists after "antara" act when the joint work is what the clause reports, not
    when someone asks for it."""
    at = {"JOINT_BETWEEN": (4, 6), "JOINT_BETWEEN_ASKED": (8, 10)}[name]
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))] if name == "JOINT_BETWEEN_ASKED" else []),
            "org:kpu": ("organization", "KPU Kabupaten Sleman", [("s1", (at[0],))]),
            "org:bawaslu": ("organization", "Bawaslu Kabupaten Sleman", [("s1", (at[1],))])}
    found = [a for a in commitment.fn(document(P[name], entities=ents)) if a.arg("topic") == "interagency-coordination"]
    assert {a.arg("actor") for a in found} == actors


@pytest.mark.parametrize("name, topics", [
    ("ASSESS_FORECAST", set()),                # "menilai partisipasi pemilih akan meningkat": a forecast, a view
    ("ASSESS_NEED", {"election-oversight"}),   # "menilai pengawasan perlu ditingkatkan": finds a need
])
def test_commitment_an_assessment_counts_when_it_finds_a_need(name, topics):
    """A view ("menilai", "memprediksi", ...) is a stance only when it finds something needed."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert {a.arg("topic") for a in commitment.fn(document(P[name], entities=ents))} == topics


@pytest.mark.parametrize("name, pemkab_at, actors", [
    ("DATELINE_PLACE", 7, set()),              # "SINGARAJA - Seluruh ASN di lingkungan Pemkab diminta netral"
    ("DATELINE_AGENT", 3, {"org:pemkab"}),     # "SINGARAJA - Pemkab meminta ASN netral"
])
def test_commitment_body_in_a_place_phrase_after_a_dateline_is_no_actor(name, pemkab_at, actors):
    """The body named after a dateline acts, unless it only places the one addressed ("di lingkungan ...")."""
    ents = {"org:pemkab": ("organization", "Pemkab Buleleng", [("s1", (pemkab_at,))])}
    assert {a.arg("actor") for a in commitment.fn(document(P[name], entities=ents))} == actors


@pytest.mark.parametrize("own, actors", [
    ("org:bawaslu", {"org:kpu"}),                   # the Bawaslu chair reports the KPU's act: the KPU's alone
    ("org:kpu", {"org:kpu", "person:budi"}),        # the KPU chair reports his own body's act: both
])
def test_commitment_reporting_another_bodys_act_is_no_stance(own, actors):
    """"Dia menjelaskan bahwa ..., KPU Kabupaten Jayapura telah melakukan pergeseran logistik" (the chair of
    Bawaslu Papua): a person reporting another body's act voices no stance of his own."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (3, 4))]),
            "org:kpu": ("organization", "KPU Kabupaten Sleman", [("s1", (6,))] + ([("s1", (2,))] if own == "org:kpu" else []))}
    if own == "org:bawaslu":
        ents["org:bawaslu"] = ("organization", "Bawaslu Kabupaten Sleman", [("s1", (2,))])
    found = [a for a in commitment.fn(document(P["REPORTS_OTHER_BODY"], entities=ents))
             if a.arg("topic") == "election-logistics"]
    assert {a.arg("actor") for a in found} == actors


_SAID = "Budi|PROPN|B-PER|3|nsubj Santoso|PROPN|E-PER|1|flat:name mengatakan|VERB||0|root pemilu|NOUN||5|nsubj " \
        "penting|ADJ||3|ccomp .|PUNCT||3|punct"


@pytest.mark.parametrize("urge, actors", [
    ("segera|ADV||6|advmod ", {"person:budi"}),   # "Jika menemukan pelanggaran, segera laporkan": bids the readers
    ("", set()),                                   # no word that bids: nobody named, nobody carried over
])
def test_commitment_a_bid_in_the_next_paragraph_is_the_speakers(urge, actors):
    """News writes one sentence of indirect speech per paragraph: a sentence with no subject that bids its
    readers goes on with the speaker of the paragraph before."""
    bid = "Jika|SCONJ||2|mark menemukan|VERB||6|advcl pelanggaran|NOUN||2|obj ,|PUNCT||2|punct " + urge + \
          "laporkan|VERB||0|root .|PUNCT||6|punct"
    if not urge:
        bid = bid.replace("||6|", "||5|")
    doc = document(sentence("s1", _SAID, paragraph=1), sentence("s2", bid, paragraph=2),
                   entities={"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])})
    assert {a.arg("actor") for a in commitment.fn(doc)} == actors


@pytest.mark.parametrize("name, kinds", [
    ("TURNOUT_FIGURE", set()),        # "mengatakan ... angka partisipasi pemilih mencapai 74 persen": a figure
    ("TURNOUT_HOPED", {"target"}),    # "berharap angka partisipasi pemilih mencapai 74 persen": a target
])
def test_commitment_a_turnout_figure_reported_is_no_target(name, kinds):
    """A percentage beside turnout is a target only with a word that sets or hopes for it: "pada Pilgub Jabar
    sebelumnya angka partisipasi pemilih mencapai 74 persen" reports a result."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert {a.arg("kind") for a in commitment.fn(document(P[name], entities=ents))} == kinds


@pytest.mark.parametrize("name, n", [
    ("COUNT_RELATIVE_MODAL", 0),   # "terdapat 700 pemilih yang akan menunggu di 30 TPS": a count
    ("NO_COUNT_MODAL", 1),         # "700 pemilih akan menunggu di 30 TPS": no count word, the modal stands
])
def test_commitment_a_modal_in_a_relative_clause_leaves_a_count(name, n):
    """"terdapat 727.835 pemilih yang akan memberikan suara mereka di Papua, dengan total 3.109 TPS": the
    "akan" describes the voters counted; the count is no pledge."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert len(list(commitment.fn(document(P[name], entities=ents)))) == n


def test_commitment_a_need_put_to_a_body_is_the_speakers():
    """"Oleh karena itu, Forkopimda Kota Madiun dan jajarannya perlu meningkatkan kewaspadaan ...": the body
    a need is put to is addressed, not a subject of its own, and the speaker before goes on."""
    need = "Polres|PROPN|S-ORG|3|nsubj perlu|AUX||3|aux meningkatkan|VERB||0|root keamanan|NOUN||3|obj .|PUNCT||3|punct"
    doc = document(sentence("s1", _SAID, paragraph=1), sentence("s2", need, paragraph=2),
                   entities={"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))]),
                             "org:polres": ("organization", "Polres Sleman", [("s2", (1,))])})
    assert {(a.arg("actor"), a.arg("topic")) for a in commitment.fn(doc)} == {("person:budi", "security-order")}


def test_commitment_a_guest_is_no_partner():
    """"upacara pelepasan yang dihadiri oleh Pj Bupati Kediri, ..., bersama jajaran Komisioner KPU, Panitia
    Pemilihan Kecamatan (PPK), ...": those listed as guests take no part in the act."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (8, 9))]),
            "org:ppk": ("organization", "PPK", [("s1", (11,))])}
    assert list(commitment.fn(document(P["GUEST_PARTNER"], entities=ents))) == []


@pytest.mark.parametrize("name, topics", [
    ("PERIOD_JUDGED", set()),                 # "masa tenang menjadi masa tersibuk": the period named
    ("PERIOD_RULE", {"campaign-rules"}),      # "masa tenang harus steril": a rule kept
])
def test_commitment_the_quiet_period_named_is_no_rule(name, topics):
    """"Masa tenang ini bagi Bawaslu menjadi masa yang paling tidak tenang": a campaign period is its topic
    only with a stance word."""
    ents = {"person:budi": ("person", "Budi Santoso", [("s1", (1, 2))])}
    assert {a.arg("topic") for a in commitment.fn(document(P[name], entities=ents))} == topics
