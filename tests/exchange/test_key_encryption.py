"""The private key at rest: scrypt (N = 2¹⁷, r = 8, p = 1) and AES-256-GCM; passphrases of 12
characters or 4 words; keys of the older PKCS#8/PBKDF2 form still open and are written again in
the stronger form on their next unlock (issue 14)."""

from __future__ import annotations

import base64
import unicodedata

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from desktop.exchange import key_encryption
from desktop.exchange.keys import (
    KeyProblem,
    check_passphrase,
    fingerprint_of,
    needs_stronger_encryption,
    public_pem_of,
    unlock_private_key,
)
from desktop.services.errors import UserError
from desktop.services.keys import KeyService
from desktop.store.database import unit_of_work
from desktop.store.models import SigningKey
from tests.suite_day import SUITE_CLOCK

PASSPHRASE = "Chi bộ Tổ dân phố số 7 họp ngày mùng 5"


def _body(pem: bytes) -> bytes:
    return base64.b64decode(b"".join(pem.splitlines()[1:-1]))


def test_the_stored_key_names_its_memory_hard_cost():
    private = Ed25519PrivateKey.generate()
    pem = key_encryption.encrypt(private, PASSPHRASE)
    body = _body(pem)
    assert body[:4] == b"CBK1" and (body[4], body[5], body[6]) == (17, 8, 1)  # N = 2¹⁷, r, p
    opened = unlock_private_key(pem, PASSPHRASE)
    assert fingerprint_of(opened.public_key()) == fingerprint_of(private.public_key())


def test_a_lowered_cost_or_a_changed_byte_does_not_open():
    pem = key_encryption.encrypt(Ed25519PrivateKey.generate(), PASSPHRASE)
    body = bytearray(_body(pem))
    body[4] = 10  # N = 2¹⁰: the header is authenticated, so the tag fails
    cheaper = (b"-----BEGIN CHIBO ENCRYPTED PRIVATE KEY-----\n" + base64.encodebytes(bytes(body))
               + b"-----END CHIBO ENCRYPTED PRIVATE KEY-----\n")
    with pytest.raises(KeyProblem) as refused:
        unlock_private_key(cheaper, PASSPHRASE)
    assert refused.value.reason == "wrong_passphrase"
    body[4] = 40  # a crafted cost is refused before any work is done
    with pytest.raises(ValueError):
        key_encryption.decrypt(b"-----BEGIN CHIBO ENCRYPTED PRIVATE KEY-----\n" + base64.encodebytes(bytes(body))
                               + b"-----END CHIBO ENCRYPTED PRIVATE KEY-----\n", PASSPHRASE)


def test_the_passphrase_is_read_as_nfc():
    pem = key_encryption.encrypt(Ed25519PrivateKey.generate(), PASSPHRASE)
    assert unlock_private_key(pem, unicodedata.normalize("NFD", PASSPHRASE))


@pytest.mark.parametrize(("passphrase", "strong"), [
    ("matkhauchibo", True),  # 12 characters
    ("an bé cá đỏ", True),  # 11 characters but 4 words
    ("mật khẩu 7", False),  # 10 characters, 3 words
    ("12345678901", False),
    ("   mật   khẩu   ", False),  # spaces do not count
])
def test_twelve_characters_or_four_words(passphrase, strong):
    if strong:
        check_passphrase(passphrase)
    else:
        with pytest.raises(KeyProblem, match="ít nhất 12 ký tự, hoặc ít nhất 4 từ"):
            check_passphrase(passphrase)


def test_an_older_key_opens_and_is_written_again_in_the_stronger_form(db):
    keys = KeyService(db, clock=SUITE_CLOCK)
    info, _ = keys.create_key(PASSPHRASE, "Nguyễn Hữu Quỳnh")
    old = Ed25519PrivateKey.generate()
    legacy = old.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                               serialization.BestAvailableEncryption(PASSPHRASE.encode("utf-8")))
    with unit_of_work(db) as s:  # the key as an earlier version stored it
        row = s.scalars(select(SigningKey)).one()
        row.encrypted_private_pem, row.fingerprint = legacy, fingerprint_of(old.public_key())
        row.public_pem = public_pem_of(old.public_key())
    with pytest.raises(UserError, match="Mật khẩu không đúng"):
        keys.unlock("một mật khẩu khác hẳn")
    with unit_of_work(db) as s:
        assert s.scalars(select(SigningKey)).one().encrypted_private_pem == legacy  # untouched
    _, private = keys.unlock(PASSPHRASE)
    assert fingerprint_of(private.public_key()) == fingerprint_of(old.public_key())
    with unit_of_work(db) as s:
        stored = s.scalars(select(SigningKey)).one().encrypted_private_pem
    assert needs_stronger_encryption(legacy) and not needs_stronger_encryption(stored)
    assert _body(stored)[4] == 17
    _, again = keys.unlock(PASSPHRASE)  # the rewritten key opens with the same passphrase
    assert fingerprint_of(again.public_key()) == fingerprint_of(old.public_key())
    assert info.id == keys.active_key().id
