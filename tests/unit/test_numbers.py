"""Numbers as a Vietnamese reader writes them, the same in the window, the CLI and the PDFs."""

from __future__ import annotations

import pytest

from desktop.domain.numbers import (
    fraction,
    grouped,
    number,
    parse_number,
    percent,
    percent_value,
)


def test_decimal_comma_and_no_trailing_zeros():
    assert number(4.5) == "4,5"
    assert number(5.0) == "5" and number(5) == "5"
    assert number(2.25) == "2,25"
    assert number(1 / 3) == "0,33"
    assert number(24.499999999) == "24,5"  # float noise from sums of halves never shows
    assert number(-0.0001) == "0"
    assert number(96.125, places=1) == "96,1"


def test_percentages_from_a_ratio_or_a_value():
    assert percent(0.885) == "88,5%"
    assert percent(0.9) == "90%"
    assert percent(1) == "100%"
    assert percent(0.2083333) == "20,8%"
    assert percent_value(20.8) == "20,8%"
    assert percent_value(20) == "20%"


def test_fractions_and_thousands():
    assert fraction(24.5, 25) == "24,5/25"
    assert fraction(3, 4) == "3/4"
    assert grouped(1234567) == "1.234.567"
    assert grouped(999) == "999"


def test_typed_numbers_take_a_comma_or_a_dot():
    assert parse_number("96,5") == 96.5 and parse_number("96.5") == 96.5
    assert parse_number(" 12 ") == 12 and parse_number("") is None
    with pytest.raises(ValueError):
        parse_number("mười hai")
