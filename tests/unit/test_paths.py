"""Where the program's files are found: inside the installed package (a wheel, the built folder),
else beside the package in a source checkout; never in a stray folder beside site-packages."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import paths


def _files(root: Path, *names: str) -> None:
    for name in names:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")


@pytest.fixture
def package(tmp_path, monkeypatch):
    """Make `desktop.paths` see the package at tmp_path/<where>/desktop."""
    def place(where: str) -> Path:
        folder = tmp_path / where / "desktop"
        folder.mkdir(parents=True)
        monkeypatch.setattr(paths, "package_dir", lambda: folder)
        return folder

    return place


def test_installed_files_come_from_inside_the_package(package):
    site = package("site-packages")
    _files(site, "resources/rulebooks/chi_bo_4_tot_mau.toml", "translations/desktop_vi.qm")
    # Another distribution's stray top-level folders beside it are not ours.
    _files(site.parent, "resources/rulebooks/other.toml", "translations/desktop_vi.ts",
           "pyproject.toml")
    (site.parent / "resources" / "fonts").mkdir()
    assert paths.resource_path("rulebooks", "chi_bo_4_tot_mau.toml") == (
        site / "resources" / "rulebooks" / "chi_bo_4_tot_mau.toml")
    assert paths.shipped_catalogue("vi") == site / "translations" / "desktop_vi.qm"
    assert paths.shipped_catalogue("en") is None
    assert paths.migrations_dir() == site / "store" / "migrations"


def test_an_installed_package_is_not_a_checkout(package):
    site = package("site-packages")
    _files(site, "resources/thematic_topics.json")
    _files(site.parent, "resources/thematic_topics.json")  # no pyproject, no catalogues: not ours
    assert paths.checkout_root() is None and paths.translations_dir() is None
    assert paths.resources_dir() == site / "resources"


def test_a_checkout_reads_its_top_level_sources(package):
    source = package("checkout")
    root = source.parent
    _files(root, "pyproject.toml", "resources/thematic_topics.json", "translations/desktop_vi.ts")
    assert paths.checkout_root() == root
    assert paths.resources_dir() == root / "resources"
    assert paths.translations_dir() == root / "translations"
    assert paths.shipped_catalogue("vi") is None  # compiled from the .ts into the user's cache


def test_a_broken_install_names_where_the_files_should_be(package):
    site = package("site-packages")
    assert paths.resource_path("fonts") == site / "resources" / "fonts"


def test_this_checkout_is_recognised():
    root = paths.checkout_root()
    assert root is not None and (root / "desktop" / "paths.py").exists()
    assert paths.package_dir() == root / "desktop"
    assert (paths.resource_path("schemas", "records.schema.json")).is_file()
