from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from kg.nlp.conllu import _write_conllu_reference, read_conllu, write_conllu
from kg.model import Sentence, Word

MWT = """# sent_id = s1
# text = Netralitasnya dijaga.
1-2\tNetralitasnya\t_\t_\t_\t_\t_\t_\t_\tNER=O|start_char=0|end_char=13
1\tNetralitas\tnetralitas\tNOUN\tNN\tNumber=Sing\t3\tnsubj:pass\t_\t_
2\tnya\tnya\tPRON\tPRP\t_\t1\tnmod:poss\t_\t_
3\tdijaga\tjaga\tVERB\tVB\tVoice=Pass\t0\troot\t_\tstart_char=14|end_char=20
4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\tstart_char=20|end_char=21

"""


@pytest.mark.parametrize("wid, text, start, end", [(1, "Netralitas", 0, 13), (2, "nya", 0, 13), (3, "dijaga", 14, 20)])
def test_conllu_mwt_words_inherit_token_offsets(wid, text, start, end):
    s = read_conllu(MWT)[0]
    w = s.word(wid)
    assert (w.text, w.start_char, w.end_char) == (text, start, end)


def test_conllu_reads_feats_and_heads():
    s = read_conllu(MWT)[0]
    assert s.word(3).feats == "Voice=Pass" and s.word(1).head == 3 and s.word(3).head == 0


def test_conllu_sentence_span():
    s = read_conllu(MWT)[0]
    assert (s.start_char, s.end_char, s.sent_id) == (0, 21, "s1")


_names = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=8)


@given(st.lists(_names, min_size=1, max_size=6), st.sampled_from(["O", "B-PER", "S-ORG"]))
def test_conllu_round_trip(forms, tag):
    words = tuple(Word(id=i, text=f, lemma=f.lower(), upos="PROPN", head=0 if i == 1 else 1,
                       deprel="root" if i == 1 else "flat:name", ner=tag, start_char=i * 10, end_char=i * 10 + 5)
                  for i, f in enumerate(forms, start=1))
    sent = Sentence(sent_id="s1", text=" ".join(forms), words=words, start_char=10,
                    end_char=len(forms) * 10 + 5, paragraph=2)
    assert read_conllu(write_conllu([sent])) == (sent,)


_field = st.sampled_from(["_", "", "NOUN", "nsubj:pass", "a b", "x=y", "|"])
_feats = st.sampled_from(["_", "", "Number=Sing", "Number=Sing|PronType=Prs", "Foo", "A=B|A=C", "A=|B=_", "_|X=1"])


@given(st.lists(st.tuples(_names, _field, _feats, st.sampled_from(["O", "", "B-PER"]),
                          st.one_of(st.none(), st.integers(0, 500)), st.one_of(st.none(), st.integers(0, 500))),
                min_size=1, max_size=5),
       st.sampled_from(["s1", ""]), st.sampled_from(["Budi datang.", ""]), st.integers(0, 3))
def test_conllu_writer_gives_the_conllu_librarys_bytes(rows, sent_id, text, paragraph):
    """write_conllu makes its lines itself; they equal conllu's TokenList.serialize of the same tokens."""
    words = tuple(Word(id=i, text=f, lemma=lem, upos=lem, xpos=lem, feats=feats, head=i - 1, deprel=lem, ner=ner,
                       start_char=start, end_char=end)
                  for i, (f, lem, feats, ner, start, end) in enumerate(rows, start=1))
    sent = Sentence(sent_id=sent_id, text=text, words=words, paragraph=paragraph)
    assert write_conllu([sent, sent]) == _write_conllu_reference([sent, sent])


def test_the_parsers_sentences_survive_the_conllu_round_trip(parser, root):
    """A first build uses the parser's sentences without reading their CoNLL-U back
    (kg.nlp.batch): on the project's articles, reading it back gives the same sentences."""
    texts = [p.read_text(encoding="utf-8") for d in ("samples", "tests/data/articles")
             for p in sorted((root / d).glob("*.txt"))]
    parsed = parser.parse_many(texts)
    assert sum(len(s) for s in parsed) > 300
    assert [read_conllu(write_conllu(s)) for s in parsed] == parsed
    assert [write_conllu(s) for s in parsed] == [_write_conllu_reference(s) for s in parsed]
