"""The branch's signing key: its passphrase (desktop/exchange/keys.py, desktop/services/keys.py)."""

MESSAGES = {
    "weak_passphrase": "Mật khẩu bảo vệ khóa phải có ít nhất {length} ký tự, hoặc ít nhất {words} từ "
                       "(ví dụ một câu dễ nhớ).",
}
