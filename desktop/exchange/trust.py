"""Who may sign for which branch: the registry the verifier consults.

Two sources implement `TrustRegistry`: the inbox's database (services) and a folder given to
`chibo verify --trust DIR`, which holds `trust.json`:

    {"keys": [{"branch_code": "CB-TDP07", "public_key": "CB-TDP07.pem",
               "valid_from": "2025-01-01", "valid_to": null, "revoked": false}],
     "accepted": [{"branch_code": "CB-TDP07", "year": 2026, "seq": 1}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from desktop.exchange.keys import KeyProblem, fingerprint_of, load_public_pem


@dataclass(frozen=True)
class TrustedKey:
    branch_code: str
    fingerprint: str
    valid_from: date | None
    valid_to: date | None
    revoked: bool


class TrustRegistry(Protocol):
    def keys_with_fingerprint(self, fingerprint: str) -> list[TrustedKey]: ...

    def last_accepted_seq(self, branch_code: str, year: int) -> int | None: ...


@dataclass
class StaticTrust:
    """An in-memory registry (also what a trust folder loads into)."""

    keys: list[TrustedKey]
    accepted: dict[tuple[str, int], int]

    def keys_with_fingerprint(self, fingerprint: str) -> list[TrustedKey]:
        return [k for k in self.keys if k.fingerprint == fingerprint]

    def last_accepted_seq(self, branch_code: str, year: int) -> int | None:
        return self.accepted.get((branch_code, year))


class TrustFolderError(Exception):
    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


def _date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise TrustFolderError(f"{where}: ngày không hợp lệ «{value}» (cần YYYY-MM-DD).") from exc


def load_trust_folder(folder: Path) -> StaticTrust:
    index = folder / "trust.json"
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise TrustFolderError(f"Không thấy tệp {index}.") from exc
    except (OSError, ValueError) as exc:
        raise TrustFolderError(f"Tệp {index} không đọc được hoặc không phải JSON: {exc}") from exc
    keys: list[TrustedKey] = []
    for i, entry in enumerate(data.get("keys", [])):
        where = f"{index}: keys[{i}]"
        try:
            pem = (folder / entry["public_key"]).read_bytes()
            code = str(entry["branch_code"])
        except (KeyError, TypeError) as exc:
            raise TrustFolderError(f"{where}: thiếu trường {exc}.") from exc
        except OSError as exc:
            raise TrustFolderError(f"{where}: không đọc được tệp khóa ({exc.strerror}).") from exc
        try:
            fingerprint = fingerprint_of(load_public_pem(pem))
        except KeyProblem as exc:
            raise TrustFolderError(f"{where}: {exc.message}") from exc
        keys.append(
            TrustedKey(
                code,
                fingerprint,
                _date(entry.get("valid_from"), where),
                _date(entry.get("valid_to"), where),
                bool(entry.get("revoked", False)),
            )
        )
    accepted = {
        (str(a["branch_code"]), int(a["year"])): int(a["seq"]) for a in data.get("accepted", [])
    }
    return StaticTrust(keys, accepted)
