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

:func:`install` puts both in place; :func:`kg.nlp.parser.load_parser` calls it.
"""
from __future__ import annotations

import numpy as np

__all__ = ["STANZA", "install", "pairwise_bilinear", "process_cycle", "tarjan"]


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


def pairwise_bilinear(self, input1, input2):
    """``PairwiseBilinear.forward`` for inference: (N x L1 x I), (N x L2 x J) -> N x L1 x L2 x O."""
    import torch  # noqa: PLC0415

    if torch.is_grad_enabled() or self.training:
        return STANZA["bilinear"](self, input1, input2)
    n, l1, i = input1.shape
    l2, j = input2.shape[1], input2.shape[2]
    o = self.output_size
    weight = self.weight.permute(0, 2, 1).reshape(i, o * j)                 # (I, O*J)
    inter = torch.mm(input1.reshape(n * l1, i), weight).view(n, l1 * o, j)   # x W, as N x (L1*O) x J
    out = torch.bmm(inter, input2.transpose(1, 2)).view(n, l1, o, l2).permute(0, 1, 3, 2)
    return out + self.bias


def install() -> None:
    """Use :func:`tarjan` and :func:`pairwise_bilinear` inside Stanza (idempotent)."""
    from stanza.models.common import biaffine, chuliu_edmonds  # noqa: PLC0415

    if not STANZA:
        STANZA.update(tarjan=chuliu_edmonds.tarjan, process_cycle=chuliu_edmonds.process_cycle,
                      bilinear=biaffine.PairwiseBilinear.forward)
    chuliu_edmonds.tarjan = tarjan
    chuliu_edmonds.process_cycle = process_cycle
    biaffine.PairwiseBilinear.forward = pairwise_bilinear
