"""A dues schedule file is refused with every problem named by file and key, in Vietnamese (and
English): a wrong type, a missing category, a negative rate, an unknown reference …"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.money import AmountError, format_dong, parse_amount
from desktop.domain.months import Month
from desktop.services.dues_schedule_files import (
    ScheduleFileError,
    load_schedule_file,
    read_schedule_bytes,
    shipped_schedules,
)

SAMPLE = shipped_schedules()[0]


def variant(tmp_path: Path, old: str, new: str, name: str = "muc-dong.toml") -> Path:
    text = SAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path: Path) -> dict[str, str]:
    with pytest.raises(ScheduleFileError) as err:
        load_schedule_file(path)
    return {p.path: p.render("vi") for p in err.value.problems}


def test_the_shipped_sample_is_valid():
    loaded = load_schedule_file(SAMPLE)
    assert loaded.schedule.first_month == Month(2026, 2) and len(loaded.sha256) == 64


def test_a_wrong_type_is_named_by_file_and_key(tmp_path):
    found = problems(variant(tmp_path, "rate_percent = 1.0", 'rate_percent = "1%"'))
    assert list(found) == ["categories[0].rate_percent"]
    text = found["categories[0].rate_percent"]
    assert text.startswith("muc-dong.toml, khóa «categories[0].rate_percent»:") and "'1%'" in text


def test_a_negative_rate_is_refused(tmp_path):
    found = problems(variant(tmp_path, "rate_percent = 0.5", "rate_percent = -0.5"))
    assert "không được âm" in found["categories[2].rate_percent"]


def test_a_missing_category_list_is_refused(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "khong-doi-tuong.toml"
    path.write_text(text[: text.index("[[categories]]")], encoding="utf-8")
    found = problems(path)
    assert "cần ít nhất một đối tượng" in found["categories"]


def test_a_category_missing_its_kind_and_an_unknown_reference(tmp_path):
    path = variant(tmp_path, 'reference = "regional_minimum_wage"', 'reference = "luong_vung"')
    found = problems(path)
    assert "không có mức tham chiếu «luong_vung»" in found["categories[4].reference"]
    path = variant(tmp_path, 'kind = "fixed"\namount = 5000', "amount = 5000", "thieu-loai.toml")
    assert "thiếu giá trị bắt buộc" in problems(path)["categories[3].kind"]


def test_infinite_and_fractional_amounts_are_refused(tmp_path):
    assert "hữu hạn" in problems(variant(tmp_path, "rate_percent = 1.0", "rate_percent = inf"))[
        "categories[0].rate_percent"]
    assert "số nguyên đồng" in problems(variant(tmp_path, "amount = 5000", "amount = 5000.5"))[
        "categories[3].amount"]


def test_every_problem_is_listed_at_once_and_in_english_too(tmp_path):
    path = variant(tmp_path, "removal_unpaid_months = 3", "removal_unpaid_months = 0\nextra = 1")
    with pytest.raises(ScheduleFileError) as err:
        load_schedule_file(path)
    assert len(err.value.problems) == 2
    english = err.value.render("en")
    assert "muc-dong.toml, key “owing" in english and "schedule" in english.lower()


def test_bad_toml_and_bad_bytes_name_the_file():
    with pytest.raises(ScheduleFileError, match="dòng 1"):
        read_schedule_bytes(b"[schedule\n", "hong.toml")
    with pytest.raises(ScheduleFileError, match="UTF-8"):
        read_schedule_bytes(b"\xff\xfe", "nhi-phan.toml")


def test_money_is_whole_dong_with_vietnamese_separators():
    assert format_dong(1_250_000) == "1.250.000 đ" and format_dong(None) == "—"
    assert parse_amount("62.000") == parse_amount("62000") == parse_amount("62 000 đ") == 62_000
    for text, reason in (("62,5", "not_integer"), ("-5000", "negative"), ("0", "zero"), ("", "empty"),
                         ("62.5", "not_integer"), ("2.000.000.000", "too_large")):
        with pytest.raises(AmountError) as err:
            parse_amount(text)
        assert err.value.reason == reason, text
