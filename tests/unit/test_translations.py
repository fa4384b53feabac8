"""The Vietnamese catalogue is complete and consistent; the catalogue tool keeps it that way."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from desktop.devtools import i18n
from desktop.paths import translations_dir


def test_vietnamese_catalogue_has_no_unfinished_entry():
    unfinished = [f"{e.context}: {e.source!r}" for e in i18n.read_entries(i18n.catalogue_path("vi"))
                  if e.unfinished]
    assert unfinished == [], "run `python -m desktop.devtools.i18n missing` and fill these"


def test_vietnamese_placeholders_match_their_source():
    mismatched = [
        f"{e.context}: {e.source!r} -> {e.translation!r}"
        for e in i18n.read_entries(i18n.catalogue_path("vi"))
        if not e.unfinished  # unfinished ones fail the test above
        and i18n.placeholders(e.source) != i18n.placeholders(e.translation)
    ]
    assert mismatched == []


def _translate_calls_without_a_literal(root: Path) -> list[str]:
    import ast

    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
            at = {"tr": 0, "translate": 1}.get(name)
            if at is None:
                continue
            source = node.args[at] if len(node.args) > at else None
            if not (isinstance(source, ast.Constant) and isinstance(source.value, str)):
                found.append(f"{path}:{node.lineno}: {ast.unparse(node)[:80]}")
    return found


def test_every_translated_text_is_a_literal_lupdate_can_read():
    """lupdate reads only literal texts: a wrapper such as `_tr(text)` hid the inbox import's
    progress box from the catalogue, and it showed English in the Vietnamese window."""
    from desktop.paths import package_dir

    assert _translate_calls_without_a_literal(package_dir() / "ui") == []


def test_both_catalogues_list_the_same_messages():
    def keys(lang: str) -> set[tuple[str, str]]:
        return {(e.context, e.source) for e in i18n.read_entries(i18n.catalogue_path(lang))}

    assert keys("vi") == keys("en")
    assert all(e.translation == e.source for e in i18n.read_entries(i18n.catalogue_path("en")))


def test_qt_standard_buttons_are_translated():
    entries = {(e.context, e.source): e.translation
               for e in i18n.read_entries(translations_dir() / "desktop_vi.ts")}
    for source in ("OK", "Cancel", "&Yes", "&No", "Close", "Save", "Apply", "Restore Defaults"):
        assert entries.get(("QPlatformTheme", source)), source
    assert entries[("QPlatformTheme", "Cancel")] == "Hủy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Open %1", Counter({"%1": 1})),
        ("%n member(s) in %1 of %2", Counter({"%n": 1, "%1": 1, "%2": 1})),
        ("Hello {name}, %L1", Counter({"{name}": 1, "%L1": 1})),
        ("100% done", Counter()),  # a percent sign that is not a placeholder
    ],
)
def test_placeholders(text, expected):
    assert i18n.placeholders(text) == expected


# --- the tool itself, on a scratch project -----------------------------------------------------

SAMPLE = '''
from PySide6.QtCore import QCoreApplication
class Page(QObject):
    def build(self):
        self.tr("Members")
        self.tr("Open %1")
        self.tr("%n meeting(s)", "", 2)
QCoreApplication.translate("Shell", "Quit")
'''


@pytest.fixture
def scratch(tmp_path: Path) -> tuple[Path, Path]:
    source = tmp_path / "page.py"
    source.write_text(SAMPLE, encoding="utf-8")
    folder = tmp_path / "translations"
    folder.mkdir()
    i18n.update(folder, [source])
    return folder, source


def test_update_creates_both_catalogues_and_completes_english(scratch):
    folder, _ = scratch
    vi = {e.source: e for e in i18n.read_entries(folder / "desktop_vi.ts")}
    en = {e.source: e for e in i18n.read_entries(folder / "desktop_en.ts")}
    assert set(vi) == {"Members", "Open %1", "%n meeting(s)", "Quit"}
    assert all(e.unfinished for e in vi.values())
    assert not any(e.unfinished for e in en.values())
    assert en["%n meeting(s)"].translation == "%n meeting(s)" and en["%n meeting(s)"].numerus


def test_fill_applies_keeps_and_refuses(scratch):
    folder, source = scratch
    result = i18n.fill(
        {"Members": "Đảng viên", "Open %1": "Mở tệp", "%n meeting(s)": "%n cuộc họp",
         "Unknown text": "Không có"},
        folder,
    )
    # 2 applied; "Open %1" lost its %1 so it is refused; one key is not in the catalogue.
    assert (result.applied, result.refused, result.unmatched) == (2, ["Open %1"], ["Unknown text"])
    assert [e.source for e in i18n.missing(folder)] == ["Open %1", "Quit"]

    # A finished entry is not replaced without --overwrite, and survives a re-scan.
    assert i18n.fill({"Members": "Thành viên"}, folder).applied == 0
    i18n.update(folder, [source])
    vi = {e.source: e.translation for e in i18n.read_entries(folder / "desktop_vi.ts")}
    assert vi["Members"] == "Đảng viên" and vi["%n meeting(s)"] == "%n cuộc họp"


def test_update_drops_obsolete_entries(scratch):
    folder, source = scratch
    i18n.fill({"Quit": "Thoát"}, folder)
    source.write_text(SAMPLE.replace('"Quit"', '"Exit"'), encoding="utf-8")
    i18n.update(folder, [source])
    sources = [e.source for e in i18n.read_entries(folder / "desktop_vi.ts")]
    assert "Quit" not in sources and "Exit" in sources
    assert "Quit" not in (folder / "desktop_vi.ts").read_text(encoding="utf-8")


def test_written_catalogue_is_valid_ts_with_escaping(scratch):
    folder, _ = scratch
    i18n.fill({"Members": 'Đảng viên "chính thức" & <dự bị>'}, folder)
    root = ET.parse(folder / "desktop_vi.ts").getroot()
    assert root.tag == "TS" and root.get("language") == "vi"
    texts = [t.text for t in root.iter("translation")]
    assert 'Đảng viên "chính thức" & <dự bị>' in texts


def test_release_compiles_qm(scratch, tmp_path):
    folder, _ = scratch
    written = i18n.release(folder)
    assert [p.name for p in written] == ["desktop_vi.qm", "desktop_en.qm"]
    assert all(p.stat().st_size > 0 for p in written)


def test_main_missing_exit_code(scratch, monkeypatch, capsys):
    folder, _ = scratch
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    assert i18n.main(["missing"]) == 1
    assert "Members" in capsys.readouterr().out
    i18n.fill({"Members": "Đảng viên", "Open %1": "Mở %1", "%n meeting(s)": "%n cuộc họp",
               "Quit": "Thoát"}, folder)
    assert i18n.main(["missing"]) == 0
