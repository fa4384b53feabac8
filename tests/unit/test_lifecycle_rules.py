"""Membership rules without storage: majorities, probation dates and reminders, party age with
periods out of the party, badge milestones at ceremony dates, the admission pipeline's and the
transfers' checks, and the `[membership]` table of the shipped rulebook."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.domain.candidates import CandidateFacts, CandidateStage, check_candidate, stage_of
from desktop.domain.due import DueItem, due_list, window_end
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.lifecycle_dates import add_months, add_working_days
from desktop.domain.lifecycle_rules import Majority, OfficialFrom
from desktop.domain.party_age import Break, check_breaks, milestone_reached_on, milestones, party_age
from desktop.domain.probation import check_recognition, official_date, probation_end, reminder_step
from desktop.domain.transfers import (
    TransferDirection,
    TransferFacts,
    TransferKind,
    check_transfer,
    events_for,
)
from desktop.services.rulebook_files import default_rulebook_path, load_rulebook_file, parse_rulebook_text
from desktop.wording import say

RULES = load_rulebook_file(default_rulebook_path()).rulebook.membership
TODAY = date(2026, 11, 20)


def test_shipped_rulebook_carries_the_rules_with_their_sources():
    assert RULES is not None
    assert RULES.recognition_majority == RULES.admission_majority == Majority(2, 3)
    assert RULES.probation_months == 12 and RULES.official_from is OfficialFrom.PROBATION_END
    assert RULES.reminder_steps == (90, 60, 30, 15, 7) and RULES.due_window_days == 60
    assert RULES.badges.milestones == (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
    assert RULES.badges.ceremony_dates == ((2, 3), (5, 19), (9, 2), (11, 7))
    for text in ("Điều lệ Đảng", "hai phần ba", "294-QĐ/TW", "chưa đọc được nguyên văn"):
        assert text in RULES.source
    assert "01-HD/TW" in RULES.badges.source


def test_a_bad_membership_table_names_its_key_path():
    text = default_rulebook_path().read_text("utf-8").replace(
        "recognition_majority = { numerator = 2, denominator = 3 }",
        "recognition_majority = { numerator = 4, denominator = 3 }").replace(
        'ceremony_dates = ["02-03", "05-19", "09-02", "11-07"]', 'ceremony_dates = ["02-30"]')
    with pytest.raises(Exception) as raised:
        parse_rulebook_text(text, "sai.toml")
    message = str(raised.value)
    assert "membership.recognition_majority" in message and "4/3" in message
    assert "membership.badges.ceremony_dates[0]" in message


@pytest.mark.parametrize(("votes_for", "base", "passes", "needed"), [
    (6, 9, True, 6), (5, 9, False, 6), (7, 10, True, 7), (6, 10, False, 7), (0, 0, False, 0),
])
def test_two_thirds_of_the_base(votes_for, base, passes, needed):
    assert Majority(2, 3).passes(votes_for, base) is passes
    assert Majority(2, 3).needed(base) == needed


def test_calendar_helpers():
    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_working_days(date(2026, 11, 20), 5) == date(2026, 11, 27)  # Friday + 5 → Friday


def test_probation_end_reminders_and_official_date():
    admitted = date(2025, 12, 15)
    assert probation_end(admitted, RULES) == date(2026, 12, 15)
    assert [reminder_step(d, RULES.reminder_steps) for d in (95, 90, 45, 16, 7, 3, 0)] == [
        None, 90, 60, 30, 7, 7, 7]
    assert official_date(admitted, date(2027, 1, 20), RULES) == date(2026, 12, 15)
    by_decision = replace(RULES, official_from=OfficialFrom.DECISION)
    assert official_date(admitted, date(2027, 1, 20), by_decision) == date(2027, 1, 20)


def test_recognition_vote_before_twelve_months_is_refused_naming_member_and_field():
    found = check_recognition("Huỳnh Thị Yến", date(2025, 12, 15), date(2026, 11, 20), 8, 0, 9,
                              TODAY, RULES)
    assert [f.field for f in found] == ["voted_on"] and found[0].blocking
    assert "Huỳnh Thị Yến" in str(found[0].text) and "15/12/2026" in str(found[0].text)
    late = check_recognition("Huỳnh Thị Yến", date(2025, 9, 1), date(2026, 11, 20), 8, 0, 9,
                             TODAY, RULES)
    assert [f.blocking for f in late] == [False]  # after the 30 working days: a warning
    over = check_recognition("Huỳnh Thị Yến", date(2025, 9, 1), date(2026, 9, 2), 8, 3, 9,
                             TODAY, RULES)
    assert over[0].field == "votes_for" and "11" in str(over[0].text)
    none = check_recognition("Huỳnh Thị Yến", None, date(2026, 9, 2), 8, 0, 9, TODAY, RULES)
    assert none[0].field == "admitted_on"


def test_party_age_less_the_periods_out_of_the_party():
    admitted = date(1990, 3, 1)
    assert party_age(admitted, [], date(2026, 3, 1)).years == 36
    out = [Break(date(1995, 1, 1), date(1996, 12, 31))]  # two years out (731 days)
    age = party_age(admitted, out, date(2026, 2, 28))
    assert (age.years, age.months, age.days) == (33, 11, 731)
    assert party_age(admitted, out, date(2026, 3, 1)).years == 34
    assert milestone_reached_on(admitted, out, 30) == date(2022, 3, 1)
    assert party_age(admitted, out, date(2022, 3, 1)).years == 30
    assert milestone_reached_on(admitted, [Break(date(2000, 1, 1))], 30) is None  # still out
    assert party_age(admitted, [], date(1989, 1, 1)) is None


def test_milestones_fall_at_the_next_ceremony_date():
    found = milestones(date(1996, 11, 8), [], RULES.badges)
    first = found[0]
    assert (first.years, first.reached_on, first.ceremony_on) == (30, date(2026, 11, 8), date(2027, 2, 3))
    on_the_day = milestones(date(1996, 5, 19), [], RULES.badges)[0]
    assert on_the_day.ceremony_on == date(2026, 5, 19)


def test_breaks_checked_and_a_member_without_admission_date_refused():
    found = check_breaks("Lê Văn Tuấn", None, [Break(date(2001, 1, 1), date(2002, 1, 1))], TODAY)
    assert found[0].field == "admitted_on" and "Lê Văn Tuấn" in str(found[0].text)
    found = check_breaks("Lê Văn Tuấn", date(1990, 1, 1), [
        Break(date(2001, 1, 1), date(2003, 1, 1)), Break(date(2002, 6, 1), date(2004, 1, 1))], TODAY)
    assert [f.field for f in found] == ["breaks"]


def _candidate(**changes) -> CandidateFacts:
    base = CandidateFacts("Phạm Thu Hà", date(2002, 7, 2), date(2025, 3, 1), date(2025, 6, 10),
                          (1, 2), date(2025, 8, 5), 8, 1, 10, date(2025, 8, 20), None)
    return replace(base, **changes)


def test_candidate_stages_in_order():
    m = Majority(2, 3)
    assert stage_of(_candidate(certificate_on=None, introducers=(), voted_on=None, decided_on=None), m) \
        is CandidateStage.PROPOSED
    assert stage_of(_candidate(introducers=(1,), voted_on=None, decided_on=None), m) is CandidateStage.CLASS_DONE
    assert stage_of(_candidate(voted_on=None, decided_on=None), m) is CandidateStage.INTRODUCED
    assert stage_of(_candidate(decided_on=None), m) is CandidateStage.VOTED
    assert stage_of(_candidate(votes_for=6, decided_on=None), m) is CandidateStage.NOT_PASSED
    assert stage_of(_candidate(), m) is CandidateStage.DECIDED
    assert stage_of(_candidate(admitted_on=date(2025, 9, 2)), m) is CandidateStage.ADMITTED


def test_admission_before_the_class_certificate_is_refused():
    found = check_candidate(_candidate(admitted_on=date(2025, 6, 1)), Majority(2, 3), TODAY, {1, 2})
    fields = {f.field for f in found}
    assert "admitted_on" in fields
    texts = " ".join(str(f.text) for f in found)
    assert "Phạm Thu Hà" in texts and "10/06/2025" in texts
    assert check_candidate(_candidate(admitted_on=date(2025, 9, 2)), Majority(2, 3), TODAY, {1, 2}) == []
    wrong = check_candidate(_candidate(), Majority(2, 3), TODAY, {1})
    assert [f.field for f in wrong] == ["introducers"]


def test_transfer_in_before_its_letter_is_refused_and_events_follow():
    facts = TransferFacts("Trần Văn An", TransferDirection.IN, TransferKind.OFFICIAL,
                          "Đảng bộ phường Cửa Nam", "22-GGT", date(2026, 11, 10), date(2026, 11, 5))
    found = check_transfer(facts, TODAY)
    assert [f.field for f in found] == ["moved_on"]
    assert str(found[0].text) == str(say("lifecycle.transfer_in_before_letter", name="Trần Văn An",
                                         moved="05/11/2026", letter="10/11/2026"))
    ok = replace(facts, moved_on=date(2026, 11, 12))
    assert check_transfer(ok, TODAY) == [] and events_for(ok) == ((K.TRANSFERRED_IN, date(2026, 11, 12)),)
    back = replace(ok, kind=TransferKind.TEMPORARY)
    assert events_for(back) == ((K.ATTACHED_TO, date(2026, 11, 11)),)
    away = replace(ok, direction=TransferDirection.OUT, kind=TransferKind.AWAY, letter_number="",
                   organisation="", letter_on=None)
    assert check_transfer(away, TODAY) == [] and events_for(away) == ()


def test_due_window_and_order():
    assert window_end(TODAY, 60, None) == date(2027, 1, 19)
    assert window_end(TODAY, 10, date(2026, 12, 10)) == date(2026, 12, 10)
    items = [DueItem("badge", say("lifecycle.due_return", name="A", day="x"), date(2026, 12, 30)),
             DueItem("probation", say("lifecycle.due_return", name="B", day="x"), date(2026, 11, 1)),
             DueItem("probation", say("lifecycle.due_return", name="C", day="x"), date(2027, 3, 1))]
    kept = due_list(items, date(2027, 1, 19))
    assert [i.due_on for i in kept] == [date(2026, 11, 1), date(2026, 12, 30)]
    assert kept[0].days_left(TODAY) == -19
