"""Random mutations of a valid package are never accepted and never raise."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.verify import verify_package


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutations_are_never_accepted(signed, data):
    package = bytearray(signed.data)
    n = data.draw(st.integers(min_value=1, max_value=4))
    for _ in range(n):
        kind = data.draw(st.sampled_from(["flip", "set", "delete", "insert"]))
        at = data.draw(st.integers(min_value=0, max_value=len(package) - 1))
        if kind == "flip":
            package[at] ^= data.draw(st.integers(min_value=1, max_value=255))
        elif kind == "set":
            value = data.draw(st.integers(min_value=0, max_value=255))
            if package[at] == value:
                value ^= 0xFF
            package[at] = value
        elif kind == "delete":
            del package[at]
        else:
            package.insert(at, data.draw(st.integers(min_value=0, max_value=255)))
    if bytes(package) == signed.data:
        return
    result = verify_package(bytes(package), trust=signed.trust)
    assert not result.valid
