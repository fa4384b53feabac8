"""«Thông qua biên bản»: everything still incomplete, listed at once; the blocking gaps refuse
the adoption with their reasons, the others are reminders and the secretary decides."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.meeting_detail import MeetingDetail

translate = QCoreApplication.translate  # lupdate reads literal translate("Context", …) calls


def _items(texts: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>"


def confirm_adoption(parent: QWidget, d: MeetingDetail, unsaved: list[str]) -> bool:
    """True when the minutes may be adopted and the user confirmed it. `unsaved`: typed values
    the file refused (they would be missing from the adopted minutes)."""
    day = d.held_on.strftime("%d/%m/%Y")
    blocking = [str(i.text) for i in d.adoption.blocking] + unsaved
    warnings = [str(i.text) for i in d.adoption.warnings]
    if blocking:
        text = "<p>" + translate("MeetingAdoption", "The minutes of %1 cannot be adopted yet:").replace(
            "%1", day) + "</p>" + _items(blocking)
        if warnings:
            text += "<p>" + translate("MeetingAdoption", "Also check:") + "</p>" + _items(warnings)
        text += "<p>" + translate("MeetingAdoption", "Adopted minutes are locked and printed as they "
                                              "are, so these must be completed first.") + "</p>"
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MeetingAdoption", "Adopt minutes"), text,
                          QMessageBox.StandardButton.Ok, parent)
        box.button(QMessageBox.StandardButton.Ok).setText(translate("MeetingAdoption", "OK"))
        box.exec()
        return False
    text = "<p>" + translate("MeetingAdoption", "Adopt the minutes of %1? After adoption they can no "
                                         "longer be edited; a correction makes a new revision."
                      ).replace("%1", day) + "</p>"
    if warnings:
        text += "<p>" + translate("MeetingAdoption", "Before adopting, note:") + "</p>" + _items(warnings)
    box = QMessageBox(QMessageBox.Icon.Question, translate("MeetingAdoption", "Adopt minutes"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("MeetingAdoption", "Adopt"))
    box.button(QMessageBox.StandardButton.No).setText(translate("MeetingAdoption", "Cancel"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes
