"""The recovery code of an encrypted data file: its 32-byte key, written for people.

    RFC 4648 base32 of key | 3 check bytes  →  56 characters in 14 groups of 4
    e.g. "K7QH-2M4P-ZX9A-…"

The same alphabet as the signing key's fingerprint (no 0/1/8/9 to confuse with O/I/B/g). When
the code is typed back, case, spaces and dashes do not matter, and the digits 0, 1 and 8 are
read as O, I and B. The 24 check bits (SHA-256 of the key) catch a mistyped or swapped group
before the code is tried on the file.
"""

from __future__ import annotations

import base64
import hashlib

KEY_BYTES = 32
CHECK_BYTES = 3
GROUP = 4
LENGTH = (KEY_BYTES + CHECK_BYTES) * 8 // 5  # 56 characters, no padding
_DOMAIN = b"chibo recovery code v1"
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class BadRecoveryCode(ValueError):
    """`reason`: "length" (not 56 letters and digits), "characters" (outside the alphabet) or
    "checksum" (a group mistyped)."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def _check(key: bytes) -> bytes:
    return hashlib.sha256(_DOMAIN + key).digest()[:CHECK_BYTES]


def encode(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("a file key is 32 bytes")
    text = base64.b32encode(bytes(key) + _check(bytes(key))).decode("ascii")
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def decode(code: str) -> bytes:
    """The key a typed code stands for; BadRecoveryCode says what is wrong with it."""
    text = "".join(ch for ch in code.upper() if not ch.isspace() and ch != "-").translate(_LOOKALIKES)
    if len(text) != LENGTH:
        raise BadRecoveryCode("length")
    try:
        raw = base64.b32decode(text)
    except ValueError as exc:
        raise BadRecoveryCode("characters") from exc
    key, check = raw[:KEY_BYTES], raw[KEY_BYTES:]
    if _check(key) != check:
        raise BadRecoveryCode("checksum")
    return key


def lines(code: str, groups_per_line: int = 7) -> list[str]:
    """The code in lines of `groups_per_line` groups, as printed and shown."""
    groups = code.split("-")
    return ["  ".join(groups[i:i + groups_per_line]) for i in range(0, len(groups), groups_per_line)]
