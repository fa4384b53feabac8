"""The member register service on a real data file."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from desktop.clock import Clock
from desktop.domain.enums import Position, Sex
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.situation import Standing
from desktop.services.changes import Changed
from desktop.services.errors import UserError
from desktop.services.members import (
    EventDraft,
    MemberDraft,
    MembersService,
    PositionDraft,
)

TODAY = date(2026, 6, 1)


@pytest.fixture
def members(db):
    return MembersService(db, clock=Clock.fixed(TODAY))


def draft(name, card="", birth=date(1970, 1, 1), admitted=date(1995, 2, 3),
          official=date(1996, 2, 3), **kw):
    return MemberDraft(full_name=name, birth_date=birth, admitted_on=admitted,
                       official_on=official, card_number=card, **kw)


def test_create_list_sorted_by_given_name_with_situation_today(members):
    for name in ["Lê Thị Bình", "Trần Văn An", "Đỗ Đức Dũng", "Phạm Thị Ánh"]:
        members.create(draft(name))
    rows = members.list_members()
    assert [r.full_name for r in rows] == ["Trần Văn An", "Phạm Thị Ánh", "Lê Thị Bình",
                                           "Đỗ Đức Dũng"]
    assert all(r.situation.standing is Standing.OFFICIAL for r in rows)


def test_text_is_stored_nfc(members):
    nfd = unicodedata.normalize("NFD", "  Nguyễn   Văn An ")
    result, notice = members.create(draft(nfd, notes=unicodedata.normalize("NFD", "Ghi chú\n")))
    detail = members.get(result.member_id)
    assert detail.row.full_name == "Nguyễn Văn An"
    assert detail.row.notes == "Ghi chú"
    assert notice.touches(Changed.MEMBERS) and result.member_id in notice.ids


def test_card_number_unique_with_the_other_members_name(members):
    members.create(draft("Trần Văn An", card="093001"))
    with pytest.raises(UserError) as err:
        members.create(draft("Lê Thị Bình", card="093001"))
    assert err.value.field == "card_number"
    assert "093001" in err.value.message and "Trần Văn An" in err.value.message
    assert len(members.list_members()) == 1  # nothing written


def test_validation_error_names_field_and_member(members):
    with pytest.raises(UserError) as err:
        members.create(draft("Lê Thị Bình", admitted=date(1996, 1, 1), official=date(1995, 1, 1)))
    assert err.value.field == "official_on"
    assert "Lê Thị Bình" in err.value.message


def test_warns_when_fewer_than_three_officials(members):
    first, _ = members.create(draft("Trần Văn An"))
    assert first.warnings and "1 đảng viên chính thức" in str(first.warnings[0])
    members.create(draft("Lê Thị Bình"))
    third, _ = members.create(draft("Vũ Thị Ân"))
    assert third.warnings == ()
    # Exempting one does not change the count (exempt officials are still official) …
    # but a transfer out does: the branch would keep 2.
    result, _ = members.add_event(third.member_id, EventDraft(K.TRANSFERRED_OUT, date(2026, 5, 1)))
    assert result.warnings and "2 đảng viên chính thức" in str(result.warnings[0])


def test_history_events_and_positions_change_the_situation(members):
    saved, _ = members.create(draft("Hoàng Văn Đức", sex=Sex.MALE))
    mid = saved.member_id
    members.add_event(mid, EventDraft(K.EXEMPT_FROM, date(2025, 1, 1), "Tuổi cao, sức yếu"))
    members.add_position(mid, PositionDraft(Position.COMMITTEE, date(2020, 10, 1)))
    detail = members.get(mid)
    assert detail.row.situation.exempt and not detail.row.situation.expected_at_meetings
    assert detail.row.positions == (Position.COMMITTEE,)
    assert detail.events[0].note == "Tuổi cao, sức yếu"
    # EXEMPT_TO before EXEMPT_FROM is refused, the stored history is unchanged.
    with pytest.raises(UserError) as err:
        members.add_event(mid, EventDraft(K.EXEMPT_TO, date(2024, 6, 1)))
    assert err.value.field == "events"
    assert len(members.get(mid).events) == 1
    members.remove_event(mid, detail.events[0].id)
    members.remove_position(mid, detail.positions[0].id)
    detail = members.get(mid)
    assert detail.events == () and detail.positions == ()
    assert detail.row.situation.expected_at_meetings


def test_probationary_then_official_by_event(members):
    saved, _ = members.create(draft("Bùi Thị Hoa", admitted=date(2025, 9, 2), official=None,
                                    events=(EventDraft(K.ADMITTED, date(2025, 9, 2)),)))
    assert members.get(saved.member_id).row.situation.standing is Standing.PROBATIONARY
    members.add_event(saved.member_id, EventDraft(K.MADE_OFFICIAL, date(2026, 5, 30)))
    assert members.get(saved.member_id).row.situation.standing is Standing.OFFICIAL


def test_only_one_secretary_at_a_time(members):
    a, _ = members.create(draft("Trần Văn An", positions=(
        PositionDraft(Position.SECRETARY, date(2020, 10, 1)),)))
    with pytest.raises(UserError) as err:
        members.create(draft("Lê Thị Bình", positions=(
            PositionDraft(Position.SECRETARY, date(2025, 10, 1)),)))
    assert "Trần Văn An" in err.value.message and err.value.field == "positions"
    # Ending An's term first makes room for Bình.
    detail = members.get(a.member_id)
    members.remove_position(a.member_id, detail.positions[0].id)
    members.add_position(a.member_id, PositionDraft(Position.SECRETARY, date(2020, 10, 1),
                                                    date(2025, 9, 30)))
    members.create(draft("Lê Thị Bình", positions=(
        PositionDraft(Position.SECRETARY, date(2025, 10, 1)),)))
    secretaries = [r.full_name for r in members.list_members() if Position.SECRETARY in r.positions]
    assert secretaries == ["Lê Thị Bình"]


def test_update_and_unknown_member(members):
    saved, _ = members.create(draft("Trần Văn An", card="1"))
    members.update(saved.member_id, draft("Trần Văn Ân", card="1", phone="0912345678"))
    row = members.get(saved.member_id).row
    assert (row.full_name, row.phone) == ("Trần Văn Ân", "0912345678")
    with pytest.raises(UserError):
        members.get(999)
