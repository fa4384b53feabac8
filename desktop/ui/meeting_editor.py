"""The meeting editor: a header (kind, date, number, status, where the saving stands; Back,
Minutes, Resolution, Undo, Adopt, Correct) over tabs — general information, attendance, agenda and
speeches, conclusion and votes, tasks (last month's review, next month's tasks), quality.

One draft holds everything typed in any tab (desktop/ui/draft.py). It is saved a moment after
typing stops, and at once on a tab change, on leaving, when the window closes, before any action
and on Ctrl+S; there is no save button. Actions (an attendance mark, a speech, an item, a vote)
are writes of their own, sent after the draft, and Ctrl+Z undoes them. Every write goes through
the runner's single writer, in order; once the editor's last write has landed, the detail is
read again and shown, and each field shows the draft's value while one is pending, so a reload
never takes back what was typed. A field being typed in is never touched.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.adoption import TASK_KINDS
from desktop.domain.enums import AttendanceStatus, MeetingKind, MeetingStatus
from desktop.services.changes import ChangeNotice
from desktop.services.meeting_detail import (
    AgendaItemDetail,
    MeetingDetail,
    PersonRef,
    SpeechDetail,
    VoteDetail,
)
from desktop.services.meeting_draft import (
    CONCLUSION,
    CONTENT,
    INFO,
    ITEM_CONCLUSION,
    POSTED,
    REVIEW,
    SCORE,
    TASKS,
    TITLE,
    MeetingEdits,
)
from desktop.services.meeting_minutes import VoteInput
from desktop.ui import meeting_undo as undo
from desktop.ui.attendance_grid import AttendanceGrid
from desktop.ui.context import UiContext
from desktop.ui.draft import Key
from desktop.ui.draft_saver import DraftSaver, SaveState, describe
from desktop.ui.meeting_adopt import confirm_adoption
from desktop.ui.meeting_agenda import MeetingAgenda
from desktop.ui.meeting_closing import MeetingVotes
from desktop.ui.meeting_info_form import InfoChoices, MeetingInfoForm, guest_names, info_of
from desktop.ui.meeting_quality import MeetingQuality
from desktop.ui.meeting_tasks import MeetingTasks
from desktop.ui.meeting_texts import kind_title, status_title
from desktop.ui.operations import user_message
from desktop.ui.widgets.scaling import scaled_font

GENERAL, ATTENDANCE, AGENDA, VOTES, TASKS_TAB, QUALITY = range(6)


def edits_of(batch: Mapping[Key, Any]) -> MeetingEdits:
    """The draft's typed values as the service takes them."""
    by_part: dict[str, list] = {}
    for (part, ref), value in batch.items():
        by_part.setdefault(part, []).append((ref, value))
    single = {part: values[0][1] for part, values in by_part.items() if part in (INFO, CONCLUSION)}
    return MeetingEdits(
        info=single.get(INFO), conclusion=single.get(CONCLUSION),
        titles=tuple(by_part.get(TITLE, ())), contents=tuple(by_part.get(CONTENT, ())),
        item_conclusions=tuple(by_part.get(ITEM_CONCLUSION, ())),
        scores=tuple(by_part.get(SCORE, ())),
        tasks=by_part[TASKS][0][1] if TASKS in by_part else None,
        reviews=tuple(by_part.get(REVIEW, ())),
        posted=by_part[POSTED][0][1] if POSTED in by_part else None)


def refused_keys(result: Any) -> dict[Key, str]:
    saved = result[0]
    return {(r.part, r.ref): str(r.message) for r in saved.refused}


class MeetingEditor(QWidget):
    back = Signal()
    opened = Signal(int)  # meeting id (a correction opens the new revision)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._services = ctx.services
        self._clock = ctx.clock
        self.detail: MeetingDetail | None = None
        self._choices: InfoChoices | None = None
        self.meeting_id: int | None = None
        self._pending = 0  # writes sent and not yet landed
        self._callbacks: deque[tuple[Callable | None, Callable | None]] = deque()
        self._reloading = False
        self._settled: list[Callable[[], None]] = []  # run once written and shown again
        self._focus_on_show = False
        self._marks: dict[int, tuple[AttendanceStatus | None, str]] = {}
        self._undo = undo.UndoStack()
        self.saver = DraftSaver(self._send, self._draft_write, refused_keys, self, self._clock)
        self.saver.state_changed.connect(self._show_save_state)

        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(self.heading, 1.3, bold=True))
        self.heading.setWordWrap(True)
        self.state = QLabel(self)
        self.save_state = QLabel(self)
        self.issues = QLabel(self)
        self.issues.setWordWrap(True)
        self.back_btn = QPushButton(self.tr("&Back to the list"), self)
        self.minutes_btn = QPushButton(self.tr("&Minutes (PDF)"), self)
        self.resolution_btn = QPushButton(self.tr("R&esolution (PDF)"), self)
        self.undo_btn = QPushButton(self.tr("U&ndo"), self)
        self.adopt_btn = QPushButton(self.tr("A&dopt minutes"), self)
        self.correct_btn = QPushButton(self.tr("Co&rrect (new revision)"), self)
        self.back_btn.clicked.connect(self.leave)
        self.minutes_btn.clicked.connect(self.show_minutes)
        self.resolution_btn.clicked.connect(self.show_resolution)
        self.undo_btn.clicked.connect(self.undo)
        self.adopt_btn.clicked.connect(self.adopt)
        self.correct_btn.clicked.connect(self.correct)
        # Two rows, so the buttons never make the editor wider than an office screen.
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.state)
        top.addWidget(self.save_state)
        actions = QHBoxLayout()
        actions.addWidget(self.back_btn)
        actions.addWidget(self.issues, 1)
        for b in (self.minutes_btn, self.resolution_btn, self.undo_btn, self.adopt_btn,
                  self.correct_btn):
            actions.addWidget(b)

        value = self.saver.draft_value
        self.info = MeetingInfoForm(self._clock.today(), self)
        self.attendance = AttendanceGrid(self)
        self.agenda = MeetingAgenda(value, self)
        self.votes = MeetingVotes(self)
        self.quality = MeetingQuality(value, self)
        self.tasks = MeetingTasks(value, self)
        self.tabs = QTabWidget(self)
        # The tabs take the height the window gives and ask for no more than their minimum: the
        # tallest tab's wish (the quality sheet's) would make the editor scroll on 1366×768.
        policy = self.tabs.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
        self.tabs.setSizePolicy(policy)
        self.tabs.addTab(self.info, self.tr("&General"))
        self.tabs.addTab(self.attendance, self.tr("&Attendance"))
        self.tabs.addTab(self.agenda, self.tr("Agenda and s&peeches"))
        self.tabs.addTab(self.votes, self.tr("&Conclusion and vote"))
        self.tabs.addTab(self.tasks, self.tr("&Tasks"))
        self.tabs.addTab(self.quality, self.tr("&Quality"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)

        for keys, slot in ((QKeySequence.StandardKey.Save, self.flush_drafts),
                           (QKeySequence.StandardKey.Undo, self.undo)):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.info.edited.connect(self._info_edited)
        self.info.posted_edited.connect(self._posted_edited)
        self.votes.conclusion_edited.connect(lambda text: self._edit((CONCLUSION, None), text))
        self.agenda.edited.connect(self._edit)
        self.quality.edited.connect(self._edit)
        self.tasks.edited.connect(self._edit)
        self.attendance.mark_requested.connect(self._mark)
        self.agenda.add_speech.connect(self._add_speech)
        self.agenda.remove_speech.connect(self._remove_speech)
        self.agenda.add_item.connect(self._add_item)
        self.agenda.remove_item.connect(self._remove_item)
        self.votes.save_vote.connect(self._save_vote)
        self.votes.remove_vote.connect(self._remove_vote)
        self._show_save_state()

    # -- loading -----------------------------------------------------------------------------
    def open(self, meeting_id: int, tab: int | None = None, focus: bool = False) -> None:
        if meeting_id != self.meeting_id:
            if self.saver.draft.unanswered or self.saver.busy or self._pending:
                # Still the other meeting's: saved first, and its answer decides, so that a
                # value the file refuses does not vanish unseen with the meeting.
                self.saver.flush()
                self.when_settled(lambda: self.open(meeting_id, tab, focus))
                return
            if not self._may_drop_refused():
                return  # the secretary stays on this meeting to correct it
            self.agenda.new_title.clear()  # typed for this meeting, never for the next one
            self.agenda.gist.clear()
            self.saver.reset()
            self._undo.clear()
            self._marks.clear()
            self.detail = None
            self.agenda.items.setCurrentRow(0)
            self.votes.start_new_vote()
        self.meeting_id = meeting_id
        self._focus_on_show = focus
        if tab is not None:
            self.tabs.blockSignals(True)  # no focus move before the detail is shown
            self.tabs.setCurrentIndex(tab)
            self.tabs.blockSignals(False)
        self._update_undo()
        self.reload()

    def reload(self) -> None:
        meeting_id, services = self.meeting_id, self._services
        if meeting_id is None:
            return

        def load():  # noqa: ANN202 - on a reader
            detail = services.meetings.detail(meeting_id)
            members = tuple(services.meetings.members_on(detail.held_on))
            rows = services.meetings.list_meetings(detail.held_on.year)
            committee = tuple(r for r in rows if r.kind is MeetingKind.COMMITTEE)
            plan = tuple(services.thematic.plan(detail.held_on.year))
            return detail, InfoChoices(members, committee, plan)

        self._reloading = True
        self._ctx.runner.query(load, on_done=self._show, on_error=self._load_failed)

    def _show(self, loaded: tuple[MeetingDetail, InfoChoices]) -> None:
        detail, choices = loaded
        if detail.id != self.meeting_id or self._pending:
            return  # stale: a reload follows the pending writes
        self._reloading = False
        self.detail, self._choices = detail, choices
        title = f"{kind_title(detail.kind)} — {detail.held_on:%d/%m/%Y}"
        numbers = ", ".join(c for c in (detail.number_code, detail.resolution_code) if c)
        self.heading.setText(title + (f" — Số {numbers}" if numbers else ""))
        state = status_title(detail.status)
        if detail.revision > 1:
            state = self.tr("%1, revision %2").replace("%1", state).replace("%2", str(detail.revision))
        if detail.superseded_by_id is not None:
            state = self.tr("Replaced by a correction")
        self.state.setText(state)
        self.adopt_btn.setEnabled(not detail.read_only)
        self.resolution_btn.setEnabled(detail.kind in TASK_KINDS)
        self.correct_btn.setEnabled(
            detail.status is MeetingStatus.ADOPTED and detail.superseded_by_id is None)
        value = self.saver.draft.value
        info = value((INFO, None), info_of(detail))
        self._marks = {line.member_id: (line.status, line.reason) for line in detail.lines}
        posted = value((POSTED, None), (detail.documents_posted_on,))[0]
        self.info.show_detail(detail, choices, info, posted)
        self.attendance.show_detail(detail)
        self.agenda.show_detail(detail, self._present(detail), guest_names(info.guests))
        self.votes.show_detail(detail, value((CONCLUSION, None), detail.conclusion))
        self.quality.show_detail(detail)
        self.tasks.show_detail(detail, choices.members)
        self._show_issues(detail)
        self._update_undo()
        self._show_save_state()
        if self._focus_on_show:
            self._focus_on_show = False
            self._focus_tab(self.tabs.currentIndex())
        settled, self._settled = self._settled, []
        for then in settled:  # from the event loop, not inside the runner's hand-over
            QTimer.singleShot(0, self, then)

    def _load_failed(self, error: Exception) -> None:
        self._reloading = False
        self._settled.clear()
        self._warn(error)

    @staticmethod
    def _present(d: MeetingDetail) -> tuple[PersonRef, ...]:
        """Who may speak: the members marked present (an exempt member who came included)."""
        return tuple(PersonRef(line.member_id, line.name) for line in d.lines
                     if line.status is AttendanceStatus.PRESENT)

    def when_settled(self, then: Callable[[], None]) -> None:
        """Call `then` once every write sent so far has landed and the detail is shown again."""
        if not self._pending and not self._reloading and not self.saver.busy:
            then()
        else:
            self._settled.append(then)

    def is_idle(self) -> bool:
        return not self._pending and not self._reloading and not self.saver.draft.dirty

    # -- the draft ---------------------------------------------------------------------------
    def _edit(self, key: Key, value: Any) -> None:
        if self.detail is not None and not self.detail.read_only:
            self.saver.edit(key, value)

    def _posted_edited(self, day) -> None:  # noqa: ANN001 - date | None
        # Not `_edit`: an adopted meeting takes this one (the draft service saves it apart).
        if self.detail is not None and self.detail.superseded_by_id is None:
            self.saver.edit((POSTED, None), (day,))

    def _info_edited(self, info) -> None:  # noqa: ANN001 - MeetingInfo
        self._edit((INFO, None), info)
        if self.detail is not None:  # a guest just typed can speak at once
            self.agenda.set_speakers(self._present(self.detail), guest_names(info.guests))

    def _draft_write(self, batch: dict[Key, Any]) -> Callable[[], Any]:
        edits, meeting_id, services = edits_of(batch), self.meeting_id, self._services
        return lambda: services.meeting_draft.save(meeting_id, edits)

    def flush_drafts(self) -> None:
        """Save what is typed now (Ctrl+S, leaving, closing the window)."""
        self.saver.flush()

    def refused_reasons(self) -> list[str]:
        """Why typed values could not be saved (they live only on screen until fixed), and the
        texts typed to be added that were not added (they too live only on screen)."""
        return list(dict.fromkeys(self.saver.draft.refused.values())) + self.unsent_texts()

    def unsent_texts(self) -> list[str]:
        """A new agenda item, a speech or a vote typed and not added yet."""
        if self.detail is None or self.detail.read_only:
            return []
        found = []
        for text, words in ((self.agenda.new_title.text(), self.tr("New agenda item not added yet: «%1»")),
                            (self.agenda.gist.text(), self.tr("Speech not added yet: «%1»")),
                            (self.votes.unrecorded_subject(), self.tr("Vote not recorded yet: «%1»"))):
            if text.strip():
                found.append(words.replace("%1", text.strip()))
        return found

    def _may_drop_refused(self) -> bool:
        from desktop.ui.refused_question import may_drop_refused

        return may_drop_refused(
            self, self.tr("Meeting"),
            self.tr("Some text typed in this meeting is not saved, or not added yet, and will be "
                    "lost if another meeting opens now:"),
            self.tr("Stay and correct it"), self.tr("Open the other and lose it"),
            self.refused_reasons())

    def leave(self) -> None:
        self.flush_drafts()
        self.back.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self.flush_drafts()  # another page, or the window closing: nothing typed waits
        super().hideEvent(event)

    def _tab_changed(self, index: int) -> None:
        self.flush_drafts()
        self._focus_tab(index)

    def _focus_tab(self, index: int) -> None:
        first = {
            GENERAL: lambda: self.info.kind,
            ATTENDANCE: lambda: self.attendance.table,
            AGENDA: lambda: self.agenda.items,
            VOTES: lambda: self.votes.conclusion,
            TASKS_TAB: self.tasks.first_field,
            QUALITY: lambda: next(iter(self.quality.boxes()), None),
        }[index]()
        if first is not None and first.isEnabled():
            first.setFocus(Qt.FocusReason.TabFocusReason)

    def _show_save_state(self) -> None:
        state = self.saver.state()
        if state in (SaveState.CLEAN, SaveState.SAVED) and self._pending:
            state = SaveState.SAVING
        text, color, tip = describe(state, self.saver)
        if state is SaveState.CLEAN and self.detail is not None and self.detail.read_only:
            text = ""  # nothing can be typed: nothing to say about saving
        width = self.fontMetrics().averageCharWidth() * 48
        # The header has room for one short line: a longer one ends in «…», and a refusal is
        # also written whole in the window's status bar, where it can be read.
        self.save_state.setText(self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width))
        self.save_state.setToolTip(tip or text)
        self.save_state.setStyleSheet(f"color: {color};")
        self.save_state.setMaximumWidth(width)
        bar = getattr(self.window(), "statusBar", None)
        if state is SaveState.REFUSED and bar is not None:
            bar().showMessage(text, 30_000)

    def _show_issues(self, d: MeetingDetail) -> None:
        blocking = d.adoption.blocking
        if d.read_only or not blocking:
            self.issues.setText("")
            self.issues.setToolTip("")
            return
        self.issues.setText(self.tr("%1 things to complete before adoption").replace(
            "%1", str(len(blocking))))
        self.issues.setStyleSheet("color: #a05a00;")
        self.issues.setToolTip("\n".join(str(i.text) for i in blocking))

    # -- writing -----------------------------------------------------------------------------
    def _send(self, fn: Callable[[], Any], on_done: Callable | None = None,
              on_error: Callable | None = None) -> None:
        """Every write of the editor: callbacks kept in order (the writer is first in, first out)."""
        self._pending += 1
        self._callbacks.append((on_done, on_error))
        self._ctx.runner.write(fn, on_done=self._landed, on_error=self._refused)
        self._show_save_state()

    def _write(self, call: Callable[[Any, int], Any], on_done: Callable | None = None,
               on_error: Callable | None = None) -> None:
        """An action: the draft first (typed text is never overtaken), then `call(services,
        meeting id)` for the meeting open when the action was taken."""
        self.saver.flush()
        services, meeting_id = self._services, self.meeting_id
        self._send(lambda: call(services, meeting_id), on_done, on_error)

    def _landed(self, result: Any) -> None:
        on_done, _ = self._callbacks.popleft()
        self._pending -= 1
        if on_done is not None:
            on_done(result)
        self.saver.note_saved()
        self._after_write()

    def _refused(self, error: Exception) -> None:
        _, on_error = self._callbacks.popleft()
        self._pending -= 1
        (on_error or self._warn)(error)
        self._after_write()

    def _after_write(self) -> None:
        self._show_save_state()
        if not self._pending:
            self.reload()

    def _warn(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Meeting"), user_message(error))

    # -- actions (each undoable) -------------------------------------------------------------
    def _remember(self, label: str, revert: undo.Revert) -> None:
        self._undo.push(undo.UndoStep(label, revert))
        self._update_undo()

    def _mark(self, member_id: int, status: AttendanceStatus | None, reason: str) -> None:
        before = self._marks.get(member_id, (None, ""))
        self._marks[member_id] = (status, reason)
        name = next((x.name for x in self.detail.lines if x.member_id == member_id), "")
        self._write(lambda s, mid: s.meetings.set_attendance(mid, member_id, status, reason))
        self._remember(self.tr("attendance of %1").replace("%1", name), undo.unmark(member_id, *before))

    def _add_speech(self, item_id: int, member_id: int | None, name: str, gist: str) -> None:
        def done(result: tuple[int, ChangeNotice]) -> None:
            self._remember(self.tr("the speech just added"), undo.unadd_speech(result[0]))
            self.agenda.speech_added()

        self._write(lambda s, _mid: s.meeting_minutes.add_speech(
            item_id, gist, member_id=member_id, speaker_name=name), on_done=done)

    def _remove_speech(self, item_id: int, speech: SpeechDetail) -> None:
        self._write(lambda s, _mid: s.meeting_minutes.remove_speech(speech.id))
        self._remember(self.tr("removing the speech of %1").replace("%1", speech.speaker_name),
                       undo.unremove_speech(item_id, speech))

    def _add_item(self, section: str, title: str) -> None:
        def done(result: tuple[int, ChangeNotice]) -> None:
            self._remember(self.tr("adding the item “%1”").replace("%1", title),
                           undo.unadd_item(result[0]))

        self._write(lambda s, mid: s.meeting_minutes.add_agenda_item(mid, section, title), on_done=done)

    def _remove_item(self, item: AgendaItemDetail) -> None:
        value = self.saver.draft.value
        # What was typed in it and not yet saved goes with it, so an undo brings it all back.
        kept = replace(item, title=value((TITLE, item.id), item.title),
                       content=value((CONTENT, item.id), item.content),
                       conclusion=value((ITEM_CONCLUSION, item.id), item.conclusion))
        self.saver.draft.forget([(part, item.id) for part in (TITLE, CONTENT, ITEM_CONCLUSION)])
        self._write(lambda s, _mid: s.meeting_minutes.remove_agenda_item(item.id))
        self._remember(self.tr("removing the item “%1”").replace("%1", kept.title),
                       undo.unremove_item(kept))

    def _save_vote(self, vote: VoteInput, old: VoteDetail | None) -> None:
        def done(result: tuple[int, ChangeNotice]) -> None:
            revert = undo.unchange_vote(old) if old else undo.unrecord_vote(result[0])
            self._remember(self.tr("the vote “%1”").replace("%1", vote.subject), revert)
            self.votes.vote_recorded()

        self._write(lambda s, mid: s.meeting_minutes.save_vote(mid, vote), on_done=done)

    def _remove_vote(self, vote: VoteDetail) -> None:
        self._write(lambda s, mid: s.meeting_minutes.remove_vote(mid, vote.id))
        self._remember(self.tr("removing the vote “%1”").replace("%1", vote.subject),
                       undo.unremove_vote(vote))

    def undo(self) -> None:
        step = self._undo.pop()
        if step is None or self.detail is None or self.detail.read_only:
            return
        self._write(step.revert)
        self._update_undo()

    def _update_undo(self) -> None:
        step = self._undo.peek()
        self.undo_btn.setEnabled(step is not None and not (self.detail and self.detail.read_only))
        self.undo_btn.setToolTip(self.tr("Undo %1 (Ctrl+Z)").replace("%1", step.label) if step
                                 else self.tr("Nothing to undo"))

    # -- minutes, adopt, correct -------------------------------------------------------------
    def show_minutes(self) -> None:
        """The minutes as the documents service prints them, in a preview dialog."""
        self._preview(self.tr("Minutes — %1"), "minutes_pdf")

    def show_resolution(self) -> None:
        """The month's resolution (NGHỊ QUYẾT), previewed to print or save as PDF."""
        self._preview(self.tr("Resolution — %1"), "resolution_pdf")

    def _preview(self, title: str, document: str) -> None:
        if self.detail is None:
            return
        from desktop.documents.kit import PageSetup  # the documents kit, only when printing
        from desktop.ui.pdf_preview import PdfPreviewDialog

        self.flush_drafts()  # what was just typed is printed too (the preview's query follows)
        meeting_id, services = self.meeting_id, self._services
        setup = PageSetup.from_settings(self._ctx.settings)
        title = title.replace("%1", self.heading.text())

        def preview() -> None:
            self.preview = PdfPreviewDialog(
                self, title, lambda: getattr(services.documents, document)(meeting_id, setup),
                self._ctx.runner)
            self.preview.open()

        self.when_settled(preview)

    def adopt(self) -> None:
        if self.detail is None or self.detail.read_only:
            return
        self.flush_drafts()
        self.when_settled(self._confirm_adoption)

    def _confirm_adoption(self) -> None:
        d = self.detail
        if d is None or d.read_only:
            return
        unsaved = list(dict.fromkeys(self.saver.draft.refused.values()))
        if confirm_adoption(self, d, unsaved):
            self._write(lambda s, mid: s.meetings.adopt(mid))

    def correct(self) -> None:
        if self.detail is None:
            return

        def done(result: tuple[int, ChangeNotice]) -> None:
            self.opened.emit(result[0])
            self.open(result[0])

        self._write(lambda s, mid: s.meetings.correct(mid), on_done=done)
