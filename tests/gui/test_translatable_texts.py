"""Every text the window shows is translatable: no English literal reaches a widget unwrapped.

The Linguist sources only know the texts wrapped in `tr()`/`translate()`; a literal handed
straight to a widget would stay English in German and no catalogue check would notice. This reads
the GUI's source and names every visible-text call (a label, a button, a title, a tooltip, a
message box, a status message, a file dialog's caption and filter …) whose text is a bare string,
an f-string, a bare string's `.format(…)` or a sum with a bare string.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import sqms_desktop

GUI = Path(sqms_desktop.__file__).resolve().parent / "gui"
# method or class name → positions of its arguments that are shown to the user
SHOWN: dict[str, tuple[int, ...]] = {
    "setText": (0,),
    "setWindowTitle": (0,),
    "setToolTip": (0,),
    "setStatusTip": (0,),
    "setWhatsThis": (0,),
    "setPlaceholderText": (0,),
    "setTitle": (0,),
    "setLabelText": (0,),
    "setInformativeText": (0,),
    "setAccessibleName": (0,),
    "setAccessibleDescription": (0,),
    "showMessage": (0,),
    "setTabText": (1,),
    "addTab": (1,),
    "setSuffix": (0,),
    "setPrefix": (0,),
    "setSpecialValueText": (0,),
    "setNameFilter": (0,),
    "setButtonText": (1,),
    "setSubTitle": (0,),
    "addMenu": (0,),
    "addRow": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setHeaderLabels": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QToolButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QCommandLinkButton": (0, 1),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "getOpenFileName": (1, 3),
    "getOpenFileNames": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
}
WORDS = re.compile(r"[A-Za-z]{2,}")
# Markup and entities are not words to translate.
MARKUP = re.compile(r"<[^<>]*>?|&[a-z]+;|^[^<]*>")


def _has_words(text: str) -> bool:
    return bool(WORDS.search(MARKUP.sub(" ", text)))


def _untranslated(node: ast.expr) -> bool:
    """Whether `node` is text in English that no translation call has seen."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and _has_words(node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_untranslated(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_untranslated(item) for item in node.elts)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _untranslated(node.func.value)
    return False


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def untranslated_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _called(node)
        for position in SHOWN.get(name, ()):
            if position < len(node.args) and _untranslated(node.args[position]):
                text = ast.unparse(node.args[position])[:80]
                found.append(f"{path.relative_to(GUI.parent)}:{node.lineno}: {name}({text})")
    return found


def test_the_window_shows_no_text_that_cannot_be_translated() -> None:
    found = [line for path in sorted(GUI.rglob("*.py")) for line in untranslated_texts(path)]
    assert found == [], "texts shown without tr()/translate():\n" + "\n".join(found)


def test_the_check_finds_each_kind_of_bare_text(tmp_path: Path) -> None:
    sample = GUI / "_sample_for_the_check.py"
    sample.write_text(
        "label.setText('Saved')\n"
        "label.setText(f'Saved {n}')\n"
        "label.setText('Saved {n}'.format(n=n))\n"
        "box = QMessageBox.warning(self, 'Title', self.tr('Fine'))\n"
        "label.setText(self.tr('Saved {n}').format(n=n))\n"
        "label.setText('; '.join(parts))\n"
        "label.setText('')\n"
        "label.setText(f'<b>{escape(name)}</b>')\n",
        encoding="utf-8",
    )
    try:
        found = untranslated_texts(sample)
    finally:
        sample.unlink()
    assert [line.split(": ", 1)[1] for line in found] == [
        "setText('Saved')",
        "setText(f'Saved {n}')",
        "setText('Saved {n}'.format(n=n))",
        "warning('Title')",
    ]
