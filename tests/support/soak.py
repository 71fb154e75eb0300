"""Whether this run is a soak (`pytest --soak`): set by tests/conftest.py before the test modules
are collected, read by the fuzzers and the crash harness when they decide how hard to try."""

from __future__ import annotations

SOAK = False
