"""school server: classes, enrolments, exercises set for a class, annotator login role

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-05 08:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("annotator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("login", sa.String(length=63), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_annotator_login"), ["login"])
    op.create_table(
        "school_class",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_class")),
        sa.UniqueConstraint("name", name=op.f("uq_school_class_name")),
    )
    op.create_table(
        "enrolment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("annotator_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["annotator_id"], ["annotator.id"],
            name=op.f("fk_enrolment_annotator_id_annotator"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["class_id"], ["school_class.id"],
            name=op.f("fk_enrolment_class_id_school_class"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolment")),
        sa.UniqueConstraint(
            "class_id", "annotator_id", name=op.f("uq_enrolment_class_id_annotator_id")
        ),
    )
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrolment_annotator_id"), ["annotator_id"], unique=False
        )
    op.create_table(
        "class_exercise",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"], ["school_class.id"],
            name=op.f("fk_class_exercise_class_id_school_class"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"], ["exercise.id"],
            name=op.f("fk_class_exercise_exercise_id_exercise"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_exercise")),
        sa.UniqueConstraint(
            "class_id", "exercise_id", name=op.f("uq_class_exercise_class_id_exercise_id")
        ),
    )
    with op.batch_alter_table("class_exercise", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_class_exercise_exercise_id"), ["exercise_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("class_exercise", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_class_exercise_exercise_id"))
    op.drop_table("class_exercise")
    with op.batch_alter_table("enrolment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrolment_annotator_id"))
    op.drop_table("enrolment")
    op.drop_table("school_class")
    with op.batch_alter_table("annotator", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_annotator_login"), type_="unique")
        batch_op.drop_column("login")
