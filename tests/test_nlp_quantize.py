"""int8 dynamic quantization of the parser's models (``kg.nlp.parser.quantize_processors``).

What is quantized by default was chosen by scoring (docs/scale.md); these tests check the
mechanics: which modules get replaced, that the choice is part of the parse-cache key, and that
bad entries are refused. Scores belong to ``kg models evaluate``, not here."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from kg.nlp import parser as kp

torch = pytest.importorskip("torch")
qdyn = pytest.importorskip("torch.ao.nn.quantized.dynamic")


def _fake_nlp(**models):
    return SimpleNamespace(processors={name: SimpleNamespace(trainer=SimpleNamespace(model=m))
                                       for name, m in models.items()})


class _Tiny(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(4, 3, bidirectional=True)
        self.cell = torch.nn.LSTMCell(4, 3)
        self.out = torch.nn.Linear(6, 2)
        self.emb = torch.nn.Embedding(5, 4)


def _kinds(model) -> set[str]:
    """'int8' and/or 'float': how the model's LSTMs and linear layers compute."""
    return {"int8" if isinstance(m, (qdyn.LSTM, qdyn.LSTMCell, qdyn.Linear)) else "float" for m in model.modules()
            if isinstance(m, (torch.nn.LSTM, torch.nn.LSTMCell, torch.nn.Linear, qdyn.LSTM, qdyn.LSTMCell,
                              qdyn.Linear))}


def test_a_quantized_processor_gets_int8_lstms_and_linear_layers_only_it():
    nlp = _fake_nlp(depparse=_Tiny(), pos=_Tiny())
    assert kp.quantize_processors(nlp, ["depparse"]) == ["depparse"]
    dep, pos = nlp.processors["depparse"].trainer.model, nlp.processors["pos"].trainer.model
    assert isinstance(dep.lstm, qdyn.LSTM) and isinstance(dep.cell, qdyn.LSTMCell) and isinstance(dep.out, qdyn.Linear)
    assert type(dep.emb) is torch.nn.Embedding                       # embeddings stay float
    assert type(pos.lstm) is torch.nn.LSTM and type(pos.out) is torch.nn.Linear   # not asked for: untouched


@pytest.mark.parametrize("entry, quantized, kept", [
    ("ner:lstm", ("lstm", "cell"), ("out",)),
    ("ner:linear", ("out",), ("lstm", "cell")),
])
def test_one_kind_of_module(entry, quantized, kept):
    nlp = _fake_nlp(ner=_Tiny())
    kp.quantize_processors(nlp, [entry])
    model = nlp.processors["ner"].trainer.model
    assert all(type(getattr(model, a)).__module__.startswith("torch.ao.nn.quantized") for a in quantized)
    assert all(type(getattr(model, a)).__module__.startswith("torch.nn.modules") for a in kept)


def test_a_quantized_model_still_runs_and_stays_close():
    model = _Tiny().eval()
    x = torch.randn(7, 2, 4)
    want = model.out(model.lstm(x)[0])
    kp.quantize_processors(_fake_nlp(lemma=model), ["lemma"])
    got = model.out(model.lstm(x)[0])
    assert got.shape == want.shape and not torch.equal(got, want)   # int8 arithmetic: close, not equal
    assert torch.allclose(got, want, atol=0.1)


def test_processors_absent_from_the_pipeline_are_skipped():
    assert kp.quantize_processors(_fake_nlp(pos=_Tiny()), ["depparse", "pos:lstm"]) == ["pos"]


@pytest.mark.parametrize("bad", ["parser", "depparse:gru", "NER", ""])
def test_bad_entries_are_refused(bad):
    with pytest.raises(ValueError, match="cannot quantize"):
        kp.quantize_spec([bad])


def test_the_spec_is_canonical_and_defaults_to_the_measured_choice():
    assert kp.quantize_spec(["ner:lstm", "depparse", "depparse"]) == ("depparse", "ner:lstm")
    assert kp.quantize_spec(None) == tuple(sorted(kp.QUANTIZE_DEFAULT))
    assert kp.quantize_spec(()) == ()


def test_what_is_quantized_is_part_of_the_model_version():
    float_version = kp.model_version("bundled", ())
    assert "+int8" not in float_version
    assert kp.model_version("bundled", ["depparse"]) == float_version + "+int8:depparse"
    assert kp.model_version("bundled", ["ner", "depparse"]) == float_version + "+int8:depparse,ner"
    assert kp.model_version("bundled") == kp.model_version("bundled", kp.QUANTIZE_DEFAULT)
    assert kp.model_version("official", ["pos"]) == "official+int8:pos"


def test_the_loaded_parser_is_quantized_as_the_default_says(parser):
    """The session's parser is loaded as a build loads it."""
    assert parser.version == kp.model_version("bundled")
    chosen = {e.partition(":")[0] for e in kp.QUANTIZE_DEFAULT}
    for name, proc in parser.nlp.processors.items():
        kinds = _kinds(proc.trainer.model)
        assert kinds == ({"int8"} if name in chosen else {"float"}), (name, kinds)


@pytest.fixture(scope="module")
def int8_parser():
    return kp.load_parser("bundled", threads=1, quantize=["depparse", "ner:lstm"])


def test_stanzas_wrapped_lstms_are_replaced_and_the_pipeline_still_parses(int8_parser):
    """PackedLSTM / HighwayLSTM hold plain nn.LSTM modules: those are what quantize_dynamic replaces."""
    dep = int8_parser.nlp.processors["depparse"].trainer.model
    ner = int8_parser.nlp.processors["ner"].trainer.model
    assert isinstance(dep.parserlstm.lstm[0].lstm, qdyn.LSTM) and isinstance(dep.deprel.W1, qdyn.Linear)
    assert _kinds(dep) == {"int8"}
    assert isinstance(ner.taggerlstm.lstm, qdyn.LSTM) and _kinds(ner) == {"int8", "float"}
    assert _kinds(int8_parser.nlp.processors["pos"].trainer.model) == {"float"}
    assert int8_parser.version == kp.model_version("bundled", ()) + "+int8:depparse,ner:lstm"
    (sent,) = int8_parser.parse("Ketua KPU Hasyim Asy'ari meminta semua pihak menjaga netralitas.")
    assert sum(w.head == 0 for w in sent.words) == 1 and {w.deprel for w in sent.words} - {"_"}
