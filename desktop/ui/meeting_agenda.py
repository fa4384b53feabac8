"""Agenda tab: the items in order (opening, proceedings, closing), each with its content, the
speakers and the gist of what they said, and the chair's conclusion on it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from desktop.services.meeting_detail import AgendaItemDetail, MeetingDetail, PersonRef
from desktop.ui.meeting_texts import section_title


class MeetingAgenda(QWidget):
    save_item = Signal(int, str, str)  # item id, content, conclusion
    add_speech = Signal(int, object, str, str)  # item id, member id | None, guest name, gist
    remove_speech = Signal(int)  # speech id
    add_item = Signal(str, str)  # section, title

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[AgendaItemDetail] = []
        self._read_only = True
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
        self.add_item_btn = QPushButton(self.tr("Add item"), self)
        self.add_item_btn.clicked.connect(self._add_item)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.items, 1)
        adder = QHBoxLayout()
        adder.addWidget(self.new_section)
        adder.addWidget(self.new_title, 1)
        adder.addWidget(self.add_item_btn)
        lv.addLayout(adder)

        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        self.content = QPlainTextEdit(self)
        self.content.setPlaceholderText(self.tr("Content presented under this item"))
        self.conclusion = QPlainTextEdit(self)
        self.conclusion.setPlaceholderText(self.tr("The chair's conclusion on this item"))
        self.conclusion.setMaximumHeight(90)
        self.speeches = QTableWidget(0, 2, self)
        self.speeches.setHorizontalHeaderLabels([self.tr("Speaker"), self.tr("Gist of what was said")])
        self.speeches.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.speeches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.speeches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.speaker = QComboBox(self)
        self.speaker.setEditable(True)  # a guest's name can be typed
        self.gist = QLineEdit(self)
        self.gist.setPlaceholderText(self.tr("Gist of the speech"))
        self.gist.returnPressed.connect(self._add_speech)
        self.add_speech_btn = QPushButton(self.tr("Add speech"), self)
        self.add_speech_btn.clicked.connect(self._add_speech)
        self.remove_speech_btn = QPushButton(self.tr("Remove speech"), self)
        self.remove_speech_btn.clicked.connect(self._remove_speech)
        self.save_btn = QPushButton(self.tr("Save item"), self)
        self.save_btn.clicked.connect(self._save)
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
        speak.addWidget(self.add_speech_btn)
        speak.addWidget(self.remove_speech_btn)
        rv.addLayout(speak)
        rv.addWidget(QLabel(self.tr("Conclusion"), self))
        rv.addWidget(self.conclusion)
        save = QHBoxLayout()
        save.addStretch(1)
        save.addWidget(self.save_btn)
        rv.addLayout(save)
        split = QSplitter(self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def show_detail(self, d: MeetingDetail, members: tuple[PersonRef, ...]) -> None:
        self._read_only = d.read_only
        row = max(self.items.currentRow(), 0)
        self._items = list(d.agenda)
        self.items.blockSignals(True)
        self.items.clear()
        for i, item in enumerate(self._items, start=1):
            entry = QListWidgetItem(f"{i}. [{section_title(item.section)}] {item.title}")
            if item.speeches:
                entry.setToolTip(self.tr("%1 speeches").replace("%1", str(len(item.speeches))))
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self.speaker.clear()
        for p in members:
            self.speaker.addItem(p.name, p.member_id)
        for w in (self.content, self.conclusion):
            w.setReadOnly(d.read_only)
        for w in (self.add_item_btn, self.add_speech_btn, self.remove_speech_btn, self.save_btn,
                  self.new_title, self.gist, self.speaker):
            w.setEnabled(not d.read_only)
        if self._items:
            self.items.setCurrentRow(min(row, len(self._items) - 1))
            self._show_item(self.items.currentRow())

    def current_item(self) -> AgendaItemDetail | None:
        row = self.items.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _show_item(self, row: int) -> None:
        item = self._items[row] if 0 <= row < len(self._items) else None
        self.title.setText(item.title if item else "")
        self.content.setPlainText(item.content if item else "")
        self.conclusion.setPlainText(item.conclusion if item else "")
        speeches = item.speeches if item else ()
        self.speeches.setRowCount(len(speeches))
        for r, sp in enumerate(speeches):
            name = QTableWidgetItem(sp.speaker_name)
            name.setData(Qt.ItemDataRole.UserRole, sp.id)
            self.speeches.setItem(r, 0, name)
            self.speeches.setItem(r, 1, QTableWidgetItem(sp.gist))
        self.speeches.resizeColumnToContents(0)

    def _save(self) -> None:
        item = self.current_item()
        if item is not None:
            self.save_item.emit(item.id, self.content.toPlainText(), self.conclusion.toPlainText())

    def _add_speech(self) -> None:
        item = self.current_item()
        if item is None or self._read_only:
            return
        text = self.speaker.currentText().strip()
        index = self.speaker.findText(text)
        member_id = self.speaker.itemData(index) if index >= 0 else None
        self.add_speech.emit(item.id, member_id, "" if member_id else text, self.gist.text())
        self.gist.clear()

    def _remove_speech(self) -> None:
        row = self.speeches.currentRow()
        if row >= 0:
            self.remove_speech.emit(self.speeches.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def _add_item(self) -> None:
        if self.new_title.text().strip():
            self.add_item.emit(self.new_section.currentData(), self.new_title.text())
            self.new_title.clear()
