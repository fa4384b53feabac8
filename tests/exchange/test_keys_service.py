"""The branch key: encrypted at rest, replaced by a new secretary's key, old ones kept."""

from __future__ import annotations

from datetime import datetime

import pytest
from cryptography.hazmat.primitives import serialization

from desktop.clock import Clock
from desktop.services.errors import UserError
from desktop.services.keys import KeyService


def test_key_is_stored_encrypted_and_unlocks_with_its_passphrase(db, tmp_path, clock):
    keys = KeyService(db, clock=clock)
    info, _ = keys.create_key("mật khẩu đủ dài", "Nguyễn Văn An")
    assert info.active and len(info.fingerprint) == 19
    backup = keys.backup_private_key(tmp_path / "khoa.pem")
    assert backup.read_bytes().startswith(b"-----BEGIN CHIBO ENCRYPTED PRIVATE KEY-----\n")
    with pytest.raises(ValueError):  # not a key any tool opens without the passphrase
        serialization.load_pem_private_key(backup.read_bytes(), None)
    _, private = keys.unlock("mật khẩu đủ dài")
    assert private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode() == info.public_pem


def test_wrong_or_short_passphrase_gives_a_clear_message(db, clock):
    keys = KeyService(db, clock=clock)
    with pytest.raises(UserError, match="ít nhất 12 ký tự, hoặc ít nhất 4 từ"):
        keys.create_key("mật khẩu 7", "")
    keys.create_key("mật khẩu đủ dài", "")
    with pytest.raises(UserError, match="Mật khẩu không đúng"):
        keys.unlock("sai mật khẩu")


def test_a_new_key_retires_the_old_one_but_keeps_it(db):
    first_term = datetime(2025, 1, 10, 8, 0)
    handover = datetime(2026, 11, 18, 14, 30)
    old, _ = KeyService(db, clock=Clock.fixed(first_term)).create_key("mật khẩu thứ nhất", "Bí thư cũ")
    keys = KeyService(db, clock=Clock.fixed(handover))
    new, _ = keys.create_key("mật khẩu thứ hai", "Bí thư mới")
    listed = keys.keys()
    assert [k.fingerprint for k in listed] == [old.fingerprint, new.fingerprint]
    assert [k.active for k in listed] == [False, True]
    # The registration form is dated the day a key was made; the old key was retired then.
    assert listed[0].created_at == Clock.fixed(first_term).utcnow()
    assert listed[0].retired_at == listed[1].created_at == Clock.fixed(handover).utcnow()
    assert keys.active_key().fingerprint == new.fingerprint
