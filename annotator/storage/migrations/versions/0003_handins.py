"""hand-ins: one row per imported hand-in, and orphaned annotations kept

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 06:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handin",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("annotator_id", sa.Uuid(), nullable=False),
        sa.Column("exercise_id", sa.Uuid(), nullable=False),
        sa.Column("handed_in", sa.DateTime(), nullable=False),
        sa.Column("source_file", sa.String(length=1000), nullable=False),
        sa.Column("imported", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["annotator_id"],
            ["annotator.id"],
            name=op.f("fk_handin_annotator_id_annotator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercise.id"],
            name=op.f("fk_handin_exercise_id_exercise"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handin")),
        sa.UniqueConstraint(
            "annotator_id", "exercise_id", name=op.f("uq_handin_annotator_id_exercise_id")
        ),
    )
    op.create_table(
        "orphan_annotation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("article_id", sa.Uuid(), nullable=False),
        sa.Column("annotator_id", sa.Uuid(), nullable=False),
        sa.Column("exact", sa.Text(), nullable=False),
        sa.Column("prefix", sa.String(length=32), nullable=False),
        sa.Column("suffix", sa.String(length=32), nullable=False),
        sa.Column("tag_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("original_start", sa.Integer(), nullable=False),
        sa.Column("original_end", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("modified", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["annotator_id"],
            ["annotator.id"],
            name=op.f("fk_orphan_annotation_annotator_id_annotator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["article.id"],
            name=op.f("fk_orphan_annotation_article_id_article"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_orphan_annotation_tag_id_tag")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orphan_annotation")),
    )
    with op.batch_alter_table("orphan_annotation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_orphan_annotation_article_annotator", ["article_id", "annotator_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("orphan_annotation", schema=None) as batch_op:
        batch_op.drop_index("ix_orphan_annotation_article_annotator")
    op.drop_table("orphan_annotation")
    op.drop_table("handin")
