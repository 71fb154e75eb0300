"""Indexes for the Suppliers and Audits pages, which sort and count in the store (issue 19): the
audits in the order the Audits page opens on (newest planned first, narrowed by status or not)
read from an index alone; a supplier's last audit and grade, its next planned audit, and its
open findings, each read from an index instead of every audit's or finding's row.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_list_order", ["planned_start", "reference", "id", "status"], unique=False
        )
        batch_op.create_index(
            "ix_audit_supplier_end", ["supplier_id", "actual_end", "grade"], unique=False
        )
        batch_op.create_index(
            "ix_audit_supplier_status", ["supplier_id", "status", "planned_start"], unique=False
        )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(
            "ix_finding_audit_state", ["audit_id", "status", "finding_class"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index("ix_finding_audit_state")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_supplier_status")
        batch_op.drop_index("ix_audit_supplier_end")
        batch_op.drop_index("ix_audit_list_order")
