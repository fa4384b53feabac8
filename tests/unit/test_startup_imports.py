"""Start-up stays light (issue 9): the window is painted before the store is loaded, and a file
that is already current opens without Alembic. Each check runs in a fresh interpreter, so a
module-level import added to the start path makes it fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from desktop.paths import checkout_root

HEAVY = ("sqlalchemy", "alembic", "reportlab", "jsonschema", "cryptography", "openpyxl")


def _modules_after(code: str, *args: str) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True,
                          text=True, cwd=checkout_root(), timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY)


def test_the_window_is_built_without_the_store_or_the_documents():
    modules = _modules_after("""
        import json, sys
        from datetime import datetime
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from desktop.app import FileActions
        from desktop.clock import Clock
        from desktop.settings import Settings
        from desktop.ui.main_window import MainWindow
        settings = Settings()
        window = MainWindow(settings, FileActions(settings, Clock.fixed(datetime(2026, 11, 18))))
        window.opening.show_file("x.sqlite")
        window.show()
        app.processEvents()
        print(json.dumps(sorted(sys.modules)))
    """)
    assert _heavy(modules) == []
    assert "desktop.ui.widgets.navigator" not in modules  # built with the first open file


def test_the_command_line_reaches_the_window_without_loading_the_commands():
    modules = _modules_after("""
        import json, sys
        import desktop.cli
        assert desktop.cli.window_arguments(["--db", "x.sqlite", "--lang", "vi"]) is not None
        print(json.dumps(sorted(sys.modules)))
    """)
    assert _heavy(modules) == []
    assert not [m for m in modules if m.startswith("desktop.commands")]


def test_a_current_file_opens_without_alembic(tmp_path):
    path = tmp_path / "current.sqlite"
    from desktop.store.database import open_database

    open_database(path, create=True).close()  # created (and migrated) in this process
    modules = _modules_after("""
        import json, sys
        from pathlib import Path
        from desktop.store.database import open_database
        db = open_database(Path(sys.argv[1]))
        db.close()
        print(json.dumps(sorted(sys.modules)))
    """, str(path))
    assert not [m for m in modules if m.startswith("alembic")]
