"""The dues schedule in force: its source and categories, the figures it leaves for the superior
committee to set (the branch enters them here, from a month on), and the schedule files stored,
with the import of a new one."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.clock import Clock
from desktop.domain.dues_schedule import Category, CategoryKind, Schedule
from desktop.domain.money import format_dong
from desktop.domain.months import Month
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.dues_model import FigureState, ScheduleState
from desktop.ui.context import UiContext
from desktop.ui.dues_widgets import fill, month_edit, read_only_table, set_month, to_month
from desktop.ui.messages import ui_language
from desktop.ui.operations import user_message
from desktop.ui.widgets.forms import new_form
from desktop.wording import render


def _percent(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f").replace(".", ",") + "%"


class DuesRatesTab(QWidget):
    def __init__(self, ctx: UiContext, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loaded_once = False  # change notices reload a tab only once it has been shown
        self._month = Month.of(clock.today())
        self.state: ScheduleState | None = None

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.categories = read_only_table([self.tr("Category"), self.tr("Rate")], self, 0)
        self.categories.setWordWrap(True)
        self.categories.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        figures_box = QGroupBox(self.tr("Figures set by the superior committee"), self)
        self.figures = read_only_table([self.tr("Figure"), self.tr("Value"), self.tr("Needed by")],
                                       figures_box, 0)
        self.figure = QComboBox(figures_box)
        self.value = QLineEdit(figures_box)
        self.value.setPlaceholderText(self.tr("đồng, or a percentage for the share"))
        self.start = month_edit(self._month, figures_box)
        self.save_button = QPushButton(self.tr("Save the figure"), figures_box)
        form = new_form()
        form.addRow(self.tr("Figure"), self.figure)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("From month"), self.start)
        self.message = QLabel(figures_box)
        self.message.setWordWrap(True)
        fv = QVBoxLayout(figures_box)
        fv.addWidget(self.figures, 1)
        fv.addLayout(form)
        fv.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        fv.addWidget(self.message)

        files_box = QGroupBox(self.tr("Schedule files in this data file"), self)
        self.files = read_only_table([self.tr("Name"), self.tr("Version"), self.tr("From")], files_box, 0)
        self.import_button = QPushButton(self.tr("Import a schedule file…"), files_box)
        iv = QVBoxLayout(files_box)
        iv.addWidget(self.files, 1)
        iv.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignRight)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.heading)
        lv.addWidget(self.categories, 1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(figures_box, 3)
        rv.addWidget(files_box, 2)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        self.save_button.clicked.connect(self._save)
        self.import_button.clicked.connect(self._import)
        self.figure.currentIndexChanged.connect(self._figure_chosen)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        ctx.bus.changed.connect(self._on_changed)

    def show_month(self, month: Month) -> None:
        self._month = month
        self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        month, dues = self._month, self._ctx.services.dues
        self._ctx.runner.query(lambda: dues.schedule_state(month), on_done=self._show,
                               on_error=self._failed)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if isValid(self) and self._loaded_once and notice.touches(Changed.DUES):
            self._reload_timer.start()

    def _show(self, state: ScheduleState) -> None:
        if not isValid(self):
            return
        self.state = state
        fill(self.files, [[i.name + (self.tr(" (sample)") if i.sample else ""), i.version,
                           i.schedule.first_month.label()] for i in state.schedules])
        if state.in_force is None:
            self.heading.setText("<b>" + self.tr("No schedule applies to %1.").replace(
                "%1", state.month.label()) + "</b>")
            fill(self.categories, [])
            fill(self.figures, [])
            return
        sch = state.in_force.schedule
        self.heading.setText(
            "<b>" + self.tr("In force for %1: %2").replace("%1", state.month.label()).replace("%2", sch.name)
            + "</b><br>" + self.tr("Version %1, from %2.").replace("%1", sch.version).replace(
                "%2", sch.effective_from.strftime("%d/%m/%Y"))
            + " " + self.tr("Unpaid months leading to a removal proposal: %1.").replace(
                "%1", str(sch.removal_unpaid_months)))
        fill(self.categories, [[c.title, self._rate(c, sch)] for c in sch.categories])
        for row, c in enumerate(sch.categories):
            self.categories.item(row, 0).setToolTip(f"{c.code}: {c.source}")
        self.categories.resizeRowsToContents()
        fill(self.figures, [[render(f.title, ui_language()), self._value(f),
                             self.tr("%n member(s)", "", f.in_use) if f.in_use else ""]
                            for f in state.figures], right=(1,))
        for row, f in enumerate(state.figures):
            self.figures.item(row, 0).setToolTip(f.source)
            if f.missing:
                self.figures.item(row, 1).setForeground(Qt.GlobalColor.red)
        chosen = self.figure.currentData()
        self.figure.blockSignals(True)
        self.figure.clear()
        for f in state.figures:
            if f.to_be_set:
                self.figure.addItem(render(f.title, ui_language()), f.key)
        self.figure.setCurrentIndex(max(self.figure.findData(chosen), 0))
        self.figure.blockSignals(False)
        self._figure_chosen()

    def _rate(self, c: Category, schedule: Schedule) -> str:
        if c.kind is CategoryKind.FIXED:
            return format_dong(c.amount) if c.amount is not None else self.tr("set by the superior")
        if c.kind is CategoryKind.PERCENT_OF_REFERENCE:
            reference = schedule.reference(c.reference)
            what = reference.title if reference is not None else c.reference
        else:
            what = c.base_label + " " + self.tr("(previous month)")
        what = what[:1].lower() + what[1:]
        return self.tr("%1 of %2").replace("%1", _percent(c.rate_percent)).replace("%2", what)

    def _value(self, f: FigureState) -> str:
        if f.current is None:
            return self.tr("not entered")
        return _percent(f.current) if f.unit == "%" else format_dong(int(f.current))

    def _figure_chosen(self) -> None:
        """A figure never entered applies from the schedule's first month; a change from now."""
        if self.state is None or self.state.in_force is None:
            return
        key = self.figure.currentData()
        figure = next((f for f in self.state.figures if f.key == key), None)
        first = self.state.in_force.schedule.first_month
        start = first if figure is not None and not figure.entered else max(self._month, first)
        set_month(self.start, start)

    def _save(self) -> None:
        if self.state is None or self.state.in_force is None or self.figure.currentData() is None:
            return
        key, value, start = self.figure.currentData(), self.value.text(), to_month(self.start)
        schedule_id, dues = self.state.in_force.id, self._ctx.services.dues
        self._ctx.runner.write(lambda: dues.set_figure(key, value, start, schedule_id),
                               on_done=self._figure_saved, on_error=self._failed)

    def _import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import a dues schedule"), str(Path.home()),
                                              self.tr("Dues schedule (*.toml)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        dues = self._ctx.services.dues
        self._ctx.runner.write(lambda: dues.import_schedule(path),
                               on_done=self._imported, on_error=self._failed)

    def _figure_saved(self, _notice: object) -> None:
        if isValid(self):
            self.value.clear()
            self._say(self.tr("Saved."))

    def _imported(self, result: tuple) -> None:
        if isValid(self):
            self._say(self.tr("Imported: %1").replace("%1", result[0].name))

    def _failed(self, error: Exception) -> None:
        self._say(user_message(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        if isValid(self):
            self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
            self.message.setText(text)
