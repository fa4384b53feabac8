"""The one way a command writes a file the user named with `--out`: whole or not at all, and a
refusal that names that file (never the temporary one beside it) with the reason."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.services.errors import UserError
from desktop.store.messages import os_reason
from desktop.wording import say


def write_output(out: Path, data: bytes) -> None:
    """Write `data` to `out` through a temporary file beside it, so that a failure leaves
    neither a half-written file under the user's name nor the temporary one."""
    out = Path(out)
    if out.is_dir():
        raise UserError(say("cli.out_is_folder", path=str(out)), field="out")
    folder = out.parent
    if not folder.is_dir():
        raise UserError(say("cli.out_no_folder", path=str(out), folder=str(folder)), field="out")
    tmp = out.with_name(out.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(say("cli.out_failed", path=str(out), reason=os_reason(exc)),
                        field="out") from None
    finally:
        tmp.unlink(missing_ok=True)
