"""What opens an encrypted data file: the passphrase or the recovery code, turned into its key.

The key of a file is scrypt(passphrase, salt) with the signing key's cost (N = 2¹⁷, r = 8,
p = 1: ~0.4 s and 128 MiB per try), the salt being the 16 bytes SQLCipher keeps in clear at the
start of the file. The recovery code is that key itself, written for people
(desktop/exchange/recovery_code.py). Nothing else is stored anywhere: no key file beside the
data file, nothing in the settings. `open_data_file` is how the window and the command line
open or create a file, with or without a secret.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.exchange import recovery_code
from desktop.exchange.key_encryption import derive_file_key
from desktop.exchange.keys import MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_WORDS
from desktop.services.errors import UserError
from desktop.store.backup import connect_read_only
from desktop.store.cipher import DATABASE_ERRORS, SALT_BYTES, FileKey, file_salt, is_wrong_key
from desktop.store.database import Database, DataFileError, encryption_of, open_database
from desktop.wording import Text, say

PASSPHRASE_ENV = "CHIBO_PASSPHRASE"
MAX_SECRET_FILE = 4096  # a passphrase or a code is one line


@dataclass(frozen=True)
class FileSecret:
    """A passphrase or a recovery code as typed; `source` says where it came from, for the
    message when it was given for a plain file. Never printed: repr hides the text."""

    kind: str  # "passphrase" | "recovery_code"
    text: str
    source: str | Text = ""

    def __repr__(self) -> str:
        return f"FileSecret({self.kind}, <hidden>)"

    @classmethod
    def passphrase(cls, text: str, source: str | Text = "") -> FileSecret:
        return cls("passphrase", text, source)

    @classmethod
    def recovery_code(cls, text: str, source: str | Text = "") -> FileSecret:
        return cls("recovery_code", text, source)

    @property
    def is_code(self) -> bool:
        return self.kind == "recovery_code"

    def key_for_salt(self, salt: bytes) -> FileKey:
        if self.is_code:
            return FileKey(bytearray(decode_code(self.text)), salt)
        return FileKey(bytearray(derive_file_key(self.text, salt)), salt)

    def key_for(self, path: Path) -> FileKey:
        """The key this secret gives for the encrypted file `path` (its salt read from it)."""
        return self.key_for_salt(file_salt(path))


def decode_code(text: str) -> bytes:
    try:
        return recovery_code.decode(text)
    except recovery_code.BadRecoveryCode as exc:
        count = sum(1 for ch in text if ch.isalnum())
        raise UserError(say(f"encryption.code_{exc.reason}", count=count), field="recovery_code") from exc


def check_new_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """The rule of the signing key's passphrase: 12 characters, or 4 words."""
    stripped = passphrase.strip()
    if len(stripped) < MIN_PASSPHRASE_LENGTH and len(stripped.split()) < MIN_PASSPHRASE_WORDS:
        raise UserError(say("encryption.weak_passphrase", length=MIN_PASSPHRASE_LENGTH,
                            words=MIN_PASSPHRASE_WORDS), field="passphrase")
    if repeated is not None and repeated != passphrase:
        raise UserError(say("encryption.passphrases_differ"), field="passphrase")


def new_file_key(passphrase: str) -> FileKey:
    """A fresh salt and the key the passphrase gives with it (for a new or converted file)."""
    check_new_passphrase(passphrase)
    salt = os.urandom(SALT_BYTES)
    return FileKey(bytearray(derive_file_key(passphrase, salt)), salt)


def recovery_code_of(key: FileKey) -> str:
    return recovery_code.encode(bytes(key.raw))


def read_secret_file(path: Path) -> str:
    """The first line of a passphrase (or code) file, without its line ending."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_SECRET_FILE)
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise UserError(say("encryption.secret_file_unreadable", file=path,
                            reason=exc.strerror or exc)) from exc
    except UnicodeDecodeError as exc:
        raise UserError(say("encryption.secret_file_unreadable", file=path, reason=say("encryption.not_utf8"))) from exc
    line = text.splitlines()[0] if text.splitlines() else ""
    if not line.strip():
        raise UserError(say("encryption.secret_file_empty", file=path))
    return line


def secret_from(passphrase_file: str | None, code_file: str | None,
                environ: dict[str, str] | None = None) -> FileSecret | None:
    """The secret of a command: `--passphrase-file`, else the environment variable, or
    `--recovery-code-file`; never an argument on the command line (other users see those)."""
    environ = os.environ if environ is None else environ
    from_env = environ.get(PASSPHRASE_ENV)
    given = [x for x in (passphrase_file, code_file) if x]
    if len(given) > 1 or (code_file and from_env):
        raise UserError(say("encryption.two_secrets", name=PASSPHRASE_ENV))
    if passphrase_file:
        return FileSecret.passphrase(read_secret_file(Path(passphrase_file)), say("encryption.source_option"))
    if code_file:
        return FileSecret.recovery_code(read_secret_file(Path(code_file)), say("encryption.source_code_option"))
    if from_env:
        return FileSecret.passphrase(from_env, say("encryption.source_env", name=PASSPHRASE_ENV))
    return None


def key_opens(path: Path, key: FileKey) -> bool:
    """Whether `key` decrypts the file's first page (read-only). Any other failure is left to
    the full inspection that follows (`inspect_file`), which words it."""
    try:
        conn = connect_read_only(path, key)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        return not is_wrong_key(exc)
    return True


def key_for_file(path: Path, secret: FileSecret | None) -> FileKey | None:
    """The key that opens `path` with `secret` (None for a plain file), or DataFileError: an
    encrypted file without a secret, a plain file with one, a secret that does not open it."""
    path = Path(path).resolve()
    kind = encryption_of(path)
    if kind == "plain":
        if secret is not None:
            raise DataFileError(path, "not_encrypted", str(secret.source or say("encryption.source_option")))
        return None
    if secret is None:
        raise DataFileError(path, "encrypted")
    key = secret.key_for(path)
    if not key_opens(path, key):
        key.wipe()
        raise DataFileError(path, "wrong_recovery_code" if secret.is_code else "wrong_passphrase")
    return key


def open_data_file(path: Path, secret: FileSecret | None = None, *, create: bool = False,
                   backup_dir: Path | None = None) -> Database:
    """Open `path` (or make it, with `create`): plain, or encrypted with `secret`. A new file is
    encrypted when a passphrase is given (a fresh salt; its recovery code is
    `recovery_code_of(db.key)`)."""
    path = Path(path).resolve()
    if create and not path.exists():
        if secret is not None and secret.is_code:
            raise UserError(say("encryption.code_for_new_file"), field="recovery_code")
        key = new_file_key(secret.text) if secret is not None else None
        return open_database(path, create=True, backup_dir=backup_dir, key=key)
    key = key_for_file(path, secret)
    try:
        return open_database(path, create=create, backup_dir=backup_dir, key=key)
    except BaseException:
        if key is not None:
            key.wipe()
        raise
