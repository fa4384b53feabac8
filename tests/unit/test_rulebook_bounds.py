"""Rulebook numbers are finite and bounded, lists are bounded, and no dict, however hostile,
makes the parser raise anything but RulebookInvalid (issue 14)."""

from __future__ import annotations

import copy
import math
import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.rulebook import RulebookInvalid, parse_rulebook
from desktop.domain.rulebook_parts import MAX_COMPONENTS, MAX_CRITERIA
from desktop.paths import resource_path


def sample() -> dict:
    with open(resource_path("rulebooks", "chi_bo_4_tot_mau.toml"), "rb") as fh:
        return tomllib.load(fh)


def problems(data: dict) -> dict[str, str]:
    with pytest.raises(RulebookInvalid) as caught:
        parse_rulebook(data)
    return {p.path: p.message for p in caught.value.problems}


@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_a_non_finite_maximum_is_refused_with_its_key(value):
    data = sample()
    data["criteria"][0]["components"][0]["max"] = value
    found = problems(data)
    assert found == {"criteria[0].components[0].max":
                     f"phải là một số hữu hạn trong khoảng 0–100, không phải «{value}»"}


@pytest.mark.parametrize(("where", "key", "value", "expected"), [
    (("criteria", 0, "components", 0), "max", 1e308, "criteria[0].components[0].max"),
    (("criteria", 0, "components", 0), "max", 10**400, "criteria[0].components[0].max"),
    (("pass_rule",), "threshold", math.nan, "pass_rule.threshold"),
    (("meeting_thresholds",), "min_duration_minutes", 1e308, "meeting_thresholds.min_duration_minutes"),
    (("meeting_thresholds",), "max_consecutive_absences", math.inf, "meeting_thresholds.max_consecutive_absences"),
    (("rating",), "excellent_min_tasks_exceeded_pct", math.nan, "rating.excellent_min_tasks_exceeded_pct"),
    (("rating",), "excellent_cap_pct_of_good", 1e308, "rating.excellent_cap_pct_of_good"),
    (("meeting_quality", "bands"), "good", math.inf, "meeting_quality.bands.good"),
    (("criteria", 0), "number", 2**70, "criteria[0].number"),
])
def test_out_of_bounds_numbers_are_refused_naming_the_key(where, key, value, expected):
    data = sample()
    table = data
    for part in where:
        table = table.setdefault(part, {}) if isinstance(part, str) else table[part]
    table[key] = value
    found = problems(data)
    assert expected in found
    assert "khoảng" in found[expected]


def test_a_band_is_bounded_too():
    data = sample()
    band = data["criteria"][1]["components"][3]["auto"]["bands"][0]
    band["points"], band["min"] = math.nan, math.inf
    found = problems(data)
    assert set(found) >= {"criteria[1].components[3].auto.bands[0].points",
                          "criteria[1].components[3].auto.bands[0].min"}


def test_lists_are_bounded():
    data = sample()
    data["criteria"] = [copy.deepcopy(data["criteria"][0]) for _ in range(MAX_CRITERIA + 1)]
    assert problems(data)["criteria"] == f"nhiều nhất {MAX_CRITERIA} mục, đang có {MAX_CRITERIA + 1}"
    data = sample()
    data["criteria"][0]["components"] *= MAX_COMPONENTS  # 4 × 50: also duplicate codes
    assert "nhiều nhất 50 mục" in problems(data)["criteria[0].components"]


def test_a_total_beyond_any_real_rulebook_is_refused():
    data = sample()
    for component in data["criteria"][0]["components"]:
        component["max"] = 100
    data["criteria"] = [dict(data["criteria"][0], number=n) for n in range(1, 12)]
    assert problems(data)["criteria"] == "tổng điểm 4400 vượt giới hạn 1000 điểm"


def test_the_sample_is_within_every_bound():
    assert parse_rulebook(sample()).total == 100


# Values a hostile TOML (or a hand-made dict) can hold where the rulebook expects anything.
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


def _paths(value, prefix=()):
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*prefix, key)
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield (*prefix, i)
            yield from _paths(child, (*prefix, i))


SAMPLE_PATHS = list(_paths(sample()))


@settings(max_examples=400, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(SAMPLE_PATHS), _values), min_size=1, max_size=4))
def test_any_replaced_value_gives_a_verdict_never_a_crash(edits):
    data = sample()
    for path, value in edits:
        table = data
        try:
            for part in path[:-1]:
                table = table[part]
            table[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit replaced a parent
    try:
        parse_rulebook(data)
    except RulebookInvalid as exc:
        assert exc.problems and all(p.message for p in exc.problems)
