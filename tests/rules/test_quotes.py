"""quote rule and quotation spans on hand-built documents (no model)."""
from __future__ import annotations

import pytest
from parses import document, sentence

from kg.extract.entity_index import EntityIndex
from kg.model import Document, Entity, Mention, Sentence, Word
from kg.rules.support.syntax import Timeline
from kg.rules.quote import quote
from kg.rules.support.quotations import find_quotations


def _doc(text: str, people: dict[str, str]) -> Document:
    """One sentence per paragraph, one word per whitespace token; people: name -> key."""
    sents, off = [], 0
    for pi, para in enumerate(text.split("\n"), start=1):
        words, pos = [], 0
        for i, tok in enumerate(para.split(), start=1):
            at = para.index(tok, pos)
            words.append(Word(id=i, text=tok, start_char=off + at, end_char=off + at + len(tok)))
            pos = at + len(tok)
        if words:
            sents.append(Sentence(f"s{pi}", para, tuple(words), off, off + len(para), pi))
        off += len(para) + 1
    ents = []
    for name, key in people.items():
        ms = tuple(Mention(s.sent_id, (w.id,), name, "person") for s in sents for w in s.words
                   if w.text.strip(",.") == name)
        ents.append(Entity(key=key, kind="person", name=name, mentions=ms))
    return Document("t.txt", text, sentences=tuple(sents), entities=tuple(ents))


@pytest.mark.parametrize("text, speaker, start", [
    ("Budi datang.\n“Kita jaga netralitas bersama,” tegas Budi.", "person:budi", "Kita jaga"),
    ("Budi datang.\n“Kita jaga netralitas bersama,” ungkapnya.", "person:budi", "Kita jaga"),
    ("Imam hadir.\n“Kami siap menerima laporan,” kata Imam.", "person:imam", "Kami siap"),
    ("Budi hadir. Imam datang.\n“Kami siap menerima laporan,” menurut Budi.", "person:budi", "Kami siap"),
    ('Budi hadir. Imam datang.\n"Kami siap menerima laporan," kata Imam.', "person:imam", "Kami siap"),
    ("Budi hadir.\nIa menambahkan, “Saya memilih tidak berkampanye saat cuti.”", "person:budi", "Saya memilih"),
    ("Budi hadir.\n“Prinsipnya kami mengutamakan pencegahan.\nBaca Juga: Pabrik terbakar\n"
     "Koordinasi menjadi langkah awal,” katanya.", "person:budi", "Prinsipnya kami"),
])
def test_quote_speaker_and_start(text, speaker, start):
    doc = _doc(text, {"Budi": "person:budi", "Imam": "person:imam"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == speaker
    assert q.arg("text").startswith(start)
    assert doc.text[q.provenance.start_char:].startswith(start)


def test_quote_spanning_paragraphs_leaves_out_inserted_line():
    doc = _doc("Budi hadir.\n“Prinsipnya kami mengutamakan pencegahan.\nBaca Juga: Pabrik terbakar\n"
               "Koordinasi menjadi langkah awal,” katanya.", {"Budi": "person:budi"})
    (q,) = quote.fn(doc)
    assert "Koordinasi menjadi langkah awal" in q.arg("text")
    assert "Baca Juga" not in q.arg("text")


@pytest.mark.parametrize("text", [
    "Warga menolak “serangan fajar” menjelang pemungutan suara.",
    "Budi hadir tanpa kutipan apa pun.",
])
def test_quote_none_for_scare_quotes_or_plain_text(text):
    assert list(quote.fn(_doc(text, {"Budi": "person:budi"}))) == []


def test_quote_pronoun_attribution_is_less_confident():
    named = _doc("Budi datang.\n“Kita jaga netralitas bersama,” tegas Budi.", {"Budi": "person:budi"})
    pron = _doc("Budi datang.\n“Kita jaga netralitas bersama,” ungkapnya.", {"Budi": "person:budi"})
    (a,), (b,) = list(quote.fn(named)), list(quote.fn(pron))
    assert b.provenance.confidence < a.provenance.confidence


def test_quote_dangling_mark_ends_with_its_paragraph():
    doc = _doc("Budi berkata “kami akan terus mengawal pemilu ini\nParagraf berikutnya tanpa tanda.\n"
               "Paragraf ketiga.\nParagraf keempat.", {"Budi": "person:budi"})
    qs = find_quotations(doc.text, Timeline.of(doc, EntityIndex.of(doc)))
    assert [q.text for q in qs] == ["kami akan terus mengawal pemilu ini"]


def test_quote_hand_built_conllu_document():
    block = sentence("s1", """
“|PUNCT|O|2|punct
Kita|PRON|O|3|nsubj
jaga|VERB|O|0|root
netralitas|NOUN|O|3|obj
ini|DET|O|4|det
,|PUNCT|O|3|punct
”|PUNCT|O|3|punct
tegas|VERB|O|3|parataxis
Budi|PROPN|O|8|nsubj
.|PUNCT|O|3|punct
""", paragraph=1)
    doc = document(block, entities={"person:budi": ("person", "Budi", [("s1", (9,))])})
    (q,) = quote.fn(doc)
    assert (q.arg("speaker"), q.arg("text"), q.provenance.rule) == ("person:budi", "Kita jaga netralitas ini", "quote")


def test_quote_speaker_named_only_after_the_quotation():
    doc = _doc("“Pesta demokrasi harus gembira dan damai,” ungkapnya.\nSekda Mie menutup rapat.",
               {"Mie": "person:mie"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:mie" and q.provenance.confidence <= 0.3


def test_quote_pronoun_prefers_the_recent_subject():
    first = sentence("s1", """
Imam|PROPN|O|2|nsubj
menyambut|VERB|O|0|root
Budi|PROPN|O|2|obj
.|PUNCT|O|2|punct
""", paragraph=1)
    quoted = sentence("s2", """
“|PUNCT|O|2|punct
Kami|PRON|O|3|nsubj
siap|VERB|O|0|root
menerima|VERB|O|3|xcomp
laporan|NOUN|O|4|obj
,|PUNCT|O|3|punct
”|PUNCT|O|3|punct
ungkapnya|VERB|O|3|parataxis
.|PUNCT|O|3|punct
""", paragraph=2)
    doc = document(first, quoted, entities={"person:imam": ("person", "Imam", [("s1", (1,))]),
                                           "person:budi": ("person", "Budi", [("s1", (3,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:imam"


@pytest.mark.parametrize("text, speaker", [
    ("Budi hadir.\n“Kami minta masyarakat tidak menyebarkan hoaks.”\nDemikian disampaikan Imam saat ditemui.",
     "person:imam"),
    ("Budi hadir.\n“Kami minta masyarakat tidak menyebarkan hoaks.”\nHal itu diungkapkan Imam kemarin.",
     "person:imam"),
    ("Budi hadir.\n“Kami minta masyarakat tidak menyebarkan hoaks.”\nImam lalu pergi ke kantor.",
     "person:budi"),  # no "Demikian ..." attribution: the last person named before
])
def test_quote_attribution_in_the_next_paragraph(text, speaker):
    (q,) = quote.fn(_doc(text, {"Budi": "person:budi", "Imam": "person:imam"}))
    assert q.arg("speaker") == speaker


def test_quote_speaker_by_a_shorter_form_of_a_known_name():
    from dataclasses import replace

    doc = _doc("Kapolres Gemilang hadir. Budi datang.\nMenurut Fajar, “Polres telah menyiagakan personel di TPS.”",
               {"Gemilang": "person:fajar", "Budi": "person:budi"})
    ents = tuple(replace(e, aliases=("Fajar Gemilang",)) if e.key == "person:fajar" else e for e in doc.entities)
    (q,) = quote.fn(replace(doc, entities=ents))
    assert q.arg("speaker") == "person:fajar"


def test_quote_dangling_mark_ends_before_a_paragraph_with_its_own_quotation():
    text = ("Mawardi mengatakan “semua TPS sudah siap digunakan.\n"
            "Yosua meminta pengawas bekerja jujur. “Jangan bermain mata dengan peserta,” ujar Yosua.")
    got = [(q.arg("speaker"), q.arg("text")) for q in quote.fn(_doc(text, {"Mawardi": "person:m", "Yosua": "person:y"}))]
    assert got == [("person:m", "semua TPS sudah siap digunakan."),
                   ("person:y", "Jangan bermain mata dengan peserta")]


def test_quote_goes_to_the_holder_named_after_a_coordinated_division():
    """ "Acara dihadiri oleh Pj Sekda, Dayan Albar. | Koordinator Divisi ..., Data, dan Informasi
    Panwaslih, Misbahuddin, menegaskan ... | "ASN dilarang berpihak," katanya." -> Misbahuddin: the
    parser hangs the name off the last conjunct, which is still the subject phrase."""
    first = sentence("s1", """
Acara|NOUN||2|nsubj:pass dihadiri|VERB||0|root oleh|ADP||4|case Dayan|PROPN||2|obl:agent
Albar|PROPN||4|flat:name .|PUNCT||2|punct""", paragraph=1)
    second = sentence("s2", """
Koordinator|PROPN||10|nsubj Data|PROPN||1|appos dan|CCONJ||4|cc Informasi|PROPN||1|conj
Panwaslih|PROPN||4|flat:name ,|PUNCT||7|punct Misbahuddin|PROPN||5|appos ,|PUNCT||7|punct
M.SM|PROPN||7|flat:name menegaskan|VERB||0|root .|PUNCT||10|punct""", paragraph=2)
    quoted = sentence("s3", """
“|PUNCT||2|punct ASN|PROPN||3|nsubj dilarang|VERB||0|root berpihak|VERB||3|xcomp ,|PUNCT||3|punct
”|PUNCT||3|punct katanya|VERB||3|parataxis .|PUNCT||3|punct""", paragraph=3)
    doc = document(first, second, quoted, entities={"person:dayan": ("person", "Dayan Albar", [("s1", (4, 5))]),
                                                   "person:misbahuddin": ("person", "Misbahuddin", [("s2", (7,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:misbahuddin"


@pytest.mark.parametrize("text", [
    "Budi hadir.\nPewarta: Imam\n“Kami siap menerima laporan,” katanya.",      # a byline line
    "Budi hadir. Senin (foto ; doc Imam)\n“Kami siap menerima laporan,” katanya.",  # a photo credit
])
def test_quote_never_goes_to_a_byline_or_photo_credit(text):
    """Bylines and credits name persons (gold README) but they are page furniture, not speakers."""
    (q,) = quote.fn(_doc(text, {"Budi": "person:budi", "Imam": "person:imam"}))
    assert q.arg("speaker") == "person:budi"


def test_quote_attributed_to_a_title_alone_goes_to_its_sole_holder():
    """ "Kapolda Jabar Irjen Pol Agung Budi Maryoto ... menggelar pertemuan ... | "Laporan dari
    kapolres se-Jabar, semua berjalan aman," ujar Kapolda usai pertemuan." -> Agung, the one person
    the article named with that title, not the subject of the sentence before."""
    from dataclasses import replace
    first = sentence("s1", """
Kapolda|PROPN||3|nsubj Agung|PROPN||1|flat:name hadir|VERB||0|root .|PUNCT||3|punct""", paragraph=1)
    second = sentence("s2", """
Yayat|PROPN||2|nsubj menyambut|VERB||0|root rombongan|NOUN||2|obj .|PUNCT||2|punct""", paragraph=2)
    quoted = sentence("s3", """
“|PUNCT||2|punct Semua|DET||2|nsubj berjalan|VERB||0|root aman|ADJ||3|xcomp ,|PUNCT||3|punct
”|PUNCT||3|punct ujar|VERB||3|parataxis Kapolda|PROPN||7|nsubj usai|ADP||10|case
pertemuan|NOUN||7|obl .|PUNCT||3|punct""", paragraph=3)
    doc = document(first, second, quoted, entities={"person:agung": ("person", "Agung", [("s1", (2,))]),
                                                   "person:yayat": ("person", "Yayat", [("s2", (1,))])})
    doc = replace(doc, mentions=(Mention("s1", (1,), "Kapolda", "title"), Mention("s1", (2,), "Agung", "person"),
                                 Mention("s2", (1,), "Yayat", "person"), Mention("s3", (8,), "Kapolda", "title")))
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:agung"


@pytest.mark.parametrize("text, words", [
    # a ” printed as the opening mark, as some outlets do
    ("Budi hadir.\n”Namun tetap perlu turut serta masyarakat,” tandasnya.", "Namun tetap perlu turut serta masyarakat"),
    # a straight opening mark closed by a curly one
    ('Budi hadir.\n"Kami berharap bisa mencapai 80 persen,” kata Budi di sela simulasi.',
     "Kami berharap bisa mencapai 80 persen"),
    # a curly opening mark closed by a straight one
    ("Budi hadir.\n“Penyebaran informasi kepada publik melalui media sosial,\" pungkasnya.",
     "Penyebaran informasi kepada publik melalui media sosial"),
])
def test_quote_mixed_marks_end_at_the_closing_one(text, words):
    (q,) = quote.fn(_doc(text, {"Budi": "person:budi"}))
    assert q.arg("text") == words
    assert q.arg("speaker") == "person:budi"


def test_quote_closing_mark_after_a_word_opens_nothing():
    doc = _doc("Budi hadir.\n“Kami siap mengawal pemilu,” kata Budi, lalu pergi.", {"Budi": "person:budi"})
    qs = find_quotations(doc.text, Timeline.of(doc, EntityIndex.of(doc)))
    assert [q.text for q in qs] == ["Kami siap mengawal pemilu"]


@pytest.mark.parametrize("text, speaker", [
    # a person named inside a quotation is not the antecedent of the next "-nya"
    ("Imam hadir.\nIa berkata, “Kami bertemu Budi kemarin sore.”\n“Semua sudah siap sekarang,” tambahnya.",
     "person:imam"),
    # an attribution to a name the article's persons do not hold: nobody, not the person named before
    ("Budi hadir.\n“Kami siap mengawal pemilu ini,” tandas Julius.", ""),
    # honorifics before the name are looked through ("Drs. H." is no unknown name)
    ("Imam hadir.\n“Kami siap mengawal pemilu ini,” ungkap Drs. H. Imam, MH.", "person:imam"),
])
def test_quote_speaker_precision(text, speaker):
    doc = _doc(text, {"Budi": "person:budi", "Imam": "person:imam"})
    assert [q.arg("speaker") for q in quote.fn(doc)][-1] == speaker


def test_quote_name_before_a_verb_without_subject_is_the_speaker_next():
    # "Di tempat sama Sarmin menambahkan , ..." (Sarmin hung below "tempat"), then "“...,” pungkasnya"
    # after Budi was a subject two sentences before
    first = sentence("s1", "Budi|PROPN|O|2|nsubj hadir|VERB|O|0|root .|PUNCT|O|2|punct", paragraph=1, offset=0)
    second = sentence("s2", "Di|ADP|O|2|case tempat|NOUN|O|5|obl sama|ADJ|O|2|amod Sarmin|PROPN|O|2|nmod "
                      "menambahkan|VERB|O|0|root .|PUNCT|O|5|punct", paragraph=2, offset=13)
    third = sentence("s3", "“|PUNCT|O|2|punct Semua|DET|O|2|det siap|ADJ|O|0|root ,|PUNCT|O|2|punct "
                     "”|PUNCT|O|2|punct pungkasnya|VERB|O|2|parataxis .|PUNCT|O|2|punct", paragraph=3, offset=48)
    doc = document(first, second, third, entities={"person:budi": ("person", "Budi", [("s1", (1,))]),
                                                   "person:sarmin": ("person", "Sarmin", [("s2", (4,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:sarmin"


def test_quote_outlet_in_the_dateline_speaks_no_quotation():
    first = sentence("s1", "Kendari|PROPN|O|7|nsubj (|PUNCT|O|3|punct Antaranews|X|O|1|appos )|PUNCT|O|3|punct "
                     "-|PUNCT|O|1|punct Pemkab|PROPN|O|7|nsubj menggelar|VERB|O|0|root rapat|NOUN|O|7|obj "
                     ".|PUNCT|O|7|punct", paragraph=1, offset=0)
    second = sentence("s2", "“|PUNCT|O|3|punct Kami|PRON|O|3|nsubj siap|ADJ|O|0|root mengawal|VERB|O|3|xcomp "
                      "pemilu|NOUN|O|4|obj ,|PUNCT|O|3|punct ”|PUNCT|O|3|punct katanya|VERB|O|3|parataxis "
                      ".|PUNCT|O|3|punct", paragraph=2, offset=50)
    doc = document(first, second, entities={"person:antaranews": ("person", "Antaranews", [("s1", (3,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == ""


def test_quote_menurut_name_counts_as_the_subject_for_the_next_nya():
    # "Imam hadir ." / "Menurut Budi , kasus itu dilaporkan ." / "“...,” tegasnya ." -> Budi, not the subject Imam
    s1 = sentence("s1", "Imam|PROPN|O|2|nsubj hadir|VERB|O|0|root .|PUNCT|O|2|punct", paragraph=1, offset=0)
    s2 = sentence("s2", "Menurut|ADP|O|2|case Budi|PROPN|O|6|obl ,|PUNCT|O|2|punct kasus|NOUN|O|6|nsubj:pass "
                  "itu|DET|O|4|det dilaporkan|VERB|O|0|root .|PUNCT|O|6|punct", paragraph=2, offset=13)
    s3 = sentence("s3", "“|PUNCT|O|3|punct Kami|PRON|O|3|nsubj tegas|ADJ|O|0|root menindak|VERB|O|3|xcomp "
                  "pelanggaran|NOUN|O|4|obj ,|PUNCT|O|3|punct ”|PUNCT|O|3|punct tegasnya|VERB|O|3|parataxis "
                  ".|PUNCT|O|3|punct", paragraph=3, offset=51)
    doc = document(s1, s2, s3, entities={"person:imam": ("person", "Imam", [("s1", (1,))]),
                                         "person:budi": ("person", "Budi", [("s2", (2,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


@pytest.mark.parametrize("text, start", [
    # stems written after a closing mark: "tutupnya", "imbau Budi", "ingatnya", "ulangnya", "bilangnya"
    ("Budi datang.\n“Kita jaga netralitas bersama,” tutupnya.", "Kita jaga"),
    ("Budi datang. Imam hadir.\n“Kita jaga netralitas bersama,” imbau Budi.", "Kita jaga"),
    ("Budi datang.\n“Kita punya hak untuk memilih,” ingatnya.", "Kita punya"),
    # doubled single marks as quotation marks: "‘’Saya tidak ingin ...,’’ujar Bupati"
    ("Budi datang.\n‘’Saya tidak ingin politik merusak keamanan,’’ujar Budi.", "Saya tidak"),
    ("Budi datang.\nIa berkata, ''Kami siap menerima laporan warga,'' kata Budi.", "Kami siap"),
    # a lone single mark, with a speech verb after it
    ("Budi datang.\n‘Kami siap menerima laporan warga,’ kata Budi.", "Kami siap"),
])
def test_quote_attributions_the_press_writes(text, start):
    doc = _doc(text, {"Budi": "person:budi", "Imam": "person:imam"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"
    assert q.provenance.confidence >= 0.8   # attributed by the verb, not guessed from the last name
    assert q.arg("text").startswith(start)
    assert doc.text[q.provenance.start_char:].startswith(start)


@pytest.mark.parametrize("text", [
    # a quoted name or theme, not a quotation
    "Budi hadir dalam kegiatan dengan Tema “Pentingnya menggunakan hak pilih dengan bijak dan cerdas” di balai desa.",
    "ASN berkomitmen melalui “Sosialisasi dan Penandatanganan Pakta Integritas Netralitas ASN” di Ambon.",
    # a single-marked term with no speech verb after it (and the apostrophe of a name is no mark)
    "Budi menggelar sosialisasi bertajuk ‘KPU Goes to School’ itu di SMKN 1 bersama Ka’aba dan warga desa.",
])
def test_quote_none_for_quoted_names(text):
    assert list(quote.fn(_doc(text, {"Budi": "person:budi"}))) == []


def test_quote_attribution_reads_past_abbreviation_dots():
    # "tutup Pj. Walikota." -- the dot after "Pj" does not end the attribution
    from kg.rules.support.quotations import _segment_end
    text = "tutup Pj. Walikota Ambon. Lalu"
    assert text[:_segment_end(text, 0)] == "tutup Pj. Walikota Ambon"
    text = "kata Drs. H. Andi Sukri, Senin."
    assert text[:_segment_end(text, 0)] == "kata Drs. H. Andi Sukri, Senin"


@pytest.mark.parametrize("text", [
    "Budi hadir. Imam datang.\n“Kami siap mengawal setiap tahapan pilkada.”\nDemikian disampaikan Imam di Kendari.",
    # in the quotation's own paragraph, the sentence after it
    "Budi hadir. Imam datang.\n“Kami siap mengawal setiap tahapan pilkada.” Hal itu dikatakan Imam di Kendari.",
])
def test_quote_attributed_in_the_sentence_after_it(text):
    (q,) = quote.fn(_doc(text, {"Budi": "person:budi", "Imam": "person:imam"}))
    assert q.arg("speaker") == "person:imam"
    assert q.provenance.confidence >= 0.85


def test_quote_spoken_by_a_body_named_after_the_verb():
    # "“...,” tulis Bawaslu dalam keterangannya": the body, not the person named before
    doc = _doc("Budi hadir.\n“Kami mengimbau warga melaporkan politik uang,” tulis Bawaslu dalam keterangannya.",
               {"Budi": "person:budi", "Bawaslu": "org:bawaslu"})
    doc = Document(doc.doc_id, doc.text, sentences=doc.sentences, entities=tuple(
        Entity(key=e.key, kind="organization" if e.key.startswith("org:") else e.kind, name=e.name,
               mentions=e.mentions) for e in doc.entities))
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "org:bawaslu"


@pytest.mark.parametrize("tail", ["demikian Imam.", "demikian kata Imam.", "demikian ajakan Imam dalam video."])
def test_quote_closed_by_demikian_and_the_speaker(tail):
    # ANTARA style: "“...,” demikian Budi."
    (q,) = quote.fn(_doc(f"Imam hadir. Budi datang.\n“Kami siap mengawal setiap tahapan pilkada,” {tail}",
                         {"Budi": "person:budi", "Imam": "person:imam"}))
    assert q.arg("speaker") == "person:imam"


def test_quote_whose_closing_mark_was_left_out_before_its_attribution():
    # '"Insya Allah, kita ... di Kecamatan Rajeg, Ujarnya.' then a narrative paragraph, then a new quotation
    doc = _doc('Imam hadir.\n"Insya Allah, kita sama-sama bekerja agar situasi aman di Kecamatan Rajeg, Ujarnya.\n'
               'Ia menambahkan bahwa semua harus siap.\n"TNI dan Polri akan selalu siap mengamankan pemilu." pungkas Budi.',
               {"Budi": "person:budi", "Imam": "person:imam"})
    qs = list(quote.fn(doc))
    assert [(q.arg("text")[:11], q.arg("speaker")) for q in qs] == [
        ("Insya Allah", "person:imam"), ("TNI dan Pol", "person:budi")]


def test_quote_attribution_on_the_next_line_of_a_page_cut_into_lines():
    # "“Kepala desa\ndilarang ikut sebagai pelaksana kampanye,”\ntegas Totok." (a page with hard line breaks)
    doc = _doc("Totok hadir. Imam datang.\n“Kepala desa dilarang ikut sebagai pelaksana kampanye,”\ntegas Totok.",
               {"Totok": "person:totok", "Imam": "person:imam"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:totok"


def _para_doc(specs: list[str], people: dict[str, tuple[str, list]]):
    """Sentences one per paragraph, offsets computed from the texts."""
    blocks, off = [], 0
    for n, spec in enumerate(specs, 1):
        blocks.append(sentence(f"s{n}", spec, paragraph=n, offset=off))
        off += len(" ".join(t.split("|")[0] for t in spec.split())) + 1
    return document(*blocks, entities={k: ("person", name, ms) for k, (name, ms) in people.items()})


def test_quote_menurut_title_then_name_counts_as_the_subject():
    # "Menurut Ketua KPU Gianyar, I Putu Agus Tirta Suguna, dilaksanakannya ..." / "“...,” imbuhnya" -> the name
    doc = _para_doc([
        "Imam|PROPN|O|2|nsubj menolak|VERB|O|0|root .|PUNCT|O|2|punct",
        "Menurut|ADP|O|2|case Ketua|NOUN|O|9|obl KPU|PROPN|O|2|nmod Gianyar|PROPN|O|3|flat:name ,|PUNCT|O|6|punct "
        "Budi|PROPN|O|2|appos ,|PUNCT|O|6|punct kasus|NOUN|O|9|nsubj:pass dilaporkan|VERB|O|0|root .|PUNCT|O|9|punct",
        "“|PUNCT|O|3|punct Kami|PRON|O|3|nsubj tegas|ADJ|O|0|root menindak|VERB|O|3|xcomp "
        "pelanggaran|NOUN|O|4|obj ,|PUNCT|O|3|punct ”|PUNCT|O|3|punct imbuhnya|VERB|O|3|parataxis .|PUNCT|O|3|punct"],
        {"person:imam": ("Imam", [("s1", (1,))]), "person:budi": ("Budi", [("s2", (6,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


def test_quote_subject_of_a_reported_clause_does_not_speak():
    # "Sunarso menyebutkan, Rita diduga kelelahan ..." / "“...,” ujarnya" -> Sunarso, not Rita
    doc = _para_doc([
        "Budi|PROPN|O|2|nsubj menyebutkan|VERB|O|0|root ,|PUNCT|O|2|punct Imam|PROPN|O|5|nsubj:pass "
        "diduga|VERB|O|2|ccomp kelelahan|ADJ|O|5|xcomp .|PUNCT|O|2|punct",
        "“|PUNCT|O|3|punct Kami|PRON|O|3|nsubj tegas|ADJ|O|0|root menindak|VERB|O|3|xcomp "
        "pelanggaran|NOUN|O|4|obj ,|PUNCT|O|3|punct ”|PUNCT|O|3|punct ujarnya|VERB|O|3|parataxis .|PUNCT|O|3|punct"],
        {"person:imam": ("Imam", [("s1", (4,))]), "person:budi": ("Budi", [("s1", (1,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


_KAMI = ("“|PUNCT|O|3|punct Kami|PRON|O|3|nsubj tegas|ADJ|O|0|root menindak|VERB|O|3|xcomp "
         "pelanggaran|NOUN|O|4|obj ,|PUNCT|O|3|punct ”|PUNCT|O|3|punct ungkapnya|VERB|O|3|parataxis .|PUNCT|O|3|punct")


def test_quote_agent_of_a_passive_in_a_reported_clause_does_not_speak():
    # "Wahyu menjelaskan, pernyataan resmi ... akan disampaikan langsung oleh Komisioner KPU Viryan Azis ..."
    # / "“...,” ungkapnya" -> Wahyu (the agent of the reported passive only is to speak later)
    doc = _para_doc([
        "Budi|PROPN|O|2|nsubj menjelaskan|VERB|O|0|root ,|PUNCT|O|2|punct pernyataan|NOUN|O|5|nsubj:pass "
        "disampaikan|VERB|O|2|ccomp oleh|ADP|O|7|case Imam|PROPN|O|5|obl:agent .|PUNCT|O|2|punct",
        _KAMI],
        {"person:imam": ("Imam", [("s1", (7,))]), "person:budi": ("Budi", [("s1", (1,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


def test_quote_name_deep_inside_a_reported_clause_does_not_speak():
    # "Ia menjelaskan, saat pengecekan data yang diberikan tim Sudirman-Ida ternyata diketahui data itu valid."
    # / "“...,” tandasnya" -> who "ia" is (Budi), not Imam of the givers' team
    doc = _para_doc([
        "Budi|PROPN|O|2|nsubj datang|VERB|O|0|root .|PUNCT|O|2|punct",
        "Ia|PRON|O|2|nsubj menjelaskan|VERB|O|0|root ,|PUNCT|O|2|punct saat|NOUN|O|10|obl:tmod "
        "data|NOUN|O|4|nmod yang|PRON|O|7|nsubj:pass diberikan|VERB|O|5|acl:relcl tim|NOUN|O|7|obl "
        "Imam|PROPN|O|8|nmod diketahui|VERB|O|2|ccomp valid|ADJ|O|10|xcomp .|PUNCT|O|2|punct",
        _KAMI],
        {"person:imam": ("Imam", [("s2", (9,))]), "person:budi": ("Budi", [("s1", (1,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


def test_quote_companion_the_parser_made_a_subject_does_not_speak():
    # "Kapolres ... Egy, ..., didampingi Kanit I Sat Intelkam Aiptu Ristrianto, menjelaskan, ..." / "“...,”
    # ungkapnya" -> Egy: the parser made the companion after "didampingi" its passive subject
    doc = _para_doc([
        "Budi|PROPN|O|6|nsubj ,|PUNCT|O|3|punct didampingi|VERB|O|6|advcl Imam|PROPN|O|3|nsubj:pass "
        ",|PUNCT|O|6|punct menjelaskan|VERB|O|0|root rencana|NOUN|O|6|obj .|PUNCT|O|6|punct",
        _KAMI],
        {"person:imam": ("Imam", [("s1", (4,))]), "person:budi": ("Budi", [("s1", (1,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"

@pytest.mark.parametrize("text, speaker", [
    # a description closed by a demonstrative refers back to the person just named
    ("Budi datang.\n“Tugas ASN itu adalah melayani masyarakat,” tegas Politikus partai ini.", "person:budi"),
    # ... not a name followed by an occasion closed by one
    ("Budi datang. Imam hadir.\n“Tugas ASN itu adalah melayani masyarakat,” kata Budi dalam acara itu.",
     "person:budi"),
    # a name short of its last letter, as writers slip
    ("Ronald datang. Imam hadir.\n“Kehadiran personil memberikan efek positif,” tutup Ronal.", "person:ronald"),
])
def test_quote_speaker_by_description_or_slipped_name(text, speaker):
    doc = _doc(text, {"Budi": "person:budi", "Imam": "person:imam", "Ronald": "person:ronald"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == speaker


def test_quote_without_its_opening_mark_starts_with_the_paragraph():
    doc = _doc("Budi datang.\nMelalui patroli dialogis ini, kami ingin mengajak masyarakat,” ujar Budi.",
               {"Budi": "person:budi"})
    (q,) = quote.fn(doc)
    assert q.arg("text").startswith("Melalui patroli") and q.arg("speaker") == "person:budi"


def test_quote_without_its_closing_mark_ends_before_a_lower_case_speech_verb():
    doc = _doc("Imam hadir.\n“Upaya preventif terus digulirkan demi rasa nyaman warga. ungkap Budi.",
               {"Budi": "person:budi", "Imam": "person:imam"})
    (q,) = quote.fn(doc)
    assert q.arg("text") == "Upaya preventif terus digulirkan demi rasa nyaman warga."
    assert q.arg("speaker") == "person:budi"


def test_quote_candidates_of_a_pair_the_sentence_counts_do_not_speak():
    # "Ketua KPU Budi menjelaskan ..." / "pasangan nomor urut tiga Imam memperoleh 54.854 suara" / "“...,” katanya"
    doc = _para_doc([
        "Budi|PROPN|O|2|nsubj menjelaskan|VERB|O|0|root hasil|NOUN|O|2|obj .|PUNCT|O|2|punct",
        "pasangan|NOUN|O|3|nsubj Imam|PROPN|O|1|nmod memperoleh|VERB|O|0|root suara|NOUN|O|3|obj .|PUNCT|O|3|punct",
        "“|PUNCT|O|3|punct Kami|PRON|O|3|nsubj tegas|ADJ|O|0|root menindak|VERB|O|3|xcomp "
        "pelanggaran|NOUN|O|4|obj ,|PUNCT|O|3|punct ”|PUNCT|O|3|punct katanya|VERB|O|3|parataxis .|PUNCT|O|3|punct"],
        {"person:imam": ("Imam", [("s2", (2,))]), "person:budi": ("Budi", [("s1", (1,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


def test_quote_pronoun_subject_carries_its_antecedent_past_a_later_name():
    """ "Ia juga mengapresiasi Bupati Sleman Kustini ... “Dukungan pemerintah daerah sangat membantu
    kami,” ujarnya": "ia" is the person named as the subject before; the -nya is he, not the Bupati
    named after the pronoun (three sentences on, the first subject is out of the look-back window)."""
    filler = "Rapat|NOUN||2|nsubj berlangsung|VERB||0|root .|PUNCT||2|punct"
    doc = document(
        sentence("s1", "Budi|PROPN||2|nsubj hadir|VERB||0|root .|PUNCT||2|punct", paragraph=1),
        sentence("s2", filler, paragraph=2), sentence("s3", filler, paragraph=3),
        sentence("s4", "Ia|PRON||2|nsubj mengapresiasi|VERB||0|root Bupati|NOUN||2|obj Kustini|PROPN||3|appos "
                       ".|PUNCT||2|punct", paragraph=4),
        sentence("s5", "“Dukungan|NOUN||4|nsubj pemerintah|NOUN||1|nmod sangat|ADV||4|advmod membantu|VERB||0|root "
                       "kami,”|PRON||4|obj ujarnya.|VERB||4|parataxis", paragraph=5),
        entities={"person:budi": ("person", "Budi", [("s1", (1,))]),
                  "person:kustini": ("person", "Kustini", [("s4", (4,))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


def test_quote_opening_a_paragraph_after_an_introduction_ending_with_a_colon():
    # "Sementara itu, Kapolres Sleman AKBP Yuswanto Ardi menyampaikan:" then the quotation in its own paragraph
    doc = _doc("Budi menyampaikan pesan Imam kepada warga:\n“Kami siap mengamankan seluruh tahapan pemilu.”",
               {"Budi": "person:budi", "Imam": "person:imam"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:budi"


def test_quote_closed_by_an_opening_mark_typed_in_its_place():
    # "... sesuai dengan undang-undang ASN “. Hal itu diucapkan Bupati Pekalongan KH Asip Kholbihi ..."
    doc = _doc("Imam hadir.\n“ Bagi ASN yang tidak ada dalam sistem pun harus netral “. Hal itu diucapkan Budi di Kajen.",
               {"Budi": "person:budi", "Imam": "person:imam"})
    (q,) = quote.fn(doc)
    assert q.arg("text").endswith("harus netral") and q.arg("speaker") == "person:budi"


def test_quote_without_opening_mark_is_not_indirect_speech_closed_by_a_mark():
    # "Kapolres ... melalui Kasihumas Ipda Mukhtiar mengatakan pada hari Jum’at kemaren terdapat delapan lokasi ...,”jelasnya."
    doc = _doc("Budi mengatakan pada hari Jumat terdapat delapan lokasi kampanye di kecamatan itu,” jelasnya.",
               {"Budi": "person:budi"})
    assert list(quote.fn(doc)) == []


def test_quote_ulas_is_a_speech_verb():
    # "“Kami juga menjalin silaturahmi bersama dengan forkopimka ... sebagai cooling system,” ulas Kapolres Andi."
    doc = _doc("Imam hadir. Budi datang.\n“Kami juga menjalin silaturahmi dengan tokoh agama,” ulas Imam.",
               {"Budi": "person:budi", "Imam": "person:imam"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:imam" and q.provenance.confidence >= 0.9


def test_quote_attributed_to_someone_unnamed_has_no_speaker():
    # "“Kami merasa terbantu dengan adanya patroli dialogis ini ...,” ucap salah satu warga." (not AKP Edi)
    doc = _doc("Budi datang.\n“Kami merasa terbantu dengan adanya patroli dialogis ini,” ucap salah satu warga.",
               {"Budi": "person:budi"})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == ""


def test_quote_nya_goes_to_the_name_at_the_end_of_a_long_title():
    # "Ketua Pimpinan Wilayah GP Ansor Jateng Sholahuddin Aly mengharapkan ..." / "“...,” katanya": the
    # parser chains the name six links below the subject "Ketua"; the name is still the subject
    s1 = "Junaidi|PROPN|O|2|nsubj membuka|VERB|O|0|root acara|NOUN|O|2|obj .|PUNCT|O|2|punct"
    s2 = ("Ketua|NOUN|O|9|nsubj Pimpinan|PROPN|O|1|nmod Wilayah|PROPN|O|2|flat:name GP|PROPN|B-ORG|3|flat:name "
          "Ansor|PROPN|E-ORG|3|flat:name Jateng|PROPN|B-PER|4|flat:name Sholahuddin|PROPN|I-PER|6|flat:name "
          "Aly|PROPN|E-PER|7|flat:name mengharapkan|VERB|O|0|root warga|NOUN|O|9|obj .|PUNCT|O|9|punct")
    s3 = ("“|PUNCT|O|3|punct Kami|PRON|O|3|nsubj siap|ADJ|O|0|root memilih|VERB|O|3|xcomp ,|PUNCT|O|3|punct "
          "”|PUNCT|O|3|punct katanya|VERB|O|3|parataxis .|PUNCT|O|3|punct")
    text = lambda t: " ".join(w.split("|")[0] for w in t.split())
    o2 = len(text(s1)) + 1
    o3 = o2 + len(text(s2)) + 1
    doc = document(sentence("s1", s1, paragraph=1, offset=0), sentence("s2", s2, paragraph=2, offset=o2),
                   sentence("s3", s3, paragraph=3, offset=o3),
                   entities={"person:junaidi": ("person", "Junaidi", [("s1", (1,))]),
                             "person:sholahuddin_aly": ("person", "Sholahuddin Aly", [("s2", (7, 8))])})
    (q,) = quote.fn(doc)
    assert q.arg("speaker") == "person:sholahuddin_aly"


@pytest.mark.parametrize("text, words", [
    # a closing mark typed to open, with a space before the first word
    ("Budi datang.\n” Kegiatan deklarasi ini wujud tanggung jawab kita semua,” ujar Budi.",
     "Kegiatan deklarasi ini wujud tanggung jawab kita semua"),
    ("Budi mengatakan, ” Saya perintahkan seluruh ASN menjaga netralitasnya,” kata Budi.",
     "Saya perintahkan seluruh ASN menjaga netralitasnya"),
])
def test_quote_opened_by_a_closing_mark_and_a_space(text, words):
    doc = _doc(text, {"Budi": "person:budi"})
    (q,) = quote.fn(doc)
    assert q.arg("text") == words and q.arg("speaker") == "person:budi"



def test_quote_closing_mark_typed_with_a_space_opens_no_quotation_of_its_speech_verb():
    # "... tahapan pemilu, ” Tegasnya." (opening mark left out, closing one typed with a space): the verb after
    # the mark is the attribution, not a quotation's first word
    doc = _doc("Budi datang.\nKami siap mengawal seluruh tahapan pemilu, ” Tegasnya kepada wartawan di Mapolres.",
               {"Budi": "person:budi"})
    assert not any(q.arg("text").startswith("Tegasnya") for q in quote.fn(doc))
