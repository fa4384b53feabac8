"""Every service the front ends use, built once per open data file by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.backups import BackupService
from desktop.services.branch import BranchService
from desktop.services.data_check import DataCheckService
from desktop.services.discipline import DisciplineService
from desktop.services.documents import DocumentService
from desktop.services.evaluation import EvaluationService
from desktop.services.evaluation_load import meeting_rules_for, rating_rules_for
from desktop.services.inbox import InboxService
from desktop.services.inbox_reports import InboxReportService
from desktop.services.keys import KeyService
from desktop.services.manual_scores import ManualScoreService
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
from desktop.services.thematic import ThematicService
from desktop.store.database import Database


@dataclass(frozen=True)
class Services:
    db: Database
    branch: BranchService
    overview: OverviewService
    members: MembersService
    member_import: MemberImportService
    records: RecordsService
    meetings: MeetingService
    meeting_minutes: MeetingMinutesService
    meeting_year: MeetingYearService
    thematic: ThematicService
    reviews: ReviewService
    discipline: DisciplineService
    keys: KeyService
    inbox: InboxService
    inbox_reports: InboxReportService
    documents: DocumentService
    backups: BackupService
    restore: RestoreService
    data_check: DataCheckService
    rulebooks: RulebookService
    evaluation: EvaluationService
    targets: TargetService
    manual_scores: ManualScoreService


def build_services(db: Database) -> Services:
    backups = BackupService(db)  # one per file: restore backs up through the same folders
    return Services(
        db=db,
        branch=BranchService(db),
        overview=OverviewService(db),
        members=MembersService(db),
        member_import=MemberImportService(db),
        records=RecordsService(db),
        meetings=MeetingService(db, meeting_rules_for(db)),  # the year's rulebook thresholds
        meeting_minutes=MeetingMinutesService(db),
        meeting_year=MeetingYearService(db),
        thematic=ThematicService(db),
        reviews=ReviewService(db, rating_rules_for(db)),  # the year's rating bands
        discipline=DisciplineService(db),
        keys=KeyService(db),
        inbox=InboxService(db),
        inbox_reports=InboxReportService(db),
        documents=DocumentService(db, meeting_rules_for(db)),  # same rules as the meetings list
        backups=backups,
        restore=RestoreService(db, backups),
        data_check=DataCheckService(db),
        rulebooks=RulebookService(db),
        evaluation=EvaluationService(db),
        targets=TargetService(db),
        manual_scores=ManualScoreService(db),
    )
