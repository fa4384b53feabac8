"""The attendance grid: every member expected, pre-filled present; one key marks a member
(C present, L excused — asks the reason —, K unexcused); members listed apart (exempt,
attached elsewhere …) below, not counted; totals, rate and the three checks beside it.
Tab leaves the list, Esc goes to the editor's tabs, Ctrl+Tab to the next tab.

The grid never writes: it emits `mark_requested(member_id, status, reason)`; the editor sends it
to the service and shows the detail that comes back (the numbers are the service's).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import AttendanceStatus as A
from desktop.services.meeting_detail import AttendanceLine, MeetingDetail
from desktop.ui.meeting_texts import (
    attendance_title,
    category_title,
    percent,
    quick_reasons,
    standing_title,
)
from desktop.ui.widgets.grid_keys import leaving_key

_COLORS = {A.EXCUSED: "#fff4d6", A.UNEXCUSED: "#fde0e0"}
KEYS = {Qt.Key.Key_C: A.PRESENT, Qt.Key.Key_1: A.PRESENT, Qt.Key.Key_L: A.EXCUSED,
        Qt.Key.Key_2: A.EXCUSED, Qt.Key.Key_K: A.UNEXCUSED, Qt.Key.Key_3: A.UNEXCUSED}


class ReasonDialog(QDialog):
    """Asks why a member is excused, from the keyboard: 1–4 take a quick reason at once;
    anything else typed is another reason (its field has the focus from the start, so «Other
    reason» is no key away, and 5 comes back to it from the buttons), confirmed by Enter; Esc
    cancels. Space never lands on a button by chance."""

    def __init__(self, name: str, parent: QWidget):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reason for absence"))
        self.reason = ""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Why is comrade %1 absent?").replace("%1", name), self))
        row = QHBoxLayout()
        self.quick: list[QPushButton] = []
        for i, text in enumerate(quick_reasons(), start=1):
            button = QPushButton(f"&{i}. {text}", self)
            button.clicked.connect(lambda _=False, t=text: self._choose(t))
            row.addWidget(button)
            self.quick.append(button)
        layout.addLayout(row)
        other_key = len(self.quick) + 1
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("Type another reason, then Enter"))
        other_label = QLabel(self.tr("&%1. Other reason:").replace("%1", str(other_key)), self)
        other_label.setBuddy(self.other)
        other_row = QHBoxLayout()
        other_row.addWidget(other_label)
        other_row.addWidget(self.other, 1)
        layout.addLayout(other_row)
        hint = QLabel(self.tr("Press 1–%1 for a reason above, or type another one and press "
                              "Enter. Esc cancels.").replace("%1", str(len(self.quick))), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setDefault(True)  # Enter in the field confirms what was typed
        self.ok_button.setEnabled(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(lambda: self._choose(self.other.text()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.other.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.other.installEventFilter(self)
        self.other.setFocus()

    def _choose(self, text: str) -> None:
        if text.strip():
            self.reason = text.strip()
            self.accept()

    def _digit(self, event: QKeyEvent) -> int | None:
        """1 for key 1 … (no Ctrl or Alt), else None."""
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return None
        text = event.text()
        return int(text) if len(text) == 1 and text.isdigit() else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # In the empty field a digit takes the quick reason; once typing, digits are text.
        if watched is self.other and event.type() == QEvent.Type.KeyPress and not self.other.text():
            digit = self._digit(event)
            if digit is not None and 1 <= digit <= len(self.quick):
                self.quick[digit - 1].click()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        digit = self._digit(event)
        if digit is not None and 1 <= digit <= len(self.quick):
            self.quick[digit - 1].click()
            return
        if digit == len(self.quick) + 1:
            self.other.setFocus()
            return
        text = event.text()
        if text.strip() and text.isprintable() and digit is None and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            self.other.setFocus()  # typing on a button: the words go to the reason
            self.other.insert(text)
            return
        super().keyPressEvent(event)


class _Table(QTableWidget):
    """The members expected: C/L/K (or 1/2/3) mark the current one; Tab leaves the list."""

    key_mark = Signal(object)  # AttendanceStatus

    def __init__(self, rows: int, columns: int, parent: QWidget):
        super().__init__(rows, columns, parent)
        self.setTabKeyNavigation(False)  # whole rows are marked: Tab goes on to the next field

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if leaving_key(self, event):
            return
        status = KEYS.get(Qt.Key(event.key()))
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if status is not None and plain and self.currentRow() >= 0:
            self.key_mark.emit(status)
            return
        super().keyPressEvent(event)


class _ApartTable(QTableWidget):
    def __init__(self, rows: int, columns: int, parent: QWidget):
        super().__init__(rows, columns, parent)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not leaving_key(self, event):
            super().keyPressEvent(event)


class AttendanceGrid(QWidget):
    mark_requested = Signal(int, object, str)  # member_id, AttendanceStatus | None, reason

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._expected: list[AttendanceLine] = []
        self._apart: list[AttendanceLine] = []
        self._read_only = True
        self.table = _Table(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Full name"), self.tr("Standing"), self.tr("Attendance"), self.tr("Reason")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.key_mark.connect(self._mark_current)
        self.apart = _ApartTable(0, 3, self)
        self.apart.setHorizontalHeaderLabels([self.tr("Full name"), self.tr("Listed apart"), self.tr("Attendance")])
        self.apart.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.apart.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.apart.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.apart.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.apart.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.apart.setMaximumHeight(130)
        self.apart.cellDoubleClicked.connect(self._toggle_apart)

        self.present_btn = QPushButton(self.tr("Present (C)"), self)
        self.excused_btn = QPushButton(self.tr("Absent with reason… (L)"), self)
        self.unexcused_btn = QPushButton(self.tr("Absent without reason (K)"), self)
        self.present_btn.clicked.connect(lambda: self._mark_current(A.PRESENT))
        self.excused_btn.clicked.connect(lambda: self._mark_current(A.EXCUSED))
        self.unexcused_btn.clicked.connect(lambda: self._mark_current(A.UNEXCUSED))
        buttons = QHBoxLayout()
        for b in (self.present_btn, self.excused_btn, self.unexcused_btn):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the keyboard on the grid
            buttons.addWidget(b)
        keys = QLabel(self.tr("Tab: next field · Esc: the tabs · Ctrl+Tab: next tab"), self)
        keys.setWordWrap(True)
        keys.setStyleSheet("color: #555;")
        buttons.addWidget(keys, 1)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.table, 1)
        lv.addLayout(buttons)
        self.apart_label = QLabel(self.tr("Listed apart, not counted (double-click: attended or not)"), self)
        lv.addWidget(self.apart_label)
        lv.addWidget(self.apart)

        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right = QWidget(self)
        rg = QGridLayout(right)
        rg.addWidget(self.totals, 0, 0)
        rg.setRowStretch(1, 1)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        right.setMinimumWidth(380)  # the checks name members: room for a name per line
        split.setSizes([820, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    # -- showing -----------------------------------------------------------------------------
    def show_detail(self, detail: MeetingDetail) -> None:
        self._read_only = detail.read_only
        for b in (self.present_btn, self.excused_btn, self.unexcused_btn):
            b.setEnabled(not detail.read_only)
        self._expected = [x for x in detail.lines if x.category == "expected"]
        self._apart = [x for x in detail.lines if x.category != "expected"]
        current = max(self.table.currentRow(), 0)
        self.table.setRowCount(len(self._expected))
        for row, line in enumerate(self._expected):
            self._fill_row(row, line)
        if self._expected:
            self.table.setCurrentCell(min(current, len(self._expected) - 1), 0)
        self.apart.setRowCount(len(self._apart))
        for row, line in enumerate(self._apart):
            for col, text in enumerate(
                (line.name, category_title(line.category), attendance_title(line.status))
            ):
                self.apart.setItem(row, col, QTableWidgetItem(text))
        self.apart.setVisible(bool(self._apart))
        self.apart_label.setVisible(bool(self._apart))
        self.totals.setText(self._totals_html(detail))

    def _fill_row(self, row: int, line: AttendanceLine) -> None:
        texts = (line.name, standing_title(line.standing), attendance_title(line.status), line.reason)
        color = _COLORS.get(line.status)
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.member_id)
            if color:
                item.setBackground(QBrush(QColor(color)))
            self.table.setItem(row, col, item)

    def _totals_html(self, d: MeetingDetail) -> str:
        a, c = d.attendance, d.attendance.checks
        ok, bad = "<span style='color:#1b5e20'>✔</span>", "<span style='color:#b00020'>✘</span>"
        red = "<span style='color:#b00020'>%s</span>"
        official, probationary = self.tr("official"), self.tr("probationary")
        lines = [
            "<b>" + self.tr("Members") + f"</b>: {a.total} ({official} {a.official}, "
            f"{probationary} {a.probationary})",
            self.tr("Expected") + f": <b>{a.expected}</b> · " + self.tr("Present")
            + f": <b>{a.present}</b> ({official} {a.present_official}, {probationary} {a.present_probationary})",
            self.tr("Absent with reason") + f": {len(a.excused)} · "
            + self.tr("Absent without reason") + f": {len(a.unexcused)}",
            "<b>" + self.tr("Attendance rate") + f": {percent(a.rate)}</b>",
        ]
        if a.exempt or a.attached_elsewhere or a.extra_present:
            lines.append(
                self.tr("Exempt") + f": {len(a.exempt)} · " + self.tr("Attending elsewhere")
                + f": {len(a.attached_elsewhere)} · " + self.tr("Attended though not expected")
                + f": {len(a.extra_present)}"
            )
        names_unexcused = ", ".join(p.name for p in c.unexcused)
        names_runs = ", ".join(
            self.tr("%1 (%2 times)").replace("%1", r.name).replace("%2", str(r.count)) for r in c.long_runs
        )
        lines += [
            "<br><b>" + self.tr("Attendance checks") + "</b>",
            (ok if c.rate_ok else bad) + " " + self.tr("More than 85% present") + f" ({percent(a.rate)})",
            (ok if c.no_unexcused else bad) + " " + self.tr("No absence without reason")
            + (": " + red % names_unexcused if names_unexcused else ""),
            (ok if c.no_long_runs else bad) + " "
            + self.tr("Nobody absent more than 3 times in a row this year")
            + (": " + red % names_runs if names_runs else ""),
        ]
        if a.excused:
            lines.append("<br><b>" + self.tr("Absent with reason") + "</b>")
            lines += [f"{x.name}: {x.reason}" for x in a.excused]
        return "<br>".join(lines)

    # -- marking -----------------------------------------------------------------------------
    def current_line(self) -> AttendanceLine | None:
        row = self.table.currentRow()
        return self._expected[row] if 0 <= row < len(self._expected) else None

    def _mark_current(self, status: A) -> None:
        line = self.current_line()
        if line is None or self._read_only:
            return
        reason = ""
        if status is A.EXCUSED:
            dialog = ReasonDialog(line.name, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.reason
        self._fill_row(self.table.currentRow(), AttendanceLine(
            line.member_id, line.name, line.standing, line.category, status, reason))
        self.mark_requested.emit(line.member_id, status, reason)
        if self.table.currentRow() + 1 < self.table.rowCount():
            self.table.setCurrentCell(self.table.currentRow() + 1, 0)

    def _toggle_apart(self, row: int, _col: int) -> None:
        if self._read_only or not 0 <= row < len(self._apart):
            return
        line = self._apart[row]
        status = None if line.status is A.PRESENT else A.PRESENT
        self.mark_requested.emit(line.member_id, status, "")
