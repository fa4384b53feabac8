"""The core's refusals in English (issue 13, item 6, part 2): the meeting editor, backups, the
inbox, the signing keys, data files and the evaluation's verdict speak the reader's language;
Vietnamese stays the default."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from desktop.domain.enums import MeetingKind
from desktop.exchange.keys import KeyProblem, load_public_pem
from desktop.services.backups import BackupService
from desktop.services.errors import UserError
from desktop.services.inbox import InboxService
from desktop.services.meetings import MeetingInfo, MeetingService
from desktop.store.errors import DataFileError
from desktop.store.messages import data_file_message


def refusal(call) -> UserError:  # noqa: ANN001
    with pytest.raises(UserError) as caught:
        call()
    return caught.value


def test_a_meeting_refusal_in_both_languages(db, meetings_branch, clock):
    meetings = MeetingService(db, clock=clock)
    error = refusal(lambda: meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30))))
    assert error.render("vi") == "Hãy ghi cả giờ bắt đầu và giờ kết thúc."
    assert error.render("en") == "Write both the start and the end time."
    mid, _ = meetings.create(MeetingInfo(MeetingKind.REGULAR, date(2026, 3, 5), time(19, 30), time(21, 0)))
    error = refusal(lambda: meetings.set_attendance(mid, 9999, None))
    assert error.render("en") == "Member number 9999 is not on the attendance list of the meeting of 05/03/2026."


def test_a_backup_refusal_in_english(db, clock, tmp_path: Path):
    taken = tmp_path / "da-co.sqlite"
    taken.write_bytes(b"x")
    error = refusal(lambda: BackupService(db, clock=clock).make(out=taken))
    assert error.render("en").startswith(f"The file «{taken}» already exists")
    assert error.render("vi").startswith(f"Tệp «{taken}» đã tồn tại")


def test_an_inbox_and_a_key_refusal_in_english(db, clock):
    inbox = InboxService(db, clock=clock)
    error = refusal(lambda: inbox.register_branch("", "Chi bộ Tổ dân phố số 7"))
    assert error.render("en") == "Enter both the branch's code and its name."
    with pytest.raises(KeyProblem) as caught:
        load_public_pem(b"not a key")
    assert caught.value.message.render("en") == "The public key file cannot be read (it is not PEM)."


def test_a_data_file_problem_in_english(tmp_path: Path):
    empty = DataFileError(tmp_path / "rong.sqlite", "empty")
    assert data_file_message(empty, "en").startswith("The file «") and "is empty (0 bytes)" in data_file_message(empty, "en")
    assert "rỗng (0 byte)" in data_file_message(empty)


def test_the_evaluation_verdict_in_the_window_language(db, meetings_branch, clock):
    from desktop.services.evaluation import EvaluationService

    result = EvaluationService(db, clock=clock).evaluate(2026).result
    assert not result.reached  # an empty year: no meeting, no rating
    assert result.verdict.render("en").startswith(f"«{result.verdict_name}» not reached — criteri")
    assert result.verdict_text == result.verdict.render("vi") and result.verdict_text.startswith("Chưa đạt")
