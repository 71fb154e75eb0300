"""Demo and scale data: a generator that writes through the same services as the application.

Callers import the entry points from here, not from the modules that hold them, so the
package's layout can change. They load on first use: `demo.words` (the demo passwords the
sign-in page offers) must stay cheap to import, while generating loads every service and Pillow.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqms_desktop.demo.generate import generate_demo
    from sqms_desktop.demo.options import DemoOptions, DemoSummary
    from sqms_desktop.demo.store_file import create_demo_store

__all__ = ["DemoOptions", "DemoSummary", "create_demo_store", "generate_demo"]

_HOMES = {
    "DemoOptions": "sqms_desktop.demo.options",
    "DemoSummary": "sqms_desktop.demo.options",
    "create_demo_store": "sqms_desktop.demo.store_file",
    "generate_demo": "sqms_desktop.demo.generate",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
