"""Everything a front end (the GUI or the CLI) needs, opened from one database URL."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from annotator.paths import backup_dir, data_dir, default_database_url
from annotator.services.annotations import AnnotationService
from annotator.services.events import EventBus
from annotator.storage.database import Database, open_database
from annotator.storage.sqlite_urls import sqlite_url_path


@dataclass
class AppContext:
    db: Database
    bus: EventBus = field(default_factory=EventBus)
    annotations: AnnotationService = field(init=False)

    def __post_init__(self) -> None:
        if self.db.is_server:  # work goes on when the school server cannot be reached
            from annotator.services.offline import OfflineAnnotations
            from annotator.services.offline_queue import OfflineQueue, queue_path

            queue = OfflineQueue(queue_path(data_dir(), self.db.url))
            self.annotations = OfflineAnnotations(self.db, self.bus, queue)
        else:
            self.annotations = AnnotationService(self.db, self.bus)

    def close(self) -> None:
        queue = getattr(self.annotations, "queue", None)
        if queue is not None:
            queue.close()
        self.db.close()


def open_context(db_override: str | None = None, backup_folder: Path | None = None) -> AppContext:
    """Open (creating or migrating) the database named by ``--db``, the environment or default."""
    url = default_database_url(db_override)
    path = sqlite_url_path(url)
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    return AppContext(open_database(url, backup_folder=backup_folder or backup_dir()))
