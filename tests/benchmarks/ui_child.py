"""Run in a fresh process by the benchmarks (QT_QPA_PLATFORM=offscreen); prints one JSON line.

    python -m tests.benchmarks.ui_child bare  LAUNCHED            # a bare PySide6 QMainWindow
    python -m tests.benchmarks.ui_child app   LAUNCHED DATA_FILE  # the app on a data file
    python -m tests.benchmarks.ui_child stall DATA_FILE           # event-loop stalls per page

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


def stall(data_file: str) -> dict:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QAbstractItemView

    from desktop.app import build_gui

    app, window = build_gui(db=data_file, lang="vi")
    busy = {"n": False}
    window.runner.busy_changed.connect(lambda b: busy.update(n=b))

    def spin(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(limit_s: float = 60) -> None:
        """Let the page's background loads finish (they report back on the GUI thread)."""
        end = time.time() + limit_s
        spin(50)
        while busy["n"] and time.time() < end:
            spin(20)
        spin(150)

    loaded = {"done": False}
    window.preloaded.connect(lambda: loaded.update(done=True))
    while not loaded["done"]:  # start-up is over: every page's code is loaded
        spin(20)
    settle()
    meter = StallMeter()
    meter.start()
    spin(1000)
    result = {"idle_ms": meter.take(), "pages": {}}
    for key in window.navigator.keys():
        meter.take()
        start = time.perf_counter()
        window.navigator.select(key)
        settle()
        opened = meter.take()
        page = window.navigator.page(key)
        views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible()]
        scrolled = 0.0
        rows = 0
        for view in views:
            bar = view.verticalScrollBar()
            model = view.model()
            rows += model.rowCount() if model is not None else 0
            for step in range(1, SCROLL_STEPS + 1):  # the user drags the bar to the bottom
                bar.setValue(bar.maximum() * step // SCROLL_STEPS)
                spin(30)
            view.scrollToBottom()
            spin(30)
            scrolled = max(scrolled, meter.take())
        result["pages"][key] = {"open_ms": opened, "scroll_ms": scrolled, "views": len(views),
                                "rows": rows, "seconds": time.perf_counter() - start}
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
    _watchdog(120 if mode != "stall" else 800)
    if mode == "bare":
        out = bare(float(argv[1]))
    elif mode == "app":
        out = app_start(float(argv[1]), argv[2])
    else:
        out = stall(argv[1])
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
