"""Printing from the review page: pre-filled commitment and self-review forms (the documents
service) and the branch's rating summary (the review service), shown in the PDF preview."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.documents.kit import PageSetup
from desktop.services.reviews_model import MemberReview
from desktop.ui.context import UiContext
from desktop.ui.pdf_preview import PdfPreviewDialog


def page_setup(ctx: UiContext) -> PageSetup:
    s = ctx.settings
    return PageSetup(s.margin_top_mm, s.margin_bottom_mm, s.margin_left_mm, s.margin_right_mm,
                     s.body_font_size)


class ReviewPrinting:
    def __init__(self, ctx: UiContext, parent):
        self._ctx, self._parent = ctx, parent
        self.last_dialog: PdfPreviewDialog | None = None  # the preview last opened

    def commitment(self, review: MemberReview | None) -> None:
        if review is None:
            return
        services, setup = self._ctx.services, page_setup(self._ctx)
        member_id, year = review.row.member_id, review.year
        self._open(
            QCoreApplication.translate("ReviewPrinting", "Commitment %1 — %2").replace("%1", str(year))
            .replace("%2", review.row.full_name),
            lambda: services.documents.commitment_form_pdf(member_id, year, setup),
        )

    def self_review(self, review: MemberReview | None) -> None:
        if review is None:
            return
        services, setup = self._ctx.services, page_setup(self._ctx)
        member_id, year = review.row.member_id, review.year
        self._open(
            QCoreApplication.translate("ReviewPrinting", "Self-review %1 — %2").replace("%1", str(year))
            .replace("%2", review.row.full_name),
            lambda: services.documents.self_review_form_pdf(member_id, year, setup),
        )

    def summary(self, year: int) -> None:
        services, setup = self._ctx.services, page_setup(self._ctx)
        self._open(QCoreApplication.translate("ReviewPrinting", "Rating summary %1").replace("%1", str(year)),
                   lambda: services.reviews.rating_summary_pdf(year, setup))

    def _open(self, title: str, build) -> None:
        self.last_dialog = PdfPreviewDialog(self._parent, title, build, self._ctx.runner,
                                            self._ctx.settings)
        self.last_dialog.open()
