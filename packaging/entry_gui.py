"""The frozen `sqms-desktop`: the window (the same as the `sqms-desktop` of a wheel)."""

import sys

from sqms_desktop.gui.app.application import main

if __name__ == "__main__":
    sys.exit(main())
