"""Export, import into a fresh database, export again: the same hand-in comes out."""

from __future__ import annotations

import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from handin_fixtures import TEXT_A, TEXT_B, add_student, fixed_ids, new_db, seed_exercise
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.text import normalise_text, quote_context
from annotator.exchange.handin import load_handin
from annotator.services.handins import ImportStatus, export_handin, import_handins
from annotator.storage.models import Annotation, Answer, Link, LinkKind

# Run on SQLite and PostgreSQL (tests/conftest.py, tests/services/conftest.py).
pytestmark = pytest.mark.usefixtures("backend")

TEXTS = (normalise_text(TEXT_A), normalise_text(TEXT_B))
HANDED_IN = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

notes = st.text(
    # No surrogates: they cannot be stored as UTF-8. No NUL: the rows are written straight
    # through the models here, and PostgreSQL stores no NUL (the app removes NUL where notes
    # come in: test_annotation_service, exchange.handin).
    alphabet=st.characters(codec="utf-8", blacklist_characters="\x00"),
    max_size=40,
) | st.sampled_from(
    ["", "=SUM(A1:A9)", "line one\r\nline two", '"quoted", comma', "😀👍🏽 e\u0301"]
)
moments = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC)
)


@st.composite
def annotation_sets(draw: st.DrawFn) -> list[dict[str, object]]:
    """Overlapping spans (some over the emoji), any tag, odd notes."""
    result = []
    for _ in range(draw(st.integers(0, 12))):
        article = draw(st.integers(0, 1))
        length = len(TEXTS[article])
        start = draw(st.integers(0, length - 1))
        end = draw(st.integers(start + 1, min(length, start + 60)))
        created = draw(moments)
        result.append(
            {
                "article": article,
                "start": start,
                "end": end,
                "note": draw(notes),
                "tag": draw(st.sampled_from(["claim", "evidence", "speculation", "opinion"])),
                "created": created,
                "modified": max(created, draw(moments)),
            }
        )
    return result


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    annotation_sets(),
    st.text(min_size=1, max_size=20).filter(lambda s: s.strip() and "\x00" not in s),
    st.booleans(),
    notes,
)
def test_export_import_export_gives_identical_content(
    spec: list[dict[str, object]], name: str, linked: bool, answer_text: str
) -> None:
    ids = fixed_ids()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        student_db = new_db(folder, "student.sqlite")
        seed_exercise(student_db, ids)
        sid = add_student(student_db, name)
        with student_db.session() as s:
            rows = []
            for item in spec:
                article = int(item["article"])  # type: ignore[call-overload]
                start, end = int(item["start"]), int(item["end"])  # type: ignore[call-overload]
                prefix, exact, suffix = quote_context(TEXTS[article], start, end)
                rows.append(
                    Annotation(
                        id=uuid.uuid4(),
                        article_id=ids.articles[article],
                        annotator_id=sid,
                        start=start,
                        end=end,
                        exact=exact,
                        prefix=prefix,
                        suffix=suffix,
                        tag_id=ids.tags[str(item["tag"])],
                        note=str(item["note"]),
                        created=item["created"],
                        modified=item["modified"],
                    )
                )
            s.add_all(rows)
            s.flush()
            if linked and len(rows) >= 2:
                s.add(
                    Link(
                        source_id=rows[0].id,
                        target_id=rows[1].id,
                        kind=LinkKind.CONTRADICTS,
                        note=answer_text,
                    )
                )
            s.add(
                Answer(
                    question_id=ids.questions[1],
                    annotator_id=sid,
                    article_id=ids.articles[1],
                    value=answer_text,
                    rating=4,
                )
            )
        first = folder / "first.json"
        export_handin(student_db, ids.exercise, sid, first, handed_in=HANDED_IN)
        student_db.close()

        class_db = new_db(folder, "class.sqlite")
        seed_exercise(class_db, ids)
        (result,) = import_handins(class_db, [first])
        assert result.status == ImportStatus.IMPORTED, result.problem
        assert (result.imported, result.reanchored, result.orphaned) == (len(spec), 0, 0)
        second = folder / "second.json"
        export_handin(class_db, ids.exercise, sid, second, handed_in=HANDED_IN)
        class_db.close()

        assert second.read_bytes() == first.read_bytes()
        record = load_handin(second)
        assert len(record.annotations) == len(spec)
        assert sorted(a.note for a in record.annotations) == sorted(
            str(item["note"]) for item in spec
        )
        for a in record.annotations:
            text = TEXTS[ids.articles.index(a.article_id)]
            assert text[a.start : a.end] == a.exact
