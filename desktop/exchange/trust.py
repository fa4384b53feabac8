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

from desktop.exchange.dates import parse_date
from desktop.exchange.keys import KeyProblem, fingerprint_of, load_public_pem
from desktop.wording import Text, say


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
    """A trust folder that cannot be used; `text` says why and where (exchange wording)."""

    def __init__(self, text: Text):
        self.text = text
        super().__init__(str(text))

    @property
    def message(self) -> str:
        return str(self.text)


def _date(value: object, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise TrustFolderError(say("exchange.trust_bad_date", where=where, value=value)) from exc


def load_trust_folder(folder: Path) -> StaticTrust:
    """The registry a trust folder holds; TrustFolderError naming the file and the entry for
    anything in it that cannot be used (never another exception)."""
    index = folder / "trust.json"
    try:
        data = json.loads(index.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise TrustFolderError(say("exchange.trust_missing", path=index)) from exc
    except (OSError, ValueError, RecursionError) as exc:
        raise TrustFolderError(say("exchange.trust_unreadable", path=index)) from exc
    if not isinstance(data, dict):
        raise TrustFolderError(say("exchange.trust_unreadable", path=index))
    return StaticTrust(_keys(folder, index, data.get("keys", [])), _accepted(index, data.get("accepted", [])))


def _keys(folder: Path, index: Path, entries: object) -> list[TrustedKey]:
    keys: list[TrustedKey] = []
    for i, entry in enumerate(entries if isinstance(entries, list) else [entries]):
        where = f"{index}: keys[{i}]"
        try:
            pem = (folder / entry["public_key"]).read_bytes()
            code = str(entry["branch_code"])
        except KeyError as exc:
            raise TrustFolderError(say("exchange.trust_field_missing", where=where, field=exc.args[0])) from exc
        except TypeError as exc:
            raise TrustFolderError(say("exchange.trust_bad_entry", where=where)) from exc
        except (OSError, ValueError) as exc:
            raise TrustFolderError(say("exchange.trust_key_unreadable", where=where,
                                       reason=getattr(exc, "strerror", None) or exc)) from exc
        try:
            fingerprint = fingerprint_of(load_public_pem(pem))
        except KeyProblem as exc:
            raise TrustFolderError(say("exchange.trust_bad_key", where=where, reason=exc.message)) from exc
        keys.append(TrustedKey(code, fingerprint, _date(entry.get("valid_from"), where),
                               _date(entry.get("valid_to"), where), bool(entry.get("revoked", False))))
    return keys


def _accepted(index: Path, entries: object) -> dict[tuple[str, int], int]:
    accepted: dict[tuple[str, int], int] = {}
    for i, entry in enumerate(entries if isinstance(entries, list) else [entries]):
        try:
            year, seq = entry["year"], entry["seq"]
            if type(year) is not int or type(seq) is not int:
                raise TypeError("not a whole number")
            accepted[(str(entry["branch_code"]), year)] = seq
        except (KeyError, TypeError) as exc:
            raise TrustFolderError(say("exchange.trust_bad_accepted", where=f"{index}: accepted[{i}]")) from exc
    return accepted
