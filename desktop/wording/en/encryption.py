"""Encrypted data files: opening them, converting, the passphrase, the recovery code, backups
(desktop/store/cipher.py, desktop/services/file_secrets.py, desktop/services/encryption.py)."""

MESSAGES = {
    # Why a file cannot be opened (DataFileError reasons).
    "encrypted": "The file “{path}” is encrypted: its passphrase or recovery code is needed to open it. "
                 "The file was not changed.",
    "wrong_passphrase": "The passphrase does not open the file “{path}” (a wrong passphrase, or it was "
                        "changed). The file was not changed.",
    "wrong_recovery_code": "The recovery code does not open the file “{path}”: the code is valid but "
                           "belongs to another file, or to the passphrase before it was changed. The file "
                           "was not changed.",
    "wrong_key": "The key given does not open the encrypted file “{path}”. The file was not changed.",
    "not_encrypted": "The file “{path}” is not encrypted, so it needs no passphrase or recovery code "
                     "(leave out {source}). The file was not changed.",
    "encrypted_truncated": "The file “{path}” is an encrypted data file but it was cut short ({detail} "
                           "bytes, not a whole number of pages): an unfinished copy or a failing disk. The "
                           "file was not changed; restore it from a backup.",
    "encrypted_damaged": "The encrypted file “{path}” opens with the passphrase but is damaged or cut "
                         "short ({detail}). The file was not changed; restore it from a backup.",
    # Reading the passphrase or the code (command line, dialogs).
    "source_option": "--passphrase-file",
    "source_env": "the environment variable {name}",
    "source_code_option": "--recovery-code-file",
    "two_secrets": "Give only one of: a passphrase (--passphrase-file or the environment variable {name}) "
                   "or a recovery code (--recovery-code-file).",
    "secret_file_unreadable": "The file “{file}” could not be read: {reason}.",
    "secret_file_empty": "The file “{file}” is empty: write the passphrase (or recovery code) on its "
                         "first line.",
    "code_length": "A recovery code has 56 characters (14 groups of 4); the code typed has {count}.",
    "code_characters": "A recovery code has only the letters A–Z and the digits 2–7; the code typed has "
                       "other characters.",
    "code_checksum": "The recovery code was mistyped (a group does not match its check): read each group "
                     "on the recovery sheet again.",
    "code_for_new_file": "A new file is made with a passphrase, not a recovery code (the code is given "
                         "when the file is made).",
    "weak_passphrase": "The passphrase needs at least {length} characters, or at least {words} words (a "
                       "sentence that is easy to remember).",
    "passphrases_differ": "The new passphrase was typed differently the second time.",
    "wrong_current": "The current passphrase (or recovery code) is not the one of the file “{path}”. "
                     "Nothing was changed.",
    # Converting, changing the passphrase, decrypting.
    "already_encrypted": "The file “{path}” is already encrypted.",
    "not_encrypted_file": "The file “{path}” is not encrypted: it has no passphrase to change. Encrypt it "
                          "first (Tools → Encrypt the data file, or “chibo --db F encrypt”).",
    "encrypt_needs_passphrase": "To encrypt the file, give the new passphrase with --passphrase-file P "
                                "(before the command) or the environment variable {name}; a recovery code "
                                "exists only once the file is encrypted.",
    "current_needed": "The file's current passphrase is needed: --passphrase-file P or the environment "
                      "variable {name} (or --recovery-code-file R), before the command.",
    "read_only": "The file “{path}” is open for viewing only, so it cannot be encrypted nor its "
                 "passphrase changed.",
    "side_files": "“{path}” could not be encrypted: the file “{side}” beside it still holds data not yet "
                  "written into the main file. Close every Sổ Chi bộ window that has it open and try "
                  "again. The file was not changed.",
    "convert_failed": "“{path}” could not be encrypted: {reason}. The original file was not changed.",
    "check_failed": "The encrypted copy of “{path}” failed its check ({detail}) and was dropped; the "
                    "original (not encrypted) file is kept in its place.",
    "out_exists": "The file “{path}” already exists; choose another name so as not to overwrite it.",
    "out_same": "The decrypted file must be a new file, not the data file “{path}”.",
    "decrypt_failed": "“{path}” could not be decrypted into “{out}”: {reason}. No file was written.",
    "rekey_failed": "The passphrase of “{path}” could not be changed: {reason}. The file still opens with "
                    "the old passphrase; the backup made just before: “{backup}”.",
    "rekey_unverified": "the file did not open with the new passphrase when read back",
    # Backups of an encrypted file.
    "backup_other_key": "The backup “{backup}” is encrypted with another passphrase (usually the one "
                        "before a change): its passphrase or recovery code of that time is needed to "
                        "restore it.",
    "backup_wrong_secret": "The passphrase (or recovery code) given does not open the backup “{backup}”. "
                           "Nothing was changed.",
    "backup_encrypted_file_plain": "The backup “{backup}” is encrypted but the data file “{path}” is not: "
                                   "open the backup as a data file (with its passphrase) instead of "
                                   "restoring it into this file.",
    "backup_needs_secret": "The backup “{backup}” is encrypted: its passphrase or recovery code is needed "
                           "to read it.",
    "backup_contents_other_key": "Needs the old passphrase (made before the passphrase was changed).",
    "backup_contents_plain": "This backup is not encrypted (made before the file was encrypted).",
    "plain_copy_refused": "The backup “{backup}” was not copied into the folder “{folder}”: the data file "
                          "is encrypted and this backup is not, so it is not taken to the second folder.",
    "plain_backup_left": "The old backup “{backup}” could not be encrypted ({reason}); this unencrypted "
                         "copy is still there and anyone who copies it can read it: delete it when it is "
                         "no longer needed.",
    # Records export.
    "plain_export": "Note: the data file is encrypted but the JSON records file “{file}” is plain text: "
                    "anyone who has it can read every record. Keep it safe or delete it.",
    # The recovery sheet (PDF).
    "sheet_needs_profile": "The branch profile is needed before the recovery sheet can be printed.",
    "new_file_code": "The new file «{path}» is encrypted. Recovery code (write it down and keep it safe; "
                     "without both the passphrase and this code nobody can open the file): {code}",
    "not_utf8": "not UTF-8 text",
}
