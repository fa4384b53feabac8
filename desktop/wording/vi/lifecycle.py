"""Admission, probation, badges, transfers and the "due soon" list."""

MESSAGES = {
    # field names used inside sentences
    "field_voted_on": "ngày chi bộ biểu quyết",
    "field_decided_on": "ngày quyết định của cấp trên",
    "field_birth": "ngày sinh",
    "field_proposed": "ngày giới thiệu",
    "field_certificate": "ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng",
    "field_admitted_on": "ngày kết nạp",
    "field_moved_on": "ngày chuyển",
    "field_letter_on": "ngày giấy giới thiệu",
    "field_receipt_on": "ngày báo đã nhận",
    "field_break": "ngày bắt đầu thời gian không sinh hoạt đảng",
    # checks
    "date_in_future": "{name}: {field} {day} ở tương lai.",
    "recognition_no_admission": "{name}: chưa có ngày vào Đảng nên chưa xét công nhận chính thức được.",
    "recognition_too_early": "{name}: chi bộ biểu quyết ngày {day} khi chưa hết {months} tháng dự bị "
                             "(vào Đảng {admitted}, hết dự bị ngày {end}).",
    "recognition_late": "{name}: chi bộ biểu quyết ngày {day}, sau thời hạn {days} ngày làm việc "
                        "kể từ khi hết dự bị (hạn {deadline}); đã ghi, hãy báo cáo lý do với cấp trên.",
    "votes_negative": "{name}: số phiếu không được âm.",
    "votes_over_base": "{name}: tổng số biểu quyết ({cast}) vượt số đảng viên chính thức được "
                       "biểu quyết ({ceiling}).",
    "vote_counts_missing": "{name}: có ngày biểu quyết thì phải ghi số tán thành và không tán thành.",
    "decision_before_vote": "{name}: ngày quyết định của cấp trên {decided} trước ngày chi bộ "
                            "biểu quyết {voted}.",
    "decision_needs_vote": "{name}: chưa có nghị quyết của chi bộ đạt {words} số đảng viên chính "
                           "thức tán thành nên chưa ghi quyết định của cấp trên được.",
    "candidate_no_name": "Họ và tên quần chúng không được để trống.",
    "introducers_two": "{name}: cần đúng hai đảng viên giới thiệu, khác nhau.",
    "introducer_not_official": "{name}: người giới thiệu (mã {member_id}) không phải đảng viên "
                               "chính thức của chi bộ.",
    "vote_needs_class_and_introducers": "{name}: chi bộ chỉ biểu quyết khi đã có giấy chứng nhận "
                                        "lớp bồi dưỡng và hai đảng viên giới thiệu.",
    "vote_before_certificate": "{name}: ngày biểu quyết {voted} trước ngày cấp giấy chứng nhận "
                               "lớp bồi dưỡng {certificate}.",
    "admission_needs_certificate": "{name}: chưa có ngày cấp giấy chứng nhận lớp bồi dưỡng nhận "
                                   "thức về Đảng nên chưa kết nạp được.",
    "admission_before_certificate": "{name}: ngày kết nạp {admitted} trước ngày cấp giấy chứng "
                                    "nhận lớp bồi dưỡng nhận thức về Đảng {certificate}.",
    "admission_needs_decision": "{name}: chưa có quyết định kết nạp của cấp ủy cấp trên.",
    "admission_before_decision": "{name}: ngày kết nạp {admitted} trước ngày quyết định kết nạp "
                                 "{decided}.",
    "admission_under_18": "{name}: chưa đủ 18 tuổi vào ngày kết nạp.",
    "certificate_before_proposal": "{name}: ngày cấp giấy chứng nhận {certificate} trước ngày "
                                   "giới thiệu {proposed}.",
    "badge_no_admission": "{name}: chưa có ngày vào Đảng nên không tính được tuổi đảng và mốc "
                          "Huy hiệu Đảng.",
    "break_reversed": "{name}: thời gian không sinh hoạt đảng kết thúc {end} trước khi bắt đầu {start}.",
    "break_before_admission": "{name}: thời gian không sinh hoạt đảng từ {start} trước ngày vào "
                              "Đảng {admitted}.",
    "break_overlap": "{name}: hai thời gian không sinh hoạt đảng (từ {first} và từ {second}) chồng lên nhau.",
    "transfer_no_organisation": "{name}: hãy ghi tổ chức đảng nơi chuyển đến hoặc chuyển đi.",
    "transfer_no_letter": "{name}: hãy ghi số giấy giới thiệu sinh hoạt đảng.",
    "transfer_in_before_letter": "{name}: ngày nhận sinh hoạt {moved} trước ngày giấy giới thiệu {letter}.",
    "transfer_out_before_letter": "{name}: ngày chuyển đi {moved} trước ngày giấy giới thiệu {letter}.",
    "receipt_before_letter": "{name}: ngày báo đã nhận {receipt} trước ngày giấy giới thiệu {letter}.",
    "return_before_leaving": "{name}: ngày dự kiến trở về {back} không sau ngày đi {moved}.",
    # services and the due list
    "no_member": "Không tìm thấy đảng viên số {member_id} (xem «chibo members list»).",
    "no_candidate": "Không tìm thấy quần chúng số {candidate_id} (xem «chibo candidates list»).",
    "no_transfer": "Không tìm thấy lần chuyển sinh hoạt số {transfer_id}.",
    "candidate_already_admitted": "{name} đã được kết nạp: các ngày biểu quyết, quyết định và kết nạp không sửa ở đây nữa; hãy sửa trong hồ sơ đảng viên.",
    "candidate_admitted_kept": "{name} đã được kết nạp: hồ sơ quần chúng được giữ làm căn cứ, không xóa được.",
    "decision_without_vote": "{name}: chưa có biểu quyết của chi bộ về công nhận chính thức.",
    "field_review_on": "ngày nhận xét",
    "mentor_invalid": "{name}: người giúp đỡ (mã {member_id}) không phải một đảng viên khác trong sổ.",
    "review_empty": "{name}: nội dung nhận xét không được để trống.",
    "not_probationary": "{name} không phải đảng viên dự bị vào ngày {day}.",
    "already_decided": "{name}: đã ghi quyết định công nhận chính thức ngày {day}.",
    "official_note": "Quyết định công nhận đảng viên chính thức số {number} ngày {day}",
    "no_open_period": "{name}: không có lần sinh hoạt tạm thời hay đi làm ăn xa nào chưa kết thúc để ghi trở về.",
    "bad_year": "Năm không hợp lệ: {year}.",
    "bad_window": "Số ngày {days} không hợp lệ: chọn từ 0 đến {most}.",
    "due_probation": "{name} hết thời kỳ dự bị ngày {day} (nhắc trước {step} ngày): chuẩn bị xét công nhận chính thức",
    "due_probation_overdue": "{name} đã hết dự bị từ {day} ({days} ngày) mà chưa có quyết định công nhận chính thức",
    "field_removed_on": "ngày quyết định xóa tên của cấp trên",
    "removal_needs_failed_vote": "{name}: chỉ ghi quyết định xóa tên khi lần biểu quyết công nhận chính thức gần nhất của chi bộ không đạt.",
    "already_removed": "{name} đã bị xóa tên khỏi danh sách đảng viên ngày {day}: không ghi thêm biểu quyết hay quyết định về thời kỳ dự bị đó.",
    "removal_before_vote": "{name}: ngày quyết định xóa tên {decided} trước ngày chi bộ biểu quyết {voted}.",
    "removal_note": "Quyết định xóa tên khỏi danh sách đảng viên số {number} ngày {day} (không được công nhận chính thức)",
    "due_probation_removal": "{name}: chi bộ biểu quyết ngày {voted} không công nhận chính thức; đề nghị cấp trên xóa tên, chờ quyết định",
    "due_probation_decision": "{name}: chi bộ đã biểu quyết ngày {voted}, chờ quyết định công nhận chính thức của cấp trên",
    "due_badge": "Đề nghị tặng Huy hiệu {years} năm tuổi Đảng cho {name} (dịp {ceremony})",
    "due_transfer_receipt": "{name} chuyển sinh hoạt đến {organisation} (giấy giới thiệu số {letter}): chưa nhận phiếu báo đã nhận",
    "due_return": "{name} dự kiến trở về sinh hoạt ngày {day}",
    "due_candidate_ceremony": "{name}: có quyết định kết nạp ngày {decided}, cần tổ chức lễ kết nạp",
    "due_candidate_vote": "{name}: đã có giấy chứng nhận lớp bồi dưỡng và hai người giới thiệu, chờ chi bộ xét kết nạp",
    "due_exemption": "Xem xét lại việc miễn sinh hoạt của {name} (miễn từ {since})",
    "official_nothing_to_record": "Hãy ghi biểu quyết của chi bộ (--vote-for, --vote-against, --on) hoặc quyết định của cấp ủy cấp trên (--decided-on).",
    "official_vote_incomplete": "Biểu quyết cần đủ ba giá trị: --vote-for, --vote-against và --on.",
    "badge_missing_admission": "Chưa tính được mốc Huy hiệu Đảng của {names}: chưa có ngày vào Đảng (hãy ghi trong hồ sơ đảng viên).",
    "no_break": "Không có thời gian không sinh hoạt đảng mã {break_id}.",
}
