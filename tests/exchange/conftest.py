"""A small valid package, built with a fresh key, for the verifier's tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import pytest

from desktop.exchange.build import build_package, json_bytes
from desktop.exchange.keys import KeyPair, generate_key_pair, unlock_private_key
from desktop.exchange.trust import StaticTrust, TrustedKey

PASSPHRASE = "mật khẩu chi bộ"
CREATED = datetime(2026, 12, 20, 9, 30, tzinfo=timezone.utc)


def payload(fingerprint: str, *, seq: int = 1, code: str = "CB-TDP07") -> dict[str, bytes]:
    rulebook = {"name": "Mẫu 4 tốt", "version": "1", "sha256": "a" * 64}
    manifest = {
        "format_version": 1,
        "branch": {"code": code, "name": "Chi bộ Tổ dân phố số 7"},
        "superior_committee": "Đảng bộ phường Ba Đình",
        "year": 2026,
        "sequence": seq,
        "supersedes": None,
        "rulebook": rulebook,
        "app_version": "0.1.0",
        "created_at": CREATED.isoformat(),
        "key_fingerprint": fingerprint,
    }
    evaluation = {
        "year": 2026,
        "rulebook": rulebook,
        "criteria": [
            {"number": 1, "name": "Hoàn thành tốt nhiệm vụ chính trị", "score": 22.5, "max": 25,
             "good": True, "components": [
                 {"code": "1.2", "title": "Chỉ tiêu", "kind": "auto", "score": 10, "max": 10,
                  "missing": None}]},
        ],
        "vetoes": [],
        "four_good": True,
    }
    records = {
        "year": 2026,
        "branch": {"code": code, "name": "Chi bộ Tổ dân phố số 7",
                   "superior_committee": "Đảng bộ phường Ba Đình"},
        "members": {"official": 25, "probationary": 3, "exempt": 2, "attached_elsewhere": 0},
        "meetings": [
            {"kind": "regular", "date": "2026-01-05", "duration_minutes": 105, "expected": 28,
             "present": 26, "excused": 2, "unexcused": 0, "attendance_rate": 0.9286,
             "quality": "tot", "number": "Số 01-BB/CB", "status": "adopted"}
        ],
        "ratings": [
            {"name": "Đặng Thị Ngọc Ánh", "self_rating": "HTTNV", "branch_rating": "HTTNV",
             "committee_rating": None, "final_rating": "HTTNV", "disciplined": False}
        ],
    }
    return {
        "package.json": json_bytes(manifest),
        "evaluation.json": json_bytes(evaluation),
        "records.json": json_bytes(records),
        "reports/tu-danh-gia.pdf": b"%PDF-1.4\n% a report\n",
    }


@dataclass
class Signed:
    key: KeyPair
    data: bytes
    trust: StaticTrust


@pytest.fixture(scope="session")
def key() -> KeyPair:
    return generate_key_pair(PASSPHRASE)


@pytest.fixture(scope="session")
def signed(key: KeyPair) -> Signed:
    private = unlock_private_key(key.encrypted_private_pem, PASSPHRASE)
    data = build_package(payload(key.fingerprint), private, CREATED)
    trust = StaticTrust([TrustedKey("CB-TDP07", key.fingerprint, None, None, False)], {})
    return Signed(key, data, trust)
