"""The shape of the house (docs/architecture.md), checked on the source of every module.

* No module imports another module's underscore names.
* The floors: foundation (exceptions, validation, compat) imports no other mitramatch module
  but itself; ``io`` imports the foundation only; the engine imports the foundation, ``io`` and
  itself, never an application; applications reach the engine only through its public face
  ``mitramatch.engine`` (never ``mitramatch.engine.<module>``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mitramatch"
FOUNDATION = {"mitramatch.exceptions", "mitramatch.validation", "mitramatch.compat"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> list[tuple[str, list[str], int]]:
    """(absolute module, imported names, line) of every mitramatch import in a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            if module == "mitramatch" or module.startswith("mitramatch."):
                names = [a.name for a in node.names]
                # "from . import builtin" imports a module, not a name
                submodules = [n for n in names if f"{module}.{n}" in MODULES]
                for sub in submodules:
                    found.append((f"{module}.{sub}", [], node.lineno))
                rest = [n for n in names if n not in submodules]
                if rest or not submodules:
                    found.append((module, rest, node.lineno))
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("mitramatch"):
                    found.append((alias.name, [], node.lineno))
    return found


def _floor(module: str) -> str:
    if module in FOUNDATION:
        return "foundation"
    if module == "mitramatch.io" or module.startswith("mitramatch.io."):
        return "io"
    if module == "mitramatch.engine" or module.startswith("mitramatch.engine."):
        return "engine"
    return "application"


EDGES = [
    (name, target, names, line)
    for name, path in MODULES.items()
    for target, names, line in _imports(name, path)
]


def test_the_scan_sees_the_package():
    assert "mitramatch.engine.criteria" in MODULES
    assert "mitramatch.ranking" in MODULES
    assert any(t == "mitramatch.engine" for n, t, _, _ in EDGES if n == "mitramatch.ranking")


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_imports_another_modules_private_names(name):
    private = [
        f"line {line}: {target}.{n}"
        for source, target, names, line in EDGES
        if source == name and target != name
        for n in names
        if n.startswith("_") and not n.startswith("__")
    ]
    assert not private, f"{name} imports private names: {private}"


@pytest.mark.parametrize("name", sorted(MODULES))
def test_floors_import_only_downwards(name):
    floor = _floor(name)
    allowed = {
        "foundation": {"foundation"},
        "io": {"foundation", "io"},
        "engine": {"foundation", "io", "engine"},
        "application": {"foundation", "io", "engine", "application"},
    }[floor]
    wrong = [
        f"line {line}: {target} ({_floor(target)})"
        for source, target, _, line in EDGES
        if source == name and target != "mitramatch" and _floor(target) not in allowed
    ]
    # The version number is the package's, read by the engine's storage.
    wrong += [
        f"line {line}: mitramatch.{n}"
        for source, target, names, line in EDGES
        if source == name and target == "mitramatch" and floor != "application"
        for n in names
        if n != "__version__"
    ]
    assert not wrong, f"{name} ({floor}) imports upwards: {wrong}"


@pytest.mark.parametrize(
    "name", sorted(n for n in MODULES if _floor(n) == "application" and n != "mitramatch")
)
def test_applications_use_only_the_engines_public_face(name):
    inner = [
        f"line {line}: {target}"
        for source, target, _, line in EDGES
        if source == name and target.startswith("mitramatch.engine.")
    ]
    assert not inner, f"{name} reaches into the engine: {inner}"
