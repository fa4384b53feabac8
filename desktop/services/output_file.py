"""The one way a file the user named is written (a PDF, the member register, the records):
whole or not at all, and a refusal that names that file (never the temporary one beside it)
with the reason, for the command line and the window alike."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services.errors import UserError
from desktop.store.messages import os_reason
from desktop.wording import say


def write_output(out: Path, data: bytes, *, suffix: str = ".pdf") -> None:
    """Write `data` to `out` through a temporary file beside it, so that a failure leaves
    neither a half-written file under the user's name nor the temporary one. `suffix` is the
    kind of file asked for, for the example given when `out` is a folder."""
    out = Path(out)
    if out.is_dir():
        raise UserError(say("storage.out_is_folder", path=str(out),
                            example=str(out / f"tep{suffix}")), field="out")
    folder = out.parent
    if not folder.is_dir():
        raise UserError(say("storage.out_no_folder", path=str(out), folder=str(folder)),
                        field="out")
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(say("storage.out_failed", path=str(out), reason=os_reason(exc)),
                        field="out") from None
    finally:
        tmp.unlink(missing_ok=True)
