"""Benchmark: the same work on an encrypted 300×20 file and on the plain one (issue 19's target:
within 1.3× of the plain file). Three rows, each with the plain file as the floor measured in
the same run:

- opening: `open_database` with the file's key (inspection with SQLite's quick check, lock,
  engine) and the overview the first page shows; the passphrase's scrypt (~0.4 s by design, once per
  opening, the price of a guess) is measured apart and named in the note;
- evaluating the year 2020 (EvaluationService), every page read through SQLCipher;
- saving: one unit of work that changes a member's notes and commits (synchronous=FULL).

    python -m tests.benchmarks --only encryption
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.table import Row, median_ms

MAX_RATIO = 1.3
YEAR = 2020
RUNS = 15
SAVE_RUNS = 101  # a save is ~1 ms: more runs keep the median steady
QUICK_RUNS, QUICK_SAVE_RUNS = 7, 41
PASSPHRASE = "cụm mật khẩu đo tốc độ của chi bộ"


def _encrypted_copy(plain: Path, folder: Path):  # noqa: ANN202 - (path, FileKey)
    from desktop.services.file_secrets import new_file_key
    from desktop.store.cipher import export_into, open_source

    key = new_file_key(PASSPHRASE)
    target = folder / "ma-hoa.sqlite"
    source = open_source(plain, None)
    try:
        export_into(source, target, key)
    finally:
        source.close()
    return target, key


def _open(path: Path, key, folder: Path, runs: int) -> float:  # noqa: ANN001
    from desktop.services.overview import OverviewService
    from desktop.store.database import open_database

    def once() -> None:
        db = open_database(path, backup_dir=folder / "backups", key=key.copy() if key else None)
        try:
            OverviewService(db).overview(date(YEAR, 12, 31))  # what the first page shows
        finally:
            db.close()

    return median_ms(once, runs)


def _work(path: Path, key, folder: Path, runs: int, save_runs: int) -> tuple[float, float]:  # noqa: ANN001
    from sqlalchemy import update

    from desktop.clock import Clock
    from desktop.services.evaluation import EvaluationService
    from desktop.store.database import open_database, unit_of_work
    from desktop.store.models import Member

    db = open_database(path, backup_dir=folder / "backups", key=key.copy() if key else None)
    try:
        as_of = date(YEAR, 12, 31)
        service = EvaluationService(db, clock=Clock.fixed(as_of))
        service.evaluate(YEAR, as_of)  # pins the year's rulebook (a write, once), warms caches
        evaluate = median_ms(lambda: service.evaluate(YEAR, as_of), runs)
        counter = iter(range(10**6))

        def save() -> None:
            with unit_of_work(db) as s:
                s.execute(update(Member).where(Member.id == 1).values(notes=f"Ghi chú {next(counter)}"))

        return evaluate, median_ms(save, save_runs)
    finally:
        db.close()


def rows(quick: bool = False) -> list[Row]:
    from desktop.devtools.bench_data import branch_file, working_copy
    from desktop.services.file_secrets import FileSecret

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain = working_copy(branch_file(300, 20), folder / "plain")
        encrypted, key = _encrypted_copy(plain, folder)
        started = time.perf_counter()
        FileSecret.passphrase(PASSPHRASE).key_for(encrypted).wipe()
        kdf_ms = (time.perf_counter() - started) * 1000
        runs, save_runs = (QUICK_RUNS, QUICK_SAVE_RUNS) if quick else (RUNS, SAVE_RUNS)
        open_plain = _open(plain, None, folder / "plain", runs)
        open_encrypted = _open(encrypted, key, folder, runs)
        evaluate_plain, save_plain = _work(plain, None, folder / "plain", runs, save_runs)
        evaluate_encrypted, save_encrypted = _work(encrypted, key, folder, runs, save_runs)
        size = encrypted.stat().st_size / 2**20
    return [
        Row("open the encrypted 300×20 file (key given)", open_encrypted, "ms", open_plain, "plain file",
            max_ratio=MAX_RATIO,
            note=f"{size:.1f} MB; the plain file runs SQLite's quick check, the encrypted one relies on "
                 f"its pages' HMAC (store/database.py `_whole`); plus the passphrase's scrypt once per "
                 f"opening: {kdf_ms:.0f} ms"),
        Row(f"evaluate {YEAR}, encrypted 300×20 file", evaluate_encrypted, "ms", evaluate_plain,
            "plain file", max_ratio=MAX_RATIO),
        Row("save a change, encrypted 300×20 file", save_encrypted, "ms", save_plain, "plain file",
            max_ratio=MAX_RATIO, note="one unit of work: UPDATE and COMMIT (synchronous=FULL)"),
    ]


if __name__ == "__main__":
    from tests.benchmarks.table import render

    print(render(rows()))
