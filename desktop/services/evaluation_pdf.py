"""The self-evaluation report PDF: the evaluation result mapped to `documents.evaluation_report`."""

from __future__ import annotations

from datetime import date

from desktop.clock import Clock
from desktop.documents.evaluation_report import (
    ComponentLine,
    CriterionBlock,
    EvaluationReportData,
    evaluation_report_pdf,
)
from desktop.documents.fonts import ensure_registered
from desktop.documents.kit import Letterhead, PageSetup
from desktop.domain.numbers import number, percent
from desktop.domain.rulebook import PassRule
from desktop.services.documents_load import secretary_on
from desktop.services.errors import UserError
from desktop.services.evaluation import EvaluationReport, evaluate_in_session
from desktop.services.rulebooks import ensure_year_pinned
from desktop.store.database import Database, unit_of_work
from desktop.store.models import Branch
from desktop.wording import say


def report_data(report: EvaluationReport, branch: Branch, secretary: str) -> EvaluationReportData:
    r, info = report.result, report.rulebook
    # Dated the last day of the year, or the evaluation date if earlier: same data, same bytes.
    issued = min(report.as_of, date(report.year, 12, 31))
    rule = ("mỗi tiêu chí thành phần đạt từ {t} số điểm thì tiêu chí được đánh giá tốt;"
            if r.pass_rule is PassRule.EACH_COMPONENT else
            "tổng điểm mỗi tiêu chí đạt từ {t} thì tiêu chí được đánh giá tốt;").format(t=percent(r.threshold))
    criteria = tuple(
        CriterionBlock(
            c.number, c.name, number(c.max), number(c.score), c.good,
            tuple(ComponentLine(x.code, x.title, number(x.max), number(x.score),
                                "Tự động" if x.kind == "auto" else "Chi ủy chấm") for x in c.components),
        )
        for c in r.criteria
    )
    return EvaluationReportData(
        letterhead=Letterhead(branch.superior_committee, branch.name, branch.place_name, issued),
        branch_name=branch.name, year=report.year, issued_on=issued, as_of=report.as_of,
        in_progress=report.in_progress, model_name=r.verdict_name,
        rulebook=f"{info.name}, phiên bản {info.version}", rulebook_issuer="" if info.sample else info.issuer,
        rulebook_sha256=info.sha256, pass_rule=rule, criteria=criteria,
        total=number(r.score), total_max=number(r.max),
        vetoes=tuple(v.sentence for v in r.vetoes if v.triggered),
        verdict=r.verdict_text, reached=r.reached, shortfalls=r.shortfalls,
        still_reachable=r.still_reachable, drafts=report.drafts, secretary=secretary,
    )


def evaluation_pdf(db: Database, year: int, as_of: date | None = None, setup: PageSetup | None = None,
                   *, clock: Clock) -> bytes:
    """The evaluation report as of `as_of` (default: the clock's today)."""
    ensure_year_pinned(db, year, clock.utcnow())
    with unit_of_work(db) as s:
        branch = s.query(Branch).first()
        if branch is None:
            raise UserError(say("branch.profile_missing_report"))
        report = evaluate_in_session(s, year, as_of or clock.today())
        data = report_data(report, branch, secretary_on(s, min(report.as_of, date(year, 12, 31))))
    return evaluation_report_pdf(data, setup or PageSetup(), ensure_registered(None))
