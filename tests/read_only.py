"""A folder seen read-only, as on a write-protected USB stick or a CD.

Not root: the permissions are enough. Root ignores permissions, so a read-only bind mount of the
folder is used instead (skipped where mounting is not allowed). os.access() answers "not
writable" in both cases, as on a real read-only medium."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only_view(folder: Path) -> Iterator[Path]:
    folder = Path(folder)
    if os.geteuid() != 0:
        modes = {p: p.stat().st_mode for p in [folder, *folder.rglob("*")]}
        for p in sorted(modes, key=lambda p: len(p.parts), reverse=True):
            p.chmod(stat.S_IMODE(modes[p]) & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            yield folder
        finally:
            for p in sorted(modes, key=lambda p: len(p.parts)):
                p.chmod(stat.S_IMODE(modes[p]))
        return
    view = folder.with_name(folder.name + "-ro")
    view.mkdir()
    mount = shutil.which("mount")
    if mount is None or subprocess.run([mount, "--bind", str(folder), str(view)], capture_output=True).returncode:
        view.rmdir()
        pytest.skip("running as root without mount: no read-only medium to test on")
    try:
        if subprocess.run([mount, "-o", "remount,ro,bind", str(view)], capture_output=True).returncode:
            pytest.skip("this system cannot remount read-only")
        yield view
    finally:
        subprocess.run(["umount", str(view)], capture_output=True)
        view.rmdir()
