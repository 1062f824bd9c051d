"""Shared fixtures, the offscreen Qt platform, and the guard that no test opens a socket."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

# A throwaway PostgreSQL server for the tests of the office database (issue 22).
from tests.postgres_server import postgres_server, postgres_url  # noqa: F401
from tests.server_folders import on_postgres

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).resolve().parent / "fixtures"

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkBlocked(RuntimeError):
    pass


_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    """Refuses Internet sockets; local socketpairs (used by asyncio, Qt's event loop) pass."""

    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in _NETWORK_FAMILIES or family == -1:
            raise NetworkBlocked(f"a test tried to open a network socket (family {family})")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkBlocked(f"a test tried to reach the network: {args!r}")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """brdesk opens no socket, ever; any test that tries fails."""
    monkeypatch.setattr(socket, "socket", _GuardedSocket)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "getaddrinfo", _refuse)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the server run, the tests of the laptop's own file are left to the SQLite run."""
    if not on_postgres():
        return
    kept = [item for item in items if item.get_closest_marker("laptop_file") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture(scope="session", autouse=True)
def _engine_under_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """With BRDESK_TEST_ENGINE=postgresql, every data folder a test (or a command it runs)
    opens keeps its records on the test server (tests/server_folders.py)."""
    if not on_postgres():
        yield
        return
    from brdesk.services.store import Store
    from tests import server_folders

    server = request.getfixturevalue("postgres_server")
    server_folders.make_empty(server)
    real_open = Store.__dict__["open"]
    hook = str(Path(__file__).resolve().parent / "server_hook")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(server_folders.SERVER_VAR, server)
        patch.setenv(
            "PYTHONPATH", os.pathsep.join(filter(None, [hook, os.environ.get("PYTHONPATH")]))
        )
        server_folders.install(server)
        try:
            yield
        finally:
            Store.open = real_open  # type: ignore[method-assign]  # the classmethod itself


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # No test may touch the developer's own data folder.
    monkeypatch.setenv("BRDESK_DATA_DIR", str(tmp_path / "env-data"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[object]:
    from brdesk.services.store import Store

    s = Store.open(data_dir)
    yield s
    s.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def either_store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[object]:
    """A store on the laptop's SQLite file, then on an office PostgreSQL server (issue 22):
    a test that takes it runs on both engines."""
    from brdesk.paths import DataDir
    from brdesk.services.store import Store

    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    s = Store.open(DataDir(data_dir, url))
    yield s
    s.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per test session; each test gets its own copy."""
    from brdesk.services.demo import fill_demo
    from brdesk.services.store import Store

    root = tmp_path_factory.mktemp("demo-template")
    s = Store.open(root)
    fill_demo(s, observations=3000)
    s.close()
    return root


@pytest.fixture(scope="session")
def _five(
    tmp_path_factory: pytest.TempPathFactory, _demo_template: Path
) -> tuple[Path, list[Path]]:
    """Five participants' data folders, each filled differently, and the packages they hand
    in (tests/cohort_fixtures.py): made once per session, never changed by a test."""
    from tests.cohort_fixtures import five_packages

    work = tmp_path_factory.mktemp("five")
    return work, five_packages(_demo_template, work)


@pytest.fixture
def demo_dir(_demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo"
    shutil.copytree(_demo_template, target)
    return target


@pytest.fixture
def demo_store(demo_dir: Path) -> Iterator[object]:
    from brdesk.services.store import Store

    s = Store.open(demo_dir)
    yield s
    s.close()


@pytest.fixture(autouse=True)
def prompts() -> Iterator[object]:
    """Every question the window asks goes here instead of a dialog (see gui_helpers), so no
    test can hang on one, and a test can answer it as a user would."""
    from brdesk.ui.prompts import answer_with
    from tests.gui_helpers import ScriptedPrompts

    scripted = ScriptedPrompts()
    with answer_with(scripted):
        yield scripted
