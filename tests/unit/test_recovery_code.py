"""The recovery code: the file key written for people, read back forgivingly, checked."""

from __future__ import annotations

import pytest

from desktop.exchange.recovery_code import LENGTH, BadRecoveryCode, decode, encode, lines

KEY = bytes.fromhex("9f1c2e7a44b0d3e85a6c71f20e9b4d3386a5c1f07e2b9d4460f3a8c2d1e5b7f9")


def test_a_key_becomes_14_groups_of_4_and_back():
    code = encode(KEY)
    groups = code.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups) and LENGTH == 56
    assert set("".join(groups)) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert decode(code) == KEY
    assert lines(code) == ["  ".join(groups[:7]), "  ".join(groups[7:])]


def test_typed_back_case_spaces_dashes_and_lookalike_digits_do_not_matter():
    code = encode(KEY)
    typed = code.lower().replace("-", " ").replace("o", "0").replace("i", "1").replace("b", "8")
    assert decode(typed) == KEY
    assert decode("\n".join(lines(code))) == KEY


@pytest.mark.parametrize("change, reason", [
    (lambda c: c[:-5], "length"),
    (lambda c: c[:5] + "!" + c[6:], "characters"),
    (lambda c: c[:5] + ("A" if c[5] != "A" else "C") + c[6:], "checksum"),
    (lambda c: "-".join([c.split("-")[1], c.split("-")[0], *c.split("-")[2:]]), "checksum"),
])
def test_a_mistyped_code_says_what_is_wrong(change, reason):
    code = encode(KEY)
    with pytest.raises(BadRecoveryCode) as caught:
        decode(change(code))
    assert caught.value.reason == reason


def test_only_a_32_byte_key_has_a_code():
    with pytest.raises(ValueError):
        encode(KEY[:16])
