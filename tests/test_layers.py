"""The floor plan holds: the core never loads the UI, imports only run down the layers, and the
interfaces document ships with the code it describes.

Layers, from the bottom: plain values (`model`, `versions`, `clock`, `locations`, `furniture`), the
corpus, then extraction and the store side by side (neither imports the other), linking, the
pipeline (extract → link → suggest) and the corrections on top of it, what drives a review or an
export, and last the command line and the UI. A module may import from its own layer or below;
anything else is a defect.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.synthetic import small_extraction

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "factcheck"

LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "factcheck",
        "factcheck.model",
        "factcheck.versions",
        "factcheck.clock",
        "factcheck.locations",
        "factcheck.furniture",
        "factcheck.similarity_setting",
    ),
    ("factcheck.corpus", "factcheck.readers", "factcheck.sources"),
    ("factcheck.extract", "factcheck.store"),
    ("factcheck.link",),
    (
        "factcheck.pipeline",
        "factcheck.cluster",
        "factcheck.corrections",
        "factcheck.edit_words",
        "factcheck.relink",
    ),
    (
        "factcheck.claimview",
        "factcheck.claimview_around",
        "factcheck.questionview",
        "factcheck.session",
        "factcheck.session_list",
        "factcheck.review_edits",
        "factcheck.export",
        "factcheck.agreement",
        "factcheck.render",
        "factcheck.scoring",
        "factcheck.synthetic",
    ),
    ("factcheck.cli", "factcheck.cli_review", "factcheck.cli_export", "factcheck.__main__", "factcheck.ui"),
)
# Rooms of one layer that must not know each other.
APART = (("factcheck.extract", "factcheck.store"),)


def module_files() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = module_files()
CORE = sorted(m for m in MODULES if m != "factcheck.__main__" and not m.startswith("factcheck.ui"))


def room(module: str) -> str:
    """The entry of `LAYERS` a module belongs to (the longest that is it or a package holding it)."""
    names = [n for layer in LAYERS for n in layer if module == n or module.startswith(n + ".")]
    assert names, f"{module} is in no layer: add it to LAYERS in {__file__}"
    return max(names, key=len)


def rank(module: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if room(module) in layer)


def imported(path: Path) -> set[str]:
    """The factcheck modules a file imports, also inside functions, never under `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] == "factcheck":
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in MODULES)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "factcheck")
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {m for m in found if m in MODULES}


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        room(module)


def test_imports_run_down_the_layers() -> None:
    upward = [
        f"{module} imports {target}"
        for module, path in MODULES.items()
        for target in sorted(imported(path))
        if rank(target) > rank(module)
    ]
    assert upward == []


def test_rooms_of_one_layer_keep_apart() -> None:
    crossing = [
        f"{module} imports {target}"
        for module, path in MODULES.items()
        for target in sorted(imported(path))
        for a, b in APART
        if {room(module), room(target)} == {a, b}
    ]
    assert crossing == []


def test_the_stages_in_their_order() -> None:
    """Extraction knows neither linking nor the pipeline; linking not the pipeline; the store neither stage."""
    forbidden = {
        "factcheck.extract": ("factcheck.link", "factcheck.pipeline"),
        "factcheck.link": ("factcheck.pipeline",),
        "factcheck.store": ("factcheck.extract", "factcheck.link", "factcheck.pipeline"),
    }
    found = [
        f"{module} imports {target}"
        for module, path in MODULES.items()
        for target in sorted(imported(path))
        if room(module) in forbidden and room(target).startswith(forbidden[room(module)])
    ]
    assert found == []


def test_no_import_cycle() -> None:
    """No two modules import each other, not even lazily inside a function (a package importing its
    own rooms is no cycle: they never import the package back)."""
    graph = {m: {t for t in imported(p) if t != m} for m, p in MODULES.items()}
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    cycles: list[list[str]] = []

    def walk(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                walk(nxt, [*path, nxt])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            walk(module, [module])
    assert cycles == []


@pytest.mark.parametrize("module", CORE)
def test_core_module_loads_no_ui(module: str) -> None:
    """Each core module, imported alone in a fresh interpreter, loads neither Textual nor factcheck.ui
    (nor rich, unless spaCy itself brought it)."""
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        "ui = [m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith('factcheck.ui')]\n"
        "if 'rich' in sys.modules and 'spacy' not in sys.modules:\n"
        "    ui.append('rich')\n"
        "print(json.dumps(sorted(ui)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert json.loads(done.stdout) == []


def test_the_interfaces_document_names_every_field_of_the_claims_json() -> None:
    """docs/interfaces.md (cited by the code) ships in the repository and keeps up with what is written."""
    doc = (ROOT / "docs" / "interfaces.md").read_text(encoding="utf-8")
    written = small_extraction().to_json()
    keys = set(written)
    for part in ("articles", "claims", "links", "questions"):
        for record in written[part]:
            keys.update(record)
    assert sorted(k for k in keys if f'"{k}"' not in doc and f"`{k}`" not in doc) == []
    cited = [p for p in PACKAGE.rglob("*.py") if "CONTRACT.md" in p.read_text(encoding="utf-8")]
    assert cited == []  # the code cites docs/interfaces.md, which ships with it
