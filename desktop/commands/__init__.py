"""CLI subcommands, one module per group; each module exposes `register(subparsers)`."""

from desktop.commands import assessments, demo, exchange, safety

COMMAND_MODULES = [demo, exchange, assessments, safety]
from desktop.commands import meetings  # noqa: E402

COMMAND_MODULES.append(meetings)
from desktop.commands import members, records  # noqa: E402

COMMAND_MODULES += [members, records]
from desktop.commands import evaluate  # noqa: E402

COMMAND_MODULES.append(evaluate)
from desktop.commands import documents  # noqa: E402

COMMAND_MODULES.append(documents)
from desktop.commands import targets  # noqa: E402

COMMAND_MODULES.append(targets)
from desktop.commands import lifecycle  # noqa: E402

COMMAND_MODULES.append(lifecycle)
from desktop.commands import dues  # noqa: E402

COMMAND_MODULES.append(dues)
from desktop.commands import encryption  # noqa: E402

COMMAND_MODULES.append(encryption)
from desktop.commands import tasks  # noqa: E402

COMMAND_MODULES.append(tasks)
