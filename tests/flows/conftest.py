"""Prefect for the flow tests: one temporary server for the session, in a temporary PREFECT_HOME.

Subprocess tests get their own environment from ``cli_env`` (a fresh
PREFECT_HOME, no PREFECT_API_URL: ``suchi ingest`` starts its own temporary
server, as a user without a server would see it).  ``postgres_url`` is a
fresh database on a real PostgreSQL server (``SUCHI_TEST_POSTGRES``, which
.ci/run starts and exports); outside CI its tests skip when no server is
reachable.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before prefect is imported anywhere: no analytics (no network), a throw-away home.
_HOME = Path(tempfile.mkdtemp(prefix="suchi-prefect-home-"))
os.environ["PREFECT_HOME"] = str(_HOME)
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ.pop("PREFECT_API_URL", None)


# Small publications written the way Korean press releases write figures.
KOREAN_DOCS = {
    "trade.txt": "2025년 수출입 동향\n2025년 수출이 6,000억 달러로 전년 대비 3.5% 증가했다.\n",
    "chips.txt": "반도체 수출 호조\n반도체 수출은 1,200억 달러로 12.4% 늘었고, 수입은 2.1% 줄었다.\n",
    "invest.txt": "외국인 투자 동향\n1분기 외국인직접투자는 65억 달러로 전년 동기 대비 1.5배 수준이다.\n",
}


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.settings import PREFECT_HOME, temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    with temporary_settings(updates={PREFECT_HOME: _HOME}), prefect_test_harness(server_startup_timeout=60):
        yield
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    """tmp/raw with a few Korean publications, tmp/processed empty."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in KOREAN_DOCS.items():
        (raw / name).write_text(text, encoding="utf-8")
    (tmp_path / "processed").mkdir()
    return tmp_path


@pytest.fixture
def cli_env(tmp_path: Path) -> dict[str, str]:
    """Environment for ``suchi`` subprocesses: own PREFECT_HOME, no server configured."""
    home = tmp_path / "prefect-home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return env


@pytest.fixture(autouse=True)
def _close_stores() -> Iterator[None]:
    """Each test's stores (and their connections) go with it."""
    yield
    from flows.store import close_stores

    close_stores()


# -- PostgreSQL --------------------------------------------------------------------------------------

# A role that may CREATE DATABASE; .ci/run starts a server and exports this.
POSTGRES_ENV = "SUCHI_TEST_POSTGRES"
LOCAL_POSTGRES = "postgresql://suchi:suchi@127.0.0.1:5432/suchi"  # what .ci/run creates


def postgres_admin_url() -> str | None:
    """A reachable server's URL, or None; in CI (CI=true) an unreachable server fails the test."""
    import psycopg

    url = os.environ.get(POSTGRES_ENV) or LOCAL_POSTGRES
    try:
        psycopg.connect(url, connect_timeout=3).close()
    except psycopg.Error as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must reach PostgreSQL at {url} (.ci/run starts it): {error}")
        return None
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty database on the test server, dropped afterwards."""
    import uuid
    from urllib.parse import urlsplit

    import psycopg

    admin = postgres_admin_url()
    if admin is None:
        pytest.skip(f"no PostgreSQL server reachable (set {POSTGRES_ENV}; .ci/run starts one)")
    name = f"suchi_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    url = urlsplit(admin)._replace(path=f"/{name}").geturl()
    try:
        yield url
    finally:
        from flows.store import close_stores

        close_stores()
        drop_database(admin, name)


def drop_database(admin: str, name: str) -> None:
    """Drop a test database, waiting out a server process that may not be stopped by force.

    Bug: ``DROP DATABASE … WITH (FORCE)`` failed the test (InsufficientPrivilege) when the
    server's own autovacuum worker was in the new database; it ends on its own.
    """
    import time

    import psycopg

    for attempt in range(40):
        try:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == 39:
                raise
            time.sleep(0.25)
