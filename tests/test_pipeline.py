from __future__ import annotations

from dataclasses import replace

import pytest

from kg.errors import PipelineError, UnknownRuleError
from kg.model import Document
from kg.stage import Pipeline, stage
from kg.rules import ALL_RULES, RULES, extract_stage, select_rules


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
    """All rules, in the order they run: entity-level first, then statements."""
    names = [r.name for r in select_rules(None)]
    assert names == ["holds_office", "org_branch", "commitment", "quote", "event", "instrument", "joint_action"]
    assert set(RULES) == set(names)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_pipeline_file_rule_and_function_share_one_name(rule):
    assert (rule.fn.__module__, rule.fn.__name__) == (f"kg.rules.{rule.name}", rule.name)


def test_pipeline_extract_requires_what_its_rules_read():
    assert "mentions" in extract_stage(["commitment"]).requires
    assert extract_stage(["org_branch"]).requires == {"sentences", "entities"}
    with pytest.raises(PipelineError, match="missing: \\['mentions'\\]"):
        Pipeline([stage("ents", requires=["sentences"], provides=["entities"])(lambda d: d),
                  extract_stage(["commitment"])])
