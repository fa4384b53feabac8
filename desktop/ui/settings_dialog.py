"""Settings: language, folders, text size, document layout, and the branch profile.

Everything is laid out with layouts and no fixed sizes, so 150% text grows the dialog instead
of clipping it. The profile is saved through BranchService on the runner; the dialog closes
only when that succeeded, and a refused field gets the cursor. Leaving with changes (Esc,
Cancel, the close button) asks whether to save them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import user_data_dir
from desktop.services.branch_profile import BranchProfile
from desktop.services.changes import ChangeNotice
from desktop.services.container import Services
from desktop.settings import (
    FONT_SIZE_RANGE,
    LANGUAGES,
    MARGIN_RANGE_MM,
    TEXT_SCALES,
    Settings,
)
from desktop.ui.messages import error_text, show_error, show_info
from desktop.ui.operations import NO_CHANGE, OperationRunner
from desktop.ui.widgets.forms import PathKind, PathPicker, new_form
from desktop.ui.widgets.profile_form import BranchProfileForm
from desktop.ui.widgets.scaling import apply_text_scale
from desktop.ui.widgets.unsaved import GuardedDialog

MARGINS = ("margin_top_mm", "margin_bottom_mm", "margin_left_mm", "margin_right_mm")


class SettingsDialog(GuardedDialog):
    def __init__(self, settings: Settings, services: Services | None,
                 profile: BranchProfile | None, runner: OperationRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings, self._services, self._profile = settings, services, profile
        self._runner = runner
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._documents_tab(), self.tr("Documents"))
        self.profile_form: BranchProfileForm | None = None
        if services is not None and profile is not None:
            self._branch_index = self.tabs.addTab(self._branch_tab(profile), self.tr("Branch"))
            if profile.mode == "branch":
                # only when the settings open
                from desktop.ui.rulebooks_tab import RulebooksTab

                self.tabs.addTab(RulebooksTab(services, runner, self), self.tr("Rulebooks"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Wide enough for folder paths, in characters so it grows with the text size.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._initial = self._typed()

    # --- tabs ------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        look = QGroupBox(self.tr("Display"), page)
        form = new_form(look)
        self.language = QComboBox(look)
        names = {"vi": self.tr("Vietnamese"), "en": self.tr("English")}
        for code in LANGUAGES:
            self.language.addItem(names[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self._settings.language))
        form.addRow(self.tr("Language:"), self.language)
        note = QLabel(self.tr("A new language is used after the program is restarted."), look)
        note.setWordWrap(True)
        form.addRow("", note)
        self.text_scale = QComboBox(look)
        for percent in TEXT_SCALES:
            self.text_scale.addItem(f"{percent}%", percent)
        self.text_scale.setCurrentIndex(TEXT_SCALES.index(self._settings.text_scale))
        form.addRow(self.tr("Text size:"), self.text_scale)
        layout.addWidget(look)

        folders = QGroupBox(self.tr("Folders"), page)
        form = new_form(folders)
        self.data_folder = PathPicker(PathKind.FOLDER, str(self._settings.data_path()),
                                      parent=folders)
        self.backup_folder = PathPicker(PathKind.FOLDER, self._settings.backup_folder,
                                        parent=folders)
        self.backup_folder.edit.setPlaceholderText(self.tr("“backups” beside the data file"))
        self.second_backup_folder = PathPicker(PathKind.FOLDER,
                                               self._settings.second_backup_folder, parent=folders)
        self.second_backup_folder.edit.setPlaceholderText(self.tr("none (e.g. a USB stick)"))
        form.addRow(self.tr("Data folder:"), self.data_folder)
        form.addRow(self.tr("Backup folder:"), self.backup_folder)
        form.addRow(self.tr("Second backup copy:"), self.second_backup_folder)
        layout.addWidget(folders)
        layout.addStretch(1)
        return page

    def _documents_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        box = QGroupBox(self.tr("Page layout of printed documents"), page)
        form = new_form(box)
        labels = (self.tr("Top margin:"), self.tr("Bottom margin:"), self.tr("Left margin:"),
                  self.tr("Right margin:"))
        self.margins: dict[str, QDoubleSpinBox] = {}
        for key, label in zip(MARGINS, labels, strict=True):
            spin = self._spin(getattr(self._settings, key), MARGIN_RANGE_MM, " mm", box)
            self.margins[key] = spin
            form.addRow(label, spin)
        self.body_font_size = self._spin(self._settings.body_font_size, FONT_SIZE_RANGE, " pt", box)
        form.addRow(self.tr("Body text size:"), self.body_font_size)
        hint = QLabel(self.tr("Party documents usually use top and bottom 20 mm, left 30 mm, "
                              "right 15 mm and 13–14 pt text."), box)
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _spin(self, value: float, bounds: tuple[float, float], suffix: str,
              parent: QWidget) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setRange(*bounds)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setSuffix(suffix)
        spin.setValue(value)
        return spin

    def _branch_tab(self, profile: BranchProfile) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.profile_form = BranchProfileForm(self._services.clock.today(), page)
        self.profile_form.set_profile(profile)
        layout.addWidget(self.profile_form)
        layout.addStretch(1)
        return page

    # --- saving ----------------------------------------------------------------------------

    def _typed(self) -> tuple:
        """Everything the dialog can change, as now shown: what "no changes" is compared with."""
        values = (self.language.currentData(), self.text_scale.currentData(),
                  self.data_folder.path(), self.backup_folder.path(),
                  self.second_backup_folder.path(),
                  *(spin.value() for spin in self.margins.values()), self.body_font_size.value())
        if self.profile_form is not None:
            values += (self.profile_form.profile(self._profile.mode),)
        return values

    def has_changes(self) -> bool:
        return self._typed() != self._initial

    def save(self) -> None:
        s = self._settings
        old_language, old_scale = s.language, s.text_scale
        s.language = self.language.currentData()
        s.text_scale = self.text_scale.currentData()
        chosen = self.data_folder.path()
        s.data_folder = "" if chosen == str(user_data_dir()) else chosen  # keep following the default
        s.backup_folder = self.backup_folder.path()
        s.second_backup_folder = self.second_backup_folder.path()
        for key, spin in self.margins.items():
            setattr(s, key, spin.value())
        s.body_font_size = self.body_font_size.value()
        try:
            s.save()
        except OSError as exc:
            show_error(self, error_text(exc))
            return
        if self._services is not None:  # backups follow the new folders from now on
            services, primary, second = self._services, s.backup_path(), s.second_backup_path()
            # On the writer: a backup already queued is made into the folders it was queued for.
            self._runner.write(lambda: _configure_backups(services, primary, second))
        if s.text_scale != old_scale:
            apply_text_scale(QApplication.instance(), s.text_scale)
        if s.language != old_language:
            show_info(self, self.tr("The new language will be used the next time you start "
                                    "Sổ Chi bộ."))
        if self.profile_form is None:
            self.accept()
            return
        profile = self.profile_form.profile(self._profile.mode)
        if profile == self._profile:
            self.accept()
            return
        self.buttons.setEnabled(False)
        services = self._services
        self._runner.write(lambda: services.branch.save_profile(profile),
                           on_done=lambda _: self.accept(), on_error=self._profile_refused)

    def _profile_refused(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.tabs.setCurrentIndex(self._branch_index)
        self.profile_form.focus_field(getattr(error, "field", None))
        show_error(self, error_text(error))


def _configure_backups(services: Services, primary: Path | None, second: Path | None) -> ChangeNotice:
    services.backups.configure(primary, [second] if second else [])
    return NO_CHANGE
