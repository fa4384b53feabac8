"""The general information of a meeting: date, times, place, chair, minute-taker, guests, topic,
the committee meeting that prepared it and the thematic plan entry it carries out.

No save button: every change is sent to the editor's draft (`edited`), which saves it a moment
later. `show_detail` fills the fields from the draft's value, leaving alone the one being typed in.
The day the finished documents were posted goes to the draft apart (`posted_edited`): it is a
fact about the record, so it stays open on an adopted meeting. Beside each document day, its
verdict against the rulebook's days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.documents_rule import DocumentsVerdict, check_documents, posted_problem, sent_problem
from desktop.domain.enums import MeetingKind
from desktop.services.meeting_detail import MeetingDetail, PersonRef
from desktop.services.meeting_rows import MeetingRow
from desktop.services.meetings import MeetingInfo
from desktop.services.thematic import PlanEntry
from desktop.ui.draft_fields import Loading, focused, put_plain, put_text
from desktop.ui.meeting_texts import kind_title
from desktop.ui.widgets.forms import date_edit, new_form, set_date, to_date


@dataclass(frozen=True)
class InfoChoices:
    """What the pickers offer: members on the date, the year's committee meetings, the plan."""

    members: tuple[PersonRef, ...]
    committee_meetings: tuple[MeetingRow, ...]
    plan: tuple[PlanEntry, ...]


def info_of(d: MeetingDetail) -> MeetingInfo:
    """The general information as stored."""
    return MeetingInfo(
        kind=d.kind, held_on=d.held_on, start_time=d.start_time, end_time=d.end_time,
        place=d.place, topic=d.topic, chair_id=d.chair.member_id if d.chair else None,
        minute_taker_id=d.minute_taker.member_id if d.minute_taker else None, guests=d.guests,
        ideology_notes=d.ideology_notes, documents_sent_on=d.documents_sent_on,
        prepared_by_id=d.prepared_by_id, thematic_plan_id=d.thematic_plan_id)


def guest_names(guests: str) -> list[str]:
    """The guests as the speaker list offers them: the text split at semicolons."""
    return [name.strip() for name in guests.split(";") if name.strip()]


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _pick(combo: QComboBox, value) -> None:  # noqa: ANN001 - any item data
    if not focused(combo):
        combo.setCurrentIndex(max(combo.findData(value), 0))


class MeetingInfoForm(QWidget):
    edited = Signal(object)  # MeetingInfo, as now typed
    posted_edited = Signal(object)  # date | None: the posted day, as now typed

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = Loading()
        self._today = today  # a posting not made yet is pending until the rule's days pass
        self.kind = QComboBox(self)
        for kind in MeetingKind:
            self.kind.addItem(kind_title(kind), kind)
        self.held_on = date_edit(today, self)
        self.start = QTimeEdit(self)
        self.end = QTimeEdit(self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.times_known = QCheckBox(self.tr("Times recorded"), self)
        self.times_known.setChecked(True)
        self.place = QLineEdit(self)
        self.topic = QLineEdit(self)
        self.chair = QComboBox(self)
        self.minute_taker = QComboBox(self)
        self.guests = QLineEdit(self)
        self.guests.setPlaceholderText(self.tr("Guests' names and positions, separated by “;”"))
        self.ideology = QPlainTextEdit(self)
        self.ideology.setTabChangesFocus(True)
        self.ideology.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.ideology.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.docs_sent = QCheckBox(self.tr("Documents sent to members on"), self)
        self.docs_date = date_edit(today, self)  # until a meeting says when
        self.docs_verdict = QLabel(self)
        self.posted = QCheckBox(self.tr("Finished documents posted on"), self)
        self.posted_date = date_edit(today, self)
        self.posted_verdict = QLabel(self)
        self.prepared_by = QComboBox(self)
        self.plan_entry = QComboBox(self)

        body = QWidget(self)
        form = new_form(body)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.held_on)
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(self.end)
        times.addWidget(self.times_known)
        times.addStretch(1)
        form.addRow(self.tr("Start – end"), times)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Topic (thematic session)"), self.topic)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.tr("Minute-taker"), self.minute_taker)
        form.addRow(self.tr("Guests"), self.guests)
        form.addRow(self.tr("Ideological situation of members"), self.ideology)
        docs = QHBoxLayout()
        docs.addWidget(self.docs_sent)
        docs.addWidget(self.docs_date)
        docs.addWidget(self.docs_verdict)
        docs.addStretch(1)
        form.addRow(self.tr("Documents"), docs)
        posted = QHBoxLayout()
        posted.addWidget(self.posted)
        posted.addWidget(self.posted_date)
        posted.addWidget(self.posted_verdict)
        posted.addStretch(1)
        form.addRow("", posted)
        form.addRow(self.tr("Prepared by the committee meeting of"), self.prepared_by)
        form.addRow(self.tr("Thematic plan entry"), self.plan_entry)
        # The room left below the last row stays there, instead of spreading the rows apart.
        form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        # A long form scrolls inside its tab instead of making the window taller (125% text).
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        for combo in (self.kind, self.chair, self.minute_taker, self.prepared_by, self.plan_entry):
            combo.currentIndexChanged.connect(self._changed)
        for edit in (self.place, self.topic, self.guests):
            edit.textChanged.connect(self._changed)
        self.ideology.textChanged.connect(self._changed)
        for box in (self.times_known, self.docs_sent):
            box.toggled.connect(self._changed)
        # The day documents went out means something only once the box says they did.
        self.docs_sent.toggled.connect(lambda on: self.docs_date.setEnabled(on and self.docs_sent.isEnabled()))
        self.held_on.dateChanged.connect(self._changed)
        self.docs_date.dateChanged.connect(self._changed)
        self.posted.toggled.connect(self._posted_changed)
        self.posted.toggled.connect(lambda on: self.posted_date.setEnabled(on and self.posted.isEnabled()))
        self.posted_date.dateChanged.connect(self._posted_changed)
        self.start.timeChanged.connect(self._changed)
        self.end.timeChanged.connect(self._changed)

    def fields(self) -> list[QWidget]:
        """In the order Tab visits them (the first one takes the focus when the tab opens)."""
        return [self.kind, self.held_on, self.start, self.end, self.times_known, self.place,
                self.topic, self.chair, self.minute_taker, self.guests, self.ideology,
                self.docs_sent, self.docs_date, self.posted, self.posted_date, self.prepared_by,
                self.plan_entry]

    def _changed(self, *_args) -> None:  # noqa: ANN002 - any change signal
        if not self._loading.active:
            self.edited.emit(self.info())

    def posted_on(self):  # noqa: ANN201 - date | None
        return to_date(self.posted_date) if self.posted.isChecked() else None

    def _posted_changed(self, *_args) -> None:  # noqa: ANN002 - any change signal
        if not self._loading.active:
            self.posted_edited.emit(self.posted_on())

    def _verdict(self, label: QLabel, verdict: DocumentsVerdict | None) -> None:
        if verdict is None:  # a day the file refuses: the header says why; no verdict on it
            label.setText(self.tr("day not accepted"))
            label.setStyleSheet("color: #b00020;")
            return
        texts = {DocumentsVerdict.OK: self.tr("on time"), DocumentsVerdict.LATE: self.tr("late"),
                 DocumentsVerdict.MISSING: self.tr("not recorded"),
                 DocumentsVerdict.PENDING: self.tr("not yet, still in time")}
        colors = {DocumentsVerdict.OK: "#2e7d32", DocumentsVerdict.LATE: "#b00020",
                  DocumentsVerdict.MISSING: "#a05a00", DocumentsVerdict.PENDING: "#555555"}
        label.setText(texts[verdict])
        label.setStyleSheet(f"color: {colors[verdict]};")

    def show_detail(self, d: MeetingDetail, choices: InfoChoices, info: MeetingInfo,
                    posted: date | None = None) -> None:
        """Show `info` and `posted` (the draft's values, or the stored ones) with the pickers of
        `choices`."""
        with self._loading():
            _pick(self.kind, info.kind)
            if not focused(self.held_on):
                set_date(self.held_on, info.held_on)
            known = info.start_time is not None
            if not focused(self.times_known):
                self.times_known.setChecked(known)
            if not focused(self.start):
                self.start.setTime(_qtime(info.start_time or time(19, 30)))
            if not focused(self.end):
                self.end.setTime(_qtime(info.end_time or time(21, 0)))
            put_text(self.place, info.place)
            put_text(self.topic, info.topic)
            for combo, chosen in ((self.chair, info.chair_id),
                                  (self.minute_taker, info.minute_taker_id)):
                self._fill(combo, [(p.name, p.member_id) for p in choices.members], chosen)
            put_text(self.guests, info.guests)
            put_plain(self.ideology, info.ideology_notes)
            if not focused(self.docs_sent):
                self.docs_sent.setChecked(info.documents_sent_on is not None)
            if not focused(self.docs_date):
                # Not sent yet: the usual day, the eve of the meeting (never another meeting's).
                set_date(self.docs_date, info.documents_sent_on or info.held_on - timedelta(days=1))
            self._fill(self.prepared_by, [(r.date.strftime("%d/%m/%Y"), r.id)
                                          for r in choices.committee_meetings], info.prepared_by_id)
            quarter = self.tr("Quarter %1: %2")
            self._fill(self.plan_entry, [(quarter.replace("%1", str(e.quarter)).replace("%2", e.topic),
                                          e.id) for e in choices.plan], info.thematic_plan_id)
            for w in self.fields():
                w.setEnabled(not d.read_only)
            self.docs_date.setEnabled(not d.read_only and self.docs_sent.isChecked())
            if not focused(self.posted):
                self.posted.setChecked(posted is not None)
            if not focused(self.posted_date):
                set_date(self.posted_date, posted or min(self._today, info.held_on + timedelta(days=1)))
            # A fact about the record: open on an adopted meeting, not on a corrected revision.
            open_ = d.superseded_by_id is None
            self.posted.setEnabled(open_)
            self.posted_date.setEnabled(open_ and self.posted.isChecked())
            check = check_documents(info.held_on, info.documents_sent_on, posted,
                                    d.documents_rule, self._today)
            sent_refused = sent_problem(info.held_on, info.documents_sent_on) is not None
            posted_refused = posted_problem(info.held_on, posted, self._today) is not None
            self._verdict(self.docs_verdict, None if sent_refused else check.sent)
            self._verdict(self.posted_verdict, None if posted_refused else check.posted)
            self.ideology.setEnabled(True)  # read-only, not disabled: its text can be copied
            self.ideology.setReadOnly(d.read_only)

    def _fill(self, combo: QComboBox, entries: list[tuple[str, object]], chosen: object) -> None:
        if focused(combo):
            return  # the user is choosing in it
        wanted = [("—", None), *entries]
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != wanted:
            combo.clear()
            for text, data in wanted:
                combo.addItem(text, data)
        _pick(combo, chosen)

    def info(self) -> MeetingInfo:
        known = self.times_known.isChecked()
        start, end = self.start.time(), self.end.time()
        return MeetingInfo(
            kind=MeetingKind(self.kind.currentData()),
            held_on=to_date(self.held_on),
            start_time=time(start.hour(), start.minute()) if known else None,
            end_time=time(end.hour(), end.minute()) if known else None,
            place=self.place.text(),
            topic=self.topic.text(),
            chair_id=self.chair.currentData(),
            minute_taker_id=self.minute_taker.currentData(),
            guests=self.guests.text(),
            ideology_notes=self.ideology.toPlainText(),
            documents_sent_on=to_date(self.docs_date) if self.docs_sent.isChecked() else None,
            prepared_by_id=self.prepared_by.currentData(),
            thematic_plan_id=self.plan_entry.currentData(),
        )

