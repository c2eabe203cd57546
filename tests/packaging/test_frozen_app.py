"""The frozen one-folder app built by ``make package`` starts and passes its self-test.

Skipped unless dist/annotator/annotator exists (build it with ``make package``).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from annotator import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / "dist" / "annotator"
BINARY = DIST / ("annotator.exe" if os.name == "nt" else "annotator")

pytestmark = pytest.mark.skipif(
    not BINARY.exists(), reason="no frozen app: run `make package` first"
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(BINARY), *args], capture_output=True, text=True, env=env, timeout=90, check=False
    )


def test_frozen_self_test_passes_and_leaves_no_user_folders(isolated_folders: Path) -> None:
    result = _run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"Source Annotator {__version__} self-test (frozen,")
    assert lines[-1] == "ok"
    assert any(line.startswith("migrations: ") and line.endswith(" ok") for line in lines)
    assert any("written and read back" in line for line in lines)
    assert not isolated_folders.exists()


def test_frozen_version_is_the_package_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"annotator {__version__}"


def test_bundle_carries_migration_sources_and_leaves_out_unused_qt() -> None:
    files = {p.relative_to(DIST).as_posix() for p in DIST.rglob("*") if p.is_file()}
    versions = sorted((ROOT / "annotator/storage/migrations/versions").glob("0*.py"))
    for path in versions:
        assert any(f.endswith(f"annotator/storage/migrations/versions/{path.name}") for f in files)
    assert any(f.endswith("annotator/storage/migrations/script.py.mako") for f in files)
    assert any(f.endswith("annotator/resources/sample/exercise.json") for f in files)
    assert any(f.endswith("annotator/resources/icons/icon-256.png") for f in files)
    unwanted = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt6Network", "Qt63D", "Qt6Pdf")
    assert not [f for f in files if any(name in f for name in unwanted)]
    assert not [p for p in DIST.rglob("*") if p.is_symlink() and not p.exists()]


def test_build_installs_itself_with_its_own_script_and_runs(tmp_path: Path) -> None:
    """What a teacher does on a laptop: unpack the build, run annotator/linux/install.sh."""
    script = DIST / "linux" / "install.sh"
    if os.name == "nt" or not script.exists():
        pytest.skip("the Linux build carries linux/install.sh")
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix), "XDG_DATA_DIRS": str(prefix)}
    env.pop("DIST", None)
    installed = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True,
                               timeout=120, check=False)
    assert installed.returncode == 0, installed.stderr
    share = prefix / "share"
    assert (share / "icons/hicolor/256x256/apps/org.sourceannotator.SourceAnnotator.png").exists()
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([str(prefix / "bin" / "annotator"), "--self-test"], env=env,
                            capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0 and result.stdout.splitlines()[-1] == "ok", result.stdout
