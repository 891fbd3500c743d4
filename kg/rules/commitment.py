"""The ``commitment`` rule: an actor's stance on an election topic.

Topic from the cue lexicon (:mod:`kg.lang.topics`), actor from the parse
(:mod:`kg.rules.support.actors`), kind / modality / polarity from word cues before the
topic cue in the sentence. Two topics in one sentence give two commitments;
one (actor, topic) pair per article is kept (the most confident).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from kg.extract.entity_index import EntityIndex
from kg.lang.text import is_clutter
from kg.lang.words import (ADDRESSED_PASSIVE, ADDRESSING_VERB, ATTENDING, DEONTIC, FIRST_PERSON, HELPED, JOINT_NOUNS,
                           REPORTING_VERB, SPEECH_VERB_STEMS)
from kg.model import Assertion, Document, Entity, Provenance, Sentence
from kg.rules.support.actors import Actor, according_to, agent_of, find_actors, listed_agents
from kg.rules.support.bodies import Bodies, is_overseer, partner_range, partners_after_antara
from kg.rules.registry import rule
from kg.rules.support.syntax import (Timeline, TitleHolders, ancestors, is_passive_agent, is_title, sent_base,
                                     span_of, subtree, word_spans, words_in)
from kg.rules.support.quotations import Quotation, find_quotations, quoted_ranges
from kg.lang.topics import RULE_TOPICS, TopicCue, find_topics, is_period, is_supervision, rests_on_weak, topic_by

__all__ = ["commitment", "classify", "takes_stance"]

_INSTRUCTION = re.compile(
    r"\b(minta|meminta|diminta|menginstruksikan|instruksi|memerintahkan|perintah|berpesan|pesan|"
    r"menugaskan|mewajibkan|wajib|diwajibkan|mengeluarkan surat edaran|menerbitkan|"
    r"perlu diantisipasi|arahkan|mengarahkan|agar dapat|dilarang|tidak boleh)\b", re.IGNORECASE)
_APPEAL = re.compile(
    r"\b(mengimbau|menghimbau|imbau|himbau|mengajak|ajak|mengingatkan|ingatkan|berharap|harap|"
    r"menekankan|pentingnya|mari|ayo|jangan|hendaknya|harus|sebaiknya|mendorong|dorong|menyerukan|"
    r"perlu|ajakan|seruan)\b", re.IGNORECASE)
_PLEDGE = re.compile(
    r"\b(akan|siap|berkomitmen|komitmen|bertekad|berjanji|janji|menjamin|memastikan|pastikan|sepakat|"
    r"bersepakat|menyepakati|mendukung|dukungan|berupaya|upaya|mengupayakan|diupayakan|berusaha|mengusahakan)\b",
    re.IGNORECASE)
_DONE = re.compile(r"\b(sudah|telah|berhasil|menggelar|menyelenggarakan|melaksanakan)\b", re.IGNORECASE)
_TARGET = re.compile(r"\b(menargetkan|target|ditargetkan)\b", re.IGNORECASE)
_PERCENT = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:persen|%)", re.IGNORECASE)
_MODALS = ("tidak boleh", "jangan", "dilarang", "wajib", "harus", "perlu", "mesti", "akan", "siap", "mari",
           "berkomitmen", "bertekad", "berjanji", "hendaknya", "berharap", "dapat", "bisa")
_MODAL_WORDS = {m: re.compile(rf"\b{m}\b") for m in _MODALS}   # each modal as a whole word
_NEGATIVE = re.compile(r"\b(jangan|tidak boleh|dilarang|larangan|tidak diperbolehkan|tidak dibenarkan)\b",
                       re.IGNORECASE)
_SELF_BOUND = re.compile(r"\b(kami|saya|aku)\s+(?:\w+\s+)?(wajib|harus|mesti|perlu|siap|akan)\b", re.IGNORECASE)
_NOT_STANCE = re.compile(r"^(mengetahui|ketahui|tahu|diduga|menduga|dituduh|dituding|disangka|disangkakan|"
                         r"terjerat|terseret|tersandung|dijerat)$", re.IGNORECASE)
# the stage the election is in, a schedule (README: schedules are no commitments): "Saat ini masih dalam
# tahapan pengumpulan surat suara hingga di PPK"; "tengah persiapan memasuki masa kampanye"
_STAGE = frozenset({"memasuki", "tahapan", "tahap", "jadwal", "jadwalnya"})
_HOPE = re.compile(r"\bdiharapkan\b", re.IGNORECASE)
# a wish: "Mudah-mudahan pelaksanaan pilkada besok dapat berjalan dengan aman dan damai"; with only
# weak cue words ("aman", "damai") nobody takes a stance
_WISH = re.compile(r"^\W*(mudah-mudahan|semoga|moga-moga)\b", re.IGNORECASE)
# assessing verbs: what follows them is a view of the facts unless it carries a modal or an appeal
_ASSESSING = re.compile(r"^(menilai|memprediksi|memperkirakan|berpendapat|memandang|menganalisis|"
                        r"mengamati|meyakini|menduga|menyoroti|mencontohkan)$", re.IGNORECASE)
# ... unless the view finds something needed: "Ia menilai pengawasan politik uang perlu ditingkatkan"; a
# forecast is still a view ("Pengamat memprediksi partisipasi pemilih akan meningkat")
_NEEDED = re.compile(r"\b(perlu|harus|wajib|mesti|agar|supaya|hendaknya|sebaiknya|jangan|penting|pentingnya|"
                     r"tidak boleh|dilarang)\b", re.IGNORECASE)
# a post's job description, not a stance: "H M Subhan, terpilih sebagai Ketua Tim Perumus yang
# bertugas merumuskan ... rekomendasi"; "PVMBG telah menaikkan status Gunung Marapi" (a reading)
_DESCRIBING = re.compile(r"^(terpilih|bertugas|menaikkan|menurunkan)$", re.IGNORECASE)
_STATUS = frozenset({"status", "level"})
# an exception to what the sentence asks: "ASN dilarang berpihak kepada salah satu pasangan calon selama
# proses Pilkada, kecuali saat menggunakan hak pilih di bilik suara" takes no stance on voting or booths
_EXCEPT = re.compile(r"\b(?:kecuali|terkecuali)\b[^,;.]*$", re.IGNORECASE)
# a modal inside a relative clause describes what is counted, nobody's pledge: "terdapat 727.835 pemilih yang akan
# memberikan suara mereka di Papua, dengan total 3.109 TPS yang disediakan"
_RELATIVE_MODAL = re.compile(r"\byang\s+(?:akan|dapat|bisa|siap)\b", re.IGNORECASE)
# a count with no stance verb: "ada sebanyak 69.661 pemilih (DPT, DPTb dan DPK) yang memberikan hak suara"
_COUNT = re.compile(r"\b(?:ada|terdapat|tercatat|sebanyak|berjumlah)\s+(?:sebanyak\s+)?\d", re.IGNORECASE)
# "Jumlah pemilih yang masuk dalam daftar pemilih tetap sebanyak 78.022 orang": a count is the subject
_TALLY = re.compile(r"^\W*(?:jumlah|total|tercatat)\b.*\b(?:sebanyak|mencapai|berjumlah|ada)\s+\d", re.IGNORECASE)
# a sentence that goes on from the one before by cause or result carries no actor over:
# "Karena dalam bertugas dari pagi hingga malam, sesuai dengan jadwal kampanye ..."
_NO_CARRY = re.compile(r"^\W*(karena|sehingga|sebab|akibatnya)\b", re.IGNORECASE)
# a sentence listing what the one before named: "Di antaranya pelanggaran-pelanggaran pilkada seperti ..."
_GOES_ON = re.compile(r"^\W*(di antaranya|diantaranya|antara lain|yakni|yaitu|termasuk|misalnya)\b", re.IGNORECASE)


def classify(window: str, topic: str, sentence: str) -> tuple[str, str, str, str]:
    """(kind, polarity, modality, target) from the words before the topic cue.

    >>> classify("Budi mengingatkan bahwa ASN harus menjaga", "asn-neutrality", "")[:3]
    ('appeal', 'positive', 'harus')
    >>> classify("Kami sudah melakukan", "election-oversight", "")[0]
    'action'
    >>> classify("Kita akan terus memastikan kelancaran distribusi", "election-logistics", "")[0]
    'pledge'
    >>> classify("ia berharap partisipasi", "voter-participation", "mencapai 86 persen")[::3]
    ('target', '86 persen')
    >>> classify("Jangan sampai ada", "conflict-prevention", "")[1]
    'negative'
    >>> classify("Kami wajib memastikan pemilih penyandang disabilitas", "inclusion", "")[:3]
    ('pledge', 'positive', 'wajib')
    """
    low = window.lower()
    last = {m: max((x.start() for x in rx.finditer(low)), default=-1) if m in low else -1
            for m, rx in _MODAL_WORDS.items()}
    modality = max((m for m in _MODALS if last[m] >= 0), key=lambda m: last[m], default="")
    polarity = "negative" if _NEGATIVE.search(window) else "positive"
    pct = _PERCENT.search(sentence) or _PERCENT.search(window)
    target = pct.group() if pct and (topic == "voter-participation" or _TARGET.search(window)) else ""
    if target or _TARGET.search(window):
        kind = "target"
    elif _SELF_BOUND.search(window):
        kind = "pledge"  # "Kami wajib memastikan ...": an obligation the speaker takes on
    elif _INSTRUCTION.search(window):
        kind = "instruction"
    elif _DONE.search(window):
        kind = "action"
    elif _APPEAL.search(window):
        kind = "appeal"
    elif _PLEDGE.search(window):
        kind = "pledge"
    else:
        kind = "action"
    return kind, polarity, modality, target


# acts reported by their verb: "Penertiban dilakukan bersama Bawaslu dan Panwaslu"; a count prepared or
# placed is deployed too: "Polda Sulsel juga telah mempersiapkan sebanyak 12.145 personel untuk antisipasi
# pengamanan"
_ACTING = re.compile(r"\b(melakukan|dilakukan|dilaksanakan|digelar|mengerahkan|dikerahkan|menerjunkan|"
                     r"diterjunkan|menyiagakan|disiagakan|menurunkan|diturunkan|menyiapkan|disiapkan|"
                     r"mempersiapkan|dipersiapkan|menempatkan|ditempatkan)\b", re.IGNORECASE)
_STANCE_WORDS = (_TARGET, _SELF_BOUND, _INSTRUCTION, _DONE, _APPEAL, _PLEDGE, _ACTING)


def takes_stance(window: str) -> bool:
    """Whether a stance word (a target, an instruction, an appeal, a pledge, a reported act) stands
    in ``window``: ``classify`` then finds the kind instead of falling back to "action".

    A weak cue without one mentions its topic but nobody takes a stance on it: "beberapa TPS tersebut
    tersebar di Kecamatan Tanjungpinang Timur"; "Sanksi tegas dari pemerintah jika dilanggar".

    >>> takes_stance("Ketua Bawaslu mengatakan, beberapa TPS")
    False
    >>> takes_stance("Kapolres meminta warga menjaga situasi tetap aman")
    True
    """
    return any(rx.search(window) for rx in _STANCE_WORDS)


def _accused(sent: Sentence, wid: int) -> bool:
    """The clause of ``wid`` says someone is suspected or accused of it: "Salah satu akun Facebook atas
    nama Sibela Ali diduga menyebar hoaks" takes no stance against hoaxes. Not when the accusation only
    describes a noun in someone else's act ("Polisi menangkap pelaku yang diduga menyebar hoaks")."""
    for a in [wid] + ancestors(sent, wid):
        w = sent.word(a)
        if w.deprel.startswith("acl"):
            return False
        if _NOT_STANCE.match(w.text):
            return True
    return False


def _phrase(sent: Sentence, wid: int) -> str:
    keep = {wid} | {c.id for c in sent.children(wid)
                    if c.deprel.split(":")[0] in ("flat", "compound", "appos", "amod", "nmod")
                    and c.upos != "PUNCT"}
    return " ".join(sent.word(i).text for i in sorted(keep)
                    if sent.word(i).upos != "PUNCT" and sent.word(i).text.lower() not in DEONTIC)


def _addressees(sent: Sentence, found: list[int]) -> str:
    heads = list(found)
    for w in sent.words:
        if ADDRESSING_VERB.match(w.text):
            for c in sent.children(w.id):
                if c.deprel in ("obj", "iobj") or (c.deprel.startswith("obl") and any(
                        g.text.lower() == "kepada" for g in sent.children(c.id))):
                    heads.append(c.id)
    out: list[str] = []
    for h in heads:
        for x in [h] + [c.id for c in sent.children(h) if c.deprel == "conj"]:
            p = _phrase(sent, x)
            if p and p not in out:
                out.append(p)
    return "; ".join(out)


def _org_spans(sent, index, spans, base, title_words: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Character spans of organisation names and post titles: their words name, they take no
    stance ("Menteri Koordinator Bidang Politik dan Keamanan" is no security cue)."""
    out: list[tuple[int, int]] = []
    last = 0
    for w in sent.words:
        ent = index.by_word.get((sent.sent_id, w.id))
        if (ent is not None and ent.kind == "organization") or w.id in title_words:
            a, b = spans[w.id]
            if out and last == w.id - 1:  # one span per name: "Divisi Sosialisasi Pendidikan Pemilih"
                out[-1] = (out[-1][0], b - base)   # holds the two-word cue "pendidikan pemilih"
            else:
                out.append((a - base, b - base))
            last = w.id
    return out


_DIVISION = frozenset({"divisi", "bidang"})
_DIVISION_JOINERS = frozenset({"dan", "serta", "&", ",", "/", "(", ")", "-"})
_DIVISION_TITLES = frozenset({"kepala", "ketua", "koordinator", "kordinator", "anggota", "komisioner", "kordiv",
                              "kadiv"})


def division_words(sent: Sentence, index: EntityIndex) -> frozenset[int]:
    """Words of an election body's division named in a post title: "Anggota KPU Kabupaten Bantul Divisi
    Sosialisasi, Pendidikan Pemilih dan Partisipasi Masyarakat, Budi Santoso, mengatakan ..." (the
    division names a post: no outreach, no turnout cue). From "Divisi"/"Bidang" (capitalised, or lower
    case after a title word: "Kepala divisi sosialisasi pendidikan pemilih, partisipasi masyarakat dan
    SDM KPU ...") over its nouns, list words and a bracketed short form, up to a person, a body's name,
    a verb, a comma before a person, or (capitalised) a word in lower case."""
    out: set[int] = set()
    ws = sent.words
    for w in ws:
        low = w.text.lower()
        if low not in _DIVISION:
            continue
        capital = w.text[:1].isupper()
        if not capital and not (w.id > 1 and ws[w.id - 2].text.lower() in _DIVISION_TITLES):
            continue
        for x in ws[w.id:w.id + 14]:
            t = x.text
            ent = index.by_word.get((sent.sent_id, x.id))
            if (x.ner or "O").endswith("PER") or (ent is not None and ent.kind in ("person", "organization")) \
                    or x.upos in ("VERB", "AUX") or (x.upos == "PUNCT" and t not in _DIVISION_JOINERS):
                break
            if t == "," and x.id < len(ws) and (ws[x.id].ner or "O").endswith("PER"):
                break
            if capital and t.lower() not in _DIVISION_JOINERS and not t[:1].isupper():
                break
            out.add(x.id)
        out.add(w.id)
    return frozenset(out)



_BASIS = frozenset({"berdasarkan", "berdasar", "mengacu", "merujuk", "berpedoman", "berlandaskan"})


def _basis(sent: Sentence, wid: int) -> bool:
    """The cue at ``wid`` names what an act is based on, not what it is about: "KPU Riau memesan total
    4.955.093 lembar surat suara, berdasarkan jumlah Daftar Pemilih Tetap (DPT) dengan tambahan 2,5
    persen" orders ballots (logistics); nobody takes up the voter list. "berdasarkan" heads the cue's
    phrase as a verb or marks it as a preposition, below the cue's own verb."""
    for a in [wid] + ancestors(sent, wid):
        w = sent.word(a)
        if w.text.lower() in _BASIS or any(c.deprel in ("case", "mark") and c.text.lower() in _BASIS
                                           for c in sent.children(a)):
            return True
        if w.upos in ("VERB", "ADJ"):
            return False
    return False


def _describes(sent: Sentence, wid: int) -> bool:
    """Word ``wid`` describes a post or reads a status: "terpilih", "bertugas", or
    "menaikkan"/"menurunkan" with "status"/"level" as object."""
    w = sent.word(wid)
    if not _DESCRIBING.match(w.text):
        return False
    if w.text.lower() in ("terpilih", "bertugas"):
        return True
    return any(c.deprel == "obj" and c.text.lower() in _STATUS for c in sent.children(wid))


_COPULAS = frozenset({"adalah", "merupakan", "ialah"})


def _defines(sent: Sentence, wid: int, index: EntityIndex) -> bool:
    """The cue at ``wid`` lies in the predicate noun of a copula whose subject is a body, with no modal
    word in the sentence: the sentence says what the body is, not what it does or will do. "Sentra
    Penegakan Hukum Terpadu (Sentra Gakkumdu) adalah pusat aktivitas penegakan hukum tindak pidana
    Pemilu yang terdiri dari 3 unsur ..." (the statute's definition, nobody's stance)."""
    for a in [wid] + ancestors(sent, wid):
        w = sent.word(a)
        if w.upos in ("VERB", "ADJ"):
            return False  # the cue's own clause has a verb: "Bawaslu adalah lembaga yang mengawasi ..." acts
        if any(c.deprel == "cop" and c.text.lower() in _COPULAS for c in sent.children(a)):
            subjects = [c for c in sent.children(a) if c.deprel.startswith("nsubj")]
            bodies = [e for c in subjects for e in [agent_of(index, sent, c.id)] if e is not None]
            low = sent.text.lower()
            return bool(bodies) and all(e.kind == "organization" for e in bodies) \
                and not any(_MODAL_WORDS[m].search(low) for m in _MODALS)
    return False


_BECOMING = frozenset({"menjadi", "merupakan"})


def _judges(sent: Sentence, head: int, cue: TopicCue, cx: "_Sent") -> bool:
    """The cue at ``head`` lies in the predicate of a copula ("adalah", "merupakan", "ialah", "menjadi")
    whose subject holds a cue of another topic: the predicate judges that topic and takes no stance of its
    own. "Koordinasi yang baik antara Bawaslu, KPU, ... adalah kunci untuk menjamin kelancaran dan
    keamanan Pilkada" is a coordination appeal, not one on security."""
    chain = [head] + ancestors(sent, head)
    for n, a in enumerate(chain):
        w = sent.word(a)
        copula = any(c.deprel == "cop" and c.text.lower() in _COPULAS for c in sent.children(a)) \
            or (w.text.lower() in _BECOMING and w.upos in ("VERB", "AUX"))
        if not copula:
            continue
        subjects = [c.id for c in sent.children(a) if c.deprel.startswith("nsubj")]
        if not subjects or (n > 0 and chain[n - 1] in subjects):
            return False   # the cue is in the subject: what is judged
        inside = set().union(*(subtree(sent, x) for x in subjects))
        return any(o.topic != cue.topic and _cue_head(o, cx) in inside for o in cx.cues)
    return False


_ATTENDING = ATTENDING
_OCCASION = frozenset({"acara", "kegiatan", "rapat", "pertemuan", "apel", "upacara", "sosialisasi", "seminar",
                       "dialog", "diskusi", "rakor", "peringatan", "deklarasi", "audiensi", "sambutan",
                       "sela", "sela-sela"})  # "kata Ketua KPU ..., Stepenson di sela simulasi pemungutan suara"
_TAKING_PART = frozenset({"ikut", "terlibat", "dilibatkan", "berperan", "berpartisipasi", "campur", "berkampanye",
                          "mengikuti", "turut"})
_AT = frozenset({"pada", "dalam", "saat", "ketika", "usai", "seusai", "sela", "disela", "di"})
# when a statement was made: "kata Alex diwawancarai awak media usai mengawasi jalannya kampanye"
_WHEN = frozenset({"usai", "seusai", "setelah", "sesudah", "selepas", "sebelum", "saat", "ketika", "sambil"})
_INTERVIEWED = frozenset({"diwawancarai", "ditemui", "dikonfirmasi", "dijumpai", "dihubungi"})


def _speaking(w) -> bool:
    low = w.text.lower()
    return low in SPEECH_VERB_STEMS or low in _INTERVIEWED or bool(REPORTING_VERB.match(low))


def _occasion(sent: Sentence, wid: int) -> bool:
    """Whether the cue at ``wid`` only names what somebody attends or the occasion of the sentence.

    Attending is no stance (README): "Acara tersebut dihadiri oleh ..., Forkopimda, ..."; nor is the
    event a sentence places its act at: "menyampaikan apresiasi atas kehadiran Panglima TNI ... pada
    acara Deklarasi Tolak dan Lawan Politik Uang"; "dalam sosialisasi tersebut, pihaknya menekankan
    ... ASN harus bersikap netral" (the neutrality is the stance, not the outreach).
    """
    chain = [wid] + ancestors(sent, wid)
    for i, a in enumerate(chain):
        w = sent.word(a)
        if w.text.lower() in _ATTENDING:  # "Personel harus hadir sejak pendistribusian logistik": a duty
            return not any(c.text.lower() in DEONTIC or c.text.lower() in _MODALS for c in sent.children(a))
        if w.deprel.split(":")[0] in ("obl", "advcl") and w.text.lower() in _OCCASION and any(
                c.deprel in ("case", "mark") and c.text.lower() in _AT for c in sent.children(a)):
            # taking part in it is the stance: "Jangan sampai ikut campur dalam kegiatan kampanye"
            return not (w.head and sent.word(w.head).text.lower() in _TAKING_PART)
        if w.upos == "VERB" and w.deprel.split(":")[0] == "advcl" and w.head and _speaking(sent.word(w.head)) \
                and any(c.deprel == "mark" and c.text.lower() in _WHEN for c in sent.children(a)):
            return True  # the time of speaking: "..., kata Alex diwawancarai usai mengawasi jalannya kampanye"
        if w.upos == "VERB" and w.deprel.split(":")[0] == "advcl" and w.head and _befalls(sent.word(w.head)) \
                and any(c.deprel == "mark" and c.text.lower() in _WHEN | _DURING for c in sent.children(a)):
            return True  # what the victim was doing: "almarhum terserempet kendaraan ... ketika membantu
            #              proses pendistribusian logistik"
        if w.upos == "VERB" and w.text.lower() not in _ATTENDING:
            return False  # the cue's own clause: "Bawaslu menggelar sosialisasi ..."
    return False


_ATTENDED = frozenset({"dihadiri", "dihadirinya"})
_ALSO = frozenset({"turut", "ikut", "pula", "juga"})


def _attendee(sent: Sentence, wid: int) -> bool:
    """The cue at ``wid`` lies in the list of those attending, which runs from "dihadiri (oleh)" or "turut
    hadir" / "hadir pula" up to the next verb: "upacara pelepasan yang dihadiri oleh Pj Bupati Kediri, ...,
    serta tim pengamanan dari Polres Kediri, ..." names guests, no security stance (README: attending is
    not a commitment). Read from the words: the parser hangs long lists of guests anywhere."""
    for w in reversed(sent.words[:wid - 1]):
        low = w.text.lower()
        if low in _ATTENDED:
            return True
        if low == "hadir":
            near = {sent.word(i).text.lower() for i in (w.id - 1, w.id + 1) if 0 < i <= len(sent.words)}
            return bool(near & _ALSO)
        if w.upos in ("VERB", "AUX") or w.text in (";", ":"):
            return False
    return False


def _guest(ent, sent: Sentence) -> bool:
    """Every mention of ``ent`` in the sentence lies in a list of guests (see :func:`_attendee`): "upacara
    pelepasan yang dihadiri oleh Pj Bupati Kediri, Heru Wahono, bersama jajaran Komisioner KPU, Panitia
    Pemilihan Kecamatan (PPK), ..." made the PPK a partner of the logistics the ceremony sent off."""
    here = [m for m in ent.mentions if m.sent_id == sent.sent_id and m.word_ids]
    return bool(here) and all(_attendee(sent, m.word_ids[0]) for m in here)


_DURING = frozenset({"selama", "sewaktu", "tatkala"})
# what befalls someone: a death, an illness, an accident ("terserempet", "tersengat", "terpeleset")
_BEFALLING = frozenset({"meninggal", "wafat", "gugur", "sakit", "pingsan", "tumbang", "jatuh", "kecelakaan",
                        "mengalami", "menderita", "diderita", "dirawat", "opname", "kelelahan"})


def _befalls(w) -> bool:
    """Whether ``w`` says something befell someone: "meninggal", "sakit", or a ter- verb of accident
    ("terserempet", "terjatuh", "tersengat")."""
    low = w.text.lower()
    return low in _BEFALLING or (w.upos == "VERB" and low.startswith("ter") and len(low) > 6
                                 and low not in ("terus", "terlibat", "terkait", "terjadi", "terdaftar"))


def _staged(sent: Sentence, wid: int) -> bool:
    """Whether the cue at ``wid`` names a stage of the election calendar: "memasuki" or "tahapan"
    governs it within its own clause ("masih dalam tahapan pengumpulan surat suara"), not further up
    ("menciptakan setiap tahapan kampanye ... bebas dari pengaruh politik transaksional")."""
    for a in ancestors(sent, wid):
        w = sent.word(a)
        if w.text.lower() in _STAGE:
            return True
        if w.upos in ("VERB", "ADJ"):
            return False
    return False


# what happens or is found, reported: "Hingga saat ini belum ditemukan pelanggaran kampanye"; "masa tenang
# kerap diwarnai potensi pelanggaran"; "berbagai potensi pelanggaran bisa saja terjadi"
_OCCURRING = frozenset({"terjadi", "ditemukan", "ditemukannya", "ditemui", "terdapat", "ada", "diwarnai", "muncul",
                        "marak", "terpantau", "terlihat"})
_FINDING = frozenset({"menemukan", "temukan", "mendapati", "mendapatkan"})  # "kami belum menemukan politik uang"
_NEGATORS = frozenset({"tidak", "belum", "tak", "tiada", "bukan"})
# a state said of something: "situasi selama masa tenang aman dan kondusif"; "kondisi keamanan tetap terkendali"
_STATE_WORDS = frozenset({"aman", "kondusif", "terkendali", "lancar", "tertib", "damai", "normal", "stabil",
                          "berjalan", "berlangsung", "terselenggara"})


def _main_report(sent: Sentence, node: int) -> bool:
    """``node`` is what the sentence states: its root, or a clause under speech verbs only ("Budi mengatakan
    ..."), not a clause under an act ("memastikan tidak ada politik uang") or a condition."""
    for a in [node] + ancestors(sent, node):
        w = sent.word(a)
        rel = w.deprel.split(":")[0]
        # an unmarked clause under a speech verb is what is said, however the parser labels it: "Fuad
        # menjelaskan untuk Pilkada Gubernur ... tidak ada pasangan calon yang ..." ("ada" as advcl)
        said = rel == "advcl" and w.head and _speaking(sent.word(w.head)) and not any(
            c.deprel == "mark" for c in sent.children(a))
        if a != node and w.upos in ("VERB", "AUX", "ADJ") and not _speaking(w):
            return False
        if a != node and rel in ("advcl", "acl") and not said:
            return False
        if a == node and rel in ("advcl", "acl", "xcomp", "csubj") and not said:
            return False
    return True


def _observed(sent: Sentence, pred: int) -> bool:
    """The cue's predicate (or the noun its relative clause describes) reports that what it names happens
    or was found, or was not ("belum ditemukan pelanggaran", "tidak ada pasangan calon yang mengajukan
    permohonan Perselisihan Hasil Pemilihan"): news, no stance, when it is what the sentence (or a report in
    it) states, not a condition or the object of an act ("mencegah agar tidak terjadi konflik" acts)."""
    described = False   # through a relative clause: only what did not occur ("Terdapat personel TNI yang
    for a in [pred] + ancestors(sent, pred):   # mengamankan ... logistik" reports their act)
        w = sent.word(a)
        low = w.text.lower()
        negated = any(c.text.lower() in _NEGATORS for c in sent.children(a)) or (
            a > 1 and sent.word(a - 1).text.lower() in _NEGATORS)
        if low in _OCCURRING or (negated and low in _FINDING):
            return (negated or not described) and _main_report(sent, a)
        described = described or w.deprel.startswith("acl")
        if w.upos in ("VERB", "AUX", "ADJ") and not w.deprel.startswith("acl"):
            return False   # the cue's own clause acts; a relative clause only describes what occurs
        if any(c.text.lower() in DEONTIC for c in sent.children(a)):
            return False   # "Tidak ada ASN yang boleh terlibat politik praktis": a rule
    return False


def _judged(sent: Sentence, head: int, cue: TopicCue) -> bool:
    """The cue names what a state is said of, or the state: "situasi aman dan kondusif" (a safe-election
    formula), "situasi keamanan ... masih kondusif" (the cue in the subject of a state word): a judgement of
    how things are, no stance. Not under an act: "menciptakan kondisi kondusif" acts."""
    chain = [head] + ancestors(sent, head)
    if rests_on_weak(cue):   # the formula is the predicate itself
        top = next((a for a in chain if sent.word(a).upos in ("VERB", "ADJ")), head)
        return sent.word(top).text.lower() in _STATE_WORDS and _main_report(sent, top)
    for a in chain:
        w = sent.word(a)
        if w.deprel.startswith("nsubj") and w.head and sent.word(w.head).text.lower() in _STATE_WORDS:
            return _main_report(sent, w.head)
        if w.upos in ("VERB", "ADJ"):
            return False
    return False


_TARGET_VALUE = re.compile(r"\b(?:mencapai|target|menargetkan|ditargetkan)\b[^.]{0,40}?\d+(?:[.,]\d+)?\s*(?:persen|%)",
                           re.IGNORECASE)


def _target_goes_on(text: str, last_topics: set[str]) -> list[TopicCue]:
    """A turnout target stated without the word "partisipasi" right after a sentence about turnout:
    "KPU ... menargetkan partisipasi masyarakat ... mencapai 80 persen." then "“Kami berharap bisa
    mencapai 80 persen, bahkan 85 persen,” kata Ketua KPU ...". A result without a stance word
    ("Di Kecamatan X mencapai 90 persen") goes on with nothing.

    >>> [c.topic for c in _target_goes_on("Kami berharap bisa mencapai 80 persen", {"voter-participation"})]
    ['voter-participation']
    >>> _target_goes_on("Di Kecamatan Kurun mencapai 90 persen", {"voter-participation"})
    []
    """
    m = _TARGET_VALUE.search(text)
    if m is None or "voter-participation" not in last_topics or not takes_stance(text):
        return []
    return [TopicCue("voter-participation", m.start(), m.end(), m.group(), "strong")]


_SAME_AS = re.compile(r"^\W*(?:seperti yang (?:juga )?(?:dilakukan|dilaksanakan)|hal (?:yang )?(?:serupa|sama) "
                      r"(?:juga )?(?:dilakukan|dilaksanakan))\b", re.IGNORECASE)


def _same_as_before(text: str, taken: list[str]) -> list[TopicCue]:
    """A sentence that says somebody did the same as the sentence before takes up its topics: "Polri
    menerapkan pengamanan ekstra terhadap keselamatan kontestan Pilkada. Seperti yang dilakukan
    Polres Rokan Hulu terhadap calon bupati dan wakil bupati." The cue spans the phrase, whose verb
    leads to the doer.

    >>> [c.topic for c in _same_as_before("Seperti yang dilakukan Polres Rohul terhadap calon bupati", ["security-order"])]
    ['security-order']
    >>> _same_as_before("Polres Rohul mengawal calon bupati", ["security-order"])
    []
    """
    m = _SAME_AS.match(text)
    if m is None:
        return []
    verb = m.group().split()[-1]
    start = m.end() - len(verb)
    return [TopicCue(t, start, m.end(), verb, "strong") for t in dict.fromkeys(taken)]


_SANCTION = re.compile(r"^(?:sanksi|sanksinya|disanksi|menyanksi|menindak|ditindak|diproses hukum)$",
                       re.IGNORECASE)


# a violation named with no act of oversight on it: "Jangan sampai terjadi pelanggaran dari yang sederhana hingga besar"
_VIOLATION = re.compile(r"^(?:pelanggaran|pelanggarannya)$", re.IGNORECASE)
# ... said to happen or not, no act on it ("mencegah potensi pelanggaran" prevents violations: oversight)
_HAPPENS = re.compile(r"(?<![\w-])(?:tidak\s+|jangan\s+sampai\s+|sampai\s+)?(?:terjadi|ada)\s+$", re.IGNORECASE)


def _sanctions_go_on(cues: list[TopicCue], taken: list[str], text: str = "") -> list[TopicCue]:
    """A sanction threatened right after a rule enforces that rule, and a violation warned of right
    after it breaks that rule: its topic is the rule's, not oversight ("“Pjs harus menjaga netralitas
    ASN. Jangan sampai terjadi pelanggaran dari yang sederhana hingga besar.”"). "Seluruh Pjs dan Plt bupati yang ditunjuk tidak boleh menggunakan kekuasaannya ...
    menguntungkan atau merugikan pasangan calon." then ""Akan ditindak tegas sesuai dengan peraturan
    yang berlaku," pungkasnya." With no rule before, the sanction is oversight: "Bawaslu akan menindak
    tegas setiap pelanggaran".

    >>> [c.topic for c in _sanctions_go_on([TopicCue("election-oversight", 5, 13, "ditindak", "weak")],
    ...                                   ["asn-neutrality"])]
    ['asn-neutrality']
    >>> [c.topic for c in _sanctions_go_on([TopicCue("election-oversight", 5, 13, "ditindak", "weak")], [])]
    ['election-oversight']
    >>> [c.topic for c in _sanctions_go_on([TopicCue("election-oversight", 22, 33, "pelanggaran", "strong")],
    ...                                   ["asn-neutrality"], "Jangan sampai terjadi pelanggaran")]
    ['asn-neutrality']
    >>> [c.topic for c in _sanctions_go_on([TopicCue("election-oversight", 21, 32, "pelanggaran", "strong")],
    ...                                   ["asn-neutrality"], "dan mencegah potensi pelanggaran")]
    ['election-oversight']
    """
    sanctions = [c for c in cues if c.topic == "election-oversight" and c.strength == "weak" and _SANCTION.match(c.cue)]
    oversight = [c for c in cues if c.topic == "election-oversight"]
    if oversight and all(_VIOLATION.match(c.cue) and _HAPPENS.search(text[:c.start]) for c in oversight):
        sanctions = oversight  # "Pjs harus menjaga netralitas ASN. Jangan sampai terjadi pelanggaran ..."
    if not sanctions or not taken:
        return cues
    rest = [c for c in cues if c not in sanctions]
    first = sanctions[0]
    return rest or [TopicCue(t, first.start, first.end, first.cue, "strong") for t in dict.fromkeys(taken)]


def _cue_head(cue: TopicCue, cx: "_Sent") -> int | None:
    """The word of the cue that heads its others in the parse (its first word if none does); None
    when the cue covers no word."""
    wids = words_in(cx.spans, cx.base + cue.start, cx.base + cue.end)
    return next((w for w in wids if cx.sent.word(w).head not in wids), wids[0]) if wids else None


def _undescribed(cues: list[TopicCue], cx: "_Sent") -> list[TopicCue]:
    """The cues less those inside a relative clause that describes what another topic's verb acts on:
    "Kami terus mengawasi kampanye yang bisa merusak ketertiban umum" oversees campaigns (the order they
    could disturb says which ones); no stance on security of its own."""
    sent = cx.sent
    heads = {c: h for c in cues if (h := _cue_head(c, cx)) is not None}
    out = []
    for c in cues:
        h = heads.get(c)
        drop = False
        if h is not None:
            chain = [h] + ancestors(sent, h)
            for n, a in enumerate(chain):
                if sent.word(a).deprel.startswith("acl") and n + 2 < len(chain):
                    noun, verb = chain[n + 1], chain[n + 2]
                    drop = sent.word(noun).deprel.split(":")[0] in ("obj", "obl") and any(
                        o is not c and o.topic != c.topic and heads.get(o) == verb for o in cues)
                    break
        if not drop:
            out.append(c)
    return out


def _has_clause_subject(sent: Sentence) -> bool:
    """A subject of the sentence or of one of its clauses; the subject of a relative or adnominal
    clause ("antisipasi terjadinya berita bohong": "berita" is the subject of "terjadinya") does
    not make the sentence say who acts, nor does the one addressed by a passive addressing verb with
    no agent ("ASN juga diminta untuk menolak praktik politik uang": who asks is who spoke before)."""
    return any(w.deprel.startswith("nsubj") and (w.head == 0 or not sent.word(w.head).deprel.startswith("acl"))
               and not _addressed(sent, w) for w in sent.words)


def _addressed(sent: Sentence, w) -> bool:
    """``w`` is the subject of a passive addressing verb that names no agent ("ASN diminta ..."), or one a
    need is put to ("Oleh karena itu, Forkopimda Kota Madiun dan jajarannya perlu meningkatkan kewaspadaan"):
    who asks is who spoke before."""
    verb = sent.word(w.head) if w.head else None
    if w.deprel == "nsubj" and verb is not None and w.text.lower() not in FIRST_PERSON and (
            verb.text.lower() in DEONTIC or any(c.deprel in ("aux", "advmod") and c.text.lower() in DEONTIC
                                                for c in sent.children(verb.id))):
        return True
    if w.deprel != "nsubj:pass" or not w.head or not ADDRESSED_PASSIVE.match(sent.word(w.head).text):
        return False
    return not any(c.deprel == "obl:agent" or is_passive_agent(sent, c.id) for c in sent.children(w.head))


def _carries(sent: Sentence, paragraph: int | None) -> bool:
    """Whether a sentence with no actor of its own goes on with the last actor (of ``paragraph``).

    Within the paragraph, a sentence without a clause subject goes on ("Kemudian antisipasi terjadinya
    berita bohong melalui media sosial"), unless it starts with a cause or result. A sentence that
    lists what the one before named ("Di antaranya pelanggaran-pelanggaran pilkada seperti serangan
    fajar") goes on across a paragraph break too: news writes one sentence per paragraph.
    """
    if _has_clause_subject(sent) or _NO_CARRY.match(sent.text):
        return False
    if not _GOES_ON.match(sent.text) and not any(w.upos in ("VERB", "AUX") for w in sent.words):
        return False  # a list with no verb reports no act: "..., pimpinan OPD, tokoh agama, tokoh adat, perwakilan KPU"
    if paragraph == sent.paragraph:
        return True
    goes_on = bool(_GOES_ON.match(sent.text)) or _bidding(sent)
    return goes_on and paragraph is not None and sent.paragraph is not None and sent.paragraph - paragraph == 1


_BIDDING = re.compile(r"\b(segera|mari|ayo|jangan|hendaknya|harus|wajib|perlu)\b", re.IGNORECASE)


def _bidding(sent: Sentence) -> bool:
    """A sentence with no subject that bids its readers ("Jika menemukan pelanggaran terkait pemilu, segera
    laporkan kepada pihak berwajib"): the speaker of the paragraph before goes on, as news writes one
    sentence of indirect speech per paragraph."""
    return bool(_BIDDING.search(sent.text))


def _quote_of(quotes: list[Quotation], a: int, b: int) -> Quotation | None:
    return next((q for q in quotes if q.start < b and a < q.end), None)


@dataclass(frozen=True)
class _Sent:
    """What the per-cue step needs to know about the sentence at hand."""
    sent: Sentence
    base: int
    spans: dict[int, tuple[int, int]]
    quote: Quotation | None
    cues: tuple[TopicCue, ...] = ()   # the sentence's topic cues


def _one(doc: Document, cue: TopicCue, cx: _Sent, index: EntityIndex, timeline: Timeline,
         carry: tuple[int, Actor] | None, holders=None,
         bodies: Bodies | None = None) -> tuple[list[Assertion], Actor | None]:
    """Commitments for one topic cue (one per actor) and the actor to carry on."""
    sent, base, spans, quote = cx.sent, cx.base, cx.spans, cx.quote
    head = _cue_head(cue, cx)
    if head is None:
        return [], None
    in_quote = quote is not None and quote.start <= base + cue.start < quote.end
    speaker = quote.speaker if in_quote and quote else None
    pred = next((a for a in [head] + ancestors(sent, head) if sent.word(a).upos in ("VERB", "ADJ")), head)
    if _NOT_STANCE.match(sent.word(pred).text) or _accused(sent, head):
        return [], None  # "Joko mengaku tidak mengetahui aturan kampanye": knowing or being accused
    if rests_on_weak(cue) and _WISH.match(sent.text):  # "Mudah-mudahan ... berjalan dengan aman dan damai"
        return [], None
    if any(_describes(sent, a) for a in [head] + ancestors(sent, head)):
        return [], None  # a job description or a status reading, no stance
    if _judges(sent, head, cue, cx):
        return [], None  # what a copula says of another topic: "Koordinasi ... adalah kunci untuk menjamin ... keamanan"
    if _defines(sent, head, index):
        return [], None  # what a body is: "Sentra Gakkumdu adalah pusat aktivitas penegakan hukum ..."
    if _occasion(sent, head) or _attendee(sent, head):
        return [], None  # attending, or the occasion of what the sentence reports
    if _basis(sent, head):
        return [], None  # what an act rests on: "memesan ... surat suara, berdasarkan jumlah DPT"
    if _EXCEPT.search(sent.text[:cue.start]):
        return [], None  # the exception to a rule: "..., kecuali saat menggunakan hak pilih di bilik suara"
    # the window runs to the cue's predicate when that follows the cue: "Politik uang tidak boleh dibiarkan"
    window_end = max(cue.end, spans[pred][1] - base if pred > head else cue.end)
    kind, polarity, modality, target = classify(sent.text[:window_end], cue.topic, sent.text)
    if is_period(cue) and not modality and not takes_stance(sent.text[:window_end]):
        return [], None  # the quiet period named, no rule kept: "Masa tenang ini bagi Bawaslu menjadi masa yang paling tidak tenang"
    if kind == "target" and not modality and not takes_stance(sent.text[:window_end]):
        return [], None  # a figure reported, no target: "pada Pilgub sebelumnya angka partisipasi pemilih mencapai 74 persen"
    if cue.strength == "weak" and not takes_stance(sent.text[:window_end]):
        return [], None  # a weak cue with no stance word: the topic is mentioned, not taken up
    if not _NEEDED.search(sent.text[:window_end]) and any(
            _ASSESSING.match(sent.word(a).text) for a in ancestors(sent, head) if a != head):
        return [], None  # "Pengamat ... menilai rendahnya partisipasi pemilih dipengaruhi ...": a view, no stance
    if kind == "action" and not modality and not takes_stance(sent.text[:window_end]) and (
            sent.word(head).text.lower() in _BEFALLING or sent.word(pred).text.lower() in _BEFALLING):
        return [], None  # what befell the officers, told: "“Mereka kelelahan, kemudian dirawat, lalu meninggal dunia”"
    if kind == "action" and modality in ("", "dapat", "bisa") and not takes_stance(sent.text[:window_end]) and (
            _observed(sent, pred) or _judged(sent, head, cue)):
        return [], None  # what was found or the state things are in: "belum ditemukan pelanggaran", "situasi kondusif"
    if kind == "action" and not modality and not _DONE.search(sent.text[:window_end]) and _staged(sent, head):
        return [], None  # the calendar: "proses Pilkades ... sedang memasuki masa tenang"
    before = sent.text[:cue.start]  # a count deployed is an act: "mengerahkan sebanyak 786 personel polisi"
    plain, _, bare, _ = classify(_RELATIVE_MODAL.sub("yang", sent.text[:window_end]), cue.topic, "")
    if plain == "action" and not bare and (_COUNT.search(before) or _TALLY.match(sent.text)) \
            and not _DONE.search(before) and not _ACTING.search(before):
        return [], None  # a statistic: "ada sebanyak 69.661 pemilih (DPT ...) yang memberikan hak suara"
    found = find_actors(sent, head, index, timeline, offset=base,
                        speaker=speaker or according_to(sent, index, timeline, base),
                        with_coactors=kind in ("action", "pledge"), holder=holders, in_quote=in_quote)
    found.actors = _not_reporting_others(found.actors, sent, bodies)
    found.actors = [a for a in found.actors if not _guest(a.entity, sent)]
    if not found.actors and carry is not None and _carries(sent, carry[0]):
        found.actors = [replace(carry[1], confidence=0.4, how="carried")]  # "Yakni, ..." goes on
    if speaker is not None and quote.confidence >= 0.8 and found.subject and not (
            quote.start <= spans[found.subject][0] < quote.end):
        # the reporting clause's subject ('Ketua KPU ... mengatakan “semua TPS sudah siap'): the speaker
        found.actors = [Actor(speaker, 0.85, "speaker")]
    if in_quote and speaker is not None and speaker.kind == "person" and quote.confidence >= 0.8 \
            and found.actors and found.actors[0].entity.kind != "person" and found.actors[0].how == "subject":
        # a body named as the subject inside a person's quotation acts, and the person voices it (README:
        # "a named official voicing a stance ... is the person"; as outside quotations, where the reporter
        # and the body both act, see find_actors): "“TNI dan Polri akan selalu siap mengamankan Proses
        # Pemilu 2024,” kata Kapolsek ..." is the Kapolsek's pledge and the forces'
        found.actors = [Actor(speaker, 0.8, "speaker")] + found.actors
    if found.actors and kind in ("action", "pledge") and cue.topic != "interagency-coordination":
        have = {a.entity.key for a in found.actors}   # those who help with the act act too
        top = found.clause or ([head] + ancestors(sent, head))[-1]   # no clause (a speaker's): the sentence
        found.actors += [Actor(e, 0.6, "co-actor") for e in _helpers(sent, top, index) if e.key not in have]
    if cue.topic == "interagency-coordination":
        found.actors = _not_partners(found.actors, sent, head)
        have = {a.entity.key for a in found.actors}   # "Kerja sama antara KPU dan Bawaslu ... terus diperkuat"
        found.actors += [Actor(e, 0.7, "co-actor") for e in _joined_between(sent, cue, head, cx, index)
                         if e.key not in have]
    if not found.actors:
        return [], None
    if cue.strength == "names" and cue.topic == "interagency-coordination":
        named = index.by_word.get((sent.sent_id, head))
        if named is not None and any(a.entity.key == named.key for a in found.actors):
            # "Kami dan Forkopimda akan menerapkan protokol kesehatan": the forum acting is no
            # coordination cue of its own acts (it is one when another body involves it)
            return [], found.actors[0]
    clause = next((a for a in [head] + ancestors(sent, head) if sent.word(a).upos in ("VERB", "ADJ")), head)
    start, end = span_of(spans, subtree(sent, clause))
    weak = 0.6 if cue.strength == "weak" else 1.0
    addressees = _addressees(sent, found.addressees)
    watched = _supervised(cue, head, cx)
    out = [Assertion(
        kind="commitment",
        args=(("actor", actor.entity.key), ("topic", topic), ("kind", kind), ("polarity", polarity),
              ("modality", modality), ("target", target), ("addressees", addressees)),
        provenance=Provenance(doc_id=doc.doc_id, sent_id=sent.sent_id, start_char=start, end_char=end,
                              text=sent.text, rule="commitment",
                              confidence=round(actor.confidence * weak, 2)))
        for actor in found.actors
        if (topic := _doer_topic(cue, actor, sent, bodies, _in_its_clause(cue, pred, cx))) is not None
        and not (watched and bodies is not None and is_overseer(bodies.of(actor.entity, sent)))]
    return out, found.actors[0]


# passive verbs whose agent helps with the act, and nouns of help whose giver follows "dari"/"oleh"
_HELP = frozenset({"bantuan", "pengawalan", "backup", "back-up", "perbantuan"})


def _helpers(sent: Sentence, clause: int, index: EntityIndex) -> list:
    """Bodies named as helping with the act of ``clause``: they act too (README: a body's act reported
    directly belongs to the body), except in coordination, where they are the partners. "Setelah apel dilakukan penertiban APK ... yang dibantu Kepolisian,
    TNI, dan Satpol PP"; "penjemputan langsung surat suara ..., yang dikawal oleh Polda Riau";
    "Polres juga mendapatkan bantuan personil BKO dari Polda Lampung". The agent of a helping passive
    ("dibantu", "dikawal") or the giver after "dari"/"oleh" below a noun of help ("bantuan",
    "pengawalan"), with the bodies joined to it by "dan"."""
    inside = subtree(sent, clause)
    heads: list[int] = []
    for wid in sorted(inside):
        low = sent.word(wid).text.lower()
        if low in HELPED:
            heads += [c.id for c in sent.children(wid) if is_passive_agent(sent, c.id) or c.deprel == "obl:agent"]
        elif low in _HELP:
            below = sorted(subtree(sent, wid) - {wid})
            heads += [d for d in below[:12] if any(g.deprel == "case" and g.text.lower() in ("dari", "oleh")
                                                   for g in sent.children(d))][:1]
    out = []
    for h in heads:
        for x in [h] + [c.id for c in sent.children(h) if c.deprel == "conj"]:
            e = agent_of(index, sent, x)
            if e is not None and e.kind == "organization" and e not in out:
                out.append(e)
    return out


def _not_reporting_others(actors: list[Actor], sent: Sentence, bodies: Bodies | None) -> list[Actor]:
    """A person reporting another body's act voices no stance of his own: "Dia menjelaskan bahwa berdasarkan
    laporan yang diterima, KPU Kabupaten Jayapura telah melakukan pergeseran logistik" (said by the chair of
    Bawaslu Papua) is the KPU's act alone. The reporter stays beside his own body ("Menurut dia, Pemkab telah
    mengeluarkan Surat Edaran", said by the regent) and when his body is not known."""
    if bodies is None or len(actors) < 2 or actors[0].how != "reporter":
        return actors
    own = bodies.of(actors[0].entity, sent)
    acting = [a for a in actors[1:] if a.entity.kind == "organization"]
    if own is None or not acting or any(_same_body(own, a.entity) for a in acting):
        return actors
    return actors[1:]


def _same_body(a: Entity, b: Entity) -> bool:
    """The same body or a branch of it: "Bawaslu Papua" and "Bawaslu Kabupaten Jayapura"."""
    return a.key == b.key or a.name.split()[:1] == b.name.split()[:1]


def _supervised(cue: TopicCue, head: int, cx: "_Sent") -> bool:
    """The cue names work that a supervising cue of the sentence governs: "Bawaslu Provinsi Papua terus
    mengawasi pergeseran logistik di sejumlah Kantor KPU" (the shipping is KPU's work; supervising it is
    the overseer's oversight, no logistics of its own). Rules to keep are the overseer's topic too
    ("memperkuat pengawasan terhadap netralitas ASN")."""
    if cue.topic in RULE_TOPICS or cue.topic == "election-oversight":
        return False
    heads = {_cue_head(o, cx) for o in cx.cues if is_supervision(o)}
    for a in [head] + ancestors(cx.sent, head):
        if a in heads and a != head:
            return True
        if cx.sent.word(a).deprel.startswith("conj"):
            return False   # an act of its own beside the supervision: "pengawasan sekaligus pengamanan ... logistik"
    return False


_EXISTING = frozenset({"ada", "terdapat", "adanya"})


def _joined_between(sent: Sentence, cue: TopicCue, head: int, cx: "_Sent", index: EntityIndex) -> list:
    """The bodies a joint noun lists after "antara" when the joint work is what the clause reports as
    going on: "Kerja sama antara KPU Kabupaten Sleman dan Bawaslu Kabupaten Sleman dalam pemutakhiran data
    pemilih terus diperkuat" (README: a body's act reported directly belongs to the body). Not when
    the joint noun is what someone asks for or foresees ("menekankan pentingnya kerja sama antara Pemkot
    dan Bawaslu"; "akan ada kolaborasi lebih lanjut antara Bawaslu dan Pemerintah Kota"): the joint noun is
    the subject of a verb that is no existential or copula, or the sentence's root."""
    wids = words_in(cx.spans, cx.base + cue.start, cx.base + cue.end)
    if not wids or not any(sent.word(w).text.lower() in JOINT_NOUNS for w in wids):
        return []
    between = partners_after_antara(sent, max(wids))
    if between is None:
        return []
    w = sent.word(head)
    if w.deprel.startswith("nsubj"):
        verb = sent.word(w.head)
        if verb.text.lower() in _EXISTING or verb.upos not in ("VERB", "ADJ") or any(
                c.deprel == "cop" for c in sent.children(verb.id)):
            return []
    elif w.deprel != "root":
        return []
    listed = list(dict.fromkeys(e for e in listed_agents(sent, between, index)
                                if e.kind == "organization"))
    return listed if len(listed) >= 2 else []


def _not_partners(actors: list[Actor], sent: Sentence, cue: int) -> list[Actor]:
    """The actors less the co-actors named after a coordination cue: those are whom the actor
    coordinates with, the objects of the joint act (README: partners after "berkoordinasi dengan" are
    not co-actors). "Forkopimda ... mengadakan rapat koordinasi bersama Tim Kewaspadaan Dini"; "kami
    bersama dengan Pemkab dalam hal ini Satpol PP sudah menurunkan alat peraga" is the speaker's
    coordination. Partners named before it act together ("Pemerintah Kota Pangkalpinang bersama OPD
    terkait, ... serta aparat keamanan dari TNI dan POLRI telah melakukan koordinasi"), and so do those
    the act is done with, further on: "melakukan sosialisasi dan koordinasi secara masif, baik di
    tingkat provinsi maupun kabupaten dan kota, bersama Forkopimda"."""
    after = partner_range(sent, cue)  # the cue's phrase: up to a verb, a purpose word or a clause's comma
    return [a for a in actors if a.how != "co-actor" or not any(
        m.sent_id == sent.sent_id and m.word_ids and m.word_ids[0] in after for m in a.entity.mentions)]


def _in_its_clause(cue: TopicCue, pred: int, cx: "_Sent") -> tuple[str, ...]:
    """The topics of the other cues of the sentence inside the clause of ``cue``'s predicate ``pred``,
    not in a verb coordinated with it: "melaksanakan pengawasan sekaligus pengamanan pendistribusian
    logistik" (the logistics are what is supervised), but "mengawasi kampanye dan menjaga ketertiban
    umum" (two acts)."""
    out = []
    for o in cx.cues:
        h = _cue_head(o, cx) if o is not cue and o.topic != cue.topic else None
        if h is None:
            continue
        for a in [h] + ancestors(cx.sent, h):
            if a == pred:
                out.append(o.topic)
                break
            w = cx.sent.word(a)
            if w.deprel.startswith("conj") and w.upos == "VERB":
                break
    return tuple(out)


def _doer_topic(cue: TopicCue, actor: Actor, sent: Sentence, bodies: Bodies | None,
                others: tuple[str, ...] = ()) -> str | None:
    """The cue's topic for this actor (:func:`kg.lang.topics.topic_by`): a patrol or monitoring is
    oversight when the actor is an overseer or speaks for one ("Ketua Bawaslu Rohil Zubaedah"), a
    monitoring by anyone else names no topic, nor does their supervision of what another topic of its
    clause (``others``) names."""
    body = bodies.of(actor.entity, sent) if bodies is not None else None
    return topic_by(cue, is_overseer(body), others)


@rule("commitment", requires=("sentences", "mentions", "entities"))
def commitment(doc: Document) -> Iterator[Assertion]:
    """An actor's pledge, instruction, appeal, target or action on an election topic.

    Motivating sentence (seed 000): "Budi Utama mengingatkan bahwa ASN di Kota
    Pangkalpinang harus menjaga netralitas mereka selama proses Pilkada." ->
    actor Budi Utama (subject of the governing clause; "ASN" is the addressee
    of "harus"), topic asn-neutrality, kind appeal, modality harus.
    """
    index = EntityIndex.of(doc)
    timeline = Timeline.of(doc, index, quoted_ranges(doc.text))
    holders = TitleHolders(doc, index)
    bodies = Bodies(doc, index)
    quotes = find_quotations(doc.text, timeline, holders)
    best: dict[tuple[str, str], Assertion] = {}
    carry: tuple[int, Actor] | None = None  # the last actor, for a next sentence with no subject
    last_topics: set[str] = set()  # the topics of the sentence before, for a target that goes on
    last_taken: list[str] = []  # the topics somebody took a stance on in the sentence before
    title_words: dict[str, list[int]] = {}  # words of post titles, per sentence: they name, take no stance
    for m in doc.mentions or ():
        if m.kind == "title" and m.text[:1].isupper():  # "pengawas TPS" in lower case is a cue, no name
            title_words.setdefault(m.sent_id, []).extend(m.word_ids)
    for sent in doc.sentences or ():
        if is_clutter(sent.text) or is_title(doc, sent):
            continue
        base = sent_base(doc, sent)
        cx = _Sent(sent, base, word_spans(doc, sent), _quote_of(quotes, base, base + len(sent.text)))
        if cx.quote is None and _HOPE.search(sent.text) and not any(w.deprel == "obl:agent" for w in sent.words):
            continue  # the writer's hope ("diharapkan ..."), nobody's stance
        seen: set[str] = set()
        titled = frozenset(title_words.get(sent.sent_id, ())) | division_words(sent, index)
        cues = find_topics(sent.text, names=_org_spans(sent, index, cx.spans, base, titled))
        if not any(c.topic == "voter-participation" for c in cues):
            cues = cues + _target_goes_on(sent.text, last_topics)
        cues = _sanctions_go_on(cues, last_taken, sent.text) or _same_as_before(sent.text, last_taken)
        cues = _undescribed(cues, cx)
        cx = replace(cx, cues=tuple(cues))
        last_topics = {c.topic for c in cues}
        taken_here: list[str] = []
        for cue in cues:
            if cue.topic in seen:
                continue
            found, actor = _one(doc, cue, cx, index, timeline, carry, holders, bodies)
            if found:  # a cue with no actor (inside "Forum Koordinasi ...") leaves the topic to the next
                seen.add(cue.topic)
                taken_here.append(cue.topic)
            if actor is not None:
                carry = (sent.paragraph, actor)
            for a in found:
                k = (a.arg("actor"), a.arg("topic"))
                if k not in best or a.provenance.confidence > best[k].provenance.confidence:
                    best[k] = a
        # a sanction sentence whose doer is unnamed ("maka akan disanksi tegas") still goes on with the rule
        last_taken = taken_here or [c.topic for c in cues if _SANCTION.match(c.cue)]
        root = next((w.id for w in sent.words if w.head == 0), 0)
        subj = find_actors(sent, root, index, timeline, offset=base, speaker=None,
                           with_coactors=False).actors if root else []
        if subj and subj[0].how != "fallback":
            carry = (sent.paragraph, subj[0])
    yield from best.values()
