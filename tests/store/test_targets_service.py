"""The year's targets (component 1.2) and admission target (4.5): entry, validation naming the
row and field, one-transaction save of the screen's table, refusal for a locked year, and the
evaluation following the entries."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from desktop.services.changes import Changed
from desktop.services.container import build_services
from desktop.services.errors import UserError
from desktop.services.targets import TargetDraft, TargetRow
from desktop.store.database import unit_of_work
from desktop.store.models import YearSetting

YEAR = 2025


def _component(services, code):
    report = services.evaluation.evaluate(YEAR, as_of=date(2026, 2, 1))
    return next(c for crit in report.result.criteria for c in crit.components if c.code == code)


def test_targets_feed_component_1_2(db, meetings_branch, clock):
    sv = build_services(db, clock)
    a, notice = sv.targets.add(YEAR, TargetDraft("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", 95, 96.5, "%"))
    assert notice.touches(Changed.EVALUATION)
    b, _ = sv.targets.add(YEAR, TargetDraft("Hộ nghèo được hỗ trợ thoát nghèo", 2, 1, "hộ"))
    c, _ = sv.targets.add(YEAR, TargetDraft("Buổi ra quân vệ sinh môi trường", 12, None, "buổi"))
    assert [t.position for t in sv.targets.targets(YEAR)] == [1, 2, 3]
    assert (a.met, b.met, c.met) == (True, False, False)
    # 1 met of 3: 10 × 1/3 = 3.33, rounded to 0.5 → 3.5 points.
    assert _component(sv, "1.2").score == 3.5
    sv.targets.set_achieved(b.id, 2)
    sv.targets.set_achieved(c.id, 14)
    # 3 of 3 met: 10 points.
    assert _component(sv, "1.2").score == 10
    assert "Hộ nghèo" in " ".join(t.title for t in sv.targets.targets(YEAR) if t.met)


def test_admission_target_feeds_component_4_5(db, meetings_branch, clock):
    sv = build_services(db, clock)
    # Two probationary members were admitted on 1/10/2025 (see the fixture).
    sv.targets.set_admission_target(YEAR, 4)
    assert sv.targets.admission_target(YEAR) == 4
    # 2 admitted of 4: 4 points × 0.5 = 2.
    assert _component(sv, "4.5").score == 2
    sv.targets.set_admission_target(YEAR, 2)
    assert _component(sv, "4.5").score == 4


def test_bad_input_names_the_row_and_field_and_writes_nothing(db, meetings_branch, clock):
    sv = build_services(db, clock)
    kept, _ = sv.targets.add(YEAR, TargetDraft("Thu quỹ khu dân cư", 100, 100, "%"))
    rows = [TargetRow(kept.id, TargetDraft("Thu quỹ khu dân cư", 100, 98, "%")),
            TargetRow(None, TargetDraft("Kết nạp đảng viên mới", -2, None, "người"))]
    with pytest.raises(UserError) as err:
        sv.targets.save_year(YEAR, rows, 2)
    assert err.value.message == "Chỉ tiêu năm 2025, dòng 2: giá trị kế hoạch phải là số không âm, đang là -2."
    assert err.value.field == "planned"
    with pytest.raises(UserError) as err:
        sv.targets.save_year(YEAR, [TargetRow(None, TargetDraft("  ", 1))], None)
    assert err.value.message == "Chỉ tiêu năm 2025, dòng 1: tên chỉ tiêu không được để trống."
    with pytest.raises(UserError, match="phải là số không âm, đang là -1"):
        sv.targets.save_year(YEAR, [], -1)
    # Nothing was half-written: the first row keeps its achieved value.
    assert [(t.title, t.achieved) for t in sv.targets.targets(YEAR)] == [("Thu quỹ khu dân cư", 100.0)]
    assert sv.targets.admission_target(YEAR) is None


def test_save_year_updates_adds_removes_and_orders(db, meetings_branch, clock):
    sv = build_services(db, clock)
    first, _ = sv.targets.add(YEAR, TargetDraft("Chỉ tiêu A", 1, 1))
    gone, _ = sv.targets.add(YEAR, TargetDraft("Chỉ tiêu B", 2, 2))
    decomposed = "Gia đình văn hoá"  # NFD input is stored as NFC
    import unicodedata
    notice = sv.targets.save_year(YEAR, [
        TargetRow(None, TargetDraft(unicodedata.normalize("NFD", decomposed), 95, 97, "%")),
        TargetRow(first.id, TargetDraft("Chỉ tiêu A (sửa)", 3, 2, "lần")),
    ], 3)
    assert notice.touches(Changed.EVALUATION)
    rows = sv.targets.targets(YEAR)
    assert [(t.position, t.title, t.unit, t.planned, t.achieved) for t in rows] == [
        (1, unicodedata.normalize("NFC", decomposed), "%", 95.0, 97.0),
        (2, "Chỉ tiêu A (sửa)", "lần", 3.0, 2.0),
    ]
    assert gone.id not in {t.id for t in rows}
    assert sv.targets.admission_target(YEAR) == 3
    assert sv.targets.targets(YEAR + 1) == ()


def test_refused_for_a_locked_year(db, meetings_branch, clock):
    sv = build_services(db, clock)
    target, _ = sv.targets.add(YEAR, TargetDraft("Chỉ tiêu A", 1, 1))
    with unit_of_work(db) as s:
        s.merge(YearSetting(year=YEAR, locked_at=datetime(2026, 1, 20, tzinfo=timezone.utc)))
    attempts = (
        lambda: sv.targets.add(YEAR, TargetDraft("Chỉ tiêu mới", 1)),
        lambda: sv.targets.set_achieved(target.id, 0),
        lambda: sv.targets.update(target.id, TargetDraft("Đổi tên", 1)),
        lambda: sv.targets.remove(target.id),
        lambda: sv.targets.set_admission_target(YEAR, 1),
        lambda: sv.targets.save_year(YEAR, [], None),
    )
    for attempt in attempts:
        with pytest.raises(UserError, match="Năm 2025 đã khóa"):
            attempt()
    assert [(t.title, t.achieved) for t in sv.targets.targets(YEAR)] == [("Chỉ tiêu A", 1.0)]
