"""Warning when the database lives where SQLite cannot keep it safe.

SQLite's locking and write-ahead log need a local disk: on a network share locks may not
work, and a sync client (Dropbox, OneDrive, ...) may copy the file halfway through a write
or replace it with another computer's copy. :func:`risky_location` returns a one-line
warning, or None for an ordinary local folder.
"""

from __future__ import annotations

import os
import re
from pathlib import Path, PurePath, PureWindowsPath

from annotator.core.i18n import QT_TRANSLATE_NOOP
from annotator.storage.errors import StorageText

__all__ = ["NETWORK_FILESYSTEMS", "SYNC_FOLDERS", "risky_location"]

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "ncpfs", "afs", "9p", "virtiofs", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.s3fs", "fuse.gcsfuse",
    "fuse.onedriver", "fuse.dropbox", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
    "lustre", "gpfs", "vboxsf", "prl_fs", "vmhgfs", "fuse.vmhgfs-fuse", "drvfs",
})

# Folder names used by sync clients; matched case-insensitively against each path part.
SYNC_FOLDERS = (
    ("Dropbox", re.compile(r"^dropbox( \(.+\))?$", re.I)),
    ("OneDrive", re.compile(r"^onedrive( - .+)?$", re.I)),
    ("Google Drive", re.compile(r"^(google ?drive|my drive|googledrive-\d+)$", re.I)),
    ("iCloud Drive", re.compile(r"^(icloud ?drive.*|mobile documents|com~apple~clouddocs)$", re.I)),
    ("Nextcloud", re.compile(r"^nextcloud$", re.I)),
    ("ownCloud", re.compile(r"^owncloud$", re.I)),
    ("Box", re.compile(r"^box( sync)?$", re.I)),
    ("pCloud", re.compile(r"^pcloud ?drive$", re.I)),
    ("MEGA", re.compile(r"^mega(sync)?$", re.I)),
    # macOS ~/Library/CloudStorage: no one service; said in words (as in "a Dropbox folder")
    (QT_TRANSLATE_NOOP("StorageText", "cloud storage"), re.compile(r"^cloudstorage$", re.I)),
)


def _unescape_mount(field: str) -> str:
    """/proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _mount_type(path: PurePath, mounts: str) -> tuple[str, str] | None:
    """The (mount point, file system type) that holds ``path``, from /proc/mounts text."""
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fstype = _unescape_mount(fields[1]), fields[2]
        try:
            path.relative_to(point)
        except ValueError:
            continue
        if best is None or len(point) > len(best[0]):
            best = (point, fstype)
    return best


def _without_extended_prefix(text: str) -> str:
    """A Windows path without its ``\\\\?\\`` prefix (long and resolved paths may carry it):
    ``\\\\?\\C:\\x`` is the local ``C:\\x``, ``\\\\?\\UNC\\server\\share`` the share
    ``\\\\server\\share``."""
    for prefix in ("\\\\?\\", "//?/", "\\\\.\\", "//./"):
        if text.startswith(prefix):
            rest = text[len(prefix):]
            if rest[:4].upper() in ("UNC\\", "UNC/"):
                return "\\\\" + rest[4:]
            return rest
    return text


def _windows_network_drive(path: str) -> bool:
    if os.name != "nt":
        return False
    import ctypes

    drive = PureWindowsPath(path).drive
    if not drive:
        return False
    drive_remote = 4
    return int(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")) == drive_remote  # type: ignore[attr-defined]


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate.resolve()
    return path


def risky_location(path: Path | str, *, mounts: str | None = None) -> str | None:
    """A one-line warning if ``path`` is on a network share or in a synced folder.

    ``mounts`` is the text of ``/proc/mounts`` (read from the system when None, on Linux).
    """
    shown = str(path)
    text = _without_extended_prefix(shown)
    if text.startswith(("\\\\", "//")):
        return StorageText.tr(
            "{path} is on a network share. SQLite cannot keep a database safe there; keep it "
            "on this computer's own disk and hand in or export copies.").format(path=shown)
    if _windows_network_drive(text):
        return StorageText.tr(
            "{path} is on a network drive. SQLite cannot keep a database safe there; keep it "
            "on this computer's own disk and hand in or export copies.").format(path=text)
    windows = re.match(r"^[A-Za-z]:[\\/]", text) is not None
    pure: PurePath = PureWindowsPath(text) if windows else Path(text)
    for part in pure.parts:
        for service, pattern in SYNC_FOLDERS:
            if pattern.match(part):
                return StorageText.tr(
                    "{path} is inside a {service} folder. A sync program can copy or replace "
                    "the database halfway through a change; keep it outside synced folders "
                    "and hand in or export copies instead.").format(
                        path=text, service=StorageText.tr(service))
    if windows:
        return None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        target: PurePath = _existing_ancestor(Path(text))
    else:
        target = Path(text)
    found = _mount_type(target, mounts)
    if found is not None and found[1].lower() in NETWORK_FILESYSTEMS:
        return StorageText.tr(
            "{path} is on a network file system ({type} at {mount}). SQLite cannot keep a "
            "database safe there; keep it on this computer's own disk.").format(
                path=text, type=found[1], mount=found[0])
    return None
