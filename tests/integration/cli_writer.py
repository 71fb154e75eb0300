"""The child of test_concurrent_writers.py: `sqms supplier add` again and again on one store.

It prints "ready", waits for a line on standard input (so every writer starts together), then
runs the command line's `main` COUNT times, as a user's shell loop would run `sqms`, each time
with the password on a fresh standard input, and prints each exit status and error.
Usage: python cli_writer.py DB USER PASSWORD PREFIX COUNT
"""

from __future__ import annotations

import contextlib
import io
import sys

from sqms_desktop.cli import main


def add_suppliers(db: str, user: str, password: str, prefix: str, count: int) -> None:
    print("ready", flush=True)
    sys.stdin.readline()
    for number in range(count):
        code = f"{prefix}{number:03d}"
        sys.stdin = io.StringIO(f"{password}\n")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["--db", db, "--user", user, "supplier", "add", "--code", code,
                           "--name", f"Supplier {code}"])  # fmt: skip
        print(code, status, err.getvalue().strip().replace("\n", " "), flush=True)


if __name__ == "__main__":
    db, user, password, prefix, count = sys.argv[1:]
    add_suppliers(db, user, password, prefix, int(count))
