"""The frozen application's entry point: the same command line as `python -m brdesk`."""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # The dashboard's chart helper is this executable started again by multiprocessing:
    # this runs the helper's work instead of the application when it is.
    multiprocessing.freeze_support()
    # A windowed Windows executable has no console: give print() somewhere harmless to go.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    from brdesk.cli import main

    sys.exit(main())
