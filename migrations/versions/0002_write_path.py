"""The one write path: replicas, the change log, field heads and the hash-chained trail.

The change log and the trail are append-only; triggers refuse UPDATE and DELETE on them in the
database itself, so no program (ours or another) can rewrite history without dropping them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

APPEND_ONLY = ("change", "trail_entry")


def _append_only_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        message = f"{table} rows are append-only"
        if dialect == "sqlite":
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
                )
        elif dialect == "postgresql":
            op.execute(
                f"CREATE FUNCTION {table}_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                f"$$ BEGIN RAISE EXCEPTION '{message}'; END $$"
            )
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()"
            )


def _drop_append_only_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for verb in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_append_only()")


def upgrade() -> None:
    op.create_table("change",
    sa.Column("change_id", sa.String(length=40), nullable=False),
    sa.Column("replica_id", sa.String(length=16), nullable=False),
    sa.Column("seq", sa.BigInteger(), nullable=False),
    sa.Column("hlc", sa.String(length=24), nullable=False),
    sa.Column("author", sa.String(length=64), nullable=False),
    sa.Column("entity", sa.String(length=40), nullable=False),
    sa.Column("entity_id", sa.String(length=36), nullable=False),
    sa.Column("field", sa.String(length=64), nullable=True),
    sa.Column("kind", sa.String(length=8), nullable=False),
    sa.Column("value", sa.JSON(), nullable=True),
    sa.Column("parents", sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint("change_id", name=op.f("pk_change"))
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_entity_record", ["entity", "entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_hlc"), ["hlc"], unique=False)

    op.create_table("change_head",
    sa.Column("entity", sa.String(length=40), nullable=False),
    sa.Column("entity_id", sa.String(length=36), nullable=False),
    sa.Column("field", sa.String(length=64), nullable=False),
    sa.Column("change_id", sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint("entity", "entity_id", "field", "change_id", name=op.f("pk_change_head"))
    )
    op.create_table("replica",
    sa.Column("id", sa.String(length=16), nullable=False),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("is_local", sa.Boolean(), nullable=False),
    sa.Column("last_seq", sa.BigInteger(), nullable=False),
    sa.Column("hlc_wall_ms", sa.BigInteger(), nullable=False),
    sa.Column("hlc_counter", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_replica"))
    )
    op.create_table("trail_entry",
    sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column("at_utc", sa.String(length=32), nullable=False),
    sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
    sa.Column("user", sa.String(length=64), nullable=False),
    sa.Column("replica_id", sa.String(length=16), nullable=False),
    sa.Column("entity", sa.String(length=40), nullable=False),
    sa.Column("record_id", sa.String(length=36), nullable=False),
    sa.Column("field", sa.String(length=64), nullable=True),
    sa.Column("action", sa.String(length=8), nullable=False),
    sa.Column("old_value", sa.Text(), nullable=True),
    sa.Column("new_value", sa.Text(), nullable=True),
    sa.Column("reason", sa.Text(), nullable=False),
    sa.Column("prev_hash", sa.String(length=64), nullable=False),
    sa.Column("hash", sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint("seq", name=op.f("pk_trail_entry")),
    sa.UniqueConstraint("hash", name=op.f("uq_trail_entry_hash"))
    )
    with op.batch_alter_table("trail_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trail_entry_at_utc"), ["at_utc"], unique=False)
        batch_op.create_index("ix_trail_entry_entity_record", ["entity", "record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_trail_entry_user"), ["user"], unique=False)

    _append_only_triggers()


def downgrade() -> None:
    _drop_append_only_triggers()
    with op.batch_alter_table("trail_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trail_entry_user"))
        batch_op.drop_index("ix_trail_entry_entity_record")
        batch_op.drop_index(batch_op.f("ix_trail_entry_at_utc"))

    op.drop_table("trail_entry")
    op.drop_table("replica")
    op.drop_table("change_head")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_hlc"))
        batch_op.drop_index("ix_change_entity_record")

    op.drop_table("change")
