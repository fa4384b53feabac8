"""A superior committee may sign its rulebook: `<file>.sig` (raw Ed25519 over the file's exact
bytes, as `openssl pkeyutl -sign -rawin` makes it) beside the file, and its public key as
`<file>.pem` or `signer.pem` in the same folder. The signer's fingerprint is shown so the
secretary can compare it with the one the committee published."""

from __future__ import annotations

from pathlib import Path

from desktop.exchange.keys import (
    KeyProblem,
    fingerprint_of,
    load_public_pem,
    verify_signature,
)
from desktop.services.errors import UserError
from desktop.services.file_limits import read_bounded
from desktop.wording import say

# A signature is 64 bytes and a public key in PEM ~110: anything near this limit is not one.
MAX_KEY_FILE_BYTES = 64 * 1024


def signature_files(path: Path) -> tuple[Path, Path] | None:
    sig = path.with_name(path.name + ".sig")
    if not sig.exists():
        return None
    for key in (path.with_name(path.name + ".pem"), path.with_name("signer.pem")):
        if key.exists():
            return sig, key
    raise UserError(say("rulebook_check.signature_without_key", signature=sig.name, rulebook=path.name),
                    field="rulebook")


def check_rulebook_signature(path: Path, data: bytes) -> str | None:
    """The signer's fingerprint if the rulebook carries a valid signature; None if unsigned.
    A signature that does not verify refuses the import (the file may have been altered)."""
    files = signature_files(path)
    if files is None:
        return None
    sig, key = files
    try:
        public = load_public_pem(read_bounded(key, MAX_KEY_FILE_BYTES))
        signature = read_bounded(sig, MAX_KEY_FILE_BYTES)
    except KeyProblem as exc:
        raise UserError(say("rulebook_check.key_problem", key=key.name, problem=exc.message),
                        field="rulebook") from exc
    except OSError as exc:
        raise UserError(say("rulebook_check.signature_unreadable", signature=sig.name, key=key.name,
                            reason=exc.strerror), field="rulebook") from exc
    if not verify_signature(public, signature, data):
        raise UserError(say("rulebook_check.signature_mismatch", signature=sig.name, rulebook=path.name),
                        field="rulebook")
    return fingerprint_of(public)
