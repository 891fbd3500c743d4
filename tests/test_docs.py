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


def test_docs_architecture_names_every_layer_and_rule():
    text = (DOCS / "architecture.md").read_text(encoding="utf-8")
    package = DOCS.parent / "kg"
    for init in package.rglob("__init__.py"):
        folder = init.parent.relative_to(package.parent).as_posix()
        if folder != "kg":
            assert f"`{folder}/`" in text or f"`{folder.rpartition('/')[2]}/`" in text, f"{folder} is not described"
    for r in ALL_RULES:
        assert f"`{r.name}`" in text


def test_docs_documented_old_name_is_the_new_function():
    """``kg.build.build`` (0.1) is kept as the same object as ``kg.build_files``."""
    import kg
    import kg.build

    assert kg.build.build is kg.build.build_files is kg.build_files
    assert kg.build_graph is kg.build.build_graph
