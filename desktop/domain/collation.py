"""Vietnamese text comparison: diacritic-blind search and Vietnamese collation (DOMAIN.md §3).

- ``fold(text)``: for search. "nguyen van an" matches "Nguyễn Văn An".
- ``sort_key(text)``: Vietnamese dictionary order. Syllable by syllable (words split on
  whitespace): first the letters, with the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r
  s t u ư v x y (the Latin letters f j w z take their Latin place), then the tone of the
  syllable in the order ngang, huyền, sắc, hỏi, ngã, nặng. So "ma" < "mà" < "má" < "mả" < "mã" <
  "mạ" < "mác" < "mai" < "mắc" < "mẹ". Lower case sorts before upper case, and the NFC text itself
  breaks the last ties, so two keys are equal only when the NFC texts are equal.
- ``name_sort_key(full_name)``: by the given name (the last word), then the rest in order:
  "Trần Văn An" before "Lê Thị Bình".

Pure functions: no Qt, no database.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold", "sort_key", "name_sort_key", "nfc"]

# Vietnamese alphabet with the foreign letters in their Latin places; a letter's primary
# weight is its position here.
_ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}

# Combining marks that make a different letter (kept in the primary level).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve ă, circumflex â ê ô, horn ơ ư
# Tone marks, weight in the traditional order; ngang (no mark) is 0.
_TONE_WEIGHT = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_FOREIGN_MARK_BASE = 6  # other accents (ü, ç…) sort after the Vietnamese tones

# Primary classes: punctuation before digits before letters before anything else.
_PUNCT, _DIGIT, _LETTER, _OTHER = 0, 1, 2, 3


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, diacritic-free, whitespace-collapsed form for searching."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


def _letter_units(word: str) -> list[tuple[str, str]]:
    """Split an NFD word into (base character, its combining marks)."""
    units: list[tuple[str, str]] = []
    for ch in word:
        if unicodedata.combining(ch) and units:
            base, marks = units[-1]
            units[-1] = (base, marks + ch)
        else:
            units.append((ch, ""))
    return units


def _primary(base: str, letter_marks: str) -> tuple[int, int]:
    lower = base.lower()
    if lower.isascii() and lower.isalpha() or lower == "đ":
        key = nfc(lower + "".join(sorted(letter_marks)))
        rank = _LETTER_RANK.get(key)
        if rank is None:  # e.g. "ê" written as e + breve: not a Vietnamese letter
            rank = _LETTER_RANK.get(lower, len(_ALPHABET))
            return (_LETTER, rank * 16 + 15)
        return (_LETTER, rank * 16)
    if base.isdigit():
        return (_DIGIT, unicodedata.digit(base, 0))
    if unicodedata.category(base).startswith(("P", "S")):
        return (_PUNCT, ord(base))
    return (_OTHER, ord(base.casefold()[0]) if base.casefold() else ord(base))


# Names share few words ("Nguyễn", "Văn", "Thị"…): a word's key is worked out once (~30 µs
# each; the 490 names of the due list took 110 ms, 8 ms with this). A pure function's memo.
@lru_cache(maxsize=8192)
def _word_key(word: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...]]:
    primary: list[tuple[int, int]] = []
    tones: list[int] = []
    for base, marks in _letter_units(unicodedata.normalize("NFD", word)):
        letter_marks = "".join(m for m in marks if m in _LETTER_MARKS)
        primary.append(_primary(base, letter_marks))
        for mark in marks:
            if mark in _TONE_WEIGHT:
                tones.append(_TONE_WEIGHT[mark])
            elif mark not in _LETTER_MARKS:
                tones.append(_FOREIGN_MARK_BASE + ord(mark))
    # The tone belongs to the syllable, not the letter: "hoà" and "hòa" weigh the same.
    return tuple(primary), tuple(tones)


def sort_key(text: str) -> tuple:
    """Key for ``sorted``: Vietnamese collation, independent of NFC/NFD input."""
    text = nfc(text)
    words = tuple(_word_key(w) for w in text.split())
    case = tuple(1 if ch.isupper() else 0 for ch in text if not ch.isspace())
    return (words, case, text)


def name_sort_key(full_name: str) -> tuple:
    """Given name (last word) first, then the family and middle names in their order."""
    words = nfc(full_name).split()
    if not words:
        return (sort_key(""), sort_key(""), sort_key(full_name))
    return (sort_key(words[-1]), sort_key(" ".join(words[:-1])), sort_key(full_name))
