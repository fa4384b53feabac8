"""The indicators a rulebook scores, with what each counts (desktop/domain/indicators.py)."""

MESSAGES = {
    "targets_met": "Chỉ tiêu nghị quyết năm đạt hoặc vượt ÷ số chỉ tiêu",
    "months_with_regular_meeting": "Tháng có sinh hoạt thường kỳ ÷ 12",
    "quarters_with_thematic_session": "Quý có sinh hoạt chuyên đề ÷ 4",
    "months_committee_before_branch": "Tháng chi ủy họp trước sinh hoạt chi bộ ÷ 12",
    "attendance_rate_average": "Tỷ lệ dự sinh hoạt thường kỳ bình quân",
    "regular_meetings_rated_good": "Cuộc sinh hoạt thường kỳ xếp loại Tốt ÷ số cuộc",
    "regular_meetings_full_duration": "Cuộc sinh hoạt thường kỳ đủ thời lượng ÷ số cuộc",
    "members_disciplined": "Số đảng viên bị kỷ luật trong năm",
    "members_disciplined_prohibited_acts": "Số đảng viên bị kỷ luật do vi phạm những điều đảng viên "
                                           "không được làm",
    "reviewed_with_commitment": "Đảng viên có bản cam kết ÷ đảng viên được đánh giá",
    "reviewed_rated_good_or_better": "Đảng viên xếp loại HTTNV trở lên ÷ đảng viên được đánh giá",
    "reviewed_rated_khtnv": "Số đảng viên xếp loại KHTNV",
    "admissions_against_target": "Đảng viên mới kết nạp ÷ chỉ tiêu kết nạp",
    "members_dues_unpaid_to_removal": "Số đảng viên không đóng đảng phí đủ số tháng trong năm phải "
                                      "xem xét xóa tên (không có lý do được chấp nhận)",
    "members_paid_dues_every_month": "Đảng viên đóng đảng phí đủ các tháng đã qua ÷ đảng viên phải đóng",
    "unit_targets": "chỉ tiêu",
    "unit_months": "tháng",
    "unit_quarters": "quý",
    "unit_meetings": "cuộc",
    "unit_members": "đảng viên",
    "verdict_reached": "Đạt «{name}»",
    "verdict_one": "Chưa đạt «{name}» — tiêu chí {which} chưa tốt",
    "verdict_many": "Chưa đạt «{name}» — các tiêu chí {which} chưa tốt",
}
