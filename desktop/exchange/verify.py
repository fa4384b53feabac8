"""The strict verifier. Never extracts to disk; checks the signature before parsing any payload.

Order: container (size, zip, names, duplicates) → mimetype → signer and signature over the
exact bytes of SHA256SUMS → entry set equals the signed list → every hash → JSON (no key twice)
and schemas → manifest agrees with the signer → canonical container → content rules (entry
types, PDFs, no archives, whole numbers, scores within their maximum, the documents agree) →
trust registry (known, unrevoked, valid, right branch) → sequence number above the last
accepted one.

It never raises: whatever goes wrong reading, inflating, parsing or checking is a refusal with
a code (problems.py), and an error of the verifier itself is the refusal "internal_error"
(indeterminate; `chibo verify` exits with 3), its traceback logged.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop.exchange import content, layout, zipwrite
from desktop.exchange.dates import parse_datetime
from desktop.exchange.keys import (
    KeyProblem,
    fingerprint_of,
    load_public_pem,
    verify_signature,
)
from desktop.exchange.problems import INTERNAL_ERROR, Problem
from desktop.exchange.schemas import validate_payload
from desktop.exchange.source import read_package_file
from desktop.exchange.trust import TrustRegistry
from desktop.exchange.verification import Verification
from desktop.exchange.zipread import (
    CappedReader,
    Limits,
    Refused,
    check_names,
    is_safe_name,
    open_zip,
)
from desktop.wording import say

log = logging.getLogger(__name__)

SUMS_LINE = re.compile(r"^([0-9a-f]{64})  (\S+)$")
# A line that SUMS_LINE and is_safe_name both accept, with its newline: 64 + 2 + name + 1.
SUMS_ENTRY = re.compile(r"([0-9a-f]{64})  ([A-Za-z0-9][A-Za-z0-9._-]*(?:/[A-Za-z0-9][A-Za-z0-9._-]*)*)\n")


@dataclass
class _State:
    problems: list[Problem] = field(default_factory=list)
    fingerprint: str | None = None
    payload: dict[str, bytes | memoryview] = field(default_factory=dict)  # views of the package
    control: dict[str, bytes] = field(default_factory=dict)


def verify_package(
    data: bytes,
    *,
    file: str = "",
    trust: TrustRegistry | None = None,
    limits: Limits | None = None,
    sha256: str | None = None,
) -> Verification:
    """`sha256`: the file's digest, if the caller has it, handed on in the result. Never raises."""
    try:
        return _verify(data, file, trust, limits or Limits(), sha256)
    except Exception as exc:  # noqa: BLE001 - a verdict, whatever broke: see the module's note
        log.exception("the check of package %r failed", file)
        return Verification(file, (Problem(INTERNAL_ERROR, type(exc).__name__),), sha256=sha256)


def verify_file(
    path: Path, *, file: str | None = None, trust: TrustRegistry | None = None, limits: Limits | None = None,
) -> Verification:
    """Read `path` against the size cap (source.py) and verify it; a file that cannot be read is
    a refusal like any other. Never raises."""
    name = str(path) if file is None else file
    try:
        source = read_package_file(path, limits)
    except Refused as refused:
        return Verification(name, (refused.problem,))
    except Exception as exc:  # noqa: BLE001
        log.exception("reading package %r failed", name)
        return Verification(name, (Problem(INTERNAL_ERROR, type(exc).__name__),))
    return verify_package(source.data, file=name, trust=trust, limits=limits, sha256=source.sha256)


def _verify(
    data: bytes, file: str, trust: TrustRegistry | None, limits: Limits, sha256: str | None,
) -> Verification:
    state = _State()
    try:
        reader = _check_container_and_hashes(data, limits, state)
    except Refused as refused:
        return Verification(file, (refused.problem,), state.fingerprint, sha256=sha256)
    if state.problems:
        return Verification(file, tuple(state.problems), state.fingerprint, sha256=sha256)
    docs = _parse_payload(state)
    if state.problems:
        return Verification(file, tuple(state.problems), state.fingerprint, sha256=sha256)
    # records.json is proven and checked, then let go: nothing reads it from a verification,
    # and an inbox import of thousands of packages would hold every one (and have the cyclic
    # collector walk them) until it ends.
    manifest, evaluation, records = docs
    _check_manifest(manifest, state)
    _check_canonical(data, manifest, state, reader)
    if not state.problems:
        _check_content(manifest, evaluation, records, state)
    del records
    # Without a registry the package can still be proven intact and self-consistent; it is
    # then valid but not "trusted", and says so (see Verification.warnings).
    trusted = False
    if trust is not None and not state.problems:
        _check_trust(manifest, trust, state)
        trusted = not state.problems
    reports = tuple(sorted(n for n in state.payload if n.startswith("reports/")))
    return Verification(
        file, tuple(state.problems), state.fingerprint, manifest, evaluation,
        reports, trusted, sha256,
    )


def read_entry(data: bytes, name: str, limits: Limits | None = None) -> bytes:
    """One entry of an already verified package (e.g. a report to open), read with the caps.
    Refused, and only Refused, when it cannot be."""
    limits = limits or Limits()
    try:
        archive = open_zip(data, limits)
        infos = {i.filename: i for i in check_names(archive, limits)}
        if name not in infos:
            raise Refused(Problem("missing_entry", name))
        return bytes(CappedReader(archive, limits, data).read(infos[name]))
    except Refused:
        raise
    except Exception as exc:  # noqa: BLE001
        log.exception("reading %r from a package failed", name)
        raise Refused(Problem(INTERNAL_ERROR, type(exc).__name__)) from exc


def _check_container_and_hashes(data: bytes, limits: Limits, state: _State) -> CappedReader:
    archive = open_zip(data, limits)
    infos = check_names(archive, limits)
    by_name = {i.filename: i for i in infos}
    reader = CappedReader(archive, limits, data)
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
    signer_pem = bytes(reader.read(by_name[layout.SIGNER], cap=4096))
    signature = bytes(reader.read(by_name[layout.SIGNATURE], cap=1024))
    sums = bytes(reader.read(by_name[layout.SUMS], cap=1024 * 1024))
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
        return reader
    for name, expected in sorted(listed.items()):
        content = reader.read(by_name[name])  # a view of `data` for a canonical entry
        if hashlib.sha256(content).hexdigest() != expected:
            state.problems.append(Problem("hash_mismatch", name))
        else:
            state.payload[name] = content
    return reader


def _parse_sums(sums: bytes) -> dict[str, str]:
    try:
        text = sums.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Refused(Problem("sums_malformed", "1")) from exc
    # The usual case in one pass: well-formed lines that cover the whole text, no name twice,
    # no control entry. Any doubt goes line by line, to name the line.
    found = SUMS_ENTRY.findall(text)
    listed = {name: digest for digest, name in found}
    if (len(listed) == len(found) and sum(67 + len(name) for _, name in found) == len(text)
            and not listed.keys() & set(layout.CONTROL_ENTRIES)):
        return listed
    return _parse_sums_by_line(text)


def _parse_sums_by_line(text: str) -> dict[str, str]:
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
            # Read in place, strictly (speed.py): NaN, Infinity, a lone surrogate and JSON
            # nested deeper than any checker can walk are unreadable; a key given twice is named.
            doc = content.load_json(name, state.payload[name])
            errors = validate_payload(name, doc)
        except content.JsonRefused as refused:
            state.problems.append(refused.problem)
            docs.append({})
            continue
        except (UnicodeDecodeError, ValueError, RecursionError):
            state.problems.append(Problem("json_invalid", name))
            docs.append({})
            continue
        for error in errors:
            state.problems.append(Problem("schema_invalid", f"«{name}», {error}"))
        docs.append(doc if isinstance(doc, dict) else {})
    return docs[0], docs[1], docs[2]


def _check_manifest(manifest: dict, state: _State) -> None:
    if manifest.get("key_fingerprint") != state.fingerprint:
        state.problems.append(
            Problem("manifest_mismatch", say("exchange.detail_fingerprint_differs"))
        )


def _check_canonical(data: bytes, manifest: dict, state: _State, reader: CappedReader) -> None:
    """Contents are proven by the hashes; the container around them must be exactly the one
    the builder makes from them, so a changed header byte, comment or gap is refused too.

    Every content of a canonical package was read in place, so rebuilding the container byte
    for byte comes down to its headers: each content must start where its rebuilt header ends,
    and the headers, the trailer and the size must agree. The CRCs are the reader's."""
    if state.problems:
        return
    contents = [(layout.MIMETYPE, layout.MIMETYPE_VALUE), *sorted(state.payload.items()),
                *((n, state.control[n]) for n in (layout.SUMS, layout.SIGNATURE, layout.SIGNER))]
    starts, crcs = reader.starts, reader.crcs
    if any(name not in starts for name, _ in contents):  # not stored plainly: not canonical
        state.problems.append(Problem("container_altered"))
        return
    try:
        created = parse_datetime(manifest["created_at"])
        plan = zipwrite.layout([zipwrite.Entry(n, len(c), crcs[n]) for n, c in contents], created)
    except ValueError:  # a date no zip can carry: the builder cannot have made this package
        state.problems.append(Problem("container_altered"))
        return
    same = plan.size == len(data) and data.endswith(plan.trailer) and all(
        starts[name] == start + len(header) and data.startswith(header, start)
        for (name, _), start, header in zip(contents, plan.offsets, plan.headers))
    if not same:
        state.problems.append(Problem("container_altered"))


def _check_content(manifest: dict, evaluation: dict, records: dict, state: _State) -> None:
    """Content rules (content.py) on a package proven whole and canonical."""
    for name, data in sorted(state.payload.items()):
        problem = content.entry_problem(name, data)
        if problem is not None:
            state.problems.append(problem)
    state.problems += content.number_problems(manifest, evaluation, records)
    if not state.problems:
        state.problems += content.disagreements(manifest, evaluation, records)


def _check_trust(manifest: dict, trust: TrustRegistry, state: _State) -> None:
    fingerprint = state.fingerprint or ""
    code = manifest["branch"]["code"]
    created = parse_datetime(manifest["created_at"]).date()
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
