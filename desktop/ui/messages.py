"""Message boxes and the window's wording of data-file problems (the CLI has its own in
`desktop/store/messages.py`; here the text goes through the translator)."""

from __future__ import annotations

import errno
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from desktop.services.errors import UserError
from desktop.store.errors import DataFileError, StoreRefusal

if TYPE_CHECKING:
    from desktop.store.lock import FileLockedError

APP_TITLE = "Sổ Chi bộ"  # the product's name, the same in every language


translate = QCoreApplication.translate  # lupdate finds literal translate("Context", "...") calls


def ui_language() -> str:
    """The window's language for the core's wording ("vi" or "en"): the locale that
    `i18n.install_language` made the default. Anything but English is Vietnamese, the default."""
    return "en" if QLocale().language() == QLocale.Language.English else "vi"


def core_text(value: object) -> str:
    """A core `Text` (or a `UserError`, a problem with `render`) in the window's language; a
    plain string as it is."""
    render = getattr(value, "render", None)
    return render(ui_language()) if callable(render) else str(value)


def data_file_text(error: DataFileError) -> str:
    # the store's wording: only when a file error is shown
    from desktop.store.messages import SAID_REASONS
    from desktop.store.messages import data_file_text as said

    if error.reason in SAID_REASONS:  # worded by the catalogue
        return said(error).render(ui_language())
    reasons = {
        "missing": translate("Messages", "The data file “%1” was not found."),
        "empty": translate(
            "Messages",
            "The file “%1” is empty (0 bytes): it is not a Sổ Chi bộ data file. "
            "The file was not changed.",
        ),
        "not_sqlite": translate(
            "Messages",
            "The file “%1” is not a Sổ Chi bộ data file (it is not an SQLite database). "
            "The file was not changed.",
        ),
        "not_chibo": translate(
            "Messages",
            "The file “%1” is an SQLite database but not a Sổ Chi bộ data file. "
            "The file was not changed.",
        ),
        "damaged": translate(
            "Messages",
            "The file “%1” is damaged or incomplete (%2). The file was not changed; "
            "restore it from a backup.",
        ),
        "newer": translate(
            "Messages",
            "The file “%1” was made by a newer version of Sổ Chi bộ (schema %2). "
            "Update the program to open it.",
        ),
    }
    fallback = translate("Messages", "The file “%1” could not be opened: %2")
    template = reasons.get(error.reason, fallback)
    return template.replace("%1", str(error.path)).replace("%2", error.detail)


def locked_text(error: FileLockedError) -> str:
    holder = error.holder
    if holder is None:
        text = translate("Messages", "The data file is open in another Sổ Chi bộ window (%1).")
        return text.replace("%1", str(error.path))
    # Who, on which computer and since when in local time: not the process id or the UTC
    # stamp the lock file keeps for programs.
    opened = holder.opened_at()
    since = (translate("Messages", "since %1 on %2").replace("%1", f"{opened:%H:%M}")
             .replace("%2", f"{opened:%d/%m/%Y}") if opened
             else translate("Messages", "since an unknown time"))
    if holder.on_this_computer:
        text = translate(
            "Messages",
            "The data file is open in another Sổ Chi bộ window on this computer (user “%1”, "
            "computer “%2”, %3). Use that window, or close it and open the file again.")
    else:
        text = translate(
            "Messages",
            "The data file is open by user “%1” on computer “%2” %3. Close Sổ Chi bộ on that "
            "computer first, then open the file again.")
    return text.replace("%1", holder.user).replace("%2", holder.host).replace("%3", since)


def error_text(error: BaseException) -> str:
    """A sentence the user can act on, for any error an action may raise. An error nobody
    foresaw is logged with its traceback and named in one line with the log's path."""
    if isinstance(error, (UserError, StoreRefusal)):
        return error.render(ui_language())
    # Loaded with the store, not at start.
    from desktop.store.lock import FileLockedError

    if isinstance(error, DataFileError):
        return data_file_text(error)
    if isinstance(error, FileLockedError):
        return locked_text(error)
    if isinstance(error, OSError):
        return os_error_text(error)
    from desktop.errorlog import unexpected_text  # only when something failed

    return unexpected_text(error).render(ui_language())


def os_error_text(error: OSError) -> str:
    """What went wrong reading or writing a file, in words: the system's own text is often
    English ("Permission denied") and names no remedy."""
    name = str(error.filename or "")
    if isinstance(error, PermissionError):
        text = translate("Messages", "Could not write “%1”: permission denied. The file may be open "
                                     "in another program (close it), or the folder may be read-only "
                                     "(choose another folder).")
    elif isinstance(error, FileNotFoundError):
        text = translate("Messages", "“%1” was not found: the folder may have been moved, renamed "
                                     "or removed (e.g. a USB stick taken out).")
    elif isinstance(error, IsADirectoryError):
        text = translate("Messages", "“%1” is a folder: type a file name.")
    elif error.errno == errno.ENOSPC:
        text = translate("Messages", "Could not write “%1”: the disk is full. Free some space or "
                                     "choose another disk.")
    elif error.errno == errno.EROFS:
        text = translate("Messages", "Could not write “%1”: the disk is read-only. Choose another "
                                     "folder.")
    else:
        return translate("Messages", "Could not read or write “%1”: %2").replace(
            "%1", name).replace("%2", error.strerror or str(error))
    return text.replace("%1", name)


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # set up when first needed, not at start

    QMessageBox.critical(parent, title or APP_TITLE, text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    # a Qt class is set up on first use (~1 ms each)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title or APP_TITLE, text)


def install_error_hook(parent: QWidget) -> None:
    """Errors nobody caught (a slot, a paint event) are logged and shown as one line, as every
    other error is; never a traceback on the console only. A second error raised while the
    first one's box is open (a paint event failing again) is logged without another box."""
    showing = [False]  # per window, not module-wide

    def hook(kind, error, tb) -> None:  # noqa: ANN001 - sys.excepthook's signature
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = error_text(error)  # writes the traceback to the error log
        if showing[0]:
            return
        showing[0] = True
        try:
            show_error(parent, text)
        except Exception:  # noqa: BLE001 - no window left to show it in
            print(text, file=sys.stderr)
        finally:
            showing[0] = False

    sys.excepthook = hook
