"""The real Stanza pipeline with the shipped models (runs in CI too)."""
from __future__ import annotations

import shutil

import pytest

from kg.nlp.conllu import read_conllu, write_conllu
from kg.errors import ModelNotAvailableError
from kg.nlp.parser import BUNDLED_DIR, MODEL_FILES, load_parser

pytestmark = pytest.mark.e2e

SENTENCE = ("Penjabat (Pj) Walikota Pangkalpinang, Budi Utama, mengunjungi kantor Badan Pengawas Pemilu "
            "(Bawaslu) Kota Pangkalpinang.\nBudi Utama mengingatkan bahwa ASN harus menjaga netralitasnya.")


def test_parse_sample_gives_sentences_with_offsets(parser):
    sents = parser.parse(SENTENCE)
    assert len(sents) == 2 and sents[1].paragraph == 2
    for s in sents:
        for w in s.words:
            assert SENTENCE[w.start_char:w.end_char].startswith(w.text) or w.text in ("nya",) or \
                w.text.lower() in SENTENCE[w.start_char:w.end_char].lower()


def test_parse_splits_clitics_with_mwt(parser):
    words = [w.text for w in parser.parse(SENTENCE)[1].words]
    assert "netralitas" in words and "nya" in words


def test_parse_tags_names_and_heads(parser):
    s = parser.parse(SENTENCE)[1]
    budi = next(w for w in s.words if w.text == "Budi")
    assert budi.upos == "PROPN" and budi.ner.endswith("PER")
    assert sum(w.head == 0 for w in s.words) == 1


def test_parse_conllu_round_trip_of_a_real_parse(parser):
    sents = parser.parse(SENTENCE)
    assert read_conllu(write_conllu(sents)) == sents


def test_parse_many_equals_one_by_one(parser):
    texts = [SENTENCE, "Ketua KPU Kabupaten Kendal, Hevy Indah Oktaria, hadir."]
    assert parser.parse_many(texts) == [parser.parse(t) for t in texts]


def test_parse_corrupt_model_file_gives_a_clear_error(tmp_path):
    for name in MODEL_FILES.values():
        shutil.copyfile(BUNDLED_DIR / name, tmp_path / name)
    shutil.copyfile(BUNDLED_DIR / "resources.json", tmp_path / "resources.json")
    (tmp_path / "depparse.pt").write_bytes(b"not a torch file" * 200)
    with pytest.raises(ModelNotAvailableError, match="could not load the Stanza models .*corrupt"):
        load_parser(tmp_path)


def test_parse_bundled_models_stay_under_40_mb():
    total = sum(p.stat().st_size for p in BUNDLED_DIR.glob("*.pt"))
    assert total < 40 * 1024 * 1024
