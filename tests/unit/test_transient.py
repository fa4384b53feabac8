"""`transient_objects` pauses the cyclic collector for a read and always resumes it."""

from __future__ import annotations

import gc

import pytest

from desktop.services.speed import transient_objects


def test_pauses_and_resumes_even_on_error():
    assert gc.isenabled()
    with pytest.raises(ValueError):
        with transient_objects():
            assert not gc.isenabled()
            raise ValueError("boom")
    assert gc.isenabled()


def test_nested_use_resumes_only_at_the_outer_exit():
    with transient_objects():
        with transient_objects():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner use did not pause it, so it does not resume it
    assert gc.isenabled()


def test_leaves_a_collector_paused_by_someone_else_paused():
    gc.disable()
    try:
        with transient_objects():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
