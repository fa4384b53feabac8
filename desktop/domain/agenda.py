"""Agenda templates per meeting kind, in the order of DOMAIN.md §4 (Vietnamese titles).

A new meeting's agenda is pre-filled from its kind's template; the minutes print the items in
this order under the three sections. Data only: screens and documents read it as it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.enums import MeetingKind

OPENING, PROCEEDINGS, CLOSING = "opening", "proceedings", "closing"
SECTIONS = (OPENING, PROCEEDINGS, CLOSING)
SECTION_TITLES = {
    OPENING: "Phần mở đầu",
    PROCEEDINGS: "Nội dung sinh hoạt",
    CLOSING: "Kết thúc",
}

KIND_TITLES = {
    MeetingKind.REGULAR: "Sinh hoạt chi bộ thường kỳ",
    MeetingKind.THEMATIC: "Sinh hoạt chuyên đề",
    MeetingKind.COMBINED: "Sinh hoạt thường kỳ kết hợp chuyên đề",
    MeetingKind.COMMITTEE: "Họp chi ủy",
    MeetingKind.EXTRAORDINARY: "Sinh hoạt bất thường",
}


@dataclass(frozen=True)
class AgendaTemplateItem:
    section: str
    title: str


_OPENING = (
    AgendaTemplateItem(OPENING, "Tuyên bố lý do, giới thiệu đại biểu dự họp"),
    AgendaTemplateItem(
        OPENING, "Báo cáo tình hình đảng viên dự họp (có mặt, vắng có lý do, vắng không lý do)"
    ),
    AgendaTemplateItem(OPENING, "Thông qua chương trình sinh hoạt, cử thư ký ghi biên bản"),
)
_REGULAR_BODY = (
    AgendaTemplateItem(
        PROCEEDINGS, "Chi ủy báo cáo kết quả thực hiện nghị quyết tháng trước"
    ),
    AgendaTemplateItem(PROCEEDINGS, "Tình hình tư tưởng của đảng viên"),
    AgendaTemplateItem(PROCEEDINGS, "Phương hướng, nhiệm vụ tháng tới"),
    AgendaTemplateItem(PROCEEDINGS, "Đảng viên thảo luận, đóng góp ý kiến"),
)
_THEMATIC_BODY = (
    AgendaTemplateItem(PROCEEDINGS, "Trình bày chuyên đề"),
    AgendaTemplateItem(PROCEEDINGS, "Đảng viên thảo luận, liên hệ thực tiễn"),
)
_CLOSING = (
    AgendaTemplateItem(CLOSING, "Kết luận, biểu quyết thông qua nghị quyết"),
    AgendaTemplateItem(CLOSING, "Đánh giá chất lượng buổi sinh hoạt"),
    AgendaTemplateItem(CLOSING, "Thông qua biên bản, bế mạc"),
)
_THEMATIC_CLOSING = (
    AgendaTemplateItem(CLOSING, "Kết luận chuyên đề, giải pháp thực hiện"),
    AgendaTemplateItem(CLOSING, "Đánh giá chất lượng buổi sinh hoạt"),
    AgendaTemplateItem(CLOSING, "Thông qua biên bản, bế mạc"),
)
_COMMITTEE = (
    AgendaTemplateItem(OPENING, "Tuyên bố lý do, báo cáo số chi ủy viên dự họp"),
    AgendaTemplateItem(PROCEEDINGS, "Đánh giá kết quả thực hiện nhiệm vụ tháng trước"),
    AgendaTemplateItem(PROCEEDINGS, "Thống nhất nội dung sinh hoạt chi bộ tháng này"),
    AgendaTemplateItem(PROCEEDINGS, "Dự thảo nghị quyết, phân công chuẩn bị tài liệu"),
    AgendaTemplateItem(CLOSING, "Kết luận của bí thư, thông qua biên bản"),
)
_EXTRAORDINARY = (
    *_OPENING,
    AgendaTemplateItem(PROCEEDINGS, "Nội dung cần giải quyết"),
    AgendaTemplateItem(PROCEEDINGS, "Đảng viên thảo luận, đóng góp ý kiến"),
    AgendaTemplateItem(CLOSING, "Kết luận, biểu quyết"),
    AgendaTemplateItem(CLOSING, "Thông qua biên bản, bế mạc"),
)

TEMPLATES: dict[MeetingKind, tuple[AgendaTemplateItem, ...]] = {
    MeetingKind.REGULAR: (*_OPENING, *_REGULAR_BODY, *_CLOSING),
    MeetingKind.THEMATIC: (*_OPENING, *_THEMATIC_BODY, *_THEMATIC_CLOSING),
    # One sitting: the regular part first, then the thematic part (HD 42-HD/BTCTW).
    MeetingKind.COMBINED: (*_OPENING, *_REGULAR_BODY, *_THEMATIC_BODY, *_CLOSING),
    MeetingKind.COMMITTEE: _COMMITTEE,
    MeetingKind.EXTRAORDINARY: _EXTRAORDINARY,
}


def template_for(kind: MeetingKind) -> tuple[AgendaTemplateItem, ...]:
    return TEMPLATES[kind]


def is_branch_sitting(kind: MeetingKind) -> bool:
    """Sittings of the whole branch (attendance counted over all members)."""
    return kind is not MeetingKind.COMMITTEE


def holds_regular(kind: MeetingKind) -> bool:
    return kind in (MeetingKind.REGULAR, MeetingKind.COMBINED)


def holds_thematic(kind: MeetingKind) -> bool:
    return kind in (MeetingKind.THEMATIC, MeetingKind.COMBINED)
