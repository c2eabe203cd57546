from __future__ import annotations

import io
import random
import stat
import struct
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from annotator.exchange.safezip import UnsafeZipError, read_members, write_zip_atomic

ZipBytes = Callable[[dict[str, bytes]], bytes]
PatchZip = Callable[..., bytes]
WriteFile = Callable[[str, bytes], Path]

EXPECTED = {"manifest.json"}
OPTIONAL = {"articles/1.txt", "articles/2.txt"}


def _read(path: Path, **caps: int) -> dict[str, bytes]:
    return read_members(path, EXPECTED, OPTIONAL, **caps)


def test_reads_expected_and_optional_members(tmp_path: Path) -> None:
    path = tmp_path / "ok.zip"
    members = {"manifest.json": b"{}", "articles/1.txt": "Café".encode()}
    write_zip_atomic(path, members)
    assert _read(path) == members


def test_writing_is_reproducible_and_regular_files(tmp_path: Path) -> None:
    members = {"manifest.json": b"{}", "articles/1.txt": b"text"}
    write_zip_atomic(tmp_path / "a.zip", members)
    write_zip_atomic(tmp_path / "b.zip", members)
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "a.zip") as archive:
        assert all(stat.S_ISREG(i.external_attr >> 16) for i in archive.infolist())


def test_missing_expected_member(write_file: WriteFile, zip_bytes: ZipBytes) -> None:
    path = write_file("p.zip", zip_bytes({"articles/1.txt": b"x"}))
    with pytest.raises(UnsafeZipError, match=r"^p\.zip: member 'manifest\.json' is missing$"):
        _read(path)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("../x", "unsafe path"),
        ("articles/../../x", "unsafe path"),
        ("/etc/x", "absolute path"),
        ("C:/x", "absolute path"),
        ("c:x", "absolute path"),
        ("articles\\1.txt", "backslash"),
        ("articles/", "unsafe path"),
        ("./manifest.json", "unsafe path"),
    ],
)
def test_unsafe_names(write_file: WriteFile, zip_bytes: ZipBytes, name: str, words: str) -> None:
    path = write_file("evil.zip", zip_bytes({"manifest.json": b"{}", name: b"pwned"}))
    with pytest.raises(UnsafeZipError, match=words) as info:
        _read(path)
    assert str(info.value).startswith("evil.zip: member ")
    assert not (path.parent.parent / "x").exists()


def test_unexpected_member(write_file: WriteFile, zip_bytes: ZipBytes) -> None:
    path = write_file("p.zip", zip_bytes({"manifest.json": b"{}", "evil.py": b"import os"}))
    with pytest.raises(UnsafeZipError, match=r"^p\.zip: unexpected member 'evil\.py'; refused$"):
        _read(path)


def test_symlink_member(write_file: WriteFile) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("manifest.json", b"{}")
        link = zipfile.ZipInfo("articles/1.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, b"/etc/passwd")
    path = write_file("p.zip", out.getvalue())
    with pytest.raises(UnsafeZipError, match=r"'articles/1\.txt' is a symbolic link"):
        _read(path)


def test_duplicate_names(write_file: WriteFile) -> None:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as archive:
        warnings.simplefilter("ignore")
        archive.writestr("manifest.json", b"{}")
        archive.writestr("manifest.json", b'{"second": true}')
    path = write_file("p.zip", out.getvalue())
    with pytest.raises(UnsafeZipError, match=r"'manifest\.json' appears twice"):
        _read(path)


def test_too_many_entries(write_file: WriteFile, zip_bytes: ZipBytes) -> None:
    members = {"manifest.json": b"{}", "articles/1.txt": b"a", "articles/2.txt": b"b"}
    path = write_file("p.zip", zip_bytes(members))
    assert len(_read(path, max_entries=3)) == 3
    with pytest.raises(UnsafeZipError, match=r"has 3 entries \(at most 2\); refused"):
        _read(path, max_entries=2)


def test_high_ratio_bomb(write_file: WriteFile, zip_bytes: ZipBytes) -> None:
    path = write_file("bomb.zip", zip_bytes({"manifest.json": bytes(8 * 1024 * 1024)}))
    with pytest.raises(UnsafeZipError, match=r"compressed \d+ to 1 \(a zip bomb\?\)"):
        _read(path, max_member_bytes=64 * 1024 * 1024, max_total_bytes=64 * 1024 * 1024)


def test_declared_size_over_the_cap(write_file: WriteFile, zip_bytes: ZipBytes) -> None:
    path = write_file("big.zip", zip_bytes({"manifest.json": b"x" * 5000}))
    with pytest.raises(UnsafeZipError, match="would unpack to 5000 bytes"):
        _read(path, max_member_bytes=4096)
    members = {"manifest.json": b"x" * 3000, "articles/1.txt": b"y" * 3000}
    path = write_file("big2.zip", zip_bytes(members))
    with pytest.raises(UnsafeZipError, match="would unpack to more than allowed"):
        _read(path, max_member_bytes=4096, max_total_bytes=5000)


def test_forged_small_size_is_caught_by_what_is_decompressed(
    write_file: WriteFile, zip_bytes: ZipBytes, patch_zip: PatchZip
) -> None:
    """The header claims 10 bytes; the data inflates to 1 MB. Reading stops at the cap."""
    data = zip_bytes({"manifest.json": bytes(1024 * 1024)})
    path = write_file("forged.zip", patch_zip(data, 0, file_size=10))
    with pytest.raises(UnsafeZipError, match="forged"):
        _read(path, max_member_bytes=4096)


def test_forged_large_size(write_file: WriteFile, zip_bytes: ZipBytes, patch_zip: PatchZip) -> None:
    data = zip_bytes({"manifest.json": b"{}" * 100})
    path = write_file("forged.zip", patch_zip(data, 0, file_size=250))
    with pytest.raises(UnsafeZipError, match=r"unpacks to 200 bytes but its header says 250"):
        _read(path)


def test_encrypted_member(write_file: WriteFile, zip_bytes: ZipBytes, patch_zip: PatchZip) -> None:
    path = write_file("locked.zip", patch_zip(zip_bytes({"manifest.json": b"{}"}), 0, flag_bits=1))
    with pytest.raises(UnsafeZipError, match=r"'manifest\.json' is encrypted"):
        _read(path)


def test_overlapping_entries(
    write_file: WriteFile, zip_bytes: ZipBytes, patch_zip: PatchZip
) -> None:
    """Two directory entries share one local entry: the trick of non-recursive zip bombs."""
    data = zip_bytes({"manifest.json": b"{}" * 50, "articles/1.txt": b"text"})
    path = write_file("overlap.zip", patch_zip(data, 1, header_offset=0))
    with pytest.raises(UnsafeZipError, match="overlaps another entry"):
        _read(path)


def test_entry_running_into_the_directory(write_file: WriteFile, zip_bytes: ZipBytes) -> None:
    data = bytearray(zip_bytes({"manifest.json": b"{}" * 50}))
    central = data.index(b"PK\x01\x02")
    compressed = struct.unpack_from("<L", data, central + 20)[0]
    struct.pack_into("<L", data, central + 20, compressed + 40)  # forged compressed size
    path = write_file("overlap.zip", bytes(data))
    with pytest.raises(UnsafeZipError, match="overlaps the zip directory"):
        _read(path)


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04" + bytes(100)])
def test_not_a_zip(write_file: WriteFile, data: bytes) -> None:
    with pytest.raises(UnsafeZipError, match=r"^junk\.zip: not a zip file, or a damaged one$"):
        _read(write_file("junk.zip", data))


def test_writing_refuses_unsafe_names(tmp_path: Path) -> None:
    with pytest.raises(UnsafeZipError, match="unsafe path"):
        write_zip_atomic(tmp_path / "out.zip", {"../escape.txt": b"x"})
    assert not (tmp_path / "out.zip").exists()


def test_directory_count_is_checked_before_indexing(
    write_file: WriteFile, zip_bytes: ZipBytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = {"manifest.json": b"{}", "articles/1.txt": b"a", "articles/2.txt": b"b"}
    path = write_file("p.zip", zip_bytes(members))
    monkeypatch.setattr(zipfile, "ZipFile", None)  # refused before zipfile is ever used
    with pytest.raises(UnsafeZipError, match=r"has 3 entries \(at most 2\)"):
        _read(path, max_entries=2)


def test_oversized_file_is_refused_before_opening(
    write_file: WriteFile, zip_bytes: ZipBytes
) -> None:
    members = {"manifest.json": random.Random(1).randbytes(100_000)}  # incompressible
    path = write_file("big.zip", zip_bytes(members))
    with pytest.raises(UnsafeZipError, match=r"^big\.zip: the file is \d+ bytes, more than"):
        _read(path, max_total_bytes=1000, max_member_bytes=1000)
