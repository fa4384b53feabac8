"""Developer tools (translations, migrations, benchmark data): run from a source checkout, not
used by the running app and not shipped in the wheel or the built folder."""

from __future__ import annotations

from pathlib import Path


def source_root() -> Path:
    """The checkout these tools work on."""
    # Imported here: `wheel_build` runs in a bare build environment (no platformdirs).
    from desktop.paths import checkout_root

    root = checkout_root()
    if root is None:
        raise SystemExit("desktop.devtools works on a source checkout, not on an installed copy")
    return root


def translations_dir() -> Path:
    return source_root() / "translations"
