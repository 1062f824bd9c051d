"""The command line: `brdesk [--data-dir DIR] [--debug] COMMAND`.

The GUI and these commands are two faces of the same services. Heavy modules are imported
inside the command that needs them, so `brdesk --version` and the GUI's first paint stay fast.
"""

from __future__ import annotations

from brdesk.cli.common import ExitCode
from brdesk.cli.run import main

__all__ = ["ExitCode", "main"]
