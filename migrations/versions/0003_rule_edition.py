"""Audits keep the VDA 6.3 rule edition they are scored by.

Existing audits keep NULL (scored by the newest rules): a migration never writes record data
behind the change log, so the records stay the fold of their changes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rule_edition", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_column("rule_edition")
