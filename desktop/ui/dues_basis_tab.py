"""Members' bases: each member's category and declared base (salary, allowance, pension), with
its history. A new basis or a correction is shown first as the months whose dues it changes;
only what was shown can be saved (any edit of the form asks for a new preview)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.clock import Clock
from desktop.domain.money import format_dong
from desktop.domain.months import Month
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.dues_model import BasisPreview, BasisRow, MemberBases
from desktop.ui.context import UiContext
from desktop.ui.dues_texts import status_title
from desktop.ui.dues_widgets import fill, month_edit, read_only_table, set_month, to_month
from desktop.ui.operations import user_message
from desktop.ui.widgets.forms import new_form


class DuesBasisTab(QWidget):
    def __init__(self, ctx: UiContext, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._loaded_once = False  # change notices reload a tab only once it has been shown
        self._clock = clock
        self._month = Month.of(clock.today())
        self.rows: tuple[BasisRow, ...] = ()
        self.member: MemberBases | None = None
        self.preview: BasisPreview | None = None
        self._refill = False

        self.members = read_only_table(
            [self.tr("Member"), self.tr("Category"), self.tr("Base"), self.tr("Due this month")], self, 1)
        self.members.itemSelectionChanged.connect(self._member_chosen)

        history_box = QGroupBox(self.tr("History"), self)
        self.history = read_only_table([self.tr("From"), self.tr("Category"), self.tr("Base"),
                                        self.tr("Note")], history_box, 3)
        self.remove_button = QPushButton(self.tr("Remove the selected line"), history_box)
        self.remove_button.clicked.connect(self._remove)
        hv = QVBoxLayout(history_box)
        hv.addWidget(self.history, 1)
        hv.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)

        form_box = QGroupBox(self.tr("New basis or correction"), self)
        self.category = QComboBox(form_box)
        self.base = QLineEdit(form_box)
        self.base.setPlaceholderText(self.tr("đồng, e.g. 6.234.567"))
        self.start = month_edit(self._month, form_box)
        self.note = QLineEdit(form_box)
        self.base_label = QLabel(form_box)
        self.base_label.setWordWrap(True)
        self.base_label.setStyleSheet("color: #555;")
        form = new_form()
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Base"), self.base)
        form.addRow("", self.base_label)
        form.addRow(self.tr("From month"), self.start)
        form.addRow(self.tr("Note"), self.note)
        self.preview_button = QPushButton(self.tr("Show the months it changes"), form_box)
        self.save_button = QPushButton(self.tr("Save the basis"), form_box)
        self.save_button.setEnabled(False)
        self.changes = QLabel(form_box)
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.RichText)
        self.changes.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        fv = QVBoxLayout(form_box)
        fv.addLayout(form)
        fv.addLayout(buttons)
        fv.addWidget(self.changes, 1)

        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(history_box, 2)
        rv.addWidget(form_box, 3)
        split = QSplitter(self)
        split.addWidget(self.members)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        for signal in (self.category.currentIndexChanged, self.base.textEdited, self.start.dateChanged,
                       self.note.textEdited):
            signal.connect(self._form_edited)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.preview_button.clicked.connect(self._preview)
        self.save_button.clicked.connect(self._save)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload)
        ctx.bus.changed.connect(self._on_changed)

    # -- loading -------------------------------------------------------------------------------
    def show_month(self, month: Month) -> None:
        self._month = month
        self.reload()

    def reload(self) -> None:
        self._loaded_once = True
        month, dues = self._month, self._ctx.services.dues
        self._ctx.runner.query(lambda: dues.bases(month), on_done=self._show,
                               on_error=self._failed)

    def _show(self, rows: tuple[BasisRow, ...]) -> None:
        if not isValid(self):
            return
        chosen = self.member.member_id if self.member else None
        self.rows = tuple(r for r in rows if r.in_branch or r.basis is not None)
        fill(self.members, [[r.name, r.category.label if r.category else (r.basis.category if r.basis else "—"),
                             format_dong(r.basis.base, "") if r.basis else "",
                             format_dong(r.due, "")] for r in self.rows],
             right=(2, 3), data=[r.member_id for r in self.rows])
        for i, r in enumerate(self.rows):
            if not r.in_branch:
                for c in range(4):
                    self.members.item(i, c).setForeground(Qt.GlobalColor.gray)
        row = next((i for i, r in enumerate(self.rows) if r.member_id == chosen), 0 if self.rows else -1)
        if row >= 0:
            self.members.blockSignals(True)
            self.members.selectRow(row)
            self.members.blockSignals(False)
            self._member_chosen()

    def _on_changed(self, notice: ChangeNotice) -> None:
        if isValid(self) and self._loaded_once and (notice.touches(Changed.DUES) or notice.touches(Changed.MEMBERS)):
            self._reload_timer.start()

    def _member_chosen(self) -> None:
        selected = self.members.selectionModel().selectedRows()
        if not selected:
            return
        member_id = self.members.item(selected[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        dues = self._ctx.services.dues
        self._ctx.runner.query(lambda: dues.member_bases(member_id), on_done=self._show_member)

    def _show_member(self, bases: MemberBases) -> None:
        if not isValid(self):
            return
        refill, self._refill = self._refill, False
        same = self.member is not None and self.member.member_id == bases.member_id and not refill
        self.member = bases
        titles = {c.code: c.label for c in bases.categories}
        fill(self.history, [[b.start.label(), titles.get(b.category, b.category),
                             format_dong(b.base, ""), b.note] for b in reversed(bases.history)],
             right=(2,), data=[b.id for b in reversed(bases.history)])
        if not same:  # a reload of the same member never wipes what is being typed in the form
            self._fill_form(bases)
            if refill:
                self.changes.setText(self.tr("Saved."))

    def _fill_form(self, bases: MemberBases) -> None:
        current = bases.history[-1] if bases.history else None
        self.category.blockSignals(True)
        self.category.clear()
        for c in bases.categories:
            self.category.addItem(c.title, c.code)
        if current is not None:
            self.category.setCurrentIndex(max(self.category.findData(current.category), 0))
        self.category.blockSignals(False)
        self.base.setText(str(current.base) if current and current.base is not None else "")
        self.note.clear()
        set_month(self.start, self._month)
        self._category_changed()
        self._form_edited()

    def _category_changed(self) -> None:
        code = self.category.currentData()
        category = next((c for c in self.member.categories if c.code == code), None) if self.member else None
        needs = category is not None and category.needs_base
        self.base.setEnabled(needs)
        self.base_label.setText(category.base_label if needs
                                else self.tr("This category pays no percentage of a base."))

    # -- preview and save ------------------------------------------------------------------------
    def _form_edited(self) -> None:
        self.preview = None
        self.save_button.setEnabled(False)
        self.changes.setText(self.tr("Show the months it changes before saving."))

    def _values(self) -> tuple[int, str, str | None, Month, str] | None:
        if self.member is None or self.category.currentData() is None:
            return None
        base = self.base.text() if self.base.isEnabled() else None
        return self.member.member_id, self.category.currentData(), base, to_month(self.start), self.note.text()

    def _preview(self) -> None:
        values = self._values()
        if values is None:
            return
        member_id, category, base, start, _note = values
        dues = self._ctx.services.dues
        self._ctx.runner.query(lambda: dues.preview_basis(member_id, category, base, start),
                               on_done=self._previewed,
                               on_error=self._failed)

    def _previewed(self, preview: BasisPreview) -> None:
        if not isValid(self):
            return
        self.preview = preview
        lines = ["<b>" + self.tr("Comrade %1 from %2").replace("%1", preview.name)
                 .replace("%2", preview.start.label()) + "</b>"]
        if preview.replaces is not None:
            lines.append(self.tr("Corrects the basis recorded from %1.").replace("%1", preview.start.label()))
        if not preview.changes:
            lines.append(self.tr("No month's amount due changes."))
        for c in preview.changes:
            text = self.tr("%1: %2 → %3").replace("%1", c.month.label()).replace(
                "%2", format_dong(c.old_due)).replace("%3", format_dong(c.new_due))
            if c.paid is not None:
                text += " · " + self.tr("paid %1: %2").replace("%1", format_dong(c.paid)).replace(
                    "%2", status_title(c.new_status))
            lines.append(text)
        self.changes.setText("<br>".join(lines))
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        values = self._values()
        if values is None or self.preview is None:
            return
        member_id, category, base, start, note = values
        dues = self._ctx.services.dues
        self.save_button.setEnabled(False)
        self._ctx.runner.write(lambda: dues.set_basis(member_id, category, base, start, note),
                               on_done=lambda _r: self._saved(),
                               on_error=self._failed)

    def _saved(self) -> None:
        if isValid(self):
            self.preview = None
            self._refill = True  # the form shows the basis now in force once it is read again
            self.changes.setText(self.tr("Saved."))

    def _remove(self) -> None:
        selected = self.history.selectionModel().selectedRows()
        if not selected:
            return
        basis_id = self.history.item(selected[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        dues = self._ctx.services.dues
        self._ctx.runner.write(lambda: dues.remove_basis(basis_id),
                               on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        self._say(user_message(error), error=True)

    def _say(self, text: str, *, error: bool = False) -> None:
        if isValid(self):
            color = "#b00020" if error else "#333"
            self.changes.setText(f"<span style='color:{color}'>{text}</span>")
