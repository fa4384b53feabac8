"""Command line: `chibo [--db FILE] [--lang vi|en]` opens the window; subcommands script the same
services. Exit codes: 0 ok, 1 refused or failed (bad input, a file that cannot be used), 2 bad
usage, 3 internal error (a fault of the program: its traceback is in the log file the one line
names). Errors are one line, never a traceback, in the language of `--lang` (the command's own
help and report lines are Vietnamese).
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from desktop import __version__
from desktop.wording import DEFAULT_LANGUAGE, Text, say

if TYPE_CHECKING:
    from desktop.clock import Clock
    from desktop.commands.context import CommandContext

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class ChiboArgumentParser(argparse.ArgumentParser):
    """Usage errors in `lang`, by every parser of the tree (subcommands included). A value type
    may refuse with a `Text` (`argparse.ArgumentTypeError(say(...))`): it is said in `lang` too."""

    def __init__(self, *args: Any, lang: str = DEFAULT_LANGUAGE, **kwargs: Any):
        self.lang = lang
        kwargs.setdefault("formatter_class", functools.partial(
            _Formatter, usage_prefix=say("cli.heading_usage").render(lang)))
        add_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        # argparse's headings and its "-h" line are English and not in any catalogue of ours
        self._positionals.title = say("cli.heading_positionals").render(lang)
        self._optionals.title = say("cli.heading_options").render(lang)
        if add_help:
            self.add_argument("-h", "--help", action="help", help=say("cli.help_help").render(lang))

    def add_subparsers(self, **kwargs: Any):  # noqa: ANN201 - argparse's own action
        kwargs.setdefault("parser_class", functools.partial(ChiboArgumentParser, lang=self.lang))
        return super().add_subparsers(**kwargs)

    def add_argument(self, *args: Any, **kwargs: Any):  # noqa: ANN201 - argparse's own action
        if kwargs.get("type") is int:  # a year, or an id or count the data file can hold
            year = "year" in (kwargs.get("dest"), *(a.lstrip("-") for a in args))
            kwargs["type"] = _year if year else _whole
        kind = kwargs.get("type")
        if callable(kind) and not isinstance(kind, type):
            kwargs["type"] = _said_in(kind, self.lang)
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        from desktop.commands.usage_words import usage_words  # only on a mistyped command

        self.exit(EXIT_USAGE, say("cli.usage_error", message=usage_words(message)).render(self.lang)
                  + "\n")


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout with the usage line's heading in the user's language."""

    def __init__(self, *args: Any, usage_prefix: str, **kwargs: Any):
        self._usage_prefix = usage_prefix
        super().__init__(*args, **kwargs)

    def add_usage(self, usage, actions, groups, prefix=None) -> None:  # noqa: ANN001 - argparse's
        super().add_usage(usage, actions, groups, self._usage_prefix if prefix is None else prefix)


FIRST_YEAR, LAST_YEAR = 1900, 2999  # any year a branch's records can be about
LARGEST = 2**63 - 1  # SQLite's largest INTEGER: an id beyond it can only be a typing slip


def _whole(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(say("cli.not_an_integer", value=text)) from None
    if abs(value) > LARGEST:
        raise argparse.ArgumentTypeError(say("cli.number_too_large", value=text))
    return value


def _year(text: str) -> int:
    value = _whole(text)
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise argparse.ArgumentTypeError(say("cli.not_a_year", value=text, first=FIRST_YEAR,
                                             last=LAST_YEAR))
    return value


def _said_in(kind: Callable[[str], Any], lang: str) -> Callable[[str], Any]:
    @functools.wraps(kind)
    def convert(text: str) -> Any:
        try:
            return kind(text)
        except argparse.ArgumentTypeError as exc:
            if exc.args and isinstance(exc.args[0], Text):
                raise argparse.ArgumentTypeError(exc.args[0].render(lang)) from None
            raise
    return convert


def build_parser(lang: str = DEFAULT_LANGUAGE) -> argparse.ArgumentParser:
    parser = ChiboArgumentParser(
        prog="chibo", description="Sổ Chi bộ — sổ tay điện tử của chi bộ (chạy không cần mạng).",
        lang=lang,
        # No abbreviations of the options before the command: "--passphrase SECRET" must be a
        # usage error, never taken for "--passphrase-file SECRET" (and then named in a message).
        allow_abbrev=False,
    )
    parser.add_argument("--version", action="version", version=f"chibo {__version__}",
                        help=say("cli.help_version").render(lang))
    parser.add_argument("--db", metavar="FILE", help="tệp dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ giao diện (mặc định: vi)")
    # The data file's secret (an encrypted file): from a file or CHIBO_PASSPHRASE, never an
    # argument. `dest`s of their own: `export` has its own --passphrase-file (the signing key).
    parser.add_argument("--passphrase-file", dest="db_passphrase_file", metavar="P",
                        help="tệp chứa cụm mật khẩu của tệp dữ liệu đã mã hóa (hoặc biến môi trường "
                             "CHIBO_PASSPHRASE)")
    parser.add_argument("--recovery-code-file", dest="db_recovery_code_file", metavar="R",
                        help="tệp chứa mã khôi phục của tệp dữ liệu đã mã hóa")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    # the window's launch parses no command
    from desktop.commands import COMMAND_MODULES

    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)


def window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """`--db`/`--lang` alone open the window: recognised without building the command parsers,
    so the window starts without loading the commands and the store they import (~0.5 s).
    Anything else (a command, --help, --version, a bad value) goes to the full parser."""
    parser = _QuietParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--db")
    parser.add_argument("--lang")
    try:
        args, rest = parser.parse_known_args(list(argv))
    except ValueError:  # e.g. "--db" without a value: the full parser words the error
        return None
    if rest or args.lang not in (None, "vi", "en"):
        return None
    return args


def language_of(argv: Sequence[str]) -> str:
    """`--lang` as given, read before the full parser so its own errors speak that language."""
    parser = _QuietParser(add_help=False, allow_abbrev=False)
    parser.add_argument("--lang")
    try:
        args, _ = parser.parse_known_args(list(argv))
    except ValueError:
        return DEFAULT_LANGUAGE
    return args.lang if args.lang in ("vi", "en") else DEFAULT_LANGUAGE


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """`clock`: the one clock of this run (default: the system's; tests pass a fixed one)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for arg in argv:  # bytes that are not UTF-8 reach Python as lone surrogates
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            message = say("cli.usage_error", message=say("cli.not_utf8_argument", value=shown))
            print(message.render(language_of(argv)), file=sys.stderr)
            return EXIT_USAGE
    window = window_arguments(argv)
    if window is not None:
        from desktop.app import run_gui  # the only place the CLI reaches Qt

        return run_gui(db=window.db, lang=window.lang, clock=clock)
    args = build_parser(language_of(argv)).parse_args(argv)
    run: Callable[[argparse.Namespace, CommandContext], int] | None = getattr(args, "run", None)
    if run is None:  # options the window takes, written in a form only the full parser reads
        from desktop.app import run_gui  # the CLI's commands start without the window

        return run_gui(db=args.db, lang=args.lang, clock=clock)
    return run_command(run, args, clock)


def run_command(run: Callable[[argparse.Namespace, CommandContext], int],
                args: argparse.Namespace, clock: Clock | None = None) -> int:
    # the window's launch starts without the commands' imports
    from desktop.clock import Clock
    from desktop.commands.context import CommandContext
    from desktop.services.errors import UserError
    from desktop.store.errors import DataFileError, StoreRefusal
    from desktop.store.lock import FileLockedError
    from desktop.store.messages import data_file_message, locked_message, os_error_text

    lang = getattr(args, "lang", None) or DEFAULT_LANGUAGE

    def error(text: str) -> None:
        print(say("cli.error", text=text).render(lang), file=sys.stderr)

    ctx = CommandContext(args, clock or Clock())
    failed = True  # until the command returns success: a file it created is then deleted
    try:
        code = run(args, ctx)
        failed = code != EXIT_OK
        return code
    except UserError as exc:
        error(exc.render(lang))
    except StoreRefusal as exc:
        error(exc.render(lang))
    except DataFileError as exc:
        error(data_file_message(exc, lang))
    except FileLockedError as exc:
        error(locked_message(exc))
    except KeyboardInterrupt:
        print(say("cli.stopped").render(lang), file=sys.stderr)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as other command-line tools do.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        failed = False  # the work is done; only its report went unread
        return EXIT_OK
    except OSError as exc:
        error(os_error_text(exc).render(lang))
    except Exception as exc:  # noqa: BLE001 - the one place a fault of the program is caught
        return _internal_error(exc, lang)
    finally:
        ctx.close(failed=failed)
    return EXIT_FAILURE


def _internal_error(error: Exception, lang: str) -> int:
    """A fault of the program, not of the input: the traceback goes to the log, one line here."""
    from desktop.errorlog import unexpected_text  # only when something failed

    print(say("cli.error", text=unexpected_text(error).render(lang)).render(lang), file=sys.stderr)
    return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
