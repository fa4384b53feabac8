"""Demo step: the annual resolution's targets (component 1.2), the admission target (4.5) and the
committee's scores for every manual component of the year's rulebook, for every demo year.

Targets are those of a residential group's annual resolution; in a finished year all are met but
as many as the year's style misses (one in an ordinary year, none in the showcase year, whose
admission target is exactly what was admitted). In a year still under way only the results
reported so far are entered. Manual scores are near the maximum, each with a written
justification, entered by the secretary.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timezone

from sqlalchemy.orm import Session

from desktop.services.demo.generator import GeneratedBranch
from desktop.services.demo.rows import IdSource, insert_rows
from desktop.services.evaluation_load import load_admissions
from desktop.services.rulebook_files import default_rulebook_path, load_rulebook_file
from desktop.store.models import ManualScore, Member, YearSetting, YearTarget

# (title, unit, planned, achieved when met); one of them is missed each year.
_TARGETS = (
    ("Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", "%", 95.0, 96.5),
    ("Tỷ lệ thu quỹ, đóng góp xây dựng khu dân cư", "%", 100.0, 100.0),
    ("Đảng viên tham gia đầy đủ sinh hoạt tổ dân phố", "%", 90.0, 94.0),
    ("Không có tụ điểm tệ nạn xã hội trên địa bàn", "tụ điểm", 0.0, 0.0),
    ("Số buổi ra quân vệ sinh môi trường, phòng chống sốt xuất huyết", "buổi", 12.0, 14.0),
    ("Hộ nghèo được hỗ trợ thoát nghèo", "hộ", 2.0, 2.0),
)
# Which one is missed, with what was achieved: the "Không có tụ điểm" target cannot be missed
# by a smaller value, so it is never the missed one.
_MISSABLE = (0, 2, 4, 5)

# Manual components of the shipped sample: one line of justification per component; one of
# those worth 5 points or more is scored half a point below its maximum each year, with the
# reason (still ≥ 90 %, so the committee's scores never decide the verdict).
_JUSTIFICATIONS = {
    "1.1": "Chi bộ ban hành chương trình công tác năm và kế hoạch thực hiện nghị quyết của Đảng ủy phường "
           "trong tháng 1; các chỉ thị mới được đưa vào nghị quyết tháng kế tiếp.",
    "1.3": "Chi bộ tổ chức học tập chuyên đề năm về tư tưởng, đạo đức, phong cách Hồ Chí Minh; "
           "đảng viên đăng ký việc làm theo gương Bác và được nhận xét cuối năm.",
    "1.4": "Chi ủy kiểm tra 2 đảng viên theo kế hoạch, giám sát việc chấp hành quy định nơi cư trú; "
           "các kiến nghị của nhân dân được giải quyết tại tổ, không có khiếu kiện vượt cấp.",
    "3.1": "Nghị quyết được thảo luận dân chủ và biểu quyết; chi ủy làm việc theo quy chế, "
           "phân công rõ người, rõ việc.",
    "3.2": "Nội bộ đoàn kết; không có đơn thư khiếu nại, tố cáo vượt cấp.",
    "4.4": "Đảng viên gương mẫu tham gia các phong trào của tổ dân phố; gia đình đảng viên chấp hành "
           "tốt quy định nơi cư trú.",
}
_BELOW_MAX = {
    "1.1": "Kế hoạch thực hiện một chỉ thị của cấp trên ban hành chậm một tháng.",
    "1.4": "Việc kiểm tra một đảng viên hoàn thành chậm so với kế hoạch.",
    "3.1": "Có một kỳ sinh hoạt chưa thông qua dự thảo nghị quyết trước khi biểu quyết.",
}


def add_demo(session: Session, branch: GeneratedBranch) -> None:
    ids = IdSource(session)
    rulebook = load_rulebook_file(default_rulebook_path()).rulebook
    manual = [c for c in rulebook.components if c.auto is None]
    secretary = session.get(Member, branch.secretary_id).full_name
    targets, scores = [], []
    for year in range(branch.first_year, branch.last_year + 1):
        rng = random.Random(f"chibo-demo-evaluation-{year}")
        closed = branch.last_day >= date(year, 12, 31)
        style = branch.style(year)
        missed = set(rng.sample(_MISSABLE, style.targets_missed))
        for position, (title, unit, planned, achieved) in enumerate(_TARGETS, start=1):
            if position - 1 in missed:
                achieved = round(planned * rng.uniform(0.8, 0.95), 1) if planned else planned
            # A year under way: results are reported at the year-end review, except the few
            # the branch follows month by month.
            if not closed and position not in (2, 4):
                achieved = None
            targets.append(dict(id=ids.take(YearTarget), year=year, position=position, title=title,
                                unit=unit, planned=planned, achieved=achieved))
        admitted = len(load_admissions(session, year))
        # A finished year asks for what it admitted (at least one, unless nobody was admitted in
        # the showcase year, whose resolution then set no admission target).
        target = (admitted if style.targets_missed == 0 else max(admitted, 1)) if closed else 2
        session.merge(YearSetting(year=year, admission_target=target))
        below = rng.choice(sorted(_BELOW_MAX))
        entered_at = datetime.combine(min(branch.last_day, date(year, 12, 20)), datetime.min.time(),
                                      tzinfo=timezone.utc).replace(hour=2)  # 9:00 in Hà Nội
        for comp in manual:
            text = _JUSTIFICATIONS.get(comp.code, "Chi ủy đánh giá đạt yêu cầu.")
            score = comp.max
            if comp.code == below:
                score, text = comp.max - 0.5, f"{text} {_BELOW_MAX[below]}"
            scores.append(dict(id=ids.take(ManualScore), year=year, component_code=comp.code, score=score,
                               justification=text, entered_by=secretary, entered_at=entered_at))
    insert_rows(session, YearTarget, targets)
    insert_rows(session, ManualScore, scores)
