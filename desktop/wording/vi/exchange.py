"""Why a package is refused (the verifier and the inbox), and how a verdict is named."""

MESSAGES = {
    # --- the verdict of one verification (ETSI-style indication) ---
    "passed": "HỢP LỆ",
    "failed": "KHÔNG HỢP LỆ",
    "indeterminate": "CHƯA KẾT LUẬN ĐƯỢC",
    # --- reading the file ---
    "file_not_found": "Không có tệp này.",
    "not_a_file": "Đây là thư mục hoặc thiết bị, không phải một tệp gói.",
    "unreadable_file": "Không đọc được tệp: {detail}.",
    "internal_error": "Lỗi nội bộ của chương trình khi kiểm tra gói ({detail}); gói chưa được kết luận. "
                      "Hãy gửi tệp này cho bộ phận hỗ trợ.",
    # --- the container ---
    "not_zip": "Tệp không phải gói hồ sơ (không phải tệp zip).",
    "truncated": "Tệp gói bị cắt cụt hoặc hỏng (thiếu phần cuối của tệp zip).",
    "zip_unsupported": "Tệp zip có cấu trúc không hợp lệ hoặc dùng định dạng không được hỗ trợ ({detail}).",
    "package_too_large": "Tệp gói quá lớn ({detail}).",
    "too_many_entries": "Gói có quá nhiều tệp bên trong ({detail}).",
    "duplicate_name": "Gói có hai tệp cùng tên «{detail}».",
    "duplicate_name_case": "Gói có hai tệp trùng tên khi không phân biệt hoa thường: «{detail}».",
    "unsafe_name": "Tên tệp không an toàn trong gói: «{detail}».",
    "reserved_name": "Tên tệp «{detail}» trong gói là tên thiết bị dành riêng của Windows "
                     "(CON, PRN, AUX, NUL, COM1–9, LPT1–9).",
    "encrypted_entry": "Tệp «{detail}» trong gói bị mã hóa; gói hồ sơ không dùng mã hóa zip.",
    "mimetype_bad": "Tệp «mimetype» thiếu, không đứng đầu, bị nén hoặc sai nội dung.",
    "missing_entry": "Thiếu tệp «{detail}» trong gói.",
    "extra_entry": "Gói có tệp «{detail}» không nằm trong danh sách đã ký (SHA256SUMS).",
    "entry_too_large": "Tệp «{detail}» giải nén vượt quá giới hạn cho phép (nghi ngờ bom zip).",
    "total_too_large": "Tổng dung lượng giải nén của gói vượt quá giới hạn (nghi ngờ bom zip).",
    "entry_corrupted": "Nội dung tệp «{detail}» trong gói đã bị thay đổi (sai mã kiểm tra CRC).",
    "entry_unreadable": "Không đọc được tệp «{detail}» trong gói (dữ liệu nén hỏng hoặc phần đầu mục sai).",
    "container_altered": "Cấu trúc tệp zip đã bị sửa (phần đầu mục, thứ tự hoặc dữ liệu thừa), "
                         "dù nội dung các tệp vẫn khớp.",
    # --- the signature ---
    "bad_signer_key": "Tệp khóa công khai signer.pem không hợp lệ.",
    "bad_signature": "Chữ ký SHA256SUMS.sig không khớp: danh sách tệp đã bị sửa hoặc không do khóa này ký.",
    "sums_malformed": "Tệp SHA256SUMS sai định dạng ở dòng {detail}.",
    "hash_mismatch": "Nội dung tệp «{detail}» không khớp mã băm đã ký (tệp đã bị sửa).",
    # --- what the entries hold ---
    "entry_type_unknown": "Tệp «{detail}» không thuộc loại được phép trong gói "
                          "(chỉ package.json, evaluation.json, records.json và báo cáo PDF trong thư mục reports/).",
    "archive_inside": "Tệp «{detail}» trong gói thực chất là một tệp nén (zip, gzip, 7z, rar…); "
                      "gói hồ sơ không được chứa tệp nén.",
    "pdf_invalid": "Tệp «{detail}» mang đuôi .pdf nhưng không phải tệp PDF nguyên vẹn ({reason}).",
    "json_invalid": "Tệp «{detail}» không phải JSON hợp lệ.",
    "json_duplicate_key": "Tệp «{detail}» ghi trường «{field}» hai lần trong cùng một đối tượng ({path}): "
                          "không biết giá trị nào là thật.",
    "schema_invalid": "Tệp {detail}",
    "not_integer": "Tệp «{detail}», {path}: phải là số nguyên, đang là {value}.",
    "score_out_of_range": "Tệp «{detail}», {path}: điểm {score} vượt quá điểm tối đa {max}.",
    "documents_disagree": "Các tệp trong gói ghi khác nhau về {what}: package.json ghi «{stated}», "
                          "{detail} ghi «{found}».",
    "manifest_mismatch": "Thông tin trong package.json không khớp: {detail}.",
    # --- trust ---
    "unknown_key": "Khóa ký {detail} chưa được đăng ký với cấp ủy cấp trên.",
    "key_branch_mismatch": "Khóa ký {detail} không được đăng ký cho chi bộ này.",
    "revoked_key": "Khóa ký {detail} đã bị thu hồi.",
    "key_not_valid_at_date": "Khóa ký {detail} không còn hiệu lực vào ngày lập gói.",
    "stale_sequence": "Số thứ tự gói {detail} không lớn hơn gói đã nhận trước đó: gói cũ hoặc gửi lại.",
    "untrusted": "Chưa đối chiếu khóa ký với danh sách khóa đã đăng ký (không có --trust).",
    # --- the trust folder of `chibo verify --trust` ---
    "trust_missing": "Không thấy tệp {path}.",
    "trust_unreadable": "Tệp {path} không đọc được hoặc không phải một đối tượng JSON.",
    "trust_field_missing": "{where}: thiếu trường {field}.",
    "trust_bad_entry": "{where}: phải là một đối tượng JSON có branch_code và public_key.",
    "trust_key_unreadable": "{where}: không đọc được tệp khóa ({reason}).",
    "trust_bad_key": "{where}: {reason}",
    "trust_bad_date": "{where}: ngày không hợp lệ «{value}» (cần YYYY-MM-DD).",
    "trust_bad_accepted": "{where}: cần branch_code, year và seq (year và seq là số nguyên).",
    # --- what the inbox finds when it works the verdict out again ---
    "recipient_mismatch": "Gói gửi cho «{detail}», không phải cho cấp ủy giữ hộp thư này («{own}»).",
    "verdict_contradicts": "evaluation.json ghi kết luận «{detail}» là {stated}, nhưng tính lại từ chính "
                           "điểm số trong gói thì {found}.",
    "criterion_contradicts": "evaluation.json ghi tiêu chí {detail} là {stated}, nhưng tính lại theo quy tắc "
                             "của bộ tiêu chí từ điểm các tiêu chí thành phần thì là {found}.",
    "component_contradicts": "evaluation.json ghi tiêu chí thành phần {detail} là {stated} "
                             "({score}/{max} điểm), nhưng theo ngưỡng của bộ tiêu chí thì là {found}.",
    "total_contradicts": "evaluation.json ghi {what} của {detail} là {stated}, "
                         "nhưng cộng các phần bên trong thì được {found}.",
    "duplicate_component": "evaluation.json có tiêu chí thành phần {detail} hai lần.",
    "duplicate_criterion": "evaluation.json có tiêu chí {detail} hai lần.",
    "veto_unknown_criterion": "evaluation.json có điều kiện loại trừ {detail} cho tiêu chí {number}, "
                              "nhưng gói không có tiêu chí đó.",
    "rulebook_contradicts": "Gói ghi dùng bộ tiêu chí «{detail}» mà cấp ủy đang giữ, nhưng {what} khác: "
                            "gói ghi {stated}, bộ tiêu chí ghi {found}.",
    # --- pieces of the sentences above ---
    "good": "«tốt»",
    "not_good": "«chưa tốt»",
    "reached": "đạt",
    "not_reached": "chưa đạt",
    "all_good": "đạt (mọi tiêu chí đều tốt)",
    "short_of": "chưa đạt (tiêu chí {numbers} chưa tốt)",
    "criterion": "tiêu chí {number}",
    "component": "tiêu chí thành phần {code}",
    "the_year": "cả năm",
    "score": "điểm",
    "maximum": "điểm tối đa",
    "year": "năm",
    "branch_code": "mã chi bộ",
    "branch_name": "tên chi bộ",
    "superior": "cấp ủy nhận gói",
    "rulebook_hash": "mã băm bộ tiêu chí",
    "pass_rule": "quy tắc xét tiêu chí",
    "threshold": "ngưỡng",
    "criteria_list": "danh sách tiêu chí thành phần",
    "vetoes_list": "danh sách điều kiện loại trừ",
    "component_max": "điểm tối đa của tiêu chí thành phần {code}",
    "pdf_header": "thiếu phần đầu %PDF-",
    "pdf_end": "thiếu dấu kết thúc %%EOF",
    "pdf_xref": "bảng tham chiếu chéo (xref) hỏng",
    "pdf_catalog": "không tìm thấy mục lục tài liệu (Catalog)",
    "pdf_archive": "có tệp zip gắn ở cuối",
    # --- `chibo verify` lines ---
    "verified_line": "{verdict}  {file}: {branch} ({code}), năm {year}, gói số {seq}; khóa {fingerprint}",
    "refused_line": "{verdict}  {file}",
    "note_line": "        lưu ý: {text}",
    "reason_line": "        - {text}",
    "detail_fingerprint_differs": "dấu vân tay khóa khác với khóa đã ký gói",
}
