"""Where things live: bundled resources (frozen or not) and the user's data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "chibo"
APP_AUTHOR = "chibo"


def project_root() -> Path:
    """The folder holding `resources/` and `translations/`.

    Frozen (PyInstaller) builds unpack them beside the executable's data (`sys._MEIPASS`);
    a source checkout or editable install finds them next to the `desktop` package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return project_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    return project_root() / "translations"


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "store" / "migrations"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def user_config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))


def default_database_path() -> Path:
    return user_data_dir() / "chibo.sqlite"
