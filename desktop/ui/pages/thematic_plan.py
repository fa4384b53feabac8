"""The thematic plan of a year: for each quarter a topic (from the suggestions or typed), the
presenter and the planned month, and the sessions held for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from desktop.services.thematic import PlanEntry, PlanEntryInput, TopicOption
from desktop.ui.context import UiContext
from desktop.ui.operations import user_message


class QuarterRow:
    def __init__(self, quarter: int, parent: QWidget):
        self.quarter = quarter
        self.entry_id: int | None = None
        self.topic = QComboBox(parent)
        self.topic.setEditable(True)  # a topic may be typed
        self.topic.setMinimumContentsLength(50)
        self.presenter = QLineEdit(parent)
        self.month = QComboBox(parent)
        self.month.addItem("—", None)
        for m in range(quarter * 3 - 2, quarter * 3 + 1):
            self.month.addItem(QCoreApplication.translate("ThematicPlanPage", "Month %1").replace("%1", str(m)), m)
        self.held = QLabel(parent)
        self.held.setWordWrap(True)

    def fill(self, topics: list[TopicOption], entry: PlanEntry | None) -> None:
        self.topic.clear()
        self.topic.addItem("")
        for t in topics:
            self.topic.addItem(t.title)
        self.entry_id = entry.id if entry else None
        self.topic.setCurrentText(entry.topic if entry else "")
        self.presenter.setText(entry.presenter if entry else "")
        self.month.setCurrentIndex(max(self.month.findData(entry.planned_month if entry else None), 0))
        held = entry.held if entry else ()
        self.held.setText(", ".join(h.held_on.strftime("%d/%m/%Y") for h in held) or "—")

    def value(self, year: int) -> PlanEntryInput | None:
        if not self.topic.currentText().strip():
            return None
        return PlanEntryInput(year, self.quarter, self.topic.currentText(), self.presenter.text(),
                              self.month.currentData(), self.entry_id)


class ThematicPlanPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.clock.today().year)
        self.year.valueChanged.connect(self.reload)
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
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 1)
        self.save_btn = QPushButton(self.tr("Save plan"), self)
        self.save_btn.clicked.connect(self.save)
        self.new_topic = QLineEdit(self)
        self.new_topic.setPlaceholderText(self.tr("Add your own topic to the suggestions…"))
        self.add_topic_btn = QPushButton(self.tr("Add topic"), self)
        self.add_topic_btn.clicked.connect(self.add_topic)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addStretch(1)
        bar.addWidget(self.save_btn)
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
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        year, services = self.year.value(), self._ctx.services
        self._ctx.runner.query(lambda: (year, services.thematic.topics(), services.thematic.plan(year)),
                               on_done=self._show)

    def _show(self, loaded) -> None:
        year, topics, plan = loaded
        if year != self.year.value():
            return
        by_quarter = {}
        for entry in plan:
            by_quarter.setdefault(entry.quarter, entry)
        for row in self.rows:
            row.fill(topics, by_quarter.get(row.quarter))

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.THEMATIC_PLAN) or notice.touches(Changed.MEETINGS):
            self.reload()

    def save(self) -> None:
        year, services = self.year.value(), self._ctx.services
        entries = [v for v in (row.value(year) for row in self.rows) if v is not None]

        def run():
            notice = None
            for entry in entries:
                _, notice = services.thematic.save_entry(entry)
            return notice or ChangeNotice.of(Changed.THEMATIC_PLAN)

        self._ctx.runner.write(run, on_error=self._failed)

    def add_topic(self) -> None:
        title = self.new_topic.text()
        services = self._ctx.services
        self._ctx.runner.write(lambda: services.thematic.add_topic(title),
                               on_done=lambda _r: self.new_topic.clear(), on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Thematic plan"), user_message(error))
