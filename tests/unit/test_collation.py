"""Vietnamese collation and diacritic-blind folding (DOMAIN.md §3)."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.collation import fold, name_sort_key, sort_key

VI_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
vi_text = st.text(
    alphabet=st.sampled_from(VI_LETTERS + VI_LETTERS.upper() + " -.0123456789fjwzéüç"),
    max_size=24,
)
any_text = st.text(max_size=16)


def test_alphabet_order_of_base_letters():
    letters = ["y", "x", "v", "ư", "u", "t", "s", "r", "q", "p", "ơ", "ô", "o", "n", "m",
               "l", "k", "i", "h", "g", "ê", "e", "đ", "d", "c", "b", "â", "ă", "a"]
    assert sorted(letters, key=sort_key) == list(reversed(letters))


def test_tones_follow_the_bare_letter_in_traditional_order():
    # ngang, huyền, sắc, hỏi, ngã, nặng; then a longer syllable "mác" after every "ma".
    expected = ["ma", "mà", "má", "mả", "mã", "mạ", "mác", "mai", "mắc", "mẹ", "mê"]
    assert sorted(reversed(expected), key=sort_key) == expected


def test_d_bar_after_d_and_not_by_code_point():
    # By code point "Đ" (U+0110) would come after "Z"-like letters; Vietnamese puts it after d.
    assert sorted(["Đào", "Dương", "Giang", "Dũng"], key=sort_key) == [
        "Dũng", "Dương", "Đào", "Giang"]


def test_syllable_tone_position_does_not_matter():
    # Old and new tone placement ("hoà" / "hòa") weigh the same; only the final tie differs.
    assert sort_key("hoà")[0] == sort_key("hòa")[0]


def test_names_sort_by_given_name_then_the_rest():
    names = ["Lê Thị Bình", "Trần Văn An", "Nguyễn Văn An", "Vũ Thị Ân",
             "Phạm Thị Ánh", "Hoàng Văn Đức", "Đỗ Đức Dũng", "Bùi Thị Ăn"]
    assert sorted(names, key=name_sort_key) == [
        "Nguyễn Văn An",  # An, family Nguyễn before Trần
        "Trần Văn An",
        "Phạm Thị Ánh",  # "anh" > "an": longer syllable after
        "Bùi Thị Ăn",  # ă after a
        "Vũ Thị Ân",  # â after ă
        "Lê Thị Bình",
        "Đỗ Đức Dũng",
        "Hoàng Văn Đức",  # đ after d
    ]


def test_fold_ignores_diacritics_case_and_spacing():
    assert fold("Nguyễn  Văn An") == "nguyen van an"
    assert fold("ĐẶNG Thị Ngọc Ánh") == "dang thi ngoc anh"
    assert "nguyen van an" in fold("Đ/c Nguyễn Văn An, bí thư")
    assert "nguyen van an" not in fold("Nguyễn Văn Anh Tuấn").replace("anh", "x")


@given(vi_text)
def test_nfc_and_nfd_give_the_same_keys(text):
    nfd = unicodedata.normalize("NFD", text)
    assert sort_key(nfd) == sort_key(text)
    assert name_sort_key(nfd) == name_sort_key(text)
    assert fold(nfd) == fold(text)


@given(vi_text, vi_text)
def test_equal_keys_only_for_equal_texts(a, b):
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    assert (sort_key(a) == sort_key(b)) == (nfc(a) == nfc(b))
    assert (name_sort_key(a) == name_sort_key(b)) == (nfc(a) == nfc(b))


@settings(max_examples=60)
@given(st.lists(any_text | vi_text, max_size=12))
def test_total_order_sorting_is_stable_under_permutation(texts):
    once = sorted(texts, key=sort_key)
    again = sorted(reversed(texts), key=sort_key)
    assert [sort_key(t) for t in once] == [sort_key(t) for t in again]
    keys = [sort_key(t) for t in once]
    assert all(k1 <= k2 for k1, k2 in zip(keys, keys[1:]))


@given(vi_text, vi_text, vi_text)
def test_order_is_transitive(a, b, c):
    ka, kb, kc = sorted([sort_key(a), sort_key(b), sort_key(c)])
    assert ka <= kb <= kc and ka <= kc


@given(any_text)
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    assert fold(fold(text)) == fold(text)


@given(vi_text)
def test_fold_of_vietnamese_is_plain_ascii(text):
    folded = fold(text)
    assert all(ord(ch) < 128 for ch in folded)
    assert folded == folded.lower()
