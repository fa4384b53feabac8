"""The names and fixed contents of a package's entries."""

from __future__ import annotations

MIMETYPE = "mimetype"
MIMETYPE_VALUE = b"application/vnd.chibo.package+zip"
SUMS = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.sig"
SIGNER = "signer.pem"
CONTROL_ENTRIES = (MIMETYPE, SUMS, SIGNATURE, SIGNER)
MANIFEST = "package.json"
EVALUATION = "evaluation.json"
RECORDS = "records.json"
REQUIRED_PAYLOAD = (MANIFEST, EVALUATION, RECORDS)
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".chibo.zip"


def sums_text(hashes: dict[str, str]) -> bytes:
    """The `sha256sum` output format, one line per file, sorted by name (binary-stable)."""
    return "".join(f"{hashes[name]}  {name}\n" for name in sorted(hashes)).encode("utf-8")
