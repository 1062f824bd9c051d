"""The frozen application's entry point: the same command line as `python -m brdesk`."""

import os
import sys

if __name__ == "__main__":
    # A windowed Windows executable has no console: give print() somewhere harmless to go.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    from brdesk.cli import main

    sys.exit(main())
