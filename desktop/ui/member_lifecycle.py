"""The member dialog's second tab: probation and official recognition (the branch's vote, the
superior's decision, the mentors' reviews), transfers with their letters, party age and the next
badge, and the one-page personal record. Each action is written at once by its service, so the
tab acts only while the first tab has no unsaved changes, and the dialog reloads afterwards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain.situation import Standing
from desktop.domain.transfers import TransferDirection, TransferKind
from desktop.services.transfers import TransferDraft, TransferRow
from desktop.ui.context import UiContext
from desktop.ui.member_dialog import date_field as _plain_date_field
from desktop.ui.member_dialog import parse_date_text
from desktop.ui.messages import error_text
from desktop.ui.models.member_table import date_text
from desktop.ui.pdf_preview import PdfPreviewDialog

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def direction_title(d: TransferDirection) -> str:
    return translate("MemberLifecycle", "Out") if d is TransferDirection.OUT else translate("MemberLifecycle", "In")


def kind_title(k: TransferKind) -> str:
    return {TransferKind.OFFICIAL: translate("MemberLifecycle", "Official"),
            TransferKind.TEMPORARY: translate("MemberLifecycle", "Temporary"),
            TransferKind.AWAY: translate("MemberLifecycle", "Working far away")}[k]


def date_field(parent: QWidget) -> QLineEdit:
    """A dd/mm/yyyy field that never shrinks below a whole date (125% text)."""
    edit = _plain_date_field(parent)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00/00/00000") + 16)
    return edit


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class MemberLifecycleTab(QWidget):
    def __init__(self, ctx: UiContext, member_id: int, can_act: Callable[[], str | None],
                 reload: Callable[[], None], parent: QWidget, name: str = ""):
        super().__init__(parent)
        self._ctx, self._id, self._can_act, self._reload = ctx, member_id, can_act, reload
        self._name = name  # the member's name, for the titles of the dialogs opened from here
        self._removal_proposed = False  # the latest vote failed: the decision field takes a removal
        self.preview: PdfPreviewDialog | None = None
        self.breaks_dialog = None  # PartyBreaksDialog, once opened
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.card_button = QPushButton(self.tr("Print personal record…"), self)
        self.card_button.clicked.connect(self.print_card)
        self.breaks_button = QPushButton(self.tr("Periods out of the party…"), self)
        self.breaks_button.clicked.connect(self.edit_breaks)
        buttons = QVBoxLayout()
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.breaks_button)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addWidget(self._recognition_box(), 1)
        columns.addWidget(self._transfer_box(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _recognition_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Probation and official recognition"), self)
        self.votes = _table(box, [self.tr("Vote"), self.tr("For / base"), self.tr("Result"),
                                  self.tr("Decision")])
        self.vote_date = date_field(box)
        self.vote_for, self.vote_against = QSpinBox(box), QSpinBox(box)
        for spin in (self.vote_for, self.vote_against):
            spin.setRange(0, 9999)
        self.decided_date = date_field(box)
        self.decision_number = QLineEdit(box)
        self.decision_number.setPlaceholderText(self.tr("decision no."))
        self.vote_button = QPushButton(self.tr("Record"), box)
        self.vote_button.clicked.connect(self.record_vote)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Branch vote on"), box), 0, 0)
        grid.addWidget(self.vote_date, 0, 1)
        counts = QHBoxLayout()
        for label, spin in ((self.tr("for"), self.vote_for), (self.tr("against"), self.vote_against)):
            counts.addWidget(QLabel(label, box))
            counts.addWidget(spin)
        counts.addStretch(1)
        grid.addLayout(counts, 0, 2, 1, 2)
        self.decision_label = QLabel(self.tr("Superior's decision on"), box)
        grid.addWidget(self.decision_label, 1, 0)
        grid.addWidget(self.decided_date, 1, 1)
        grid.addWidget(self.decision_number, 1, 2)
        grid.addWidget(self.vote_button, 1, 3)
        grid.setColumnStretch(2, 1)
        self.reviews = _table(box, [self.tr("Mentor's review"), self.tr("By"), self.tr("Text")])
        self.mentor = QComboBox(box)
        self.review_date = date_field(box)
        self.review_text = QLineEdit(box)
        self.review_text.setPlaceholderText(self.tr("What the mentor wrote"))
        self.review_button = QPushButton(self.tr("Add review"), box)
        self.review_button.clicked.connect(self.add_review)
        who = QHBoxLayout()
        who.addWidget(self.mentor, 1)
        who.addWidget(self.review_date)
        what = QHBoxLayout()
        what.addWidget(self.review_text, 1)
        what.addWidget(self.review_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.votes, 1)
        layout.addLayout(grid)
        layout.addWidget(self.reviews, 1)
        layout.addLayout(who)
        layout.addLayout(what)
        return box

    def _transfer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Transfers"), self)
        self.transfers = _table(box, [self.tr("Date"), self.tr("Transfer"), self.tr("Organisation"),
                                      self.tr("Letter"), self.tr("Completed")])
        self.transfers.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.direction = QComboBox(box)
        for d in TransferDirection:
            self.direction.addItem(direction_title(d), d)
        self.kind = QComboBox(box)
        for k in TransferKind:
            self.kind.addItem(kind_title(k), k)
        self.organisation = QLineEdit(box)
        self.organisation.setPlaceholderText(self.tr("Party organisation (to or from)"))
        self.letter = QLineEdit(box)
        self.letter.setPlaceholderText(self.tr("letter no."))
        self.letter_date = date_field(box)
        self.letter_date.setToolTip(self.tr("Date of the introduction letter (default: the transfer date)"))
        self.moved_date = date_field(box)
        self.expected_return = date_field(box)
        self.expected_return.setToolTip(self.tr("Expected return (temporary or far away)"))
        self.transfer_button = QPushButton(self.tr("Record transfer"), box)
        self.transfer_button.clicked.connect(self.record_transfer)
        self.letter_button = QPushButton(self.tr("Print letter and slip…"), box)
        self.letter_button.clicked.connect(self.print_letter)
        self.receipt_date = date_field(box)
        self.receipt_button = QPushButton(self.tr("Receipt slip came back"), box)
        self.receipt_button.clicked.connect(self.confirm_receipt)
        grid = QGridLayout()
        grid.addWidget(self.direction, 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.organisation, 0, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Letter"), box), 1, 0)
        grid.addWidget(self.letter, 1, 1)
        grid.addWidget(QLabel(self.tr("dated"), box), 1, 2)
        grid.addWidget(self.letter_date, 1, 3)
        grid.addWidget(QLabel(self.tr("Transfer date"), box), 2, 0)
        grid.addWidget(self.moved_date, 2, 1)
        grid.addWidget(QLabel(self.tr("back by"), box), 2, 2)
        grid.addWidget(self.expected_return, 2, 3)
        grid.addWidget(self.transfer_button, 3, 3)
        grid.setColumnStretch(2, 1)
        selected = QHBoxLayout()
        selected.addWidget(self.letter_button)
        selected.addStretch(1)
        selected.addWidget(self.receipt_date)
        selected.addWidget(self.receipt_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.transfers, 1)
        layout.addLayout(selected)
        layout.addLayout(grid)
        return box

    # -- the keyboard and what is typed --------------------------------------------------------
    def _actions(self) -> list[tuple[tuple[QWidget, ...], Callable[[], None]]]:
        return [((self.vote_date, self.vote_for, self.vote_against, self.decided_date,
                  self.decision_number), self.record_vote),
                ((self.mentor, self.review_date, self.review_text), self.add_review),
                ((self.direction, self.kind, self.organisation, self.letter, self.letter_date,
                  self.moved_date, self.expected_return), self.record_transfer),
                ((self.receipt_date,), self.confirm_receipt)]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Enter records what its box holds: it must not reach the dialog, whose default
        button would save the first tab and close, dropping what was typed here."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            for fields, action in self._actions():
                if focus is not None and any(focus is f or f.isAncestorOf(focus) for f in fields):
                    action()
                    break
            event.accept()
            return
        super().keyPressEvent(event)

    def typed(self) -> list[str]:
        """What is typed here and not recorded yet, each as «label: text»."""
        fields = ((self.tr("Branch vote on"), self.vote_date), (self.decision_label.text(), self.decided_date),
                  (self.tr("decision no."), self.decision_number), (self.tr("Review date"), self.review_date),
                  (self.tr("What the mentor wrote"), self.review_text),
                  (self.tr("Party organisation (to or from)"), self.organisation),
                  (self.tr("letter no."), self.letter), (self.tr("Letter date"), self.letter_date),
                  (self.tr("Transfer date"), self.moved_date),
                  (self.tr("Expected return (temporary or far away)"), self.expected_return),
                  (self.tr("Receipt date"), self.receipt_date))
        return [f"{label}: {edit.text().strip()}" for label, edit in fields if edit.text().strip()]

    # -- reading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        services, member_id = self._ctx.services, self._id

        def load():  # noqa: ANN202 - on the worker
            officials = [(m.id, m.full_name) for m in services.members.list_members()
                         if m.situation.in_branch and m.situation.is_official and m.id != member_id]
            return (services.probation.status(member_id), services.transfers.list_for(member_id),
                    services.badges.next_for(member_id), officials)

        self._ctx.runner.query(load, on_done=lambda loaded: self._show(*loaded), on_error=self._error)

    def _show(self, status, transfers: list[TransferRow], badge, officials) -> None:  # noqa: ANN001
        if not isValid(self):
            return
        lines = []
        if status.removed_on is not None:
            lines.append(self.tr("Removed from the list of members on %1 (not recognised as official).")
                         .replace("%1", date_text(status.removed_on)))
        elif status.ends_on is not None and status.official_on is None:
            lines.append(self.tr("Probationary until %1 (vote within the rule's deadline, by %2).")
                         .replace("%1", date_text(status.ends_on)).replace("%2", date_text(status.vote_deadline)))
        elif status.official_on is not None:
            lines.append(self.tr("Official member since %1.").replace("%1", date_text(status.official_on)))
        self._removal_proposed = status.removal_proposed
        if status.removal_proposed:
            lines.append("<b style='color:#b00020'>" + self.tr(
                "The branch's vote of %1 did not recognise this member as official: removal from the "
                "list is proposed to the superior committee. Enter its decision below.").replace(
                "%1", date_text(status.recognitions[-1].voted_on)) + "</b>")
        elif status.overdue:
            lines.append("<b style='color:#b00020'>" + self.tr(
                "The 12 months of probation are over and no decision is recorded.") + "</b>")
        self.decision_label.setText(self.tr("Superior's removal decision on") if status.removal_proposed
                                    else self.tr("Superior's decision on"))
        self.vote_button.setText(self.tr("Record removal") if status.removal_proposed else self.tr("Record"))
        age, milestone = badge
        if age is not None:
            text = self.tr("Party age: %1 years %2 months.").replace("%1", str(age.years)).replace("%2", str(age.months))
            if milestone is not None and status.standing is not Standing.LEFT:  # none for one who left
                text += " " + self.tr("Next badge: %1 years, at the ceremony of %2.").replace(
                    "%1", str(milestone.years)).replace("%2", date_text(milestone.ceremony_on))
            lines.append(text)
        self.summary.setText("<br>".join(lines) or self.tr("No date of admission recorded."))
        result = {True: self.tr("passed"), False: self.tr("not passed")}
        self._fill(self.votes, [[date_text(r.voted_on), f"{r.votes_for}/{r.vote_base}", result[r.passed],
                                 date_text(r.decided_on)] for r in status.recognitions],
                   [r.id for r in status.recognitions])
        self._fill(self.reviews, [[date_text(r.written_on), r.mentor_name, r.content]
                                  for r in status.mentor_reviews], [r.id for r in status.mentor_reviews])
        self._fill(self.transfers, [[date_text(t.moved_on), f"{direction_title(t.direction)} — {kind_title(t.kind)}",
                                     t.organisation, t.letter_number,
                                     date_text(t.receipt_on or t.returned_on) or "—"] for t in transfers],
                   [t.id for t in transfers])
        current = self.mentor.currentData()
        self.mentor.clear()
        for member_id, name in officials:
            self.mentor.addItem(name, member_id)
        self.mentor.setCurrentIndex(max(0, self.mentor.findData(current)))
        self._update_buttons()

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]], ids: list[int]) -> None:
        table.setRowCount(len(rows))
        for r, (cells, record_id) in enumerate(zip(rows, ids)):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record_id)
                table.setItem(r, c, item)

    def _selected_transfer(self) -> int | None:
        rows = self.transfers.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected_transfer() is not None
        self.letter_button.setEnabled(chosen)
        self.receipt_button.setEnabled(chosen)

    # -- acting -------------------------------------------------------------------------------
    def _dates(self, *fields: tuple[QLineEdit, str]) -> list[date | None] | None:
        out = []
        for edit, label in fields:
            try:
                out.append(parse_date_text(edit.text()))
            except ValueError:
                self.say(self.tr("%1: “%2” is not a date (dd/mm/yyyy).").replace("%1", label)
                         .replace("%2", edit.text()), error=True)
                edit.setFocus()
                return None
        return out

    def _act(self, call: Callable[[], object], done: str, clear: tuple[QLineEdit, ...] = ()) -> None:
        blocked = self._can_act()
        if blocked:
            self.say(blocked, error=True)
            return

        def finished(_result: object) -> None:
            for edit in clear:
                edit.clear()
            self.say(done)
            self._reload()
            self.refresh()

        self._ctx.runner.write(call, on_done=finished, on_error=lambda e: self.say(error_text(e), error=True))

    def record_vote(self) -> None:
        dates = self._dates((self.vote_date, self.tr("Branch vote on")),
                            (self.decided_date, self.decision_label.text()))
        if dates is None:
            return
        voted, decided = dates
        service, member_id = self._ctx.services.probation, self._id
        number, for_, against = self.decision_number.text(), self.vote_for.value(), self.vote_against.value()
        if voted is not None:
            call = lambda: service.record_vote(member_id, voted, for_, against, decided, number)  # noqa: E731
        elif decided is not None and self._removal_proposed:
            call = lambda: service.record_removal(member_id, decided, number)  # noqa: E731
        elif decided is not None:
            call = lambda: service.record_decision(member_id, decided, number)  # noqa: E731
        else:
            self.say(self.tr("Enter the date of the branch's vote, or of the superior's decision."), error=True)
            return
        self._act(call, self.tr("Recorded."), (self.vote_date, self.decided_date, self.decision_number))

    def add_review(self) -> None:
        dates = self._dates((self.review_date, self.tr("Review date")))
        if dates is None:
            return
        written = dates[0]
        if written is None:
            self.say(self.tr("Enter the review's date."), error=True)
            return
        service, member_id, mentor, text = (self._ctx.services.probation, self._id,
                                            self.mentor.currentData(), self.review_text.text())
        self._act(lambda: service.add_mentor_review(member_id, mentor, written, text), self.tr("Recorded."),
                  (self.review_date, self.review_text))

    def record_transfer(self) -> None:
        dates = self._dates((self.letter_date, self.tr("Letter date")), (self.moved_date, self.tr("Transfer date")),
                            (self.expected_return, self.tr("Expected return")))
        if dates is None:
            return
        letter_on, moved, back = dates
        if moved is None:
            self.say(self.tr("Enter the transfer date."), error=True)
            return
        draft = TransferDraft(TransferDirection(self.direction.currentData()), TransferKind(self.kind.currentData()),
                              moved, self.organisation.text(), self.letter.text(), letter_on, back)
        service, member_id = self._ctx.services.transfers, self._id
        self._act(lambda: service.record(member_id, draft), self.tr("Transfer recorded."),
                  (self.organisation, self.letter, self.letter_date, self.moved_date, self.expected_return))

    def confirm_receipt(self) -> None:
        transfer_id = self._selected_transfer()
        dates = self._dates((self.receipt_date, self.tr("Receipt date")))
        if transfer_id is None or dates is None:
            return
        if dates[0] is None:
            self.say(self.tr("Enter the date the receipt slip came back."), error=True)
            return
        service, on = self._ctx.services.transfers, dates[0]
        self._act(lambda: service.confirm_receipt(transfer_id, on), self.tr("Recorded."), (self.receipt_date,))

    def print_letter(self) -> None:
        transfer_id = self._selected_transfer()
        if transfer_id is None:
            return
        docs = self._ctx.services.lifecycle_documents
        self.preview = PdfPreviewDialog(self, self.tr("Transfer letter"),
                                        lambda: docs.transfer_letter_pdf(transfer_id), self._ctx.runner)
        self.preview.open()

    def edit_breaks(self) -> None:
        from desktop.ui.party_breaks_dialog import PartyBreaksDialog  # imports this module

        self.breaks_dialog = PartyBreaksDialog(self._ctx, self._id, self._name, self._can_act, self)
        self.breaks_dialog.finished.connect(self._breaks_closed)
        self.breaks_dialog.open()

    def _breaks_closed(self, _result: int) -> None:
        if isValid(self) and self.breaks_dialog.changed:
            self._reload()
            self.refresh()

    def print_card(self) -> None:
        docs, member_id = self._ctx.services.lifecycle_documents, self._id
        self.preview = PdfPreviewDialog(self, self.tr("Personal record"),
                                        lambda: docs.member_card_pdf(member_id), self._ctx.runner)
        self.preview.open()

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020; font-weight: bold;" if error else "")
        self.message.setText(text)

    def _error(self, error: Exception) -> None:
        if isValid(self):
            self.say(error_text(error), error=True)
