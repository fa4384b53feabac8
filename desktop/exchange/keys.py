"""Ed25519 keys: the private half exists on disk only encrypted with a passphrase."""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from desktop.exchange import key_encryption
from desktop.wording import Text, say

# A passphrase guessed offline against a stolen key file must be long: 12 characters, or 4
# words (a sentence is easier to remember than a jumble and as hard to guess).
MIN_PASSPHRASE_LENGTH = 12
MIN_PASSPHRASE_WORDS = 4


class KeyProblem(Exception):
    """A key that cannot be used; `reason` is a code, `message` the sentence saying so."""

    def __init__(self, reason: str, message: Text):
        self.reason = reason
        self.message = message
        super().__init__(str(message))


@dataclass(frozen=True)
class KeyPair:
    public_pem: str
    encrypted_private_pem: bytes
    fingerprint: str


def fingerprint_of(public_key: Ed25519PublicKey) -> str:
    """16 base32 characters in groups of 4, e.g. "K7QH-2M4P-ZX9A-B3TD": easy to read aloud
    (base32 has no 0/1/8/9 to confuse with O/I/B/g). 80 bits of SHA-256 of the raw key."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    text = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:16]
    return "-".join(text[i : i + 4] for i in range(0, 16, 4))


def public_pem_of(public_key: Ed25519PublicKey) -> str:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def check_passphrase(passphrase: str) -> None:
    stripped = passphrase.strip()
    if len(stripped) < MIN_PASSPHRASE_LENGTH and len(stripped.split()) < MIN_PASSPHRASE_WORDS:
        raise KeyProblem("weak_passphrase", str(say(
            "signing_key.weak_passphrase", length=MIN_PASSPHRASE_LENGTH, words=MIN_PASSPHRASE_WORDS)))


def generate_key_pair(passphrase: str) -> KeyPair:
    check_passphrase(passphrase)
    private = Ed25519PrivateKey.generate()
    encrypted = encrypt_private_key(private, passphrase)
    public = private.public_key()
    return KeyPair(public_pem_of(public), encrypted, fingerprint_of(public))


def encrypt_private_key(private: Ed25519PrivateKey, passphrase: str) -> bytes:
    """The key as stored and backed up: scrypt + AES-256-GCM (see key_encryption)."""
    return key_encryption.encrypt(private, passphrase)


def needs_stronger_encryption(encrypted_pem: bytes) -> bool:
    """A key written before scrypt (PKCS#8 with PBKDF2): write it again once it is unlocked."""
    return not key_encryption.is_scrypt(encrypted_pem)


def unlock_private_key(encrypted_pem: bytes, passphrase: str) -> Ed25519PrivateKey:
    wrong = KeyProblem("wrong_passphrase", say("signing_key.wrong_passphrase"))
    try:
        if key_encryption.is_scrypt(encrypted_pem):
            key = key_encryption.decrypt(encrypted_pem, passphrase)
        else:  # PKCS#8 with PBKDF2, as keys were written before
            key = serialization.load_pem_private_key(encrypted_pem, passphrase.encode("utf-8"))
    except key_encryption.WrongPassphrase as exc:
        raise wrong from exc
    except (ValueError, TypeError) as exc:
        raise wrong from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem("not_ed25519", say("signing_key.not_ed25519"))
    return key


def load_public_pem(pem: bytes | str) -> Ed25519PublicKey:
    data = pem.encode("ascii") if isinstance(pem, str) else pem
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise KeyProblem("bad_public_key", say("signing_key.bad_public_key")) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise KeyProblem("not_ed25519", say("signing_key.public_not_ed25519"))
    return key


def verify_signature(public_key: Ed25519PublicKey, signature: bytes, data: bytes) -> bool:
    try:
        public_key.verify(signature, data)
    except InvalidSignature:
        return False
    return True
