"""Where the rulebook has a dues item, the evaluation reads the dues book: the member at the
removal threshold is named in the evidence, and the criterion is short of it."""

from __future__ import annotations

from datetime import date

from desktop.clock import Clock
from desktop.services.dues import DuesService
from desktop.services.evaluation import EvaluationService
from desktop.services.rulebook_files import default_rulebook_path
from desktop.services.rulebooks import RulebookService
from dues_data import an_pays_binh_stops_after_august

AS_OF = date(2026, 12, 20)


def _rulebook_with_dues() -> bytes:
    text = default_rulebook_path().read_text(encoding="utf-8")
    text = text.replace('name = "Bộ tiêu chí «Chi bộ 4 tốt» (mẫu)"', 'name = "Bộ tiêu chí có đảng phí"')
    text = text.replace('code = "4.4"\ntitle = "Đảng viên gương mẫu, nói đi đôi với làm"\nmax = 4\nmanual = true',
                        'code = "4.4"\ntitle = "Đảng viên đóng đảng phí đầy đủ"\nmax = 4\n'
                        'auto = { indicator = "members_dues_unpaid_to_removal", rule = "zero_tolerance" }')
    assert "members_dues_unpaid_to_removal" in text
    return text.encode("utf-8")


def test_the_member_at_the_removal_threshold_is_the_evaluations_evidence(db, meetings_branch):
    info, _ = RulebookService(db, clock=Clock.fixed(AS_OF)).import_bytes(_rulebook_with_dues(), "co-dang-phi.toml")
    RulebookService(db, clock=Clock.fixed(AS_OF)).pin_year(2026, info.id)
    dues = DuesService(db, clock=Clock.fixed(AS_OF))
    an, binh = an_pays_binh_stops_after_august(dues, meetings_branch)
    report = EvaluationService(db, clock=Clock.fixed(AS_OF)).evaluate(2026, AS_OF)
    component = next(c for crit in report.result.criteria for c in crit.components if c.code == "4.4")
    assert component.indicator == "members_dues_unpaid_to_removal" and component.score == 0
    assert component.measure.missing == ("Lê Thị Bình (tháng 09/2026, 10/2026, 11/2026)",)
    assert [e.member_id for e in component.measure.evidence] == [binh]
    assert "Lê Thị Bình" in component.missing and "xóa tên" in component.missing
    dues.set_reason(binh, "2026-10", "Nằm viện cả tháng")
    report = EvaluationService(db, clock=Clock.fixed(AS_OF)).evaluate(2026, AS_OF)
    component = next(c for crit in report.result.criteria for c in crit.components if c.code == "4.4")
    assert component.score == 4 and component.missing is None


def test_without_a_dues_item_the_dues_book_is_not_read(db, meetings_branch, monkeypatch):
    import desktop.services.evaluation_load as load

    def never(*_args):
        raise AssertionError("the sample rulebook has no dues item: the book is not read")

    monkeypatch.setattr(load, "dues_year_fact_in", never)
    report = EvaluationService(db, clock=Clock.fixed(AS_OF)).evaluate(2026, AS_OF)
    assert report.result.criteria
