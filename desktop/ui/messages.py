"""Message boxes and the window's wording of data-file problems (the CLI has its own in
`desktop/store/messages.py`; here the text goes through the translator)."""

from __future__ import annotations

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
    text = translate(
        "Messages",
        "The data file is open by user “%1” on computer “%2” (process %3, since %4). "
        "Close that window first.",
    )
    for key, value in (("%1", holder.user), ("%2", holder.host), ("%3", str(holder.pid)),
                       ("%4", holder.since)):
        text = text.replace(key, value)
    return text


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
        from desktop.store.messages import os_error_text

        return os_error_text(error).render(ui_language())
    from desktop.errorlog import unexpected_text

    return unexpected_text(error).render(ui_language())


def show_error(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox  # set up when first needed, not at start

    QMessageBox.critical(parent, title or APP_TITLE, text)


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title or APP_TITLE, text)


def install_error_hook(parent: QWidget) -> None:
    """Errors nobody caught (a slot, a paint event) are logged and shown as one line, as every
    other error is; never a traceback on the console only. A second error raised while the
    first one's box is open (a paint event failing again) is logged without another box."""
    import sys

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
