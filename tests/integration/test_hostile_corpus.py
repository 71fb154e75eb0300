"""Every file of the hostile corpus (tests/data/hostile/make_corpus.py) gets the refusal its
manifest names, through the service and, for a sample, through `sqms`; a refused file changes
nothing in the store."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from sqms_desktop.cli import main
from sqms_desktop.errors import SqmsError
from tests.data.hostile.make_corpus import Entry, corpus, read_manifest, write_corpus
from tests.support.importers import IMPORTERS, QE_PASSWORD, ImportWorld
from tests.support.store_hash import store_hash

ENTRIES = {entry.file: entry for entry, _ in corpus()}
CLI_SAMPLE = ("zip-bomb.xlsx", "dot-dot-names.xlsx", "formula.xlsx", "truncated.xlsx",
              "billion-laughs.xlsx", "empty-form.xlsx")  # fmt: skip

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    made = tmp_path_factory.mktemp("hostile")
    write_corpus(made)
    return made


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ImportWorld]:
    built = ImportWorld(tmp_path_factory.mktemp("corpus-stores"))
    yield built
    built.close()


def test_the_manifest_lists_every_file_written(folder: Path) -> None:
    listed = read_manifest(folder)

    assert {e.file for e in listed} == set(ENTRIES)
    assert {p.name for p in folder.iterdir()} == set(ENTRIES) | {"manifest.json"}
    assert {e.importer for e in listed} <= set(IMPORTERS)


def _copy(world: ImportWorld, folder: Path, entry: Entry) -> Path:
    path = world.scratch(entry.file)
    path.write_bytes((folder / entry.file).read_bytes())
    return path


@pytest.mark.parametrize("file", list(ENTRIES))
def test_each_file_gets_its_refusal_and_changes_nothing(
    world: ImportWorld, folder: Path, file: str
) -> None:
    entry = ENTRIES[file]
    importer = IMPORTERS[entry.importer]
    before = store_hash(importer.db(world))
    path = _copy(world, folder, entry)
    if entry.error is None:
        importer.run(world, path)
        return
    with pytest.raises(SqmsError) as caught:
        importer.run(world, path)

    assert type(caught.value).__name__ == entry.error, str(caught.value)
    assert entry.phrase in str(caught.value)
    assert store_hash(importer.db(world)) == before


@pytest.mark.parametrize("file", CLI_SAMPLE)
def test_the_cli_refuses_as_bad_input(
    world: ImportWorld,
    folder: Path,
    file: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = ENTRIES[file]
    importer = IMPORTERS[entry.importer]
    assert importer.cli is not None
    argv = importer.cli(world, _copy(world, folder, entry))
    before = store_hash(importer.db(world))
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{QE_PASSWORD}\n"))

    code = main(argv)

    err = capsys.readouterr().err
    assert code == 2, err
    assert entry.file in err
    assert entry.phrase in err
    assert store_hash(importer.db(world)) == before
