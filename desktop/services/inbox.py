"""The superior committee's inbox: registered branches and keys, received packages, summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.exchange.keys import KeyProblem, fingerprint_of, load_public_pem
from desktop.exchange.source import read_package_file
from desktop.exchange.verify import read_entry
from desktop.exchange.zipread import Limits, Refused
from desktop.clock import Clock
from desktop.services.backups import BackupService
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.inbox_checks import DEFAULT_MODEL
from desktop.services.inbox_receive import ImportOutcome, ImportReport, receive
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Branch, InboxBranch, InboxKey, ReceivedPackage
from desktop.wording import DEFAULT_LANGUAGE, say

__all__ = ["KEY_VALID_FROM_DEFAULT", "BranchResult", "CriterionVerdict", "ImportOutcome", "ImportReport",
           "InboxService", "RegisteredBranch", "RegisteredKey", "summary_sentence"]

# A key is valid from registration back to any earlier package it signed; its end is set by
# revoking it or by `valid_to` when a new secretary's key replaces it.
KEY_VALID_FROM_DEFAULT = date(2000, 1, 1)


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
    model_name: str = DEFAULT_MODEL  # the model its verdict is of: «Chi bộ 4 tốt», «Chi bộ 5 tốt» …


class InboxService:
    def __init__(self, db: Database, backups: BackupService | None = None, *, clock: Clock):
        self._db = db
        self._clock = clock  # when a package was received, a key revoked
        self._backups = backups or BackupService(db, clock=clock)

    @property
    def folder(self) -> Path:
        return self._db.path.parent / f"{self._db.path.stem}-inbox"

    # --- registry ---------------------------------------------------------------------------
    def register_branch(self, code: str, name: str) -> ChangeNotice:
        code, name = code.strip(), name.strip()
        if not code or not name:
            raise UserError(say("inbox.code_and_name_needed"), field="code" if not code else "name")
        with unit_of_work(self._db) as s:
            row = s.scalars(select(InboxBranch).where(InboxBranch.code == code)).first()
            if row is None:
                s.add(InboxBranch(code=code, name=name))
            else:
                row.name = name
        return ChangeNotice.of(Changed.INBOX)

    @staticmethod
    def check_key(pem: bytes):  # noqa: ANN205 - the public key
        """The public key of this text, or the refusal `add_key` gives, before anything is
        written."""
        try:
            return load_public_pem(pem)
        except KeyProblem as exc:
            raise UserError(exc.message, field="public_key") from exc

    def add_key(
        self,
        code: str,
        pem: bytes,
        valid_from: date = KEY_VALID_FROM_DEFAULT,
        valid_to: date | None = None,
    ) -> tuple[str, ChangeNotice]:
        """Register a branch's public key (signer.pem); returns the fingerprint to compare with
        the one on the paper registration form."""
        fingerprint = fingerprint_of(self.check_key(pem))
        with unit_of_work(self._db) as s:
            branch = s.scalars(select(InboxBranch).where(InboxBranch.code == code)).first()
            if branch is None:
                raise NotFound(say("inbox.branch_not_registered", code=code), field="code")
            existing = s.scalars(select(InboxKey).where(InboxKey.fingerprint == fingerprint)).first()
            if existing is not None:
                raise UserError(say("inbox.key_registered", fingerprint=fingerprint), field="public_key")
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
                raise NotFound(say("inbox.key_unknown", fingerprint=fingerprint), field="fingerprint")
            key.revoked_at = self._clock.utcnow()
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
        """Receive packages one at a time (inbox_receive.py): each refused or broken file is
        listed with its reason, the others are recorded. The data file is backed up first, as
        before every import; UserError (nothing received) when no backup can be made."""
        paths = [Path(p) for p in paths]
        if not paths:
            return ImportReport((), False), ChangeNotice.of(Changed.INBOX)
        backup = self._backups.before("inbox-import")
        outcomes, cancelled = receive(self._db, self.folder, self.own_committee(), paths,
                                      self._clock.utcnow(), on_progress, should_cancel)
        return ImportReport(tuple(outcomes), cancelled, backup), ChangeNotice.of(Changed.INBOX)

    def own_committee(self) -> str | None:
        """The name of the committee keeping this inbox (the data file's profile), to which
        every package must be addressed; None before a profile is saved."""
        with unit_of_work(self._db) as s:
            return s.scalars(select(Branch.name)).first()

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
                ImportOutcome(r.file_name, False, False, None, tuple(p["message"] for p in r.problems),
                              tuple(p["code"] for p in r.problems))
                for r in rows
            ]

    def report(self, package_id: int, name: str) -> bytes:
        with unit_of_work(self._db) as s:
            row = s.get(ReceivedPackage, package_id)
            if row is None or not row.accepted or row.stored_name is None:
                raise NotFound(say("inbox.package_not_found"))
            stored = self.folder / row.stored_name
        try:
            return read_entry(read_package_file(stored).data, name, Limits())
        except Refused as exc:
            raise UserError(say("exchange.unreadable_file", detail=f"{stored}: {exc.problem.message}")) from exc


def summary_sentence(results: Sequence[BranchResult], registered: int, lang: str = DEFAULT_LANGUAGE) -> str:
    """«3/5 chi bộ đạt «Chi bộ 4 tốt»», naming the model the packages' verdicts are of. When
    branches use different models, one count per model (of the branches that sent one), then
    how many registered branches sent nothing."""
    models = Counter(r.model_name for r in results)
    if len(models) <= 1:
        model = next(iter(models), DEFAULT_MODEL)
        good = sum(1 for r in results if r.four_good)
        return say("inbox.summary", good=good, total=max(registered, len(results)), model=model).render(lang)
    parts = [say("inbox.summary", good=sum(1 for r in results if r.model_name == m and r.four_good),
                 total=count, model=m).render(lang)
             for m, count in sorted(models.items())]
    if registered > len(results):
        parts.append(say("inbox.summary_missing", count=registered - len(results)).render(lang))
    return "; ".join(parts)


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
        model_name=summary.get("model_name") or DEFAULT_MODEL,
    )
