"""Building a package: payload files → SHA256SUMS → raw Ed25519 signature of those exact bytes."""

from __future__ import annotations

import hashlib
import json
import zlib
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.exchange import layout, zipwrite
from desktop.exchange.keys import public_pem_of
from desktop.exchange.zipread import is_reserved_name, is_safe_name


def json_bytes(document: Any) -> bytes:
    """Canonical JSON for a package: UTF-8, sorted keys, stable across runs."""
    return (json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2) + "\n").encode("utf-8")


def build_package(
    payload: dict[str, bytes], private_key: Ed25519PrivateKey, created_at: datetime
) -> bytes:
    """A zip whose bytes depend only on the payload, the key and `created_at`.

    Every entry is stored uncompressed: PDFs are compressed already, and a container without
    deflate streams can be rebuilt byte for byte by the verifier, so no byte of it can change
    unnoticed (see verify._check_canonical).
    """
    for name in payload:
        if not is_safe_name(name) or is_reserved_name(name) or name in layout.CONTROL_ENTRIES:
            raise ValueError(f"unsafe or reserved entry name: {name!r}")
    missing = [n for n in layout.REQUIRED_PAYLOAD if n not in payload]
    if missing:
        raise ValueError(f"payload lacks {missing}")
    sums = layout.sums_text({n: hashlib.sha256(b).hexdigest() for n, b in payload.items()})
    signer = public_pem_of(private_key.public_key()).encode("ascii")
    return assemble(payload, sums, private_key.sign(sums), signer, created_at)


def assemble(
    payload: dict[str, bytes], sums: bytes, signature: bytes, signer: bytes, created_at: datetime
) -> bytes:
    """The canonical container: mimetype, payload by name, SHA256SUMS, signature, signer."""
    entries = [(layout.MIMETYPE, layout.MIMETYPE_VALUE)]
    entries += sorted(payload.items())
    entries += [(layout.SUMS, sums), (layout.SIGNATURE, signature), (layout.SIGNER, signer)]
    plan = zipwrite.layout([zipwrite.Entry(n, len(b), zlib.crc32(b)) for n, b in entries], created_at)
    return zipwrite.join(plan, (b for _, b in entries))
