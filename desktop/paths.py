"""Where things live: the program's own files (resources, compiled catalogues, migrations), Qt's
tools, and the user's data folder.

The program's files are package data, found through `importlib.resources`:
- installed (a wheel, or PyInstaller's folder): `desktop/resources/` and
  `desktop/translations/*.qm` inside the package, built there from the top-level `resources/`
  and `translations/` by the build backend `desktop/devtools/wheel_build.py` (or `build.spec`);
- a source checkout or an editable install: the package is the checkout's `desktop/`, which has
  neither, so the top-level folders beside it are read (and the catalogues are compiled into the
  user's cache, see `desktop.ui.i18n`).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "chibo"
APP_AUTHOR = "chibo"
PACKAGE = "desktop"


def package_dir() -> Path:
    """The installed `desktop` package as a folder.

    A wheel is installed unpacked and PyInstaller unpacks its data into a folder, so this is a
    real directory: ReportLab and Qt are handed fonts and catalogues by file name.
    """
    root = files(PACKAGE)
    if not isinstance(root, Path):  # a zipped install, which neither Qt nor ReportLab can read
        raise RuntimeError(f"the {PACKAGE} package must be installed as files, not as {root!r}")
    return root


def checkout_root() -> Path | None:
    """The source checkout holding this `desktop` package, or None when it is installed."""
    root = package_dir().parent
    marks = (root / "pyproject.toml", root / "resources", root / "translations" / "desktop_vi.ts")
    return root if all(mark.exists() for mark in marks) else None


def resources_dir() -> Path:
    """Fonts, rulebooks, schemas and topics: the installed copy, else the checkout's sources."""
    installed = package_dir() / "resources"
    if installed.is_dir():
        return installed
    root = checkout_root()
    # Neither: a broken install; the readers then name the file they miss under `installed`.
    return root / "resources" if root is not None else installed


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def shipped_catalogue(lang: str) -> Path | None:
    """The compiled interface catalogue installed with the program (None in a checkout)."""
    qm = package_dir() / "translations" / f"desktop_{lang}.qm"
    return qm if qm.is_file() else None


def translations_dir() -> Path | None:
    """The `.ts` catalogues' folder of a source checkout (None when installed)."""
    root = checkout_root()
    return root / "translations" if root is not None else None


def migrations_dir() -> Path:
    return package_dir() / "store" / "migrations"


def qt_tool(name: str) -> Path:
    """PySide6's `lupdate`/`lrelease`, found without importing PySide6 (callers may have no Qt).

    Raises FileNotFoundError when neither the PySide6 package nor PATH has it.
    """
    exe = name + (".exe" if sys.platform == "win32" else "")
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(folder) / exe
        if candidate.exists():
            return candidate
    script = shutil.which(f"pyside6-{name}")
    if script:
        return Path(script)
    raise FileNotFoundError(f"Qt tool {name!r} not found in the PySide6 package or on PATH")


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "chibo.sqlite"
