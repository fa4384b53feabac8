"""Translated names for the meeting vocabularies (kinds, statuses, attendance, bands, sections).

Functions, not module constants, so the text follows the language installed at call time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain import numbers
from desktop.domain.enums import (
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    QualityBand,
)


# Literal QCoreApplication.translate calls: lupdate only finds strings written that way.
def kind_title(kind: MeetingKind) -> str:
    return {
        MeetingKind.REGULAR: QCoreApplication.translate("MeetingTexts", "Regular branch meeting"),
        MeetingKind.THEMATIC: QCoreApplication.translate("MeetingTexts", "Thematic session"),
        MeetingKind.COMBINED: QCoreApplication.translate("MeetingTexts", "Regular meeting with thematic session"),
        MeetingKind.COMMITTEE: QCoreApplication.translate("MeetingTexts", "Branch committee meeting"),
        MeetingKind.EXTRAORDINARY: QCoreApplication.translate("MeetingTexts", "Extraordinary meeting"),
    }[kind]


def status_title(status: MeetingStatus) -> str:
    return {MeetingStatus.DRAFT: QCoreApplication.translate("MeetingTexts", "Draft"), MeetingStatus.ADOPTED: QCoreApplication.translate("MeetingTexts", "Adopted")}[status]


def attendance_title(status: AttendanceStatus | None) -> str:
    return {
        AttendanceStatus.PRESENT: QCoreApplication.translate("MeetingTexts", "Present"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("MeetingTexts", "Absent with reason"),
        AttendanceStatus.UNEXCUSED: QCoreApplication.translate("MeetingTexts", "Absent without reason"),
        None: QCoreApplication.translate("MeetingTexts", "Not attending"),
    }[status]


def band_title(band: QualityBand | None) -> str:
    if band is None:  # committee meetings are not rated
        return QCoreApplication.translate("MeetingTexts", "Not rated")
    return {
        QualityBand.GOOD: QCoreApplication.translate("MeetingTexts", "Good"),
        QualityBand.FAIR: QCoreApplication.translate("MeetingTexts", "Fair"),
        QualityBand.AVERAGE: QCoreApplication.translate("MeetingTexts", "Average"),
        QualityBand.POOR: QCoreApplication.translate("MeetingTexts", "Poor"),
    }[band]


def section_title(section: str) -> str:
    return {
        "opening": QCoreApplication.translate("MeetingTexts", "Opening"),
        "proceedings": QCoreApplication.translate("MeetingTexts", "Proceedings"),
        "closing": QCoreApplication.translate("MeetingTexts", "Closing"),
    }.get(section, section)


def category_title(category: str) -> str:
    return {
        "expected": QCoreApplication.translate("MeetingTexts", "Expected"),
        "exempt": QCoreApplication.translate("MeetingTexts", "Exempt from activities"),
        "attached": QCoreApplication.translate("MeetingTexts", "Attending elsewhere"),
        "not_expected": QCoreApplication.translate("MeetingTexts", "Suspended or on special duty"),
    }[category]


def standing_title(standing: str) -> str:
    return {"official": QCoreApplication.translate("MeetingTexts", "Official"), "probationary": QCoreApplication.translate("MeetingTexts", "Probationary")}.get(standing, standing)


def percent(rate: float | None) -> str:
    return "—" if rate is None else numbers.percent(rate)


def quick_reasons() -> list[str]:
    return [QCoreApplication.translate("MeetingTexts", "Sick"), QCoreApplication.translate("MeetingTexts", "Away on business"), QCoreApplication.translate("MeetingTexts", "Family matters"), QCoreApplication.translate("MeetingTexts", "Studying away")]
