"""Benchmark data: generated branch files (30/300/1,000 members × 1–20 years) and a superior
committee's set of signed packages from distinct branch keys, cached so reruns are fast.

    python -m desktop.devtools.bench_data            # builds everything the benchmarks use

Files are cached under `$CHIBO_BENCH_CACHE` (default: the system temp folder) in a folder named
after a hash of the schema and generator sources, so a schema change rebuilds them. A benchmark
that writes (export, import, the window) works on `working_copy()`, never on the cached file.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

LAST_YEAR = 2025
TODAY = date(LAST_YEAR, 12, 31)
SEED = 11
PASSPHRASE = "mat-khau-do-toc-do"  # the benchmark branch's signing key (a throwaway file)
PACKAGES = 4000
SIZES = ((30, 1), (300, 20), (1000, 20))

_SOURCES = ("store/models", "store/migrations/versions", "services/demo", "exchange",
            "services/package_export.py", "services/package_payload.py", "devtools/bench_data.py")


def _source_hash() -> str:
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for rel in _SOURCES:
        base = root / rel
        for file in sorted(base.rglob("*.py")) if base.is_dir() else [base]:
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def cache_dir() -> Path:
    base = Path(os.environ.get("CHIBO_BENCH_CACHE") or Path(tempfile.gettempdir()) / "chibo-bench")
    folder = base / _source_hash()
    if not folder.is_dir() and base.is_dir():  # the sources changed: drop outdated data (GBs)
        for old in base.iterdir():
            if old.is_dir() and len(old.name) == 12 and all(c in "0123456789abcdef" for c in old.name):
                shutil.rmtree(old, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _publish(partial: Path, final: Path) -> Path:
    partial.replace(final)  # a build cut short never leaves a file that looks finished
    return final


def branch_file(members: int, years: int, *, with_key: bool = False) -> Path:
    """A closed data file with one generated branch (reviews included), `years` years ending
    in 2025; `with_key` adds a signing key (passphrase `PASSPHRASE`) so it can export."""
    from desktop.clock import Clock
    from desktop.services.demo import STEPS
    from desktop.services.demo.generator import generate_branch
    from desktop.services.keys import KeyService
    from desktop.store.database import open_database, unit_of_work

    final = cache_dir() / f"branch-{members}x{years}{'-key' if with_key else ''}.sqlite"
    if final.exists():
        return final
    partial = final.with_name(final.stem + ".partial.sqlite")
    partial.unlink(missing_ok=True)
    db = open_database(partial, create=True, backup_dir=cache_dir() / "backups")
    try:
        with unit_of_work(db) as s:
            branch = generate_branch(s, members=members, years=years, last_year=LAST_YEAR,
                                     seed=SEED, today=TODAY)
            for step in STEPS:
                step(s, branch)
        if with_key:
            KeyService(db, clock=Clock.fixed(TODAY)).create_key(PASSPHRASE, "Bí thư chi bộ")
    finally:
        db.close()
    _check_single_file(partial)
    return _publish(partial, final)


def _check_single_file(path: Path) -> None:
    """Closing the last connection folds the WAL into the file; copies then need no sidecar."""
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists() and side.stat().st_size:
            raise RuntimeError(f"{side} left behind: the data file is not self-contained")
        side.unlink(missing_ok=True)
    Path(str(path) + ".lock").unlink(missing_ok=True)


def working_copy(path: Path, folder: Path) -> Path:
    """A copy the benchmark may change (lock, backups, exports) in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / path.name
    shutil.copyfile(path, target)
    return target


def year_package(members: int = 30, years: int = 1, year: int = LAST_YEAR) -> Path:
    """One real exported package of a generated branch (cached)."""
    from desktop.clock import Clock
    from desktop.services.package_export import PackageExportService

    final = cache_dir() / f"package-{members}x{years}-{year}.chibo.zip"
    if final.exists():
        return final
    with tempfile.TemporaryDirectory(dir=cache_dir()) as tmp:
        from desktop.store.database import open_database

        db = open_database(working_copy(branch_file(members, years, with_key=True), Path(tmp)),
                           backup_dir=Path(tmp) / "backups")
        try:
            out = Path(tmp) / "out"
            out.mkdir()
            result, _ = PackageExportService(db, clock=Clock.fixed(TODAY)).export(year, PASSPHRASE, out)
        finally:
            db.close()
        shutil.copyfile(result.path, final)
    return final


@dataclass(frozen=True)
class PackageSet:
    folder: Path  # the packages, one per branch
    inbox: Path  # a closed inbox data file that knows every branch and its key

    def paths(self) -> list[Path]:
        return sorted(self.folder.glob("*.chibo.zip"))


def package_set(count: int = PACKAGES) -> PackageSet:
    """`count` packages of distinct branches, each signed with its own Ed25519 key, built from
    the payload of a real 30-member export (manifest and result re-made for every branch), and
    an inbox file with every branch and key registered.

    The per-meeting minutes are left out (the three year reports stay): a real year package is
    ~3 MB, mostly ~95 KB of embedded fonts per minutes PDF, and 4,000 of them would be 12 GB on a
    shared benchmark machine. Verification cost is linear in bytes (hashes), so the benchmark
    reports it per package against a floor over the same bytes."""
    folder = cache_dir() / f"packages-{count}"
    inbox = cache_dir() / f"inbox-{count}.sqlite"
    if folder.is_dir() and inbox.exists():
        return PackageSet(folder, inbox)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    keys = _write_packages(year_package(), partial, count)
    _write_inbox(inbox, keys)
    shutil.rmtree(folder, ignore_errors=True)
    _publish(partial, folder)
    return PackageSet(folder, inbox)


def _write_packages(template: Path, folder: Path, count: int) -> list[tuple[str, str, str]]:
    """(code, name, public PEM) of every branch written."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.exchange import layout
    from desktop.exchange.build import build_package, json_bytes
    from desktop.exchange.keys import fingerprint_of, public_pem_of
    from desktop.exchange.verify import verify_package

    source = verify_package(template.read_bytes())
    if not source.valid:
        raise RuntimeError(f"template package invalid: {source.problems}")
    with zipfile.ZipFile(io.BytesIO(template.read_bytes())) as archive:
        payload = {n: archive.read(n) for n in archive.namelist()
                   if n not in layout.CONTROL_ENTRIES and not n.startswith("reports/bien-ban/")}
    created = datetime(LAST_YEAR + 1, 1, 10, 9, 0, tzinfo=timezone.utc)
    records = json.loads(payload["records.json"])
    branches = []
    for n in range(1, count + 1):
        key = Ed25519PrivateKey.generate()
        code, name = f"CB-{n:04d}", f"Chi bộ Tổ dân phố số {n}"
        manifest = dict(source.manifest, branch={"code": code, "name": name},
                        key_fingerprint=fingerprint_of(key.public_key()),
                        created_at=created.isoformat(timespec="seconds"))
        evaluation = _with_verdict(source.evaluation, reached=n % 4 != 0)  # a quarter fall short
        records["branch"].update(code=code, name=name)  # the documents agree (the verifier checks)
        files = dict(payload, **{"package.json": json_bytes(manifest),
                                 "evaluation.json": json_bytes(evaluation),
                                 "records.json": json_bytes(records)})
        (folder / f"{code}-{LAST_YEAR}-01.chibo.zip").write_bytes(build_package(files, key, created))
        branches.append((code, name, public_pem_of(key.public_key())))
    return branches


def _with_verdict(evaluation: dict, *, reached: bool) -> dict:
    """The template's evaluation with scores that reach the model (every component at full
    marks) or fall short on criterion 2 (its first component at 0), totals and verdicts
    following from them: the inbox works the verdict out again and refuses any other."""
    out = json.loads(json.dumps(evaluation))
    for veto in out["vetoes"]:
        veto.update(triggered=False, evidence=[])
    for i, criterion in enumerate(out["criteria"]):
        for j, part in enumerate(criterion["components"]):
            short = not reached and i == 1 and j == 0
            part.update(score=0 if short else part["max"], good=not short)
        criterion.update(score=sum(p["score"] for p in criterion["components"]), vetoed_by=[],
                         good=all(p["good"] for p in criterion["components"]))
    out.update(score=sum(c["score"] for c in out["criteria"]), four_good=reached)
    out["verdict"]["reached"] = reached
    return out


def _write_inbox(final: Path, branches: list[tuple[str, str, str]]) -> None:
    from desktop.exchange.keys import fingerprint_of, load_public_pem
    from desktop.services.inbox import KEY_VALID_FROM_DEFAULT
    from desktop.store.database import open_database, unit_of_work
    from desktop.store.models import Branch, InboxBranch, InboxKey

    partial = final.with_name(final.stem + ".partial.sqlite")
    partial.unlink(missing_ok=True)
    db = open_database(partial, create=True, backup_dir=cache_dir() / "backups")
    try:
        with unit_of_work(db) as s:  # one transaction: registering by hand is the UI's job
            s.add(Branch(name="Đảng ủy phường Ba Đình", code="DU-BD",
                         superior_committee="Quận ủy Ba Đình", place_name="Phường Ba Đình",
                         mode="inbox"))
            for code, name, pem in branches:
                row = InboxBranch(code=code, name=name)
                s.add(row)
                s.flush()
                s.add(InboxKey(branch_id=row.id, fingerprint=fingerprint_of(load_public_pem(pem)),
                               public_pem=pem, valid_from=KEY_VALID_FROM_DEFAULT))
    finally:
        db.close()
    _check_single_file(partial)
    _publish(partial, final)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the benchmark data files (cached).")
    parser.add_argument("--packages", type=int, default=PACKAGES)
    args = parser.parse_args(argv)
    for members, years in SIZES:
        print(f"{members}×{years}: {branch_file(members, years)}")
    print(f"package set: {package_set(args.packages).folder}")
    print(json.dumps({"cache": str(cache_dir())}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
