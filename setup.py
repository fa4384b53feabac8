"""Build step for the wheel: the program's files go inside the package.

The sources stay where they are edited, at the top level: `resources/` (fonts, rulebooks,
schemas, topics) and `translations/*.ts`. Building the wheel copies `resources/` to
`desktop/resources/` and compiles the catalogues with PySide6's lrelease into
`desktop/translations/*.qm`, where `desktop.paths` finds them through importlib.resources.
The sdist carries the sources, so a wheel built from it is the same. An editable install builds
nothing here: it reads the top-level folders of the checkout.

Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = "resources"
CATALOGUES = "translations"
PACKAGE = "desktop"


def _resource_files() -> list[Path]:
    return sorted(p for p in (ROOT / RESOURCES).rglob("*") if p.is_file())


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
    raise SystemExit("setup.py: PySide6's lrelease is missing; install PySide6-Essentials")


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
            raise SystemExit(f"setup.py: no {CATALOGUES}/desktop_*.ts to compile")
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
        extra = [*_resource_files(), *_catalogue_sources()]
        return [*super().get_source_files(), *(str(p.relative_to(ROOT)) for p in extra)]


setup(cmdclass={"build_py": BuildWithData})
