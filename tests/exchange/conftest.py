"""A small valid package, built with a fresh key, for the verifier's tests."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cache

import pytest

from desktop.exchange.build import build_package, json_bytes
from desktop.exchange.keys import KeyPair, generate_key_pair, unlock_private_key
from desktop.exchange.trust import StaticTrust, TrustedKey
from tests.suite_day import SUITE_CLOCK

PASSPHRASE = "mật khẩu chi bộ"
CREATED = datetime(2026, 12, 20, 9, 30, tzinfo=timezone.utc)


@cache
def report_pdf() -> bytes:
    """A small real PDF (ReportLab, same bytes every run), its page text uncompressed."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, invariant=1, pageCompression=0)
    page.drawString(72, 760, "Bao cao tu danh gia nam 2026 - a report")
    page.showPage()
    page.save()
    return buffer.getvalue()


def component(code: str, title: str, kind: str, score: float, maximum: float) -> dict:
    return {"code": code, "title": title, "kind": kind, "score": score, "max": maximum,
            "good": score >= 0.9 * maximum, "missing": None}


def criterion(number: int, name: str, *components: dict) -> dict:
    score = sum(c["score"] for c in components)
    return {"number": number, "name": name, "score": score, "max": sum(c["max"] for c in components),
            "good": all(c["good"] for c in components), "vetoed_by": [], "components": list(components)}


def evaluation_document(rulebook: dict) -> dict:
    """A four-criteria self-evaluation whose verdict follows from its own scores."""
    criteria = [
        criterion(1, "Hoàn thành tốt nhiệm vụ chính trị",
                  component("1.1", "Cụ thể hóa nghị quyết của cấp trên", "manual", 5, 5),
                  component("1.2", "Tỷ lệ chỉ tiêu nghị quyết năm đạt và vượt", "auto", 10, 10)),
        criterion(2, "Chất lượng sinh hoạt tốt",
                  component("2.1", "Sinh hoạt thường kỳ đủ các tháng", "auto", 5, 5),
                  component("2.2", "Sinh hoạt chuyên đề mỗi quý", "auto", 4, 4)),
        criterion(3, "Đoàn kết tốt, kỷ luật tốt",
                  component("3.1", "Giữ nguyên tắc tập trung dân chủ", "manual", 7.5, 8),
                  component("3.3", "Không có đảng viên bị kỷ luật", "auto", 10, 10)),
        criterion(4, "Cán bộ tốt, đảng viên tốt",
                  component("4.1", "Đảng viên có bản cam kết năm", "auto", 5, 5)),
    ]
    return {
        "year": 2026,
        "rulebook": rulebook,
        "pass_rule": {"kind": "each_component", "threshold": 0.9},
        "model_name": "Chi bộ 4 tốt",
        "criteria": criteria,
        "vetoes": [{"code": "V3", "criterion": 3, "title": "Có đảng viên bị kỷ luật trong năm",
                    "triggered": False, "evidence": []}],
        "score": sum(c["score"] for c in criteria),
        "max": sum(c["max"] for c in criteria),
        "verdict": {"name": "Chi bộ 4 tốt", "reached": True},
        "four_good": True,
    }


def payload(fingerprint: str, *, seq: int = 1, code: str = "CB-TDP07") -> dict[str, bytes]:
    rulebook = {"name": "Mẫu 4 tốt", "version": "1", "sha256": "a" * 64}
    manifest = {
        "format_version": 1,
        "branch": {"code": code, "name": "Chi bộ Tổ dân phố số 7"},
        "superior_committee": "Đảng bộ phường Ba Đình",
        "year": 2026,
        "sequence": seq,
        "supersedes": None,
        "rulebook": rulebook,
        "app_version": "0.1.0",
        "created_at": CREATED.isoformat(),
        "key_fingerprint": fingerprint,
    }
    evaluation = evaluation_document(rulebook)
    records = {
        "year": 2026,
        "branch": {"code": code, "name": "Chi bộ Tổ dân phố số 7",
                   "superior_committee": "Đảng bộ phường Ba Đình"},
        "members": {"official": 25, "probationary": 3, "exempt": 2, "attached_elsewhere": 0},
        "meetings": [
            {"kind": "regular", "date": "2026-01-05", "duration_minutes": 105, "expected": 28,
             "present": 26, "excused": 2, "unexcused": 0, "attendance_rate": 0.9286,
             "quality": "tot", "number": "Số 01-BB/CB", "status": "adopted"}
        ],
        "ratings": [
            {"name": "Đặng Thị Ngọc Ánh", "self_rating": "HTTNV", "branch_rating": "HTTNV",
             "committee_rating": None, "final_rating": "HTTNV", "disciplined": False}
        ],
    }
    return {
        "package.json": json_bytes(manifest),
        "evaluation.json": json_bytes(evaluation),
        "records.json": json_bytes(records),
        "reports/tu-danh-gia.pdf": report_pdf(),
    }


@dataclass
class Signed:
    key: KeyPair
    data: bytes
    trust: StaticTrust


@pytest.fixture(scope="session")
def key() -> KeyPair:
    return generate_key_pair(PASSPHRASE)


@pytest.fixture(scope="session")
def signed(key: KeyPair) -> Signed:
    private = unlock_private_key(key.encrypted_private_pem, PASSPHRASE)
    data = build_package(payload(key.fingerprint), private, CREATED)
    trust = StaticTrust([TrustedKey("CB-TDP07", key.fingerprint, None, None, False)], {})
    return Signed(key, data, trust)


# --- a real package: the demo branch's year as the export service writes it ------------------
REAL_PASSPHRASE = "mật khẩu của chi bộ"
REAL_YEAR = 2025


@dataclass(repr=False)
class RealPackage:
    """The export of the demo branch's year (`full`), and the same package with its minutes
    left out (`data`: the three documents and the three year reports), re-signed with the
    export's own key: the fuzz tests mutate it thousands of times."""

    full: bytes
    data: bytes
    payload: dict[str, bytes]
    private: object  # Ed25519PrivateKey
    created: datetime
    fingerprint: str
    trust: StaticTrust

    def __repr__(self) -> str:  # hypothesis prints the arguments of a failing example
        return f"RealPackage({len(self.data):,} bytes, key {self.fingerprint})"

    def sign(self, payload: dict[str, bytes]) -> bytes:
        """`payload` signed with the export's key as the builder would, names unchecked."""
        import hashlib

        from desktop.exchange import layout
        from desktop.exchange.build import assemble
        from desktop.exchange.keys import public_pem_of

        sums = layout.sums_text({n: hashlib.sha256(b).hexdigest() for n, b in payload.items()})
        signer = public_pem_of(self.private.public_key()).encode("ascii")
        return assemble(payload, sums, self.private.sign(sums), signer, self.created)


@pytest.fixture(scope="session")
def real_package(tmp_path_factory) -> RealPackage:
    import json
    import zipfile
    from datetime import date

    from desktop.exchange import layout
    from desktop.exchange.dates import parse_datetime
    from desktop.services.demo import build_demo
    from desktop.services.keys import KeyService
    from desktop.clock import Clock
    from desktop.services.package_export import PackageExportService
    from desktop.store.database import open_database

    folder = tmp_path_factory.mktemp("real-package")
    today = date(REAL_YEAR + 1, 3, 1)
    db = open_database(folder / "chi bộ 7.sqlite", create=True)
    try:
        build_demo(db, REAL_YEAR, today=today)
        clock = Clock.fixed(today)
        KeyService(db, clock=clock).create_key(REAL_PASSPHRASE, "Nguyễn Hữu Quỳnh")
        out = folder / "usb"
        out.mkdir()
        result, _ = PackageExportService(db, clock=clock).export(REAL_YEAR, REAL_PASSPHRASE, out)
        info, private = KeyService(db, clock=clock).unlock(REAL_PASSPHRASE)
    finally:
        db.close()
    full = result.path.read_bytes()
    with zipfile.ZipFile(result.path) as archive:
        payload = {n: archive.read(n) for n in archive.namelist()
                   if n not in layout.CONTROL_ENTRIES and not n.startswith("reports/bien-ban/")}
    created = parse_datetime(json.loads(payload["package.json"])["created_at"])
    trust = StaticTrust([TrustedKey("CB-TDP07", info.fingerprint, None, None, False)], {})
    package = RealPackage(full, b"", payload, private, created, info.fingerprint, trust)
    package.data = package.sign(payload)
    return package


# --- packages of many branches, each with its own key, for the inbox ------------------------
@dataclass
class BranchKey:
    code: str
    name: str
    private: object  # Ed25519PrivateKey
    public_pem: bytes
    fingerprint: str

    def package(self, seq: int = 1, change=None, created: datetime = CREATED) -> bytes:  # noqa: ANN001
        """This branch's package; `change(documents)` may alter the parsed documents first."""
        import json

        from desktop.exchange.build import build_package, json_bytes

        files = payload(self.fingerprint, seq=seq, code=self.code)
        documents = {n: json.loads(files[n]) for n in ("package.json", "evaluation.json", "records.json")}
        for document in (documents["package.json"], documents["records.json"]):
            document["branch"]["name"] = self.name
        if change is not None:
            change(documents)
        files.update({n: json_bytes(d) for n, d in documents.items()})
        return build_package(files, self.private, created)


def branch_key(number: int) -> BranchKey:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.exchange.keys import fingerprint_of, public_pem_of

    private = Ed25519PrivateKey.generate()
    return BranchKey(f"CB-TDP{number:02d}", f"Chi bộ Tổ dân phố số {number}", private,
                     public_pem_of(private.public_key()).encode("ascii"), fingerprint_of(private.public_key()))


INBOX_COMMITTEE = "Đảng ủy phường Ba Đình"  # the packages above are addressed to "Đảng bộ phường Ba Đình"


def inbox_with(db, branches: list[BranchKey]):  # noqa: ANN001, ANN201
    """An inbox data file: the committee's profile, every branch and key registered."""
    from datetime import date

    from desktop.services.branch import BranchProfile, BranchService
    from desktop.services.inbox import InboxService

    BranchService(db).save_profile(BranchProfile(INBOX_COMMITTEE, "DU-BD", "Thành ủy Hà Nội", "Phường Ba Đình",
                                                 date(2025, 5, 1), date(2030, 4, 30), "inbox"))
    inbox = InboxService(db, clock=SUITE_CLOCK)
    for branch in branches:
        inbox.register_branch(branch.code, branch.name)
        inbox.add_key(branch.code, branch.public_pem, date(2025, 1, 1))
    return inbox
