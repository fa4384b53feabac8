"""Kiểm tra dữ liệu: kết quả biểu quyết so với số đảng viên chính thức có mặt."""

MESSAGES = {
    "for_exceeds_present": (
        "{meeting}, biểu quyết «{subject}»: số tán thành ({votes_for}) nhiều hơn số đảng viên "
        "chính thức có mặt ({present}). Hãy kiểm tra lại kết quả biểu quyết hoặc danh sách điểm "
        "danh của cuộc họp này."
    ),
    "cast_exceeds_present": (
        "{meeting}, biểu quyết «{subject}»: tổng số biểu quyết ({votes_for} tán thành, "
        "{votes_against} không tán thành, {abstentions} không biểu quyết) vượt số đảng viên chính "
        "thức có mặt ({present}). Hãy kiểm tra lại kết quả biểu quyết hoặc danh sách điểm danh "
        "của cuộc họp này."
    ),
}
