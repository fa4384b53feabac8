"""Reading a file the user hands in: limits and parser errors (desktop/services/file_limits.py
and the readers of rulebooks, records and member lists)."""

MESSAGES = {
    "missing": "Không tìm thấy tệp {file}.",
    "unreadable": "Không đọc được tệp «{file}»: {reason}.",
    "too_large": "Tệp «{file}» quá lớn ({size}; giới hạn {limit}); không mở.",
    "too_deep": "Tệp «{file}» lồng nhau quá sâu (hơn {limit} tầng): không phải {kind} của Sổ Chi bộ.",
    "too_many_rows": "Tệp «{file}» có hơn {limit} dòng dữ liệu: quá dài cho một danh sách đảng viên; "
                     "hãy tách thành nhiều tệp.",
    "too_slow": "Đọc tệp «{file}» quá {seconds} giây nên đã dừng: tệp quá lớn hoặc bị hỏng.",
    "not_a_zip": "Tệp «{file}» không phải tệp Excel .xlsx hợp lệ (không mở được như tệp nén zip).",
    "zip_entries": "Tệp «{file}» chứa {count} phần (giới hạn {limit}): không phải tệp Excel bình thường; không mở.",
    "zip_ratio": "Phần «{entry}» trong tệp «{file}» giải nén ra {size}, gấp {ratio} lần khi nén: "
                 "dấu hiệu tệp nén độc hại (zip bomb); không mở.",
    "zip_total": "Tệp «{file}» giải nén ra {size} (giới hạn {limit}): dấu hiệu tệp nén độc hại (zip bomb); không mở.",
    "xml_declaration": "Tệp «{file}» có khai báo DTD/thực thể XML trong phần «{entry}», điều tệp Excel "
                       "thật không có (dấu hiệu tệp độc hại); không mở.",
    "json_constant": "Tệp «{file}» có giá trị «{value}», không phải số JSON hợp lệ (JSON chuẩn không có NaN/Infinity).",
    "json_number": "Tệp «{file}» có một số quá dài (hơn {limit} chữ số).",
}
