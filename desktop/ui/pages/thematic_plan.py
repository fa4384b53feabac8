"""The thematic plan of a year: for each quarter a topic (from the suggestions or typed), the
presenter and the planned month, and the sessions held for it.

What is typed is a draft saved a moment after typing stops (and on leaving the page, changing
the year, Ctrl+S and closing the window); a reload — after «Thêm chủ đề», or after a save —
refreshes the suggestions without taking back a quarter being edited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import Changed, ChangeNotice
from desktop.services.errors import UserError
from desktop.services.thematic import PlanEntry, PlanEntryInput, TopicOption
from desktop.ui.context import UiContext
from desktop.ui.draft import Key
from desktop.ui.draft_fields import Loading, focused, put_text
from desktop.ui.draft_saver import DraftSaver, describe
from desktop.ui.operations import user_message

Typed = tuple[str, str, int | None]  # topic, presenter, planned month


class QuarterRow:
    def __init__(self, quarter: int, parent: QWidget):
        self.quarter = quarter
        self.topic = QComboBox(parent)
        self.topic.setEditable(True)  # a topic may be typed
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.topic.setMinimumContentsLength(40)
        self.topic.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.presenter = QLineEdit(parent)
        self.month = QComboBox(parent)
        self.month.addItem("—", None)
        for m in range(quarter * 3 - 2, quarter * 3 + 1):
            self.month.addItem(QCoreApplication.translate("ThematicPlanPage", "Month %1").replace("%1", str(m)), m)
        self.held = QLabel(parent)
        self.held.setWordWrap(True)

    def fill(self, topics: list[TopicOption], entry: PlanEntry | None, shown: Typed) -> None:
        """The suggestions, and `shown` (the draft's value, or the stored one) in the fields
        nobody is typing in."""
        titles = ["", *(t.title for t in topics)]
        if [self.topic.itemText(i) for i in range(self.topic.count())] != titles:
            typed = self.topic.currentText()
            self.topic.clear()
            self.topic.addItems(titles)
            self.topic.setCurrentText(typed)
        topic, presenter, month = shown
        if not focused(self.topic) and self.topic.currentText() != topic:
            self.topic.setCurrentText(topic)
        put_text(self.presenter, presenter)
        if not focused(self.month):
            self.month.setCurrentIndex(max(self.month.findData(month), 0))
        held = entry.held if entry else ()
        self.held.setText(", ".join(h.held_on.strftime("%d/%m/%Y") for h in held) or "—")

    def typed(self) -> Typed:
        return self.topic.currentText(), self.presenter.text(), self.month.currentData()


def _stored(entry: PlanEntry | None) -> Typed:
    return (entry.topic, entry.presenter, entry.planned_month) if entry else ("", "", None)


class ThematicPlanPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loading = Loading()
        self._entries: dict[int, PlanEntry] = {}
        self.saver = DraftSaver(lambda fn, done, failed: ctx.runner.write(fn, done, failed),
                                self._plan_write, lambda result: result[0], self, ctx.clock)
        self.saver.state_changed.connect(self._show_state)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.clock.today().year)
        self._shown_year = self.year.value()
        self.year.valueChanged.connect(self._year_changed)
        grid = QGridLayout()
        for col, text in enumerate((self.tr("Quarter"), self.tr("Topic"), self.tr("Presenter"),
                                    self.tr("Planned month"), self.tr("Held on"))):
            grid.addWidget(QLabel("<b>" + text + "</b>", self), 0, col)
        self.rows = [QuarterRow(q, self) for q in range(1, 5)]
        for r, row in enumerate(self.rows, start=1):
            grid.addWidget(QLabel(("I", "II", "III", "IV")[r - 1], self), r, 0)
            grid.addWidget(row.topic, r, 1)
            grid.addWidget(row.presenter, r, 2)
            grid.addWidget(row.month, r, 3)
            grid.addWidget(row.held, r, 4)
            row.topic.currentTextChanged.connect(lambda _t, row=row: self._typed(row))
            row.presenter.textChanged.connect(lambda _t, row=row: self._typed(row))
            row.month.currentIndexChanged.connect(lambda _i, row=row: self._typed(row))
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        self.state = QLabel(self)
        self.new_topic = QLineEdit(self)
        self.new_topic.setPlaceholderText(self.tr("Add your own topic to the suggestions…"))
        self.new_topic.returnPressed.connect(self.add_topic)
        self.add_topic_btn = QPushButton(self.tr("Add topic"), self)
        self.add_topic_btn.clicked.connect(self.add_topic)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.state)
        topic_bar = QHBoxLayout()
        topic_bar.addWidget(self.new_topic, 1)
        topic_bar.addWidget(self.add_topic_btn)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(QLabel(self.tr("At least one thematic session each quarter. Pick a suggested "
                                        "topic or type your own."), self))
        layout.addLayout(grid)
        layout.addLayout(topic_bar)
        layout.addStretch(1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ctx.bus.changed.connect(self._on_changed)
        self._show_state()
        self.reload()

    # --- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        year, services = self.year.value(), self._ctx.services
        self._ctx.runner.query(lambda: (year, services.thematic.topics(), services.thematic.plan(year)),
                               on_done=self._show)

    def _show(self, loaded) -> None:  # noqa: ANN001 - (year, topics, plan)
        year, topics, plan = loaded
        if year != self.year.value():
            return
        self._entries = {}
        for entry in plan:
            self._entries.setdefault(entry.quarter, entry)
        with self._loading():
            for row in self.rows:
                entry = self._entries.get(row.quarter)
                row.fill(topics, entry, self.saver.draft_value((year, row.quarter), _stored(entry)))

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.THEMATIC_PLAN) or notice.touches(Changed.MEETINGS):
            self.reload()

    def _year_changed(self) -> None:
        self.saver.flush()  # the other year's quarters are saved as they were typed
        self._shown_year = self.year.value()
        self.reload()

    # --- the draft -------------------------------------------------------------------------
    def _typed(self, row: QuarterRow) -> None:
        if not self._loading.active:
            self.saver.edit((self._shown_year, row.quarter), row.typed())

    def _plan_write(self, batch: dict[Key, Typed]) -> Callable[[], Any]:
        services = self._ctx.services

        def run() -> tuple[dict[Key, str], ChangeNotice]:
            # The entry of each quarter is looked up here, on the writer, so a quarter typed
            # twice before its first save lands is stored once.
            refused: dict[Key, str] = {}
            years = {year for year, _quarter in batch}
            plans = {year: services.thematic.plan(year) for year in years}
            for (year, quarter), (topic, presenter, month) in batch.items():
                entry = next((e for e in plans[year] if e.quarter == quarter), None)
                if entry is None and not (topic.strip() or presenter.strip() or month):
                    continue  # an empty new quarter: nothing to keep
                try:
                    services.thematic.save_entry(PlanEntryInput(
                        year, quarter, topic, presenter, month, entry.id if entry else None))
                except UserError as error:
                    refused[(year, quarter)] = error.message
            return refused, ChangeNotice.of(Changed.THEMATIC_PLAN)

        return run

    def save(self) -> None:
        """Save what is typed now (Ctrl+S)."""
        self.saver.flush()

    def flush_drafts(self) -> None:
        self.saver.flush()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.saver.flush()
        super().hideEvent(event)

    def _show_state(self) -> None:
        text, color, tip = describe(self.saver.state(), self.saver)
        self.state.setText(text)
        self.state.setToolTip(tip or text)
        self.state.setStyleSheet(f"color: {color};")

    # --- topics ----------------------------------------------------------------------------
    def add_topic(self) -> None:
        title = self.new_topic.text()
        services = self._ctx.services
        self._ctx.runner.write(lambda: services.thematic.add_topic(title),
                               on_done=self._topic_added, on_error=self._failed)

    def _topic_added(self, _result: object) -> None:
        self.new_topic.clear()

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Thematic plan"), user_message(error))
