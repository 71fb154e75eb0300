"""Indexes for the trail viewer: one record's history and one user's actions, newest first.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("trail_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_trail_entry_user")
        batch_op.create_index("ix_trail_entry_record_seq", ["record_id", "seq"], unique=False)
        batch_op.create_index("ix_trail_entry_user_seq", ["user", "seq"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("trail_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_trail_entry_user_seq")
        batch_op.drop_index("ix_trail_entry_record_seq")
        batch_op.create_index("ix_trail_entry_user", ["user"], unique=False)
