"""The build backend: setuptools', plus one step that puts the program's files inside the package.

The sources stay where they are edited, at the top level: `resources/` (fonts, rulebooks,
schemas, topics) and `translations/*.ts`. Building the wheel copies `resources/` to
`desktop/resources/` and compiles the catalogues with PySide6's lrelease into
`desktop/translations/*.qm`, where `desktop.paths` finds them through importlib.resources.
The sdist carries the sources, so a wheel built from it is the same. An editable install builds
nothing here: it reads the top-level folders of the checkout.

Everything else is declared in pyproject.toml, which names this module as the build backend
(`backend-path = ["."]`) and `BuildWithData` as setuptools' build_py. It lives among the
developer tools, so it is not shipped, and imports nothing but setuptools and the standard
library: the build environment has nothing else.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools.build_meta import *  # noqa: F403 - the PEP 517 hooks, unchanged
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = "resources"
CATALOGUES = "translations"
PACKAGE = "desktop"


def _resource_files() -> list[Path]:
    return sorted(p for p in (ROOT / RESOURCES).rglob("*") if p.is_file())


def _backend_files() -> list[Path]:
    """This module and its package's init: a wheel built from the sdist needs them."""
    return [Path(__file__).resolve(), Path(__file__).resolve().with_name("__init__.py")]


def _catalogue_sources() -> list[Path]:
    return sorted((ROOT / CATALOGUES).glob("desktop_*.ts"))


def _lrelease() -> str:
    """From the PySide6 of the build environment ([build-system].requires in pyproject.toml)."""
    exe = "lrelease" + (".exe" if sys.platform == "win32" else "")
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        if (Path(folder) / exe).exists():
            return str(Path(folder) / exe)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    raise SystemExit("wheel_build: PySide6's lrelease is missing; install PySide6-Essentials")


class BuildWithData(build_py):
    """build_py, plus the resources and the compiled catalogues inside the package."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # the checkout's own folders are read in place
            return
        target = Path(self.build_lib, PACKAGE)
        for source in _resource_files():
            copy = target / source.relative_to(ROOT)
            self.mkpath(str(copy.parent))
            self.copy_file(str(source), str(copy))
        qm_dir = target / CATALOGUES
        qm_dir.mkdir(parents=True, exist_ok=True)
        sources = _catalogue_sources()
        if not sources:
            raise SystemExit(f"wheel_build: no {CATALOGUES}/desktop_*.ts to compile")
        for ts in sources:
            qm = qm_dir / (ts.stem + ".qm")
            self.announce(f"compiling {ts.name} -> {qm}", level=2)
            subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        target = Path(self.build_lib, PACKAGE)
        extra = [target / p.relative_to(ROOT) for p in _resource_files()]
        extra += [target / CATALOGUES / (ts.stem + ".qm") for ts in _catalogue_sources()]
        return [*super().get_outputs(include_bytecode), *map(str, extra)]

    def get_source_files(self) -> list[str]:
        """What the sdist must carry for this step (setuptools asks build_py for its sources)."""
        extra = [*_resource_files(), *_catalogue_sources(), *_backend_files()]
        return [*super().get_source_files(), *(str(p.relative_to(ROOT)) for p in extra)]
