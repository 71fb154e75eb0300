"""A folder built once per test run and shared by every pytest-xdist worker.

A session fixture runs once per worker: with `-n 2` the demo store was built twice, each build
taking most of a minute of a two-core machine. Here the first worker to ask builds the folder
under a file lock in the folder all workers share (the parent of each worker's own base
temporary folder); the others wait on the lock and then find it built. The build goes to a
hidden side folder that is renamed into place at the end, so a worker never sees a half-built
store, and a build that fails leaves nothing another worker would take for finished.

A store's trail key is not in the store: it is made in the user's configuration folder, and each
worker has a configuration folder of its own (tests/conftest.py). The builder's keys are
kept in the shared folder (`.trail-keys/`) and saved into each worker's configuration folder,
as `sqms store key import` would, so every worker can verify and write the trail.

What is shared this way must be read only: a test that changes it works on a copy.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from sqms_desktop.store import trail_key

TRAIL_KEYS = ".trail-keys"


def built_once_per_run(
    tmp_path_factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]
) -> Path:
    """The folder `name`, filled by `build(folder)` once for the whole run.

    Without xdist (or with `-n 0`) the folder is a new temporary one of this session: the parent
    of the base temporary folder is then `pytest-of-<user>`, shared with earlier runs, and a
    store left there by an older checkout must never be taken for this run's.
    """
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = tmp_path_factory.mktemp(name, numbered=True)
        build(folder)
        return folder

    from filelock import FileLock  # the dev extra; only xdist runs need it

    shared = tmp_path_factory.getbasetemp().parent  # .../pytest-<n>, this run's only
    folder = shared / name
    with FileLock(shared / f"{name}.lock"):
        if not folder.is_dir():
            _build_into_place(folder, build)
    _install_trail_keys(folder / TRAIL_KEYS)
    return folder


def _build_into_place(folder: Path, build: Callable[[Path], None]) -> None:
    partial = Path(tempfile.mkdtemp(prefix=f".{folder.name}.partial-", dir=folder.parent))
    try:
        build(partial)
        # Every key this worker holds, not only those the build made: the demo's keys come
        # from its seed, so a test that ran here earlier may have made them already.
        kept = partial / TRAIL_KEYS
        kept.mkdir()
        for path in sorted(trail_key.key_folder().glob("key-*.json")):
            shutil.copy2(path, kept / path.name)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    partial.rename(folder)


def _install_trail_keys(kept: Path) -> None:
    """Save the build's trail keys into this worker's configuration folder, as `sqms store key
    import` does (the builder has them already: a key's file name is its id, so it is kept)."""
    for path in sorted(kept.glob("key-*.json")):
        trail_key.save(trail_key.parse_key(path.read_text(encoding="utf-8"), source=str(path)))
