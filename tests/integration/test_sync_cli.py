"""The README's round trip on the command line: a central store, a laptop made from a copy of
its file, and work going both ways as signed bundles in five commands."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.support.cli_session import PASSWORDS, Sqms, new_team_store

pytestmark = pytest.mark.slow  # every write signs in (scrypt)

PASSPHRASE = "central-passphrase-1"
LAPTOP_PASSPHRASE = "laptop-passphrase-1"


def copy_file(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def test_a_central_store_and_a_laptop_exchange_bundles_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    central: Sqms = new_team_store(tmp_path / "central" / "central.sqlite", capsys, monkeypatch)
    root = f"{PASSWORDS['root']}\n"
    code, out, err = central("replica", "init", "--name", "central", "--central",
                             user="root", stdin=f"{root}{PASSPHRASE}\n")  # fmt: skip
    assert code == 0, err
    assert out.startswith("replica central (central) id ")
    assert central("supplier", "add", "--code", "KUHN", "--name", "Kuhn")[0] == 0

    (tmp_path / "laptop").mkdir()
    copy_file(central.db, tmp_path / "laptop" / "laptop.sqlite")
    laptop = Sqms(tmp_path / "laptop" / "laptop.sqlite", capsys, monkeypatch)
    code, _, err = laptop("replica", "init", "--name", "laptop-omar", "--copy",
                            user="root", stdin=f"{root}{LAPTOP_PASSPHRASE}\n")  # fmt: skip
    assert code == 0, err
    key = tmp_path / "omar.pub"
    assert laptop("replica", "export-key", "-o", str(key), stdin="")[0] == 0
    assert key.read_text().startswith("untrusted comment: minisign public key ")
    code, _out, err = central("replica", "enrol", str(key), "--name", "laptop-omar",
                             "--role", "laptop", user="root")  # fmt: skip
    assert code == 0, err

    # On site: the laptop's work, then the five commands of the round trip.
    assert laptop("supplier", "edit", "KUHN", "--city", "Ulm")[0] == 0
    home = tmp_path / "omar-1.sqmsbundle"
    code, _, err = laptop("bundle", "export", "-o", str(home),
                          stdin=f"{PASSWORDS['quinn']}\n{LAPTOP_PASSPHRASE}\n")  # fmt: skip
    assert code == 0, err
    checked = central.json("bundle", "verify", str(home))
    assert checked["ok"] is True
    assert (checked["origin_name"], checked["counts"]) == ("laptop-omar", {"supplier": 1})
    receipt = central.json("bundle", "import", str(home))
    assert (receipt["new_changes"], receipt["records"]) == (1, {"supplier": 1})
    answer = tmp_path / "central-1.sqmsbundle"
    code, _, err = central("bundle", "export", "--for", "laptop-omar", "-o", str(answer),
                           stdin=f"{PASSWORDS['quinn']}\n{PASSPHRASE}\n")  # fmt: skip
    assert code == 0, err
    back = laptop.json("bundle", "import", str(answer))
    assert back["new_changes"] == 0  # the central store had nothing new for the laptop

    assert central.json("supplier", "show", "KUHN")["city"] == "Ulm"
    again = central.json("bundle", "import", str(home))
    assert again["new_changes"] == 0
    log = central.json("bundle", "log")
    assert [(r["direction"], r["file_name"]) for r in log][-1] == ("received", "omar-1.sqmsbundle")
    assert central.json("conflict", "list") == []


def test_a_refused_bundle_names_its_reason_and_exits_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    central: Sqms = new_team_store(tmp_path / "central.sqlite", capsys, monkeypatch)
    bogus = tmp_path / "bogus.sqmsbundle"
    bogus.write_bytes(b"not a zip at all")
    code, out, err = central("bundle", "verify", str(bogus), stdin="")
    assert code != 0
    assert "bogus.sqmsbundle" in err
    assert "not a bundle" in err
    code, out, err = central("bundle", "verify", str(bogus), "--json", stdin="")
    assert code != 0
    assert json.loads(out)["reason"] == "not-a-bundle"
    code, out, err = central("bundle", "import", str(bogus))
    assert code != 0
    assert "not a bundle" in err
