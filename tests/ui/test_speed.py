"""The window's process-wide speed measures (desktop/ui/speed.py), each in a fresh interpreter:
they change the process for good."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

CHILD = textwrap.dedent("""
    import json, linecache, sys
    sys.path.insert(0, sys.argv[2])
    import PySide6.QtWidgets
    if sys.argv[1] == "skip":
        from desktop.ui.speed import skip_feature_scan
        skip_feature_scan()
    import uses_qt
    print(json.dumps({"name": uses_qt.NAME,
                      "source_read": any(f.endswith("uses_qt.py") for f in linecache.cache)}))
""")

MODULE = textwrap.dedent("""
    from PySide6.QtCore import QObject

    holder = QObject()
    holder.setObjectName("chi bộ")
    NAME = holder.objectName()  # Qt's own method names, as without the measure
""")


def _run(mode: str, folder: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(folder)], capture_output=True,
                          text=True, timeout=120, cwd=Path(__file__).resolve().parents[2],
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_pyside_no_longer_reads_the_source_of_modules_imported_after_it(tmp_path: Path) -> None:
    (tmp_path / "uses_qt.py").write_text(MODULE, encoding="utf-8")
    # Without the measure PySide6 reads the module's source; if a PySide6 release stops doing
    # that, this fails and the measure can go (see desktop/ui/speed.py).
    assert _run("plain", tmp_path) == {"name": "chi bộ", "source_read": True}
    assert _run("skip", tmp_path) == {"name": "chi bộ", "source_read": False}
