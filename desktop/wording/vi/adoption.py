"""Thông qua biên bản: những gì còn thiếu (chặn hoặc chỉ nhắc)."""

MESSAGES = {
    "quality_unscored": "Phiếu chấm chất lượng còn {count} mục chưa chấm (thẻ «Chất lượng»).",
    "no_conclusion": "Chưa ghi kết luận (nghị quyết) của cuộc họp ở thẻ «Kết luận và biểu quyết».",
    "vote_without_subject": "Biểu quyết thứ {number} chưa ghi nội dung biểu quyết.",
    "absent_speaker": (
        "Đồng chí {name} được ghi vắng mặt nhưng có ý kiến phát biểu ở mục «{item}»: hãy sửa "
        "điểm danh hoặc xóa ý kiến này."
    ),
    "attendance_checks": "Cuộc họp chưa đạt các yêu cầu về dự họp (xem thẻ «Điểm danh»).",
    "no_vote": "Chưa ghi kết quả biểu quyết nào.",
    "and": "{first} {rest}",
    "refused": "Chưa thông qua được biên bản cuộc họp ngày {day}: {problems}",
}
