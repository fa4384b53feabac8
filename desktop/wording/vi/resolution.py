"""Nghị quyết hằng tháng: nhiệm vụ, kiểm điểm việc thực hiện."""

MESSAGES = {
    "task_number": "thứ {number}",
    "no_text": "Nhiệm vụ thứ {number} của cuộc họp ngày {day} chưa ghi nội dung.",
    "text_too_long": (
        "Nhiệm vụ «{task}» của cuộc họp ngày {day} dài quá {limit} ký tự: hãy viết gọn lại."
    ),
    "note_too_long": "Ghi chú kiểm điểm nhiệm vụ «{task}» tại cuộc họp ngày {day} dài quá {limit} ký tự: hãy viết gọn lại.",
    "no_owner": "Nhiệm vụ «{task}» của cuộc họp ngày {day} chưa có người phụ trách.",
    "no_deadline": "Nhiệm vụ «{task}» của cuộc họp ngày {day} chưa có thời hạn.",
    "deadline_before": (
        "Nhiệm vụ «{task}» của cuộc họp ngày {day} có thời hạn {due}, trước ngày họp."
    ),
    "bad_owner": (
        "Nhiệm vụ «{task}» của cuộc họp ngày {day}: không tìm thấy đảng viên phụ trách mã {owner}."
    ),
    "bad_target": (
        "Nhiệm vụ «{task}» của cuộc họp ngày {day}: không tìm thấy chỉ tiêu mã {target}."
    ),
    "bad_status": (
        "Không ghi được kết quả «{value}» cho nhiệm vụ «{task}» tại cuộc họp ngày {day}: "
        "chỉ dùng {allowed}."
    ),
    "review_too_early": (
        "Cuộc họp ngày {day} không kiểm điểm được nhiệm vụ «{task}» vì nhiệm vụ do cuộc họp "
        "ngày {origin} đề ra, không trước cuộc họp này."
    ),
    "committee_task": (
        "Nhiệm vụ «{task}» do chi ủy đề ra ngày {origin} được kiểm điểm tại cuộc họp chi ủy, "
        "không tại cuộc họp ngày {day}."
    ),
    "branch_task": (
        "Nhiệm vụ «{task}» do chi bộ đề ra ngày {origin} được kiểm điểm tại buổi sinh hoạt "
        "thường kỳ, không tại cuộc họp ngày {day}."
    ),
    "late_before_deadline": (
        "Nhiệm vụ «{task}» chưa quá thời hạn {due}: không ghi «hoàn thành chậm» tại cuộc họp "
        "ngày {day}."
    ),
    "move_refused": "Không đổi được ngày hoặc loại cuộc họp. {reason}",
    "no_task": "Không tìm thấy nhiệm vụ mã {task_id}.",
    "reviewed_elsewhere": (
        "Nhiệm vụ «{task}» đã được kiểm điểm tại cuộc họp ngày {other}, không sửa được tại "
        "cuộc họp ngày {day}."
    ),
    "carried_done": (
        "Nhiệm vụ «{task}» đã chuyển sang tháng sau và phần chuyển tiếp đã được kiểm điểm: "
        "không đổi được kết quả tại cuộc họp ngày {day}."
    ),
    "no_tasks_reminder": (
        "Chưa ghi nhiệm vụ tháng tới (người phụ trách, thời hạn) cho nghị quyết của cuộc họp."
    ),
    "open_reviews_reminder": "Còn {count} nhiệm vụ của tháng trước chưa kiểm điểm.",
    "not_regular": (
        "Cuộc họp ngày {day} không phải buổi sinh hoạt thường kỳ nên không ra nghị quyết tháng."
    ),
    "superseded": (
        "Biên bản cuộc họp ngày {day} đã được đính chính bằng bản mới (mã {newer}): nghị quyết "
        "in từ bản mới đó."
    ),
    "resolution_draft": (
        "Biên bản cuộc họp ngày {day} chưa thông qua nên nghị quyết chưa có số: bản in là dự thảo."
    ),
    "due_task": "Nhiệm vụ «{task}» (đồng chí {name} phụ trách, nghị quyết ngày {day}) sắp đến hạn.",
    "due_task_overdue": (
        "Nhiệm vụ «{task}» (đồng chí {name} phụ trách, nghị quyết ngày {day}) đã quá hạn, "
        "chưa kiểm điểm."
    ),
}
