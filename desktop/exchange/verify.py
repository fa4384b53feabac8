"""The strict verifier. Never extracts to disk; checks the signature before parsing any payload.

Order: container (size, zip, names, duplicates) → mimetype → signer and signature over the
exact bytes of SHA256SUMS → entry set equals the signed list → every hash → JSON schemas →
manifest agrees with the signer → trust registry (known, unrevoked, valid, right branch) →
sequence number above the last accepted one.
"""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from desktop.exchange import layout
from desktop.exchange.build import assemble
from desktop.exchange.keys import (
    KeyProblem,
    fingerprint_of,
    load_public_pem,
    verify_signature,
)
from desktop.exchange.problems import Problem
from desktop.exchange.schemas import validate_payload
from desktop.exchange.trust import TrustRegistry
from desktop.exchange.zipread import (
    CappedReader,
    Limits,
    Refused,
    check_names,
    is_safe_name,
    open_zip,
)

SUMS_LINE = re.compile(r"^([0-9a-f]{64})  (\S+)$")


@dataclass(frozen=True)
class Verification:
    file: str
    sha256: str
    problems: tuple[Problem, ...]
    fingerprint: str | None = None
    manifest: dict[str, Any] | None = None
    evaluation: dict[str, Any] | None = None
    records: dict[str, Any] | None = None
    reports: tuple[str, ...] = ()
    trusted: bool = False

    @property
    def valid(self) -> bool:
        return not self.problems

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return () if self.trusted or self.problems else (Problem("untrusted"),)

    @property
    def branch_code(self) -> str | None:
        return self.manifest.get("branch", {}).get("code") if self.manifest else None

    @property
    def year(self) -> int | None:
        return self.manifest.get("year") if self.manifest else None

    @property
    def seq(self) -> int | None:
        return self.manifest.get("sequence") if self.manifest else None

    @property
    def four_good(self) -> bool | None:
        return self.evaluation.get("four_good") if self.evaluation else None

    def as_json(self) -> dict[str, Any]:
        """The contract of `chibo verify --json`: file, valid, problems, branch, year, seq, four_good."""
        return {
            "file": self.file,
            "valid": self.valid,
            "problems": [p.as_dict() for p in self.problems],
            "warnings": [p.as_dict() for p in self.warnings],
            "branch": self.branch_code,
            "branch_name": self.manifest.get("branch", {}).get("name") if self.manifest else None,
            "year": self.year,
            "seq": self.seq,
            "four_good": self.four_good,
            "fingerprint": self.fingerprint,
            "trusted": self.trusted,
            "sha256": self.sha256,
        }


@dataclass
class _State:
    problems: list[Problem] = field(default_factory=list)
    fingerprint: str | None = None
    payload: dict[str, bytes] = field(default_factory=dict)
    control: dict[str, bytes] = field(default_factory=dict)


def verify_package(
    data: bytes,
    *,
    file: str = "",
    trust: TrustRegistry | None = None,
    limits: Limits | None = None,
) -> Verification:
    limits = limits or Limits()
    digest = hashlib.sha256(data).hexdigest()
    state = _State()
    try:
        _check_container_and_hashes(data, limits, state)
    except Refused as refused:
        return Verification(file, digest, (refused.problem,), state.fingerprint)
    if state.problems:
        return Verification(file, digest, tuple(state.problems), state.fingerprint)
    docs = _parse_payload(state)
    if state.problems:
        return Verification(file, digest, tuple(state.problems), state.fingerprint)
    manifest, evaluation, records = docs
    _check_manifest(manifest, state)
    _check_canonical(data, manifest, state)
    # Without a registry the package can still be proven intact and self-consistent; it is
    # then valid but not "trusted", and says so (see Verification.warnings).
    trusted = False
    if trust is not None:
        _check_trust(manifest, trust, state)
        trusted = not state.problems
    reports = tuple(sorted(n for n in state.payload if n.startswith("reports/")))
    return Verification(
        file, digest, tuple(state.problems), state.fingerprint, manifest, evaluation, records,
        reports, trusted,
    )


def read_entry(data: bytes, name: str, limits: Limits | None = None) -> bytes:
    """One entry of an already verified package (e.g. a report to open), read with the caps."""
    limits = limits or Limits()
    archive = open_zip(data, limits)
    infos = {i.filename: i for i in check_names(archive, limits)}
    if name not in infos:
        raise Refused(Problem("missing_entry", name))
    return CappedReader(archive, limits).read(infos[name])


def _check_container_and_hashes(data: bytes, limits: Limits, state: _State) -> None:
    archive = open_zip(data, limits)
    infos = check_names(archive, limits)
    by_name = {i.filename: i for i in infos}
    reader = CappedReader(archive, limits)
    first = infos[0] if infos else None
    if (
        first is None
        or first.filename != layout.MIMETYPE
        or first.compress_type != zipfile.ZIP_STORED
        or reader.read(first, cap=256) != layout.MIMETYPE_VALUE
    ):
        raise Refused(Problem("mimetype_bad"))
    for name in (layout.SIGNER, layout.SIGNATURE, layout.SUMS):
        if name not in by_name:
            raise Refused(Problem("missing_entry", name))
    signer_pem = reader.read(by_name[layout.SIGNER], cap=4096)
    signature = reader.read(by_name[layout.SIGNATURE], cap=1024)
    sums = reader.read(by_name[layout.SUMS], cap=1024 * 1024)
    try:
        public_key = load_public_pem(signer_pem)
    except KeyProblem as exc:
        raise Refused(Problem("bad_signer_key")) from exc
    state.fingerprint = fingerprint_of(public_key)
    state.control = {layout.SIGNER: signer_pem, layout.SIGNATURE: signature, layout.SUMS: sums}
    if not verify_signature(public_key, signature, sums):
        raise Refused(Problem("bad_signature"))
    listed = _parse_sums(sums)
    for name in sorted(set(listed) - set(by_name)):
        state.problems.append(Problem("missing_entry", name))
    for name in sorted(set(by_name) - set(listed) - set(layout.CONTROL_ENTRIES)):
        state.problems.append(Problem("extra_entry", name))
    for name in layout.REQUIRED_PAYLOAD:
        if name not in listed:
            state.problems.append(Problem("missing_entry", name))
    if state.problems:
        return
    for name, expected in sorted(listed.items()):
        content = reader.read(by_name[name])
        if hashlib.sha256(content).hexdigest() != expected:
            state.problems.append(Problem("hash_mismatch", name))
        else:
            state.payload[name] = content


def _parse_sums(sums: bytes) -> dict[str, str]:
    try:
        text = sums.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(Problem("sums_malformed", "1")) from exc
    listed: dict[str, str] = {}
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        match = SUMS_LINE.match(line)
        if not match or not is_safe_name(match.group(2)):
            raise Refused(Problem("sums_malformed", str(number)))
        digest, name = match.groups()
        if name in listed or name in layout.CONTROL_ENTRIES:
            raise Refused(Problem("sums_malformed", str(number)))
        listed[name] = digest
    return listed


def _parse_payload(state: _State) -> tuple[dict, dict, dict]:
    docs: list[dict] = []
    for name in layout.REQUIRED_PAYLOAD:
        try:
            doc = json.loads(state.payload[name].decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            state.problems.append(Problem("json_invalid", name))
            docs.append({})
            continue
        for error in validate_payload(name, doc):
            state.problems.append(Problem("schema_invalid", f"«{name}», {error}"))
        docs.append(doc if isinstance(doc, dict) else {})
    return docs[0], docs[1], docs[2]


def _check_manifest(manifest: dict, state: _State) -> None:
    if manifest.get("key_fingerprint") != state.fingerprint:
        state.problems.append(
            Problem("manifest_mismatch", "dấu vân tay khóa khác với khóa đã ký gói")
        )


def _check_canonical(data: bytes, manifest: dict, state: _State) -> None:
    """Contents are proven by the hashes; the container around them must be exactly the one
    the builder makes from them, so a changed header byte, comment or gap is refused too."""
    if state.problems:
        return
    created = datetime.fromisoformat(manifest["created_at"])
    c = state.control
    rebuilt = assemble(state.payload, c[layout.SUMS], c[layout.SIGNATURE], c[layout.SIGNER], created)
    if rebuilt != data:
        state.problems.append(Problem("container_altered"))


def _check_trust(manifest: dict, trust: TrustRegistry, state: _State) -> None:
    fingerprint = state.fingerprint or ""
    code = manifest["branch"]["code"]
    created = datetime.fromisoformat(manifest["created_at"]).date()
    keys = trust.keys_with_fingerprint(fingerprint)
    if not keys:
        state.problems.append(Problem("unknown_key", fingerprint))
        return
    mine = [k for k in keys if k.branch_code == code]
    if not mine:
        state.problems.append(Problem("key_branch_mismatch", fingerprint))
        return
    if all(k.revoked for k in mine):
        state.problems.append(Problem("revoked_key", fingerprint))
        return
    if not any(_valid_on(k.valid_from, k.valid_to, created) for k in mine if not k.revoked):
        state.problems.append(Problem("key_not_valid_at_date", fingerprint))
        return
    last = trust.last_accepted_seq(code, manifest["year"])
    if last is not None and manifest["sequence"] <= last:
        state.problems.append(Problem("stale_sequence", f"{manifest['sequence']} ≤ {last}"))


def _valid_on(start: date | None, end: date | None, on: date) -> bool:
    return (start is None or start <= on) and (end is None or on <= end)
