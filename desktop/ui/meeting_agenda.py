"""Agenda tab: the items in order (opening, proceedings, closing), each with its title, content,
the speakers and the gist of what they said, and the chair's conclusion on it.

Typing goes to the editor's draft (`edited`), saved a moment later; adding or removing a speech
or an item is an action the editor writes at once (after the draft, so nothing typed is lost)
and can undo. The speaker list offers the members present and the guests; it starts empty and
keeps the last speaker only when «Giữ người phát biểu» is ticked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agenda import SECTIONS
from desktop.services.meeting_detail import AgendaItemDetail, MeetingDetail, PersonRef, SpeechDetail
from desktop.services.meeting_draft import CONTENT, ITEM_CONCLUSION, TITLE
from desktop.ui.draft_fields import Loading, focused, put_plain, put_text
from desktop.ui.meeting_texts import section_title
from desktop.ui.widgets.keys import on_delete_key

GUEST = -1  # the speaker list's data for a guest (members carry their id)
DraftValue = Callable[[tuple, Any], Any]


class MeetingAgenda(QWidget):
    edited = Signal(object, object)  # key (part, item id), value
    add_speech = Signal(int, object, str, str)  # item id, member id | None, guest name, gist
    remove_speech = Signal(int, object)  # item id, SpeechDetail
    add_item = Signal(str, str)  # section, title
    remove_item = Signal(object)  # AgendaItemDetail

    def __init__(self, draft_value: DraftValue, parent: QWidget | None = None):
        super().__init__(parent)
        self._value = draft_value
        self._items: list[AgendaItemDetail] = []
        self._read_only = True
        self._loading = Loading()
        self.items = QListWidget(self)
        self.items.setWordWrap(True)  # long Vietnamese titles wrap instead of scrolling sideways
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.currentRowChanged.connect(self._show_item)
        self.new_section = QComboBox(self)
        for section in SECTIONS:
            self.new_section.addItem(section_title(section), section)
        self.new_section.setCurrentIndex(1)
        self.new_title = QLineEdit(self)
        self.new_title.setPlaceholderText(self.tr("New agenda item…"))
        self.new_title.returnPressed.connect(self._add_item)
        self.add_item_btn = QPushButton(self.tr("Add &item"), self)
        self.add_item_btn.clicked.connect(self._add_item)
        self.remove_item_btn = QPushButton(self.tr("Remove item"), self)
        self.remove_item_btn.setToolTip(self.tr("Remove the selected item (Delete); Ctrl+Z brings it back"))
        self.remove_item_btn.clicked.connect(self._remove_item)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.items, 1)
        adder = QHBoxLayout()
        adder.addWidget(self.new_section)
        adder.addWidget(self.new_title, 1)
        lv.addLayout(adder)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_item_btn)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.remove_item_btn)
        lv.addLayout(item_buttons)

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title of the agenda item"))
        self.title.setStyleSheet("font-weight: bold;")
        self.content = QPlainTextEdit(self)
        self.content.setPlaceholderText(self.tr("Content presented under this item"))
        self.content.setTabChangesFocus(True)  # Tab goes on to the speaker, as in a form
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setPlaceholderText(self.tr("The chair's conclusion on this item"))
        self.conclusion.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.conclusion.setMinimumHeight(lines * 2 + 12)
        self.conclusion.setMaximumHeight(lines * 4 + 12)
        self.content.setMinimumHeight(lines * 2 + 12)
        self.speeches = QTableWidget(0, 2, self)
        self.speeches.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Gist of what was said")])
        self.speeches.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.speeches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speeches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speeches.setTabKeyNavigation(False)  # Tab leaves the table
        self.speeches.setMinimumHeight(lines * 4)
        self.speaker = QComboBox(self)
        self.speaker.setEditable(True)  # a guest's name can be typed
        self.speaker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.speaker.setMinimumContentsLength(18)
        self.speaker.lineEdit().setPlaceholderText(self.tr("Speaker"))
        self.gist = QLineEdit(self)
        self.gist.setPlaceholderText(self.tr("Gist of the speech"))
        self.gist.returnPressed.connect(self._add_speech)
        self.keep_speaker = QCheckBox(self.tr("Keep the speaker"), self)
        self.keep_speaker.setToolTip(self.tr("Tick to record several speeches of the same person"))
        self.add_speech_btn = QPushButton(self.tr("Add speech (Ctrl+Enter)"), self)
        self.add_speech_btn.clicked.connect(self._add_speech)
        self.remove_speech_btn = QPushButton(self.tr("Remove speech"), self)
        self.remove_speech_btn.setToolTip(self.tr("Remove the selected speech (Delete); Ctrl+Z brings it back"))
        self.remove_speech_btn.clicked.connect(self._remove_speech)

        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.title)
        rv.addWidget(QLabel(self.tr("Content"), self))
        rv.addWidget(self.content, 1)
        rv.addWidget(QLabel(self.tr("Speeches"), self))
        rv.addWidget(self.speeches, 1)
        speak = QHBoxLayout()
        speak.addWidget(self.speaker)
        speak.addWidget(self.gist, 1)
        rv.addLayout(speak)
        speak_buttons = QHBoxLayout()
        speak_buttons.addWidget(self.keep_speaker)
        speak_buttons.addStretch(1)
        speak_buttons.addWidget(self.add_speech_btn)
        speak_buttons.addWidget(self.remove_speech_btn)
        rv.addLayout(speak_buttons)
        rv.addWidget(QLabel(self.tr("Conclusion on this item"), self))
        rv.addWidget(self.conclusion)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

        # Tab goes through a speech as it is dictated: speaker, gist, then the next speech.
        for first, second in ((self.items, self.title), (self.title, self.content),
                              (self.content, self.speaker), (self.speaker, self.gist),
                              (self.gist, self.add_speech_btn),
                              (self.add_speech_btn, self.keep_speaker),
                              (self.keep_speaker, self.remove_speech_btn),
                              (self.remove_speech_btn, self.speeches),
                              (self.speeches, self.conclusion)):
            QWidget.setTabOrder(first, second)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._add_speech,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        on_delete_key(self.speeches, self._remove_speech)
        on_delete_key(self.items, self._remove_item)
        self.title.textChanged.connect(lambda text: self._typed(TITLE, text))
        self.content.textChanged.connect(lambda: self._typed(CONTENT, self.content.toPlainText()))
        self.conclusion.textChanged.connect(
            lambda: self._typed(ITEM_CONCLUSION, self.conclusion.toPlainText()))

    # -- showing -----------------------------------------------------------------------------
    def show_detail(self, d: MeetingDetail, speakers: tuple[PersonRef, ...], guests: list[str]) -> None:
        self._read_only = d.read_only
        row = max(self.items.currentRow(), 0)
        self._items = list(d.agenda)
        with self._loading():
            self.items.blockSignals(True)
            self.items.clear()
            for i, item in enumerate(self._items, start=1):
                title = self._value((TITLE, item.id), item.title)
                entry = QListWidgetItem(f"{i}. [{section_title(item.section)}] {title}")
                if item.speeches:
                    entry.setToolTip(self.tr("%1 speeches").replace("%1", str(len(item.speeches))))
                self.items.addItem(entry)
            if self._items:
                self.items.setCurrentRow(min(row, len(self._items) - 1))
            self.items.blockSignals(False)
        self.set_speakers(speakers, guests)
        for w in (self.title, self.content, self.conclusion):
            w.setReadOnly(d.read_only)
        for w in (self.add_item_btn, self.remove_item_btn, self.add_speech_btn,
                  self.remove_speech_btn, self.new_title, self.new_section, self.gist,
                  self.speaker, self.keep_speaker):
            w.setEnabled(not d.read_only)
        self._show_item(self.items.currentRow())

    def set_speakers(self, members: tuple[PersonRef, ...], guests: list[str]) -> None:
        """The members present, then the guests; an empty line first (no default speaker)."""
        wanted = [("", None)] + [(p.name, p.member_id) for p in members] + [(g, GUEST) for g in guests]
        combo = self.speaker
        if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == wanted:
            return
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        for text, data in wanted:
            combo.addItem(text, data)
        index = combo.findText(typed) if typed else 0
        combo.setCurrentIndex(max(index, 0))
        if index < 0:
            combo.setEditText(typed)  # a name being typed stays
        combo.blockSignals(False)

    def current_item(self) -> AgendaItemDetail | None:
        row = self.items.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _show_item(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        with self._loading():
            if item is None:
                for edit in (self.title, self.content, self.conclusion):
                    edit.clear()
            else:
                put_text(self.title, self._value((TITLE, item.id), item.title))
                put_plain(self.content, self._value((CONTENT, item.id), item.content))
                put_plain(self.conclusion, self._value((ITEM_CONCLUSION, item.id), item.conclusion))
        speeches = item.speeches if item else ()
        self.speeches.setRowCount(len(speeches))
        for r, sp in enumerate(speeches):
            name = QTableWidgetItem(sp.speaker_name)
            name.setData(Qt.ItemDataRole.UserRole, sp.id)
            self.speeches.setItem(r, 0, name)
            self.speeches.setItem(r, 1, QTableWidgetItem(sp.gist))
        self.speeches.resizeColumnToContents(0)

    def _typed(self, part: str, value: str) -> None:
        item = self.current_item()
        if self._loading.active or item is None or self._read_only:
            return
        self.edited.emit((part, item.id), value)
        if part == TITLE:  # the list shows the title being typed
            entry = self.items.item(self.items.currentRow())
            entry.setText(f"{self.items.currentRow() + 1}. [{section_title(item.section)}] {value}")

    # -- actions -----------------------------------------------------------------------------
    def _add_speech(self) -> None:
        item = self.current_item()
        if item is None or self._read_only:
            return
        text = self.speaker.currentText().strip()
        index = self.speaker.findText(text)
        data = self.speaker.itemData(index) if index > 0 else None
        member_id = data if isinstance(data, int) and data != GUEST else None
        self.add_speech.emit(item.id, member_id, "" if member_id else text, self.gist.text())

    def speech_added(self) -> None:
        """The speech is stored: clear its gist and, unless kept, the speaker; ready for the next."""
        self.gist.clear()
        if self.keep_speaker.isChecked():
            self.gist.setFocus()
        else:
            self.speaker.setCurrentIndex(0)
            self.speaker.setEditText("")
            if focused(self) or not self.window().focusWidget():
                self.speaker.setFocus()

    def _remove_speech(self) -> None:
        item, row = self.current_item(), self.speeches.currentRow()
        if item is None or self._read_only or not 0 <= row < len(item.speeches):
            return
        speech: SpeechDetail = item.speeches[row]
        self.remove_speech.emit(item.id, speech)

    def _add_item(self) -> None:
        if self.new_title.text().strip() and not self._read_only:
            self.add_item.emit(self.new_section.currentData(), self.new_title.text())
            self.new_title.clear()

    def _remove_item(self) -> None:
        item = self.current_item()
        if item is not None and not self._read_only:
            self.remove_item.emit(item)
