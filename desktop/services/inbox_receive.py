"""Receiving packages into the inbox: one at a time, a refused or broken one never stopping the
rest, and no file kept beside the data file unless its row is committed.

Each package is read against the size cap, verified (the verifier never raises), judged
(inbox_checks.py) and recorded inside a SAVEPOINT of its own: whatever breaks while one package
is handled rolls back that package only, which is then listed with its reason. An accepted
package's bytes are written under a temporary name (".<sha256>.partial") in the inbox folder;
once its batch commits they are renamed to "<sha256>.chibo.zip", and if the commit fails they
are removed. A run stopped between the commit and the rename is finished by the next one.
Packages are committed 100 at a time: a commit is an fsync, and thousands of them would
dominate a province's import.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.domain.rulebook import Rulebook
from desktop.exchange.problems import Problem
from desktop.exchange.source import read_package_file
from desktop.exchange.verification import Verification
from desktop.exchange.verify import verify_package
from desktop.exchange.zipread import Refused
from desktop.services.errors import UserError
from desktop.services.inbox_checks import InboxJudge, model_name
from desktop.services.inbox_trust import DatabaseTrust
from desktop.services.rulebook_files import load_rulebook_file, parse_rulebook_text, shipped_rulebooks
from desktop.store.database import Database, unit_of_work
from desktop.store.models import ReceivedPackage
from desktop.store.models import Rulebook as RulebookRow
from desktop.wording import say

log = logging.getLogger(__name__)

BATCH = 100  # packages per transaction: fsync per package would dominate 4,000 imports
PARTIAL = re.compile(r"\.([0-9a-f]{64})\.partial")


@dataclass(frozen=True)
class ImportOutcome:
    file: str
    accepted: bool
    duplicate: bool
    verification: Verification | None
    problems: tuple[str, ...]  # Vietnamese messages, one line each
    codes: tuple[str, ...] = ()  # the reasons' codes, in the same order


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[ImportOutcome, ...]
    cancelled: bool
    backup: Path | None = None

    @property
    def accepted(self) -> int:
        return sum(1 for o in self.outcomes if o.accepted)

    @property
    def rejected(self) -> int:
        return sum(1 for o in self.outcomes if not o.accepted and not o.duplicate)

    @property
    def refused(self) -> tuple[ImportOutcome, ...]:
        return tuple(o for o in self.outcomes if not o.accepted and not o.duplicate)


@dataclass
class _Batch:
    received_at: datetime  # one time for the whole import, from the service's clock
    staged: list[tuple[Path, Path]] = field(default_factory=list)  # (temporary, final) name

    def discard(self) -> None:
        for temporary, _final in self.staged:
            with suppress(OSError):
                temporary.unlink(missing_ok=True)

    def publish(self) -> None:
        for temporary, final in self.staged:
            try:
                os.replace(temporary, final)
            except OSError:
                # The row is committed: the next import finds the temporary file and finishes.
                log.exception("could not rename %s to %s", temporary, final)


def receive(
    db: Database,
    folder: Path,
    committee: str | None,
    paths: Sequence[Path],
    received_at: datetime,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> tuple[list[ImportOutcome], bool]:
    """(outcomes, cancelled). UserError when the inbox folder cannot be made or a batch cannot
    be committed (the batches committed before it stay received)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(say("inbox.folder_unwritable", path=folder, reason=exc.strerror or exc)) from exc
    finish_interrupted(db, folder)
    try:
        with unit_of_work(db) as s:  # read once; the import keeps them up to date (inbox_trust.py)
            trust = DatabaseTrust(s)
            known = set(s.scalars(select(ReceivedPackage.sha256).where(ReceivedPackage.accepted)))
    except SQLAlchemyError as exc:
        raise UserError(say("inbox.commit_failed", reason=_reason(exc), recorded=0)) from exc
    outcomes: list[ImportOutcome] = []
    for start in range(0, len(paths), BATCH):
        if should_cancel and should_cancel():
            return outcomes, True
        batch = _Batch(received_at)
        try:
            with unit_of_work(db) as s:
                judge = InboxJudge(committee, _rulebooks(s))
                done = [_one(s, trust, known, judge, folder, Path(path), batch)
                        for path in paths[start:start + BATCH]]
        except (SQLAlchemyError, OSError) as exc:
            batch.discard()
            recorded = sum(1 for o in outcomes if o.accepted)
            raise UserError(say("inbox.commit_failed", reason=_reason(exc), recorded=recorded)) from exc
        except BaseException:
            batch.discard()
            raise
        batch.publish()
        outcomes += done
        if on_progress:
            on_progress(min(start + BATCH, len(paths)), len(paths))
    return outcomes, False


def _one(s: Session, trust: DatabaseTrust, known: set[str], judge: InboxJudge, folder: Path,
         path: Path, batch: _Batch) -> ImportOutcome:
    """`known`: the digests of the packages received, this one's added once accepted. A package
    refused before is judged again (its branch's key may have been registered since): its old
    row gives way to the new verdict."""
    try:
        source = read_package_file(path)
    except Refused as refused:
        return _refused(path.name, None, [refused.problem])
    if source.sha256 in known:
        return ImportOutcome(path.name, False, True, None, (str(say("inbox.already_received")),),
                             ("already_received",))
    staged = len(batch.staged)
    try:
        with s.begin_nested():  # this package only: rolled back alone if anything breaks
            s.execute(delete(ReceivedPackage).where(ReceivedPackage.sha256 == source.sha256,
                                                    ReceivedPackage.accepted.is_(False)))
            outcome = _record(s, trust, judge, folder, path.name, source.data, source.sha256, batch)
        if outcome.accepted:  # the next package's sequence check sees this one
            known.add(source.sha256)
            result = outcome.verification
            trust.accepted(result.branch_code, result.year, result.seq)
        return outcome
    except OSError as exc:
        del batch.staged[staged:]
        _remove(folder / f".{source.sha256}.partial")
        message = str(say("inbox.store_failed", path=folder, reason=exc.strerror or exc))
        return ImportOutcome(path.name, False, False, None, (message,), ("store_failed",))
    except Exception as exc:  # noqa: BLE001 - one package's failure must not stop the others
        # Its savepoint is rolled back. Should the data file itself be failing, the batch's
        # commit fails next and says so (receive).
        log.exception("receiving %s failed", path)
        del batch.staged[staged:]
        _remove(folder / f".{source.sha256}.partial")
        return _refused(path.name, None, [Problem("internal_error", type(exc).__name__)])


def _record(s: Session, trust: DatabaseTrust, judge: InboxJudge, folder: Path, name: str, data: bytes,
            digest: str, batch: _Batch) -> ImportOutcome:
    result = verify_package(data, file=name, trust=trust, sha256=digest)
    problems = list(result.problems) or judge.problems(result)
    accepted = not problems
    stored = None
    if accepted:
        stored = f"{digest}.chibo.zip"
        temporary = folder / f".{digest}.partial"
        batch.staged.append((temporary, folder / stored))
        temporary.write_bytes(data)
    # One INSERT, not an ORM object to flush (~0.1 ms a package). A failure
    # to write the row is this package's, in its savepoint.
    s.execute(insert(ReceivedPackage).values(
        sha256=digest, file_name=name, branch_code=result.branch_code, year=result.year, seq=result.seq,
        accepted=accepted, problems=[p.as_dict() for p in problems],
        summary=_summary(result) if accepted else {}, stored_name=stored, received_at=batch.received_at,
    ))
    if accepted:
        return ImportOutcome(name, True, False, _verdict_only(result), ())
    return _refused(name, _verdict_only(result), problems)


def _verdict_only(result: Verification) -> Verification:
    """The verification an outcome keeps: its evaluation document cut down to the verdict
    (four good, the model). A province's 4,000 whole documents, alive until the import's report
    is closed, made the window's garbage collector walk ~2 million more objects at each full
    pass: ~100 ms with the window frozen, several times during an import."""
    if not result.evaluation:
        return result
    return replace(result, evaluation={"four_good": result.four_good, "model_name": result.model_name})


def _refused(name: str, result: Verification | None, problems: list[Problem]) -> ImportOutcome:
    return ImportOutcome(name, False, False, result, tuple(p.message for p in problems),
                         tuple(p.code for p in problems))


def _summary(result: Verification) -> dict:
    ev = result.evaluation or {}
    return {
        "branch_name": (result.manifest or {}).get("branch", {}).get("name", ""),
        "four_good": bool(ev.get("four_good")),
        "model_name": model_name(ev),
        "criteria": [
            {"number": str(c["number"]), "name": c["name"], "score": c["score"], "max": c["max"], "good": c["good"]}
            for c in ev.get("criteria", [])
        ],
        "reports": list(result.reports),
    }


def _rulebooks(s: Session) -> Callable[[str], Rulebook | None]:
    """The rulebooks the inbox holds (imported ones, then the shipped samples) by SHA-256,
    each parsed when first asked for."""
    found: dict[str, Rulebook | None] = {}
    shipped: dict[str, Rulebook] = {}

    def lookup(sha256: str) -> Rulebook | None:
        if sha256 not in found:
            row = s.scalars(select(RulebookRow).where(RulebookRow.sha256 == sha256)).first()
            found[sha256] = _parsed(row) if row is not None else _shipped(shipped).get(sha256)
        return found[sha256]

    return lookup


def _parsed(row: RulebookRow) -> Rulebook | None:
    try:
        return parse_rulebook_text(row.content, f"{row.name} {row.version}")
    except UserError:  # a stored rulebook the program no longer reads: nothing to compare with
        return None


def _shipped(cache: dict[str, Rulebook]) -> dict[str, Rulebook]:
    if not cache:
        for path in shipped_rulebooks():
            with suppress(UserError):
                loaded = load_rulebook_file(path)
                cache[loaded.sha256] = loaded.rulebook
    return cache


def finish_interrupted(db: Database, folder: Path) -> None:
    """Temporary files left by a run that stopped: renamed when their row was committed,
    removed when it was not."""
    leftovers = dict(_partials(folder))
    if not leftovers:
        return
    with unit_of_work(db) as s:
        kept = set(s.scalars(select(ReceivedPackage.sha256).where(
            ReceivedPackage.sha256.in_(leftovers), ReceivedPackage.stored_name.is_not(None))))
    for digest, temporary in leftovers.items():
        try:
            if digest in kept:
                os.replace(temporary, folder / f"{digest}.chibo.zip")
            else:
                temporary.unlink()
        except OSError:
            log.exception("could not tidy %s", temporary)


def _partials(folder: Path) -> Iterator[tuple[str, Path]]:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        match = PARTIAL.fullmatch(entry.name)
        if match:
            yield match.group(1), Path(entry.path)


def _remove(path: Path) -> None:
    with suppress(OSError):
        path.unlink(missing_ok=True)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    original = getattr(exc, "orig", None)
    return str(original or type(exc).__name__)
