"""What every page receives from the shell: services, the change bus, the runner, settings and
the window's clock (a page's "this year" and a form's "today" come from it, never the system)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.clock import Clock
    from desktop.services.container import Services
    from desktop.settings import Settings
    from desktop.ui.operations import ChangeBus, OperationRunner


@dataclass(frozen=True)
class UiContext:
    services: Services
    bus: ChangeBus
    runner: OperationRunner
    settings: Settings
    clock: Clock
