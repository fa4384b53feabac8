"""Sửa nội dung cuộc họp: những thao tác bị từ chối để biên bản không tự mâu thuẫn."""

MESSAGES = {
    "speaker_absent": (
        "Đồng chí {name} không có mặt trong cuộc họp ngày {day} (theo điểm danh) nên không ghi "
        "được ý kiến phát biểu. Nếu đồng chí có dự họp, hãy sửa điểm danh trước."
    ),
    "duplicate_vote": (
        "Biểu quyết «{subject}» với kết quả {votes_for} tán thành, {votes_against} không tán "
        "thành, {abstentions} không biểu quyết đã được ghi rồi. Muốn sửa, hãy chọn biểu quyết đó "
        "trong bảng."
    ),
}
