"""No colour is written as a literal in gui/ or the forms outside gui/base/colors.py: a colour
fixed for a light background vanishes on a dark one (and the other way round), so every screen
asks colors.py for the colour of the scheme in use. The few exceptions are listed with why."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import sqms_desktop

GUI = Path(sqms_desktop.__file__).parent / "gui"
FORMS = Path(sqms_desktop.__file__).parent.parent / "ui"
# The colour palettes and marking colours themselves.
HOME = GUI / "base" / "colors.py"
ALLOWED = {
    # The ink an auditor draws with on a photo (and its contrasting outline): part of the photo's
    # annotation, the same whatever the window's scheme.
    GUI / "dialogs" / "annotate.py": "drawing colours on a photo",
}
HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
NAMED = re.compile(
    r"(?:color|background(?:-color)?|border(?:-color)?)\s*:\s*"
    r"(?:[^;\"'{]*\s)?(?:red|green|blue|black|white|gray|grey|orange|yellow|darkred|darkgreen"
    r"|navy|maroon|silver|purple|teal)\b",
    re.IGNORECASE,
)
CALLS = re.compile(
    r"QColor\(\s*(?:\d|[\"'])|Qt\.GlobalColor\.|Qt\.(?:red|green|blue|black|white)\b"
)


def _strings(path: Path) -> list[tuple[int, str]]:
    """The string literals of a module with their lines (comments and docstrings count not:
    a docstring may name a colour in prose)."""
    found = []
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text("utf-8")).readline))
    for index, token in enumerate(tokens):
        if token.type != tokenize.STRING and token.type != getattr(tokenize, "FSTRING_START", -1):
            continue
        before = tokens[index - 1].type if index else tokenize.NEWLINE
        if before in (tokenize.INDENT, tokenize.NEWLINE, tokenize.NL, tokenize.DEDENT):
            continue  # a docstring or a string standing alone
        found.append((token.start[0], token.string))
    return found


def _problems_in_module(path: Path) -> list[str]:
    problems = []
    for line, text in _strings(path):
        if HEX.search(text) or NAMED.search(text):
            problems.append(f"{path.name}:{line}: {text[:80]}")
    source = path.read_text("utf-8")
    for match in CALLS.finditer(source):
        line = source.count("\n", 0, match.start()) + 1
        problems.append(f"{path.name}:{line}: {match.group(0)}")
    return problems


def test_no_colour_literal_in_the_gui_outside_colors_py() -> None:
    problems = []
    for path in sorted(GUI.rglob("*.py")):
        if path == HOME or path in ALLOWED:
            continue
        problems += _problems_in_module(path)
    assert problems == [], "ask gui/base/colors.py for the colour:\n" + "\n".join(problems)


def test_no_colour_literal_in_the_forms() -> None:
    problems = [
        f"{path.name}: {match.group(0)}"
        for path in sorted(FORMS.glob("*.ui"))
        for match in (
            *HEX.finditer(path.read_text("utf-8")),
            *NAMED.finditer(path.read_text("utf-8")),
        )
    ]
    assert problems == []


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'x = "color: #b3261e;"\ny = QColor(255, 0, 0)\nz = "background: white"\n'
        "w = f\"<span style='color:{c}'>\"\n",
        "utf-8",
    )
    assert [p.split(":")[1] for p in _problems_in_module(sample)] == ["1", "3", "2"]
