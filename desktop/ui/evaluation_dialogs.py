"""Dialogs of the evaluation page: a manual score, and choosing the year's rulebook."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.evaluation import ComponentResult
from desktop.domain.numbers import number
from desktop.services.rulebooks import RulebookInfo
from desktop.ui.context import UiContext
from desktop.ui.operations import user_message
from desktop.ui.widgets.points_box import PointsBox
from desktop.ui.widgets.unsaved import GuardedDialog


class ManualScoreDialog(GuardedDialog):
    """Score + justification (required below the maximum) + who; saved through the service.
    Leaving with changes asks whether to save them."""

    def __init__(self, ctx: UiContext, year: int, component: ComponentResult, parent: QWidget):
        super().__init__(parent)
        self._ctx, self._year, self._code = ctx, year, component.code
        self.setWindowTitle(self.tr("Score component %1").replace("%1", component.code))
        self.setMinimumWidth(520)
        title = QLabel(f"<b>{component.code}</b> {component.title}", self)
        title.setWordWrap(True)
        self.score = PointsBox(0, component.max, self)  # beyond the maximum: refused with the reason
        self.score.setSingleStep(0.5)
        self.score.setDecimals(1)
        self.score.setSuffix(" / " + number(component.max))
        self.justification = QPlainTextEdit(self)
        self.justification.setPlaceholderText(self.tr("Required when the score is below the maximum"))
        self.entered_by = QLineEdit(self)
        if component.manual is not None:
            self.score.setValue(component.manual.score)
            self.justification.setPlainText(component.manual.justification)
            self.entered_by.setText(component.manual.entered_by)
        else:
            self.score.setValue(component.max)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Score"), self.score)
        form.addRow(self.tr("Justification"), self.justification)
        form.addRow(self.tr("Entered by"), self.entered_by)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self._initial = self._typed()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _typed(self) -> tuple[float, str, str]:
        return self.score.value(), self.justification.toPlainText(), self.entered_by.text()

    def has_changes(self) -> bool:
        return self._typed() != self._initial

    def save(self) -> None:
        score, why, who = self._typed()
        services, year, code = self._ctx.services, self._year, self._code
        self._ctx.runner.write(lambda: services.manual_scores.set_score(year, code, score, why, who),
                               on_done=lambda _notice: self.accept(), on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        self.error.setText(user_message(error))
        self.error.show()


class RulebookDialog(QDialog):
    """Evaluate a year under another rulebook: an explicit choice, with the SHA-256 shown."""

    def __init__(self, ctx: UiContext, year: int, current_id: int, books: tuple[RulebookInfo, ...], parent: QWidget):
        super().__init__(parent)
        self._ctx, self._year = ctx, year
        self.setWindowTitle(self.tr("Rulebook for %1").replace("%1", str(year)))
        self.setMinimumWidth(640)
        text = self.tr("The year %1 is evaluated under the rulebook chosen here. Changing it re-scores every component under other rules.")
        note = QLabel(text.replace("%1", str(year)), self)
        note.setWordWrap(True)
        self.list = QListWidget(self)
        for info in books:
            sample_word = self.tr("sample")
            sample = f" ({sample_word})" if info.sample else ""
            text = (f"{info.name} — {info.version}{sample}\n{info.issuer}; "
                    + self.tr("effective %1").replace("%1", info.effective_from.strftime("%d/%m/%Y"))
                    + f"\nSHA-256 {info.sha256}")
            item = QListWidgetItem(text)
            item.setData(256, info.id)
            self.list.addItem(item)
            if info.id == current_id:
                self.list.setCurrentItem(item)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this rulebook"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self._use)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _use(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        rulebook_id, services, year = int(item.data(256)), self._ctx.services, self._year
        self._ctx.runner.write(lambda: services.rulebooks.pin_year(year, rulebook_id),
                               on_done=lambda _notice: self.accept(), on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        self.error.setText(user_message(error))
        self.error.show()
