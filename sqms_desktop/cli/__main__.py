"""`python -m sqms_desktop.cli` is the same as `sqms`."""

import sys

from sqms_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
