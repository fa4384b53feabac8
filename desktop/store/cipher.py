"""Encrypted data files: SQLCipher 4 (AES-256 pages with an HMAC each) keyed with a raw key.

A data file is either plain SQLite (its first 16 bytes read "SQLite format 3\\0") or encrypted:
then those 16 bytes are SQLCipher's salt, written in clear, and everything else is ciphertext.
The key never comes from SQLCipher's own PBKDF2: the services derive it with scrypt from the
passphrase and that salt (or read it from the recovery code, which *is* the key), and every
connection is keyed with the raw 32 bytes (`PRAGMA key = "x'<64 hex>'"`), so opening a pooled
connection costs nothing. A new file, a backup or an export is keyed with the key *and* the salt
(`x'<64 hex><32 hex>'`): SQLCipher then writes that salt, not a random one, and the passphrase
opens the copy too.

Plain files keep Python's own `sqlite3`; only encrypted ones go through `sqlcipher3` (its errors
are another class: `DB_ERRORS` names both). SQLite's backup API is used only between two
connections keyed alike, as SQLCipher supports it; a change of key or of kind (plain to
encrypted and back) goes through `sqlcipher_export` into an ATTACHed file.
"""

from __future__ import annotations

import math
import os
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096  # SQLCipher 4's default page: an encrypted file is a whole number of them
SALT_BYTES = 16
KEY_BYTES = 32
SQLITE_NOTADB = 26  # "file is not a database": the wrong key, or not a database at all

DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)

# Common office formats that are as random-looking as ciphertext once past their first bytes.
_OTHER_FORMATS = (b"PK\x03\x04", b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"\x1f\x8b", b"Rar!",
                  b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0", b"-----BEGIN")
_SAMPLE = PAGE_SIZE
_MIN_SAMPLE = 512  # below this a fragment cannot be told from any other small file


@dataclass(eq=False)
class FileKey:
    """The raw key of an encrypted file and the file's salt. Held only while the file is open:
    `wipe()` overwrites it (the Database does so when it closes). Never printed or logged."""

    raw: bytearray
    salt: bytes
    wiped: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a file key is 32 bytes and its salt 16")

    def __repr__(self) -> str:  # a key in a traceback or a log line would defeat the point
        return "FileKey(<hidden>)"

    def spec(self, *, with_salt: bool = False) -> str:
        """SQLCipher's raw-key literal: `x'<key>'`, or `x'<key><salt>'` for a file to create."""
        if self.wiped:
            raise ValueError("the key of a closed file")
        hex_key = bytes(self.raw).hex() + (self.salt.hex() if with_salt else "")
        return f"x'{hex_key}'"

    def copy(self) -> FileKey:
        return FileKey(bytearray(self.raw), self.salt)

    def same_as(self, other: FileKey | None) -> bool:
        return other is not None and bytes(self.raw) == bytes(other.raw) and self.salt == other.salt

    def replace_raw(self, raw: bytes) -> None:
        """After a rekey: the same object (engines' connection factories hold it) keys anew."""
        self.raw[:] = raw

    def wipe(self) -> None:
        for i in range(len(self.raw)):
            self.raw[i] = 0
        self.wiped = True


# --- what a file is, from its bytes -----------------------------------------------------------
def read_header(path: Path) -> bytes:
    with Path(path).open("rb") as fh:
        return fh.read(_SAMPLE)


def _looks_random(sample: bytes) -> bool:
    """Ciphertext (and SQLCipher's salt) is uniform: its byte entropy is close to 8 bits. The
    threshold allows for the estimate's bias on a short sample (Miller–Madow) and some margin."""
    n = len(sample)
    if n < _MIN_SAMPLE or sample.startswith(_OTHER_FORMATS):
        return False
    counts = Counter(sample)
    entropy = -sum(c / n * math.log2(c / n) for c in counts.values())
    expected = 8 - 255 / (2 * n * math.log(2))
    return entropy > expected - 0.3


def file_kind(path: Path) -> str:
    """"plain" (SQLite's header), "encrypted" (random pages, a whole number of them),
    "encrypted_truncated" (random bytes, but not a whole number of pages: cut short), or
    "foreign" (anything else). The file must exist and not be empty."""
    path = Path(path)
    head = read_header(path)
    if head.startswith(SQLITE_HEADER):
        return "plain"
    if not _looks_random(head):
        return "foreign"
    size = path.stat().st_size
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return "encrypted_truncated"
    return "encrypted"


def file_salt(path: Path) -> bytes:
    """The salt SQLCipher wrote at the start of an encrypted file (readable without the key)."""
    with Path(path).open("rb") as fh:
        salt = fh.read(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise ValueError(f"{path}: too short to hold a salt")
    return salt


# --- connections ------------------------------------------------------------------------------
def connect_keyed(target: str | Path, key: FileKey, *, new: bool = False, **kwargs: Any):  # noqa: ANN201
    """A sqlcipher3 connection keyed before anything else is read. `new`: the file is about to
    be created (or filled by a backup), so it is keyed with the salt too."""
    conn = sqlcipher.connect(str(target), **kwargs)
    try:
        # SQLCipher's own log goes to stderr ("hmac check failed" on a wrong key): our messages
        # say what happened. Temporary tables and sorts stay in memory, never in a temp file.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{key.spec(with_salt=new)}"')
        conn.execute("PRAGMA temp_store = MEMORY")
    except BaseException:
        conn.close()
        raise
    return conn


def connect(target: str | Path, key: FileKey | None, *, new: bool = False, **kwargs: Any):  # noqa: ANN201
    """Python's sqlite3 for a plain file, a keyed sqlcipher3 connection for an encrypted one."""
    if key is None:
        return sqlite3.connect(str(target), **kwargs)
    return connect_keyed(target, key, new=new, **kwargs)


def driver(key: FileKey | None):  # noqa: ANN201 - the DB-API module SQLAlchemy is to use
    return sqlite3 if key is None else sqlcipher


def is_wrong_key(error: BaseException) -> bool:
    """SQLITE_NOTADB on the first read: the key does not open page 1 (or it is no database)."""
    return getattr(error, "sqlite_errorcode", None) == SQLITE_NOTADB


def export_into(source, target: Path, key: FileKey | None) -> None:  # noqa: ANN001
    """Copy every table, index and row of `source` (a sqlcipher3 connection, plain or keyed)
    into the new file `target`, encrypted with `key` and its salt, or plain for None.

    `sqlcipher_export` is SQLCipher's way to change a file's key or kind; the target is written
    by SQLCipher itself, encrypted page by page (never a plain intermediate copy)."""
    literal = "" if key is None else key.spec(with_salt=True)
    source.execute("ATTACH DATABASE ? AS chibo_export KEY ?", (str(target), literal))
    try:
        source.execute("SELECT sqlcipher_export('chibo_export')").fetchall()
        user_version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA chibo_export.user_version = {int(user_version)}")
    finally:
        source.execute("DETACH DATABASE chibo_export")


def open_source(path: Path, key: FileKey | None):  # noqa: ANN201
    """A sqlcipher3 connection reading `path` (plain or encrypted), for `export_into`."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if key is None:
        conn = sqlcipher.connect(uri, uri=True)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")
        return conn
    return connect_keyed(uri, key, uri=True)


def overwrite_and_remove(path: Path) -> None:
    """Delete a plain file that held the records: its bytes are overwritten with zeros first,
    so that at least the file system's own blocks do not keep them (a copy the disk made
    elsewhere, on an SSD, is beyond a program's reach)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            zeros = bytes(1 << 20)
            left = size
            while left > 0:
                fh.write(zeros[: min(left, len(zeros))])
                left -= len(zeros)
            fh.flush()
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    path.unlink()
