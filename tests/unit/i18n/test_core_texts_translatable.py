"""Every refusal the core raises reaches the user in the user's language.

A service's, query's or importer's error is shown as it is, in a dialog or on the command line
(`SqmsError` and its kinds: a plain message, no traceback). Its text must go through
`translate(...)` — a bare string, an f-string or a bare string's `.format(…)` would stay English in
German, and no catalogue check would notice. This reads the core's source (the package without
its window) and names every such raise.
"""

from __future__ import annotations

import ast
from pathlib import Path

import sqms_desktop
from sqms_desktop.errors import SqmsError

PACKAGE = Path(sqms_desktop.__file__).resolve().parent
WINDOW = PACKAGE / "gui"
# The argument that holds the message, where it is not the first: BundleRefused(reason, message)
# takes a stable code first; InputFileError(path, reason) a file name.
MESSAGE_AT: dict[str, int] = {"BundleRefused": 1, "InputFileError": 1}


def _refusal_kinds(paths: list[Path]) -> set[str]:
    """The names of every kind of SqmsError the package defines, wherever it is defined."""
    bases: dict[str, set[str]] = {}
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                )
    kinds = {SqmsError.__name__}
    grown = True
    while grown:
        more = {name for name, of in bases.items() if of & kinds} - kinds
        kinds |= more
        grown = bool(more)
    return kinds


def _bare(node: ast.expr) -> bool:
    """A text that was never translated: a literal with words in it, an f-string, a literal's
    `.format(…)`, or a sum or %-format with one of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and any(c.isalpha() for c in str(part.value))
            for part in node.values
        )
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _bare(node.func.value)
    if isinstance(node, ast.BinOp):
        return _bare(node.left) or _bare(node.right)
    return False


def _untranslated(path: Path, kinds: set[str]) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        call = node.exc
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        if name not in kinds:
            continue
        at = MESSAGE_AT.get(name, 0)
        texts = [call.args[at]] if len(call.args) > at else []
        texts += [k.value for k in call.keywords if k.arg in ("message", "reason")]
        if any(_bare(text) for text in texts):
            where = path.relative_to(PACKAGE.parent) if PACKAGE in path.parents else path.name
            found.append(f"{where}:{node.lineno}: {name}")
    return found


def test_every_refusal_of_the_core_is_translated() -> None:
    core = [path for path in sorted(PACKAGE.rglob("*.py")) if WINDOW not in path.parents]
    kinds = _refusal_kinds(sorted(PACKAGE.rglob("*.py")))
    assert {"ValidationError", "BundleRefused", "StoreDamagedError"} <= kinds
    untranslated = [where for path in core for where in _untranslated(path, kinds)]
    assert untranslated == [], "\n".join(
        [f"{len(untranslated)} refusal(s) not in translate(...):", *untranslated]
    )


def test_the_check_sees_a_bare_refusal_and_passes_a_translated_one(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text(
        "def f(code):\n"
        "    raise ValidationError(f'Supplier {code} is taken')\n"
        "def g(code):\n"
        "    raise ValidationError(translate('x', 'Supplier {code} is taken').format(code=code))\n"
        "def h(path):\n"
        "    raise BundleRefused('malformed', 'The bundle ' + str(path) + ' is broken')\n"
        "def i(path):\n"
        "    raise BundleRefused('malformed', translate('x', 'The bundle is broken'))\n",
        encoding="utf-8",
    )
    kinds = {"ValidationError", "BundleRefused"}
    found = [line.split(":", 2)[1] for line in _untranslated(source, kinds)]
    assert found == ["2", "6"]
