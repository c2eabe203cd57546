"""Reading untrusted zip files defensively, and writing zip files atomically.

Nothing is ever extracted to disk. Only the member names the caller expects are read, and each
is decompressed in chunks with hard caps on what actually comes out, so forged headers, zip
bombs, overlapping entries, path tricks and symlinks are refused with a one-line message.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from annotator.core.i18n import Texts
from annotator.exchange.atomic import atomic_writer, describe_os_error
from annotator.exchange.errors import ExchangeError

__all__ = [
    "DEFAULT_MAX_ENTRIES",
    "DEFAULT_MAX_MEMBER_BYTES",
    "DEFAULT_MAX_RATIO",
    "DEFAULT_MAX_TOTAL_BYTES",
    "UnsafeZipError",
    "ZipText",
    "read_members",
    "write_zip_atomic",
]

DEFAULT_MAX_MEMBER_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_TOTAL_BYTES = 100 * 1024 * 1024
DEFAULT_MAX_ENTRIES = 1000
# Text compresses perhaps 10:1; anything past this for a member of real size is a bomb.
DEFAULT_MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress well without suspicion

_CHUNK = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"
_EOCD_SEARCH = 65536 + 22  # the end record plus the longest possible zip comment
_DRIVE = re.compile(r"^[A-Za-z]:")
_FIXED_DATE = (2020, 1, 1, 0, 0, 0)


class ZipText(Texts):
    """The translation context of refused zip files (the file name stays in front)."""


class UnsafeZipError(ExchangeError):
    """A zip file is damaged, or built to harm the reader; nothing was read from it."""


def _check_name(name: str, file: str) -> None:
    shown = name[:80]
    if "\\" in name:
        raise UnsafeZipError(file, ZipText.tr(
            "member {name} has a backslash in its path; refused").format(name=repr(shown)))
    if name.startswith("/") or _DRIVE.match(name):
        raise UnsafeZipError(file, ZipText.tr(
            "member {name} has an absolute path; refused").format(name=repr(shown)))
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise UnsafeZipError(file, ZipText.tr(
            "member {name} has an unsafe path; refused").format(name=repr(shown)))
    if "\x00" in name or any(ord(ch) < 32 for ch in name):
        raise UnsafeZipError(file, ZipText.tr(
            "member {name} has control characters in its name").format(name=repr(shown)))


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    mode = info.external_attr >> 16
    return stat.S_ISLNK(mode)


def _local_entry_end(handle: io.BufferedReader, info: zipfile.ZipInfo, file: str) -> int:
    """Where the entry's compressed data ends, read from its local header."""
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL_HEADER.size)
    if len(header) != _LOCAL_HEADER.size or header[:4] != _LOCAL_SIGNATURE:
        raise UnsafeZipError(file, ZipText.tr(
            "member {name} has a damaged header").format(name=repr(info.filename)))
    fields = _LOCAL_HEADER.unpack(header)
    name_length, extra_length = fields[-2], fields[-1]
    return info.header_offset + _LOCAL_HEADER.size + name_length + extra_length + info.compress_size


def _check_layout(path: Path, infos: list[zipfile.ZipInfo], start_dir: int, file: str) -> None:
    """Refuse entries whose data overlap (the trick behind non-recursive zip bombs)."""
    with path.open("rb") as handle:
        spans = sorted(
            (info.header_offset, _local_entry_end(handle, info, file), info.filename)
            for info in infos
        )
    for (_, end, name), (next_start, _, _) in itertools.pairwise(spans):
        if end > next_start:
            raise UnsafeZipError(file, ZipText.tr(
                "member {name} overlaps another entry (a zip bomb?)").format(name=repr(name)))
    if spans and spans[-1][1] > start_dir:
        raise UnsafeZipError(file, ZipText.tr(
            "member {name} overlaps the zip directory").format(name=repr(spans[-1][2])))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, file: str) -> bytes:
    """Decompress one member in chunks, never more than ``limit`` bytes plus one chunk."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as member:
            while True:
                chunk = member.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise UnsafeZipError(
                        file, ZipText.tr(
                            "member {name} unpacks to more than allowed; refused").format(
                            name=repr(info.filename))
                    )
                chunks.append(chunk)
    except UnsafeZipError:
        raise
    except zipfile.BadZipFile as exc:
        raise UnsafeZipError(
            file, ZipText.tr("member {name} does not match its header (forged or damaged)").format(
                name=repr(info.filename))
        ) from exc
    except (zlib.error, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise UnsafeZipError(file, ZipText.tr(
            "member {name} is damaged ({reason})").format(
            name=repr(info.filename), reason=exc)) from exc
    if size != info.file_size:
        raise UnsafeZipError(
            file,
            ZipText.tr("member {name} unpacks to {size} bytes but its header says {declared} "
                       "(forged sizes); refused").format(
                name=repr(info.filename), size=size, declared=info.file_size),
        )
    return b"".join(chunks)


def _too_many(file: str, entries: int, allowed: int) -> UnsafeZipError:
    return UnsafeZipError(file, ZipText.tr(
        "the archive has {entries} entries (at most {allowed}); refused").format(
            entries=entries, allowed=allowed))


def _precheck(path: Path, file: str, max_total_bytes: int, max_entries: int) -> None:
    """Refuse an oversized file, or a directory claiming too many entries, before zipfile
    builds its in-memory index of every entry."""
    size = path.stat().st_size
    if size > max_total_bytes + _EOCD_SEARCH:
        raise UnsafeZipError(file, ZipText.tr(
            "the file is {size} bytes, more than allowed; refused").format(size=size))
    with path.open("rb") as handle:
        handle.seek(max(0, size - _EOCD_SEARCH))
        tail = handle.read()
    position = tail.rfind(_EOCD_SIGNATURE)
    if position < 0 or position + _EOCD.size > len(tail):
        return  # zipfile reports the damage
    entries = _EOCD.unpack_from(tail, position)[4]
    if entries == 0xFFFF:
        raise UnsafeZipError(file, ZipText.tr(
            "the archive has 65535 or more entries; refused"))
    if entries > max_entries:
        raise _too_many(file, entries, max_entries)


def read_members(
    path: str | os.PathLike[str],
    expected: Iterable[str],
    optional: Iterable[str] = frozenset(),
    *,
    max_member_bytes: int = DEFAULT_MAX_MEMBER_BYTES,
    max_total_bytes: int = DEFAULT_MAX_TOTAL_BYTES,
    max_entries: int = DEFAULT_MAX_ENTRIES,
    max_ratio: float = DEFAULT_MAX_RATIO,
    skip_unlisted: bool = False,
) -> dict[str, bytes]:
    """Read the named members of an untrusted zip into memory.

    Every name in ``expected`` must be present; names in ``optional`` may be; any other entry
    (including folders) is refused, or with ``skip_unlisted`` left unread (formats such as
    REFI-QDA's ``.qdpx`` carry files the app has no use for). Raises
    :class:`UnsafeZipError` naming the file and the problem; nothing is written anywhere.
    """
    path = Path(path)
    file = path.name
    required, allowed = set(expected), set(expected) | set(optional)
    try:
        _precheck(path, file, max_total_bytes, max_entries)
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > max_entries:
                raise _too_many(file, len(infos), max_entries)
            seen: set[str] = set()
            declared_total = 0
            skipped: set[str] = set()
            for info in infos:
                name = info.filename
                if skip_unlisted and name not in allowed:
                    _check_name(name.removesuffix("/"), file)
                    skipped.add(name)
                    continue
                _check_name(name, file)
                if name in seen:
                    raise UnsafeZipError(file, ZipText.tr(
                        "member {name} appears twice; refused").format(name=repr(name)))
                seen.add(name)
                if _is_symlink(info):
                    raise UnsafeZipError(file, ZipText.tr(
                        "member {name} is a symbolic link; refused").format(name=repr(name)))
                if name not in allowed:
                    raise UnsafeZipError(file, ZipText.tr(
                        "unexpected member {name}; refused").format(name=repr(name)))
                if info.flag_bits & 0x1:
                    raise UnsafeZipError(file, ZipText.tr(
                        "member {name} is encrypted; refused").format(name=repr(name)))
                if info.file_size > max_member_bytes:
                    raise UnsafeZipError(
                        file, ZipText.tr(
                            "member {name} would unpack to {size} bytes; refused").format(
                            name=repr(name), size=info.file_size)
                    )
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > RATIO_FLOOR_BYTES and ratio > max_ratio:
                    raise UnsafeZipError(
                        file, ZipText.tr(
                            "member {name} is compressed {ratio} to 1 (a zip bomb?)").format(
                            name=repr(name), ratio=f"{ratio:.0f}")
                    )
                declared_total += info.file_size
            if declared_total > max_total_bytes:
                raise UnsafeZipError(file, ZipText.tr(
                    "the archive would unpack to more than allowed"))
            missing = sorted(required - seen)
            if missing:
                raise UnsafeZipError(file, ZipText.tr(
                    "member {name} is missing").format(name=repr(missing[0])))
            _check_layout(path, infos, archive.start_dir, file)
            result: dict[str, bytes] = {}
            total = 0
            for info in infos:
                if info.filename in skipped:
                    continue
                limit = min(max_member_bytes, max_total_bytes - total)
                data = _read_member(archive, info, limit, file)
                total += len(data)
                result[info.filename] = data
            return result
    except zipfile.BadZipFile as exc:
        raise UnsafeZipError(file, ZipText.tr("not a zip file, or a damaged one")) from exc
    except zipfile.LargeZipFile as exc:
        raise UnsafeZipError(file, ZipText.tr("the archive is too large")) from exc
    except OSError as exc:
        raise ExchangeError(file, ZipText.tr(
            "cannot read the file ({reason})").format(reason=describe_os_error(exc))) from exc


def write_zip_atomic(path: str | os.PathLike[str], members: Mapping[str, bytes]) -> None:
    """Write ``members`` (name -> bytes, in order) as a deflated zip, atomically.

    Timestamps are fixed so the same content always gives the same bytes.
    """
    for name in members:
        _check_name(name, Path(path).name)
    with (
        atomic_writer(path, "wb") as handle,
        zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=_FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, data)
