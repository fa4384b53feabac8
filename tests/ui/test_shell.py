"""The window shell on real data files: open, overview figures, first run, errors, backup."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWidget

from desktop.app import FileActions, initial_file
from desktop.errorlog import log_folder
from desktop.services.branch import BranchService
from desktop.settings import Settings
from desktop.store.database import open_database
from desktop.ui.main_window import MainWindow
from desktop.ui.pages import PageSpec
from desktop.ui.pages.overview import OverviewPage
from desktop.ui.widgets.navigator import Navigator


def open_and_wait(qtbot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.open_file(path)


def close_and_wait(qtbot, window: MainWindow) -> None:
    """close_file returns at once; the file is released once its pending writes have landed."""
    closed: list[bool] = []
    window.close_file(then=lambda: closed.append(True))
    qtbot.waitUntil(lambda: bool(closed), timeout=10_000)


def overview_page(qtbot, window: MainWindow) -> OverviewPage:
    page = window.navigator.page("overview")
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: page.card("members") is not None and page.card("meetings") is not None,
                    timeout=10_000)
    return page


def test_opens_a_file_and_shows_real_figures(qtbot, window, shell_branch_file, clock):
    open_and_wait(qtbot, window, shell_branch_file)
    assert window.windowTitle() == "Sổ Chi bộ — Chi bộ Khu phố 3"
    assert window.navigator.current_key() == "overview"
    page = overview_page(qtbot, window)
    # Members today: Ân, Bích, Dung (exempt), Đức (attached) are official = 4; Cường is
    # probationary = 1; Hạnh transferred out and is not counted. Total 4 + 1 = 5; expected at
    # meetings = 5 - 1 exempt - 1 attached = 3.
    assert page.card("members").values() == {
        "Official members": "4", "Probationary members": "1", "Total": "5",
        "Exempt from activities": "1", "Attending temporarily elsewhere": "1",
        "Expected at meetings": "3",
    }
    # This year: 2 regular + the corrected one (its superseded draft is not counted) = 3,
    # 1 thematic, 2 committee; last year's meeting is not counted. Total 3 + 1 + 2 = 6.
    meetings = page.card("meetings").values()
    assert page.card("meetings").title.text() == f"Meetings held in {clock.today().year}"
    assert (meetings["Regular meetings"], meetings["Thematic meetings"],
            meetings["Branch committee meetings"], meetings["Extraordinary meetings"],
            meetings["Total"]) == ("3", "1", "2", "0", "6")
    assert window.services.db.path == shell_branch_file.resolve()
    assert window._settings.recent_files[0] == str(shell_branch_file.resolve())
    assert Settings.load().last_file == str(shell_branch_file.resolve())  # saved to disk


def test_overview_refreshes_on_a_change_notice(qtbot, window, shell_branch_file):
    open_and_wait(qtbot, window, shell_branch_file)
    page = overview_page(qtbot, window)
    before = page.card("members")
    from desktop.services.changes import Changed, ChangeNotice

    window.bus.changed.emit(ChangeNotice.of(Changed.MEMBERS))
    qtbot.waitUntil(lambda: page.card("members") is not before, timeout=10_000)
    assert page.card("members").values()["Total"] == "5"


def test_navigation_builds_pages_lazily_and_switches(qtbot, window, shell_branch_file):
    open_and_wait(qtbot, window, shell_branch_file)
    built: list[str] = []

    def spec(key: str) -> PageSpec:
        def build(ctx, parent):
            built.append(key)
            label = QLabel(key, parent)
            label.setObjectName(key)
            return label
        return PageSpec(key, lambda: key.title(), build)

    def broken(ctx, parent):
        raise RuntimeError("half-done page")

    nav = Navigator()
    qtbot.addWidget(nav)
    ctx = window.navigator._ctx
    nav.load(ctx, [spec("first"), spec("second"), PageSpec("broken", lambda: "Broken", broken)])
    assert built == ["first"]  # only the page shown is built
    nav.select("second")
    assert built == ["first", "second"] and nav.current_page().objectName() == "second"
    nav.select("first")
    assert built == ["first", "second"]  # built once, shown again
    nav.select("broken")
    text = " ".join(w.text() for w in nav.current_page().findChildren(QLabel))
    # The window stays up and says where the details are; the error log holds the traceback.
    log = next(log_folder().glob("chibo-*.log"))
    assert "This page could not be opened: Đã xảy ra lỗi không mong muốn" in text and str(log) in text
    assert "RuntimeError: half-done page" in log.read_text(encoding="utf-8")


def test_first_run_creates_a_branch_file(qtbot, window, tmp_path):
    window.show_welcome()
    welcome = window.welcome
    assert window.centralWidget().currentWidget() is welcome
    assert Path(welcome.file_picker.path()) == tmp_path / "data" / "chibo.sqlite"
    form = welcome.profile_form
    form.name.setText("Chi bộ Tổ dân phố số 12")
    form.code.setText("TDP12")
    form.superior_committee.setText("Đảng ủy phường Kim Mã")
    form.place_name.setText("Kim Mã")
    welcome.protection.plain.setChecked(True)  # encrypted files: tests/ui/test_encryption_screens.py
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        welcome.create_button.click()
    path = tmp_path / "data" / "chibo.sqlite"
    assert path.exists() and window.services.db.path == path.resolve()
    assert window.services.branch.profile().name == "Chi bộ Tổ dân phố số 12"
    assert window.navigator.keys()[0] == "overview"
    close_and_wait(qtbot, window)
    with open_database(path) as db:  # the lock was released
        assert BranchService(db).profile().mode == "branch"


def test_first_run_inbox_mode_is_stored_and_filters_pages(qtbot, window, tmp_path):
    window.show_welcome(tmp_path / "cap-tren")
    form = window.welcome.profile_form
    for field, text in (("name", "Đảng ủy phường Kim Mã"), ("code", "DU-KM"),
                        ("superior_committee", "Quận ủy Ba Đình"), ("place_name", "Kim Mã")):
        getattr(form, field).setText(text)
    window.welcome.inbox_mode.setChecked(True)
    window.welcome.protection.plain.setChecked(True)
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.welcome.create_button.click()
    assert window.services.db.path.name == "cap-tren.sqlite"  # the suffix is added
    assert window.services.branch.profile().mode == "inbox"
    assert "overview" not in window.navigator.keys()  # a branch-only page


def test_first_run_refuses_an_empty_name_and_leaves_nothing(qtbot, window, tmp_path, shown):
    window.show_welcome()
    window.welcome.file_picker.set_path("")
    window.welcome.protection.plain.setChecked(True)
    with qtbot.waitSignal(window.open_failed, timeout=10_000) as failed:
        window.welcome.create_button.click()
    # Every empty field in one message, in the form's order.
    assert failed.args[0] == ("Hãy điền đủ các mục còn trống: Tên chi bộ, Mã chi bộ, Cấp ủy cấp trên, "
                              "Địa danh ghi trên văn bản, Nơi lưu tệp.")
    assert shown == [("error", failed.args[0])]  # one message box, not one per field
    assert not (tmp_path / "data" / "chibo.sqlite").exists()  # nothing half-written
    assert window.services is None and window.welcome.create_button.isEnabled()


def test_first_run_never_overwrites_an_existing_file(qtbot, window, shell_branch_file):
    window.show_welcome(shell_branch_file)
    form = window.welcome.profile_form
    for field in ("name", "code", "superior_committee", "place_name"):
        getattr(form, field).setText("Chi bộ mới")
    window.welcome.protection.plain.setChecked(True)
    before = shell_branch_file.read_bytes()
    with qtbot.waitSignal(window.open_failed, timeout=10_000) as failed:
        window.welcome.create_button.click()
    assert "đã có" in failed.args[0] and shell_branch_file.read_bytes() == before


def test_a_file_that_is_not_a_data_file_is_named_in_the_message(qtbot, window, tmp_path):
    bad = tmp_path / "ghi chú.sqlite"
    bad.write_text("danh sách đảng viên", encoding="utf-8")
    with qtbot.waitSignal(window.open_failed, timeout=10_000) as failed:
        window.open_file(bad)
    assert str(bad) in failed.args[0] and "not a Sổ Chi bộ data file" in failed.args[0]
    assert bad.read_text(encoding="utf-8") == "danh sách đảng viên"
    assert window.centralWidget().currentWidget() is window.welcome


def test_a_file_open_elsewhere_names_who_holds_it(qtbot, window, shell_branch_file):
    import getpass

    with open_database(shell_branch_file):
        with qtbot.waitSignal(window.open_failed, timeout=10_000) as failed:
            window.open_file(shell_branch_file)
    text = failed.args[0]
    assert getpass.getuser() in text and "another Sổ Chi bộ window on this computer" in text
    assert " since " in text and "+00:00" not in text and str(os.getpid()) not in text


def test_opening_another_file_releases_the_first(qtbot, window, shell_branch_file, tmp_path, clock):
    open_and_wait(qtbot, window, shell_branch_file)
    overview_page(qtbot, window)
    other = tmp_path / "khác.sqlite"
    actions = FileActions(Settings(), clock)
    first = window.services
    created = actions.create(other, first.branch.profile())
    created.services.db.close()
    open_and_wait(qtbot, window, other)
    assert window.services.db.path == other.resolve()
    window.runner.wait_for_tests()  # the first file is released behind its last writes
    with open_database(shell_branch_file):  # would raise FileLockedError if still held
        pass
    assert [Path(p).name for p in window._settings.recent_files] == ["khác.sqlite",
                                                                     shell_branch_file.name]
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == window._settings.recent_files


def test_back_up_now_writes_both_folders(qtbot, window, shell_branch_file, tmp_path, shown):
    window._settings.second_backup_folder = str(tmp_path / "usb")
    open_and_wait(qtbot, window, shell_branch_file)
    window.back_up_now()
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _ in shown), timeout=10_000)
    written = [Path(line) for line in shown[-1][1].splitlines()[1:]]
    assert len(written) == 2
    assert written[0].parent == shell_branch_file.parent / "backups"
    assert written[1].parent == tmp_path / "usb"
    assert all(p.exists() and p.stat().st_size > 0 and "manual" in p.name for p in written)


def test_initial_file_choice(tmp_path):
    s = Settings(data_folder=str(tmp_path))
    assert initial_file(None, s) == (None, None)  # nothing yet: first run
    missing = tmp_path / "mới.sqlite"
    assert initial_file(str(missing), s) == (None, missing.resolve())  # offered as new name
    s.default_file().write_bytes(b"")
    assert initial_file(None, s) == (s.default_file(), None)
    remembered = tmp_path / "cũ.sqlite"
    remembered.write_bytes(b"")
    s.remember_file(remembered)
    assert initial_file(None, s) == (remembered.resolve(), None)


def test_every_registered_branch_page_builds(qtbot, window, shell_branch_file):
    """Each page in the navigation opens on a real file without falling back to its error."""
    open_and_wait(qtbot, window, shell_branch_file)
    for key in window.navigator.keys():
        window.navigator.select(key)
        page = window.navigator.page(key)
        assert isinstance(page, QWidget)
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "could not be opened" not in texts, key
    window.runner.wait_for_tests(10_000)


def test_demo_button_builds_then_reopens_the_demo(qtbot, window, tmp_path):
    window.show_welcome()
    with qtbot.waitSignal(window.file_opened, timeout=30_000):
        window.welcome.demo_button.click()
    demo = tmp_path / "data" / "demo.sqlite"
    assert window.services.db.path == demo.resolve()
    name = window.services.branch.profile().name
    assert window.windowTitle() == f"Sổ Chi bộ — {name}"
    members = overview_page(qtbot, window).card("members").values()
    assert int(members["Total"]) >= 20  # a realistic branch, not an empty file
    close_and_wait(qtbot, window)
    size = demo.stat().st_size
    window.show_welcome()
    with qtbot.waitSignal(window.file_opened, timeout=10_000):
        window.welcome.demo_button.click()  # the second time it is opened, not rebuilt
    assert window.services.db.path == demo.resolve() and demo.stat().st_size == size


def test_busy_indicator_follows_the_runner(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.runner.busy_changed.emit(True)
    assert window._busy.isVisible()
    window.runner.busy_changed.emit(False)
    assert not window._busy.isVisible()
