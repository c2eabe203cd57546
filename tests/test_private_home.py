"""The suite never writes under the real user's folders: HOME, the XDG folders and the app's
own folders point into the run's temporary folder, for subprocesses as well."""

from __future__ import annotations

import json
import os
import pwd
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QStandardPaths

from annotator import paths

PROBE = """
import json, platformdirs
from annotator import paths
print(json.dumps([str(paths.data_dir()), str(paths.config_dir()), str(paths.log_dir()),
                  platformdirs.user_data_dir("x"), platformdirs.user_config_dir("x"),
                  platformdirs.user_cache_dir("x"), platformdirs.user_log_dir("x")]))
"""


def _real_home() -> Path:
    return Path(pwd.getpwuid(os.getuid()).pw_dir).resolve()


def _inside(folder: str, home: Path) -> bool:
    return Path(folder).resolve().is_relative_to(home)


def test_every_user_folder_is_in_the_private_home(private_home: Path) -> None:
    home = private_home.resolve()
    assert home != _real_home() and not home.is_relative_to(_real_home())
    assert Path(os.environ["HOME"]).resolve() == home
    for folder in (platformdirs.user_data_dir("x"), platformdirs.user_config_dir("x"),
                   platformdirs.user_cache_dir("x"), platformdirs.user_state_dir("x"),
                   platformdirs.user_log_dir("x"), str(Path.home()),
                   QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation),
                   QStandardPaths.writableLocation(QStandardPaths.StandardLocation.ConfigLocation),
                   QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)):
        assert _inside(folder, home), folder


def test_a_subprocess_inherits_the_private_folders(private_home: Path) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          timeout=60, check=True)
    folders = json.loads(done.stdout)
    home = private_home.resolve()
    assert all(_inside(folder, home) for folder in folders[3:]), folders
    assert folders[:3] == [str(paths.data_dir()), str(paths.config_dir()), str(paths.log_dir())]
