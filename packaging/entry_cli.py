"""The frozen `sqms`: the command line (the same as the `sqms` of a wheel)."""

import sys

from sqms_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
