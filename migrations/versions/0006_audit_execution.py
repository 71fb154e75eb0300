"""On-site audit execution: evidence per question with an annotation layer, follow-up audits and
the closing meeting.

Older rows keep NULL in the new columns (a migration never writes record data behind the change
log); NULL reads as "none".

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("question_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("annotations", sa.JSON(), nullable=True))
        batch_op.create_index("ix_attachment_question_id", ["question_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_attachment_question_id_question", "question", ["question_id"], ["id"]
        )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("follow_up_of", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("closing_participants", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("diverging_opinions", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_column("diverging_opinions")
        batch_op.drop_column("closing_participants")
        batch_op.drop_column("follow_up_of")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_constraint("fk_attachment_question_id_question", type_="foreignkey")
        batch_op.drop_index("ix_attachment_question_id")
        batch_op.drop_column("annotations")
        batch_op.drop_column("question_id")
