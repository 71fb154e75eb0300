"""One window per store: a second start is told who holds the store; a dead holder's lock is
taken over."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sqms_desktop.gui.app.store_lock import StoreLock, in_use_message

pytestmark = pytest.mark.gui


def test_a_second_lock_names_the_first_holder_until_it_is_released(qapp, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.sqlite'}"
    first, second = StoreLock(url), StoreLock(url)
    assert first.acquire("ada") is None
    assert first.path == tmp_path / "store.sqlite.lock"
    holder = second.acquire("omar")
    assert holder is not None
    assert (holder.pid, holder.host, holder.user) == (os.getpid(), socket.gethostname(), "ada")
    assert holder.started is not None
    message = in_use_message(str(tmp_path / "store.sqlite"), holder)
    assert f"process {os.getpid()} of ada on {socket.gethostname()}" in message
    first.release()
    assert second.acquire("omar") is None
    second.release()


def test_the_lock_of_a_process_that_died_is_taken_over(qapp, tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    lock_file = tmp_path / "store.sqlite.lock"
    lock_file.write_text(f"{gone.stdout.strip()}\nsqms-desktop\n{socket.gethostname()}\n")
    lock = StoreLock(f"sqlite:///{tmp_path / 'store.sqlite'}")
    assert lock.acquire("ada") is None
    assert lock_file.read_text().split("\n")[0] == str(os.getpid())
    lock.release()
