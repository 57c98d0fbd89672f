"""render/ draws for both the screen and the PDF, so it may use core and Qt but never ui or report."""

from __future__ import annotations

import ast
from pathlib import Path

import pmfit.render


def test_render_imports_neither_ui_nor_report() -> None:
    folder = Path(pmfit.render.__file__).parent
    for source in sorted(folder.glob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("pmfit.ui", "pmfit.report")), f"{source.name} imports {name}"
                assert not name.startswith("PySide6.QtWidgets"), f"{source.name} needs only QtGui: {name}"
