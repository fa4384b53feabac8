"""The wheel as `python -m build` makes it (from the sdist): the program's files inside the
package, the developer tools left out, and a copy installed from it alone fills a demo, prints
minutes and finds its Vietnamese catalogue without the checkout.

The complete install into a fresh virtual environment (dependencies, the window) is `.ci/wheel`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

from desktop import __version__
from desktop.paths import checkout_root

pytest.importorskip("build", reason="install the test extra: pip install -e '.[test]'")
pytestmark = pytest.mark.slow

ROOT = checkout_root()


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # Offline, with this environment's setuptools and PySide6 (the test extra); `.ci/wheel`
    # builds in an isolated environment from [build-system].requires.
    done = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out),
                           str(ROOT)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return out


def _wheel(dist: Path) -> Path:
    [wheel] = dist.glob(f"chibo-{__version__}-*.whl")
    return wheel


def test_the_wheel_carries_resources_and_catalogues_but_no_devtools(dist):
    names = set(zipfile.ZipFile(_wheel(dist)).namelist())
    sources = sorted(p.relative_to(ROOT).as_posix()
                     for p in (ROOT / "resources").rglob("*") if p.is_file())
    assert sources, "the checkout has no resources: the comparison below would prove nothing"
    assert {f"desktop/{name}" for name in sources} <= names
    assert {"desktop/translations/desktop_vi.qm", "desktop/translations/desktop_en.qm"} <= names
    assert not [n for n in names if n.startswith("desktop/devtools/")]
    assert not [n for n in names if n.startswith(("resources/", "translations/"))]
    assert "desktop/store/migrations/script.py.mako" in names


def test_the_sdist_carries_the_sources_the_wheel_is_built_from(dist):
    [sdist] = dist.glob(f"chibo-{__version__}.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {name.partition("/")[2] for name in tar.getnames()}
    assert {"desktop/devtools/wheel_build.py", "pyproject.toml", "translations/desktop_vi.ts",
            "resources/rulebooks/chi_bo_4_tot_mau.toml",
            "resources/fonts/LiberationSerif-Regular.ttf"} <= names


def test_an_install_from_the_wheel_alone_works_without_the_checkout(dist, tmp_path):
    target = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--target", str(target), str(_wheel(dist))],
        capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    # `desktop` only from the installed wheel, the dependencies from this environment's
    # site-packages, without its .pth files (`-S`): they would hook in the editable checkout.
    site = {sysconfig.get_paths()[k] for k in ("purelib", "platlib")}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(target), *sorted(site)]))
    work = tmp_path / "work"  # far from the checkout
    work.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-S", *args], capture_output=True, text=True,
                              cwd=work, env=env, timeout=600)

    where = run("-c", "import json, desktop, desktop.paths as p;"
                      "print(json.dumps([desktop.__file__, str(p.checkout_root()),"
                      " str(p.shipped_catalogue('vi')), str(p.resources_dir())]))")
    assert where.returncode == 0, where.stderr
    package, root, catalogue, resources = json.loads(where.stdout)
    assert Path(package).is_relative_to(target) and root == "None"
    assert Path(catalogue) == target / "desktop" / "translations" / "desktop_vi.qm"
    assert Path(resources) == target / "desktop" / "resources"

    data = work / "demo.sqlite"
    demo = run("-m", "desktop", "--db", str(data), "demo", "--year", "2025")
    assert demo.returncode == 0, demo.stderr
    assert "Chi bộ Tổ dân phố số 7" in demo.stdout
    minutes = run("-m", "desktop", "--db", str(data), "minutes", "2", "--out", "bien-ban.pdf")
    assert minutes.returncode == 0, minutes.stderr
    assert (work / "bien-ban.pdf").read_bytes().startswith(b"%PDF")
    devtools = run("-c", "import desktop.devtools")
    assert devtools.returncode != 0 and "ModuleNotFoundError" in devtools.stderr
