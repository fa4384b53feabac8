"""Every reason a package can be refused, each with its own code and Vietnamese wording."""

from __future__ import annotations

from dataclasses import dataclass

MESSAGES: dict[str, str] = {
    "not_zip": "Tệp không phải gói hồ sơ (không phải tệp zip).",
    "truncated": "Tệp gói bị cắt cụt hoặc hỏng (thiếu phần cuối của tệp zip).",
    "zip_unsupported": "Tệp zip có cấu trúc không hợp lệ hoặc dùng định dạng không được hỗ trợ ({detail}).",
    "package_too_large": "Tệp gói quá lớn ({detail}).",
    "too_many_entries": "Gói có quá nhiều tệp bên trong ({detail}).",
    "duplicate_name": "Gói có hai tệp cùng tên «{detail}».",
    "duplicate_name_case": "Gói có hai tệp trùng tên khi không phân biệt hoa thường: «{detail}».",
    "unsafe_name": "Tên tệp không an toàn trong gói: «{detail}».",
    "encrypted_entry": "Tệp «{detail}» trong gói bị mã hóa; gói hồ sơ không dùng mã hóa zip.",
    "mimetype_bad": "Tệp «mimetype» thiếu, không đứng đầu, bị nén hoặc sai nội dung.",
    "missing_entry": "Thiếu tệp «{detail}» trong gói.",
    "extra_entry": "Gói có tệp «{detail}» không nằm trong danh sách đã ký (SHA256SUMS).",
    "entry_too_large": "Tệp «{detail}» giải nén vượt quá giới hạn cho phép (nghi ngờ bom zip).",
    "total_too_large": "Tổng dung lượng giải nén của gói vượt quá giới hạn (nghi ngờ bom zip).",
    "entry_corrupted": "Nội dung tệp «{detail}» trong gói đã bị thay đổi (sai mã kiểm tra CRC).",
    "entry_unreadable": "Không đọc được tệp «{detail}» trong gói (dữ liệu nén hỏng).",
    "bad_signer_key": "Tệp khóa công khai signer.pem không hợp lệ.",
    "bad_signature": "Chữ ký SHA256SUMS.sig không khớp: danh sách tệp đã bị sửa hoặc không do khóa này ký.",
    "sums_malformed": "Tệp SHA256SUMS sai định dạng ở dòng {detail}.",
    "hash_mismatch": "Nội dung tệp «{detail}» không khớp mã băm đã ký (tệp đã bị sửa).",
    "json_invalid": "Tệp «{detail}» không phải JSON hợp lệ.",
    "schema_invalid": "Tệp {detail}",
    "manifest_mismatch": "Thông tin trong package.json không khớp: {detail}.",
    "container_altered": "Cấu trúc tệp zip đã bị sửa (phần đầu mục, thứ tự hoặc dữ liệu thừa), dù nội dung các tệp vẫn khớp.",
    "unknown_key": "Khóa ký {detail} chưa được đăng ký với cấp ủy cấp trên.",
    "key_branch_mismatch": "Khóa ký {detail} không được đăng ký cho chi bộ này.",
    "revoked_key": "Khóa ký {detail} đã bị thu hồi.",
    "key_not_valid_at_date": "Khóa ký {detail} không còn hiệu lực vào ngày lập gói.",
    "stale_sequence": "Số thứ tự gói {detail} không lớn hơn gói đã nhận trước đó: gói cũ hoặc gửi lại.",
    "untrusted": "Chưa đối chiếu khóa ký với danh sách khóa đã đăng ký (không có --trust).",
    "unreadable_file": "Không đọc được tệp: {detail}.",
}


@dataclass(frozen=True)
class Problem:
    code: str
    detail: str = ""

    @property
    def message(self) -> str:
        return MESSAGES[self.code].format(detail=self.detail)

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "detail": self.detail, "message": self.message}
