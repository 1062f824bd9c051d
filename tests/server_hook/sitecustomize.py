"""Run by Python as it starts, in the brdesk processes the tests launch on the server run
(tests/server_folders.py): their data folders open their test databases too."""

import os
import sys

if os.environ.get("BRDESK_TEST_ENGINE") == "postgresql" and os.environ.get("BRDESK_TEST_SERVER"):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    from tests.server_folders import install

    install(os.environ["BRDESK_TEST_SERVER"])
