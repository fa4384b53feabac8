"""CLI subcommands, one module per group; each module exposes `register(subparsers)`."""

from desktop.commands import demo

COMMAND_MODULES = [demo]
