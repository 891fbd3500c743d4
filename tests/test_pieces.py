"""Bounded parser input (issue 12 item 3): long paragraphs reach Stanza in pieces of bounded length."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from kg.lang.text import MAX_PIECE, overlong_paragraphs, paragraphs, pieces
from kg.nlp.parser import Parser


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\t!"), max_size=400), st.integers(5, 60))
def test_pieces_cover_the_text_within_the_limit(text, limit):
    got = pieces(text, limit)
    assert all(len(p) <= limit and text[o:o + len(p)] == p for _, o, p in got)
    covered = {i for _, o, p in got for i in range(o, o + len(p))}
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())   # only whitespace is left out
    starts = [o for _, o, _ in got]
    assert starts == sorted(starts)
    para_of = {base: n for n, (base, _) in enumerate(paragraphs(text), start=1)}
    bases = sorted(para_of)
    assert all(n == para_of[max(b for b in bases if b <= o)] for n, o, _ in got)   # a piece keeps its paragraph


def test_pieces_cut_after_a_sentence_end_when_there_is_one():
    para = ("Kata " * 300 + "akhir. ") + "Lain " * 300
    first = pieces(para, MAX_PIECE)[0][2]
    assert first.endswith("akhir. ")


def test_pieces_of_one_long_token_are_cut_at_the_limit():
    assert [len(p) for *_, p in pieces("x" * 4500)] == [2000, 2000, 500]


class _Nlp:
    """Stands in for Stanza: records what each bulk_process call is given."""

    def __init__(self):
        self.calls: list[list[int]] = []

    def bulk_process(self, docs):
        self.calls.append([len(d.text) for d in docs])
        for d in docs:
            d.sentences = []
        return docs


def test_parser_never_gives_stanza_an_overlong_text_or_call():
    pytest.importorskip("stanza")
    nlp = _Nlp()
    parser = Parser(nlp=nlp, version="x")
    text = "kata " * 400_000          # 2 MB on one line, no punctuation
    assert parser.parse_many(["Judul singkat.\n" + text, "Artikel lain."]) == [(), ()]
    sizes = [n for call in nlp.calls for n in call]
    assert max(sizes) <= MAX_PIECE and sum(sizes) >= len(text) - 2 * len(sizes)
    assert max(sum(call) for call in nlp.calls) <= parser.chunk_chars


def test_reader_warns_about_a_paragraph_that_will_be_cut(tmp_path):
    from kg.inputs.reader import discover, read_documents

    (tmp_path / "a.txt").write_text("Ketua KPU mengatakan bahwa pemilu akan digelar " * 100, encoding="utf-8")
    items = list(read_documents(discover([tmp_path])[0]))
    assert [type(i).__name__ for i in items] == ["Issue", "Document"]
    assert not items[0].skipped and "parsed in pieces" in items[0].cause
    assert overlong_paragraphs(items[1].text) == [len(items[1].text.rstrip("\n"))]


@pytest.mark.e2e
def test_parser_real_long_line_is_parsed_in_pieces_with_true_offsets(parser):
    words = ("Ketua KPU mengatakan bahwa pemilu akan digelar dengan aman dan lancar di seluruh wilayah "
             "kota").split()
    text = "Judul berita\n" + " ".join(words[i % len(words)] for i in range(1500))   # ~10 kB, no punctuation
    sents = parser.parse(text)
    assert len(sents) >= len(text) // MAX_PIECE
    assert all(len(s.text) <= MAX_PIECE for s in sents)
    assert all(text[w.start_char:w.end_char] == w.text for s in sents for w in s.words)
    assert [s.paragraph for s in sents][0] == 1 and {s.paragraph for s in sents[1:]} == {2}
