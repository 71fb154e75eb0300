"""Sync by signed bundles: replica keys and roles, the trust list, what each peer has
acknowledged, and the log of bundles sent and received.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("replica", schema=None) as batch_op:
        batch_op.add_column(sa.Column("role", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("key_id", sa.String(length=16), nullable=True))
        batch_op.add_column(
            sa.Column("revoked", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("sealed_key", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("enrolled_at", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("users", sa.JSON(), nullable=True))

    op.create_table(
        "trust_list",
        sa.Column("version", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("issued_at", sa.String(length=32), nullable=False),
        sa.Column("expires_at", sa.String(length=32), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("signature", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_trust_list")),
    )
    op.create_table(
        "peer_ack",
        sa.Column("peer_id", sa.String(length=16), nullable=False),
        sa.Column("origin_id", sa.String(length=16), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("peer_id", "origin_id", name=op.f("pk_peer_ack")),
    )
    op.create_table(
        "bundle_log",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=8), nullable=False),
        sa.Column("origin_id", sa.String(length=16), nullable=False),
        sa.Column("recipient_id", sa.String(length=16), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("at_utc", sa.String(length=32), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("receipt", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("bundle_id", "direction", name=op.f("pk_bundle_log")),
    )
    with op.batch_alter_table("bundle_log", schema=None) as batch_op:
        batch_op.create_index("ix_bundle_log_at", ["at_utc"], unique=False)


def downgrade() -> None:
    op.drop_table("bundle_log")
    op.drop_table("peer_ack")
    op.drop_table("trust_list")
    with op.batch_alter_table("replica", schema=None) as batch_op:
        for column in (
            "users",
            "enrolled_at",
            "sealed_key",
            "revoked",
            "key_id",
            "public_key",
            "role",
        ):
            batch_op.drop_column(column)
