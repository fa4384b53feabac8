"""The superior committee's inbox: registered branches and keys, received packages, summary."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.exchange.keys import KeyProblem, fingerprint_of, load_public_pem
from desktop.exchange.verify import Verification, read_entry, verify_package
from desktop.exchange.zipread import Limits, Refused
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.inbox_trust import DatabaseTrust
from desktop.store.base import utcnow
from desktop.store.database import Database, unit_of_work
from desktop.store.models import InboxBranch, InboxKey, ReceivedPackage

# A key is valid from registration back to any earlier package it signed; its end is set by
# revoking it or by `valid_to` when a new secretary's key replaces it.
KEY_VALID_FROM_DEFAULT = date(2000, 1, 1)
BATCH = 100  # packages verified per transaction: fsync per package would dominate 4,000 imports


@dataclass(frozen=True)
class RegisteredKey:
    fingerprint: str
    valid_from: date
    valid_to: date | None
    revoked: bool


@dataclass(frozen=True)
class RegisteredBranch:
    code: str
    name: str
    keys: tuple[RegisteredKey, ...]


@dataclass(frozen=True)
class ImportOutcome:
    file: str
    accepted: bool
    duplicate: bool
    verification: Verification | None
    problems: tuple[str, ...]  # Vietnamese messages


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[ImportOutcome, ...]
    cancelled: bool

    @property
    def accepted(self) -> int:
        return sum(1 for o in self.outcomes if o.accepted)

    @property
    def rejected(self) -> int:
        return sum(1 for o in self.outcomes if not o.accepted and not o.duplicate)


@dataclass(frozen=True)
class CriterionVerdict:
    number: str
    name: str
    score: float
    max: float
    good: bool


@dataclass(frozen=True)
class BranchResult:
    code: str
    name: str
    year: int
    seq: int
    four_good: bool
    criteria: tuple[CriterionVerdict, ...]
    received_at: datetime
    package_id: int
    reports: tuple[str, ...]


class InboxService:
    def __init__(self, db: Database):
        self._db = db

    @property
    def folder(self) -> Path:
        return self._db.path.parent / f"{self._db.path.stem}-inbox"

    # --- registry ---------------------------------------------------------------------------
    def register_branch(self, code: str, name: str) -> ChangeNotice:
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise UserError("Cần nhập cả mã và tên chi bộ.", field="code" if not code else "name")
        with unit_of_work(self._db) as s:
            row = s.scalars(select(InboxBranch).where(InboxBranch.code == code)).first()
            if row is None:
                s.add(InboxBranch(code=code, name=name))
            else:
                row.name = name
        return ChangeNotice.of(Changed.INBOX)

    def add_key(
        self,
        code: str,
        pem: bytes,
        valid_from: date = KEY_VALID_FROM_DEFAULT,
        valid_to: date | None = None,
    ) -> tuple[str, ChangeNotice]:
        """Register a branch's public key (signer.pem); returns the fingerprint to compare with
        the one on the paper registration form."""
        try:
            public = load_public_pem(pem)
        except KeyProblem as exc:
            raise UserError(exc.message, field="public_key") from exc
        fingerprint = fingerprint_of(public)
        with unit_of_work(self._db) as s:
            branch = s.scalars(select(InboxBranch).where(InboxBranch.code == code)).first()
            if branch is None:
                raise NotFound(f"Chưa đăng ký chi bộ có mã «{code}».", field="code")
            existing = s.scalars(select(InboxKey).where(InboxKey.fingerprint == fingerprint)).first()
            if existing is not None:
                raise UserError(f"Khóa {fingerprint} đã được đăng ký.", field="public_key")
            s.add(
                InboxKey(
                    branch_id=branch.id,
                    fingerprint=fingerprint,
                    public_pem=pem.decode("ascii"),
                    valid_from=valid_from,
                    valid_to=valid_to,
                )
            )
        return fingerprint, ChangeNotice.of(Changed.INBOX)

    def revoke_key(self, fingerprint: str) -> ChangeNotice:
        with unit_of_work(self._db) as s:
            key = s.scalars(select(InboxKey).where(InboxKey.fingerprint == fingerprint)).first()
            if key is None:
                raise NotFound(f"Không có khóa {fingerprint}.", field="fingerprint")
            key.revoked_at = utcnow()
        return ChangeNotice.of(Changed.INBOX)

    def branches(self) -> list[RegisteredBranch]:
        with unit_of_work(self._db) as s:
            keys: dict[int, list[RegisteredKey]] = {}
            for k in s.scalars(select(InboxKey).order_by(InboxKey.valid_from)):
                keys.setdefault(k.branch_id, []).append(
                    RegisteredKey(k.fingerprint, k.valid_from, k.valid_to, k.revoked_at is not None)
                )
            return [
                RegisteredBranch(b.code, b.name, tuple(keys.get(b.id, ())))
                for b in s.scalars(select(InboxBranch).order_by(InboxBranch.code))
            ]

    # --- packages ---------------------------------------------------------------------------
    def import_packages(
        self,
        paths: Sequence[Path],
        on_progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> tuple[ImportReport, ChangeNotice]:
        outcomes: list[ImportOutcome] = []
        cancelled = False
        self.folder.mkdir(parents=True, exist_ok=True)
        for start in range(0, len(paths), BATCH):
            if should_cancel and should_cancel():
                cancelled = True
                break
            with unit_of_work(self._db) as s:
                trust = DatabaseTrust(s)
                for path in paths[start : start + BATCH]:
                    outcomes.append(self._import_one(s, trust, Path(path)))
                    s.flush()  # the next package's sequence check sees this one
            if on_progress:
                on_progress(min(start + BATCH, len(paths)), len(paths))
        return ImportReport(tuple(outcomes), cancelled), ChangeNotice.of(Changed.INBOX)

    def _import_one(self, s, trust: DatabaseTrust, path: Path) -> ImportOutcome:  # noqa: ANN001
        try:
            data = path.read_bytes()
        except OSError as exc:
            return ImportOutcome(path.name, False, False, None, (f"Không đọc được tệp: {exc.strerror}",))
        digest = hashlib.sha256(data).hexdigest()
        if s.scalars(select(ReceivedPackage.id).where(ReceivedPackage.sha256 == digest)).first():
            return ImportOutcome(path.name, False, True, None, ("Gói này đã được nhận trước đó.",))
        result = verify_package(data, file=path.name, trust=trust, sha256=digest)
        stored = None
        if result.valid:
            stored = f"{digest}.chibo.zip"
            (self.folder / stored).write_bytes(data)
        s.add(
            ReceivedPackage(
                sha256=digest,
                file_name=path.name,
                branch_code=result.branch_code,
                year=result.year,
                seq=result.seq,
                accepted=result.valid,
                problems=[p.as_dict() for p in result.problems],
                summary=_summary(result),
                stored_name=stored,
            )
        )
        return ImportOutcome(
            path.name, result.valid, False, result, tuple(p.message for p in result.problems)
        )

    def results(self, year: int) -> list[BranchResult]:
        """The latest accepted package of each branch for the year."""
        with unit_of_work(self._db) as s:
            names = dict(s.execute(select(InboxBranch.code, InboxBranch.name)).all())
            latest: dict[str, ReceivedPackage] = {}
            for p in s.scalars(
                select(ReceivedPackage).where(
                    ReceivedPackage.accepted.is_(True), ReceivedPackage.year == year
                )
            ):
                if p.branch_code not in latest or p.seq > latest[p.branch_code].seq:
                    latest[p.branch_code] = p
            return sorted(
                (_branch_result(p, names.get(p.branch_code, "")) for p in latest.values()),
                key=lambda r: r.code,
            )

    def latest_year(self) -> int | None:
        """The most recent year of an accepted package (the page opens on it), None if none."""
        with unit_of_work(self._db) as s:
            return s.scalar(select(func.max(ReceivedPackage.year))
                            .where(ReceivedPackage.accepted.is_(True)))

    def rejected(self) -> list[ImportOutcome]:
        with unit_of_work(self._db) as s:
            rows = s.scalars(
                select(ReceivedPackage)
                .where(ReceivedPackage.accepted.is_(False))
                .order_by(ReceivedPackage.received_at.desc())
            )
            return [
                ImportOutcome(r.file_name, False, False, None, tuple(p["message"] for p in r.problems))
                for r in rows
            ]

    def report(self, package_id: int, name: str) -> bytes:
        with unit_of_work(self._db) as s:
            row = s.get(ReceivedPackage, package_id)
            if row is None or not row.accepted or row.stored_name is None:
                raise NotFound("Không tìm thấy gói đã nhận.")
            stored = self.folder / row.stored_name
        try:
            return read_entry(stored.read_bytes(), name, Limits())
        except Refused as exc:
            raise UserError(exc.problem.message) from exc
        except OSError as exc:
            raise UserError(f"Không đọc được tệp gói {stored}: {exc.strerror}") from exc


def summary_sentence(results: list[BranchResult], registered: int, model_name: str = "Chi bộ 4 tốt") -> str:
    good = sum(1 for r in results if r.four_good)
    total = max(registered, len(results))
    return f"{good}/{total} chi bộ đạt «{model_name}»"


def _summary(result: Verification) -> dict:
    if not result.valid or not result.evaluation:
        return {}
    ev = result.evaluation
    return {
        "branch_name": result.manifest.get("branch", {}).get("name", "") if result.manifest else "",
        "four_good": bool(ev.get("four_good")),
        "model_name": ev.get("model_name", "Chi bộ 4 tốt"),
        "criteria": [
            {"number": str(c["number"]), "name": c["name"], "score": c["score"], "max": c["max"], "good": c["good"]}
            for c in ev.get("criteria", [])
        ],
        "reports": list(result.reports),
    }


def _branch_result(p: ReceivedPackage, registered_name: str) -> BranchResult:
    summary = p.summary or {}
    return BranchResult(
        code=p.branch_code or "",
        name=registered_name or summary.get("branch_name", ""),
        year=p.year or 0,
        seq=p.seq or 0,
        four_good=bool(summary.get("four_good")),
        criteria=tuple(
            CriterionVerdict(c["number"], c["name"], float(c["score"]), float(c["max"]), bool(c["good"]))
            for c in summary.get("criteria", [])
        ),
        received_at=p.received_at,
        package_id=p.id,
        reports=tuple(summary.get("reports", ())),
    )
