"""Translated names for the review vocabularies (ratings, steps, scope reasons, discipline forms).

Functions, not module constants, so the text follows the language installed at call time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import DisciplineForm, Rating, ReviewStep
from desktop.domain.review_scope import ScopeReason


def rating_title(rating: Rating) -> str:
    return {
        Rating.HTXSNV: QCoreApplication.translate("ReviewTexts", "Excellent (HTXSNV)"),
        Rating.HTTNV: QCoreApplication.translate("ReviewTexts", "Good (HTTNV)"),
        Rating.HTNV: QCoreApplication.translate("ReviewTexts", "Completed (HTNV)"),
        Rating.KHTNV: QCoreApplication.translate("ReviewTexts", "Not completed (KHTNV)"),
    }[rating]


def step_title(step: ReviewStep) -> str:
    return {
        ReviewStep.SELF: QCoreApplication.translate("ReviewTexts", "Self-rating"),
        ReviewStep.BRANCH: QCoreApplication.translate("ReviewTexts", "Branch vote"),
        ReviewStep.COMMITTEE: QCoreApplication.translate("ReviewTexts", "Committee proposal"),
        ReviewStep.SUPERIOR: QCoreApplication.translate("ReviewTexts", "Superior decision"),
    }[step]


def situation_title(code: str) -> str:
    return {
        "official": QCoreApplication.translate("ReviewTexts", "Official"),
        "probationary": QCoreApplication.translate("ReviewTexts", "Probationary"),
        "exempt": QCoreApplication.translate("ReviewTexts", "Exempt"),
        "suspended": QCoreApplication.translate("ReviewTexts", "Suspended"),
        "attached_elsewhere": QCoreApplication.translate("ReviewTexts", "Attached elsewhere"),
        "transferred_out": QCoreApplication.translate("ReviewTexts", "Transferred out"),
        "deceased": QCoreApplication.translate("ReviewTexts", "Deceased"),
        "expelled": QCoreApplication.translate("ReviewTexts", "Expelled"),
        "removed": QCoreApplication.translate("ReviewTexts", "Removed from the list"),
        "not_yet": QCoreApplication.translate("ReviewTexts", "Not yet a member"),
        "left": QCoreApplication.translate("ReviewTexts", "Left"),
    }.get(code, code)


def reason_text(reason: ScopeReason) -> str:
    return {
        ScopeReason.REVIEWED: QCoreApplication.translate("ReviewTexts", "Reviewed and rated."),
        ScopeReason.TRANSFERRED_IN: QCoreApplication.translate("ReviewTexts", 
            "Transferred in this year: reviewed here, consulting the previous branch's remarks."),
        ScopeReason.ATTACHED_ELSEWHERE: QCoreApplication.translate("ReviewTexts", 
            "Attached elsewhere: reviewed here, with the remarks of the branch they meet with."),
        ScopeReason.NEW_MEMBER: QCoreApplication.translate("ReviewTexts", 
            "Admitted less than 6 months before the review date: not rated this year."),
        ScopeReason.EXEMPT: QCoreApplication.translate("ReviewTexts", "Exempt from party work and meetings: not reviewed."),
        ScopeReason.SUSPENDED: QCoreApplication.translate("ReviewTexts", "Suspended from party activity: not reviewed."),
        ScopeReason.TRANSFERRED_OUT: QCoreApplication.translate("ReviewTexts", "Transferred out: the new branch reviews them."),
        ScopeReason.DECEASED: QCoreApplication.translate("ReviewTexts", "Deceased: not reviewed."),
        ScopeReason.EXPELLED: QCoreApplication.translate("ReviewTexts", "Expelled: not reviewed."),
        ScopeReason.REMOVED: QCoreApplication.translate("ReviewTexts", "Removed from the list: not reviewed."),
        ScopeReason.JOINS_LATER: QCoreApplication.translate("ReviewTexts", "Joined after the review date: reviewed from next year."),
    }[reason]


def discipline_form_title(form: DisciplineForm) -> str:
    return {
        DisciplineForm.REPRIMAND: QCoreApplication.translate("ReviewTexts", "Reprimand"),
        DisciplineForm.WARNING: QCoreApplication.translate("ReviewTexts", "Warning"),
        DisciplineForm.DISMISSAL: QCoreApplication.translate("ReviewTexts", "Dismissal from post"),
        DisciplineForm.EXPULSION: QCoreApplication.translate("ReviewTexts", "Expulsion"),
    }[form]


def scope_rule_text() -> str:
    """The rule of who is reviewed, shown on the page so the secretary knows why."""
    return QCoreApplication.translate("ReviewTexts", 
        "Members are reviewed as they stand on 1 December: exempt or suspended members are not "
        "reviewed; members transferred out are reviewed by their new branch; members transferred "
        "in are reviewed here; members admitted less than 6 months before are rated next year."
    )
