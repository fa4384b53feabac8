"""dues book: schedules, figures, month pins, bases, ledger entries, remittances

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 21:32:29.384504
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dues_remittance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('first_month', sa.Date(), nullable=False),
    sa.Column('last_month', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('remitted_on', sa.Date(), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_remittance'))
    )
    op.create_table('dues_schedule',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('document_number', sa.String(length=80), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_schedule')),
    sa.UniqueConstraint('sha256', name=op.f('uq_dues_schedule_sha256'))
    )
    op.create_table('dues_basis',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('start_month', sa.Date(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('base', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_basis_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_basis')),
    sa.UniqueConstraint('member_id', 'start_month', name=op.f('uq_dues_basis_member_id'))
    )
    with op.batch_alter_table('dues_basis', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_basis_member_id'), ['member_id'], unique=False)

    op.create_table('dues_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('via', sa.Enum('cash', 'portal', name='via', native_enum=False, length=24), nullable=True),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_dues_entry_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_entry')),
    sa.UniqueConstraint('member_id', 'month', name=op.f('uq_dues_entry_member_id'))
    )
    with op.batch_alter_table('dues_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dues_entry_member_id'), ['member_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dues_entry_month'), ['month'], unique=False)

    op.create_table('dues_figure',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('start_month', sa.Date(), nullable=False),
    sa.Column('value', sa.String(length=40), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['schedule_id'], ['dues_schedule.id'], name=op.f('fk_dues_figure_schedule_id_dues_schedule'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dues_figure')),
    sa.UniqueConstraint('schedule_id', 'key', 'start_month', name=op.f('uq_dues_figure_schedule_id'))
    )
    op.create_table('dues_month',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('schedule_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['schedule_id'], ['dues_schedule.id'], name=op.f('fk_dues_month_schedule_id_dues_schedule'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('month', name=op.f('pk_dues_month'))
    )


def downgrade() -> None:
    op.drop_table('dues_month')
    op.drop_table('dues_figure')
    with op.batch_alter_table('dues_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dues_entry_month'))
        batch_op.drop_index(batch_op.f('ix_dues_entry_member_id'))

    op.drop_table('dues_entry')
    with op.batch_alter_table('dues_basis', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dues_basis_member_id'))

    op.drop_table('dues_basis')
    op.drop_table('dues_schedule')
    op.drop_table('dues_remittance')
