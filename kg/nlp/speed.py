"""Exact speed-ups of Stanza internals (they change how, never what, Stanza computes).

Profiling ``kg build`` on news articles (one torch thread) showed the
dependency parser's tree decoder, Chu-Liu-Edmonds, spending most of its time
in ``stanza.models.common.chuliu_edmonds.tarjan``: a cycle finder that does a
NumPy call per node and per element (``np.where(np.equal(tree, i))``,
``lowlinks[i] == indices[i]`` on arrays), about a quarter of the depparse time.
:func:`tarjan` below is the same algorithm, step for step (same visiting
order, so the same cycles in the same order), on Python lists; its output is
identical (``tests/test_nlp_speed.py`` checks it against Stanza's own on random
head arrays, and the parse of the test articles is unchanged).

The other half of the parser's time is its pairwise biaffine scorers
(``stanza.models.common.biaffine.PairwiseBilinear``): the label scorer's
second ``einsum`` (``NLJO,NMJ->NLMO``) first copies the whole
N x L x J x O intermediate into a transposed layout, which costs more than the
products themselves. :func:`pairwise_bilinear` does the same two products as
one ``mm`` with the weight laid out (I, O, J) and one ``bmm``, with no copy of
the intermediate; on CPU the results are bitwise equal to Stanza's (checked in
the tests, and by the unchanged parses). It is used only when no gradient is
needed (inference); training keeps Stanza's code.

The label scorer's output, N x L x L x O (every dependent, every candidate head,
every label), was then reduced in full twice: an argmax over the labels and a
log-softmax Stanza keeps for its head-constraint repair, though a tree reads one
head per dependent. :func:`graph_predict` decodes the tree from the arc scores
first and adds the bias and takes the argmax (or log-softmax) only at the
chosen arcs (:class:`LabelScores`); a sentence whose labels need the repair
gets its full block, computed as Stanza does. The bilinear products themselves
are the same ``mm`` and ``bmm`` (a product for the chosen pairs alone is not
bitwise equal to the batched one, so it is not used).

Two more, outside the parser: :func:`long_tensor` builds the data loaders' padded
id tensors in one ``torch.tensor`` call (Stanza built one small tensor per row and
copied it in by indexing), and :func:`predict_greedy` decodes the lemmatiser's
seq2seq in groups of words of similar length (one URL in a batch of 1,000 words
made every word decode 50 steps over 140 characters).

:func:`install` puts them in place; :func:`kg.nlp.parser.load_parser` calls it.
"""
from __future__ import annotations

import importlib

import numpy as np

__all__ = ["STANZA", "LabelScores", "decode", "graph_predict", "install", "long_tensor", "pairwise_bilinear",
           "process_cycle", "tarjan"]


def tarjan(tree) -> list:
    """The cycles of a head array (``tree[i]`` is the head of ``i``; ``tree[0] == 0``),
    each as a boolean mask, in the order ``stanza.models.common.chuliu_edmonds.tarjan``
    returns them."""
    heads = tree.tolist()
    n = len(heads)
    dependents: list[list[int]] = [[] for _ in range(n)]
    for j, h in enumerate(heads):
        dependents[h].append(j)            # ascending j, as np.where gives them
    indices, lowlinks, onstack = [-1] * n, [-1] * n, [False] * n
    stack: list[int] = []
    cycles = []
    counter = 0
    for start in range(n):
        if indices[start] != -1:
            continue
        call_stack = [(start, None, None)]
        while call_stack:
            i, deps, j = call_stack.pop()
            if deps is None:               # first visit of i
                indices[i] = lowlinks[i] = counter
                counter += 1
                stack.append(i)
                onstack[i] = True
                deps = iter(dependents[i])
            else:                          # back from dependent j
                lowlinks[i] = min(lowlinks[i], lowlinks[j])
            for j in deps:
                if indices[j] == -1:
                    call_stack.append((i, deps, j))
                    call_stack.append((j, None, None))
                    break
                if onstack[j]:
                    lowlinks[i] = min(lowlinks[i], indices[j])
            else:
                if lowlinks[i] == indices[i]:
                    members = []
                    while stack[-1] != i:
                        k = stack.pop()
                        onstack[k] = False
                        members.append(k)
                    stack.pop()
                    onstack[i] = False
                    members.append(i)
                    if len(members) > 1:
                        cycle = np.zeros(n, dtype=bool)
                        cycle[members] = True
                        cycles.append(cycle)
    return cycles


def process_cycle(tree, cycle, scores):
    """``chuliu_edmonds.process_cycle`` with the same arithmetic, minus ``np.pad``'s
    overhead (a quarter of the decoder's time: Indonesian news sentences contract
    about 19 cycles each under the single-root reweighting)."""
    cycle_locs = np.flatnonzero(cycle)
    cycle_subtree = tree[cycle]
    cycle_scores = scores[cycle, cycle_subtree]
    cycle_score = cycle_scores.sum()
    noncycle_locs = np.flatnonzero(~cycle)
    metanode_head_scores = scores[np.ix_(cycle_locs, noncycle_locs)] - cycle_scores[:, None] + cycle_score
    metanode_dep_scores = scores[np.ix_(noncycle_locs, cycle_locs)]
    metanode_heads = np.argmax(metanode_head_scores, axis=0)
    metanode_deps = np.argmax(metanode_dep_scores, axis=1)
    n = len(noncycle_locs)
    subscores = np.zeros((n + 1, n + 1), dtype=scores.dtype)
    subscores[:n, :n] = scores[np.ix_(noncycle_locs, noncycle_locs)]
    arange = np.arange(n)
    subscores[-1, :-1] = metanode_head_scores[metanode_heads, arange]
    subscores[:-1, -1] = metanode_dep_scores[arange, metanode_deps]
    return subscores, cycle_locs, noncycle_locs, metanode_heads, metanode_deps


#: Stanza's own functions, as they were before :func:`install` (for the fallback and the tests)
STANZA: dict = {}


def _products(self, input1, input2):
    """The bilinear products of ``PairwiseBilinear`` without the bias: N x L1 x L2 x O
    (a view of an N x L1 x O x L2 tensor)."""
    import torch  # noqa: PLC0415

    n, l1, i = input1.shape
    l2, j = input2.shape[1], input2.shape[2]
    o = self.output_size
    weight = self.weight.permute(0, 2, 1).reshape(i, o * j)                 # (I, O*J)
    inter = torch.mm(input1.reshape(n * l1, i), weight).view(n, l1 * o, j)   # x W, as N x (L1*O) x J
    return torch.bmm(inter, input2.transpose(1, 2)).view(n, l1, o, l2).permute(0, 1, 3, 2)


def pairwise_bilinear(self, input1, input2):
    """``PairwiseBilinear.forward`` for inference: (N x L1 x I), (N x L2 x J) -> N x L1 x L2 x O."""
    import torch  # noqa: PLC0415

    if torch.is_grad_enabled() or self.training:
        return STANZA["bilinear"](self, input1, input2)
    return _products(self, input1, input2) + self.bias


class LabelScores:
    """The dependency label scorer's output, read only where the decoder needs it.

    Stanza's parser turns its N x L x L x O label scores (every dependent, every
    candidate head, every label) into a label argmax and a log-softmax over all of them,
    though a tree uses one head per dependent. This holds the same bilinear products
    (computed as :func:`pairwise_bilinear` does) and adds the bias and takes the
    log-softmax only for the arcs asked for; a sentence whose labels break a head
    constraint gets its whole L x L x O block, as Stanza computes it."""

    def __init__(self, deep, input1, input2):
        import torch  # noqa: PLC0415

        h1 = deep.dropout(deep.hidden_func(deep.W1(input1)))
        h2 = deep.dropout(deep.hidden_func(deep.W2(input2)))
        h1 = torch.cat([h1, h1.new_ones(*h1.size()[:-1], 1)], h1.dim() - 1)   # PairwiseBiaffineScorer's ones
        h2 = torch.cat([h2, h2.new_ones(*h2.size()[:-1], 1)], h2.dim() - 1)
        bilinear = deep.scorer.W_bilin
        self.products = _products(bilinear, h1, h2)       # N x L1 x L2 x O, no bias
        self.bias = bilinear.bias

    def arcs(self, trees) -> list:
        """Per sentence, the label scores (bias added) of each word's arc to its head in
        ``trees`` (head arrays with the root at 0): a (len - 1) x O tensor."""
        import torch  # noqa: PLC0415

        n_idx = torch.tensor([i for i, t in enumerate(trees) for _ in range(len(t) - 1)], dtype=torch.long)
        d_idx = torch.tensor([d for t in trees for d in range(1, len(t))], dtype=torch.long)
        h_idx = torch.from_numpy(np.concatenate([np.asarray(t[1:], dtype=np.int64) for t in trees]))
        rows = self.products[n_idx, d_idx, h_idx] + self.bias
        return list(torch.split(rows, [len(t) - 1 for t in trees]))

    def log_probs(self, i: int, length: int):
        """Sentence ``i``'s label log-probabilities, length x length x O (as Stanza's ``preds[2]``)."""
        import torch.nn.functional as F  # noqa: PLC0415, N812

        return F.log_softmax(self.products[i:i + 1] + self.bias, 3).numpy()[0, :length, :length, :]


def graph_predict(self, word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma,
                  head, deprel, word_orig_idx, sentlens, wordlens, text, resolve_head_constraints=False):
    """``GraphParser.predict`` for inference, with the labels scored only where needed
    (:class:`LabelScores`); the heads and labels are Stanza's, exactly."""
    import torch  # noqa: PLC0415
    import torch.nn.functional as F  # noqa: PLC0415, N812

    inputs = (word, word_mask, wordchars, wordchars_mask, upos, xpos, ufeats, pretrained, lemma, head, deprel,
              word_orig_idx, sentlens, wordlens, text)
    if (torch.is_grad_enabled() or self.training or self.args.get("use_arc_embedding")
            or not _pairwise(getattr(self, "deprel", None))):
        return STANZA["graph_predict"](self, *inputs, resolve_head_constraints=resolve_head_constraints)
    deep = self.deprel
    deep.forward = lambda a, b: LabelScores(deep, a, b)    # what forward_scores gets back as the label scores
    try:
        unlabeled, labels, *_ = self.forward_scores(*inputs)
    finally:
        del deep.forward
    arc_log_probs = F.log_softmax(unlabeled, 2).numpy()
    return decode(self.vocab["deprel"], word.size(0), arc_log_probs, labels, sentlens, resolve_head_constraints)


def _pairwise(deep) -> bool:
    from stanza.models.common.biaffine import DeepBiaffineScorer, PairwiseBiaffineScorer  # noqa: PLC0415

    return (type(deep) is DeepBiaffineScorer and type(deep.scorer) is PairwiseBiaffineScorer
            and "forward" not in vars(deep))


def decode(vocab, batch_size, arc_log_probs, labels: LabelScores, sentlens, resolve_head_constraints):
    """``GraphParser.decode_graph_predictions`` reading :class:`LabelScores`: the tree from the
    arc scores (Chu-Liu-Edmonds, one root), then each arc's label; with
    ``resolve_head_constraints`` a sentence whose labels give a head two subjects or two
    objects is repaired by Stanza's own code on its full label log-probabilities."""
    from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root  # noqa: PLC0415
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE  # noqa: PLC0415
    from stanza.models.depparse import head_constraints  # noqa: PLC0415

    trees = [chuliu_edmonds_one_root(arc_log_probs[i][:n, :n]) for i, n in enumerate(sentlens)]
    rows = labels.arcs(trees)
    pred_tokens = []
    for i, (n, tree, row) in enumerate(zip(sentlens, trees, rows)):
        if resolve_head_constraints:
            ids = np.argmax(_log_softmax_rows(row), axis=1).tolist()      # label_for_arc's argmax, arc by arc
            deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in ids])
            if head_constraints.find_head_constraint_violations(tree, deprels):
                tree, ids = head_constraints.resolve_head_constraint_violations(
                    arc_log_probs[i][:n, :n], labels.log_probs(i, n), tree, vocab)
                deprels = vocab.unmap([r + VOCAB_PREFIX_SIZE for r in ids])
        else:
            deprels = vocab.unmap((row.max(1)[1] + VOCAB_PREFIX_SIZE).tolist())
        heads = tree[1:]
        pred_tokens.append([[heads[j], deprels[j]] for j in range(n - 1)])
    return pred_tokens[:batch_size]


def _log_softmax_rows(rows):
    import torch.nn.functional as F  # noqa: PLC0415, N812

    return F.log_softmax(rows, 1).numpy()


#: The Stanza modules that import ``get_long_tensor`` by name (the data loaders and models)
LONG_TENSOR_USERS = ("stanza.models.common.data", "stanza.models.depparse.data", "stanza.models.pos.data",
                     "stanza.models.ner.data", "stanza.models.ner.model", "stanza.models.lemma.data",
                     "stanza.models.mwt.data", "stanza.models.common.char_model")


def long_tensor(tokens_list, batch_size, pad_id=0):
    """``stanza.models.common.data.get_long_tensor``: the same padded LongTensor, made by one
    ``torch.tensor`` call from padded Python rows instead of a tensor per row copied in by
    indexing (a few microseconds each, for every word's characters of every batch).
    Rows of ids, and rows of equal-length id lists (the feature columns); anything else
    goes to Stanza's code."""
    import torch  # noqa: PLC0415

    rows = tokens_list
    if rows and type(rows) is list and len(rows) <= batch_size and all(type(r) is list for r in rows):
        width = max(map(len, rows))
        first = next((r[0] for r in rows if r), None)
        if type(first) is int:
            pad = [pad_id] * width
            padded = [r + pad[len(r):] for r in rows] + [pad] * (batch_size - len(rows))
            return torch.tensor(padded, dtype=torch.long)
        if type(first) is list:
            inner = len(first)
            if all(type(c) is list and len(c) == inner for r in rows for c in r):
                pad = [[pad_id] * inner] * width
                padded = [r + pad[len(r):] for r in rows] + [pad] * (batch_size - len(rows))
                return torch.tensor(padded, dtype=torch.long).view(batch_size, width, inner)
    return STANZA["long_tensor"](tokens_list, batch_size, pad_id)


def length_groups(lengths, ratio: float = 0.6) -> list[list[int]]:
    """Row indices grouped by length, longest first: a group ends where a row is shorter than
    ``ratio`` times the group's longest."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    groups: list[list[int]] = []
    for i in order:
        if not groups or lengths[i] < ratio * lengths[groups[-1][0]]:
            groups.append([])
        groups[-1].append(i)
    return groups


def predict_greedy(self, src, src_mask, pos=None, raw=None, never_decode_unk=False):
    """``Seq2SeqModel.predict_greedy`` (lemmatiser, MWT) run on groups of words of similar length.

    Stanza decodes a batch (1,000 words here) step by step until its last word ends, every
    step attending over the longest word's length: one URL in a batch made all thousand
    words take 50 steps over 140 characters, and short words waited on long ones anyway.
    Each group is decoded by Stanza's own code, its rows padded only to its longest; the
    rows are independent (masked attention, packed encoder), so the outputs are the same
    words (the CoNLL-U of the project's articles and the news, URLs included, is unchanged)."""
    import torch  # noqa: PLC0415

    greedy = STANZA["greedy"]
    contextual = raw is not None and getattr(self, "contextual_embedding", None) is not None
    if torch.is_grad_enabled() or self.training or contextual or src.dim() != 2:
        return greedy(self, src, src_mask, pos, raw, never_decode_unk=never_decode_unk)
    lengths = (~src_mask).sum(1).tolist()
    groups = length_groups(lengths)
    if len(groups) < 2:
        return greedy(self, src, src_mask, pos, raw, never_decode_unk=never_decode_unk)
    seqs: list = [None] * len(lengths)
    logits, order = [], []
    for rows in groups:
        width = lengths[rows[0]]
        idx = torch.tensor(rows, dtype=torch.long)
        out, edit = greedy(self, src[idx, :width], src_mask[idx, :width], None if pos is None else pos[idx],
                           None if raw is None else [raw[i] for i in rows], never_decode_unk=never_decode_unk)
        for i, seq in zip(rows, out):
            seqs[i] = seq
        logits.append(edit)
        order.extend(rows)
    if logits[0] is None:
        return seqs, None
    edit_logits = torch.empty_like(torch.cat(logits))
    edit_logits[torch.tensor(order, dtype=torch.long)] = torch.cat(logits)
    return seqs, edit_logits


def install() -> None:
    """Use this module's versions inside Stanza (idempotent): :func:`tarjan`, :func:`process_cycle`,
    :func:`pairwise_bilinear`, :func:`graph_predict`, :func:`long_tensor` and :func:`predict_greedy`."""
    from stanza.models.common import biaffine, chuliu_edmonds  # noqa: PLC0415
    from stanza.models.common import data, seq2seq_model  # noqa: PLC0415
    from stanza.models.depparse import model  # noqa: PLC0415

    if not STANZA:
        STANZA.update(tarjan=chuliu_edmonds.tarjan, process_cycle=chuliu_edmonds.process_cycle,
                      bilinear=biaffine.PairwiseBilinear.forward, graph_predict=model.GraphParser.predict,
                      long_tensor=data.get_long_tensor, greedy=seq2seq_model.Seq2SeqModel.predict_greedy)
    for name in LONG_TENSOR_USERS:
        importlib.import_module(name).get_long_tensor = long_tensor
    chuliu_edmonds.tarjan = tarjan
    chuliu_edmonds.process_cycle = process_cycle
    biaffine.PairwiseBilinear.forward = pairwise_bilinear
    model.GraphParser.predict = graph_predict
    seq2seq_model.Seq2SeqModel.predict_greedy = predict_greedy
