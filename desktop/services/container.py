"""Every service the front ends use, for one open data file, made by the composition root.

Each service is built, and its module loaded, the first time it is asked for: opening a file
then costs only what its first screen uses (the documents service alone brings ReportLab,
~80 ms). `preload()` builds the rest on a worker thread once the first screen is up.

The front end hands in its one clock; every service that reads "today" or "now" gets it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from desktop.clock import Clock
from desktop.store.database import Database

if TYPE_CHECKING:
    from desktop.services.backups import BackupService
    from desktop.services.badges import BadgeService
    from desktop.services.candidates import CandidateService
    from desktop.services.due import DueService
    from desktop.services.lifecycle_documents import LifecycleDocumentService
    from desktop.services.probation import ProbationService
    from desktop.services.transfers import TransferService
    from desktop.services.branch import BranchService
    from desktop.services.data_check import DataCheckService
    from desktop.services.discipline import DisciplineService
    from desktop.services.documents import DocumentService
    from desktop.services.dues import DuesService
    from desktop.services.first_steps import FirstStepsService
    from desktop.services.encryption import EncryptionService
    from desktop.services.evaluation import EvaluationService
    from desktop.services.inbox import InboxService
    from desktop.services.inbox_reports import InboxReportService
    from desktop.services.keys import KeyService
    from desktop.services.manual_scores import ManualScoreService
    from desktop.services.meeting_draft import MeetingDraftService
    from desktop.services.meeting_minutes import MeetingMinutesService
    from desktop.services.meeting_year import MeetingYearService
    from desktop.services.meetings import MeetingService
    from desktop.services.member_import import MemberImportService
    from desktop.services.members import MembersService
    from desktop.services.overview import OverviewService
    from desktop.services.records import RecordsService
    from desktop.services.restore import RestoreService
    from desktop.services.reviews import ReviewService
    from desktop.services.rulebooks import RulebookService
    from desktop.services.targets import TargetService
    from desktop.services.tasks import TaskService
    from desktop.services.thematic import ThematicService
    from desktop.services.year_lock import YearLockService

T = TypeVar("T")


def _meeting_rules(services: Services) -> tuple:
    # with the service needing it
    from desktop.services.evaluation_load import meeting_rules_for

    return (meeting_rules_for(services.db),)  # the year's rulebook thresholds


def _rating_rules(services: Services) -> tuple:
    # with the service needing it
    from desktop.services.evaluation_load import rating_rules_for

    return (rating_rules_for(services.db),)  # the year's rating bands


class _Service(Generic[T]):
    """A service of the container: `desktop.services.<module>.<cls>(db, *extra(services))`,
    with `clock=services.clock` when it reads the clock."""

    def __init__(self, module: str, cls: str, extra: Callable[[Services], tuple] | None = None,
                 *, clocked: bool = False):
        self._module, self._cls, self._extra, self._clocked = module, cls, extra, clocked
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def make(self, services: Services) -> T:
        factory = getattr(import_module(f"desktop.services.{self._module}"), self._cls)
        extra = self._extra(services) if self._extra else ()
        if self._clocked:
            return factory(services.db, *extra, clock=services.clock)
        return factory(services.db, *extra)

    @overload
    def __get__(self, services: None, owner: type) -> _Service[T]: ...
    @overload
    def __get__(self, services: Services, owner: type) -> T: ...
    def __get__(self, services: Services | None, owner: type) -> Any:
        if services is None:
            return self
        return services._built(self._name, self.make)


class Services:
    """The services of one open file. Each is made once, whichever thread asks first."""

    branch: _Service[BranchService] = _Service("branch", "BranchService")
    overview: _Service[OverviewService] = _Service("overview", "OverviewService")
    members: _Service[MembersService] = _Service("members", "MembersService", clocked=True)
    member_import: _Service[MemberImportService] = _Service(
        "member_import", "MemberImportService", clocked=True)
    records: _Service[RecordsService] = _Service("records", "RecordsService", clocked=True)
    meetings: _Service[MeetingService] = _Service(
        "meetings", "MeetingService", _meeting_rules, clocked=True)
    meeting_minutes: _Service[MeetingMinutesService] = _Service(
        "meeting_minutes", "MeetingMinutesService")
    # The editor's autosave: the same sheet (the year's rulebook) as the detail it shows.
    meeting_draft: _Service[MeetingDraftService] = _Service(
        "meeting_draft", "MeetingDraftService", _meeting_rules, clocked=True)
    tasks: _Service[TaskService] = _Service("tasks", "TaskService", clocked=True)
    meeting_year: _Service[MeetingYearService] = _Service(
        "meeting_year", "MeetingYearService", clocked=True)
    thematic: _Service[ThematicService] = _Service("thematic", "ThematicService")
    reviews: _Service[ReviewService] = _Service(
        "reviews", "ReviewService", _rating_rules, clocked=True)
    discipline: _Service[DisciplineService] = _Service(
        "discipline", "DisciplineService", clocked=True)
    keys: _Service[KeyService] = _Service("keys", "KeyService", clocked=True)
    # Backs up before an import through the same folders as every other backup.
    inbox: _Service[InboxService] = _Service(
        "inbox", "InboxService", lambda services: (services.backups,), clocked=True)
    inbox_reports: _Service[InboxReportService] = _Service(
        "inbox_reports", "InboxReportService", clocked=True)
    # Same rules as the meetings list, so a document shows the figures the list shows.
    documents: _Service[DocumentService] = _Service(
        "documents", "DocumentService", _meeting_rules, clocked=True)
    # One per file: restore backs up through the same folders.
    backups: _Service[BackupService] = _Service("backups", "BackupService", clocked=True)
    restore: _Service[RestoreService] = _Service(
        "restore", "RestoreService", lambda services: (services.backups,), clocked=True)
    data_check: _Service[DataCheckService] = _Service(
        "data_check", "DataCheckService", clocked=True)
    # Encrypting the file, its passphrase and recovery sheet (backs up through the same folders).
    encryption: _Service[EncryptionService] = _Service(
        "encryption", "EncryptionService", lambda services: (services.backups,), clocked=True)
    rulebooks: _Service[RulebookService] = _Service(
        "rulebooks", "RulebookService", lambda services: (services.backups,), clocked=True)
    evaluation: _Service[EvaluationService] = _Service(
        "evaluation", "EvaluationService", clocked=True)
    targets: _Service[TargetService] = _Service("targets", "TargetService")
    manual_scores: _Service[ManualScoreService] = _Service(
        "manual_scores", "ManualScoreService", clocked=True)
    # A member's life in the branch.
    candidates: _Service[CandidateService] = _Service("candidates", "CandidateService", clocked=True)
    probation: _Service[ProbationService] = _Service("probation", "ProbationService", clocked=True)
    transfers: _Service[TransferService] = _Service("transfers", "TransferService", clocked=True)
    badges: _Service[BadgeService] = _Service("badges", "BadgeService", clocked=True)
    due: _Service[DueService] = _Service("due", "DueService", clocked=True)
    lifecycle_documents: _Service[LifecycleDocumentService] = _Service(
        "lifecycle_documents", "LifecycleDocumentService", clocked=True)
    # The party dues book.
    dues: _Service[DuesService] = _Service("dues", "DuesService", clocked=True)
    year_locks: _Service[YearLockService] = _Service("year_lock", "YearLockService")
    first_steps: _Service[FirstStepsService] = _Service("first_steps", "FirstStepsService")

    def __init__(self, db: Database, *, clock: Clock):
        self.db = db
        self.clock = clock
        self._made: dict[str, Any] = {}
        # Re-entrant: making `restore` asks for `backups` while the lock is held.
        self._lock = threading.RLock()

    def _built(self, name: str, make: Callable[[Services], Any]) -> Any:
        made = self._made.get(name)
        if made is None:
            with self._lock:
                made = self._made.get(name)
                if made is None:
                    made = self._made[name] = make(self)
        return made

    @classmethod
    def names(cls) -> list[str]:
        return [name for name, value in vars(cls).items() if isinstance(value, _Service)]

    def preload(self) -> None:
        """Make every service now (on a worker thread), so no later screen waits for an import."""
        for name in self.names():
            getattr(self, name)


def build_services(db: Database, clock: Clock) -> Services:
    return Services(db, clock=clock)
