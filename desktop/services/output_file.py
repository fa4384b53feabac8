"""The one way a file the user named is written (a PDF, the member register, the records):
whole or not at all, and a refusal that names that file (never the temporary one beside it)
with the reason, for the command line and the window alike."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services.errors import UserError
from desktop.store.messages import os_reason
from desktop.wording import say


def check_output(out: Path, *, suffix: str = ".pdf") -> Path:
    """The file `write_output` will write for `out`, or the refusal naming `out`: asked before
    anything is recorded, so that a command never records and then fails on its file. A link
    is followed to the file it names (the link stays)."""
    out = Path(out)
    if out.is_symlink():
        out = out.resolve()
    if out.is_dir():
        raise UserError(say("storage.out_is_folder", path=str(out),
                            example=str(out / f"tep{suffix}")), field="out")
    if out.exists() and not out.is_file():  # a device or a pipe: never replaced by a file
        raise UserError(say("storage.out_not_a_file", path=str(out)), field="out")
    folder = out.parent
    if not folder.is_dir():
        raise UserError(say("storage.out_no_folder", path=str(out), folder=str(folder)),
                        field="out")
    return out


def write_output(out: Path, data: bytes, *, suffix: str = ".pdf") -> None:
    """Write `data` to `out` through a temporary file beside it, so that a failure leaves
    neither a half-written file under the user's name nor the temporary one. `suffix` is the
    kind of file asked for, for the example given when `out` is a folder."""
    asked = Path(out)
    out = check_output(asked, suffix=suffix)
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(say("storage.out_failed", path=str(asked), reason=os_reason(exc)),
                        field="out") from None
    finally:
        tmp.unlink(missing_ok=True)
