"""The feedback file format: written and read back exactly; anything damaged, oversized,
inconsistent or of another kind refused with one line naming the file."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from annotator.core.scoring import Prf
from annotator.exchange.feedback import (
    FeedbackError,
    dump_feedback,
    feedback_to_json,
    load_feedback,
    loads_feedback,
)
from annotator.exchange.feedback_records import (
    ClassCounts,
    FeedbackArticle,
    FeedbackComments,
    FeedbackRecord,
    FeedbackTag,
    KeyPassage,
    OwnAnnotation,
    ScoreSheet,
)
from annotator.exchange.handin import content_checksum

TEXT = "Officials said 😀 the plan \"will work\". Critics disagree."
OWN = uuid.UUID(int=0xF00D)


def _record() -> FeedbackRecord:
    start = TEXT.index("the plan")
    end = start + len('the plan "will work"')
    prf = {"claim": Prf(1, 1, 1), "opinion": Prf(0, 0, 1), "all": Prf(1, 1, 2)}
    article = FeedbackArticle(
        id=uuid.UUID(int=2), sha256="a" * 64, title="Minister backs plan", n_chars=len(TEXT),
        yours=(OwnAnnotation(OWN, start, end, TEXT[start:end], "claim", "my note 😀"),),
        key=(KeyPassage(start, end, TEXT[start:end], "claim", "A prediction as fact."),
             KeyPassage(TEXT.index("Critics"), len(TEXT) - 1, "Critics disagree", "opinion")),
        class_counts=ClassCounts(4, {"claim": ((start, end, 3), (end, end + 2, 1))}),
        scores=ScoreSheet(exact=prf, overlap=prf, chars=prf,
                          confusion_labels=("claim", "opinion", "none"),
                          confusion_counts=((1, 0, 0), (0, 0, 0), (0, 1, 0))),
    )
    return FeedbackRecord(
        exercise_id=uuid.UUID(int=1), exercise_revision=2, exercise_title="Jobs plan",
        student_id=uuid.UUID(int=3), student_name="Ada",
        handed_in=datetime(2026, 11, 25, 8, 15, 30, 250000, tzinfo=UTC),
        created=datetime(2026, 11, 26, 9, 0, tzinfo=UTC), app_version="0.1.0",
        includes=("key", "class", "scores", "comments"),
        tags=(FeedbackTag("claim", "Claim", "#aa3300"), FeedbackTag("opinion", "Opinion",
                                                                     "#3366aa")),
        articles=(article,),
        comments=FeedbackComments("Well read.", ((OWN, "Yes: a prediction."),)),
    )


def _write(tmp_path: Path, document: dict[str, Any], *, checksum: bool = True) -> Path:
    if checksum:
        document["checksum"] = content_checksum(document)
    path = tmp_path / "ada.feedback.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def test_round_trip_is_exact(tmp_path: Path) -> None:
    record = _record()
    path = tmp_path / "ada.feedback.json"
    path.write_bytes(dump_feedback(record))

    assert load_feedback(path) == record
    assert loads_feedback(path.read_bytes(), "x") == record
    assert path.read_text("utf-8").endswith("}\n")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="source-annotator-handin"), "not a Source Annotator feedback"),
        (lambda d: d.update(format_version=2), "newer than this app"),
        (lambda d: d["student"].update(id="not-a-uuid"), "schema at student/id"),
        (lambda d: d.update(extra=1), "schema at top level"),
        (lambda d: d["articles"][0]["yours"][0].update(
            end=d["articles"][0]["yours"][0]["start"] + 3), "quotes 20 characters"),
        (lambda d: d["articles"][0]["yours"][0].update(tag_key="rumour"),
         "tag the file does not list"),
        (lambda d: d["articles"][0]["key"][0].update(start=10_000, end=10_020),
         "outside a text"),
        (lambda d: d["articles"][0]["class"]["counts"]["claim"][0].__setitem__(2, 9),
         "exceeds the class size"),
        (lambda d: d["articles"][0]["class"]["counts"]["claim"].reverse(), "out of order"),
        (lambda d: d.update(includes=["key", "scores", "comments"]), "not announced"),
        (lambda d: d["articles"][0].update(key=None), "answer key is missing"),
        (lambda d: d["comments"]["annotations"][0].update(
            annotation_id=str(uuid.UUID(int=99))), "not yours"),
        (lambda d: d["articles"][0]["scores"]["chars"]["claim"].update(f1=0.5),
         "does not follow from its counts"),
        (lambda d: d["articles"][0]["scores"]["confusion"]["counts"].pop(), "not 3 by 3"),
        (lambda d: d["tags"].append(d["tags"][0]), "listed twice"),
    ],
)
def test_inconsistent_content_is_refused(tmp_path: Path, change: Any, message: str) -> None:
    document = feedback_to_json(_record())
    change(document)
    path = _write(tmp_path, document)

    with pytest.raises(FeedbackError, match=message) as refused:
        load_feedback(path)
    assert str(refused.value).startswith(f"{path}: ")
    assert "\n" not in str(refused.value)


def test_a_changed_file_fails_its_checksum(tmp_path: Path) -> None:
    document = feedback_to_json(_record())
    document["comments"]["overall"] = "Excellent!"
    path = _write(tmp_path, document, checksum=False)

    with pytest.raises(FeedbackError, match="checksum mismatch"):
        load_feedback(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": "source-annotator-feedback", "x": NaN}', "NaN"),
        (b'{"a": 1, "a": 2}', "duplicate key"),
        (b"[" * 40 + b"]" * 40, "nested more than"),
        (b'{"format": "source-annotator-feedback"', "truncated JSON"),
        (b"[1, 2]", "not a Source Annotator feedback"),
    ],
)
def test_malformed_files_are_refused(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.feedback.json"
    path.write_bytes(data)

    with pytest.raises(FeedbackError, match=message) as refused:
        load_feedback(path)
    assert str(refused.value).startswith(str(path))


def test_oversized_files_are_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.feedback.json"
    path.write_bytes(b" " * 2048)

    with pytest.raises(FeedbackError, match="larger than"):
        load_feedback(path, max_bytes=1024)


def test_a_missing_file_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.feedback.json"
    with pytest.raises(FeedbackError, match="cannot be read") as refused:
        load_feedback(path)
    assert refused.value.file == str(path)
