"""The year's summary: ratings with counts and percentages, the HTXSNV cap warning, the members
left out of the review with the reason, and the discipline register of the year."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbers import number, percent_value
from desktop.domain.rating import RATING_ORDER
from desktop.services.reviews_model import YearReview, vi_date
from desktop.ui.review_texts import (
    discipline_form_title,
    rating_title,
    reason_text,
    scope_rule_text,
    situation_title,
)


class ReviewSummary(QWidget):
    add_discipline = Signal()
    remove_discipline = Signal(int)  # discipline id
    print_summary = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet("font-size: 12pt;")
        top.addWidget(self.headline, 1)
        print_button = QPushButton(self.tr("Print rating summary…"), self)
        print_button.clicked.connect(self.print_summary.emit)
        top.addWidget(print_button)
        layout.addLayout(top)

        self.table = QTableWidget(len(RATING_ORDER) + 1, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Rating"), self.tr("Members"), self.tr("Share")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.table)

        self.cap = QLabel(self)
        self.cap.setWordWrap(True)
        self.cap.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0a030; padding: 8px; font-weight: bold;")
        layout.addWidget(self.cap)

        left_out = QGroupBox(self.tr("Not reviewed this year"), self)
        inner = QVBoxLayout(left_out)
        rule = QLabel(scope_rule_text(), left_out)
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555;")
        inner.addWidget(rule)
        self.excluded = QListWidget(left_out)
        inner.addWidget(self.excluded)
        layout.addWidget(left_out, 1)

        register = QGroupBox(self.tr("Discipline decided this year"), self)
        inner = QVBoxLayout(register)
        self.disciplines = QListWidget(register)
        inner.addWidget(self.disciplines)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Record a discipline decision…"), register)
        add.clicked.connect(self.add_discipline.emit)
        self.remove = QPushButton(self.tr("Remove selected"), register)
        self.remove.clicked.connect(self._remove_selected)
        buttons.addWidget(add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout.addWidget(register, 1)

    def show_year(self, review: YearReview) -> None:
        s = review.summary
        self.headline.setText(
            self.tr("Year %1: %2 members reviewed (as of %3), %4 not yet rated, %5 not reviewed.")
            .replace("%1", str(review.year)).replace("%2", str(s.reviewed))
            .replace("%3", vi_date(review.reference_date)).replace("%4", str(s.unrated))
            .replace("%5", str(len(review.excluded)))
        )
        for i, rating in enumerate(RATING_ORDER):
            self._set_row(i, rating_title(rating), s.counts[rating], s.percent(rating))
        unrated_pct = round(100 * s.unrated / s.reviewed, 1) if s.reviewed else 0.0
        self._set_row(len(RATING_ORDER), self.tr("Not yet rated"), s.unrated, unrated_pct)
        self._fit_table()
        cap = s.cap
        if cap is not None and cap.exceeded:
            self.cap.setText(
                self.tr("Warning: more HTXSNV than the cap allows — %1 HTXSNV, cap %2% of %3 HTTNV = %4.")
                .replace("%1", str(cap.excellent)).replace("%2", number(cap.cap_pct))
                .replace("%3", str(cap.good)).replace("%4", str(cap.limit))
            )
            self.cap.show()
        else:
            self.cap.hide()
        self.excluded.clear()
        for ex in review.excluded:
            since = ""
            if ex.since:
                since = " (" + self.tr("from %1").replace("%1", vi_date(ex.since)) + ")"
            self.excluded.addItem(
                f"{ex.full_name} — {situation_title(ex.situation)}{since}: {reason_text(ex.reason)}")
        self.disciplines.clear()
        for d in review.disciplines:
            item = QListWidgetItem(
                f"{d.member_name} — {discipline_form_title(d.form)}, {d.decision_number}, "
                f"{vi_date(d.decided_on)}, {d.issuing_body}", self.disciplines)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
        self.remove.setEnabled(bool(review.disciplines))

    @property
    def cap_warning_shown(self) -> bool:
        return not self.cap.isHidden()

    def _fit_table(self) -> None:
        """Show every row without a scroll bar, at any text size."""
        rows = self.table.verticalHeader().length()
        self.table.setFixedHeight(rows + self.table.horizontalHeader().height() + 4)

    def _set_row(self, row: int, title: str, count: int, percent: float) -> None:
        for col, text in enumerate((title, str(count), percent_value(percent))):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, col, item)

    def _remove_selected(self) -> None:
        item = self.disciplines.currentItem()
        if item is not None:
            self.remove_discipline.emit(int(item.data(Qt.ItemDataRole.UserRole)))
