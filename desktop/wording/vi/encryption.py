"""Encrypted data files: opening them, converting, the passphrase, the recovery code, backups
(desktop/store/cipher.py, desktop/services/file_secrets.py, desktop/services/encryption.py)."""

MESSAGES = {
    # Why a file cannot be opened (DataFileError reasons).
    "encrypted": "Tệp «{path}» được mã hóa: cần cụm mật khẩu hoặc mã khôi phục để mở. Tệp không bị "
                 "thay đổi.",
    "wrong_passphrase": "Cụm mật khẩu không mở được tệp «{path}» (sai cụm mật khẩu, hoặc cụm mật khẩu "
                        "đã được đổi). Tệp không bị thay đổi.",
    "wrong_recovery_code": "Mã khôi phục không mở được tệp «{path}»: mã hợp lệ nhưng là của một tệp "
                           "khác, hoặc của cụm mật khẩu trước khi đổi. Tệp không bị thay đổi.",
    "wrong_key": "Khóa đã cho không mở được tệp mã hóa «{path}». Tệp không bị thay đổi.",
    "not_encrypted": "Tệp «{path}» không được mã hóa, nên không cần cụm mật khẩu hay mã khôi phục "
                     "(bỏ {source}). Tệp không bị thay đổi.",
    "encrypted_truncated": "Tệp «{path}» là tệp dữ liệu đã mã hóa nhưng bị cắt cụt ({detail} byte, "
                           "không đủ trọn các trang dữ liệu): có thể do chép dở hoặc ổ đĩa hỏng. Tệp "
                           "không bị thay đổi; hãy khôi phục từ bản sao lưu.",
    "encrypted_damaged": "Tệp mã hóa «{path}» mở được bằng cụm mật khẩu nhưng bị hỏng hoặc bị cắt cụt "
                         "({detail}). Tệp không bị thay đổi; hãy khôi phục từ bản sao lưu.",
    # Reading the passphrase or the code (command line, dialogs).
    "source_option": "--passphrase-file",
    "source_env": "biến môi trường {name}",
    "source_code_option": "--recovery-code-file",
    "two_secrets": "Chỉ cho một trong hai: cụm mật khẩu (--passphrase-file hoặc biến môi trường "
                   "{name}) hoặc mã khôi phục (--recovery-code-file).",
    "secret_file_unreadable": "Không đọc được tệp «{file}»: {reason}.",
    "secret_file_empty": "Tệp «{file}» rỗng: cần ghi cụm mật khẩu (hoặc mã khôi phục) trên dòng đầu.",
    "code_length": "Mã khôi phục phải có 56 ký tự (14 nhóm 4 ký tự); mã đã nhập có {count} ký tự.",
    "code_characters": "Mã khôi phục chỉ gồm chữ cái A–Z và các chữ số 2–7; mã đã nhập có ký tự khác.",
    "code_checksum": "Mã khôi phục bị gõ sai (một nhóm không khớp với phần kiểm tra): hãy đọc lại "
                     "từng nhóm trên phiếu khôi phục.",
    "code_for_new_file": "Tệp mới được tạo bằng cụm mật khẩu, không bằng mã khôi phục (mã khôi phục "
                         "được cấp khi tạo tệp).",
    "weak_passphrase": "Cụm mật khẩu phải có ít nhất {length} ký tự, hoặc ít nhất {words} từ (ví dụ "
                       "một câu dễ nhớ).",
    "passphrases_differ": "Hai lần nhập cụm mật khẩu mới không giống nhau.",
    "wrong_current": "Cụm mật khẩu (hoặc mã khôi phục) hiện tại không đúng với tệp «{path}». Chưa thay "
                     "đổi gì.",
    # Converting, changing the passphrase, decrypting.
    "already_encrypted": "Tệp «{path}» đã được mã hóa.",
    "not_encrypted_file": "Tệp «{path}» chưa được mã hóa: chưa có cụm mật khẩu để đổi. Hãy mã hóa tệp "
                          "trước (Công cụ → Mã hóa tệp dữ liệu, hoặc «chibo --db F encrypt»).",
    "encrypt_needs_passphrase": "Để mã hóa tệp, hãy cho cụm mật khẩu mới bằng --passphrase-file P (đặt "
                                "trước lệnh) hoặc biến môi trường {name}; mã khôi phục chỉ có sau khi mã hóa.",
    "current_needed": "Cần cụm mật khẩu hiện tại của tệp: --passphrase-file P hoặc biến môi trường {name} "
                      "(hoặc --recovery-code-file R), đặt trước lệnh.",
    "read_only": "Tệp «{path}» đang mở ở chế độ chỉ xem nên không mã hóa hay đổi cụm mật khẩu được.",
    "side_files": "Không mã hóa được «{path}»: tệp «{side}» bên cạnh vẫn còn dữ liệu chưa gộp vào tệp "
                  "chính. Hãy đóng mọi cửa sổ Sổ Chi bộ đang mở tệp rồi thử lại. Tệp không bị thay đổi.",
    "convert_failed": "Không mã hóa được «{path}»: {reason}. Tệp gốc không bị thay đổi.",
    "check_failed": "Bản mã hóa của «{path}» không qua được bước kiểm tra ({detail}), nên đã bị bỏ; tệp "
                    "gốc (chưa mã hóa) được giữ nguyên tại chỗ.",
    "out_exists": "Tệp «{path}» đã tồn tại; hãy chọn tên khác để không ghi đè.",
    "out_same": "Tệp giải mã phải là một tệp mới, khác tệp dữ liệu «{path}».",
    "decrypt_failed": "Không giải mã được «{path}» ra «{out}»: {reason}. Không có tệp nào được ghi.",
    "rekey_failed": "Không đổi được cụm mật khẩu của «{path}»: {reason}. Tệp vẫn mở được bằng cụm mật "
                    "khẩu cũ; bản sao lưu ngay trước đó: «{backup}».",
    "rekey_unverified": "tệp không mở được bằng cụm mật khẩu mới khi đọc lại",
    # Backups of an encrypted file.
    "backup_other_key": "Bản sao lưu «{backup}» được mã hóa bằng một cụm mật khẩu khác (thường là cụm "
                        "mật khẩu trước khi đổi): cần cụm mật khẩu hoặc mã khôi phục của lúc đó để khôi "
                        "phục nó.",
    "backup_wrong_secret": "Cụm mật khẩu (hoặc mã khôi phục) đã cho không mở được bản sao lưu «{backup}». "
                           "Chưa thay đổi gì.",
    "backup_encrypted_file_plain": "Bản sao lưu «{backup}» được mã hóa, còn tệp dữ liệu «{path}» thì "
                                   "không: hãy mở bản sao lưu như một tệp dữ liệu (bằng cụm mật khẩu của "
                                   "nó) thay vì khôi phục vào tệp này.",
    "backup_needs_secret": "Bản sao lưu «{backup}» được mã hóa: cần cụm mật khẩu hoặc mã khôi phục để đọc.",
    "backup_contents_other_key": "Cần cụm mật khẩu cũ (làm trước khi đổi cụm mật khẩu).",
    "backup_contents_plain": "Bản sao lưu này không được mã hóa (làm trước khi mã hóa tệp).",
    "plain_copy_refused": "Không chép bản sao lưu «{backup}» vào thư mục «{folder}»: tệp dữ liệu được mã "
                          "hóa mà bản sao lưu này lại không, nên không được mang ra thư mục thứ hai.",
    "plain_backup_left": "Không mã hóa được bản sao lưu cũ «{backup}» ({reason}); bản chưa mã hóa này vẫn "
                         "nằm đó, ai chép được đều đọc được: hãy xóa nó khi không cần nữa.",
    # Records export.
    "plain_export": "Lưu ý: tệp dữ liệu được mã hóa nhưng tệp hồ sơ JSON «{file}» là văn bản thường: ai "
                    "có tệp này đều đọc được toàn bộ hồ sơ. Hãy cất giữ hoặc xóa nó cẩn thận.",
    # The recovery sheet (PDF).
    "sheet_needs_profile": "Cần hồ sơ chi bộ trước khi in phiếu khôi phục.",
    "new_file_code": "Tệp mới «{path}» được mã hóa. Mã khôi phục (chép lại và cất kỹ; thiếu cả cụm mật "
                     "khẩu lẫn mã này thì không ai mở được tệp): {code}",
    "not_utf8": "không phải văn bản UTF-8",
}
