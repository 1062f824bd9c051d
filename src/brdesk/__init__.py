"""brdesk: an offline workbench for the managers and researchers of mountain biosphere reserves.

Kept import-light on purpose: the GUI's start-up time begins here.
"""

__version__ = "0.1.0"
APP_NAME = "brdesk"
APP_DISPLAY_NAME = "brdesk"
ORG_NAME = "WNMBR"
