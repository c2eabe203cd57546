"""The schema revision without importing Alembic.

Opening an up-to-date database only needs two strings: the revision stamped in the file and
the newest revision the app ships. Alembic (about a tenth of a second to import, with its
PostgreSQL and MS SQL dialect modules) is imported only when a file must be upgraded.

The head is read from the migration scripts' ``revision``/``down_revision`` lines; should
those ever be written in a way this cannot read, it asks Alembic instead.
``tests/storage/test_revisions.py`` checks that both agree.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

__all__ = ["VERSION_TABLE", "head_revision", "script_revisions", "stamp"]

VERSION_TABLE = "alembic_version"
VERSIONS_PACKAGE = "annotator.storage.migrations.versions"

_ASSIGNMENT = re.compile(
    r"""^(revision|down_revision)\s*(?::[^=]*)?=\s*(?:(['"])([^'"]+)\2|None)\s*$""",
    re.MULTILINE,
)


def script_revisions() -> dict[str, str | None] | None:
    """``{revision: down_revision}`` read from the migration scripts, or None when a script
    does not state a single plain revision (merges, unusual formatting)."""
    graph: dict[str, str | None] = {}
    for entry in resources.files(VERSIONS_PACKAGE).iterdir():
        if not entry.name.endswith(".py") or entry.name.startswith("_"):
            continue
        found = {m[1]: m[3] for m in _ASSIGNMENT.finditer(entry.read_text(encoding="utf-8"))}
        if not found.get("revision") or "down_revision" not in found:
            return None
        graph[found["revision"]] = found["down_revision"]
    return graph


def _alembic_head() -> str:
    from alembic.script import ScriptDirectory

    from annotator.storage.database import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@cache
def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    graph = script_revisions()
    if graph:
        heads = set(graph) - {down for down in graph.values() if down}
        if len(heads) == 1:
            return heads.pop()
    return _alembic_head()


def stamp(conn: Connection, revision: str) -> None:
    """Record ``revision`` as the schema of a database just made with ``create_all``,
    exactly as ``alembic stamp`` does on an empty database."""
    from sqlalchemy import text

    conn.execute(
        text(
            f"CREATE TABLE {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL, "
            f"CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num))"
        )
    )
    conn.execute(text(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (:r)"), {"r": revision})
