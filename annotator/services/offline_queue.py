"""The local queue of changes made while the school server could not be reached.

One small SQLite file per server and login (under the data folder), written with the
standard library's sqlite3 in WAL mode with ``synchronous=FULL``: every queued change is on
disk before the student sees it. Entries are replayed in ``seq`` order and removed only
after the server committed them; replaying one twice is harmless (see
:mod:`annotator.services.offline`), so a crash between the two steps loses and duplicates
nothing. Changes that could not be placed at all are moved to ``kept``, never deleted.

The operations (``op``): ``add``, ``update``, ``delete`` (annotations), ``answer``, and
``link``, ``link_update``, ``link_delete``. The tables are the same as before links were
queued, so a queue file written by an older version (only the first four ops) is read and
replayed as it is.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from annotator.services.views import AnnotationView, LinkView

__all__ = ["OfflineQueue", "Pending", "annotation_payload", "link_payload", "queue_path"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, op TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kept (
    seq INTEGER PRIMARY KEY, op TEXT NOT NULL, payload TEXT NOT NULL, reason TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Pending:
    seq: int
    op: str
    payload: dict[str, Any]


def annotation_payload(view: AnnotationView) -> dict[str, Any]:
    """An annotation as an ``add`` or ``update`` entry stores it (plus the article's
    ``sha256`` its positions were made against)."""
    return {
        "id": str(view.id), "article_id": str(view.article_id),
        "annotator_id": str(view.annotator_id), "start": view.start, "end": view.end,
        "exact": view.exact, "prefix": view.prefix, "suffix": view.suffix,
        "tag_id": str(view.tag_id), "note": view.note, "created": view.created.isoformat(),
        "modified": view.modified.isoformat(),
    }


def link_payload(link: LinkView, exact: str) -> dict[str, Any]:
    """A link as a ``link``, ``link_update`` or ``link_delete`` entry stores it; ``exact``
    is its first passage's quote, to name it in a report."""
    return {"id": str(link.id), "source_id": str(link.source_id),
            "target_id": str(link.target_id), "kind": link.kind.value, "note": link.note,
            "created": link.created.isoformat(), "exact": exact}


def queue_path(folder: Path, url: str) -> Path:
    """The queue file for the server database and login of ``url`` (password ignored)."""
    parsed = make_url(url)
    who = f"{parsed.username}@{parsed.host}:{parsed.port}/{parsed.database}?{parsed.query}"
    digest = hashlib.sha256(who.encode("utf-8")).hexdigest()[:16]
    return folder / "offline" / f"queue-{digest}.sqlite3"


class OfflineQueue:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._closed = False
        self._con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._con.execute("PRAGMA journal_mode = WAL")
        self._con.execute("PRAGMA synchronous = FULL")
        self._con.executescript(_SCHEMA)

    def push(self, op: str, payload: dict[str, Any]) -> int:
        cursor = self._con.execute("INSERT INTO pending (op, payload) VALUES (?, ?)",
                                   (op, json.dumps(payload, ensure_ascii=False)))
        return int(cursor.lastrowid or 0)

    def pending(self) -> list[Pending]:
        rows = self._con.execute("SELECT seq, op, payload FROM pending ORDER BY seq")
        return [Pending(seq, op, json.loads(payload)) for seq, op, payload in rows]

    def done(self, seq: int) -> None:
        self._con.execute("DELETE FROM pending WHERE seq = ?", (seq,))

    def keep(self, entry: Pending, reason: str) -> None:
        """Move an entry that cannot be placed on the server aside, with the reason."""
        payload = json.dumps(entry.payload, ensure_ascii=False)
        self._con.execute("BEGIN")
        # the same change kept twice (replayed again after a crash) is kept once
        self._con.execute("INSERT OR REPLACE INTO kept SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                          "(SELECT 1 FROM kept WHERE op = ? AND payload = ? AND seq != ?)",
                          (entry.seq, entry.op, payload, reason, entry.op, payload, entry.seq))
        self._con.execute("DELETE FROM pending WHERE seq = ?", (entry.seq,))
        self._con.execute("COMMIT")

    def kept(self) -> list[tuple[Pending, str]]:
        rows = self._con.execute("SELECT seq, op, payload, reason FROM kept ORDER BY seq")
        return [(Pending(seq, op, json.loads(p)), reason) for seq, op, p, reason in rows]

    def kept_count(self) -> int:
        if self._closed:
            return 0
        return int(self._con.execute("SELECT count(*) FROM kept").fetchone()[0])

    def __len__(self) -> int:
        if self._closed:
            return 0
        return int(self._con.execute("SELECT count(*) FROM pending").fetchone()[0])

    def close(self) -> None:
        self._closed = True
        self._con.close()
