"""Member record rules (DOMAIN.md §3): profile dates in order, a history that reads as a story."""

from __future__ import annotations

from datetime import date

from desktop.domain.enums import Position
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.members import (
    HistoryEvent,
    PositionPeriod,
    check_history,
    check_positions,
    check_profile,
    clean_text,
    too_few_officials_warning,
)

TODAY = date(2026, 6, 1)


def profile(**kw):
    base = dict(full_name="Nguyễn Văn An", birth_date=date(1960, 3, 2),
                admitted_on=date(1985, 5, 19), official_on=date(1986, 5, 19),
                card_number="012345", phone="0912 345 678", today=TODAY)
    base.update(kw)
    return check_profile(**base)


def fields(problems):
    return [p.field for p in problems]


def test_a_good_profile_has_no_problem():
    assert profile() == []


def test_name_is_required_and_has_no_digits():
    assert fields(profile(full_name="   ")) == ["full_name"]
    assert "Họ và tên" in profile(full_name="")[0].message
    assert fields(profile(full_name="Nguyễn Văn 2")) == ["full_name"]


def test_dates_in_order_birth_before_admission_before_official():
    problems = profile(admitted_on=date(1959, 1, 1))
    assert fields(problems) == ["admitted_on"]
    assert "01/01/1959" in problems[0].message and "02/03/1960" in problems[0].message
    assert fields(profile(official_on=date(1985, 5, 18))) == ["official_on"]
    # Made official the same day as admitted is allowed (≤), only "before" is refused.
    assert profile(official_on=date(1985, 5, 19)) == []
    assert fields(profile(admitted_on=None)) == ["admitted_on"]


def test_no_date_in_the_future_and_phone_checked():
    assert fields(profile(official_on=date(2026, 6, 2))) == ["official_on"]
    assert fields(profile(phone="gọi sau")) == ["phone"]
    assert profile(phone="+84 912.345.678") == []


def test_clean_text_is_nfc_and_collapses_spaces():
    nfd = "Nguye\u0302\u0303n  Va\u0306n   An "
    assert clean_text(nfd) == "Nguyễn Văn An"


def history(*pairs, birth=date(1960, 1, 1), admitted=date(1990, 1, 1)):
    return check_history([HistoryEvent(k, d) for k, d in pairs], birth, admitted, TODAY)


def test_consistent_history_passes():
    assert history(
        (K.ADMITTED, date(1990, 1, 1)), (K.MADE_OFFICIAL, date(1991, 1, 1)),
        (K.EXEMPT_FROM, date(2020, 1, 1)), (K.EXEMPT_TO, date(2021, 1, 1)),
        (K.TRANSFERRED_OUT, date(2023, 1, 1)), (K.TRANSFERRED_IN, date(2024, 1, 1)),
    ) == []


def test_with_a_join_event_the_member_is_out_before_it():
    # Same reading as situation_on: once a history has a join, the member is in the branch only
    # from it, so an exemption dated before the transfer in is refused.
    problems = history((K.EXEMPT_FROM, date(2020, 1, 1)), (K.TRANSFERRED_IN, date(2024, 1, 1)))
    assert len(problems) == 1 and "chưa vào chi bộ" in problems[0].message


def test_end_of_period_without_its_start_is_refused():
    problems = history((K.EXEMPT_TO, date(2021, 1, 1)))
    assert len(problems) == 1 and "hết miễn sinh hoạt" in problems[0].message
    assert "bắt đầu miễn sinh hoạt" in problems[0].message


def test_period_opened_twice_is_refused():
    problems = history((K.EXEMPT_FROM, date(2020, 1, 1)), (K.EXEMPT_FROM, date(2021, 1, 1)))
    assert len(problems) == 1 and "chưa có ngày kết thúc" in problems[0].message


def test_nothing_after_death():
    problems = history((K.DECEASED, date(2024, 2, 1)), (K.EXEMPT_FROM, date(2024, 3, 1)))
    assert len(problems) == 1 and "từ trần (01/02/2024)" in problems[0].message


def test_no_event_while_out_of_the_branch_and_no_double_join():
    problems = history((K.TRANSFERRED_OUT, date(2023, 1, 1)), (K.EXEMPT_FROM, date(2023, 5, 1)))
    assert len(problems) == 1 and "chuyển sinh hoạt đi" in problems[0].message
    problems = history((K.ADMITTED, date(1990, 1, 1)), (K.TRANSFERRED_IN, date(1995, 1, 1)))
    assert len(problems) == 1 and "đang ở chi bộ" in problems[0].message


def test_events_before_admission_or_birth_or_in_future():
    assert len(history((K.EXEMPT_FROM, date(1989, 12, 31)))) == 1
    assert len(history((K.EXEMPT_FROM, date(2027, 1, 1)))) == 1
    # A member admitted elsewhere joins later: the transfer in comes after admission (1990).
    assert history((K.TRANSFERRED_IN, date(1995, 1, 1))) == []
    assert len(history((K.TRANSFERRED_IN, date(1989, 1, 1)))) == 1


def test_same_day_end_and_new_start_is_fine():
    assert history((K.EXEMPT_FROM, date(2020, 1, 1)), (K.ATTACHED_FROM, date(2021, 1, 1)),
                   (K.EXEMPT_TO, date(2021, 1, 1))) == []


def test_positions_do_not_overlap_and_end_after_start():
    a = PositionPeriod(Position.SECRETARY, date(2020, 10, 1), date(2025, 9, 30))
    b = PositionPeriod(Position.SECRETARY, date(2025, 9, 30), None)
    problems = check_positions([a, b], TODAY)
    assert len(problems) == 1 and "bí thư" in problems[0].message
    ok = PositionPeriod(Position.SECRETARY, date(2025, 10, 1), None)
    assert check_positions([a, ok], TODAY) == []
    bad = PositionPeriod(Position.DEPUTY, date(2025, 10, 1), date(2025, 1, 1))
    assert fields(check_positions([bad], TODAY)) == ["positions"]


def test_warning_below_three_officials():
    assert too_few_officials_warning(3) is None
    warning = too_few_officials_warning(2)
    assert "2 đảng viên chính thức" in str(warning)
    assert "only 2 official members" in warning.render("en")
