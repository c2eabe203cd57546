"""Warnings for databases on network shares and in synced folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.storage.location import risky_location

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
tmpfs /tmp tmpfs rw 0 0
server:/export/home /home/nfsuser nfs4 rw 0 0
//fileserver/class /mnt/class cifs rw 0 0
alice@host:/data /home/alice/remote fuse.sshfs rw 0 0
share /mnt/vm\\040share 9p rw 0 0
/dev/sdb1 /mnt/usb vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/nfsuser/annotator.sqlite3", "nfs4"),
        ("/mnt/class/ada/annotator.sqlite3", "cifs"),
        ("/home/alice/remote/a.sqlite3", "fuse.sshfs"),
        ("/mnt/vm share/a.sqlite3", "9p"),
    ],
)
def test_network_file_systems_are_named(path: str, kind: str) -> None:
    warning = risky_location(path, mounts=MOUNTS)
    assert warning is not None and kind in warning and "network" in warning


@pytest.mark.parametrize(
    "path", ["/home/ada/annotator.sqlite3", "/tmp/x/a.sqlite3", "/mnt/usb/a.sqlite3",
             "/home/nfsuserx/a.sqlite3", "C:\\Users\\Ada\\AppData\\Local\\a.sqlite3"],
)
def test_local_disks_are_fine(path: str) -> None:
    assert risky_location(path, mounts=MOUNTS) is None


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/home/ada/Dropbox/class/a.sqlite3", "Dropbox"),
        ("/home/ada/Dropbox (Personal)/a.sqlite3", "Dropbox"),
        ("C:\\Users\\Ada\\OneDrive - Springfield High\\a.sqlite3", "OneDrive"),
        ("C:\\Users\\Ada\\OneDrive\\Documents\\a.sqlite3", "OneDrive"),
        ("/Users/ada/Google Drive/a.sqlite3", "Google Drive"),
        ("G:\\My Drive\\a.sqlite3", "Google Drive"),
        ("/Users/ada/Library/Mobile Documents/com~apple~CloudDocs/a.sqlite3", "iCloud Drive"),
        ("C:\\Users\\Ada\\iCloudDrive\\a.sqlite3", "iCloud Drive"),
        ("/home/ada/Nextcloud/a.sqlite3", "Nextcloud"),
        ("/home/ada/ownCloud/a.sqlite3", "ownCloud"),
    ],
)
def test_sync_folders_are_named(path: str, service: str) -> None:
    warning = risky_location(path, mounts=MOUNTS)
    assert warning is not None and service in warning and "sync" in warning


@pytest.mark.parametrize("path", ["\\\\server\\share\\a.sqlite3", "//server/share/a.sqlite3"])
def test_unc_paths_are_network_shares(path: str) -> None:
    warning = risky_location(path, mounts=MOUNTS)
    assert warning is not None and "network share" in warning


def test_reads_the_real_mount_table(tmp_path: Path) -> None:
    # The test folder is on a local disk here; the call must read /proc/mounts without error.
    assert risky_location(tmp_path / "not-yet" / "a.sqlite3") is None


@pytest.mark.parametrize(
    ("path", "share"),
    [
        ("\\\\?\\C:\\Users\\Ada\\AppData\\Local\\source-annotator\\a.sqlite3", False),
        ("\\\\?\\UNC\\server\\share\\a.sqlite3", True),
        ("//?/UNC/server/share/a.sqlite3", True),
        ("//?/C:/Users/Ada/a.sqlite3", False),
    ],
)
def test_windows_extended_length_paths(path: str, share: bool) -> None:
    """Long or resolved Windows paths carry a \\\\?\\ prefix: a local drive stays local."""
    warning = risky_location(path, mounts=MOUNTS)
    if share:
        assert warning is not None and "network share" in warning and path in warning
    else:
        assert warning is None


def test_an_extended_length_path_into_a_synced_folder_is_still_named() -> None:
    warning = risky_location("\\\\?\\C:\\Users\\Ada\\OneDrive\\a.sqlite3", mounts=MOUNTS)
    assert warning is not None and "OneDrive" in warning
