"""packaging/linux/install.sh puts every desktop file in place and --uninstall removes them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from annotator import APP_ID

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "install.sh"

pytestmark = pytest.mark.skipif(shutil.which("sh") is None or os.name == "nt",
                                reason="needs a POSIX shell")


def _run(prefix: Path, dist: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PREFIX": str(prefix), "DIST": str(dist), "XDG_DATA_DIRS": str(prefix)}
    return subprocess.run(["sh", str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=60, check=False)


def test_install_then_uninstall_in_a_private_prefix(tmp_path: Path) -> None:
    dist = tmp_path / "dist" / "annotator"
    dist.mkdir(parents=True)
    (dist / "annotator").write_text("#!/bin/sh\necho annotator 0.1.0\n", encoding="utf-8")
    (dist / "annotator").chmod(0o755)
    prefix = tmp_path / "prefix"

    installed = _run(prefix, dist)
    assert installed.returncode == 0, installed.stderr
    share = prefix / "share"
    desktop = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix}/bin/annotator %F" in desktop.splitlines()
    assert (share / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").is_file()
    command = subprocess.run([str(prefix / "bin" / "annotator")], capture_output=True,
                             text=True, check=True)
    assert command.stdout.strip() == "annotator 0.1.0"

    removed = _run(prefix, dist, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    # Only the desktop's shared caches (rebuilt by the update-* tools) may remain.
    left = [p for p in prefix.rglob("*")
            if p.is_file() and "mime" not in p.parts and not p.name.endswith(".cache")]
    assert left == []
    assert not (prefix / "bin" / "annotator").exists()


def test_install_without_a_build_says_what_to_do(tmp_path: Path) -> None:
    result = _run(tmp_path / "prefix", tmp_path / "missing")
    assert result.returncode == 2
    assert "make package" in result.stderr and result.stderr.count("\n") == 1
