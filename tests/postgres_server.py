"""A throwaway PostgreSQL server for the tests that run brdesk on one (issue 22).

Started once per test session from the machine's PostgreSQL (initdb and pg_ctl, as the
Debian package installs them), listening on a socket in a temporary folder only (no TCP),
with fsync off (a test's data need not survive a power cut); each test gets a database of
its own. Without PostgreSQL those tests are skipped, unless BRDESK_REQUIRE_POSTGRES is set
(CI sets it: there they must run).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REQUIRED = "BRDESK_REQUIRE_POSTGRES"
_numbers = itertools.count(1)


def bindir() -> Path | None:
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(versions[-1]).parent if versions else None


def _unavailable(why: str) -> None:
    if os.environ.get(REQUIRED):
        pytest.fail(f"PostgreSQL is required here ({REQUIRED} is set) but {why}")
    pytest.skip(f"no PostgreSQL to test on: {why}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The server's URL without a database name: 'postgresql+psycopg://brdesk@/{}?host=...'."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install -e '.[test]')")
    found = bindir()
    if found is None:
        _unavailable("initdb was not found (apt-get install postgresql)")
    assert found is not None
    with throwaway_server(found) as url:
        yield url


@contextmanager
def throwaway_server(bindir: Path, *, durable: bool = False) -> Iterator[str]:
    """A server of the machine's PostgreSQL on a socket in a new temporary folder, as the
    URL above; removed afterwards. durable: fsync and synchronous commits on, as an
    office's server runs (the benchmarks); the tests' is not."""
    # Not under pytest's temporary folder: as root that is root's alone, and the server
    # runs as the postgres user, who must reach its files and its socket.
    root = Path(tempfile.mkdtemp(prefix="brdesk-pg-"))
    data = root / "data"
    # PostgreSQL refuses to run as root: as root, it runs as the postgres user.
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*as_user, str(bindir / "initdb"), "-D", str(data), "-U", "brdesk", "-A", "trust",
         "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"],
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-k {root} -c listen_addresses=''"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off"
    subprocess.run(
        [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-w",
         "-l", str(root / "log"), "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql+psycopg://brdesk@/{{}}?host={root}"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False, capture_output=True,
        )  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """A URL to a new, empty database on the test server, for this test alone."""
    import psycopg

    name = f"brdesk_test_{next(_numbers)}"
    admin = postgres_server.format("postgres").replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return postgres_server.format(name)
