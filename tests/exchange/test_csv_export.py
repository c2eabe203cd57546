"""CSV export: BOM, one row per annotation, formula injection escaped, line breaks kept."""

from __future__ import annotations

import csv
import io

from handin_sample import sample_record

from annotator.exchange.csvexport import COLUMNS, dump_csv


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_file_starts_with_a_bom_and_has_crlf_rows() -> None:
    data = dump_csv(sample_record())

    assert data.startswith(b"\xef\xbb\xbf" + b"annotation_id,")
    assert data.endswith(b"\r\n")
    assert data.split(b"\r\n")[0].decode("utf-8-sig").split(",") == list(COLUMNS)


def test_one_row_per_annotation_with_code_point_offsets_and_multiline_notes() -> None:
    record = sample_record()
    rows = _rows(dump_csv(record))

    assert len(rows) == len(record.annotations)
    assert rows[0]["exact"] == 'the plan "will work"'
    assert (int(rows[0]["start"]), int(rows[0]["end"])) == (
        record.annotations[0].start,
        record.annotations[0].end,
    )
    assert rows[1]["note"] == 'Line one\nline two, "quoted"'
    assert rows[0]["tag"] == "Claim"


def test_formula_cells_are_escaped() -> None:
    rows = _rows(dump_csv(sample_record()))

    assert rows[1]["exact"] == "'=cmd|' /C calc'!A0"
    assert rows[1]["tag"] == "'=Opinion"
    assert rows[0]["student"] == "'@Alex"
    assert rows[0]["article"] == "'-Minus title"
    assert rows[0]["start"].isdigit()
