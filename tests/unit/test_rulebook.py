"""Rulebook parsing and validation (pure: from a dict), and the scoring rules."""

from __future__ import annotations

import copy
import tomllib

import pytest

from desktop.domain.indicators import RuleKind, ScoringRule, round_to_step, score
from desktop.domain.rulebook import PassRule, RulebookInvalid, parse_rulebook
from desktop.paths import resource_path


def raw_sample() -> dict:
    with open(resource_path("rulebooks", "chi_bo_4_tot_mau.toml"), "rb") as fh:
        return tomllib.load(fh)


def problems(data: dict) -> dict[str, str]:
    with pytest.raises(RulebookInvalid) as caught:
        parse_rulebook(data)
    return {p.path: p.message for p in caught.value.problems}


def test_sample_is_domain_md_tables():
    rb = parse_rulebook(raw_sample())
    assert rb.sample and rb.verdict == "Chi bộ 4 tốt"
    assert [c.number for c in rb.criteria] == [1, 2, 3, 4]
    assert [c.max for c in rb.criteria] == [25, 25, 25, 25]
    assert [c.code for c in rb.components] == [
        "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
        "3.1", "3.2", "3.3", "4.1", "4.2", "4.3", "4.4", "4.5"]
    assert rb.pass_rule is PassRule.EACH_COMPONENT and rb.threshold == 0.9
    assert rb.component("2.4").auto.rule.bands == ((0.95, 5), (0.90, 4), (0.85, 3))
    assert rb.component("1.1").kind == "manual"
    assert rb.vetoes[0].criterion == 3
    # §5 and §7 thresholds reach the other engineers' parameter objects.
    assert rb.attendance_rules().min_rate == 0.85 and rb.attendance_rules().max_consecutive_absences == 3
    assert rb.quality_rules().min_minutes_combined == 120 and rb.quality_rules().good_threshold == 90
    assert rb.rating_rules().excellent_cap_pct_of_good == 20


def test_every_problem_is_listed_with_its_key_path():
    data = raw_sample()
    data["rulebook"]["issuer"] = " "
    data["pass_rule"]["threshold"] = 1.2
    comp = data["criteria"][1]["components"][3]
    comp["auto"]["bands"][0]["points"] = 7  # above the component's maximum of 5
    data["criteria"][0]["components"][1]["auto"]["indicator"] = "tagrets_met"
    data["criteria"][2]["components"][2]["auto"]["rule"] = "share"  # a count cannot be shared
    data["criteria"][3]["components"][0]["code"] = "1.1"
    data["vetoes"][0]["criterion"] = 7
    found = problems(data)
    assert found["rulebook.issuer"] == "không được để trống"
    assert "không quá 1" in found["pass_rule.threshold"]
    assert "vượt điểm tối đa 5" in found["criteria[1].components[3].auto.bands[0].points"]
    assert "«tagrets_met» không có" in found["criteria[0].components[1].auto.indicator"]
    assert "cần chỉ số tỷ lệ" in found["criteria[2].components[2].auto.rule"]
    assert "bị trùng" in found["criteria[3].components[0].code"]
    assert "không có tiêu chí số 7" in found["vetoes[0].criterion"]
    assert len(found) == 7


def test_component_needs_exactly_one_way_of_scoring():
    data = raw_sample()
    comp = data["criteria"][0]["components"][0]
    del comp["manual"]
    assert "thiếu cách chấm" in problems(copy.deepcopy(data))["criteria[0].components[0]"]
    comp["manual"] = True
    comp["auto"] = {"indicator": "targets_met", "rule": "share"}
    assert "chỉ chọn một" in problems(data)["criteria[0].components[0]"]


def test_bands_must_not_pay_less_for_more():
    data = raw_sample()
    data["criteria"][1]["components"][3]["auto"]["bands"] = [{"min": 0.95, "points": 3}, {"min": 0.9, "points": 4}]
    assert "ít hơn mức thấp hơn" in problems(data)["criteria[1].components[3].auto.bands"]


def test_any_number_of_criteria():
    data = raw_sample()
    data["criteria"] = data["criteria"][:2]
    data["vetoes"] = []
    assert len(parse_rulebook(data).criteria) == 2


@pytest.mark.parametrize(
    ("x", "expected"), [(4.583, 4.5), (2.75, 3.0), (3.33, 3.5), (3.2, 3.0), (4.5, 4.5), (0.24, 0.0)]
)
def test_round_to_half(x, expected):
    assert round_to_step(x) == expected


def test_scoring_rules():
    share = ScoringRule(RuleKind.SHARE)
    assert score(share, 5, 11 / 12) == 4.5  # 4.583 → 4.5
    assert score(share, 5, 1.4) == 5  # never above the maximum
    assert score(ScoringRule(RuleKind.CAPPED_RATIO), 4, 3 / 2) == 4
    assert score(ScoringRule(RuleKind.CAPPED_RATIO), 4, 1 / 3) == 1.5  # 1.33 → 1.5
    bands = ScoringRule(RuleKind.BANDS, ((0.95, 5), (0.9, 4), (0.85, 3)))
    assert [score(bands, 5, v) for v in (0.96, 0.95, 0.92, 0.85, 0.849)] == [5, 5, 4, 3, 0]
    zero = ScoringRule(RuleKind.ZERO_TOLERANCE)
    assert (score(zero, 10, 0), score(zero, 10, 1)) == (10, 0)


def test_documents_lines_and_days_come_from_the_rulebook():
    rules = parse_rulebook(raw_sample()).quality_rules()
    assert (rules.documents.sent_days_before, rules.documents.posted_within_days) == (1, 2)
    assert rules.max_of("documents_sent") == 5 and rules.max_of("documents_posted") == 2
    assert sum(i.max_points for i in rules.items) == 100
    assert "documents_sent" not in {i.code for i in rules.ticked_items}  # computed, not ticked
    data = raw_sample()
    data["meeting_quality"]["documents_posted_within_days"] = 3
    assert parse_rulebook(data).quality_rules().documents.posted_within_days == 3
    data["meeting_quality"]["documents_sent_days_before"] = 400
    assert "meeting_quality.documents_sent_days_before" in problems(data)
    data = raw_sample()
    data["meeting_quality"]["items"][0]["code"] = "documents_sent_typo"
    data["meeting_quality"]["items"][0]["source"] = "auto"
    assert "meeting_quality.items[0].source" in problems(data)
