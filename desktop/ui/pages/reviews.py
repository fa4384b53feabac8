"""The annual member review page: the year's grid with the selected member beside it, and the
summary with the cap warning, the members left out and the discipline register.

Each grid edit is a write of the runner, made one at a time in the order typed; the grid shows
each rating at once and the page reloads the year once its last pending write has landed. A
refused rating is marked on its cell and named, with the reason, above the grid — never in a
message box, which would take the keys typed next; the ratings typed after it are still saved
and shown (a reload asked before an edit is not shown after it).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Rating, ReviewStep
from desktop.services.changes import Changed, ChangeNotice
from desktop.services.reviews_model import MemberReview, YearReview
from desktop.ui.context import UiContext
from desktop.ui.discipline_dialog import DisciplineDialog
from desktop.ui.models.review_table import BRANCH, MEMBER_ID_ROLE, ReviewTableModel
from desktop.ui.operations import user_message
from desktop.ui.review_detail import ReviewDetail
from desktop.ui.review_dialogs import CommitmentDialog, SelfReviewDialog, StepDialog
from desktop.ui.review_grid import RefusalBar, ReviewGrid
from desktop.ui.review_printing import ReviewPrinting
from desktop.ui.review_summary import ReviewSummary
from desktop.ui.widgets.page_frame import PageFrame, SidePanel


class ReviewsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._services = ctx.services
        self.review: YearReview | None = None
        self.member: MemberReview | None = None
        self._pending = 0  # rating writes sent and not yet landed
        self._edits = 0  # ratings typed so far: a year read before the last one is stale
        self._printing = ReviewPrinting(ctx, self)

        today = ctx.clock.today()
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.entry_date = QDateEdit(QDate(today.year, today.month, today.day), self)
        self.entry_date.setCalendarPopup(True)
        self.entry_date.setDisplayFormat("dd/MM/yyyy")
        self.entry_date.setToolTip(self.tr("Date recorded with ratings typed in the grid"))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year"), self))
        bar.addWidget(self.year)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("Date of the ratings typed"), self))
        bar.addWidget(self.entry_date)
        hint = QLabel(self.tr("Keys: 1 or X = HTXSNV · 2 or T = HTTNV · 3 or H = HTNV · 4 or K = "
                              "KHTNV · Delete clears · Enter moves down · Tab moves right · Esc "
                              "leaves the grid"), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        bar.addWidget(hint, 1)

        self.refusals = RefusalBar(self)

        self.model = ReviewTableModel(self)
        self.grid = ReviewGrid(self)
        self.grid.setModel(self.model)
        self.detail = ReviewDetail(self)
        # The member's detail scrolls on its own (a long self-review at 150% text) rather than
        # being cut, and is never narrower than its buttons.
        split = QSplitter(self)
        split.addWidget(self.grid)
        split.addWidget(SidePanel(self.detail, split))
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setSizes([940, 340])
        self.summary = ReviewSummary(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(split, self.tr("Ratings"))
        summary_frame = PageFrame(self.tabs)  # scrolls rather than making the page taller
        summary_frame.set_page(self.summary)
        self.tabs.addTab(summary_frame, self.tr("Summary"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.refusals)
        layout.addWidget(self.tabs, 1)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(200)
        self._reload_timer.timeout.connect(self.reload)
        self.year.valueChanged.connect(self._year_changed)
        self.model.rating_entered.connect(self._rating_entered)
        self.model.refusals_changed.connect(
            lambda: self.refusals.show_refusals(self.model.refusals(), self.model.step_title))
        self.refusals.dismissed.connect(self.model.clear_refused)
        self.grid.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._load_member(cur.row()))
        self.detail.edit_commitment.connect(self._edit_commitment)
        self.detail.edit_self_review.connect(self._edit_self_review)
        self.detail.edit_step.connect(self._edit_step)
        self.detail.print_commitment.connect(lambda: self._printing.commitment(self.member))
        self.detail.print_self_review.connect(lambda: self._printing.self_review(self.member))
        self.summary.print_summary.connect(lambda: self._printing.summary(self.year.value()))
        self.summary.add_discipline.connect(self._add_discipline)
        self.summary.remove_discipline.connect(self._remove_discipline)
        ctx.bus.changed.connect(self._on_changed)
        self.reload()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        year, edits = self.year.value(), self._edits
        services = self._services
        self._ctx.runner.query(lambda: services.reviews.year_review(year),
                               on_done=lambda review: self._show_year(review, edits))

    def _show_year(self, review: YearReview, edits: int | None = None) -> None:
        if review.year != self.year.value() or self._pending or edits not in (None, self._edits):
            return  # stale: read before a rating typed since; another reload follows
        current = self.grid.currentIndex()
        member_id = current.data(MEMBER_ID_ROLE) if current.isValid() else None
        column = current.column() if current.isValid() else BRANCH
        self.review = review
        self.model.set_rows(review.rows)
        self.summary.show_year(review)
        row = self.model.row_of(member_id) if member_id is not None else 0
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(max(row, 0), column))
        else:
            self.detail.show_review(None)

    def _year_changed(self, year: int) -> None:
        today = self._ctx.clock.today()
        day = today if today.year == year else date(year, 12, 15)
        self.entry_date.setDate(QDate(day.year, day.month, day.day))
        self.member = None
        self.model.clear_refused()
        self.grid.setCurrentIndex(self.model.index(-1, -1))
        self.reload()

    def _load_member(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is None:
            self.member = None
            self.detail.show_review(None)
            return
        year, member_id = self.year.value(), found.member_id
        services = self._services
        self._ctx.runner.query(lambda: services.reviews.member_review(member_id, year),
                               on_done=self._show_member)

    def _show_member(self, review: MemberReview) -> None:
        current = self.model.row_at(self.grid.currentIndex().row())
        if current is not None and current.member_id == review.row.member_id:
            self.member = review
            self.detail.show_review(review)

    def _on_changed(self, notice: ChangeNotice) -> None:
        if notice.touches(Changed.REVIEWS) or notice.touches(Changed.MEMBERS):
            self._reload_timer.start()

    # -- fast entry --------------------------------------------------------------------------
    def _rating_entered(self, member_id: int, step: ReviewStep, rating: Rating | None) -> None:
        year, q = self.year.value(), self.entry_date.date()
        day = date(q.year(), q.month(), q.day())
        services = self._services
        self._pending += 1
        self._edits += 1
        self._ctx.runner.write(
            lambda: services.reviews.set_rating(member_id, year, step, rating, day),
            on_done=self._written,
            on_error=lambda error: self._write_failed(member_id, step, error))

    def _written(self, _notice: object) -> None:
        self._pending -= 1

    def _write_failed(self, member_id: int, step: ReviewStep, error: Exception) -> None:
        self._pending -= 1
        self.model.mark_refused(member_id, step, user_message(error))
        QApplication.beep()  # heard by a secretary typing with her eyes on the list
        if not self._pending:  # the grid shows what was typed: reload the truth
            self.reload()

    @property
    def writes_pending(self) -> bool:
        return self._pending > 0

    # -- dialogs -----------------------------------------------------------------------------
    def _edit_commitment(self) -> None:
        if self.member is not None:
            services = self._services
            CommitmentDialog(self, self._ctx.runner, lambda draft: services.reviews.save_commitment(draft),
                             self.member).open()

    def _edit_self_review(self) -> None:
        if self.member is None:
            return
        member, year, services = self.member, self.year.value(), self._services
        SelfReviewDialog(
            self, self._ctx.runner, lambda draft: services.reviews.save_self_review(draft), member,
            lambda score, pct: services.reviews.propose(year, score, pct, member.row.disciplined),
        ).open()

    def _edit_step(self, step: ReviewStep) -> None:
        if self.member is not None:
            services = self._services
            StepDialog(self, self._ctx.runner, lambda draft: services.reviews.save_step(draft),
                       self.member, step).open()

    def _add_discipline(self) -> None:
        if self.review is None:
            return
        review, services = self.review, self._services
        self._ctx.runner.query(lambda: services.branch.profile(),
                               on_done=lambda profile: self._open_discipline(review, profile))

    def _open_discipline(self, review: YearReview, profile) -> None:  # noqa: ANN001 - BranchProfile | None
        members = [(r.member_id, r.full_name) for r in review.rows]
        members += [(r.member_id, r.full_name) for r in review.excluded]
        body = profile.superior_committee if profile is not None else ""
        services = self._services
        DisciplineDialog(self, self._ctx.runner, lambda d: services.discipline.add(d)[1],
                         members, review.year, body, today=self._ctx.clock.today()).open()

    def _remove_discipline(self, discipline_id: int) -> None:
        answer = QMessageBox.question(self, self.tr("Remove discipline decision"),
                                      self.tr("Remove this discipline decision from the register?"))
        if answer == QMessageBox.StandardButton.Yes:
            services = self._services
            self._ctx.runner.write(lambda: services.discipline.remove(discipline_id))
