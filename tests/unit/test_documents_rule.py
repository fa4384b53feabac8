"""The documents rule: sent ≥ N days before, posted ≤ M days after (defaults 1 and 2)."""

from __future__ import annotations

from datetime import date

from desktop.domain.documents_rule import (
    DocumentsRule,
    DocumentsVerdict as V,
    check_documents,
    posted_problem,
    posted_verdict,
    sent_verdict,
)

HELD = date(2026, 5, 20)
RULE = DocumentsRule()


def test_sent_edges():
    assert sent_verdict(HELD, date(2026, 5, 19), RULE) is V.OK  # exactly 1 day before
    assert sent_verdict(HELD, date(2026, 5, 10), RULE) is V.OK
    assert sent_verdict(HELD, HELD, RULE) is V.LATE  # the day itself
    assert sent_verdict(HELD, None, RULE) is V.MISSING
    assert sent_verdict(HELD, date(2026, 5, 19), DocumentsRule(sent_days_before=2)) is V.LATE


def test_posted_edges():
    assert posted_verdict(HELD, HELD, RULE) is V.OK
    assert posted_verdict(HELD, date(2026, 5, 22), RULE) is V.OK  # exactly 2 days after
    assert posted_verdict(HELD, date(2026, 5, 23), RULE) is V.LATE
    assert posted_verdict(HELD, date(2026, 5, 22), DocumentsRule(posted_within_days=1)) is V.LATE


def test_not_posted_is_pending_only_within_the_days():
    assert posted_verdict(HELD, None, RULE, today=HELD) is V.PENDING
    assert posted_verdict(HELD, None, RULE, today=date(2026, 5, 22)) is V.PENDING
    assert posted_verdict(HELD, None, RULE, today=date(2026, 5, 23)) is V.MISSING
    assert posted_verdict(HELD, None, RULE) is V.MISSING  # no today: the sheet's view


def test_check_both():
    c = check_documents(HELD, date(2026, 5, 18), None, RULE, today=date(2026, 6, 1))
    assert (c.sent, c.posted) == (V.OK, V.MISSING)
    assert (c.sent.value, c.posted.value) == ("ok", "missing")


def test_a_posting_day_must_lie_between_the_sitting_and_today():
    today = date(2026, 5, 25)
    assert posted_problem(HELD, None, today) is None
    assert posted_problem(HELD, HELD, today) is None and posted_problem(HELD, today, today) is None
    before = str(posted_problem(HELD, date(2026, 5, 19), today))
    assert "Cuộc họp ngày 20/05/2026" in before and "(19/05/2026) không thể trước ngày họp" in before
    assert "(26/05/2026) ở tương lai" in str(posted_problem(HELD, date(2026, 5, 26), today))
