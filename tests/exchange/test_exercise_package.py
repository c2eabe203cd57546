from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from annotator.core.text import fingerprint
from annotator.exchange.errors import ExchangeError
from annotator.exchange.package import PackageError, build_manifest, read_package, write_package
from annotator.exchange.records import (
    ArticleRecord,
    ExerciseRecord,
    QuestionRecord,
    TagRecord,
    TagSetRecord,
)
from annotator.exchange.safezip import UnsafeZipError, write_zip_atomic

TEXT_1 = "Council approves budget\n\nThe council approved the budget on Monday, the mayor said."
TEXT_2 = "Budget “reckless”, critics say\n\nOpposition leaders called the café tax unfair. 🙂"


def _exercise(**changes: Any) -> ExerciseRecord:
    record = ExerciseRecord(
        id="5b0f3a3e-1a6e-4c1e-9d7e-3c2f1b0a9e01",
        title="Two reports of one vote",
        instructions="Tag every claim and the evidence for it.",
        revision=2,
        tag_set=TagSetRecord(
            id="0a4e8f6c-7b9d-4e2a-8c1f-5d3b2a1e0f02",
            name="Source criticism",
            tags=(
                TagRecord("1e2d3c4b-5a69-4788-9aab-bccddeeff003", "claim", "Claim", "#1f77b4", "1"),
                TagRecord(
                    "2e2d3c4b-5a69-4788-9aab-bccddeeff004",
                    "evidence",
                    "Evidence",
                    "#2ca02c",
                    "2",
                    "Facts offered in support",
                ),
            ),
        ),
        articles=(
            ArticleRecord(
                id="3f1e2d3c-4b5a-4697-8877-665544332205",
                text=TEXT_1,
                sha256=fingerprint(TEXT_1),
                title="Council approves budget",
                outlet="Daily Planet",
                author="Jane Doe",
                published="2024-03-01",
                url="https://example.org/news/1",
                retrieved="2024-03-02",
                language="en",
            ),
            ArticleRecord(
                id="4f1e2d3c-4b5a-4697-8877-665544332206", text=TEXT_2, sha256=fingerprint(TEXT_2)
            ),
        ),
        questions=(
            QuestionRecord("6a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c07", "Who is the source?"),
            QuestionRecord(
                "7a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c08", "How reliable is it? (1-5)", "rating"
            ),
        ),
    )
    return dataclasses.replace(record, **changes)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rewrite(path: Path, change_manifest: Any = None, **members: bytes) -> None:
    """Rewrite a package with an edited manifest and/or members (checksums recomputed)."""
    current = _members(path)
    manifest = json.loads(current["manifest.json"])
    if change_manifest:
        change_manifest(manifest)
    current.update({k.replace("__", "/"): v for k, v in members.items()})
    current["manifest.json"] = json.dumps(manifest).encode()
    write_zip_atomic(path, current)


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    assert read_package(path) == _exercise()
    assert sorted(_members(path)) == ["articles/1.txt", "articles/2.txt", "manifest.json"]
    assert _members(path)["articles/2.txt"] == TEXT_2.encode("utf-8")


def test_manifest_is_versioned_and_checksummed(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    manifest = json.loads(_members(path)["manifest.json"])
    assert (manifest["format"], manifest["version"]) == ("source-annotator-exercise", 1)
    for name in ("articles/1.txt", "articles/2.txt"):
        assert manifest["checksums"][name] == hashlib.sha256(_members(path)[name]).hexdigest()


def test_there_is_no_place_for_annotations_or_keys() -> None:
    for record_type in (ExerciseRecord, ArticleRecord, TagRecord, TagSetRecord, QuestionRecord):
        names = {f.name for f in dataclasses.fields(record_type)}
        assert not names & {"annotations", "answers", "answer_key", "key_annotations", "links"}
    manifest, members = build_manifest(_exercise())
    assert set(manifest) == {
        "format",
        "version",
        "exercise",
        "tag_set",
        "questions",
        "articles",
        "checksums",
    }
    assert set(members) == {"articles/1.txt", "articles/2.txt"}


@pytest.mark.parametrize(
    "smuggle",
    [
        lambda m: m.__setitem__("annotations", [{"start": 0, "end": 4, "tag": "claim"}]),
        lambda m: m["exercise"].__setitem__("answer_key", []),
        lambda m: m["articles"][0].__setitem__("annotations", []),
        lambda m: m["questions"][0].__setitem__("answer", "The mayor"),
    ],
    ids=["top-level", "exercise", "article", "question"],
)
def test_smuggled_student_work_is_refused(tmp_path: Path, smuggle: Any) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    _rewrite(path, smuggle)
    with pytest.raises(PackageError, match=r"^vote\.saexercise: the manifest is not valid at"):
        read_package(path)


def test_a_smuggled_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    _rewrite(path, annotations__key__json=b"[]")
    with pytest.raises(UnsafeZipError, match="unexpected member 'annotations/key/json'"):
        read_package(path)


def test_newer_format_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    _rewrite(path, lambda m: m.update(version=2, hologram={"x": 1}))
    with pytest.raises(PackageError) as info:
        read_package(path)
    assert str(info.value) == (
        "vote.saexercise: this package was made by a newer version of Source Annotator "
        "(format 2); update the app to open it"
    )


def test_other_json_is_not_a_package(tmp_path: Path) -> None:
    path = tmp_path / "other.saexercise"
    write_zip_atomic(path, {"manifest.json": b'{"format": "something-else", "version": 1}'})
    with pytest.raises(PackageError, match="not a Source Annotator exercise package"):
        read_package(path)
    write_zip_atomic(path, {"manifest.json": b"{not json"})
    with pytest.raises(PackageError, match="the manifest is not valid JSON"):
        read_package(path)


def test_altered_article_fails_its_checksum(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    members = _members(path)
    members["articles/1.txt"] = TEXT_1.replace("Monday", "Sunday").encode()
    write_zip_atomic(path, members)
    with pytest.raises(PackageError, match=r"articles/1\.txt does not match its checksum"):
        read_package(path)


def test_article_must_match_its_fingerprint(tmp_path: Path) -> None:
    """Even with a consistent checksum, the text must be the one the manifest fingerprints."""
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    members = _members(path)
    altered = TEXT_1.replace("Monday", "Sunday").encode()
    manifest = json.loads(members["manifest.json"])
    manifest["checksums"]["articles/1.txt"] = hashlib.sha256(altered).hexdigest()
    members.update({"articles/1.txt": altered, "manifest.json": json.dumps(manifest).encode()})
    write_zip_atomic(path, members)
    with pytest.raises(PackageError, match=r"articles/1\.txt does not match its fingerprint"):
        read_package(path)


def test_missing_or_unlisted_article_member(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    members = _members(path)
    del members["articles/2.txt"]
    write_zip_atomic(path, members)
    with pytest.raises(PackageError, match=r"articles/2\.txt is not consistent with the manifest"):
        read_package(path)
    write_package(path, _exercise())
    members = _members(path)
    members["articles/3.txt"] = b"extra"
    write_zip_atomic(path, members)
    with pytest.raises(PackageError, match=r"articles/3\.txt is not consistent with the manifest"):
        read_package(path)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    _rewrite(path, lambda m: m["questions"][1].update(id=m["questions"][0]["id"]))
    with pytest.raises(PackageError, match="lists the same question id twice"):
        read_package(path)


def test_a_failed_write_keeps_the_old_package(tmp_path: Path) -> None:
    path = tmp_path / "vote.saexercise"
    write_package(path, _exercise())
    before = path.read_bytes()
    with pytest.raises(PackageError, match="the manifest is not valid at exercise/title"):
        write_package(path, _exercise(title=""))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vote.saexercise"]


def test_errors_are_exchange_errors(tmp_path: Path) -> None:
    with pytest.raises(ExchangeError, match=r"^absent\.saexercise: cannot read the file"):
        read_package(tmp_path / "absent.saexercise")
