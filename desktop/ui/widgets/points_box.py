"""A box for points out of a maximum that keeps what is typed beyond the maximum.

QDoubleSpinBox drops a keystroke that would pass its maximum, so «7,5» typed in a box of 5
became «0,5» unseen. Here the box takes any number up to TYPED_CEILING and the service that
saves it refuses one beyond the line's maximum with the reason, leaving it typed; the arrows
and Page Up still stop at the maximum."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QWidget

TYPED_CEILING = 999.0  # any slip of one to three digits stays visible as typed


class PointsBox(QDoubleSpinBox):
    def __init__(self, minimum: float, maximum: float, parent: QWidget | None = None):
        super().__init__(parent)
        self._maximum = maximum
        self.setRange(minimum, max(maximum, TYPED_CEILING))

    def maximum_points(self) -> float:
        return self._maximum

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        value = self.value() + steps * self.singleStep()
        if steps > 0:
            value = min(value, max(self._maximum, self.value()))
        self.setValue(value)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 - Qt's name
        flags = super().stepEnabled()
        if self.value() >= self._maximum:
            flags &= ~QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags
