"""`python -m sqms_desktop` starts the desktop application."""

import sys

from sqms_desktop.gui.app.application import main

if __name__ == "__main__":
    sys.exit(main())
