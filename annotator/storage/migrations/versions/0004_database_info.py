"""database info: facts about the database itself (whose work it is, instructor mode)

A small key/value table. ``owner_annotator_id`` names the person whose work the database
holds, so that a database moved to another computer (or opened with a fresh config folder)
continues as the same student instead of asking the name again; ``instructor_mode`` is
remembered per database.

The default tag set's colours change to a palette that stays apart under colour-vision
deficiencies and in greyscale (see gui/theme.py); a default tag whose colour the instructor
changed keeps it.

Revision ID: 0004
Revises: 0007 (re-chained after main's 0005 and 0007 when merging)
Create Date: 2026-12-05 08:10:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# (default tag id, colour until 0.1, colour now): Claim, Evidence, Speculation, Opinion
DEFAULT_COLOURS = (
    ("34cdb646-7d7c-4e9f-9957-61888493691e", "#E69F00", "#C89411"),
    ("d4df0268-ec09-46c1-aa5c-501ff84005ef", "#56B4E9", "#2CE7D8"),
    ("3a1bb218-2e27-4282-a4f3-17da8b4c85d9", "#CC79A7", "#DC05D8"),
    ("57c1da8c-885a-4d91-a906-98ff63a2ef96", "#009E73", "#07401F"),
)


def upgrade() -> None:
    op.create_table(
        "database_info",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_database_info")),
    )
    for tag_id, old, new in DEFAULT_COLOURS:
        op.execute(
            sa.text("UPDATE tag SET colour = :new WHERE id = :id AND upper(colour) = :old")
            .bindparams(sa.bindparam("id", uuid.UUID(tag_id), type_=sa.Uuid()), new=new,
                        old=old)
        )


def downgrade() -> None:
    op.drop_table("database_info")
