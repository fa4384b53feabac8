"""membership lifecycle: candidates, recognition votes, mentor reviews, transfers, periods out
of the party

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 21:30:01.386674
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.Enum('male', 'female', name='sex', native_enum=False, length=24), nullable=True),
    sa.Column('source_org', sa.String(length=200), nullable=False),
    sa.Column('proposed_on', sa.Date(), nullable=True),
    sa.Column('certificate_on', sa.Date(), nullable=True),
    sa.Column('introducer1_id', sa.Integer(), nullable=True),
    sa.Column('introducer2_id', sa.Integer(), nullable=True),
    sa.Column('voted_on', sa.Date(), nullable=True),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('vote_base', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_number', sa.String(length=40), nullable=False),
    sa.Column('admitted_on', sa.Date(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['introducer1_id'], ['member.id'], name=op.f('fk_candidate_introducer1_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['introducer2_id'], ['member.id'], name=op.f('fk_candidate_introducer2_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_candidate_member_id_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_candidate'))
    )
    op.create_table('mentor_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('mentor_id', sa.Integer(), nullable=True),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_mentor_review_member_id_member'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mentor_id'], ['member.id'], name=op.f('fk_mentor_review_mentor_id_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mentor_review'))
    )
    with op.batch_alter_table('mentor_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mentor_review_member_id'), ['member_id'], unique=False)

    op.create_table('party_break',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_party_break_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_break'))
    )
    with op.batch_alter_table('party_break', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_party_break_member_id'), ['member_id'], unique=False)

    op.create_table('transfer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.Enum('out', 'in', name='transferdirection', native_enum=False, length=24), nullable=False),
    sa.Column('kind', sa.Enum('official', 'temporary', 'away', name='transferkind', native_enum=False, length=24), nullable=False),
    sa.Column('organisation', sa.String(length=200), nullable=False),
    sa.Column('letter_number', sa.String(length=40), nullable=False),
    sa.Column('letter_on', sa.Date(), nullable=True),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('expected_return', sa.Date(), nullable=True),
    sa.Column('receipt_on', sa.Date(), nullable=True),
    sa.Column('returned_on', sa.Date(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_transfer_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_transfer'))
    )
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_transfer_member_id'), ['member_id'], unique=False)

    op.create_table('recognition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('voted_on', sa.Date(), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('vote_base', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('decision_number', sa.String(length=40), nullable=False),
    sa.Column('warning', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_recognition_meeting_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_recognition_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recognition'))
    )
    with op.batch_alter_table('recognition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recognition_member_id'), ['member_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('recognition', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_recognition_member_id'))

    op.drop_table('recognition')
    with op.batch_alter_table('transfer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_transfer_member_id'))

    op.drop_table('transfer')
    with op.batch_alter_table('party_break', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_party_break_member_id'))

    op.drop_table('party_break')
    with op.batch_alter_table('mentor_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mentor_review_member_id'))

    op.drop_table('mentor_review')
    op.drop_table('candidate')
