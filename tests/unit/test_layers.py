"""Layers (DESIGN.md §1): importing any non-UI layer loads no Qt; the domain loads no SQLAlchemy,
no ReportLab and nothing above it. Each check runs in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from desktop.paths import checkout_root

IMPORT_ALL = textwrap.dedent("""
    import importlib, importlib.util, json, pkgutil, sys
    loaded = []
    for name in sys.argv[1].split(","):
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        loaded.append(name)
        for info in pkgutil.walk_packages(getattr(module, "__path__", []), name + "."):
            if ".migrations.versions." in info.name or info.name.endswith(".migrations.env"):
                continue  # Alembic scripts run only inside an Alembic context
            importlib.import_module(info.name)
            loaded.append(info.name)
    print(json.dumps({"loaded": loaded, "modules": sorted(sys.modules)}))
""")


def _import(*packages: str) -> tuple[list[str], set[str]]:
    done = subprocess.run([sys.executable, "-c", IMPORT_ALL, ",".join(packages)], capture_output=True,
                          text=True, cwd=checkout_root(), timeout=300)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    return result["loaded"], set(result["modules"])


def _top(modules: set[str], name: str) -> list[str]:
    return sorted(m for m in modules if m == name or m.startswith(name + "."))


def test_non_ui_layers_load_no_qt():
    loaded, modules = _import("desktop.domain", "desktop.store", "desktop.services", "desktop.documents",
                              "desktop.exchange", "desktop.commands", "desktop.cli")
    for required in ("desktop.domain.situation", "desktop.store.database", "desktop.services.demo",
                     "desktop.cli"):
        assert required in loaded
    assert _top(modules, "PySide6") == [] and _top(modules, "shiboken6") == []
    assert _top(modules, "desktop.ui") == [] and "desktop.app" not in modules


def test_domain_loads_no_storage_no_pdf_and_nothing_above_it():
    loaded, modules = _import("desktop.domain")
    assert "desktop.domain.situation" in loaded and "desktop.domain.enums" in loaded
    for forbidden in ("sqlalchemy", "reportlab", "PySide6", "alembic", "desktop.store",
                      "desktop.services", "desktop.documents", "desktop.exchange", "desktop.ui"):
        assert _top(modules, forbidden) == [], f"desktop.domain pulls in {forbidden}"


def test_the_check_itself_sees_qt_when_it_is_loaded():
    # Guards against a check that cannot fail: the UI layer does load PySide6.
    _, modules = _import("desktop.ui.operations")
    assert _top(modules, "PySide6")
