"""meeting tasks and their review; the resolution's own number

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 02:25:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting_task',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.String(length=500), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=True),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'late', 'carried', 'not_done', name='taskstatus', native_enum=False, length=24), nullable=False),
    sa.Column('review_note', sa.Text(), nullable=False),
    sa.Column('reviewed_at_meeting_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['carried_from_id'], ['meeting_task.id'], name=op.f('fk_meeting_task_carried_from_id_meeting_task'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_task_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['owner_id'], ['member.id'], name=op.f('fk_meeting_task_owner_id_member'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['reviewed_at_meeting_id'], ['meeting.id'], name=op.f('fk_meeting_task_reviewed_at_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['target_id'], ['year_target.id'], name=op.f('fk_meeting_task_target_id_year_target'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_task'))
    )
    with op.batch_alter_table('meeting_task', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_task_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_task_reviewed_at_meeting_id'), ['reviewed_at_meeting_id'], unique=False)

    op.create_table('meeting_resolution',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('document_number_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_number_id'], ['document_number.id'], name=op.f('fk_meeting_resolution_document_number_id_document_number'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_resolution_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_resolution')),
    sa.UniqueConstraint('meeting_id', name=op.f('uq_meeting_resolution_meeting_id'))
    )


def downgrade() -> None:
    op.drop_table('meeting_resolution')
    with op.batch_alter_table('meeting_task', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_task_reviewed_at_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_task_meeting_id'))

    op.drop_table('meeting_task')
