"""A keyed trail: each entry names the key of its HMAC chain, each change the trail entry that
records it, and signed checkpoints of the trail's head (docs/design.md, "The trail chain").

`trail_entry.key_id`: the id of the per-store key whose HMAC-SHA-256 chains the entry (NULL for
entries written before this revision, chained with plain SHA-256). `change.trail_seq`: the trail
entry that records the change, so trail and change log can be compared one to one.
`replica.trail_key_id`: the key this store's own entries are chained with; a store that has one
and cannot find it refuses to write rather than start a chain nobody can check.
`trail_checkpoint`: the trail's head (sequence, hash) signed with a user's or the replica's
Ed25519 key at every electronic signature and every bundle export; append-only like the logs.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

MESSAGE = "trail_checkpoint rows are append-only"


def upgrade() -> None:
    op.add_column("trail_entry", sa.Column("key_id", sa.String(length=16), nullable=True))
    op.add_column("change", sa.Column("trail_seq", sa.BigInteger(), nullable=True))
    op.create_index("ix_change_trail_seq", "change", ["trail_seq"])
    op.add_column("replica", sa.Column("trail_key_id", sa.String(length=16), nullable=True))
    op.create_table(
        "trail_checkpoint",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("signer_kind", sa.String(length=8), nullable=False),
        sa.Column("signer_id", sa.String(length=36), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("signed_at", sa.String(length=32), nullable=False),
        sa.Column("occasion", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trail_checkpoint")),
    )
    op.create_index("ix_trail_checkpoint_seq", "trail_checkpoint", ["seq"])
    op.create_index("ix_trail_checkpoint_ref", "trail_checkpoint", ["ref"])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER trail_checkpoint_no_{verb.lower()} BEFORE {verb} ON "
                f"trail_checkpoint BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION trail_checkpoint_append_only() RETURNS trigger LANGUAGE plpgsql "
            f"AS $$ BEGIN RAISE EXCEPTION '{MESSAGE}' "
            "USING ERRCODE = 'integrity_constraint_violation'; END $$"
        )
        op.execute(
            "CREATE TRIGGER trail_checkpoint_append_only BEFORE UPDATE OR DELETE ON "
            "trail_checkpoint FOR EACH ROW EXECUTE FUNCTION trail_checkpoint_append_only()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trail_checkpoint_append_only ON trail_checkpoint")
        op.execute("DROP FUNCTION IF EXISTS trail_checkpoint_append_only()")
    op.drop_table("trail_checkpoint")
    with op.batch_alter_table("replica") as batch:
        batch.drop_column("trail_key_id")
    op.drop_index("ix_change_trail_seq", table_name="change")
    with op.batch_alter_table("change") as batch:
        batch.drop_column("trail_seq")
    with op.batch_alter_table("trail_entry") as batch:
        batch.drop_column("key_id")
