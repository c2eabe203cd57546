"""annotation span checks: start >= 0 and end > start

The first schema let a zero-length or negative span be stored. SQLite cannot add a CHECK
constraint to an existing table, so this is a batch migration that rebuilds ``annotation``;
it runs with foreign keys off (links to annotations would otherwise cascade away when the
old table is dropped) and ``PRAGMA foreign_key_check`` runs before the commit.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 05:40:00
"""

from collections.abc import Sequence
from typing import Literal

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _recreate() -> Literal["always", "auto"]:
    # SQLite must rebuild the table; PostgreSQL adds the constraints in place (rebuilding
    # there would drop the primary key the links' foreign keys depend on).
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    # Rows that would violate the new checks cannot be annotations anyone can see; drop them
    # (and their links) explicitly rather than fail the upgrade.
    op.execute(
        'DELETE FROM link WHERE source_id IN (SELECT id FROM annotation WHERE start < 0 OR "end" <= start)'
        ' OR target_id IN (SELECT id FROM annotation WHERE start < 0 OR "end" <= start)'
    )
    op.execute('DELETE FROM annotation WHERE start < 0 OR "end" <= start')
    with op.batch_alter_table("annotation", recreate=_recreate()) as batch_op:
        batch_op.create_check_constraint("start_non_negative", "start >= 0")
        batch_op.create_check_constraint("end_after_start", '"end" > start')


def downgrade() -> None:
    with op.batch_alter_table("annotation", recreate=_recreate()) as batch_op:
        batch_op.drop_constraint("ck_annotation_start_non_negative", type_="check")
        batch_op.drop_constraint("ck_annotation_end_after_start", type_="check")
