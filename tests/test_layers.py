"""The package's shape: layers import only downward, no import cycles, small folders.

An AST walk over ``kg/`` that counts every import, inside functions too. The
layer of a module is the first entry of ``LAYERS`` its name falls under; a module
may import from its own layer (without cycles) and from layers below it.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"

# bottom to top; each entry lists module-name prefixes
LAYERS: tuple[tuple[str, ...], ...] = (
    ("kg._version", "kg.model", "kg.errors", "kg.stage", "kg.paths", "kg.atomic"),
    ("kg.lang",),
    ("kg.inputs",),
    ("kg.nlp",),
    ("kg.extract",),
    ("kg.rules",),
    ("kg.pipeline",),
    ("kg.graph",),
    ("kg.export",),
    ("kg.build", "kg.distributed", "kg.bench", "kg.quality", "kg.apps"),
    ("kg.cli",),
    ("kg", "kg.__main__"),
)


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_name(p): p for p in PACKAGE.rglob("*.py")}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str) -> set[str]:
    """Every kg module ``name`` imports (resolving ``from kg.x import y`` to ``kg.x.y`` where y is a module)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If) and _is_type_checking(block.test)
                   for stmt in block.body for n in ast.walk(stmt)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:  # `if TYPE_CHECKING:` imports never run (import-linter excludes them too)
            continue
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in MODULES:
                t = t.rpartition(".")[0]
            if t and t != name:
                found.add(t)
    return found


GRAPH = {m: _imports(m) for m in MODULES}


def layer(name: str) -> int:
    best = None
    for i, prefixes in enumerate(LAYERS):
        for p in prefixes:
            if name == p or name.startswith(p + "."):
                if best is None or len(p) > best[1]:
                    best = (i, len(p))
    assert best is not None, f"{name} is in no layer; add it to LAYERS"
    return best[0]


def test_layers_every_module_has_a_layer():
    for m in MODULES:
        layer(m)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_layers_imports_go_downward(module):
    up = sorted(t for t in GRAPH[module] if layer(t) > layer(module))
    assert not up, f"{module} (layer {layer(module)}) imports from higher layers: {up}"


def test_layers_no_import_cycles():
    state: dict[str, int] = {}
    path: list[str] = []
    cycles = []

    def visit(m: str) -> None:
        state[m] = 1
        path.append(m)
        for t in sorted(GRAPH[m]):
            if state.get(t) == 1:
                cycles.append(path[path.index(t):] + [t])
            elif t not in state:
                visit(t)
        path.pop()
        state[m] = 2

    for m in sorted(GRAPH):
        if m not in state:
            visit(m)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_layers_no_folder_holds_more_than_15_modules():
    for folder in [PACKAGE, *(p for p in PACKAGE.rglob("*") if p.is_dir() and (p / "__init__.py").exists())]:
        n = len([p for p in folder.glob("*.py")])
        assert n <= 15, f"{folder} holds {n} modules"


def test_layers_each_package_says_its_purpose():
    for init in PACKAGE.rglob("__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc.splitlines()[0]) > 20, f"{init} needs a one-line purpose in its docstring"


def test_layers_stanza_and_torch_only_in_nlp():
    for m, p in MODULES.items():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        heavy = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names} | {
            (n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        if heavy & {"stanza", "torch"}:
            assert m.startswith("kg.nlp."), f"{m} imports stanza/torch outside kg.nlp"


def test_layers_the_check_sees_an_upward_import_inside_a_function(tmp_path, monkeypatch):
    """The walk counts imports inside functions (a lazy upward import is still upward)."""
    fake = tmp_path / "m.py"
    fake.write_text("def f():\n    from kg.build import build_files\n")
    monkeypatch.setitem(MODULES, "kg.lang.fake", fake)
    assert "kg.build" in _imports("kg.lang.fake") and layer("kg.build") > layer("kg.lang.fake")
