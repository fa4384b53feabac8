"""The user's settings: a plain dataclass stored as JSON in the user's config folder.

No Qt here, so the CLI and the documents can read margins and font size too. `CHIBO_CONFIG_DIR`
overrides the folder (tests point it at a temporary one). A damaged or hand-edited file never
stops the program: bad values fall back to their defaults with a logged warning.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from desktop.paths import user_config_dir, user_data_dir

log = logging.getLogger(__name__)

CONFIG_ENV = "CHIBO_CONFIG_DIR"
FILE_NAME = "settings.json"
LANGUAGES = ("vi", "en")
TEXT_SCALES = (100, 125, 150)
MAX_RECENT = 8
MARGIN_RANGE_MM = (5.0, 60.0)
FONT_SIZE_RANGE = (10.0, 20.0)


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    return Path(override) if override else user_config_dir()


def settings_path() -> Path:
    return config_dir() / FILE_NAME


@dataclass
class Settings:
    language: str = "vi"
    data_folder: str = ""  # empty: the platform's user data folder
    text_scale: int = 100  # percent of the system font size
    margin_top_mm: float = 20.0  # defaults of Hướng dẫn 36-HD/VPTW on party documents
    margin_bottom_mm: float = 20.0
    margin_left_mm: float = 30.0
    margin_right_mm: float = 15.0
    body_font_size: float = 14.0
    recent_files: list[str] = field(default_factory=list)
    last_file: str = ""
    backup_folder: str = ""  # empty: a `backups` folder beside the data file
    second_backup_folder: str = ""  # optional extra copy, e.g. on a USB stick
    # The main window as last closed: its normal (not maximised) place and size in screen
    # pixels [x, y, width, height], empty until first closed, and whether it was maximised.
    window_geometry: list[int] = field(default_factory=list)
    window_maximized: bool = False
    last_folder: str = ""  # where the last file was saved or opened (file dialogs start there)

    # --- derived paths ---------------------------------------------------------------------

    def data_path(self) -> Path:
        return Path(self.data_folder) if self.data_folder else user_data_dir()

    def default_file(self) -> Path:
        return self.data_path() / "chibo.sqlite"

    def backup_path(self) -> Path | None:
        return Path(self.backup_folder) if self.backup_folder else None

    def second_backup_path(self) -> Path | None:
        return Path(self.second_backup_folder) if self.second_backup_folder else None

    # --- changes ---------------------------------------------------------------------------

    def remember_file(self, path: Path | str) -> None:
        """Most recent first, no duplicates, at most MAX_RECENT entries."""
        text = str(Path(path).resolve())
        self.recent_files = [text] + [p for p in self.recent_files if p != text]
        del self.recent_files[MAX_RECENT:]
        self.last_file = text

    def forget_file(self, path: Path | str) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]
        if self.last_file == text:
            self.last_file = ""

    # --- storage ---------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); using defaults", path, exc)
            return cls()
        if not isinstance(raw, dict):
            log.warning("settings file %s is not a JSON object; using defaults", path)
            return cls()
        settings = cls()
        for f in fields(cls):
            if f.name in raw:
                value = _checked(f.name, raw[f.name], getattr(settings, f.name))
                setattr(settings, f.name, value)
        return settings

    def save(self, path: Path | None = None) -> Path:
        path = path or settings_path()
        import tempfile  # saving is rare; starting is not

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(asdict(self), fh, ensure_ascii=False, indent=2)
        os.replace(tmp, path)  # a crash while saving leaves the old settings whole
        return path


def _checked(name: str, value: object, default: object) -> object:
    """`value` if it is valid for the field, else `default` with a warning."""
    ok = False
    if name == "language":
        ok = value in LANGUAGES
    elif name == "text_scale":
        ok = isinstance(value, int) and not isinstance(value, bool) and value in TEXT_SCALES
    elif name.startswith("margin_"):
        ok = _number_in(value, MARGIN_RANGE_MM)
    elif name == "body_font_size":
        ok = _number_in(value, FONT_SIZE_RANGE)
    elif name == "window_geometry":  # [] (the default): no placement remembered yet
        ok = value == [] or (isinstance(value, list) and len(value) == 4
              and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
              and value[2] > 0 and value[3] > 0)
    elif name == "window_maximized":
        ok = isinstance(value, bool)
    elif name == "recent_files":
        ok = isinstance(value, list) and all(isinstance(p, str) for p in value)
        if ok:
            value = list(dict.fromkeys(value))[:MAX_RECENT]
    else:
        ok = isinstance(value, str)
    if ok:
        return float(value) if isinstance(default, float) else value
    log.warning("setting %s has an invalid value %r; using %r", name, value, default)
    return default


def _number_in(value: object, bounds: tuple[float, float]) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and bounds[0] <= value <= bounds[1]
    )
