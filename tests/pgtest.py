"""A real PostgreSQL server for the tests and benchmarks, started from the ``pgserver`` wheel.

``pgserver`` (PyPI, in the ``test`` extra) ships the PostgreSQL binaries inside its wheel, so a
fresh machine with only Python and pip gets a server from ``pip install``: no system package,
no download at run time. It listens on a unix socket only (``listen_addresses`` is empty), in
a folder of the test run. Run as root, it creates the unprivileged system user ``pgserver``
(PostgreSQL refuses to run as root) and lets it into the data folder.

After start the server is tuned for tests (no fsync: its data is thrown away at the end) and
its ``pg_hba.conf`` is rewritten: the ``postgres`` superuser logs in over the socket without a
password (as an IT admin on the server machine would), every other role with SCRAM-SHA-256,
so logging in as a student really checks the password.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["TestServer", "server_package_available"]

HBA = """\
# Written by tests/pgtest.py: the superuser without a password, everyone else with SCRAM.
local all postgres trust
local all all scram-sha-256
"""

_counter = itertools.count(1)


def server_package_available() -> bool:
    try:
        import pgserver  # noqa: F401
    except ImportError:
        return False
    return True


class TestServer:
    """One PostgreSQL server in ``folder``; :meth:`stop` stops it and deletes its data."""

    __test__ = False  # not a pytest test class

    def __init__(self, folder: Path, *, durable: bool = False, tuned: bool = True) -> None:
        import pgserver

        self.durable = durable
        self.tuned = tuned
        folder.mkdir(parents=True, exist_ok=True)
        self.pgdata = folder / "pgdata"
        self._server: Any = pgserver.get_server(self.pgdata, cleanup_mode="delete")
        info = self._server.get_postmaster_info()
        self.socket_dir = Path(info.socket_dir)
        self.port = int(info.port)
        self.pid = int(info.pid)
        self._configure()

    # --- URLs --------------------------------------------------------------------------
    def url(self, database: str = "postgres", user: str = "postgres",
            password: str | None = None) -> str:
        """A ``postgresql://`` URL over the server's unix socket."""
        auth = quote(user, safe="")
        if password is not None:
            auth += ":" + quote(password, safe="")
        return (f"postgresql://{auth}@/{database}"
                f"?host={quote(str(self.socket_dir), safe='/')}&port={self.port}")

    # --- administration ----------------------------------------------------------------
    def execute(self, sql: str, database: str = "postgres") -> list[tuple[Any, ...]]:
        """Run ``sql`` as the superuser (autocommit) and return the rows, if any."""
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), port=self.port, user="postgres",
                             dbname=database, autocommit=True) as conn:
            cursor = conn.execute(sql)  # type: ignore[arg-type]
            return cursor.fetchall() if cursor.description else []

    def create_database(self, prefix: str = "t") -> str:
        name = f"{prefix}_{os.getpid()}_{next(_counter)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_roles(self, prefix: str) -> None:
        """Drop the login roles whose name starts with ``prefix`` (roles are cluster-wide)."""
        rows = self.execute(
            f"SELECT rolname FROM pg_roles WHERE rolname LIKE '{prefix}%' ORDER BY rolname"
        )
        for (name,) in rows:
            with contextlib.suppress(Exception):
                self.execute(f'DROP ROLE "{name}"')

    def _configure(self) -> None:
        (self.pgdata / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        # A killed server must keep what it said was committed: synchronous commit stays on
        # for a durable server (fsync can stay off: killing the process keeps the OS cache).
        # A benchmark runs untuned: PostgreSQL's defaults, fsync on, as a school's would.
        settings = ["fsync = off", "full_page_writes = off"] if self.tuned else []
        if not self.durable and self.tuned:
            settings.append("synchronous_commit = off")
        for setting in settings:
            self.execute(f"ALTER SYSTEM SET {setting}")
        self.execute("SELECT pg_reload_conf()")

    # --- life ------------------------------------------------------------------------------
    def kill(self) -> None:
        """Kill the server as a power cut would: SIGKILL to the postmaster and every backend."""
        import psutil

        postmaster = psutil.Process(self.pid)
        processes = [postmaster, *postmaster.children(recursive=True)]
        for proc in processes:
            with contextlib.suppress(psutil.Error):
                proc.kill()
        psutil.wait_procs(processes, timeout=10)

    def restart(self) -> None:
        """Start the server again after :meth:`kill` (PostgreSQL runs crash recovery).

        The killed postmaster may linger as a zombie when nothing reaps it (a container
        without an init), which pgserver would take for a running server: its stale
        ``postmaster.pid`` is removed first."""
        import atexit

        import pgserver

        atexit.unregister(self._server._cleanup)  # it would try to stop the dead server
        (self.pgdata / "postmaster.pid").unlink(missing_ok=True)
        pgserver.PostgresServer._instances.pop(self.pgdata, None)  # forget the dead one
        self._server = pgserver.get_server(self.pgdata, cleanup_mode="delete")
        self.pid = int(self._server.get_postmaster_info().pid)

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._server.cleanup()
        if self.pgdata.exists():
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                import shutil

                shutil.rmtree(self.pgdata, ignore_errors=True)
