"""Rulebooks in the data file: import (exact bytes kept, SHA-256), list, and the year's pin.

A year is evaluated under the rulebook pinned to it in `year_setting`. The first evaluation of a
year pins the rulebook in force then (the latest non-sample rulebook effective by 31/12, else the
shipped sample); after that only `pin_year` changes it, an explicit act, refused once the year
is locked by an export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.rulebook import Rulebook
from desktop.services.backups import BackupService
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import NotFound, UserError
from desktop.services.rulebook_files import (
    LoadedRulebook,
    default_rulebook_path,
    load_rulebook_file,
    parse_rulebook_text,
    read_rulebook_bytes,
    shipped_rulebooks,
)
from desktop.services.rulebook_signature import check_rulebook_signature
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Rulebook as RulebookRow
from desktop.store.models import YearSetting
from desktop.wording import say


@dataclass(frozen=True)
class RulebookInfo:
    id: int
    name: str
    model: str
    verdict: str
    version: str
    issuer: str
    document_number: str
    effective_from: date
    sha256: str
    sample: bool
    signature_checked: bool
    imported_at: datetime | None
    signer_fingerprint: str | None = None


@dataclass(frozen=True)
class YearRulebook:
    year: int
    info: RulebookInfo
    rulebook: Rulebook
    locked: bool


def _info(row: RulebookRow, rb: Rulebook) -> RulebookInfo:
    return RulebookInfo(row.id, row.name, rb.model, rb.verdict, row.version, row.issuer, row.document_number,
                        row.effective_from, row.sha256, rb.sample, row.signature_checked, row.imported_at,
                        row.signer_fingerprint)


def parsed(row: RulebookRow) -> Rulebook:
    return parse_rulebook_text(row.content, f"{row.name} {row.version}")


def store_rulebook(s: Session, loaded: LoadedRulebook, now: datetime,
                   signer: str | None = None) -> RulebookRow:
    """Insert, as imported at `now`, unless the same bytes are already stored (importing twice is
    harmless; a later import with a valid signature records the signer)."""
    row = s.scalars(select(RulebookRow).where(RulebookRow.sha256 == loaded.sha256)).first()
    if row is None:
        rb = loaded.rulebook
        row = RulebookRow(name=rb.name, version=rb.version, issuer=rb.issuer, document_number=rb.document_number,
                          effective_from=rb.effective_from, sha256=loaded.sha256, content=loaded.text,
                          imported_at=now)
        s.add(row)
    if signer is not None:
        row.signature_checked, row.signer_fingerprint = True, signer
    s.flush()
    return row


def ensure_shipped(s: Session, now: datetime) -> None:
    """The shipped samples are always available to choose from (stored at `now` the first
    time). Written as INSERT OR IGNORE
    (sha256 is unique) so that, as a transaction's first statement, it takes the write lock
    before anything is read."""
    for path in shipped_rulebooks():
        loaded = load_rulebook_file(path)
        rb = loaded.rulebook
        s.execute(
            sqlite_insert(RulebookRow).values(
                name=rb.name, version=rb.version, issuer=rb.issuer, document_number=rb.document_number,
                effective_from=rb.effective_from, sha256=loaded.sha256, content=loaded.text,
                signature_checked=False, imported_at=now,
            ).on_conflict_do_nothing(index_elements=["sha256"])
        )


def ensure_year_pinned(db: Database, year: int, now: datetime) -> None:
    """Pin `year` to the rulebook in force if it has none, in a transaction of its own that
    writes first: evaluations stay read-only and never invalidate a concurrent writer's snapshot
    (SQLite's deferred transactions fail with "database is locked" when a read is upgraded to a
    write after another connection committed)."""
    if db.read_only:  # viewing only: resolve_year reads what would be pinned
        return
    with unit_of_work(db) as s:
        setting = s.get(YearSetting, year)
        if setting is not None and setting.rulebook_id:
            return
    with unit_of_work(db) as s:
        ensure_shipped(s, now)  # first statement: a write
        row = _in_force(s, year)
        s.execute(sqlite_insert(YearSetting).values(year=year).on_conflict_do_nothing(index_elements=["year"]))
        s.execute(update(YearSetting).where(YearSetting.year == year, YearSetting.rulebook_id.is_(None))
                  .values(rulebook_id=row.id))


def resolve_year(s: Session, year: int) -> YearRulebook:
    """The year's rulebook, read only: the pinned one (call `ensure_year_pinned` first), else
    the one that would be pinned."""
    setting = s.get(YearSetting, year)
    row = s.get(RulebookRow, setting.rulebook_id) if setting and setting.rulebook_id else None
    if row is None:
        row = _in_force(s, year)
    rb = parsed(row)
    return YearRulebook(year, _info(row, rb), rb, bool(setting and setting.locked_at))


def _in_force(s: Session, year: int) -> RulebookRow:
    """The latest non-sample rulebook effective by 31/12 of `year`, else the shipped default
    (stored by `ensure_shipped`)."""
    end = date(year, 12, 31)
    rows = s.scalars(
        select(RulebookRow).where(RulebookRow.effective_from <= end)
        .order_by(RulebookRow.effective_from.desc(), RulebookRow.id.desc())
    ).all()
    official = [r for r in rows if not parsed(r).sample]
    if official:
        return official[0]
    default = load_rulebook_file(default_rulebook_path())
    row = s.scalars(select(RulebookRow).where(RulebookRow.sha256 == default.sha256)).first()
    if row is None and s.info.get("read_only"):
        return _unstored(default)  # a file opened for viewing cannot store the sample
    if row is None:
        raise UserError(say("rulebook_check.none_stored"), field="rulebook")
    return row


def _unstored(loaded: LoadedRulebook) -> RulebookRow:
    """A row for a rulebook that is not in the file (never added to a session): id 0."""
    rb = loaded.rulebook
    return RulebookRow(id=0, name=rb.name, version=rb.version, issuer=rb.issuer,
                       document_number=rb.document_number, effective_from=rb.effective_from,
                       sha256=loaded.sha256, content=loaded.text, signature_checked=False)


class RulebookService:
    def __init__(self, db: Database, backups: BackupService | None = None, *, clock: Clock):
        self._db = db
        self._clock = clock  # when a rulebook was imported
        # The window passes its configured one (its folders); the CLI makes its own.
        self._backups = backups or BackupService(db, clock=clock)

    def list_rulebooks(self) -> tuple[RulebookInfo, ...]:
        if not self._db.read_only:  # a file opened for viewing lists what it holds
            with unit_of_work(self._db) as s:
                ensure_shipped(s, self._clock.utcnow())
        with unit_of_work(self._db) as s:
            rows = s.scalars(select(RulebookRow).order_by(RulebookRow.effective_from.desc(), RulebookRow.id)).all()
            return tuple(_info(r, parsed(r)) for r in rows)

    def import_file(self, path: Path) -> tuple[RulebookInfo, ChangeNotice]:
        """Import a rulebook file; a `.sig` beside it is checked (see rulebook_signature)."""
        path = Path(path)
        loaded = load_rulebook_file(path)  # names the file and key path of every problem
        signer = check_rulebook_signature(path, loaded.text.encode("utf-8"))  # the exact bytes read
        return self._import(loaded, signer)

    def import_bytes(self, data: bytes, name: str) -> tuple[RulebookInfo, ChangeNotice]:
        return self._import(read_rulebook_bytes(data, name))

    def _import(self, loaded: LoadedRulebook, signer: str | None = None) -> tuple[RulebookInfo, ChangeNotice]:
        # Checked first (a refused file costs no backup), then backed up like every import.
        self._backups.before("rulebook-import")
        with unit_of_work(self._db) as s:
            row = store_rulebook(s, loaded, self._clock.utcnow(), signer)
            info = _info(row, loaded.rulebook)
        return info, ChangeNotice.of(Changed.RULEBOOKS, ids=(info.id,))

    def year_rulebook(self, year: int) -> YearRulebook:
        ensure_year_pinned(self._db, year, self._clock.utcnow())
        with unit_of_work(self._db) as s:
            return resolve_year(s, year)

    def pin_year(self, year: int, rulebook_id: int) -> ChangeNotice:
        """Evaluate `year` under another rulebook: an explicit act, refused for a locked year."""
        with unit_of_work(self._db) as s:
            row = s.get(RulebookRow, rulebook_id)
            if row is None:
                raise NotFound(say("rulebook_check.no_rulebook", rulebook_id=rulebook_id), field="rulebook_id")
            setting = s.get(YearSetting, year)
            if setting is not None and setting.locked_at is not None:
                raise UserError(say("rulebook_check.year_locked", year=year), field="year")
            if setting is None:
                setting = YearSetting(year=year)
                s.add(setting)
            setting.rulebook_id = row.id
        return ChangeNotice.of(Changed.RULEBOOKS, Changed.EVALUATION, ids=(year,))

