"""The schema head read without Alembic agrees with Alembic, and a stamp made without
Alembic is one Alembic reads back."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from annotator.storage.database import alembic_config, open_database
from annotator.storage.engine import create_db_engine
from annotator.storage.revisions import head_revision, script_revisions


def test_head_read_from_scripts_is_alembics_head() -> None:
    graph = script_revisions()
    assert graph is not None and len(graph) >= 2
    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_new_database_is_stamped_so_alembic_sees_head(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    open_database(url).close()
    engine = create_db_engine(url)
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.db'}"
    open_database(url).close()
    probe = (
        "import sys\n"
        "from annotator.storage.database import open_database\n"
        f"db = open_database({url!r})\n"
        "assert not db.report.created\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "[]"
