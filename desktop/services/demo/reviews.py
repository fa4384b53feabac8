"""Demo step: the annual review for every year of the demo branch.

- every member reviewed writes a commitment in January (or on joining);
- a year whose review time has come (from 15 November) has the self-reviews, with the member's
  own proposal — a few propose HTXSNV on 90+ points with under 30% of tasks exceeded, which the
  rules make HTTNV;
- a year that is over also has the branch vote, the committee proposal and, once January has
  passed, the superior committee's decision — more HTXSNV than 20% of the HTTNV, so the cap
  warning shows, and as many HTNV as the year's style says (never the secretary);
- one member of the last year is disciplined (khiển trách) in March and rated KHTNV.
The current year is left for the secretary to rate from the keyboard.
"""

from __future__ import annotations

import random
from datetime import date

from sqlalchemy.orm import Session

from desktop.domain.enums import DisciplineForm, Rating, ReviewStep
from desktop.domain.enums import SituationEventKind as K
from desktop.domain.review_forms import SELF_REVIEW_TEXT_SECTIONS
from desktop.domain.review_scope import ScopeReason, review_scope
from desktop.domain.situation import MemberFacts
from desktop.services.demo.generator import GeneratedBranch
from desktop.services.demo.rows import IdSource, insert_rows
from desktop.services.member_facts import load_member_facts
from desktop.store.models import Branch, Commitment, Discipline, RatingStep, SelfReview

COMMITMENT_TEXTS = {
    "loyalty": "Tuyệt đối trung thành với Đảng, với Tổ quốc; chấp hành nghiêm chủ trương, đường "
               "lối của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương.",
    "courage": "Chủ động nắm bắt tình hình tổ dân phố, đề xuất cách làm mới trong công tác vận "
               "động nhân dân; học cách sử dụng ứng dụng Sổ tay đảng viên điện tử.",
    "integrity": "Sống giản dị, tiết kiệm; không tham gia, không bao che các việc làm sai trái; "
                 "công khai, minh bạch trong các khoản đóng góp của khu dân cư.",
    "unity": "Giữ gìn đoàn kết trong chi bộ và khu dân cư; dự sinh hoạt chi bộ đầy đủ; đóng "
             "đảng phí đúng hạn; quan tâm giúp đỡ hộ khó khăn.",
    "example": "Gương mẫu thực hiện nếp sống văn minh; học tập, làm theo tư tưởng, đạo đức, "
               "phong cách Hồ Chí Minh; nghiên cứu các văn kiện mới của Đảng.",
}
SELF_REVIEW_TEXTS = {
    "ideology": "Luôn kiên định, tin tưởng vào đường lối của Đảng; không dao động trước thông tin "
                "xấu, độc trên mạng xã hội.",
    "ethics": "Giữ gìn phẩm chất đạo đức, lối sống lành mạnh, giản dị; gia đình gương mẫu.",
    "style": "Gần gũi nhân dân, lắng nghe ý kiến của bà con; làm việc có kế hoạch.",
    "discipline": "Chấp hành nghiêm Điều lệ Đảng, nghị quyết của chi bộ; sinh hoạt đầy đủ.",
    "results": "Hoàn thành các nhiệm vụ chi bộ phân công: vận động vệ sinh môi trường, thu quỹ "
               "khuyến học, hòa giải ở cơ sở.",
    "limitations": "Có lúc chưa mạnh dạn phê bình; việc nghiên cứu văn kiện còn chưa thường xuyên.",
    "remedies": "Dành thời gian đọc tài liệu mỗi tuần; thẳng thắn góp ý trong sinh hoạt chi bộ.",
}

# Share of the final ratings rated HTXSNV in a finished year (deliberately past the cap of 20%
# of the HTTNV); HTNV takes the style's share, rounded down; the rest are HTTNV.
_EXCELLENT_SHARE = 0.20


def _score(rng: random.Random, rating: Rating) -> tuple[float, float]:
    """A self score and share of tasks exceeded that fit a rating."""
    if rating is Rating.HTXSNV:
        return float(rng.randint(91, 96)), float(rng.choice((30, 35, 40, 50)))
    if rating is Rating.HTTNV:
        return float(rng.randint(75, 89)), float(rng.choice((0, 10, 15, 20)))
    if rating is Rating.HTNV:
        return float(rng.randint(55, 68)), 0.0
    return float(rng.randint(40, 48)), 0.0


def _plan(rng: random.Random, member_ids: list[int], disciplined: int | None, *,
          htnv_share: float, secretary: int) -> dict[int, Rating]:
    order = [m for m in member_ids if m != disciplined]
    rng.shuffle(order)
    # The secretary leads the list, so is never among the HTNV drawn from its end.
    order.sort(key=lambda m: m != secretary)
    n_excellent, n_htnv = round(_EXCELLENT_SHARE * len(order)), int(htnv_share * len(order))
    plan = {m: Rating.HTTNV for m in order}
    plan.update((m, Rating.HTXSNV) for m in order[:n_excellent])
    plan.update((m, Rating.HTNV) for m in order[len(order) - n_htnv:])
    if disciplined is not None:
        plan[disciplined] = Rating.KHTNV
    return plan


def _joined_in(facts: MemberFacts, year: int) -> date:
    """The day the member joined the branch in `year` (1 January if earlier)."""
    joins = [e.on for e in facts.events
             if e.kind in (K.ADMITTED, K.TRANSFERRED_IN) and e.on.year == year]
    return max(joins) if joins else date(year, 1, 1)


def add_demo(session: Session, branch: GeneratedBranch) -> None:
    ids = IdSource(session)
    facts = load_member_facts(session)
    by_id = {f.member_id: f for f in facts}
    superior = session.get(Branch, branch.branch_id).superior_committee
    rows: dict[type, list[dict]] = {Commitment: [], SelfReview: [], RatingStep: [], Discipline: []}
    for year in range(branch.first_year, branch.last_year + 1):
        rng = random.Random(f"chibo-demo-reviews-{year}")
        scope = review_scope(facts, year)
        reviewed = sorted(m for m, d in scope.items() if d.reviewed)
        disciplined = None
        if year == branch.last_year and reviewed and branch.last_day >= date(year, 3, 20):
            disciplined = rng.choice([m for m in reviewed if m != branch.secretary_id])
            rows[Discipline].append(dict(
                id=ids.take(Discipline), member_id=disciplined, form=DisciplineForm.REPRIMAND,
                decision_number=f"{rng.randint(10, 40):02d}-QĐ/ĐU", decided_on=date(year, 3, 18),
                issuing_body=superior, breaks_prohibitions=False,
                reason="Không thực hiện đúng quy định về đảng phí và nhiệm vụ đảng viên: không "
                       "đóng đảng phí sáu tháng liền, không thực hiện nhiệm vụ chi bộ phân công.",
            ))
        for member_id, decision in sorted(scope.items()):
            if decision.reason in (ScopeReason.EXEMPT, ScopeReason.SUSPENDED):
                continue
            signed = max(date(year, 1, 12), _joined_in(by_id[member_id], year))
            if signed > branch.last_day:
                continue
            rows[Commitment].append(dict(
                id=ids.take(Commitment), member_id=member_id, year=year,
                signed_on=signed, sections=dict(COMMITMENT_TEXTS),
            ))
        if branch.last_day < date(year, 11, 15):
            continue
        plan = _plan(rng, reviewed, disciplined, htnv_share=branch.style(year).htnv_share,
                     secretary=branch.secretary_id)
        year_over = branch.last_day >= date(year, 12, 31)
        for member_id in reviewed:
            rating = plan[member_id]
            score, exceeded = _score(rng, rating)
            own = rating
            if rating is Rating.HTTNV and rng.random() < 0.15:
                # Proposes excellent on 90+ points, but with too few tasks exceeded.
                score, exceeded, own = 91.0, 20.0, Rating.HTXSNV
            # Written between 15 and 25 November, and never after the demo's today.
            written = min(date(year, 11, rng.randint(15, 25)), branch.last_day)
            rows[SelfReview].append(dict(
                id=ids.take(SelfReview), member_id=member_id, year=year, written_on=written,
                sections={s.code: SELF_REVIEW_TEXTS[s.code] for s in SELF_REVIEW_TEXT_SECTIONS},
                self_score=score, tasks_exceeded_pct=exceeded,
            ))
            steps = [(ReviewStep.SELF, own, written, None)]
            if year_over:
                votes = (len(reviewed) - rng.randint(0, 3), rng.randint(0, 1), rng.randint(0, 1))
                steps += [(ReviewStep.BRANCH, rating, date(year, 12, 12), votes),
                          (ReviewStep.COMMITTEE, rating, date(year, 12, 16), None)]
                if branch.last_day >= date(year + 1, 1, 20):
                    steps.append((ReviewStep.SUPERIOR, rating, date(year + 1, 1, 20), None))
            for step, step_rating, on, votes in steps:
                v = votes or (None, None, None)
                rows[RatingStep].append(dict(
                    id=ids.take(RatingStep), member_id=member_id, year=year, step=step,
                    rating=step_rating, score=score if step is ReviewStep.SELF else None,
                    decided_on=on, votes_for=v[0], votes_against=v[1], abstentions=v[2], note="",
                ))
    for model, batch in rows.items():
        insert_rows(session, model, batch)

