"""Indexes for the CAPAs page, which sorts and counts in the store (issue 19). A CAPA's row is
wide (its 8D content, nine JSON columns: 119 MB for 28,000 CAPAs), so anything that reads every
row reads all of that: the page's first order (newest reference first) is read from an index
alone, and so are the overdue CAPAs (the window's badge, counted at every refresh) and the
state filters.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

DUES = ["containment_due", "root_cause_due", "corrective_action_due", "verification_due"]


def upgrade() -> None:
    with op.batch_alter_table("capa", schema=None) as batch_op:
        batch_op.create_index("ix_capa_list_order", ["reference", "id"], unique=False)
        batch_op.create_index("ix_capa_state_dues", ["state", *DUES, "closure_due"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("capa", schema=None) as batch_op:
        batch_op.drop_index("ix_capa_state_dues")
        batch_op.drop_index("ix_capa_list_order")
