"""The words a service hands to a shared check (`get`, `find_by`, `require_text`,
`require_choice`, `require_actor`/`require_role`) are put into the check's refusal in the
user's language only if the translators know them: each must be in `services.PASSED_WORDS`
(or be translated where it is passed). A new call with a new English phrase fails here."""

from __future__ import annotations

import ast
from pathlib import Path

import sqms_desktop
from sqms_desktop.services import PASSED_WORDS

PACKAGE = Path(sqms_desktop.__file__).resolve().parent
# check → (position of the passed word, its keyword)
CHECKS: dict[str, tuple[int, str]] = {
    "get": (3, "what"),
    "find_by": (2, "what"),
    "require_text": (1, "field"),
    "require_choice": (2, "field"),
    "require_actor": (99, "action"),
    "require_role": (99, "action"),
}


def _passed_literals(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name not in CHECKS:
            continue
        at, keyword = CHECKS[name]
        passed = [node.args[at]] if len(node.args) > at else []
        passed += [k.value for k in node.keywords if k.arg == keyword]
        found += [
            (node.lineno, value.value)
            for value in passed
            if isinstance(value, ast.Constant) and isinstance(value.value, str)
        ]
    return found


def test_every_word_passed_to_a_shared_check_is_known_to_the_translators() -> None:
    known = set(PASSED_WORDS)
    unknown = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {word!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "gui" not in path.relative_to(PACKAGE).parts
        for line, word in _passed_literals(path)
        if word not in known
    ]
    assert unknown == [], "\n".join(["add these to services.PASSED_WORDS:", *unknown])


def test_the_scan_finds_the_calls_it_is_about(tmp_path: Path) -> None:
    source = tmp_path / "example.py"
    source.write_text(
        "get(uow, Supplier, sid, 'supplier')\n"
        "require_text(name, field='site name')\n"
        "require_actor(uow, ROLE, action='planning an audit')\n"
        "get(uow, Supplier, sid, said('supplier'))\n",
        encoding="utf-8",
    )
    assert [word for _, word in _passed_literals(source)] == [
        "supplier",
        "site name",
        "planning an audit",
    ]
