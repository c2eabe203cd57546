"""REFI-QDA project exchange (``.qdpx``), for QualCoder, MAXQDA, ATLAS.ti and NVivo.

A ``.qdpx`` file is a zip holding ``project.qde`` (XML in the namespace
``urn:QDA-XML:project:1.0``, described by the REFI-QDA Project schema of March 2019, standard
1.5) and a ``Sources/`` folder. We write:

* every article as a ``TextSource`` whose plain text is ``Sources/<guid>.txt`` (UTF-8, the
  article's normalised text, ``\\n`` line ends), referred to as ``internal://<guid>.txt``;
* the tag set as the ``CodeBook``: one codable ``Code`` per tag with its colour and its
  definition as ``Description``;
* every annotator (students and the answer key) as a ``User``;
* every annotation as a ``PlainTextSelection`` in its source, with one ``Coding`` of its
  tag, made by its annotator, and its note as a ``Note`` the selection refers to;
* every link as a ``Link`` from one selection to the other, named after its kind
  (``Bidirectional`` for "same claim", ``OneWay`` otherwise), its note as a ``Note``.

Offsets: ``startPosition`` and ``endPosition`` count characters of the source's plain text
from 0, the end exclusive; this module writes and reads them as Unicode code points, the
app's unit everywhere (ARCHITECTURE.md). For text without characters outside the Basic
Multilingual Plane (no emoji, no rare CJK) code points and UTF-16 units agree; see
docs/refi-qda.md for tools that count UTF-16 units.

GUIDs are the app's own UUIDs (article, tag, annotator, annotation, link ids), so an export
imported back finds its rows again; notes and codings get UUIDs derived from them.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree
from lxml.builder import ElementMaker

from annotator.exchange.safezip import write_zip_atomic

__all__ = [
    "NAMESPACE",
    "PROJECT_MEMBER",
    "QdaCode",
    "QdaLink",
    "QdaProject",
    "QdaSelection",
    "QdaSource",
    "QdaUser",
    "derived_id",
    "project_xml",
    "source_member",
    "write_qdpx",
]

NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_MEMBER = "project.qde"
_DERIVED = uuid.UUID("0f5b7a2e-6c1d-5e8f-9a3b-2d4c6e8f0a1b")
_RGB = re.compile(r"#(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")
# XML 1.0 cannot carry most control characters; the app's texts should not have any, but a
# pasted note might.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class QdaUser:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class QdaCode:
    id: uuid.UUID
    name: str
    colour: str = ""
    description: str = ""


@dataclass(frozen=True)
class QdaSource:
    id: uuid.UUID
    name: str
    text: str
    description: str = ""


@dataclass(frozen=True)
class QdaSelection:
    """One coded span: ``start``/``end`` are code points into its source's text."""

    id: uuid.UUID
    source_id: uuid.UUID
    start: int
    end: int
    code_id: uuid.UUID
    user_id: uuid.UUID | None
    created: datetime | None = None
    modified: datetime | None = None
    note: str = ""


@dataclass(frozen=True)
class QdaLink:
    id: uuid.UUID
    name: str
    origin_id: uuid.UUID
    target_id: uuid.UUID
    bidirectional: bool = False
    note: str = ""


@dataclass(frozen=True)
class QdaProject:
    name: str
    origin: str = ""
    description: str = ""
    created: datetime | None = None
    creator_id: uuid.UUID | None = None
    users: tuple[QdaUser, ...] = ()
    codes: tuple[QdaCode, ...] = ()
    sources: tuple[QdaSource, ...] = ()
    selections: tuple[QdaSelection, ...] = ()
    links: tuple[QdaLink, ...] = ()


def derived_id(kind: str, of: uuid.UUID) -> uuid.UUID:
    """A stable UUID for a note or coding that belongs to row ``of``."""
    return uuid.uuid5(_DERIVED, f"{kind}/{of}")


def source_member(source_id: uuid.UUID) -> str:
    """The zip member holding a source's plain text."""
    return f"Sources/{source_id}.txt"


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _when(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _attrs(**values: object) -> dict[str, str]:
    """XML attributes from keyword arguments, leaving out the empty ones."""
    result: dict[str, str] = {}
    for key, value in values.items():
        if value is None or value == "":
            continue
        if isinstance(value, datetime):
            result[key] = _when(value)
        else:
            result[key] = _xml_text(str(value))
    return result


def _note(e: ElementMaker, note_id: uuid.UUID, text: str, user: uuid.UUID | None,
          when: datetime | None) -> etree._Element:
    name = " ".join(text.split())
    name = name if len(name) <= 60 else name[:59] + "…"
    return e.Note(
        e.PlainTextContent(_xml_text(text)),
        **_attrs(guid=note_id, name=name, creatingUser=user, creationDateTime=when),
    )


def project_xml(project: QdaProject) -> bytes:
    """``project.qde``: UTF-8 XML, indented."""
    e = ElementMaker(namespace=NAMESPACE, nsmap={None: NAMESPACE})
    root = e.Project(**_attrs(name=project.name, origin=project.origin,
                              creatingUserGUID=project.creator_id,
                              creationDateTime=project.created))
    known_users = {u.id for u in project.users}
    if project.users:
        root.append(e.Users(*(e.User(**_attrs(guid=u.id, name=u.name)) for u in project.users)))
    if project.codes:
        codes = []
        for code in project.codes:
            colour = code.colour if _RGB.fullmatch(code.colour) else ""
            children = [e.Description(_xml_text(code.description))] if code.description else []
            codes.append(e.Code(*children, **_attrs(guid=code.id, name=code.name,
                                                    isCodable="true", color=colour)))
        root.append(e.CodeBook(e.Codes(*codes)))
    notes: list[etree._Element] = []
    by_source: dict[uuid.UUID, list[QdaSelection]] = {}
    for selection in project.selections:
        by_source.setdefault(selection.source_id, []).append(selection)
    if project.sources:
        sources = []
        for source in project.sources:
            children = [e.Description(_xml_text(source.description))] if source.description else []
            for s in by_source.get(source.id, []):
                user = s.user_id if s.user_id in known_users else None
                parts = [e.Coding(e.CodeRef(targetGUID=str(s.code_id)),
                                  **_attrs(guid=derived_id("coding", s.id), creatingUser=user,
                                           creationDateTime=s.created))]
                if s.note:
                    note_id = derived_id("note", s.id)
                    notes.append(_note(e, note_id, s.note, user, s.modified or s.created))
                    parts.append(e.NoteRef(targetGUID=str(note_id)))
                children.append(e.PlainTextSelection(
                    *parts,
                    **_attrs(guid=s.id, name=source.text[s.start:s.end][:60],
                             startPosition=s.start, endPosition=s.end, creatingUser=user,
                             creationDateTime=s.created, modifyingUser=user,
                             modifiedDateTime=s.modified),
                ))
            sources.append(e.TextSource(
                *children,
                **_attrs(guid=source.id, name=source.name or "Untitled article",
                         plainTextPath=f"internal://{source.id}.txt"),
            ))
        root.append(e.Sources(*sources))
    links = []
    for link in project.links:
        children = []
        if link.note:
            note_id = derived_id("note", link.id)
            notes.append(_note(e, note_id, link.note, None, None))
            children.append(e.NoteRef(targetGUID=str(note_id)))
        links.append(e.Link(*children, **_attrs(
            guid=link.id, name=link.name,
            direction="Bidirectional" if link.bidirectional else "OneWay",
            originGUID=link.origin_id, targetGUID=link.target_id)))
    if notes:
        root.append(e.Notes(*notes))
    if links:
        root.append(e.Links(*links))
    if project.description:
        root.append(e.Description(_xml_text(project.description)))
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def write_qdpx(path: str | os.PathLike[str], project: QdaProject) -> None:
    """Write the ``.qdpx`` atomically (raises :class:`~annotator.exchange.errors.ExchangeError`)."""
    members = {PROJECT_MEMBER: project_xml(project)}
    for source in project.sources:
        members[source_member(source.id)] = source.text.encode("utf-8")
    write_zip_atomic(path, members)
