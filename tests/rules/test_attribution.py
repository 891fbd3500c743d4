"""Attribution helpers on hand-built documents: who holds a title, whose "pihaknya" it is."""
from __future__ import annotations

import pytest
from parses import document, sentence

from kg.extract.entity_index import EntityIndex
from kg.model import Mention
from kg.rules.commitment import commitment
from kg.nlp.conllu import read_conllu
from kg.rules.support.syntax import Timeline, TitleHolders, is_passive_agent

# "Ketua KPU Budi hadir ." / "Ketua Bawaslu Imam hadir ." / "<Ketua KPU|Ketua Bawaslu|Ketua> mengingatkan netralitas ASN ."
_NAMED = "Ketua|NOUN|O|4|nsubj {body}|PROPN|O|1|nmod {name}|PROPN|O|1|appos hadir|VERB|O|0|root .|PUNCT|O|4|punct"
_LATER = "Ketua|NOUN|O|3|nsubj {body}|PROPN|O|1|nmod mengingatkan|VERB|O|0|root netralitas|NOUN|O|3|obj " \
         "ASN|PROPN|O|4|nmod .|PUNCT|O|3|punct"


def _doc(later_body: str, with_bawaslu_head: bool = True):
    blocks = [sentence("s1", _NAMED.format(body="KPU", name="Budi"), paragraph=1)]
    if with_bawaslu_head:
        blocks.append(sentence("s2", _NAMED.format(body="Bawaslu", name="Imam"), paragraph=2))
    blocks.append(sentence("s3", _LATER.format(body=later_body), paragraph=3))
    ents = {"person:budi": ("person", "Budi", [("s1", (3,))]),
            "org:kpu": ("organization", "KPU", [("s1", (2,)), ("s3", (2,))] if later_body == "KPU" else [("s1", (2,))])}
    if with_bawaslu_head:
        ents["person:imam"] = ("person", "Imam", [("s2", (3,))])
        ents["org:bawaslu"] = ("organization", "Bawaslu", [("s2", (2,))] + ([("s3", (2,))] if later_body == "Bawaslu" else []))
    elif later_body == "Bawaslu":
        ents["org:bawaslu"] = ("organization", "Bawaslu", [("s3", (2,))])
    doc = document(*blocks, entities=ents)
    sids = ["s1", "s2", "s3"] if with_bawaslu_head else ["s1", "s3"]
    titles = tuple(Mention(sid, (1,), "Ketua", "title") for sid in sids)
    persons = tuple(m for e in doc.entities if e.kind == "person" for m in e.mentions)
    return doc.__class__(**{**doc.__dict__, "mentions": titles + persons})


@pytest.mark.parametrize("later_body, with_bawaslu_head, expected", [
    ("KPU", True, "person:budi"),       # two Ketua named; the body after the title tells them apart
    ("Bawaslu", True, "person:imam"),
    ("Bawaslu", False, None),           # only KPU's Ketua named: "Ketua Bawaslu" is not his
])
def test_title_holder_is_told_apart_by_the_body_after_it(later_body, with_bawaslu_head, expected):
    doc = _doc(later_body, with_bawaslu_head)
    holders = TitleHolders(doc, EntityIndex.of(doc))
    sent = next(s for s in doc.sentences if s.sent_id == "s3")
    got = holders(sent, 1)
    assert (got.key if got else None) == expected


def test_title_holder_over_the_body_in_the_title():
    # "Ketua KPU mengingatkan netralitas ASN": the Ketua the article named, not KPU
    doc = _doc("KPU")
    assert {a.arg("actor") for a in commitment.fn(doc) if a.provenance.sent_id == "s3"} == {"person:budi"}


@pytest.mark.parametrize("segment, expected", [
    ("Ketua KPU usai rapat", "person:budi"),
    ("Ketua Bawaslu usai rapat", "person:imam"),
    ("Ketua usai rapat", None),           # two Ketua named: nobody
])
def test_title_holder_leading_a_segment(segment, expected):
    doc = _doc("KPU")
    got = TitleHolders(doc, EntityIndex.of(doc)).leading(segment)
    assert (got.key if got else None) == expected


def test_title_holder_leading_not_for_another_body():
    doc = _doc("Bawaslu", with_bawaslu_head=False)
    holders = TitleHolders(doc, EntityIndex.of(doc))
    assert holders.leading("Ketua usai rapat").key == "person:budi"     # the one Ketua named
    assert holders.leading("Ketua Bawaslu usai rapat") is None          # not KPU's Ketua


def test_last_body_subject_only_without_a_person_subject():
    body = "Polda|PROPN|O|2|nsubj mengerahkan|VERB|O|0|root personel|NOUN|O|2|obj .|PUNCT|O|2|punct"
    person = "Budi|PROPN|O|2|nsubj mengerahkan|VERB|O|0|root Polda|PROPN|O|2|obj .|PUNCT|O|2|punct"
    for text, expected in ((body, "org:polda"), (person, None)):
        doc = document(sentence("s1", text, paragraph=1), entities={
            "org:polda": ("organization", "Polda", [("s1", (1,) if text is body else (3,))]),
            "person:budi": ("person", "Budi", [("s1", (1,))] if text is person else [])})
        got = Timeline.of(doc, EntityIndex.of(doc)).last_body_subject(len(doc.text) + 1)
        assert (got.key if got else None) == expected


@pytest.mark.parametrize("title, base", [
    ("pj bupati", "bupati"), ("penjabat bupati", "bupati"), ("pejabat sementara bupati", "bupati"),
    ("plt kepala bakesbangpol", "kepala bakesbangpol"), ("kapolres", "kapolres"), ("pj", ""),
    ("penjabat sementara sekot", "sekot"),  # the two-word qualifier whole, not "sementara sekot"
])
def test_title_without_its_acting_qualifier(title, base):
    from kg.rules.support.syntax import _unqualified
    assert _unqualified(title) == base


def test_title_holder_named_before_the_title_and_a_later_title_without_qualifier():
    # "Teguh , Pj Bupati Jombang , hadir ." then "Bupati mengingatkan netralitas ASN ."
    first = sentence("s1", "Teguh|PROPN|O|7|nsubj ,|PUNCT|O|4|punct Pj|PROPN|O|4|flat Bupati|PROPN|O|1|appos "
                     "Jombang|PROPN|O|4|flat ,|PUNCT|O|4|punct hadir|VERB|O|0|root .|PUNCT|O|7|punct", paragraph=1)
    later = sentence("s2", "Bupati|PROPN|O|2|nsubj mengingatkan|VERB|O|0|root netralitas|NOUN|O|2|obj "
                     "ASN|PROPN|O|3|nmod .|PUNCT|O|2|punct", paragraph=2)
    doc = document(first, later, entities={"person:teguh": ("person", "Teguh", [("s1", (1,))])})
    mentions = (Mention("s1", (3, 4), "Pj Bupati", "title"), Mention("s2", (1,), "Bupati", "title"),
                Mention("s1", (1,), "Teguh", "person"))
    doc = doc.__class__(**{**doc.__dict__, "mentions": mentions})
    holders = TitleHolders(doc, EntityIndex.of(doc))
    assert holders(doc.sentences[1], 1).key == "person:teguh"
    assert holders.leading("Pj Bupati usai rapat").key == "person:teguh"


def _attendance_doc(present_verb: str, rel: str):
    # "Sri hadir ." / "Kegiatan itu <dihadiri|didampingi> Komisioner Imam ." -- who is the last subject?
    first = sentence("s1", "Sri|PROPN|B-PER|2|nsubj menyampaikan|VERB|O|0|root imbauan|NOUN|O|2|obj .|PUNCT|O|2|punct",
                     paragraph=1)
    later = sentence("s2", f"Kegiatan|NOUN|O|3|nsubj:pass itu|DET|O|1|det {present_verb}|VERB|O|0|root "
                     f"Komisioner|PROPN|O|3|{rel} Imam|PROPN|B-PER|4|flat:name .|PUNCT|O|3|punct", paragraph=2)
    doc = document(first, later, entities={"person:sri": ("person", "Sri", [("s1", (1,))]),
                                           "person:imam": ("person", "Imam", [("s2", (5,))])})
    return Timeline.of(doc, EntityIndex.of(doc)).last(len(doc.text) + 1).key


@pytest.mark.parametrize("verb, rel, expected", [
    ("disampaikan", "obj", "person:imam"),   # "Hal itu disampaikan Komisioner Imam": Imam speaks
    ("dihadiri", "obj", "person:sri"),       # "... dihadiri Komisioner Imam": Imam only attends
    ("didampingi", "obl:agent", "person:sri"),
])
def test_who_attends_or_accompanies_is_no_subject(verb, rel, expected):
    assert _attendance_doc(verb, rel) == expected


def test_former_holder_is_not_the_holder_of_a_later_bare_title():
    # "eks Sekot Agus hadir ." / "Penjabat Sementara Sekot Ambon , Robby hadir ." / "Sekot mengingatkan ASN ."
    s1 = sentence("s1", "eks|NOUN|O|4|nsubj Sekot|PROPN|O|1|nmod Agus|PROPN|B-PER|2|appos hadir|VERB|O|0|root "
                  ".|PUNCT|O|4|punct", paragraph=1)
    s2 = sentence("s2", "Penjabat|NOUN|O|7|nsubj Sementara|ADV|O|1|advmod Sekot|PROPN|O|1|nmod Ambon|PROPN|O|3|flat "
                  ",|PUNCT|O|6|punct Robby|PROPN|B-PER|3|appos hadir|VERB|O|0|root .|PUNCT|O|7|punct", paragraph=2)
    s3 = sentence("s3", "Sekot|PROPN|O|2|nsubj mengingatkan|VERB|O|0|root ASN|PROPN|O|2|obj .|PUNCT|O|2|punct",
                  paragraph=3)
    doc = document(s1, s2, s3, entities={"person:agus": ("person", "Agus", [("s1", (3,))]),
                                         "person:robby": ("person", "Robby", [("s2", (6,))])})
    mentions = (Mention("s1", (2,), "Sekot", "title"), Mention("s2", (1, 2, 3), "Penjabat Sementara Sekot", "title"),
                Mention("s3", (1,), "Sekot", "title"), Mention("s1", (3,), "Agus", "person"),
                Mention("s2", (6,), "Robby", "person"))
    doc = doc.__class__(**{**doc.__dict__, "mentions": mentions})
    holders = TitleHolders(doc, EntityIndex.of(doc))
    assert holders(doc.sentences[2], 1).key == "person:robby"
    assert holders.leading("Sekot usai apel").key == "person:robby"


def test_a_parsed_subject_wins_over_a_guessed_one_for_quotations():
    # "Ali menambahkan mapping Kerawanan diwilayah ." -- "diwilayah" (a typo of "di wilayah") is a verb
    # the parser left without a subject; the guess makes "Kerawanan" one, the parse makes Ali one
    s1 = sentence("s1", "Ali|PROPN|B-PER|2|nsubj menambahkan|VERB|O|0|root mapping|NOUN|O|2|obj "
                  "Kerawanan|PROPN|B-PER|3|nmod diwilayah|VERB|O|2|advcl .|PUNCT|O|2|punct", paragraph=1)
    doc = document(s1, entities={"person:ali": ("person", "Ali", [("s1", (1,))]),
                                 "person:kerawanan": ("person", "Kerawanan", [("s1", (4,))])})
    timeline = Timeline.of(doc, EntityIndex.of(doc))
    assert timeline.last(len(doc.text) + 1).key == "person:kerawanan"
    assert timeline.last(len(doc.text) + 1, parsed=True).key == "person:ali"


@pytest.mark.parametrize("tokens, wid, expected", [
    # "Joko ditahan Polrestabes Medan": the bare phrase right after the passive verb is its agent
    ("Joko|PROPN||2|nsubj:pass ditahan|VERB||0|root Polrestabes|PROPN||2|obl Medan|PROPN||3|flat", 3, True),
    # "... diminta tidak melakukan politik uang oleh Ketua Bawaslu": "oleh" makes it the agent further on
    ("Peserta|NOUN||2|nsubj:pass diminta|VERB||0|root tidak|PART||4|advmod melakukan|VERB||2|xcomp "
     "politik|NOUN||4|obj oleh|ADP||7|case Ketua|NOUN||2|obl Bawaslu|PROPN||7|nmod", 7, True),
    # "Rapat dilakukan di Kantor Bupati": another preposition, a place, no agent
    ("Rapat|NOUN||2|nsubj:pass dilakukan|VERB||0|root di|ADP||4|case Kantor|PROPN||2|obl Bupati|PROPN||4|nmod",
     4, False),
    # "Bawaslu menyampaikan Budi": no passive verb, no agent
    ("Bawaslu|PROPN||2|nsubj menyampaikan|VERB||0|root Budi|PROPN||2|obj", 3, False),
])
def test_passive_agent_is_one_test(tokens, wid, expected):
    [sent] = read_conllu(sentence("s1", tokens))
    assert is_passive_agent(sent, wid) is expected
