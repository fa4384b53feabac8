"""Exporting the year's signed package, and what must be complete before it.

Export: completeness is shown first (not enforced: the secretary decides), then one call builds
every file, signs, writes `<code>-<year>-<seq>.chibo.zip` atomically, records it and locks the
year. A correction reopens the year explicitly; the next export gets the next sequence number
and names the package it supersedes.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from desktop import __version__
from desktop.clock import Clock
from desktop.documents.kit import PageSetup
from desktop.domain.adoption import TASK_KINDS
from desktop.domain.enums import MeetingStatus
from desktop.exchange.build import build_package, json_bytes
from desktop.services import package_payload as payload
from desktop.services.branch import BranchService
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.documents import DocumentService
from desktop.services.dues import DuesService
from desktop.services.errors import UserError
from desktop.services.evaluation import EvaluationService
from desktop.services.evaluation_pdf import evaluation_pdf
from desktop.services.keys import KeyService
from desktop.services.meeting_year import MeetingYearService
from desktop.services.meetings import MeetingService
from desktop.services.overview import OverviewService
from desktop.services.reviews import ReviewService
from desktop.store.database import Database, unit_of_work
from desktop.store.models import ExportedPackage, YearSetting
from desktop.wording import Text, say


@dataclass(frozen=True)
class CompletenessItem:
    """Something missing before export; `page` and `target_id` say where to fix it."""

    code: str  # missing_meeting | draft_meeting | unrated_member | unjustified_score | no_key
    message: Text | str  # rendered by the front end in its language
    page: str
    target_id: int | None = None


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    sha256: str
    fingerprint: str
    sequence: int
    supersedes: str | None


@dataclass(frozen=True)
class ExportState:
    year: int
    locked: bool
    exported: tuple[ExportResult, ...]


class PackageExportService:
    def __init__(self, db: Database, *, clock: Clock):
        self._db = db
        self._clock = clock

    # --- before -------------------------------------------------------------------------
    def completeness(self, year: int) -> list[CompletenessItem]:
        items: list[CompletenessItem] = []
        if KeyService(self._db, clock=self._clock).active_key() is None:
            items.append(CompletenessItem("no_key", say("export.no_key"), "keys"))
        view = MeetingYearService(self._db, clock=self._clock).year_view(year)
        for gap in view.grid.gaps:
            items.append(CompletenessItem("missing_meeting", gap, "year_view"))
        for row in MeetingService(self._db, clock=self._clock).list_meetings(year):
            if row.status is MeetingStatus.DRAFT:
                items.append(CompletenessItem(
                    "draft_meeting",
                    say("export.draft_meeting", kind=row.kind_title, day=f"{row.date:%d/%m/%Y}"),
                    "meetings", row.id,
                ))
        review = ReviewService(self._db, clock=self._clock).year_review(year)
        for r in review.rows:
            if r.final_rating is None:
                items.append(CompletenessItem(
                    "unrated_member", say("export.unrated", name=r.full_name), "reviews", r.member_id
                ))
        report = EvaluationService(self._db, clock=self._clock).evaluate(
            year, payload.year_end(year, self._clock.today()))
        for crit in report.result.criteria:
            for comp in crit.components:
                entry = comp.manual
                unjustified = entry is not None and entry.score < comp.max and not entry.justification.strip()
                if comp.kind == "manual" and (entry is None or unjustified):
                    items.append(CompletenessItem(
                        "unjustified_score",
                        say("export.unjustified", code=comp.code, title=comp.title),
                        "evaluation",
                    ))
        return items

    def default_year(self) -> int:
        """The year a package is normally sent for: the last finished one, last year. In
        December the current year is proposed instead once its year-end work is done (every
        meeting adopted, every member rated, every committee score justified): branches send
        the package at the year-end review, before the new year. A year still in progress is
        never proposed just because December has come."""
        today = self._clock.today()
        if today.month == 12:
            left = [item for item in self.completeness(today.year) if item.code != "no_key"]
            if not left:
                return today.year
        return today.year - 1

    def state(self, year: int) -> ExportState:
        with unit_of_work(self._db) as s:
            setting = s.get(YearSetting, year)
            rows = s.scalars(
                select(ExportedPackage).where(ExportedPackage.year == year).order_by(ExportedPackage.seq)
            ).all()
            exported = tuple(
                ExportResult(Path(r.file_name), 0, r.sha256, r.key_fingerprint, r.seq, None) for r in rows
            )
            return ExportState(year, bool(setting and setting.locked_at), exported)

    # --- export -------------------------------------------------------------------------
    def export(self, year: int, passphrase: str, out_dir: Path, setup: PageSetup | None = None) -> tuple[ExportResult, ChangeNotice]:
        profile = BranchService(self._db).profile()
        if profile is None:
            raise UserError(say("export.no_profile"))
        if not out_dir.is_dir():
            raise UserError(say("export.not_a_folder", folder=out_dir), field="out")
        key, private = KeyService(self._db, clock=self._clock).unlock(passphrase)
        self._db.backup("before-export", when=self._clock.now())
        setup = setup or PageSetup()
        as_of = payload.year_end(year, self._clock.today())
        now = self._clock.utcnow()
        sequence, supersedes = self._next_sequence(year)

        report = EvaluationService(self._db, clock=self._clock).evaluate(year, as_of)
        meetings = MeetingService(self._db, clock=self._clock).list_meetings(year)
        reviews = ReviewService(self._db, clock=self._clock)
        review = reviews.year_review(year)
        members = OverviewService(self._db).overview(as_of).members
        dues = DuesService(self._db, clock=self._clock).year_summary(year, as_of)
        documents = DocumentService(self._db, clock=self._clock)
        files: dict[str, bytes] = {
            "evaluation.json": json_bytes(payload.evaluation_document(report)),
            "records.json": json_bytes(payload.records_document(year, profile, members, meetings, review,
                                                                dues)),
            payload.EVALUATION_REPORT: evaluation_pdf(self._db, year, as_of, setup, clock=self._clock),
            payload.RATING_REPORT: reviews.rating_summary_pdf(year, setup),
            payload.REGISTER_REPORT: documents.register_pdf(year, setup),
        }
        for row in meetings:
            files[payload.minutes_entry_name(row)] = documents.minutes_pdf(row.id, setup)
            if row.kind in TASK_KINDS:
                files[payload.resolution_entry_name(row)] = documents.resolution_pdf(row.id, setup)
        rulebook = {"name": report.rulebook.name, "version": report.rulebook.version, "sha256": report.rulebook.sha256}
        files["package.json"] = json_bytes(payload.manifest_document(
            profile=profile, year=year, sequence=sequence, supersedes=supersedes, rulebook=rulebook,
            app_version=__version__, created_at=now, fingerprint=key.fingerprint,
        ))
        data = build_package(files, private, now)
        digest = hashlib.sha256(data).hexdigest()
        target = out_dir / f"{_safe(profile.code)}-{year}-{sequence:02d}.chibo.zip"
        _write_atomically(target, data)
        with unit_of_work(self._db) as s:
            s.add(ExportedPackage(year=year, seq=sequence, sha256=digest, file_name=target.name,
                                  key_fingerprint=key.fingerprint, created_at=now))
            setting = s.get(YearSetting, year) or YearSetting(year=year)
            setting.locked_at = now
            s.add(setting)
        result = ExportResult(target, len(data), digest, key.fingerprint, sequence, supersedes)
        return result, ChangeNotice.of(Changed.PACKAGES, Changed.MEETINGS, Changed.REVIEWS, Changed.EVALUATION)

    def reopen(self, year: int) -> ChangeNotice:
        """Unlock an exported year for a correction; the next export supersedes the last one."""
        with unit_of_work(self._db) as s:
            setting = s.get(YearSetting, year)
            if setting is None or setting.locked_at is None:
                raise UserError(say("export.not_locked", year=year), field="year")
            setting.locked_at = None
        return ChangeNotice.of(Changed.PACKAGES, Changed.MEETINGS, Changed.REVIEWS, Changed.EVALUATION)

    def _next_sequence(self, year: int) -> tuple[int, str | None]:
        with unit_of_work(self._db) as s:
            last = s.scalar(select(func.max(ExportedPackage.seq)).where(ExportedPackage.year == year))
            if last is None:
                return 1, None
            previous = s.scalars(
                select(ExportedPackage.sha256).where(ExportedPackage.year == year, ExportedPackage.seq == last)
            ).one()
            return last + 1, previous


def _safe(code: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "-" for ch in code) or "chi-bo"


def _write_atomically(target: Path, data: bytes) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())  # a USB stick pulled right after must still hold the whole file
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise UserError(say("export.write_failed", path=target, reason=exc.strerror or exc), field="out") from exc
