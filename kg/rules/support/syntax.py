"""Syntax and discourse helpers shared by the statement rules (not a rule itself).

Character offsets: parses from :mod:`kg.nlp.parser` carry ``start_char`` into
``Document.text``; hand-built CoNLL-U may not, so :func:`word_spans` aligns the
words on the sentence text and places the sentence in the document.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.extract.entity_index import EntityIndex
from kg.lang.lexicon import fold, titles
from kg.lang.text import is_clutter
from kg.lang.words import ACCOMPANYING, ATTENDING, CREDIT_WORDS, NOT_HOLDER, THIRD_PERSON
from kg.model import Document, Entity, Sentence

__all__ = ["credited_words", "sent_base", "word_spans", "subtree", "ancestors", "words_in", "span_of",
           "Timeline", "is_passive", "is_passive_agent", "is_title", "sentence_at", "dateline_end", "AGENT_KINDS"]

AGENT_KINDS = ("person", "organization")
_DASHES = frozenset({"-", "–", "—", "--"})


def dateline_end(sent: Sentence) -> int:
    """The id of the dash closing a dateline that opens the sentence ("Tiakur, SentralNusantara.com
    – Menjelang ..."), else 0: the words before it are a place and an outlet, never a subject."""
    for w in sent.words[:8]:
        if w.text in _DASHES:
            return w.id if w.id > 1 else 0
        if w.upos not in ("PROPN", "PUNCT", "X", "NOUN"):
            return 0
    return 0


def sent_base(doc: Document, sent: Sentence) -> int:
    """Offset of the sentence text in ``doc.text`` (0 when it cannot be placed)."""
    if sent.start_char is not None:
        return sent.start_char
    i = doc.text.find(sent.text)
    return max(i, 0)


def sentence_at(doc: Document, offset: int) -> Sentence | None:
    """The sentence whose text covers ``offset`` in ``doc.text`` (else the last one before it)."""
    best = None
    for sent in doc.sentences or ():
        base = sent_base(doc, sent)
        if base <= offset:
            best = sent
            if offset < base + len(sent.text):
                return sent
    return best


def word_spans(doc: Document, sent: Sentence) -> dict[int, tuple[int, int]]:
    """word id -> (start, end) in ``doc.text``; words of one token share its span."""
    out: dict[int, tuple[int, int]] = {}
    base = sent_base(doc, sent)
    pos = 0
    for w in sent.words:
        if w.start_char is not None and w.end_char is not None:
            out[w.id] = (w.start_char, w.end_char)
            continue
        i = sent.text.find(w.text, pos)
        if i < 0:  # a multi-word token part ("nya" of "keyakinannya"): stay on the last span
            prev = out.get(w.id - 1, (base + pos, base + pos))
            out[w.id] = prev
            continue
        out[w.id] = (base + i, base + i + len(w.text))
        pos = i + len(w.text)
    return out


def subtree(sent: Sentence, wid: int) -> set[int]:
    """``wid`` and every word below it."""
    kids: dict[int, list[int]] = {}
    for w in sent.words:
        kids.setdefault(w.head, []).append(w.id)
    out, stack = set(), [wid]
    while stack:
        x = stack.pop()
        if x in out:
            continue
        out.add(x)
        stack.extend(kids.get(x, ()))
    return out


def ancestors(sent: Sentence, wid: int) -> list[int]:
    """Heads of ``wid`` up to the root (cycle-safe), nearest first."""
    out, seen = [], {wid}
    cur = sent.word(wid).head
    while cur and cur not in seen and cur <= len(sent.words):
        out.append(cur)
        seen.add(cur)
        cur = sent.word(cur).head
    return out


def words_in(spans: dict[int, tuple[int, int]], start: int, end: int) -> list[int]:
    """Word ids whose span overlaps ``[start, end)``."""
    return [wid for wid, (a, b) in spans.items() if a < end and b > start]


def span_of(spans: dict[int, tuple[int, int]], wids) -> tuple[int, int]:
    """Character span covering the words ``wids``."""
    pts = [spans[w] for w in wids if w in spans]
    return (min(a for a, _ in pts), max(b for _, b in pts)) if pts else (0, 0)


def is_title(doc: Document, sent: Sentence) -> bool:
    """The headline: the meta title, or a first paragraph without a final period."""
    title = (doc.meta or {}).get("title", "")
    if title and sent.text.strip() and sent.text.strip() in title:
        return True
    if sent.paragraph != 1 or not doc.sentences:
        return False
    para = [s.text for s in doc.sentences if s.paragraph == 1]
    joined = " ".join(para).strip()
    return bool(joined) and not joined.endswith((".", "!", "?", "\u201d", '"')) and \
        any(s.paragraph > 1 for s in doc.sentences)


def is_passive(sent: Sentence, wid: int) -> bool:
    """A di- passive verb ("ditahan", "diminta"), from the parser's Voice feature or the prefix."""
    w = sent.word(wid)
    if w.upos != "VERB":
        return False
    if "Voice=Pass" in w.feats:
        return w.text.lower().startswith("di")  # "terkait"/"terjadi" are tagged passive too
    low, lemma = w.text.lower(), w.lemma.lower()
    if not low.startswith("di") or len(low) < 5 or low == "diam":
        return False
    return lemma in ("_", low) or lemma in low[2:]  # no lemma: the prefix alone


def is_passive_agent(sent: Sentence, wid: int) -> bool:
    """The word is the agent of the di- passive verb it hangs from: after "oleh" ("diminta ...
    oleh Ketua Bawaslu"), or bare right after the verb, one or two words on ("Joko ditahan
    Polrestabes Medan", "Hal senada disampaikan Ketua Bawaslu Pekanbaru"); a phrase with another
    preposition is none ("dilakukan di Kantor Bupati")."""
    w = sent.word(wid)
    if w.deprel.split(":")[0] not in ("obl", "obj", "nmod") or not w.head or not is_passive(sent, w.head):
        return False
    cases = [g.text.lower() for g in sent.children(wid) if g.deprel == "case"]
    if any(c != "oleh" for c in cases):
        return False
    return "oleh" in cases or w.id in (w.head + 1, w.head + 2)


def _is_subject(sent: Sentence, wid: int) -> bool:
    """The word is (part of, or in apposition to) a clause subject, or the agent of a di- passive
    ("Hal senada disampaikan Ketua Bawaslu Pekanbaru, Yasmardi": Yasmardi speaks). Who attends or
    accompanies is no subject of the story: "... kegiatan yang juga dihadiri Komisioner KPU Mislamudin",
    "Turut hadir Kapolres ...", "Abdul, didampingi anggota Budi, mengatakan" (a later "-nya" is not his);
    nor are the candidates of a pair the sentence counts: "pasangan Soehadi Mulyono dan Mitro'atin
    mendapatkan nomor urut 1" ... "“...,” katanya" is the KPU chair's. A name closing a long title is
    the subject too: "Ketua Pimpinan Wilayah GP Ansor Jateng Sholahuddin Aly mengharapkan ..." (the parser
    chains "Aly" six links below "Ketua"), so up to eight links are climbed."""
    cur = wid
    for _ in range(8):
        w = sent.word(cur)
        if cur != wid and w.text.lower() in _PAIR_NOUNS:
            return False   # "pasangan nomor urut tiga Sulistianto-Herinasyah memperoleh 54.854 suara": a ticket
        agent = w.deprel == "obl:agent" or is_passive_agent(sent, w.id)
        if (w.deprel.startswith("nsubj") or agent) and _reported(sent, w.head):
            return False  # ... nor the agent of a passive inside it: "Wahyu menjelaskan, pernyataan resmi ...
            # akan disampaikan langsung oleh Komisioner KPU Viryan Azis" (the next "ungkapnya" is Wahyu's)
        if w.deprel == "nsubj:pass" and _companion(sent, w):
            return False
        if w.deprel == "nsubj:pass":  # "Bupati Budi didampingi Kapolres meninjau TPS": Budi
            return True
        if w.deprel.startswith("nsubj") or agent:
            return not _present_only(sent, w.head)
        # "Koordinator Divisi ..., Data, dan Informasi Panwaslih Aceh Utara, Misbahuddin, menegaskan":
        # the parser hangs the name off the last conjunct of the division's name
        if w.deprel.split(":")[0] not in ("flat", "appos", "nmod", "compound", "conj") or not w.head:
            return False
        cur = w.head
    return False


# a candidate pair as the subject of a sentence on the count or the draw: its candidates are no speakers
_PAIR_NOUNS = frozenset({"pasangan", "paslon"})


def _reported(sent: Sentence, head: int) -> bool:
    """The clause at ``head`` is what the subject of the verb above it says (a ``ccomp`` of a verb with
    a subject of its own): "Suami dari Rita, Sunarso menyebutkan, Rita diduga kelelahan ...": Sunarso
    speaks, the subject of the reported clause does not (the next "ujarnya" is Sunarso's). So is a clause
    inside the reported one (a relative or adverbial clause below it): in "Ia menjelaskan, saat pengecekan
    data DPT yang diberikan tim Sudirman-Ida ternyata diketahui data itu valid" the givers do not speak."""
    cur = head
    for _ in range(12):
        if not cur:
            return False
        w = sent.word(cur)
        if w.deprel == "ccomp":
            top = w.head
            return bool(top) and sent.word(top).upos == "VERB" \
                and any(c.deprel.startswith("nsubj") for c in sent.children(top))
        cur = w.head
    return False


def _companion(sent: Sentence, w) -> bool:
    """A "subject" the parser hung after a verb of accompanying or attending is who accompanies or
    attends (a di- passive's patient stands before its verb): "Kapolres ..., didampingi Kanit I Sat
    Intelkam Aiptu Ristrianto, menjelaskan" (Ristrianto speaks no later "ungkapnya")."""
    head = sent.word(w.head) if w.head else None
    return head is not None and w.id > head.id and (head.text.lower() in ACCOMPANYING
                                                    or head.text.lower() in ATTENDING)


def _present_only(sent: Sentence, head: int) -> bool:
    """The clause at ``head`` only has someone attend or accompany ("dihadiri", "turut hadir",
    "didampingi")."""
    if not head:
        return False
    low = sent.word(head).text.lower()
    return low in ATTENDING or low in ACCOMPANYING


def _according_to(sent: Sentence, wid: int) -> bool:
    """The name after a sentence-opening "Menurut" holds the view the sentence reports, as a
    subject would: "Menurut Gustiar, kasus ASN yang tidak netral ini telah dilaporkan ke BKN."
    (the next "-nya" is his)."""
    words = sent.words
    if len(words) < 3 or words[0].text.lower() != "menurut":
        return False
    commas = [w.id for w in words[1:20] if w.text == ","]
    if not commas or commas[0] > 8:
        return False
    if len(commas) > 1 and fold(words[1].text) in titles():
        # "Menurut Ketua KPU Gianyar, I Putu Agus Tirta Suguna, dilaksanakannya ...": the post, then the name
        return 1 < wid < commas[1]
    return 1 < wid < commas[0]


def _before_subjectless_verb(sent: Sentence, wid: int, index: EntityIndex) -> bool:
    """The name ending right before a verb the parser left without a subject is its subject:
    "Di tempat yang sama Kordiv ... (P3S) Sarmin Ibrahim menambahkan, ..." (Sarmin hung below
    "tempat")."""
    ent = index.by_word.get((sent.sent_id, wid))
    end = wid
    while end < len(sent.words) and index.by_word.get((sent.sent_id, end + 1)) is ent:
        end += 1
    nxt = end + 1 + (end + 1 <= len(sent.words) and sent.word(end + 1).text == ",")
    if nxt > len(sent.words):
        return False
    verb = sent.word(nxt)
    return verb.upos == "VERB" and not any(c.deprel.startswith("nsubj") for c in sent.children(nxt))


def credited_words(sent: Sentence) -> set[int]:
    """Word ids inside a bracketed photo credit, "(foto ; doc Daniel)": page furniture, no speaker."""
    out, words = set(), sent.words
    for k, w in enumerate(words[:-1]):
        if w.text == "(" and fold(words[k + 1].text) in CREDIT_WORDS:
            e = next((m for m in range(k + 1, min(len(words), k + 8)) if words[m].text == ")"), None)
            if e is not None:
                out |= {x.id for x in words[k:e + 1]}
    return out


def _unqualified(title: str) -> str:
    """A title without its acting qualifier: "pj bupati" -> "bupati", "penjabat bupati" -> "bupati"
    (a later "Bupati mengatakan ..." is the Pj Bupati the article named); "pj" alone -> ""."""
    qualifiers = _qualifiers()
    words = title.split()
    while words:  # the two-word qualifier first: "Penjabat Sementara Sekot" -> "Sekot", not "Sementara Sekot"
        if len(words) > 1 and fold(" ".join(words[:2])) in qualifiers:
            words = words[2:]
        elif fold(words[0]) in qualifiers:
            words = words[1:]
        else:
            break
    return " ".join(words)


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    return frozenset(k for k, v in titles().items() if v.kind == "qualifier")


class TitleHolders:
    """Who holds a title the article names: "Pj Bupati Aceh Utara, Dr. Mahyuzar" makes a later
    "Pj Bupati mengatakan ..." Mahyuzar's. A title named with two different people is
    ambiguous and gives nobody, unless the body or place named right after it tells them
    apart: with "Ketua KPU Jombang Ahmad" and "Ketua Bawaslu Jombang Budi" in the article, a
    later "Ketua KPU mengatakan ..." is Ahmad's."""

    def __init__(self, doc: Document, index: EntityIndex):
        self.at: dict[tuple[str, int], tuple[str, str]] = {}
        named: dict[object, set[str]] = {}
        people = [m for m in doc.mentions or () if m.kind == "person"]
        self._phrases: dict[str, set[str]] = {}
        self._bodies: dict[str, set[str]] = {}   # title -> bodies named right after it with a holder
        texts = {s.sent_id: s for s in doc.sentences or ()}
        for m in doc.mentions or ():
            if m.kind != "title" or not m.word_ids or self._former(m, texts.get(m.sent_id)):
                continue
            key = m.text.lower().rstrip(".")
            keys = dict.fromkeys((key, _unqualified(key)))  # "Pj Bupati" also as "Bupati"
            body = index.by_word.get((m.sent_id, m.word_ids[-1] + 1))
            body_key = body.key if body is not None and body.kind != "person" else ""
            for w in m.word_ids:
                self.at[(m.sent_id, w)] = (key, body_key)
            ent = self._holder_named(m, people, index, texts.get(m.sent_id))
            if ent is None:
                continue
            for k in keys:
                named.setdefault(k, set()).add(ent.key)
                self._bodies.setdefault(k, set()).add(body_key)
                if body_key:
                    named.setdefault((k, body_key), set()).add(ent.key)
                    for form in (body.name, *body.aliases):
                        self._phrases.setdefault(f"{k} {form.lower()}", set()).add(ent.key)
        self.by_title = {k: index.by_key[next(iter(v))] for k, v in named.items() if len(v) == 1}
        self.by_phrase = {k: index.by_key[next(iter(v))] for k, v in self._phrases.items() if len(v) == 1}

    @staticmethod
    def _former(m, sent: Sentence | None) -> bool:
        """A title held no more, or not yet: "eks Sekot Agus Ririmasse", "mantan Kapolres", "calon
        Bupati" (a later "tegas Sekot" is the one who holds it now)."""
        first = m.word_ids[0]
        return sent is not None and first > 1 and fold(sent.word(first - 1).text) in NOT_HOLDER

    @staticmethod
    def _holder_named(m, people, index: EntityIndex, sent: Sentence | None):
        """The person named with title mention ``m``: within eight words after it ("Pj Bupati Aceh
        Utara, Dr. Mahyuzar"), or right before it and a comma ("Teguh Narutomo, Pj Bupati Jombang")."""
        after = next((p for p in people if p.sent_id == m.sent_id and p.word_ids
                      and 0 < p.word_ids[0] - m.word_ids[-1] <= 8), None)
        before = next((p for p in people if p.sent_id == m.sent_id and p.word_ids and sent is not None
                       and p.word_ids[-1] == m.word_ids[0] - 2 and sent.word(m.word_ids[0] - 1).text == ","), None)
        for p in (after, before):
            ent = index.by_word.get((p.sent_id, p.word_ids[0])) if p else None
            if ent is not None and ent.kind == "person":
                return ent
        return None

    def __call__(self, sent: Sentence, wid: int):
        key, body = self.at.get((sent.sent_id, wid), ("", ""))
        if not key:
            return None
        for k in dict.fromkeys((key, _unqualified(key))):
            if body and body not in self._bodies.get(k, {body}):
                return None  # "Ketua Bawaslu ..." when only KPU's Ketua was named: not his
            got = (self.by_title.get((k, body)) if body else None) or self.by_title.get(k)
            if got is not None:
                return got
        return None

    def leading(self, segment: str):
        """The sole holder of the title ``segment`` starts with: ``ujar Kapolda usai pertemuan``
        -> the person the article named "Kapolda Jabar Irjen Pol Agung Budi Maryoto"; ``kata
        Ketua KPU usai rapat`` -> the one Ketua of KPU named, when Bawaslu's is named too."""
        low = " ".join(w.strip(",.") for w in segment.lower().split())
        for phrase in sorted(self.by_phrase, key=len, reverse=True):
            if low == phrase or low.startswith(phrase + " "):
                return self.by_phrase[phrase]
        words = segment.split()
        while len(words) > 1 and _unqualified(words[0].lower()) == "":  # "ujar Pj Bupati ..."
            words = words[1:]
        for n in (3, 2, 1):
            key = " ".join(w.strip(",.").lower() for w in words[:n])
            named_after = len(words) > n and words[n][:1].isupper() and any(self._bodies.get(key, ()))
            if len(words) >= n and key in self.by_title and not named_after:
                return self.by_title[key]  # (not "Ketua Bawaslu" for the Ketua named with KPU)
        return None


def is_third_person(sent: Sentence, wid: int) -> bool:
    """Word ``wid`` is a third-person pronoun for a person: "ia", "dia", "beliau", or "dirinya" ("diri"
    + "-nya", as the parser splits it: "Namun dirinya memastikan tidak ada laporan dari KPU maupun
    Bawaslu terkait netralitas ASN")."""
    low = sent.word(wid).text.lower()
    return low in THIRD_PERSON or low == "dirinya" or (
        low == "diri" and any(c.text.lower() == "nya" for c in sent.children(wid)))


def _inside(offset: int, ranges) -> bool:
    return any(a <= offset < b for a, b in ranges)


_LAST_TIMELINE: list = []   # [(doc, by_word, by_key, quoted, timeline)]: see Timeline.of


@dataclass(frozen=True)
class Timeline:
    """Entity mentions in document order, for "the most recent person" look-ups.

    Each mark is (offset, entity, subject: 2 by the parse, 1 guessed, 0 none, sentence number). Names inside quotations
    (``quoted``: their character ranges) are left out: who is quoted speaking of a person
    does not make him the antecedent of the next "-nya" (“... Ketua-Ketua Apdesi ...,”
    tukasnya. ... Sarmin Ibrahim menambahkan ... “...,” pungkasnya -> Sarmin). A post title
    marks its holder where the article named one ("Kapolda mengatakan ..." after "Kapolda Riau
    Irjen M Iqbal"). A title with nobody named for it marks nobody: it is often an epithet of
    the person named last ("Mantan Sekretaris Daerah Kabupaten Bone mengatakan pihaknya ...")."""
    marks: tuple[tuple[int, Entity, bool, int], ...]

    @classmethod
    def of(cls, doc: Document, index: EntityIndex, quoted=()) -> "Timeline":
        """The timeline of ``doc``. Three rules ask for the same document's in a row (commitment,
        quote, joint_action; ~10% of their time): the last one made is kept and given again for
        the same document object with an equal index and the same quotation ranges."""
        last = _LAST_TIMELINE[0] if _LAST_TIMELINE else None
        if last is not None and last[0] is doc and last[3] == tuple(quoted) and last[1] == index.by_word \
                and last[2] == index.by_key:
            return last[4]
        timeline = cls._of(doc, index, quoted)
        _LAST_TIMELINE[:] = [(doc, index.by_word, index.by_key, tuple(quoted), timeline)]
        return timeline

    @classmethod
    def _of(cls, doc: Document, index: EntityIndex, quoted=()) -> "Timeline":
        marks, pronouns = [], []
        holders = TitleHolders(doc, index)
        titles: dict[str, list] = {}
        for m in doc.mentions or ():
            if m.kind == "title" and m.word_ids and m.text[:1].isupper():
                titles.setdefault(m.sent_id, []).append(m)
        for n, sent in enumerate(doc.sentences or ()):
            if is_clutter(sent.text):
                continue   # a byline's reporter or editor ("Pewarta: ...") speaks no quotation
            spans, credit = None, credited_words(sent)
            dash = dateline_end(sent) if n < 5 else 0  # "Kendari (Antaranews Sultra) - ...": no speaker
            for w in sent.words:
                if is_third_person(sent, w.id) and _is_subject(sent, w.id):
                    spans = spans or word_spans(doc, sent)
                    if not _inside(spans[w.id][0], quoted):
                        pronouns.append((spans[w.id][0], n))
                ent = index.by_word.get((sent.sent_id, w.id))
                if ent is None or w.id in credit or w.id < dash:
                    continue
                spans = spans or word_spans(doc, sent)
                if not _inside(spans[w.id][0], quoted):
                    # 2: a subject by the parse; 1: only by the subjectless-verb guess; 0: no subject
                    subject = 2 if _is_subject(sent, w.id) or _according_to(sent, w.id) else \
                        1 if _before_subjectless_verb(sent, w.id, index) else 0
                    marks.append((spans[w.id][0], ent, subject, n))
            for m in titles.get(sent.sent_id, ()):
                spans = spans or word_spans(doc, sent)
                off = spans.get(m.word_ids[0], (0, 0))[0]
                if _inside(off, quoted) or any(w in credit for w in m.word_ids):
                    continue
                holder = holders(sent, m.word_ids[0])
                if holder is not None:
                    subject = 2 if any(_is_subject(sent, w) for w in m.word_ids if 0 < w <= len(sent.words)) else 0
                    marks.append((off, holder, subject, n))
        marks.sort(key=lambda m: m[0])
        for off, n in pronouns:
            # a pronoun subject carries its antecedent on as a subject: in "Ia juga mengapresiasi Bupati
            # Sleman Kustini ... “...,” ujarnya" the -nya is who "ia" is, not the Bupati named after it
            ref = cls(tuple(marks)).last(off, parsed=True)
            if ref is not None:
                marks.insert(next((i for i, m in enumerate(marks) if m[0] > off), len(marks)), (off, ref, 2, n))
        return cls(tuple(marks))

    def last(self, before: int, kind: str = "person", *, window: int = 3, parsed: bool = False) -> Entity | None:
        """The entity of ``kind`` mentioned last before offset ``before``; a subject
        mentioned in the last ``window`` sentences wins over a later non-subject
        ("Ketua Bawaslu, Imam, mengatakan ... Budi ... ,” ungkapnya" -> Imam). ``parsed``: a
        subject by the parse wins over one only guessed from a verb the parser left without a
        subject ("AKBP Ali menambahkan bahwa masing masing Polsek harus mendata atau mapping
        Kerawanan Pilkades diwilayah ...": the typo "diwilayah" is no verb of "Kerawanan Pilkades")."""
        prior = [m for m in self.marks if m[0] < before and m[1].kind == kind]
        if not prior:
            return None
        recent = prior[-1][3]
        subj = [m for m in prior if m[2] and m[3] >= recent - window + 1]
        if parsed and any(m[2] == 2 for m in subj):
            subj = [m for m in subj if m[2] == 2]
        return (subj[-1] if subj else prior[-1])[1]

    def named_before(self, before: int) -> bool:
        """Some person is mentioned before offset ``before``."""
        return any(m[0] < before and m[1].kind == "person" for m in self.marks)

    def last_body_subject(self, before: int) -> Entity | None:
        """The organisation that is the subject of the last sentence before ``before`` naming a
        person or body, when no person is a subject there: "Polda Jabar diback up Kodam III
        Siliwangi mengawal jalannya pilkada. Saat ini, pihaknya fokus untuk pengamanan" ->
        Polda Jabar ("pihaknya" after a body's act is the body, not the last person named)."""
        prior = [m for m in self.marks if m[0] < before and m[1].kind in AGENT_KINDS]
        if not prior:
            return None
        subj = [m for m in prior if m[3] == prior[-1][3] and m[2]]
        if not subj or any(m[1].kind == "person" for m in subj):
            return None
        return subj[-1][1]

    def first(self, start: int, end: int, kind: str = "person") -> Entity | None:
        """The first entity of ``kind`` mentioned inside ``[start, end)``."""
        for off, ent, _, _ in self.marks:
            if start <= off < end and ent.kind == kind:
                return ent
        return None
