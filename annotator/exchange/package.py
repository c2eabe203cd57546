"""Exercise packages (``.saexercise``): one zip a student opens to get an exercise.

Layout::

    manifest.json        format name, format version 1, the exercise, tag set, questions,
                         article provenance, and the SHA-256 of every other member
    articles/1.txt ...   each article's normalised text, UTF-8

The manifest is validated against ``schemas/exercise-package-1.schema.json``, whose objects
are all closed: there is no place for annotations, answers or an answer key.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from annotator.core.i18n import Texts
from annotator.core.text import fingerprint, normalise_text
from annotator.exchange.errors import ExchangeError
from annotator.exchange.records import (
    ArticleRecord,
    ExerciseRecord,
    QuestionRecord,
    TagRecord,
    TagSetRecord,
)
from annotator.exchange.safezip import read_members, write_zip_atomic

__all__ = [
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_ARTICLES",
    "PACKAGE_SUFFIX",
    "PackageError",
    "build_manifest",
    "read_package",
    "write_package",
]

FORMAT_NAME = "source-annotator-exercise"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".saexercise"
MANIFEST = "manifest.json"
MAX_ARTICLES = 100
MAX_MANIFEST_BYTES = 5 * 1024 * 1024
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
MAX_PACKAGE_BYTES = 100 * 1024 * 1024  # what all members together may unpack to

_ARTICLE_FIELDS = ("title", "outlet", "author", "published", "url", "retrieved", "language")


class PackageText(Texts):
    """The translation context of exercise-package problems."""


class PackageError(ExchangeError):
    """An exercise package could not be written or read; nothing was imported from it."""


@functools.cache
def _validator() -> Any:  # a jsonschema Draft202012Validator, imported on first use
    schema_file = resources.files("annotator.exchange") / "schemas"
    schema = json.loads((schema_file / "exercise-package-1.schema.json").read_text("utf-8"))
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _article_member(position: int) -> str:
    return f"articles/{position}.txt"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_manifest(exercise: ExerciseRecord) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The manifest and the article members for ``exercise`` (a pure function)."""
    members: dict[str, bytes] = {}
    articles = []
    for position, article in enumerate(exercise.articles, start=1):
        text = normalise_text(article.text)
        name = _article_member(position)
        members[name] = text.encode("utf-8")
        entry: dict[str, Any] = {"id": article.id, "file": name, "sha256": fingerprint(text)}
        entry.update({key: getattr(article, key) for key in _ARTICLE_FIELDS})
        articles.append(entry)
    manifest = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exercise": {
            "id": exercise.id,
            "title": exercise.title,
            "instructions": exercise.instructions,
            "revision": exercise.revision,
        },
        "tag_set": {
            "id": exercise.tag_set.id,
            "name": exercise.tag_set.name,
            "tags": [
                {
                    "id": t.id,
                    "key": t.key,
                    "label": t.label,
                    "colour": t.colour,
                    "shortcut": t.shortcut,
                    "definition": t.definition,
                }
                for t in exercise.tag_set.tags
            ],
        },
        "questions": [{"id": q.id, "text": q.text, "kind": q.kind} for q in exercise.questions],
        "articles": articles,
        "checksums": {name: _sha256(data) for name, data in members.items()},
    }
    return manifest, members


def _validate(manifest: object, file: str) -> None:
    from jsonschema.exceptions import best_match

    error = best_match(_validator().iter_errors(manifest))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or PackageText.tr("the top level")
        message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
        raise PackageError(file, PackageText.tr(
            "the manifest is not valid at {where}: {message}").format(where=where,
                                                                     message=message))


def write_package(path: str | os.PathLike[str], exercise: ExerciseRecord) -> None:
    """Write ``exercise`` as an exercise package at ``path``, atomically."""
    file = Path(path).name
    if len(exercise.articles) > MAX_ARTICLES:
        raise PackageError(file, PackageText.tr(
            "an exercise package holds at most {count} articles").format(count=MAX_ARTICLES))
    manifest, members = build_manifest(exercise)
    _validate(manifest, file)
    _check_identity(manifest, file)
    data = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
    write_zip_atomic(path, {MANIFEST: data, **members})


def _check_version(manifest: object, file: str) -> None:
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise PackageError(file, PackageText.tr("this is not a Source Annotator exercise package"))
    version = manifest.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise PackageError(file, PackageText.tr(
            "this package was made by a newer version of Source Annotator (format {version}); "
            "update the app to open it").format(version=version))


def _check_identity(manifest: dict[str, Any], file: str) -> None:
    """Ids unique within their kind, tag keys unique, no article text twice."""
    groups = {
        PackageText.tr("the manifest lists the same article id twice"):
            [a["id"] for a in manifest["articles"]],
        PackageText.tr("the manifest lists the same article text twice"):
            [a["sha256"] for a in manifest["articles"]],
        PackageText.tr("the manifest lists the same article file twice"):
            [a["file"] for a in manifest["articles"]],
        PackageText.tr("the manifest lists the same tag id twice"):
            [t["id"] for t in manifest["tag_set"]["tags"]],
        PackageText.tr("the manifest lists the same tag key twice"):
            [t["key"] for t in manifest["tag_set"]["tags"]],
        PackageText.tr("the manifest lists the same question id twice"):
            [q["id"] for q in manifest["questions"]],
    }
    for problem, values in groups.items():
        if len(set(values)) != len(values):
            raise PackageError(file, problem)


def _read_manifest(members: dict[str, bytes], file: str) -> dict[str, Any]:
    try:
        manifest = json.loads(members[MANIFEST].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(file, PackageText.tr(
            "the manifest is not valid JSON ({reason})").format(reason=exc)) from exc
    _check_version(manifest, file)
    _validate(manifest, file)
    _check_identity(manifest, file)
    return manifest


def _read_article(entry: dict[str, Any], members: dict[str, bytes], file: str) -> ArticleRecord:
    name = entry["file"]
    data = members[name]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageError(file, PackageText.tr("{member} is not UTF-8 text").format(
            member=name)) from exc
    if normalise_text(text) != text or fingerprint(text) != entry["sha256"]:
        raise PackageError(file, PackageText.tr(
            "{member} does not match its fingerprint in the manifest").format(member=name))
    return ArticleRecord(
        id=entry["id"],
        text=text,
        sha256=entry["sha256"],
        **{key: entry[key] for key in _ARTICLE_FIELDS},
    )


def read_package(path: str | os.PathLike[str]) -> ExerciseRecord:
    """Read and check an exercise package; raises :class:`ExchangeError` subclasses only.

    Refused: anything that is not a package, a newer format version, a manifest that breaks
    the schema, a missing, extra or altered member, or an unsafe zip.
    """
    file = Path(path).name
    optional = {_article_member(n) for n in range(1, MAX_ARTICLES + 1)}
    members = read_members(
        path,
        expected={MANIFEST},
        optional=optional,
        max_member_bytes=MAX_ARTICLE_BYTES,
        max_total_bytes=MAX_PACKAGE_BYTES,
        max_entries=MAX_ARTICLES + 1,
    )
    if len(members[MANIFEST]) > MAX_MANIFEST_BYTES:
        raise PackageError(file, PackageText.tr("the manifest is larger than 5 MB; refused"))
    manifest = _read_manifest(members, file)
    listed = {entry["file"] for entry in manifest["articles"]}
    present = set(members) - {MANIFEST}
    if listed != present:
        extra = sorted(present - listed) or sorted(listed - present)
        raise PackageError(file, PackageText.tr(
            "member {member} is not consistent with the manifest").format(member=extra[0]))
    if set(manifest["checksums"]) != present:
        raise PackageError(file, PackageText.tr(
            "the manifest's checksums do not cover every member"))
    for name in sorted(present):
        if _sha256(members[name]) != manifest["checksums"][name]:
            raise PackageError(file, PackageText.tr(
                "{member} does not match its checksum (altered or damaged)").format(member=name))
    exercise = manifest["exercise"]
    tag_set = manifest["tag_set"]
    return ExerciseRecord(
        id=exercise["id"],
        title=exercise["title"],
        instructions=exercise["instructions"],
        revision=exercise["revision"],
        tag_set=TagSetRecord(
            id=tag_set["id"],
            name=tag_set["name"],
            tags=tuple(TagRecord(**tag) for tag in tag_set["tags"]),
        ),
        articles=tuple(_read_article(entry, members, file) for entry in manifest["articles"]),
        questions=tuple(QuestionRecord(**q) for q in manifest["questions"]),
    )
