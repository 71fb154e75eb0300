"""`sqms` loads a command's module only when that command runs, and a command only what it uses.

`--version` is answered before the parser is built; `--help` and a usage error by the parser
alone: no SQLAlchemy, no store, no queries or services, no command module. Every command names
its handler as "module:function", and each of those names must resolve. A read command loads
the store and its own queries: no spreadsheet library, no services, no unit of work, nor the
queries of the command's neighbours in its module (issue 19: each costs a tenth of a second).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sqms_desktop.cli import build_parser, command_word, handler_of

HEAVY = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "PySide6")
OURS_NOT_LOADED = (
    "sqms_desktop.store",
    "sqms_desktop.queries",
    "sqms_desktop.services",
    "sqms_desktop.reports",
    "sqms_desktop.demo",
    "sqms_desktop.sync",
)
# The command modules, one per area: none is needed to parse.
COMMAND_MODULES = [
    "audits",
    "backup",
    "capas",
    "credentials",
    "demo",
    "evidence",
    "finding_register",
    "kpi",
    "output",
    "partnership",
    "people",
    "programme",
    "reports",
    "score",
    "self_assessment",
    "scorecard",
    "store",
    "store_settings",
    "supplier_import",
    "supplier_reviews",
    "supplier_writes",
    "suppliers",
    "sync",
    "templates",
    "trail",
]


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated store with nothing in it: opening it is what a read command does."""
    from sqms_desktop.paths import resolve_db
    from sqms_desktop.store.engine import open_store

    path = tmp_path_factory.mktemp("lazy") / "store.sqlite"
    open_store(resolve_db(str(path))).close()
    return path


def modules_after(*argv: str) -> list[str]:
    """The modules loaded by `sqms ARGV` in a fresh interpreter, and nothing else."""
    script = (
        "import json, sys\n"
        "from sqms_desktop.cli import main\n"
        "try:\n"
        f"    main({list(argv)!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    loaded: list[str] = json.loads(done.stderr.splitlines()[-1])
    return loaded


@pytest.mark.parametrize(
    "argv",
    [
        ("--version",),
        ("--help",),
        ("audit", "answer", "--help"),
        ("export", "--help"),
        ("audit", "new", "--no-such-option"),
    ],
    ids=" ".join,
)
def test_parsing_loads_no_command_module_and_no_store(argv: tuple[str, ...]) -> None:
    loaded = modules_after(*argv)
    # `sqms --version` needs not even the parser; everything else is parsed.
    assert ("sqms_desktop.cli.parser" in loaded) is (argv != ("--version",))
    heavy = [m for m in loaded if m.split(".")[0] in HEAVY]
    assert heavy == []
    ours = [m for m in loaded if m.startswith(OURS_NOT_LOADED)]
    assert ours == []
    commands = [m for m in loaded if m.removeprefix("sqms_desktop.cli.") in COMMAND_MODULES]
    assert commands == []


def test_a_command_loads_its_own_module_only(tmp_path: Path) -> None:
    loaded = modules_after("--db", str(tmp_path / "s.sqlite"), "supplier", "list", "--json")
    cli_modules = sorted(m for m in loaded if m.startswith("sqms_desktop.cli."))
    assert cli_modules == [
        "sqms_desktop.cli.argparse_words",
        "sqms_desktop.cli.audit_commands",
        "sqms_desktop.cli.commands",
        "sqms_desktop.cli.output",
        "sqms_desktop.cli.parser",
        "sqms_desktop.cli.partnership_commands",
        "sqms_desktop.cli.settings_commands",
        "sqms_desktop.cli.suppliers",
        "sqms_desktop.cli.sync_commands",
    ]
    assert not any(m.startswith("sqms_desktop.services") for m in loaded)


def commands(
    parser: argparse.ArgumentParser, words: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every command and group of the parser with the words that reach it."""
    yield words, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*words, name))


def test_every_command_names_a_handler_that_exists() -> None:
    leaves = [
        (words, sub)
        for words, sub in commands(build_parser())
        if not any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
    ]
    assert len(leaves) > 30
    for words, sub in leaves:
        name = sub.get_default("handler")
        assert isinstance(name, str), words
        module, _, function = name.partition(":")
        assert module in COMMAND_MODULES, words
        assert callable(handler_of(name)), words
        assert not function.startswith("_"), words


def test_the_parsers_choices_are_those_of_the_code_behind_them() -> None:
    """The parser lists registers and policy keys from vocab; the writers and policies behind
    them must offer the same ones."""
    from sqms_desktop.queries.policy import POLICIES
    from sqms_desktop.reports.registers import REGISTERS
    from sqms_desktop.vocab import PolicyKey, Register

    assert list(REGISTERS) == Register.values()
    assert sorted(POLICIES) == sorted(PolicyKey.values())


def test_trail_list_prints_the_hashed_fields_then_the_hashes() -> None:
    from sqms_desktop.queries.trail import StoredEntry
    from sqms_desktop.store.trail import HASHED_FIELDS

    fields = tuple(f.name for f in dataclasses.fields(StoredEntry))
    assert fields == (*HASHED_FIELDS, "prev_hash", "hash")


# Modules no read command below needs: the spreadsheet library and its guard, PDF reports, the
# window, Alembic (the store is current), the services and the unit of work that writes.
NOT_FOR_READING = (
    "openpyxl",
    "reportlab",
    "PySide6",
    "alembic",
    "sqms_desktop.safe_xlsx",
    "sqms_desktop.services",
    "sqms_desktop.store.uow",
    "sqms_desktop.store.backups",
    "sqms_desktop.reports",
)
# What a command's neighbours in its module use, each a tenth of a second or so to import.
NEIGHBOURS = {
    ("supplier", "list"): (
        "sqms_desktop.queries.supplier_detail",
        "sqms_desktop.queries.audits",
        "sqms_desktop.queries.checklist_session",
    ),
    ("audit", "list"): (
        "sqms_desktop.queries.audit_record",
        "sqms_desktop.queries.checklist_session",
        "sqms_desktop.queries.scores",
        "sqms_desktop.scoring",
    ),
    ("capa", "list"): (
        "sqms_desktop.capa.scar_read",
        "sqms_desktop.capa.scar_layout",
        "sqms_desktop.cli.capa_text",
        "sqms_desktop.queries.audits",
    ),
    ("programme",): ("sqms_desktop.queries.checklist_session", "sqms_desktop.scoring"),
    ("scorecard",): (),
    ("trail", "verify"): (),
    ("store", "info"): (
        "sqms_desktop.cli.trail",
        "sqms_desktop.queries.trail_integrity",
        "sqms_desktop.sync",
    ),
}


@pytest.mark.parametrize("words", list(NEIGHBOURS), ids=" ".join)
def test_a_read_command_loads_what_it_reads_and_no_more(
    words: tuple[str, ...], empty_store: Path
) -> None:
    loaded = modules_after("--db", str(empty_store), *words)
    assert "sqms_desktop.store.models" in loaded  # it did open the store
    unwanted = NOT_FOR_READING + NEIGHBOURS[words]
    assert [m for m in loaded if m.startswith(unwanted)] == []


def test_a_parser_built_for_one_area_is_the_whole_parser_for_that_area() -> None:
    """`main` declares only the area its command line names: `sqms --help`, the area's own help
    and every command of it read the same as from the whole parser."""
    whole = build_parser()
    (areas,) = (a for a in whole._actions if isinstance(a, argparse._SubParsersAction))
    for name, area in areas.choices.items():
        built = build_parser(name)
        assert built.format_help() == whole.format_help()
        for words, sub in commands(area, (name,)):
            (same,) = (s for w, s in commands(built) if w == words)
            assert same.format_help() == sub.format_help(), words
            assert same.get_default("handler") == sub.get_default("handler"), words


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["supplier", "list"], "supplier"),
        (["--db", "x.sqlite", "--lang", "de", "audit", "show", "A"], "audit"),
        (["--db=x.sqlite", "--debug", "programme"], "programme"),
        (["--user", "audit", "capa", "list"], "capa"),
        (["--help"], None),
        (["--", "supplier"], None),
        ([], None),
    ],
)
def test_the_area_a_command_line_names(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word
