"""The meeting editor: a header (kind, date, number, status; Adopt, Correct, Back) over tabs —
general information, attendance, agenda and speeches, conclusion and votes, quality.

Each edit is a write of the runner, which makes them one at a time in the order made; once the
editor's last pending write has landed it reloads the detail once, so quick key presses in the
grid are not held up. A refused write says why; the writes after it are still made.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import MeetingKind, MeetingStatus
from desktop.services.changes import ChangeNotice
from desktop.services.meeting_detail import MeetingDetail
from desktop.ui.attendance_grid import AttendanceGrid
from desktop.ui.context import UiContext
from desktop.ui.meeting_agenda import MeetingAgenda
from desktop.ui.meeting_closing import MeetingQuality, MeetingVotes
from desktop.ui.meeting_info_form import InfoChoices, MeetingInfoForm
from desktop.ui.meeting_texts import kind_title, status_title
from desktop.ui.operations import user_message


class MeetingEditor(QWidget):
    back = Signal()
    opened = Signal(int)  # meeting id (a correction opens the new revision)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._services = ctx.services
        self.detail: MeetingDetail | None = None
        self.meeting_id: int | None = None
        self._pending = 0  # writes sent and not yet landed

        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.state = QLabel(self)
        self.back_btn = QPushButton(self.tr("Back to the list"), self)
        self.adopt_btn = QPushButton(self.tr("Adopt minutes"), self)
        self.correct_btn = QPushButton(self.tr("Correct (new revision)"), self)
        self.minutes_btn = QPushButton(self.tr("Minutes (PDF)"), self)
        self.minutes_btn.clicked.connect(self.show_minutes)
        self.back_btn.clicked.connect(self.back.emit)
        self.adopt_btn.clicked.connect(self.adopt)
        self.correct_btn.clicked.connect(self.correct)
        top = QHBoxLayout()
        top.addWidget(self.back_btn)
        top.addWidget(self.heading, 1)
        top.addWidget(self.state)
        top.addWidget(self.minutes_btn)
        top.addWidget(self.adopt_btn)
        top.addWidget(self.correct_btn)

        self.info = MeetingInfoForm(ctx.clock.today(), self)
        self.attendance = AttendanceGrid(self)
        self.agenda = MeetingAgenda(self)
        self.votes = MeetingVotes(self)
        self.quality = MeetingQuality(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.info, self.tr("General"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(self.agenda, self.tr("Agenda and speeches"))
        self.tabs.addTab(self.votes, self.tr("Conclusion and vote"))
        self.tabs.addTab(self.quality, self.tr("Quality"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        # Each write names the meeting open when the edit was made (`mid`), not when it lands.
        services = self._services
        self.info.save_requested.connect(lambda info: self._write(
            lambda mid: services.meetings.update_info(mid, info)))
        self.attendance.mark_requested.connect(lambda member, status, reason: self._write(
            lambda mid: services.meetings.set_attendance(mid, member, status, reason)))
        self.agenda.save_item.connect(lambda item, content, concl: self._write(
            lambda _mid: services.meeting_minutes.update_agenda_item(
                item, content=content, conclusion=concl)))
        self.agenda.add_speech.connect(lambda item, member, name, gist: self._write(
            lambda _mid: services.meeting_minutes.add_speech(
                item, gist, member_id=member, speaker_name=name)))
        self.agenda.remove_speech.connect(lambda sid: self._write(
            lambda _mid: services.meeting_minutes.remove_speech(sid)))
        self.agenda.add_item.connect(lambda section, title: self._write(
            lambda mid: services.meeting_minutes.add_agenda_item(mid, section, title)))
        self.votes.save_conclusion.connect(lambda text: self._write(
            lambda mid: services.meeting_minutes.set_conclusion(mid, text)))
        self.votes.save_vote.connect(lambda vote: self._write(
            lambda mid: services.meeting_minutes.save_vote(mid, vote)))
        self.quality.save_points.connect(self._save_points)

    # -- loading -----------------------------------------------------------------------------
    def open(self, meeting_id: int, tab: int | None = None) -> None:
        self.meeting_id = meeting_id
        if tab is not None:
            self.tabs.setCurrentIndex(tab)
        self.reload()

    def reload(self) -> None:
        meeting_id, services = self.meeting_id, self._services
        if meeting_id is None:
            return

        def load():
            detail = services.meetings.detail(meeting_id)
            members = tuple(services.meetings.members_on(detail.held_on))
            rows = services.meetings.list_meetings(detail.held_on.year)
            committee = tuple(r for r in rows if r.kind is MeetingKind.COMMITTEE)
            plan = tuple(services.thematic.plan(detail.held_on.year))
            return detail, InfoChoices(members, committee, plan)

        self._ctx.runner.query(load, on_done=self._show, on_error=self._failed)

    def _show(self, loaded) -> None:
        detail, choices = loaded
        if detail.id != self.meeting_id or self._pending:
            return  # stale: a reload follows the pending writes
        self.detail = detail
        title = f"{kind_title(detail.kind)} — {detail.held_on:%d/%m/%Y}"
        self.heading.setText(title + (f" — {detail.number_text}" if detail.number_text else ""))
        state = status_title(detail.status)
        if detail.revision > 1:
            state = self.tr("%1, revision %2").replace("%1", state).replace("%2", str(detail.revision))
        if detail.superseded_by_id is not None:
            state = self.tr("Replaced by a correction")
        self.state.setText(state)
        self.adopt_btn.setEnabled(not detail.read_only)
        self.correct_btn.setEnabled(
            detail.status is MeetingStatus.ADOPTED and detail.superseded_by_id is None
        )
        self.info.show_detail(detail, choices)
        self.attendance.show_detail(detail)
        self.agenda.show_detail(detail, choices.members)
        self.votes.show_detail(detail)
        self.quality.show_detail(detail)

    # -- writing -----------------------------------------------------------------------------
    def _write(self, call: Callable[[int], object]) -> None:
        meeting_id = self.meeting_id
        self._pending += 1
        self._ctx.runner.write(lambda: call(meeting_id), on_done=self._written,
                               on_error=self._write_failed)

    def _written(self, _result) -> None:
        self._pending -= 1
        if not self._pending:
            self.reload()

    def _write_failed(self, error: Exception) -> None:
        self._pending -= 1
        if not self._pending:
            self.reload()
        self._failed(error)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Meeting"), user_message(error))

    def _save_points(self, points: dict) -> None:
        services = self._services
        for code, value in points.items():
            self._write(lambda mid, code=code, value=value:
                        services.meeting_minutes.set_quality_item(mid, code, value))

    def is_idle(self) -> bool:
        return not self._pending

    def show_minutes(self) -> None:
        """The minutes as the documents service prints them, in a preview dialog."""
        if self.detail is None:
            return
        from desktop.documents.kit import (
            PageSetup,  # the documents kit, only when printing
        )
        from desktop.ui.pdf_preview import PdfPreviewDialog

        meeting_id, services = self.meeting_id, self._services
        setup = PageSetup.from_settings(self._ctx.settings)
        title = self.tr("Minutes — %1").replace("%1", self.heading.text())
        self.preview = PdfPreviewDialog(
            self, title, lambda: services.documents.minutes_pdf(meeting_id, setup), self._ctx.runner)
        self.preview.open()

    # -- adopt / correct ---------------------------------------------------------------------
    def adopt(self) -> None:
        d = self.detail
        if d is None or d.read_only:
            return
        text = self.tr("Adopt the minutes of %1? After adoption they can no longer be edited; "
                       "a correction makes a new revision.").replace("%1", d.held_on.strftime("%d/%m/%Y"))
        if not d.attendance.checks.passed:
            text += "\n\n" + self.tr("Warning: the attendance checks are not met.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Adopt minutes"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Adopt"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        services = self._services
        self._write(lambda mid: services.meetings.adopt(mid))

    def correct(self) -> None:
        if self.detail is None:
            return
        meeting_id = self.meeting_id

        def done(result: tuple[int, ChangeNotice]) -> None:
            self.opened.emit(result[0])
            self.open(result[0])

        services = self._services
        self._ctx.runner.write(lambda: services.meetings.correct(meeting_id), on_done=done,
                               on_error=self._failed)
