"""The interpreter's garbage collector, kept out of the way of a responsive window."""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Take everything loaded so far (Qt, SQLAlchemy, matplotlib: a few hundred thousand
    objects that live as long as the process) out of the garbage collector's view. A full
    collection otherwise walks all of them and holds the interpreter for over 0.1 s, a
    visible freeze when it lands while a worker draws the dashboard."""
    gc.freeze()
