"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 11:33:20.687504
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('superior_committee', sa.String(length=200), nullable=False),
    sa.Column('place_name', sa.String(length=120), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branch'))
    )
    op.create_table('exported_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('key_fingerprint', sa.String(length=80), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exported_package')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_exported_package_year'))
    )
    op.create_table('inbox_branch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_branch')),
    sa.UniqueConstraint('code', name=op.f('uq_inbox_branch_code'))
    )
    op.create_table('manual_score',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('component_code', sa.String(length=20), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('justification', sa.Text(), nullable=False),
    sa.Column('entered_by', sa.String(length=120), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manual_score')),
    sa.UniqueConstraint('year', 'component_code', name=op.f('uq_manual_score_year'))
    )
    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=120), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.Enum('male', 'female', name='sex', native_enum=False, length=24), nullable=True),
    sa.Column('admitted_on', sa.Date(), nullable=True),
    sa.Column('official_on', sa.Date(), nullable=True),
    sa.Column('card_number', sa.String(length=40), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member')),
    sa.UniqueConstraint('card_number', name=op.f('uq_member_card_number'))
    )
    op.create_table('received_package',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('branch_code', sa.String(length=40), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=True),
    sa.Column('accepted', sa.Boolean(), nullable=False),
    sa.Column('problems', sa.JSON(), nullable=False),
    sa.Column('summary', sa.JSON(), nullable=False),
    sa.Column('stored_name', sa.String(length=120), nullable=True),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_received_package')),
    sa.UniqueConstraint('sha256', name=op.f('uq_received_package_sha256'))
    )
    with op.batch_alter_table('received_package', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_received_package_branch_code'), ['branch_code'], unique=False)

    op.create_table('rulebook',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('version', sa.String(length=40), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('document_number', sa.String(length=80), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('signature_checked', sa.Boolean(), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=80), nullable=True),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rulebook')),
    sa.UniqueConstraint('sha256', name=op.f('uq_rulebook_sha256'))
    )
    op.create_table('signing_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('public_pem', sa.Text(), nullable=False),
    sa.Column('encrypted_private_pem', sa.LargeBinary(), nullable=False),
    sa.Column('holder_name', sa.String(length=120), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('retired_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signing_key')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_signing_key_fingerprint'))
    )
    op.create_table('term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_term'))
    )
    op.create_table('thematic_plan_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('quarter', sa.Integer(), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('presenter', sa.String(length=120), nullable=False),
    sa.Column('planned_month', sa.Integer(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thematic_plan_entry'))
    )
    with op.batch_alter_table('thematic_plan_entry', schema=None) as batch_op:
        batch_op.create_index('ix_thematic_plan_entry_year', ['year', 'quarter'], unique=False)

    op.create_table('thematic_topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thematic_topic')),
    sa.UniqueConstraint('title', name=op.f('uq_thematic_topic_title'))
    )
    op.create_table('year_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('unit', sa.String(length=40), nullable=False),
    sa.Column('planned', sa.Float(), nullable=False),
    sa.Column('achieved', sa.Float(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_year_target'))
    )
    with op.batch_alter_table('year_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_year_target_year'), ['year'], unique=False)

    op.create_table('commitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('sections', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_commitment_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_commitment')),
    sa.UniqueConstraint('member_id', 'year', name=op.f('uq_commitment_member_id'))
    )
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_commitment_year'), ['year'], unique=False)

    op.create_table('discipline',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('form', sa.Enum('khien_trach', 'canh_cao', 'cach_chuc', 'khai_tru', name='disciplineform', native_enum=False, length=24), nullable=False),
    sa.Column('decision_number', sa.String(length=60), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=False),
    sa.Column('issuing_body', sa.String(length=200), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('breaks_prohibitions', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_discipline_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discipline'))
    )
    with op.batch_alter_table('discipline', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_discipline_member_id'), ['member_id'], unique=False)

    op.create_table('document_number',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.Enum('BB', 'NQ', 'BC', 'KH', 'TB', 'CV', name='documenttype', native_enum=False, length=24), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['term_id'], ['term.id'], name=op.f('fk_document_number_term_id_term'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_number')),
    sa.UniqueConstraint('term_id', 'doc_type', 'seq', name=op.f('uq_document_number_term_id'))
    )
    op.create_table('evaluation_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('rulebook_id', sa.Integer(), nullable=False),
    sa.Column('computed_at', sa.DateTime(), nullable=False),
    sa.Column('result', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['rulebook_id'], ['rulebook.id'], name=op.f('fk_evaluation_snapshot_rulebook_id_rulebook'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_snapshot'))
    )
    with op.batch_alter_table('evaluation_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_snapshot_year'), ['year'], unique=False)

    op.create_table('inbox_key',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('fingerprint', sa.String(length=80), nullable=False),
    sa.Column('public_pem', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['inbox_branch.id'], name=op.f('fk_inbox_key_branch_id_inbox_branch'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_key')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_inbox_key_fingerprint'))
    )
    with op.batch_alter_table('inbox_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inbox_key_branch_id'), ['branch_id'], unique=False)

    op.create_table('member_position',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Enum('secretary', 'deputy', 'committee', name='position', native_enum=False, length=24), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_member_position_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_position'))
    )
    with op.batch_alter_table('member_position', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_member_position_member_id'), ['member_id'], unique=False)

    op.create_table('rating_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('step', sa.Enum('self', 'branch', 'committee', 'superior', name='reviewstep', native_enum=False, length=24), nullable=False),
    sa.Column('rating', sa.Enum('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', name='rating', native_enum=False, length=24), nullable=False),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('abstentions', sa.Integer(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_rating_step_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rating_step')),
    sa.UniqueConstraint('member_id', 'year', 'step', name=op.f('uq_rating_step_member_id'))
    )
    with op.batch_alter_table('rating_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rating_step_year'), ['year'], unique=False)

    op.create_table('self_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=True),
    sa.Column('sections', sa.JSON(), nullable=False),
    sa.Column('self_score', sa.Float(), nullable=True),
    sa.Column('tasks_exceeded_pct', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_self_review_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_self_review')),
    sa.UniqueConstraint('member_id', 'year', name=op.f('uq_self_review_member_id'))
    )
    with op.batch_alter_table('self_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_self_review_year'), ['year'], unique=False)

    op.create_table('situation_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('admitted', 'made_official', 'exempt_from', 'exempt_to', 'attached_from', 'attached_to', 'suspended_from', 'suspended_to', 'special_duty_from', 'special_duty_to', 'transferred_in', 'transferred_out', 'deceased', 'expelled', name='situationeventkind', native_enum=False, length=24), nullable=False),
    sa.Column('on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_situation_event_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_situation_event'))
    )
    with op.batch_alter_table('situation_event', schema=None) as batch_op:
        batch_op.create_index('ix_situation_event_member_on', ['member_id', 'on'], unique=False)

    op.create_table('year_setting',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('rulebook_id', sa.Integer(), nullable=True),
    sa.Column('locked_at', sa.DateTime(), nullable=True),
    sa.Column('admission_target', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['rulebook_id'], ['rulebook.id'], name=op.f('fk_year_setting_rulebook_id_rulebook'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_year_setting'))
    )
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('regular', 'thematic', 'combined', 'committee', 'extraordinary', name='meetingkind', native_enum=False, length=24), nullable=False),
    sa.Column('status', sa.Enum('draft', 'adopted', name='meetingstatus', native_enum=False, length=24), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('chair_id', sa.Integer(), nullable=True),
    sa.Column('minute_taker_id', sa.Integer(), nullable=True),
    sa.Column('guests', sa.Text(), nullable=False),
    sa.Column('ideology_notes', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.Column('documents_sent_on', sa.Date(), nullable=True),
    sa.Column('prepared_by_id', sa.Integer(), nullable=True),
    sa.Column('thematic_plan_id', sa.Integer(), nullable=True),
    sa.Column('document_number_id', sa.Integer(), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('superseded_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('adopted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['chair_id'], ['member.id'], name=op.f('fk_meeting_chair_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_number_id'], ['document_number.id'], name=op.f('fk_meeting_document_number_id_document_number'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['minute_taker_id'], ['member.id'], name=op.f('fk_meeting_minute_taker_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['prepared_by_id'], ['meeting.id'], name=op.f('fk_meeting_prepared_by_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['superseded_by_id'], ['meeting.id'], name=op.f('fk_meeting_superseded_by_id_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['thematic_plan_id'], ['thematic_plan_entry.id'], name=op.f('fk_meeting_thematic_plan_id_thematic_plan_entry'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_held_on', ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_superseded_by_id'), ['superseded_by_id'], unique=False)

    op.create_table('agenda_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=24), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('conclusion', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_agenda_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_item'))
    )
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agenda_item_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'excused', 'unexcused', name='attendancestatus', native_enum=False, length=24), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('expected', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_attendance_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_attendance_member_id_member'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name=op.f('uq_attendance_meeting_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('quality_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('points', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_quality_item_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quality_item')),
    sa.UniqueConstraint('meeting_id', 'code', name=op.f('uq_quality_item_meeting_id'))
    )
    op.create_table('vote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('votes_for', sa.Integer(), nullable=False),
    sa.Column('votes_against', sa.Integer(), nullable=False),
    sa.Column('abstentions', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_vote_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote'))
    )
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('speech',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agenda_item_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('speaker_name', sa.String(length=120), nullable=False),
    sa.Column('gist', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['agenda_item_id'], ['agenda_item.id'], name=op.f('fk_speech_agenda_item_id_agenda_item'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_speech_member_id_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_speech'))
    )
    with op.batch_alter_table('speech', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_speech_agenda_item_id'), ['agenda_item_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('speech', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_speech_agenda_item_id'))

    op.drop_table('speech')
    with op.batch_alter_table('vote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_meeting_id'))

    op.drop_table('vote')
    op.drop_table('quality_item')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('agenda_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agenda_item_meeting_id'))

    op.drop_table('agenda_item')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_superseded_by_id'))
        batch_op.drop_index('ix_meeting_held_on')

    op.drop_table('meeting')
    op.drop_table('year_setting')
    with op.batch_alter_table('situation_event', schema=None) as batch_op:
        batch_op.drop_index('ix_situation_event_member_on')

    op.drop_table('situation_event')
    with op.batch_alter_table('self_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_self_review_year'))

    op.drop_table('self_review')
    with op.batch_alter_table('rating_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rating_step_year'))

    op.drop_table('rating_step')
    with op.batch_alter_table('member_position', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_member_position_member_id'))

    op.drop_table('member_position')
    with op.batch_alter_table('inbox_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inbox_key_branch_id'))

    op.drop_table('inbox_key')
    with op.batch_alter_table('evaluation_snapshot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_snapshot_year'))

    op.drop_table('evaluation_snapshot')
    op.drop_table('document_number')
    with op.batch_alter_table('discipline', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_discipline_member_id'))

    op.drop_table('discipline')
    with op.batch_alter_table('commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_commitment_year'))

    op.drop_table('commitment')
    with op.batch_alter_table('year_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_year_target_year'))

    op.drop_table('year_target')
    op.drop_table('thematic_topic')
    with op.batch_alter_table('thematic_plan_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_thematic_plan_entry_year')

    op.drop_table('thematic_plan_entry')
    op.drop_table('term')
    op.drop_table('signing_key')
    op.drop_table('rulebook')
    with op.batch_alter_table('received_package', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_received_package_branch_code'))

    op.drop_table('received_package')
    op.drop_table('member')
    op.drop_table('manual_score')
    op.drop_table('inbox_branch')
    op.drop_table('exported_package')
    op.drop_table('branch')
