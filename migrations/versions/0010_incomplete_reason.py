"""Why an audit was completed with questions unanswered: the reason given at completion, which
the audit report prints.

Older audits keep NULL (a migration never writes record data behind the change log): they were
completed before a reason was asked for, and their report prints none.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("incomplete_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_column("incomplete_reason")
