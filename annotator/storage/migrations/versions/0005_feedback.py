"""feedback: hand-in attempts kept apart, and the instructor's comments to students

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-05 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handin_attempt",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("annotator_id", sa.Uuid(), nullable=False),
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("handed_in", sa.DateTime(), nullable=False),
        sa.Column("handin", sa.Text(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=False),
        sa.Column("feedback_opened", sa.DateTime(), nullable=True),
        sa.CheckConstraint("number >= 1", name=op.f("ck_handin_attempt_number_positive")),
        sa.ForeignKeyConstraint(
            ["annotator_id"],
            ["annotator.id"],
            name=op.f("fk_handin_attempt_annotator_id_annotator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercise.id"],
            name=op.f("fk_handin_attempt_exercise_id_exercise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handin_attempt")),
        sa.UniqueConstraint(
            "annotator_id",
            "exercise_id",
            "number",
            name=op.f("uq_handin_attempt_annotator_id_exercise_id_number"),
        ),
    )
    op.create_table(
        "instructor_comment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("annotation_id", sa.Uuid(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercise.id"],
            name=op.f("fk_instructor_comment_exercise_id_exercise"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["annotator.id"],
            name=op.f("fk_instructor_comment_student_id_annotator"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instructor_comment")),
        sa.UniqueConstraint(
            "exercise_id",
            "student_id",
            "annotation_id",
            name=op.f("uq_instructor_comment_exercise_id_student_id_annotation_id"),
        ),
    )
    with op.batch_alter_table("instructor_comment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_instructor_comment_exercise_student", ["exercise_id", "student_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("instructor_comment", schema=None) as batch_op:
        batch_op.drop_index("ix_instructor_comment_exercise_student")
    op.drop_table("instructor_comment")
    op.drop_table("handin_attempt")
