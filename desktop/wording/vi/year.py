"""The year's records: the locked year, the year view's gaps, resolution targets, the thematic
plan and the committee's manual scores (desktop/domain/year_view.py, services/year_lock.py,
targets.py, thematic.py, manual_scores.py)."""

MESSAGES = {
    "locked": "Năm {year} đã khóa sau khi gửi hồ sơ lên cấp trên: không sửa được {what} của năm này. "
              "Muốn đính chính, hãy mở lại năm (Tệp → Gửi hồ sơ năm → Mở lại để đính chính); "
              "lần gửi sau sẽ thay thế gói trước.",
    "what_records": "hồ sơ",
    "bad_year": "Năm không hợp lệ: {year}.",
    # what the year view finds missing
    "gap_regular": "Tháng {month} chưa có sinh hoạt chi bộ thường kỳ",
    "gap_committee": "Tháng {month} chưa họp chi ủy",
    "gap_thematic": "Quý {quarter} chưa có sinh hoạt chuyên đề",
    # the resolution's targets
    "what_targets": "chỉ tiêu nghị quyết",
    "what_admission_target": "chỉ tiêu kết nạp",
    "target_of_year": "Chỉ tiêu năm {year}",
    "target_titled": "Chỉ tiêu «{title}»",
    "target_row": "Chỉ tiêu năm {year}, dòng {row}",
    "target_no_title": "{where}: tên chỉ tiêu không được để trống.",
    "target_title_long": "{where}: tên chỉ tiêu dài {length} ký tự, tối đa {limit}.",
    "target_unit_long": "{where}: đơn vị tính dài {length} ký tự, tối đa {limit}.",
    "target_no_plan": "{where}: chưa nhập giá trị kế hoạch.",
    "target_planned_negative": "{where}: giá trị kế hoạch phải là số không âm, đang là {value}.",
    "target_achieved_negative": "{where}: giá trị thực hiện phải là số không âm, đang là {value}.",
    "admission_target_negative": "Chỉ tiêu kết nạp năm {year} phải là số không âm, đang là {value}.",
    "no_target": "Không có chỉ tiêu số {target_id}.",
    "target_gone": "{where}: chỉ tiêu số {target_id} không còn trong năm này.",
    # the thematic plan
    "topic_empty": "Hãy ghi tên chủ đề.",
    "topic_exists": "Chủ đề «{title}» đã có trong danh sách gợi ý.",
    "no_topic": "Không tìm thấy chủ đề số {topic_id}.",
    "bad_quarter": "Quý phải từ 1 đến 4 (đã nhập {quarter}).",
    "quarter_no_topic": "Hãy chọn hoặc ghi chủ đề cho quý {quarter}.",
    "month_not_in_quarter": "Tháng dự kiến {month} không thuộc quý {quarter}.",
    "no_plan_entry": "Không tìm thấy mục kế hoạch số {entry_id}.",
    "plan_entry_held": "Chủ đề quý {quarter} đã có buổi sinh hoạt gắn với nó, không xóa được.",
    # the committee's manual scores
    "component_of_year": "Tiêu chí {code} năm {year}",
    "no_component": "Bộ tiêu chí «{rulebook}» không có tiêu chí thành phần {code}.",
    "component_automatic": "{where} được tính tự động từ sổ sách, không chấm tay.",
    "scores_locked": "Năm {year} đã khóa sau khi gửi hồ sơ; không sửa được điểm.",
    "score_range": "{where}: điểm phải từ 0 đến {max}, đang là {value}.",
    "score_needs_reason": "{where}: chấm {value}/{max} điểm (dưới điểm tối đa) thì phải ghi lý do.",
    "score_needs_scorer": "{where}: cần ghi tên người chấm.",
}
