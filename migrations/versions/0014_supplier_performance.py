"""Supplier performance and partnership (issue 17): deliveries from the ERP, from which the KPIs
and scorecards are computed; decisions on scorecard proposals; quality agreements, development
plans, costs of poor quality, the risk register, supplier reviews and their agreed actions; and
`supplier.preferred`, set when a proposal to recognise a preferred supplier is accepted.

Every table is a record (folded from the change log like the others). The scorecard settings and
the audit frequencies are store policies (`store_setting`), so they need no table.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivery",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("delivery_no", sa.String(length=64), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("received_date", sa.Date(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("received_qty", sa.Integer(), nullable=False),
        sa.Column("rejected_qty", sa.Integer(), nullable=False),
        sa.Column("complaint", sa.Boolean(), nullable=False),
        sa.Column("premium_freight_cents", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_delivery_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
        sa.UniqueConstraint("supplier_id", "delivery_no", name=op.f("uq_delivery_supplier_id")),
    )
    op.create_index(op.f("ix_delivery_period"), "delivery", ["period"], unique=False)
    op.create_index(op.f("ix_delivery_supplier_id"), "delivery", ["supplier_id"], unique=False)
    op.create_table(
        "development_action",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("result_audit_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["supplier.id"],
            name=op.f("fk_development_action_supplier_id_supplier"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_action")),
    )
    op.create_index(
        op.f("ix_development_action_supplier_id"),
        "development_action",
        ["supplier_id"],
        unique=False,
    )
    op.create_table(
        "proposal_decision",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("basis", sa.String(length=200), nullable=False),
        sa.Column("decision", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_proposal_decision_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal_decision")),
    )
    op.create_index(
        op.f("ix_proposal_decision_supplier_id"), "proposal_decision", ["supplier_id"], unique=False
    )
    op.create_table(
        "supplier_review",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("topics", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("scorecard", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_supplier_review_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_review")),
    )
    op.create_index(
        op.f("ix_supplier_review_supplier_id"), "supplier_review", ["supplier_id"], unique=False
    )
    op.create_table(
        "poor_quality_cost",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=24), nullable=False),
        sa.Column("incurred_on", sa.Date(), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("amount_cents", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("capa_id", sa.String(length=36), nullable=True),
        sa.Column("delivery_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["capa_id"], ["capa.id"], name=op.f("fk_poor_quality_cost_capa_id_capa")
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["delivery.id"], name=op.f("fk_poor_quality_cost_delivery_id_delivery")
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_poor_quality_cost_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poor_quality_cost")),
    )
    op.create_index(
        op.f("ix_poor_quality_cost_capa_id"), "poor_quality_cost", ["capa_id"], unique=False
    )
    op.create_index(
        op.f("ix_poor_quality_cost_delivery_id"), "poor_quality_cost", ["delivery_id"], unique=False
    )
    op.create_index(
        op.f("ix_poor_quality_cost_period"), "poor_quality_cost", ["period"], unique=False
    )
    op.create_index(
        op.f("ix_poor_quality_cost_supplier_id"), "poor_quality_cost", ["supplier_id"], unique=False
    )
    op.create_table(
        "review_action",
        sa.Column("review_id", sa.String(length=36), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["supplier_review.id"],
            name=op.f("fk_review_action_review_id_supplier_review"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_action")),
    )
    op.create_index(
        op.f("ix_review_action_review_id"), "review_action", ["review_id"], unique=False
    )
    op.create_table(
        "supplier_risk",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("mitigation", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("audit_id", sa.String(length=36), nullable=True),
        sa.Column("capa_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["audit_id"], ["audit.id"], name=op.f("fk_supplier_risk_audit_id_audit")
        ),
        sa.ForeignKeyConstraint(
            ["capa_id"], ["capa.id"], name=op.f("fk_supplier_risk_capa_id_capa")
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_supplier_risk_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_risk")),
    )
    op.create_index(op.f("ix_supplier_risk_audit_id"), "supplier_risk", ["audit_id"], unique=False)
    op.create_index(op.f("ix_supplier_risk_capa_id"), "supplier_risk", ["capa_id"], unique=False)
    op.create_index(
        op.f("ix_supplier_risk_supplier_id"), "supplier_risk", ["supplier_id"], unique=False
    )
    op.create_table(
        "quality_agreement",
        sa.Column("supplier_id", sa.String(length=36), nullable=False),
        sa.Column("reference", sa.String(length=64), nullable=False),
        sa.Column("ppm_target", sa.Integer(), nullable=True),
        sa.Column("on_time_target_pct", sa.Float(), nullable=True),
        sa.Column("capa_response_days", sa.Integer(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("attachment_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_quality_agreement_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"], ["supplier.id"], name=op.f("fk_quality_agreement_supplier_id_supplier")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_agreement")),
    )
    op.create_index(
        op.f("ix_quality_agreement_attachment_id"),
        "quality_agreement",
        ["attachment_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_quality_agreement_supplier_id"), "quality_agreement", ["supplier_id"], unique=False
    )
    op.add_column("supplier", sa.Column("preferred", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("supplier", schema=None) as batch_op:
        batch_op.drop_column("preferred")
    op.drop_index(op.f("ix_quality_agreement_supplier_id"), table_name="quality_agreement")
    op.drop_index(op.f("ix_quality_agreement_attachment_id"), table_name="quality_agreement")
    op.drop_table("quality_agreement")
    op.drop_index(op.f("ix_supplier_risk_supplier_id"), table_name="supplier_risk")
    op.drop_index(op.f("ix_supplier_risk_capa_id"), table_name="supplier_risk")
    op.drop_index(op.f("ix_supplier_risk_audit_id"), table_name="supplier_risk")
    op.drop_table("supplier_risk")
    op.drop_index(op.f("ix_review_action_review_id"), table_name="review_action")
    op.drop_table("review_action")
    op.drop_index(op.f("ix_poor_quality_cost_supplier_id"), table_name="poor_quality_cost")
    op.drop_index(op.f("ix_poor_quality_cost_period"), table_name="poor_quality_cost")
    op.drop_index(op.f("ix_poor_quality_cost_delivery_id"), table_name="poor_quality_cost")
    op.drop_index(op.f("ix_poor_quality_cost_capa_id"), table_name="poor_quality_cost")
    op.drop_table("poor_quality_cost")
    op.drop_index(op.f("ix_supplier_review_supplier_id"), table_name="supplier_review")
    op.drop_table("supplier_review")
    op.drop_index(op.f("ix_proposal_decision_supplier_id"), table_name="proposal_decision")
    op.drop_table("proposal_decision")
    op.drop_index(op.f("ix_development_action_supplier_id"), table_name="development_action")
    op.drop_table("development_action")
    op.drop_index(op.f("ix_delivery_supplier_id"), table_name="delivery")
    op.drop_index(op.f("ix_delivery_period"), table_name="delivery")
    op.drop_table("delivery")
