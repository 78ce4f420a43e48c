"""The shape of the code: module size, import direction and no import circles.

Read from the source with `ast`, so imports inside functions count as much as those at
the top of a module. An import points at the module it names: `from a.b import c` at the
module `a.b.c` when there is one, else at the package `a.b` (whose `__init__` then runs).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("cms", "surveys", "api", "data_exchange", "config")
OPTIONAL_APPS = ("plone_import",)
MAX_LINES = 400

# Which project apps each app may import (config wires everything).
ALLOWED = {
    "cms": {"cms"},
    "surveys": {"surveys", "cms"},
    "api": {"api", "surveys", "cms"},
    "data_exchange": {"data_exchange"},
    "plone_import": {"plone_import", "cms"},
    "config": set(APPS) | set(OPTIONAL_APPS),
}


def project_modules() -> dict[str, Path]:
    """Dotted module name -> file, for every app module outside migrations."""
    modules = {}
    for app in APPS + OPTIONAL_APPS:
        base = ROOT / app
        if not base.is_dir():
            continue
        for path in base.rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


def _resolve(name: str, modules: dict[str, Path]) -> set[str]:
    """The project module `name` names, if any."""
    return {name} & set(modules)


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_package = path.name == "__init__.py"
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found |= _resolve(alias.name, modules)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = _resolve(f"{target}.{alias.name}", modules)
                found |= submodule or _resolve(target, modules)
    found.discard(module)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, result = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                result.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return result


def test_the_graph_sees_the_project():
    graph = import_graph()
    assert "api.content.viewsets" in graph
    assert "cms.selectors" in graph["cms.models.guidance_index"]
    assert "api.content.loading" in graph["api.content.shapes"]


def test_no_import_circle_among_the_project_modules():
    assert circles(import_graph()) == []


def test_circle_finder_finds_a_circle():
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_apps_import_only_in_the_allowed_direction():
    wrong = []
    for module, targets in import_graph().items():
        app = module.split(".")[0]
        for target in targets:
            if target.split(".")[0] not in ALLOWED[app]:
                wrong.append(f"{module} -> {target}")
    assert wrong == []


@pytest.mark.parametrize("app", APPS + OPTIONAL_APPS)
def test_no_module_is_longer_than_the_limit(app):
    too_long = {
        str(path.relative_to(ROOT)): length
        for name, path in project_modules().items()
        if name.split(".")[0] == app
        and (length := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert too_long == {}
