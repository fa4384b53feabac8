"""The closed vocabularies of the domain (DOMAIN.md glossary). Values are stored in the data file."""

from __future__ import annotations

from enum import StrEnum


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class SituationEventKind(StrEnum):
    """A dated change in a member's situation; periods are a *_from / *_to pair."""

    ADMITTED = "admitted"  # kết nạp: starts probationary
    MADE_OFFICIAL = "made_official"  # công nhận chính thức
    EXEMPT_FROM = "exempt_from"  # miễn công tác và sinh hoạt đảng
    EXEMPT_TO = "exempt_to"
    ATTACHED_FROM = "attached_from"  # sinh hoạt tạm thời nơi khác
    ATTACHED_TO = "attached_to"
    SUSPENDED_FROM = "suspended_from"  # đình chỉ sinh hoạt / bị truy tố, tạm giam
    SUSPENDED_TO = "suspended_to"
    SPECIAL_DUTY_FROM = "special_duty_from"  # đi công tác đặc biệt: not expected at meetings
    SPECIAL_DUTY_TO = "special_duty_to"
    TRANSFERRED_IN = "transferred_in"
    TRANSFERRED_OUT = "transferred_out"
    DECEASED = "deceased"
    EXPELLED = "expelled"
    REMOVED = "removed"  # xóa tên: a probationary member not recognised, or by the rules on dues


class Position(StrEnum):
    SECRETARY = "secretary"
    DEPUTY = "deputy"
    COMMITTEE = "committee"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    THEMATIC = "thematic"
    COMBINED = "combined"  # regular + thematic in one sitting
    COMMITTEE = "committee"
    EXTRAORDINARY = "extraordinary"


class MeetingStatus(StrEnum):
    DRAFT = "draft"
    ADOPTED = "adopted"


class TaskStatus(StrEnum):
    """A task decided at a meeting: open until the next meeting reviews it."""

    OPEN = "open"
    DONE = "done"  # hoàn thành đúng hạn
    LATE = "late"  # hoàn thành chậm
    CARRIED = "carried"  # đang thực hiện, chuyển sang tháng sau
    NOT_DONE = "not_done"  # không thực hiện


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    UNEXCUSED = "unexcused"


class QualityBand(StrEnum):
    GOOD = "tot"
    FAIR = "kha"
    AVERAGE = "trung_binh"
    POOR = "kem"


class Rating(StrEnum):
    """QĐ 366-QĐ/TW member ratings, best first."""

    HTXSNV = "HTXSNV"
    HTTNV = "HTTNV"
    HTNV = "HTNV"
    KHTNV = "KHTNV"


class ReviewStep(StrEnum):
    SELF = "self"
    BRANCH = "branch"
    COMMITTEE = "committee"
    SUPERIOR = "superior"


class DisciplineForm(StrEnum):
    REPRIMAND = "khien_trach"
    WARNING = "canh_cao"
    DISMISSAL = "cach_chuc"
    EXPULSION = "khai_tru"


class DocumentType(StrEnum):
    """Document type codes used in numbers such as "Số 03-BB/CB"."""

    MINUTES = "BB"
    RESOLUTION = "NQ"
    REPORT = "BC"
    PLAN = "KH"
    NOTICE = "TB"
    LETTER = "CV"
