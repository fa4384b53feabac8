"""`chibo --db F encrypt [--sheet FILE.pdf]`, `chibo --db F decrypt --out NEW`,
`chibo --db F change-passphrase --new-passphrase-file P2 [--sheet FILE.pdf]`,
`chibo --db F recovery-sheet --out FILE.pdf`.

The passphrase of the file (the new one for `encrypt`, the current one otherwise) comes from
`--passphrase-file P` or CHIBO_PASSPHRASE, given before the command; the current one may be the
recovery code (`--recovery-code-file R`). The recovery code is printed on stdout and, with
`--sheet`, written as the one-page recovery sheet to print and keep sealed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands.context import CommandContext
from desktop.services.backups import BackupService
from desktop.services.encryption import EncryptionService
from desktop.services.errors import UserError
from desktop.services.file_secrets import PASSPHRASE_ENV, read_secret_file
from desktop.wording import render, say


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("encrypt", help="mã hóa tệp dữ liệu (cụm mật khẩu mới: --passphrase-file P "
                                       "hoặc CHIBO_PASSPHRASE, đặt trước lệnh)")
    p.add_argument("--sheet", type=Path, metavar="FILE.pdf", help="ghi phiếu khôi phục (PDF) ra tệp này")
    p.set_defaults(run=run_encrypt)

    p = sub.add_parser("decrypt", help="chép tệp đã mã hóa ra một tệp mới KHÔNG mã hóa")
    p.add_argument("--out", type=Path, required=True, metavar="NEW", help="tệp mới sẽ ghi")
    p.set_defaults(run=run_decrypt)

    p = sub.add_parser("change-passphrase", help="đổi cụm mật khẩu của tệp đã mã hóa (sao lưu trước)")
    p.add_argument("--new-passphrase-file", required=True, metavar="P2",
                   help="tệp chứa cụm mật khẩu mới (dòng đầu)")
    p.add_argument("--sheet", type=Path, metavar="FILE.pdf", help="ghi phiếu khôi phục mới (PDF) ra tệp này")
    p.set_defaults(run=run_change_passphrase)

    p = sub.add_parser("recovery-sheet", help="in lại phiếu khôi phục của tệp đã mã hóa")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf", help="tệp PDF sẽ ghi")
    p.set_defaults(run=run_recovery_sheet)


def _service(ctx: CommandContext, **open_options: bool) -> EncryptionService:
    db = ctx.database(**open_options)
    return EncryptionService(db, BackupService(db, clock=ctx.clock), clock=ctx.clock)


def _print_code(code: str) -> None:
    print("Mã khôi phục (mở được tệp khi quên cụm mật khẩu; cất kỹ, không ai khác được biết):")
    print(f"  {code}")


def _write_sheet(service: EncryptionService, code: str, reason: str, out: Path | None) -> None:
    if out is None:
        print("Nên in phiếu khôi phục: chibo --db F --passphrase-file P recovery-sheet --out PHIEU.pdf")
        return
    out.write_bytes(service.recovery_sheet(code, reason))
    print(f"Đã ghi phiếu khôi phục ra «{out}»: in ra, ký, cất trong phong bì dán kín rồi xóa tệp PDF.")


def run_encrypt(args: argparse.Namespace, ctx: CommandContext) -> int:
    secret = ctx.secret()
    if secret is None or secret.is_code:
        raise UserError(say("encryption.encrypt_needs_passphrase", name=PASSPHRASE_ENV))
    service = _service(ctx, with_secret=False)
    result = service.encrypt(secret.text)
    ctx.replace_database(result.database)
    print(f"Đã mã hóa «{result.database.path}». Bản gốc chưa mã hóa đã được giữ riêng tới khi bản mã hóa "
          f"qua kiểm tra toàn vẹn, rồi đã bị xóa.")
    if result.encrypted_backups:
        print(f"Đã mã hóa cả {len(result.encrypted_backups)} bản sao lưu cũ (cùng cụm mật khẩu).")
    for warning in result.warnings:
        print(say("cli.warning", text=render(warning, ctx.lang)).render(ctx.lang), file=sys.stderr)
    _print_code(result.recovery_code)
    _write_sheet(_service(ctx), result.recovery_code, "converted", args.sheet)
    return 0


def run_decrypt(args: argparse.Namespace, ctx: CommandContext) -> int:
    out = _service(ctx).decrypt_to(args.out)
    print(f"Đã ghi bản KHÔNG mã hóa của «{ctx.db_path}» ra «{out}». Ai có tệp này đều đọc được toàn bộ "
          "hồ sơ: hãy cất giữ hoặc xóa nó cẩn thận.")
    return 0


def run_change_passphrase(args: argparse.Namespace, ctx: CommandContext) -> int:
    current = ctx.secret()
    if current is None:
        raise UserError(say("encryption.current_needed", name=PASSPHRASE_ENV))
    new = read_secret_file(Path(args.new_passphrase_file))
    service = _service(ctx)
    change = service.change_passphrase(current, new)
    print(f"Đã đổi cụm mật khẩu của «{ctx.db_path}» (sao lưu trước tại «{change.backup}»). Cụm mật khẩu "
          "cũ và mã khôi phục cũ không còn mở được tệp; chúng chỉ còn mở được các bản sao lưu làm trước "
          "lúc đổi.")
    _print_code(change.recovery_code)
    _write_sheet(service, change.recovery_code, "changed", args.sheet)
    return 0


def run_recovery_sheet(args: argparse.Namespace, ctx: CommandContext) -> int:
    current = ctx.secret()
    if current is None:
        raise UserError(say("encryption.current_needed", name=PASSPHRASE_ENV))
    service = _service(ctx)
    code = service.recovery_code(current)
    _write_sheet(service, code, "reprinted", args.out)
    return 0
