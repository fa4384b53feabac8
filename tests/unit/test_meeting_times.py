from datetime import time

from desktop.domain.meeting_times import duration_minutes, times_problem


def test_a_sitting_is_counted_within_its_day():
    assert duration_minutes(time(19, 30), time(21, 15)) == 105
    assert duration_minutes(None, time(21, 15)) is None
    # an end before the start is a typing slip, not 23 hours of sitting with full marks
    assert duration_minutes(time(8, 0), time(7, 30)) is None
    assert duration_minutes(time(8, 0), time(8, 0)) is None


def test_times_that_cannot_stand_together_are_named():
    assert times_problem(None, None) is None
    assert times_problem(time(19, 30), time(21, 0)) is None
    assert "cả giờ bắt đầu và giờ kết thúc" in str(times_problem(time(19, 30), None))
    order = times_problem(time(8, 0), time(7, 30))
    assert str(order) == ("Giờ kết thúc 07:30 phải sau giờ bắt đầu 08:00: buổi họp bắt đầu và kết thúc "
                          "trong cùng một ngày.")
    assert order.render("en").startswith("The end time 07:30 must be after the start time 08:00")
