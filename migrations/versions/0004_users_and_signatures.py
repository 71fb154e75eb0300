"""Users get signing keys and credentials; electronic signatures on records.

Credentials live in their own table, outside the change log and the trail: password hashes and
sealed private keys never travel in a bundle. Existing users get an empty public key until they
set a password.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op
import sqlalchemy as sa


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("credential",
    sa.Column("user_id", sa.String(length=36), nullable=False),
    sa.Column("password_hash", sa.String(length=200), nullable=False),
    sa.Column("sealed_key", sa.Text(), nullable=False),
    sa.Column("failed_attempts", sa.Integer(), nullable=False),
    sa.Column("locked_until", sa.String(length=32), nullable=True),
    sa.PrimaryKeyConstraint("user_id", name=op.f("pk_credential"))
    )
    op.create_table("signature",
    sa.Column("entity", sa.String(length=40), nullable=False),
    sa.Column("record_id", sa.String(length=36), nullable=False),
    sa.Column("record_version", sa.Integer(), nullable=False),
    sa.Column("content_sha256", sa.String(length=64), nullable=False),
    sa.Column("meaning", sa.String(length=16), nullable=False),
    sa.Column("signer_id", sa.String(length=36), nullable=False),
    sa.Column("printed_name", sa.String(length=200), nullable=False),
    sa.Column("signed_at", sa.DateTime(), nullable=False),
    sa.Column("utc_offset_minutes", sa.Integer(), nullable=False),
    sa.Column("public_key", sa.String(length=64), nullable=False),
    sa.Column("signature", sa.String(length=128), nullable=False),
    sa.Column("id", sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(["signer_id"], ["user_account.id"], name=op.f("fk_signature_signer_id_user_account")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_signature"))
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signature_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_signature_signer_id"), ["signer_id"], unique=False)

    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("public_key", sa.String(length=64), nullable=False, server_default="")
        )



def downgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_column("public_key")

    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signature_signer_id"))
        batch_op.drop_index(batch_op.f("ix_signature_record_id"))

    op.drop_table("signature")
    op.drop_table("credential")
