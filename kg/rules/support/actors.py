"""Who takes a stance: the actor of a topic cue, found through the dependency parse.

Not a rule itself; :mod:`kg.rules.commitment` calls :func:`find_actors`.
The parser is compact (LAS ~ 70), so every step has a fall-back at a lower
confidence: the subject of the cue's clause, then of each governing clause
(``xcomp``/``ccomp``/``advcl``/``conj`` chains), skipping subjects that are
addressees of an obligation (``ASN harus ...``); a first-person subject in a
quotation is the speaker; ``ia``/``dia``/``-nya`` is the last person named;
then the speaker of the enclosing quotation; then a person or organisation that
is a subject anywhere in the sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.entity_index import EntityIndex
from kg.lang.words import (ACCOMPANYING, DEMONSTRATIVES, DEONTIC, DIRECTIVE_VERB, FIRST_PERSON, HELPED, REPORTING_VERB,
                           SPEECH_VERB_STEMS, THIRD_PERSON)
from kg.model import Entity, Sentence
from kg.rules.support.syntax import AGENT_KINDS, Timeline, ancestors, dateline_end, is_passive, is_passive_agent, \
    is_third_person, subtree

__all__ = ["Actor", "ActorSearch", "according_to", "agent_of", "dateline_end", "find_actors", "listed_agents"]

# ... and what a body gives priority to: "distribusi logistik menjadi prioritas KPU Sekadau"
_STANCE_NOUNS = frozenset({"komitmen", "upaya", "langkah", "kebijakan", "program", "instruksi",
                           "imbauan", "himbauan", "ajakan", "arahan", "tekad", "janji", "strategi",
                           "prioritas", "fokus", "atensi"})
_SUBJ = ("nsubj", "nsubj:pass")
# nouns for a body's people, looked through to the body: "diawasi pihak Bawaslu Flores Timur",
# "personel TNI serta personel Satpol PP Flores Timur yang mengamankan ... logistik"
_GROUP_NOUNS = frozenset({"pihak", "jajaran", "personel", "petugas", "anggota", "tim", "aparat"})
# a phrase set off between a subject and its verb: "Forkopimda MBD, melalui Kesbangpol, mengadakan rapat"
_INSERTS = frozenset({"melalui", "selaku", "didampingi", "bersama", "dalam", "lewat"})
_NOT_PREDICATES = frozenset({"terkait", "tersebut", "setempat", "bersangkutan"})


@dataclass(frozen=True)
class Actor:
    entity: Entity
    confidence: float
    how: str                    # subject | speaker | pronoun | possessor | co-actor | office | fallback


@dataclass
class ActorSearch:
    """Result of :func:`find_actors`: actors, the clause that gave them, addressee words."""
    actors: list[Actor] = field(default_factory=list)
    clause: int = 0
    addressees: list[int] = field(default_factory=list)
    had_subject: bool = False
    subject: int = 0            # the subject word that gave the actor (0: none)


def _agent(index: EntityIndex, sent: Sentence, wid: int, after: int = 0) -> Entity | None:
    """The person or organisation a word names. A title head ("Kepala Bakesbangpol,
    Mahbub Syauqi") gives the person in its apposition before the body in its name;
    a dateline place the parser made the subject ("Kudus - Bupati Kudus, Hartono,
    meminta ...") gives the person or body below it (three levels at most: "Ketua KPU
    Provinsi Jambi Hendra Darmawan" is the person, not KPU). Words up to ``after`` (a
    dateline's closing dash) name nobody: "Kendari (Antaranews Sultra) - Pemerintah
    Kabupaten Konawe Selatan ... menggelar rapat" is the government, not the outlet."""
    ent = index.by_word.get((sent.sent_id, wid))
    if ent is not None and ent.kind in AGENT_KINDS and wid > after:
        return ent
    if _nominalisation(sent.word(wid)):
        return None
    level, found = [wid], []
    for _ in range(4):
        nxt = []
        for x in level:
            for c in sent.children(x):
                rel = c.deprel.split(":")[0]
                inside_org = getattr(index.by_word.get((sent.sent_id, c.id)), "kind", "") == "organization"
                no_case = not any(g.deprel == "case" for g in sent.children(c.id))
                titled = sent.word(x).text[:1].isupper() and (inside_org or no_case)  # "... (JPPR) Nurlia"
                group = x == wid and sent.word(x).text.lower() in _GROUP_NOUNS and no_case  # "pihak Bawaslu"
                dateline_conj = rel == "conj" and x == wid and wid == 1  # "KUDUS, X.COM - Bupati ..., Hartono,"
                # "Danrem 073/Makutarama Kolonel Inf Rudy Hartono": the parser reads the slash as "and"
                unit_conj = rel == "conj" and any(g.text == "/" for g in sent.children(c.id))
                if rel in ("appos", "flat", "compound") or (rel == "nmod" and (titled or group)) or dateline_conj \
                        or unit_conj:
                    nxt.append(c.id)
                    hit = index.by_word.get((sent.sent_id, c.id))
                    if hit is not None and hit.kind in AGENT_KINDS and c.id > after:
                        found.append(hit)
        person = next((e for e in found if e.kind == "person"), None)
        if person is not None:
            return person
        level = nxt
    if found:
        return _name_closing_subject(index, sent, wid, after) or found[0]
    return None


def _name_closing_subject(index: EntityIndex, sent: Sentence, wid: int, after: int = 0) -> Entity | None:
    """The person whose name closes the subject phrase of ``wid`` right before its verb, when the
    search below the title found only bodies: "Ketua Banggar DPR RI yang juga Ketua DPD PDI Perjuangan
    Provinsi Jawa Timur Said Abdullah berharap ..." is Said Abdullah (the relative clause and the long
    flat chain hide him deeper than the search goes), not DPR RI. Not one who only accompanies the
    subject ("Ketua KPU, yang didampingi Anggota Budi, mengatakan"), nor the last item of a list."""
    verb = sent.word(wid).head
    if verb <= wid or verb > len(sent.words):
        return None
    last = verb - 1 - (sent.word(verb - 1).text == ",")
    ent = index.by_word.get((sent.sent_id, last))
    if ent is None or ent.kind != "person" or last <= after or last not in subtree(sent, wid):
        return None
    chain = [last] + [a for a in ancestors(sent, last) if a > wid]
    if any(sent.word(a).text.lower() in ACCOMPANYING or sent.word(a).deprel == "conj" for a in chain):
        return None  # ... nor the last of a list: "Pengamanan ketat dari Polri, TNI, dan Satbrimob menunjukkan"
    return ent


def _nominalisation(w) -> bool:
    """A ke-...-an noun names an event or a state, not its doer: "Kehadiran Panglima TNI
    memberikan dampak positif ..." (the sentence's capital made "Kehadiran" look like a title)."""
    return w.upos == "NOUN" and bool(re.fullmatch(r"ke[a-z]{3,}an", w.text.lower()))


def agent_of(index: EntityIndex, sent: Sentence, wid: int) -> Entity | None:
    """The person or organisation word ``wid`` names, looking below a title head or a
    dateline place the parser made the subject (see :func:`_agent`)."""
    return _agent(index, sent, wid)


_HEAD_TITLES = frozenset({"wali", "walikota", "bupati", "gubernur"})


def _government_of_office(index: EntityIndex, sent: Sentence, wid: int) -> Entity | None:
    """An unnamed regional head acts for the regional government: "Wali Kota Pangkalpinang
    telah mengeluarkan Surat Edaran" -> Pemkot Pangkalpinang, when the article names it."""
    if sent.word(wid).text.lower() not in _HEAD_TITLES:
        return None
    phrase = " ".join(sent.word(c).text for c in range(wid, min(wid + 5, len(sent.words)) + 1)).lower()
    for ent in index.by_key.values():
        if ent.kind != "organization" or ent.attr("type") != "government":
            continue
        region = index.by_key.get(ent.attr("region"))
        names = {region.name, *region.aliases} if region is not None else set()
        if any(n and n.lower() in phrase for n in names):
            return ent
    return None


# common nouns for a force: "polisi akan bekerja sama dengan Kodim 0732/Sleman"
_FORCES = {"polisi": "org:polri", "kepolisian": "org:polri", "tentara": "org:tni"}


def _generic_force(index: EntityIndex, low: str) -> Entity | None:
    """The one police (or army) unit the article names, for "polisi" ("tentara") as a subject; with
    no unit named, the force itself when the article names it: "Ia juga memastikan jajaran kepolisian
    akan selalu mengawasi tindakan-tindakan yang melanggar aturan" in a story that names Polri."""
    parent = _FORCES.get(low)
    if parent is None:
        return None
    units = [e for e in index.by_key.values() if e.kind == "organization" and e.mentions
             and e.attr("parent") == parent]
    if not units:
        force = index.by_key.get(parent)
        return force if force is not None and force.mentions else None
    return units[0] if len(units) == 1 else None


def _group_of_force(sent: Sentence, wid: int, index: EntityIndex) -> Entity | None:
    """The force of "jajaran kepolisian", "pihak kepolisian", "aparat kepolisian" (a group noun over a
    force's common noun; see :func:`_generic_force`)."""
    if sent.word(wid).text.lower() not in _GROUP_NOUNS:
        return None
    return next((f for c in sent.children(wid) if c.deprel.startswith("nmod")
                 for f in [_generic_force(index, c.text.lower())] if f is not None), None)


def _resolve(sent, wid, clause, index, timeline, offset, speaker, holder=None, after=0):
    """Entity (and how) a subject word stands for, or None. ``holder(sent, wid)``: the person
    the article names with the title word ``wid`` ("Pj Bupati mengatakan ..." after "Pj Bupati
    Aceh Utara, Mahyuzar"). A first-person subject in a quotation is its speaker, even with the
    body he speaks for beside it: "Kita TNI-Polri ASN ... akan melaksanakan tugas," sebut Irjen
    Iqbal -> Iqbal. ``after``: the dateline's dash (see :func:`_agent`)."""
    w = sent.word(wid)
    low = w.text.lower()
    if low == "yang" and sent.word(clause).deprel.startswith("acl") and sent.word(clause).head:
        wid = sent.word(clause).head
        w, low = sent.word(wid), sent.word(wid).text.lower()
    if low in FIRST_PERSON and speaker is not None:
        return speaker, 0.85, "speaker"
    if _epithet_subject(sent, wid, index):
        last = timeline.last(offset)
        return (last, 0.7, "pronoun") if last is not None else (None, 0, "")
    ent = _agent(index, sent, wid, after)
    named = holder(sent, wid) if holder is not None else None
    if ent is not None:
        if ent.kind != "person" and named is not None:
            return named, 0.8, "office"  # "Ketua KPU mengatakan ..." is the Ketua the article named
        return ent, 1.0, "subject"
    gov = _government_of_office(index, sent, wid) or _generic_force(index, low) or _group_of_force(sent, wid, index)
    if gov is not None:
        return gov, 0.6, "office"
    if named is not None:
        return named, 0.7, "office"
    if low in FIRST_PERSON:
        if speaker is not None:
            return speaker, 0.85, "speaker"
        reporter = _reporting_subject(sent, clause, index) or _named_before_report(sent, clause, index)
        return (reporter, 0.7, "reporter") if reporter is not None else (None, 0, "")
    pihaknya = low == "pihak" and any(c.text.lower() == "nya" for c in sent.children(wid))
    if is_third_person(sent, wid) or pihaknya:
        reporter = _reporting_subject(sent, clause, index, bodies=pihaknya) or _inserted_reporter(sent, index)
        if reporter is not None:
            return reporter, 0.8, "pronoun"
        if pihaknya and speaker is not None:
            return speaker, 0.75, "speaker"   # "Menurut Budi, pihaknya akan ..."
        body = timeline.last_body_subject(offset) if pihaknya else None
        if body is not None:
            return body, 0.7, "pronoun"
        last = timeline.last(offset)
        return (last, 0.7, "pronoun") if last is not None else (None, 0, "")
    return None, 0, ""


def _epithet_subject(sent: Sentence, wid: int, index: EntityIndex) -> bool:
    """Word ``wid`` lies in a description that opens the sentence, closed by a demonstrative right
    before a reporting verb (or an adverb between them: "Ketua PAC PDI Perjuangan ini juga menekankan"):
    news refers back to the person just named so ("Perwira Polri berpangkat melati dua itu menuturkan,
    saat ini juga media sosial ... jadi media untuk para oknum-oknum"), and the body in the description
    ("Polri") is not the speaker. Read from the words, not the parse, which often makes such a
    description its root ("berpangkat"). Not when the description names a person."""
    ws = sent.words
    for k in range(1, min(len(ws) - 1, 12)):
        w = ws[k - 1]
        if w.upos == "PUNCT":
            return False
        verb = next((x for x in ws[k:k + 3] if x.upos != "ADV"), None)  # "... ini juga menekankan"
        if w.text.lower() in DEMONSTRATIVES and verb is not None and REPORTING_VERB.match(verb.text):
            people = any(getattr(index.by_word.get((sent.sent_id, i)), "kind", "") == "person" for i in range(1, k))
            return k > 1 and wid < k and not people
    return False


_WISHING = frozenset({"agar", "supaya"})


def _wished(sent: Sentence, node: int) -> bool:
    """Clause ``node`` says what someone wants of its subject ("agar"/"supaya": so that), which makes
    the subject one addressed, not one acting: in "Dibentuknya tim ini agar Badan Kesbangpol bisa
    melaksanakan tugas deteksi ini, peringatan dini, dan pencegahan dini," ujar Soedarmo, the speaker
    takes the stance for the agency."""
    return any(c.deprel == "mark" and c.text.lower() in _WISHING for c in sent.children(node))


def _reporting_subject(sent: Sentence, clause: int, index: EntityIndex, bodies: bool = False) -> Entity | None:
    """The person who is the subject of a clause governing ``clause`` in the same
    sentence: "Ketua Bawaslu Sleman, Arjuna, menegaskan pihaknya akan menindak ..."
    -> Arjuna, not the person named in the sentence before. With ``bodies`` (for
    "pihaknya", which a body says too) an organisation as well: "KPU Jombang menyatakan
    pihaknya siap ..." -> KPU Jombang. Of two subjects the parser gave one verb, the person: in "Ketua
    Badan Permusyawaratan Desa (BPD) Sambak, Fuad Hasan mengungkapkan, pihaknya menyadari politik uang
    adalah sebuah penyakit" the title and the name are both subjects, and the official speaks."""
    subj = next(_subjects(sent, ancestors(sent, clause)), None)
    if subj is None:
        return None
    agents = [_agent(index, sent, c.id) for c in sent.children(subj.head) if c.deprel in _SUBJ]
    ent = next((e for e in agents if e is not None and e.kind == "person"), _agent(index, sent, subj.id))
    kinds = AGENT_KINDS if bodies else ("person",)
    return ent if ent is not None and ent.kind in kinds else None


def _named_before_report(sent: Sentence, clause: int, index: EntityIndex) -> Entity | None:
    """The person named last before the reporting verb that governs ``clause``, when the parser gave
    that verb no subject: in "Dandim 0824/Jember Letkol Inf Rahmat Cahyo Dinarso dalam konfirmasinya
    menyatakan, saya sangat mendukung ..." (indirect speech without quotation marks) "saya" is him."""
    verb = next((a for a in ancestors(sent, clause) if REPORTING_VERB.match(sent.word(a).text)), 0)
    if not verb or any(c.deprel in _SUBJ for c in sent.children(verb)):
        return None
    people = [e for e in (index.by_word.get((sent.sent_id, i)) for i in range(1, verb))
              if e is not None and e.kind == "person"]
    return people[-1] if people else None


def _reporting_person(sent: Sentence, node: int, index: EntityIndex, timeline: Timeline,
                      offset: int) -> Entity | None:
    """The person whose report a clause is: the subject of a reporting verb governing it
    ("Ia menekankan bahwa saat ini Polres Kampar terus berkoordinasi dengan Kodim" -> the
    person "ia" is), or X of "Menurut X, Panwaslih akan melakukan pengawasan"."""
    for a in ancestors(sent, node):
        if not REPORTING_VERB.match(sent.word(a).text):
            continue
        subjects = [c for c in sent.children(a) if c.deprel == "nsubj"]
        # of two subjects ("Kapolres Purbalingga, AKBP Hendra Irawan mengungkapkan"): the person
        for subj in subjects:
            ent = timeline.last(offset) if is_third_person(sent, subj.id) else _agent(index, sent, subj.id)
            if ent is not None and ent.kind == "person":
                return ent
        return None
    ent = according_to(sent, index, timeline, offset) or _inserted_reporter(sent, index, timeline, offset)
    return ent if ent is not None and ent.kind == "person" else None


# aspect and modal words that make a clause a reported act: "Bawaslu telah membentuk tim",
# "Panwaslih akan melakukan pengawasan", "Bawaslu siap menerima seluruh laporan"
_ACT_MARKERS = frozenset({"telah", "sudah", "akan", "siap", "sedang", "tengah", "segera", "sepakat",
                          "bersepakat", "berkomitmen", "bertekad"})


def _marked_act(sent: Sentence, subj: int, verb: int) -> bool:
    """Between the subject and its verb (or on the verb) stands a word of aspect or intent: the
    report states the body's own act ("Ia menambahkan, Bawaslu telah membentuk tim patroli"), which
    stays the body's beside the person voicing it even when the sentence reads as an instruction
    or appeal; an appeal without one is the person's view of the body ("Ia menekankan bahwa saat
    ini Polres Kampar terus berkoordinasi dengan Kodim")."""
    if DIRECTIVE_VERB.match(sent.word(verb).text):
        return True  # the body's own request: "Ia menambahkan, Bawaslu meminta seluruh kepala desa ..."
    lo, hi = sorted((subj, verb))
    between = {sent.word(i).text.lower() for i in range(lo + 1, hi + 1)}  # "Bawaslu siap menerima"
    on_verb = {c.text.lower() for c in sent.children(verb) if c.deprel in ("aux", "advmod")}
    return bool((between | on_verb) & _ACT_MARKERS)


def _inserted_reporter(sent: Sentence, index: EntityIndex, timeline: Timeline | None = None,
                       offset: int = 0) -> Entity | None:
    """The person of an attribution set off inside the sentence: "Selain itu, sambung Amran,
    pihaknya juga melakukan penyebaran bahan sosialisasi" -> Amran; "Terkait tahapan pilkada,
    dia melanjutkan, KPU Kabupaten Tapanuli Selatan telah melakukan pemetaan TPS" -> the
    person "dia" is (with ``timeline``)."""
    for w in sent.words[1:-1]:
        if sent.word(w.id - 1).text != ",":
            continue
        low = w.text.lower()
        if low in SPEECH_VERB_STEMS and low != "menurut":
            ent = index.by_word.get((sent.sent_id, w.id + 1))
            if ent is not None and ent.kind == "person":
                return ent
        if timeline is not None and low in THIRD_PERSON and REPORTING_VERB.match(sent.word(w.id + 1).text) \
                and w.id + 2 <= len(sent.words) and sent.word(w.id + 2).text == ",":
            return timeline.last(offset)
    return None


def _subjects(sent: Sentence, nodes):
    """The subject words of ``nodes``, in the order given (a clause and those governing it)."""
    for node in nodes:
        for c in sent.children(node):
            if c.deprel in _SUBJ:
                yield c


def _coactors(sent, clause, subj, cue, index, actor: Entity) -> list[Entity]:
    """Entities joined to the subject by ``dan``/``serta`` or by a ``bersama`` phrase."""
    out: list[Entity] = []
    for w in sent.words:
        if w.head == subj and w.deprel == "conj" and not any(g.text == "/" for g in sent.children(w.id)):
            e = _agent(index, sent, w.id)  # (not the unit of "Dandim 1511/Pulau Moa, Galih ...")
            if e is not None:
                out.append(e)
    out += _bersama_agents(sent, clause, subj, cue, index)
    out += _joint_team(sent, subj, index)
    seen, uniq = {actor.key}, []
    for e in out:
        if e.key not in seen:
            seen.add(e.key)
            uniq.append(e)
    return uniq


def _helped_doer(sent: Sentence, node: int, cue: int) -> bool:
    """``node`` is a passive of help ("dibantu", "dikawal") and the cue lies in the act it governs: its
    subject does that act, helped: "Panwaslu dibantu tim gabungan Satpol PP-Polri melakukan penertiban
    baliho"; "Personil Satpol PP dikawal personel Kepolisian membuka paksa alat peraga kampanye"."""
    if sent.word(node).text.lower() not in HELPED:
        return False
    return any(sent.word(a).head == node and sent.word(a).upos == "VERB"
               and sent.word(a).deprel.split(":")[0] in ("ccomp", "xcomp", "advcl", "conj")
               for a in [cue] + ancestors(sent, cue))


_TEAMS = _GROUP_NOUNS | {"satgas", "satuan", "pasukan"}


def _joint_team(sent: Sentence, wid: int, index: EntityIndex) -> list[Entity]:
    """The bodies a joint team named at ``wid`` is made of: "Tim gabungan Satpol PP dan Bawaslu mencopot
    alat peraga kampanye"; "ditertibkan petugas gabungan Bawaslu dan Satpol PP"; "tim gabungan dari
    unsur Bawaslu, Satpol PP". A team noun with "gabungan" (joint) below it; the agents listed in its
    phrase."""
    w = sent.word(wid) if 0 < wid <= len(sent.words) else None
    if w is None or w.text.lower() not in _TEAMS or not any(
            c.text.lower() == "gabungan" for c in sent.children(wid)):
        return []
    below = subtree(sent, wid)
    return _listed_agents(sent, range(wid + 1, max(below) + 1), index)


def _bersama_agents(sent, clause, subj, cue, index) -> list[Entity]:
    """Entities of a ``bersama`` phrase of the clause (or of its subject ``subj``)."""
    out: list[Entity] = []
    for b in sent.words:
        if b.text.lower() != "bersama":
            continue
        noun = b.head if b.deprel == "case" else b.id + 1
        if noun < 1 or noun > len(sent.words):
            continue
        ok = False
        for node in [noun] + ancestors(sent, noun):
            if node in (clause, subj):
                ok = True
                break
            if sent.word(node).deprel == "parataxis":
                continue  # a misattached phrase under the attribution verb ("..., bersama X,” terangnya")
            if sent.word(node).deprel.startswith("nsubj") or any(
                    c.deprel.startswith("nsubj") for c in sent.children(node) if node != noun):
                break
        if not ok:
            continue
        if b.id < clause or b.id < cue:
            stop = next((w.id for w in sent.words[b.id:] if w.upos in ("AUX", "VERB")
                         and w.text.lower() not in _NOT_PREDICATES), len(sent.words) + 1)
            rng = range(b.id + 1, stop)
        else:
            end = next((w.id for w in sent.words[b.id:] if w.upos == "PUNCT" and not _list_goes_on(sent, w.id, index)
                        or _opens_clause(sent, w.id, index)), len(sent.words) + 1)
            rng = range(b.id + 1, end)
        out.extend(_listed_agents(sent, rng, index))
    return out


_CLAUSE_MARKS = frozenset({"yang", "untuk", "agar", "supaya", "guna", "demi", "sehingga", "karena"})


def _opens_clause(sent: Sentence, wid: int, index: EntityIndex) -> bool:
    """Word ``wid`` opens a clause, which ends the list of partners of a ``bersama`` phrase: "rapat
    koordinasi bersama 19 Bawaslu Kabupaten/Kota yang akan menyelenggarakan Pilkada untuk mempersiapkan
    pembentukan Sentra Gakkumdu" has no partner in what the relative clause says (a verb inside a
    body's name, as the parser may tag one, does not end it)."""
    w = sent.word(wid)
    if w.text.lower() in _CLAUSE_MARKS:
        return True
    return w.upos in ("VERB", "AUX") and w.text.lower() not in _NOT_PREDICATES \
        and index.by_word.get((sent.sent_id, wid)) is None


_LIST_SEPARATORS = frozenset({",", "dan", "serta", "dengan", "maupun", "juga"})


def _list_goes_on(sent: Sentence, comma: int, index: EntityIndex) -> bool:
    """A comma inside a serial list of agents: the next word names one, or "dan"/"serta" follows
    ("bersama Bawaslu, Polri, TNI, Kementerian Dalam Negeri, dan sejumlah instansi")."""
    if sent.word(comma).text != "," or comma >= len(sent.words):
        return False
    nxt = sent.word(comma + 1)
    if nxt.text.lower() in ("dan", "serta"):
        return True
    e = index.by_word.get((sent.sent_id, nxt.id))
    return e is not None and e.kind == "organization"


def _listed_agents(sent: Sentence, rng: range, index: EntityIndex) -> list[Entity]:
    """The agents named in a list ("bersama Polda Sulsel dan Kodam XIV/Hasanuddin"). In one
    item, a person stands for the body in his title: "bersama Dandim 0621/Kabupaten Bogor
    Letkol Inf Sukur Hermanto" is Sukur Hermanto, not also Kodim 0621."""
    items: list[list[Entity]] = [[]]
    for i in rng:
        if sent.word(i).text.lower() in _LIST_SEPARATORS:
            items.append([])
            continue
        e = _agent(index, sent, i)
        if e is not None and e not in items[-1]:
            items[-1].append(e)
    out = []
    for item in items:
        people = [e for e in item if e.kind == "person"]
        out.extend(people or item)
    return out


def listed_agents(sent: Sentence, rng: range, index: EntityIndex) -> list[Entity]:
    """The agents named in a list over words ``rng`` (see :func:`_listed_agents`)."""
    return _listed_agents(sent, rng, index)


def _misattached_agent(sent: Sentence, verb: int, index: EntityIndex) -> Entity | None:
    """The agent of a di- passive that the parser hung lower than the verb: "Seluruh peserta
    diminta tidak melakukan praktik politik uang oleh Ketua Bawaslu Provinsi Jambi, Wein
    Arifin" ("oleh Ketua" attached to "praktik"). The first "oleh" phrase after the verb
    in its subtree, unless a nearer passive verb owns it."""
    below = subtree(sent, verb)
    for w in sent.words:
        if w.id <= verb or w.id not in below or w.text.lower() != "oleh" or w.deprel != "case":
            continue
        owner = next((a for a in ancestors(sent, w.head) if is_passive(sent, a)), verb)
        return _agent(index, sent, w.head) if owner == verb else None
    return None


def _set_off_agent(sent: Sentence, verb: int, index: EntityIndex) -> Entity | None:
    """The person or body set off by commas right before a root verb without a subject: the
    parser hung it under a fronted phrase ("Di tempat yang sama, Anggota Bawaslu Provinsi
    Sulawesi Selatan, Saiful Jihad, mengingatkan bahwa politik uang dapat dipidana"). A
    "melalui ..." phrase between them is skipped: "Forkopimda Kabupaten Maluku Barat Daya,
    melalui Badan Kesatuan Bangsa dan Politik (Kesbangpol), mengadakan rapat koordinasi"."""
    if verb < 3 or sent.word(verb - 1).text != ",":
        return None
    prev = next((i for i in range(verb - 2, 0, -1) if sent.word(i).text == ","), 0)
    if prev > 1 and sent.word(prev + 1).text.lower() in _INSERTS:
        return _agent(index, sent, prev - 1)
    last = verb - 2
    found = _agent(index, sent, last)
    while found is None and sent.word(last).deprel.startswith("flat") and 0 < sent.word(last).head < last:
        last = sent.word(last).head   # a region closing the name: "(KPU) Kabupaten Lumajang Jawa Timur,"
        found = _agent(index, sent, last)
    return found


def _dateline_subject(sent: Sentence, verb: int, dash: int, index: EntityIndex) -> bool:
    """Every subject of ``verb`` is a dateline word that names no agent after the dash."""
    subj = [c for c in sent.children(verb) if c.deprel in _SUBJ]
    return bool(dash and subj) and all(c.id < dash and _agent(index, sent, c.id, dash) is None for c in subj)


def _clause_person(sent: Sentence, node: int, index: EntityIndex) -> bool:
    """A person is the subject of ``node`` or of a clause governing it."""
    agents = (_agent(index, sent, c.id) for c in _subjects(sent, [node] + ancestors(sent, node)))
    return any(e is not None and e.kind == "person" for e in agents)


def _described_object(sent: Sentence, clause: int) -> bool:
    """``clause`` is a relative clause on the object of a verb that has a subject of its own: it
    describes what that subject acts on ("Kami bahkan mendeteksi satu ASN Pemkab Kubu Raya yang
    terindikasi tidak netral"), so its "yang" is no actor ("Terdapat personel TNI yang mengamankan
    logistik" has no such subject: there the relative clause is the act)."""
    me = sent.word(clause)
    if not me.deprel.startswith("acl") or not me.head:
        return False
    noun = sent.word(me.head)
    while noun.deprel == "conj" and noun.head:  # "TNI-Polri ASN dan semua yang terlibat ..."
        noun = sent.word(noun.head)
    if not noun.head:
        return False
    subjects = [c for c in sent.children(noun.head) if c.deprel == "nsubj"]
    if noun.deprel in ("obj", "iobj"):
        return bool(subjects)
    if noun.deprel.startswith("obl") and any(c.deprel == "case" and c.text.lower() == "kepada"
                                             for c in sent.children(noun.id)):
        # those addressed ("kepada ..."): "Said juga mengimbau kepada kader, simpatisan PDIP dan masyarakat
        # yang ada di Jawa Timur untuk siaga dan mengawasi pemilu" -- the party is no actor
        return True
    # beside a first-person subject: "Kita TNI-Polri ASN dan semua yang terlibat pengamanan ... akan
    # melaksanakan tugas" describes who "kita" are
    return noun.deprel == "nsubj" and any(c.text.lower() in FIRST_PERSON for c in subjects if c.id != noun.id)


def _relative_list(sent: Sentence, yang: int, clause: int, index: EntityIndex) -> list[Entity]:
    """The agents listed before "yang" of a relative clause: "personel TNI serta personel Satpol PP
    Flores Timur yang mengamankan ..." -> TNI, Satpol PP Flores Timur."""
    head = sent.word(clause).head
    if not sent.word(clause).deprel.startswith("acl") or not head or head >= yang:
        return []
    return list(dict.fromkeys(_listed_agents(sent, range(head, yang), index)))


def _named_after_dateline(sent: Sentence, dash: int, cue: int, index: EntityIndex) -> Entity | None:
    """The agent named between a dateline's dash and the first verb, when the parser made the
    dateline the subject (or the root) and lost the subject below it: "jpnn.com, JAKARTA - Menteri
    Koordinator Politik Hukum dan Keamanan Wiranto memimpin rapat koordinasi ..." (the "dan" inside
    the title broke the chain); "Batang (ANTARA) - Badan Pengawas Pemilu (Bawaslu) Kabupaten Batang,
    Jawa Tengah, bersama camat dan kepala desa/lurah menyelenggarakan deklarasi netralitas". A person
    before a body (his title names it); nobody when the cue stands before that verb."""
    verb = next((w.id for w in sent.words if w.id > dash and w.upos == "VERB"), 0)
    if not verb or cue < verb:
        return None
    named = [e for i in range(dash + 1, verb) for e in [index.by_word.get((sent.sent_id, i))]
             if e is not None and e.kind in AGENT_KINDS and not _placed(sent, i, verb)]
    return next((e for e in named if e.kind == "person"), named[0] if named else None)


_PLACE_CASES = frozenset({"di", "ke", "dari", "pada", "kepada"})


def _placed(sent: Sentence, wid: int, verb: int) -> bool:
    """Word ``wid`` lies in a phrase of place or of the one addressed below ``verb``: "Seluruh Aparatur
    Sipil Negara (ASN), di lingkungan Pemkab Buleleng diminta untuk netral" names where the ASN work, not
    who asks them."""
    for a in [wid] + ancestors(sent, wid):
        if a == verb:
            return False
        if any(c.deprel == "case" and c.text.lower() in _PLACE_CASES for c in sent.children(a)):
            return True
    return False


# a passive reporting verb opening the sentence: "Ditegaskannya, kepolisian selalu berkoordinasi ...",
# "Dikatakan Bripka Budy, kegiatan ini bertujuan ..."
_SAID_BY = re.compile(r"^di(katakan|tegaskan|jelaskan|sampaikan|ungkapkan|tambahkan|terangkan|paparkan|sebutkan|"
                      r"tuturkan|kemukakan)(nya)?$", re.IGNORECASE)


def _said_by(sent: Sentence, index: EntityIndex, timeline: Timeline, offset: int) -> Entity | None:
    """Who "Di...kan(nya) [X]," reports: the person named before the comma, else (-nya, or nobody
    named) the person named last."""
    comma = next((w.id for w in sent.words[1:6] if w.text == ","), 0)
    if not comma:
        return None
    named = [e for e in (index.by_word.get((sent.sent_id, i)) for i in range(2, comma)) if e is not None]
    person = next((e for e in named if e.kind == "person"), None)
    return person if person is not None else (timeline.last(offset) if not named else None)


def according_to(sent: Sentence, index: EntityIndex, timeline: Timeline, offset: int) -> Entity | None:
    """Whose view a sentence opening with "Menurut X," reports: "Menurut dia, literasi digital
    warga perlu terus ditingkatkan" (the person named last), "Menurut Bey, Pemprov ..."."""
    ws = sent.words
    if len(ws) >= 3 and _SAID_BY.match(ws[0].text):
        return _said_by(sent, index, timeline, offset)
    if len(ws) < 3 or ws[0].text.lower() != "menurut":
        return None
    nxt = ws[1].text.lower()
    if nxt in THIRD_PERSON or nxt == "nya":
        return timeline.last(offset)
    return _agent(index, sent, 2)


def find_actors(sent: Sentence, cue: int, index: EntityIndex, timeline: Timeline, *,
                offset: int, speaker: Entity | None, with_coactors: bool = True,
                holder=None, in_quote: bool = False, reports: bool = True) -> ActorSearch:
    """Actors of the stance expressed around word ``cue`` of ``sent``.

    ``offset`` is the sentence start in the document (for pronoun look-ups);
    ``speaker`` the speaker of the quotation the sentence is in, if any.
    ``with_coactors``: also return entities joined by ``dan``/``bersama`` (not
    for instructions and appeals, whose other parties are addressees).
    ``holder(sent, wid)``: the person named elsewhere with the title at word ``wid``.
    ``in_quote``: the cue is inside a quotation (a body named there is the speaker's own
    subject); outside one, a body that is the subject of a person's report ("Ia menekankan
    bahwa Polres ...", "Menurut Budi, Panwaslih akan ...") gives the person, and the body too
    when the report states its act ("Ia menambahkan, Bawaslu telah membentuk tim patroli"; see
    :func:`_marked_act`), unless ``reports`` is false (acts between bodies: the body alone).
    """
    res = ActorSearch()
    for node in [cue] + ancestors(sent, cue):
        kids = sent.children(node)
        low = sent.word(node).text.lower()
        # "komitmen Pemkot untuk ... mencegah pelanggaran": the stance noun on the path, or the
        # object of a clause the purpose clause hangs from ("Ini menunjukkan komitmen Pemkot ...")
        for noun in [node] + [c.id for c in kids if c.deprel == "obj"]:
            if sent.word(noun).text.lower() not in _STANCE_NOUNS:
                continue
            for c in sent.children(noun):
                e = _agent(index, sent, c.id) if c.deprel.startswith("nmod") else None
                # "Dandim 1511/Pulau Moa, Galih Perkasa, mengonfirmasi komitmen TNI untuk ...": a named
                # official voicing the stance is the actor; the possessor only without one
                if e is not None and e.kind != "person" and _clause_person(sent, node, index):
                    continue
                if e is not None:
                    res.actors, res.clause = [Actor(e, 0.7, "possessor")], node
                    return res
        deontic = low in DEONTIC or any(
            c.text.lower() in DEONTIC for c in kids if c.deprel in ("aux", "advmod", "mark"))
        helped = _helped_doer(sent, node, cue)   # "Panwaslu dibantu tim gabungan ... melakukan penertiban"
        for c in kids:
            if c.deprel == "obl:agent" and not helped:
                e = _agent(index, sent, c.id)
                if e is not None:
                    res.actors, res.clause = [Actor(e, 0.8, "subject")], node
                    return res
        passive = is_passive(sent, node)
        agent = _misattached_agent(sent, node, index) if passive and not helped else None
        if agent is not None:
            res.actors, res.clause = [Actor(agent, 0.8, "subject")], node
            return res
        if passive and not helped:  # "Joko ditahan Polrestabes Medan": the agent right after the verb, not the subject
            bare = [c for c in kids if is_passive_agent(sent, c.id)]
            agent = next((e for e in (_agent(index, sent, c.id) for c in bare) if e is not None), None)
            if agent is not None:
                res.actors, res.clause = [Actor(agent, 0.7, "subject")], node
                if with_coactors:  # "ditertibkan petugas gabungan Bawaslu dan Satpol PP"
                    res.actors += [Actor(e, 0.6, "co-actor") for e in dict.fromkeys(
                        e for c in bare for e in _joint_team(sent, c.id, index)) if e != agent]
                return res
        me = sent.word(node)
        if passive and me.deprel == "root":  # "Penertiban dilakukan bersama Bawaslu Kota Medan": no agent,
            joint = list(dict.fromkeys(_bersama_agents(sent, node, -1, cue, index)))  # but partners
            if joint:
                res.actors, res.clause = [Actor(e, 0.6, "co-actor") for e in joint], node
                return res
        directive = me.deprel.split(":")[0] in ("xcomp", "ccomp", "advcl") and me.head > 0 and bool(
            DIRECTIVE_VERB.match(sent.word(me.head).text))  # "meminta KPU mengantisipasi banjir": KPU is addressed
        directive = directive or _wished(sent, node)
        # two subjects (a dateline place the parser also made one): the one that names a person first
        subjects = sorted((c for c in kids if c.deprel in _SUBJ),
                          key=lambda c: getattr(index.by_word.get((sent.sent_id, c.id)), "kind", "") != "person")
        dash = dateline_end(sent)
        if _dateline_subject(sent, node, dash, index):
            subjects = []  # a dateline place or outlet the parser made the subject: stripped
        for s in subjects:
            res.had_subject = True
            if passive and s.text.lower() not in FIRST_PERSON and not helped:
                continue  # the patient of a di- passive is nobody's stance
            if s.text.lower() == "yang" and _described_object(sent, node):
                continue  # "Kami mendeteksi satu ASN Pemkab ... yang terindikasi tidak netral": the detector's
            ent, conf, how = _resolve(sent, s.id, node, index, timeline, offset, speaker, holder,
                                      dash if s.id < dash else 0)
            listed = _relative_list(sent, s.id, node, index) if s.text.lower() == "yang" else []
            if listed and ent not in listed:
                ent, conf, how = listed[0], 0.9, "subject"
            first = s.text.lower() in FIRST_PERSON
            lo, hi = sorted((s.id, node))
            deontic = deontic or any(sent.word(i).text.lower() in DEONTIC for i in range(lo + 1, hi))
            if ent is None or ((deontic or directive) and not first):
                if (deontic or directive) and s.upos in ("NOUN", "PROPN") and s.id != cue:
                    res.addressees.append(s.id)
                continue
            body = None
            if ent.kind == "organization" and how in ("subject", "office") and reports and not in_quote:
                voice = _reporting_person(sent, node, index, timeline, offset)
                if voice is not None:  # the person voices the stance
                    # a reported act or pledge stays the body's too: "Listyo mengatakan Polri mengerahkan
                    # 200.000 personel", "Menurut dia, Pemkab telah mengeluarkan Surat Edaran"
                    body = ent if with_coactors or _marked_act(sent, s.id, node) else None
                    ent, conf, how = voice, 0.8, "reporter"
            res.actors = [Actor(ent, conf, how)]
            res.subject = s.id
            if body is not None:
                res.actors.append(Actor(body, 0.7, "co-actor"))
            if with_coactors:
                extra = [e for e in listed if e != ent and e != body]
                res.actors += [Actor(e, conf * 0.9, "co-actor")
                               for e in dict.fromkeys(extra + _coactors(sent, node, s.id, cue, index, ent))
                               if e != body]
            res.clause = node
            return res
        # a verb joined to a root whose only subject is the dateline: "Tiakur, X.com – Menjelang
        # Pilkada ..., Forkopimda ..., melalui Kesbangpol, mengadakan rapat ..."
        dated_conj = me.deprel == "conj" and sent.word(me.head).deprel == "root" and _dateline_subject(
            sent, me.head, dash, index) and not any(c.deprel in _SUBJ for c in kids)
        # a bare verb the parser hung as a relative clause on the name before it (Indonesian relative
        # clauses open with "yang"): "LUMAJANG, ... – Untuk menghadapi gelaran Pilkada tahun depan, Komisi
        # Pemilihan Umum (KPU) Kabupaten Lumajang Jawa Timur, menggelar sosialisasi ..."
        bare_relative = me.deprel.startswith("acl") and not subjects and not any(
            c.text.lower() == "yang" for c in kids)
        if (me.deprel == "root" and not subjects or dated_conj or bare_relative) and not passive:
            ent = _set_off_agent(sent, node, index)
            if ent is not None:
                res.actors, res.clause, res.had_subject = [Actor(ent, 0.7, "subject")], node, True
                if with_coactors:  # "..., mengadakan rapat koordinasi bersama Tim Kewaspadaan Dini"
                    res.actors += [Actor(e, 0.6, "co-actor") for e in dict.fromkeys(
                        _bersama_agents(sent, node, -1, cue, index)) if e != ent]
                return res
    if speaker is not None:
        res.actors = [Actor(speaker, 0.6, "speaker")]
        return res
    dash = dateline_end(sent)
    for w in sent.words:
        if w.deprel in _SUBJ and w.id < cue and not (w.head and is_passive(sent, w.head)):
            e = _agent(index, sent, w.id, dash if w.id < dash else 0)
            if e is not None and e.kind == "organization" and w.id in res.addressees:
                continue   # a body a need is put to is addressed: "Forkopimda ... perlu meningkatkan kewaspadaan"
            if e is not None:
                res.actors = [Actor(e, 0.5, "fallback")]
    if not res.actors and dash:
        e = _named_after_dateline(sent, dash, cue, index)
        if e is not None:
            res.actors = [Actor(e, 0.5, "fallback")]
    if res.actors and with_coactors:  # "..., kata Mutia, saat melakukan rapat koordinasi bersama Forkopimda"
        verb = next((a for a in [cue] + ancestors(sent, cue) if sent.word(a).upos == "VERB"), cue)
        res.actors += [Actor(e, 0.45, "co-actor") for e in dict.fromkeys(_bersama_agents(sent, verb, -1, cue, index))
                       if e != res.actors[0].entity]
    return res
