"""Install like a real package: the wheel and the sdist of ``make dist``, each installed into a
fresh venv and run from outside the clone.

Slow (one build, two venvs, a few runs of the command line: about 10 s) and marked
``packaging``; it is part of ``make test`` (leave it out with ``-m "not packaging"``). Offline:
the build uses this environment's setuptools (``--no-isolation``), and each venv reaches
mitramatch's dependencies in this environment's site-packages through a ``.pth`` file, never an
index. That file names a folder of links to everything installed here except mitramatch itself
(installed here editable, from the clone), so only the wheel or sdist under test can answer
``import mitramatch``. (``venv --system-site-packages`` would not do: from a venv's interpreter
it exposes the base interpreter's site-packages, not this environment's.)
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

import mitramatch as mm

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[1]
PARTNERS = ROOT / "data" / "partners_oku.csv"
NEEDS = ROOT / "data" / "needs" / "pkbm_menjahit_oku.toml"
RESOURCES = "mitramatch/resources/"

# What an unpacked sdist (no git) holds beside the source, left out of the file list.
_NOT_SOURCE = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache"}

# Run inside each venv: every file of the installed package's resources, with its digest.
_LIST_RESOURCES = """
import hashlib, json, mitramatch
from importlib import resources

def walk(node, prefix):
    for child in node.iterdir():
        if child.is_dir():
            yield from walk(child, prefix + child.name + "/")
        else:
            yield prefix + child.name, hashlib.sha256(child.read_bytes()).hexdigest()

package = resources.files("mitramatch")
print(json.dumps({
    "file": mitramatch.__file__,
    "py_typed": package.joinpath("py.typed").is_file(),
    "resources": dict(walk(package.joinpath("resources"), "mitramatch/resources/")),
}))
"""


def _source_files() -> list[str]:
    """The clone's files as a fresh clone of the committed work has them (tracked or new, not
    ignored), relative to the root."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
            cwd=ROOT, capture_output=True, check=True,
        ).stdout.decode()  # fmt: skip
        names = listed.split("\0")
    except (OSError, subprocess.CalledProcessError):
        names = [
            path.relative_to(ROOT).as_posix()
            for path in ROOT.rglob("*")
            if not _NOT_SOURCE.intersection(path.relative_to(ROOT).parts)
            and not path.relative_to(ROOT).parts[0].endswith(".egg-info")
        ]
    return sorted(name for name in names if name and (ROOT / name).is_file())


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(command: list, **kwargs) -> subprocess.CompletedProcess:
    done = subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)
    assert done.returncode == 0, f"{command} exited {done.returncode}:\n{done.stdout}{done.stderr}"
    return done


def _clean_env() -> dict[str, str]:
    """This process's environment without what would point Python at the clone or this venv."""
    drop = {"PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV"}
    return {key: value for key, value in os.environ.items() if key not in drop}


@pytest.fixture(scope="module")
def source() -> SimpleNamespace:
    files = _source_files()
    resources = {name: _digest(ROOT / name) for name in files if name.startswith(RESOURCES)}
    return SimpleNamespace(files=files, resources=resources)


@pytest.fixture(scope="module")
def dists(tmp_path_factory, source) -> SimpleNamespace:
    """The sdist built from a copy of the source files, and the wheel built from that sdist,
    exactly as ``make dist`` builds them."""
    pytest.importorskip(
        "build", reason="building offline needs the 'build' package: pip install -e '.[dev]'"
    )
    setuptools = importlib.metadata.version("setuptools")
    if int(setuptools.split(".")[0]) < 77:
        pytest.skip(f"building offline needs setuptools>=77 here, found {setuptools}")
    # A copy, so the build sees what a clone holds and leaves no egg-info in the work tree.
    work = tmp_path_factory.mktemp("dist")
    src = work / "src"
    for name in source.files:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    out = work / "out"
    done = _run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(src)],
        env=_clean_env(),
    )
    (wheel,) = out.glob("mitramatch-*.whl")
    (sdist,) = out.glob("mitramatch-*.tar.gz")
    return SimpleNamespace(wheel=wheel, sdist=sdist, log=done.stdout + done.stderr)


@pytest.fixture(scope="module")
def dependencies(tmp_path_factory) -> Path:
    """A folder of links to everything in this environment's site-packages but mitramatch."""
    view = tmp_path_factory.mktemp("dependencies")
    for site in dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]):
        for entry in Path(site).iterdir():
            if "mitramatch" in entry.name or (view / entry.name).exists():
                continue
            (view / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    return view


@pytest.fixture(scope="module")
def expected_top3() -> list[str]:
    return mm.rank(str(PARTNERS), str(NEEDS), top=3).to_frame()["partner_id"].tolist()


def test_build_gives_no_licence_warning(dists):
    lines = [line for line in dists.log.splitlines() if "licen" in line.lower()]
    assert not [line for line in lines if "deprecat" in line.lower() or "warn" in line.lower()]


def test_wheel_holds_every_resource_and_the_licence(dists, source):
    with zipfile.ZipFile(dists.wheel) as wheel:
        names = set(wheel.namelist())
        info = f"mitramatch-{mm.__version__}.dist-info"
        metadata = wheel.read(f"{info}/METADATA").decode()
        digests = {
            name: hashlib.sha256(wheel.read(name)).hexdigest()
            for name in names
            if name.startswith(RESOURCES)
        }
    assert dists.wheel.name == f"mitramatch-{mm.__version__}-py3-none-any.whl"
    assert digests == source.resources
    assert "mitramatch/py.typed" in names
    assert f"{info}/licenses/LICENSE" in names
    assert "License-Expression: MIT" in metadata.splitlines()
    assert {name.split("/")[0] for name in names} == {"mitramatch", info}


def test_sdist_holds_the_source_to_build_and_test(dists, source):
    top = f"mitramatch-{mm.__version__}"
    with tarfile.open(dists.sdist) as sdist:
        names = {name.removeprefix(f"{top}/") for name in sdist.getnames()}
    needed = [
        name
        for name in source.files
        if name.split("/")[0] in {"mitramatch", "tests", "data", "docs", "notebooks"}
    ]
    needed += ["README.md", "LICENSE", "CHANGELOG.md", "pyproject.toml", "MANIFEST.in", "Makefile"]
    assert [name for name in needed if name not in names] == []
    assert len(source.resources) >= 20


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_installed_package_runs_outside_the_clone(
    tmp_path, dists, source, dependencies, expected_top3, kind
):
    env = _clean_env()
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], env=env)
    python = venv / "bin" / "python"
    site = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], env=env
    ).stdout.strip()
    Path(site, "mitramatch_test_dependencies.pth").write_text(f"{dependencies}\n")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    install += ["--disable-pip-version-check", "--no-deps", "--no-index", "--no-build-isolation"]
    _run([*install, str(getattr(dists, kind))], env=env)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    command = venv / "bin" / "mitramatch"
    version = _run([str(command), "--version"], cwd=elsewhere, env=env)
    assert version.stdout.strip() == f"mitramatch {mm.__version__}"

    ranked = _run(
        [str(command), "rank", str(PARTNERS), "--needs", str(NEEDS), "--top", "3"],
        cwd=elsewhere, env=env,
    )  # fmt: skip
    frame = pd.read_csv(io.StringIO(ranked.stdout), dtype={"partner_id": str})
    assert frame["rank"].tolist() == [1, 2, 3]
    assert frame["partner_id"].tolist() == expected_top3

    listing = json.loads(_run([str(python), "-c", _LIST_RESOURCES], cwd=elsewhere, env=env).stdout)
    assert Path(listing["file"]).resolve().is_relative_to(venv.resolve())
    assert listing["py_typed"]
    assert listing["resources"] == source.resources
