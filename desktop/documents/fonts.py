"""The document font: Times New Roman from the system when all four styles are there and cover
Vietnamese, else the bundled Liberation Serif (metric-compatible, OFL).

ReportLab keeps registered fonts in its own process-wide table; registering one *family* with
`registerFontFamily` is what makes `<b>`/`<i>` markup pick our bold/italic faces instead of
falling back to Helvetica (which has no Vietnamese glyphs).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource_path

STYLES = ("regular", "bold", "italic", "bold_italic")
# Letters a Vietnamese document cannot do without (stacked tone marks, đ/Đ, ư/ơ).
_PROBE = "ĐđƯưƠơẠạẶặẦầỄễỘộỰựỸỹÁáÀàẢảÃãẤấ…–"

# Known file names of Times New Roman per platform (Windows, msttcorefonts, macOS).
_TIMES_NAMES: tuple[dict[str, str], ...] = (
    {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bold_italic": "timesbi.ttf"},
    {
        "regular": "Times_New_Roman.ttf",
        "bold": "Times_New_Roman_Bold.ttf",
        "italic": "Times_New_Roman_Italic.ttf",
        "bold_italic": "Times_New_Roman_Bold_Italic.ttf",
    },
    {
        "regular": "Times New Roman.ttf",
        "bold": "Times New Roman Bold.ttf",
        "italic": "Times New Roman Italic.ttf",
        "bold_italic": "Times New Roman Bold Italic.ttf",
    },
)


@dataclass(frozen=True)
class FontFamily:
    """Four TrueType files of one family and the name ReportLab knows it by."""

    name: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path

    def face(self, bold: bool = False, italic: bool = False) -> str:
        suffix = {(False, False): "", (True, False): "-Bold", (False, True): "-Italic",
                  (True, True): "-BoldItalic"}[(bold, italic)]
        return self.name + suffix

    def files(self) -> dict[str, Path]:
        return {s: getattr(self, s) for s in STYLES}


def bundled_family() -> FontFamily:
    folder = resource_path("fonts")
    return FontFamily(
        "LiberationSerif",
        folder / "LiberationSerif-Regular.ttf",
        folder / "LiberationSerif-Bold.ttf",
        folder / "LiberationSerif-Italic.ttf",
        folder / "LiberationSerif-BoldItalic.ttf",
    )


def system_font_dirs() -> list[Path]:
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", "")) / "Microsoft" / "Windows" / "Fonts"
        return [windir / "Fonts", local]
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
                Path.home() / "Library" / "Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), data_home / "fonts",
            Path.home() / ".fonts"]


def find_times_new_roman(dirs: Iterable[Path]) -> FontFamily | None:
    """All four styles of Times New Roman in one folder of `dirs` (searched recursively)."""
    wanted = {name.lower() for names in _TIMES_NAMES for name in names.values()}
    found: dict[str, Path] = {}
    for root in dirs:
        if not root.is_dir():
            continue
        for folder, _subdirs, files in os.walk(root):
            for file in files:
                if file.lower() in wanted:
                    found.setdefault(file.lower(), Path(folder) / file)
    for names in _TIMES_NAMES:
        paths = [found.get(names[s].lower()) for s in STYLES]
        if all(paths):
            family = FontFamily("TimesNewRoman", *paths)  # type: ignore[arg-type]
            if _covers_vietnamese(family):
                return family
    return None


def _covers_vietnamese(family: FontFamily) -> bool:
    try:
        for path in family.files().values():
            glyphs = TTFont("probe", str(path)).face.charToGlyph
            if any(ord(ch) not in glyphs for ch in _PROBE):
                return False
    except Exception:  # noqa: BLE001 - an unreadable or odd font file is simply not used
        return False
    return True


def choose_family(dirs: Sequence[Path] | None = None) -> FontFamily:
    return find_times_new_roman(system_font_dirs() if dirs is None else dirs) or bundled_family()


def ensure_registered(family: FontFamily | None = None) -> FontFamily:
    """Register `family` (default: the chosen one) with ReportLab once; returns it.

    Looking up the system fonts walks a few folders, so callers that build many documents pass
    the family they got the first time.
    """
    family = family or choose_family()
    if family.name in pdfmetrics.getRegisteredFontNames():
        return family
    for style, path in family.files().items():
        bold, italic = style in ("bold", "bold_italic"), style in ("italic", "bold_italic")
        pdfmetrics.registerFont(TTFont(family.face(bold, italic), str(path)))
    # Also maps <b>/<i> of the family name to the right faces (reportlab.lib.fonts.addMapping).
    pdfmetrics.registerFontFamily(
        family.name,
        normal=family.face(),
        bold=family.face(bold=True),
        italic=family.face(italic=True),
        boldItalic=family.face(bold=True, italic=True),
    )
    return family
