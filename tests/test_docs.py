"""Docs stay in sync with the code: every command in docs/cli.md, every rule in docs/rules.md."""
from __future__ import annotations

from pathlib import Path

import click
import pytest

from kg.cli import cli
from kg.rules import ALL_RULES

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _commands(group: click.Group, prefix: str = "kg") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        out.append((full, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full))
    return out


@pytest.mark.parametrize("name, cmd", _commands(cli), ids=lambda v: v if isinstance(v, str) else "")
def test_docs_every_command_has_help_and_a_section(name, cmd):
    assert cmd.help, f"{name} has no help text"
    assert f"`{name}`" in (DOCS / "cli.md").read_text(), f"{name} is missing from docs/cli.md"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_docs_every_rule_is_documented(rule):
    assert f"`{rule.name}`" in (DOCS / "rules.md").read_text()


def test_docs_rules_md_is_generated_from_the_registry():
    from kg.cli.rules_cmd import rules_markdown

    assert (DOCS / "rules.md").read_text() == rules_markdown(ALL_RULES), "run: make docs"
