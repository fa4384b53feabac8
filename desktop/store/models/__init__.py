"""All tables of a Sổ Chi bộ data file. Import this package to register every model."""

from desktop.store.base import Base
from desktop.store.models.branch import Branch, DocumentNumber, Term
from desktop.store.models.dues import (
    DuesBasis,
    DuesEntry,
    DuesFigure,
    DuesMonth,
    DuesRemittance,
    DuesSchedule,
)
from desktop.store.models.evaluation import (
    EvaluationSnapshot,
    ManualScore,
    Rulebook,
    YearSetting,
    YearTarget,
)
from desktop.store.models.exchange import (
    ExportedPackage,
    InboxBranch,
    InboxKey,
    ReceivedPackage,
    SigningKey,
)
from desktop.store.models.meetings import (
    AgendaItem,
    Attendance,
    Meeting,
    QualityItem,
    Speech,
    ThematicPlanEntry,
    ThematicTopic,
    Vote,
)
from desktop.store.models.lifecycle import (
    Candidate,
    MentorReview,
    PartyBreak,
    Recognition,
    Transfer,
)
from desktop.store.models.members import Member, MemberPosition, SituationEvent
from desktop.store.models.tasks import MeetingResolution, MeetingTask
from desktop.store.models.review import Commitment, Discipline, RatingStep, SelfReview

__all__ = [
    "AgendaItem",
    "Attendance",
    "Base",
    "Branch",
    "Candidate",
    "Commitment",
    "Discipline",
    "DocumentNumber",
    "DuesBasis",
    "DuesEntry",
    "DuesFigure",
    "DuesMonth",
    "DuesRemittance",
    "DuesSchedule",
    "EvaluationSnapshot",
    "ExportedPackage",
    "InboxBranch",
    "InboxKey",
    "ManualScore",
    "Meeting",
    "MeetingResolution",
    "MeetingTask",
    "Member",
    "MemberPosition",
    "MentorReview",
    "PartyBreak",
    "QualityItem",
    "RatingStep",
    "ReceivedPackage",
    "Recognition",
    "Rulebook",
    "SelfReview",
    "SigningKey",
    "SituationEvent",
    "Speech",
    "Term",
    "ThematicPlanEntry",
    "ThematicTopic",
    "Transfer",
    "Vote",
    "YearSetting",
    "YearTarget",
]
