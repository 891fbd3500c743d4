from __future__ import annotations

from dataclasses import replace

import pytest

from kg.errors import PipelineError, UnknownRuleError
from kg.model import Document
from kg.stage import Pipeline, stage
from kg.rules import extract_stage, select_rules


@stage("a", requires={"sentences"}, provides={"mentions"})
def _a(doc):
    return replace(doc, mentions=())


@stage("b", requires={"mentions"}, provides={"entities"})
def _b(doc):
    return replace(doc, entities=())


def test_pipeline_runs_stages_in_order():
    doc = Pipeline([_a, _b])(Document("x.txt", "t", sentences=()))
    assert doc.layers() == {"sentences", "mentions", "entities"}


def test_pipeline_rejects_wrong_order_naming_the_missing_layer():
    with pytest.raises(PipelineError, match=r"Stage 'b' requires .*missing: \['mentions'\]\. Add 'a' before 'b'"):
        Pipeline([_b, _a])


def test_pipeline_unknown_rule_lists_available():
    with pytest.raises(UnknownRuleError, match="Unknown rule 'nope'. Available rules:"):
        extract_stage(["nope"])


def test_pipeline_select_all_rules_by_default():
    assert select_rules(None) == select_rules([r.name for r in select_rules(None)])
