"""The wheel as a user gets it: built from this checkout, installed into a fresh virtual
environment, and run there as `sqms` and `sqms-desktop` on a new store.

Nothing is downloaded: the wheel is built without build isolation (the `packaging` extra brings
`build` and the `hatchling` backend into .venv), installed with `--no-deps`, and the new
environment borrows the project environment's dependencies through a .pth file, a path that
Python adds to sys.path after the new environment's own site-packages. The borrowed folder's own
.pth files (the editable install of this checkout) are not read, so `sqms_desktop` can only come
from the wheel. The frozen application is checked by packaging/smoke.sh, the source checkout by
tests/unit/test_i18n.py.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHECKOUT = Path(__file__).resolve().parents[2]
SHIPPED = ("migrations", "ui", "resources")
TIMEOUT = 180
SCRIPTS = "Scripts" if os.name == "nt" else "bin"


def _needs(*modules: str) -> None:
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)}: pip install -e '.[packaging]'")


def _run(
    command: list[str | Path], *, cwd: Path, stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, (
        f"{' '.join(map(str, command))} exited {done.returncode}\n"
        f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
    )
    return done


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _needs("build", "hatchling")
    out = tmp_path_factory.mktemp("wheel")
    _run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, CHECKOUT],
        cwd=out,
    )
    (built,) = out.glob("sqms_desktop-*.whl")
    return built


@pytest.fixture(scope="session")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with the wheel installed and the project's dependencies
    borrowed; its folder."""
    home = tmp_path_factory.mktemp("venv") / "env"
    _run([sys.executable, "-m", "venv", "--without-pip", home], cwd=home.parent)
    python = home / SCRIPTS / "python"
    site = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            cwd=home,
        ).stdout.strip()
    )
    borrowed = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "borrowed_from_project_venv.pth").write_text("\n".join(sorted(borrowed)) + "\n")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--disable-pip-version-check",
            wheel,
        ],
        cwd=home,
    )
    return home


def test_the_wheel_carries_the_forms_resources_translations_and_migrations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        inside = set(archive.namelist())
    expected = {
        f"sqms_desktop/{path.relative_to(CHECKOUT).as_posix()}"
        for folder in SHIPPED
        for path in (CHECKOUT / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected - inside == set()
    # the ones a user would miss first: the window's forms, its German, the store's schema
    for name in (
        "sqms_desktop/ui/main_window.ui",
        "sqms_desktop/resources/translations/sqms_de.qm",
        "sqms_desktop/resources/translations/core_de.ts",
        "sqms_desktop/resources/icons/app.svg",
        "sqms_desktop/resources/fonts/DejaVuSans.ttf",
        "sqms_desktop/resources/checklists/iso9001-supplier.xlsx",
        "sqms_desktop/migrations/env.py",
        "sqms_desktop/migrations/versions/0001_initial_schema.py",
    ):
        assert name in inside
    entry_points = next(name for name in inside if name.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(wheel) as archive:
        text = archive.read(entry_points).decode()
    assert "sqms = sqms_desktop.cli:main" in text
    assert "sqms-desktop = sqms_desktop.gui.app.application:main" in text


def test_the_installed_wheel_finds_its_shipped_folders_in_site_packages(venv: Path) -> None:
    found = _run(
        [
            venv / SCRIPTS / "python",
            "-c",
            "from sqms_desktop import resources\n"
            "for name in resources.SHIPPED: print(resources.shipped(name))",
        ],
        cwd=venv,
    ).stdout.split()
    site = venv.resolve()
    for name, path in zip(SHIPPED, found, strict=True):
        where = Path(path)
        assert where.is_dir()
        assert where.name == name
        assert where.parent.name == "sqms_desktop"
        assert site in where.parents, f"{name} found outside the new environment: {where}"


def test_the_installed_wheel_makes_a_store_and_shows_the_window(venv: Path, tmp_path: Path) -> None:
    from PIL import Image

    from sqms_desktop import __version__
    from sqms_desktop.store.migrate import head_revision

    bin_dir = venv / SCRIPTS
    store = tmp_path / "new" / "store.sqms"
    version = _run([bin_dir / "sqms", "--version"], cwd=tmp_path).stdout
    assert __version__ in version
    _run(
        [
            bin_dir / "sqms",
            "--db",
            store,
            "user",
            "add",
            "ada",
            "--role",
            "admin",
            "--full-name",
            "Ada Admin",
        ],
        cwd=tmp_path,
        stdin="Wheel-test-password-1\n",
    )
    info = _run([bin_dir / "sqms", "--db", store, "store", "info"], cwd=tmp_path).stdout
    assert f"schema revision: {head_revision()}" in info

    shot = tmp_path / "window.png"
    _run([bin_dir / "sqms-desktop", "--db", store, "--screenshot", shot], cwd=tmp_path)
    with Image.open(shot) as image:
        assert image.size == (1280, 720)
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 24) or []) > 8
