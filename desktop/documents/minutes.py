"""Minutes (biên bản) of a regular, thematic, combined, committee or extraordinary meeting,
in the order of DOMAIN.md §4: opening and attendance, agenda, proceedings with speakers,
conclusion and vote, quality, closing and sign-off (THƯ KÝ / CHỦ TRÌ, kept with the last lines).
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.documents.data import AgendaEntry, MinutesData
from desktop.documents.fonts import FontFamily
from desktop.documents.kit import (
    DocumentBuilder,
    DocumentMeta,
    Markup,
    PageSetup,
    Signature,
)
from desktop.documents.kit.text import (
    ROMAN,
    esc,
    lower_first,
    nfc,
    number,
    percent,
    short_date,
    time_words,
)
from desktop.documents.wording import (
    attendee_noun,
    meeting_phrase,
    meeting_subject,
    topic_line,
)
from desktop.domain.agenda import is_branch_sitting
from desktop.domain.attendance import Absence, Person
from desktop.domain.dues_ledger import DuesReport
from desktop.domain.enums import MeetingKind, MeetingStatus
from desktop.domain.money import format_dong
from desktop.domain.votes import VoteResult


def minutes_pdf(data: MinutesData, setup: PageSetup, family: FontFamily | None = None) -> bytes:
    subject = meeting_subject(data.kind, data.held_on)
    doc = DocumentBuilder(setup, data.letterhead,
                          DocumentMeta(f"Biên bản {subject[:1].lower()}{subject[1:]}",
                                       data.held_on, author=data.branch_name, subject=subject),
                          family)
    doc.title("Biên bản").subject(subject)
    if data.topic.strip():
        doc.subject(topic_line(data.topic))
    if data.status is not MeetingStatus.ADOPTED:
        doc.note("(Dự thảo, chưa thông qua)")
    elif data.revision > 1:
        doc.note(f"(Bản đính chính lần {data.revision - 1})")
    place = nfc(data.place).strip() or "……"
    doc.paragraph(
        f"Hôm nay, vào lúc {time_words(data.start_time)}, ngày {data.held_on.day:02d} tháng "
        f"{data.held_on.month:02d} năm {data.held_on.year}, tại {place}, {data.branch_name} "
        f"tiến hành {meeting_phrase(data.kind, data.held_on)}."
    )
    sections = iter(ROMAN)
    _attendance(doc, data, next(sections))
    _agenda(doc, data.agenda, _sitting(data.kind), next(sections))
    _proceedings(doc, data, next(sections))
    _conclusion(doc, data, next(sections))
    if data.quality is not None:
        doc.heading(f"{next(sections)}. ĐÁNH GIÁ CHẤT LƯỢNG SINH HOẠT")
        q = data.quality
        if q.scored:
            doc.paragraph(f"Chi bộ đánh giá buổi sinh hoạt đạt {number(q.total)}/"
                          f"{number(q.max_total)} điểm, xếp loại chất lượng: {q.band_label}.")
        else:  # a draft printed before the committee scored it: no band, never «Kém»
            doc.paragraph(f"Chất lượng buổi sinh hoạt: chưa chấm ({len(q.unscored)} mục của "
                          "phiếu chấm điểm chưa chấm).")
    _closing(doc, data)
    return doc.build()


def _names(people: Sequence[Person]) -> str:
    return ", ".join(p.name for p in people)


def _absences(people: Sequence[Absence]) -> str:
    return "; ".join(f"{a.name} ({lower_first(a.reason)})" if a.reason.strip() else a.name
                     for a in people)


def _attendance(doc: DocumentBuilder, data: MinutesData, roman: str) -> None:
    a, noun = data.attendance, attendee_noun(data.kind)
    doc.heading(f"{roman}. THÀNH PHẦN DỰ HỌP")
    role = f", {data.chair_role}" if data.chair_role else ""
    doc.labelled("Chủ trì:", f"đồng chí {data.chair}{role}." if data.chair else "……")
    doc.labelled("Thư ký:", f"đồng chí {data.minute_taker}." if data.minute_taker else "……")
    if data.guests.strip():
        doc.labelled("Khách mời:", data.guests.strip())
    doc.bullet(f"Tổng số {noun}: {a.total} đồng chí (chính thức: {a.official}; "
               f"dự bị: {a.probationary}).")
    apart = (("miễn công tác và sinh hoạt đảng", a.exempt),
             ("sinh hoạt tạm thời nơi khác", a.attached_elsewhere),
             ("đình chỉ sinh hoạt hoặc đi công tác đặc biệt", a.other_not_expected))
    for label, people in apart:
        if people:
            doc.bullet(f"Đảng viên {label} (không tính vào số phải dự): {len(people)} đồng chí "
                       f"({_names(people)}).")
    doc.bullet(f"Số {noun} phải dự họp: {a.expected} đồng chí.")
    doc.bullet(Markup(
        f"Có mặt: <b>{a.present}/{a.expected}</b> đồng chí (chính thức: {a.present_official}; "
        f"dự bị: {a.present_probationary}), đạt tỷ lệ <b>{percent(a.rate)}</b>."))
    if a.extra_present:
        doc.bullet(f"Đảng viên không thuộc số phải dự nhưng có dự họp: {_names(a.extra_present)}.")
    doc.bullet(f"Vắng có lý do: {len(a.excused)} đồng chí"
               + (f": {_absences(a.excused)}." if a.excused else "."))
    doc.bullet(f"Vắng không lý do: {len(a.unexcused)} đồng chí"
               + (f": {_names(a.unexcused)}." if a.unexcused else "."))


def _sitting(kind: MeetingKind) -> str:
    return "buổi sinh hoạt" if is_branch_sitting(kind) else "cuộc họp"


def _agenda(doc: DocumentBuilder, agenda: Sequence[AgendaEntry], sitting: str, roman: str) -> None:
    doc.heading(f"{roman}. CHƯƠNG TRÌNH {sitting.upper()}")
    if not agenda:
        doc.paragraph("Chương trình sinh hoạt chưa được ghi.")
    for n, item in enumerate(agenda, start=1):
        doc.paragraph(f"{n}. {item.title}")


def _dues(doc: DocumentBuilder, report: DuesReport) -> None:
    """"Báo cáo thu, nộp đảng phí tháng …": collected, remitted, outstanding, who is behind."""
    month = report.month.label()
    text = (f"đến hết ngày họp, chi bộ đã thu {format_dong(report.collected)} của "
            f"{report.paid}/{report.owing} đồng chí phải đóng")
    if report.outstanding:
        text += f"; còn {len(report.outstanding)} đồng chí chưa nộp ({', '.join(report.outstanding)})"
    text += "."
    last = report.last_remittance
    if last is not None:
        period = last.first.label() if last.first == last.last else f"{last.first.label()}–{last.last.label()}"
        text += (f" Lần nộp cấp ủy cấp trên gần nhất: ngày {short_date(last.remitted_on)}, "
                 f"{format_dong(last.amount)} (kỳ {period}).")
    else:
        text += " Chi bộ chưa nộp đảng phí lên cấp ủy cấp trên lần nào trong sổ."
    if report.behind:
        people = "; ".join(f"{name} (tháng {', '.join(f'{m.month:02d}' for m in months)})"
                           for name, months in report.behind)
        text += f" Đảng viên còn nợ đảng phí các tháng trước trong năm: {people}."
    doc.labelled(f"Báo cáo thu, nộp đảng phí tháng {month}:", text)


def _proceedings(doc: DocumentBuilder, data: MinutesData, roman: str) -> None:
    doc.heading(f"{roman}. DIỄN BIẾN {_sitting(data.kind).upper()}")
    if data.dues is not None:
        _dues(doc, data.dues)
    # Text printed in its own section (conclusion; ideology) is not repeated under an item.
    elsewhere = {nfc(data.conclusion).strip()} - {""}
    written = [(n, item) for n, item in enumerate(data.agenda, start=1)
               if (nfc(item.content).strip() not in elsewhere and item.content.strip())
               or item.speeches or item.conclusion.strip()]
    for n, item in written:
        doc.heading(Markup(f"<i>{n}. {esc(item.title)}</i>"))
        if nfc(item.content).strip() not in elsewhere:
            doc.paragraph(item.content)
        if item.speeches:
            doc.paragraph(Markup("<i>Ý kiến phát biểu:</i>"))
            for speech in item.speeches:
                doc.bullet(Markup(f"Đồng chí <b>{esc(speech.speaker)}</b>: {esc(speech.gist)}"))
        if item.conclusion.strip():
            doc.labelled("Kết luận:", item.conclusion)
    ideology = nfc(data.ideology).strip()
    if ideology and all(ideology != nfc(item.content).strip() for _n, item in written):
        doc.labelled("Tình hình tư tưởng của đảng viên:", ideology)
    if not written and not ideology:
        doc.paragraph(f"Diễn biến {_sitting(data.kind)} chưa được ghi.")


def _vote_text(vote: VoteResult) -> Markup:
    share = f" ({percent(vote.share_for)})" if vote.share_for is not None else ""
    verdict = "được thông qua" if vote.passed else "không được thông qua"
    return Markup(
        f"Biểu quyết {esc(vote.subject)}: tán thành <b>{vote.votes_for}/{vote.base}</b> đồng chí"
        f"{share}; không tán thành {vote.votes_against}; không biểu quyết {vote.abstentions} "
        f"(số đảng viên chính thức được biểu quyết: {vote.base}). Kết quả: <b>{verdict}</b>."
    )


def _conclusion(doc: DocumentBuilder, data: MinutesData, roman: str) -> None:
    branch = is_branch_sitting(data.kind)
    doc.heading(f"{roman}. " + ("KẾT LUẬN, NGHỊ QUYẾT CỦA CHI BỘ" if branch else "KẾT LUẬN"))
    if data.conclusion.strip():
        doc.paragraph(data.conclusion)
    else:
        doc.paragraph("Kết luận chưa được ghi.")
    for vote in data.votes:
        doc.paragraph(_vote_text(vote))


def _closing(doc: DocumentBuilder, data: MinutesData) -> None:
    noun = _sitting(data.kind).capitalize()
    doc.paragraph(f"{noun} kết thúc vào lúc {time_words(data.end_time)} cùng ngày.")
    if data.status is MeetingStatus.ADOPTED:
        doc.paragraph("Biên bản đã được đọc lại cho các đồng chí dự họp cùng nghe và nhất trí "
                      "thông qua.")
    else:
        doc.paragraph("Biên bản được đọc lại trước các đồng chí dự họp để thông qua.")
    doc.signatures(
        [Signature(("Thư ký",), data.minute_taker), Signature(("Chủ trì",), data.chair)],
        keep_with_last=2,
    )
