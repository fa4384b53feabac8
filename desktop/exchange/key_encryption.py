"""The private key at rest: encrypted under a memory-hard KDF (scrypt) and AES-256-GCM.

PKCS#8's own encryption, as `cryptography` writes it, derives the key with PBKDF2 at 2,048
iterations: a stolen key file can be tried at hundreds of passphrases per second per core and
far more on a GPU. scrypt at N = 2¹⁷, r = 8, p = 1 needs 128 MiB of memory and 0.4 s per try on
the development server (an Intel Xeon; an office PC is slower still), which is what makes GPUs
and parallel guessing expensive.

The file is PEM-armoured: `-----BEGIN CHIBO ENCRYPTED PRIVATE KEY-----`, then base64 of

    b"CBK1" | log2(N) (1 byte) | r (1) | p (1) | salt (16) | nonce (12) | AES-256-GCM(PKCS#8 DER)

with the first 35 bytes (everything before the ciphertext) as the GCM's associated data, so the
cost parameters cannot be lowered without the tag failing. The passphrase is NFC-normalised
first: the same Vietnamese words typed with another keyboard layout give the same bytes.
Keys written before this format (PKCS#8, PBKDF2) still open; `is_legacy` tells the caller to
write them again in this format.
"""

from __future__ import annotations

import base64
import os
import struct
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

LABEL = "CHIBO ENCRYPTED PRIVATE KEY"
MAGIC = b"CBK1"
SCRYPT_LOG2_N = 17  # N = 131,072: 0.4 s and 128 MiB here (measured), more on an office PC
SCRYPT_R = 8
SCRYPT_P = 1
# Bounds accepted when reading, so a crafted file cannot ask for gigabytes or hours.
MAX_LOG2_N, MAX_R, MAX_P = 20, 16, 4
_HEADER = struct.Struct(">4sBBB16s12s")


class WrongPassphrase(Exception):
    """The passphrase does not open this key (or the file was altered)."""


def encrypt(private: Ed25519PrivateKey, passphrase: str) -> bytes:
    der = private.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    header = _HEADER.pack(MAGIC, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce)
    key = _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    body = header + AESGCM(key).encrypt(nonce, der, header)
    lines = base64.encodebytes(body).decode("ascii")  # 76-character lines
    return f"-----BEGIN {LABEL}-----\n{lines}-----END {LABEL}-----\n".encode("ascii")


def is_scrypt(encrypted: bytes) -> bool:
    return encrypted.lstrip().startswith(f"-----BEGIN {LABEL}-----".encode("ascii"))


def decrypt(encrypted: bytes, passphrase: str) -> PrivateKeyTypes:
    """The private key (an Ed25519 key unless the file holds another kind). Raises
    WrongPassphrase, or ValueError for a file that is not an encrypted key of this format."""
    body = _unarmour(encrypted)
    if len(body) < _HEADER.size + 16:
        raise ValueError("truncated key file")
    magic, log2_n, r, p, salt, nonce = _HEADER.unpack_from(body)
    if magic != MAGIC or not (1 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise ValueError("not a key file of this format")
    header = body[: _HEADER.size]
    try:
        der = AESGCM(_derive(passphrase, salt, log2_n, r, p)).decrypt(nonce, body[_HEADER.size:], header)
    except InvalidTag as exc:
        raise WrongPassphrase from exc
    return serialization.load_der_private_key(der, password=None)


def derive_file_key(passphrase: str, salt: bytes) -> bytes:
    """The 32-byte key of an encrypted data file: scrypt at the same cost as the signing key's
    (a stolen file or backup is guessed at that price), from the passphrase and the file's salt."""
    return _derive(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)


def _derive(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(secret)


def _unarmour(encrypted: bytes) -> bytes:
    text = encrypted.decode("ascii").strip()
    begin, end = f"-----BEGIN {LABEL}-----", f"-----END {LABEL}-----"
    if not (text.startswith(begin) and text.endswith(end)):
        raise ValueError("not a key file of this format")
    return base64.b64decode("".join(text[len(begin):-len(end)].split()), validate=True)
