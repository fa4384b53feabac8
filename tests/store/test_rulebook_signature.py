"""A superior committee's signed rulebook: checked on import, refused if altered."""

from __future__ import annotations

import shutil

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.exchange.keys import fingerprint_of, public_pem_of
from desktop.services.errors import UserError
from desktop.services.rulebook_files import default_rulebook_path
from desktop.services.rulebooks import RulebookService


@pytest.fixture
def signed_rulebook(tmp_path):
    path = tmp_path / "bo-tieu-chi-phuong.toml"
    shutil.copy(default_rulebook_path(), path)
    key = Ed25519PrivateKey.generate()
    path.with_name(path.name + ".sig").write_bytes(key.sign(path.read_bytes()))
    (tmp_path / "signer.pem").write_text(public_pem_of(key.public_key()), encoding="ascii")
    return path, fingerprint_of(key.public_key())


def test_a_valid_signature_is_recorded_with_its_fingerprint(db, signed_rulebook, clock):
    path, fingerprint = signed_rulebook
    info, _ = RulebookService(db, clock=clock).import_file(path)
    assert info.signature_checked and info.signer_fingerprint == fingerprint


def test_an_altered_rulebook_is_refused(db, signed_rulebook, clock):
    path, _ = signed_rulebook
    path.write_bytes(path.read_bytes() + "\n# một dòng thêm sau khi ký\n".encode())
    with pytest.raises(UserError, match="không khớp"):
        RulebookService(db, clock=clock).import_file(path)


def test_a_signature_without_its_key_is_named(db, signed_rulebook, tmp_path, clock):
    path, _ = signed_rulebook
    (tmp_path / "signer.pem").unlink()
    with pytest.raises(UserError, match="thiếu khóa công khai"):
        RulebookService(db, clock=clock).import_file(path)


def test_an_unsigned_rulebook_imports_as_unchecked(db, tmp_path, clock):
    path = tmp_path / "khong-ky.toml"
    shutil.copy(default_rulebook_path(), path)
    info, _ = RulebookService(db, clock=clock).import_file(path)
    assert not info.signature_checked and info.signer_fingerprint is None
