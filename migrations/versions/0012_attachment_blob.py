"""Attachment bytes inside the store, for stores with no folder beside them (PostgreSQL): the
central store keeps the evidence photos and certificate scans that bundles carry.

On PostgreSQL the append-only triggers of 0002 now raise an integrity violation (SQLSTATE 23000)
as SQLite's RAISE(ABORT) does, so a refused rewrite of the logs is the same error on both.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


APPEND_ONLY = ("change", "trail_entry")


def _append_only_functions(errcode: str | None) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    using = f" USING ERRCODE = '{errcode}'" if errcode else ""
    for table in APPEND_ONLY:
        op.execute(
            f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN RAISE EXCEPTION '{table} rows are append-only'{using}; END $$"
        )


def upgrade() -> None:
    _append_only_functions("integrity_constraint_violation")
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )


def downgrade() -> None:
    op.drop_table("attachment_blob")
    _append_only_functions(None)
