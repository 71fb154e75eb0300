"""The supplier master: supplier address, DUNS and VAT id, the reason for the risk class, a site's
processes, a certificate's scope, the recorded reason a major finding needs no CAPA, and the
column mappings remembered per import source.

Older rows keep NULL in the new columns (a migration never writes record data behind the change
log); NULL reads as "" or "none".

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

SUPPLIER_COLUMNS = (
    ("street", sa.String(length=200)),
    ("postal_code", sa.String(length=20)),
    ("city", sa.String(length=100)),
    ("duns", sa.String(length=9)),
    ("vat_id", sa.String(length=20)),
    ("risk_reason", sa.Text()),
)


def upgrade() -> None:
    with op.batch_alter_table("supplier", schema=None) as batch_op:
        for name, type_ in SUPPLIER_COLUMNS:
            batch_op.add_column(sa.Column(name, type_, nullable=True))
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.add_column(sa.Column("processes", sa.JSON(), nullable=True))
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("scope", sa.Text(), nullable=True))
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.add_column(sa.Column("no_capa_reason", sa.Text(), nullable=True))
    op.create_table(
        "import_mapping",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mapping")),
        sa.UniqueConstraint("kind", "source", name=op.f("uq_import_mapping_kind")),
    )


def downgrade() -> None:
    op.drop_table("import_mapping")
    with op.batch_alter_table("finding", schema=None) as batch_op:
        batch_op.drop_column("no_capa_reason")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_column("scope")
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_column("processes")
    with op.batch_alter_table("supplier", schema=None) as batch_op:
        for name, _ in reversed(SUPPLIER_COLUMNS):
            batch_op.drop_column(name)
