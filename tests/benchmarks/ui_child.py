"""Run in a fresh process by the benchmarks (QT_QPA_PLATFORM=offscreen); prints one JSON line.

    python -m tests.benchmarks.ui_child bare  LAUNCHED            # a bare PySide6 QMainWindow
    python -m tests.benchmarks.ui_child app   LAUNCHED DATA_FILE  # the app on a data file
    python -m tests.benchmarks.ui_child stall DATA_FILE           # event-loop stalls per page
    python -m tests.benchmarks.ui_child inbox INBOX_FILE FOLDER   # …of an inbox, importing FOLDER

LAUNCHED is the parent's time.time() just before it started this process, so the figure
includes the interpreter start and every import. `bare` imports nothing but PySide6.
"""

from __future__ import annotations

import json
import resource
import sys
import time

TICK_MS = 10
SCROLL_STEPS = 12


def _rss_mb() -> float:
    """Peak resident memory of this process. Not getrusage: Linux keeps ru_maxrss across
    exec, so a child of a big benchmark process would report its parent's peak."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _first_paint(app, window, extra: dict) -> None:  # noqa: ANN001
    """Quit the event loop after the first Paint event of any widget inside `window`."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Filter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802, ANN001 - Qt's name
            if (event.type() == QEvent.Type.Paint and "painted" not in extra
                    and obj.isWidgetType() and obj.window() is window):
                extra["painted"] = time.time()
                QTimer.singleShot(0, app.quit)  # after this paint completes
            return False

    extra["filter"] = Filter()
    app.installEventFilter(extra["filter"])
    window.update()


def bare(launched: float) -> dict:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    window = QMainWindow()
    window.setCentralWidget(QLabel("Sổ Chi bộ"))
    window.resize(1280, 800)
    figures: dict = {}
    _first_paint(app, window, figures)
    window.show()
    app.exec()
    return {"ms": (figures["painted"] - launched) * 1000, "rss_mb": _rss_mb()}


def app_start(launched: float, data_file: str) -> dict:
    """The user's launch (`chibo --db FILE`, through `desktop.cli.main`), timed at three points:
    the window's first paint; the first paint once the overview shows all its cards; and the
    end of start-up (every page's code loaded, `MainWindow.preloaded`), where memory is read."""
    # What `chibo` imports before Qt, in the same order: PySide6, once loaded, reads the
    # source of every module imported after it, so the order changes the figure.
    from importlib import import_module

    for name in ("desktop.cli", "desktop.app"):
        import_module(name)
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    qt_app = QApplication(sys.argv)  # the app takes this instance as its own
    figures: dict = {}

    def overview_full(window) -> bool:  # noqa: ANN001
        page = window.navigator.page("overview") if window.services is not None else None
        return page is not None and len(page._shown) == len(page._cards)  # noqa: SLF001

    def finish(window) -> None:  # noqa: ANN001
        if "ready" in figures and "idle" in figures and "rss_mb" not in figures:
            figures["rss_mb"] = _rss_mb()
            window.close()

    def preloaded(window) -> None:  # noqa: ANN001
        figures["idle"] = time.time()
        finish(window)

    class Filter(QObject):
        def eventFilter(self, obj, event):  # noqa: N802, ANN001 - Qt's name
            if event.type() != QEvent.Type.Paint or not obj.isWidgetType():
                return False
            window = obj.window()
            if not isinstance(window, QMainWindow):
                return False
            if "painted" not in figures:
                figures["painted"] = time.time()
                window.open_failed.connect(
                    lambda text: (print(json.dumps({"error": text})), sys.exit(3)))
                window.preloaded.connect(lambda: preloaded(window))
            if "ready" not in figures and overview_full(window):
                figures["ready"] = time.time()
                QTimer.singleShot(0, lambda: finish(window))
            return False

    watcher = Filter()
    qt_app.installEventFilter(watcher)
    from desktop.cli import main

    main(["--db", data_file, "--lang", "vi"])
    return {"ms": (figures["painted"] - launched) * 1000,
            "ready_ms": (figures["ready"] - launched) * 1000,
            "idle_ms": (figures["idle"] - launched) * 1000, "rss_mb": figures["rss_mb"]}


class StallMeter:
    """A 10 ms timer; the longest gap between two ticks beyond its period is the stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.worst = max(self.worst, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = None, 0.0
        self.timer.start()

    def take(self) -> float:
        worst, self.worst = self.worst, 0.0
        return worst


def _spin(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _open_window(data_file: str):  # noqa: ANN202 - (window, settle)
    """The window on `data_file`, once start-up is over (every page's code loaded), and a
    `settle()` that lets the page's background loads finish (they report on the GUI thread)."""
    from desktop.app import build_gui

    _app, window = build_gui(db=data_file, lang="vi")
    busy = {"n": False}
    window.runner.busy_changed.connect(lambda b: busy.update(n=b))

    def settle(limit_s: float = 120) -> None:
        end = time.time() + limit_s
        _spin(50)
        while busy["n"] and time.time() < end:
            _spin(20)
        _spin(150)

    loaded = {"done": False}
    window.preloaded.connect(lambda: loaded.update(done=True))
    while not loaded["done"]:
        _spin(20)
    settle()
    return window, settle


def _scroll(page, meter: StallMeter) -> tuple[float, int, int]:  # noqa: ANN001
    """(worst stall, lists, rows) while every visible list of `page` is dragged to the bottom."""
    from PySide6.QtWidgets import QAbstractItemView

    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]
    scrolled, rows = 0.0, 0
    for view in views:
        bar = view.verticalScrollBar()
        model = view.model()
        rows += model.rowCount() if model is not None else 0
        for step in range(1, SCROLL_STEPS + 1):  # the user drags the bar to the bottom
            bar.setValue(bar.maximum() * step // SCROLL_STEPS)
            _spin(30)
        view.scrollToBottom()
        _spin(30)
        scrolled = max(scrolled, meter.take())
    return scrolled, len(views), rows


def _pages(window, settle, meter: StallMeter, keys: list[str]) -> dict:  # noqa: ANN001
    out = {}
    for key in keys:
        meter.take()
        start = time.perf_counter()
        window.navigator.select(key)
        settle()
        opened = meter.take()
        scrolled, views, rows = _scroll(window.navigator.page(key), meter)
        out[key] = {"open_ms": opened, "scroll_ms": scrolled, "views": views, "rows": rows,
                    "seconds": time.perf_counter() - start}
    return out


def _registry_keys(window, mode: str) -> list[str]:  # noqa: ANN001
    """The pages the window lists for the file's mode: every page of the registry in that mode
    (so a page added to the registry is measured without touching the benchmark)."""
    from desktop.ui.pages.registry import page_keys

    keys = window.navigator.keys()
    if keys != page_keys(mode):
        raise RuntimeError(f"the window lists {keys}, the registry {page_keys(mode)}")
    return keys


def stall(data_file: str) -> dict:
    """Event-loop stalls opening and scrolling every page of a branch's file."""
    window, settle = _open_window(data_file)
    meter = StallMeter()
    meter.start()
    _spin(1000)
    result = {"idle_ms": meter.take()}
    result["pages"] = _pages(window, settle, meter, _registry_keys(window, "branch"))
    meter.timer.stop()
    window.close_file()
    return result


def inbox(data_file: str, folder: str) -> dict:
    """An inbox file: its pages opened; every package of `folder` imported through the window's
    own import (progress dialog, on the writer thread), the stall measured throughout; the
    pages opened and scrolled again with the packages in; then an import cancelled at its
    first progress report (the packages are all received by then: it only re-reads them)."""
    from pathlib import Path

    from PySide6.QtWidgets import QPushButton

    from desktop.devtools.bench_data import LAST_YEAR
    from desktop.ui.inbox_import import _Progress, import_with_progress

    window, settle = _open_window(data_file)
    keys = _registry_keys(window, "inbox")
    meter = StallMeter()
    meter.start()
    _spin(1000)
    result = {"idle_ms": meter.take(), "pages": _pages(window, settle, meter, keys)}
    paths = sorted(Path(folder).glob("*.chibo.zip"))
    page = window.navigator.page(keys[0])
    reports: list = []
    seen: list[int] = []
    meter.take()
    start = time.perf_counter()
    ctx = page._ctx  # noqa: SLF001 - the page's own context, as its import buttons use it
    dialog = import_with_progress(ctx, page, paths, reports.append)
    dialog.findChild(_Progress).advanced.connect(lambda done, _total: seen.append(done))
    while not reports:
        _spin(20)
    result["import"] = {"seconds": time.perf_counter() - start, "stall_ms": meter.take(),
                        "accepted": reports[0].accepted, "packages": len(paths),
                        "progress": len(seen), "progress_last": max(seen, default=0)}
    settle()
    meter.take()
    start = time.perf_counter()
    page.year.setValue(LAST_YEAR)  # the packages' year, as the user picks it
    settle()
    year_ms = meter.take()
    result["after"] = _pages(window, settle, meter, keys)
    result["after"]["year"] = {"open_ms": year_ms, "scroll_ms": 0.0, "views": 0, "rows": 0,
                               "seconds": time.perf_counter() - start}
    dialog = import_with_progress(ctx, page, paths, reports.append)
    cancel_button = dialog.findChild(QPushButton)  # what the user clicks
    dialog.findChild(_Progress).advanced.connect(lambda _done, _total: cancel_button.click())
    while len(reports) < 2:
        _spin(20)
    result["cancel"] = {"cancelled": reports[1].cancelled, "checked": len(reports[1].outcomes)}
    meter.timer.stop()
    window.close_file()
    return result


def _watchdog(seconds: int) -> None:
    """A child that never paints (a file that failed to open) must not hang the suite."""
    import os
    import threading

    def fire() -> None:
        print(json.dumps({"error": f"no result after {seconds} s"}), flush=True)
        os._exit(4)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()


def main(argv: list[str]) -> int:
    mode = argv[0]
    _watchdog(120 if mode in ("bare", "app") else 800)
    if mode == "bare":
        out = bare(float(argv[1]))
    elif mode == "app":
        out = app_start(float(argv[1]), argv[2])
    elif mode == "stall":
        out = stall(argv[1])
    else:
        out = inbox(argv[1], argv[2])
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
