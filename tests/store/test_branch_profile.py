"""The branch profile reads no clock: a file that records no term yet says so, and the form
(not the service) suggests one from the window's today."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.services.branch import BranchService
from desktop.services.branch_profile import BranchProfile
from desktop.services.errors import UserError
from desktop.store.database import unit_of_work
from desktop.store.models import Branch

PROFILE = BranchProfile("Chi bộ Tổ dân phố số 9", "CB-TDP09", "Đảng ủy phường Kim Mã",
                        "Phường Kim Mã", date(2025, 8, 1), date(2030, 7, 31))


def test_a_file_without_a_term_gives_a_profile_without_dates(db):
    with unit_of_work(db) as s:  # as a records import without a "terms" section leaves it
        s.add(Branch(name=PROFILE.name, code=PROFILE.code,
                     superior_committee=PROFILE.superior_committee, place_name=PROFILE.place_name))
    profile = BranchService(db).profile()
    assert (profile.name, profile.term_start, profile.term_end) == (PROFILE.name, None, None)


def test_a_profile_saved_without_term_dates_is_refused_naming_the_field(db):
    service = BranchService(db)
    with pytest.raises(UserError) as err:
        service.save_profile(replace(PROFILE, term_start=None))
    assert err.value.field == "term_start" and "nhiệm kỳ" in err.value.message
    assert err.value.render("en") == "Fill in the start and end dates of the branch's term of office."
    assert service.profile() is None  # nothing written
    service.save_profile(PROFILE)
    assert service.profile() == PROFILE
