"""A package file is read against the size cap, never whole first: a 3 GiB file is refused
before it is read, an endless device at the cap; a file that cannot be read is a refusal."""

from __future__ import annotations

import hashlib
import os
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from desktop.exchange.source import read_package_file
from desktop.exchange.verify import verify_file
from desktop.exchange.zipread import Limits, Refused

GIB = 1024**3


def refusal(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(Refused) as caught:
        read_package_file(path, limits)
    return caught.value.problem.code


def test_a_package_is_read_whole_with_its_digest(real_package, tmp_path):
    path = tmp_path / "CB-TDP07-2025-01.chibo.zip"
    path.write_bytes(real_package.full)
    source = read_package_file(path)
    assert source.data == real_package.full
    assert source.sha256 == hashlib.sha256(real_package.full).hexdigest()


def test_a_3_gib_file_is_refused_without_being_read(tmp_path):
    sparse = tmp_path / "lon.chibo.zip"
    with open(sparse, "wb") as fh:
        fh.truncate(3 * GIB)  # a sparse file: 3 GiB long, nothing on the disk
    tracemalloc.start()
    started = time.perf_counter()
    try:
        result = verify_file(sparse)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.problems[0].code == "package_too_large" and result.indication == "indeterminate"
    assert "3.221.225.472 byte" in result.problems[0].message  # grouped as the window groups numbers
    assert peak < 1024 * 1024, peak  # not one piece of it was read
    assert time.perf_counter() - started < 5


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_device_is_refused_at_the_cap():
    # /dev/zero says it is empty and never ends: only the reading's own count stops it.
    limits = Limits(package_bytes=3 * 1024 * 1024)
    assert refusal(Path("/dev/zero"), limits) == "package_too_large"


def test_a_file_just_at_the_cap_is_read_and_one_byte_more_is_not(tmp_path):
    path = tmp_path / "goi.zip"
    path.write_bytes(b"x" * 1000)
    assert len(read_package_file(path, Limits(package_bytes=1000)).data) == 1000
    assert refusal(path, Limits(package_bytes=999)) == "package_too_large"


def test_a_missing_file_or_a_folder_is_a_named_refusal(tmp_path):
    assert refusal(tmp_path / "không có.zip") == "file_not_found"
    assert refusal(tmp_path) == "not_a_file"
    result = verify_file(tmp_path / "không có.zip", file="không có.zip")
    assert (result.file, result.indication, result.problems[0].message) == (
        "không có.zip", "indeterminate", "Không có tệp này.")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="file modes; root reads anything")
def test_a_file_that_may_not_be_read_is_a_named_refusal(tmp_path):
    path = tmp_path / "khoa.zip"
    path.write_bytes(b"PK")
    path.chmod(0)
    try:
        assert refusal(path) == "unreadable_file"
    finally:
        path.chmod(0o644)
