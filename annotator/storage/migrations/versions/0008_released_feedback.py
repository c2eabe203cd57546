"""released feedback: what the instructor released to each student on a school server

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-05 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "released_feedback",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("annotator_id", sa.Uuid(), nullable=False),
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("handed_in", sa.DateTime(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("released", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["annotator_id"],
            ["annotator.id"],
            name=op.f("fk_released_feedback_annotator_id_annotator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercise.id"],
            name=op.f("fk_released_feedback_exercise_id_exercise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_released_feedback")),
        sa.UniqueConstraint(
            "annotator_id",
            "exercise_id",
            name=op.f("uq_released_feedback_annotator_id_exercise_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("released_feedback")
