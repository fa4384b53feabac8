"""The general information of a meeting: date, times, place, chair, minute-taker, guests, topic,
the committee meeting that prepared it and the thematic plan entry it carries out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import MeetingKind
from desktop.services.meeting_detail import MeetingDetail, PersonRef
from desktop.services.meeting_rows import MeetingRow
from desktop.services.meetings import MeetingInfo
from desktop.services.thematic import PlanEntry
from desktop.ui.meeting_texts import kind_title
from desktop.ui.widgets.forms import date_edit, new_form, to_date


@dataclass(frozen=True)
class InfoChoices:
    """What the pickers offer: members on the date, the year's committee meetings, the plan."""

    members: tuple[PersonRef, ...]
    committee_meetings: tuple[MeetingRow, ...]
    plan: tuple[PlanEntry, ...]


def _qtime(value: time | None) -> QTime:
    return QTime(value.hour, value.minute) if value else QTime(19, 30)


def _set_combo(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class MeetingInfoForm(QWidget):
    save_requested = Signal(object)  # MeetingInfo

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self._kind = MeetingKind.REGULAR
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
        self.ideology = QPlainTextEdit(self)
        self.ideology.setMaximumHeight(80)
        self.docs_sent = QCheckBox(self.tr("Documents sent to members on"), self)
        self.docs_date = date_edit(today, self)  # until a meeting says when
        self.prepared_by = QComboBox(self)
        self.plan_entry = QComboBox(self)
        self.save = QPushButton(self.tr("Save information"), self)
        self.save.clicked.connect(lambda: self.save_requested.emit(self.info()))

        form = new_form()
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
        docs.addStretch(1)
        form.addRow(self.tr("Documents"), docs)
        form.addRow(self.tr("Prepared by the committee meeting of"), self.prepared_by)
        form.addRow(self.tr("Thematic plan entry"), self.plan_entry)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_detail(self, d: MeetingDetail, choices: InfoChoices) -> None:
        self._kind = d.kind
        _set_combo(self.kind, d.kind)
        self.held_on.setDate(QDate(d.held_on.year, d.held_on.month, d.held_on.day))
        self.times_known.setChecked(d.start_time is not None)
        self.start.setTime(_qtime(d.start_time))
        self.end.setTime(_qtime(d.end_time) if d.end_time else QTime(21, 0))
        self.place.setText(d.place)
        self.topic.setText(d.topic)
        for combo, person in ((self.chair, d.chair), (self.minute_taker, d.minute_taker)):
            combo.clear()
            combo.addItem("—", None)
            for p in choices.members:
                combo.addItem(p.name, p.member_id)
            _set_combo(combo, person.member_id if person else None)
        self.guests.setText(d.guests)
        self.ideology.setPlainText(d.ideology_notes)
        self.docs_sent.setChecked(d.documents_sent_on is not None)
        if d.documents_sent_on:
            s = d.documents_sent_on
            self.docs_date.setDate(QDate(s.year, s.month, s.day))
        self.prepared_by.clear()
        self.prepared_by.addItem("—", None)
        for row in choices.committee_meetings:
            self.prepared_by.addItem(row.date.strftime("%d/%m/%Y"), row.id)
        _set_combo(self.prepared_by, d.prepared_by_id)
        self.plan_entry.clear()
        self.plan_entry.addItem("—", None)
        for e in choices.plan:
            self.plan_entry.addItem(self.tr("Quarter %1: %2").replace("%1", str(e.quarter)).replace("%2", e.topic), e.id)
        _set_combo(self.plan_entry, d.thematic_plan_id)
        for w in (self.kind, self.held_on, self.start, self.end, self.times_known, self.place,
                  self.topic, self.chair, self.minute_taker, self.guests, self.docs_sent,
                  self.docs_date, self.prepared_by, self.plan_entry, self.save):
            w.setEnabled(not d.read_only)
        self.ideology.setReadOnly(d.read_only)

    def info(self) -> MeetingInfo:
        known = self.times_known.isChecked()
        start, end = self.start.time(), self.end.time()
        return MeetingInfo(
            kind=self.kind.currentData(),
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
