"""`chibo --db F backup [--out FILE]`, `chibo --db F restore FILE`, `chibo --db F check [--json]
[--repair]`. `check` reads the file read-only without migrating it, so a file too damaged to open
can still be checked; it exits 0 when clean, 1 when problems were found.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands.context import CommandContext
from desktop.services.backups import BackupService
from desktop.services.data_check import CheckReport, DataCheckService, check_path
from desktop.services.file_secrets import FileSecret, secret_from
from desktop.services.restore import (
    RestoreService,
    restore_into_new_file,
    restore_over_unopenable,
)
from desktop.store.database import DataFileError
from desktop.wording import say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="sao lưu tệp dữ liệu (qua cơ chế sao lưu trực tuyến của SQLite)")
    p.add_argument("--out", metavar="FILE", help="ghi bản sao lưu vào tệp này (không ghi đè)")
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help="khôi phục dữ liệu từ một bản sao lưu (tệp hiện tại được sao lưu trước)")
    p.add_argument("file", metavar="FILE", help="tệp sao lưu")
    p.add_argument("--backup-passphrase-file", metavar="P",
                   help="cụm mật khẩu của bản sao lưu, nếu nó được làm trước khi đổi cụm mật khẩu")
    p.add_argument("--backup-recovery-code-file", metavar="R",
                   help="mã khôi phục của bản sao lưu, nếu nó được làm trước khi đổi cụm mật khẩu")
    p.set_defaults(run=run_restore)

    p = sub.add_parser("check", help="kiểm tra dữ liệu: cấu trúc tệp, tham chiếu và các ràng buộc nghiệp vụ")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--repair", action="store_true",
                   help="sửa các lỗi sửa được an toàn (tệp được chép ra một bản trước khi sửa)")
    p.set_defaults(run=run_check)


def _size(path: Path) -> str:
    return f"{path.stat().st_size / 1024:.0f} KB"


def run_backup(args: argparse.Namespace, ctx: CommandContext) -> int:
    service = BackupService(ctx.database(), clock=ctx.clock)
    result = service.make("manual", out=Path(args.out) if args.out else None)
    print(f"Đã sao lưu vào «{result.path}» ({_size(result.path)}).")
    for copy in result.copies:
        print(f"Đã chép thêm vào «{copy}».")
    if result.deleted:
        print(f"Đã xóa {len(result.deleted)} bản sao lưu cũ theo lịch giữ bản sao lưu.")
    for failure in result.copy_failures:
        print(f"Cảnh báo: {failure}")
    return 0


def _backup_secret(args: argparse.Namespace) -> FileSecret | None:
    """The secret of a backup made under another passphrase (its own options, no environment)."""
    return secret_from(args.backup_passphrase_file, args.backup_recovery_code_file, environ={})


def run_restore(args: argparse.Namespace, ctx: CommandContext) -> int:
    backup = Path(args.file)
    # Without a file to open, the backup is read with its own secret, else with the file's.
    own = _backup_secret(args)
    if not ctx.db_path.exists():
        restore_into_new_file(backup, ctx.db_path, own or ctx.secret())  # makes the folder too
        print(f"Đã tạo tệp dữ liệu «{ctx.db_path}» từ bản sao lưu «{backup}».")
        return 0
    try:
        db = ctx.database()
    except DataFileError as exc:
        if exc.reason not in ("damaged", "empty", "encrypted_damaged", "encrypted_truncated"):
            raise  # a file that is not ours (or whose key is wrong) is never replaced
        kept = restore_over_unopenable(backup, ctx.db_path, ctx.clock.now(), own or ctx.secret())
        print(f"Tệp «{ctx.db_path}» bị hỏng nên không mở được; bản sao nguyên trạng của nó được "
              f"giữ tại «{kept}».")
        print(f"Đã khôi phục «{ctx.db_path}» từ bản sao lưu «{backup}».")
        return 0
    backups = BackupService(db, clock=ctx.clock)
    result = RestoreService(db, backups, clock=ctx.clock).restore(backup, own)
    result.database.close()
    print(f"Đã khôi phục «{ctx.db_path}» từ bản sao lưu «{backup}».")
    print(f"Dữ liệu trước khi khôi phục được giữ tại «{result.safety_copy}».")
    return 0


def print_report(report: CheckReport, lang: str = "vi") -> None:
    """The findings are what the user must act on, so the whole report speaks `lang`."""
    def line(key: str, **values: object) -> None:
        print(say(f"data_check.{key}", **values).render(lang))

    if report.ok:
        line("cli_ok", path=report.path)
        return
    line("cli_found", path=report.path, count=len(report.findings))
    for n, finding in enumerate(report.findings, 1):
        where = say("data_check.cli_storage" if finding.source == "storage" else "data_check.cli_records")
        line("cli_finding", n=n, where=where, problem=finding.text)
        if finding.repair_text is not None:
            line("cli_repair", repair=finding.repair_text)
    if report.damaged_copy:
        line("cli_damaged_copy", copy=report.damaged_copy)
    if report.repairable:
        line("cli_repairable", count=report.repairable)


def run_check(args: argparse.Namespace, ctx: CommandContext) -> int:
    if args.repair:
        result = DataCheckService(ctx.database(), clock=ctx.clock).repair()
        if not args.json:
            print(f"Đã chép tệp ra «{result.damaged_copy}» rồi sửa {result.repaired} vấn đề.")
        report = result.after
    else:
        report = check_path(ctx.db_path, ctx.clock.now(), ctx.file_key())
    if args.json:
        ctx.print_json(report.as_json(ctx.lang))
    else:
        print_report(report, ctx.lang)
    return 0 if report.ok else 1
