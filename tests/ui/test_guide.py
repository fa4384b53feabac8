"""The guide shipped with the program: one section per page, titled as the navigation names it,
each with its screenshot; and the screenshots are the screens as they are today."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from desktop.ui.guide_shots import SHOTS, SIZE
from desktop.paths import checkout_root
from desktop.ui.guide import guide_path
from desktop.ui.i18n import install_language
from desktop.ui.pages.registry import page_keys, page_title

GUIDE_PAGES = [*page_keys("branch"), *page_keys("inbox")]


class _Guide(HTMLParser):
    """Anchors, the heading after each, and the images, in document order."""

    def __init__(self):
        super().__init__()
        self.anchors: list[str] = []
        self.headings: dict[str, str] = {}
        self.images: dict[str, str] = {}  # image → the section it is in
        self._in_heading = False

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        attrs = dict(attrs)
        if tag == "a" and "name" in attrs:
            self.anchors.append(attrs["name"])
        elif tag == "h2":
            self._in_heading = True
            self.headings[self.anchors[-1]] = ""
        elif tag == "img":
            self.images[attrs["src"]] = self.anchors[-1]

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag == "h2":
            self._in_heading = False

    def handle_data(self, data):  # noqa: ANN001
        if self._in_heading:
            self.headings[self.anchors[-1]] += data


def read_guide() -> _Guide:
    guide = _Guide()
    guide.feed(guide_path().read_text(encoding="utf-8"))
    return guide


@pytest.fixture
def vietnamese(qapp):
    before = QLocale()
    translator = install_language(qapp, "vi")
    yield
    if translator is not None:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_every_page_has_its_section_titled_as_the_navigation_names_it(vietnamese):
    guide = read_guide()
    for key in ["start", *GUIDE_PAGES]:
        assert key in guide.anchors, f"the guide has no section for the page {key!r}"
    for key in GUIDE_PAGES:
        assert guide.headings[key].startswith(page_title(key)), (key, guide.headings[key])


def test_every_page_has_its_picture_and_every_picture_is_shown():
    guide = read_guide()
    assert {image: section for image, section in guide.images.items()} == {
        f"img/{name}.png": name for name in SHOTS}
    folder = guide_path().parent
    shipped = {f"img/{p.name}" for p in (folder / "img").glob("*.png")}
    assert shipped == set(guide.images), "pictures not in the guide, or the guide's not shipped"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime (README: system libraries)")
def test_the_pictures_are_the_screens_of_today(tmp_path):
    """Renders every page again (python -m desktop.ui.guide_shots, at a fixed date) and
    compares with the committed pictures: one missing, extra or of another size fails. Pixels
    that differ (fonts render a little differently from one system to another) only warn."""
    out = tmp_path / "img"
    done = subprocess.run([sys.executable, "-m", "desktop.ui.guide_shots", "--out", str(out)],
                          cwd=checkout_root(), capture_output=True, text=True, timeout=600,
                          env=dict(os.environ))
    assert done.returncode == 0, done.stderr[-2000:]
    committed = guide_path().parent / "img"
    made = sorted(p.name for p in out.glob("*.png"))
    assert made == sorted(f"{name}.png" for name in SHOTS)
    assert sorted(p.name for p in committed.glob("*.png")) == made, \
        "run `python -m desktop.ui.guide_shots` and commit resources/guide/img"
    changed = []
    for name in made:
        new, old = QImage(str(out / name)), QImage(str(committed / name))
        assert (new.width(), new.height()) == SIZE, f"{name}: the window grew past 1366×728"
        assert (old.width(), old.height()) == (new.width(), new.height()), \
            f"{name} is stale: run `python -m desktop.ui.guide_shots`"
        if (out / name).read_bytes() != (committed / name).read_bytes():
            changed.append(name)
    if changed:
        warnings.warn("guide pictures differ from today's screens (fonts, or the screens changed): "
                      + ", ".join(changed) + " — `python -m desktop.ui.guide_shots` renews them",
                      stacklevel=1)


def test_the_guide_is_read_from_the_installed_resources():
    # resources/ is package data (desktop/paths.py): the guide ships with the wheel and the
    # built folder like the fonts and rulebooks.
    path = guide_path()
    assert path.is_file() and path.parent.name == "guide" and path.parent.parent.name == "resources"
    assert all((path.parent / src).is_file() for src in read_guide().images)
    assert Path(path).read_text(encoding="utf-8").count("<h2>") >= len(GUIDE_PAGES)
