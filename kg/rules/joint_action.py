"""The ``joint_action`` rule: bodies stated to act together (``kg:JointAction``, ``kg:actsWith``).

A partner phrase after a joint verb ("berkoordinasi dengan", "bekerja sama dengan",
"bersinergi dengan", "berkolaborasi dengan", "menggandeng", "MoU dengan") or after "bersama"
names the partners, and so does a list after a joint noun and "antara" ("kesepakatan antara KPU
dan BPJS"); the actor is the subject of the governing clause, found
as for commitments (:func:`kg.rules.support.actors.find_actors`: datelines
stripped, set-off subjects, passives). Bodies joined by "dan" as the subject of
a joint event ("patroli gabungan", "rapat koordinasi", "penandatanganan nota
kesepahaman") act together too. A person stands for the body in his title
in the same sentence ("Ketua KPU Sleman, Budi, berkoordinasi dengan Polres
Sleman" -> KPU Sleman acts with Polres Sleman); a person without one gives no
pair. One pair per article is kept, the most confident.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.entity_index import EntityIndex
from kg.lang.text import is_clutter
from kg.lang.words import JOINT_NOUNS
from kg.model import Assertion, Document, Entity, Provenance, Sentence
from kg.rules.registry import rule
from kg.rules.support.actors import find_actors, listed_agents
from kg.rules.support.bodies import Bodies, partner_range, partners_after_antara
from kg.rules.support.quotations import find_quotations, quoted_ranges
from kg.rules.support.syntax import Timeline, is_title, sent_base, span_of, subtree, word_spans

__all__ = ["joint_action", "JOINT_VERBS"]

# verb (+ "dengan") whose object is a partner, with the confidence of the pair
JOINT_VERBS: dict[tuple[str, ...], float] = {
    ("berkoordinasi", "dengan"): 0.85, ("koordinasi", "dengan"): 0.75,
    ("bekerja", "sama", "dengan"): 0.85, ("bekerjasama", "dengan"): 0.85, ("kerja", "sama", "dengan"): 0.75,
    ("kerjasama", "dengan"): 0.75, ("bersinergi", "dengan"): 0.85, ("sinergi", "dengan"): 0.75,
    ("berkolaborasi", "dengan"): 0.85, ("kolaborasi", "dengan"): 0.75, ("menggandeng",): 0.8,
    ("bersama", "dengan"): 0.7, ("bersama",): 0.7,
    # an agreement signed with a partner: "KPU Rejang Lebong melakukan penandatanganan MoU dengan BPJS
    # Ketenagakerjaan Kabupaten Rejang Lebong"
    ("mou", "dengan"): 0.8, ("nota", "kesepahaman", "dengan"): 0.8, ("kesepakatan", "dengan"): 0.75,
    ("perjanjian", "kerja", "sama", "dengan"): 0.8, ("perjanjian", "kerjasama", "dengan"): 0.8,
    ("kemitraan", "dengan"): 0.75,
}
_JOINT_EVENTS = re.compile(r"\b(patroli gabungan|apel gabungan|operasi gabungan|rapat koordinasi|rakor|"
                           r"nota kesepahaman|mou|deklarasi bersama|bersama-sama|kerja sama|kerjasama|"
                           r"sinergi|bersinergi|berkolaborasi|berkoordinasi)\b", re.IGNORECASE)


# JOINT_VERBS longest first, and the words they start with (no other word starts a trigger)
_BY_LENGTH = sorted(JOINT_VERBS.items(), key=lambda kv: -len(kv[0]))
_FIRST_WORDS = frozenset(phrase[0] for phrase in JOINT_VERBS)


def _triggers(sent: Sentence) -> Iterator[tuple[int, int, float]]:
    """(first word, last word, confidence) of each joint verb phrase, longest first at a position."""
    low = [w.text.lower() for w in sent.words]
    i = 0
    while i < len(low):
        if low[i] not in _FIRST_WORDS:
            i += 1
            continue
        for phrase, conf in _BY_LENGTH:
            if tuple(low[i:i + len(phrase)]) == phrase:
                yield i + 1, i + len(phrase), conf
                i += len(phrase) - 1
                break
        i += 1


def _between(sent: Sentence) -> Iterator[tuple[int, range]]:
    """(joint noun, the words that list its partners) of each joint noun followed within two words by
    "antara": "kesepakatan antara pihak KPU Kabupaten Malang dan BPJS Ketenagakerjaan"."""
    for w in sent.words:
        if w.text.lower() in JOINT_NOUNS and (between := partners_after_antara(sent, w.id)) is not None:
            yield w.id, between


def _pairs(sent: Sentence, index: EntityIndex, timeline: Timeline, base: int,
           bodies: Bodies, speaker: Entity | None) -> Iterator[tuple[Entity, Entity, float, int]]:
    """(actor body, partner body, confidence, trigger word) in one sentence; ``speaker``: of the
    quotation the sentence is in ("Kami ... bekerja sama dengan KPU dan Bawaslu," kata Ezauw)."""
    for first, last, conf in _triggers(sent):
        partners = [bodies.of(e, sent) for e in listed_agents(sent, partner_range(sent, last), index)]
        partners = [p for p in partners if p is not None]
        if not partners:
            continue
        found = find_actors(sent, first, index, timeline, offset=base, speaker=speaker, with_coactors=False,
                            reports=False)  # the body acting with another, even in a person's report
        actor = bodies.of(found.actors[0].entity, sent) if found.actors else None
        if actor is None:
            continue
        for p in partners:
            yield actor, p, round(conf * min(1.0, found.actors[0].confidence + 0.2), 2), first
    for first, between in _between(sent):  # "kesepakatan antara pihak KPU Kabupaten Malang dan BPJS"
        listed = [bodies.of(e, sent) for e in listed_agents(sent, between, index)]
        listed = list(dict.fromkeys(b for b in listed if b is not None))
        for a, b in zip(listed, listed[1:]):
            yield a, b, 0.7, first
    if _JOINT_EVENTS.search(sent.text):  # "KPU dan Bawaslu menggelar rapat koordinasi"
        for s in sent.words:
            if not s.deprel.startswith("nsubj"):
                continue
            group = [s.id] + [c.id for c in sent.children(s.id) if c.deprel == "conj"]
            ents = []
            for wid in group:
                e = index.at(sent, wid)
                b = bodies.of(e, sent) if e is not None else None
                if b is not None and b not in ents:
                    ents.append(b)
            for a, b in zip(ents, ents[1:]):
                yield a, b, 0.6, s.id


@rule("joint_action", requires=("sentences", "mentions", "entities"))
def joint_action(doc: Document) -> Iterator[Assertion]:
    """Two bodies act together: a partner after a joint verb or "bersama", or bodies joined as the subject of a joint event.

    Motivating sentence: "Forkopimda Kabupaten Maluku Barat Daya, melalui Badan Kesatuan
    Bangsa dan Politik (Kesbangpol), mengadakan rapat koordinasi bersama Tim Kewaspadaan
    Dini dan Tim Penanganan Konflik Sosial." -> acts_with(Forkopimda Maluku Barat Daya,
    Tim Kewaspadaan Dini) and acts_with(Forkopimda ..., Tim Penanganan Konflik Sosial);
    "Bawaslu Kota Pangkalpinang berkoordinasi dengan Pemkot Pangkalpinang" ->
    acts_with(Bawaslu Kota Pangkalpinang, Pemkot Pangkalpinang). An agreement signed with a
    partner and a joint noun with "antara" count too: "KPU Rejang Lebong melakukan
    penandatanganan MoU dengan BPJS Ketenagakerjaan"; "kesepakatan antara pihak KPU Kabupaten
    Malang dan BPJS Ketenagakerjaan".
    """
    index = EntityIndex.of(doc)
    timeline = Timeline.of(doc, index, quoted_ranges(doc.text))
    bodies = Bodies(doc, index)
    quotes = find_quotations(doc.text, timeline)
    best: dict[frozenset[str], Assertion] = {}
    for sent in doc.sentences or ():
        if is_clutter(sent.text) or is_title(doc, sent):
            continue
        base = sent_base(doc, sent)
        spans = None
        quote = next((q for q in quotes if q.start < base + len(sent.text) and base < q.end), None)
        speaker = quote.speaker if quote is not None else None
        for actor, partner, conf, wid in _pairs(sent, index, timeline, base, bodies, speaker):
            key = frozenset((actor.key, partner.key))
            if len(key) < 2 or (key in best and best[key].provenance.confidence >= conf):
                continue
            spans = spans or word_spans(doc, sent)
            top = next((a for a in [wid] + [sent.word(wid).head] if a), wid)
            start, end = span_of(spans, subtree(sent, top) | {wid})
            best[key] = Assertion("acts_with", (("organization", actor.key), ("partner", partner.key)),
                                  Provenance(doc.doc_id, sent.sent_id, start, end, sent.text,
                                             "joint_action", conf))
    yield from best.values()
