"""Encrypted data files for the tests: made once per test session with the real key derivation
(scrypt, ~0.4 s each), then copied byte for byte into each test's folder (a closed file)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from safety_data import PEOPLE, add_meeting, add_members

from desktop.services.branch import BranchProfile, BranchService
from desktop.services.file_secrets import FileSecret, open_data_file, recovery_code_of

PASSPHRASE = "cây đa giếng nước sân đình"
NEW_PASSPHRASE = "trống đồng Đông Sơn năm xưa"
NAMES = tuple(name for name, *_ in PEOPLE)  # never to be found in an encrypted file's bytes
PROFILE = BranchProfile("Chi bộ Tổ dân phố số 5", "TDP05", "Đảng ủy phường Kim Mã", "Phường Kim Mã",
                        date(2025, 8, 1), date(2030, 7, 31))


def make_branch(path: Path, secret: FileSecret | None) -> str:
    """A closed branch file (encrypted with `secret`, else plain): 5 members and a meeting held
    on 5 November 2026 with a named place. Returns its recovery code ("" when plain)."""
    db = open_data_file(path, secret, create=True)
    try:
        BranchService(db).save_profile(PROFILE)
        ids = add_members(db)
        add_meeting(db, date(2026, 11, 5), ids[:4], ids[4:])
        return recovery_code_of(db.key) if db.key is not None else ""
    finally:
        db.close()


def copy_closed(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def leaks(folder: Path, names=NAMES) -> list[str]:
    """Files under `folder` (side files, backups, temporary files…) holding a member's name in
    clear, as `strings FILE | grep NAME` would find it."""
    found = []
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [f"{path.name}: {name}" for name in names if name.encode("utf-8") in data]
    return found
