"""Install the interface language: our catalogue (which also answers Qt's own strings) and the
matching QLocale, so dates and numbers read the Vietnamese way.

An installed program (a wheel, or the built folder) loads the compiled `.qm` shipped inside the
package. A source checkout or an editable install has only the `.ts` sources: a `.qm` beside
them is used when it is not older (`python -m desktop.devtools.i18n release`), otherwise one is
compiled with PySide6's lrelease into the user's cache folder and loaded from there, so no
separate build step is needed to run from source.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.paths import qt_tool, shipped_catalogue, translations_dir, user_cache_dir

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
# Numbers read the Vietnamese way in both languages (a decimal comma, "4,5"; a dot between
# thousands), like the records and documents: English as written in Germany has exactly that
# number format, with English month and day names and day/month/year dates.
_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.Germany),
}


def _newer_or_same(target: Path, source: Path) -> bool:
    return target.exists() and target.stat().st_mtime >= source.stat().st_mtime


def catalogue_file(lang: str) -> Path | None:
    """The `.qm` to load for `lang`: the shipped one, else one built from a checkout's `.ts`."""
    shipped = shipped_catalogue(lang)
    if shipped is not None:
        return shipped
    sources = translations_dir()
    return checkout_catalogue(lang, sources) if sources is not None else None


def checkout_catalogue(lang: str, folder: Path, cache: Path | None = None) -> Path | None:
    """A fresh `.qm` for `folder`'s `.ts`: the one beside it if not older, else compiled into
    the cache (or the stale one beside it when lrelease cannot run)."""
    ts, qm = folder / f"desktop_{lang}.ts", folder / f"desktop_{lang}.qm"
    if not ts.exists():
        return None
    if _newer_or_same(qm, ts):
        return qm
    cached = (cache or user_cache_dir() / "translations") / qm.name
    if _newer_or_same(cached, ts):
        return cached
    try:
        _compile(ts, cached)
        return cached
    except OSError as exc:
        log.warning("could not compile %s (%s); using %s", ts, exc, qm if qm.exists() else "none")
        return qm if qm.exists() else None


def _compile(ts: Path, qm: Path) -> None:
    """Raises OSError when lrelease is missing or fails (FileNotFoundError is one)."""
    import subprocess  # only when a catalogue must be rebuilt, never on an ordinary start

    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=qm.parent, suffix=".qm")
    os.close(fd)
    try:
        try:
            subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", tmp],
                           check=True, capture_output=True, timeout=60)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            raise OSError(f"lrelease: {exc}") from exc
        os.replace(tmp, qm)  # two windows starting at once never read a half-written file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def install_language(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Install the translator for `lang` (owned by `app`) and make its locale the default."""
    lang = lang if lang in LANGUAGES else "vi"
    QLocale.setDefault(QLocale(*_LOCALES[lang]))
    path = catalogue_file(lang)
    if path is None:
        log.warning("no catalogue for %s: the interface stays in its source language", lang)
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning("catalogue %s could not be loaded", path)
        return None
    app.installTranslator(translator)
    return translator
