"""Logging to a rotating file in the user log folder (and to stderr when debugging)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from sqms_desktop.paths import user_log_dir

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(*, debug: bool = False, log_dir: Path | None = None) -> Path:
    """Configure the root logger once; returns the log file's path for error messages."""
    folder = log_dir or user_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sqms.log"
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_sqms", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler._sqms = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if debug:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(LOG_FORMAT))
        stream._sqms = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    return path
