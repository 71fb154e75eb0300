"""Initial schema: the records of the domain (suppliers to KPI records)

Revision ID: 0001
Revises: 
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("checklist_template",
    sa.Column("key", sa.String(length=64), nullable=False),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("title", sa.String(length=200), nullable=False),
    sa.Column("scheme", sa.String(length=16), nullable=False),
    sa.Column("language", sa.String(length=8), nullable=False),
    sa.Column("na_policy", sa.String(length=16), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template")),
    sa.UniqueConstraint("key", "version", name=op.f("uq_checklist_template_key"))
    )
    op.create_table("supplier",
    sa.Column("code", sa.String(length=32), nullable=False),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("country", sa.String(length=2), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("approval_scope", sa.Text(), nullable=False),
    sa.Column("new_business_hold", sa.Boolean(), nullable=False),
    sa.Column("risk_class", sa.String(length=8), nullable=False),
    sa.Column("commodities", sa.JSON(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier")),
    sa.UniqueConstraint("code", name=op.f("uq_supplier_code"))
    )
    op.create_table("user_account",
    sa.Column("username", sa.String(length=64), nullable=False),
    sa.Column("full_name", sa.String(length=200), nullable=False),
    sa.Column("role", sa.String(length=32), nullable=False),
    sa.Column("active", sa.Boolean(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_user_account")),
    sa.UniqueConstraint("username", name=op.f("uq_user_account_username"))
    )
    op.create_table("capa",
    sa.Column("reference", sa.String(length=32), nullable=False),
    sa.Column("supplier_id", sa.String(length=36), nullable=False),
    sa.Column("type", sa.String(length=16), nullable=False),
    sa.Column("is_scar", sa.Boolean(), nullable=False),
    sa.Column("title", sa.String(length=200), nullable=False),
    sa.Column("problem_description", sa.Text(), nullable=False),
    sa.Column("owner", sa.String(length=64), nullable=False),
    sa.Column("state", sa.String(length=24), nullable=False),
    sa.Column("safety_critical", sa.Boolean(), nullable=False),
    sa.Column("issued_on", sa.Date(), nullable=True),
    sa.Column("containment_due", sa.Date(), nullable=True),
    sa.Column("root_cause_due", sa.Date(), nullable=True),
    sa.Column("corrective_action_due", sa.Date(), nullable=True),
    sa.Column("verification_due", sa.Date(), nullable=True),
    sa.Column("closure_due", sa.Date(), nullable=True),
    sa.Column("closed_on", sa.Date(), nullable=True),
    sa.Column("cancel_reason", sa.Text(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_capa_supplier_id_supplier")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_capa")),
    sa.UniqueConstraint("reference", name=op.f("uq_capa_reference"))
    )
    with op.batch_alter_table("capa", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_capa_supplier_id"), ["supplier_id"], unique=False)

    op.create_table("checklist_section",
    sa.Column("template_id", sa.String(length=36), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("code", sa.String(length=32), nullable=False),
    sa.Column("title", sa.String(length=200), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["template_id"], ["checklist_template.id"], name=op.f("fk_checklist_section_template_id_checklist_template")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_section"))
    )
    with op.batch_alter_table("checklist_section", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_section_template_id"), ["template_id"], unique=False)

    op.create_table("contact",
    sa.Column("supplier_id", sa.String(length=36), nullable=False),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("function", sa.String(length=100), nullable=False),
    sa.Column("email", sa.String(length=200), nullable=False),
    sa.Column("phone", sa.String(length=50), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_contact_supplier_id_supplier")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_contact"))
    )
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contact_supplier_id"), ["supplier_id"], unique=False)

    op.create_table("kpi_record",
    sa.Column("supplier_id", sa.String(length=36), nullable=False),
    sa.Column("period", sa.String(length=7), nullable=False),
    sa.Column("deliveries_total", sa.Integer(), nullable=False),
    sa.Column("deliveries_on_time", sa.Integer(), nullable=False),
    sa.Column("quantity_received", sa.Integer(), nullable=False),
    sa.Column("quantity_rejected", sa.Integer(), nullable=False),
    sa.Column("complaints", sa.Integer(), nullable=False),
    sa.Column("premium_freight", sa.Integer(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_kpi_record_supplier_id_supplier")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_kpi_record")),
    sa.UniqueConstraint("supplier_id", "period", name=op.f("uq_kpi_record_supplier_id"))
    )
    with op.batch_alter_table("kpi_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kpi_record_supplier_id"), ["supplier_id"], unique=False)

    op.create_table("site",
    sa.Column("supplier_id", sa.String(length=36), nullable=False),
    sa.Column("name", sa.String(length=200), nullable=False),
    sa.Column("street", sa.String(length=200), nullable=False),
    sa.Column("postal_code", sa.String(length=20), nullable=False),
    sa.Column("city", sa.String(length=100), nullable=False),
    sa.Column("country", sa.String(length=2), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_site_supplier_id_supplier")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_site"))
    )
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_site_supplier_id"), ["supplier_id"], unique=False)

    op.create_table("action",
    sa.Column("capa_id", sa.String(length=36), nullable=False),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("owner", sa.String(length=200), nullable=False),
    sa.Column("due", sa.Date(), nullable=False),
    sa.Column("done_on", sa.Date(), nullable=True),
    sa.Column("evidence", sa.Text(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["capa_id"], ["capa.id"], name=op.f("fk_action_capa_id_capa")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_action"))
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_capa_id"), ["capa_id"], unique=False)

    op.create_table("audit",
    sa.Column("reference", sa.String(length=32), nullable=False),
    sa.Column("supplier_id", sa.String(length=36), nullable=False),
    sa.Column("site_id", sa.String(length=36), nullable=True),
    sa.Column("template_id", sa.String(length=36), nullable=False),
    sa.Column("type", sa.String(length=16), nullable=False),
    sa.Column("objectives", sa.Text(), nullable=False),
    sa.Column("scope", sa.Text(), nullable=False),
    sa.Column("criteria", sa.Text(), nullable=False),
    sa.Column("planned_start", sa.Date(), nullable=False),
    sa.Column("planned_end", sa.Date(), nullable=False),
    sa.Column("actual_start", sa.Date(), nullable=True),
    sa.Column("actual_end", sa.Date(), nullable=True),
    sa.Column("lead_auditor_id", sa.String(length=36), nullable=False),
    sa.Column("team", sa.JSON(), nullable=False),
    sa.Column("auditee_participants", sa.Text(), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("score", sa.Float(), nullable=True),
    sa.Column("grade", sa.String(length=16), nullable=True),
    sa.Column("conclusions", sa.Text(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["lead_auditor_id"], ["user_account.id"], name=op.f("fk_audit_lead_auditor_id_user_account")),
    sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_audit_site_id_site")),
    sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_audit_supplier_id_supplier")),
    sa.ForeignKeyConstraint(["template_id"], ["checklist_template.id"], name=op.f("fk_audit_template_id_checklist_template")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    sa.UniqueConstraint("reference", name=op.f("uq_audit_reference"))
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_lead_auditor_id"), ["lead_auditor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_planned_start"), ["planned_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_supplier_id"), ["supplier_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_template_id"), ["template_id"], unique=False)

    op.create_table("question",
    sa.Column("template_id", sa.String(length=36), nullable=False),
    sa.Column("section_id", sa.String(length=36), nullable=False),
    sa.Column("qid", sa.String(length=32), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("guidance", sa.Text(), nullable=False),
    sa.Column("type", sa.String(length=16), nullable=False),
    sa.Column("options", sa.JSON(), nullable=False),
    sa.Column("weight", sa.Float(), nullable=False),
    sa.Column("clause", sa.String(length=100), nullable=False),
    sa.Column("star", sa.Boolean(), nullable=False),
    sa.Column("required", sa.Boolean(), nullable=False),
    sa.Column("evidence_required", sa.Boolean(), nullable=False),
    sa.Column("condition", sa.String(length=200), nullable=False),
    sa.Column("min_value", sa.Float(), nullable=True),
    sa.Column("max_value", sa.Float(), nullable=True),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["section_id"], ["checklist_section.id"], name=op.f("fk_question_section_id_checklist_section")),
    sa.ForeignKeyConstraint(["template_id"], ["checklist_template.id"], name=op.f("fk_question_template_id_checklist_template")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_question")),
    sa.UniqueConstraint("template_id", "qid", name=op.f("uq_question_template_id"))
    )
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_question_section_id"), ["section_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_question_template_id"), ["template_id"], unique=False)

    op.create_table("answer",
    sa.Column("audit_id", sa.String(length=36), nullable=False),
    sa.Column("question_id", sa.String(length=36), nullable=False),
    sa.Column("value", sa.Text(), nullable=True),
    sa.Column("not_applicable", sa.Boolean(), nullable=False),
    sa.Column("na_justification", sa.Text(), nullable=False),
    sa.Column("note", sa.Text(), nullable=False),
    sa.Column("answered_by", sa.String(length=64), nullable=False),
    sa.Column("answered_at", sa.DateTime(), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["audit_id"], ["audit.id"], name=op.f("fk_answer_audit_id_audit")),
    sa.ForeignKeyConstraint(["question_id"], ["question.id"], name=op.f("fk_answer_question_id_question")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_answer")),
    sa.UniqueConstraint("audit_id", "question_id", name=op.f("uq_answer_audit_id"))
    )
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_answer_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_answer_question_id"), ["question_id"], unique=False)

    op.create_table("finding",
    sa.Column("audit_id", sa.String(length=36), nullable=False),
    sa.Column("question_id", sa.String(length=36), nullable=True),
    sa.Column("reference", sa.String(length=40), nullable=False),
    sa.Column("finding_class", sa.String(length=32), nullable=False),
    sa.Column("statement", sa.Text(), nullable=False),
    sa.Column("requirement", sa.Text(), nullable=False),
    sa.Column("objective_evidence", sa.Text(), nullable=False),
    sa.Column("status", sa.String(length=16), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["audit_id"], ["audit.id"], name=op.f("fk_finding_audit_id_audit")),
    sa.ForeignKeyConstraint(["question_id"], ["question.id"], name=op.f("fk_finding_question_id_question")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_finding")),
    sa.UniqueConstraint("reference", name=op.f("uq_finding_reference"))
    )
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_finding_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_finding_question_id"), ["question_id"], unique=False)

    op.create_table("attachment",
    sa.Column("sha256", sa.String(length=64), nullable=False),
    sa.Column("media_type", sa.String(length=100), nullable=False),
    sa.Column("original_name", sa.String(length=255), nullable=False),
    sa.Column("caption", sa.Text(), nullable=False),
    sa.Column("taken_at", sa.DateTime(), nullable=True),
    sa.Column("size_bytes", sa.Integer(), nullable=False),
    sa.Column("audit_id", sa.String(length=36), nullable=True),
    sa.Column("finding_id", sa.String(length=36), nullable=True),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["audit_id"], ["audit.id"], name=op.f("fk_attachment_audit_id_audit")),
    sa.ForeignKeyConstraint(["finding_id"], ["finding.id"], name=op.f("fk_attachment_finding_id_finding")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment"))
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_audit_id"), ["audit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_finding_id"), ["finding_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table("capa_finding",
    sa.Column("capa_id", sa.String(length=36), nullable=False),
    sa.Column("finding_id", sa.String(length=36), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["capa_id"], ["capa.id"], name=op.f("fk_capa_finding_capa_id_capa")),
    sa.ForeignKeyConstraint(["finding_id"], ["finding.id"], name=op.f("fk_capa_finding_finding_id_finding")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_capa_finding")),
    sa.UniqueConstraint("capa_id", "finding_id", name=op.f("uq_capa_finding_capa_id"))
    )
    with op.batch_alter_table("capa_finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_capa_finding_capa_id"), ["capa_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_capa_finding_finding_id"), ["finding_id"], unique=False)

    op.create_table("certificate",
    sa.Column("supplier_id", sa.String(length=36), nullable=False),
    sa.Column("standard", sa.String(length=64), nullable=False),
    sa.Column("number", sa.String(length=100), nullable=False),
    sa.Column("issuer", sa.String(length=200), nullable=False),
    sa.Column("valid_from", sa.Date(), nullable=False),
    sa.Column("valid_until", sa.Date(), nullable=False),
    sa.Column("attachment_id", sa.String(length=36), nullable=True),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["attachment_id"], ["attachment.id"], name=op.f("fk_certificate_attachment_id_attachment")),
    sa.ForeignKeyConstraint(["supplier_id"], ["supplier.id"], name=op.f("fk_certificate_supplier_id_supplier")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate"))
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificate_attachment_id"), ["attachment_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_certificate_supplier_id"), ["supplier_id"], unique=False)





def downgrade() -> None:
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_supplier_id"))
        batch_op.drop_index(batch_op.f("ix_certificate_attachment_id"))

    op.drop_table("certificate")
    with op.batch_alter_table("capa_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_capa_finding_finding_id"))
        batch_op.drop_index(batch_op.f("ix_capa_finding_capa_id"))

    op.drop_table("capa_finding")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_finding_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_audit_id"))

    op.drop_table("attachment")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_finding_question_id"))
        batch_op.drop_index(batch_op.f("ix_finding_audit_id"))

    op.drop_table("finding")
    with op.batch_alter_table("answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_answer_question_id"))
        batch_op.drop_index(batch_op.f("ix_answer_audit_id"))

    op.drop_table("answer")
    with op.batch_alter_table("question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_question_template_id"))
        batch_op.drop_index(batch_op.f("ix_question_section_id"))

    op.drop_table("question")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_template_id"))
        batch_op.drop_index(batch_op.f("ix_audit_supplier_id"))
        batch_op.drop_index(batch_op.f("ix_audit_site_id"))
        batch_op.drop_index(batch_op.f("ix_audit_planned_start"))
        batch_op.drop_index(batch_op.f("ix_audit_lead_auditor_id"))

    op.drop_table("audit")
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_capa_id"))

    op.drop_table("action")
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_site_supplier_id"))

    op.drop_table("site")
    with op.batch_alter_table("kpi_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kpi_record_supplier_id"))

    op.drop_table("kpi_record")
    with op.batch_alter_table("contact", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_supplier_id"))

    op.drop_table("contact")
    with op.batch_alter_table("checklist_section", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_section_template_id"))

    op.drop_table("checklist_section")
    with op.batch_alter_table("capa", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_capa_supplier_id"))

    op.drop_table("capa")
    op.drop_table("user_account")
    op.drop_table("supplier")
    op.drop_table("checklist_template")
