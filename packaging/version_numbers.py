"""Windows version resources want four whole numbers; brdesk's version may be a
pre-release or a local build ("0.2.0rc1", "1.0.dev3", "0.2+stick"). Read by the spec (on
Windows) and by the tests."""

from __future__ import annotations

import re

_RELEASE = re.compile(r"^\s*v?(\d+(?:\.\d+)*)")


def windows_numbers(version: str) -> tuple[int, int, int, int]:
    """The release numbers, padded or cut to four: "0.2.0rc1" is (0, 2, 0, 0). A version
    that does not start with a number is (0, 0, 0, 0): the text version still says it."""
    match = _RELEASE.match(version)
    numbers = [int(n) for n in match.group(1).split(".")] if match else []
    # Each number is a 16-bit field in the resource.
    a, b, c, d = (min(n, 65535) for n in [*numbers, 0, 0, 0, 0][:4])
    return a, b, c, d
