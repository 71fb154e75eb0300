"""CAPA / SCAR with 8D: the 8D content per step, stage reviews, effectiveness checks,
per-supplier stage deadlines, and actions per 8D step with quantities, validation and evidence.

Older rows keep NULL in the new columns (a migration never writes record data behind the change
log); NULL reads as "none".

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

STEPS = [f"d{n}" for n in range(9)]


def _capa_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("source", sa.String(length=32), nullable=True),
        sa.Column("source_reference", sa.String(length=100), nullable=True),
        *(sa.Column(step, sa.JSON(), nullable=True) for step in STEPS),
        sa.Column("rejection_reason", sa.Text(), nullable=True),
        sa.Column("effectiveness_due", sa.Date(), nullable=True),
        sa.Column("effectiveness_criterion", sa.Text(), nullable=True),
        sa.Column("effectiveness_result", sa.String(length=16), nullable=True),
        sa.Column("effectiveness_checked_on", sa.Date(), nullable=True),
        sa.Column("effectiveness_audit_id", sa.String(length=36), nullable=True),
        sa.Column("effectiveness_note", sa.Text(), nullable=True),
    ]


def _action_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("step", sa.String(length=4), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("validation", sa.Text(), nullable=True),
        sa.Column("attachment_ids", sa.JSON(), nullable=True),
    ]


def upgrade() -> None:
    with op.batch_alter_table("capa", schema=None) as batch_op:
        for column in _capa_columns():
            batch_op.add_column(column)
    with op.batch_alter_table("action", schema=None) as batch_op:
        for column in _action_columns():
            batch_op.add_column(column)
    op.create_table(
        "capa_review",
        sa.Column("capa_id", sa.String(length=36), nullable=False),
        sa.Column("stage", sa.String(length=24), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("audit_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["capa_id"], ["capa.id"], name=op.f("fk_capa_review_capa_id_capa")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capa_review")),
    )
    with op.batch_alter_table("capa_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_capa_review_capa_id"), ["capa_id"], unique=False)
    op.create_table(
        "capa_deadline_policy",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("containment_days", sa.Integer(), nullable=False),
        sa.Column("root_cause_days", sa.Integer(), nullable=False),
        sa.Column("corrective_action_days", sa.Integer(), nullable=False),
        sa.Column("verification_days", sa.Integer(), nullable=False),
        sa.Column("closure_days", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["supplier.id"],
            name=op.f("fk_capa_deadline_policy_supplier_id_supplier"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_capa_deadline_policy")),
        sa.UniqueConstraint("supplier_id", name=op.f("uq_capa_deadline_policy_supplier_id")),
    )


def downgrade() -> None:
    op.drop_table("capa_deadline_policy")
    with op.batch_alter_table("capa_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_capa_review_capa_id"))
    op.drop_table("capa_review")
    with op.batch_alter_table("action", schema=None) as batch_op:
        for column in reversed(_action_columns()):
            batch_op.drop_column(column.name)
    with op.batch_alter_table("capa", schema=None) as batch_op:
        for column in reversed(_capa_columns()):
            batch_op.drop_column(column.name)
