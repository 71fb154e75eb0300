"""The command line before and after a change, run in turns so that both see the same machine.

    .venv/bin/python benchmarks/cli_pair.py --before DIR --db STORE [--runs N]

DIR holds the other commit's `sqms_desktop`, `resources` and `migrations` (for instance
`git archive COMMIT sqms_desktop resources migrations | tar -x -C DIR`); it is put first on
PYTHONPATH for the "before" runs. Each run of "before" is followed by one of "after" (this
checkout), so a machine whose speed drifts, as a shared one does, slows both alike. The figure is
the CPU time (user + system) of the process, median of N; `cli.py` explains the commands.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
from pathlib import Path

PYTHON = sys.executable
SQMS = str(Path(PYTHON).parent / "sqms")
READS = [
    "supplier list",
    "audit list",
    "capa list",
    "programme",
    "scorecard",
    "trail verify",
    "store info",
]


def cpu_of(command: list[str], env: dict[str, str]) -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    before = used.ru_utime + used.ru_stime
    subprocess.run(command, env=env, capture_output=True, check=True)
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime - before


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the other commit's files")
    parser.add_argument("--db", type=Path, required=True, help="the store to read")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, help="also write the figures to this file (suite.py)")
    args = parser.parse_args()
    before = {**os.environ, "PYTHONPATH": str(args.before.resolve())}
    after = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    cases = [
        ("python -c pass", [PYTHON, "-c", "pass"]),
        ("import sqlalchemy.orm", [PYTHON, "-c", "import sqlalchemy.orm"]),
        ("sqms --version", [SQMS, "--version"]),
        *((f"sqms {words}", [SQMS, "--db", str(args.db), *words.split()]) for words in READS),
    ]
    print("| CPU, median | before | after | after / before |\n|---|---|---|---|")
    found = []
    for name, command in cases:
        cpu_of(command, before)  # warm-up: the file cache, the byte-code
        cpu_of(command, after)
        then, now = [], []
        for _ in range(args.runs):
            then.append(cpu_of(command, before))
            now.append(cpu_of(command, after))
        old, new = statistics.median(then), statistics.median(now)
        print(
            f"| `{name}` | {old * 1000:.0f} ms | {new * 1000:.0f} ms | {new / old:.2f} |",
            flush=True,
        )
        found.append({"command": name, "before_cpu": old, "after_cpu": new})
    if args.json:
        args.json.write_text(
            json.dumps({"runs": args.runs, "cases": found}, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
