"""What a database file's first 100 bytes and its length say about it, without SQLite."""

from __future__ import annotations

from pathlib import Path

__all__ = ["SQLITE_MAGIC", "header_problem", "wal_has_content"]

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def wal_has_content(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def header_problem(path: Path) -> str | None:
    """What is visibly wrong with the file at ``path`` without opening it, or None.

    Finds an empty file, an overwritten header, and a file cut short (its length is not a
    whole number of pages, or it holds fewer pages than its header records). The length
    checks are skipped while a write-ahead log holds changes, because SQLite completes an
    interrupted checkpoint from the log.
    """
    from annotator.storage.errors import StorageText

    size = path.stat().st_size
    if size == 0:
        return StorageText.tr("the file is empty (0 bytes)")
    with path.open("rb") as f:
        header = f.read(HEADER_SIZE)
    if len(header) < HEADER_SIZE:
        return StorageText.tr("the file is too short to be a database (%n byte(s))", "", size)
    if header[:16] != SQLITE_MAGIC:
        return StorageText.tr(
            "the file does not start like a database (its beginning was overwritten)")
    raw_page = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_page == 1 else raw_page
    if page_size < 512 or page_size & (page_size - 1):
        return StorageText.tr("the file's header is damaged (impossible page size)")
    if wal_has_content(path):
        return None
    if size % page_size:
        return StorageText.tr(
            "the file was cut short (its length is not a whole number of pages)")
    pages = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    if pages and change_counter == valid_for and size < pages * page_size:
        return StorageText.tr("the file was cut short ({there} of %n pages are there)", "",
                              pages).format(there=size // page_size)
    return None
