import sys

from brdesk.cli import main

sys.exit(main())
