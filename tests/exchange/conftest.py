"""Fixtures for the exchange tests: no network, and builders for small fixture files."""

from __future__ import annotations

import io
import socket
import struct
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest


class NetworkBlockedError(RuntimeError):
    pass


@pytest.fixture(autouse=True)
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any attempt to open a connection fails, and fails the test even if it was swallowed."""
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[1:]))
        raise NetworkBlockedError(f"network access attempted: {args[1:]!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield attempts
    assert attempts == [], f"the code under test tried to use the network: {attempts}"


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def minimal_pdf(lines: list[str], *, title: str = "", author: str = "") -> bytes:
    """A small valid PDF with a Helvetica text layer, written by hand with a correct xref."""
    content = ["BT", "/F1 12 Tf", "72 720 Td", "16 TL"]
    for line in lines:
        content.append(f"({_pdf_string(line)}) Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    info = f"<< /Title ({_pdf_string(title)}) /Author ({_pdf_string(author)}) "
    info += "/CreationDate (D:20240301120000Z) >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        info.encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    return minimal_pdf


def patch_zip(data: bytes, member_index: int, **fields: int) -> bytes:
    """Rewrite fields of one entry's central directory record (and its local header).

    Supported fields: ``file_size``, ``flag_bits``, ``header_offset``.
    """
    buf = bytearray(data)
    position = -1
    for _ in range(member_index + 1):
        position = buf.index(b"PK\x01\x02", position + 1)
    local = struct.unpack_from("<L", buf, position + 42)[0]
    if "file_size" in fields:
        struct.pack_into("<L", buf, position + 24, fields["file_size"])
        struct.pack_into("<L", buf, local + 22, fields["file_size"])
    if "flag_bits" in fields:
        struct.pack_into("<H", buf, position + 8, fields["flag_bits"])
    if "header_offset" in fields:
        struct.pack_into("<L", buf, position + 42, fields["header_offset"])
    return bytes(buf)


@pytest.fixture(name="patch_zip")
def _patch_zip_fixture() -> Callable[..., bytes]:
    return patch_zip


@pytest.fixture
def zip_bytes() -> Callable[[dict[str, bytes]], bytes]:
    def build(members: dict[str, bytes]) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        return out.getvalue()

    return build


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, bytes], Path]:
    def write(name: str, data: bytes) -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write
