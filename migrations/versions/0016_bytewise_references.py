"""PostgreSQL: an index on each numbered reference in byte order (COLLATE "C"), so the next
free audit, CAPA or finding number is read from an index instead of the whole table (issue 19:
50 ms per number at 200,000 findings, under the write lock of a bundle import). SQLite compares
byte-wise already and answers from the reference's unique index; nothing changes there.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

NUMBERED = ("audit", "capa", "finding")  # store/models.BYTEWISE_INDEXES names their indexes


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in NUMBERED:
        op.create_index(f"ix_{table}_reference_bytewise", table, [sa.text('reference COLLATE "C"')])


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in reversed(NUMBERED):
        op.drop_index(f"ix_{table}_reference_bytewise", table_name=table)
