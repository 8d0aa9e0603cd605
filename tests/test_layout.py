"""Issue 14: the package's plan stays visible: no import cycles between its modules, modules
short enough to read (or saying why not), and one module that finds the shipped files."""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "cppcckg"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def import_graph() -> nx.DiGraph:
    """Module -> every cppcckg module it imports, at the top or inside a function (a lazy import
    is still a dependency; importing a submodule also runs its package's ``__init__``)."""
    modules = _modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("cppcckg"):
                targets = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            for target in targets:
                if target in modules and target not in (name, "cppcckg"):
                    graph.add_edge(name, target)
    return graph


def test_every_import_is_absolute():
    relative = [f"{name}:{node.lineno}" for name, path in _modules().items()
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.ImportFrom) and node.level > 0]
    assert not relative, f"relative imports (the cycle check reads absolute ones): {relative}"


def test_no_import_cycles():
    cycles = sorted(nx.simple_cycles(import_graph()), key=len)
    assert not cycles, f"import cycles: {cycles[:5]}"


def test_the_cycle_check_sees_a_cycle(tmp_path, monkeypatch):
    fake = tmp_path / "cppcckg"
    (fake / "a").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "a" / "__init__.py").write_text("")
    (fake / "a" / "x.py").write_text("def f():\n    from cppcckg.a.y import g\n")
    (fake / "a" / "y.py").write_text("from cppcckg.a import x\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", fake)
    assert sorted(map(sorted, nx.simple_cycles(import_graph()))) == [["cppcckg.a.x", "cppcckg.a.y"]]


def test_only_resources_computes_paths_from_its_own_file():
    offenders = [name for name, path in _modules().items()
                 if name != "cppcckg.resources" and "__file__" in path.read_text(encoding="utf-8")]
    assert not offenders, f"use cppcckg.resources instead of __file__ in {offenders}"


def test_resources_finds_every_shipped_folder():
    from cppcckg import resources

    assert resources.ontology_file().is_file() and resources.shapes_file().is_file()
    assert any(resources.queries_dir().glob("*.rq"))
    assert (resources.reference_dir() / "bodies.yaml").is_file()
    assert (resources.context_dir() / "context.jsonld").is_file()
    assert (resources.template_dir() / "base.html").is_file()


MAX_LINES = 400
#: Packages whose modules this check leaves out for now (their owner adds them).


def test_modules_are_short_or_say_why():
    """Every module is under MAX_LINES lines, or its docstring says "Longer than 400 lines
    because ..." with a reason (a module split at an unnatural seam is harder to read than a
    long one that says why it is long)."""
    long = []
    for name, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") < MAX_LINES:
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        reason = doc.split("Longer than 400 lines because", 1)
        if len(reason) < 2 or len(reason[1].strip(" .\n")) < 20:
            long.append(f"{name} ({text.count(chr(10))} lines)")
    assert not long, f"modules of {MAX_LINES} lines or more without a reason in their docstring: {long}"


def test_no_module_binds_a_top_level_name_twice():
    """A pattern defined again further down a module silently replaces the first for every use
    above it: each top-level name is bound once."""
    import collections

    twice = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        names = collections.Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node] if isinstance(
                node, (ast.FunctionDef, ast.ClassDef)) else []
            names.update(t.id if isinstance(t, ast.Name) else getattr(t, "name", None) for t in targets)
        names.pop(None, None)
        if (bound := sorted(k for k, n in names.items() if n > 1)):
            twice[str(path.relative_to(PACKAGE))] = bound
    assert not twice, twice
