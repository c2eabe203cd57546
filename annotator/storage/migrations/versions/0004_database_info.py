"""database info: facts about the database itself (whose work it is, instructor mode)

A small key/value table. ``owner_annotator_id`` names the person whose work the database
holds, so that a database moved to another computer (or opened with a fresh config folder)
continues as the same student instead of asking the name again; ``instructor_mode`` is
remembered per database.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 08:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "database_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_info")),
    )


def downgrade() -> None:
    op.drop_table("database_info")
