"""kg.nlp.speed replaces Stanza internals for speed: its results must be Stanza's, exactly."""
from __future__ import annotations

import numpy as np
import pytest

from kg.nlp import speed

torch = pytest.importorskip("torch")
ce = pytest.importorskip("stanza.models.common.chuliu_edmonds")
biaffine = pytest.importorskip("stanza.models.common.biaffine")

speed.install()
STANZA_TARJAN = speed.STANZA["tarjan"]
STANZA_PROCESS_CYCLE = speed.STANZA["process_cycle"]
STANZA_BILINEAR = speed.STANZA["bilinear"]


@pytest.fixture
def originals():
    return STANZA_TARJAN, STANZA_PROCESS_CYCLE


def test_tarjan_finds_the_same_cycles_in_the_same_order(originals):
    stanza_tarjan, _ = originals
    rng = np.random.default_rng(0)
    n_cycles = 0
    for _ in range(2000):
        n = int(rng.integers(2, 50))
        tree = rng.integers(0, n, size=n)
        tree[0] = 0
        want, got = stanza_tarjan(tree), speed.tarjan(tree)
        assert len(got) == len(want)
        assert all(np.array_equal(a, b) for a, b in zip(want, got))
        n_cycles += len(want)
    assert n_cycles > 1000   # the random trees did exercise cycles


def test_a_tree_without_cycles_has_none():
    assert speed.tarjan(np.array([0, 2, 0, 2, 3])) == []
    assert [c.tolist() for c in speed.tarjan(np.array([0, 3, 1, 2]))] == [[False, True, True, True]]


def test_chu_liu_edmonds_gives_the_same_trees(originals, monkeypatch):
    stanza_tarjan, stanza_process_cycle = originals
    rng = np.random.default_rng(1)
    mats = [rng.normal(size=(n, n)).astype(np.float32) for n in rng.integers(2, 60, size=300)]
    monkeypatch.setattr(ce, "tarjan", stanza_tarjan)
    monkeypatch.setattr(ce, "process_cycle", stanza_process_cycle)
    want = [ce.chuliu_edmonds_one_root(m) for m in mats]
    monkeypatch.setattr(ce, "tarjan", speed.tarjan)
    monkeypatch.setattr(ce, "process_cycle", speed.process_cycle)
    got = [ce.chuliu_edmonds_one_root(m) for m in mats]
    assert all(np.array_equal(a, b) for a, b in zip(want, got))


def test_pairwise_bilinear_is_bitwise_stanzas():
    torch.manual_seed(0)
    layer = biaffine.PairwiseBilinear(21, 21, 7).eval()
    torch.nn.init.normal_(layer.weight)
    torch.nn.init.normal_(layer.bias)
    x, y = torch.randn(3, 11, 21), torch.randn(3, 9, 21)
    with torch.no_grad():
        want = STANZA_BILINEAR(layer, x, y)
        got = speed.pairwise_bilinear(layer, x, y)
    assert got.shape == want.shape == (3, 11, 9, 7)
    assert torch.equal(got.contiguous(), want)


def test_pairwise_bilinear_keeps_stanzas_code_when_training():
    layer = biaffine.PairwiseBilinear(5, 5, 2).train()
    torch.nn.init.normal_(layer.weight)
    x = torch.randn(2, 4, 5, requires_grad=True)
    out = speed.pairwise_bilinear(layer, x, torch.randn(2, 3, 5))
    out.sum().backward()
    assert x.grad is not None and layer.weight.grad is not None


# --- labels scored only at the decoded arcs (speed.graph_predict) ---

def _arcs(doc):
    return [(w.head, w.deprel) for s in doc.sentences for w in s.words]


def _depparse_both_ways(parser, doc, monkeypatch, resolve: bool):
    """The heads and labels of ``doc`` from Stanza's GraphParser.predict and from ours."""
    from stanza.models.depparse import model

    proc = parser.nlp.processors["depparse"]
    monkeypatch.setitem(proc.config, "resolve_head_constraints", resolve)
    with torch.inference_mode():
        monkeypatch.setattr(model.GraphParser, "predict", speed.STANZA["graph_predict"])
        want = _arcs(proc.process(doc))
        monkeypatch.setattr(model.GraphParser, "predict", speed.graph_predict)
        got = _arcs(proc.process(doc))
    return want, got


@pytest.fixture(scope="module")
def parsed_articles(parser, root):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((root / "tests/data/articles").glob("*.txt"))[:6])
    with torch.inference_mode():
        return parser.nlp(text)


@pytest.mark.parametrize("resolve", [False, True])
def test_labels_at_the_decoded_arcs_give_stanzas_parse(parser, parsed_articles, monkeypatch, resolve):
    want, got = _depparse_both_ways(parser, parsed_articles, monkeypatch, resolve)
    assert len(want) > 800 and got == want


def test_head_constraint_repair_reads_the_full_label_scores(parser, parsed_articles, monkeypatch):
    """With subjects and objects made likelier (a larger label bias), heads with two of them
    are common; the repair (on the sentence's full label scores) must come out as Stanza's."""
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.depparse import head_constraints, model

    proc = parser.nlp.processors["depparse"]
    bias = proc.trainer.model.deprel.scorer.W_bilin.bias
    saved = bias.detach().clone()
    monkeypatch.setitem(proc.config, "resolve_head_constraints", True)
    repaired = []
    real = head_constraints.resolve_head_constraint_violations
    monkeypatch.setattr(head_constraints, "resolve_head_constraint_violations",
                        lambda *a, **k: repaired.append(1) or real(*a, **k))
    try:
        with torch.no_grad():     # in place: monkeypatch's undo would delete a module's parameter
            for label in ("nsubj", "obj"):
                bias[proc.vocab["deprel"].unit2id(label) - VOCAB_PREFIX_SIZE] += 4.0
        with torch.inference_mode():
            monkeypatch.setattr(model.GraphParser, "predict", speed.STANZA["graph_predict"])
            want = _arcs(proc.process(parsed_articles))
            monkeypatch.setattr(model.GraphParser, "predict", speed.graph_predict)
            repaired.clear()
            got = _arcs(proc.process(parsed_articles))
    finally:
        with torch.no_grad():
            bias.copy_(saved)
    assert got == want
    assert 2 < len(repaired) < len(parsed_articles.sentences)   # only sentences with two subjects/objects
    assert torch.equal(proc.trainer.model.deprel.scorer.W_bilin.bias, saved)


def test_long_tensor_is_stanzas_get_long_tensor():
    rng = np.random.default_rng(2)
    stanza_long_tensor = speed.STANZA["long_tensor"]
    cases = [([[1, 2, 3], [], [4]], 3, 0), ([[1, 2, 3], [5]], 4, 7), ([[], [2]], 2, 0), ([[9]], 1, 3)]
    for _ in range(200):
        rows = [rng.integers(0, 50, size=int(rng.integers(lo, 12))).tolist() for lo in [1] + [0] * int(rng.integers(0, 8))]
        cases.append((rows, len(rows) + int(rng.integers(0, 3)), int(rng.integers(0, 4))))
        k = int(rng.integers(1, 5))
        nested = [[rng.integers(0, 9, size=k).tolist() for _ in range(int(rng.integers(lo, 6)))] for lo in (1, 1, 1)]
        cases.append((nested, 3 + int(rng.integers(0, 2)), 0))
    for rows, batch, pad in cases:
        want, got = stanza_long_tensor(rows, batch, pad), speed.long_tensor(rows, batch, pad)
        assert got.dtype == want.dtype == torch.long and got.shape == want.shape and torch.equal(got, want), rows


def test_long_tensor_leaves_other_shapes_to_stanza(monkeypatch):
    seen = []
    monkeypatch.setitem(speed.STANZA, "long_tensor", lambda *a: seen.append(a) or "stanza")
    assert speed.long_tensor([[[1, 2], [3]]], 1) == "stanza"      # ragged inner lists
    assert speed.long_tensor([(1, 2)], 1) == "stanza"             # tuples
    assert len(seen) == 2


# --- the lemmatiser's seq2seq decoded in groups of similar length (speed.predict_greedy) ---

def test_length_groups_keep_every_row_once_longest_first():
    lengths = [5, 140, 3, 12, 7, 2, 20, 6]
    groups = speed.length_groups(lengths)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    assert [[lengths[i] for i in g] for g in groups] == [[140], [20, 12], [7, 6, 5], [3, 2]]


def test_lemmas_decoded_in_length_groups_are_stanzas(parser, root, monkeypatch):
    """Every word of a few articles (and a URL, which made a batch of a thousand words decode
    50 steps over 140 characters) through the lemmatiser's seq2seq, with Stanza's decoder
    and with ours."""
    from stanza.models.common import seq2seq_model
    from stanza.models.lemma.data import DataLoader

    text = ("Sumber: https://www.valoranews.com/berita/28758/ribuan-pemilih-pada-22-tps-berada-di-zona-rawan-"
            "erupsi-gunung-marapi-ini-rencana-mitigasi-kpu-sumbar.\n\n"
            + (root / "samples" / "000_44790c6554cc0d30.txt").read_text(encoding="utf-8"))
    proc = parser.nlp.processors["lemma"]
    with torch.inference_mode():
        doc = parser.nlp.processors["pos"].process(parser.nlp.processors["mwt"].process(
            parser.nlp.processors["tokenize"].process(text)))
        batch = DataLoader(doc, 1000, proc.config, vocab=proc.vocab, evaluation=True, expand_unk_vocab=True)
        assert batch.num_examples > 200

        def lemmas(greedy):
            monkeypatch.setattr(seq2seq_model.Seq2SeqModel, "predict_greedy", greedy)
            return [p for b in batch for p in zip(*proc.trainer.predict(b, 1, batch.vocab))]

        want, got = lemmas(speed.STANZA["greedy"]), lemmas(speed.predict_greedy)
    assert got == want
    assert any(len(word) > 100 for word in (w.text for s in doc.sentences for w in s.words))

