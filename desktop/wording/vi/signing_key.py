"""The branch's signing key: its passphrase (desktop/exchange/keys.py, desktop/services/keys.py)."""

MESSAGES = {
    "weak_passphrase": "Mật khẩu bảo vệ khóa phải có ít nhất {length} ký tự, hoặc ít nhất {words} từ "
                       "(ví dụ một câu dễ nhớ).",
    "wrong_passphrase": "Mật khẩu không đúng, không mở được khóa ký.",
    "not_ed25519": "Tệp khóa không phải khóa Ed25519.",
    "bad_public_key": "Tệp khóa công khai không đọc được (không phải PEM).",
    "public_not_ed25519": "Khóa công khai không phải khóa Ed25519.",
}
