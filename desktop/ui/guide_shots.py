"""The guide's screenshots: `python -m desktop.ui.guide_shots [--out DIR]`.

Renders every page of the window at 1366×728 in Vietnamese into `resources/guide/img/<page>.png`
(or DIR): the demo branch for the branch's pages, a new empty file for the first steps
(`start.png`), and a superior committee's inbox holding the demo's package (`inbox.png`). The
test suite runs it and compares with the committed images, so they never go stale.

Deterministic, so that running it twice gives the same pictures: the program runs under
`faketime` at a fixed moment (FAKE_NOW; the demo's records, "today" and every date shown follow
from it), the data files sit in a fixed folder, the interface font is Liberation Sans 9 pt
(Arial's metric twin, as on the office PCs) in Qt's Fusion style at 100%, and the status bar's
passing messages are cleared before each picture. Images are stored with a 256-colour palette
(a tenth of the size of full colour, still sharp for text).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FAKE_NOW = "2026-11-20 09:00:00"  # a Friday late in the year: the year's work well under way
SIZE = (1366, 728)  # the office screen under the taskbar
CHILD = "CHIBO_GUIDE_SHOTS_CHILD"
PASSPHRASE = "mật khẩu của chi bộ số 7"
BRANCH_PAGES = ("overview", "members", "candidates", "meetings", "year_view", "thematic_plan",
                "reviews", "dues", "evaluation", "documents")
SHOTS = ("start", *BRANCH_PAGES, "inbox")  # the images the guide shows, by file stem


def default_out() -> Path:
    from desktop.devtools import source_root

    return source_root() / "resources" / "guide" / "img"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.guide_shots")
    parser.add_argument("--out", type=Path, default=None, help="folder for the PNG files")
    args = parser.parse_args(argv)
    out = (args.out or default_out()).resolve()
    if os.environ.get(CHILD):
        return _render(out)
    return _run_under_faketime(out)


def _run_under_faketime(out: Path) -> int:
    faketime = shutil.which("faketime")
    if faketime is None:
        print("faketime is needed (Debian/Ubuntu: apt-get install faketime)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="chibo-guide-") as home:
        env = dict(os.environ, **{CHILD: "1", "QT_QPA_PLATFORM": "offscreen",
                                  "CHIBO_CONFIG_DIR": str(Path(home) / "config"),
                                  "XDG_DATA_HOME": str(Path(home) / "data"),
                                  "XDG_CACHE_HOME": str(Path(home) / "cache"),
                                  "TZ": "Asia/Ho_Chi_Minh", "LANG": "C.UTF-8"})
        command = [faketime, "-f", "@" + FAKE_NOW, sys.executable, "-m", "desktop.ui.guide_shots",
                   "--out", str(out)]
        with _one_at_a_time():
            return subprocess.run(command, env=env, timeout=600).returncode


@contextmanager
def _one_at_a_time() -> Iterator[None]:
    """The child renders in a folder of fixed name (it shows in the pictures): two runs at once
    (two test suites on one machine) wait for each other instead of colliding on its files."""
    import fcntl  # the pictures are made on Linux (faketime)

    with open(Path(tempfile.gettempdir()) / "chibo-guide.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


# --- in the child, at the fixed moment ---------------------------------------------------------


def _render(out: Path) -> int:
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from desktop.ui.i18n import install_language

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    if "Liberation Sans" not in QFontDatabase.families():
        print("the Liberation Sans font is needed (Debian/Ubuntu: fonts-liberation2)", file=sys.stderr)
        return 2
    app.setFont(QFont("Liberation Sans", 9))
    install_language(app, "vi")
    folder = Path(tempfile.gettempdir()) / "chibo-guide"  # a fixed name: it shows in the status bar
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        package = _branch_shots(app, folder, out)
        _inbox_shot(app, folder, out, package)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"{len(SHOTS)} images in {out}")
    return 0


def _branch_shots(app, folder: Path, out: Path) -> Path:  # noqa: ANN001 - the QApplication
    """start.png from a new file, every branch page from the demo; returns the demo's package."""
    from datetime import date

    from desktop.clock import Clock
    from desktop.services.branch_profile import BranchProfile
    from desktop.services.container import build_services
    from desktop.services.demo import build_demo
    from desktop.services.package_export import PackageExportService
    from desktop.store.database import open_database

    clock = Clock()  # FAKE_NOW, under faketime
    new = folder / "chi-bo-moi.sqlite"
    with open_database(new, create=True) as db:
        build_services(db, clock).branch.save_profile(BranchProfile(
            "Chi bộ Khu phố 5", "KP05", "Đảng ủy phường Bến Nghé", "Bến Nghé",
            date(2025, 8, 1), date(2030, 7, 31)))
    window = _window(app, folder)
    _open(app, window, new)
    _grab(app, window, "overview", out / "start.png")

    demo = folder / "chi-bo-to-7.sqlite"
    today = clock.today()
    with open_database(demo, create=True) as db:
        build_demo(db, today.year, today=today)
        build_services(db, clock).keys.create_key(PASSPHRASE, "Nguyễn Hữu Quỳnh")
    _open(app, window, demo)
    for page in BRANCH_PAGES:
        _grab(app, window, page, out / f"{page}.png")
    _close(app, window)
    # The previous year's package, for the inbox (sent after the pictures: it locks the year).
    usb = folder / "usb"
    usb.mkdir()
    with open_database(demo) as db:
        result, _notice = PackageExportService(db, clock=clock).export(today.year - 1, PASSPHRASE, usb)
    return result.path


def _inbox_shot(app, folder: Path, out: Path, package: Path) -> None:  # noqa: ANN001
    import zipfile
    from datetime import date

    from desktop.clock import Clock
    from desktop.services.branch_profile import BranchProfile
    from desktop.services.container import build_services
    from desktop.store.database import open_database

    inbox = folder / "dang-uy-phuong.sqlite"
    with open_database(inbox, create=True) as db:
        services = build_services(db, Clock())  # FAKE_NOW, under faketime
        services.branch.save_profile(BranchProfile(
            "Đảng ủy phường Ba Đình", "DU-BD", "Đảng ủy quận Ba Đình", "Ba Đình",
            date(2025, 8, 1), date(2030, 7, 31), "inbox"))
        for code, name in (("CB-TDP07", "Chi bộ Tổ dân phố số 7"), ("CB-TDP08", "Chi bộ Tổ dân phố số 8"),
                           ("CB-TDP09", "Chi bộ Tổ dân phố số 9")):
            services.inbox.register_branch(code, name)
        services.inbox.add_key("CB-TDP07", zipfile.ZipFile(package).read("signer.pem"))
        damaged = folder / "CB-TDP08-2025-01.chibo.zip"
        data = bytearray(package.read_bytes())
        data[len(data) // 3] ^= 0x01  # a package changed on the way: refused, with the reason
        damaged.write_bytes(bytes(data))
        services.inbox.import_packages([package, damaged])
    window = _window(app, folder)
    _open(app, window, inbox)
    _grab(app, window, "inbox", out / "inbox.png")
    _close(app, window)


def _window(app, folder: Path):  # noqa: ANN001, ANN202
    from desktop.app import FileActions
    from desktop.clock import Clock
    from desktop.settings import Settings
    from desktop.ui.main_window import MainWindow

    settings = Settings(data_folder=str(folder))
    window = MainWindow(settings, FileActions(settings, Clock()))  # FAKE_NOW, under faketime
    window.resize(*SIZE)
    window.show()
    return window


def _open(app, window, path: Path) -> None:  # noqa: ANN001
    opened: list[Path] = []
    window.file_opened.connect(opened.append)
    window.open_file(path)
    _wait(app, lambda: bool(opened))
    window.file_opened.disconnect(opened.append)
    _settle(app, window)


def _grab(app, window, page: str, target: Path) -> None:  # noqa: ANN001
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    window.go_to(page)
    _settle(app, window)
    window.statusBar().clearMessage()  # "Backed up: …" names a file made at this second
    app.processEvents()
    # A palette without dithering: flat areas stay flat (smaller files, no speckles).
    flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
    image = window.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, flags)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def _close(app, window) -> None:  # noqa: ANN001
    closed: list[bool] = []
    window.close_file(then=lambda: closed.append(True))
    _wait(app, lambda: bool(closed))
    window.close()
    window.deleteLater()
    app.processEvents()


def _settle(app, window, quiet: float = 0.4) -> None:  # noqa: ANN001
    """Until every query and write has landed and the layouts have had time to settle."""
    still = time.monotonic()
    deadline = still + 60
    while time.monotonic() < deadline:
        app.processEvents()
        if not window.runner.idle:
            still = time.monotonic()
        elif time.monotonic() - still > quiet:
            return
        time.sleep(0.02)
    raise SystemExit("the window did not settle within a minute")


def _wait(app, done, timeout: float = 60) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window")
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main())
