"""Keys, verification and the inbox: `keys init|show|backup`, `verify`, `inbox ...`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.commands.context import BRANCH_FILE, INBOX_FILE, CommandContext
from desktop.domain.numbers import grouped
from desktop.exchange.trust import TrustFolderError, load_trust_folder
from desktop.exchange.verify import verify_file
from desktop.services.backups import BackupService
from desktop.services.branch import BranchProfile, BranchService
from desktop.services.errors import UserError
from desktop.services.inbox import InboxService, summary_sentence
from desktop.services.keys import KeyService
from desktop.services.package_export import PackageExportService
from desktop.wording import DEFAULT_LANGUAGE, render, say


def read_passphrase(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserError(say("cli.passphrase_unreadable", path=path, reason=exc.strerror)) from exc
    return text.rstrip("\r\n")


def register(sub: argparse._SubParsersAction) -> None:
    keys = sub.add_parser("keys", help="khóa ký của chi bộ")
    keys.set_defaults(file_kind=BRANCH_FILE)
    ksub = keys.add_subparsers(dest="keys_command", required=True, metavar="LỆNH")
    init = ksub.add_parser("init", help="tạo khóa ký mới (khóa cũ được giữ để kiểm tra gói cũ)")
    init.add_argument("--passphrase-file", required=True, metavar="P",
                      help="tệp chứa cụm mật khẩu bảo vệ khóa ký")
    init.add_argument("--holder", default="", help="họ tên người giữ khóa (bí thư)")
    init.set_defaults(run=_keys_init)
    show = ksub.add_parser("show", help="xem dấu vân tay khóa đang dùng")
    show.add_argument("--json", action="store_true", help="in JSON")
    show.set_defaults(run=_keys_show)
    backup = ksub.add_parser("backup", help="sao lưu khóa (vẫn mã hóa) ra tệp")
    backup.add_argument("--out", required=True, help="tệp ghi bản sao khóa ký (đã mã hóa)")
    backup.set_defaults(run=_keys_backup)
    pub = ksub.add_parser("public", help="ghi khóa công khai (signer.pem) ra tệp")
    pub.add_argument("--out", required=True, help="tệp ghi khóa công khai, gửi cho cấp trên")
    pub.set_defaults(run=_keys_public)

    export = sub.add_parser("export", help="đóng gói, ký và ghi hồ sơ năm gửi cấp trên")
    export.set_defaults(file_kind=BRANCH_FILE)
    export.add_argument("--year", type=int, required=True, help="năm của hồ sơ")
    export.add_argument("--out", required=True, metavar="DIR", help="thư mục ghi gói (ví dụ USB)")
    export.add_argument("--passphrase-file", required=True, metavar="P",
                        help="tệp chứa cụm mật khẩu của khóa ký")
    export.add_argument("--check", action="store_true", help="chỉ liệt kê những việc còn thiếu")
    export.set_defaults(run=_export)

    verify = sub.add_parser("verify", help="kiểm tra gói hồ sơ (không cần tệp dữ liệu)")
    verify.add_argument("packages", nargs="+", metavar="PKG", help="một hay nhiều gói hồ sơ (.zip)")
    verify.add_argument("--trust", metavar="DIR", help="thư mục có trust.json và các khóa đã đăng ký")
    verify.add_argument("--json", action="store_true", help="in JSON")
    verify.set_defaults(run=_verify)

    inbox = sub.add_parser("inbox", help="hộp thư của cấp ủy cấp trên")
    inbox.set_defaults(file_kind=INBOX_FILE)
    isub = inbox.add_subparsers(dest="inbox_command", required=True, metavar="LỆNH")
    init = isub.add_parser("init", help="tạo tệp dữ liệu của cấp ủy cấp trên (hộp thư)")
    init.add_argument("--name", required=True, help="tên cấp ủy, ví dụ «Đảng ủy phường Ba Đình»")
    init.add_argument("--code", required=True, help="mã của cấp ủy")
    init.add_argument("--superior", required=True, help="cấp ủy cấp trên của cấp ủy này")
    init.add_argument("--place", required=True, help="địa danh ghi trên văn bản")
    init.set_defaults(run=_inbox_init, file_kind=None)  # it makes the file
    reg = isub.add_parser("register", help="đăng ký chi bộ và khóa công khai của chi bộ")
    reg.add_argument("--code", required=True, help="mã chi bộ")
    reg.add_argument("--name", required=True, help="tên chi bộ")
    reg.add_argument("--key", metavar="signer.pem", help="khóa công khai của chi bộ")
    reg.add_argument("--valid-from", type=date.fromisoformat, default=date(2000, 1, 1), metavar="YYYY-MM-DD",
                     help="khóa có hiệu lực từ ngày (mặc định: 2000-01-01)")
    reg.set_defaults(run=_inbox_register)
    imp = isub.add_parser("import", help="nhận một gói hoặc cả thư mục gói")
    imp.add_argument("source", metavar="DIR", help="thư mục chứa các gói hồ sơ, hoặc một gói")
    imp.add_argument("--json", action="store_true", help="in JSON")
    imp.set_defaults(run=_inbox_import)
    summ = isub.add_parser("summary", help="tổng hợp kết quả các chi bộ")
    summ.add_argument("--year", type=int, required=True, help="năm của các gói hồ sơ")
    summ.add_argument("--json", action="store_true", help="in JSON")
    summ.set_defaults(run=_inbox_summary)


def _keys_init(args: argparse.Namespace, ctx: CommandContext) -> int:
    info, _ = KeyService(ctx.database(), clock=ctx.clock).create_key(read_passphrase(args.passphrase_file), args.holder)
    print(f"Đã tạo khóa ký. Dấu vân tay: {info.fingerprint}")
    return 0


def _keys_show(args: argparse.Namespace, ctx: CommandContext) -> int:
    keys = KeyService(ctx.database(), clock=ctx.clock).keys()
    if args.json:
        ctx.print_json(
            [{"fingerprint": k.fingerprint, "holder": k.holder_name, "created_at": k.created_at.isoformat(),
              "active": k.active, "public_pem": k.public_pem} for k in keys]
        )
        return 0
    if not keys:
        print(say("cli.no_key").render(ctx.lang))
        return 1
    for k in keys:
        state = "đang dùng" if k.active else f"đã thay ngày {k.retired_at:%d/%m/%Y}"
        print(f"{k.fingerprint}  {k.holder_name or '-'}  tạo ngày {k.created_at:%d/%m/%Y}  ({state})")
    return 0


def _keys_backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = KeyService(ctx.database(), clock=ctx.clock).backup_private_key(Path(args.out))
    print(f"Đã sao lưu khóa (đã mã hóa bằng mật khẩu) vào {path}")
    return 0


def _keys_public(args: argparse.Namespace, ctx: CommandContext) -> int:
    path = KeyService(ctx.database(), clock=ctx.clock).public_key_file(Path(args.out))
    print(f"Đã ghi khóa công khai vào {path}")
    return 0


def _export(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = PackageExportService(ctx.database(), clock=ctx.clock)
    missing = service.completeness(args.year)
    for item in missing:
        print(say("cli.missing_item", item=render(item.message, ctx.lang)).render(ctx.lang), file=sys.stderr)
    if args.check:
        return 0 if not missing else 1
    result, _ = service.export(args.year, read_passphrase(args.passphrase_file), Path(args.out))
    print(result.path)
    exported = say("cli.exported", sequence=result.sequence, size=grouped(result.size), fingerprint=result.fingerprint)
    if result.supersedes:
        exported = say("cli.exported_superseding", exported=exported, previous=result.supersedes[:12])
    print(exported.render(ctx.lang), file=sys.stderr)
    return 0


EXIT_PASSED, EXIT_REFUSED, EXIT_INTERNAL = 0, 1, 3


def _verify(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Exit 0 when every package passed, 1 when one is refused (failed or indeterminate), 3 when
    the check itself broke on one (an internal error: the package has no verdict)."""
    trust = None
    if args.trust:
        try:
            trust = load_trust_folder(Path(args.trust))
        except TrustFolderError as exc:
            raise UserError(exc.message) from exc
    lang = args.lang or DEFAULT_LANGUAGE
    # Each file is read against the size cap, and one that cannot be read is refused like any
    # other; the file's own digest is printed (e.g. to compare with `sha256sum`).
    results = [verify_file(Path(name), file=name, trust=trust) for name in args.packages]
    if args.json:
        ctx.print_json([r.as_json(lang) for r in results])
    else:
        for r in results:
            verdict = say(f"exchange.{r.indication}")
            if r.valid:
                print(say("exchange.verified_line", verdict=verdict, file=r.file,
                          branch=r.manifest["branch"]["name"], code=r.branch_code, year=r.year, seq=r.seq,
                          fingerprint=r.fingerprint).render(lang))
                for w in r.warnings:
                    print(say("exchange.note_line", text=w.text).render(lang))
            else:
                print(say("exchange.refused_line", verdict=verdict, file=r.file).render(lang))
                for p in r.problems:
                    print(say("exchange.reason_line", text=p.text).render(lang))
    if any(r.internal_error for r in results):
        return EXIT_INTERNAL
    return EXIT_PASSED if all(r.valid for r in results) else EXIT_REFUSED


def _inbox_init(args: argparse.Namespace, ctx: CommandContext) -> int:
    if ctx.db_path.exists():
        raise UserError(say("cli.inbox_file_exists", path=ctx.db_path))
    today = ctx.clock.today()
    profile = BranchProfile(args.name, args.code, args.superior, args.place,
                            date(today.year, 1, 1), date(today.year + 5, 12, 31), "inbox")
    BranchService(ctx.database(create=True)).save_profile(profile)
    print(f"Đã tạo hộp thư của {args.name} trong {ctx.db_path}.")
    return 0


def _inbox_register(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = InboxService(ctx.database(), clock=ctx.clock)
    pem = None
    if args.key:  # read and checked before anything is registered
        try:
            pem = Path(args.key).read_bytes()
        except OSError as exc:
            raise UserError(say("cli.key_unreadable", path=args.key, reason=exc.strerror)) from exc
        service.check_key(pem)
    service.register_branch(args.code, args.name)
    print(f"Đã đăng ký chi bộ {args.name} ({args.code}).")
    if pem is not None:
        fingerprint, _ = service.add_key(args.code, pem, args.valid_from)
        print(f"Đã đăng ký khóa. Dấu vân tay: {fingerprint} — đối chiếu với phiếu đăng ký giấy.")
    return 0


def _inbox_import(args: argparse.Namespace, ctx: CommandContext) -> int:
    """Every file is taken on its own: a refused or unreadable one is listed with its reasons and
    the others are received. Exit 1 when one was refused."""
    lang = args.lang or DEFAULT_LANGUAGE
    source = Path(args.source)
    if source.is_dir():
        paths = sorted(p for p in source.iterdir() if p.is_file() and p.suffix.lower() == ".zip")
    elif source.exists():
        paths = [source]
    else:
        raise UserError(say("inbox.not_found", path=source))
    db = ctx.database()
    report, _ = InboxService(db, BackupService(db, clock=ctx.clock), clock=ctx.clock).import_packages(paths)
    if args.json:
        ctx.print_json(
            [
                {"file": o.file, "accepted": o.accepted, "duplicate": o.duplicate, "problems": list(o.problems),
                 "reasons": list(o.codes),
                 **({k: v for k, v in o.verification.as_json().items()
                     if k in ("branch", "year", "seq", "four_good", "model_name")}
                    if o.verification else {})}
                for o in report.outcomes
            ]
        )
    else:
        if report.backup is not None:
            print(say("inbox.backup", path=report.backup).render(lang), file=sys.stderr)
        for o in report.outcomes:
            mark = say("inbox.accepted" if o.accepted else "inbox.duplicate" if o.duplicate else "inbox.refused")
            if o.accepted:
                print(say("inbox.outcome_line", mark=mark, file=o.file).render(lang))
            else:
                print(say("inbox.outcome_reasons", mark=mark, file=o.file, reasons="; ".join(o.problems)).render(lang))
        print(say("inbox.totals", accepted=report.accepted, refused=report.rejected,
                  files=len(report.outcomes)).render(lang))
    return 0 if report.rejected == 0 else 1


def _inbox_summary(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = InboxService(ctx.database(), clock=ctx.clock)
    results = service.results(args.year)
    registered = len(service.branches())
    if args.json:
        models = sorted({r.model_name for r in results})
        ctx.print_json(
            {"year": args.year, "registered": registered, "received": len(results),
             "four_good": sum(1 for r in results if r.four_good),
             "models": [{"name": m, "received": sum(1 for r in results if r.model_name == m),
                         "reached": sum(1 for r in results if r.model_name == m and r.four_good)}
                        for m in models],
             "branches": [{"code": r.code, "name": r.name, "seq": r.seq, "four_good": r.four_good,
                           "model_name": r.model_name,
                           "criteria": [{"number": c.number, "name": c.name, "score": c.score, "max": c.max,
                                         "good": c.good} for c in r.criteria]} for r in results]}
        )
        return 0
    print(summary_sentence(results, registered, args.lang or DEFAULT_LANGUAGE))
    for r in results:
        line = say("inbox.branch_reached" if r.four_good else "inbox.branch_not_reached",
                   code=r.code, name=r.name, model=r.model_name)
        print(line.render(args.lang or DEFAULT_LANGUAGE))
    return 0
